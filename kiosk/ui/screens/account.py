"""After the balance: the ledger in pages, family accounts, and the receipt."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.core.money import format_yuan
from kiosk.core.receipt import balance_receipt
from kiosk.flows.account import LedgerPage
from kiosk.ui.i18n import COMMA, SEMICOLON, as_name, data_word, is_han, join_list, mark, receipt_word, shown_date
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, label


class _PersonScreen(Screen):
    """A screen about the identified person; loads its data off the UI thread on entry."""

    def person(self):
        return self.ctx.session.person


class LedgerScreen(_PersonScreen):
    name = "ledger"

    def title(self) -> str:
        return self.tr("最近一年的账户明细")

    def build(self) -> None:
        self.status = label("", "hint", name="ledger_status")
        self.layout_.addWidget(self.status)
        self.rows = self.add_row_buttons("ledger", 4, self._speak_row)
        self.add_stretch()
        pager = QWidget()
        line = QHBoxLayout(pager)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(16)
        self.previous = button(self.tr("上一页"), name="ledger_previous")
        self.next = button(self.tr("下一页"), name="ledger_next")
        self.previous.clicked.connect(lambda: self._load(self.page.page - 1))
        self.next.clicked.connect(lambda: self._load(self.page.page + 1))
        line.addWidget(self.previous)
        line.addWidget(self.next)
        self.layout_.addWidget(pager)
        self.page = LedgerPage((), 1, 1)
        self._show()

    def on_enter(self) -> None:
        self._load(1)

    def load_demo(self, demo) -> None:
        from decimal import Decimal

        from kiosk.flows.account import LedgerRow

        rows = (
            LedgerRow(dt.date(2026, 11, 18), "支出", Decimal("-36.50"), Decimal("3456.70"), "药店购药"),
            LedgerRow(dt.date(2026, 11, 5), "划入", Decimal("180.50"), Decimal("3493.20"), "个人账户每月划入"),
            LedgerRow(dt.date(2026, 10, 21), "支出", Decimal("-128.00"), Decimal("3312.70"), "门诊看病"),
            LedgerRow(dt.date(2026, 10, 5), "划入", Decimal("180.50"), Decimal("3440.70"), "个人账户每月划入"),
        )
        self._loaded(LedgerPage(rows, 1, 6))

    def _load(self, number: int) -> None:
        person = self.person()
        if person is None:
            return
        self.status.setText(self.tr("正在查询，请稍等……"))
        ctx = self.ctx
        self.run(lambda: ctx.ops.ledger_page(person.psn_no, number), self._loaded, self._failed)

    def _loaded(self, page: LedgerPage) -> None:
        self.page = page
        self._show()
        self.speak(self.script())

    def _failed(self, error) -> None:
        self.status.setText(self.tr("现在查不到明细。请稍后再试，或者请工作人员帮忙。"))
        self.speak(self.status.text())

    def _row_text(self, row) -> str:
        sign = "+" if row.amount >= 0 else "−"
        return self.tr("{date}  {summary}\n{sign}{amount}元").format(
            date=shown_date(row.date, self.tr("yyyy年M月d日")),
            summary=data_word(row.summary),
            sign=sign,
            amount=format_yuan(abs(row.amount)),
        )

    def _show(self) -> None:
        page = self.page
        self.status.setText(
            self.tr("第 {page} 页，共 {pages} 页。点一行可以听。").format(page=page.page, pages=page.pages)
            if page.rows
            else ""
        )
        for index, widget in enumerate(self.rows):
            if index < len(page.rows):
                widget.setText(self._row_text(page.rows[index]))
                widget.setAccessibleName(widget.text())
                widget.show()
            else:
                widget.hide()
        self.previous.setEnabled(page.page > 1)
        self.next.setEnabled(page.page < page.pages)

    def _spoken_row(self, row) -> str:
        direction = self.tr("存入") if row.amount >= 0 else self.tr("花了")
        return self.tr("{date}，{summary}，{direction}{amount}，之后余额{after}。").format(
            date=self.read.date(row.date),
            summary=data_word(row.summary),
            direction=direction,
            amount=self.read.amount(abs(row.amount)),
            after=self.read.amount(row.balance_after),
        )

    def _speak_row(self, index: int) -> None:
        if index < len(self.page.rows):
            self.speak(self._spoken_row(self.page.rows[index]))

    def script(self) -> str:
        if not self.page.rows:
            return self.tr("最近一年的账户明细。正在查询，请稍等。")
        return self.tr("账户明细，第{page}页，共{pages}页。点一行可以听这一笔。要看更多请按下一页。").format(
            page=self.read.integer(self.page.page), pages=self.read.integer(self.page.pages)
        )


class FamilyScreen(_PersonScreen):
    name = "family"

    def title(self) -> str:
        return self.tr("家人账户（家庭共济）")

    def build(self) -> None:
        self.status = label("", "hint", name="family_status")
        self.layout_.addWidget(self.status)
        self.rows = self.add_row_buttons("family", 5, self._speak_member)  # at most five bound members
        self.add_stretch()
        self.members = []

    def on_enter(self) -> None:
        person = self.person()
        if person is None:
            return
        self.status.setText(self.tr("正在查询，请稍等……"))
        ctx = self.ctx
        self.run(lambda: ctx.ops.family_members(person.psn_no), self._loaded, self._failed)

    def load_demo(self, demo) -> None:
        from decimal import Decimal

        from kiosk.flows.account import FamilyMember

        self._loaded([FamilyMember("李**", "配偶", Decimal("2631.13")), FamilyMember("黄**", "子女", None)])

    def _member_text(self, member) -> str:
        shown = (
            self.tr("余额 {amount} 元").format(amount=format_yuan(member.balance))
            if member.balance is not None
            else self.tr("余额不公开")
        )
        return f"{data_word(member.relation)}  {as_name(member.name_masked)}  {shown}"

    def _loaded(self, members) -> None:
        self.members = members
        self.status.setText(
            self.tr("绑定了 {n} 位家人。点一位可以听。").format(n=len(members))
            if members
            else self.tr("还没有绑定家人。要绑定，请到窗口办理。")
        )
        for index, widget in enumerate(self.rows):
            if index < len(members):
                widget.setText(self._member_text(members[index]))
                widget.setAccessibleName(f"{data_word(members[index].relation)} {self._spoken_balance(members[index])}")
                widget.show()
            else:
                widget.hide()
        self.speak(self.script())

    def _failed(self, error) -> None:
        self.status.setText(self.tr("现在查不到家人账户。请稍后再试，或者请工作人员帮忙。"))
        self.speak(self.status.text())

    def _spoken_balance(self, member) -> str:
        if member.balance is None:
            return self.tr("余额不公开")
        return self.tr("余额{amount}").format(amount=self.read.amount(member.balance))

    def _speak_member(self, index: int) -> None:
        if index < len(self.members):
            member = self.members[index]
            self.speak(
                f"{data_word(member.relation)}，{self._spoken_balance(member)}。"
            )  # names are masked: not spoken

    def script(self) -> str:
        if not self.members:
            return self.tr("家人账户。正在查询，请稍等。")
        return self.tr("您绑定了{n}位家人。点一位可以听他的情况。").format(n=self.read.count(len(self.members)))


def _receipt_shown(text: str) -> str:
    """A receipt's word in the language on screen; a value that is not one of its words (a masked
    name, a place, a hospital) is shown as a name."""
    words = receipt_word(text)
    if words != text or not any(map(is_han, text)):
        return words
    plain = data_word(text)
    return plain if plain != text else as_name(text)


class ReceiptScreen(_PersonScreen):
    name = "receipt"

    def title(self) -> str:
        return self.tr("凭条")

    def build(self) -> None:
        self.status = label("", "hint", name="receipt_status")
        self.layout_.addWidget(self.status)
        self.text = label("", "slip", name="receipt_text")  # a slip of paper: many lines, at body size (>= 32 px)
        self.layout_.addWidget(self.text)
        row = QWidget()
        side_by_side = QHBoxLayout(row)
        side_by_side.setContentsMargins(0, 0, 0, 0)
        side_by_side.setSpacing(24)
        self.qr = QLabel(objectName="receipt_qr")
        self.qr.setAccessibleName(self.tr("凭条二维码"))
        side_by_side.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        side_by_side.addWidget(label(self.tr("家人扫码可看凭条号"), "hint", name="receipt_qr_hint"), 1)
        self.layout_.addWidget(row)
        self.add_stretch()
        self.receipt = None

    def on_enter(self) -> None:
        """Shows the receipt the previous screen prepared (a filing), else the balance receipt."""
        session = self.ctx.session
        person = self.person()
        if session.receipt is not None:
            self.receipt = session.receipt
        elif person is not None:
            self.receipt = balance_receipt(person, self.ctx.config.terminal_id, dt.datetime.now())
        else:
            return
        self._show()
        printer = self.ctx.devices.printer
        if printer is None:
            self.status.setText(self.tr("这台机器没有打印机。凭条显示在下面，也可以用手机拍下来。"))
            return
        self.status.setText(self.tr("正在打印，请稍等……"))
        receipt = self.receipt
        self.run(lambda: printer.print_receipt(receipt), self._printed, self._print_failed)

    def _printed(self, _result) -> None:
        self.status.setText(self.tr("凭条打印好了，请在出纸口取走。"))
        self.speak(self.status.text())

    def _print_failed(self, _error) -> None:
        self.status.setText(self.tr("打印机现在用不了。凭条显示在下面，也可以用手机拍下来。"))
        self.speak(self.status.text())

    def _show(self) -> None:
        from kiosk.ui.receipt_render import qr_pixmap

        self.text.setText("\n".join(self.receipt.lines(_receipt_shown)))
        self.qr.setPixmap(qr_pixmap(self.receipt.qr_text, 240))

    def script(self) -> str:
        if self.receipt is None:
            return self.title()
        # rows with masked values are not read (speech drops them); the reference is read digit by digit
        readable = join_list(
            (
                receipt_word(label_) + mark(COMMA) + receipt_word(value)
                for label_, value in self.receipt.rows
                if "*" not in value and "余额" not in label_
            ),
            SEMICOLON,
        )
        person = self.person()
        amount = (
            self.tr("账户余额{amount}。").format(amount=self.read.amount(person.balance))
            if person is not None and self.ctx.session.receipt is None
            else ""
        )
        return self.tr("这是您的凭条。{title}。{rows}。{amount}凭条号是{reference}。").format(
            title=receipt_word(self.receipt.title),
            rows=readable,
            amount=amount,
            reference=self.read.digits(self.receipt.reference),
        )
