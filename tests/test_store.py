from sqlalchemy import inspect, text

from kiosk.store import audit
from kiosk.store.db import check_durability, make_engine, open_store
from kiosk.store.models import AuditEvent


def test_store_is_migrated_durable_and_has_its_tables(tmp_path):
    sessions = open_store(tmp_path / "k.db")
    engine = sessions.kw["bind"]
    check_durability(engine)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0002"
    assert {"filing", "outbox", "audit_event", "reference_data", "cached_balance"} <= set(inspect(engine).get_table_names())


def test_opening_twice_changes_nothing(tmp_path):
    open_store(tmp_path / "k.db")
    sessions = open_store(tmp_path / "k.db")
    with sessions() as session:
        assert session.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1


def test_audit_chain_detects_a_changed_event(tmp_path):
    sessions = open_store(tmp_path / "k.db")
    with sessions.begin() as session:
        audit.append(session, actor_type="staff", actor="S001", action="proxy_filing", subject="440000000000001",
                     detail={"note": "for 11010519491231002X"})
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
