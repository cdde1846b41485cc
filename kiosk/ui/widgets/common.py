"""Small building blocks every screen uses: labels with a role, big buttons, tiles."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.i18n import WORD_JOINER, bidi_safe, for_screen, is_han, keep_together


class Label(QLabel):
    """A QLabel whose numbers, dates and masked IDs keep their order in a right-to-left language.
    An error line takes no room while there is no error."""

    def setText(self, text: str) -> None:
        super().setText(keep_together(bidi_safe(for_screen(text))))
        if self.property("role") == "error" and (self.parentWidget() is not None or not text):
            self.setVisible(bool(text))  # (never show a parentless label: it would be a window)

    def text(self) -> str:
        """What was set, without the invisible line-breaking marks added for the layout."""
        return super().text().replace(WORD_JOINER, "")


FLOOR_PX = 36  # text made smaller to fit never goes under the body size of the smallest scale


def role_px(widget: QWidget, known: int) -> int:
    """The font size the style sheet gives the widget's role (-1 before it is styled); while
    the widget carries its own smaller size, the size known from before."""
    if widget.styleSheet():
        return known
    widget.ensurePolished()
    return widget.font().pixelSize()


SUBTITLE_FLOOR_PX = 32  # 长辈版 body text never goes under 32 px


def _height(text: str, font, width: int) -> int:
    return len(text_lines(text, font, width)) * QFontMetrics(font).lineSpacing()


def shrink_to_fit(widget: QWidget, role_px: int, fits, floor: int = FLOOR_PX) -> None:
    """The role's font size, or 4 px less at a time down to ``floor``, the first that ``fits``
    (a QFont); set as the widget's own style sheet, and only when it changes."""
    font = QFont(widget.font())
    size = role_px
    font.setPixelSize(size)
    while size > floor and not fits(font):
        size -= 4
        font.setPixelSize(size)
    sheet = "" if size == role_px else f"font-size: {size}px;"
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


class FitLabel(Label):
    """One line of big text (the balance) that makes its font smaller rather than push the
    screen wider than the panel."""

    def __init__(self):
        super().__init__()
        self._role_px = 0

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self._role_px = role_px(self, self._role_px)
        if self._role_px <= 0:
            return  # not styled yet (no window): fitted once it is
        width = self.contentsRect().width()
        shrink_to_fit(self, self._role_px, lambda font: QFontMetrics(font).horizontalAdvance(self.text()) <= width)


def label(
    text: str = "", role: str = "", *, name: str = "", wrap: bool = True, align=None, fit: bool = False
) -> QLabel:
    widget = FitLabel() if fit else Label()
    if role:
        widget.setProperty("role", role)
    widget.setText(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # no markup from data, ever
    if align is not None:
        widget.setAlignment(align)
    return widget


class WrapButton(QPushButton):
    """A QPushButton whose words go onto more lines when they do not fit its width, as
    English and Uyghur often need where two Chinese characters would do.

    ``words()`` is the text as given; ``text()`` is what is drawn, with the line breaks
    Qt's own line breaker chose (spaces, CJK, Arabic script alike)."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self._words = text

    def words(self) -> str:
        return self._words

    def text(self) -> str:
        return super().text().replace(WORD_JOINER, "")

    def setText(self, text: str) -> None:
        self._words = text
        self._rewrap()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._rewrap()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._rewrap()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._rewrap()  # the focus ring is wider than the border: less room for the words

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._rewrap()

    def minimumSizeHint(self) -> QSize:
        # never wider than the longest word needs: the layout may make the button narrower
        # and the words wrap, instead of the row running off the screen
        longest = max(
            (self.fontMetrics().horizontalAdvance(_unbreakable(word)) for word in self._words.split()), default=0
        )
        return QSize(max(self.minimumWidth(), longest + self._padding() + 12), super().minimumSizeHint().height())

    def _padding(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return max(0, self.width() - contents.width())

    def _rewrap(self) -> None:
        width = self.width() - self._padding() - 8  # the audit's margin: no glyph touches the border
        shown = "\n".join(text_lines(keep_together(bidi_safe(for_screen(self._words))), self.font(), width))
        if shown != super().text():
            super().setText(shown)


def text_lines(text: str, font, width: int) -> list[str]:
    """The lines Qt's own line breaker makes of ``text`` at ``width`` (spaces, CJK and
    Arabic script alike); explicit line breaks are kept."""
    lines = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(max(1, width))
            lines.append(paragraph[line.textStart() : line.textStart() + line.textLength()].strip())
        layout.endLayout()
    return lines


def _unbreakable(word: str) -> str:
    """The part of a word a line must hold whole: all of it, but Chinese may break every
    few characters (a short word such as 修改 stays together)."""
    return word[:4] if any(map(is_han, word)) else word


def button(text: str, *, name: str, role: str = "", spoken: str = "") -> QPushButton:
    """A big button; actions fire on release (QPushButton.clicked), never on press."""
    widget = WrapButton(text)
    widget.setObjectName(name)
    if role:
        widget.setProperty("role", role)
    widget.setAccessibleName(spoken or text.replace("\n", ""))
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return widget


def discard(widget: QWidget) -> None:
    """Off the screen and out of findChildren at once; deleted by the event loop. Hidden first:
    a visible widget that loses its parent would otherwise become a window of its own (and
    take the keyboard focus with it)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def clear_grid(grid: QGridLayout) -> None:
    """Empty a screen's grid for its next step: widgets removed at once, stretches reset (a
    one-column step after a three-column one must not keep two empty columns)."""
    while grid.count():
        widget = grid.takeAt(0).widget()
        if widget is not None:
            discard(widget)
    for row in range(grid.rowCount()):
        grid.setRowStretch(row, 0)
    for column in range(grid.columnCount()):
        grid.setColumnStretch(column, 0)


