"""The account after identification: ledger pages, family members, the offline fallback."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from kiosk.core.errors import PlainError
from kiosk.core.money import to_yuan
from kiosk.core.person import CachedAccount, Insured

if TYPE_CHECKING:
    from kiosk.sync.client import CenterClient

LEDGER_PAGE_SIZE = 4  # a few large rows; no flicking


class BalanceCache(Protocol):
    def get(self, certno: str) -> CachedAccount | None: ...
    def put(self, person: Insured) -> None: ...


def lookup_with_cache(lookup, cache: BalanceCache, certno: str) -> Insured | CachedAccount:
    """Online: the center's answer (remembered). Offline: the remembered balance, if any."""
    try:
        person = lookup(certno)
    except PlainError as error:
        if error.key not in ("center_offline", "center_busy"):
            raise
        cached = cache.get(certno)
        if cached is None:
            raise
        return cached
    cache.put(person)
    return person


@dataclass(frozen=True)
class LedgerRow:
    date: dt.date
    kind: str
    amount: Decimal
    balance_after: Decimal
    summary: str


@dataclass(frozen=True)
class LedgerPage:
    rows: tuple[LedgerRow, ...]
    page: int
    pages: int


def ledger_page(client: "CenterClient", psn_no: str, page: int, today: dt.date | None = None) -> LedgerPage:
    today = today or dt.date.today()
    output = client.call(
        "ZH01",
        {
            "data": {
                "psn_no": psn_no,
                "begndate": (today - dt.timedelta(days=365)).isoformat(),
                "enddate": today.isoformat(),
                "page": page,
                "size": LEDGER_PAGE_SIZE,
            }
        },
    )
    rows = tuple(
        LedgerRow(
            dt.date.fromisoformat(r["date"]), r["kind"], to_yuan(r["amount"]), to_yuan(r["balc_after"]), r["summary"]
        )
        for r in output.get("list", [])
    )
    return LedgerPage(rows, page, max(1, math.ceil(int(output.get("total", 0)) / LEDGER_PAGE_SIZE)))


@dataclass(frozen=True)
class FamilyMember:
    name_masked: str
    relation: str
    balance: Decimal | None  # None: the binding does not let this person see it


def family_members(client: "CenterClient", psn_no: str) -> list[FamilyMember]:
    output = client.call("ZH02", {"data": {"psn_no": psn_no}})
    return [
        FamilyMember(m["name_masked"], m["relation"], to_yuan(m["balc"]) if m.get("can_view_balance") else None)
        for m in output.get("members", [])
    ][:5]
