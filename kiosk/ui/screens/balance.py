"""The balance, in large numerals, with the time it was read and the insurance facts.

Offline, the last balance this kiosk saw is shown with its date and a clear
warning that it may be old; it is never presented as current.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from kiosk.core.money import format_yuan
from kiosk.core.person import Insured
from kiosk.ui.i18n import as_name, place_name, translated
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, label


class BalanceScreen(Screen):
    name = "balance"

    def title(self) -> str:
        return self.tr("医保个人账户余额")

    def build(self) -> None:
        self.greeting = label("", "hint", name="balance_greeting")
        self.layout_.addWidget(self.greeting)
        self.stale_warning = label("", "error", name="balance_stale")
        self.layout_.addWidget(self.stale_warning)
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 16, 32, 16)
        inner.addWidget(label(self.tr("账户里还有"), "hint", name="balance_caption"))
        self.amount = label(
            "", "number", name="balance_amount", wrap=False, align=Qt.AlignmentFlag.AlignCenter, fit=True
        )
        inner.addWidget(self.amount)
        self.as_of = label("", "hint", name="balance_as_of")
        inner.addWidget(self.as_of)
        self.layout_.addWidget(card)
        self.facts = label("", "", name="balance_facts")
        self.layout_.addWidget(self.facts)
        self.add_stretch()
        actions = QWidget()
        grid = QGridLayout(actions)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        self.more = []
        for index, (name, text, target) in enumerate(
            [
                ("balance_ledger", self.tr("看明细"), "ledger"),
                ("balance_family", self.tr("家人账户"), "family"),
                # 打印凭条 only where there is a printer
                (
                    "balance_receipt",
                    self.tr("打印凭条") if self.ctx.devices.printer is not None else self.tr("在屏幕上看凭条"),
                    "receipt",
                ),
                ("balance_done", self.tr("办完了，退出"), None),  # (the session ends and is cleared after 好差评)
            ]
        ):
            choice = button(text, name=name, role="" if target else "secondary")
            choice.clicked.connect(
                (lambda: self.done("finished")) if target is None else (lambda _=False, t=target: self._open(t))
            )
            grid.addWidget(choice, index // 2, index % 2)
            if target:
                self.more.append(choice)
        self.layout_.addWidget(actions)
        self._show()

    def _open(self, target: str) -> None:
        if target == "receipt":
            self.ctx.session.receipt = None  # the balance receipt, not an earlier filing's
        self.done("open", target=target)

    def on_enter(self) -> None:
        self._show()

    def load_demo(self, demo) -> None:
        self.ctx.session.balance.lookup_succeeded(
            Insured(
                psn_no=demo["psn_no"],
                certno=demo["certno"],
                name=demo["name"],
                age=demo["age"],
                insutype=demo["insutype"],
                status="1",
                insuplc_admdvs=demo["insuplc_admdvs"],
                balance=Decimal(demo["balc"]),
                balance_as_of=dt.datetime(2026, 11, 23, 9, 30),
            )
        )
        self._show()

    def _show(self) -> None:
        self._fill()
        for widget in (self.greeting, self.facts):
            widget.setVisible(bool(widget.text()))  # an empty line would take a line's room

    def _fill(self) -> None:
        flow = self.ctx.session.balance
        person, cached = flow.person, flow.cached
        for widget in (self.greeting, self.stale_warning, self.amount, self.as_of, self.facts):
            widget.setText("")
        for extra in self.more:
            extra.setVisible(person is not None)  # offline there is no ledger, family or receipt to show
        if cached is not None:
            self.stale_warning.setText(
                "⚠ " + self.tr("现在连不上医保系统。下面是这台机器上次查到的余额，可能不是最新的。")
            )
            self.amount.setText(self.tr("{amount} 元").format(amount=format_yuan(cached.balance)))
            self.as_of.setText(self.tr("上次查询：{time}").format(time=f"{cached.as_of:%Y-%m-%d %H:%M}"))
            return
        if person is None:
            return
        self.greeting.setText(self.tr("{name}，您好").format(name=as_name(person.name_masked)))
        self.amount.setText(self.tr("{amount} 元").format(amount=format_yuan(person.balance)))
        self.as_of.setText(self.tr("查询时间：{time}").format(time=f"{person.balance_as_of:%Y-%m-%d %H:%M}"))
        self.facts.setText(
            "\n".join(
                [
                    self.tr("参保类型：{v}").format(v=translated("person", person.insutype_label)),
                    self.tr("参保状态：{v}").format(v=translated("person", person.status_label)),
                    self.tr("参保地：{v}").format(v=place_name(person.insuplc_name)),
                ]
            )
        )

    def script(self) -> str:
        flow = self.ctx.session.balance
        if flow.cached is not None:
            cached = flow.cached
            return self.tr(
                "请注意：现在连不上医保系统，这可能不是最新的余额。这台机器{date}查到的余额是{amount}。"
                "要看最新的，请稍后再查，或者到窗口问工作人员。"
            ).format(date=self.read.date(cached.as_of.date()), amount=self.read.amount(cached.balance))
        person = flow.person
        if person is None:
            return self.title()
        return self.tr(
            "这是最后一步。您的医保个人账户里还有{amount}。这是{date}{time}查到的。您是{kind}，{status}。"
            "要看明细、家人账户或者凭条，请按下面的按钮。办完了，请按办完了，退出。"
        ).format(
            amount=self.read.amount(person.balance),
            date=self.read.date(person.balance_as_of.date()),
            time=self.read.time_of_day(person.balance_as_of),
            kind=translated("person", person.insutype_label),
            status=translated("person", person.status_label),
        )
