"""Checks of A11Y.md's numbers on real, rendered widgets (used by tests and the audit)."""

from __future__ import annotations

import re
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
MAX_LINE_CJK = 40  # characters a line (WCAG 1.4.8); Latin and Arabic script: 80
MAX_LINE_OTHER = 80
MIN_FOCUS_CHANGE = 3.0  # contrast between a focused control's outline and how it looked before
MIN_FOCUS_WIDTH = 2
MIN_BODY_PX = 32  # 长辈版: body text everywhere; only the header line may go down to MIN_TEXT_PX
MAX_STRAY_RED_PX = 40  # anti-aliased fringes may blend towards red; a red thing is far more pixels
# a CJK line must not start with these (they close what the line before said)
CLOSING = set("，。、；：？！）》」』〉】〕”’…·%")
CJK_HALF_WIDTH = re.compile(r"(?<=[\u3400-\u9fff])[?!,;:]|[?!,;:](?=[\u3400-\u9fff])")
NAME_SPAN = re.compile("\u2068[^\u2069]*\u2069")
CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


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


_FORMAT_CHARS = set("\u2066\u2067\u2068\u2069\u2060")  # invisible direction marks around numbers


def longest_line(widget: QWidget) -> tuple[int, int]:
    """(characters on the longest line as laid out at the widget's width, the limit for its script)."""
    text = widget.text()
    cjk = sum(map(is_han, text)) * 2 > len(text.replace(" ", ""))
    width = widget.contentsRect().width() if isinstance(widget, QLabel) else widget.width() - 8
    longest = max(
        (len(line) - sum(char in _FORMAT_CHARS for char in line) for line in text_lines(text, widget.font(), width)),
        default=0,
    )
    return longest, MAX_LINE_CJK if cjk else MAX_LINE_OTHER


def check_focus(window: QWidget) -> tuple[list[Violation], int]:
    """Each visible control, focused, must show an outline at least 2 px wide whose colour
    differs from the unfocused look by at least 3:1 (WCAG 2.4.13)."""
    violations: list[Violation] = []
    checks = 0
    controls = [
        w
        for w in window.findChildren(QAbstractButton)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not _is_covered(window, w)
    ]
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
            violations.append(
                Violation(
                    window.objectName(),
                    "does not fit the panel",
                    f"{window.width()}x{window.height()} on {panel.width()}x{panel.height()}",
                )
            )
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0 or _is_covered(window, widget):
            continue
        name = widget.objectName() or type(widget).__name__
        has_text = isinstance(widget, (QLabel, QAbstractButton)) and bool(widget.text().strip())
        parent = widget.parentWidget()
        if parent is not None and (isinstance(widget, QAbstractButton) or has_text):
            checks += 1
            if not parent.rect().contains(widget.geometry()):
                violations.append(
                    Violation(name, "cut off by its container", f"{widget.geometry()} in {parent.rect()}")
                )
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
        region = pixels[origin.y() : origin.y() + widget.height(), origin.x() : origin.x() + widget.width()]
        if region.size and widget.isEnabled():
            ratio = text_contrast(region)
            if ratio < MIN_CONTRAST:
                violations.append(Violation(name, "contrast under 7:1", f"{ratio:.1f}:1"))
    return violations, checks


def _in_header(widget: QWidget) -> bool:
    while widget is not None:
        if widget.objectName() == "header":
            return True
        widget = widget.parentWidget()
    return False


def _is_staff(widget: QWidget) -> bool:
    """The staff call: its red button(s) and its notice."""
    while widget is not None:
        if widget.property("role") == "staff" or widget.objectName() == "staff_call":
            return True
        widget = widget.parentWidget()
    return False


def red_mask(pixels: np.ndarray) -> np.ndarray:
    """Pixels a person sees as red: hue within 10° of pure red, saturated and not dark."""
    rgb = pixels.astype(np.int32)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    top = rgb.max(axis=2)
    low = rgb.min(axis=2)
    chroma = top - low
    # red is the largest channel and the other two are close together (hue near 0°)
    return (r == top) & (top >= 90) & (chroma * 10 >= top * 6) & (np.abs(g - b) * 6 <= chroma)


