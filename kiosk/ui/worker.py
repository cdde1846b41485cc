"""The one way a screen runs slow work: ``run_in_background(fn, on_success, on_failure)``.

``fn`` runs on a pool thread; the callbacks run on the UI thread. A callback
whose owner widget was deleted (for example after an idle reset) is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from kiosk.core.errors import PlainError

log = logging.getLogger("kiosk.ui")


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the failure path on the UI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class BackgroundRunner(QObject):
    """Owns the thread pool; keeps relays alive until their job reports back. ``busy`` tells
    when the first job a person waits for starts and the last one ends (the idle count pauses)."""

    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()
        self._waited = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        owner: QObject | None = None,
        waited: bool = True,
    ) -> None:
        """``waited``: a person is waiting for this (a center call, a filing being saved); False for
        housekeeping (the upload count, an audit write) that must not hold the idle count."""
        relay = _Relay()  # created on the UI thread, so its signals are delivered there
        self._relays.add(relay)
        if waited:
            self._waited += 1
            if self._waited == 1:
                self.busy.emit(True)
        alive = [True]
        if owner is not None:
            owner.destroyed.connect(lambda *_: alive.__setitem__(0, False))

        def finished() -> None:
            self._relays.discard(relay)
            if waited:
                self._waited -= 1
                if self._waited == 0 and isValid(self):  # a job may report after its window closed
                    self.busy.emit(False)

        @Slot(object)
        def done(result):
            finished()
            if alive[0]:
                on_success(result)

        @Slot(object)
        def failed(error):
            finished()
            if not isinstance(error, PlainError) or error.key == "bug":
                log.error("background job failed", exc_info=error)
            if alive[0]:
                on_failure(error)

        relay.succeeded.connect(done)
        relay.failed.connect(failed)
        self._pool.start(_Job(fn, relay))

    def wait_idle(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs)
