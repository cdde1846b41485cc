"""``kiosk audit verify``: check the audit trail's hash chain."""

from __future__ import annotations

import json

from kiosk.app import Services
from kiosk.cli._base import group
from kiosk.config import Config


def register(verbs) -> None:
    group(verbs, "audit", "the audit trail").add_parser("verify").set_defaults(func=verify)


def verify(cfg: Config, args) -> int:
    intact, count, broken = Services.for_command_line(cfg).operations().verify_audit()
    print(json.dumps({"intact": intact, "events": count, "first_broken_id": broken}))
    return 0 if intact else 1
