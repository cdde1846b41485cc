"""Language, text size, colours and layout: all on one screen, each a big button."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui.i18n import LANGUAGES
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, label


class SettingsScreen(Screen):
    name = "settings"

    def title(self) -> str:
        return self.tr("语言和字号")

    def build(self) -> None:
        self.layout_.setSpacing(12)  # each group has its heading: that is the gap people see
        def apply(**change):
            return lambda _=False: self.done("display", **change)

        self._group(self.tr("语言 Language"), [
            (f"lang_{code}", text, apply(locale=code)) for code, text in LANGUAGES])
        self._group(self.tr("字的大小"), [
            ("scale_1.0", self.tr("大"), apply(scale=1.0)),
            ("scale_1.25", self.tr("更大"), apply(scale=1.25)),
            ("scale_1.5", self.tr("特大"), apply(scale=1.5)),
        ], columns=3)
        self._group(self.tr("颜色"), [
            ("theme_standard", self.tr("白底黑字"), apply(theme="standard")),
            ("theme_contrast", self.tr("黑底黄字"), apply(theme="contrast")),
        ])
        self._group(self.tr("样式"), [
            ("mode_elder", self.tr("长辈版"), apply(mode="elder")),
            ("mode_standard", self.tr("标准版"), apply(mode="standard")),
        ])
        self.add_stretch()

    def _group(self, heading: str, choices, columns: int = 2) -> None:
        self.layout_.addWidget(label(heading, "hint"))
        host = QWidget()
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        for index, (name, text, action) in enumerate(choices):
            choice = button(text, name=name, role="secondary")
            choice.clicked.connect(action)
            grid.addWidget(choice, index // columns, index % columns)
        self.layout_.addWidget(host)

    def script(self) -> str:
        return self.tr("这里可以换语言、把字变大、换颜色。点一下就换好了。换好了请按回首页。")
