"""The delivery worker: drains the outbox to the center, exactly once.

Safety rests on two facts: a message is marked delivered only after the
center's reply says so (in the same transaction that updates its filing),
and every resend carries the same msgid, on which the center deduplicates.
For a center that might not, ``sync_verify_by_query`` asks it (5301/YD03,
by the kiosk_ref in the filing) before sending again after a lost reply.

A message that cannot be read (its sealed payload changed, or its filing row) is set aside as
a dead letter with the reason (``store.quarantine``), and one that keeps failing here for any
other reason is held back and then set aside too: one poisoned row never stops the others.

Retry timing: exponential backoff with full jitter, Retry-After honoured, and
a circuit breaker that stops hammering a center that is down and probes it
with one message later. When a delivery succeeds after failures, waiting
messages become due at once: the center is back, so the outbox drains.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.filing import QUERY_FOR
from kiosk.store import quarantine
from kiosk.store.errors import UnreadableValue
from kiosk.store.models import Filing, OutboxMessage
from kiosk.sync.client import CenterClient, Delivery, Outcome

log = logging.getLogger("kiosk.sync")

FAULTS_BEFORE_SET_ASIDE = 5  # a message that fails here (not at the center) this often becomes a dead letter


@dataclass
class Breaker:
    failures_to_open: int
    cooldown_s: float
    failures: int = 0
    open_until: float = 0.0

    def allows(self, now: float) -> bool:
        return now >= self.open_until

    def success(self) -> None:
        self.failures = 0
        self.open_until = 0.0

    def failure(self, now: float) -> None:
        self.failures += 1
        if self.failures >= self.failures_to_open:
            self.open_until = now + self.cooldown_s
            log.warning("circuit open for %.1f s after %d failures", self.cooldown_s, self.failures)


@dataclass
class DrainStats:
    delivered: int = 0
    dead: int = 0
    retried: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)


class SyncWorker:
    def __init__(self, sessions: sessionmaker, client: CenterClient, *, backoff_base_s: float = 1.0, backoff_cap_s: float = 300.0,
                 breaker_failures: int = 5, breaker_cooldown_s: float = 30.0, verify_by_query: bool = False,
                 clock: Callable[[], float] = time.time, rng: random.Random | None = None):
        self._sessions = sessions
        self.client = client
        self._base = backoff_base_s
        self._cap = backoff_cap_s
        self._verify = verify_by_query
        self._clock = clock
        self._rng = rng or random.Random()
        self.breaker = Breaker(breaker_failures, breaker_cooldown_s)

    @classmethod
    def from_config(cls, sessions: sessionmaker, client: CenterClient, config) -> "SyncWorker":
        return cls(sessions, client, backoff_base_s=config.sync_backoff_base_s, backoff_cap_s=config.sync_backoff_cap_s,
                   breaker_failures=config.sync_breaker_failures, breaker_cooldown_s=config.sync_breaker_cooldown_s,
                   verify_by_query=config.sync_verify_by_query)

    # -- choosing ------------------------------------------------------------------
    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock())

    def due_ids(self, session: Session) -> list[int]:
        """The oldest pending message of each person, if it is due: per-person order is kept."""
        heads = select(func.min(OutboxMessage.id)).where(OutboxMessage.status == "pending").group_by(OutboxMessage.person_key)
        rows = session.scalars(select(OutboxMessage.id).where(OutboxMessage.id.in_(heads),
                                                              OutboxMessage.next_attempt_at <= self._now())
                               .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id))
        return list(rows)

    def next_due_in_s(self) -> float | None:
        with self._sessions() as session:
            soonest = session.scalar(select(func.min(OutboxMessage.next_attempt_at)).where(OutboxMessage.status == "pending"))
        if soonest is None:
            return None
        wait = (soonest - self._now()).total_seconds()
        return max(0.0, wait, self.breaker.open_until - self._clock())

    # -- delivering ----------------------------------------------------------------
    def drain_once(self) -> DrainStats:
        """Try every message that is due now, once."""
        stats = DrainStats()
        with self._sessions() as session:
            ids = self.due_ids(session)
        for message_id in ids:
            if not self.breaker.allows(self._clock()):
                break
            try:
                outcome = self.deliver(message_id)
            except Exception as exc:  # this message only: the others still go (the trace is in the log)
                log.exception("message %d could not be delivered", message_id)
                outcome = self._hold_back(message_id, exc)
            stats.outcomes[outcome.value] = stats.outcomes.get(outcome.value, 0) + 1
            if outcome is Outcome.OK:
                stats.delivered += 1
            elif outcome is Outcome.REFUSED:
                stats.dead += 1
            else:
                stats.retried += 1
        return stats

    def deliver(self, message_id: int) -> Outcome:
        try:
            with self._sessions() as session:
                message = session.get(OutboxMessage, message_id)
                if message is None or message.status != "pending":
                    return Outcome.OK
                infno, payload, msgid, was_lost = message.infno, message.payload, message.msgid, \
                    bool(message.last_error and message.last_error.startswith("lost"))
        except UnreadableValue as exc:
            return self._set_aside(message_id, str(exc))
        result = None
        if self._verify and was_lost:
            result = self._already_applied(infno, payload, msgid)
        if result is None:
            result = self.client.send(infno, payload, msgid=msgid)
        self._record(message_id, result)
        return result.outcome

    def _already_applied(self, infno: str, payload: dict, msgid: str) -> Delivery | None:
        """Ask the center whether the lost message arrived; None = not found or not known."""
        query = QUERY_FOR.get(infno)
        if query is None:
            return None
        answer = self.client.send(query, {"data": {"certno": payload["data"]["certno"]}}, msgid=self.client.new_msgid())
        if answer.outcome is not Outcome.OK:
            return answer if answer.outcome in (Outcome.BUSY, Outcome.LOST) else None
        for row in answer.output.get("feedetail") or answer.output.get("filings") or []:
            if row.get("kiosk_ref") == msgid:
                return Delivery(Outcome.OK, output={"result": {"trt_dcla_detl_sn": row["trt_dcla_detl_sn"]}})
        return None

    def _record(self, message_id: int, result: Delivery) -> None:
        now = self._now()
        with self._sessions.begin() as session:
            message = session.get(OutboxMessage, message_id)
            # a filing row that cannot be read is set aside; the message's own outcome still counts
            filing = quarantine.load(session, Filing, message.filing_id) if message.filing_id else None
            message.attempts += 1
            if result.outcome is Outcome.OK:
                message.status, message.delivered_at, message.last_error = "delivered", now, None
                if filing is not None:
                    if filing.status != "withdrawn":  # a revoke queued behind it keeps it withdrawn
                        filing.status = "accepted"
                    filing.center_sn = (result.output.get("result") or {}).get("trt_dcla_detl_sn")
                    filing.updated_at = now
                recovering = self.breaker.failures > 0
                self.breaker.success()
                if recovering:  # the center is back: everything waiting may go now
                    session.execute(update(OutboxMessage).where(OutboxMessage.status == "pending",
                                                                OutboxMessage.next_attempt_at > now)
                                    .values(next_attempt_at=now))
            elif result.outcome is Outcome.REFUSED:
                message.status, message.last_error = "dead", f"refused {result.reason}: {result.message}"
                if filing is not None:
                    filing.status, filing.updated_at = "refused", now
                    filing.payload = {**filing.payload, "refusal": {"reason": result.reason, "message": result.message}}
                log.warning("message %s refused by the center: %s", message.msgid, result.reason)
            else:
                delay = self._rng.uniform(0, min(self._cap, self._base * 2 ** min(message.attempts, 30)))
                if result.retry_after_s is not None:
                    delay = max(delay, result.retry_after_s)
                message.next_attempt_at = now + dt.timedelta(seconds=delay)
                message.last_error = f"{result.outcome.value}: {result.message}"[:500]
                self.breaker.failure(self._clock())

    # -- poisoned messages -------------------------------------------------------------
    def _set_aside(self, message_id: int, reason: str) -> Outcome:
        """A message that cannot be read: a dead letter with the reason, audited; never sent."""
        with self._sessions.begin() as session:
            quarantine.set_aside(session, OutboxMessage, message_id, reason, now=self._now())
        return Outcome.REFUSED

    def _hold_back(self, message_id: int, exc: BaseException) -> Outcome:
        """A message that failed here for another reason waits like a busy one; after
        FAULTS_BEFORE_SET_ASIDE such failures it is set aside for staff."""
        now = self._now()
        reason = f"{type(exc).__name__}: {exc}"[:300]
        with self._sessions.begin() as session:
            attempts = session.scalar(select(OutboxMessage.attempts).where(OutboxMessage.id == message_id)) or 0
            if attempts + 1 >= FAULTS_BEFORE_SET_ASIDE:
                quarantine.set_aside(session, OutboxMessage, message_id, f"fails on this kiosk: {reason}", now=now)
                return Outcome.REFUSED
            delay = self._rng.uniform(0, min(self._cap, self._base * 2 ** min(attempts + 1, 30)))
            session.execute(update(OutboxMessage).where(OutboxMessage.id == message_id)
                            .values(attempts=attempts + 1, next_attempt_at=now + dt.timedelta(seconds=delay),
                                    last_error=f"error: {reason}"))
        return Outcome.BROKEN

    # -- loops ------------------------------------------------------------------------
    def drain(self, timeout_s: float, stop: threading.Event | None = None) -> dict[str, int]:
        """Deliver until nothing is pending (dead letters aside) or ``timeout_s`` passes."""
        deadline = self._clock() + timeout_s
        stop = stop or threading.Event()
        while not stop.is_set() and self._clock() < deadline:
            self.drain_once()
            wait = self.next_due_in_s()
            if wait is None:
                break
            stop.wait(min(wait, max(0.0, deadline - self._clock()), 1.0) or 0.01)
        with self._sessions() as session:
            return {"pending": session.scalar(select(func.count()).where(OutboxMessage.status == "pending"))}

    def run_forever(self, stop: threading.Event, idle_poll_s: float = 1.0, housekeeping=None,
                    housekeeping_every_s: float = 3600.0) -> None:
        """The headless service loop (``kiosk sync run``); ``housekeeping`` (e.g. the retention
        purge) runs at start and then every ``housekeeping_every_s``."""
        next_housekeeping = self._clock()
        while not stop.is_set():
            if housekeeping is not None and self._clock() >= next_housekeeping:
                next_housekeeping = self._clock() + housekeeping_every_s
                try:  # on its own: a failing purge must not stop delivery
                    housekeeping()
                except Exception:
                    log.exception("housekeeping failed")
            try:
                self.drain_once()
                wait = self.next_due_in_s()
            except Exception:  # keep the loop alive; the trace is in the log
                log.exception("sync loop error")
                wait = idle_poll_s
            stop.wait(idle_poll_s if wait is None else min(max(wait, 0.01), idle_poll_s))
