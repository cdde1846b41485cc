"""Opening the kiosk's SQLite store: WAL, synchronous=FULL, migrated to head.

Opening is serialised across processes by a lock file beside the database (the kiosk and
``kiosk sync run`` start together on a new terminal): a second process waits, then uses the
store the first one made. A new store is built under a temporary name and renamed into place
when it is complete, so a ``kiosk.db`` that is empty, not SQLite or damaged is never the
remains of a start-up: the kiosk refuses it with one line (``kiosk store check`` says more)
instead of replacing it, because it may hold filings not yet delivered.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.store.errors import StoreError
from kiosk.store.files import file_problem, key_path

log = logging.getLogger("kiosk.store")

MIGRATIONS = Path(__file__).with_name("migrations")
PRIVATE_FILE_SUFFIXES = ("", "-wal", "-shm", ".lock")

__all__ = ["Store", "StoreError", "make_engine", "open_store", "check_durability", "migrate", "problems"]


def make_engine(db_path: Path, key: bytes | None = None) -> Engine:
    db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # timeout: wait for another process's write (the sync service, a CLI) instead of failing
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"check_same_thread": False, "timeout": 30})
    from kiosk.store.crypto import FieldCipher, data_key, derive

    key = key if key is not None else data_key(db_path)
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
            rows = conn.execute(
                text(f"SELECT id, payload FROM {table} WHERE payload NOT LIKE :sealed"), {"sealed": PREFIX + "%"}
            ).all()
            for row_id, payload in rows:
                conn.execute(
                    text(f"UPDATE {table} SET payload = :payload WHERE id = :id"),
                    {"payload": cipher.seal(json.loads(payload)), "id": row_id},
                )
            sealed += len(rows)
    if sealed:
        log.info("sealed %d payloads written before encryption", sealed)
    return sealed


@contextmanager
def store_lock(db_path: Path) -> Iterator[None]:
    """One process at a time creates, checks and migrates the store (an flock: released by the
    kernel if the holder dies, so a SIGKILL mid-migration never leaves it locked)."""
    db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(db_path.with_name(db_path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _damaged(db_path: Path, exc: BaseException) -> StoreError:
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]
    return StoreError(
        f"the store {db_path} is damaged ({reason}): `kiosk store check` says more; restore kiosk.db from the backup"
    )


def make_private(db_path: Path) -> None:
    """The database, its WAL, the lock and the data key readable by the kiosk's user only."""
    for suffix in PRIVATE_FILE_SUFFIXES:
        path = db_path.with_name(db_path.name + suffix)
        if path.exists():
            os.chmod(path, 0o600)
    key, configured = key_path(db_path)
    if key.exists() and not configured:
        os.chmod(key, 0o600)


def _check_key(engine: Engine, db_path: Path, key: bytes) -> None:
    """The key must be this store's: a wrong one would make every sealed row look damaged."""
    from kiosk.store.crypto import PREFIX, FieldCipher, key_fingerprint
    from kiosk.store.errors import UnreadableValue

    mine = key_fingerprint(key)
    with engine.begin() as conn:
        kept = conn.execute(text("SELECT value FROM store_meta WHERE key = 'key_check'")).scalar()
        if kept is None:  # a store from before the fingerprint: the key must open a sealed row
            sample = conn.execute(
                text(
                    "SELECT payload FROM outbox WHERE payload LIKE :p UNION ALL "
                    "SELECT payload FROM filing WHERE payload LIKE :p LIMIT 1"
                ),
                {"p": PREFIX + "%"},
            ).scalar()
            if sample is not None:
                try:
                    FieldCipher(key).open(sample)
                except UnreadableValue:
                    raise StoreError(
                        f"the data key does not open the store {db_path}: restore the key that belongs "
                        "to it (README: Restoring the data key)"
                    ) from None
            conn.execute(text("INSERT INTO store_meta (key, value) VALUES ('key_check', :v)"), {"v": mine})
        elif kept != mine:
            raise StoreError(
                f"the data key is not the one of the store {db_path} (from another terminal?): restore "
                "this terminal's key (README: Restoring the data key)"
            )


