"""家人/工作人员代办: who is helping, then which service; the person is identified next.

A family member gives their own ID number and relation (recorded as the agent);
hall staff sign in with staff number and PIN (Argon2id, lockout). The PIN is
shown as dots and never spoken.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.core import idnumber
from kiosk.core.masking import mask_id
from kiosk.devices.cards import readers_from
from kiosk.ui.card_watcher import CardWatcher
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, clear_grid, fill_grid, label
from kiosk.ui.widgets.keypad import Keypad

# recorded in Chinese (the center's value); the buttons show them translated
RELATIONS = (
    QT_TRANSLATE_NOOP("ProxyScreen", "配偶"),
    QT_TRANSLATE_NOOP("ProxyScreen", "子女"),
    QT_TRANSLATE_NOOP("ProxyScreen", "父母"),
    QT_TRANSLATE_NOOP("ProxyScreen", "其他亲属"),
)


class ProxyScreen(Screen):
    name = "proxy"

    def title(self) -> str:
        return self.tr("家人/工作人员代办")

    def build(self) -> None:
        self.prompt = label("", "hint", name="proxy_prompt")
        self.layout_.addWidget(self.prompt)
        self.entry = label("", "entry", name="proxy_entry", wrap=False)
        self.layout_.addWidget(self.entry)
        self.error = label("", "error", name="proxy_error")
        self.layout_.addWidget(self.error)
        self.body = QWidget(objectName="proxy_body")
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self.layout_.addWidget(self.body, 1)
        # the family member's own 身份证 or 社保卡, where they have one, rather than a typed number
        self.agent_cards = CardWatcher(lambda: readers_from(self.ctx.config), self.ctx.config.card_poll_s, self)
        self.agent_cards.presented.connect(self._agent_card)
        self.agent_cards.failed.connect(lambda key: self.say_error(self.error, key))
        self._phase("role")

    def on_enter(self) -> None:
        self._phase("staff_no" if self.confirming else "role")

    @property
    def confirming(self) -> str:
        """Asked by the journey: a staff member confirms who an identified person is ("identity"),
        or that they saw a family member's signed authorisation ("authorisation")."""
        return self.ctx.session.confirm_by_staff

    def leave(self) -> None:
        self.ctx.session.confirm_by_staff = ""
        self.agent_cards.stop()

    # -- phases ----------------------------------------------------------------------------
    def _phase(self, phase: str) -> None:
        self.phase = phase
        self.digits = ""
        self.error.setText("")
        clear_grid(self.grid)
        self.entry.setVisible(phase in ("family_id", "staff_no", "staff_pin"))
        if phase == "family_id":
            self.agent_cards.start()
        else:
            self.agent_cards.stop()
        getattr(self, f"_show_{phase}")()
        self._refresh_entry()

    def _buttons(self, items, columns: int = 1) -> None:
        fill_grid(self.grid, [(name, text, action, "secondary") for name, text, action in items], columns)

    def _keypad(self, on_done, allow_x: bool) -> None:
        keypad = Keypad()
        keypad.findChild(QWidget, "key_X").setEnabled(allow_x)
        keypad.key_pressed.connect(self._key)
        self.grid.addWidget(keypad, 0, 0)
        done = button(self.tr("确定"), name="proxy_next", role="accent")
        done.clicked.connect(on_done)
        self.grid.addWidget(done, 1, 0)
        keypad.show()
        done.show()

    def _show_role(self) -> None:
        self.prompt.setText(self.tr("您是谁？"))
        self._buttons(
            [
                ("proxy_family", self.tr("我是老人的家人"), lambda: self._phase("family_id")),
                ("proxy_staff", self.tr("我是大厅工作人员"), lambda: self._phase("staff_no")),
            ]
        )

    def _show_family_id(self) -> None:
        self.prompt.setText(self.tr("请刷您自己的身份证，或者输入您自己的身份证号码（代办人）"))
        self._keypad(self._family_id_done, allow_x=True)

    def _show_relation(self) -> None:
        self.prompt.setText(self.tr("您是老人的什么人？"))
        self._buttons(
            [(f"relation_{n}", self.tr(r), lambda _=False, r=r: self._relation(r)) for n, r in enumerate(RELATIONS)],
            columns=2,
        )

    def _show_staff_no(self) -> None:
        prompts = {
            "identity": self.tr("请工作人员输入工号，确认身份"),
            "authorisation": self.tr("请工作人员看过老人签字的委托书，再输入工号确认"),
        }
        self.prompt.setText(prompts.get(self.confirming, self.tr("请输入工号")))
        self._keypad(lambda: self._phase_keep("staff_pin"), allow_x=False)

    def _show_staff_pin(self) -> None:
        self.prompt.setText(self.tr("请输入密码（不会读出来）"))
        self._keypad(self._staff_sign_in, allow_x=False)

    def _show_service(self) -> None:
        self.prompt.setText(self.tr("要帮忙办哪一件事？"))
        services = [
            ("proxy_yidi", self.tr("异地就医备案"), lambda: self._service("yidi")),
            ("proxy_chronic", self.tr("慢特病备案"), lambda: self._service("chronic")),
        ]
        if self.ctx.session.filed_by == "staff":
            services.append(("proxy_queue", self.tr("查看待上传的备案"), lambda: self.done("staff_queue")))
            services.append(("proxy_exit", self.tr("退出自助模式（维护）"), self._exit_kiosk))
        self._buttons(services)

    # -- input -------------------------------------------------------------------------------
    def _key(self, key: str) -> None:
        if key == "DEL":
            self.digits = self.digits[:-1]
        elif len(self.digits) < 18:
            self.digits += key
            # a PIN is never spoken; other entries are read back digit by digit
            self.speak(
                self.tr("已输入{n}位").format(n=self.read.integer(len(self.digits)))
                if self.phase == "staff_pin"
                else self.read.digits(key)
            )
        self._refresh_entry()

    def _refresh_entry(self) -> None:
        shown = "●" * len(self.digits) if self.phase == "staff_pin" else self.digits
        self.entry.setText(shown or " ")

    def _agent_card(self, card) -> None:
        """The family member's own card: their number is read, not typed (and not looked up: they
        act for the elder, whose identity is settled separately)."""
        if self.phase != "family_id":
            return
        self.digits = card.certno if card.kind == "idcard" else card.ssn
        self._family_id_done()

    def _family_id_done(self) -> None:
        try:
            self.agent_certno = idnumber.validate(self.digits)
        except idnumber.IdNumberError as err:
            self.say_error(self.error, err.reason)
            return
        self._phase("relation")

    def _relation(self, relation: str) -> None:
        session = self.ctx.session
        session.filed_by = "family"
        session.agent = {
            "name": "家属" + mask_id(self.agent_certno)[-4:],
            "certno": self.agent_certno,
            "relation": relation,
        }
        self._phase("service")
        self.speak(self.script())

    def _phase_keep(self, phase: str) -> None:
        """Keep what was typed (the staff number) across the phase change, which clears the entry."""
        typed = self.digits
        self._phase(phase)
        self.staff_no = typed

    def _staff_sign_in(self) -> None:
        staff_no, pin = self.staff_no, self.digits
        self.digits = ""
        self._refresh_entry()
        ctx = self.ctx
        self.run(
            lambda: ctx.ops.staff_sign_in(staff_no, pin),
            lambda outcome: self._signed_in(staff_no, outcome),
            lambda _e: self.say_error(self.error, "bug"),
        )

    def _signed_in(self, staff_no: str, outcome: str) -> None:
        if outcome == "ok" and self.confirming == "authorisation":
            self._authorisation_seen(staff_no)
        elif outcome == "ok" and self.confirming:
            self._confirmed_by(staff_no)
        elif outcome == "ok":
            session = self.ctx.session
            session.filed_by, session.agent = "staff", {"name": "工作人员", "staff_no": staff_no}
            self._phase("service")
            self.speak(self.script())
        else:
            self.say_error(self.error, "staff_locked" if outcome == "locked" else "staff_wrong")

    def _service(self, purpose: str) -> None:
        self.done("service", purpose=purpose)

    def _confirmed_by(self, staff_no: str) -> None:
        """Audited (which staff member, for whom, why), then on to the service."""
        session, ctx = self.ctx.session, self.ctx
        certno = session.claimed_certno or session.person.certno
        why = "typed_number" if session.identified_by == "typed" else "face_fallback"
        self.run(
            lambda: ctx.ops.confirm_identity(
                certno, how="staff", actor_type="staff", actor=staff_no, detail={"why": why}
            ),
            lambda _: None,
            lambda _e: self.say_error(self.error, "bug"),
        )
        self.done("identity_confirmed")

    def _authorisation_seen(self, staff_no: str) -> None:
        """Audited: which staff member saw the elder's signed authorisation, for whom."""
        session, ctx = self.ctx.session, self.ctx
        certno = session.claimed_certno or session.person.certno
        self.run(
            lambda: ctx.ops.confirm_identity(
                certno,
                how="authorisation",
                actor_type="staff",
                actor=staff_no,
                detail={"agent_relation": session.agent.get("relation", "")},
            ),
            lambda _: None,
            lambda _e: self.say_error(self.error, "bug"),
        )
        self.done("authorisation_seen", staff_no=staff_no)

    def _exit_kiosk(self) -> None:
        """Only after a staff sign-in: audited, then the kiosk closes cleanly (exit 0), which the
        service unit does not restart; a crash or a frozen screen it does."""
        session = self.ctx.session
        staff_no = session.agent.get("staff_no") if session.filed_by == "staff" else None
        if not staff_no:
            return
        ctx = self.ctx
        self.run(
            lambda: ctx.ops.record_kiosk_exit(staff_no),
            lambda _: self.done("exit_kiosk"),
            lambda _e: self.say_error(self.error, "bug"),
        )

    def script(self) -> str:
        steps = {
            "role": self.tr("家人或工作人员代办。请选：我是老人的家人，或者我是大厅工作人员。"),
            "family_id": self.tr("请把您自己的身份证放到读卡器上，或者输入您自己的身份证号码。"),
            "relation": self.tr("您是老人的什么人？可以选配偶、子女、父母、其他亲属。"),
            "staff_no": {
                "identity": self.tr("请工作人员过来，输入工号，确认您的身份。"),
                "authorisation": self.tr("请工作人员过来，看过委托书后输入工号确认。"),
            }.get(self.confirming, self.tr("请输入工号。")),
            "staff_pin": self.tr("请输入密码，密码不会读出来。"),
            "service": self.tr(
                "要帮忙办哪一件事？异地就医备案，还是慢特病备案？下一步请老人刷身份证、插社保卡、出示医保码，或者输入老人的身份证号码。"
            ),
        }
        return steps.get(getattr(self, "phase", "role"), self.title())
