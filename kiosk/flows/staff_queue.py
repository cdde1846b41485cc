"""For hall staff: what this kiosk still has to upload, what the center sent back and why,
and "send again now", with every look and retry in the audit trail."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.core.errors import QT_TRANSLATE_NOOP
from kiosk.core.masking import mask_id
from kiosk.flows.my_filings import receipt_reference
from kiosk.store import audit, quarantine
from kiosk.store.models import OutboxMessage
from kiosk.sync.outbox import retry_dead

WHAT = {
    "YD01": QT_TRANSLATE_NOOP("staff_queue", "异地就医备案"),
    "2503": QT_TRANSLATE_NOOP("staff_queue", "慢特病备案"),
    "YD02": QT_TRANSLATE_NOOP("staff_queue", "取消异地就医备案"),
    "2504": QT_TRANSLATE_NOOP("staff_queue", "取消慢特病备案"),
    "MT01": QT_TRANSLATE_NOOP("staff_queue", "慢特病申请"),
    "MT03": QT_TRANSLATE_NOOP("staff_queue", "撤回慢特病申请"),
    "YD04": QT_TRANSLATE_NOOP("staff_queue", "变更异地就医备案"),
    "AU01": QT_TRANSLATE_NOOP("staff_queue", "审计记录核对"),
}


@dataclass(frozen=True)
class WaitingItem:
    what: str  # the service, in plain words
    person: str  # the ID number, masked
    queued_at: dt.datetime
    attempts: int
    status: str  # pending | dead
    reason: str  # for a dead letter: a catalogue key ("refused_<reason>"), else ""
    ref: str  # the receipt's reference


def _reason(last_error: str | None) -> str:
    """The worker writes 'refused <reason>: <center message>' for a refusal."""
    if not last_error or not last_error.startswith("refused "):
        return ""
    return "refused_" + last_error.removeprefix("refused ").split(":", 1)[0]


def waiting(session: Session, limit: int = 50) -> list[WaitingItem]:
    """Not yet delivered, oldest first: dead letters (need a person) before the pending ones.
    A row whose payload cannot be read is set aside (a dead letter saying so), not a crash."""
    ids = session.scalars(
        select(OutboxMessage.id)
        .where(OutboxMessage.status.in_(("dead", "pending")))
        .order_by(OutboxMessage.status, OutboxMessage.id)
        .limit(limit)
    ).all()
    items = []
    for message_id in ids:
        m = quarantine.load(session, OutboxMessage, message_id) or session.get_one(OutboxMessage, message_id)
        items.append(
            WaitingItem(
                WHAT.get(m.infno, m.infno),
                mask_id(str(m.payload.get("data", {}).get("certno", ""))),
                m.created_at,
                m.attempts,
                m.status,
                _reason(m.last_error),
                receipt_reference(m.msgid),
            )
        )
    return items


def retry_now(session: Session, staff_no: str, now: dt.datetime | None = None) -> int:
    """Dead letters go back in the queue and pending ones are due at once; audited."""
    now = now or dt.datetime.now()
    revived = retry_dead(session, now)
    nudged = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at > now)
        .values(next_attempt_at=now)
    ).rowcount  # type: ignore[attr-defined]  # an UPDATE's result is a CursorResult, which has rowcount
    audit.append(
        session,
        actor_type="staff",
        actor=staff_no,
        action="staff_retry_uploads",
        subject="outbox",
        detail={"revived": revived, "nudged": nudged},
        at=now,
    )
    return revived + nudged
