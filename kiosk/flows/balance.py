"""查余额: enter an ID number, look the person up at the center, show the balance.

A Qt-free state machine. The lookup itself (an operation) is blocking and is run off
the UI thread by whoever drives the flow; the flow only records what happened.
"""

from __future__ import annotations

import enum

from kiosk.core import idnumber
from kiosk.core.errors import CATALOGUE, catalogue_key
from kiosk.core.person import Insured
from kiosk.flows.account import CachedAccount

MAX_DIGITS = 18


class Step(enum.Enum):
    ENTER_ID = "enter_id"
    LOOKING_UP = "looking_up"
    SHOW_BALANCE = "show_balance"


class BalanceFlow:
    def __init__(self) -> None:
        self.step = Step.ENTER_ID
        self.digits = ""
        self.error_key: str | None = None
        self.person: Insured | None = None
        self.cached: CachedAccount | None = None  # offline: the last balance seen, marked old

    # -- keypad --------------------------------------------------------------
    def press(self, key: str) -> None:
        """A keypad key: '0'-'9', 'X', or 'DEL'."""
        if self.step is not Step.ENTER_ID:
            return
        self.error_key = None
        if key == "DEL":
            self.digits = self.digits[:-1]
        elif len(self.digits) < MAX_DIGITS and (
            len(key) == 1 and key in "0123456789" or (key == "X" and len(self.digits) == MAX_DIGITS - 1)
        ):
            self.digits += key

    def clear_digits(self) -> None:
        self.digits = ""
        self.error_key = None

    @property
    def digits_grouped(self) -> str:
        """6-8-4 groups, as printed on the card, so an elder can compare."""
        d = self.digits
        return " ".join(part for part in (d[:6], d[6:14], d[14:]) if part)

    # -- submit --------------------------------------------------------------
    def submit(self) -> bool:
        """Validate; True means the caller should now look the number up (off the UI thread)."""
        try:
            self.digits = idnumber.validate(self.digits)
        except idnumber.IdNumberError as err:
            self.error_key = err.reason
            return False
        self.step = Step.LOOKING_UP
        return True

    def lookup_succeeded(self, result: "Insured | CachedAccount") -> None:
        # the newest lookup wins: an offline answer must not sit beside an earlier person's details
        if isinstance(result, CachedAccount):
            self.cached, self.person = result, None
        else:
            self.cached, self.person = None, result
        self.digits = ""  # read once, never asked again, never kept longer than needed
        self.step = Step.SHOW_BALANCE

    def lookup_failed(self, error: Exception) -> None:
        self.error_key = catalogue_key(error)
        self.step = Step.ENTER_ID

    @property
    def error_sentence(self) -> str | None:
        return CATALOGUE[self.error_key] if self.error_key else None

    def reset(self) -> None:
        self.__init__()  # type: ignore[misc]
