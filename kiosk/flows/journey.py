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
SERVICES = ("balance", "yidi", "chronic", "my_filings")  # each starts by identifying the person
MENU = ("ask", "proxy", "settings")  # home tiles that open a screen directly
FILING_PURPOSES = ("yidi", "chronic")


class UnknownOutcome(ValueError):
    """A screen reported an outcome the map has no route for: a programming error."""


@dataclass(frozen=True)
class Move:
    screen: str
    remember: bool = True  # put the screen being left on the history (返回 comes back to it)
    again: bool = False  # the same screen, shown again (one question back inside the wizard)


class Journey:
    def __init__(self, session: KioskSession, *, face_check: str = "off"):
        self.session = session
        self.face_check = face_check
        self.current = HOME
        self.history: list[str] = []
        self._routes: dict[tuple[str, str], Callable[..., Move]] = {
            (HOME, "service"): self._start_service,
            (HOME, "open"): self._open(MENU),
            ("scan", "type_id"): lambda: Move("id_entry"),
            ("scan", "identified"): self._identified,
            ("id_entry", "identified"): self._identified,
            ("balance", "open"): self._open(("ledger", "family", "receipt")),
            ("face_consent", "agree"): lambda: Move("face", remember=False),
            ("face_consent", "other_way"): self._confirm_by_staff,
            ("face", "passed"): lambda: self._identity_confirmed("face"),
            ("face", "other_way"): self._confirm_by_staff,
            ("proxy", "service"): self._start_service,
            ("proxy", "staff_queue"): lambda: Move("staff_queue"),
            ("proxy", "identity_confirmed"): lambda: self._identity_confirmed("staff"),
            ("my_filings", "wizard_ready"): lambda: Move("filing"),
            ("filing", "submitted"): lambda: Move("filing_done", remember=False),
            ("filing", "stopped"): self.home,
            ("filing_done", "receipt"): lambda: Move("receipt"),
            ("filing_done", "home"): self.home,
            ("filing_done", "finished"): self._finished,
            ("balance", "finished"): self._finished,
            (HOME, "finished"): self._finished,
            ("rating", "home"): self.home,
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
        return self._apply(Move(screen))

    def show(self, screen: str) -> Move:
        """Stay where the shell already is (a rebuilt screen after a language change)."""
        return self._apply(Move(screen, remember=False, again=True))

    def _apply(self, move: Move) -> Move:
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
        return Move("scan")

    def _identified(self, person) -> Move:
        """A person was looked up (camera, scanner or ID number): go where they were heading."""
        self.session.balance.lookup_succeeded(person)
        return self._after_identity()

    def _after_identity(self) -> Move:
        session = self.session
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

    def _confirm_by_staff(self) -> Move:
        """The other way: a staff member signs in on the proxy screen and confirms who this is."""
        self.session.confirm_by_staff = True
        return Move("proxy", remember=False)

    def _identity_confirmed(self, how: str) -> Move:
        session = self.session
        session.identity_confirmed = how
        session.confirm_by_staff = False
        return Move(session.after_identity or "my_filings", remember=False)

    def _finished(self) -> Move:
        """办完了: the 好差评 rating (skippable), then the session ends and everything is cleared."""
        return Move("rating", remember=False)

    def takes_code(self) -> bool:
        """A scanner module's read is taken on home, the scan screen and the ID keypad; mid-service a
        stray scan must not throw away what the person is doing."""
        return self.current in (HOME, "scan", "id_entry")

    def _scanned(self) -> Move:
        if self.current not in (HOME, "id_entry"):
            raise UnknownOutcome(f"a code read on {self.current!r} is not taken")
        return Move("scan")
