"""The kiosk window: header, a stack of screens, a caption line, the fixed bottom bar."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractButton, QApplication, QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout,
                               QWidget)

from kiosk.app import Services
from kiosk.config import Config
from kiosk.devices.speech import DEFAULT_RATE, SLOW_RATE, Priority, Speech
from kiosk.flows.idle import IdleEvent, IdlePolicy
from kiosk.devices.wedge import WedgeDetector
from kiosk.flows.account import lookup_with_cache
from kiosk.flows.identify import lookup_by_id_number, lookup_by_voucher
from kiosk.flows.session import KioskSession
from kiosk.ui import theme
from kiosk.core.errors import CATALOGUE
from kiosk.ui.i18n import translated, use_locale
from kiosk.ui.overlays import Overlay
from kiosk.ui.screens.account import FamilyScreen, LedgerScreen, ReceiptScreen
from kiosk.ui.screens.ask import AskScreen
from kiosk.ui.screens.balance import BalanceScreen
from kiosk.ui.screens.face import FaceConsentScreen, FaceScreen
from kiosk.ui.screens.filing import FilingDoneScreen, FilingScreen
from kiosk.ui.screens.my_filings import MyFilingsScreen
from kiosk.ui.screens.base import Screen, UiContext
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.id_entry import IdEntryScreen
from kiosk.ui.screens.proxy import ProxyScreen
from kiosk.ui.screens.scan import ScanScreen
from kiosk.ui.screens.settings import SettingsScreen
from kiosk.ui.screens.staff_queue import StaffQueueScreen
from kiosk.ui.speech import split_sentences
from kiosk.ui.widgets.caption import Caption
from kiosk.ui.widgets.common import button, discard, label
from kiosk.ui.widgets.keypad import Keypad
from kiosk.ui.worker import BackgroundRunner

log = logging.getLogger("kiosk.ui")

_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress}


class KioskWindow(QWidget):
    screen_changed = Signal(str)
    session_reset = Signal()
    staff_called = Signal()
    exit_requested = Signal()  # a signed-in staff member leaves kiosk mode (maintenance)
    idle_warned = Signal()
    first_painted = Signal()  # the home screen is on the glass: start the slower parts now

    scanned = Signal(str)  # a scanner module's read, from any thread

    def __init__(self, config: Config, services: Services, speech: Speech, clock: Callable[[], float] = time.monotonic,
                 camera_factory: Callable | None = None, printer=None):
        super().__init__()
        self.camera_factory = camera_factory or _camera_from_config(config)
        self.printer = printer if printer is not None else _printer_from_config(config)
        self._wedge = WedgeDetector()
        self.scanned.connect(self.on_scanned)
        self.setObjectName("kioskWindow")
        self.setWindowTitle(self.tr("医保自助服务"))
        self.config = config
        self.display = {"locale": config.locale, "scale": config.scale, "theme": config.theme, "mode": config.mode}
        self._clock = clock
        self.speech = speech
        self.runner = BackgroundRunner(self)
        self.session = KioskSession(
            lambda certno: lookup_with_cache(lambda c: lookup_by_id_number(services.client(), c), services.balance_cache(), certno),
            config.locale)
        self.lookup_voucher = lambda text: lookup_by_voucher(services.client(), text)
        self.ctx = UiContext(config=config, services=services, speech=speech, runner=self.runner, window=self)
        self._history: list[str] = []
        self.last_prompt = ""
        self._painted = False
        self.screens = LazyScreens({}, lambda screen: None)
        self.staff_call_active = False
        self.resize(config.width, config.height)
        self._build_frame()
        self._apply_style()
        self._build_screens()
        self.idle = IdlePolicy(config.idle_warn_s, config.idle_reset_s, config.idle_max_extensions)
        self.idle.start(self._clock())
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(max(20, min(250, int(config.idle_warn_s * 1000 / 4))))
        self._idle_timer.timeout.connect(self._idle_tick)
        self._idle_timer.start()
        self._sync_timer = QTimer(self)
        self._sync_timer.setInterval(30_000)
        self._sync_timer.timeout.connect(self.refresh_sync_note)
        self._sync_timer.start()
        QApplication.instance().installEventFilter(self)
        self.stack.installEventFilter(self)
        self.go("home", remember=False)

    # -- frame -------------------------------------------------------------------
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
        root.addWidget(header)
        root.addWidget(self.stack, 1)
        root.addWidget(self.caption)
        root.addWidget(self.bottom_bar)
        self.idle_overlay = Overlay("idle_warning", "", "", self)
        self.idle_overlay.action.clicked.connect(self.extend_session)
        self.staff_overlay = Overlay("staff_call", "", "", self)
        self.staff_overlay.action.clicked.connect(self.cancel_staff_call)
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
            ("bar_repeat", self.tr("重听"), self.repeat, ""),
            ("bar_slower", self.tr("正常\n语速") if slow else self.tr("慢一点"), self.toggle_slow, ""),
            ("bar_call", self.tr("呼叫\n工作人员"), self.call_staff, "accent"),
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
        self.header_title.setText(self.tr("医保自助服务 · 长辈版") if self.display["mode"] == "elder" else self.tr("医保自助服务"))
        self._build_bottom_bar()
        self.idle_overlay.title_label.setText(self.tr("您还在用吗？"))
        self.idle_overlay.action.setText(self.tr("我还在用，继续"))
        self.idle_overlay.action.setAccessibleName(self.tr("我还在用，继续"))
        self.staff_overlay.title_label.setText(self.tr("已经呼叫工作人员"))
        self.staff_overlay.message.setText(self.tr("请在这里稍等，工作人员马上过来。"))
        self.staff_overlay.action.setText(self.tr("不用了，取消呼叫"))
        self.staff_overlay.action.setAccessibleName(self.tr("不用了，取消呼叫"))
        ctx = self.ctx
        kinds = [HomeScreen, SettingsScreen, ScanScreen, IdEntryScreen, BalanceScreen, LedgerScreen, FamilyScreen, ReceiptScreen,
                 MyFilingsScreen, FilingScreen, FilingDoneScreen, ProxyScreen, StaffQueueScreen, AskScreen, FaceConsentScreen, FaceScreen]
        factories = {kind.name: (lambda kind=kind: kind(ctx)) for kind in kinds}
        self.screens = LazyScreens(factories, self.stack.addWidget)

    def _apply_style(self) -> None:
        self.setStyleSheet(theme.style_sheet(self.display["theme"], self.display["scale"], self.display["mode"],
                                             self.display["locale"]))
        self.caption.fit()
        app = QApplication.instance()
        locale = self.display["locale"]
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if locale == "ug" else Qt.LayoutDirection.LeftToRight)
        self.speech.set_locale(locale)
        use_locale(locale)
        from kiosk.ui.translations import use_language

        use_language(app, locale)

    # -- navigation ----------------------------------------------------------------
    @property
    def current(self) -> Screen:
        return self.stack.currentWidget()

    def go(self, name: str, remember: bool = True) -> None:
        screen = self.screens[name]
        previous = self.stack.currentWidget()
        if previous is not None and previous is not screen:
            previous.leave()
            if remember:
                self._history.append(previous.name)
        self.stack.setCurrentWidget(screen)
        screen.on_enter()
        screen.focus_first()
        self.announce(screen.script(), Priority.SCREEN)
        self.screen_changed.emit(name)

    def back(self) -> None:
        if self.current.name == "filing" and self.current.go_back():
            return  # inside the wizard, 返回 is one question back
        self.go(self._history.pop() if self._history else "home", remember=False)

    # -- services: identify first, then the service ---------------------------------------
    def start_service(self, purpose: str) -> None:
        self.session.purpose = purpose
        person = self.session.person
        if person is not None:  # read once, never asked again in the session
            self.identified(person)
        else:
            self.go("scan")

    def identified(self, result) -> None:
        """A person was looked up (camera, scanner or ID number): go where they were heading."""
        self.session.balance.lookup_succeeded(result)
        if self.session.purpose == "balance" or self.session.person is None:
            self.go("balance", remember=False)
            return
        if self._needs_face_check():
            self.session.after_identity = "my_filings"
            self.go("face_consent", remember=False)
            return
        self.go("my_filings", remember=False)  # what they already have first; then 新办

    def _needs_face_check(self) -> bool:
        """Filing for oneself, where the hall turned the face check on: 冒名 filings are the fraud."""
        session = self.session
        return (self.config.face_check == "filings" and session.purpose in ("yidi", "chronic")
                and session.filed_by == "self" and not session.identity_confirmed)

    def face_passed(self) -> None:
        self._identity_confirmed("face", "self", "self", "face_verified", {})

    def identity_by_staff(self) -> None:
        """The other way: a staff member signs in here and confirms who the person is."""
        self.screens["proxy"].confirming = True
        self.go("proxy", remember=False)

    def staff_confirmed_identity(self, staff_no: str) -> None:
        self._identity_confirmed("staff", "staff", staff_no, "staff_confirmed_identity", {"why": "face_fallback"})

    def _identity_confirmed(self, how: str, actor_type: str, actor: str, action: str, detail: dict) -> None:
        """Audited (who, for whom, how; never a face), then on to the service."""
        session, services, config = self.session, self.ctx.services, self.config
        certno = session.person.certno
        session.identity_confirmed = how

        def record():
            from kiosk.store.keys import person_key, terminal_secret

            _audit_event(services, actor_type=actor_type, actor=actor, action=action,
                         subject=person_key(terminal_secret(config.home), certno), detail=detail)

        self.runner.run(record, lambda _: None, self._announce_bug, owner=self)
        self.go(session.after_identity or "my_filings", remember=False)

    def load_filing_rules(self):
        """Blocking (worker thread): the 参保地's rules from reference data."""
        from kiosk.core.filing import Rules
        from kiosk.sync import reference

        return Rules.from_reference(reference.current(self.ctx.services.store(), "filing_rules"))

    def open_wizard(self, replacing=None) -> None:
        """A new filing, or (``replacing``, a filing the center holds) a change of that one."""
        person, session, purpose = self.session.person, self.session, self.session.purpose
        store = self.ctx.services

        def prepare():
            from kiosk.flows.filing_wizard import Filer, FilingWizard, Regions
            from kiosk.sync import reference

            sessions = store.store()
            return FilingWizard(purpose, Filer(person.certno, person.age, session.filed_by, dict(session.agent)),
                                today=dt.date.today(), rules=self.load_filing_rules(),
                                regions=Regions.from_reference(reference.current(sessions, "admdvs")),
                                diseases=_diseases(reference.current(sessions, "chronic_diseases")))

        def ready(wizard):
            if replacing is not None:
                wizard.start_change(replacing)
            session.wizard = wizard
            self.go("filing")  # 返回 on the first question comes back to 我的备案

        self.runner.run(prepare, ready, self._announce_bug, owner=self)

    def submit_filing(self) -> None:
        from kiosk.core.filing import FilingError

        wizard = self.session.wizard
        try:
            request = wizard.request()
        except FilingError as error:
            self.announce(translated("errors", CATALOGUE.get(error.key, CATALOGUE["bug"])))
            return
        services, config, session = self.ctx.services, self.config, self.session
        agent, actor, replaces = session.agent, session.actor, wizard.replaces

        def queue():
            from kiosk.store.keys import person_key, terminal_secret
            from kiosk.sync.outbox import queue_center_revoke, queue_filing

            person = person_key(terminal_secret(config.home), request.certno)
            # the filing, its message and its audit event (and, for a change, the old one's
            # cancellation, delivered first by per-person order): one transaction
            with services.store().begin() as db:
                if replaces is not None:
                    queue_center_revoke(db, kind=replaces.kind, certno=request.certno, sn=replaces.sn, person=person,
                                        terminal_id=config.terminal_id, actor_type=request.filed_by, actor=actor)
                filing, message = queue_filing(db, request, terminal_id=config.terminal_id, person=person)
                if agent.get("staff_no"):
                    from kiosk.store import audit

                    audit.append(db, actor_type="staff", actor=agent["staff_no"], action="staff_confirmed_identity",
                                 subject=filing.person_key, detail={"filing_id": filing.id})
                return filing.id, message.msgid, filing.created_at

        def queued(result):
            from kiosk.core.receipt import filing_receipt
            from kiosk.flows.my_filings import receipt_reference

            filing_id, msgid, created_at = result
            session.last_filing = (filing_id, created_at)
            session.receipt = filing_receipt(request, receipt_reference(msgid), QT_TRANSLATE_NOOP("receipt", "已受理"),
                                             config.terminal_id)
            sentence, values = wizard.expectation()
            done = self.screens["filing_done"]
            done.show_result(self.tr("已受理，正在上传到医保系统……"), translated("filing", sentence).format(**values),
                             receipt_reference(msgid), True)
            self.go("filing_done", remember=False)
            QTimer.singleShot(3000, self, lambda: self._check_delivery(filing_id))  # dropped if the window goes

        self.runner.run(queue, queued, self._announce_bug, owner=self)

    def _check_delivery(self, filing_id: int) -> None:
        services = self.ctx.services

        def read():
            from kiosk.store.models import Filing

            with services.store()() as db:
                filing = db.get(Filing, filing_id)
                return filing.status, filing.center_sn, (filing.payload.get("refusal") or {}).get("reason", "")

        def show(state):
            if self.current.name != "filing_done":
                return
            status, center_sn, reason = state
            done = self.screens["filing_done"]
            refused = translated("errors", CATALOGUE.get(f"refused_{reason}", CATALOGUE["center_rejected"]))
            text = {"accepted": self.tr("医保系统已经受理了。"), "refused": refused,
                    "withdrawn": self.tr("已经撤销了。")}.get(status, self.queued_offline_message())
            done.status.setText(text)
            if center_sn:
                done.reference.setText(self.tr("备案号：{sn}").format(sn=center_sn))
            self.announce(text)

        self.runner.run(read, show, lambda _: None, owner=self)

    def undo_filing(self) -> None:
        from kiosk.flows.filing_wizard import can_change_or_cancel

        last = self.session.last_filing
        if last is None:
            return
        filing_id, submitted_at = last
        services, config = self.ctx.services, self.config
        rules = self.session.wizard.rules

        def revoke():
            from kiosk.store.models import Filing
            from kiosk.sync.outbox import queue_revoke

            with services.store().begin() as db:
                filing = db.get(Filing, filing_id)
                check = can_change_or_cancel(filing.kind, dt.date.fromisoformat(filing.payload["begndate"]), submitted_at,
                                             dt.datetime.now(), rules)
                if not check.allowed:
                    return check.reason_key
                queue_revoke(db, filing, terminal_id=config.terminal_id)
                return ""

        def done(reason_key):
            screen = self.screens["filing_done"]
            if reason_key:
                self.announce(translated("errors", CATALOGUE[reason_key]))
                return
            screen.status.setText(self.tr("已经撤销了。这次备案不算数。"))
            screen.undo.setVisible(False)
            self.announce(screen.status.text())

        self.runner.run(revoke, done, self._announce_bug, owner=self)

    def revoke_center_filing(self, item) -> None:
        """Cancel a filing the center holds; it travels through the outbox like everything else."""
        services, config, person = self.ctx.services, self.config, self.session.person
        actor_type, actor = self.session.filed_by, self.session.actor  # read here: the job runs off the UI thread

        def revoke():
            from kiosk.store.keys import person_key, terminal_secret
            from kiosk.sync.outbox import queue_center_revoke

            with services.store().begin() as db:
                queue_center_revoke(db, kind=item.kind, certno=person.certno, sn=item.sn, terminal_id=config.terminal_id,
                                    person=person_key(terminal_secret(config.home), person.certno),
                                    actor_type=actor_type, actor=actor)

        def done(_):
            screen = self.screens["my_filings"]
            screen.status.setText(self.tr("已提交取消。医保系统处理后，这个备案就不再有效。"))
            screen.cancel.setEnabled(False)
            self.announce(screen.status.text())

        self.runner.run(revoke, done, self._announce_bug, owner=self)

    def _announce_bug(self, _error=None) -> None:
        """A background job failed unexpectedly (logged with its trace by the runner): ask for staff."""
        self.announce(translated("errors", CATALOGUE["bug"]))

    def filing_stopped(self) -> None:
        wizard = self.session.wizard
        needs_paper = wizard is not None and wizard.needs_authorisation and wizard.cancelled and wizard.answers.get("authorisation") != "seen"
        self.session.wizard = None
        self.go_home()
        self.announce(self.tr("没有委托书不能代办。请按呼叫工作人员，我们来帮您。") if needs_paper
                      else self.tr("已经取消了，什么都没有提交。"))

    def go_home(self) -> None:
        self._history.clear()
        self.go("home", remember=False)

    def announce(self, text: str, priority: Priority = Priority.PROMPT) -> None:
        """Say something 重听 should be able to repeat (a script, an error, a read-back)."""
        self.last_prompt = text
        self.speech.say(text, priority)

    def repeat(self) -> None:
        """重听: the last prompt, not the acknowledgement of a bar button."""
        self.speech.say(self.last_prompt or self.current.script(), Priority.PROMPT)

    def _show_caption(self, text: str, span: tuple[int, int] | None) -> None:
        """The caption shows what is said: the sentence being read (read-along), or page by page."""
        self.caption.say(text, span)
        self.sound_note.setText(self.tr(self.speech.captions_only_reason) if self.speech.captions_only_reason else "")

    def toggle_slow(self) -> None:
        self.speech.set_rate(DEFAULT_RATE if self.speech.rate != DEFAULT_RATE else SLOW_RATE)
        self._build_bottom_bar()
        self.speech.say(self.tr("好的，我说慢一点。") if self.speech.rate != DEFAULT_RATE else self.tr("好的，恢复正常语速。"),
                        Priority.PROMPT)

    def apply_display(self, **changes) -> None:
        """Language, scale, theme or mode changed: restyle and rebuild the screens."""
        self.display.update({k: v for k, v in changes.items() if v is not None})
        current = self.current.name if self.stack.currentWidget() else "home"
        self._apply_style()
        self._build_screens()
        self.go(current, remember=False)

    def on_scanned(self, text: str) -> None:
        """A scanner module read a code (keyboard wedge or serial): the same path as the camera."""
        if self.current.name not in ("scan", "home", "id_entry"):
            return  # mid-service: a stray scan must not throw away what the person is doing
        if self.current.name != "scan":
            self.go("scan")
        self.screens["scan"].handle_code(text)

    def refresh_sync_note(self) -> None:
        services = self.ctx.services
        if not services.is_open():
            return
        # owned by the window: a count that arrives after the window is gone is dropped
        self.runner.run(lambda: _outbox_status(services), self._show_sync_note, lambda _: None, owner=self)

    def _show_sync_note(self, state: dict) -> None:
        waiting = state["pending"] + state["dead"]
        notes = [self.tr("待上传 {n} 件").format(n=waiting)] if waiting else []
        if not state.get("audit_intact", True):
            notes.append(self.tr("审计记录异常，请联系管理员"))
        self.sync_note.setText(" · ".join(notes))

    def exit_kiosk(self) -> None:
        """Only after a staff sign-in: audited, then the kiosk closes cleanly (exit 0), which the
        service unit does not restart; a crash or a frozen screen it does."""
        staff_no = self.session.agent.get("staff_no") if self.session.filed_by == "staff" else None
        if not staff_no:
            return
        services = self.ctx.services
        self.runner.run(lambda: _audit_event(services, actor_type="staff", actor=staff_no, action="staff_exit_kiosk",
                                             subject="kiosk"),
                        lambda _: self.exit_requested.emit(), self._announce_bug, owner=self)

    # -- staff call ----------------------------------------------------------------
    def call_staff(self) -> None:
        self.staff_call_active = True
        self.staff_overlay.show_over(self.stack)
        QApplication.beep()
        self.speech.say(self.tr("已经呼叫工作人员。请在这里稍等，工作人员马上过来。"), Priority.ALERT)
        log.warning("staff call from screen %s", self.current.name)
        screen = self.current.name
        services = self.ctx.services
        self.runner.run(lambda: _audit_event(services, actor_type="self", actor="kiosk", action="staff_call", subject=screen),
                        lambda _: None, lambda _: None)
        self.staff_called.emit()

    def cancel_staff_call(self) -> None:
        self.speech.stop()
        self.staff_call_active = False
        self.staff_overlay.hide()
        self.speech.say(self.tr("好的，已取消呼叫。"), Priority.PROMPT)

    # -- idle ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.idle.touch(self._clock())
        focus = QApplication.focusWidget()
        if event.type() == QEvent.Type.KeyPress and (watched is focus or (focus is None and watched is self)):
            # once per key: the focused widget sees it once; its parents and the QWindow are skipped
            key_text = "\r" if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) else event.text()
            code = self._wedge.feed(key_text, self._clock())
            if code is not None:
                self.on_scanned(code)
                return True
            return self._keypad_navigation(event)
        elif event.type() == QEvent.Type.Resize and watched is self.stack:
            # the caption grows and shrinks with what is said: overlays follow the screen area
            for overlay in (self.idle_overlay, self.staff_overlay):
                overlay.setGeometry(self.stack.geometry())
        return False

    # -- keypad-only use: arrows move, Enter presses, Esc is 返回, digits type ---------------
    def _keypad_navigation(self, event) -> bool:
        """For the terminal's physical keypad (blind users): every flow works with arrows,
        Enter, Back and digits. Moving the focus says where it landed."""
        key = event.key()
        focus = QApplication.focusWidget() or self.focusWidget()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Right):
            # forward is the reading direction: in Uyghur (right to left) that is the left arrow
            forward_key = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
            self.focusNextPrevChild(key in (Qt.Key.Key_Down, forward_key))
            landed = QApplication.focusWidget() or self.focusWidget()
            if landed is not None:
                self.speech.say(landed.accessibleName() or landed.objectName(), Priority.PROMPT)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(focus, QAbstractButton) and focus.isEnabled():
                focus.click()
            return True
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_Back):
            if self.staff_overlay.isVisible():
                self.cancel_staff_call()
            elif self.idle_overlay.isVisible():
                self.extend_session()
            else:
                self.back()
            return True
        typed = {Qt.Key.Key_Backspace: "DEL", Qt.Key.Key_Asterisk: "X", Qt.Key.Key_X: "X"}.get(key, event.text())
        if typed in {*"0123456789", "X", "DEL"}:
            keypad = next((k for k in self.current.findChildren(Keypad) if k.isVisible()), None)
            target = keypad.findChild(QAbstractButton, f"key_{typed}") if keypad is not None else None
            if target is not None and target.isEnabled():
                target.click()  # the same path as a touch: read back, shown, checked
                return True
        return False

    def _idle_tick(self) -> None:
        now = self._clock()
        outcome = self.idle.tick(now)
        if outcome is IdleEvent.WARN:
            seconds = round(self.idle.seconds_left(now))
            self.idle_overlay.message.setText(self.idle_message(seconds))
            self.idle_overlay.show_over(self.stack)
            self.speech.say(self.tr("您还在用吗？还要用的话，请按屏幕中间的继续。"), Priority.ALERT)
            self.idle_warned.emit()
        elif outcome is IdleEvent.RESET:
            self.reset_session()

    def queued_offline_message(self) -> str:
        return self.tr("已受理，网络恢复后自动上传，不用再来办。")

    def idle_message(self, seconds: int) -> str:
        return self.tr("没有操作的话，{n} 秒后会回到首页，刚才的信息会清除。").format(n=seconds)

    def extend_session(self) -> None:
        self.speech.stop()  # the warning has done its job
        if self.idle.extend(self._clock()):
            self.idle_overlay.hide()
            self.speech.say(self.tr("好的，请继续。"), Priority.PROMPT)
        else:
            self.reset_session()

    def reset_session(self) -> None:
        """Wipe everything personal: flows, widgets (rebuilt), speech history, display choices."""
        self.idle_overlay.hide()
        self.staff_overlay.hide()
        self.staff_call_active = False
        self.session.clear()
        self.speech.stop()
        self.speech.set_rate(DEFAULT_RATE)
        self.speech.forget()  # also puts the volume back to its default
        self.caption.say("", None)
        self.last_prompt = ""
        self._history.clear()
        self.display = {"locale": self.config.locale, "scale": self.config.scale, "theme": self.config.theme,
                        "mode": self.config.mode}
        self._apply_style()
        self._build_screens()
        self.idle.start(self._clock())
        self.go("home", remember=False)
        log.info("session reset")
        self.session_reset.emit()

    def closeEvent(self, event) -> None:
        """The window going away releases the camera and stops the screen's worker threads
        (a face check's frames must not outlive it)."""
        if self.stack.currentWidget() is not None:
            self.current.leave()
        super().closeEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event) -> None:
        self.current.leave()
        QApplication.instance().removeEventFilter(self)
        self._idle_timer.stop()
        super().closeEvent(event)


