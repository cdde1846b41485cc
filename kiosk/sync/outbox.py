"""The transactional outbox: a filing and its message commit together, or not at all.

A message's ``msgid`` is fixed when it is queued (the hall's institution code +
time + this terminal's number and its next sequence number from
kiosk.sync.msgids, so neither this terminal's processes nor the hall's other
terminals can make the same one) and never changes across retries and restarts.

A payload holds ``data`` (what the center receives) and, for some messages,
``local`` (what only the worker reads: the filing a revoke cancels, whose
serial number it learns when that filing is accepted).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kiosk.core.filing import FilingRequest, center_message
from kiosk.store import audit, quarantine
from kiosk.store.keys import agent_key
from kiosk.store.models import AuditEvent, Filing, OutboxMessage
from kiosk.sync.msgids import MsgidSource


def default_sender() -> str:
    """The institution code a msgid starts with when the caller does not say (Config's default)."""
    from kiosk.config import Config

    return next(f.default for f in dataclasses.fields(Config) if f.name == "fixmedins_code")


def _msgids(session: Session, terminal_id: str, sender: str | None) -> MsgidSource:
    """This terminal's msgid sequence; its state is beside the store (the terminal's home). Terminals
    of one hall share the institution code in the msgid: the terminal's number keeps them apart."""
    from kiosk.config import Config

    home = Path(session.get_bind().url.database).parent
    terminal_id = terminal_id or next(f.default for f in dataclasses.fields(Config) if f.name == "terminal_id")
    return MsgidSource(home, sender or default_sender(), terminal_id, lane="outbox")


def _queue(
    session: Session,
    infno: str,
    person: str,
    data: dict[str, Any],
    now: dt.datetime,
    sender: str | None,
    filing_id: int | None = None,
    local: dict | None = None,
    terminal_id: str = "",
) -> OutboxMessage:
    """One outbox row; its msgid is fixed from now on."""
    message = OutboxMessage(
        msgid=f"tmp-{uuid.uuid4().hex[:26]}",
        infno=infno,
        person_key=person,
        payload={},
        filing_id=filing_id,
        status="pending",
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(message)
    session.flush()
    message.msgid = _msgids(session, terminal_id, sender).next(now)
    message.payload = {"data": data, **({"local": local} if local else {})}
    return message


def queue_filing(
    session: Session,
    request: FilingRequest,
    *,
    terminal_id: str,
    person: str,
    now: dt.datetime | None = None,
    sender: str | None = None,
) -> tuple[Filing, OutboxMessage]:
    """Add the filing, its outbox message and its audit event in the caller's transaction."""
    now = now or dt.datetime.now()
    filing = Filing(
        kind=request.kind,
        person_key=person,
        payload=request.to_json(),
        status="queued",
        filed_by=request.filed_by,
        created_at=now,
        updated_at=now,
    )
    session.add(filing)
    session.flush()
    infno, payload = center_message(request)
    message = _queue(session, infno, person, payload["data"], now, sender, filing_id=filing.id, terminal_id=terminal_id)
    agent = request.agent
    actor = audit_actor(session, request.filed_by, (agent.staff_no or agent.name) if agent else "self")
    audit.append(
        session,
        actor_type=request.filed_by,
        actor=actor,
        action=f"file_{request.kind}",
        subject=person,
        detail={"filing_id": filing.id, "msgid": message.msgid},
        at=now,
    )
    return filing, message


def audit_actor(session: Session, actor_type: str, actor: str) -> str:
    """A family member appears in the audit trail by a key, never by name (staff by number)."""
    return agent_key(session, actor) if actor_type == "family" else actor


REVOKE_FOR = {"yidi-long": "YD02", "yidi-temp": "YD02", "chronic": "2504"}
WITHDRAW_APPLICATION = "MT03"  # a 慢特病 made here is an application until the hospital registers it


def queue_revoke(
    session: Session,
    filing: Filing,
    *,
    terminal_id: str,
    actor_type: str = "self",
    actor: str = "self",
    now: dt.datetime | None = None,
    sender: str | None = None,
) -> OutboxMessage:
    """Cancel a filing made here: the revoke travels behind the filing (per-person order) and the
    worker fills in the serial number the center gave it, so it works before that is known."""
    now = now or dt.datetime.now()
    filing.status, filing.updated_at = "withdrawn", now
    infno = WITHDRAW_APPLICATION if filing.kind == "chronic" else None
    return queue_center_revoke(
        session,
        kind=filing.kind,
        certno=filing.payload["certno"],
        person=filing.person_key,
        sn=filing.center_sn or "",
        terminal_id=terminal_id,
        actor_type=actor_type,
        actor=actor,
        now=now,
        sender=sender,
        revokes_filing=filing.id,
        infno=infno,
    )


def queue_center_revoke(
    session: Session,
    *,
    kind: str,
    certno: str,
    person: str,
    sn: str,
    terminal_id: str,
    kiosk_ref: str = "",
    actor_type: str = "self",
    actor: str = "self",
    now: dt.datetime | None = None,
    sender: str | None = None,
    revokes_filing: int | None = None,
    infno: str | None = None,
) -> OutboxMessage:
    """Cancel any filing the center holds (made here or elsewhere), by its serial number.
    ``kiosk_ref`` is accepted for older callers and not sent: the center never needs it."""
    now = now or dt.datetime.now()
    infno = infno or REVOKE_FOR[kind]
    memo = "本人在自助终端撤销" if actor_type == "self" else "在自助终端代为撤销"
    if infno == WITHDRAW_APPLICATION:
        data = {"psn_cert_type": "01", "certno": certno, "appy_sn": sn, "memo": memo}
    elif infno == "2504":  # national: psn_no, looked up by the worker when it sends
        data = {"certno": certno, "trt_dcla_detl_sn": sn, "memo": memo}
    else:
        data = {"psn_cert_type": "01", "certno": certno, "trt_dcla_detl_sn": sn, "memo": memo}
    local = {"revokes_filing": revokes_filing} if revokes_filing is not None and not sn else None
    message = _queue(session, infno, person, data, now, sender, local=local, terminal_id=terminal_id)
    audit.append(
        session,
        actor_type=actor_type,
        actor=audit_actor(session, actor_type, actor),
        action=f"revoke_{kind}",
        subject=person,
        detail={"msgid": message.msgid, "sn": sn},
        at=now,
    )
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
    """Staff: send dead-lettered messages again (after fixing what the center objected to).
    One refused as a msgid conflict gets a new msgid: the center holds another message under the
    old one, so this one was never applied under it and a new id cannot make it twice. A message
    set aside as unreadable goes again only once its sealed text opens (the right data key
    restored); until then it stays a dead letter, never sent as an empty shell."""
    now = now or dt.datetime.now()
    quarantine.restore(session)
    for message in session.scalars(
        select(OutboxMessage).where(
            OutboxMessage.status == "dead", OutboxMessage.last_error.like("refused msgid_conflict%")
        )
    ):
        # digits 27-28 of the old msgid are this terminal's number in the hall (kiosk.core.envelope)
        message.msgid = _msgids(session, message.msgid[26:28], message.msgid[:12]).next()
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.status == "dead", OutboxMessage.quarantined.is_(None))
        .values(status="pending", attempts=0, next_attempt_at=now)
    )
    return result.rowcount


