"""The idle rule on the glass: a touch or a key restarts the count; a spoken warning with one
big 继续 button; at the end the session is wiped. The rule itself is Qt-free (IdlePolicy)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from kiosk.config import Config
from kiosk.devices.speech import Priority, Speech
from kiosk.flows.idle import IdleEvent, IdlePolicy
from kiosk.ui.overlays import Overlay

_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress}


class IdleWatch(QObject):
    warned = Signal()
    expired = Signal()  # the session must be wiped

    def __init__(self, config: Config, overlay: Overlay, area, speech: Speech, clock: Callable[[], float]):
        super().__init__(overlay)
        self.overlay, self._area, self._speech, self._clock = overlay, area, speech, clock
        self.policy = IdlePolicy(config.idle_warn_s, config.idle_reset_s, config.idle_max_extensions)
        self.policy.start(clock())
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
        self.overlay.hide()
        self.policy.start(self._clock())

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
