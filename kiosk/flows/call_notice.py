"""What the elder is told about a call for staff, Qt-free and without the network or the
store (the help notice imports it before the first paint; ``kiosk.flows.hall_client`` does
the sending, off the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CallRaised:
    call_id: str
    reached: bool  # the hall service has it now; False: kept here and sent again, the elder goes to the desk


@dataclass(frozen=True)
class CallState:
    state: str  # open | coming | cancelled | queued (not at the hall yet) | unknown | no_hall
    answered_by: str  # the name or number the staff member chose to show ('' until answered)
    by_number: bool = False  # answered_by is a staff number (the elder is told it is one)


SENDING, WAITING, COMING, DESK = "sending", "waiting", "coming", "desk"


class CallNotice:
    """What the elder is told about a call for staff, as a state machine: pressed -> sending;
    the hall has it -> waiting, or nobody reached -> desk; staff answered -> coming (also from
    desk, when the hall came back in time). Qt-free: the notice on the screen only shows it."""

    def __init__(self) -> None:
        self.state = ""  # '' while no notice is up
        self.call_id = ""
        self.who, self.by_number = "", False
        self._attempt = 0  # which press a late answer from a worker belongs to
        self._taken_back = 0  # the attempt closed with 不用了 before its call was even queued

    @property
    def open(self) -> bool:
        return self.state in (SENDING, WAITING, COMING)

    @property
    def asks_hall(self) -> bool:
        """Whether to keep asking the hall (queued calls are sent on the way)."""
        return bool(self.call_id) and self.state in (WAITING, DESK)

    def press(self) -> int | None:
        """呼叫工作人员 pressed: the attempt number of a new call, or None (the open one goes on)."""
        if self.open:
            return None
        self._attempt += 1
        self.state, self.call_id, self.who, self.by_number = SENDING, "", "", False
        return self._attempt

    def raised(self, attempt: int, raised: CallRaised | None) -> str:
        """The call was queued and tried (None: it could not even be queued). Returns 'show' (the
        state changed), 'take_back' (the elder said 不用了 before it was queued) or ''."""
        if attempt != self._attempt:
            return ""
        if self._taken_back == attempt and raised is not None:
            return "take_back"
        if self.state != SENDING:
            return ""
        self.call_id = raised.call_id if raised else ""
        self.state = WAITING if raised is not None and raised.reached else DESK
        return "show"

    def answered(self, call_id: str, answer: CallState) -> bool:
        if call_id != self.call_id or self.state not in (WAITING, DESK):
            return False
        if answer.state == "coming":
            self.state, self.who, self.by_number = COMING, answer.answered_by, answer.by_number
            return True
        if answer.state == "open" and self.state == DESK:
            self.state = WAITING  # the hall is back and has the call
            return True
        return False

    def close(self) -> str:
        """The notice's button or Esc. Returns the call to take back at the hall ('' = none): 不用了
        takes it back; closing 请到服务台 keeps it queued, so staff still learn this terminal needed help."""
        take_back = self.call_id if self.state in (WAITING, COMING) else ""
        if self.state == SENDING:
            self._taken_back = self._attempt
        self.state = ""
        return take_back

    def end(self) -> None:
        """The session ended: the notice goes, the call stays at the hall for staff to answer."""
        self.state = ""

    def show(self, state: str, who: str = "", by_number: bool = False) -> None:
        """Screenshots and the accessibility audit."""
        self.state, self.who, self.by_number = state, who, by_number
