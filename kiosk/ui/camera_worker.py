"""One camera, two uses (reading the 医保码, checking a face): the camera is read on its own
thread keeping only the newest frame, and a worker thread handles each new frame in turn,
dropping whatever arrived meanwhile (it never queues). Results reach the UI as Qt signals;
the preview is pulled by the screen at its own pace."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator

import numpy as np
from PySide6.QtCore import QObject, Signal

from kiosk.devices.camera import CameraUnavailable, FrameSource, NewestFrameGrabber

log = logging.getLogger("kiosk.devices")


class CameraWorker(QObject):
    camera_lost = Signal()  # missing at start or unplugged mid-way
    thread_name = "camera-work"
    join_timeout_s = 2.0

    def __init__(self, camera_factory: Callable[[], FrameSource], parent: QObject | None = None):
        super().__init__(parent)
        self._factory = camera_factory
        self._grabber: NewestFrameGrabber | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self.stop()
        try:
            self._grabber = NewestFrameGrabber(self._factory()).start()
        except (CameraUnavailable, OSError) as exc:
            log.warning("camera unavailable: %s", exc)
            self.camera_lost.emit()
            return
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._work, name=self.thread_name, daemon=True)
        self._thread.start()

    def newest_frame(self) -> np.ndarray | None:
        return self._grabber.newest()[1] if self._grabber else None

    def _frames(self) -> Iterator[np.ndarray]:
        """Each frame newer than the last one handed out, until stopped or the camera is lost."""
        seen = 0
        while not self._stop.is_set():
            if self._grabber.lost.is_set():
                self.camera_lost.emit()
                return
            sequence, frame = self._grabber.newest()
            if sequence == seen or frame is None:
                self._stop.wait(0.01)
                continue
            seen = sequence
            yield frame

    def _work(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.join_timeout_s)
            self._thread = None
        if self._grabber is not None:
            self._grabber.stop()
            self._grabber = None
