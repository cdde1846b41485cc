"""The delivery worker: drains the outbox to the center, exactly once.

Safety rests on two facts: a message is marked delivered only after the
center's reply says so (in the same transaction that updates its filing),
and every resend carries the same msgid and body, on which the center
deduplicates. For a center that might not, ``sync_verify_by_query`` asks it
before sending again after a lost reply (YD03 for 异地, MT02 for a 慢特病
application), matching on what the kiosk itself sent (type, place, dates,
disease) and skipping what this kiosk already holds as accepted: it never
needs a field the spec does not return.

A refusal is a dead letter with the center's reason (a msgid conflict
included: never taken as accepted); a transient business error (系统繁忙)
waits and is tried again like a busy center.

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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.filing import QUERY_FOR
from kiosk.store import quarantine
from kiosk.store.errors import UnreadableValue
from kiosk.store.models import Filing, OutboxMessage
from kiosk.sync.client import CenterClient, Delivery, Outcome

log = logging.getLogger("kiosk.sync")

NEEDS_PSN_NO = frozenset({"2504", "5301"})  # national transactions that take 人员编号, not the ID number
BROKEN_ATTEMPTS = 5
FAULTS_BEFORE_SET_ASIDE = 5  # a message that fails here (not at the center) this often becomes a dead letter


@dataclass
class NotSent:
    """A message this kiosk could not send: it cannot be read (``set_aside``: a dead letter at
    once) or it failed here for another reason (held back; set aside after FAULTS_BEFORE_SET_ASIDE)."""

    reason: str
    set_aside: bool

    @property
    def outcome(self) -> Outcome:
        return Outcome.REFUSED if self.set_aside else Outcome.BROKEN


@dataclass(frozen=True)
class Job:
    """One message as a pool thread sends it, read from the store beforehand."""

    message_id: int
    infno: str
    data: dict
    msgid: str
    was_lost: bool  # its last try lost the reply: with sync_verify_by_query, ask the center first
    filing_id: int | None
    revokes: bool  # it cancels a filing, whose center number is revoked_sn
    revoked_sn: str | None


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
    DELIVERY_THREADS = 8  # persons delivered at once (the center is on the network: mostly waiting)

    def __init__(
        self,
        sessions: sessionmaker,
        client: CenterClient,
        *,
        backoff_base_s: float = 1.0,
        backoff_cap_s: float = 300.0,
        breaker_failures: int = 5,
        breaker_cooldown_s: float = 30.0,
        verify_by_query: bool = False,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
    ):
        self._sessions = sessions
        self.client = client
        self._base = backoff_base_s
        self._cap = backoff_cap_s
        self._verify = verify_by_query
        self._clock = clock
        self._rng = rng or random.Random()
        self.breaker = Breaker(breaker_failures, breaker_cooldown_s)
        self._executor: ThreadPoolExecutor | None = None

    @classmethod
    def from_config(cls, sessions: sessionmaker, client: CenterClient, config) -> "SyncWorker":
        return cls(
            sessions,
            client,
            backoff_base_s=config.sync_backoff_base_s,
            backoff_cap_s=config.sync_backoff_cap_s,
            breaker_failures=config.sync_breaker_failures,
            breaker_cooldown_s=config.sync_breaker_cooldown_s,
            verify_by_query=config.sync_verify_by_query,
        )

    # -- choosing ------------------------------------------------------------------
    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock())

    def due_ids(self, session: Session) -> list[int]:
        """The oldest pending message of each person, if it is due: per-person order is kept."""
        heads = (
            select(func.min(OutboxMessage.id))
            .where(OutboxMessage.status == "pending")
            .group_by(OutboxMessage.person_key)
        )
        rows = session.scalars(
            select(OutboxMessage.id)
            .where(OutboxMessage.id.in_(heads), OutboxMessage.next_attempt_at <= self._now())
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
        )
        return list(rows)

    def next_due_in_s(self) -> float | None:
        with self._sessions() as session:
            soonest = session.scalar(
                select(func.min(OutboxMessage.next_attempt_at)).where(OutboxMessage.status == "pending")
            )
        if soonest is None:
            return None
        wait = (soonest - self._now()).total_seconds()
        return max(0.0, wait, self.breaker.open_until - self._clock())

    # -- delivering ----------------------------------------------------------------
    def drain_once(self) -> DrainStats:
        """Try every message that is due now, once. Different persons go in parallel (each person's
        oldest message only, so their order holds) once the center has just answered; until then,
        and after any failure, one at a time, so the breaker spares a center that is down.

        In parallel, the store's work overlaps the network's: while a batch is on the wire, the
        batch before it is recorded (one write transaction) and the batch after it is read (one
        session). Lockstep, the center idled while the kiosk wrote and the other way round: each
        was busy about half of a drain. A batch with any failure is recorded at once, before
        the breaker is asked again."""
        stats = DrainStats()
        with self._sessions() as session:
            ids = self.due_ids(session)
        size = self.DELIVERY_THREADS * 4
        center_up, position = False, 0
        unrecorded: list[tuple[int, Delivery | NotSent]] = []
        ahead: list[Job | NotSent | None] | None = None  # the next parallel batch, already read
        while position < len(ids) and self.breaker.allows(self._clock()):
            if not center_up:
                chunk = ids[position : position + 1]
                results = [self._send_safely(self._read_jobs(chunk)[0])]
            else:
                chunk = ids[position : position + size]
                jobs = ahead if ahead is not None else self._read_jobs(chunk)
                in_flight = [self._pool().submit(self._send_safely, job) for job in jobs]
                self._record_many(unrecorded)
                unrecorded = []
                following = ids[position + size : position + 2 * size]
                ahead = self._read_jobs(following) if following else None
                results = [future.result() for future in in_flight]
            position += len(chunk)
            batch = [(message_id, result) for message_id, result in zip(chunk, results) if result is not None]
            outcomes = [Outcome.OK if result is None else result.outcome for result in results]
            center_up = all(outcome in (Outcome.OK, Outcome.REFUSED) for outcome in outcomes)
            if center_up:
                unrecorded = batch
            else:
                self._record_many(batch)
                ahead = None
            for outcome in outcomes:
                stats.outcomes[outcome.value] = stats.outcomes.get(outcome.value, 0) + 1
                if outcome is Outcome.OK:
                    stats.delivered += 1
                elif outcome is Outcome.REFUSED:
                    stats.dead += 1
                else:
                    stats.retried += 1
        self._record_many(unrecorded)
        return stats

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.DELIVERY_THREADS, thread_name_prefix="deliver")
        return self._executor

    def deliver(self, message_id: int) -> Outcome:
        result = self._send_safely(self._read_jobs([message_id])[0])
        if result is None:
            return Outcome.OK
        self._record_many([(message_id, result)])
        return result.outcome

    def _read_jobs(self, message_ids: list[int]) -> list[Job | NotSent | None]:
        """What sending each message takes, read in one session (None: no longer pending). A
        message that cannot be read, or fails here, is a NotSent; the others still go."""
        with self._sessions() as session:
            loaded = _load_batch(session, message_ids) if len(message_ids) > 1 else []
            jobs = [self._read_safely(session, message_id) for message_id in message_ids]
            del loaded  # held until here: the session keeps only weak references to its rows
            return jobs

    def _read_safely(self, session: Session, message_id: int) -> Job | NotSent | None:
        try:
            return self._read(session, message_id)
        except UnreadableValue as exc:
            return NotSent(str(exc), set_aside=True)
        except Exception as exc:  # the trace is in the log; the other messages still go
            log.exception("message %d could not be read", message_id)
            return NotSent(f"{type(exc).__name__}: {exc}"[:300], set_aside=False)

    @staticmethod
    def _read(session: Session, message_id: int) -> Job | None:
        message = session.get(OutboxMessage, message_id)
        if message is None or message.status != "pending":
            return None
        local = message.payload.get("local") or {}
        revoked = session.get(Filing, local["revokes_filing"]) if local.get("revokes_filing") else None
        return Job(
            message_id,
            message.infno,
            dict(message.payload["data"]),
            message.msgid,
            bool(message.last_error and message.last_error.startswith("lost")),
            message.filing_id,
            bool(local.get("revokes_filing")),
            revoked.center_sn if revoked is not None else None,
        )

    def _send_safely(self, job: Job | NotSent | None) -> Delivery | NotSent | None:
        """_send, with whatever goes wrong here kept to this one message (a pool thread)."""
        if not isinstance(job, Job):
            return job
        try:
            return self._send(job)
        except Exception as exc:  # the trace is in the log; the other messages still go
            log.exception("message %d could not be sent", job.message_id)
            return NotSent(f"{type(exc).__name__}: {exc}"[:300], set_aside=False)

    def _send(self, job: Job) -> Delivery:
        """One message to the center."""
        infno, data = job.infno, job.data
        if job.revokes:
            if not job.revoked_sn:  # the filing it cancels was refused by the center: there is nothing to cancel
                return Delivery(Outcome.OK)
            data["appy_sn" if infno == "MT03" else "trt_dcla_detl_sn"] = job.revoked_sn
        if infno in NEEDS_PSN_NO and "psn_no" not in data:
            found = self.client.psn_no_for(data.pop("certno"))
            if found.outcome is not Outcome.OK:
                return found
            data = {"psn_no": found.output["psn_no"], **data}
        result = None
        if self._verify and job.was_lost:
            result = self._already_applied(infno, data, job.filing_id)
        if result is None:
            result = self.client.send(infno, {"data": data}, msgid=job.msgid)
        return result

    def _already_applied(self, infno: str, data: dict, filing_id: int | None) -> Delivery | None:
        """Ask the center whether the lost message arrived; None = not found or not known.
        A row matches on what this kiosk sent; one this kiosk already holds as accepted is not it."""
        query = QUERY_FOR.get(infno)
        if query is None or filing_id is None:
            return None
        answer = self.client.send(
            query, {"data": {"psn_cert_type": "01", "certno": data["certno"]}}, msgid=self.client.new_msgid()
        )
        if answer.outcome is not Outcome.OK:
            return answer if answer.outcome in (Outcome.BUSY, Outcome.LOST) else None
        with self._sessions() as session:
            known = set(
                session.scalars(select(Filing.center_sn).where(Filing.center_sn.is_not(None), Filing.id != filing_id))
            )
        if infno == "YD01":
            for row in answer.output.get("filings") or []:
                same = (
                    row.get("dcla_type") == data["dcla_type"]
                    and row.get("mdtrt_admdvs") == data["mdtrt_admdvs"]
                    and row.get("begndate") == data["begndate"]
                    and row.get("enddate") == data.get("enddate")
                )
                if same and row.get("status") == "active" and row.get("trt_dcla_detl_sn") not in known:
                    return Delivery(Outcome.OK, output={"result": {"trt_dcla_detl_sn": row["trt_dcla_detl_sn"]}})
        else:
            for row in answer.output.get("applications") or []:
                same = (
                    row.get("opsp_dise_code") == data["opsp_dise_code"]
                    and row.get("ide_fixmedins_no") == data["ide_fixmedins_no"]
                )
                if (
                    same
                    and row.get("status") in ("appraising", "reviewing", "approved")
                    and row.get("appy_sn") not in known
                ):
                    return Delivery(Outcome.OK, output={"result": {"appy_sn": row["appy_sn"]}})
        return None

    def _record_many(self, results: list[tuple[int, Delivery | NotSent]]) -> None:
        """What the center answered, for a batch of messages, in one write transaction: a message is
        marked delivered only here, after its reply (a crash before this resends it under the same
        msgid, which the center answers with its first reply)."""
        if not results:
            return
        now = self._now()
        with self._sessions.begin() as session:
            loaded = _load_batch(session, [message_id for message_id, _result in results])
            for message_id, result in results:
                try:  # one message's bookkeeping failing must not undo the others'
                    with session.begin_nested():
                        self._record(session, message_id, result, now)
                except Exception as exc:
                    log.exception("message %d: its outcome could not be recorded", message_id)
                    with session.begin_nested():
                        self._not_sent(session, message_id, NotSent(f"{type(exc).__name__}: {exc}"[:300], False), now)
            del loaded  # held to here; the commit as the block ends writes what changed

    def _record(self, session: Session, message_id: int, result: Delivery | NotSent, now: dt.datetime) -> None:
        if isinstance(result, NotSent):
            self._not_sent(session, message_id, result, now)
            return
        message = session.get(OutboxMessage, message_id)
        # a filing row that cannot be read is set aside; the message's own outcome still counts
        filing = quarantine.load(session, Filing, message.filing_id) if message.filing_id else None
        message.attempts += 1
        if result.outcome is Outcome.OK:
            message.status, message.delivered_at, message.last_error = "delivered", now, None
            if filing is not None:
                if filing.status != "withdrawn":  # a revoke queued behind it keeps it withdrawn
                    filing.status = "accepted"
                accepted = result.output.get("result") or {}
                filing.center_sn = accepted.get("trt_dcla_detl_sn") or accepted.get("appy_sn")
                filing.updated_at = now
            recovering = self.breaker.failures > 0
            self.breaker.success()
            if recovering:  # the center is back: everything waiting may go now
                session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at > now)
                    .values(next_attempt_at=now)
                )
        elif result.outcome is Outcome.REFUSED:
            message.status, message.last_error = "dead", f"refused {result.reason}: {result.message}"[:500]
            if filing is not None:
                filing.status, filing.updated_at = "refused", now
                filing.payload = {**filing.payload, "refusal": {"reason": result.reason, "message": result.message}}
            log.warning("message %s refused by the center: %s", message.msgid, result.reason)
        elif result.outcome is Outcome.BROKEN and message.attempts >= BROKEN_ATTEMPTS:
            # a reply we cannot trust, again and again: staff see it with the reason instead of a silent loop
            message.status, message.last_error = "dead", f"refused broken_reply: {result.message}"[:500]
            if filing is not None:
                filing.status, filing.updated_at = "refused", now
                filing.payload = {**filing.payload, "refusal": {"reason": "broken_reply", "message": result.message}}
            log.warning("message %s: unusable replies %d times, set aside", message.msgid, message.attempts)
        else:
            delay = self._rng.uniform(0, min(self._cap, self._base * 2 ** min(message.attempts, 30)))
            if result.retry_after_s is not None:
                delay = max(delay, result.retry_after_s)
            message.next_attempt_at = now + dt.timedelta(seconds=delay)
            message.last_error = f"{result.outcome.value}: {result.message}"[:500]
            self.breaker.failure(self._clock())

    # -- poisoned messages -------------------------------------------------------------
    def _not_sent(self, session: Session, message_id: int, result: NotSent, now: dt.datetime) -> None:
        """An unreadable message: a dead letter with the reason, audited, never sent. Another fault
        here: it waits like a busy one, and after FAULTS_BEFORE_SET_ASIDE it is set aside for staff."""
        if result.set_aside:
            quarantine.set_aside(session, OutboxMessage, message_id, result.reason, now=now)
            return
        attempts = session.scalar(select(OutboxMessage.attempts).where(OutboxMessage.id == message_id)) or 0
        if attempts + 1 >= FAULTS_BEFORE_SET_ASIDE:
            quarantine.set_aside(session, OutboxMessage, message_id, f"fails on this kiosk: {result.reason}", now=now)
            return
        delay = self._rng.uniform(0, min(self._cap, self._base * 2 ** min(attempts + 1, 30)))
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id)
            .values(
                attempts=attempts + 1,
                next_attempt_at=now + dt.timedelta(seconds=delay),
                last_error=f"error: {result.reason}",
            )
        )

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

    def run_forever(
        self, stop: threading.Event, idle_poll_s: float = 1.0, housekeeping=None, housekeeping_every_s: float = 3600.0
    ) -> None:
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


def _load_batch(session: Session, message_ids: list[int]) -> list[object]:
    """The batch's messages and their filings in two queries: ``session.get`` then finds them in
    the session instead of asking the store row by row. The caller holds the returned rows for as
    long as it works on them: the session's identity map keeps only weak references, so rows
    nobody holds are gone again at once (and every get went back to the store). A row that
    cannot be read stops the bulk load; the rows are then loaded one by one, as before, where
    the unreadable one is set aside."""
    try:
        messages = session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(message_ids))).all()
        filing_ids = [m.filing_id for m in messages if m.filing_id is not None]
        filings = session.scalars(select(Filing).where(Filing.id.in_(filing_ids))).all() if filing_ids else []
        return [*messages, *filings]
    except UnreadableValue:
        session.expunge_all()
        return []
