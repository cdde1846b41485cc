"""Amounts: the center sends yuan as decimal strings; never use float for money."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def to_yuan(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def format_yuan(value) -> str:
    """'12,345.60' — grouped, two decimals, for large numerals on screen."""
    return f"{to_yuan(value):,.2f}"
