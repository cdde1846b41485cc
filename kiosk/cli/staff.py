"""``kiosk staff add|sign-in``: hall staff accounts (the PIN from standard input, never an argument)."""

from __future__ import annotations

import getpass
import json
import sys
import time

from kiosk.app import Services
from kiosk.cli._base import group
from kiosk.config import Config


def register(verbs) -> None:
    staff = group(verbs, "staff", "hall staff accounts")
    add = staff.add_parser("add")
    add.add_argument("--staff-no", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input (never an argument)")
    add.set_defaults(func=add_staff)
    sign_in = staff.add_parser("sign-in", help="check a staff number and PIN as the kiosk does (audited)")
    sign_in.add_argument("--staff-no", required=True)
    sign_in.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from standard input (never an argument)"
    )
    sign_in.add_argument("--json", action="store_true")
    sign_in.set_defaults(func=sign_in_staff)


def add_staff(cfg: Config, args) -> int:
    pin = sys.stdin.readline().strip() if args.pin_stdin else getpass.getpass("PIN (6-12 digits): ")
    Services.for_command_line(cfg).operations().add_staff(args.staff_no, args.name, pin)
    print(f"staff {args.staff_no} ready")
    return 0


def sign_in_staff(cfg: Config, args) -> int:
    """ok | wrong | locked, and how long the check took (the same for unknown and known numbers)."""
    pin = sys.stdin.readline().strip() if args.pin_stdin else getpass.getpass("PIN: ")
    ops = Services.for_command_line(cfg).operations()
    started = time.perf_counter()
    outcome = ops.staff_sign_in(args.staff_no, pin)
    took_ms = round((time.perf_counter() - started) * 1000, 1)
    print(json.dumps({"outcome": outcome, "ms": took_ms}) if args.json else outcome)
    return 0 if outcome == "ok" else 1
