"""The 备案 wizards and proxy filing, walked on the real screens."""

from __future__ import annotations

import random
import subprocess
import sys

from PySide6.QtWidgets import QLabel, QPushButton
from ui_helpers import click, confirm_typed_number, make_window, type_keys, type_staff_sign_in

from kiosk.store import staff
from kiosk.sync.client import CenterClient
from kiosk.sync.worker import SyncWorker


def identify_by_id(qtbot, window, certno, then="filing"):
    """Identify (a typed number, confirmed by staff unless staff typed it), see 我的备案, then start a new filing."""
    click(qtbot, window, "identify_by_id")
    type_keys(qtbot, window, certno)
    if window.session.filed_by == "staff":
        with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "my_filings"):
            click(qtbot, window, "id_submit")
    else:
        click(qtbot, window, "id_submit")
        confirm_typed_number(qtbot, window, window.ctx.services, then="my_filings")
    if then == "my_filings":
        return
    status = window.findChild(QLabel, "my_filings_status")
    qtbot.waitUntil(lambda: "查询" not in status.text(), timeout=10_000)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == then):
        click(qtbot, window, "my_filings_new")


def type_phone(qtbot, window, digits="13800138000"):
    type_keys(qtbot, window, digits)
    click(qtbot, window, "filing_next")


def submit(qtbot, window):
    assert window.session.wizard.current.key == "review"
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "filing_done"):
        click(qtbot, window, "filing_submit")


def deliver(services, config):
    SyncWorker(services.store(), CenterClient(config, config.center_url), rng=random.Random(1)).drain(timeout_s=10)


def test_long_term_wizard_to_the_center(qtbot, config, services, center, demo):
    window, speech = make_window(qtbot, config, services)
    click(qtbot, window, "tile_yidi")
    identify_by_id(qtbot, window, demo["certno"])
    assert "第 1 步" in window.findChild(QLabel, "filing_counter").text()
    assert "第一步" in speech.spoken[-1] or "第1步" in speech.spoken[-1] or "步" in speech.spoken[-1]
    assert "不用交证明" in window.findChild(QLabel, "filing_notice").text()  # 一次性告知 first, before any question
    click(qtbot, window, "filing_next")
    for choice in ("choice_long", "choice_1", "choice_110000", "choice_110100"):
        click(qtbot, window, choice)
    click(qtbot, window, "date_plus_day")
    click(qtbot, window, "filing_next")
    click(qtbot, window, "choice_yes")  # the promise, read aloud, confirmed
    assert window.session.wizard.answers["promise"] == "yes"
    click(qtbot, window, "choice_no")  # not a 补办
    type_phone(qtbot, window)
    assert window.findChild(QLabel, "review_tel").text().endswith("138 0013 8000")  # just typed: shown to check
    assert "138" not in speech.spoken[-1]  # the review is read aloud without the phone
    submit(qtbot, window)
    status = window.findChild(QLabel, "filing_status")
    assert "已保存在本机" in status.text() and "已受理" not in status.text()  # no delivery process in this test
    assert "尾号8000" in window.findChild(QLabel, "filing_next_step").text()  # how the outcome reaches the person
    assert "长期有效" in window.findChild(QLabel, "filing_expectation").text()
    deliver(services, config)
    assert list(center.app.service.filings_by_ref().values()) == [1]


