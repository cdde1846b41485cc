"""The 备案 wizard screen: renders whatever step the Qt-free FilingWizard is on,
and the result screen that says what happened and what to expect."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.core import filing_status
from kiosk.core.errors import CATALOGUE
from kiosk.core.filing import FilingError, add_months
from kiosk.core.receipt import RECEIPT_STATUS, filing_receipt
from kiosk.flows.my_filings import receipt_reference
from kiosk.ui.i18n import (
    COMMA,
    SEMICOLON,
    as_name,
    data_word,
    join_list,
    join_sentences,
    labelled,
    mark,
    place_name,
    shown_date,
    translated,
)
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, clear_grid, fill_grid, label
from kiosk.ui.widgets.keypad import Keypad


def _t(text: str) -> str:
    return translated("filing", text)


def _value(key: str, text: str) -> str:
    """A choice or a reviewed answer as shown: places in the reader's script, hospitals as names,
    the center's filing types in plain words, the rest translated."""
    if key in ("province", "mdtrt_admdvs"):
        return place_name(text)
    if key == "hospital":
        return as_name(text)
    plain = data_word(text)
    return plain if plain != text else _t(text)


def _grouped_phone(digits: str) -> str:
    """The person's own entry in 3-4-4 groups, to compare with their phone (shown, never masked)."""
    return " ".join(part for part in (digits[:3], digits[3:7], digits[7:]) if part)


