"""Step one of every service: who are you? Four equal ways, each with its picture: lay the 身份证
on the reader, put the 社保卡 in, show the 医保码, or type the ID number. A card is picked up
without a press; a typed number is confirmed later (face or staff) before anything personal.
Also the 社保卡 PIN, where the hall asks for it (the PIN is shown as dots and never spoken)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.core.errors import CATALOGUE, catalogue_key
from kiosk.devices.cards import ReaderError
from kiosk.ui import theme
from kiosk.ui.card_pickup import CardPickup
from kiosk.ui.i18n import ENUMERATION, join_list, translated
from kiosk.ui.idle_watch import CARD_PIN
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import Tile, button, label
from kiosk.ui.widgets.keypad import Keypad
from kiosk.ui.widgets.pictograms import identify_pictogram


class MediumTile(Tile):
    """A tile with the picture of what to do above its name: the tile counts the picture's room and,
    where the words need all of it, lets the picture go first (the words are never dropped)."""

    ICON_PX = 120  # a bigger picture than a home tile's: it shows what to do with the card

    def __init__(self, name: str, title: str, subtitle: str, picture):
        super().__init__(name, title, subtitle)
        self._icon = name  # there is a picture: Tile's fitting makes room for ICON_PX of it
        self.icon_label.setPixmap(picture)
        self.icon_label.show()


class IdentifyScreen(Screen):
    name = "identify"

    def title(self) -> str:
        return self.tr("请选一种方式，确认是您本人")

    def ways(self) -> list[tuple[str, str, str, str]]:
        """(object name, what to do, plain subtitle, picture)."""
        return [
            ("identify_idcard", self.tr("刷身份证"), self.tr("把身份证放在读卡区上"), "idcard"),
            ("identify_sscard", self.tr("插社保卡"), self.tr("芯片朝上插进读卡口"), "sscard"),
            ("identify_code", self.tr("扫医保码"), self.tr("打开手机上的医保电子凭证"), "code"),
            ("identify_by_id", self.tr("输入身份证号"), self.tr("没有卡，也没有手机"), "keypad"),
        ]

    def build(self) -> None:
        self.hint = label(self.tr("有卡的话直接放上去就行，不用按。"), "hint", name="identify_hint")
        self.layout_.addWidget(self.hint)
        self.error = label("", "error", name="identify_error")
        self.layout_.addWidget(self.error)
        grid_host = QWidget(objectName="identify_ways")
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(24)
        colour = theme.PALETTES[self.ctx.display["theme"]].tile_text
        height = MediumTile.ICON_PX  # the tile makes room for this much picture
        actions = {
            "idcard": lambda: self._explain("idcard"),
            "sscard": lambda: self._explain("sscard"),
            "code": lambda: self.done("scan_code"),
            "keypad": lambda: self.done("type_id"),
        }
        for index, (name, title, subtitle, kind) in enumerate(self.ways()):
            tile = MediumTile(name, title, subtitle, identify_pictogram(kind, colour, height))
            tile.activated.connect(actions[kind])
            grid.addWidget(tile, index // 2, index % 2)
        for column in (0, 1):
            grid.setColumnStretch(column, 1)  # equals: the same size whatever the words
        for row in (0, 1):
            grid.setRowStretch(row, 1)
        self.layout_.addWidget(grid_host, 1)
        self.pickup = CardPickup(self, self._card_error, self._card_busy)

    def script(self) -> str:
        names = join_list((title for _, title, _, _ in self.ways()), ENUMERATION)
        return self.tr("第一步，确认是您本人。可以{ways}。有身份证或社保卡的话，直接放到读卡器上就行，不用按。").format(
            ways=names
        )

    def on_enter(self) -> None:
        self.error.setText("")
        self.hint.setText(self.tr("有卡的话直接放上去就行，不用按。"))
        self.pickup.start()

    def leave(self) -> None:
        self.pickup.stop()

    def _explain(self, kind: str) -> None:
        configured = self.ctx.config.idcard_port if kind == "idcard" else self.ctx.config.sscard_reader
        if not configured:
            self._card_error("reader_lost")
            return
        self.speak(
            self.tr("请把身份证平放在读卡区上，不用按别的。")
            if kind == "idcard"
            else self.tr("请把社保卡芯片朝上，插进读卡口。")
        )

    def _card_busy(self) -> None:
        self.error.setText("")
        self.hint.setText(self.tr("正在查询，请稍等……"))

    def _card_error(self, key: str) -> None:
        self.hint.setText(self.tr("有卡的话直接放上去就行，不用按。"))
        self.say_error(self.error, key)


class CardPinScreen(Screen):
    name = "card_pin"
    idle_pause = (
        CARD_PIN  # six digits found slowly on a keypad are not someone who walked away; taking the card ends it
    )

    def title(self) -> str:
        return self.tr("请输入社保卡密码")

    def build(self) -> None:
        self.hint = label(self.tr("输入6位密码，密码不会读出来。卡请先不要拿走。"), "hint", name="card_pin_hint")
        self.layout_.addWidget(self.hint)
        self.entry = label(" ", "entry", name="card_pin_entry", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.entry.setAccessibleName(self.tr("已输入的密码位数"))
        self.layout_.addWidget(self.entry)
        self.error = label("", "error", name="card_pin_error")
        self.layout_.addWidget(self.error)
        self.keypad = Keypad()
        self.keypad.findChild(QWidget, "key_X").setEnabled(False)
        self.keypad.key_pressed.connect(self._key)
        self.layout_.addWidget(self.keypad, 1)
        self.submit_button = button(self.tr("确定"), name="card_pin_submit", role="accent")
        self.submit_button.clicked.connect(self._submit)
        self.layout_.addWidget(self.submit_button)
        self.pin = ""

    def script(self) -> str:
        return self.tr("请输入社保卡的6位密码，密码不会读出来。输完请按确定。")

    def on_enter(self) -> None:
        self.pin = ""
        self._show_error("")
        self.keypad.show()
        self.submit_button.show()
        self.submit_button.setEnabled(True)
        self._refresh()

    def _show_error(self, sentence: str) -> None:
        """The error takes the hint's place (the keypad keeps its room)."""
        self.error.setText(("⚠ " + sentence) if sentence else "")
        self.hint.setVisible(not sentence)

    def leave(self) -> None:
        self.pin = ""  # never kept past the screen

    def load_demo(self, demo) -> None:
        self.pin = "123"
        self._refresh()

    def _key(self, key: str) -> None:
        if key == "DEL":
            self.pin = self.pin[:-1]
        elif len(self.pin) < 6:
            self.pin += key
        self._refresh()
        self.speak(self.tr("已输入{n}位").format(n=self.read.integer(len(self.pin))))

    def _refresh(self) -> None:
        self.entry.setText("●" * len(self.pin) or " ")

    def _submit(self) -> None:
        card, pin, ctx = self.ctx.session.pending_card, self.pin, self.ctx
        self.pin = ""
        self._refresh()
        if card is None:
            self._say_key("card_removed")
            return
        if len(pin) != 6:
            self._say_key("sscard_pin_format")
            return
        self.submit_button.setEnabled(False)
        self.speak(self.tr("正在核对，请稍等。"))
        ops = ctx.ops

        def verify_then_look_up():
            ops.verify_sscard_pin(card, pin)
            return ops.lookup_by_sscard(card)

        self.run(verify_then_look_up, self._found, self._refused)

    def _found(self, person) -> None:
        self.ctx.session.pending_card = None
        self.done("identified", person=person, by="sscard")

    def _refused(self, error) -> None:
        self.submit_button.setEnabled(True)
        if isinstance(error, ReaderError) and error.key == "sscard_pin_wrong":
            tries = self.read.integer(error.tries_left or 0)
            sentence = translated("errors", CATALOGUE["sscard_pin_wrong"]).format(n=tries)
            self._show_error(sentence)
            self.speak(sentence)
            return
        if isinstance(error, ReaderError) and error.key in ("sscard_blocked", "card_removed"):
            self.ctx.session.pending_card = None  # nothing more to type for this card: the keypad goes
            self.keypad.hide()
            self.submit_button.hide()
        self._say_key(catalogue_key(error))

    def _say_key(self, key: str) -> None:
        sentence = translated("errors", CATALOGUE[key])
        self._show_error(sentence)
        self.speak(sentence)
