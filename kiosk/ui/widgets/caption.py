"""The caption line above the bottom bar: what the kiosk is saying, a few lines at a time.

It has a fixed height, so a long script never squeezes the screen above it (English and
Uyghur need twice the room of Chinese). While the voice reads, it shows the sentence
being read; without a voice (captions only) it shows the text a page at a time, turning
the page at a pace people read."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel

from kiosk.ui.i18n import is_han
from kiosk.ui.widgets.common import Label

LINES = 3
VERTICAL_PADDING = 8  # the style sheet's caption padding, top and bottom
READING_MS_PER_CHAR = 120  # slow readers: about eight characters a second
MIN_PAGE_MS = 4000
_AFTER_COMMA = re.compile(r"(?<=[，、,،：:])")


class Caption(Label):
    def __init__(self, split_sentences: Callable[[str], list[str]]):
        super().__init__()
        self.setObjectName("caption")
        self.setProperty("role", "caption")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._split = split_sentences
        self._pages: list[str] = []
        self._page = 0
        self._said: tuple[str, tuple[int, int] | None] = ("", None)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next_page)

    def fit(self) -> None:
        """After a style change: room for exactly LINES lines of the caption font."""
        self.ensurePolished()
        self.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * LINES + 2 * VERTICAL_PADDING)

    def say(self, text: str, span: tuple[int, int] | None) -> None:
        """``span``: the sentence the voice is reading now; None: show all of it, page by page."""
        self._said = (text, span)
        self._timer.stop()
        self._pages = [text[span[0] : span[1]].strip()] if span is not None else self._paginate(text)
        self._page = 0
        self._show_page()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width() and self._said[0]:
            self.say(*self._said)  # pages depend on the width: the first screen is laid out after it spoke

    def _show_page(self) -> None:
        page = self._pages[self._page] if self._pages else ""
        self.setText(page)
        if self._page + 1 < len(self._pages):
            self._timer.start(max(MIN_PAGE_MS, READING_MS_PER_CHAR * len(page)))

    def _next_page(self) -> None:
        self._page += 1
        self._show_page()

    def _paginate(self, text: str) -> list[str]:
        pages: list[str] = []
        page = ""
        for sentence in self._pieces(text):
            # Chinese runs sentences together; languages written with spaces get one between them
            joined = (
                page + sentence if not page or is_han(sentence[0]) or sentence[0] in "，。" else f"{page} {sentence}"
            )
            if page and not self._fits(joined):
                pages.append(page)
                page = sentence
            else:
                page = joined
        return [*pages, page]

    def _pieces(self, text: str) -> list[str]:
        """Sentences; one too long for the caption is cut after its commas."""
        pieces = []
        for sentence in self._split(text):
            if self._fits(sentence):
                pieces.append(sentence)
            else:
                pieces += [part for part in _AFTER_COMMA.split(sentence) if part.strip()]
        return pieces

    def _fits(self, text: str) -> bool:
        """Measured the way the label itself lays text out (its rich-text engine breaks lines
        differently from QFontMetrics, most of all in Arabic script)."""
        shown = self.text()
        self.setText(text)
        height = self.heightForWidth(self.width())
        QLabel.setText(self, shown)
        return height <= self.height()
