"""One person's visit at the kiosk: everything personal lives here and dies with it."""

from __future__ import annotations

from kiosk.core.person import Insured
from kiosk.flows.balance import BalanceFlow


class KioskSession:
    def __init__(self, locale: str):
        self.default_locale = locale
        self.locale = locale
        self.balance = BalanceFlow()
        self.purpose = "balance"  # what the person came for: balance | yidi | chronic
        self.filed_by = "self"  # self | family | staff
        self.agent: dict[str, str] = {}
        self.wizard = None  # the FilingWizard in progress
        self.receipt = None  # a receipt prepared for the receipt screen (after a filing)
        self.identified_by = ""  # "" | voucher | idcard | sscard | typed (a typed number is only a claim)
        self.claimed_certno = ""  # the number the person was identified by (for the staff confirmation's audit)
        self.identity_confirmed = ""  # "" | face | staff: how this person's identity was confirmed
        self.after_identity = ""  # where to go once it is
        self.confirm_by_staff = ""  # "" | identity | authorisation: what the proxy screen's staff sign-in confirms
        self.authorisation_seen_by = ""  # the staff number who saw a family member's authorisation
        self.pending_card = None  # a 社保卡 read, waiting for its PIN (memory only)
        self.filing_result = None  # the QueuedFiling just submitted (the done screen shows it)

    @property
    def person(self) -> Insured | None:
        return self.balance.person

    @property
    def actor(self) -> str:
        """Who is acting, for the audit trail: the staff number, the family member, or the person."""
        return self.agent.get("staff_no") or self.agent.get("name") or "self"

    def clear(self) -> None:
        """Session end: forget the person and go back to the hall's language."""
        self.__init__(self.default_locale)  # type: ignore[misc]
