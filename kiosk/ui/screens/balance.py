"""The balance, in large numerals, with the time it was read and the insurance facts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout

from kiosk.core import speakable
from kiosk.core.money import format_yuan
from kiosk.core.person import Insured
from kiosk.ui.i18n import translated
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, label


class BalanceScreen(Screen):
    name = "balance"

    def title(self) -> str:
        return self.tr("医保个人账户余额")

    def build(self) -> None:
        self.greeting = label("", "hint", name="balance_greeting")
        self.layout_.addWidget(self.greeting)
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 24, 32, 24)
        inner.addWidget(label(self.tr("账户里还有"), "hint", name="balance_caption"))
        self.amount = label("", "number", name="balance_amount", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(self.amount)
        self.as_of = label("", "hint", name="balance_as_of")
        inner.addWidget(self.as_of)
        self.layout_.addWidget(card)
        self.facts = label("", "", name="balance_facts")
        self.layout_.addWidget(self.facts)
        self.add_stretch()
        done = button(self.tr("看好了，回首页"), name="balance_done")
        done.clicked.connect(self.ctx.window.go_home)
        self.layout_.addWidget(done)
        self._show(None)

    def _person(self) -> Insured | None:
        return self.ctx.window.session.person

    def on_enter(self) -> None:
        self._show(self._person())

    def load_demo(self, demo) -> None:
        self.ctx.window.session.balance.lookup_succeeded(Insured(
            psn_no=demo["psn_no"], certno=demo["certno"], name=demo["name"], age=demo["age"], insutype=demo["insutype"],
            status="1", insuplc_admdvs=demo["insuplc_admdvs"], balance=Decimal(demo["balc"]),
            balance_as_of=dt.datetime(2026, 11, 23, 9, 30)))
        self._show(self._person())

    def _show(self, person: Insured | None) -> None:
        if person is None:
            for widget in (self.greeting, self.amount, self.as_of, self.facts):
                widget.setText("")
            return
        self.greeting.setText(self.tr("{name}，您好").format(name=person.name_masked))
        self.amount.setText(self.tr("{amount} 元").format(amount=format_yuan(person.balance)))
        self.as_of.setText(self.tr("查询时间：{time}").format(time=f"{person.balance_as_of:%Y-%m-%d %H:%M}"))
        self.facts.setText("\n".join([
            self.tr("参保类型：{v}").format(v=translated("person", person.insutype_label)),
            self.tr("参保状态：{v}").format(v=translated("person", person.status_label)),
            self.tr("参保地：{v}").format(v=person.insuplc_name),
        ]))

    def script(self) -> str:
        person = self._person()
        if person is None:
            return self.title()
        return self.tr("这是最后一步。您的医保个人账户里还有{amount}。这是{date}{time}查到的。看好了请按回首页。").format(
            amount=speakable.amount(person.balance), date=speakable.date(person.balance_as_of.date()),
            time=speakable.time_of_day(person.balance_as_of))
