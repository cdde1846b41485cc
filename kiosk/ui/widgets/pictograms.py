"""Simple line pictograms for those who cannot read the words: the home tiles, the 好差评 faces,
and the four ways to say who you are (an ID card laid on a reader, a card with its chip going into
a slot, a phone showing a code, a keypad). Drawn with QPainter in the colour of the text they stand
beside (never red), so they follow the theme and need no image files or emoji font."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap


def pictogram(kind: str, size: int, colour: str) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(
        QColor(colour), max(3.0, size / 14), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    painter.setPen(pen)
    s = float(size)
    box = QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8)
    if kind.startswith("face"):
        _face(painter, box, int(kind[4:]))
    else:
        _DRAW[kind](painter, box, colour)
    painter.end()
    return pixmap


def _face(p: QPainter, box: QRectF, level: int) -> None:
    """A round face: the mouth curves up for 5 (very satisfied) and down for 1."""
    p.drawEllipse(box)
    w, h, x, y = box.width(), box.height(), box.x(), box.y()
    eye = w * 0.06
    for ex in (0.35, 0.65):
        p.setBrush(p.pen().color())
        p.drawEllipse(QPointF(x + w * ex, y + h * 0.38), eye, eye)
    p.setBrush(Qt.BrushStyle.NoBrush)
    curve = {5: 0.22, 4: 0.12, 3: 0.0, 2: -0.12, 1: -0.22}[level]
    mouth = QPainterPath(QPointF(x + w * 0.3, y + h * 0.66))
    mouth.quadTo(QPointF(x + w * 0.5, y + h * (0.66 + curve)), QPointF(x + w * 0.7, y + h * 0.66))
    p.drawPath(mouth)


def _text(p: QPainter, box: QRectF, text: str, fraction: float = 0.6) -> None:
    font = QFont("Noto Sans")
    font.setPixelSize(int(box.height() * fraction))
    font.setBold(True)
    p.setFont(font)
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _balance(p: QPainter, box: QRectF, colour: str) -> None:  # a coin with ¥
    p.drawEllipse(box)
    _text(p, box, "¥")


def _yidi(p: QPainter, box: QRectF, colour: str) -> None:  # a map pin
    w, x, y = box.width(), box.x(), box.y()
    pin = QPainterPath(QPointF(x + w * 0.5, y + w * 0.98))
    pin.cubicTo(QPointF(x + w * 0.05, y + w * 0.5), QPointF(x + w * 0.15, y), QPointF(x + w * 0.5, y))
    pin.cubicTo(QPointF(x + w * 0.85, y), QPointF(x + w * 0.95, y + w * 0.5), QPointF(x + w * 0.5, y + w * 0.98))
    p.drawPath(pin)
    p.drawEllipse(QPointF(x + w * 0.5, y + w * 0.36), w * 0.12, w * 0.12)


def _chronic(p: QPainter, box: QRectF, colour: str) -> None:  # a capsule
    w = box.width()
    p.save()
    p.translate(box.center())
    p.rotate(-45)
    capsule = QRectF(-w * 0.45, -w * 0.18, w * 0.9, w * 0.36)
    p.drawRoundedRect(capsule, w * 0.18, w * 0.18)
    p.drawLine(QPointF(0, -w * 0.18), QPointF(0, w * 0.18))
    p.restore()


def _ask(p: QPainter, box: QRectF, colour: str) -> None:  # a speech bubble with a question mark
    w, x, y = box.width(), box.x(), box.y()
    bubble = QRectF(x, y, w, w * 0.75)
    p.drawRoundedRect(bubble, w * 0.2, w * 0.2)
    p.drawLine(QPointF(x + w * 0.3, y + w * 0.75), QPointF(x + w * 0.22, y + w * 0.98))
    p.drawLine(QPointF(x + w * 0.22, y + w * 0.98), QPointF(x + w * 0.48, y + w * 0.75))
    _text(p, bubble, "?", 0.7)


def _proxy(p: QPainter, box: QRectF, colour: str) -> None:  # two people side by side
    w, x, y = box.width(), box.x(), box.y()
    for cx, r in ((0.32, 0.14), (0.7, 0.12)):
        p.drawEllipse(QPointF(x + w * cx, y + w * 0.28), w * r, w * r)
        body = QRectF(x + w * (cx - r * 1.8), y + w * 0.5, w * r * 3.6, w * 0.8)
        p.drawArc(body, 0, 180 * 16)


def _settings(p: QPainter, box: QRectF, colour: str) -> None:  # a small and a big letter: text size
    w, x, y = box.width(), box.x(), box.y()
    _text(p, QRectF(x, y + w * 0.3, w * 0.45, w * 0.6), "A", 0.55)
    _text(p, QRectF(x + w * 0.35, y, w * 0.65, w * 0.95), "A", 0.85)


def _my_filings(p: QPainter, box: QRectF, colour: str) -> None:  # a sheet with lines and a tick
    w, x, y = box.width(), box.x(), box.y()
    p.drawRoundedRect(QRectF(x + w * 0.15, y, w * 0.7, w), w * 0.08, w * 0.08)
    for line in (0.25, 0.45, 0.65):
        p.drawLine(QPointF(x + w * 0.3, y + w * line), QPointF(x + w * 0.7, y + w * line))
    tick = QPainterPath(QPointF(x + w * 0.3, y + w * 0.82))
    tick.lineTo(QPointF(x + w * 0.42, y + w * 0.92))
    tick.lineTo(QPointF(x + w * 0.62, y + w * 0.74))
    p.drawPath(tick)


_DRAW = {
    "balance": _balance,
    "yidi": _yidi,
    "chronic": _chronic,
    "ask": _ask,
    "proxy": _proxy,
    "settings": _settings,
    "my_filings": _my_filings,
}


# -- the four ways to say who you are (the identify screen) ------------------------------------
IDENTIFY_KINDS = ("idcard", "sscard", "code", "keypad")


def identify_pictogram(kind: str, color: str, height: int) -> QPixmap:
    width = round(height * 1.5)
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(
        QColor(color), max(3.0, height / 22), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
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
    p.drawRoundedRect(QRectF(30, 8, 90, 56), 8, 8)  # the card
    p.drawEllipse(QRectF(88, 18, 18, 18))  # the holder's photo: head
    p.drawArc(QRectF(82, 38, 30, 22), 0, 180 * 16)  # and shoulders
    for y in (24, 36, 48):
        p.drawLine(QPointF(40, y), QPointF(74, y))  # lines of text
    _arrow_down(p, 75, 66, 82)
    p.drawRoundedRect(QRectF(18, 84, 114, 12), 5, 5)  # the reader it lies on


def _sscard(p: QPainter, color: QColor) -> None:
    p.drawRoundedRect(QRectF(40, 6, 70, 62), 8, 8)  # the card, upright
    p.drawRoundedRect(QRectF(52, 18, 24, 18), 3, 3)  # its chip
    p.drawLine(QPointF(64, 18), QPointF(64, 36))
    p.drawLine(QPointF(52, 27), QPointF(76, 27))
    _arrow_down(p, 75, 70, 84)
    p.drawLine(QPointF(20, 90), QPointF(130, 90))  # the slot
    p.drawLine(QPointF(20, 96), QPointF(130, 96))


def _code(p: QPainter, color: QColor) -> None:
    p.drawRoundedRect(QRectF(48, 4, 54, 92), 9, 9)  # a phone
    p.drawLine(QPointF(68, 88), QPointF(82, 88))
    fill = QPainterPath()
    for col, row in ((0, 0), (2, 0), (0, 2), (1, 1), (2, 2), (3, 1), (1, 3), (3, 3), (2, 4), (0, 4), (4, 0), (4, 3)):
        fill.addRect(QRectF(56 + col * 8, 18 + row * 10, 7, 8))  # a code on its screen
    p.fillPath(fill, color)


def _keypad(p: QPainter, color: QColor) -> None:
    for row in range(3):
        for col in range(3):
            p.drawRoundedRect(QRectF(42 + col * 24, 8 + row * 24, 18, 18), 4, 4)
    p.drawRoundedRect(QRectF(42, 80, 66, 16), 4, 4)  # 确定
