"""Rendering QR codes (demo vouchers, receipt references) with qrcode + OpenCV."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import qrcode


def qr_matrix(text: str, border: int = 4) -> np.ndarray:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=border)
    code.add_data(text)
    code.make(fit=True)
    return np.array(code.get_matrix(), dtype=bool)


def qr_image(text: str, module_px: int = 8) -> np.ndarray:
    """A grayscale image: black modules on white, ``module_px`` pixels per module."""
    matrix = qr_matrix(text)
    image = np.where(matrix, 0, 255).astype(np.uint8)
    return cv2.resize(image, None, fx=module_px, fy=module_px, interpolation=cv2.INTER_NEAREST)


def save_qr(text: str, out: Path, module_px: int = 8) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    ok, encoded = cv2.imencode(".png", qr_image(text, module_px))
    if not ok:
        raise OSError(f"could not encode {out}")
    out.write_bytes(encoded.tobytes())
    return out
