"""Amounts: the center sends yuan as decimal strings; never use float for money."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def to_yuan(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def format_yuan(value) -> str:
    """'12,345.60' — grouped, two decimals, for large numerals on screen."""
    return f"{to_yuan(value):,.2f}"


def spoken_yuan(value) -> str:
    """'12345元6角' — the way the amount is read aloud in Mandarin."""
    amount = to_yuan(value)
    yuan = int(amount)
    cents = int((amount - yuan) * 100)
    jiao, fen = divmod(cents, 10)
    text = f"{yuan}元"
    if jiao:
        text += f"{jiao}角"
    if fen:
        text += ("零" if not jiao else "") + f"{fen}分"
    return text