def _create(db_path: Path, key: bytes) -> None:
    """Build the new store under a temporary name; rename it into place only when complete."""
    building = db_path.with_name(db_path.name + ".new")
    for suffix in ("", "-wal", "-shm", "-journal"):
        building.with_name(building.name + suffix).unlink(missing_ok=True)  # a start-up that died half-way
    engine = make_engine(building, key)
    migrate(engine)
    _check_key(engine, building, key)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    for suffix in ("-wal", "-shm"):
        building.with_name(building.name + suffix).unlink(missing_ok=True)  # empty after the checkpoint
    os.chmod(building, 0o600)
    os.rename(building, db_path)
    directory = os.open(db_path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)  # the rename survives a power cut
    finally:
        os.close(directory)
    log.info("new store created at %s", db_path)


def open_store(db_path: Path) -> Store:
    """Open (or, on a new terminal, create) the store; a StoreError says in one line what is wrong."""
    from kiosk.store.crypto import data_key

    with store_lock(db_path):
        problem = file_problem(db_path)
        if problem:
            raise StoreError(problem)
        new = not db_path.exists()
        key = data_key(db_path, new_store=new)
        if new:
            _create(db_path, key)
        make_private(db_path)
        engine = make_engine(db_path, key)
        try:
            with engine.connect() as conn:
                verdict = conn.exec_driver_sql("PRAGMA quick_check").scalar()
            if verdict != "ok":
                raise StoreError(
                    f"the store {db_path} is damaged ({verdict}): `kiosk store check` says more; "
                    "restore kiosk.db from the backup"
                )
            migrate(engine)
            _check_key(engine, db_path, key)
            seal_legacy_rows(engine)
            check_durability(engine)
        except DatabaseError as exc:
            engine.dispose()
            raise _damaged(db_path, exc) from exc
        except StoreError:
            engine.dispose()
            raise
    log.info("store ready at %s", db_path)
    return Store(engine)


def problems(db_path: Path) -> list[str]:
    """Everything ``kiosk store check`` finds wrong, each in one line (empty: the store is fine).
    Reads only: it never creates, migrates or repairs."""
    from kiosk.store.crypto import FieldCipher, data_key, key_fingerprint
    from kiosk.store.errors import UnreadableValue

    if not db_path.exists():
        return [f"there is no store at {db_path} (a new terminal: the kiosk creates it at its first start)"]
    problem = file_problem(db_path)
    if problem:
        return [problem]
    found: list[str] = []
    try:
        key = data_key(db_path, new_store=False)
    except StoreError as exc:
        found.append(str(exc))
        key = None
    engine = create_engine(f"sqlite:///file:{db_path}?mode=ro&uri=true", connect_args={"timeout": 30})
    try:
        with engine.connect() as conn:
            verdict = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").all()]
            if verdict != ["ok"]:
                found.append(f"the store {db_path} is damaged: " + "; ".join(verdict[:3]))
                return found
            tables = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                found.append(f"{db_path} is a SQLite database but not a kiosk store (no schema version)")
                return found
            if key is None:
                return found
            if "store_meta" in tables:
                kept = conn.exec_driver_sql("SELECT value FROM store_meta WHERE key = 'key_check'").scalar()
                if kept is not None and kept != key_fingerprint(key):
                    found.append("the data key is not this store's key (README: Restoring the data key)")
                    return found
            cipher = FieldCipher(key)
            for table in ("filing", "outbox"):
                columns = conn.exec_driver_sql(f"PRAGMA table_info({table})")
                has_quarantine = any(col[1] == "quarantined" for col in columns)
                for row_id, payload in conn.exec_driver_sql(f"SELECT id, payload FROM {table}"):
                    try:
                        cipher.open(payload)
                    except UnreadableValue as exc:
                        found.append(f"{table} row {row_id}: {exc}")
                if has_quarantine:
                    for (row_id,) in conn.exec_driver_sql(f"SELECT id FROM {table} WHERE quarantined IS NOT NULL"):
                        found.append(f"{table} row {row_id} was set aside as unreadable (a dead letter for staff)")
    except DatabaseError as exc:
        found.append(str(_damaged(db_path, exc)))
    finally:
        engine.dispose()
    return found
