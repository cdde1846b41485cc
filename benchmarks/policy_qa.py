"""policy_qa: elder-phrased questions asked of the library in one process, as `kiosk policy
ask --batch` does, on two sets reported apart:

- project: tests/data/policy_questions.jsonl against the bundled library (the seeds);
- dev: ../shared/policies_dev (other regions' notices, 88 answerable questions with the exact
  answering span, 12 unanswerable), ingested into a temporary library at run time: that
  folder's README asks not to bundle its reprints. It is measured twice, alone and added to
  the bundled library the way `kiosk policy ingest` adds a terminal's notices.

- unseen_a and unseen_b: questions other engineers wrote from the twenty notices alone (the seeds and
  policies_dev), never having seen the kiosk's code, lexicon or question sets: 110 and 100 questions
  (tests/data/policy_questions_unseen_{a,b}.jsonl), asked of the dev notices added to the bundled
  ones. They measure how the kiosk does on phrasings it was not built around; no target is set on
  them (the issue's targets are for the two sets above). unseen_a was used for development after
  its first measurement; unseen_b only counted, never read miss by miss.

Per set: top-1 / top-3 source accuracy (counted only when the kiosk answers), the share of
answerable questions whose spoken answer (short, then quote, as spoken) contains the
answering span (NFKC, pinyin removed, Traditional -> Simplified, whitespace and punctuation
ignored), refusal accuracy on unanswerable ones, and p95 answer time on one core, against the
baseline of one plain scan of every sentence in the same run.

    python benchmarks/policy_qa.py [--dev DIR] [--misses]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUESTIONS = ROOT / "tests" / "data" / "policy_questions.jsonl"
UNSEEN = {name: ROOT / "tests" / "data" / f"policy_questions_{name}.jsonl" for name in ("unseen_a", "unseen_b")}
DEV = ROOT.parent / "shared" / "policies_dev"
TARGETS = {"span_in_spoken_min": 0.85, "top3_source_min": 0.95, "refusal_min": 0.85, "p95_ms_max": 100}


def squeeze(text: str) -> str:
    """The dev README's rule for matching spans: NFKC, pinyin removed, t2s; then no whitespace
    or punctuation (spoken text and notices punctuate differently)."""
    from kiosk.policy.clean import strip_pinyin, to_simplified

    text = to_simplified(strip_pinyin(unicodedata.normalize("NFKC", text)))
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith(("P", "Z", "S")) and not ch.isspace())


def _rows(file: Path) -> list[dict]:
    rows = []
    for line in file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows.append(
                {
                    "q": row["q"],
                    "doc": row.get("doc", row.get("source")),
                    "span": row.get("answer_span") or row.get("passage"),
                }
            )
    return rows


def evaluate(library, rows: list[dict], show_misses: bool = False) -> dict:
    library.ask("预热")  # jieba loads its dictionary once per process
    sentences = [s for unit in library.units for s in unit.sentences]
    answerable = [r for r in rows if r["doc"]]
    unanswerable = [r for r in rows if not r["doc"]]
    top1 = top3 = span = refused = 0
    times, baseline, misses = [], [], []
    for row in rows:
        start = time.perf_counter()
        answer = library.ask(row["q"])
        times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        [s for s in sentences if row["q"][:2] in s]  # the baseline: touch every sentence once
        baseline.append((time.perf_counter() - start) * 1000)
        sources = [p.source for p in answer.passages]
        if row["doc"]:
            hit1 = answer.answered and bool(sources) and sources[0].startswith(row["doc"])
            hit3 = answer.answered and any(s.startswith(row["doc"]) for s in sources[:3])
            spoken = answer.answered and squeeze(row["span"]) in squeeze(answer.short + answer.quote)
            top1, top3, span = top1 + hit1, top3 + hit3, span + spoken
            if not spoken:
                misses.append(
                    {
                        "q": row["q"],
                        "want": row["doc"],
                        "span": row["span"],
                        "answered": answer.answered,
                        "got": sources[:3],
                        "short": answer.short,
                        "quote": answer.quote,
                    }
                )
        else:
            refused += not answer.answered
            if answer.answered:
                misses.append({"q": row["q"], "want": None, "got": sources[:1], "short": answer.short})
    times.sort()
    p95 = times[max(0, -(-len(times) * 95 // 100) - 1)]
    result = {
        "documents": len({unit.source for unit in library.units}),
        "questions": len(rows),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "top1_source_accuracy": round(top1 / len(answerable), 3),
        "top3_source_accuracy": round(top3 / len(answerable), 3),
        "span_in_spoken_answer": round(span / len(answerable), 3),
        "refusal_accuracy": round(refused / len(unanswerable), 3) if unanswerable else None,
        "answer_median_ms": round(statistics.median(times), 2),
        "answer_p95_ms": round(p95, 2),
        "baseline_scan_median_ms": round(statistics.median(baseline), 3),
        "p95_vs_baseline_ratio": round(p95 / max(statistics.median(baseline), 1e-3), 1),
    }
    result["ok"] = bool(
        result["span_in_spoken_answer"] >= TARGETS["span_in_spoken_min"]
        and result["top3_source_accuracy"] >= TARGETS["top3_source_min"]
        and (result["refusal_accuracy"] or 0) >= TARGETS["refusal_min"]
        and p95 < TARGETS["p95_ms_max"]
    )
    result["misses"] = misses if show_misses else len(misses)
    return result


def policy_qa(dev: Path = DEV, show_misses: bool = False) -> dict:
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_setaffinity") else None
    if cores:  # the targets are for one core; given back at the end (run.py measures more after this)
        os.sched_setaffinity(0, {min(cores)})
    try:
        return _policy_qa(dev, show_misses)
    finally:
        if cores:
            os.sched_setaffinity(0, cores)


def _policy_qa(dev: Path, show_misses: bool) -> dict:
    from kiosk.policy import ingest
    from kiosk.policy.answer import PolicyLibrary, bundled_library

    bundled = PolicyLibrary.open(bundled_library())
    sets = {"project": evaluate(bundled, _rows(QUESTIONS), show_misses)}
    if (dev / "questions.jsonl").exists():
        with tempfile.TemporaryDirectory() as tmp:
            alone, added = Path(tmp) / "dev", Path(tmp) / "dev_and_bundled"
            ingest.ingest([dev], alone)
            ingest.ingest([dev], added, base=bundled_library())
            rows = _rows(dev / "questions.jsonl")
            sets["dev"] = evaluate(PolicyLibrary.open(alone), rows, show_misses)
            with_bundled = PolicyLibrary.open(added)
            sets["dev_with_bundled"] = evaluate(with_bundled, rows, show_misses)
            unseen = {name: evaluate(with_bundled, _rows(file), show_misses) for name, file in UNSEEN.items()}
    else:
        sets["dev"] = {"ok": False, "skipped": f"{dev} not found"}
        unseen = {}
    return {
        "name": "policy_qa",
        "library_version": bundled.version,
        "targets": TARGETS,
        "sets": sets,
        "unseen": unseen,  # reported, not judged: see the module's docstring
        "ok": all(s["ok"] for s in sets.values()),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--misses", action="store_true", help="list every miss instead of counting them")
    args = parser.parse_args()
    result = policy_qa(args.dev, args.misses)
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "policy_qa.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))
