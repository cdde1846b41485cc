"""我的备案: before a new filing, the person sees what they already have and its status
(including what this kiosk still has to upload, or what the center refused and why),
and can change or cancel one (a change is a cancel plus a new filing, in one transaction)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout

from kiosk.core import filing_status
from kiosk.core.errors import CATALOGUE
from kiosk.flows.filing_wizard import can_change_or_cancel
from kiosk.flows.my_filings import progress
from kiosk.ui.i18n import data_word, join_sentences, shown_date, translated
from kiosk.ui.screens.account import _PersonScreen
from kiosk.ui.widgets.common import button, label


def _what(what: str) -> str:
    """A filing type in plain words, or a disease (the reference list's words), translated."""
    plain = data_word(what)
    return plain if plain != what else translated("filing", what)


def _status(status: str) -> str:
    """The honest words (kiosk/core/filing_status.py): 已保存在本机 / 已送到医保系统 / 已通过 / 没通过."""
    return translated("status", filing_status.row(status))


class MyFilingsScreen(_PersonScreen):
    name = "my_filings"

    def title(self) -> str:
        return self.tr("我的备案")

    def build(self) -> None:
        self.status = label("", "hint", name="my_filings_status")
        self.layout_.addWidget(self.status)
        self.rows = self.add_row_buttons("my_filings", 3, self._select)
        self.add_stretch()
        actions = QHBoxLayout()
        actions.setSpacing(16)
        self.change = button(self.tr("改选中的备案"), name="my_filings_change", role="secondary")
        self.change.clicked.connect(lambda: self._change_or_cancel(self._open_wizard))
        self.cancel = button(self.tr("取消选中的备案"), name="my_filings_cancel", role="secondary")
        self.cancel.clicked.connect(lambda: self._change_or_cancel(self._revoke))
        for action in (self.change, self.cancel):
            action.setEnabled(False)
            actions.addWidget(action)
        self.layout_.addLayout(actions)
        self.new = button(self.tr("新办一个备案"), name="my_filings_new", role="accent")
        self.new.clicked.connect(lambda: self._open_wizard())
        self.layout_.addWidget(self.new)
        self.items = []
        self.selected = None
        self.rules = None

    def on_enter(self) -> None:
        person = self.person()
        if person is None:
            return
        self.status.setText(self.tr("正在查询，请稍等……"))
        ctx = self.ctx
        self.run(lambda: ctx.ops.my_filings(person.certno), self._loaded, self._failed)

    def load_demo(self, demo) -> None:
        from kiosk.core.filing import Rules
        from kiosk.flows.my_filings import FiledItem

        self.ctx.session.purpose = "yidi"
        self._loaded(
            (
                [
                    FiledItem(
                        "yidi-temp",
                        "异地转诊就医人员",
                        "310100",
                        dt.date(2026, 9, 1),
                        dt.date(2027, 3, 1),
                        "active",
                        "YD2026090100001",
                        code="4",
                    ),
                    FiledItem(
                        "yidi-long",
                        "异地长期居住人员",
                        "110100",
                        dt.date(2026, 11, 23),
                        None,
                        "refused",
                        "",
                        code="1",
                        ref="26112301",
                        reason="refused_bad_input",
                    ),
                    FiledItem(
                        "yidi-long", "异地长期居住人员", "110100", dt.date(2025, 3, 1), None, "revoked", "YD2025"
                    ),
                ],
                True,
                Rules(),
            )
        )

    def _loaded(self, result) -> None:
        items, reached_center, self.rules = result
        family = self.ctx.session.purpose  # from the 我的备案 tile: every kind; before a new filing: that kind
        self.items = [i for i in items if family == "my_filings" or (i.kind == "chronic") == (family == "chronic")]
        self.items = self.items[: len(self.rows)]
        self.new.setVisible(family != "my_filings")
        self.selected = None
        # one filing that can be changed: its buttons work at once, nobody has to select it first
        changeable = [i for i in self.items if i.status == "active" and i.sn]
        if len(changeable) == 1:
            self.selected = changeable[0]
        self.change.setEnabled(self.selected is not None)
        self.cancel.setEnabled(self.selected is not None)
        if self.items:
            text = self.tr("您有 {n} 个备案。点一个可以听，也可以改或取消。").format(n=len(self.items))
        else:
            text = self.tr("您还没有这类备案。请按新办一个备案。")
        if not reached_center:
            text = self.tr("现在连不上医保系统，只能看到在这台机器上办的。") + text
        self.status.setText(text)
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
        self.change.setEnabled(False)
        self.cancel.setEnabled(False)
        self.speak(self.status.text())

    def _text(self, item) -> str:
        day = self.tr("yyyy年M月d日")
        until = self.tr("至{end}").format(end=shown_date(item.enddate, day)) if item.enddate else self.tr("起，长期")
        status = _status(item.status)
        if item.ref:
            status += self.tr("（回执号{ref}）").format(ref=item.ref)
        text = f"{_what(item.what)}\n{shown_date(item.begndate, day)}{until}\n{status}"
        sentence, values = progress(item)  # a 慢特病 application: what happens next and by when
        return text + "\n" + translated("my_filings", sentence).format(**values) if sentence else text

    def _select(self, index: int) -> None:
        if index >= len(self.items):
            return
        self.selected = item = self.items[index]
        self.change.setEnabled(item.status == "active" and bool(item.sn))  # no serial: a window changes it
        self.cancel.setEnabled(item.status == "active" and bool(item.sn))
        sentence, values = progress(item)
        self.speak(
            join_sentences(
                [
                    self.tr("{what}，从{begin}开始，{status}。").format(
                        what=_what(item.what), begin=self.read.date(item.begndate), status=_status(item.status)
                    ),
                    translated("my_filings", sentence).format(**values) if sentence else "",
                    translated("errors", CATALOGUE.get(item.reason, CATALOGUE["center_rejected"]))
                    if item.reason
                    else "",
                    self.tr("回执号{ref}。").format(ref=self.read.digits(item.ref)) if item.ref else "",
                ]
            )
        )

    def _change_or_cancel(self, then) -> None:
        """Both respect the lock period; ``then`` gets the chosen filing."""
        item = self.selected
        if item is None:
            return
        # the lock counts from when the filing was made (the center says when; else its start stands in)
        check = can_change_or_cancel(item.kind, item.begndate, item.filed_at, dt.datetime.now(), self.rules)
        if not check.allowed:
            self.speak(translated("errors", CATALOGUE[check.reason_key]))
            self.status.setText("⚠ " + translated("errors", CATALOGUE[check.reason_key]))
            return
        then(item)

    def _open_wizard(self, replacing=None) -> None:
        """A new filing, or (``replacing``, a filing the center holds) a change of that one."""
        session, ctx = self.ctx.session, self.ctx
        if replacing is not None and session.purpose == "my_filings":
            session.purpose = "chronic" if replacing.kind == "chronic" else "yidi"
        person, purpose, filed_by, agent = session.person, session.purpose, session.filed_by, dict(session.agent)

        def ready(wizard) -> None:
            if replacing is not None:
                wizard.start_change(replacing)
            session.wizard = wizard
            self.done("wizard_ready")  # 返回 on the first question comes back here

        self.run(
            lambda: ctx.ops.prepare_wizard(purpose, person, filed_by, agent),
            ready,
            lambda _e: self.say_error(self.status, "bug"),
        )

    def _revoke(self, item) -> None:
        """Cancel a filing the center holds; it travels through the outbox like everything else."""
        session, ctx = self.ctx.session, self.ctx
        certno, actor_type, actor = session.person.certno, session.filed_by, session.actor

        def done(_) -> None:
            self.status.setText(self.tr("已提交取消。医保系统处理后，这个备案就不再有效。"))
            self.cancel.setEnabled(False)
            self.speak(self.status.text())

        self.run(
            lambda: ctx.ops.revoke_center_filing(item, certno, actor_type=actor_type, actor=actor),
            done,
            lambda _e: self.say_error(self.status, "bug"),
        )

    def script(self) -> str:
        if not self.items:
            return self.tr("我的备案。正在查询，请稍等。") if not self.status.text() else self.status.text()
        return self.tr("您有{n}个这类备案。点一个可以听，听完可以改，也可以取消。要新办，请按新办一个备案。").format(
            n=self.read.count(len(self.items))
        )
