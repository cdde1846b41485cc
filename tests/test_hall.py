"""The hall console: calls reach the hall once, staff answers reach the kiosk window, a hall
that is down sends the elder to the desk and still gets the call later, tiles follow what the
terminals report. Real hall service on loopback, real kiosk store, real window."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time

import httpx
import pytest
import ui_helpers
from hall_helpers import (
    POSITION,
    STAFF_NAME,
    STAFF_NO,
    STAFF_PIN,
    TERMINAL,
    Clock,
    kiosk_config,
    make_hall,
    staff_client,
)
from sqlalchemy import select

from kiosk.app import Services
from kiosk.flows.hall_client import HallClient
from kiosk.hall.service import Limits
from kiosk.store.models import HallMessage


@pytest.fixture
def hall(tmp_path):
    running = make_hall(tmp_path)
    yield running
    running.stop()


@pytest.fixture
def hall_services(kiosk_home, center, hall):
    services = Services(kiosk_config(center.url, hall))
    services.open()
    yield services
    services.close()


def test_a_call_arrives_once_even_when_sent_twice_and_the_answer_comes_back(hall, hall_services):
    ops = hall_services.operations()
    raised = ops.raise_staff_call("balance", "en")
    assert raised.reached
    with hall_services.store()() as db:
        message = db.scalars(select(HallMessage)).one()
        assert message.status == "delivered"
    HallClient(hall_services.config).send(message)  # a reply lost on the way back: the kiosk sends it again
    [call] = hall.service.calls()
    assert (call["id"], call["position"], call["screen"], call["language"]) == (
        raised.call_id,
        POSITION,
        "balance",
        "en",
    )
    assert call["times_received"] == 2 and call["state"] == "open"
    assert set(call) >= {"terminal_id", "raised_at", "received_at"} and "certno" not in json.dumps(call)
    assert ops.staff_call_state(raised.call_id).state == "open"
    with staff_client(hall) as staff:
        assert (
            staff.post(f"/api/calls/{raised.call_id}/answer", json={"show": "number"}).json()["answered_by"] == STAFF_NO
        )
    state = ops.staff_call_state(raised.call_id)
    assert (state.state, state.answered_by, state.by_number) == ("coming", STAFF_NO, True)
    with hall_services.store()() as db:  # the audit trail has the call (its id, never a person)
        from kiosk.store.models import AuditEvent

        event = db.scalars(select(AuditEvent).where(AuditEvent.action == "staff_call")).one()
        assert event.detail == {"call_id": raised.call_id}


def test_kiosk_requests_need_the_terminals_key_and_the_page_a_staff_sign_in(hall):
    body = {
        "id": "0b1e4ee2-6f4c-4f3c-9d0a-8f1d3c2b1a00",
        "position": "x",
        "screen": "home",
        "language": "zh_CN",
        "raised_at": "2026-12-02T10:00:00",
    }
    with httpx.Client(base_url=hall.url, timeout=5) as http:
        assert http.post("/kiosk/calls", json=body).status_code == 403
        wrong = {"X-Kiosk-Terminal": TERMINAL, "Authorization": "Bearer " + hall.key[:-1] + "x"}
        assert http.post("/kiosk/calls", json=body, headers=wrong).status_code == 403
        other = {"X-Kiosk-Terminal": "KIOSK9999", "Authorization": f"Bearer {hall.key}"}
        assert http.post("/kiosk/heartbeat", json={}, headers=other).status_code == 403
        right = {"X-Kiosk-Terminal": TERMINAL, "Authorization": f"Bearer {hall.key}"}
        assert http.post("/kiosk/calls", json={**body, "id": "<script>"}, headers=right).status_code == 400
        assert http.post("/kiosk/calls", content=b"not json", headers=right).status_code == 400
        for bad in ({"pending": "many"}, {"devices": ["printer"]}, {"position": "x" * 61}):
            assert http.post("/kiosk/heartbeat", json=bad, headers=right).status_code == 400
        assert hall.service.calls() == []
        for path in ("/api/state", "/api/events"):
            assert http.get(path).status_code == 401
        assert http.get("/api/me").json() == {"staff": None}
        assert http.post(f"/api/calls/{body['id']}/answer", json={}).status_code == 401
        for _ in range(4):
            assert http.post("/api/sign-in", json={"staff_no": STAFF_NO, "pin": "000000"}).json()["outcome"] == "wrong"
        assert http.post("/api/sign-in", json={"staff_no": STAFF_NO, "pin": "000000"}).status_code == 423
        locked = http.post("/api/sign-in", json={"staff_no": STAFF_NO, "pin": STAFF_PIN})  # even the right PIN
        assert locked.status_code == 423 and "hall_session" not in locked.cookies


def test_the_hall_down_sends_the_elder_to_the_desk_and_the_call_arrives_once_when_it_is_back(
    qtbot, kiosk_home, center, tmp_path
):
    hall = make_hall(tmp_path)
    hall.stop()  # the port is known; nothing listens on it now
    services = Services(kiosk_config(center.url, hall))  # a closed port is refused at once
    services.open()
    try:
        window, speech = ui_helpers.make_window(qtbot, services.config, services)
        with qtbot.waitSignal(window.staff_call.state_changed, timeout=5_000, check_params_cb=lambda s: s == "desk"):
            ui_helpers.click(qtbot, window, "bar_call")
        assert window.staff_overlay.isVisible()
        assert window.staff_overlay.title_label.text() == "请到服务台找工作人员"
        assert "请到服务台找工作人员" in speech.spoken[-1] and "马上过来" not in speech.spoken[-1]
        with services.store()() as db:
            assert [m.status for m in db.scalars(select(HallMessage))] == ["pending"]
        hall.start()  # back, same address, same database
        with qtbot.waitSignal(
            window.staff_call.state_changed, timeout=10_000, check_params_cb=lambda s: s == "waiting"
        ):
            pass
        [call] = hall.service.calls(everything=True)  # one call on the page, however often it was sent
        assert call["position"] == POSITION and call["times_received"] >= 1
        with services.store()() as db:
            assert [m.status for m in db.scalars(select(HallMessage))] == ["delivered"]
        with staff_client(hall) as staff:
            staff.post(f"/api/calls/{call['id']}/answer", json={"show": "name"})
        qtbot.waitUntil(lambda: window.staff_overlay.title_label.text() == "工作人员已经收到，正在过来", timeout=5_000)
        assert STAFF_NAME in window.staff_overlay.message.text() and STAFF_NAME in speech.spoken[-1]
        assert len(hall.service.calls(everything=True)) == 1
    finally:
        hall.stop()
        services.close()


def test_without_a_hall_the_kiosk_never_promises_that_someone_is_coming(qtbot, window_without_hall):
    window, speech = window_without_hall
    with qtbot.waitSignal(window.staff_call.state_changed, timeout=5_000, check_params_cb=lambda s: s == "desk"):
        ui_helpers.click(qtbot, window, "bar_call")
    assert "请到服务台找工作人员" in speech.spoken[-1]
    ui_helpers.click(qtbot, window, "staff_call_action")  # 知道了
    assert not window.staff_overlay.isVisible()


@pytest.fixture
def window_without_hall(qtbot, services):
    return ui_helpers.make_window(qtbot, services.config, services)


def _tile(hall):
    [tile] = hall.service.terminals()
    return tile


def test_tiles_follow_missed_heartbeats_dead_letters_and_a_broken_audit_chain(tmp_path, kiosk_home, center):
    clock = Clock()
    hall = make_hall(tmp_path, Limits(offline_after_s=90), clock)
    services = Services(kiosk_config(center.url, hall))
    services.open()
    try:
        ops = services.operations()
        assert _tile(hall)["state"] == "offline" and _tile(hall)["problems"][0]["code"] == "never_seen"
        assert ops.hall_heartbeat({"speech": "ok", "printer": "none"})
        assert (_tile(hall)["state"], _tile(hall)["problems"]) == ("ok", [])
        clock.advance(91)  # three heartbeats missed
        assert _tile(hall)["state"] == "offline" and _tile(hall)["problems"][0]["code"] == "offline"
        assert ops.hall_heartbeat({"speech": "captions_only"})
        assert _tile(hall)["state"] == "warn" and _tile(hall)["problems"][0]["device"] == "speech"

        # a filing the center refuses (no such person), delivered by the real delivery process: a dead letter
        filing = tmp_path / "filing.json"
        filing.write_text(
            json.dumps(
                {
                    "kind": "chronic",
                    "certno": "11010519491231002X",
                    "begndate": "2026-12-01",
                    "disease_code": "M03900",
                    "hospital": "H44010400001",
                    "tel": "13800138000",
                }
            ),
            encoding="utf-8",
        )
        env = {**os.environ, "KIOSK_HOME": str(kiosk_home), "KIOSK_CENTER_URL": center.url, "PYTHONPATH": os.getcwd()}
        for verb in (["filing", "create", "--from", str(filing), "--json"], ["sync", "drain", "--timeout", "10"]):
            subprocess.run([sys.executable, "-m", "kiosk", *verb], env=env, check=True, capture_output=True, timeout=60)
        assert ops.hall_heartbeat({})
        tile = _tile(hall)
        assert tile["state"] == "fault" and {"code": "dead_letters", "level": "fault", "n": 1} in tile["problems"]

        # someone edits the audit trail in the database file, from outside the kiosk
        with sqlite3.connect(kiosk_home / "kiosk.db") as db:
            db.execute("UPDATE audit_event SET actor = 'someone' WHERE id = 1")
        assert ops.hall_heartbeat({})
        assert _tile(hall)["problems"][0] == {"code": "audit_broken", "level": "fault"}
        listed = subprocess.run(
            [sys.executable, "-m", "kiosk", "hall", "terminals", "--json", "--db", str(hall.db)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        assert json.loads(listed.stdout)[0]["problems"][0]["code"] == "audit_broken"
    finally:
        hall.stop()
        services.close()


def test_hall_verbs_plain_errors(tmp_path, kiosk_home):
    env = {**os.environ, "KIOSK_HOME": str(kiosk_home), "PYTHONPATH": os.getcwd()}

    def kiosk(*args, stdin=""):
        return subprocess.run(
            [sys.executable, "-m", "kiosk", *args], env=env, input=stdin, capture_output=True, text=True, timeout=60
        )

    done = kiosk("hall", "call", "--screen", "home")
    assert (
        done.returncode == 2
        and done.stderr.strip() == "kiosk: no hall_url in config.toml: this kiosk reports to no hall service"
    )
    done = kiosk("hall", "staff", "add", "--staff-no", "1", "--name", "x", "--pin-stdin", stdin="12\n")
    assert done.returncode == 2 and "6 to 12 digits" in done.stderr and "Traceback" not in done.stderr
    done = kiosk("hall", "calls", "--json", "--db", str(tmp_path / "none.db"))
    assert done.returncode == 2 and "does not exist" in done.stderr


def test_hall_settings_are_typed_and_bounded(kiosk_home):
    from kiosk import config as config_module

    with pytest.raises(config_module.ConfigError, match="hall_url must start with http"):
        config_module.load(hall_url="10.0.0.2:8780")
    with pytest.raises(config_module.ConfigError, match="hall_poll_s must be between"):
        config_module.load(hall_poll_s=0)
    with pytest.raises(config_module.ConfigError, match="hall_position must be at most 60"):
        config_module.load(hall_position="一" * 61)
    kiosk_home.mkdir(parents=True, exist_ok=True)
    (kiosk_home / "config.toml").write_text(
        'hall_url = "http://10.0.0.2:8780"\nhall_timeout_s = "soon"\n', encoding="utf-8"
    )
    with pytest.raises(config_module.ConfigError, match="hall_timeout_s must be a float"):
        config_module.load()


def test_the_delivery_process_sends_a_call_left_behind_when_the_screen_went_away(tmp_path, kiosk_home, center):
    hall = make_hall(tmp_path)
    hall.stop()
    services = Services(kiosk_config(center.url, hall, hall_timeout_s=0.5))
    services.open()
    try:
        assert not services.operations().raise_staff_call("ask", "ug").reached  # then the screen is gone
        config_toml = f'hall_url = "{hall.url}"\nhall_terminal_key = "{hall.key}"\nhall_position = "{POSITION}"\n'
        (kiosk_home / "config.toml").write_text(config_toml, encoding="utf-8")
        hall.start()
        env = {**os.environ, "KIOSK_HOME": str(kiosk_home), "KIOSK_CENTER_URL": center.url, "PYTHONPATH": os.getcwd()}
        sync = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "sync", "run"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 30
            while not hall.service.calls() and time.monotonic() < deadline:
                time.sleep(0.1)  # polling a real process with a bound
            [call] = hall.service.calls()
            assert (call["screen"], call["language"]) == ("ask", "ug")
        finally:
            sync.terminate()
            sync.wait(timeout=10)
    finally:
        hall.stop()
        services.close()


def test_the_elder_cancelling_takes_the_call_off_the_page(qtbot, hall, hall_services):
    window, speech = ui_helpers.make_window(qtbot, hall_services.config, hall_services)
    with qtbot.waitSignal(window.staff_call.state_changed, timeout=5_000, check_params_cb=lambda s: s == "waiting"):
        ui_helpers.click(qtbot, window, "bar_call")
    assert [c["state"] for c in hall.service.calls()] == ["open"]
    assert [t["calling"] for t in hall.service.terminals()] == [True]
    ui_helpers.click(
        qtbot, window, "staff_call_second"
    )  # 不用了，取消呼叫: the second choice (the default keeps the call)
    assert speech.spoken[-1] == "好的，已取消呼叫。" and not window.staff_overlay.isVisible()
    qtbot.waitUntil(lambda: hall.service.calls() == [], timeout=5_000)
    assert [c["state"] for c in hall.service.calls(everything=True)] == ["cancelled"]
    assert [t["calling"] for t in hall.service.terminals()] == [False]


def test_the_hall_imports_only_the_core_and_itself():
    import ast
    from pathlib import Path

    hall = Path(__file__).resolve().parents[1] / "kiosk" / "hall"
    imported = set()
    for module in hall.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    ours = {name for name in imported if name.split(".")[0] == "kiosk"}
    assert ours and all(name.startswith(("kiosk.core", "kiosk.hall")) for name in ours), ours
    assert not any(name.split(".")[0] in ("PySide6", "kiosk.store") for name in imported)


def test_the_call_notice_says_only_what_is_true():
    from kiosk.flows.call_notice import CallNotice, CallRaised, CallState

    notice = CallNotice()
    first = notice.press()
    assert notice.state == "sending" and notice.press() is None  # pressed twice: still one call
    assert notice.raised(first, CallRaised("a", reached=False)) == "show" and notice.state == "desk"
    assert notice.asks_hall  # the call is queued: keep trying while the elder is here
    assert notice.answered("a", CallState("queued", "")) is False and notice.state == "desk"
    assert notice.answered("a", CallState("open", "")) and notice.state == "waiting"  # the hall is back
    assert notice.answered("b", CallState("coming", "x")) is False  # another call's answer
    assert notice.answered("a", CallState("coming", "1001", by_number=True)) and notice.state == "coming"
    assert (notice.who, notice.by_number, notice.asks_hall) == ("1001", True, False)
    assert notice.close() == "a" and notice.state == ""  # 不用了 after staff answered: take it back

    second = notice.press()
    assert notice.raised(second, CallRaised("b", reached=False)) == "show"
    assert notice.close() == ""  # closing 请到服务台找工作人员 keeps the queued call
    third = notice.press()
    assert notice.raised(second, CallRaised("late", reached=True)) == ""  # an old press's answer changes nothing
    assert notice.close() == "" and notice.raised(third, CallRaised("c", reached=True)) == "take_back"
    notice.press()
    notice.end()  # the session ended: no notice, the call stays at the hall
    assert notice.state == "" and not notice.open


def test_hall_serve_listens_where_the_kiosks_are_told_to_look(kiosk_home):
    kiosk_home.mkdir(parents=True, exist_ok=True)
    (kiosk_home / "config.toml").write_text('hall_url = "http://192.0.2.7:8791"\n', encoding="utf-8")  # not ours
    env = {**os.environ, "KIOSK_HOME": str(kiosk_home), "PYTHONPATH": os.getcwd()}
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "hall", "serve"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2 and done.stderr.startswith("kiosk: cannot listen on 192.0.2.7:8791")