RATING_LANE_PERSON = "rating"  # ratings are anonymous: one lane of their own, never a person's


def queue_rating(
    session: Session,
    *,
    service: str,
    level: int,
    reasons: list[str],
    terminal_id: str,
    now: dt.datetime | None = None,
    sender: str | None = None,
) -> OutboxMessage:
    """A 好差评 rating (LX02, a local extension): anonymous, delivered once like every message."""
    now = now or dt.datetime.now()
    message = _queue(
        session,
        "LX02",
        RATING_LANE_PERSON,
        {"service": service, "level": level, "reasons": list(reasons)},
        now,
        sender,
        terminal_id=terminal_id,
    )
    audit.append(
        session,
        actor_type="self",
        actor="kiosk",
        action="rating",
        subject=service,
        detail={"msgid": message.msgid, "level": level},
        at=now,
    )
    return message


AUDIT_LANE_PERSON = "audit"  # one "person" for all head messages, so they stay in order


def queue_audit_head(
    session: Session, *, terminal_id: str, now: dt.datetime | None = None, sender: str | None = None
) -> OutboxMessage | None:
    """Queue the audit chain head for the center if it moved since the last one queued, with the
    links (prev_hash, hash) of the events since then, so the center can see the chain continue."""
    now = now or dt.datetime.now()
    count, head = audit.head(session)
    last = session.scalar(
        select(OutboxMessage).where(OutboxMessage.infno == "AU01").order_by(OutboxMessage.id.desc()).limit(1)
    )
    last_count = last.payload["data"].get("count", 0) if last is not None else 0
    if count == 0 or (last is not None and last.payload["data"].get("head") == head):
        return None
    events = (
        session.execute(select(AuditEvent.prev_hash, AuditEvent.hash).order_by(AuditEvent.id).offset(last_count)).all()
        if count > last_count
        else []
    )
    links = [[prev, this] for prev, this in events] if last is not None else []
    return _queue(
        session,
        "AU01",
        AUDIT_LANE_PERSON,
        {"count": count, "head": head, "links": links},
        now,
        sender,
        terminal_id=terminal_id,
    )


AUDIT_REFUSALS = ("refused audit_cut", "refused audit_chain_broken")


def center_audit_verdict(session: Session) -> str | None:
    """What the center said about this terminal's audit trail, when it found a cut tail or a broken
    chain (the AU01 dead letter's reason, in its words); None while it has no complaint."""
    dead = session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.infno == "AU01", OutboxMessage.status == "dead")
        .order_by(OutboxMessage.id.desc())
        .limit(1)
    )
    if dead is None or not (dead.last_error or "").startswith(AUDIT_REFUSALS):
        return None
    return dead.last_error.removeprefix("refused ")
