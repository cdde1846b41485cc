"""Envelope signers, chosen by configuration (gateways differ by region).

- ``tif``: the PaaS gateway headers x-tif-paasid / -timestamp / -nonce /
  -signature, signature = SHA-256(timestamp + token + nonce + timestamp).
- ``sm2``: SM3withSM2 over the canonical JSON of ``input``, hex in ``cainfo``,
  ``signtype`` = SM2.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from typing import Any, Protocol


class Signer(Protocol):
    def sign(self, envelope: dict[str, Any]) -> dict[str, str]:
        """Fill signature fields in ``envelope`` and return extra HTTP headers."""


def canonical(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


class NoSigner:
    def sign(self, envelope: dict[str, Any]) -> dict[str, str]:
        return {}


class TifSigner:
    def __init__(self, paasid: str, token: str, clock=time.time):
        if not token:
            raise ValueError("the tif signer needs tif_token")
        self._paasid = paasid
        self._token = token
        self._clock = clock

    @staticmethod
    def signature(timestamp: str, token: str, nonce: str) -> str:
        return hashlib.sha256(f"{timestamp}{token}{nonce}{timestamp}".encode()).hexdigest().upper()

    def sign(self, envelope: dict[str, Any]) -> dict[str, str]:
        timestamp = str(int(self._clock()))
        nonce = secrets.token_hex(16)
        return {
            "x-tif-paasid": self._paasid,
            "x-tif-timestamp": timestamp,
            "x-tif-nonce": nonce,
            "x-tif-signature": self.signature(timestamp, self._token, nonce),
        }


class Sm2Signer:
    def __init__(self, private_key_hex: str):
        from gmssl import sm2

        if len(private_key_hex) != 64:
            raise ValueError("the sm2 signer needs a 64-hex-digit private key")
        curve = sm2.CryptSM2(private_key=private_key_hex, public_key="")
        self.public_key_hex = curve._kg(int(private_key_hex, 16), sm2.default_ecc_table["g"])
        self._crypt = sm2.CryptSM2(private_key=private_key_hex, public_key=self.public_key_hex)

    def sign(self, envelope: dict[str, Any]) -> dict[str, str]:
        envelope["signtype"] = "SM2"
        envelope["cainfo"] = self._crypt.sign_with_sm3(canonical(envelope.get("input", {})))
        return {}


def verify_sm2(envelope: dict[str, Any], public_key_hex: str) -> bool:
    from gmssl import sm2

    crypt = sm2.CryptSM2(private_key="", public_key=public_key_hex)
    return bool(crypt.verify_with_sm3(envelope.get("cainfo", ""), canonical(envelope.get("input", {}))))


def make_signer(config) -> Signer:
    if config.signer == "tif":
        return TifSigner(config.tif_paasid, config.tif_token)
    if config.signer == "sm2":
        return Sm2Signer(config.sm2_private_key_hex)
    return NoSigner()
