"""好差评: after a service, five big faces, spoken; the two lowest may say why (big buttons,
optional); skipping is one touch. The rating goes through the outbox like every message, and
the session ends (the person's information is cleared) either way."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.flows.rating import ASKS_REASON, LEVELS, REASONS, service_of
from kiosk.ui import theme
from kiosk.ui.i18n import ENUMERATION, join_list, join_sentences, translated
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, label
from kiosk.ui.widgets.pictograms import pictogram


def _t(text: str) -> str:
    return translated("rating", text)


class RatingScreen(Screen):
    name = "rating"

    def title(self) -> str:
        return self.tr("这次服务您满意吗？")

    def build(self) -> None:
        self.hint = label(
            self.tr("点一个表情就可以。不想评价，请按最下面的“不评价，直接退出”。"), "hint", name="rating_hint"
        )
        self.layout_.addWidget(self.hint)
        colour = theme.PALETTES[self.ctx.display.get("theme", "standard")].text
        size = theme.sizes(self.ctx.display.get("scale", 1.0)).target - 24
        self.faces = []
        for level, words in LEVELS:
            face = button(_t(words), name=f"rating_{level}", role="secondary")
            face.setIcon(QIcon(pictogram(f"face{level}", size, colour)))
            face.setIconSize(QSize(size, size))
            face.clicked.connect(lambda _=False, level=level: self._rated(level))
            self.layout_.addWidget(face)
            self.faces.append(face)
        self.reasons = []
        grid_host = QWidget(objectName="rating_reasons")
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        for index, (key, words) in enumerate(REASONS):
            reason = button(_t(words), name=f"rating_reason_{key}", role="secondary")
            reason.setCheckable(True)
            reason.toggled.connect(lambda on, b=reason, w=words: self._toggled(b, w, on))
            grid.addWidget(reason, index // 2, index % 2)
            self.reasons.append((key, reason))
        for column in (0, 1):
            grid.setColumnStretch(column, 1)
        grid_host.hide()
        self.reason_grid = grid_host
        self.layout_.addWidget(grid_host)
        self.add_stretch()
        self.send = button(self.tr("就这样，提交评价"), name="rating_send", role="accent")
        self.send.clicked.connect(self._send_with_reasons)
        self.send.hide()
        self.layout_.addWidget(self.send)
        self.skip = button(self.tr("不评价，直接退出"), name="rating_skip", role="secondary")
        self.skip.clicked.connect(self._skip)
        self.layout_.addWidget(self.skip)
        self.level = 0

    def on_enter(self) -> None:
        self.level = 0
        self.title_label.setText(self.title())
        self.hint.setText(self.tr("点一个表情就可以。不想评价，请按最下面的“不评价，直接退出”。"))
        for face in self.faces:
            face.show()
        for _, reason in self.reasons:
            reason.setChecked(False)
        self.reason_grid.hide()
        self.send.hide()

    def _rated(self, level: int) -> None:
        self.level = level
        if level not in ASKS_REASON:
            self._submit(())
            return
        # the two lowest: why, if the person wants to say (nothing has to be chosen)
        self.title_label.setText(self.tr("哪里让您不满意？"))
        self.hint.setText(self.tr("可以点一个或几个，也可以不选，直接提交。"))
        for face in self.faces:
            face.hide()
        self.reason_grid.show()
        self.send.show()
        self.speak(self.script())

    def _toggled(self, widget, words: str, on: bool) -> None:
        widget.setText(("✓ " if on else "") + _t(words))
        self.speak(
            self.tr("选了{what}。").format(what=_t(words)) if on else self.tr("不选{what}了。").format(what=_t(words))
        )

    def _send_with_reasons(self) -> None:
        self._submit(tuple(key for key, reason in self.reasons if reason.isChecked()))

    def _submit(self, reasons: tuple[str, ...]) -> None:
        ctx, level, service = self.ctx, self.level, service_of(self.ctx.session.purpose)
        thanks = self.tr("谢谢您的评价。您的信息已经清除，再见。")
        self.run(
            lambda: ctx.ops.submit_rating(service, level, reasons),
            lambda _msgid: self.done("end_session", say=thanks),
            lambda _e: self.done("end_session", say=thanks),
        )  # a rating is optional: never hold the person

    def _skip(self) -> None:
        self.done("end_session", say=self.tr("好的。您的信息已经清除，再见。"))

    def script(self) -> str:
        if self.level in ASKS_REASON:
            return join_sentences(
                [
                    self.tr("哪里让您不满意？可以选：") + join_list((_t(words) for _, words in REASONS), ENUMERATION),
                    self.tr("也可以不选，直接按提交。"),
                ]
            )
        return join_sentences(
            [
                self.tr("请为这次服务评价。可以选：") + join_list((_t(w) for _, w in LEVELS), ENUMERATION),
                self.tr("不想评价，请按不评价，直接退出。"),
            ]
        )
