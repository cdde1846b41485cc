"""The journey: the kiosk's one navigation map, Qt-free.

Screens do not know each other: they report an outcome ("identified", "submitted", ...) and
the journey decides, from the screen, the outcome and the session, which screen comes next,
and keeps the history that 返回 walks back through. The shell shows what the journey says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.flows.session import KioskSession

HOME = "home"
SERVICES = ("balance", "yidi", "chronic")  # each starts by identifying the person
MENU = ("ask", "proxy", "settings")  # home tiles that open a screen directly
FILING_PURPOSES = ("yidi", "chronic")
IDENTIFYING = ("identify", "scan", "id_entry")  # where a card, a code or a number is taken
MEDIA = ("voucher", "idcard", "sscard", "typed")  # how a person was identified
# what shows a person's data or files or cancels in their name: a typed number alone never gets here
PERSONAL = ("balance", "ledger", "family", "receipt", "my_filings", "filing", "filing_done")


class UnknownOutcome(ValueError):
    """A screen reported an outcome the map has no route for: a programming error."""


@dataclass(frozen=True)
class Move:
    screen: str
    remember: bool = True  # put the screen being left on the history (返回 comes back to it)
    again: bool = False  # the same screen, shown again (one question back inside the wizard)


class Journey:
    def __init__(self, session: KioskSession, *, face_check: str = "off", typed_id_confirm: str = "face"):
        self.session = session
        self.face_check = face_check
        self.typed_id_confirm = typed_id_confirm  # face | staff: how a typed number (a claim) is confirmed
        self.current = HOME
        self.history: list[str] = []
        self._routes: dict[tuple[str, str], Callable[..., Move]] = {
            (HOME, "service"): self._start_service,
            (HOME, "open"): self._open(MENU),
            ("identify", "scan_code"): lambda: Move("scan"),
            ("identify", "type_id"): lambda: Move("id_entry"),
            ("scan", "type_id"): lambda: Move("id_entry"),
            **{(screen, "identified"): self._identified for screen in (*IDENTIFYING, "card_pin")},
            **{(screen, "card_needs_pin"): lambda: Move("card_pin") for screen in IDENTIFYING},
            ("balance", "open"): self._open(("ledger", "family", "receipt")),
            ("face_consent", "agree"): lambda: Move("face", remember=False),
            ("face_consent", "other_way"): self._confirm_by_staff,
            ("face", "passed"): lambda: self._identity_confirmed("face"),
            ("face", "other_way"): self._confirm_by_staff,
            ("proxy", "service"): self._start_service,
            ("proxy", "staff_queue"): lambda: Move("staff_queue"),
            ("proxy", "identity_confirmed"): lambda: self._identity_confirmed("staff"),
            ("proxy", "authorisation_seen"): self._authorisation_seen,
            ("filing", "authorisation_check"): lambda: self._confirm_by_staff("authorisation"),
            ("my_filings", "wizard_ready"): lambda: Move("filing"),
            ("filing", "submitted"): lambda: Move("filing_done", remember=False),
            ("filing", "stopped"): self.home,
            ("filing_done", "receipt"): lambda: Move("receipt"),
            ("filing_done", "home"): self.home,
            ("*", "scanned"): self._scanned,
            ("*", "home"): self.home,
        }

    # -- the map -------------------------------------------------------------------------------
    def outcome(self, name: str, **data: Any) -> Move:
        """Where ``name`` (reported by the current screen) leads; the move is applied."""
        route = self._routes.get((self.current, name)) or self._routes.get(("*", name))
        if route is None:
            raise UnknownOutcome(f"no route from {self.current!r} on {name!r}")
        return self._apply(route(**data))

    def back(self) -> Move:
        """返回: inside the wizard one question back; elsewhere the screen before."""
        wizard = self.session.wizard
        if self.current == "filing" and wizard is not None and wizard.back():
            return self._apply(Move("filing", remember=False, again=True))
        return self._apply(Move(self.history.pop() if self.history else HOME, remember=False))

    def home(self) -> Move:
        self.history.clear()
        return self._apply(Move(HOME, remember=False))

    def reset(self) -> Move:
        """Session end: nothing of the person's path is kept."""
        self.history.clear()
        self.current = HOME
        return Move(HOME, remember=False)

    def jump(self, screen: str) -> Move:
        """Straight to a screen, off the map: for tests, the demo tour and screenshots only."""
        return self._apply(Move(screen), guard=False)

    def show(self, screen: str) -> Move:
        """Stay where the shell already is (a rebuilt screen after a language change)."""
        return self._apply(Move(screen, remember=False, again=True), guard=False)

    def _apply(self, move: Move, guard: bool = True) -> Move:
        if guard and move.screen in PERSONAL and not self.identity_settled():
            move = self._confirm_claim()  # a claim is confirmed first, whichever way the screen was asked for
        if move.remember and move.screen != self.current:
            self.history.append(self.current)
        self.current = move.screen
        return move

    # -- routes ----------------------------------------------------------------------------------
    def _open(self, allowed: tuple[str, ...]) -> Callable[..., Move]:
        def route(target: str) -> Move:
            if target not in allowed:
                raise UnknownOutcome(f"{self.current!r} cannot open {target!r}")
            return Move(target)

        return route

    def _start_service(self, purpose: str) -> Move:
        if purpose not in SERVICES:
            raise UnknownOutcome(f"unknown service {purpose!r}")
        self.session.purpose = purpose
        if self.session.person is not None:  # read once, never asked again in the session
            return self._after_identity()
        return Move("identify")

    def _identified(self, person, by: str, certno: str = "") -> Move:
        """A person was looked up (医保码, 身份证, 社保卡 or a typed number): go where they were heading,
        once who they are is settled."""
        if by not in MEDIA:
            raise UnknownOutcome(f"unknown way of identifying {by!r}")
        session = self.session
        session.balance.lookup_succeeded(person)
        session.identified_by = by
        session.claimed_certno = certno or getattr(person, "certno", "")
        session.identity_confirmed = ""
        if by == "typed" and session.filed_by == "staff":
            session.identity_confirmed = "staff"  # a signed-in staff member typed it: theirs to answer for (audited)
        return self._after_identity()

    # -- no one acts as someone else --------------------------------------------------------------
    def identity_settled(self) -> bool:
        """A card read, the 医保码, a face match or a staff member's confirmation settle who this is;
        a typed ID number alone is only a claim."""
        session = self.session
        read = session.identified_by in ("voucher", "idcard", "sscard")
        return read or session.identity_confirmed in ("face", "staff")

    def _confirm_claim(self) -> Move:
        """The typed number is confirmed by the face check (staff when it fails, or offline) or by staff."""
        session = self.session
        if not session.after_identity:
            to_balance = session.purpose == "balance" or session.person is None
            session.after_identity = "balance" if to_balance else "my_filings"
        if self.typed_id_confirm == "face" and session.person is not None:
            return Move("face_consent", remember=False)
        return self._confirm_by_staff()

    def _after_identity(self) -> Move:
        session = self.session
        if not self.identity_settled():
            return self._confirm_claim()
        if session.purpose == "balance" or session.person is None:
            return Move("balance", remember=False)
        if self._needs_face_check():
            session.after_identity = "my_filings"
            return Move("face_consent", remember=False)
        return Move("my_filings", remember=False)  # what they already have first; then 新办

    def _needs_face_check(self) -> bool:
        """Filing for oneself, where the hall turned the face check on: 冒名 filings are the fraud."""
        session = self.session
        return (
            self.face_check == "filings"
            and session.purpose in FILING_PURPOSES
            and session.filed_by == "self"
            and not session.identity_confirmed
        )

    def _confirm_by_staff(self, what: str = "identity") -> Move:
        """The other way: a staff member signs in on the proxy screen and confirms who this is (or,
        for a family member's filing, that they saw the signed authorisation)."""
        self.session.confirm_by_staff = what
        return Move("proxy", remember=False)

    def _identity_confirmed(self, how: str) -> Move:
        session = self.session
        session.identity_confirmed = how
        session.confirm_by_staff = ""
        target = session.after_identity or "my_filings"
        session.after_identity = ""
        return Move(target, remember=False)

    def _authorisation_seen(self, staff_no: str) -> Move:
        """A signed-in staff member saw the elder's signed authorisation: back to the wizard, which
        records it; a plain button never could."""
        self.session.authorisation_seen_by = staff_no
        self.session.confirm_by_staff = ""
        return Move("filing", remember=False, again=True)

    def takes_code(self) -> bool:
        """A scanner module's read is taken on home and the identifying screens (identify, scan, keypad); mid-service a
        stray scan must not throw away what the person is doing."""
        return self.current in (HOME, *IDENTIFYING)

    def _scanned(self) -> Move:
        if self.current not in (HOME, "identify", "id_entry"):
            raise UnknownOutcome(f"a code read on {self.current!r} is not taken")
        return Move("scan")
