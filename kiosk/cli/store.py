"""``kiosk store check``: what is wrong with this terminal's store, one line each (read only)."""

from __future__ import annotations

import json

from kiosk.cli._base import group
from kiosk.config import Config
from kiosk.store.db import problems


def register(verbs) -> None:
    check = group(verbs, "store", "the kiosk's own database").add_parser("check")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=check_store)


def check_store(cfg: Config, args) -> int:
    found = problems(cfg.db_path)
    if args.json:
        print(json.dumps({"store": str(cfg.db_path), "ok": not found, "problems": found}, ensure_ascii=False))
    else:
        print("\n".join(found) if found else f"the store {cfg.db_path} is fine")
    return 1 if found else 0
