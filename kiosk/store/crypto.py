"""Personal data at rest: filing and outbox payloads (ID numbers, phone numbers, diseases)
are sealed with AES-256-GCM before SQLite sees them, so a known ID number is not findable
in the database, its WAL or a copy of either.

The key is 32 random bytes in a file readable only by the kiosk's user: by default
``data.key`` beside the database (created only for a new store, mode 0600); on a hall terminal
``KIOSK_DATA_KEY_FILE`` points at a protected file such as a systemd credential. It is
never in the repository. Each engine carries its own cipher (a process may open several
stores, e.g. in tests).

A key is never made up for a store that already exists: the rows sealed with the lost key
would become unreadable while new filings were still accepted. The store keeps a fingerprint
of its key (``key_check``), so a wrong key restored from another terminal is refused too.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator

from kiosk.store.errors import StoreError, UnreadableValue
from kiosk.store.files import key_path, missing_key

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
        """The value, or UnreadableValue when the text was changed, cut or sealed with another key."""
        try:
            if not text.startswith(PREFIX):
                return json.loads(text)  # a row written before encryption (sealed at the next start)
            raw = base64.b64decode(text[len(PREFIX) :], validate=True)
            if len(raw) < 12 + 16:
                raise UnreadableValue("sealed value too short")
            return json.loads(self._aead.decrypt(raw[:12], raw[12:], _AAD))
        except InvalidTag:
            raise UnreadableValue(
                "sealed value does not open with this data key (changed bytes or another key)"
            ) from None
        except (binascii.Error, ValueError, TypeError, AttributeError, RecursionError) as exc:
            if isinstance(exc, UnreadableValue):
                raise
            raise UnreadableValue(f"sealed value is damaged ({type(exc).__name__})") from None


def data_key(db_path: Path, *, new_store: bool | None = None) -> bytes:
    """The store's key. Made (0600) only for a new store; for an existing store a missing or
    damaged key is a StoreError with what to do, never a fresh key."""
    path, configured = key_path(db_path)
    if new_store is None:
        new_store = not db_path.exists()
    if not path.exists():
        if configured or not new_store:
            raise StoreError(missing_key(db_path) or f"the data key {path} is missing")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process made it first (callers hold the store lock, so it is complete)
        else:
            with os.fdopen(fd, "wb") as handle:
                handle.write(secrets.token_bytes(32))
                handle.flush()
                os.fsync(handle.fileno())
    try:
        key = path.read_bytes()
    except OSError as exc:
        raise StoreError(
            f"the data key {path} cannot be read ({exc.strerror}): check its owner and mode (0600)"
        ) from None
    if len(key) != 32:
        raise StoreError(
            f"the data key {path} is damaged ({len(key)} bytes, not 32): restore it from the key backup "
            "(README: Restoring the data key)"
        )
    return key


def key_fingerprint(key: bytes) -> str:
    """What the store keeps to recognise its own key: an HMAC of a fixed text, never the key."""
    return hmac.new(key, b"kiosk-key-check-v1", hashlib.sha256).hexdigest()


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
