"""The card readers, watched off the UI thread while a screen that identifies people is up: a
身份证 laid on the reader or a 社保卡 put in is picked up without a press. Results reach the UI as
signals (connect them to a QObject's methods, so they arrive on the UI thread)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.devices.cards import ReaderError, identity_of

log = logging.getLogger("kiosk.devices")


class CardWatcher(QObject):
    presented = Signal(object)  # an IdCard or SsCard, in memory only
    failed = Signal(str)  # a card is there but could not be read: an error-catalogue key
    lost = Signal(str)  # a reader stopped answering or was unplugged (its kind)
    thread_name = "card-watch"

    def __init__(self, readers: Callable[[], list], interval_s: float, parent: QObject | None = None):
        super().__init__(parent)
        self._readers = readers
        self._interval = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stop.is_set()

    def start(self) -> None:
        if self.running:
            return
        readers = self._readers()
        if not readers:
            return
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._watch, args=(readers, self._stop), name=self.thread_name, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Not joined: a poll in progress (a silent reader takes its timeout) must not freeze the
        screen; the thread ends after it and closes its readers. The port lock keeps two polls apart."""
        self._stop.set()
        self._thread = None

    def _watch(self, readers: list, stop: threading.Event) -> None:
        shown: dict[str, str] = {}  # kind -> what was last reported (a card's identity or an error)
        lost: set[str] = set()
        try:
            while not stop.is_set():
                for reader in readers:
                    self._poll_one(reader, shown, lost, stop)
                stop.wait(self._interval)
        finally:
            for reader in readers:
                try:
                    reader.close()
                except Exception:
                    log.debug("closing a card reader", exc_info=True)

    def _poll_one(self, reader, shown: dict[str, str], lost: set[str], stop: threading.Event) -> None:
        kind = reader.kind
        try:
            item = reader.poll()
        except ReaderError as error:
            if error.key == "reader_lost":
                if kind not in lost and not stop.is_set():
                    log.warning("%s reader lost: %s", kind, error.detail)
                    lost.add(kind)
                    self.lost.emit(kind)
                return
            if shown.get(kind) != f"error:{error.key}" and not stop.is_set():
                log.info("%s card not read: %s", kind, error.detail)
                shown[kind] = f"error:{error.key}"
                self.failed.emit(error.key)
            return
        except Exception:  # a bug in a reader must not end the watch silently
            log.exception("%s reader failed", kind)
            return
        lost.discard(kind)
        if item is None:
            shown.pop(kind, None)
            return
        identity = identity_of(item)
        if shown.get(kind) != identity and not stop.is_set():
            shown[kind] = identity  # the same card left lying there is not read twice
            self.presented.emit(item)
