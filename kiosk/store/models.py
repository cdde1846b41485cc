"""The kiosk's own tables. Schema changes go through Alembic (store/migrations)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, Integer, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.store.crypto import SealedJSON


class Base(DeclarativeBase):
    pass


class Filing(Base):
    """A 备案 as the kiosk took it; ``status`` follows its delivery to the center."""

    __tablename__ = "filing"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # yidi-long | yidi-temp | chronic | revoke ...
    person_key: Mapped[str] = mapped_column(String(64), index=True)  # psn_no, never the ID number
    payload: Mapped[dict] = mapped_column(SealedJSON)  # ID number, phone, disease: sealed at rest
    status: Mapped[str] = mapped_column(String(20), default="queued")  # queued | accepted | refused
    center_sn: Mapped[str | None] = mapped_column(String(40), nullable=True)
    filed_by: Mapped[str] = mapped_column(String(20), default="self")  # self | family | staff
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class OutboxMessage(Base):
    """One envelope to deliver; ``msgid`` is fixed when queued and never changes."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    msgid: Mapped[str] = mapped_column(String(30), unique=True)
    infno: Mapped[str] = mapped_column(String(10))
    person_key: Mapped[str] = mapped_column(String(64), index=True)
    payload: Mapped[dict] = mapped_column(SealedJSON)
    filing_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)  # pending | delivered | dead
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class AuditEvent(Base):
    """Append-only, hash-chained: who did what for whom, at this terminal."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor_type: Mapped[str] = mapped_column(String(20))  # self | family | staff | system
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class ReferenceData(Base):
    """Versioned reference data pulled from the center (region codes, disease lists, ...)."""

    __tablename__ = "reference_data"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CachedBalance(Base):
    """The last balance seen per person, shown only as 'may be old' when offline."""

    __tablename__ = "cached_balance"
    person_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    balance: Mapped[float] = mapped_column(Numeric(12, 2))
    as_of: Mapped[dt.datetime] = mapped_column(DateTime)


class Staff(Base):
    """Hall staff who may file for a person; PINs only as Argon2id hashes."""

    __tablename__ = "staff"
    staff_no: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    pin_hash: Mapped[str] = mapped_column(String(200))
    failed: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class HallMessage(Base):
    """A help call (or its cancellation) for the hall service, kept until the hall has it: an
    elder's call made while the hall network is down still arrives. ``call_id`` is fixed when the
    button is pressed; the hall deduplicates on it. No person's identity, ever."""

    __tablename__ = "hall_message"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # call | cancel
    call_id: Mapped[str] = mapped_column(String(36), index=True)
    payload: Mapped[dict] = mapped_column(JSON)  # terminal position, screen, language, raised_at
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)  # pending | delivered
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
