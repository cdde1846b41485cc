"""The camera scanning pipeline on its own thread: newest frame in, confirmed code out.

The decode thread takes the grabber's newest frame, decodes it and drops
whatever arrived meanwhile (it never queues). Results reach the UI thread as
Qt signals; the preview is pulled by the screen at its own pace.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import cv2
import numpy as np
from PySide6.QtCore import QObject, Signal

from kiosk.devices.camera import CameraUnavailable, FrameSource, NewestFrameGrabber
from kiosk.devices.qr import QrDecoder
from kiosk.flows.scan import CodeConfirmer, guidance

log = logging.getLogger("kiosk.devices")


class CameraScanner(QObject):
    code_confirmed = Signal(str)
    hint = Signal(str)          # too_dark | closer | aim
    camera_lost = Signal()      # missing at start or unplugged mid-scan

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
        self._thread = threading.Thread(target=self._decode_loop, name="qr-decode", daemon=True)
        self._thread.start()

    def newest_frame(self) -> np.ndarray | None:
        return self._grabber.newest()[1] if self._grabber else None

    def _decode_loop(self) -> None:
        decoder, confirmer = QrDecoder(), CodeConfirmer()
        seen, misses, last_hint = 0, 0, ""
        while not self._stop.is_set():
            if self._grabber.lost.is_set():
                self.camera_lost.emit()
                return
            sequence, frame = self._grabber.newest()
            if sequence == seen or frame is None:
                self._stop.wait(0.01)
                continue
            seen = sequence
            gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
            read = decoder.decode(gray)
            misses = 0 if read.ok else misses + 1
            code = confirmer.offer(read.text)
            if code is not None:
                self.code_confirmed.emit(code)
                return
            hint = guidance(gray, misses)
            if hint != last_hint:
                last_hint = hint
                self.hint.emit(hint)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None
        if self._grabber is not None:
            self._grabber.stop()
            self._grabber = None
