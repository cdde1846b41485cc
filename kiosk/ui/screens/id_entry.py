"""Enter an ID number on a big keypad, then look the person up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.flows.balance import Step
from kiosk.ui.card_pickup import CardPickup
from kiosk.ui.i18n import translated
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, label
from kiosk.ui.widgets.keypad import Keypad


class IdEntryScreen(Screen):
    name = "id_entry"

    def title(self) -> str:
        return self.tr("请输入身份证号码")

    @property
    def flow(self):
        return self.ctx.session.balance

    def build(self) -> None:
        self.hint = label(self.tr("对照身份证，一个一个点下面的数字。"), "hint", name="id_hint")
        self.layout_.addWidget(self.hint)
        self.entry = label("", "entry", name="id_entry_digits", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.entry.setAccessibleName(self.tr("已输入的号码"))
        self.layout_.addWidget(self.entry)
        self.counter = label("", "hint", name="id_counter")
        self.layout_.addWidget(self.counter)
        self.error = label("", "error", name="id_error")
        self.layout_.addWidget(self.error)
        keypad = Keypad()
        keypad.key_pressed.connect(self._key)
        self.layout_.addWidget(keypad, 1)
        actions = QWidget(objectName="id_actions")
        row = QHBoxLayout(actions)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.clear_button = button(self.tr("清空重输"), name="id_clear", role="secondary")
        self.clear_button.clicked.connect(self._clear)
        self.submit_button = button(self.tr("确定，查询"), name="id_submit", role="accent")
        self.submit_button.clicked.connect(self._submit)
        row.addWidget(self.clear_button, 1)
        row.addWidget(self.submit_button, 2)
        self.layout_.addWidget(actions)
        self.pickup = CardPickup(self, self._card_error)  # a card laid down while typing is taken instead
        self._refresh()

    def script(self) -> str:
        return self.tr(
            "第一步，确认是您本人：请输入身份证号码。对照身份证，一个一个点数字，一共十八位。"
            "输错了可以按删除，或者按清空重输。输完请按确定。"
        )

    def on_enter(self) -> None:
        self._refresh()
        self.pickup.start()

    def leave(self) -> None:
        self.pickup.stop()

    def _clear(self) -> None:
        self.flow.clear_digits()
        self._refresh()
        self.speak(self.tr("已经清空了，请从第一位重新输入。"))

    def _card_error(self, key: str) -> None:
        self.flow.error_key = key
        self._refresh()
        self.speak(self._error_text())

    def load_demo(self, demo) -> None:
        self.flow.clear_digits()
        for key in demo["certno"][:10]:
            self.flow.press(key)
        self._refresh()

    def _key(self, key: str) -> None:
        before = len(self.flow.digits)
        self.flow.press(key)
        self._refresh()
        if len(self.flow.digits) < before:
            self.speak(self.tr("删掉了一位，还有{n}位").format(n=self.read.integer(len(self.flow.digits))))
        elif len(self.flow.digits) > before:
            self.speak(self.read.digits(key))  # each key read back as it is pressed

    def _submit(self) -> None:
        flow = self.flow
        if not flow.submit():
            self._refresh()
            self.speak(self._error_text())
            return
        self.submit_button.setEnabled(False)
        self.counter.setText(self.tr("正在查询，请稍等……"))
        self.speak(self.tr("您输入的是：{number}。正在查询，请稍等。").format(number=self.read.id_number(flow.digits)))
        ctx, certno = self.ctx, flow.digits
        self._certno = certno
        self.run(lambda: ctx.ops.lookup_by_id_number(certno), self._found, self._not_found)

    def _found(self, person) -> None:
        self._refresh()
        # typed: a claim, confirmed by the face check or staff before anything personal (the journey's rule)
        self.done("identified", person=person, by="typed", certno=self._certno)

    def _not_found(self, error) -> None:
        self.flow.lookup_failed(error)
        self._refresh()
        self.speak(self._error_text())

    def _error_text(self) -> str:
        sentence = self.flow.error_sentence
        return translated("errors", sentence) if sentence else ""

    def _refresh(self) -> None:
        flow = self.flow
        self.entry.setText(flow.digits_grouped or " ")
        self.counter.setText(self.tr("一共18位，已经输了 {n} 位").format(n=len(flow.digits)))
        sentence = self._error_text()
        self.error.setText(("⚠ " + sentence) if sentence else "")
        # once typing has begun the counter and the error guide; the keypad keeps its room
        self.hint.setVisible(not flow.digits and not sentence)
        self.submit_button.setEnabled(flow.step is Step.ENTER_ID)
        self.clear_button.setEnabled(flow.step is Step.ENTER_ID and bool(flow.digits))
