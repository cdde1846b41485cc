"""Staff PINs, shared by the kiosk's store and the hall service: Argon2id hashes and the lockout
rule (five failures lock the account for fifteen minutes). No database here: each side keeps
its own ``failed`` / ``locked_until`` columns and applies the ``Attempt`` this returns."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MAX_FAILURES = 5
LOCK = dt.timedelta(minutes=15)
_hasher = PasswordHasher()  # argon2-cffi's defaults are Argon2id


class SignIn(enum.Enum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


@dataclass(frozen=True)
class Attempt:
    outcome: SignIn
    failed: int  # the account's failure count after this attempt
    locked_until: dt.datetime | None  # set when this attempt (or an earlier one) locked it


def hash_pin(pin: str) -> str:
    if not (pin.isdigit() and 6 <= len(pin) <= 12):
        raise ValueError("a staff PIN is 6 to 12 digits")
    return _hasher.hash(pin)


_dummy: list[str] = []


def _dummy_hash() -> str:
    """A hash no PIN matches, checked for an unknown staff number: it takes as long as a real one,
    so the answer's timing does not tell which numbers exist."""
    if not _dummy:
        _dummy.append(_hasher.hash("not-a-pin-" + dt.datetime.now().isoformat()))
    return _dummy[0]


def check(pin_hash: str | None, failed: int, locked_until: dt.datetime | None, pin: str, now: dt.datetime) -> Attempt:
    """``pin_hash`` None: no such staff number (counted as wrong, nothing to lock). Every call checks
    exactly one Argon2 hash (a dummy for an unknown number, also while locked): same time for all."""
    try:
        ok = _hasher.verify(pin_hash if pin_hash is not None else _dummy_hash(), pin) and pin_hash is not None
    except (VerificationError, InvalidHashError):
        ok = False
    if pin_hash is not None and locked_until and now < locked_until:
        return Attempt(SignIn.LOCKED, failed, locked_until)
    if ok:
        return Attempt(SignIn.OK, 0, None)
    if pin_hash is None:
        return Attempt(SignIn.WRONG, 0, None)
    failed += 1
    if failed >= MAX_FAILURES:
        return Attempt(SignIn.LOCKED, 0, now + LOCK)
    return Attempt(SignIn.WRONG, failed, None)
