"""Rows whose sealed payload cannot be opened (a changed byte, a cut row) are set aside, not
retried for ever: one poisoned message must not stop delivery for everyone.

The sealed text is kept as found (``quarantined``), the payload becomes a readable marker, a
message becomes a dead letter with the reason (staff see it in their queue, ``kiosk sync
retry-dead`` restores it if the right key opens it again) and the audit trail says so.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.orm import Session

from kiosk.store import audit
from kiosk.store.errors import UnreadableValue
from kiosk.store.models import Filing, OutboxMessage

log = logging.getLogger("kiosk.store")
REASON = "unreadable"  # the dead letter's reason key: 'refused unreadable: ...' (see flows.staff_queue)
Row = TypeVar("Row", Filing, OutboxMessage)


def marker(reason: str) -> dict:
    """What a set-aside row's payload reads as: nothing personal, the shape readers expect."""
    return {"data": {}, "unreadable": reason}


def set_aside(session: Session, model: type[Row], row_id: int, reason: str, now: dt.datetime | None = None) -> None:
    """In the caller's transaction: keep the sealed text, mark the row, audit it."""
    now = now or dt.datetime.now()
    table = model.__tablename__
    cipher = session.get_bind().dialect.kiosk_cipher
    row = session.execute(text(f"SELECT person_key, quarantined FROM {table} WHERE id = :id"), {"id": row_id}).first()
    if row is None or row.quarantined is not None:
        return
    values = {"id": row_id, "marker": cipher.seal(marker(reason))}
    if model is OutboxMessage:
        error = f"refused {REASON}: {reason}"[:500]
        session.execute(
            text(
                "UPDATE outbox SET quarantined = payload, payload = :marker, status = 'dead', "
                "last_error = :error WHERE id = :id"
            ),
            values | {"error": error},
        )
        filing_id = session.execute(text("SELECT filing_id FROM outbox WHERE id = :id"), {"id": row_id}).scalar()
        if filing_id is not None:  # the person's filing says why it did not go (我的备案)
            filing = load(session, Filing, filing_id, reason="its filing row could not be read")
            if filing is not None and filing.status == "queued":
                filing.status, filing.updated_at = "refused", now
                filing.payload = {**filing.payload, "refusal": {"reason": REASON, "message": reason}}
    else:
        session.execute(
            text("UPDATE filing SET quarantined = payload, payload = :marker, status = 'unreadable' WHERE id = :id"),
            values,
        )
    session.flush()
    session.expire_all()  # the raw updates above: reload what the ORM holds
    audit.append(
        session,
        actor_type="system",
        actor="kiosk",
        action=f"{table}_set_aside",
        subject=row.person_key,
        detail={"id": row_id, "reason": reason},
        at=now,
    )
    log.error("%s row %d set aside: %s", table, row_id, reason)


def load(session: Session, model: type[Row], row_id: int, *, reason: str = "") -> Row | None:
    """The row, or None after setting it aside when its payload cannot be opened."""
    try:
        return session.get(model, row_id)
    except UnreadableValue as exc:
        set_aside(session, model, row_id, reason or str(exc))
        return None


def restore(session: Session) -> int:
    """Rows set aside whose sealed text opens now (the right key is back) get it back; returns how many."""
    cipher = session.get_bind().dialect.kiosk_cipher
    restored = 0
    for table in ("outbox", "filing"):
        rows = session.execute(text(f"SELECT id, quarantined FROM {table} WHERE quarantined IS NOT NULL")).all()
        for row_id, sealed in rows:
            try:
                cipher.open(sealed)
            except UnreadableValue:
                continue
            status = "status = 'pending'" if table == "outbox" else "status = 'queued'"
            session.execute(
                text(f"UPDATE {table} SET payload = quarantined, quarantined = NULL, {status} WHERE id = :id"),
                {"id": row_id},
            )
            restored += 1
    session.flush()
    session.expire_all()
    return restored