def test_temporary_wizard_with_back_and_edit_then_undo(qtbot, config, services, center, demo):
    window, speech = make_window(qtbot, config, services)
    click(qtbot, window, "tile_yidi")
    identify_by_id(qtbot, window, demo["certno"])
    click(qtbot, window, "filing_next")  # the materials notice
    click(qtbot, window, "choice_temp")
    click(qtbot, window, "choice_4")
    click(qtbot, window, "bar_back")  # one question back, not out of the wizard
    assert window.current.name == "filing" and window.session.wizard.current.key == "dcla_type"
    click(qtbot, window, "choice_6")
    click(qtbot, window, "choice_310000")
    click(qtbot, window, "choice_310100")
    click(qtbot, window, "filing_next")  # start today
    click(qtbot, window, "date_minus_month")  # shorter than six months: refused plainly
    click(qtbot, window, "filing_next")
    assert "至少要半年" in window.findChild(QLabel, "filing_error").text() and "半年" in speech.spoken[-1]
    click(qtbot, window, "date_plus_month")
    click(qtbot, window, "filing_next")
    click(qtbot, window, "choice_in_hospital")  # 补办 before discharge
    type_phone(qtbot, window)
    click(qtbot, window, "edit_mdtrt_admdvs")
    click(qtbot, window, "choice_310100")
    assert window.session.wizard.current.key == "review"
    submit(qtbot, window)
    assert "最多少20%" in window.findChild(QLabel, "filing_expectation").text()  # plain words, not 百分点
    click(qtbot, window, "filing_undo")
    status = window.findChild(QLabel, "filing_status")
    qtbot.waitUntil(lambda: "撤销" in status.text(), timeout=10_000)
    deliver(services, config)
    assert [f["status"] for f in center.app.service.filings(demo["certno"]) if f["kind"] == "yidi"] == ["revoked"]


def test_a_daughter_files_for_her_father_and_gets_a_receipt(qtbot, config, services, center):
    elder = next(p for p in center.app.service.people() if p["age"] >= 75)
    window, speech = make_window(qtbot, config, services)
    click(qtbot, window, "tile_proxy")
    click(qtbot, window, "proxy_family")
    for key in "44010619850315002X":  # the daughter's own (fictional, valid) number
        click(qtbot, window, f"key_{key}")
    click(qtbot, window, "proxy_next")
    click(qtbot, window, "relation_1")  # 子女
    click(qtbot, window, "proxy_chronic")
    identify_by_id(qtbot, window, elder["certno"])
    assert window.session.wizard.filer.filed_by == "family"
    assert window.session.wizard.current.key == "notice"  # 75+: no authorisation step; the materials first
    assert "代办人的身份证" in window.findChild(QLabel, "filing_notice").text()
    click(qtbot, window, "filing_next")
    click(qtbot, window, "choice_M01600")
    click(qtbot, window, "choice_H44010400003")  # 广东省人民医院
    click(qtbot, window, "filing_next")
    type_phone(qtbot, window)
    submit(qtbot, window)
    click(qtbot, window, "filing_receipt")
    text = window.findChild(QLabel, "receipt_text").text()
    assert "门诊慢特病备案凭条" in text and "代办人" in text and "（子女）" in text
    assert elder["certno"] not in text and elder["certno"][:3] + "*" in text
    deliver(services, config)
    client = CenterClient(config, config.center_url)
    applied = client.call("MT02", {"data": {"psn_cert_type": "01", "certno": elder["certno"]}})["applications"]
    client.close()
    mine = [a for a in applied if a["opsp_dise_code"] == "M01600" and a["status"] == "appraising"]
    assert len(mine) == 1 and mine[0]["ide_fixmedins_name"] == "广东省人民医院"  # the hospital appraises next


def test_staff_sign_in_locks_after_five_wrong_pins_and_is_audited(qtbot, config, services):
    with services.store().begin() as session:
        staff.add(session, "1001", "王敏", "246810")
    window, speech = make_window(qtbot, config, services)
    click(qtbot, window, "tile_proxy")
    click(qtbot, window, "proxy_staff")

    def staff_number():
        type_keys(qtbot, window, "1001")
        click(qtbot, window, "proxy_next")

    def pin(digits):
        type_keys(qtbot, window, digits)
        assert window.findChild(QLabel, "proxy_entry").text() == "●" * len(digits)
        assert not any(digits in s for s in speech.spoken)  # a PIN is never spoken
        error = window.findChild(QLabel, "proxy_error")
        error.setText("")
        click(qtbot, window, "proxy_next")
        qtbot.waitUntil(lambda: bool(error.text()) or window.screens["proxy"].phase == "service", timeout=5_000)
        return error.text()

    staff_number()
    assert pin("246810") == "" and window.screens["proxy"].phase == "service" and window.session.filed_by == "staff"
    window.reset_session()
    click(qtbot, window, "tile_proxy")
    click(qtbot, window, "proxy_staff")
    staff_number()
    assert "不对" in pin("111111")  # the PIN is asked again, the staff number kept
    for _ in range(3):
        pin("111111")
    assert "十五分钟" in pin("111111")
    assert "十五分钟" in pin("246810")  # even the right PIN waits out the lock
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "audit", "verify"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "KIOSK_HOME": str(config.home)},
    )
    assert done.returncode == 0 and '"intact": true' in done.stdout
    import sqlite3

    with sqlite3.connect(config.db_path) as db:
        actions = [row[0] for row in db.execute("SELECT action FROM audit_event")]
        assert actions.count("staff_sign_in_ok") == 1 and "staff_sign_in_locked" in actions
        db.execute("UPDATE audit_event SET actor = 'someone-else' WHERE id = 1")
    tampered = subprocess.run(
        [sys.executable, "-m", "kiosk", "audit", "verify"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "KIOSK_HOME": str(config.home)},
    )
    assert tampered.returncode == 1 and '"intact": false' in tampered.stdout


