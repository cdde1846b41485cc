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


def check(pin_hash: str | None, failed: int, locked_until: dt.datetime | None, pin: str, now: dt.datetime) -> Attempt:
    """``pin_hash`` None: no such staff number (counted as wrong, nothing to lock)."""
    if pin_hash is not None and locked_until and now < locked_until:
        return Attempt(SignIn.LOCKED, failed, locked_until)
    try:
        ok = pin_hash is not None and _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        ok = False
    if ok:
        return Attempt(SignIn.OK, 0, None)
    if pin_hash is None:
        return Attempt(SignIn.WRONG, 0, None)
    failed += 1
    if failed >= MAX_FAILURES:
        return Attempt(SignIn.LOCKED, 0, now + LOCK)
    return Attempt(SignIn.WRONG, failed, None)
