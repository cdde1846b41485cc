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
from kiosk.flows.call_notice import COMING, DESK, WAITING, CallNotice
from kiosk.ui.overlays import Overlay

log = logging.getLogger("kiosk.ui")


class StaffCall(QObject):
    called = Signal()
    state_changed = Signal(str)  # sending | waiting (the hall has it) | coming (staff answered) | desk
    heartbeat_done = Signal(bool)  # the hall was reached
    ended = Signal()  # the notice closed (cancelled, 知道了, the session ended): the idle count may start again

    def __init__(self, overlay: Overlay, area, ctx):
        super().__init__(overlay)
        self.overlay, self._area, self._ctx = overlay, area, ctx
        self._speech, self._runner, config = ctx.speech, ctx.runner, ctx.config
        self.notice = CallNotice()  # what the elder is told: the state machine, Qt-free
        self._asking = self._beating = False
        # the default (focused) button keeps the call: an elder pressing the big button must not cancel their help
        overlay.action.clicked.connect(self._default)
        if overlay.second is not None:
            overlay.second.clicked.connect(self.cancel)
        self._poll = QTimer(self, interval=max(100, int(config.hall_poll_s * 1000)), timeout=self._ask)
        self._beat = QTimer(self, interval=max(200, int(config.hall_heartbeat_s * 1000)), timeout=self.heartbeat)
        if config.hall_url:
            self._beat.start()
            QTimer.singleShot(0, self.heartbeat)  # the hall sees a terminal as soon as it starts

    @property
    def active(self) -> bool:
        return bool(self.notice.state)

    @property
    def state(self) -> str:
        return self.notice.state

    # -- what the elder sees and hears ------------------------------------------------------------
    def _texts(self, spoken: bool = False) -> tuple[str, str, str]:
        """(title, message, button) for the current state; ``spoken``: a staff number digit by digit."""
        notice = self.notice
        if notice.state == COMING:
            if notice.by_number:
                locale = self._ctx.display.get("locale", "zh_CN")
                number = reader(locale).digits(notice.who) if spoken else notice.who
                who = self.tr("来的是：工号 {number}。请在这里稍等。").format(number=number)
            else:
                who = self.tr("来的是：{who}。请在这里稍等。").format(who=notice.who)
            return self.tr("工作人员已经收到，正在过来"), who, self.tr("不用了，取消呼叫")
        if notice.state == DESK:
            return (
                self.tr("请到服务台找工作人员"),
                self.tr("现在联系不上工作人员，请到服务台找工作人员。"),
                self.tr("知道了"),
            )
        if notice.state == WAITING:
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
        waiting = self.notice.state != DESK
        default = self.tr("好的，我在这里等") if waiting else action
        self.overlay.action.setText(default)
        self.overlay.action.setAccessibleName(default)
        if self.overlay.second is not None:
            self.overlay.second.setText(action)
            self.overlay.second.setAccessibleName(action)
            self.overlay.second.setVisible(waiting)

    def _default(self) -> None:
        if self.notice.state == DESK:
            self.cancel()  # 知道了: the notice only closes
        else:
            self._speech.say(self.tr("好的。请在这里稍等，工作人员马上过来。"), Priority.PROMPT)

    def _shown(self, speak: bool = True) -> None:
        self.retranslate()
        if speak:
            title, message, _ = self._texts(spoken=True)
            self._speech.say(self.tr("{title}。{message}").format(title=title, message=message), Priority.ALERT)
        if self.notice.asks_hall and self._ctx.config.hall_url:
            self._poll.start()  # also when queued: the hall may come back while the elder is still here
        else:
            self._poll.stop()
        self.state_changed.emit(self.notice.state)

    def show_state(self, state: str, who: str = "", by_number: bool = False) -> None:
        """Screenshots and the accessibility audit: the notice as it looks in that state."""
        self.notice.show(state, who, by_number)
        self._shown(speak=False)
        self.overlay.show_over(self._area)

    # -- the call -----------------------------------------------------------------------------------
    def start(self, screen: str) -> None:
        attempt = self.notice.press()
        self.overlay.show_over(self._area)
        if attempt is None:
            return  # pressed again: the same call, not a second one
        self._shown()
        QApplication.beep()
        log.warning("staff call from screen %s", screen)
        language, ctx = self._ctx.display.get("locale", self._ctx.config.locale), self._ctx
        self._runner.run(
            lambda: ctx.ops.raise_staff_call(screen, language),
            lambda raised: self._raised(attempt, raised),
            lambda _: self._raised(attempt, None),
            owner=self,
            waited=False,  # the staff call pauses the idle count itself
        )
        self.called.emit()

    def _raised(self, attempt: int, raised) -> None:
        what = self.notice.raised(attempt, raised)
        if what == "show":
            self._shown()
        elif what == "take_back":
            self._take_back(raised.call_id)

    def _ask(self) -> None:
        if self._asking or not self.notice.asks_hall:
            return
        self._asking, ctx, call_id = True, self._ctx, self.notice.call_id
        self._runner.run(
            lambda: ctx.ops.staff_call_state(call_id),
            lambda answer: self._answered(call_id, answer),
            lambda _: setattr(self, "_asking", False),
            owner=self,
            waited=False,
        )

    def _answered(self, call_id: str, answer) -> None:
        self._asking = False
        if self.notice.answered(call_id, answer):
            self._shown()

    def cancel(self) -> None:
        """The notice's button or Esc (不用了 takes the call back; 知道了 only closes the notice)."""
        was_desk = self.notice.state == DESK
        take_back = self.notice.close()
        self._poll.stop()
        self.overlay.hide()
        self.ended.emit()
        if was_desk:
            return
        self._speech.stop()
        if take_back:
            self._take_back(take_back)
        self._speech.say(self.tr("好的，已取消呼叫。"), Priority.PROMPT)

    def _take_back(self, call_id: str) -> None:
        ctx = self._ctx
        self._runner.run(lambda: ctx.ops.cancel_staff_call(call_id), lambda _: None, lambda _: None, waited=False)

    def end(self) -> None:
        """The session ended (idle, reset): the notice goes; the call stays for staff to answer."""
        was_open = self.overlay.isVisible()
        self.notice.end()
        self._poll.stop()
        self.overlay.hide()
        if was_open:
            self.ended.emit()

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

        # a heartbeat every few seconds is housekeeping: it must not hold (or restart) the idle count
        self._runner.run(lambda: ctx.ops.hall_heartbeat(devices), done, lambda _: done(False), owner=self, waited=False)
