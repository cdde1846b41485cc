"""医保电子凭证 QR text: the kiosk never parses it, only checks it could be one.

The platform decodes it (1162); the kiosk checks length and character set so
that a keyboard burst, a shop's QR or garbage gets a plain sentence at once,
and never stores or logs the text.
"""

from __future__ import annotations

import re

MIN_LENGTH, MAX_LENGTH = 16, 512
_ALLOWED = re.compile(r"^[A-Za-z0-9+/=_\-.:]+$")


class VoucherError(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def check(text: str) -> str:
    """The trimmed text, or VoucherError('voucher_malformed' | 'voucher_foreign')."""
    text = (text or "").strip()
    if not MIN_LENGTH <= len(text) <= MAX_LENGTH:
        raise VoucherError("voucher_malformed")
    if text.lower().startswith(("http://", "https://", "weixin://", "alipays://")):
        raise VoucherError("voucher_foreign")  # a payment or web code, not a 医保码
    if not _ALLOWED.match(text):
        raise VoucherError("voucher_malformed")
    return text


# the center's refusal reasons for 1162 -> catalogue keys
REFUSALS = {
    "voucher_expired": "voucher_expired",
    "voucher_used": "voucher_used",
    "voucher_unknown": "voucher_unknown",
    "token_invalid": "voucher_expired",
}
