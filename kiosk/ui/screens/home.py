"""Home: at most six large tiles, one decision."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.flows.journey import SERVICES
from kiosk.ui import theme
from kiosk.ui.i18n import ENUMERATION, LANGUAGES, as_name, join_list
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import Tile, button, label


class HomeScreen(Screen):
    name = "home"

    def title(self) -> str:
        return self.tr("您好！请选择要办的事")

    def tiles(self) -> list[tuple[str, str, str, str]]:
        """(object name, title, plain subtitle, screen it opens)."""
        return [
            ("tile_balance", self.tr("查余额"), self.tr("看医保个人账户里还有多少钱"), "balance"),
            ("tile_yidi", self.tr("异地就医备案"), self.tr("去外地看病前先登记"), "yidi"),
            ("tile_chronic", self.tr("慢特病备案"), self.tr("高血压、糖尿病等长期看病登记"), "chronic"),
            ("tile_my_filings", self.tr("我的备案"), self.tr("看办过的备案到哪一步了"), "my_filings"),
            ("tile_ask", self.tr("问政策"), self.tr("点一个问题，机器读答案给您听"), "ask"),
            ("tile_proxy", self.tr("家人/工作人员代办"), self.tr("帮家里老人办事"), "proxy"),
        ]

    def build(self) -> None:
        self.layout_.addWidget(
            label(
                self.tr("用手指点一下大方块就可以。不会用也没关系，可以按下面红色的“呼叫工作人员”。"),
                "hint",
                name="home_hint",
            )
        )
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(24)
        for column in (0, 1):
            grid.setColumnStretch(column, 1)  # equal columns, whatever the length of the words
        colour = theme.PALETTES[self.ctx.display.get("theme", "standard")].tile_text
        for index, (name, title, subtitle, target) in enumerate(self.tiles()):
            tile = Tile(name, title, subtitle, icon=name.removeprefix("tile_"), colour=colour)
            if target in SERVICES:
                tile.activated.connect(lambda target=target: self.done("service", purpose=target))
            else:
                tile.activated.connect(lambda target=target: self.done("open", target=target))
            grid.addWidget(tile, index // 2, index % 2)
        self.layout_.addWidget(grid_host, 1)
        # every language by its own name, one touch from the start (text size and colours: the tile)
        languages = QWidget(objectName="home_languages")
        row = QHBoxLayout(languages)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        for code, name in LANGUAGES:
            choice = button(as_name(name.split(" · ")[0]), name=f"home_lang_{code}", role="secondary", spoken=name)
            choice.setProperty("list", True)  # plain, smaller words: four of them share one row
            choice.clicked.connect(lambda _=False, code=code: self.done("display", locale=code))
            row.addWidget(choice, 1)
        self.layout_.addWidget(languages)
        settings = button(
            self.tr("字大一点、换颜色、声音大小"),
            name="tile_settings",
            role="secondary",
            spoken=self.tr("语言、字号、颜色和声音"),
        )
        settings.setProperty("list", True)
        settings.clicked.connect(lambda: self.done("open", target="settings"))
        self.layout_.addWidget(settings)
        # once someone is identified: leave on purpose, with everything personal cleared (after 好差评)
        self.finish = button(self.tr("办完了，退出（清除我的信息）"), name="home_finish", role="secondary")
        self.finish.clicked.connect(lambda: self.done("finished"))
        self.finish.hide()
        self.layout_.addWidget(self.finish)

    def on_enter(self) -> None:
        self.finish.setVisible(self.ctx.session.person is not None)

    def script(self) -> str:
        names = join_list((title for _, title, _, _ in self.tiles()), ENUMERATION)
        return self.tr(
            "您好，这里是医保自助服务。屏幕上有六个大方块：{names}。请点一下您要办的事。要换语言、字大一点，请按下面的按钮。需要帮忙，请按屏幕最下面右边红色的呼叫工作人员。"
        ).format(names=names)
