"""Small building blocks every screen uses: labels with a role, big buttons, tiles."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


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


def clear_grid(grid: QGridLayout) -> None:
    """Empty a screen's grid for its next step: widgets removed at once, row stretches reset."""
    while grid.count():
        widget = grid.takeAt(0).widget()
        if widget is not None:
            widget.setParent(None)  # out of findChildren at once; deleted by the event loop
            widget.deleteLater()
    for row in range(grid.rowCount()):
        grid.setRowStretch(row, 0)


def fill_grid(grid: QGridLayout, items, columns: int) -> None:
    """Big buttons in reading order, ``items`` as (object name, text, action, role); the rows
    below them take the spare height so the buttons keep their natural size."""
    for index, (name, text, action, role) in enumerate(items):
        choice = button(text, name=name, role=role)
        choice.clicked.connect(action)
        grid.addWidget(choice, index // columns, index % columns)
        choice.show()  # a layout shows new children of a visible screen only later
    grid.setRowStretch(len(items) // columns + 1, 1)


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
