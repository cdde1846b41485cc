"""``kiosk policy ingest|ask``: the policy library, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.cli._base import UsageError, group
from kiosk.config import Config
from kiosk.policy.answer import NO_ANSWER, PolicyLibrary, bundled_library, library_dir
from kiosk.policy.ingest import IngestError, ingest


def register(verbs) -> None:
    policy = group(verbs, "policy", "the policy library: ingest notices, ask questions")
    add = policy.add_parser("ingest", help="clean and add notices (files or folders of .txt) to the library")
    add.add_argument("paths", type=Path, nargs="+")
    add.add_argument("--library", type=Path)
    add.set_defaults(func=ingest_notices)
    ask = policy.add_parser("ask", help="answer a question from the library")
    ask.add_argument("question", nargs="?")
    ask.add_argument("--batch", type=Path, help='JSONL, one {"q": ...} per line; one answer per output line')
    ask.add_argument("--json", action="store_true")
    ask.add_argument("--top", type=int, default=3)
    ask.add_argument("--library", type=Path)
    ask.set_defaults(func=ask_questions)


def ingest_notices(cfg: Config, args) -> int:
    try:
        if args.library is None:  # never write into the installed package; a terminal's notices add to what it ships
            report = ingest(args.paths, cfg.home / "policy_library", base=bundled_library())
        else:
            report = ingest(args.paths, args.library)
    except IngestError as exc:  # a missing path, a binary file, an empty folder: nothing was written
        raise UsageError(str(exc)) from None
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


def _batch_questions(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None
    questions = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            raise UsageError(f"{path} line {number} is not JSON") from None
        if not isinstance(item, dict) or not isinstance(item.get("q"), str):
            raise UsageError(f'{path} line {number} needs {{"q": "a question as text"}}')
        questions.append(item["q"])
    return questions


def ask_questions(cfg: Config, args) -> int:
    if (args.question is None) == (args.batch is None):
        raise UsageError("give a question or --batch FILE")
    if not 1 <= args.top <= 20:
        raise UsageError("--top must be between 1 and 20")
    answers = PolicyLibrary.open(args.library or library_dir(cfg.home))
    questions = _batch_questions(args.batch) if args.batch else [args.question]
    for question in questions:
        answer = answers.ask(question, top=args.top)
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False))
        elif answer.answered:
            source = answer.passages[0]
            print(f"{answer.short}\n——{source.title}（{source.source}）{source.section}\n{source.text}")
        else:
            print(NO_ANSWER)
    return 0
