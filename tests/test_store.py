from sqlalchemy import inspect, select, text

from kiosk.store import audit
from kiosk.store.db import check_durability, make_engine, open_store
from kiosk.store.models import AuditEvent


def test_store_is_migrated_durable_and_has_its_tables(tmp_path):
    sessions = open_store(tmp_path / "k.db")
    engine = sessions.engine
    check_durability(engine)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0004"
    assert {"filing", "outbox", "audit_event", "reference_data", "cached_balance"} <= set(
        inspect(engine).get_table_names()
    )


def test_opening_twice_changes_nothing(tmp_path):
    open_store(tmp_path / "k.db")
    sessions = open_store(tmp_path / "k.db")
    with sessions() as session:
        assert session.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1


def test_audit_chain_detects_a_changed_event(tmp_path):
    sessions = open_store(tmp_path / "k.db")
    with sessions.begin() as session:
        audit.append(
            session,
            actor_type="staff",
            actor="S001",
            action="proxy_filing",
            subject="440000000000001",
            detail={"note": "for 11010519491231002X"},
        )
        audit.append(session, actor_type="self", actor="kiosk", action="staff_call", subject="home")
    with sessions() as session:
        assert audit.verify(session) == (True, 2, None)
        first = session.get(AuditEvent, 1)
        assert "11010519491231002X" not in str(first.detail)  # ID numbers are masked before they are stored
        first.action = "something_else"
        session.commit()
        assert audit.verify(session) == (False, 1, 1)


def test_make_engine_sets_pragmas_on_every_connection(tmp_path):
    engine = make_engine(tmp_path / "p.db")
    with engine.connect() as a, engine.connect() as b:
        for conn in (a, b):
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2


