"""The face pipeline on its own thread: the newest frame is checked (on a 320 px copy) and the
result goes to the UI as a signal; when asked, the best frontal frame is matched against the
reference photo. Frames, the reference and embeddings live in this object's memory only and
are dropped by ``stop``."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import cv2
import numpy as np
from PySide6.QtCore import QObject, Signal

from kiosk.devices.camera import FrameSource
from kiosk.ui.camera_worker import CameraWorker

log = logging.getLogger("kiosk.devices")


class FaceScanner(CameraWorker):
    checked = Signal(object, float)  # FrameCheck, monotonic time
    matched = Signal(object)  # Match
    thread_name = "face-check"
    join_timeout_s = 5.0  # a match in progress takes a few hundred ms

    def __init__(self, camera_factory: Callable[[], FrameSource], threshold: float, parent: QObject | None = None):
        super().__init__(camera_factory, parent)
        self._threshold = threshold
        self._reference: bytes | None = None
        self._match_requested = threading.Event()
        self._best: np.ndarray | None = None

    def request_match(self, reference: bytes) -> None:
        self._reference = reference
        self._match_requested.set()

    def _work(self) -> None:
        from kiosk.devices.face import FaceEngine

        engine = FaceEngine(threshold=self._threshold)
        try:
            for frame in self._frames():
                if self._match_requested.is_set():
                    self._match_requested.clear()
                    self.matched.emit(self._match(engine))
                    continue
                check = engine.check(frame)
                if check.problem is None and abs(check.yaw) <= engine.max_yaw:
                    self._best = frame  # the frontal frame the match will use
                self.checked.emit(check, time.monotonic())
        except Exception:
            log.exception("face check failed")
            self.camera_lost.emit()

    def _match(self, engine):
        start = time.perf_counter()
        reference = (
            cv2.imdecode(np.frombuffer(self._reference or b"", np.uint8), cv2.IMREAD_COLOR) if self._reference else None
        )
        live = engine.embedding(self._best) if self._best is not None else (None, 0)
        ref = engine.embedding(reference) if reference is not None else (None, 0)
        return engine.decide(live, ref, start)

    def stop(self) -> None:
        super().stop()
        self._reference = self._best = None  # nothing biometric outlives the check