def test_my_filings_lists_what_the_center_holds_and_cancels_one(qtbot, config, services, center, demo):
    window, speech = make_window(qtbot, config, services)
    click(qtbot, window, "tile_chronic")
    identify_by_id(qtbot, window, demo["certno"], then="my_filings")
    row = window.findChild(QPushButton, "my_filings_row_0")
    qtbot.waitUntil(lambda: row.isVisible(), timeout=10_000)
    assert "高血压" in row.text() and "有效" in row.text()  # seeded at the center, made elsewhere
    click(qtbot, window, "my_filings_row_0")
    assert "高血压" in speech.spoken[-1]
    click(qtbot, window, "my_filings_cancel")
    status = window.findChild(QLabel, "my_filings_status")
    qtbot.waitUntil(lambda: "已提交取消" in status.text(), timeout=10_000)
    deliver(services, config)
    assert [f["status"] for f in center.app.service.filings(demo["certno"]) if f["opsp_dise_name"] == "高血压"] == [
        "revoked"
    ]


def test_changing_a_filing_cancels_the_old_one_and_files_the_new_one(qtbot, config, services, center, demo):
    window, speech = make_window(qtbot, config, services)
    click(qtbot, window, "tile_chronic")
    identify_by_id(qtbot, window, demo["certno"], then="my_filings")
    row = window.findChild(QPushButton, "my_filings_row_0")
    qtbot.waitUntil(lambda: row.isVisible(), timeout=10_000)
    click(qtbot, window, "my_filings_row_0")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "filing"):
        click(qtbot, window, "my_filings_change")
    assert window.session.wizard.current.key == "notice"  # the one-time notice first, for a change too
    click(qtbot, window, "filing_next")
    assert window.session.wizard.current.key == "tel"  # disease, hospital and date come from the old filing
    type_phone(qtbot, window)
    review = " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())
    assert "高血压" in review and "138 0013 8000" in review
    submit(qtbot, window)
    deliver(services, config)
    assert [f["status"] for f in center.app.service.filings(demo["certno"]) if f["opsp_dise_name"] == "高血压"] == [
        "revoked"
    ]
    client = CenterClient(config, config.center_url)
    applied = client.call("MT02", {"data": {"psn_cert_type": "01", "certno": demo["certno"]}})["applications"]
    client.close()  # the new one is an application: the hospital appraises again
    assert [a["status"] for a in applied if a["opsp_dise_code"] == "M03900"] == ["approved", "appraising"]


