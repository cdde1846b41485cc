"""Composition root: build the kiosk's services from configuration.

The center (in-process simulated one when no URL is configured) and the store
are opened off the UI thread after the first paint; ``client()`` and
``store()`` wait for them, and are only called from worker threads.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from kiosk.config import Config

log = logging.getLogger("kiosk.app")


@dataclass
class Services:
    config: Config
    _ready: threading.Event = field(default_factory=threading.Event)
    _error: BaseException | None = None
    _client: object = None
    _store: object = None
    _center: object = None
    _stop: threading.Event = field(default_factory=threading.Event)
    _sync_thread: threading.Thread | None = None

    def open(self) -> None:
        """Blocking: start the center if needed, open the store. Run in a worker."""
        try:
            from kiosk.store.db import open_store
            from kiosk.sync.client import CenterClient

            url = self.config.center_url
            if not url:
                from kiosk.center.server import start_center

                self._center = start_center(self.config.home / "center" / "center.db")
                url = self._center.url
                log.info("simulated center started at %s", url)
            self._store = open_store(self.config.db_path)
            self._client = CenterClient(self.config, url)
            self._start_sync()
        except BaseException as exc:  # recorded and re-raised to every waiter
            self._error = exc
            log.exception("services failed to open")
            raise
        finally:
            self._ready.set()

    def _start_sync(self) -> None:
        from kiosk.sync.client import CenterClient
        from kiosk.sync.worker import SyncWorker

        # the worker gets its own HTTP client: a slow delivery never holds up a person's lookup
        worker = SyncWorker.from_config(self._store, CenterClient(self.config, self._client_url()), self.config)
        self._sync_thread = threading.Thread(target=worker.run_forever, args=(self._stop,), name="sync", daemon=True)
        self._sync_thread.start()

    def _client_url(self) -> str:
        return self.config.center_url or self._center.url

    def _wait(self):
        if not self._ready.wait(timeout=60):
            raise TimeoutError("services did not open within 60 s")
        if self._error is not None:
            raise RuntimeError("services failed to open") from self._error

    def client(self):
        self._wait()
        return self._client

    def store(self):
        self._wait()
        return self._store

    def close(self) -> None:
        self._stop.set()
        if self._sync_thread is not None:
            self._sync_thread.join(timeout=5)
        if self._client is not None:
            self._client.close()
        if self._center is not None:
            self._center.stop()
