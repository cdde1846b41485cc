"""Drawing a receipt with QPainter: the same code writes the PDF and the on-screen image."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from kiosk.core.receipt import Receipt
from kiosk.devices.qr_image import qr_matrix
from kiosk.ui.theme import FONT_FAMILIES

_FAMILY = FONT_FAMILIES["zh_CN"].split(",")[0].strip('" ')  # paper receipts are in Chinese


def paint_receipt(painter: QPainter, width: float, receipt: Receipt) -> float:
    """Paint top-down in a column ``width`` wide (device units); returns the height used."""
    unit = width / 40  # layout in fortieths of the width, so any device gets the same look
    y = unit
    lines = receipt.lines()
    for index, line in enumerate(lines):
        font = QFont(_FAMILY)
        font.setPixelSize(int(unit * (2.2 if index == 0 else 1.5)))
        font.setBold(index == 0)
        painter.setFont(font)
        box = painter.boundingRect(QRectF(unit, y, width - 2 * unit, 10_000), Qt.TextFlag.TextWordWrap, line)
        painter.drawText(box, Qt.TextFlag.TextWordWrap, line)
        y += box.height() + unit * 0.6
    matrix = qr_matrix(receipt.qr_text)
    cell = (width * 0.45) / matrix.shape[0]
    left = (width - cell * matrix.shape[0]) / 2
    painter.fillRect(QRectF(left, y, cell * matrix.shape[0], cell * matrix.shape[0]), QColor("white"))
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                painter.fillRect(QRectF(left + col * cell, y + row * cell, cell + 0.5, cell + 0.5), QColor("black"))
    return y + cell * matrix.shape[0] + unit


def receipt_image(receipt: Receipt, width: int = 800) -> QImage:
    image = QImage(width, int(width * 2.2), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    height = paint_receipt(painter, width, receipt)
    painter.end()
    return image.copy(0, 0, width, int(height))


def write_pdf(receipt: Receipt, out: Path) -> Path:
    """An 80 mm wide receipt page, as thermal paper is; safe off the UI thread."""
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(out))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A6), QPageLayout.Orientation.Portrait, QMarginsF(6, 6, 6, 6))
    )
    writer.setResolution(300)
    painter = QPainter(writer)
    paint_receipt(painter, painter.viewport().width(), receipt)
    painter.end()
    return out


def qr_pixmap(text: str, side: int):
    from PySide6.QtGui import QPixmap

    matrix = qr_matrix(text)
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    cell = side / matrix.shape[0]
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                painter.fillRect(QRectF(col * cell, row * cell, cell + 0.5, cell + 0.5), QColor("black"))
    painter.end()
    return QPixmap.fromImage(image)
