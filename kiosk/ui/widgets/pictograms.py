"""Pictures of the four ways to say who you are, drawn with QPainter in the tile's text colour
(so they keep the tile's contrast in every theme): an ID card laid on a reader, a card with its
chip going into a slot, a phone showing a code, a keypad."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

KINDS = ("idcard", "sscard", "code", "keypad")


def pictogram(kind: str, color: str, height: int) -> QPixmap:
    width = round(height * 1.5)
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(color), max(3.0, height / 22), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.scale(width / 150, height / 100)
    {"idcard": _idcard, "sscard": _sscard, "code": _code, "keypad": _keypad}[kind](painter, QColor(color))
    painter.end()
    return pixmap


def _arrow_down(p: QPainter, x: float, top: float, bottom: float) -> None:
    p.drawLine(QPointF(x, top), QPointF(x, bottom))
    p.drawLine(QPointF(x - 7, bottom - 8), QPointF(x, bottom))
    p.drawLine(QPointF(x + 7, bottom - 8), QPointF(x, bottom))


def _idcard(p: QPainter, color: QColor) -> None:
    p.drawRoundedRect(QRectF(30, 8, 90, 56), 8, 8)              # the card
    p.drawEllipse(QRectF(88, 18, 18, 18))                          # the holder's photo: head
    p.drawArc(QRectF(82, 38, 30, 22), 0, 180 * 16)                 # and shoulders
    for y in (24, 36, 48):
        p.drawLine(QPointF(40, y), QPointF(74, y))                 # lines of text
    _arrow_down(p, 75, 66, 82)
    p.drawRoundedRect(QRectF(18, 84, 114, 12), 5, 5)               # the reader it lies on


def _sscard(p: QPainter, color: QColor) -> None:
    p.drawRoundedRect(QRectF(40, 6, 70, 62), 8, 8)                 # the card, upright
    p.drawRoundedRect(QRectF(52, 18, 24, 18), 3, 3)                # its chip
    p.drawLine(QPointF(64, 18), QPointF(64, 36))
    p.drawLine(QPointF(52, 27), QPointF(76, 27))
    _arrow_down(p, 75, 70, 84)
    p.drawLine(QPointF(20, 90), QPointF(130, 90))                  # the slot
    p.drawLine(QPointF(20, 96), QPointF(130, 96))


def _code(p: QPainter, color: QColor) -> None:
    p.drawRoundedRect(QRectF(48, 4, 54, 92), 9, 9)                 # a phone
    p.drawLine(QPointF(68, 88), QPointF(82, 88))
    fill = QPainterPath()
    for col, row in ((0, 0), (2, 0), (0, 2), (1, 1), (2, 2), (3, 1), (1, 3), (3, 3), (2, 4), (0, 4), (4, 0), (4, 3)):
        fill.addRect(QRectF(56 + col * 8, 18 + row * 10, 7, 8))   # a code on its screen
    p.fillPath(fill, color)


def _keypad(p: QPainter, color: QColor) -> None:
    for row in range(3):
        for col in range(3):
            p.drawRoundedRect(QRectF(42 + col * 24, 8 + row * 24, 18, 18), 4, 4)
    p.drawRoundedRect(QRectF(42, 80, 66, 16), 4, 4)                # 确定
