"""Checks of A11Y.md's numbers on real, rendered widgets (used by tests and the audit)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import SIGNAL, QPoint, QSize, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.ui.i18n import is_han
from kiosk.ui.widgets.common import text_lines

MIN_TARGET_PX = 64
MIN_TEXT_PX = 24
MIN_CONTRAST = 7.0
MAX_LINE_CJK = 40    # characters a line (WCAG 1.4.8); Latin and Arabic script: 80
MAX_LINE_OTHER = 80
MIN_FOCUS_CHANGE = 3.0  # contrast between a focused control's outline and how it looked before
MIN_FOCUS_WIDTH = 2


@dataclass
class Violation:
    widget: str
    rule: str
    detail: str

    def __str__(self) -> str:
        return f"{self.widget}: {self.rule} ({self.detail})"


def _luminance(rgb: np.ndarray) -> np.ndarray:
    c = rgb / 255.0
    c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return c @ np.array([0.2126, 0.7152, 0.0722])


def _ratio(a: float, b: float) -> float:
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def image_array(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height).reshape(height, stride)
    return data[:, : width * 3].reshape(height, width, 3).copy()


def text_contrast(pixels: np.ndarray) -> float:
    """Contrast between the commonest colour (background) and the strongest text colour.

    Glyph cores at >= 24 px are solid, so the colour of highest contrast that
    covers a few pixels is the text colour, not an anti-aliasing blend.
    """
    flat = pixels.reshape(-1, 3).astype(np.uint32)
    # one integer per colour: a 1-D unique is far faster than unique rows
    packed, counts = np.unique(flat[:, 0] << 16 | flat[:, 1] << 8 | flat[:, 2], return_counts=True)
    colours = np.stack([packed >> 16, packed >> 8 & 255, packed & 255], axis=1).astype(float)
    background = colours[counts.argmax()]
    common = colours[counts >= 4]
    lum_bg = _luminance(background)
    lums = _luminance(common)
    return max((_ratio(lum_bg, lum) for lum in lums), default=1.0)


def _is_clipped(widget: QWidget) -> bool:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    if not text.strip():
        return False
    metrics = QFontMetrics(widget.font())
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            return widget.heightForWidth(widget.width()) > widget.height() + 1
        rect = widget.contentsRect()
        return metrics.horizontalAdvance(text) > rect.width() + 1 or metrics.height() > rect.height() + 1
    lines = text.split("\n")
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    return widest > widget.width() - 8 or metrics.lineSpacing() * len(lines) > widget.height() - 4


_FORMAT_CHARS = set("\u2066\u2067\u2068\u2069")  # invisible direction marks around numbers


def longest_line(widget: QWidget) -> tuple[int, int]:
    """(characters on the longest line as laid out at the widget's width, the limit for its script)."""
    text = widget.text()
    cjk = sum(map(is_han, text)) * 2 > len(text.replace(" ", ""))
    width = widget.contentsRect().width() if isinstance(widget, QLabel) else widget.width() - 8
    longest = max((len(line) - sum(char in _FORMAT_CHARS for char in line)
                   for line in text_lines(text, widget.font(), width)), default=0)
    return longest, MAX_LINE_CJK if cjk else MAX_LINE_OTHER


def check_focus(window: QWidget) -> tuple[list[Violation], int]:
    """Each visible control, focused, must show an outline at least 2 px wide whose colour
    differs from the unfocused look by at least 3:1 (WCAG 2.4.13)."""
    violations: list[Violation] = []
    checks = 0
    controls = [w for w in window.findChildren(QAbstractButton)
                if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not _is_covered(window, w)]
    for control in controls:
        _clear_focus()  # the "before" look
        QApplication.processEvents()
        before = image_array(control.grab().toImage())
        control.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        after = image_array(control.grab().toImage())
        checks += 1
        width, ratio = _outline(before, after)
        if width < MIN_FOCUS_WIDTH or ratio < MIN_FOCUS_CHANGE:
            name = control.objectName() or type(control).__name__
            violations.append(Violation(name, "focus not visible", f"outline {width} px, change {ratio:.1f}:1"))
    _clear_focus()
    return violations, checks


def _clear_focus() -> None:
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()


def _outline(before: np.ndarray, after: np.ndarray) -> tuple[int, float]:
    """Width of the changed band at the middle of the left edge, and the weakest contrast
    between before and after across that band."""
    row = before.shape[0] // 2
    width, weakest = 0, float("inf")
    for x in range(min(16, before.shape[1])):
        a, b = before[row, x].astype(float), after[row, x].astype(float)
        if np.array_equal(a, b):
            if width:
                break
            continue
        width += 1
        weakest = min(weakest, _ratio(_luminance(a), _luminance(b)))
    return width, (weakest if width else 1.0)


def _is_covered(window: QWidget, widget: QWidget) -> bool:
    """True when another widget (an overlay) is on top of this one's centre."""
    centre = widget.mapTo(window, widget.rect().center())
    hit = window.childAt(centre)
    return hit is not None and not (hit is widget or widget.isAncestorOf(hit) or hit.isAncestorOf(widget))


def check_window(window: QWidget, panel: QSize | None = None) -> tuple[list[Violation], int]:
    """Every visible widget against the numbers; returns (violations, checks made).

    ``panel``: the screen's size; a window pushed larger by what it holds would be cut off
    at the bottom of a real panel, bottom bar and all."""
    QApplication.processEvents()  # let pending layout requests settle, as a person would see it
    pixels = image_array(window.grab().toImage())
    violations: list[Violation] = []
    checks = 0
    if panel is not None:
        checks += 1
        if window.size() != panel:
            violations.append(Violation(window.objectName(), "does not fit the panel",
                                        f"{window.width()}x{window.height()} on {panel.width()}x{panel.height()}"))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0 or _is_covered(window, widget):
            continue
        name = widget.objectName() or type(widget).__name__
        has_text = isinstance(widget, (QLabel, QAbstractButton)) and bool(widget.text().strip())
        parent = widget.parentWidget()
        if parent is not None and (isinstance(widget, QAbstractButton) or has_text):
            checks += 1
            if not parent.rect().contains(widget.geometry()):
                violations.append(Violation(name, "cut off by its container", f"{widget.geometry()} in {parent.rect()}"))
        if isinstance(widget, QAbstractButton):
            checks += 3
            if widget.width() < MIN_TARGET_PX or widget.height() < MIN_TARGET_PX:
                violations.append(Violation(name, "target under 64 px", f"{widget.width()}x{widget.height()}"))
            if not widget.accessibleName():
                violations.append(Violation(name, "no accessible name", ""))
            if widget.receivers(SIGNAL("pressed()")) or widget.autoRepeat():
                violations.append(Violation(name, "fires on press", "only a release may act"))
        if not has_text:
            continue
        checks += 3
        px = widget.font().pixelSize()
        if px < MIN_TEXT_PX:
            violations.append(Violation(name, "text under 24 px", f"{px} px"))
        if _is_clipped(widget):
            violations.append(Violation(name, "text clipped", repr(widget.text()[:20])))
        longest, limit = longest_line(widget)
        if longest > limit:
            violations.append(Violation(name, "line too long", f"{longest} characters, at most {limit}"))
        origin = widget.mapTo(window, QPoint(0, 0))
        region = pixels[origin.y(): origin.y() + widget.height(), origin.x(): origin.x() + widget.width()]
        if region.size and widget.isEnabled():
            ratio = text_contrast(region)
            if ratio < MIN_CONTRAST:
                violations.append(Violation(name, "contrast under 7:1", f"{ratio:.1f}:1"))
    return violations, checks
