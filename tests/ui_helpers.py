"""What the screen tests share: a real kiosk window with a recording speech engine, a click
on the visible button of a name, typing on the visible keypad, and a staff sign-in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk.devices.camera import SyntheticPhoneSource
from kiosk.devices.speech import CaptionSpeech
from kiosk.ui.main_window import KioskWindow


def make_window(qtbot, config, services, camera_factory=None):
    speech = CaptionSpeech()
    window = KioskWindow(
        config, services, speech, camera_factory=camera_factory or (lambda: SyntheticPhoneSource(None))
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, speech


def click(qtbot, window, name):
    """Click the visible button of that name (keypads appear on several screens)."""
    target = next((b for b in window.findChildren(QPushButton, name) if b.isVisible()), None)
    assert target is not None and target.isEnabled(), name
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def type_keys(qtbot, window, keys):
    for key in keys:
        click(qtbot, window, f"key_{key}")


def type_staff_sign_in(qtbot, window, staff_no="1001", pin="246810"):
    """Staff number, 确定, PIN; the last 确定 is left to the caller (it may wait on what follows)."""
    type_keys(qtbot, window, staff_no)
    click(qtbot, window, "proxy_next")
    type_keys(qtbot, window, pin)


def ensure_staff(services, staff_no="1001", name="王敏", pin="246810"):
    """A hall staff member who can sign in (added, or put back as new)."""
    from kiosk.store import staff

    with services.store().begin() as session:
        staff.add(session, staff_no, name, pin)


def confirm_typed_number(qtbot, window, services, then, staff_no="1001", pin="246810"):
    """A typed ID number is only a claim: here a staff member confirms it (sign-in, audited; the
    face check's other way), and the journey goes on to ``then``."""
    qtbot.waitUntil(lambda: window.current.name in ("face_consent", "proxy"), timeout=10_000)
    if window.current.name == "face_consent":
        click(qtbot, window, "face_other_way")
    ensure_staff(services, staff_no, pin=pin)
    type_staff_sign_in(qtbot, window, staff_no, pin)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == then):
        click(qtbot, window, "proxy_next")
