"""A card put on a reader while a screen that identifies people is up (the identify screen, the
医保码 screen, the ID keypad): read off the UI thread, looked up at the center, reported to the
journey as ``identified`` (or ``card_needs_pin`` where the hall asks for the 社保卡's PIN). Each
problem is one plain sentence; nothing of the card is kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.core.errors import catalogue_key
from kiosk.devices.cards import readers_from
from kiosk.ui.card_watcher import CardWatcher


class CardPickup(QObject):
    def __init__(self, screen, show_error: Callable[[str], None], show_busy: Callable[[], None] | None = None):
        super().__init__(screen)
        self._screen, self._show_error, self._show_busy = screen, show_error, show_busy or (lambda: None)
        config = screen.ctx.config
        self.watcher = CardWatcher(lambda: readers_from(config), config.card_poll_s, self)
        self.watcher.presented.connect(self._presented)
        self.watcher.failed.connect(self._failed)
        self.watcher.lost.connect(self._lost)
        self._busy = False

    def start(self) -> None:
        self._busy = False
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()

    def _presented(self, card) -> None:
        if self._busy or not self.watcher.running:
            return  # a lookup is on its way, or the screen has gone
        screen, ctx = self._screen, self._screen.ctx
        if card.kind == "sscard" and ctx.config.sscard_pin_required:
            ctx.session.pending_card = card
            screen.done("card_needs_pin")
            return
        self._busy = True
        self._show_busy()
        screen.speak(self.tr("读到卡了。正在查询，请稍等。"))
        ops = ctx.ops
        lookup = ops.lookup_by_idcard if card.kind == "idcard" else ops.lookup_by_sscard
        screen.run(
            lambda: lookup(card),
            lambda person: screen.done("identified", person=person, by=card.kind),
            self._lookup_failed,
        )

    def _lookup_failed(self, error) -> None:
        self._busy = False
        self._show_error(catalogue_key(error))

    def _failed(self, key: str) -> None:
        if not self._busy:
            self._show_error(key)

    def _lost(self, _kind: str) -> None:
        self._show_error("reader_lost")
