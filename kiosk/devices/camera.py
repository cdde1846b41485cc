"""Camera sources behind one small interface, and the newest-frame grabber.

``OpenCvCamera`` reads a real device; ``ImageSequenceSource`` replays files;
``SyntheticPhoneSource`` draws a phone screen showing a QR code in a hall scene,
with the damage a real camera meets (see ``phone_frames``), for tests, demos
and benchmarks. All return
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
    """A phone held up to the camera, showing ``text`` as a QR code (or nothing).

    ``damage`` is one of ``phone_frames.DAMAGE_KINDS`` at ``strength`` 0..1 (the scene is
    drawn from ``seed``); without it the phone is held face on at ``code_px``, with the
    older switches (dark mode, a glare spot, an in-plane tilt). Each frame adds the
    hand's tremor and fresh sensor noise, as a held phone gives.
    """

    def __init__(
        self,
        text: str | None,
        size=(1280, 720),
        seed: int = 0,
        dark_mode: bool = False,
        glare: bool = False,
        tilt_deg: float = 0.0,
        code_px: int = 300,
        frames: int | None = None,
        damage: str | None = None,
        strength: float = 0.5,
    ):
        from kiosk.devices.phone_frames import PhonePose, screen_image
        from kiosk.devices.qr_image import qr_image

        self._rng = np.random.default_rng(seed)
        self._size = size
        if damage is not None:
            pose = PhonePose.draw(damage, strength, self._rng)
        else:
            pose = PhonePose(
                code_px=code_px,
                centre=(size[0] / 2, size[1] / 2),
                roll_deg=tilt_deg,
                dark_mode=dark_mode,
                glare=150.0 if glare else 0.0,
                glare_radius=0.15,
            )
        self.pose = pose
        code = qr_image(text, module_px=8) if text is not None else None
        self._page, self._code_box = screen_image(code, self._rng, pose.dark_mode)
        if text is None:
            self._page = None
        self.code_quad: np.ndarray | None = None  # where the code was in the last frame (for measuring locators)
        self._left = frames
        self._closed = False

    def read(self) -> np.ndarray | None:
        from kiosk.devices.phone_frames import code_quad, render

        if self._closed or self._left == 0:
            return None
        if self._left is not None:
            self._left -= 1
        pose = self.pose.tremor(self._rng)
        if self._page is not None:
            self.code_quad = code_quad(pose, self._code_box, self._page.shape)
        return render(pose, self._page, self._code_box, self._rng, self._size)

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
