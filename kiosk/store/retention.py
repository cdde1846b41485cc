"""Retention: personal data of filings the center has settled is kept only as long as
the hall needs it (``retention_days``), then overwritten (secure_delete is on).

What stays is what the kiosk still needs without the person: the kind, dates, status,
the center's serial number and the audit trail (which never held the ID number).
Dead letters and undelivered messages are never purged: staff must still act on them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.store import audit, quarantine
from kiosk.store.models import Filing, OutboxMessage

KEEP = ("kind", "begndate", "enddate", "dcla_type", "disease_code", "disease_name", "mdtrt_admdvs", "refusal")


def purge(session: Session, days: int, now: dt.datetime | None = None) -> dict[str, int]:
    now = now or dt.datetime.now()
    cutoff = now - dt.timedelta(days=days)
    ids = session.scalars(
        select(Filing.id).where(Filing.status.in_(("accepted", "refused", "withdrawn")), Filing.updated_at < cutoff)
    ).all()
    purged_filings = 0
    for filing_id in ids:
        filing = quarantine.load(session, Filing, filing_id)  # an unreadable row is set aside, not a stop
        if filing is not None and not filing.payload.get("purged"):
            filing.payload = {**{k: v for k, v in filing.payload.items() if k in KEEP}, "purged": True}
            purged_filings += 1
    ids = session.scalars(
        select(OutboxMessage.id).where(OutboxMessage.status == "delivered", OutboxMessage.delivered_at < cutoff)
    ).all()
    purged_messages = 0
    for message_id in ids:
        message = quarantine.load(session, OutboxMessage, message_id)
        if message is not None and message.payload:
            message.payload = {}
            purged_messages += 1
    if purged_filings or purged_messages:
        audit.append(
            session,
            actor_type="system",
            actor="kiosk",
            action="retention_purge",
            subject="store",
            detail={"filings": purged_filings, "messages": purged_messages, "days": days},
            at=now,
        )
    return {"filings": purged_filings, "messages": purged_messages}
