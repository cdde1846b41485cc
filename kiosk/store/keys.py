"""The terminal's local secret and the person key derived from an ID number.

Rows are keyed by an HMAC of the ID number, not the number itself, so that
counting or grouping by person never needs the number in clear.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path


def terminal_secret(home: Path) -> bytes:
    path = home / "secret.key"
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
    return path.read_bytes()


def person_key(secret: bytes, certno: str) -> str:
    return hmac.new(secret, certno.encode("ascii"), hashlib.sha256).hexdigest()[:32]


def agent_key(session, name: str) -> str:
    """Who a family member is in the audit trail: a keyed hash of their name (the audit key,
    derived from the data key, is never in the database), so the trail holds no name to purge
    while the same agent still reads as the same actor. The name itself is only in the sealed
    filing, purged with it."""
    key = session.get_bind().dialect.kiosk_audit_key
    return "family:" + hmac.new(key, b"agent:" + name.encode("utf-8"), hashlib.sha256).hexdigest()[:24]
