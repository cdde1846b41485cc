"""The audit trail: append-only events, each hashed over the previous one."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.core.masking import scrub
from kiosk.store.models import AuditEvent

GENESIS = "0" * 64


def _digest(prev_hash: str, at: dt.datetime, actor_type: str, actor: str, action: str, subject: str, detail: dict) -> str:
    body = json.dumps([prev_hash, at.isoformat(), actor_type, actor, action, subject, detail], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(session: Session, *, actor_type: str, actor: str, action: str, subject: str = "", detail: dict[str, Any] | None = None,
           at: dt.datetime | None = None) -> AuditEvent:
    """Add one event in the caller's transaction (so it commits with the business row)."""
    at = (at or dt.datetime.now()).replace(microsecond=0)
    detail = json.loads(scrub(json.dumps(detail or {}, ensure_ascii=False)))
    last = session.scalar(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1))
    prev = last.hash if last else GENESIS
    event = AuditEvent(at=at, actor_type=actor_type, actor=actor, action=action, subject=subject, detail=detail, prev_hash=prev,
                       hash=_digest(prev, at, actor_type, actor, action, subject, detail))
    session.add(event)
    session.flush()
    return event


def verify(session: Session) -> tuple[bool, int, int | None]:
    """(intact, events checked, id of the first broken event or None)."""
    prev = GENESIS
    count = 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        count += 1
        expected = _digest(prev, event.at, event.actor_type, event.actor, event.action, event.subject, event.detail)
        if event.prev_hash != prev or event.hash != expected:
            return False, count, event.id
        prev = event.hash
    return True, count, None
