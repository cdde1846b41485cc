"""What the hall service knows and decides, without HTTP: terminals and their keys, help calls
(deduplicated by the kiosk's id), heartbeats and what they mean for a tile, staff sign-in.

Blocking (SQLite): the web layer calls it from its thread pool. ``version`` goes up on every
change, so the event stream knows when to send without asking the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core import pin
from kiosk.hall.models import Base, Call, SignInSession, Staff, Terminal

SESSION_LENGTH = dt.timedelta(hours=12)  # one working day on the hall floor
ANSWERED_SHOWN = dt.timedelta(minutes=5)  # an answered call stays on the page a while, marked, then goes
LANGUAGES = ("zh_CN", "zh_HK", "en", "ug")
DEVICE_FAULTS = ("fault", "captions_only", "missing")  # a device state that staff should look at
ID_CHARS = set("0123456789abcdef-")


class HallError(ValueError):
    """A request the service refuses (bad field, unknown call): one plain line for the caller."""


class NotAllowed(HallError):
    """Unknown terminal or wrong key."""


@dataclass(frozen=True)
class Limits:
    offline_after_s: float = 90.0  # no heartbeat for this long: the tile says 离线
    repeat_after_s: float = 60.0  # an open call not answered for this long is repeated on the page (with sound)
    pending_warn_s: float = 3600.0  # an upload waiting longer than this is worth a look


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _text(value: Any, name: str, longest: int) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > longest:
        raise HallError(f"{name} must be text of 1 to {longest} characters")
    return value.strip()


class HallService:
    def __init__(self, db_path: Path, limits: Limits = Limits(), clock: Callable[[], dt.datetime] = dt.datetime.now):
        db_path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(f"sqlite:///{db_path}")

        @event.listens_for(self.engine, "connect")
        def _pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")  # an acknowledged call survives a power cut
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

        Base.metadata.create_all(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write = threading.Lock()  # one writer per process; SQLite serialises across processes
        self.limits, self.clock = limits, clock
        self.version = 0
        self.closing = False  # the server is stopping: event streams end

    def _changed(self) -> None:
        self.version += 1

    @contextmanager
    def _begin(self) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on an error."""
        with self._write, self._sessions.begin() as db:
            yield db

    # -- terminals -------------------------------------------------------------------------
    def add_terminal(self, terminal_id: str, position: str = "") -> str:
        """Register (or re-key) a kiosk; returns its new key, shown once to the installer."""
        terminal_id = _text(terminal_id, "terminal", 40)
        key = secrets.token_urlsafe(32)
        with self._begin() as db:
            row = db.get(Terminal, terminal_id) or Terminal(terminal_id=terminal_id, status={})
            row.key_sha256, row.position = _sha256(key), position or row.position or ""
            db.add(row)
        self._changed()
        return key

    def check_terminal(self, terminal_id: str, key: str) -> None:
        with self._sessions() as db:
            row = db.get(Terminal, terminal_id or "")
        expected = row.key_sha256 if row else _sha256(secrets.token_hex(16))  # same work for an unknown id
        if not hmac.compare_digest(expected, _sha256(key or "")) or row is None:
            raise NotAllowed("unknown terminal or wrong key")

    def heartbeat(self, terminal_id: str, report: dict[str, Any]) -> None:
        try:
            status = self._status(report)
        except (TypeError, ValueError, AttributeError):
            raise HallError("a heartbeat's counts must be numbers and its devices an object") from None
        with self._begin() as db:
            row = db.get_one(Terminal, terminal_id)
            row.last_seen, row.status = self.clock(), status
            if report.get("position"):
                row.position = _text(report["position"], "position", 60)
        self._changed()

    @staticmethod
    def _status(report: dict[str, Any]) -> dict[str, Any]:
        return {
            "online": bool(report.get("online", True)),
            "pending": int(report.get("pending", 0)),
            "dead": int(report.get("dead", 0)),
            "oldest_pending_age_s": float(report.get("oldest_pending_age_s", 0.0)),
            "audit_intact": bool(report.get("audit_intact", True)),
            "devices": {str(k)[:20]: str(v)[:20] for k, v in dict(report.get("devices") or {}).items()},
            "version": str(report.get("version", ""))[:40],
        }

    def terminals(self) -> list[dict[str, Any]]:
        now = self.clock()
        with self._sessions() as db:
            rows = db.scalars(select(Terminal).order_by(Terminal.position, Terminal.terminal_id)).all()
            calling = set(db.scalars(select(Call.terminal_id).where(Call.state == "open")).all())
        return [self._tile(row, now, row.terminal_id in calling) for row in rows]

    def _tile(self, row: Terminal, now: dt.datetime, calling: bool) -> dict[str, Any]:
        """A tile's state as codes; the page puts them in the staff's language. ``problems`` is
        ordered worst first; ``state`` is the worst: offline > fault > warn > ok."""
        status = row.status or {}
        seen_ago = (now - row.last_seen).total_seconds() if row.last_seen else None
        problems: list[dict[str, Any]] = []
        if seen_ago is None:
            problems.append({"code": "never_seen", "level": "offline"})
        elif seen_ago > self.limits.offline_after_s:
            problems.append({"code": "offline", "level": "offline", "since": row.last_seen.strftime("%H:%M")})
        if seen_ago is not None:
            if not status.get("audit_intact", True):
                problems.append({"code": "audit_broken", "level": "fault"})
            if status.get("dead"):
                problems.append({"code": "dead_letters", "level": "fault", "n": status["dead"]})
            for device, state in sorted((status.get("devices") or {}).items()):
                if state in DEVICE_FAULTS:
                    problems.append({"code": "device", "level": "warn", "device": device, "state": state})
            if status.get("pending"):
                old = status.get("oldest_pending_age_s", 0) > self.limits.pending_warn_s
                problems.append(
                    {
                        "code": "pending",
                        "level": "warn" if old else "info",
                        "n": status["pending"],
                        "oldest_s": status.get("oldest_pending_age_s", 0),
                    }
                )
        order = ("offline", "fault", "warn")
        state = next((level for level in order if any(p["level"] == level for p in problems)), "ok")
        return {
            "terminal_id": row.terminal_id,
            "position": row.position,
            "state": state,
            "problems": problems,
            "calling": calling,
            "seen_s_ago": None if seen_ago is None else round(seen_ago, 1),
            "version": status.get("version", ""),
            "status": status,
        }

    # -- calls -----------------------------------------------------------------------------
    def raise_call(self, terminal_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """At least once from the kiosk, once here: the same id again only counts the delivery."""
        call_id = _text(body.get("id"), "id", 36).lower()
        if not set(call_id) <= ID_CHARS:
            raise HallError("id must be the kiosk's UUID")
        language = body.get("language") if body.get("language") in LANGUAGES else "zh_CN"
        try:
            raised_at = dt.datetime.fromisoformat(_text(body.get("raised_at"), "raised_at", 40))
        except ValueError:
            raise HallError("raised_at must be an ISO date and time") from None
        with self._begin() as db:
            call = db.get(Call, call_id)
            if call is None:
                call = Call(
                    id=call_id,
                    terminal_id=terminal_id,
                    position=_text(body.get("position"), "position", 60),
                    screen=_text(body.get("screen"), "screen", 40),
                    language=language,
                    raised_at=raised_at.replace(tzinfo=None),
                    received_at=self.clock(),
                    times_received=1,
                    state="open",
                    answered_by="",
                    answered_as="",
                    answered_staff_no="",
                )
                db.add(call)
            elif call.terminal_id != terminal_id:
                raise NotAllowed("that call belongs to another terminal")
            else:
                call.times_received += 1
            answer = _call_state(call)
        self._changed()
        return answer

    def call_state(self, terminal_id: str, call_id: str) -> dict[str, Any]:
        with self._sessions() as db:
            call = db.get(Call, call_id.lower())
        if call is None or call.terminal_id != terminal_id:
            return {"id": call_id, "state": "unknown", "answered_by": ""}
        return _call_state(call)

    def cancel_call(self, terminal_id: str, call_id: str) -> dict[str, Any]:
        """The elder pressed 不用了 (also delivered at least once: cancelling twice is harmless)."""
        with self._begin() as db:
            call = db.get(Call, call_id.lower())
            if call is None or call.terminal_id != terminal_id:
                return {"id": call_id, "state": "unknown", "answered_by": ""}
            if call.state == "open":
                call.state = "cancelled"
            answer = _call_state(call)
        self._changed()
        return answer

    def answer_call(self, call_id: str, staff_no: str, show: str) -> dict[str, Any]:
        """我来了: ``show`` is 'name' or 'number', what the kiosk shows the elder of who is coming."""
        with self._begin() as db:
            call, staff = db.get(Call, call_id.lower()), db.get(Staff, staff_no)
            if call is None:
                raise HallError("no such call")
            if call.state == "open":
                call.state, call.answered_staff_no, call.answered_at = "coming", staff_no, self.clock()
                call.answered_by = staff.name if show == "name" else staff.staff_no
                call.answered_as = "name" if show == "name" else "number"
            answer = _call_state(call)
        self._changed()
        return answer

    def calls(self, everything: bool = False) -> list[dict[str, Any]]:
        """Open calls and the recently answered ones, newest first (``everything``: all of them)."""
        now = self.clock()
        with self._sessions() as db:
            query = select(Call).order_by(Call.received_at.desc(), Call.id)
            if not everything:  # the page asks every second: months of old calls stay in the file, not in the query
                query = query.where(
                    (Call.state == "open") | ((Call.state == "coming") & (Call.answered_at > now - ANSWERED_SHOWN))
                )
            rows = db.scalars(query).all()
        shown = []
        for call in rows:
            recent = call.state == "coming" and call.answered_at and now - call.answered_at < ANSWERED_SHOWN
            if everything or call.state == "open" or recent:
                waited = ((call.answered_at or now) - call.received_at).total_seconds()
                shown.append(
                    {
                        **_call_state(call),
                        "terminal_id": call.terminal_id,
                        "position": call.position,
                        "screen": call.screen,
                        "language": call.language,
                        "raised_at": call.raised_at.isoformat(),
                        "received_at": call.received_at.isoformat(),
                        "waited_s": round(waited, 1),
                        "times_received": call.times_received,
                    }
                )
        return shown

    def snapshot(self) -> dict[str, Any]:
        return {
            "calls": self.calls(),
            "terminals": self.terminals(),
            "repeat_after_s": self.limits.repeat_after_s,
            "offline_after_s": self.limits.offline_after_s,
        }

    # -- staff -----------------------------------------------------------------------------
    def add_staff(self, staff_no: str, name: str, pin_text: str) -> None:
        staff_no, name = _text(staff_no, "staff number", 20), _text(name, "name", 40)
        with self._begin() as db:
            db.merge(Staff(staff_no=staff_no, name=name, pin_hash=pin.hash_pin(pin_text), failed=0, locked_until=None))

    def sign_in(self, staff_no: str, pin_text: str) -> tuple[pin.SignIn, str]:
        """(outcome, a session token when OK). Five wrong PINs lock the number for 15 minutes."""
        now = self.clock()
        with self._begin() as db:
            staff = db.get(Staff, str(staff_no)[:20])
            attempt = pin.check(
                staff.pin_hash if staff else None,
                staff.failed if staff else 0,
                staff.locked_until if staff else None,
                str(pin_text)[:40],
                now,
            )
            if staff is not None:
                staff.failed, staff.locked_until = attempt.failed, attempt.locked_until
            token = ""
            if attempt.outcome is pin.SignIn.OK:
                token = secrets.token_urlsafe(32)
                db.add(
                    SignInSession(token_sha256=_sha256(token), staff_no=staff.staff_no, expires_at=now + SESSION_LENGTH)
                )
        return attempt.outcome, token

    def staff_for(self, token: str) -> dict[str, str] | None:
        if not token:
            return None
        with self._sessions() as db:
            signed = db.get(SignInSession, _sha256(token))
            if signed is None or signed.expires_at < self.clock():
                return None
            staff = db.get(Staff, signed.staff_no)
        return {"staff_no": staff.staff_no, "name": staff.name} if staff else None

    def sign_out(self, token: str) -> None:
        with self._begin() as db:
            signed = db.get(SignInSession, _sha256(token or ""))
            if signed is not None:
                db.delete(signed)


def _call_state(call: Call) -> dict[str, Any]:
    return {"id": call.id, "state": call.state, "answered_by": call.answered_by, "answered_as": call.answered_as}
