"""QR decoding, measured on ../shared/data/qr_real (see benchmarks/qr_decode.py).

zxing-cpp reads most images at once (93.5% there, under a millisecond).
Two fallbacks add reads without guessing: a 2x upscale (small or thin
modules; read with the local and then the global binarizer), then OpenCV's
detector. Fallbacks run only on images up to ``SMALL_SIDE`` px: on full camera
frames they would cost more than they add, and the camera simply tries the
next frame. Text is byte-exact (TextMode.Plain), never "human readable".
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

SMALL_SIDE = 800


@dataclass(frozen=True)
class QrRead:
    text: str | None
    ms: float
    stage: str  # which stage read it: zxing, zxing-up2, zxing-up2-global, opencv, or none

    @property
    def ok(self) -> bool:
        return self.text is not None


def _zxing(gray: np.ndarray, binarizer=zxingcpp.Binarizer.LocalAverage) -> str | None:
    found = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode, text_mode=zxingcpp.TextMode.Plain,
                                   binarizer=binarizer)
    return found[0].text if found else None


class QrDecoder:
    def __init__(self):
        self._opencv = cv2.QRCodeDetector()

    def decode(self, image: np.ndarray, thorough: bool | None = None) -> QrRead:
        """``thorough`` defaults to True for images up to SMALL_SIDE px."""
        started = time.perf_counter()
        gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        if thorough is None:
            thorough = max(gray.shape) <= SMALL_SIDE
        text = _zxing(gray)
        stage = "zxing"
        if text is None and thorough:
            for stage, attempt in self._fallbacks(gray):
                text = attempt()
                if text is not None:
                    break
        return QrRead(text, (time.perf_counter() - started) * 1000, stage if text is not None else "none")

    def _fallbacks(self, gray: np.ndarray):
        up2 = cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
        yield "zxing-up2", lambda: _zxing(up2)
        yield "zxing-up2-global", lambda: _zxing(up2, zxingcpp.Binarizer.GlobalHistogram)
        yield "opencv", lambda: opencv_text(self._opencv, gray)


def opencv_text(detector, gray: np.ndarray) -> str | None:
    try:
        return detector.detectAndDecode(gray)[0] or None
    except (UnicodeDecodeError, cv2.error):  # modes OpenCV cannot decode (Kanji, Shift_JIS) are not ours anyway
        return None


def read_image(path: Path) -> np.ndarray:
    # imdecode handles non-ASCII paths and every format OpenCV reads (png, jpg, webp)
    data = np.fromfile(str(path), dtype=np.uint8)
    image = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE) if data.size else None
    if image is None:
        raise ValueError(f"{path} is not an image this kiosk can read")
    return image
