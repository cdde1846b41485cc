"""The camera preview with a guide drawn on it: a square for a phone's code, an oval for a face."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel


def show_frame(target: QLabel, frame, width: int, height: int, colour: str, guide: str) -> None:
    """``frame`` is a BGR array or None (a dark panel); ``guide`` is "square" or "oval"."""
    if frame is None:
        pixmap = QPixmap(width, height)
        pixmap.fill(QColor("#333333"))
    else:
        import cv2

        small = cv2.cvtColor(cv2.resize(frame, (width, height), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2RGB)
        image = QImage(small.data, width, height, width * 3, QImage.Format.Format_RGB888)
        pixmap = QPixmap.fromImage(image.copy())
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor(colour), 8))
    if guide == "oval":  # where the face goes: upright, a little taller than wide
        w, h = int(height * 0.55), int(height * 0.8)
        painter.drawEllipse((width - w) // 2, (height - h) // 2, w, h)
    else:
        side = int(height * 0.8)
        painter.drawRect((width - side) // 2, (height - side) // 2, side, side)
    painter.end()
    target.setPixmap(pixmap)
