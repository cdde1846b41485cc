"""Keypad-only use (a blind person at the terminal's physical keypad): arrows move the focus
and say where it is, Enter presses, Esc is 返回, digits type. No touch anywhere here."""

from __future__ import annotations

import ui_helpers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel


def make_window(qtbot, config, services):
    window, speech = ui_helpers.make_window(qtbot, config, services)
    window.activateWindow()
    return window, speech


def focused(window):
    return QApplication.focusWidget() or window.focusWidget()


def press(qtbot, window, key):
    qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.NoModifier)


def focus_to(qtbot, window, speech, name, limit=80):
    """Arrow down until the named control has the focus; each move is spoken."""
    for _ in range(limit):
        if focused(window) is not None and focused(window).objectName() == name:
            return
        before = len(speech.spoken)
        press(qtbot, window, Qt.Key.Key_Down)
        assert len(speech.spoken) == before + 1  # where the focus landed is said
    raise AssertionError(f"{name} never got the focus")


def enter(qtbot, window):
    press(qtbot, window, Qt.Key.Key_Return)


def type_digits(qtbot, window, digits):
    for digit in digits:
        key = Qt.Key.Key_Asterisk if digit == "X" else getattr(Qt.Key, f"Key_{digit}")
        press(qtbot, window, key)


def confirm_by_staff_with_keys(qtbot, window, speech, services, then):
    """The face check's other way, by keys: a staff member types their number and PIN."""
    ui_helpers.ensure_staff(services)
    focus_to(qtbot, window, speech, "face_other_way")
    enter(qtbot, window)
    assert window.current.name == "proxy"
    type_digits(qtbot, window, "1001")
    focus_to(qtbot, window, speech, "proxy_next")
    enter(qtbot, window)
    type_digits(qtbot, window, "246810")
    focus_to(qtbot, window, speech, "proxy_next")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == then):
        enter(qtbot, window)


def test_balance_with_the_keypad_only(qtbot, config, services, center, demo):
    window, speech = make_window(qtbot, config, services)
    assert focused(window).objectName() == "tile_balance"  # the first control has the focus
    enter(qtbot, window)
    assert window.current.name == "identify"
    focus_to(qtbot, window, speech, "identify_by_id")
    enter(qtbot, window)
    assert window.current.name == "id_entry"
    type_digits(qtbot, window, demo["certno"])
    assert window.session.balance.digits == demo["certno"]
    focus_to(qtbot, window, speech, "id_submit")
    assert speech.spoken[-1] == "确定，查询"  # the control's name, said as the focus lands on it
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "face_consent"):
        enter(qtbot, window)
    confirm_by_staff_with_keys(qtbot, window, speech, services, then="balance")  # a typed number is a claim
    qtbot.waitUntil(lambda: "元" in window.findChild(QLabel, "balance_amount").text(), timeout=10_000)
    press(qtbot, window, Qt.Key.Key_Escape)  # 返回
    assert window.current.name != "balance"


def test_a_chronic_filing_with_the_keypad_only(qtbot, config, services, center, demo):
    window, speech = make_window(qtbot, config, services)
    focus_to(qtbot, window, speech, "tile_chronic")
    enter(qtbot, window)
    focus_to(qtbot, window, speech, "identify_by_id")
    enter(qtbot, window)
    type_digits(qtbot, window, demo["certno"])
    focus_to(qtbot, window, speech, "id_submit")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "face_consent"):
        enter(qtbot, window)
    confirm_by_staff_with_keys(qtbot, window, speech, services, then="my_filings")
    status = window.findChild(QLabel, "my_filings_status")
    qtbot.waitUntil(lambda: "查询" not in status.text(), timeout=10_000)
    focus_to(qtbot, window, speech, "my_filings_new")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "filing"):
        enter(qtbot, window)
    wizard = window.session.wizard
    assert wizard.current.key == "notice"  # 一次性告知 first
    focus_to(qtbot, window, speech, "filing_next")
    enter(qtbot, window)
    for key in ("disease_code", "hospital"):
        assert wizard.current.key == key
        focus_to(qtbot, window, speech, "choice_" + wizard.current.choices[-1].key)
        enter(qtbot, window)
    assert wizard.current.key == "begndate"
    focus_to(qtbot, window, speech, "filing_next")
    enter(qtbot, window)
    assert wizard.current.key == "tel"
    type_digits(qtbot, window, "13800138000")
    focus_to(qtbot, window, speech, "filing_next")
    enter(qtbot, window)
    assert wizard.current.key == "review"
    focus_to(qtbot, window, speech, "filing_submit")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "filing_done"):
        enter(qtbot, window)
    status = window.findChild(QLabel, "filing_status").text()
    assert "已保存在本机" in status and "已受理" not in status and "已提交" not in status  # only queued here


def test_in_uyghur_the_arrows_follow_the_reading_direction(qtbot, config, services):
    """Right to left: the left arrow goes on to the next control, which is on the left."""
    window, speech = make_window(qtbot, config, services)
    window.apply_display(locale="ug")
    first = focused(window)
    assert first.objectName() == "tile_balance"
    press(qtbot, window, Qt.Key.Key_Left)
    onward = focused(window)
    assert onward.objectName() == "tile_yidi" and speech.spoken[-1] == onward.accessibleName()
    assert onward.mapTo(window, onward.rect().center()).x() < first.mapTo(window, first.rect().center()).x()
    press(qtbot, window, Qt.Key.Key_Right)
    assert focused(window) is first
