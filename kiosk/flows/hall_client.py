"""The kiosk's side of the hall console, Qt-free: a help call is queued in the kiosk's store
first (so it survives the hall network being down, or the kiosk restarting), then sent; the
hall deduplicates on the call's id, so sending again after a lost reply is harmless. While
the call is open the kiosk asks the hall whether staff answered (polling: the kiosk needs no
open connection to be reachable, and a poll a second is nothing on a hall network).

Every function blocks (store, network): call them off the UI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import uuid
from typing import TYPE_CHECKING, Any

import httpx
from sqlalchemy import select

from kiosk import __version__
from kiosk.flows.call_notice import CallState
from kiosk.store.models import HallMessage

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.store.db import Store

log = logging.getLogger("kiosk.hall")
RETRY_BASE_S, RETRY_CAP_S = 1.0, 30.0  # a call is worth retrying often; the hall network is local


class HallUnreachable(Exception):
    """No answer from the hall service (down, wrong address, refused key, timeout)."""


class HallClient:
    """HTTP to the hall service with this terminal's key."""

    def __init__(self, config: "Config"):
        self.config = config
        self._base = config.hall_url.rstrip("/")
        self._headers = {"X-Kiosk-Terminal": config.terminal_id, "Authorization": f"Bearer {config.hall_terminal_key}"}

    def _request(self, method: str, path: str, body: dict | None = None) -> dict[str, Any]:
        # a connection per request: a call a second on the hall network costs nothing, and no
        # pooled socket outlives the kiosk's objects
        try:
            with httpx.Client(base_url=self._base, timeout=self.config.hall_timeout_s, headers=self._headers) as http:
                reply = http.request(method, path, json=body)
        except httpx.HTTPError as exc:
            raise HallUnreachable(f"{type(exc).__name__}") from None
        if reply.status_code != 200:
            # a refused key is a set-up fault, but for the elder it is the same: nobody was told
            log.warning("hall service answered %s to %s %s", reply.status_code, method, path)
            raise HallUnreachable(f"HTTP {reply.status_code}")
        return reply.json()

    def send(self, message: HallMessage) -> dict[str, Any]:
        if message.kind == "call":
            return self._request("POST", "/kiosk/calls", {"id": message.call_id, **message.payload})
        return self._request("POST", f"/kiosk/calls/{message.call_id}/cancel")

    def call_state(self, call_id: str) -> dict[str, Any]:
        return self._request("GET", f"/kiosk/calls/{call_id}")

    def heartbeat(self, report: dict[str, Any]) -> None:
        self._request("POST", "/kiosk/heartbeat", report)


class HallLink:
    """The hall lane of the kiosk's store plus the client. ``client`` is None without a hall."""

    def __init__(self, config: "Config", store: "Store"):
        self.config, self.store = config, store
        self.client = HallClient(config) if config.hall_url else None

    @property
    def position(self) -> str:
        return self.config.hall_position or self.config.terminal_id

    def queue_call(self, db, screen: str, language: str, now: dt.datetime | None = None) -> str:
        """Inside the caller's transaction (with its audit event). Returns the call's id."""
        now = now or dt.datetime.now()
        call_id = str(uuid.uuid4())
        if self.client is not None:
            payload = {
                "position": self.position,
                "screen": screen,
                "language": language,
                "raised_at": now.isoformat(timespec="seconds"),
            }
            db.add(
                HallMessage(
                    kind="call",
                    call_id=call_id,
                    payload=payload,
                    status="pending",
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                )
            )
        return call_id

    def queue_cancel(self, call_id: str, now: dt.datetime | None = None) -> None:
        now = now or dt.datetime.now()
        if self.client is None:
            return
        with self.store.begin() as db:
            db.add(
                HallMessage(
                    kind="cancel",
                    call_id=call_id,
                    payload={},
                    status="pending",
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                )
            )

    def deliver(self, now: dt.datetime | None = None, only: str | None = None) -> int:
        """Send what is due, oldest first; stop at the first failure (the hall is down: the rest
        would fail too). ``only``: just that call's messages, due or not (the elder is waiting)."""
        if self.client is None:
            return 0
        now = now or dt.datetime.now()
        with self.store() as db:
            query = select(HallMessage).where(HallMessage.status == "pending").order_by(HallMessage.id)
            query = (
                query.where(HallMessage.call_id == only) if only else query.where(HallMessage.next_attempt_at <= now)
            )
            due = db.scalars(query).all()
        sent = 0
        for message in due:
            try:
                self.client.send(message)
            except HallUnreachable as why:
                self._failed(message.id, now, str(why))
                break
            with self.store.begin() as db:
                row = db.get_one(HallMessage, message.id)
                row.status, row.delivered_at, row.attempts = "delivered", dt.datetime.now(), row.attempts + 1
            sent += 1
        return sent

    def _failed(self, message_id: int, now: dt.datetime, why: str) -> None:
        with self.store.begin() as db:
            row = db.get_one(HallMessage, message_id)
            row.attempts += 1
            delay = random.uniform(0, min(RETRY_CAP_S, RETRY_BASE_S * 2 ** min(row.attempts, 10)))  # full jitter
            row.next_attempt_at = now + dt.timedelta(seconds=delay)
        log.info("hall message %s not delivered (%s); again in %.1f s", message_id, why, delay)

    def pending(self, call_id: str | None = None) -> int:
        with self.store() as db:
            query = select(HallMessage.id).where(HallMessage.status == "pending")
            if call_id:
                query = query.where(HallMessage.call_id == call_id)
            return len(db.scalars(query).all())

    def state(self, call_id: str) -> CallState:
        """Has staff answered? Sends the call first if it is still here (the hall may be back)."""
        if self.client is None:
            return CallState("no_hall", "")
        if self.pending(call_id):
            self.deliver(only=call_id)
            if self.pending(call_id):
                return CallState("queued", "")
        try:
            answer = self.client.call_state(call_id)
        except HallUnreachable:
            return CallState("queued", "")
        return CallState(
            str(answer.get("state", "unknown")),
            str(answer.get("answered_by", ""))[:40],
            by_number=answer.get("answered_as") == "number",
        )

    def heartbeat(self, report: dict[str, Any]) -> bool:
        """Report this terminal's state (and send anything still queued). False: hall not reached."""
        if self.client is None:
            return False
        try:
            self.client.heartbeat({"position": self.position, "version": __version__, "online": True, **report})
        except HallUnreachable:
            return False
        self.deliver()
        return True