def test_a_known_id_number_and_phone_are_not_findable_in_the_database_wal_or_a_backup(tmp_path, monkeypatch):
    import sqlite3

    from kiosk.core.filing import parse
    from kiosk.store.models import Filing, OutboxMessage
    from kiosk.sync import outbox

    certno, phone = "11010519491231002X", "13812345678"
    sessions = open_store(tmp_path / "k.db")
    with sessions.begin() as session:
        request = parse(
            {
                "kind": "chronic",
                "certno": certno,
                "begndate": "2026-12-01",
                "disease_code": "M03900",
                "tel": phone,
                "hospital": "H44010400001",
            }
        )
        outbox.queue_filing(session, request, terminal_id="KIOSK0001", person="p1")
    with sessions() as session:  # the kiosk itself reads them back
        assert session.query(Filing).one().payload["certno"] == certno
        assert session.query(OutboxMessage).one().payload["data"]["certno"] == certno
    backup = tmp_path / "backup.db"
    with sqlite3.connect(tmp_path / "k.db") as db:
        db.execute(f"VACUUM INTO '{backup}'")
    files = [p for p in tmp_path.iterdir() if p.name.startswith(("k.db", "backup"))]
    assert any(p.name == "k.db-wal" for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in (certno, phone, "高血压"):
            assert secret.encode() not in data, (secret, path.name)
    assert (tmp_path / "data.key").stat().st_mode & 0o077 == 0  # readable by the kiosk's user only


def test_rows_written_before_encryption_are_sealed_at_start(tmp_path):
    import sqlite3

    open_store(tmp_path / "k.db")
    with sqlite3.connect(tmp_path / "k.db") as db:
        db.execute(
            "INSERT INTO filing (kind, person_key, payload, status, filed_by, created_at, updated_at) VALUES "
            "('chronic', 'p1', '{\"certno\": \"11010519491231002X\"}', 'queued', 'self', '2026-01-01', '2026-01-01')"
        )
    sessions = open_store(tmp_path / "k.db")
    with sqlite3.connect(tmp_path / "k.db") as db:
        assert db.execute("SELECT payload FROM filing").fetchone()[0].startswith("v1:")
    from kiosk.store.models import Filing

    with sessions() as session:
        assert session.query(Filing).one().payload == {"certno": "11010519491231002X"}


def test_personal_data_of_settled_filings_is_purged_after_the_retention_period(tmp_path):
    import datetime as dt

    from kiosk.core.filing import parse
    from kiosk.store import retention
    from kiosk.store.models import Filing, OutboxMessage
    from kiosk.sync import outbox

    sessions = open_store(tmp_path / "k.db")
    then = dt.datetime(2026, 1, 1, 9, 0)
    with sessions.begin() as session:
        for certno in ("11010519491231002X", "440104194603121006"):
            request = parse(
                {
                    "kind": "chronic",
                    "certno": certno,
                    "begndate": "2026-02-01",
                    "disease_code": "M03900",
                    "hospital": "H44010400001",
                    "tel": "13800138000",
                }
            )
            outbox.queue_filing(session, request, terminal_id="KIOSK0001", person=certno[-4:], now=then)
        settled, waiting = session.scalars(select(Filing).order_by(Filing.id)).all()
        settled.status = "accepted"
        message = session.scalars(select(OutboxMessage).where(OutboxMessage.filing_id == settled.id)).one()
        message.status, message.delivered_at = "delivered", then
    with sessions.begin() as session:
        assert retention.purge(session, days=30, now=then + dt.timedelta(days=29)) == {"filings": 0, "messages": 0}
        assert retention.purge(session, days=30, now=then + dt.timedelta(days=31)) == {"filings": 1, "messages": 1}
        assert retention.purge(session, days=30, now=then + dt.timedelta(days=32)) == {"filings": 0, "messages": 0}
    with sessions() as session:
        settled, waiting = session.scalars(select(Filing).order_by(Filing.id)).all()
        assert "certno" not in settled.payload and settled.payload["begndate"] == "2026-02-01"
        assert waiting.payload["certno"] == "440104194603121006"  # not delivered yet: kept
        assert session.scalars(select(AuditEvent).where(AuditEvent.action == "retention_purge")).one()


def _trail(tmp_path, n=4):
    sessions = open_store(tmp_path / "k.db")
    with sessions.begin() as session:
        for i in range(n):
            audit.append(session, actor_type="staff", actor="S001", action=f"step_{i}", subject="p1")
    return sessions


def test_audit_chain_detects_a_removed_row(tmp_path):
    sessions = _trail(tmp_path)
    with sessions.begin() as session:
        session.execute(text("DELETE FROM audit_event WHERE id = 2"))
    with sessions() as session:
        assert audit.verify(session) == (False, 2, 3)


def test_audit_chain_detects_reordered_rows(tmp_path):
    sessions = _trail(tmp_path)
    with sessions.begin() as session:  # swap the contents of rows 2 and 3, hashes and all
        rows = {
            r[0]: r[1:]
            for r in session.execute(text("SELECT id, action, prev_hash, hash FROM audit_event WHERE id IN (2, 3)"))
        }
        session.execute(text("UPDATE audit_event SET hash = 'x' || id WHERE id IN (2, 3)"))
        for target, source in ((2, 3), (3, 2)):
            action, prev, digest = rows[source]
            session.execute(
                text("UPDATE audit_event SET action = :a, prev_hash = :p, hash = :h WHERE id = :id"),
                {"a": action, "p": prev, "h": digest, "id": target},
            )
    with sessions() as session:
        assert audit.verify(session)[0] is False


def test_audit_chain_cannot_be_rewritten_without_the_terminal_key(tmp_path):
    import hashlib
    import json

    sessions = _trail(tmp_path, n=1)
    with sessions.begin() as session:  # someone with the database alone recomputes a plain hash
        event = session.get(AuditEvent, 1)
        body = json.dumps(
            [
                event.prev_hash,
                event.at.isoformat(),
                event.actor_type,
                "someone",
                event.action,
                event.subject,
                event.detail,
            ],
            ensure_ascii=False,
            sort_keys=True,
        )
        event.actor, event.hash = "someone", hashlib.sha256(body.encode()).hexdigest()
    with sessions() as session:
        assert audit.verify(session) == (False, 1, 1)


def test_the_chain_head_goes_to_the_center_so_a_cut_off_tail_shows(tmp_path, kiosk_home, center):
    import random

    from kiosk import config as config_module
    from kiosk.sync import outbox
    from kiosk.sync.client import CenterClient
    from kiosk.sync.worker import SyncWorker

    sessions = _trail(tmp_path, n=3)
    with sessions.begin() as session:
        assert outbox.queue_audit_head(session, terminal_id="KIOSK0001") is not None
        assert outbox.queue_audit_head(session, terminal_id="KIOSK0001") is None  # unchanged head: nothing new
        count, head = audit.head(session)
    SyncWorker(sessions, CenterClient(config_module.load(), center.url), rng=random.Random(1)).drain(timeout_s=5)
    delivered = next(iter(center.app.service.audit_heads().values()))
    assert delivered == (3, head)
    with sessions.begin() as session:  # the two newest events removed: the chain itself still verifies...
        session.execute(text("DELETE FROM audit_event WHERE id IN (2, 3)"))
    with sessions() as session:
        assert (
            audit.verify(session)[0] and audit.head(session) != delivered
        )  # ...but no longer matches the center's head
    with sessions.begin() as session:  # the next head the kiosk sends (count 1) is refused by the center with a reason
        assert outbox.queue_audit_head(session, terminal_id="KIOSK0001") is not None
    SyncWorker(sessions, CenterClient(config_module.load(), center.url), rng=random.Random(1)).drain(timeout_s=5)
    from kiosk.flows.staff_queue import waiting

    with sessions() as session:
        verdict = outbox.center_audit_verdict(session)
        shown = waiting(session)
    assert verdict.startswith("audit_cut") and "上次3条，这次1条" in verdict
    assert [(i.what, i.status, i.reason) for i in shown] == [
        ("审计记录核对", "dead", "refused_audit_cut")
    ]  # staff see it
    assert next(iter(center.app.service.audit_heads().values())) == (3, head)  # the center keeps the last good head


def test_a_cut_tail_grown_again_does_not_chain_on_and_audit_verify_says_so(kiosk_home, center):
    import json
    import subprocess
    import sys

    from kiosk import config as config_module
    from kiosk.store.db import open_store
    from kiosk.sync import outbox
    from kiosk.sync.client import CenterClient
    from kiosk.sync.worker import SyncWorker

    cfg = config_module.load(center_url=center.url)
    sessions = open_store(cfg.db_path)
    with sessions.begin() as session:
        for n in range(3):
            audit.append(session, actor_type="system", actor="test", action=f"event_{n}")
        outbox.queue_audit_head(session, terminal_id=cfg.terminal_id)
    SyncWorker(sessions, CenterClient(cfg, center.url)).drain(timeout_s=5)
    with sessions.begin() as session:  # cut the last two, then let the trail grow past its old length
        session.execute(text("DELETE FROM audit_event WHERE id IN (2, 3)"))
    with sessions.begin() as session:
        for n in range(4):
            audit.append(session, actor_type="system", actor="test", action=f"later_{n}")
        outbox.queue_audit_head(session, terminal_id=cfg.terminal_id)
    SyncWorker(sessions, CenterClient(cfg, center.url)).drain(timeout_s=5)
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "audit", "verify"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "KIOSK_HOME": str(kiosk_home)},
    )
    report = json.loads(done.stdout)
    assert done.returncode == 1 and report["intact"] is False and report["center"].startswith("audit_chain_broken")


def test_the_heartbeats_check_of_the_audit_trail_is_bounded_and_still_finds_an_old_edit(
    services, kiosk_home, monkeypatch
):
    """The hall's tile shows a broken audit trail from the heartbeat's check; the trail grows for a
    terminal's life, so a beat checks a window of it, not all of it, and an edit made from outside
    to an event checked long ago still shows within one sweep, and stays shown."""
    import sqlite3

    from kiosk.flows import operations

    monkeypatch.setattr(operations, "AUDIT_WINDOW", 100)
    ops = services.operations()
    with services.store().begin() as session:
        for i in range(250):
            audit.append(session, actor_type="self", actor="kiosk", action="view_balance", subject=f"p{i % 7}")
    assert all(ops.audit_still_intact() for _ in range(4))  # caught up with the 250 events, 100 at a time
    with sqlite3.connect(kiosk_home / "kiosk.db") as db:  # someone edits an early event in the file
        db.execute("UPDATE audit_event SET actor = 'someone' WHERE id = 5")
    beats = [ops.audit_still_intact() for _ in range(4)]  # a sweep of 250 events in windows of 100
    assert beats[-1] is False and beats.count(False) >= 2  # found, and the fault stays
