"""One person's visit at the kiosk: everything personal lives here and dies with it."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.core.person import Insured
from kiosk.flows.balance import BalanceFlow


class KioskSession:
    def __init__(self, lookup: Callable[[str], Insured], locale: str):
        self._lookup = lookup
        self.default_locale = locale
        self.locale = locale
        self.balance = BalanceFlow(lookup)

    @property
    def person(self) -> Insured | None:
        return self.balance.person

    def clear(self) -> None:
        """Session end: forget the person and go back to the hall's language."""
        self.balance = BalanceFlow(self._lookup)
        self.locale = self.default_locale
