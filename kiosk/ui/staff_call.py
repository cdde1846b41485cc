"""呼叫工作人员: the notice over the screen, the beep, what is said, and the hall console behind
it (kiosk.flows.hall_client): the call goes to the hall's staff page, the notice tells the elder
what is really happening (sent; who is coming; or go to the desk when nobody was reached), and
the terminal's state goes to the hall as a heartbeat. Content and state only: the overlay's
look is the overlay's."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kiosk.core.speakable import reader
from kiosk.devices.speech import Priority
from kiosk.ui.overlays import Overlay

log = logging.getLogger("kiosk.ui")

SENDING, WAITING, COMING, DESK = "sending", "waiting", "coming", "desk"


class StaffCall(QObject):
    called = Signal()
    state_changed = Signal(str)  # sending | waiting (the hall has it) | coming (staff answered) | desk
    heartbeat_done = Signal(bool)  # the hall was reached

    def __init__(self, overlay: Overlay, area, ctx):
        super().__init__(overlay)
        self.overlay, self._area, self._ctx = overlay, area, ctx
        self._speech, self._runner, config = ctx.speech, ctx.runner, ctx.config
        self.active, self.state, self.call_id, self.coming = False, "", "", ""
        self.coming_by_number = False  # staff chose to show their staff number, not their name
        self._asking = self._beating = False
        self._attempt = 0  # which press a late answer from the worker belongs to
        overlay.action.clicked.connect(self.cancel)
        self._poll = QTimer(self, interval=max(100, int(config.hall_poll_s * 1000)), timeout=self._ask)
        self._beat = QTimer(self, interval=max(200, int(config.hall_heartbeat_s * 1000)), timeout=self.heartbeat)
        if config.hall_url:
            self._beat.start()
            QTimer.singleShot(0, self.heartbeat)  # the hall sees a terminal as soon as it starts

    # -- what the elder sees and hears ------------------------------------------------------------
    def _texts(self, spoken: bool = False) -> tuple[str, str, str]:
        """(title, message, button) for the current state; ``spoken``: a staff number digit by digit."""
        if self.state == COMING:
            if self.coming_by_number:
                number = reader(self._ctx.display.get("locale", "zh_CN")).digits(self.coming) if spoken else self.coming
                who = self.tr("来的是：工号 {number}。请在这里稍等。").format(number=number)
            else:
                who = self.tr("来的是：{who}。请在这里稍等。").format(who=self.coming)
            return self.tr("工作人员已经收到，正在过来"), who, self.tr("不用了，取消呼叫")
        if self.state == DESK:
            return (
                self.tr("请到服务台找工作人员"),
                self.tr("现在联系不上工作人员，请到服务台找工作人员。"),
                self.tr("知道了"),
            )
        if self.state == WAITING:
            return (
                self.tr("已经通知工作人员"),
                self.tr("请在这里稍等，工作人员看到后会过来。"),
                self.tr("不用了，取消呼叫"),
            )
        return self.tr("正在呼叫工作人员"), self.tr("请稍等。"), self.tr("不用了，取消呼叫")

    def retranslate(self) -> None:
        title, message, action = self._texts()
        self.overlay.title_label.setText(title)
        self.overlay.message.setText(message)
        self.overlay.action.setText(action)
        self.overlay.action.setAccessibleName(action)

    def _enter(self, state: str, speak: bool = True) -> None:
        self.state = state
        self.retranslate()
        if speak:
            title, message, _ = self._texts(spoken=True)
            self._speech.say(self.tr("{title}。{message}").format(title=title, message=message), Priority.ALERT)
        self.state_changed.emit(state)

    def show_state(self, state: str, who: str = "", by_number: bool = False) -> None:
        """Screenshots and the accessibility audit: the notice as it looks in that state."""
        self.active, self.coming, self.coming_by_number = True, who, by_number
        self._enter(state, speak=False)
        self.overlay.show_over(self._area)

    # -- the call -----------------------------------------------------------------------------------
    def start(self, screen: str) -> None:
        if self.active and self.state in (SENDING, WAITING, COMING):
            self.overlay.show_over(self._area)  # pressed again: the same call, not a second one
            return
        self.active, self.call_id, self.coming = True, "", ""
        self._attempt += 1
        attempt = self._attempt
        self._enter(SENDING)
        self.overlay.show_over(self._area)
        QApplication.beep()
        log.warning("staff call from screen %s", screen)
        language, ctx = self._ctx.display.get("locale", self._ctx.config.locale), self._ctx
        self._runner.run(
            lambda: ctx.ops.raise_staff_call(screen, language),
            lambda raised: self._raised(attempt, raised),
            lambda _: self._not_raised(attempt),
            owner=self,
        )
        self.called.emit()

    def _raised(self, attempt: int, raised) -> None:
        if not self.active or attempt != self._attempt:
            return  # the notice was closed (or a newer call started) before this one was sent
        self.call_id = raised.call_id
        self._enter(WAITING if raised.reached else DESK)
        if self._ctx.config.hall_url:
            self._poll.start()  # also when queued: the hall may come back while the elder is still here

    def _not_raised(self, attempt: int) -> None:
        if self.active and attempt == self._attempt:
            self._enter(DESK)

    def _ask(self) -> None:
        if self._asking or not self.call_id:
            return
        self._asking, ctx, call_id = True, self._ctx, self.call_id
        self._runner.run(
            lambda: ctx.ops.staff_call_state(call_id),
            lambda state: self._answer(call_id, state),
            lambda _: setattr(self, "_asking", False),
            owner=self,
        )

    def _answer(self, call_id: str, state) -> None:
        self._asking = False
        if not self.active or call_id != self.call_id:
            return
        if state.state == "coming":
            self._poll.stop()
            self.coming, self.coming_by_number = state.answered_by, state.by_number
            self._enter(COMING)
        elif state.state == "open" and self.state == DESK:
            self._enter(WAITING)  # the hall is back and has the call

    def cancel(self) -> None:
        """The notice's button or Esc: 不用了 takes the call back; 知道了 (sent to the desk) only
        closes the notice, the call stays queued so staff still learn this terminal needed help."""
        if self.state == DESK:
            self.end()
            return
        call_id, ctx = self.call_id, self._ctx
        self._speech.stop()
        self.end()
        if call_id:
            self._runner.run(lambda: ctx.ops.cancel_staff_call(call_id), lambda _: None, lambda _: None)
        self._speech.say(self.tr("好的，已取消呼叫。"), Priority.PROMPT)

    def end(self) -> None:
        self.active = False
        self._poll.stop()
        self.overlay.hide()

    # -- the terminal's state for the hall -------------------------------------------------------
    def device_states(self) -> dict[str, str]:
        """Read on the UI thread (plain attributes), sent from a worker."""
        config, devices = self._ctx.config, self._ctx.devices
        printer = "ok" if devices.printer is not None else ("missing" if config.printer else "none")
        return {
            "speech": "captions_only" if self._speech.captions_only_reason else "ok",
            "printer": printer,
            "camera": "none" if config.camera == "none" else "ok",
        }

    def heartbeat(self) -> None:
        if self._beating or not self._ctx.services.is_open():
            return  # the next tick comes; the store opens after the first paint
        self._beating, ctx, devices = True, self._ctx, self.device_states()

        def done(reached: bool) -> None:
            self._beating = False
            self.heartbeat_done.emit(bool(reached))

        self._runner.run(lambda: ctx.ops.hall_heartbeat(devices), done, lambda _: done(False), owner=self)
