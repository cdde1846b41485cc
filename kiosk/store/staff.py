"""Staff sign-in: Argon2id PIN hashes; five failures lock the account for fifteen minutes
(the rule itself is ``kiosk.core.pin``, shared with the hall service).

Every attempt, successful or not, is in the audit trail.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from kiosk.core.pin import LOCK, MAX_FAILURES, SignIn, check, hash_pin
from kiosk.store import audit
from kiosk.store.models import Staff

__all__ = ["LOCK", "MAX_FAILURES", "SignIn", "add", "sign_in"]


def add(session: Session, staff_no: str, name: str, pin: str) -> None:
    session.merge(Staff(staff_no=staff_no, name=name, pin_hash=hash_pin(pin), failed=0, locked_until=None))


def sign_in(session: Session, staff_no: str, pin: str, now: dt.datetime | None = None) -> SignIn:
    now = now or dt.datetime.now()
    staff = session.get(Staff, staff_no)
    attempt = check(
        staff.pin_hash if staff else None, staff.failed if staff else 0, staff.locked_until if staff else None, pin, now
    )
    if staff is not None:
        staff.failed, staff.locked_until = attempt.failed, attempt.locked_until
    audit.append(
        session,
        actor_type="staff",
        actor=staff_no,
        action=f"staff_sign_in_{attempt.outcome.value}",
        subject=staff_no,
        at=now,
    )
    return attempt.outcome
