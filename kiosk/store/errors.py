"""Why the store cannot be opened, in one plain line for staff (no SQLAlchemy import: the CLI
catches this for every verb without paying for the database layer)."""

from __future__ import annotations


class StoreError(RuntimeError):
    """The store or its data key is missing, damaged or not durable: the kiosk does not start,
    and the message says what is wrong and what to do (README, "Restoring the data key")."""


class UnreadableValue(ValueError):
    """A sealed value that cannot be opened: a changed byte, a cut row or the wrong data key."""


NOT_SAVED = "the change being saved was not saved (nothing half-written); free some space and try again"


def plain_failure(exc: BaseException) -> str | None:
    """A failure of the machine rather than a bug, in plain words (None: not one of these).
    Looks at the whole chain (SQLAlchemy wraps sqlite3's errors) by type name and errno, so the
    CLI can say it without importing the database layer."""
    import errno

    seen: BaseException | None = exc
    while seen is not None:
        text = str(seen).lower()
        if isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return "the disk is full: " + NOT_SAVED
        if "database or disk is full" in text or "disk i/o error" in text:
            return "the disk is full or failing: " + NOT_SAVED
        if "file is not a database" in text or "database disk image is malformed" in text:
            return "the store is damaged: `kiosk store check` says more; restore kiosk.db from the backup"
        if isinstance(seen, RecursionError):
            return "the input is nested too deeply to read"
        seen = seen.__cause__ or seen.__context__
    return None