def test_staff_see_a_refused_upload_with_its_reason_and_send_it_again(qtbot, config, services, center, demo):
    from kiosk.core.filing import parse
    from kiosk.sync.outbox import queue_filing

    with services.store().begin() as session:
        staff.add(session, "1001", "王敏", "246810")
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
        queue_filing(session, already, terminal_id=config.terminal_id, person="p1")
    deliver(services, config)  # the center sends it back: 高血压 is already filed
    window, speech = make_window(qtbot, config, services)
    click(qtbot, window, "tile_proxy")
    assert window.findChild(QPushButton, "proxy_queue") is None  # not for the public
    click(qtbot, window, "proxy_staff")
    type_staff_sign_in(qtbot, window)
    click(qtbot, window, "proxy_next")
    qtbot.waitUntil(lambda: window.screens["proxy"].phase == "service", timeout=5_000)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "staff_queue"):
        click(qtbot, window, "proxy_queue")
    row = window.findChild(QPushButton, "staff_queue_row_0")
    qtbot.waitUntil(lambda: row.isVisible(), timeout=10_000)
    assert "慢特病申请" in row.text() and "以前已备过案" in row.text() and demo["certno"] not in row.text()
    click(qtbot, window, "staff_queue_row_0")
    assert "已经备过案" in speech.spoken[-1]
    click(qtbot, window, "staff_queue_retry")
    status = window.findChild(QLabel, "staff_queue_status")
    qtbot.waitUntil(lambda: "重新上传" in status.text(), timeout=10_000)
    import sqlite3

    with sqlite3.connect(config.db_path) as db:
        assert db.execute("SELECT actor FROM audit_event WHERE action = 'staff_retry_uploads'").fetchall() == [
            ("1001",)
        ]
        assert db.execute("SELECT status FROM outbox").fetchall() == [("pending",)]


def test_only_signed_in_staff_can_leave_kiosk_mode_and_it_is_audited(qtbot, config, services):
    with services.store().begin() as session:
        staff.add(session, "1001", "王敏", "246810")
    window, speech = make_window(qtbot, config, services)
    click(qtbot, window, "tile_proxy")
    click(qtbot, window, "proxy_family")
    assert window.findChild(QPushButton, "proxy_exit") is None
    window.go_home()
    click(qtbot, window, "tile_proxy")
    click(qtbot, window, "proxy_staff")
    type_staff_sign_in(qtbot, window)
    click(qtbot, window, "proxy_next")
    qtbot.waitUntil(lambda: window.screens["proxy"].phase == "service", timeout=5_000)
    with qtbot.waitSignal(window.exit_requested, timeout=10_000):
        click(qtbot, window, "proxy_exit")
    import sqlite3

    with sqlite3.connect(config.db_path) as db:
        assert db.execute("SELECT actor FROM audit_event WHERE action = 'staff_exit_kiosk'").fetchall() == [("1001",)]


def test_a_chronic_application_shows_its_progress_and_time_limit_on_my_filings(qtbot, config, services, center):
    import datetime as dt

    person = next(p for p in center.app.service.people() if not p["chronic_filings"] and p["age"] >= 75)
    window, speech = make_window(qtbot, config, services)
    click(qtbot, window, "tile_chronic")
    identify_by_id(qtbot, window, person["certno"])
    click(qtbot, window, "filing_next")  # the materials, told first
    click(qtbot, window, "choice_M03900")
    click(qtbot, window, "choice_H44010400002")  # 中山大学附属第一医院 will appraise
    click(qtbot, window, "filing_next")
    type_phone(qtbot, window)
    submit(qtbot, window)
    expectation = window.findChild(QLabel, "filing_expectation").text()
    assert "中山大学附属第一医院" in expectation and "20个工作日" in expectation  # what happens next, and by whom
    deliver(services, config)
    center.app.service.hospital_registers(person["certno"], "M03900")  # the hospital appraises and registers
    window.reset_session()
    click(qtbot, window, "tile_chronic")
    identify_by_id(qtbot, window, person["certno"], then="my_filings")
    row = window.findChild(QPushButton, "my_filings_row_0")
    qtbot.waitUntil(lambda: row.isVisible(), timeout=10_000)
    from kiosk.center.service import add_working_days

    deadline = add_working_days(dt.date.today(), 20)
    assert (
        "已送到医保系统" in row.text() and f"{deadline:%Y-%m-%d}前审核完" in row.text()
    )  # honest status, then progress
    click(qtbot, window, "my_filings_row_0")
    assert "审核完" in speech.spoken[-1]
    assert not window.findChild(QPushButton, "my_filings_cancel").isEnabled()  # under review: nothing to cancel here
