"""Keys on the glass: a keyboard-wedge scanner's burst of keys becomes a code, and for the
terminal's physical keypad (blind users) arrows move the focus and say where it landed,
Enter presses, Esc is 返回, digits type on the keypad shown."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.devices.speech import Priority, Speech
from kiosk.devices.wedge import WedgeDetector
from kiosk.ui.widgets.keypad import Keypad

_ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Right)


class KeyInput(QObject):
    def __init__(
        self,
        window: QWidget,
        speech: Speech,
        *,
        screen: Callable[[], QWidget],
        on_code: Callable[[str], None],
        on_escape: Callable[[], None],
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(window)
        self._window, self._speech, self._screen = window, speech, screen
        self._on_code, self._on_escape, self._clock = on_code, on_escape, clock
        self._wedge = WedgeDetector()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        focus = QApplication.focusWidget()
        if not (watched is focus or (focus is None and watched is self._window)):
            return False  # once per key: the focused widget sees it once; its parents and the QWindow are skipped
        key_text = "\r" if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) else event.text()
        code = self._wedge.feed(key_text, self._clock())
        if code is not None:
            self._on_code(code)
            return True
        return self._navigate(event)

    def _navigate(self, event) -> bool:
        key = event.key()
        window = self._window
        focus = QApplication.focusWidget() or window.focusWidget()
        if key in _ARROWS:
            # forward is the reading direction: in Uyghur (right to left) that is the left arrow
            forward_key = Qt.Key.Key_Left if window.isRightToLeft() else Qt.Key.Key_Right
            window.focusNextPrevChild(key in (Qt.Key.Key_Down, forward_key))
            landed = QApplication.focusWidget() or window.focusWidget()
            if landed is not None:
                self._speech.say(landed.accessibleName() or landed.objectName(), Priority.PROMPT)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(focus, QAbstractButton) and focus.isEnabled():
                focus.click()
            return True
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_Back):
            self._on_escape()
            return True
        typed = {Qt.Key.Key_Backspace: "DEL", Qt.Key.Key_Asterisk: "X", Qt.Key.Key_X: "X"}.get(key, event.text())
        if typed in {*"0123456789", "X", "DEL"}:
            keypad = next((k for k in self._screen().findChildren(Keypad) if k.isVisible()), None)
            target = keypad.findChild(QAbstractButton, f"key_{typed}") if keypad is not None else None
            if target is not None and target.isEnabled():
                target.click()  # the same path as a touch: read back, shown, checked
                return True
        return False
