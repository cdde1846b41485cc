"""``kiosk staff add``: hall staff accounts (the PIN from standard input, never an argument)."""

from __future__ import annotations

import getpass
import sys

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


def add_staff(cfg: Config, args) -> int:
    pin = sys.stdin.readline().strip() if args.pin_stdin else getpass.getpass("PIN (6-12 digits): ")
    Services.for_command_line(cfg).operations().add_staff(args.staff_no, args.name, pin)
    print(f"staff {args.staff_no} ready")
    return 0
