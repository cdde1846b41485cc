"""``kiosk hall ...``: the hall console. ``serve`` runs the hall service (one per hall); ``staff
add`` and ``terminal add`` fill its own database; ``calls`` and ``terminals`` read it;
``call`` and ``heartbeat`` act as this kiosk would (installation checks, from a terminal)."""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

from kiosk.cli._base import Parser, UsageError, group, port
from kiosk.config import Config


def _positive(text: str) -> float:
    value = float(text)
    if not 0.05 <= value <= 86400:
        raise ValueError(text)
    return value


def register(verbs) -> None:
    hall = group(verbs, "hall", "the hall console: staff page and the kiosks' help calls")
    serve = hall.add_parser("serve")
    serve.add_argument(
        "--host", help="the hall network address to listen on (default: hall_url's host, else 127.0.0.1)"
    )
    serve.add_argument("--port", type=port, help="0 picks a free port (printed); default: hall_url's port, else 8780")
    serve.add_argument("--db", type=Path, help="default $KIOSK_HOME/hall/hall.db")
    serve.add_argument(
        "--offline-after",
        type=_positive,
        default=90.0,
        metavar="S",
        help="no heartbeat for S seconds: the terminal's tile says offline",
    )
    serve.add_argument(
        "--repeat-after",
        type=_positive,
        default=60.0,
        metavar="S",
        help="an unanswered call is repeated on the page (with sound) every S seconds",
    )
    serve.set_defaults(func=serve_hall)
    for name in ("calls", "terminals"):
        sub = hall.add_parser(name)
        sub.add_argument("--json", action="store_true", required=True)
        sub.add_argument("--db", type=Path)
        if name == "calls":
            sub.add_argument("--all", action="store_true", help="also cancelled and long-answered calls")
        sub.set_defaults(func=list_hall)
    staff = hall.add_parser("staff")
    staff_verbs = staff.add_subparsers(dest="hall_staff_verb", required=True, parser_class=Parser)
    add = staff_verbs.add_parser("add")
    add.add_argument("--staff-no", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input (never an argument)")
    add.add_argument("--db", type=Path)
    add.set_defaults(func=add_staff)
    terminal = hall.add_parser("terminal")
    terminal_verbs = terminal.add_subparsers(dest="hall_terminal_verb", required=True, parser_class=Parser)
    add_terminal = terminal_verbs.add_parser("add", help="register a kiosk; prints its key once")
    add_terminal.add_argument("--terminal", required=True, metavar="TERMINAL_ID")
    add_terminal.add_argument("--position", default="", help="where it stands, e.g. 一楼大厅 3号机")
    add_terminal.add_argument("--db", type=Path)
    add_terminal.set_defaults(func=add_terminal_key)
    call = hall.add_parser("call", help="raise a help call as this kiosk would")
    call.add_argument("--screen", required=True)
    call.add_argument("--locale", default=None)
    call.set_defaults(func=raise_call)
    beat = hall.add_parser("heartbeat", help="send this kiosk's state to the hall once")
    beat.set_defaults(func=send_heartbeat)


def _service(cfg: Config, db: Path | None, must_exist: bool = False, **limits):
    from kiosk.hall.service import HallService, Limits

    path = db or cfg.home / "hall" / "hall.db"
    if must_exist and not path.is_file():
        raise UsageError(f"{path} does not exist (start `kiosk hall serve` or pass --db)")
    return HallService(path, Limits(**limits))


def serve_hall(cfg: Config, args) -> int:
    from kiosk.hall.server import HallServer

    configured = urlsplit(cfg.hall_url) if cfg.hall_url else None  # the address the kiosks are given
    host = args.host or (configured.hostname if configured else None) or "127.0.0.1"
    listen_port = args.port if args.port is not None else (configured.port if configured else None) or 8780
    service = _service(cfg, args.db, offline_after_s=args.offline_after, repeat_after_s=args.repeat_after)
    try:
        server = HallServer(service, host, listen_port)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{listen_port}: {exc.strerror}") from None
    print(f"hall service listening on {server.url}/ (staff page), kiosks at {server.url}/kiosk", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


def list_hall(cfg: Config, args) -> int:
    service = _service(cfg, args.db, must_exist=True)
    rows = service.calls(everything=args.all) if args.hall_verb == "calls" else service.terminals()
    print(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0


def add_staff(cfg: Config, args) -> int:
    pin = sys.stdin.readline().strip() if args.pin_stdin else getpass.getpass("PIN (6-12 digits): ")
    from kiosk.hall.service import HallError

    try:
        _service(cfg, args.db).add_staff(args.staff_no, args.name, pin)
    except (ValueError, HallError) as bad:
        raise UsageError(str(bad)) from None
    print(f"hall staff {args.staff_no} ready")
    return 0


def add_terminal_key(cfg: Config, args) -> int:
    key = _service(cfg, args.db).add_terminal(args.terminal, args.position)
    print(json.dumps({"terminal_id": args.terminal, "hall_terminal_key": key}, ensure_ascii=False))
    return 0


def _operations(cfg: Config):
    if not cfg.hall_url:
        raise UsageError("no hall_url in config.toml: this kiosk reports to no hall service")
    from kiosk.app import Services

    return Services.for_command_line(cfg).operations()


def raise_call(cfg: Config, args) -> int:
    raised = _operations(cfg).raise_staff_call(args.screen, args.locale or cfg.locale)
    print(json.dumps({"call_id": raised.call_id, "reached": raised.reached}))
    if not raised.reached:
        print(
            f"kiosk: the hall service at {cfg.hall_url} was not reached; the call is kept and sent again",
            file=sys.stderr,
        )
        return 1
    return 0


def send_heartbeat(cfg: Config, args) -> int:
    reached = _operations(cfg).hall_heartbeat({})
    print(json.dumps({"reached": reached}))
    return 0 if reached else 1
