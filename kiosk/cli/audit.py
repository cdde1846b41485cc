"""``kiosk audit verify``: check the audit trail's hash chain."""

from __future__ import annotations

import json

from kiosk.app import Services
from kiosk.cli._base import group
from kiosk.config import Config


def register(verbs) -> None:
    group(verbs, "audit", "the audit trail").add_parser("verify").set_defaults(func=verify)


def verify(cfg: Config, args) -> int:
    ops = Services.for_command_line(cfg).operations()
    intact, count, broken = ops.verify_audit()
    verdict = ops.center_audit_verdict()  # the center compares each head with the last one it kept
    print(
        json.dumps(
            {
                "intact": intact and verdict is None,
                "events": count,
                "first_broken_id": broken,
                "center": verdict or "consistent",
            },
            ensure_ascii=False,
        )
    )
    return 0 if intact and verdict is None else 1
