"""A big on-screen keypad for ID numbers: digits, X, delete."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui.widgets.common import button

_KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "X", "0", "DEL"]


class Keypad(QWidget):
    key_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keypad")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        for index, key in enumerate(_KEYS):
            text = self.tr("删除") if key == "DEL" else key
            spoken = self.tr("删除一位") if key == "DEL" else key
            key_button = button(text, name=f"key_{key}", role="key", spoken=spoken)
            key_button.clicked.connect(lambda _=False, key=key: self.key_pressed.emit(key))
            grid.addWidget(key_button, index // 3, index % 3)
