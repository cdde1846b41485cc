"""呼叫工作人员: the notice over the screen, the beep and the spoken promise, the audit event."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from kiosk.devices.speech import Priority, Speech
from kiosk.ui.overlays import Overlay
from kiosk.ui.worker import BackgroundRunner

log = logging.getLogger("kiosk.ui")


class StaffCall(QObject):
    called = Signal()
    ended = Signal()  # answered, cancelled or the session ended: the idle count may start again

    def __init__(self, overlay: Overlay, area, speech: Speech, runner: BackgroundRunner, record: Callable[[str], None]):
        super().__init__(overlay)
        self.overlay, self._area, self._speech, self._runner, self._record = overlay, area, speech, runner, record
        self.active = False
        # the default (focused) choice keeps the call: an elder pressing the big button must not cancel their help
        overlay.action.clicked.connect(self.keep_waiting)
        if overlay.second is not None:
            overlay.second.clicked.connect(self.cancel)

    def retranslate(self) -> None:
        self.overlay.title_label.setText(self.tr("已经呼叫工作人员"))
        self.overlay.message.setText(self.tr("请在这里稍等，工作人员马上过来。"))
        self.overlay.action.setText(self.tr("好的，我在这里等"))
        self.overlay.action.setAccessibleName(self.tr("好的，我在这里等"))
        if self.overlay.second is not None:
            self.overlay.second.setText(self.tr("不用了，取消呼叫"))
            self.overlay.second.setAccessibleName(self.tr("不用了，取消呼叫"))

    def start(self, screen: str) -> None:
        self.active = True
        self.overlay.show_over(self._area)
        QApplication.beep()
        self._speech.say(self.tr("已经呼叫工作人员。请在这里稍等，工作人员马上过来。"), Priority.ALERT)
        log.warning("staff call from screen %s", screen)
        self._runner.run(lambda: self._record(screen), lambda _: None, lambda _: None, waited=False)
        self.called.emit()

    def keep_waiting(self) -> None:
        self._speech.say(self.tr("好的。请在这里稍等，工作人员马上过来。"), Priority.PROMPT)

    def cancel(self) -> None:
        self._speech.stop()
        self.end()
        self._speech.say(self.tr("好的，已取消呼叫。"), Priority.PROMPT)

    def end(self) -> None:
        was_active, self.active = self.active, False
        self.overlay.hide()
        if was_active:
            self.ended.emit()
