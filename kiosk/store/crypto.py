"""Personal data at rest: filing and outbox payloads (ID numbers, phone numbers, diseases)
are sealed with AES-256-GCM before SQLite sees them, so a known ID number is not findable
in the database, its WAL or a copy of either.

The key is 32 random bytes in a file readable only by the kiosk's user: by default
``data.key`` beside the database (created on first use, mode 0600); on a hall terminal
``KIOSK_DATA_KEY_FILE`` points at a protected file such as a systemd credential. It is
never in the repository. Each engine carries its own cipher (a process may open several
stores, e.g. in tests).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator

PREFIX = "v1:"
_AAD = b"kiosk-field-v1"


class FieldCipher:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("the data key must be 32 bytes")
        self._aead = AESGCM(key)

    def seal(self, value: Any) -> str:
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, json.dumps(value, ensure_ascii=False).encode("utf-8"), _AAD)
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, text: str) -> Any:
        if not text.startswith(PREFIX):
            return json.loads(text)  # a row written before encryption (sealed at the next start)
        raw = base64.b64decode(text[len(PREFIX):])
        return json.loads(self._aead.decrypt(raw[:12], raw[12:], _AAD))


def data_key(db_path: Path) -> bytes:
    configured = os.environ.get("KIOSK_DATA_KEY_FILE")
    path = Path(configured) if configured else db_path.parent / "data.key"
    if not path.exists():
        if configured:
            raise FileNotFoundError(f"KIOSK_DATA_KEY_FILE {path} does not exist")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
    return path.read_bytes()


def derive(key: bytes, purpose: bytes) -> bytes:
    """A separate key per purpose from the one data key (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(key)


class SealedJSON(TypeDecorator):
    """JSON sealed with the engine's FieldCipher (``dialect.kiosk_cipher``, set by make_engine)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else dialect.kiosk_cipher.seal(value)

    def process_result_value(self, value, dialect):
        return None if value is None else dialect.kiosk_cipher.open(value)
