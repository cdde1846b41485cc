"""Balance, ledger, family accounts, receipts; the offline fallback; masking everywhere."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from ui_helpers import confirm_typed_number

from kiosk import config as config_module
from kiosk.app import Services
from kiosk.center.server import start_center
from kiosk.core.receipt import QR_PREFIX, balance_receipt
from kiosk.devices.camera import SyntheticPhoneSource
from kiosk.devices.printer import escpos_bytes
from kiosk.devices.qr import QrDecoder
from kiosk.devices.speech import CaptionSpeech
from kiosk.flows.identify import lookup_by_id_number
from kiosk.ui.a11y import image_array
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.receipt_render import receipt_image, write_pdf
from kiosk.ui.screenshot import SCREENS, show_screen

ID_NUMBER = re.compile(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9])")
MOBILE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")


def make_window(qtbot, config, services, speech):
    window = KioskWindow(config, services, speech, camera_factory=lambda: SyntheticPhoneSource(None))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click(qtbot, window, name):
    qtbot.mouseClick(window.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def identify(qtbot, window, certno):
    click(qtbot, window, "tile_balance")
    click(qtbot, window, "identify_by_id")
    for key in certno:
        click(qtbot, window, f"key_{key}")
    click(qtbot, window, "id_submit")
    confirm_typed_number(qtbot, window, window.ctx.services, then="balance")  # a typed number is confirmed


def test_balance_then_ledger_pages_then_family(qtbot, config, services, client, demo):
    speech = CaptionSpeech()
    window = make_window(qtbot, config, services, speech)
    identify(qtbot, window, demo["certno"])
    click(qtbot, window, "balance_ledger")
    first = window.findChild(QPushButton, "ledger_row_0")
    qtbot.waitUntil(lambda: first.isVisible() and "元" in first.text(), timeout=10_000)
    newest = client.call("ZH01", {"data": {"psn_no": demo["psn_no"], "page": 1, "size": 4}})["list"][0]
    assert f"{abs(float(newest['amount'])):,.2f}元" in first.text()
    assert "第 1 页" in window.findChild(QLabel, "ledger_status").text()
    click(qtbot, window, "ledger_row_0")
    assert "之后余额" in speech.spoken[-1] and "元" in speech.spoken[-1]
    click(qtbot, window, "ledger_next")
    qtbot.waitUntil(lambda: "第 2 页" in window.findChild(QLabel, "ledger_status").text(), timeout=10_000)
    click(qtbot, window, "bar_back")
    click(qtbot, window, "balance_family")
    member = window.findChild(QPushButton, "family_row_0")
    qtbot.waitUntil(lambda: member.isVisible(), timeout=10_000)
    texts = [
        window.findChild(QPushButton, f"family_row_{i}").text()
        for i in range(5)
        if window.findChild(QPushButton, f"family_row_{i}").isVisible()
    ]
    assert any("余额不公开" in t for t in texts) and any(
        "元" in t for t in texts
    )  # demo person 0: spouse visible, child not
    assert all("*" in t.split()[1] for t in texts)


def test_with_the_center_stopped_the_cached_balance_is_shown_as_old(qtbot, kiosk_home, tmp_path, demo):
    center = start_center(tmp_path / "c.db")
    cfg = config_module.load(center_url=center.url, sync_autostart=False)
    services = Services(cfg)
    services.open()
    try:
        person = services.operations().lookup_by_id_number(demo["certno"])  # online: remembered here
        center.stop()
        speech = CaptionSpeech()
        window = make_window(qtbot, cfg, services, speech)
        identify(qtbot, window, demo["certno"])
        warning = window.findChild(QLabel, "balance_stale").text()
        assert "可能不是最新" in warning
        assert window.findChild(QLabel, "balance_amount").text().replace(",", "").startswith(f"{person.balance:.2f}")
        assert "可能不是最新" in speech.spoken[-1]
        assert not window.findChild(QPushButton, "balance_receipt").isVisible()
    finally:
        services.close()


def test_receipt_pdf_and_image_carry_a_qr_that_decodes_to_the_reference(qtbot, tmp_path, client, demo):
    person = lookup_by_id_number(client, demo["certno"])
    receipt = balance_receipt(person, "KIOSK0001")
    pdf = write_pdf(receipt, tmp_path / "r.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 2000
    read = QrDecoder().decode(image_array(receipt_image(receipt)))
    assert read.text == QR_PREFIX + receipt.reference
    stream = escpos_bytes(receipt)
    assert stream.startswith(b"\x1b") and "医保".encode("gb18030") in stream and b"\x1dV" in stream  # text, then a cut
    assert receipt.reference.encode() in stream


def test_no_screen_or_receipt_shows_or_says_an_unmasked_id_or_phone(qtbot, config, services, client, demo):
    speech = CaptionSpeech()
    window = make_window(qtbot, config, services, speech)
    identify(qtbot, window, demo["certno"])
    for name in ("ledger", "family", "receipt"):
        window.go(name)
        window.runner.wait_idle()
        qtbot.wait(50)
    person = window.session.person
    for name in SCREENS:
        if name.startswith("id_entry"):
            continue  # the one screen where the person checks what they typed
        show_screen(window, name)
        window.runner.wait_idle()
        seen = "\n".join(
            w.text() for w in window.findChildren(QLabel) + window.findChildren(QPushButton) if w.isVisible()
        )
        seen += "\n".join(w.accessibleName() for w in window.findChildren(QWidget))
        assert not ID_NUMBER.search(seen), name
        assert not MOBILE.search(seen), name
        window.idle_overlay.hide()
        window.staff_overlay.hide()
    receipt_text = "\n".join(balance_receipt(person, "KIOSK0001").lines())
    assert not ID_NUMBER.search(receipt_text) and not MOBILE.search(receipt_text)
    assert not any(ID_NUMBER.search(s) or MOBILE.search(s) for s in speech.spoken)