def check_trust(
    window: QWidget, locale: str = "zh_CN", simplified_to_hongkong=None, chinese_content: frozenset[str] = frozenset()
) -> tuple[list[Violation], int]:
    """The rules an elder's trust rests on (issue 21): body text >= 32 px outside the header, red
    only on the staff call, tile subtitles never dropped, Chinese lines that never start with a
    closing mark or hold one lone character, full-width marks in Chinese, no simplified character
    on a 繁體 screen, no Chinese on an English screen outside names and addresses (isolated spans,
    as_name) and ``chinese_content`` (widgets that show the Chinese policy library)."""
    from kiosk.ui.widgets.common import Tile

    QApplication.processEvents()
    pixels = image_array(window.grab().toImage())
    violations: list[Violation] = []
    checks = 1
    allowed = np.zeros(pixels.shape[:2], dtype=bool)
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and (_is_staff(widget) or widget.objectName().endswith("_preview")):
            origin = widget.mapTo(window, QPoint(0, 0))
            allowed[origin.y() : origin.y() + widget.height(), origin.x() : origin.x() + widget.width()] = True
    stray = red_mask(pixels) & ~allowed
    if stray.sum() > MAX_STRAY_RED_PX:
        ys, xs = np.nonzero(stray)
        hit = window.childAt(QPoint(int(xs[len(xs) // 2]), int(ys[len(ys) // 2])))
        violations.append(
            Violation(
                hit.objectName() if hit is not None else "?", "red outside the staff call", f"{int(stray.sum())} px"
            )
        )
    for tile in window.findChildren(Tile):
        if tile.isVisible() and not _is_covered(window, tile):
            checks += 1
            if not tile.subtitle_label.isVisible():
                violations.append(Violation(tile.objectName(), "subtitle dropped", tile.subtitle_label.text()[:20]))
    for widget in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]:
        text = widget.text()
        if not widget.isVisible() or not text.strip() or _is_covered(window, widget):
            continue
        name = widget.objectName() or type(widget).__name__
        checks += 4
        if not _in_header(widget) and widget.font().pixelSize() < MIN_BODY_PX:
            violations.append(Violation(name, "body text under 32 px", f"{widget.font().pixelSize()} px"))
        if any(map(is_han, text)):
            violations += _cjk_lines(widget, name)
            half = CJK_HALF_WIDTH.search(text)
            if (
                half and locale.startswith("zh") and name not in chinese_content
            ):  # a notice quoted verbatim keeps its marks
                violations.append(
                    Violation(name, "half-width mark in Chinese", repr(text[max(0, half.start() - 3) : half.end() + 1]))
                )
        if locale == "zh_HK" and simplified_to_hongkong is not None:
            converted = simplified_to_hongkong(text)
            if converted != text:
                at = next(i for i, (a, b) in enumerate(zip(text, converted)) if a != b)
                violations.append(Violation(name, "simplified on a 繁體 screen", repr(text[max(0, at - 3) : at + 3])))
        if locale == "en" and name not in chinese_content:
            outside_names = NAME_SPAN.sub("", text)
            found = CJK_CHAR.search(outside_names)
            if found:
                violations.append(
                    Violation(
                        name,
                        "Chinese on an English screen",
                        repr(outside_names[max(0, found.start() - 3) : found.start() + 6]),
                    )
                )
    return violations, checks


def _cjk_lines(widget: QWidget, name: str) -> list[Violation]:
    """Lines as laid out: none starts with a closing mark, none of several holds one lone character."""
    width = widget.contentsRect().width() if isinstance(widget, QLabel) else widget.width() - 8
    if isinstance(widget, QLabel) and not widget.wordWrap():
        return []
    found = []
    shown_text = QLabel.text(widget) if isinstance(widget, QLabel) else QAbstractButton.text(widget)  # with its marks
    for paragraph in shown_text.split("\n"):
        lines = [line for line in text_lines(paragraph, widget.font(), width) if line]
        if len(lines) < 2:
            continue
        for line in lines[1:]:
            shown = "".join(c for c in line if c not in _FORMAT_CHARS)
            if shown and shown[0] in CLOSING:
                found.append(Violation(name, "line starts with a closing mark", repr(shown[:6])))
            letters = [c for c in shown if not (c in CLOSING or c.isspace())]
            if len(letters) == 1 and is_han(letters[0]):
                found.append(Violation(name, "a lone character on its own line", repr(shown)))
    return found
