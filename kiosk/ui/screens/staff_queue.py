"""工作人员：待上传的备案. Signed-in staff see what this kiosk has not delivered yet (waiting
for the network, or sent back by the center with its reason) and can send it all again now."""

from __future__ import annotations

from kiosk.core.errors import CATALOGUE, QT_TRANSLATE_NOOP
from kiosk.ui.i18n import join_sentences, translated
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, label

# short enough for one line of a row; the full sentence is read when the row is touched
SHORT_REASON = {
    "refused_already_filed": QT_TRANSLATE_NOOP("staff_queue", "以前已备过案"),
    "refused_person_not_found": QT_TRANSLATE_NOOP("staff_queue", "查不到参保信息"),
    "refused_bad_input": QT_TRANSLATE_NOOP("staff_queue", "填写有误"),
    "refused_filing_not_found": QT_TRANSLATE_NOOP("staff_queue", "查不到这个备案"),
    "refused_already_revoked": QT_TRANSLATE_NOOP("staff_queue", "以前已取消"),
    "refused_unreadable": QT_TRANSLATE_NOOP("staff_queue", "本机资料读不出"),
}
REFUSED_OTHERWISE = QT_TRANSLATE_NOOP("staff_queue", "医保系统不受理")
ROWS = 4


class StaffQueueScreen(Screen):
    name = "staff_queue"

    def title(self) -> str:
        return self.tr("待上传的备案")

    def build(self) -> None:
        self.status = label("", "hint", name="staff_queue_status")
        self.layout_.addWidget(self.status)
        self.rows = self.add_row_buttons("staff_queue", ROWS, self._read_row)
        self.add_stretch()
        self.retry = button(self.tr("全部马上重新上传"), name="staff_queue_retry", role="accent")
        self.retry.clicked.connect(self._retry)
        self.layout_.addWidget(self.retry)
        self.items = []

    @property
    def staff_no(self) -> str:
        session = self.ctx.session
        return session.agent.get("staff_no", "") if session.filed_by == "staff" else ""

    def on_enter(self) -> None:
        self.retry.setEnabled(False)
        if not self.staff_no:  # reachable only after a staff sign-in; never for the public
            self._show([])
            self.status.setText(self.tr("请工作人员先登录。"))
            return
        self.status.setText(self.tr("正在查询，请稍等……"))
        ctx = self.ctx
        self.run(lambda: ctx.ops.staff_waiting(), self._show, lambda _e: self.say_error(self.status, "bug"))

    def load_demo(self, demo) -> None:
        import datetime as dt

        from kiosk.flows.staff_queue import WaitingItem

        self.ctx.session.filed_by, self.ctx.session.agent = "staff", {"staff_no": "1001"}
        self._show(
            [
                WaitingItem(
                    "异地就医备案",
                    "440**********1006",
                    dt.datetime(2026, 11, 23, 9, 5),
                    0,
                    "dead",
                    "refused_bad_input",
                    "23000012",
                ),
                WaitingItem(
                    "慢特病备案", "440**********2013", dt.datetime(2026, 11, 23, 10, 41), 3, "pending", "", "23000015"
                ),
            ]
        )

    def _show(self, items) -> None:
        self.items = items
        dead = sum(1 for item in items if item.status == "dead")
        self.status.setText(
            self.tr("还有 {n} 件没上传，其中 {dead} 件被退回。").format(n=len(items), dead=dead)
            if items
            else self.tr("全部都上传好了。")
        )
        for index, row in enumerate(self.rows):
            if index < len(items):
                row.setText(self._text(items[index]))
                row.setAccessibleName(row.text().replace("\n", " "))
                row.show()
            else:
                row.hide()
        self.retry.setEnabled(bool(items) and bool(self.staff_no))
        self.speak(self.status.text())

    def _text(self, item) -> str:
        if item.status == "dead":
            state = self.tr("被退回：{why}").format(
                why=translated("staff_queue", SHORT_REASON.get(item.reason, REFUSED_OTHERWISE))
            )
        else:
            state = self.tr("等网络，已试{n}次").format(n=item.attempts)
        first = self.tr("{what} 回执号{ref}").format(what=translated("staff_queue", item.what), ref=item.ref)
        return f"{first}\n{item.person} {item.queued_at:%m-%d %H:%M}\n{state}"

    def _read_row(self, index: int) -> None:
        if index >= len(self.items):
            return
        item = self.items[index]
        self.speak(
            join_sentences(
                [
                    self.tr("{what}，回执号{ref}。").format(
                        what=translated("staff_queue", item.what), ref=self.read.digits(item.ref)
                    ),
                    translated("errors", CATALOGUE.get(item.reason, CATALOGUE["center_rejected"]))
                    if item.status == "dead"
                    else self.tr("在等网络，网络好了会自动上传。"),
                ]
            )
        )

    def _retry(self) -> None:
        staff_no, ctx = self.staff_no, self.ctx
        if not staff_no:
            return

        def done(count: int) -> None:
            self.status.setText(self.tr("好了，{n} 件会马上重新上传。").format(n=count))
            self.retry.setEnabled(False)
            self.speak(self.status.text())

        self.run(lambda: ctx.ops.staff_retry(staff_no), done, lambda _e: self.say_error(self.status, "bug"))

    def script(self) -> str:
        return self.status.text() or self.title()
