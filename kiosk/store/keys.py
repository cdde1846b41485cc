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
