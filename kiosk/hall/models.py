"""The hall service's own tables (its own SQLite file; created with ``create_all``: the hall keeps
no history that needs migrating, a new version may start from an empty file)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Terminal(Base):
    """A kiosk allowed to report here; its key is stored only as a SHA-256 (a random 32-byte key,
    so a fast hash is enough)."""

    __tablename__ = "terminal"
    terminal_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    key_sha256: Mapped[str] = mapped_column(String(64))
    position: Mapped[str] = mapped_column(String(60), default="")
    last_seen: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    status: Mapped[dict] = mapped_column(JSON, default=dict)  # the last heartbeat's report


class Call(Base):
    """A help call. ``id`` is the kiosk's (a UUID fixed when the elder pressed the button), so a
    call sent again after a lost reply is the same call. Never who the person is."""

    __tablename__ = "call"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(40), index=True)
    position: Mapped[str] = mapped_column(String(60))
    screen: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(10))
    raised_at: Mapped[dt.datetime] = mapped_column(DateTime)  # the kiosk's clock
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)  # the hall's clock: waiting time counts from here
    times_received: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(12), default="open")  # open | coming | cancelled
    answered_by: Mapped[str] = mapped_column(String(40), default="")  # the name or number staff chose to show
    answered_as: Mapped[str] = mapped_column(String(8), default="")  # name | number
    answered_staff_no: Mapped[str] = mapped_column(String(20), default="")
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Staff(Base):
    """Hall staff who may sign in to the page; PINs only as Argon2id hashes (kiosk.core.pin)."""

    __tablename__ = "staff"
    staff_no: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    pin_hash: Mapped[str] = mapped_column(String(200))
    failed: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class SignInSession(Base):
    """A signed-in page; the cookie holds a random token, the table only its SHA-256."""

    __tablename__ = "sign_in_session"
    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_no: Mapped[str] = mapped_column(String(20))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
