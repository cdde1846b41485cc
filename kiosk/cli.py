"""The command-line contract (DESIGN.md). Every verb honours KIOSK_HOME and
KIOSK_CENTER_URL and exits non-zero with one plain line on bad input."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kiosk import config as config_module


class UsageError(Exception):
    pass


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        # one plain line, not a usage dump: operators read these in service logs
        self.exit(2, f"kiosk: {message} (see `{self.prog} --help`)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kiosk", description="医保自助服务一体机")
    verbs = parser.add_subparsers(dest="verb", parser_class=_Parser)

    run = verbs.add_parser("run", help="launch the kiosk")
    run.add_argument("--fullscreen", action="store_true")
    run.add_argument("--center")
    run.add_argument("--locale", choices=config_module.LOCALES)
    run.add_argument("--scale", type=float, choices=config_module.SCALES)
    run.add_argument("--theme", choices=config_module.THEMES)
    run.add_argument("--tour", type=Path, metavar="DIR", help="walk the screens, save screenshots to DIR, then exit")
    run.add_argument("--ready-file", type=Path, help=argparse.SUPPRESS)  # benchmark: write when home is interactive, exit

    center = verbs.add_parser("center", help="the simulated central platform").add_subparsers(
        dest="center_verb", required=True, parser_class=_Parser)
    serve = center.add_parser("serve")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765, help="0 picks a free port (printed)")
    serve.add_argument("--db", type=Path)
    serve.add_argument("--fail-rate", type=_rate, default=0.0)
    serve.add_argument("--drop-reply-rate", type=_rate, default=0.0)
    serve.add_argument("--slow-rate", type=_rate, default=0.0)
    serve.add_argument("--slow-seconds", type=float, default=2.0)
    serve.add_argument("--ignore-msgid", action="store_true", help="demo of a center that does not deduplicate")
    for name in ("people", "received"):
        sub = center.add_parser(name)
        sub.add_argument("--json", action="store_true", required=True)
        sub.add_argument("--db", type=Path)

    policy = verbs.add_parser("policy", help="the policy library: ingest notices, ask questions").add_subparsers(
        dest="policy_verb", required=True, parser_class=_Parser)
    ingest = policy.add_parser("ingest", help="clean and add notices (files or folders of .txt) to the library")
    ingest.add_argument("paths", type=Path, nargs="+")
    ingest.add_argument("--library", type=Path)
    ask = policy.add_parser("ask", help="answer a question from the library")
    ask.add_argument("question", nargs="?")
    ask.add_argument("--batch", type=Path, help='JSONL, one {"q": ...} per line; one answer per output line')
    ask.add_argument("--json", action="store_true")
    ask.add_argument("--top", type=int, default=3)
    ask.add_argument("--library", type=Path)

    face = verbs.add_parser("face", help="1:1 face verification").add_subparsers(dest="face_verb", required=True,
                                                                                 parser_class=_Parser)
    verify = face.add_parser("verify", help="LIVE REF, or --pairs FILE.csv (columns file_x,file_y, paths relative to it)")
    verify.add_argument("images", type=Path, nargs="*")
    verify.add_argument("--pairs", type=Path)
    verify.add_argument("--json", action="store_true")
    verify.add_argument("--threshold", type=float)

    shot = verbs.add_parser("screenshot", help="render a screen to PNG with demo data")
    shot.add_argument("--list", action="store_true")
    shot.add_argument("--screen")
    shot.add_argument("--out", type=Path)
    shot.add_argument("--widgets", type=Path)
    shot.add_argument("--all", type=Path, metavar="DIR", help="every screen, as DIR/NAME.png")
    shot.add_argument("--locale", choices=config_module.LOCALES)
    shot.add_argument("--scale", type=float, choices=config_module.SCALES)
    shot.add_argument("--theme", choices=config_module.THEMES)

    filing = verbs.add_parser("filing", help="备案 through the same path as the screens").add_subparsers(
        dest="filing_verb", required=True, parser_class=_Parser)
    example = filing.add_parser("example")
    example.add_argument("--person", required=True, metavar="CERTNO")
    example.add_argument("--kind", required=True, choices=("yidi-long", "yidi-temp", "chronic"))
    create = filing.add_parser("create")
    create.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE.json",
                        help="one filing object, or a list of them")
    create.add_argument("--json", action="store_true")

    sync = verbs.add_parser("sync", help="deliver queued messages to the center").add_subparsers(
        dest="sync_verb", required=True, parser_class=_Parser)
    sync.add_parser("status").add_argument("--json", action="store_true")
    drain = sync.add_parser("drain")
    drain.add_argument("--timeout", type=float, default=120.0)
    sync.add_parser("run")
    sync.add_parser("retry-dead")

    qr = verbs.add_parser("qr", help="decode QR images with the kiosk's own pipeline").add_subparsers(
        dest="qr_verb", required=True, parser_class=_Parser)
    decode = qr.add_parser("decode")
    decode.add_argument("files", nargs="+", type=Path)
    decode.add_argument("--json", action="store_true")

    voucher = verbs.add_parser("voucher", help="demo 医保电子凭证 codes").add_subparsers(
        dest="voucher_verb", required=True, parser_class=_Parser)
    make = voucher.add_parser("make")
    make.add_argument("--person", required=True, metavar="CERTNO")
    make.add_argument("--out", type=Path, required=True)

    say = verbs.add_parser("say", help="write what the kiosk would speak to a WAV file")
    say.add_argument("text")
    say.add_argument("--out", type=Path, required=True)
    say.add_argument("--locale", choices=config_module.LOCALES, default="zh_CN")
    say.add_argument("--rate", type=float, default=1.0, help="1.0 is the kiosk's default pace, 0.75 its 慢一点")

    staff = verbs.add_parser("staff", help="hall staff accounts").add_subparsers(dest="staff_verb", required=True,
                                                                               parser_class=_Parser)
    add_staff = staff.add_parser("add")
    add_staff.add_argument("--staff-no", required=True)
    add_staff.add_argument("--name", required=True)
    add_staff.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input (never an argument)")

    audit = verbs.add_parser("audit", help="the audit trail").add_subparsers(dest="audit_verb", required=True, parser_class=_Parser)
    audit.add_parser("verify")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        code = _dispatch(args)
    except (UsageError, config_module.ConfigError, ValueError, OSError) as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        code = 2
    except KeyboardInterrupt:
        code = 130
    if "dlib" in sys.modules and argv is None:
        exit_without_teardown(code)
    return code


def exit_without_teardown(code: int) -> None:
    """Once dlib is loaded, the interpreter's final teardown can abort ("deallocating None/True":
    an extension releases a shared object once too often while modules are torn down). All
    work is done and flushed here, so leave without that teardown and keep the real exit code."""
    import logging
    import os

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _dispatch(args) -> int:
    verb = args.verb or "run"
    cfg = config_module.load(
        center_url=getattr(args, "center", None), locale=getattr(args, "locale", None),
        scale=getattr(args, "scale", None), theme=getattr(args, "theme", None),
    )
    from kiosk import logs

    logs.setup(cfg.log_dir)
    if verb == "run":
        return _run(cfg, args)
    if verb == "center":
        return _center(cfg, args)
    if verb == "screenshot":
        return _screenshot(cfg, args)
    if verb == "audit":
        return _audit(cfg)
    if verb == "say":
        return _say(args)
    if verb == "qr":
        return _qr(args)
    if verb == "voucher":
        return _voucher(cfg, args)
    if verb == "staff":
        return _staff(cfg, args)
    if verb == "filing":
        return _filing(cfg, args)
    if verb == "sync":
        return _sync(cfg, args)
    if verb == "policy":
        return _policy(cfg, args)
    if verb == "face":
        return _face(cfg, args)
    raise UsageError(f"unknown verb {verb}")  # pragma: no cover - argparse refuses it first


def _run(cfg, args) -> int:
    from kiosk.ui.run import offscreen_if_headless, run_kiosk

    tour = getattr(args, "tour", None)
    if tour is not None:
        offscreen_if_headless()
    return run_kiosk(cfg, fullscreen=getattr(args, "fullscreen", False), tour_dir=tour, ready_file=getattr(args, "ready_file", None))


def _center_db(cfg, args) -> Path:
    return args.db or cfg.home / "center" / "center.db"


def _center(cfg, args) -> int:
    from kiosk.center.server import CenterApp, CenterServer, Faults, open_service

    if args.center_verb == "serve":
        faults = Faults(fail_rate=args.fail_rate, drop_reply_rate=args.drop_reply_rate, slow_rate=args.slow_rate,
                        slow_seconds=args.slow_seconds)
        service = open_service(_center_db(cfg, args), dedup=not args.ignore_msgid)
        server = CenterServer(CenterApp(service, faults), args.host, args.port)
        print(f"simulated center listening on {server.url}/api", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        return 0
    service = open_service(_center_db(cfg, args))
    rows = service.people() if args.center_verb == "people" else service.received()
    print(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0


def _screenshot(cfg, args) -> int:
    from kiosk.ui.screenshot import SCREENS

    if args.list:
        print("\n".join(SCREENS))
        return 0
    if not args.all and (not args.screen or not args.out):
        raise UsageError("give --list, --screen NAME --out FILE.png, or --all DIR")
    if args.screen and args.screen not in SCREENS:
        raise UsageError(f"unknown screen {args.screen!r}; `kiosk screenshot --list` shows the names")
    from kiosk.ui.run import build_window, make_app, offscreen_if_headless
    from kiosk.ui.screenshot import render

    from kiosk.devices.camera import SyntheticPhoneSource

    offscreen_if_headless()
    make_app()
    # a scene with a phone but no code yet: the preview shows, nothing is looked up
    window = build_window(cfg, camera_factory=lambda: SyntheticPhoneSource(None, seed=3))
    if args.all:
        for name in SCREENS:  # one window, as a person walks through: faster than a process each
            render(window, name, args.all / f"{name}.png")
            window.idle_overlay.hide()
            window.staff_overlay.hide()
        print(args.all)
    else:
        render(window, args.screen, args.out, args.widgets)
        print(args.out)
    window.close()
    return 0


def _filing(cfg, args) -> int:
    from kiosk.center.seed import demo_identities
    from kiosk.core.filing import FilingError, parse
    from kiosk.store.db import open_store
    from kiosk.store.keys import person_key, terminal_secret
    from kiosk.sync.outbox import queue_filing

    if args.filing_verb == "example":
        if args.person not in {p["certno"] for p in demo_identities()}:
            raise UsageError(f"{args.person} is not a demo person; `kiosk center people --json` lists them")
        print(json.dumps(_example(args.person, args.kind), ensure_ascii=False, indent=1))
        return 0
    try:
        raw = json.loads(args.source.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise UsageError(f"{args.source} is not JSON: {exc}") from None
    items = raw if isinstance(raw, list) else [raw]
    try:
        requests = [parse(item) for item in items]
    except (FilingError, TypeError, AttributeError) as exc:
        raise UsageError(f"filing not valid: {exc}") from None
    sessions = open_store(cfg.db_path)
    secret = terminal_secret(cfg.home)
    for request in requests:
        with sessions.begin() as session:  # the filing, its message and its audit event: one transaction
            filing, message = queue_filing(session, request, terminal_id=cfg.terminal_id,
                                           person=person_key(secret, request.certno))
            line = {"filing_id": filing.id, "kind": request.kind, "msgid": message.msgid, "status": filing.status}
        print(json.dumps(line) if args.json else f"queued filing {line['filing_id']} ({line['kind']}) as {line['msgid']}")
    return 0


def _example(certno: str, kind: str) -> dict:
    import datetime as dt

    start = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    base = {"kind": kind, "certno": certno, "begndate": start, "tel": "13800138000", "filed_by": "self"}
    if kind == "chronic":
        return base | {"disease_code": "M03900", "disease_name": "高血压", "hospital": "广州市第一人民医院"}
    if kind == "yidi-long":
        return base | {"dcla_type": "1", "mdtrt_admdvs": "110100", "promise": True}
    return base | {"dcla_type": "4", "mdtrt_admdvs": "310100"}


def _sync(cfg, args) -> int:
    from kiosk.store.db import open_store
    from kiosk.sync import outbox

    sessions = open_store(cfg.db_path)
    if args.sync_verb == "status":
        with sessions() as session:
            state = outbox.status(session)
        print(json.dumps(state) if args.json else ", ".join(f"{k}: {v}" for k, v in state.items()))
        return 0
    if args.sync_verb == "retry-dead":
        with sessions.begin() as session:
            print(json.dumps({"requeued": outbox.retry_dead(session)}))
        return 0
    if not cfg.center_url:
        raise UsageError("no center to deliver to: set KIOSK_CENTER_URL")
    import threading

    from kiosk.sync.client import CenterClient
    from kiosk.sync.worker import SyncWorker

    worker = SyncWorker.from_config(sessions, CenterClient(cfg, cfg.center_url), cfg)
    if args.sync_verb == "drain":
        left = worker.drain(args.timeout)
        print(json.dumps(left))
        return 0 if left["pending"] == 0 else 1
    import signal

    from kiosk.sync import reference

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    from kiosk.sync.policy_update import pull_policy

    print(json.dumps({"reference": reference.pull(sessions, worker.client), "policy_library": pull_policy(worker.client, cfg.home)}),
          flush=True)
    from kiosk.store import retention

    def housekeeping() -> None:
        from kiosk.sync.outbox import queue_audit_head

        with sessions.begin() as session:
            retention.purge(session, cfg.retention_days)
            queue_audit_head(session, terminal_id=cfg.terminal_id)

    worker.run_forever(stop, housekeeping=housekeeping)
    return 0


def _staff(cfg, args) -> int:
    import getpass

    from kiosk.store import staff
    from kiosk.store.db import open_store

    pin = sys.stdin.readline().strip() if args.pin_stdin else getpass.getpass("PIN (6-12 digits): ")
    with open_store(cfg.db_path).begin() as session:
        staff.add(session, args.staff_no, args.name, pin)
    print(f"staff {args.staff_no} ready")
    return 0


def _qr(args) -> int:
    from kiosk.devices.qr import QrDecoder, read_image

    decoder = QrDecoder(budget_ms=None)  # still images: every step, no frame budget
    failed = 0
    for path in args.files:
        try:
            result = decoder.decode(read_image(path))
            line = {"file": str(path), "ok": result.ok, "text": result.text, "ms": round(result.ms, 3)}
        except ValueError as exc:
            line = {"file": str(path), "ok": False, "text": None, "ms": 0.0, "error": str(exc)}
        failed += not line["ok"]
        if args.json:
            print(json.dumps(line, ensure_ascii=False))
        else:
            print(line.get("error") or f"{path}: {line['text'] if line['ok'] else 'no code found'}")
    return 0 if not failed else 1


def _face(cfg, args) -> int:
    """Images are read, compared in memory and forgotten: nothing biometric is written."""
    import csv
    import time
    from dataclasses import asdict

    from kiosk.devices.face import FaceEngine, read_image

    if (len(args.images) == 2) == (args.pairs is not None):
        raise UsageError("give LIVE REF, or --pairs FILE.csv")
    threshold = cfg.face_threshold if args.threshold is None else args.threshold
    if not 0 < threshold < 2:
        raise UsageError("--threshold must be between 0 and 2")
    engine = FaceEngine(threshold=threshold)
    if args.pairs:
        with args.pairs.open(encoding="utf-8-sig", newline="") as handle:
            pairs = [(args.pairs.parent / row["file_x"], args.pairs.parent / row["file_y"]) for row in csv.DictReader(handle)]
    else:
        pairs = [tuple(args.images)]
    embeddings: dict[Path, tuple] = {}  # this run only: each photo is embedded once, kept in memory

    def embedding(path: Path):
        if path not in embeddings:
            embeddings[path] = engine.embedding(read_image(path))
        return embeddings[path]

    for live, reference in pairs:
        line = {"file_x": str(live), "file_y": str(reference)} if args.pairs else {}
        start = time.perf_counter()
        line |= asdict(engine.decide(embedding(live), embedding(reference), start))
        if line["score"] == float("inf"):
            line["score"] = None
        print(json.dumps(line, ensure_ascii=False) if args.json else
              f"{live.name} ~ {reference.name}: {'same person' if line['match'] else 'not the same'} ({line['reason']}, {line['score']})")
    return 0


def _policy(cfg, args) -> int:
    from kiosk.policy.answer import PolicyLibrary, library_dir
    from kiosk.policy.ingest import ingest

    library = args.library or library_dir(cfg.home)
    if args.policy_verb == "ingest":
        if args.library is None:
            library = cfg.home / "policy_library"  # never write into the installed package
        print(json.dumps(ingest(args.paths, library), ensure_ascii=False, indent=1))
        return 0
    if (args.question is None) == (args.batch is None):
        raise UsageError("give a question or --batch FILE")
    if not 1 <= args.top <= 20:
        raise UsageError("--top must be between 1 and 20")
    answers = PolicyLibrary.open(library)
    questions = ([json.loads(line)["q"] for line in args.batch.read_text(encoding="utf-8").splitlines() if line.strip()]
                 if args.batch else [args.question])
    for question in questions:
        answer = answers.ask(question, top=args.top)
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False))
        elif answer.answered:
            source = answer.passages[0]
            print(f"{answer.short}\n——{source.title}（{source.source}）{source.section}\n{source.text}")
        else:
            print("这个问题资料里没有找到答案。请按“呼叫工作人员”问一问。")
    return 0


def _voucher(cfg, args) -> int:
    """Mint a demo code as the person's phone would show it (valid 60 s, once)."""
    from kiosk.core import envelope
    from kiosk.devices.qr_image import save_qr

    payload = {"data": {"certno": args.person}}
    if cfg.center_url:
        from kiosk.sync.client import CenterClient

        output = CenterClient(cfg, cfg.center_url).call("EC00", payload)
    else:  # the kiosk's own in-process center keeps its database here
        from kiosk.center.server import open_service

        reply = open_service(_center_db(cfg, argparse.Namespace(db=None))).handle(envelope.request(
            "EC00", payload, msgid=envelope.make_msgid(cfg.terminal_id), dev_no=cfg.terminal_id, admdvs=cfg.admdvs,
            fixmedins_code=cfg.fixmedins_code, fixmedins_name=cfg.fixmedins_name))
        if reply["infcode"] != 0:
            raise UsageError(f"{args.person}: {reply['err_msg']}")
        output = reply["output"]
    save_qr(output["qrcode"], args.out)
    print(json.dumps({"out": str(args.out), "expires_at": output["expires_at"]}))
    return 0


def _say(args) -> int:
    from kiosk.devices.tts import MAX_RATE, MIN_RATE, Pyttsx3Synth, voice_usable, wav_stats

    if not MIN_RATE <= args.rate <= MAX_RATE:
        raise UsageError(f"--rate must be between {MIN_RATE} and {MAX_RATE}")
    if not args.text.strip():
        raise UsageError("nothing to say")
    if not voice_usable(args.locale):
        raise UsageError(f"espeak-ng cannot speak {args.locale} here (missing, or it would read it as English)")
    Pyttsx3Synth().synthesize(args.text, args.out, args.locale, args.rate)
    duration, _ = wav_stats(args.out)
    print(json.dumps({"out": str(args.out), "seconds": round(duration, 2), "locale": args.locale, "rate": args.rate}))
    return 0


def _audit(cfg) -> int:
    from kiosk.store import audit
    from kiosk.store.db import open_store

    with open_store(cfg.db_path)() as session:
        intact, count, broken = audit.verify(session)
    print(json.dumps({"intact": intact, "events": count, "first_broken_id": broken}))
    return 0 if intact else 1
