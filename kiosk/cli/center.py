"""``kiosk center ...`` (the simulated central platform) and ``kiosk voucher make`` (its demo 医保码)."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.center.server import CenterApp, CenterServer, Faults, open_service
from kiosk.cli._base import UsageError, center_db, group, port, rate
from kiosk.config import Config
from kiosk.devices.qr_image import save_qr


def register(verbs) -> None:
    center = group(verbs, "center", "the simulated central platform")
    serve = center.add_parser("serve")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=port, default=8765, help="0 picks a free port (printed)")
    serve.add_argument("--db", type=Path)
    serve.add_argument("--fail-rate", type=rate, default=0.0)
    serve.add_argument("--drop-reply-rate", type=rate, default=0.0)
    serve.add_argument(
        "--busy-rate", type=rate, default=0.0, help="answer infcode -1 系统繁忙 (transient) without doing the work"
    )
    serve.add_argument("--slow-rate", type=rate, default=0.0)
    serve.add_argument("--slow-seconds", type=float, default=2.0)
    serve.add_argument("--ignore-msgid", action="store_true", help="demo of a center that does not deduplicate")
    serve.set_defaults(func=serve_center)
    for name in ("people", "received", "sms", "ratings"):
        sub = center.add_parser(name)
        sub.add_argument("--json", action="store_true", required=True)
        sub.add_argument("--db", type=Path)
        sub.set_defaults(func=list_center)

    voucher = group(verbs, "voucher", "demo 医保电子凭证 codes")
    make = voucher.add_parser("make")
    make.add_argument("--person", required=True, metavar="CERTNO")
    make.add_argument("--out", type=Path, required=True)
    make.set_defaults(func=make_voucher)


def _existing_db(cfg: Config, db: Path | None) -> Path:
    from kiosk.store.files import file_problem

    path = center_db(cfg, db)
    if db is not None and not path.is_file():
        raise UsageError(f"{path} does not exist")
    if path.exists() and file_problem(path):  # e.g. --db /etc/passwd: never opened, no key made beside it
        raise UsageError(f"{path} is not a center database (not SQLite)")
    return path


def serve_center(cfg: Config, args) -> int:
    faults = Faults(
        fail_rate=args.fail_rate,
        busy_rate=args.busy_rate,
        drop_reply_rate=args.drop_reply_rate,
        slow_rate=args.slow_rate,
        slow_seconds=args.slow_seconds,
    )
    db = center_db(cfg, args.db)
    if db.exists():
        _existing_db(cfg, db)  # e.g. --db /etc/passwd: refused before it is opened
    service = open_service(db, dedup=not args.ignore_msgid)
    server = CenterServer(CenterApp(service, faults), args.host, args.port)
    print(f"simulated center listening on {server.url}/api", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


def list_center(cfg: Config, args) -> int:
    service = open_service(_existing_db(cfg, args.db))
    rows = {
        "people": service.people,
        "received": service.received,
        "sms": service.sms_sent,
        "ratings": service.ratings,
    }[args.center_verb]()
    print(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0


def make_voucher(cfg: Config, args) -> int:
    """Mint a demo code as the person's phone would show it (valid 60 s, once)."""
    payload = {"data": {"certno": args.person}}
    if cfg.center_url:
        from kiosk.sync.client import CenterClient  # lazy: httpx, only when a center is configured

        output = CenterClient(cfg, cfg.center_url).call("EC00", payload)
    else:  # the kiosk's own in-process center keeps its database here
        try:
            output = open_service(center_db(cfg, None)).mint_voucher(args.person)
        except ValueError as err:
            raise UsageError(f"{args.person}: {err}") from None
    save_qr(output["qrcode"], args.out)
    print(json.dumps({"out": str(args.out), "expires_at": output["expires_at"]}))
    return 0
