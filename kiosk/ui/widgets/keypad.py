"""A big on-screen keypad for ID numbers: digits, X, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui.widgets.common import button

_KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "X", "0", "DEL"]


class Keypad(QWidget):
    key_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None, with_x: bool = True):
        """``with_x``: the ID number's check letter; a phone keypad has none (no dead key)."""
        super().__init__(parent)
        self.setObjectName("keypad")
        # 1-2-3 from the left in every language, as on every phone and bank keypad (never mirrored in Uyghur)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)  # four rows of keys and the number must fit over a keypad at the largest text
        for index, key in enumerate(_KEYS):
            if key == "X" and not with_x:
                continue
            text = self.tr("删除") if key == "DEL" else key
            spoken = self.tr("删除一位") if key == "DEL" else key
            key_button = button(text, name=f"key_{key}", role="key", spoken=spoken)
            key_button.clicked.connect(lambda _=False, key=key: self.key_pressed.emit(key))
            if key == "0" and not with_x:
                grid.addWidget(key_button, 3, 0, 1, 2)  # the 0 takes the X's place too
            else:
                grid.addWidget(key_button, index // 3, index % 3)
