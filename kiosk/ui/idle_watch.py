"""The idle rule on the glass: a touch or a key restarts the count; a spoken warning with one
big 继续 button; at the end the session is wiped. The rule itself is Qt-free (IdlePolicy).

A person who is waiting is not idle: while a staff call is open, a face is being captured, a
card PIN is being typed or the center is being asked, the count is paused (``pause(reason)``)
and any warning taken away; when the last reason ends the count starts again from zero."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from kiosk.config import Config
from kiosk.devices.speech import Priority, Speech
from kiosk.flows.idle import IdleEvent, IdlePolicy
from kiosk.ui.overlays import Overlay

_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress}


# why the count may be paused (a screen names its own in ``idle_pause``)
STAFF_CALL, FACE_CAPTURE, CARD_PIN, CENTER_CALL = "staff_call", "face_capture", "card_pin", "center_call"


class IdleWatch(QObject):
    warned = Signal()
    expired = Signal()  # the session must be wiped
    paused_changed = Signal(bool)
    ticked = Signal()  # the count was looked at (tests wait on it instead of sleeping)

    def __init__(self, config: Config, overlay: Overlay, area, speech: Speech, clock: Callable[[], float]):
        super().__init__(overlay)
        self.overlay, self._area, self._speech, self._clock = overlay, area, speech, clock
        self.policy = IdlePolicy(config.idle_warn_s, config.idle_reset_s, config.idle_max_extensions)
        self.policy.start(clock())
        self._pauses: set[str] = set()
        self._screen_pause = ""
        overlay.action.clicked.connect(self.extend)
        self._timer = QTimer(self)
        self._timer.setInterval(max(20, min(250, int(config.idle_warn_s * 1000 / 4))))
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.policy.touch(self._clock())
        return False

    def restart(self) -> None:
        """Session end: a fresh count and no reason left over from the person before."""
        self.overlay.hide()
        was_paused = self.paused
        self._pauses.clear()
        self._screen_pause = ""
        self.policy.start(self._clock())
        if was_paused:
            self.paused_changed.emit(False)

    @property
    def paused(self) -> bool:
        return bool(self._pauses)

    def reasons(self) -> frozenset[str]:
        return frozenset(self._pauses)

    def pause(self, reason: str) -> None:
        """Someone is waiting (``reason``): no warning, no wipe until every reason has ended."""
        was_paused = self.paused
        self._pauses.add(reason)
        if self.overlay.isVisible():
            self.overlay.hide()  # never cover the staff notice or the camera with 您还在用吗
        self.policy.warning = False
        if not was_paused:
            self.paused_changed.emit(True)

    def resume(self, reason: str) -> None:
        """That wait is over; when it was the last, the count starts again from zero."""
        if reason not in self._pauses:
            return
        self._pauses.discard(reason)
        if not self._pauses:
            self.policy.start(self._clock())
            self.paused_changed.emit(False)

    def follow_screen(self, screen) -> None:
        """The screen on the glass may pause the count while it is shown (``idle_pause``: the
        face capture, a card PIN)."""
        reason = getattr(screen, "idle_pause", "") or ""
        if reason == self._screen_pause:
            return
        if self._screen_pause:
            self.resume(self._screen_pause)
        self._screen_pause = reason
        if reason:
            self.pause(reason)

    def follow_runner(self, busy: bool) -> None:
        """A center call or a store write the person waits for is in flight."""
        (self.pause if busy else self.resume)(CENTER_CALL)

    def stop(self) -> None:
        self._timer.stop()

    def message(self, seconds: int) -> str:
        return self.tr("没有操作的话，{n} 秒后会回到首页，刚才的信息会清除。").format(n=seconds)

    def retranslate(self) -> None:
        self.overlay.title_label.setText(self.tr("您还在用吗？"))
        self.overlay.action.setText(self.tr("我还在用，继续"))
        self.overlay.action.setAccessibleName(self.tr("我还在用，继续"))

    def show_warning(self, seconds: int) -> None:
        self.overlay.message.setText(self.message(seconds))
        self.overlay.show_over(self._area)

    def _tick(self) -> None:
        try:
            self._check()
        finally:
            self.ticked.emit()

    def _check(self) -> None:
        if self._pauses:
            return
        now = self._clock()
        outcome = self.policy.tick(now)
        if outcome is IdleEvent.WARN:
            self.show_warning(round(self.policy.seconds_left(now)))
            self._speech.say(self.tr("您还在用吗？还要用的话，请按屏幕中间的继续。"), Priority.ALERT)
            self.warned.emit()
        elif outcome is IdleEvent.RESET:
            self.expired.emit()

    def extend(self) -> None:
        self._speech.stop()  # the warning has done its job
        if self.policy.extend(self._clock()):
            self.overlay.hide()
            self._speech.say(self.tr("好的，请继续。"), Priority.PROMPT)
        else:
            self.expired.emit()
