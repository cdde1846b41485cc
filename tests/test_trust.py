"""What an elder is told is true: a filing saved here says so (never 已受理), 我的备案 follows it
to 已送到 and 已通过 / 没通过; a 好差评 rating reaches the center exactly once."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

from PySide6.QtWidgets import QLabel, QPushButton
from ui_helpers import click, confirm_typed_number, make_window, type_keys

from kiosk.center.server import Faults
from kiosk.core.filing import parse
from kiosk.sync.client import CenterClient
from kiosk.sync.outbox import queue_filing
from kiosk.sync.worker import SyncWorker

UNTRUE = ("已受理", "已提交", "受理号")


def deliver(services, config):
    SyncWorker(services.store(), CenterClient(config, config.center_url), rng=random.Random(1)).drain(timeout_s=10)


def visible_text(window) -> str:
    return "\n".join(w.text() for w in window.findChildren(QLabel) + window.findChildren(QPushButton) if w.isVisible())


def my_filings_row(qtbot, window, tile="tile_yidi"):
    click(qtbot, window, "bar_home")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "my_filings"):
        click(qtbot, window, tile)  # the person is known: straight to 我的备案
    status = window.findChild(QLabel, "my_filings_status")
    qtbot.waitUntil(lambda: "查询" not in status.text(), timeout=15_000)
    return window.findChild(QPushButton, "my_filings_row_0")


def test_a_filing_made_offline_says_saved_here_then_delivered_then_approved(qtbot, config, services, center, demo):
    window, speech = make_window(qtbot, config, services)
    click(qtbot, window, "tile_yidi")
    click(qtbot, window, "identify_by_id")
    type_keys(qtbot, window, demo["certno"])
    click(qtbot, window, "id_submit")
    confirm_typed_number(qtbot, window, services, then="my_filings")  # a typed number: staff confirm it
    status = window.findChild(QLabel, "my_filings_status")
    qtbot.waitUntil(lambda: "查询" not in status.text(), timeout=10_000)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "filing"):
        click(qtbot, window, "my_filings_new")
    center.app.faults = Faults(fail_rate=1.0)  # the network goes while the person answers
    for name in (
        "filing_next",
        "choice_long",
        "choice_1",
        "choice_110000",
        "choice_110100",
        "filing_next",
        "choice_yes",
        "choice_no",
    ):
        click(qtbot, window, name)
    type_keys(qtbot, window, "13800138000")
    click(qtbot, window, "filing_next")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "filing_done"):
        click(qtbot, window, "filing_submit")
    done = window.screens["filing_done"]
    assert "已保存在本机" in done.status.text() and "已保存在本机" in speech.spoken[-1]
    assert not any(word in visible_text(window) for word in UNTRUE)
    said = len(speech.spoken)
    qtbot.waitUntil(lambda: len(speech.spoken) > said, timeout=10_000)  # the screen looked again after 3 s
    assert "已保存在本机" in done.status.text() and "尾号8000" in done.next_step.text()
    click(qtbot, window, "filing_receipt")
    receipt = window.findChild(QLabel, "receipt_text").text()
    assert "已保存在本机" in receipt and not any(word in receipt for word in UNTRUE)

    center.app.faults = Faults()
    deliver(services, config)
    center.app.faults = Faults(fail_rate=1.0)  # delivered, then the center cannot be asked: the kiosk knows it arrived
    row = my_filings_row(qtbot, window)
    assert row.isVisible() and "已送到医保系统" in row.text()
    center.app.faults = Faults()
    row = my_filings_row(qtbot, window)
    assert "已通过" in row.text() and "长期" in row.text()
    sms = center.app.service.sms_sent()  # LX01: the center tells the phone given
    assert len(sms) == 1 and "已通过" in sms[0]["text"] and sms[0]["tel"] == "138****8000"


def test_a_filing_the_center_refuses_shows_not_passed_with_the_reason(qtbot, config, services, center, demo):
    person = services.operations().person_key(demo["certno"])
    with services.store().begin() as session:
        already = parse(
            {
                "kind": "chronic",
                "certno": demo["certno"],
                "begndate": "2026-12-01",
                "disease_code": "M03900",
                "hospital": "H44010400001",
                "tel": "13800138000",
            }
        )
        queue_filing(session, already, terminal_id=config.terminal_id, person=person)
    deliver(services, config)  # 高血压 is already filed at the center: refused
    window, speech = make_window(qtbot, config, services)
    click(qtbot, window, "tile_chronic")
    click(qtbot, window, "identify_by_id")
    type_keys(qtbot, window, demo["certno"])
    click(qtbot, window, "id_submit")
    confirm_typed_number(qtbot, window, services, then="my_filings")  # a typed number: staff confirm it
    refused = window.findChild(QPushButton, "my_filings_row_1")
    qtbot.waitUntil(lambda: refused.isVisible(), timeout=10_000)
    assert "没通过" in refused.text()
    click(qtbot, window, "my_filings_row_1")
    assert "没通过" in speech.spoken[-1] and "已经" in speech.spoken[-1]  # with the reason, in plain words
    assert "没通过" in center.app.service.sms_sent()[0]["text"]


def test_a_rating_made_on_the_kiosk_arrives_at_the_center_exactly_once(qtbot, config, services, center, demo, tmp_path):
    window, speech = make_window(qtbot, config, services)
    click(qtbot, window, "tile_balance")
    click(qtbot, window, "identify_by_id")
    type_keys(qtbot, window, demo["certno"])
    click(qtbot, window, "id_submit")
    confirm_typed_number(qtbot, window, services, then="balance")  # a typed number: staff confirm it
    click(qtbot, window, "bar_home")
    with qtbot.waitSignal(window.screen_changed, timeout=5_000, check_params_cb=lambda n: n == "rating"):
        click(qtbot, window, "home_finish")  # 办完了，退出（清除我的信息）
    assert "非常满意" in speech.spoken[-1] and "非常不满意" in speech.spoken[-1]  # the faces are read out
    click(qtbot, window, "rating_2")  # 不满意: why, if the person wants to say
    click(qtbot, window, "rating_reason_slow")
    with qtbot.waitSignal(window.session_reset, timeout=10_000):
        click(qtbot, window, "rating_send")
    assert window.current.name == "home" and window.session.person is None
    deliver(services, config)
    deliver(services, config)  # nothing is sent twice
    env = {**os.environ, "KIOSK_HOME": str(config.home)}
    db = str(tmp_path / "center" / "center.db")
    received = json.loads(
        subprocess.run(
            [sys.executable, "-m", "kiosk", "center", "received", "--json", "--db", db],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=True,
        ).stdout
    )
    ratings = [r for r in received if r["infno"] == "LX02"]
    assert len(ratings) == 1 and ratings[0]["times"] == 1 and ratings[0]["infcode"] == 0
    applied = json.loads(
        subprocess.run(
            [sys.executable, "-m", "kiosk", "center", "ratings", "--json", "--db", db],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=True,
        ).stdout
    )
    assert [(r["service"], r["level"], r["reasons"]) for r in applied] == [("balance", 2, ["slow"])]


def test_a_rating_can_be_skipped_and_the_session_still_ends(qtbot, config, services, center, demo):
    window, speech = make_window(qtbot, config, services)
    window.session.purpose = "yidi"
    window.go("rating")
    with qtbot.waitSignal(window.session_reset, timeout=5_000):
        click(qtbot, window, "rating_skip")
    assert window.runner.wait_idle()
    with services.store()() as session:
        from kiosk.sync import outbox

        assert outbox.status(session)["pending"] == 0  # nothing queued for a skipped rating


def test_the_center_refuses_a_rating_off_the_scale(center, config):
    client = CenterClient(config, config.center_url)
    try:
        for bad in (
            {"service": "balance", "level": 6},
            {"service": "moon", "level": 3},
            {"service": "yidi", "level": 4, "reasons": ["slow"]},
            {"service": "yidi", "level": 1, "reasons": ["x"]},
        ):
            reply = client.send("LX02", {"data": bad}, msgid=client.new_msgid())
            assert reply.outcome.value == "refused" and reply.reason == "bad_input", bad
        ok = client.send(
            "LX02",
            {"data": {"service": "chronic", "level": 1, "reasons": ["not_done", "voice"]}},
            msgid=client.new_msgid(),
        )
        assert ok.outcome.value == "ok"
    finally:
        client.close()
