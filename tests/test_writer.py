"""One writer: the audit chain stays one chain while threads of the kiosk and another process
append at the same time; and the CLI and the filing screen leave the same rows."""

import datetime as dt
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import sessionmaker

from kiosk import config as config_module
from kiosk.app import Services
from kiosk.cli.filing import example
from kiosk.store import audit
from kiosk.store.models import AuditEvent, Filing, OutboxMessage

THREADS, PER_THREAD, BY_PROCESS = 4, 20, 20  # 100 events in all


def _filings_file(tmp_path: Path, certno: str) -> Path:
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps([example(certno, "yidi-temp") for _ in range(BY_PROCESS)]), encoding="utf-8")
    return batch


def _append_from_threads(append) -> None:
    start = threading.Barrier(THREADS)
    errors = []

    def work(worker: int) -> None:
        start.wait()
        try:
            for n in range(PER_THREAD):
                append(worker, n)
        except Exception as exc:  # reported below: a lost event is a failure too
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors


def _verify(env) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "audit", "verify"], capture_output=True, text=True, timeout=120, env=env
    )
    return json.loads(done.stdout)


def test_threads_and_another_process_append_one_unbroken_chain(kiosk_home, tmp_path, demo):
    ops = Services.for_command_line(config_module.load()).operations()
    env = {**os.environ, "KIOSK_HOME": str(kiosk_home)}
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "filing", "create", "--from", str(_filings_file(tmp_path, demo["certno"]))],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    _append_from_threads(
        lambda worker, n: ops.record(
            actor_type="self", actor="kiosk", action="test_event", subject=f"thread{worker}", detail={"n": n}
        )
    )
    assert process.wait(timeout=120) == 0, process.stderr.read()
    process.stderr.close()
    assert _verify(env) == {
        "intact": True,
        "events": THREADS * PER_THREAD + BY_PROCESS,
        "first_broken_id": None,
        "center": "consistent",
    }


def test_the_old_append_forks_the_chain(kiosk_home):
    """The append before the one writer: pysqlite's own transaction handling begins only at the
    INSERT, after the head was read, so two threads can chain onto the same head."""
    store = Services.for_command_line(config_module.load()).store()
    legacy = create_engine(f"sqlite:///{config_module.load().db_path}", connect_args={"timeout": 30})
    legacy.dialect.kiosk_audit_key = store.engine.dialect.kiosk_audit_key
    old_sessions = sessionmaker(legacy)

    def old_append(worker: int, n: int) -> None:
        with old_sessions.begin() as session:
            audit.append(
                session,
                actor_type="self",
                actor="kiosk",
                action="test_event",
                subject=f"thread{worker}",
                detail={"n": n},
            )

    _append_from_threads(old_append)
    with store() as session:
        events = session.scalars(select(AuditEvent)).all()
        intact, _checked, broken = audit.verify(session)
    assert len(events) == THREADS * PER_THREAD  # nothing lost: the chain is what breaks
    assert not intact and broken is not None
    assert len({e.prev_hash for e in events}) < len(events)  # several events chained onto one head


def _rows(home: Path) -> dict:
    store = Services.for_command_line(config_module.load(home=home)).store()
    with store() as session:
        filing = session.scalars(select(Filing)).one()
        message = session.scalars(select(OutboxMessage)).one()
        event = session.scalars(select(AuditEvent)).one()
        return {
            "filing": (filing.kind, filing.person_key, filing.payload, filing.status, filing.filed_by),
            "message": (
                message.infno,
                message.person_key,
                message.status,
                message.attempts,
                {k: v for k, v in message.payload["data"].items() if k != "kiosk_ref"},
            ),
            "audit": (event.actor_type, event.actor, event.action, event.subject, sorted(event.detail)),
        }


def test_cli_and_filing_screen_leave_the_same_rows(qtbot, tmp_path, monkeypatch, center, demo):
    """The same 慢特病 filing, once through the wizard's screens and once by `kiosk filing create`."""
    from tests.ui_helpers import click, make_window

    secret = os.urandom(32)
    cli_home, ui_home = tmp_path / "cli", tmp_path / "ui"
    for home in (cli_home, ui_home):
        home.mkdir(mode=0o700)
        (home / "secret.key").write_bytes(secret)  # one terminal secret: the same person key on both sides
    monkeypatch.setenv("KIOSK_HOME", str(ui_home))
    cfg = config_module.load(center_url=center.url, sync_autostart=False)
    services = Services(cfg)
    services.open()
    try:
        window, _speech = make_window(qtbot, cfg, services)
        window.session.balance.lookup_succeeded(services.operations().lookup_by_id_number(demo["certno"]))
        window.session.purpose = "chronic"
        window.session.identified_by = "idcard"  # read from a card: not a typed claim still to be confirmed
        window.go("my_filings")
        with qtbot.waitSignal(window.screen_changed, timeout=10_000):
            click(qtbot, window, "my_filings_new")
        wizard = window.session.wizard
        while wizard.current.kind != "review":
            step = wizard.current
            wizard.answer(
                {
                    "choice": lambda: step.choices[0].key,
                    "phone": lambda: "13800138000",
                    "notice": lambda: None,
                    "date": lambda: wizard.today + dt.timedelta(days=7),
                }[step.kind]()
            )
        window.screens["filing"].render()
        same_input = wizard.request().to_json()
        with qtbot.waitSignal(window.screen_changed, timeout=10_000):
            click(qtbot, window, "filing_submit")
        assert window.current.name == "filing_done"
    finally:
        services.close()
    source = tmp_path / "one.json"
    source.write_text(json.dumps(same_input, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "KIOSK_HOME": str(cli_home)}
    env.pop("KIOSK_CENTER_URL", None)
    subprocess.run(
        [sys.executable, "-m", "kiosk", "filing", "create", "--from", str(source)],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    ui_rows, cli_rows = _rows(ui_home), _rows(cli_home)
    assert ui_rows["filing"][0] == "chronic" and ui_rows["audit"][2] == "file_chronic"
    assert ui_rows == cli_rows
