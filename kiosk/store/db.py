"""Opening the kiosk's SQLite store: WAL, synchronous=FULL, migrated to head."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger("kiosk.store")

MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(RuntimeError):
    pass


def make_engine(db_path: Path) -> Engine:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    # timeout: wait for another process's write (the sync service, a CLI) instead of failing
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"check_same_thread": False, "timeout": 30})
    from kiosk.store.crypto import FieldCipher, data_key, derive

    key = data_key(db_path)
    engine.dialect.kiosk_cipher = FieldCipher(key)  # per engine: SealedJSON columns use it
    engine.dialect.kiosk_audit_key = derive(key, b"kiosk-audit-v1")  # the audit chain's HMAC key

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA secure_delete=ON")  # purged personal data is overwritten, not left in free pages
        cursor.close()
        # pysqlite would BEGIN only at the first INSERT, after our reads (the audit head, a sequence
        # number): SQLAlchemy's documented recipe takes the BEGIN over, so it can be IMMEDIATE
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")

    return engine


_WRITE = "kiosk_write"


class Store:
    """The kiosk's store: ``store()`` is a read session (readers run in parallel, WAL);
    ``store.begin()`` is a write transaction. Writes are serialised: one at a time in this
    process (one lock: the single writer), and each begins IMMEDIATE, so what it reads before
    it writes (the audit head, a sequence) cannot change under it from another process."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(**{_WRITE: True}), expire_on_commit=False)
        self._lock = threading.Lock()

    def __call__(self) -> Session:
        return self._read()

    @contextmanager
    def begin(self) -> Iterator[Session]:
        with self._lock, self._write.begin() as session:
            yield session


def check_durability(engine: Engine) -> None:
    """Refuse to run on a store that could lose a filing on power loss."""
    with engine.connect() as conn:
        mode = conn.execute(text("PRAGMA journal_mode")).scalar()
        sync = conn.execute(text("PRAGMA synchronous")).scalar()
    if str(mode).lower() != "wal" or int(sync) != 2:
        raise StoreError(f"store is not durable: journal_mode={mode}, synchronous={sync} (need wal, 2=FULL)")


def migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def seal_legacy_rows(engine: Engine) -> int:
    """Rows written before payloads were sealed are sealed now (idempotent)."""
    from kiosk.store.crypto import PREFIX

    cipher, sealed = engine.dialect.kiosk_cipher, 0
    with engine.begin() as conn:
        for table in ("filing", "outbox"):
            rows = conn.execute(text(f"SELECT id, payload FROM {table} WHERE payload NOT LIKE :sealed"),
                                {"sealed": PREFIX + "%"}).all()
            for row_id, payload in rows:
                conn.execute(text(f"UPDATE {table} SET payload = :payload WHERE id = :id"),
                             {"payload": cipher.seal(json.loads(payload)), "id": row_id})
            sealed += len(rows)
    if sealed:
        log.info("sealed %d payloads written before encryption", sealed)
    return sealed


def open_store(db_path: Path) -> Store:
    engine = make_engine(db_path)
    migrate(engine)
    seal_legacy_rows(engine)
    check_durability(engine)
    log.info("store ready at %s", db_path)
    return Store(engine)
