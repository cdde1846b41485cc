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

from kiosk.devices.camera import CameraUnavailable, FrameSource, NewestFrameGrabber

log = logging.getLogger("kiosk.devices")


class FaceScanner(QObject):
    checked = Signal(object, float)   # FrameCheck, monotonic time
    matched = Signal(object)          # Match
    camera_lost = Signal()

    def __init__(self, camera_factory: Callable[[], FrameSource], threshold: float, parent: QObject | None = None):
        super().__init__(parent)
        self._factory = camera_factory
        self._threshold = threshold
        self._grabber: NewestFrameGrabber | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._reference: bytes | None = None
        self._match_requested = threading.Event()
        self._best: np.ndarray | None = None

    def start(self) -> None:
        self.stop()
        try:
            self._grabber = NewestFrameGrabber(self._factory()).start()
        except (CameraUnavailable, OSError) as exc:
            log.warning("camera unavailable: %s", exc)
            self.camera_lost.emit()
            return
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="face-check", daemon=True)
        self._thread.start()

    def newest_frame(self) -> np.ndarray | None:
        return self._grabber.newest()[1] if self._grabber else None

    def request_match(self, reference: bytes) -> None:
        self._reference = reference
        self._match_requested.set()

    def _loop(self) -> None:
        from kiosk.devices.face import FaceEngine

        engine, seen = FaceEngine(threshold=self._threshold), 0
        try:
            while not self._stop.is_set():
                if self._grabber.lost.is_set():
                    self.camera_lost.emit()
                    return
                if self._match_requested.is_set():
                    self._match_requested.clear()
                    self.matched.emit(self._match(engine))
                    continue
                sequence, frame = self._grabber.newest()
                if sequence == seen or frame is None:
                    self._stop.wait(0.01)
                    continue
                seen = sequence
                check = engine.check(frame)
                if check.problem is None and abs(check.yaw) <= engine.max_yaw:
                    self._best = frame  # the frontal frame the match will use
                self.checked.emit(check, time.monotonic())
        except Exception:
            log.exception("face check failed")
            self.camera_lost.emit()

    def _match(self, engine):
        start = time.perf_counter()
        reference = cv2.imdecode(np.frombuffer(self._reference or b"", np.uint8), cv2.IMREAD_COLOR) if self._reference else None
        live = engine.embedding(self._best) if self._best is not None else (None, 0)
        ref = engine.embedding(reference) if reference is not None else (None, 0)
        return engine.decide(live, ref, start)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._grabber is not None:
            self._grabber.stop()
            self._grabber = None
        self._reference = self._best = None  # nothing biometric outlives the check
