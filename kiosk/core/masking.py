"""Masking rules in one place: every screen, receipt and log line uses these."""

from __future__ import annotations

import re


def mask_id(number: str) -> str:
    """ID numbers: first 3 and last 4 visible."""
    if len(number) <= 7:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def mask_card_no(number: str) -> str:
    """Card numbers (社会保障卡卡号, 卡识别码): the last 4 visible."""
    return "*" * max(len(number) - 4, 0) + number[-4:]


def mask_phone(phone: str) -> str:
    """Phone numbers: first 3 and last 4 visible."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) <= 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_name(name: str) -> str:
    """Names: surname and one star per remaining character."""
    if not name:
        return ""
    return name[0] + "*" * (len(name) - 1)


_ID_IN_TEXT = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
_PHONE_IN_TEXT = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def scrub(text: str) -> str:
    """Mask any ID or mobile number found in free text (for log lines)."""
    text = _ID_IN_TEXT.sub(lambda m: mask_id(m.group(0)), text)
    return _PHONE_IN_TEXT.sub(lambda m: mask_phone(m.group(0)), text)