def fill_grid(grid: QGridLayout, items, columns: int) -> None:
    """Big buttons in reading order, ``items`` as (object name, text, action, role); the rows
    below them take the spare height so the buttons keep their natural size."""
    for index, (name, text, action, role) in enumerate(items):
        choice = button(text, name=name, role=role)
        choice.clicked.connect(action)
        grid.addWidget(choice, index // columns, index % columns)
        choice.show()  # a layout shows new children of a visible screen only later
    grid.setRowStretch(len(items) // columns + 1, 1)
    for column in range(columns):
        grid.setColumnStretch(column, 1)  # equal columns, whatever the length of the words


class Tile(QPushButton):
    """A home-screen tile: a pictogram for those who cannot read the words, a big name and one
    plain line of what it is for. Where a long language needs more room, the name and then the
    line get smaller (never under the body floor) and the pictogram gives way first: the line
    itself is never dropped."""

    activated = Signal()
    ICON_PX = 72

    def __init__(
        self,
        name: str,
        title: str,
        subtitle: str,
        parent: QWidget | None = None,
        icon: str = "",
        colour: str = "#FFFFFF",
    ):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "tile")
        self.setAccessibleName(f"{title}，{subtitle}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        self._title_px = self._subtitle_px = 0
        self.icon_label = QLabel(objectName=f"{name}_icon")
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._icon = icon
        if icon:
            from kiosk.ui.widgets.pictograms import pictogram  # QPainter drawings, only for tiles that have one

            self.icon_label.setPixmap(pictogram(icon, self.ICON_PX, colour))
        else:
            self.icon_label.hide()
        self.title_label = label(title, "tile_title", name=f"{name}_title", align=Qt.AlignmentFlag.AlignCenter)
        self.subtitle_label = label(
            subtitle, "tile_subtitle", name=f"{name}_subtitle", align=Qt.AlignmentFlag.AlignCenter
        )
        for part in (self.icon_label, self.title_label, self.subtitle_label):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(part)
        self.clicked.connect(self.activated)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        room = self.height() - margins.top() - margins.bottom()
        spacing = self.layout().spacing()
        self._title_px = role_px(self.title_label, self._title_px)
        self._subtitle_px = role_px(self.subtitle_label, self._subtitle_px)
        if self._title_px <= 0 or self._subtitle_px <= 0:
            return
        icon = self.ICON_PX + spacing if self._icon else 0
        # room for the subtitle first (at its size, or as small as the floor allows), then the name
        shrink_to_fit(self.subtitle_label, self._subtitle_px, lambda font: True)
        sub_height = self.subtitle_label.heightForWidth(width)
        shrink_to_fit(
            self.title_label,
            self._title_px,
            lambda font: _height(self.title_label.text(), font, width) + sub_height + spacing + icon <= room,
        )
        title_height = self.title_label.heightForWidth(width)
        if title_height + sub_height + spacing + icon > room:
            shrink_to_fit(
                self.subtitle_label,
                self._subtitle_px,
                lambda font: _height(self.subtitle_label.text(), font, width) + title_height + spacing + icon <= room,
                floor=SUBTITLE_FLOOR_PX,
            )
            sub_height = self.subtitle_label.heightForWidth(width)
        # the pictogram helps those who cannot read; where the words need all the room, the words win
        self.icon_label.setVisible(bool(self._icon) and title_height + sub_height + spacing + icon <= room)

    def sizeHint(self):
        return self.layout().sizeHint()

    def minimumSizeHint(self):
        return self.layout().minimumSize()
