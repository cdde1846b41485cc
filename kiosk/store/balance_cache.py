"""The store-backed balance cache, keyed by the person key (never the ID number)."""

from __future__ import annotations

from kiosk.core.person import CachedAccount, Insured
from kiosk.store.db import Store
from kiosk.store.keys import person_key
from kiosk.store.models import CachedBalance


class StoreBalanceCache:
    def __init__(self, sessions: Store, secret: bytes):
        self._sessions = sessions
        self._secret = secret

    def get(self, certno: str) -> CachedAccount | None:
        with self._sessions() as session:
            row = session.get(CachedBalance, person_key(self._secret, certno))
            return CachedAccount(row.balance, row.as_of) if row else None

    def put(self, person: Insured) -> None:
        with self._sessions.begin() as session:
            session.merge(
                CachedBalance(
                    person_key=person_key(self._secret, person.certno),
                    balance=person.balance,
                    as_of=person.balance_as_of,
                )
            )
