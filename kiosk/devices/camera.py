"""Camera sources behind one small interface, and the newest-frame grabber.

``OpenCvCamera`` reads a real device; ``ImageSequenceSource`` replays files;
``SyntheticPhoneSource`` draws a phone screen showing a QR code onto a noisy
scene (glare, dark mode, tilt) for tests, demos and benchmarks. All return
BGR frames; ``read`` returns None when the source has gone (unplugged).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np


class FrameSource(Protocol):
    def read(self) -> np.ndarray | None: ...
    def close(self) -> None: ...


class CameraUnavailable(RuntimeError):
    pass


class OpenCvCamera:
    def __init__(self, index: int = 0, width: int = 1280, height: int = 720):
        self._capture = cv2.VideoCapture(index)
        if not self._capture.isOpened():
            raise CameraUnavailable(f"camera {index} cannot be opened")
        self._capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        self._capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)

    def read(self) -> np.ndarray | None:
        ok, frame = self._capture.read()
        return frame if ok else None

    def close(self) -> None:
        self._capture.release()


class ImageSequenceSource:
    """Image files (or frames already in memory) played as a camera."""

    def __init__(self, paths: Sequence[Path | np.ndarray], loop: bool = True):
        self._frames = [p if isinstance(p, np.ndarray) else cv2.imread(str(p)) for p in paths]
        self._loop = loop
        self._index = 0

    def read(self) -> np.ndarray | None:
        if self._index >= len(self._frames):
            if not self._loop or not self._frames:
                return None
            self._index = 0
        frame = self._frames[self._index]
        self._index += 1
        return frame

    def close(self) -> None:
        self._frames = []


class SyntheticPhoneSource:
    """A phone held up to the camera, showing ``text`` as a QR code (or nothing)."""

    def __init__(self, text: str | None, size=(1280, 720), seed: int = 0, dark_mode: bool = False, glare: bool = False,
                 tilt_deg: float = 0.0, code_px: int = 300, frames: int | None = None):
        from kiosk.devices.qr_image import qr_image

        self._rng = np.random.default_rng(seed)
        self._size = size
        self._code = None
        if text is not None:
            code = qr_image(text, module_px=4)
            code = cv2.resize(code, (code_px, code_px), interpolation=cv2.INTER_AREA)
            self._code = 255 - code if dark_mode else code
        self._glare, self._tilt = glare, tilt_deg
        self._left = frames
        self._closed = False

    def read(self) -> np.ndarray | None:
        if self._closed or self._left == 0:
            return None
        if self._left is not None:
            self._left -= 1
        width, height = self._size
        scene = self._rng.normal(110, 25, (height, width)).clip(0, 255).astype(np.uint8)
        if self._code is not None:
            side = self._code.shape[0]
            phone = np.full((side + 80, side + 40), 30, np.uint8)
            phone[40:40 + side, 20:20 + side] = self._code
            jitter = self._rng.integers(-6, 7, 2)
            y, x = (height - phone.shape[0]) // 2 + jitter[0], (width - phone.shape[1]) // 2 + jitter[1]
            scene[y:y + phone.shape[0], x:x + phone.shape[1]] = phone
            if self._tilt:
                matrix = cv2.getRotationMatrix2D((width / 2, height / 2), self._tilt, 1.0)
                scene = cv2.warpAffine(scene, matrix, (width, height), borderValue=110)
            if self._glare:
                glow = np.zeros_like(scene, dtype=np.float32)
                cv2.circle(glow, (x + side // 3, y + side // 3), side // 6, 90.0, -1)
                scene = np.clip(scene + cv2.GaussianBlur(glow, (0, 0), side / 12), 0, 255).astype(np.uint8)
        return cv2.cvtColor(scene, cv2.COLOR_GRAY2BGR)

    def close(self) -> None:
        self._closed = True


class NewestFrameGrabber:
    """Reads a source on its own thread and keeps only the newest frame (older ones are dropped)."""

    def __init__(self, source: FrameSource):
        self._source = source
        self._lock = threading.Lock()
        self._frame: np.ndarray | None = None
        self._sequence = 0
        self._stop = threading.Event()
        self.lost = threading.Event()  # the source stopped giving frames (unplugged)
        self._thread = threading.Thread(target=self._run, name="camera", daemon=True)

    def start(self) -> "NewestFrameGrabber":
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                frame = self._source.read()
            except Exception:  # a driver error is the same as an unplugged camera to the person
                frame = None
            if frame is None:
                self.lost.set()
                return
            with self._lock:
                self._frame, self._sequence = frame, self._sequence + 1
            self._stop.wait(0.03)  # about 30 frames per second; a real camera blocks in read() instead

    def newest(self) -> tuple[int, np.ndarray | None]:
        with self._lock:
            return self._sequence, self._frame

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._source.close()
