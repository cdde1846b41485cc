"""Full-area notices over the current screen: the idle warning and the staff call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.ui.widgets.common import button, label


class Overlay(QWidget):
    """Covers the screen area (not the bottom bar) with one message, one big default button
    (focused, the accent colour) and, when ``second`` is set, a plain second choice under it."""

    def __init__(self, name: str, title: str, action_text: str, parent: QWidget, second: bool = False):
        super().__init__(parent)
        self.setObjectName(name)
        # Cover the screen beneath completely: one message at a time, nothing to misread behind it.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(1)
        card = QFrame()
        card.setProperty("role", "overlay")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 40, 40, 40)
        inner.setSpacing(32)
        self.title_label = label(title, "title", name=f"{name}_title", align=Qt.AlignmentFlag.AlignCenter)
        self.message = label("", "", name=f"{name}_message", align=Qt.AlignmentFlag.AlignCenter)
        self.action = button(action_text, name=f"{name}_action", role="accent")
        self.second = button("", name=f"{name}_second", role="secondary") if second else None
        for widget in (self.title_label, self.message, self.action, self.second):
            if widget is not None:
                inner.addWidget(widget)
        outer.addWidget(card)
        outer.addStretch(1)
        self.hide()

    def show_over(self, area: QWidget) -> None:
        self.setGeometry(area.geometry())
        self.show()
        self.raise_()
        self.action.setFocus()
