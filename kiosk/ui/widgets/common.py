"""Small building blocks every screen uses: labels with a role, big buttons, tiles."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


def label(text: str = "", role: str = "", *, name: str = "", wrap: bool = True, align=None) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # no markup from data, ever
    if align is not None:
        widget.setAlignment(align)
    return widget


def button(text: str, *, name: str, role: str = "", spoken: str = "") -> QPushButton:
    """A big button; actions fire on release (QPushButton.clicked), never on press."""
    widget = QPushButton(text)
    widget.setObjectName(name)
    if role:
        widget.setProperty("role", role)
    widget.setAccessibleName(spoken or text.replace("\n", ""))
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return widget


class Tile(QPushButton):
    """A home-screen tile: a big name and one plain line of what it is for."""

    activated = Signal()

    def __init__(self, name: str, title: str, subtitle: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "tile")
        self.setAccessibleName(f"{title}，{subtitle}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        self.title_label = label(title, "tile_title", name=f"{name}_title", align=Qt.AlignmentFlag.AlignCenter)
        self.subtitle_label = label(subtitle, "tile_subtitle", name=f"{name}_subtitle", align=Qt.AlignmentFlag.AlignCenter)
        for part in (self.title_label, self.subtitle_label):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(part)
        self.clicked.connect(self.activated)

    def sizeHint(self):
        return self.layout().sizeHint()

    def minimumSizeHint(self):
        return self.layout().minimumSize()
