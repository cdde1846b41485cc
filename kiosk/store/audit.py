"""The audit trail: append-only events, each an HMAC over the previous one's.

The key is derived from the terminal's data key (never in the database), so a person
with the database alone cannot rewrite the chain. A changed, removed or reordered row
breaks it; removing the newest rows is caught against the chain head the kiosk
delivers to the center (AU01) through the outbox."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.core.masking import scrub
from kiosk.store.models import AuditEvent

GENESIS = "0" * 64


def _key(session: Session) -> bytes:
    return session.get_bind().dialect.kiosk_audit_key  # set per engine by make_engine


def _digest(
    key: bytes, prev_hash: str, at: dt.datetime, actor_type: str, actor: str, action: str, subject: str, detail: dict
) -> str:
    body = json.dumps(
        [prev_hash, at.isoformat(), actor_type, actor, action, subject, detail], ensure_ascii=False, sort_keys=True
    )
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def append(
    session: Session,
    *,
    actor_type: str,
    actor: str,
    action: str,
    subject: str = "",
    detail: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> AuditEvent:
    """Add one event in the caller's transaction (so it commits with the business row)."""
    at = (at or dt.datetime.now()).replace(microsecond=0)
    detail = json.loads(scrub(json.dumps(detail or {}, ensure_ascii=False)))
    last = session.scalar(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1))
    prev = last.hash if last else GENESIS
    event = AuditEvent(
        at=at,
        actor_type=actor_type,
        actor=actor,
        action=action,
        subject=subject,
        detail=detail,
        prev_hash=prev,
        hash=_digest(_key(session), prev, at, actor_type, actor, action, subject, detail),
    )
    session.add(event)
    session.flush()
    return event


def verify(session: Session) -> tuple[bool, int, int | None]:
    """(intact, events checked, id of the first broken event or None)."""
    intact, count, last = _walk(session, 0, None)
    return intact, count, None if intact else last


def verify_window(session: Session, after_id: int, limit: int) -> tuple[bool, int]:
    """The ``limit`` events after id ``after_id``, each against its own hash and the hash of the
    event before it, so that any stretch of the trail can be checked on its own (a removed row
    shows as a link to a hash that is not the one before). (intact, the last id checked, or the
    first broken one; ``after_id`` when there was nothing after it)."""
    intact, _count, last = _walk(session, after_id, limit)
    return intact, last


def _walk(session: Session, after_id: int, limit: int | None) -> tuple[bool, int, int]:
    """(intact, events checked, the last id checked or the first broken one)."""
    if after_id <= 0:
        prev: str | None = GENESIS
    else:
        before = select(AuditEvent.hash).where(AuditEvent.id <= after_id).order_by(AuditEvent.id.desc()).limit(1)
        prev = session.scalar(before)
    key, count, last = _key(session), 0, after_id
    for event in session.scalars(
        select(AuditEvent).where(AuditEvent.id > after_id).order_by(AuditEvent.id).limit(limit)
    ):
        count += 1
        if (  # no event before it (removed), a link to another hash, or content its hash does not match
            prev is None
            or event.prev_hash != prev
            or event.hash
            != _digest(key, prev, event.at, event.actor_type, event.actor, event.action, event.subject, event.detail)
        ):
            return False, count, event.id
        prev, last = event.hash, event.id
    return True, count, last


def head(session: Session) -> tuple[int, str]:
    """(number of events, hash of the newest): what the center keeps to catch a cut-off tail."""
    last = session.scalar(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1))
    count = session.scalar(select(func.count()).select_from(AuditEvent))
    return count, last.hash if last else GENESIS