class FilingScreen(Screen):
    name = "filing"

    def title(self) -> str:
        return self.tr("备案")

    @property
    def wizard(self):
        return self.ctx.session.wizard

    def build(self) -> None:
        self.counter = label("", "hint", name="filing_counter")
        self.layout_.insertWidget(0, self.counter)
        self.error = label("", "error", name="filing_error")
        self.layout_.addWidget(self.error)
        self.body = QWidget(objectName="filing_body")
        self.body_layout = QGridLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(16)
        self.layout_.addWidget(self.body, 1)
        self._digits = ""
        self._date: dt.date | None = None

    # -- rendering ------------------------------------------------------------------------
    def on_enter(self) -> None:
        wizard, session = self.wizard, self.ctx.session
        if wizard is not None and session.authorisation_seen_by and wizard.current.key == "authorisation":
            # back from the proxy screen, where a staff member signed in having seen the authorisation
            wizard.authorisation_seen_by = session.authorisation_seen_by
            wizard.answer("seen")
        self.render()

    def render(self) -> None:
        wizard = self.wizard
        clear_grid(self.body_layout)
        if wizard is None:
            return
        step = wizard.current
        service = self.tr("异地就医备案") if wizard.family == "yidi" else self.tr("慢特病备案")
        self.counter.setText(
            self.tr("{service} · 第 {n} 步，共 {total} 步").format(
                service=service, n=wizard.step_number, total=wizard.total_steps
            )
        )
        self.title_label.setText(_t(step.question))
        key = wizard.error_key
        self.error.setText("⚠ " + translated("errors", CATALOGUE[key]) if key else "")
        getattr(self, f"_render_{step.kind}")(step)

    def _add(self, widget, row: int, col: int = 0, span: int = 1) -> None:
        self.body_layout.addWidget(widget, row, col, 1, span)
        widget.show()  # a layout shows new children of a visible screen only later; show them now

    def _render_choice(self, step) -> None:
        self.body_layout.setSpacing(16)
        columns = 1 if len(step.choices) <= 4 else (2 if len(step.choices) <= 12 else 3)
        fill_grid(
            self.body_layout,
            [
                (
                    f"choice_{choice.key}",
                    _value(step.key, choice.label) + (("\n" + _t(choice.hint)) if choice.hint and columns == 1 else ""),
                    lambda _=False, key=choice.key: self._answer(key),
                    "secondary",
                )
                for choice in step.choices
            ],
            columns,
        )

    def _render_date(self, step) -> None:
        answers = self.wizard.answers
        self._date = answers.get(step.key) or (
            add_months(answers["begndate"], self.wizard.rules.temporary_min_months)
            if step.key == "enddate"
            else self.wizard.today
        )
        self.date_label = label("", "entry", name="filing_date", wrap=False)
        self._add(self.date_label, 0, 0, 2)
        for index, (name, text, days, months) in enumerate(
            [
                ("date_minus_day", self.tr("前一天"), -1, 0),
                ("date_plus_day", self.tr("后一天"), 1, 0),
                ("date_minus_month", self.tr("前一个月"), 0, -1),
                ("date_plus_month", self.tr("后一个月"), 0, 1),
                ("date_minus_year", self.tr("前一年"), 0, -12),
                ("date_plus_year", self.tr("后一年"), 0, 12),
            ]
        ):
            shift = button(text, name=name, role="secondary")
            shift.clicked.connect(lambda _=False, d=days, m=months: self._shift_date(d, m))
            self._add(shift, 1 + index // 2, index % 2)
        ok = button(self.tr("就是这一天"), name="filing_next", role="accent")
        ok.clicked.connect(lambda: self._answer(self._date))
        self._add(ok, 4, 0, 2)
        self.body_layout.setRowStretch(5, 1)
        for column in (0, 1):
            self.body_layout.setColumnStretch(column, 1)  # earlier and later the same size in every language
        self._show_date()

    def _shift_date(self, days: int, months: int) -> None:
        self._date = add_months(self._date, months) + dt.timedelta(days=days)
        self._show_date()
        self.speak(self.read.date(self._date))

    def _show_date(self) -> None:
        # a Qt date format, translated: the order and month names differ by language
        self.date_label.setText(shown_date(self._date, self.tr("yyyy年M月d日")))

    def _render_phone(self, step) -> None:
        self._digits = self.wizard.answers.get("tel", "")
        self.body_layout.setSpacing(8)  # the number, the keypad and 输好了 must fit at the largest text size
        entry = QWidget()
        line = QHBoxLayout(entry)  # the number and its count side by side: the keypad keeps its room
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(16)
        self.phone_label = label("", "entry", name="filing_phone", wrap=False)
        self.phone_count = label("", "dense", name="filing_phone_count")
        line.addWidget(self.phone_label, 3)
        line.addWidget(self.phone_count, 2)
        self._add(entry, 0)
        keypad = Keypad(with_x=False)
        keypad.key_pressed.connect(self._phone_key)
        self._add(keypad, 1)
        ok = button(self.tr("输好了"), name="filing_next", role="accent")
        ok.clicked.connect(lambda: self._answer(self._digits))
        self._add(ok, 2)
        self.body_layout.setRowStretch(3, 1)
        self._show_phone()

    def _phone_key(self, key: str) -> None:
        if key == "DEL":
            self._digits = self._digits[:-1]
        elif key.isdigit() and len(self._digits) < 11:
            self._digits += key
            self.speak(self.read.digits(key))
        self._show_phone()

    def _show_phone(self) -> None:
        self.phone_label.setText(_grouped_phone(self._digits) or " ")
        self.phone_count.setText(self.tr("一共11位，已经输了{n}位").format(n=len(self._digits)))

    def _render_notice(self, step) -> None:
        items = self.wizard.notice_items()
        self._add(label("\n".join(f"• {_t(item)}" for item in items), "dense", name="filing_notice"), 0)
        ok = button(self.tr("知道了，下一步"), name="filing_next", role="accent")
        ok.clicked.connect(lambda: self._answer(None))
        self._add(ok, 1)
        self.body_layout.setRowStretch(2, 1)

    def _render_review(self, step) -> None:
        self.body_layout.setSpacing(8)  # six rows and the actions must fit at the largest text size
        answers = self.wizard.answers
        for index, (key, caption, value) in enumerate(self.wizard.review_rows()):
            if key in ("begndate", "enddate"):
                value = shown_date(answers[key], self.tr("yyyy年M月d日"))
            elif key == "tel":
                value = _grouped_phone(answers.get("tel", ""))  # just typed: checked against the phone in hand
            else:
                value = _value(key, value)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(label(labelled(_t(caption), value), "", name=f"review_{key}"), 1)
            change = button(self.tr("修改"), name=f"edit_{key}", role="secondary")
            change.setAccessibleName(self.tr("修改{what}").format(what=_t(caption)))
            change.clicked.connect(lambda _=False, k=key: self._edit(k))
            line.addWidget(change)
            self._add(row, index)
        actions = QWidget()
        line = QHBoxLayout(actions)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(16)
        cancel = button(self.tr("取消，不办了"), name="filing_cancel", role="secondary")
        cancel.clicked.connect(self._cancel)
        submit = button(self.tr("提交"), name="filing_submit", role="accent")
        submit.clicked.connect(self._submit)
        line.addWidget(cancel)
        line.addWidget(submit)
        self._add(actions, len(self.wizard.review_rows()) + 1)
        self.body_layout.setRowStretch(len(self.wizard.review_rows()), 1)

    # -- actions -------------------------------------------------------------------------
    def _answer(self, value) -> None:
        wizard = self.wizard
        if wizard.current.key == "authorisation" and value == "seen" and not wizard.authorisation_seen_by:
            self.done("authorisation_check")  # a staff member signs in to say they saw it
            return
        wizard.answer(value)
        if wizard.cancelled:
            self._stopped()
            return
        self.render()
        self.speak(self.script())

    def _edit(self, key: str) -> None:
        self.wizard.edit(key)
        self.render()
        self.speak(self.script())

    def _cancel(self) -> None:
        self.wizard.cancel()
        self._stopped()

    def _stopped(self) -> None:
        wizard = self.wizard
        needs_paper = wizard.needs_authorisation and wizard.answers.get("authorisation") != "seen"
        self.ctx.session.wizard = None
        self.done(
            "stopped",
            say=self.tr("没有委托书不能代办。请按呼叫工作人员，我们来帮您。")
            if needs_paper
            else self.tr("已经取消了，什么都没有提交。"),
        )

    def _submit(self) -> None:
        """The filing, its message and its audit event are saved here in one transaction; the
        done screen then says truthfully where it is (saved here, delivered, decided)."""
        wizard, session, ctx = self.wizard, self.ctx.session, self.ctx
        try:
            request = wizard.request()
        except FilingError as error:
            self.speak(translated("errors", CATALOGUE.get(error.key, CATALOGUE["bug"])))
            return
        replaces = wizard.replaces

        def queued(result) -> None:
            session.filing_result = result
            session.receipt = filing_receipt(
                request,
                receipt_reference(result.msgid),
                filing_status.SHORT[filing_status.SAVED],
                ctx.config.terminal_id,
            )
            self.done("submitted")

        self.run(
            lambda: ctx.ops.submit_filing(request, replaces=replaces),
            queued,
            lambda _e: self.say_error(self.error, "bug"),
        )

    def script(self) -> str:
        wizard = self.wizard
        if wizard is None:
            return self.title()
        step = wizard.current
        parts = [
            self.tr("第{n}步，共{total}步。").format(
                n=self.read.integer(wizard.step_number), total=self.read.integer(wizard.total_steps)
            ),
            _t(step.question),
        ]
        if wizard.error_key:
            parts.insert(0, translated("errors", CATALOGUE[wizard.error_key]))
        if step.kind == "choice":
            parts.append(self.tr("可以选：") + join_list(_value(step.key, c.label) for c in step.choices))
        elif step.kind == "notice":
            parts.append(join_list((_t(item) for item in wizard.notice_items()), SEMICOLON))
        elif step.kind == "review":
            spoken = {k: self.read.date(wizard.answers[k]) for k in ("begndate", "enddate") if wizard.answers.get(k)}
            parts.append(
                join_list(
                    (
                        _t(caption) + mark(COMMA) + spoken.get(key, _value(key, value))
                        for key, caption, value in wizard.review_rows()
                        if key != "tel"
                    ),
                    SEMICOLON,
                )
            )
            parts.append(self.tr("没问题请按提交，要改请按修改。"))
        elif step.kind == "date":
            parts.append(self.tr("现在选的是{date}。").format(date=self.read.date(self._date or wizard.today)))
        return join_sentences(parts)


class FilingDoneScreen(Screen):
    """Says truthfully where the filing is (saved here, delivered, decided), what happens next and
    how the person learns the outcome; never 已受理 for a filing only saved on this machine."""

    name = "filing_done"
    DELIVERY_CHECK_MS = 3000  # then once more: by then a reachable center has usually answered

    def title(self) -> str:
        return self.tr("备案办理情况")

    def build(self) -> None:
        self.status = label("", "", name="filing_status")
        self.layout_.addWidget(self.status)
        self.expect = label("", "dense", name="filing_expectation")
        self.layout_.addWidget(self.expect)
        self.next_step = label("", "dense", name="filing_next_step")
        self.layout_.addWidget(self.next_step)
        self.reference = label("", "", name="filing_reference")
        self.layout_.addWidget(self.reference)
        self.add_stretch()
        # 打印凭条 only where there is a printer: a promise the machine cannot keep is not made
        printer = self.ctx.devices.printer is not None
        receipt = button(
            self.tr("打印凭条") if printer else self.tr("在屏幕上看凭条"), name="filing_receipt", role="secondary"
        )
        receipt.clicked.connect(lambda: self.done("receipt"))
        self.undo = button(self.tr("刚才办错了，撤销"), name="filing_undo", role="secondary")
        self.undo.clicked.connect(self._undo)
        side_by_side = QHBoxLayout()
        side_by_side.setSpacing(16)
        side_by_side.addWidget(receipt, 1)
        side_by_side.addWidget(self.undo, 1)
        self.layout_.addLayout(side_by_side)
        home = button(self.tr("办完了，退出（清除我的信息）"), name="filing_home", role="accent")
        home.clicked.connect(lambda: self.done("finished"))
        self.layout_.addWidget(home)
        self._check = QTimer(self, singleShot=True, interval=self.DELIVERY_CHECK_MS, timeout=self._check_delivery)
        self._stage = filing_status.SAVED

    def on_enter(self) -> None:
        session = self.ctx.session
        result, wizard = session.filing_result, session.wizard
        if result is None or wizard is None:
            return
        sentence, values = wizard.expectation()
        tel = wizard.answers.get("tel", "")
        self.next_step.setText(
            translated("status", filing_status.NEXT_STEP_SMS).format(tail=tel[-4:])
            if tel
            else translated("status", filing_status.NEXT_STEP)
        )
        self.show_result("queued", _t(sentence).format(**values), receipt_reference(result.msgid), True)
        self._check.start()

    def leave(self) -> None:
        self._check.stop()

    def show_result(self, status: str, expectation: str, reference: str, can_undo: bool, reason: str = "") -> None:
        self._stage = filing_status.stage_of(status)
        self.status.setText(join_sentences([translated("status", filing_status.sentence(status)), reason]))
        self.expect.setText(expectation)
        self.reference.setText(self.tr("回执号：{ref}").format(ref=reference) if reference else "")
        self.undo.setVisible(can_undo)
        self._update_receipt()

    def _update_receipt(self) -> None:
        """The receipt says what this screen says."""
        receipt = self.ctx.session.receipt
        if receipt is not None:
            rows = tuple((k, filing_status.SHORT[self._stage] if k == RECEIPT_STATUS else v) for k, v in receipt.rows)
            self.ctx.session.receipt = dataclasses.replace(receipt, rows=rows)

    def _check_delivery(self) -> None:
        result, ctx = self.ctx.session.filing_result, self.ctx
        if result is None:
            return
        self.run(lambda: ctx.ops.filing_state(result.filing_id), self._show_state, lambda _e: None)

    def _show_state(self, state) -> None:
        reason = (
            translated("errors", CATALOGUE.get(f"refused_{state.reason}", CATALOGUE["center_rejected"]))
            if state.status == "refused"
            else ""
        )
        self.show_result(
            state.status,
            self.expect.text(),
            self._reference_of(),
            self.undo.isVisible() and state.status != "withdrawn",
            reason,
        )
        if state.center_sn:
            self.reference.setText(self.tr("备案号：{sn}").format(sn=state.center_sn))
        if state.status == "queued":
            self._check.start(self.DELIVERY_CHECK_MS * 10)  # still waiting for the network: look again later
        self.speak(self.status.text())

    def _reference_of(self) -> str:
        result = self.ctx.session.filing_result
        return receipt_reference(result.msgid) if result is not None else ""

    def _undo(self) -> None:
        session, ctx = self.ctx.session, self.ctx
        result, rules = session.filing_result, session.wizard.rules if session.wizard else None
        if result is None or rules is None:
            return
        actor_type, actor = session.filed_by, session.actor

        def done(reason_key: str) -> None:
            if reason_key:
                self.speak(translated("errors", CATALOGUE[reason_key]))
                return
            self._check.stop()
            self._stage = filing_status.WITHDRAWN
            self.status.setText(self.tr("已经撤销了。这次备案不算数。"))
            self.next_step.setText("")
            self.undo.setVisible(False)
            self._update_receipt()
            self.speak(self.status.text())

        self.run(
            lambda: ctx.ops.undo_filing(result.filing_id, result.created_at, rules, actor_type=actor_type, actor=actor),
            done,
            lambda _e: self.say_error(self.status, "bug"),
        )

    def script(self) -> str:
        return join_sentences(
            [
                self.status.text(),
                self.expect.text(),
                self.next_step.text(),
                self.tr("要撤销请按撤销。") if self.undo.isVisible() else "",
            ]
        )
