"""The kiosk window, a thin shell: header, a stack of screens, a caption line, the fixed bottom
bar and the overlays. It shows what the journey says; screens report outcomes, the business
actions are operations, idle and keys are their own small objects."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.config import Config
from kiosk.core.errors import CATALOGUE
from kiosk.core.sentences import split_sentences
from kiosk.devices.speech import DEFAULT_RATE, SLOW_RATE, Priority, Speech
from kiosk.flows.journey import Journey, Move
from kiosk.flows.session import KioskSession
from kiosk.ui import theme
from kiosk.ui.i18n import translated, use_locale
from kiosk.ui.idle_watch import STAFF_CALL, IdleWatch
from kiosk.ui.key_input import KeyInput
from kiosk.ui.overlays import Overlay
from kiosk.ui.prompter import Prompter
from kiosk.ui.screens import SCREENS, LazyScreens, screen_class
from kiosk.ui.screens.base import Devices, Screen, UiContext
from kiosk.ui.staff_call import StaffCall
from kiosk.ui.translations import use_language
from kiosk.ui.widgets.caption import Caption
from kiosk.ui.widgets.common import button, discard, label
from kiosk.ui.worker import BackgroundRunner

log = logging.getLogger("kiosk.ui")


class KioskWindow(QWidget):
    screen_changed = Signal(str)
    session_reset = Signal()
    staff_called = Signal()
    exit_requested = Signal()  # a signed-in staff member leaves kiosk mode (maintenance)
    idle_warned = Signal()
    first_painted = Signal()  # the home screen is on the glass: start the slower parts now
    scanned = Signal(str)  # a scanner module's read, from any thread

    def __init__(
        self,
        config: Config,
        services: Services,
        speech: Speech,
        clock: Callable[[], float] = time.monotonic,
        camera_factory: Callable | None = None,
        printer=None,
    ):
        super().__init__()
        self.setObjectName("kioskWindow")
        self.setWindowTitle(self.tr("医保自助服务"))
        self.config, self.speech, self._clock = config, speech, clock
        self.display = {"locale": config.locale, "scale": config.scale, "theme": config.theme, "mode": config.mode}
        self.session = KioskSession(config.locale)
        self.journey = Journey(self.session, face_check=config.face_check, typed_id_confirm=config.typed_id_confirm)
        self.prompter = Prompter(speech)
        self.runner = BackgroundRunner(self)
        devices = Devices(
            camera_factory or _camera_from_config(config),
            printer if printer is not None else _printer_from_config(config),
        )
        self.ctx = UiContext(
            config=config,
            services=services,
            session=self.session,
            speech=speech,
            prompter=self.prompter,
            runner=self.runner,
            devices=devices,
            display=self.display,
        )
        self._painted = False
        self.screens = LazyScreens({}, lambda screen: None)
        self.resize(config.width, config.height)
        self._build_frame()
        self.idle = IdleWatch(config, self.idle_overlay, self.stack, speech, clock)
        self.idle.warned.connect(self.idle_warned)
        self.idle.expired.connect(self.reset_session)
        self.staff_call = StaffCall(self.staff_overlay, self.stack, self.ctx)
        self.staff_call.called.connect(self.staff_called)
        # waiting is not idling: a staff call, a screen that pauses (face capture, card PIN), a center call
        self.staff_call.called.connect(lambda: self.idle.pause(STAFF_CALL))
        self.staff_call.ended.connect(lambda: self.idle.resume(STAFF_CALL))
        self.runner.busy.connect(self.idle.follow_runner)
        self.screen_changed.connect(lambda _name: self.idle.follow_screen(self.current))
        self.keys = KeyInput(
            self, speech, screen=lambda: self.current, on_code=self.on_scanned, on_escape=self._escape, clock=clock
        )
        self.scanned.connect(self.on_scanned)
        self._apply_style()
        self._build_screens()
        self._sync_timer = QTimer(self, interval=30_000, timeout=self.refresh_sync_note)
        self._sync_timer.start()
        app = QApplication.instance()
        app.installEventFilter(self.keys)
        app.installEventFilter(self.idle)  # installed last, so it sees every key first, even one the keys consume
        self.stack.installEventFilter(self)
        self._show(self.journey.reset())

    # -- frame -------------------------------------------------------------------------------
    def _build_frame(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        header = QWidget(objectName="header")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(32, 12, 32, 12)
        self.header_title = label("", name="header_title", wrap=False)
        header_row.addWidget(self.header_title)
        header_row.addStretch(1)
        # tells staff at a glance why the kiosk is silent (no sound device, no engine)
        self.sound_note = label("", name="sound_note", wrap=False)
        header_row.addWidget(self.sound_note)
        # for hall staff: filings taken while the center was unreachable, still to be uploaded
        self.sync_note = label("", name="sync_note", wrap=False)
        header_row.addWidget(self.sync_note)
        self.stack = QStackedWidget(objectName="stack")
        self.caption = Caption(split_sentences)
        self.caption.setAccessibleName(self.tr("字幕"))
        self.bottom_bar = QWidget(objectName="bottomBar")
        # the bar always gets the height its words need (two lines in some languages); the screen gives way
        self.bottom_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for widget, stretch in ((header, 0), (self.stack, 1), (self.caption, 0), (self.bottom_bar, 0)):
            root.addWidget(widget, stretch)
        self.idle_overlay = Overlay("idle_warning", "", "", self)
        self.staff_overlay = Overlay("staff_call", "", "", self, second=True)
        self.speech.set_listener(self._show_caption)

    def _build_bottom_bar(self) -> None:
        old = self.bottom_bar.layout()
        if old is not None:
            while old.count():
                discard(old.takeAt(0).widget())
            QWidget().setLayout(old)  # reparent the old layout so a new one can be set
        row = QHBoxLayout(self.bottom_bar)
        row.setContentsMargins(16, 16, 16, 16)
        row.setSpacing(12)
        slow = self.speech.rate != DEFAULT_RATE
        items = [
            ("bar_back", self.tr("返回"), self.back, ""),
            ("bar_home", self.tr("回首页"), self.go_home, ""),
            ("bar_repeat", self.tr("重听"), lambda: self.prompter.repeat(self.current.script), ""),
            ("bar_slower", self.tr("正常\n语速") if slow else self.tr("慢一点"), self.toggle_slow, ""),
            ("bar_call", self.tr("呼叫\n工作人员"), self.call_staff, "staff"),
        ]
        self.bar_buttons = {}
        for name, text, action, role in items:
            widget = button(text, name=name, role=role)
            widget.clicked.connect(action)
            row.addWidget(widget, 1)
            widget.show()  # a layout shows new children of a visible window only later
            self.bar_buttons[name] = widget

    def _build_screens(self) -> None:
        if self.stack.currentWidget() is not None:
            self.current.leave()
        for screen in self.screens.built():
            self.stack.removeWidget(screen)
            discard(screen)
        self.header_title.setText(
            self.tr("医保自助服务 · 长辈版") if self.display["mode"] == "elder" else self.tr("医保自助服务")
        )
        self._build_bottom_bar()
        self.idle.retranslate()
        self.staff_call.retranslate()
        factories = {name: (lambda name=name: screen_class(name)(self.ctx)) for name in SCREENS}
        self.screens = LazyScreens(factories, self._adopt)

    def _adopt(self, screen: Screen) -> None:
        self.stack.addWidget(screen)
        screen.outcome.connect(lambda outcome, data, name=screen.name: self._on_outcome(name, outcome, data))

    def _apply_style(self) -> None:
        locale = self.display["locale"]
        self.setStyleSheet(
            theme.style_sheet(self.display["theme"], self.display["scale"], self.display["mode"], locale)
        )
        self.caption.fit()
        app = QApplication.instance()
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if locale == "ug" else Qt.LayoutDirection.LeftToRight)
        self.speech.set_locale(locale)
        use_locale(locale)
        use_language(app, locale)

    # -- navigation: the journey decides, the shell shows ---------------------------------------
    @property
    def current(self) -> Screen:
        return self.stack.currentWidget()

    def _on_outcome(self, screen: str, outcome: str, data: dict) -> None:
        if self.journey.current != screen:
            return  # a late report from a screen no longer shown (its background job finished after it left)
        say = data.pop("say", "")
        shell_actions = {
            "display": self.apply_display,
            "call_staff": self.call_staff,
            "exit_kiosk": self.exit_requested.emit,
            "end_session": self.reset_session,
        }
        if outcome in shell_actions:
            shell_actions[outcome](**data)
        else:
            self._show(self.journey.outcome(outcome, **data))
        if say:
            self.prompter.announce(say)

    def _show(self, move: Move) -> None:
        screen = self.screens[move.screen]
        previous = self.stack.currentWidget()
        if previous is not None and (previous is not screen or move.again):
            previous.leave()
        self.stack.setCurrentWidget(screen)
        screen.on_enter()
        screen.focus_first()
        self.prompter.announce(screen.script(), Priority.SCREEN)
        self.screen_changed.emit(move.screen)

    def go(self, name: str) -> None:
        """Show a screen directly (tests, the demo tour and screenshots; screens report outcomes)."""
        self._show(self.journey.jump(name))

    def back(self) -> None:
        self._show(self.journey.back())

    def go_home(self) -> None:
        self._show(self.journey.home())

    def _escape(self) -> None:
        """Esc on the keypad: closes a notice, else 返回."""
        if self.staff_overlay.isVisible():
            self.staff_call.cancel()
        elif self.idle_overlay.isVisible():
            self.idle.extend()
        else:
            self.back()

    def on_scanned(self, text: str) -> None:
        """A scanner module read a code (keyboard wedge or serial): the same path as the camera."""
        if not self.journey.takes_code():
            return
        if self.journey.current != "scan":
            self._show(self.journey.outcome("scanned"))
        self.current.accept_code(text)

    # -- display, voice, staff ---------------------------------------------------------------------
    def apply_display(self, **changes) -> None:
        """Language, scale, theme or mode changed: restyle and rebuild the screens."""
        self.display.update({k: v for k, v in changes.items() if v is not None})
        self._apply_style()
        self._build_screens()
        self._show(self.journey.show(self.journey.current))

    def _show_caption(self, text: str, span: tuple[int, int] | None) -> None:
        """The caption shows what is said: the sentence being read (read-along), or page by page."""
        self.caption.say(text, span)
        self.sound_note.setText(self.tr(self.speech.captions_only_reason) if self.speech.captions_only_reason else "")

    def toggle_slow(self) -> None:
        self.speech.set_rate(DEFAULT_RATE if self.speech.rate != DEFAULT_RATE else SLOW_RATE)
        self._build_bottom_bar()
        self.speech.say(
            self.tr("好的，我说慢一点。") if self.speech.rate != DEFAULT_RATE else self.tr("好的，恢复正常语速。"),
            Priority.PROMPT,
        )

    def call_staff(self) -> None:
        self.staff_call.start(self.journey.current)

    def hide_overlays(self) -> None:
        self.idle_overlay.hide()
        self.staff_call.end()

    def refresh_sync_note(self) -> None:
        services = self.ctx.services
        if not services.is_open():
            return
        # owned by the window: a count that arrives after the window is gone is dropped
        self.runner.run(
            lambda: {**services.operations().outbox_status(), "audit_intact": services.audit_intact},
            self._show_sync_note,
            lambda _: None,
            owner=self,
            waited=False,
        )

    def _show_sync_note(self, state: dict) -> None:
        waiting = state["pending"] + state["dead"]
        notes = [self.tr("待上传 {n} 件").format(n=waiting)] if waiting else []
        if not state.get("audit_intact", True):
            notes.append(self.tr("审计记录异常，请联系管理员"))
        self.sync_note.setText(" · ".join(notes))

    def announce_bug(self, _error=None) -> None:
        """A background job failed unexpectedly (logged with its trace by the runner): ask for staff."""
        self.prompter.announce(translated("errors", CATALOGUE["bug"]))

    # -- session end -------------------------------------------------------------------------------
    def reset_session(self) -> None:
        """Wipe everything personal: flows, widgets (rebuilt), speech history, display choices."""
        self.hide_overlays()
        self.session.clear()
        self.speech.stop()
        self.speech.set_rate(DEFAULT_RATE)
        self.speech.forget()  # also puts the volume back to its default
        self.caption.say("", None)
        self.prompter.forget()
        self.display.update(
            locale=self.config.locale, scale=self.config.scale, theme=self.config.theme, mode=self.config.mode
        )
        self._apply_style()
        self._build_screens()
        self.idle.restart()
        self._show(self.journey.reset())
        log.info("session reset")
        self.session_reset.emit()

    # -- Qt events ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.stack:
            # the caption grows and shrinks with what is said: overlays follow the screen area
            for overlay in (self.idle_overlay, self.staff_overlay):
                overlay.setGeometry(self.stack.geometry())
        return False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event) -> None:
        """The window going away releases the camera and stops the screen's worker threads (a face
        check's frames must not outlive it)."""
        if self.stack.currentWidget() is not None:
            self.current.leave()
        app = QApplication.instance()
        app.removeEventFilter(self.keys)
        app.removeEventFilter(self.idle)
        self.idle.stop()
        super().closeEvent(event)


def _camera_from_config(config: Config):
    def open_camera():
        from kiosk.devices.camera import CameraUnavailable, OpenCvCamera  # lazy: OpenCV, only when a camera opens

        if config.camera == "none":
            raise CameraUnavailable("no camera configured")
        return OpenCvCamera(int(config.camera))

    return open_camera


def _printer_from_config(config: Config):
    if not config.printer:
        return None
    from kiosk.devices.printer import EscPosPrinter  # lazy: python-escpos and its USB stack

    return EscPosPrinter(config.printer)
