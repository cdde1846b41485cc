"""Camera frames for the face tests, made at test time from ../shared/data/faces (test data
only: read from shared/, never copied into the project)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

FACES = Path(__file__).resolve().parents[2] / "shared" / "data" / "faces" / "face_recognition"
needs_faces = pytest.mark.skipif(not FACES.exists(), reason="shared/data/faces is not beside the project")


def _face_box(image):
    from kiosk.devices.face import _models

    rgb = cv2.cvtColor(image, cv2.COLOR_BGR2RGB)
    face = max(_models()["detector"](rgb, 1), key=lambda f: f.width())
    return face.left(), face.top(), face.right(), face.bottom()


def portrait(name: str, size=(640, 480)) -> np.ndarray:
    """A 640x480 camera frame with the face centred, about a third of the width."""
    image = cv2.imread(str(FACES / name))
    left, top, right, bottom = _face_box(image)
    cx, cy, width = (left + right) / 2, (top + bottom) / 2, (right - left) * 3
    height = width * size[1] / size[0]
    matrix = np.float32(
        [
            [size[0] / width, 0, -(cx - width / 2) * size[0] / width],
            [0, size[1] / height, -(cy - height / 2) * size[1] / height],
        ]
    )
    return cv2.warpAffine(image, matrix, size, borderMode=cv2.BORDER_REPLICATE)


def turned(frame: np.ndarray, amount: float = 0.35) -> np.ndarray:
    """The same face with the head turned a little (a shear about the centre moves the nose
    sideways against the eyes, as a small turn does)."""
    h, w = frame.shape[:2]
    matrix = np.float32([[1, amount, -amount * h / 2], [0, 1, 0]])
    return cv2.warpAffine(frame, matrix, (w, h), borderMode=cv2.BORDER_REPLICATE)


def dark(frame: np.ndarray) -> np.ndarray:
    return (frame * 0.12).astype(np.uint8)


def two_people(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    half = lambda f: cv2.resize(f[:, 80:560], (320, 320))  # noqa: E731
    frame = np.full((480, 640, 3), 90, np.uint8)
    frame[80:400, :320], frame[80:400, 320:] = half(a), half(b)
    return frame


def empty_room() -> np.ndarray:
    return np.random.default_rng(0).integers(90, 140, (480, 640, 3), dtype=np.uint8)