class LazyScreens(Mapping):
    """Screens are built on first use: start-up builds only home (cold start), and a session
    reset drops whatever was built. Iterating builds them all (tests, audits)."""

    def __init__(self, factories: dict[str, Callable[[], Screen]], on_build: Callable[[Screen], None]):
        self._factories = factories
        self._on_build = on_build
        self._built: dict[str, Screen] = {}

    def __getitem__(self, name: str) -> Screen:
        if name not in self._built:
            screen = self._factories[name]()
            self._built[name] = screen
            self._on_build(screen)
        return self._built[name]

    def __iter__(self):
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def built(self) -> list[Screen]:
        return list(self._built.values())


def _diseases(payload: dict) -> tuple[tuple[str, str], ...]:
    return tuple((d["code"], d["name"]) for d in payload.get("cross_province", []) + payload.get("local", []))


def _camera_from_config(config: Config):
    def open_camera():
        from kiosk.devices.camera import CameraUnavailable, OpenCvCamera

        if config.camera == "none":
            raise CameraUnavailable("no camera configured")
        return OpenCvCamera(int(config.camera))

    return open_camera


def _printer_from_config(config: Config):
    if not config.printer:
        return None
    from kiosk.devices.printer import EscPosPrinter

    return EscPosPrinter(config.printer)


def _outbox_status(services: Services) -> dict:
    from kiosk.sync import outbox

    with services.store()() as session:
        return {**outbox.status(session), "audit_intact": services.audit_intact}


def _audit_event(services: Services, **event) -> None:
    """Blocking (worker thread): one audit event in its own transaction."""
    from kiosk.store import audit

    with services.store().begin() as session:
        audit.append(session, **event)
