"""Staff sign-in: Argon2id PIN hashes; five failures lock the account for fifteen minutes.

Every attempt, successful or not, is in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import enum

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy.orm import Session

from kiosk.store import audit
from kiosk.store.models import Staff

MAX_FAILURES = 5
LOCK = dt.timedelta(minutes=15)
_hasher = PasswordHasher()  # argon2-cffi's defaults are Argon2id
_dummy: list[str] = []


def _dummy_hash() -> str:
    """A hash no PIN matches, checked for an unknown staff number: it takes as long as a real one,
    so the answer's timing does not tell which numbers exist."""
    if not _dummy:
        _dummy.append(_hasher.hash("not-a-pin-" + dt.datetime.now().isoformat()))
    return _dummy[0]


def _verify(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except VerificationError:
        return False


class SignIn(enum.Enum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


def add(session: Session, staff_no: str, name: str, pin: str) -> None:
    if not (pin.isdigit() and 6 <= len(pin) <= 12):
        raise ValueError("a staff PIN is 6 to 12 digits")
    session.merge(Staff(staff_no=staff_no, name=name, pin_hash=_hasher.hash(pin), failed=0, locked_until=None))


def sign_in(session: Session, staff_no: str, pin: str, now: dt.datetime | None = None) -> SignIn:
    now = now or dt.datetime.now()
    staff = session.get(Staff, staff_no)
    ok = _verify(staff.pin_hash if staff is not None else _dummy_hash(), pin)  # always one hash: same time for all
    if staff is not None and staff.locked_until and now < staff.locked_until:
        outcome = SignIn.LOCKED
    else:
        ok = ok and staff is not None
        if ok:
            staff.failed, staff.locked_until = 0, None
            outcome = SignIn.OK
        else:
            outcome = SignIn.WRONG
            if staff is not None:
                staff.failed += 1
                if staff.failed >= MAX_FAILURES:
                    staff.failed, staff.locked_until = 0, now + LOCK
                    outcome = SignIn.LOCKED
    audit.append(session, actor_type="staff", actor=staff_no, action=f"staff_sign_in_{outcome.value}", subject=staff_no, at=now)
    return outcome
