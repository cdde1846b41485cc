"""The 备案 wizard screen: renders whatever step the Qt-free FilingWizard is on,
and the result screen that says what happened and what to expect."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.core.errors import CATALOGUE, QT_TRANSLATE_NOOP
from kiosk.core.filing import FilingError, add_months
from kiosk.core.receipt import filing_receipt
from kiosk.flows.my_filings import receipt_reference
from kiosk.ui.i18n import COMMA, SEMICOLON, join_list, join_sentences, labelled, mark, shown_date, translated
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, clear_grid, fill_grid, label
from kiosk.ui.widgets.keypad import Keypad


def _t(text: str) -> str:
    return translated("filing", text)


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
        self.counter.setText(self.tr("{service} · 第 {n} 步，共 {total} 步").format(service=service, n=wizard.step_number,
                                                                                   total=wizard.total_steps))
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
        fill_grid(self.body_layout, [(f"choice_{choice.key}",
                                      _t(choice.label) + (("\n" + _t(choice.hint)) if choice.hint and columns == 1 else ""),
                                      lambda _=False, key=choice.key: self._answer(key), "secondary")
                                     for choice in step.choices], columns)

    def _render_date(self, step) -> None:
        answers = self.wizard.answers
        self._date = answers.get(step.key) or (add_months(answers["begndate"], self.wizard.rules.temporary_min_months)
                                               if step.key == "enddate" else self.wizard.today)
        self.date_label = label("", "entry", name="filing_date", wrap=False)
        self._add(self.date_label, 0, 0, 2)
        for index, (name, text, days, months) in enumerate([
            ("date_minus_day", self.tr("前一天"), -1, 0), ("date_plus_day", self.tr("后一天"), 1, 0),
            ("date_minus_month", self.tr("前一个月"), 0, -1), ("date_plus_month", self.tr("后一个月"), 0, 1),
        ]):
            shift = button(text, name=name, role="secondary")
            shift.clicked.connect(lambda _=False, d=days, m=months: self._shift_date(d, m))
            self._add(shift, 1 + index // 2, index % 2)
        ok = button(self.tr("就是这一天"), name="filing_next", role="accent")
        ok.clicked.connect(lambda: self._answer(self._date))
        self._add(ok, 3, 0, 2)
        self.body_layout.setRowStretch(4, 1)
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
        self.phone_label = label("", "entry", name="filing_phone", wrap=False)
        self._add(self.phone_label, 0)
        keypad = Keypad()
        keypad.findChild(QWidget, "key_X").setEnabled(False)
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
        d = self._digits  # the person's own entry, shown in 3-4-4 groups to compare with their phone
        self.phone_label.setText(" ".join(part for part in (d[:3], d[3:7], d[7:]) if part) or " ")

    def _render_notice(self, step) -> None:
        items = self.wizard.notice_items()
        self._add(label("\n".join(f"• {_t(item)}" for item in items), "", name="filing_notice"), 0)
        ok = button(self.tr("知道了，下一步"), name="filing_next", role="accent")
        ok.clicked.connect(lambda: self._answer(None))
        self._add(ok, 1)
        self.body_layout.setRowStretch(2, 1)

    def _render_review(self, step) -> None:
        self.body_layout.setSpacing(8)  # six rows and the actions must fit at the largest text size
        for index, (key, caption, value) in enumerate(self.wizard.review_rows()):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(label(labelled(_t(caption), _t(value)), "", name=f"review_{key}"), 1)
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
        self.done("stopped", say=self.tr("没有委托书不能代办。请按呼叫工作人员，我们来帮您。") if needs_paper
                  else self.tr("已经取消了，什么都没有提交。"))

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
            session.receipt = filing_receipt(request, receipt_reference(result.msgid),
                                             QT_TRANSLATE_NOOP("receipt", "已受理"), ctx.config.terminal_id)
            self.done("submitted")

        self.run(lambda: ctx.ops.submit_filing(request, replaces=replaces), queued,
                 lambda _e: self.say_error(self.error, "bug"))

    def script(self) -> str:
        wizard = self.wizard
        if wizard is None:
            return self.title()
        step = wizard.current
        parts = [self.tr("第{n}步，共{total}步。").format(n=self.read.integer(wizard.step_number),
                                                        total=self.read.integer(wizard.total_steps)), _t(step.question)]
        if wizard.error_key:
            parts.insert(0, translated("errors", CATALOGUE[wizard.error_key]))
        if step.kind == "choice":
            parts.append(self.tr("可以选：") + join_list(_t(c.label) for c in step.choices))
        elif step.kind == "notice":
            parts.append(join_list((_t(item) for item in wizard.notice_items()), SEMICOLON))
        elif step.kind == "review":
            spoken = {k: self.read.date(wizard.answers[k]) for k in ("begndate", "enddate") if wizard.answers.get(k)}
            parts.append(join_list((_t(caption) + mark(COMMA) + spoken.get(key, _t(value))
                                    for key, caption, value in wizard.review_rows() if key != "tel"), SEMICOLON))
            parts.append(self.tr("没问题请按提交，要改请按修改。"))
        elif step.kind == "date":
            parts.append(self.tr("现在选的是{date}。").format(date=self.read.date(self._date or wizard.today)))
        return join_sentences(parts)


class FilingDoneScreen(Screen):
    name = "filing_done"
    DELIVERY_CHECK_MS = 3000  # then once more: by then a reachable center has usually answered

    def title(self) -> str:
        return self.tr("备案已提交")

    def build(self) -> None:
        self.status = label("", "hint", name="filing_status")
        self.layout_.addWidget(self.status)
        self.expect = label("", "", name="filing_expectation")
        self.layout_.addWidget(self.expect)
        self.reference = label("", "", name="filing_reference")
        self.layout_.addWidget(self.reference)
        self.add_stretch()
        receipt = button(self.tr("打印凭条"), name="filing_receipt")
        receipt.clicked.connect(lambda: self.done("receipt"))
        self.layout_.addWidget(receipt)
        self.undo = button(self.tr("刚才办错了，撤销"), name="filing_undo", role="secondary")
        self.undo.clicked.connect(self._undo)
        self.layout_.addWidget(self.undo)
        home = button(self.tr("办好了，回首页"), name="filing_home")
        home.clicked.connect(lambda: self.done("home"))
        self.layout_.addWidget(home)
        self._check = QTimer(self, singleShot=True, interval=self.DELIVERY_CHECK_MS, timeout=self._check_delivery)

    def on_enter(self) -> None:
        result, wizard = self.ctx.session.filing_result, self.ctx.session.wizard
        if result is None or wizard is None:
            return
        sentence, values = wizard.expectation()
        self.show_result(self.queued_text(), _t(sentence).format(**values), receipt_reference(result.msgid), True)
        self._check.start()

    def leave(self) -> None:
        self._check.stop()

    def queued_text(self) -> str:
        return self.tr("已受理，正在上传到医保系统……")

    def offline_text(self) -> str:
        return self.tr("已受理，网络恢复后自动上传，不用再来办。")

    def show_result(self, status_text: str, expectation: str, reference: str, can_undo: bool) -> None:
        self.status.setText(status_text)
        self.expect.setText(expectation)
        self.reference.setText(self.tr("受理号：{ref}").format(ref=reference) if reference else "")
        self.undo.setVisible(can_undo)

    def _check_delivery(self) -> None:
        result, ctx = self.ctx.session.filing_result, self.ctx
        if result is None:
            return
        self.run(lambda: ctx.ops.filing_state(result.filing_id), self._show_state, lambda _e: None)

    def _show_state(self, state) -> None:
        refused = translated("errors", CATALOGUE.get(f"refused_{state.reason}", CATALOGUE["center_rejected"]))
        text = {"accepted": self.tr("医保系统已经受理了。"), "refused": refused,
                "withdrawn": self.tr("已经撤销了。")}.get(state.status, self.offline_text())
        self.status.setText(text)
        if state.center_sn:
            self.reference.setText(self.tr("备案号：{sn}").format(sn=state.center_sn))
        self.speak(text)

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
            self.status.setText(self.tr("已经撤销了。这次备案不算数。"))
            self.undo.setVisible(False)
            self.speak(self.status.text())

        self.run(lambda: ctx.ops.undo_filing(result.filing_id, result.created_at, rules, actor_type=actor_type, actor=actor),
                 done, lambda _e: self.say_error(self.status, "bug"))

    def script(self) -> str:
        return join_sentences([self.status.text(), self.expect.text(), self.tr("要撤销请按撤销。") if self.undo.isVisible() else ""])
