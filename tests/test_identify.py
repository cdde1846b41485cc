"""Identifying a person: camera, keyboard-wedge and serial scanners, ID keypad; hostile input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.core import voucher
from kiosk.core.errors import CATALOGUE, PlainError
from kiosk.devices.camera import SyntheticPhoneSource
from kiosk.devices.qr import QrDecoder
from kiosk.devices.speech import CaptionSpeech
from kiosk.devices.wedge import SerialScanner, WedgeDetector
from kiosk.flows.balance import BalanceFlow
from kiosk.flows.identify import lookup_by_voucher
from kiosk.flows.scan import CodeConfirmer
from kiosk.ui.main_window import KioskWindow


def mint(client, certno):
    return client.call("EC00", {"data": {"certno": certno}})["qrcode"]


def open_window(qtbot, config, services, camera_factory):
    window = KioskWindow(config, services, CaptionSpeech(), camera_factory=camera_factory)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def balance_of(center, certno):
    return next(p for p in center.app.service.people() if p["certno"] == certno)["balc"]


def test_a_voucher_shown_to_the_virtual_camera_opens_the_balance(qtbot, config, services, client, center, demo):
    code = mint(client, demo["certno"])
    window = open_window(qtbot, config, services, lambda: SyntheticPhoneSource(code, seed=7, glare=True))
    qtbot.mouseClick(window.findChild(QPushButton, "tile_balance"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.screen_changed, timeout=15_000, check_params_cb=lambda name: name == "balance"):
        qtbot.mouseClick(window.findChild(QPushButton, "identify_code"), Qt.MouseButton.LeftButton)
    amount = window.findChild(QLabel, "balance_amount").text().replace(",", "")
    assert amount.startswith(balance_of(center, demo["certno"]))


def test_a_keyboard_wedge_burst_opens_the_balance(qtbot, config, services, client, center, demo):
    who = next(p for p in center.app.service.people() if p["insutype"] == "390")
    code = mint(client, who["certno"])
    window = open_window(qtbot, config, services, lambda: SyntheticPhoneSource(None, seed=8))
    focus = QApplication.focusWidget() or window
    with qtbot.waitSignal(window.screen_changed, timeout=15_000, check_params_cb=lambda name: name == "balance"):
        qtbot.keyClicks(focus, code)  # a scanner types the whole code in a few milliseconds
        qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert window.findChild(QLabel, "balance_amount").text().replace(",", "").startswith(who["balc"])


def test_a_used_voucher_is_explained_and_the_other_way_stays_open(qtbot, config, services, client, demo):
    code = mint(client, demo["certno"])
    lookup_by_voucher(client, code)  # the code is spent
    window = open_window(qtbot, config, services, lambda: SyntheticPhoneSource(code, seed=9))
    qtbot.mouseClick(window.findChild(QPushButton, "tile_balance"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(QPushButton, "identify_code"), Qt.MouseButton.LeftButton)
    error = window.findChild(QLabel, "scan_error")
    qtbot.waitUntil(lambda: "用过了" in error.text(), timeout=15_000)
    assert window.current.name == "scan" and window.findChild(QPushButton, "scan_by_id").isVisible()


def test_an_unplugged_camera_gives_a_plain_message_not_a_crash(qtbot, config, services):
    window = open_window(qtbot, config, services, lambda: SyntheticPhoneSource(None, frames=3))
    qtbot.mouseClick(window.findChild(QPushButton, "tile_balance"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(QPushButton, "identify_code"), Qt.MouseButton.LeftButton)
    error = window.findChild(QLabel, "scan_error")
    qtbot.waitUntil(lambda: "摄像头" in error.text(), timeout=5_000)
    assert "身份证" in error.text()


def test_serial_scanner_lines_reach_the_same_path():
    codes = []
    scanner = SerialScanner("loop://", codes.append).start()
    try:
        scanner.port.write(b"ECQR0123456789ABCDEF\r\n")
        scanner.port.flush()
        deadline = __import__("time").monotonic() + 5
        while not codes and __import__("time").monotonic() < deadline:
            scanner._stop.wait(0.02)
    finally:
        scanner.stop()
    assert codes == ["ECQR0123456789ABCDEF"]


def test_a_person_typing_is_not_a_scanner():
    detector = WedgeDetector()
    t = 0.0
    for char in "ECQR0123456789ABCDEF":
        t += 0.15  # human speed
        assert detector.feed(char, t) is None
    assert detector.feed("\r", t + 0.15) is None
    t = 10.0
    for char in "ECQR0123456789ABCDEF":
        t += 0.004
        detector.feed(char, t)
    assert detector.feed("\r", t + 0.004) == "ECQR0123456789ABCDEF"


def test_two_matching_reads_are_needed():
    confirm = CodeConfirmer()
    assert confirm.offer("A" * 20) is None
    assert confirm.offer(None) is None
    assert confirm.offer("B" * 20) is None
    assert confirm.offer("B" * 20) == "B" * 20


def test_dark_mode_and_tilted_phone_screens_decode():
    decoder = QrDecoder()
    for source in (
        SyntheticPhoneSource("ECQR" + "9" * 40, dark_mode=True, seed=1),
        SyntheticPhoneSource("ECQR" + "9" * 40, tilt_deg=12, seed=2),
    ):
        assert decoder.decode(source.read()).text == "ECQR" + "9" * 40


def test_qr_decode_verb(tmp_path, kiosk_home):
    from kiosk.devices.qr_image import save_qr

    good = save_qr("ECQR" + "5" * 30, tmp_path / "good.png")
    bad = tmp_path / "not-an-image.png"
    bad.write_text("hello")
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "qr", "decode", str(good), str(bad), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines[0]["ok"] and lines[0]["text"] == "ECQR" + "5" * 30 and set(lines[0]) >= {"file", "ok", "text", "ms"}
    assert not lines[1]["ok"] and done.returncode == 1


hostile = st.one_of(
    st.text(max_size=600),
    st.text(alphabet="ECQR0123456789ABCDEF:/=+.-_ \t\r\n\x00", max_size=80),
    st.sampled_from(
        [
            "https://pay.example/x" * 2,
            "weixin://wxpay/bizpayurl?pr=abc123456",
            "",
            " " * 40,
            "\x00" * 20,
            "DROP TABLE person;--" * 2,
        ]
    ),
)


@settings(max_examples=200, deadline=None)
@given(hostile)
def test_any_qr_text_is_checked_without_crashing(text):
    try:
        assert voucher.check(text) == text.strip()
    except voucher.VoucherError as err:
        assert err.key in CATALOGUE


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hostile)
def test_any_qr_text_sent_to_the_center_gets_a_plain_sentence(client, text):
    with pytest.raises(PlainError) as err:
        lookup_by_voucher(client, text)
    assert err.value.key in CATALOGUE


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=2), st.floats(min_value=0, max_value=0.2)), max_size=80))
def test_any_key_burst_is_handled(keys):
    detector, t = WedgeDetector(), 0.0
    for char, gap in keys:
        t += gap
        result = detector.feed(char, t)
        assert result is None or (16 <= len(result) <= 512 and "\r" not in result)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789X") + ["DEL", "", "?", "XX", "１"]), max_size=40))
def test_any_keypad_sequence_gives_a_clear_outcome(keys):
    flow = BalanceFlow()
    for key in keys:
        flow.press(key)
    assert len(flow.digits) <= 18 and all(c in "0123456789X" for c in flow.digits)
    if not flow.submit():
        assert flow.error_sentence in CATALOGUE.values()
