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
    _sync_process: object = None
    _policy: object = None
    audit_intact: bool = True
    _policy_stamp: tuple = ()
    _policy_lock: threading.Lock = field(default_factory=threading.Lock)
    _operations: object = None

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
            self._check_audit_trail()
            self._client = CenterClient(self.config, url)
            if self.config.sync_autostart:
                self._start_sync()
        except BaseException as exc:  # recorded and re-raised to every waiter
            self._error = exc
            log.exception("services failed to open")
            raise
        finally:
            self._ready.set()

    @classmethod
    def for_command_line(cls, config: Config) -> "Services":
        """A CLI verb's services: the store opened now; the center only where one is configured
        (verbs never start the simulated one)."""
        from kiosk.store.db import open_store
        from kiosk.sync.client import CenterClient

        services = cls(config)
        services._store = open_store(config.db_path)
        if config.center_url:
            services._client = CenterClient(config, config.center_url)
        services._ready.set()
        return services

    def _check_audit_trail(self) -> None:
        """At every start: a broken chain is logged loudly and shown to staff in the header."""
        from kiosk.store import audit

        with self._store() as session:
            intact, count, broken = audit.verify(session)
        self.audit_intact = intact
        if intact:
            log.info("audit trail intact (%d events)", count)
        else:
            log.critical("audit trail broken at event %s: someone changed or removed a row", broken)

    def _start_sync(self) -> None:
        """Delivery runs as its own process (``kiosk sync run``): it never competes with the
        screen for the interpreter, and it can be killed and restarted on its own."""
        import os
        import subprocess
        import sys

        env = {**os.environ, "KIOSK_HOME": str(self.config.home), "KIOSK_CENTER_URL": self._client_url()}
        self.config.log_dir.mkdir(parents=True, exist_ok=True)
        with open(self.config.log_dir / "sync-console.log", "ab") as console:
            self._sync_process = subprocess.Popen(
                [sys.executable, "-m", "kiosk", "sync", "run"],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=console,
                stderr=console,
            )

    def _client_url(self) -> str:
        return self.config.center_url or self._center.url

    def is_open(self) -> bool:
        return self._ready.is_set() and self._error is None

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

    def operations(self):
        """The business actions on this kiosk's store and center (built on first use, off the UI
        thread: it imports SQLAlchemy, which the first paint does not need)."""
        if self._operations is None:
            from kiosk.flows.operations import Operations

            self._operations = Operations(self.config, self.store, self.client, self.policy)
        return self._operations

    def policy(self):
        """Blocking (worker thread): the policy library, loaded again only when the file on disk
        changed (an update from the center); jieba's dictionary takes a second the first time."""
        from kiosk.policy import ingest
        from kiosk.policy.answer import PolicyLibrary, library_dir

        with self._policy_lock:
            file = library_dir(self.config.home) / ingest.LIBRARY_FILE
            stamp = (file, file.stat().st_mtime_ns)
            if self._policy is None or stamp != self._policy_stamp:
                self._policy, self._policy_stamp = PolicyLibrary.open(file.parent), stamp
            return self._policy

    def close(self) -> None:
        if self._sync_process is not None:
            self._sync_process.terminate()
            try:
                self._sync_process.wait(timeout=5)
            except Exception:
                self._sync_process.kill()
                self._sync_process.wait(timeout=5)
        if self._client is not None:
            self._client.close()
        if self._center is not None:
            self._center.stop()
