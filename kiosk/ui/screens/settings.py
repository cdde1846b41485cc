"""Language, text size, colours, layout and loudness: all on one screen, each a big button.
Each group says what is chosen now (a check mark on the button and 现在是：…), so after 黑底黄字
the two colour buttons no longer look the same. The loudness goes back to normal when the
session ends (Speech.forget)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.devices.speech import DEFAULT_VOLUME, Priority
from kiosk.ui.i18n import LANGUAGES, as_name
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, label

CHECK = "✓\u00a0"  # kept with the word it marks
VOLUMES = (("volume_loud", 1.0), ("volume_normal", DEFAULT_VOLUME), ("volume_quiet", 0.5))


class SettingsScreen(Screen):
    name = "settings"

    def title(self) -> str:
        return self.tr("语言和字号")

    def build(self) -> None:
        self.layout_.setSpacing(12)  # each group has its heading: that is the gap people see

        def apply(**change):
            return lambda _=False: self.done("display", **change)

        self.groups = []
        own = self.tr("语言")  # the heading also in the other script, for someone looking for their language
        self._group(
            f"{own} {as_name('Language' if own in ('语言', '語言') else '语言')}",
            "locale",
            [(f"lang_{code}", as_name(text.split(" · ")[0]), code, apply(locale=code)) for code, text in LANGUAGES],
            columns=4,
        )  # one row: each language by its own short name, as on home
        self._group(
            self.tr("字的大小"),
            "scale",
            [
                ("scale_1.0", self.tr("大"), 1.0, apply(scale=1.0)),
                ("scale_1.25", self.tr("更大"), 1.25, apply(scale=1.25)),
                ("scale_1.5", self.tr("特大"), 1.5, apply(scale=1.5)),
            ],
            columns=3,
        )
        self._group(
            self.tr("颜色"),
            "theme",
            [
                ("theme_standard", self.tr("白底黑字"), "standard", apply(theme="standard")),
                ("theme_contrast", self.tr("黑底黄字"), "contrast", apply(theme="contrast")),
            ],
        )
        self._group(
            self.tr("声音"),
            "volume",
            [
                (name, words, volume, lambda _=False, v=volume: self._set_volume(v))
                for (name, volume), words in zip(VOLUMES, (self.tr("大声"), self.tr("中等"), self.tr("小声")))
            ],
            columns=3,
        )
        self._group(
            self.tr("样式"),
            "mode",
            [
                ("mode_elder", self.tr("长辈版"), "elder", apply(mode="elder")),
                ("mode_standard", self.tr("标准版"), "standard", apply(mode="standard")),
            ],
        )
        self.add_stretch()

    def _group(self, heading: str, key: str, choices, columns: int = 2) -> None:
        heading_label = label(heading, "group", name=f"settings_{key}_now")
        self.layout_.addWidget(heading_label)
        host = QWidget()
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        buttons = []
        for index, (name, text, value, action) in enumerate(choices):
            choice = button(text, name=name, role="secondary")
            choice.setProperty("list", True)  # body-size words: five groups and their marks fit at every size
            choice.clicked.connect(action)
            grid.addWidget(choice, index // columns, index % columns)
            buttons.append((choice, text, value))
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        self.layout_.addWidget(host)
        self.groups.append((key, heading, heading_label, buttons))

    def _current(self, key: str):
        if key == "volume":
            return min((v for _, v in VOLUMES), key=lambda v: abs(v - self.ctx.speech.volume))
        return self.ctx.display.get(key)

    def on_enter(self) -> None:
        self._mark()

    def _mark(self) -> None:
        """The choice in force: a check mark on its button, and 现在是：… under the heading."""
        for key, heading, heading_label, buttons in self.groups:
            now = self._current(key)
            chosen = next((text for _, text, value in buttons if value == now), "")
            heading_label.setText(
                self.tr("{heading} · 现在是：{choice}").format(heading=heading, choice=chosen) if chosen else heading
            )
            for widget, text, value in buttons:
                widget.setText((CHECK + text) if value == now else text)
                widget.setAccessibleName(
                    self.tr("{choice}，现在选的就是这个").format(choice=text) if value == now else text
                )

    def _set_volume(self, volume: float) -> None:
        self.ctx.speech.set_volume(volume)
        self._mark()
        self.ctx.speech.say(self.tr("好的，声音就是这么大。"), Priority.PROMPT)

    def script(self) -> str:
        return self.tr("这里可以换语言、把字变大、换颜色、调声音大小。点一下就换好了。换好了请按回首页。")
