"""What every screen has: a name, a title, a spoken script, and a way to clear itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.core.errors import CATALOGUE
from kiosk.core.speakable import Reader, reader
from kiosk.ui.i18n import translated
from kiosk.ui.widgets.common import button, label

if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.config import Config
    from kiosk.devices.speech import Speech
    from kiosk.flows.operations import Operations
    from kiosk.flows.session import KioskSession
    from kiosk.ui.prompter import Prompter
    from kiosk.ui.worker import BackgroundRunner


@dataclass
class Devices:
    camera_factory: Callable[[], Any]
    printer: Any = None


@dataclass
class UiContext:
    """What a screen may use. Screens never see the window: they report outcomes (``done``)
    and the shell, following the journey, decides what comes next."""

    config: "Config"
    services: "Services"
    session: "KioskSession"
    speech: "Speech"
    prompter: "Prompter"
    runner: "BackgroundRunner"
    devices: Devices
    display: dict[str, Any] = field(default_factory=dict)  # locale, scale, theme, mode (owned by the shell)

    @property
    def ops(self) -> "Operations":
        """The business actions (blocking: call them through ``Screen.run``)."""
        return self.services.operations()


class Screen(QWidget):
    """Subclasses set ``name`` and build their widgets in ``build``."""

    name = ""
    outcome = Signal(str, dict)  # (what happened, its data): the journey maps it to the next screen

    def __init__(self, ctx: UiContext):
        super().__init__()
        self.ctx = ctx
        self.setObjectName(f"screen_{self.name}")
        self.layout_ = QVBoxLayout(self)
        margin = 40
        self.layout_.setContentsMargins(margin, 24, margin, 24)
        self.layout_.setSpacing(20)
        self.title_label = label(self.title(), "title", name="title")
        self.layout_.addWidget(self.title_label)
        self.build()

    # -- to override -----------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def build(self) -> None:
        raise NotImplementedError

    def script(self) -> str:
        """What is said on entering: what this is and what to do next."""
        return self.title()

    def on_enter(self) -> None:
        """Called each time the screen is shown."""

    def leave(self) -> None:
        """Called when another screen replaces this one: release devices."""

    def load_demo(self, demo: dict[str, Any]) -> None:
        """Fill the screen with demo data for screenshots."""

    # -- helpers ---------------------------------------------------------------
    @property
    def read(self) -> Reader:
        """Numbers, amounts and dates as the voice of the language on screen says them."""
        return reader(self.ctx.display["locale"])

    def focus_first(self) -> None:
        """Keypad users start on the screen's first control, not on the bottom bar."""
        first = next(
            (w for w in self.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()), None
        )
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_row_buttons(self, prefix: str, count: int, on_click) -> list:
        """Big rows, hidden until there is something to show; touching one reads it aloud."""
        rows = []
        for index in range(count):
            row = button("", name=f"{prefix}_row_{index}", role="secondary")
            row.setProperty("list", True)  # body-size text: a row holds several lines of facts
            row.clicked.connect(lambda _=False, i=index: on_click(i))
            row.hide()
            self.layout_.addWidget(row)
            rows.append(row)
        return rows

    def add_stretch(self) -> None:
        self.layout_.addStretch(1)

    def done(self, outcome: str, **data: Any) -> None:
        """Report what happened here; where it leads is the journey's business."""
        self.outcome.emit(outcome, data)

    def accept_code(self, text: str) -> None:
        """A scanner module's read while this screen is up (only the scan screen takes one)."""

    def speak(self, text: str) -> None:
        self.ctx.prompter.announce(text)

    def say_error(self, where, key: str) -> None:
        """A plain sentence from the catalogue: next to the field, with a sign, and spoken."""
        sentence = translated("errors", CATALOGUE[key])
        where.setText("⚠ " + sentence)
        self.speak(sentence)

    def run(self, fn, on_success, on_failure) -> None:
        self.ctx.runner.run(fn, on_success, on_failure, owner=self)

    def centre(self, widget: QWidget) -> None:
        self.layout_.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
