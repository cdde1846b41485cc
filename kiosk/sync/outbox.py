"""The transactional outbox: a filing and its message commit together, or not at all.

A message's ``msgid`` is fixed when it is queued (sender + time + the row's
own sequence number, so processes queuing at once never collide) and never
changes across retries and restarts.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kiosk.core import envelope
from kiosk.core.filing import FilingRequest, center_message
from kiosk.store import audit
from kiosk.store.models import Filing, OutboxMessage


def _queue(session: Session, infno: str, person: str, data: dict[str, Any], terminal_id: str, now: dt.datetime,
           filing_id: int | None = None) -> OutboxMessage:
    """One outbox row; its msgid comes from its own row id in the outbox lane, so it is unique
    across processes and fixed from now on. ``data`` may name the msgid as its kiosk_ref."""
    message = OutboxMessage(msgid=f"tmp-{uuid.uuid4().hex[:26]}", infno=infno, person_key=person, payload={},
                            filing_id=filing_id, status="pending", attempts=0, next_attempt_at=now, created_at=now)
    session.add(message)
    session.flush()
    message.msgid = envelope.make_msgid(terminal_id, now, message.id, lane=envelope.OUTBOX_LANE)
    message.payload = {"data": {**data, "kiosk_ref": data.get("kiosk_ref") or message.msgid}}
    return message


def queue_filing(session: Session, request: FilingRequest, *, terminal_id: str, person: str,
                 now: dt.datetime | None = None) -> tuple[Filing, OutboxMessage]:
    """Add the filing, its outbox message and its audit event in the caller's transaction."""
    now = now or dt.datetime.now()
    filing = Filing(kind=request.kind, person_key=person, payload=request.to_json(), status="queued",
                    filed_by=request.filed_by, created_at=now, updated_at=now)
    session.add(filing)
    session.flush()
    infno, payload = center_message(request, kiosk_ref="")
    message = _queue(session, infno, person, payload["data"], terminal_id, now, filing_id=filing.id)
    agent = request.agent
    audit.append(session, actor_type=request.filed_by, actor=(agent.staff_no or agent.name) if agent else "self",
                 action=f"file_{request.kind}", subject=person, detail={"filing_id": filing.id, "msgid": message.msgid}, at=now)
    return filing, message


REVOKE_FOR = {"yidi-long": "YD02", "yidi-temp": "YD02", "chronic": "2504"}


def queue_revoke(session: Session, filing: Filing, *, terminal_id: str, actor_type: str = "self", actor: str = "self",
                 now: dt.datetime | None = None) -> OutboxMessage:
    """Cancel a filing made here: the revoke travels behind the filing (per-person order) and
    names it by its kiosk_ref, so it works even before the center's serial number is known."""
    now = now or dt.datetime.now()
    original = session.scalar(select(OutboxMessage).where(OutboxMessage.filing_id == filing.id).order_by(OutboxMessage.id))
    filing.status, filing.updated_at = "withdrawn", now
    return queue_center_revoke(session, kind=filing.kind, certno=filing.payload["certno"], person=filing.person_key,
                               sn=filing.center_sn or "", kiosk_ref=original.msgid, terminal_id=terminal_id,
                               actor_type=actor_type, actor=actor, now=now)


def queue_center_revoke(session: Session, *, kind: str, certno: str, person: str, sn: str, terminal_id: str,
                        kiosk_ref: str = "", actor_type: str = "self", actor: str = "self",
                        now: dt.datetime | None = None) -> OutboxMessage:
    """Cancel any filing the center holds (made here or elsewhere), by its serial number."""
    now = now or dt.datetime.now()
    data = {"certno": certno, "trt_dcla_detl_sn": sn, "memo": "本人在自助终端撤销"}
    if kiosk_ref:
        data["kiosk_ref"] = kiosk_ref
    message = _queue(session, REVOKE_FOR[kind], person, data, terminal_id, now)
    audit.append(session, actor_type=actor_type, actor=actor, action=f"revoke_{kind}", subject=person,
                 detail={"msgid": message.msgid, "sn": sn}, at=now)
    return message


def status(session: Session, now: dt.datetime | None = None) -> dict[str, Any]:
    now = now or dt.datetime.now()
    counts = dict(session.execute(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)).all())
    oldest = session.scalar(select(func.min(OutboxMessage.created_at)).where(OutboxMessage.status == "pending"))
    return {
        "pending": counts.get("pending", 0),
        "delivered": counts.get("delivered", 0),
        "dead": counts.get("dead", 0),
        "oldest_pending_age_s": round((now - oldest).total_seconds(), 1) if oldest else 0.0,
    }


def retry_dead(session: Session, now: dt.datetime | None = None) -> int:
    """Staff: send dead-lettered messages again (after fixing what the center objected to)."""
    now = now or dt.datetime.now()
    result = session.execute(update(OutboxMessage).where(OutboxMessage.status == "dead")
                             .values(status="pending", attempts=0, next_attempt_at=now))
    return result.rowcount


RATING_LANE_PERSON = "rating"  # ratings are anonymous: one lane of their own, never a person's


def queue_rating(session: Session, *, service: str, level: int, reasons: list[str], terminal_id: str,
                 now: dt.datetime | None = None) -> OutboxMessage:
    """A 好差评 rating (LX02, a local extension): anonymous, delivered once like every message."""
    now = now or dt.datetime.now()
    message = _queue(session, "LX02", RATING_LANE_PERSON, {"service": service, "level": level, "reasons": list(reasons)},
                     terminal_id, now)
    audit.append(session, actor_type="self", actor="kiosk", action="rating", subject=service,
                 detail={"msgid": message.msgid, "level": level}, at=now)
    return message


AUDIT_LANE_PERSON = "audit"  # one "person" for all head messages, so they stay in order


def queue_audit_head(session: Session, *, terminal_id: str, now: dt.datetime | None = None) -> OutboxMessage | None:
    """Queue the audit chain head for the center if it moved since the last one queued."""
    now = now or dt.datetime.now()
    count, head = audit.head(session)
    last = session.scalar(select(OutboxMessage).where(OutboxMessage.infno == "AU01").order_by(OutboxMessage.id.desc()).limit(1))
    if count == 0 or (last is not None and last.payload["data"].get("head") == head):
        return None
    return _queue(session, "AU01", AUDIT_LANE_PERSON, {"count": count, "head": head}, terminal_id, now)
