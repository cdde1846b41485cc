"""Identifying by card on the real screens, against the real readers' stacks (a SAM reader on a
pty, pcscd + vpcd + an emulated 社保卡), and the rule that a typed number alone reaches nothing
personal."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from card_rig import PIN, card_numbers
from idcard_emulator import IdCardEmulator, card_text
from PySide6.QtWidgets import QLabel
from ui_helpers import click, confirm_typed_number, ensure_staff, make_window, type_keys, type_staff_sign_in

from kiosk import config as config_module
from kiosk.core import idnumber


def balance_of(center, certno):
    return next(p for p in center.app.service.people() if p["certno"] == certno)["balc"]


def audit_actions(config):
    with sqlite3.connect(config.db_path) as db:
        return [row[0] for row in db.execute("SELECT action FROM audit_event")]


def nothing_of_the_card_kept(config, *values):
    """Neither the database nor the log holds what was read from the card."""
    stored = b"".join(path.read_bytes() for path in config.home.rglob("*") if path.is_file())
    for value in values:
        assert value.encode("utf-8") not in stored, value


@pytest.fixture
def card_config(kiosk_home, center):
    def make(**options):
        return config_module.load(center_url=center.url, sync_autostart=False, card_poll_s=0.05, **options)

    return make


@pytest.fixture
def emulator():
    opened = []

    def open_with(person, mode="card", valid_until="20360312"):
        reader = IdCardEmulator(card_text(person, valid_until), mode).__enter__()
        opened.append(reader)
        return reader

    yield open_with
    for reader in opened:
        reader.close()


def start(qtbot, cfg, tile="tile_balance"):
    from kiosk.app import Services

    services = Services(cfg)
    services.open()
    window, speech = make_window(qtbot, cfg, services)
    click(qtbot, window, tile)
    assert window.current.name == "identify"
    return window, speech, services


# -- 身份证 -------------------------------------------------------------------------------------
def test_balance_by_id_card_without_a_press(qtbot, card_config, emulator, center, demo):
    reader = emulator(demo)
    cfg = card_config(idcard_port=reader.path)
    window, speech, services = start(qtbot, cfg)
    with qtbot.waitSignal(window.screen_changed, timeout=15_000, check_params_cb=lambda n: n == "balance"):
        pass  # the card is on the reader: nothing to press
    amount = window.findChild(QLabel, "balance_amount").text().replace(",", "")
    assert amount.startswith(balance_of(center, demo["certno"]))
    assert window.session.identified_by == "idcard" and window.journey.identity_settled()
    assert any("读到卡了" in s for s in speech.spoken)
    services.close()
    nothing_of_the_card_kept(cfg, demo["certno"], "中山五路", "越秀分局")


@pytest.mark.parametrize(
    "mode, valid_until, sentence",
    [
        ("card", "20200101", "身份证已经过期了"),
        ("bad_checksum", "20360312", "卡没有读出来"),
        ("removed_mid_read", "20360312", "卡没有读出来"),
    ],
)
def test_a_card_that_cannot_be_used_is_one_plain_spoken_sentence(
    qtbot, card_config, emulator, demo, mode, valid_until, sentence
):
    reader = emulator(demo, mode, valid_until)
    window, speech, services = start(qtbot, card_config(idcard_port=reader.path))
    error = window.findChild(QLabel, "identify_error")
    qtbot.waitUntil(lambda: sentence in error.text(), timeout=15_000)
    assert any(sentence in s for s in speech.spoken) and window.current.name == "identify"
    assert window.session.person is None and window.session.balance.cached is None  # nothing of the person kept
    if mode == "card":
        assert "工作人员" in error.text()  # an expired card: staff are offered
    services.close()


def test_a_card_of_someone_the_center_does_not_know(qtbot, card_config, emulator):
    stranger = {"certno": idnumber.make("440104", dt.date(1950, 5, 5), 777), "name": "路人甲"}
    reader = emulator(stranger)
    window, speech, services = start(qtbot, card_config(idcard_port=reader.path))
    error = window.findChild(QLabel, "identify_error")
    qtbot.waitUntil(lambda: "没有这张卡的参保信息" in error.text(), timeout=15_000)
    assert window.session.person is None
    services.close()


def test_a_reader_unplugged_mid_session_is_said_plainly(qtbot, card_config, emulator, demo):
    reader = emulator(demo, "no_card")
    window, speech, services = start(qtbot, card_config(idcard_port=reader.path))
    error = window.findChild(QLabel, "identify_error")
    polled = len(reader.commands)
    qtbot.waitUntil(lambda: len(reader.commands) >= polled + 3, timeout=5_000)  # an empty reader, asked again and again
    assert error.text() == ""  # which needs no sentence
    reader.mode = "silent"  # the cable is pulled
    qtbot.waitUntil(lambda: "读卡器现在用不了" in error.text(), timeout=15_000)
    assert any("读卡器现在用不了" in s for s in speech.spoken)
    click(qtbot, window, "identify_by_id")  # the other ways stay open
    assert window.current.name == "id_entry"
    services.close()


def test_a_card_laid_on_the_reader_while_typing_is_taken(qtbot, card_config, emulator, demo):
    reader = emulator(demo, "no_card")
    window, speech, services = start(qtbot, card_config(idcard_port=reader.path))
    click(qtbot, window, "identify_by_id")
    type_keys(qtbot, window, "4401")
    with qtbot.waitSignal(window.screen_changed, timeout=15_000, check_params_cb=lambda n: n == "balance"):
        reader.mode = "card"
    assert window.session.identified_by == "idcard"
    services.close()


# -- 社保卡 -------------------------------------------------------------------------------------
def test_balance_by_social_security_card_with_its_pin(qtbot, card_config, sscard, center, demo):
    sscard(demo, **card_numbers(center, demo))
    cfg = card_config(sscard_reader="auto", sscard_pin_required=True)
    window, speech, services = start(qtbot, cfg)
    qtbot.waitUntil(lambda: window.current.name == "card_pin", timeout=15_000)
    type_keys(qtbot, window, "000000")
    assert window.findChild(QLabel, "card_pin_entry").text() == "●" * 6
    assert not any("000000" in s or "〇〇〇" in s for s in speech.spoken)  # a PIN is never spoken
    click(qtbot, window, "card_pin_submit")
    error = window.findChild(QLabel, "card_pin_error")
    qtbot.waitUntil(lambda: "还可以试" in error.text(), timeout=15_000)
    assert "二次" in speech.spoken[-1] or "2次" in speech.spoken[-1]
    type_keys(qtbot, window, PIN)
    with qtbot.waitSignal(window.screen_changed, timeout=15_000, check_params_cb=lambda n: n == "balance"):
        click(qtbot, window, "card_pin_submit")
    amount = window.findChild(QLabel, "balance_amount").text().replace(",", "")
    assert amount.startswith(balance_of(center, demo["certno"]))
    assert window.session.identified_by == "sscard" and window.session.pending_card is None
    received = [r for r in center.app.service.received() if r["infno"] == "1101"]
    assert received, "1101 went to the center"
    services.close()


def test_a_blocked_pin_is_said_plainly(qtbot, card_config, sscard, demo):
    sscard(demo, tries=1)
    window, speech, services = start(qtbot, card_config(sscard_reader="auto", sscard_pin_required=True))
    qtbot.waitUntil(lambda: window.current.name == "card_pin", timeout=15_000)
    type_keys(qtbot, window, "999999")
    click(qtbot, window, "card_pin_submit")
    error = window.findChild(QLabel, "card_pin_error")
    qtbot.waitUntil(lambda: "锁住了" in error.text(), timeout=15_000)
    assert "工作人员" in error.text() and window.session.person is None
    services.close()


# -- a typed number is a claim ------------------------------------------------------------------------
@pytest.mark.parametrize("tile", ["tile_balance", "tile_yidi", "tile_chronic"])
def test_a_typed_number_reaches_no_balance_filing_or_cancelling_without_face_or_staff(
    qtbot, card_config, center, demo, tile
):
    window, speech, services = start(qtbot, card_config(), tile)
    click(qtbot, window, "identify_by_id")
    type_keys(qtbot, window, demo["certno"])
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "face_consent"):
        click(qtbot, window, "id_submit")
    balance = balance_of(center, demo["certno"])
    shown = " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())
    assert balance not in shown.replace(",", "") and demo["name"] not in shown
    click(qtbot, window, "bar_back")  # 返回 does not lead round the check either
    assert window.current.name not in ("balance", "my_filings", "filing")
    services.close()


def test_staff_only_confirmation_then_the_filing_list(qtbot, card_config, demo):
    window, speech, services = start(qtbot, card_config(typed_id_confirm="staff"), "tile_yidi")
    click(qtbot, window, "identify_by_id")
    type_keys(qtbot, window, demo["certno"])
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "proxy"):
        click(qtbot, window, "id_submit")
    confirm_typed_number(qtbot, window, services, then="my_filings")  # where 取消 lives
    qtbot.waitUntil(lambda: "staff_confirmed_identity" in audit_actions(services.config), timeout=5_000)
    services.close()


def test_the_family_proxy_authorisation_needs_a_staff_sign_in(qtbot, card_config, emulator, center):
    elder = next(p for p in center.app.service.people() if p["age"] < 75)
    son = {"certno": "44010619850315002X", "name": "王小明"}
    reader = emulator(son)  # the son's own 身份证 lies on the reader
    cfg = card_config(idcard_port=reader.path)
    from kiosk.app import Services

    services = Services(cfg)
    services.open()
    ensure_staff(services)
    window, speech = make_window(qtbot, cfg, services)
    click(qtbot, window, "tile_proxy")
    click(qtbot, window, "proxy_family")
    qtbot.waitUntil(lambda: window.screens["proxy"].phase == "relation", timeout=15_000)  # read, not typed
    reader.mode, reader.text = "no_card", card_text(elder)
    click(qtbot, window, "relation_1")
    assert window.session.agent["certno"] == son["certno"]  # read from the card: no key was pressed
    click(qtbot, window, "proxy_chronic")
    with qtbot.waitSignal(window.screen_changed, timeout=15_000, check_params_cb=lambda n: n == "my_filings"):
        reader.mode = "card"  # the elder's 身份证
    status = window.findChild(QLabel, "my_filings_status")
    qtbot.waitUntil(lambda: "查询" not in status.text(), timeout=10_000)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "filing"):
        click(qtbot, window, "my_filings_new")
    assert window.session.wizard.current.key == "authorisation"
    click(qtbot, window, "choice_seen")  # a plain press is not enough
    assert window.current.name == "proxy" and "委托书" in window.findChild(QLabel, "proxy_prompt").text()
    type_staff_sign_in(qtbot, window)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "filing"):
        click(qtbot, window, "proxy_next")
    assert window.session.wizard.current.key != "authorisation"
    assert window.session.wizard.authorisation_seen_by == "1001"
    qtbot.waitUntil(lambda: "staff_saw_authorisation" in audit_actions(cfg), timeout=5_000)
    services.close()


def test_the_watcher_reports_a_card_once_while_it_lies_there(qtbot, demo):
    from kiosk.devices.cards import FakeReader, IdCard, ReaderError
    from kiosk.ui.card_watcher import CardWatcher

    card = IdCard(demo["certno"], demo["name"], "2", "01", "19460312", "", "", None, None)
    unreadable, lost_reader = ReaderError("card_unreadable"), ReaderError("reader_lost")
    reader = FakeReader(
        "idcard", [None, card, card, card, None, card, unreadable, unreadable, lost_reader, lost_reader]
    )
    watcher = CardWatcher(lambda: [reader], 0.01)
    presented, failed, lost = [], [], []
    watcher.presented.connect(presented.append)
    watcher.failed.connect(failed.append)
    watcher.lost.connect(lost.append)
    watcher.start()
    qtbot.waitUntil(lambda: bool(lost), timeout=5_000)
    watcher.stop()
    qtbot.waitUntil(lambda: reader.closed, timeout=5_000)  # the thread ends and closes its reader
    assert presented == [card, card]  # read once while it lay there, again once lifted and laid down
    assert failed == ["card_unreadable"] and lost == ["idcard"]  # each said once
    assert repr(card) == "IdCard(440***********1006, 张**)"  # what a log line or a trace could show
