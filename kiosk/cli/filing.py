"""``kiosk filing example|create``: 备案 from the command line, through the same operation as
the filing screen (the same rows, outbox message and audit event for the same input)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from kiosk.app import Services
from kiosk.center.seed import demo_identities
from kiosk.cli._base import UsageError, group
from kiosk.config import Config
from kiosk.core.filing import FilingError, FilingRequest, parse

KINDS = ("yidi-long", "yidi-temp", "chronic")


def register(verbs) -> None:
    filing = group(verbs, "filing", "备案 through the same path as the screens")
    example = filing.add_parser("example")
    example.add_argument("--person", required=True, metavar="CERTNO")
    example.add_argument("--kind", required=True, choices=KINDS)
    example.set_defaults(func=show_example)
    create = filing.add_parser("create")
    create.add_argument(
        "--from",
        dest="source",
        type=Path,
        required=True,
        metavar="FILE.json",
        help="one filing object, or a list of them",
    )
    create.add_argument("--json", action="store_true")
    create.set_defaults(func=create_filings)


def show_example(cfg: Config, args) -> int:
    if args.person not in {p["certno"] for p in demo_identities()}:
        raise UsageError(f"{args.person} is not a demo person; `kiosk center people --json` lists them")
    print(json.dumps(example(args.person, args.kind), ensure_ascii=False, indent=1))
    return 0


def example(certno: str, kind: str) -> dict:
    start = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    base = {"kind": kind, "certno": certno, "begndate": start, "tel": "13800138000", "filed_by": "self"}
    if kind == "chronic":
        return base | {"disease_code": "M03900", "disease_name": "高血压", "hospital": "H44010400001"}
    if kind == "yidi-long":
        return base | {"dcla_type": "1", "mdtrt_admdvs": "110100", "promise": True}
    return base | {"dcla_type": "4", "mdtrt_admdvs": "310100"}


def read_requests(source: Path) -> list[FilingRequest]:
    try:
        raw = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {source}: {exc}") from None
    except (ValueError, RecursionError):
        raise UsageError(f"{source} is not JSON") from None
    items = raw if isinstance(raw, list) else [raw]
    try:
        return [parse(item) for item in items]
    except (FilingError, TypeError, AttributeError, ValueError) as exc:
        raise UsageError(f"filing not valid: {exc}") from None


def create_filings(cfg: Config, args) -> int:
    requests = read_requests(args.source)
    ops = Services.for_command_line(cfg).operations()
    for request in requests:
        queued = ops.submit_filing(request)
        line = {"filing_id": queued.filing_id, "kind": request.kind, "msgid": queued.msgid, "status": "queued"}
        print(json.dumps(line) if args.json else f"queued filing {queued.filing_id} ({request.kind}) as {queued.msgid}")
    return 0
