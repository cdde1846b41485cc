"""Where the store's files are and whether they can be used, without importing the database
layer: ``kiosk run`` checks this before it shows a window (a kiosk that cannot open its store
must not greet anybody), and db.py / crypto.py use the same rules."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.store.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"


def key_path(db_path: Path) -> tuple[Path, bool]:
    """(where the data key is, whether it was configured by KIOSK_DATA_KEY_FILE)."""
    configured = os.environ.get("KIOSK_DATA_KEY_FILE")
    return (Path(configured), True) if configured else (db_path.parent / "data.key", False)


def file_problem(db_path: Path) -> str | None:
    """What is wrong with the database file itself, before SQLite sees it (None: nothing)."""
    try:
        with open(db_path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"the store {db_path} cannot be read ({exc.strerror})"
    if not head:
        return (
            f"the store {db_path} is empty (0 bytes): it was cut or overwritten; restore kiosk.db from the "
            "backup, or move it aside to start an empty store (its undelivered filings are then lost)"
        )
    if head != SQLITE_HEADER:
        return f"the store {db_path} is not a SQLite database: restore kiosk.db from the backup"
    return None


def missing_key(db_path: Path) -> str | None:
    path, configured = key_path(db_path)
    if path.exists():
        return None
    if configured:
        return f"KIOSK_DATA_KEY_FILE {path} does not exist: check the terminal's credential setup"
    if db_path.exists():
        return (
            f"the data key {path} is missing but the store {db_path} exists: restore data.key from the "
            "terminal's key backup (README: Restoring the data key); the kiosk will not make a new one, as the "
            "queued filings could not be read with it"
        )
    return None


def preflight(db_path: Path) -> None:
    """StoreError now, before any window, if the store or its key is plainly unusable."""
    problem = file_problem(db_path) or missing_key(db_path)
    if problem:
        raise StoreError(problem)
