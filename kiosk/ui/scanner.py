"""The 医保码 pipeline: each new camera frame decoded on the worker thread, a code confirmed
by two agreeing reads, guidance for aiming the phone."""

from __future__ import annotations

import cv2
from PySide6.QtCore import Signal

from kiosk.devices.qr import QrDecoder
from kiosk.flows.scan import CodeConfirmer, guidance
from kiosk.ui.camera_worker import CameraWorker


class CameraScanner(CameraWorker):
    code_confirmed = Signal(str)
    hint = Signal(str)  # too_dark | closer | aim
    thread_name = "qr-decode"

    def _work(self) -> None:
        decoder, confirmer = QrDecoder(), CodeConfirmer()
        misses, last_hint = 0, ""
        for frame in self._frames():
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
