"""我的备案: before a new filing, the person sees what they already have, its status,
and can cancel one (a change is a cancel plus a new filing)."""

from __future__ import annotations

import datetime as dt

from kiosk.core import speakable
from kiosk.core.errors import CATALOGUE
from kiosk.flows.filing_wizard import can_change_or_cancel
from kiosk.flows.my_filings import list_filings
from kiosk.ui.i18n import translated
from kiosk.ui.screens.account import _PersonScreen
from kiosk.ui.widgets.common import button, label

STATUS = {"active": "有效", "revoked": "已取消", "queued": "已受理，等网络恢复上传"}


class MyFilingsScreen(_PersonScreen):
    name = "my_filings"

    def title(self) -> str:
        return self.tr("我的备案")

    def build(self) -> None:
        self.status = label("", "hint", name="my_filings_status")
        self.layout_.addWidget(self.status)
        self.rows = self.add_row_buttons("my_filings", 3, self._select)
        self.add_stretch()
        self.cancel = button(self.tr("取消选中的备案"), name="my_filings_cancel", role="secondary")
        self.cancel.clicked.connect(self._cancel)
        self.cancel.setEnabled(False)
        self.layout_.addWidget(self.cancel)
        self.new = button(self.tr("新办一个备案"), name="my_filings_new", role="accent")
        self.new.clicked.connect(lambda: self.ctx.window.open_wizard())
        self.layout_.addWidget(self.new)
        self.items = []
        self.selected = None
        self.rules = None

    def on_enter(self) -> None:
        person = self.person()
        if person is None:
            return
        self.status.setText(self.tr("正在查询，请稍等……"))
        window = self.ctx.window
        self.run(lambda: (list_filings(self.client(), person.certno), window.load_filing_rules()), self._loaded, self._failed)

    def load_demo(self, demo) -> None:
        from kiosk.core.filing import Rules
        from kiosk.flows.my_filings import FiledItem

        self.ctx.window.session.purpose = "yidi"
        self._loaded(([FiledItem("yidi-temp", "异地转诊就医人员", "310100", dt.date(2026, 9, 1), dt.date(2027, 3, 1), "active",
                                 "YD2026090100001"),
                       FiledItem("yidi-long", "异地长期居住人员", "110100", dt.date(2025, 3, 1), None, "revoked", "YD2025")],
                      Rules()))

    def _loaded(self, result) -> None:
        items, self.rules = result
        family = self.ctx.window.session.purpose
        self.items = [i for i in items if (i.kind == "chronic") == (family == "chronic")][: len(self.rows)]
        self.selected = None
        self.cancel.setEnabled(False)
        self.status.setText(self.tr("您有 {n} 个备案。点一个可以听，也可以取消。").format(n=len(self.items)) if self.items
                            else self.tr("您还没有这类备案。请按新办一个备案。"))
        for index, row in enumerate(self.rows):
            if index < len(self.items):
                row.setText(self._text(self.items[index]))
                row.setAccessibleName(row.text().replace("\n", " "))
                row.show()
            else:
                row.hide()
        self.speak(self.script())

    def _failed(self, _error) -> None:
        self.items = []
        self.status.setText(self.tr("现在查不到以前的备案。可以直接新办。"))
        self.speak(self.status.text())

    def _text(self, item) -> str:
        until = self.tr("至{end}").format(end=f"{item.enddate:%Y-%m-%d}") if item.enddate else self.tr("起，长期")
        status = translated("my_filings", STATUS.get(item.status, item.status))
        return f"{item.what}\n{item.begndate:%Y-%m-%d}{until}\n{status}"

    def _select(self, index: int) -> None:
        if index >= len(self.items):
            return
        self.selected = self.items[index]
        self.cancel.setEnabled(self.selected.status == "active")
        item = self.selected
        self.speak(self.tr("{what}，从{begin}开始，{status}。").format(
            what=item.what, begin=speakable.date(item.begndate), status=STATUS.get(item.status, item.status)))

    def _cancel(self) -> None:
        item, window = self.selected, self.ctx.window
        if item is None:
            return
        # filings listed here were made before today's visit; the lock applies from their start date
        check = can_change_or_cancel(item.kind, item.begndate, dt.datetime.combine(item.begndate, dt.time()),
                                     dt.datetime.now(), self.rules)
        if not check.allowed:
            self.speak(translated("errors", CATALOGUE[check.reason_key]))
            self.status.setText("⚠ " + translated("errors", CATALOGUE[check.reason_key]))
            return
        window.revoke_center_filing(item)

    def script(self) -> str:
        if not self.items:
            return self.tr("我的备案。正在查询，请稍等。") if not self.status.text() else self.status.text()
        return self.tr("您有{n}个这类备案。点一个可以听。要新办，请按新办一个备案。").format(n=speakable.count(len(self.items)))
