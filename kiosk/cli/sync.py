"""``kiosk sync status|drain|run|retry-dead``: delivering the outbox to the center."""

from __future__ import annotations

import json
import logging
import os
import signal
import threading

from kiosk.cli._base import UsageError, group
from kiosk.config import Config
from kiosk.store import retention
from kiosk.store.db import Store, open_store
from kiosk.sync import outbox, reference
from kiosk.sync.client import CenterClient
from kiosk.sync.policy_update import pull_policy
from kiosk.sync.worker import SyncWorker

log = logging.getLogger("kiosk.sync")


def register(verbs) -> None:
    sync = group(verbs, "sync", "deliver queued messages to the center")
    status = sync.add_parser("status")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=show_status)
    drain = sync.add_parser("drain")
    drain.add_argument("--timeout", type=float, default=120.0)
    drain.set_defaults(func=drain_outbox)
    sync.add_parser("run").set_defaults(func=run_forever)
    sync.add_parser("retry-dead").set_defaults(func=retry_dead)


def show_status(cfg: Config, args) -> int:
    with open_store(cfg.db_path)() as session:
        state = outbox.status(session)
    print(json.dumps(state) if args.json else ", ".join(f"{k}: {v}" for k, v in state.items()))
    return 0


def retry_dead(cfg: Config, args) -> int:
    with open_store(cfg.db_path).begin() as session:
        print(json.dumps({"requeued": outbox.retry_dead(session)}))
    return 0


def _worker(cfg: Config, sessions: Store) -> SyncWorker:
    if not cfg.center_url:
        raise UsageError("no center to deliver to: set KIOSK_CENTER_URL")
    return SyncWorker.from_config(sessions, CenterClient(cfg, cfg.center_url), cfg)


def drain_outbox(cfg: Config, args) -> int:
    left = _worker(cfg, open_store(cfg.db_path)).drain(args.timeout)
    print(json.dumps(left))
    return 0 if left["pending"] == 0 else 1


# Delivery is background work: on two cores a catching-up delivery process competed with the
# screen for the CPU (the UI loop stalled over 200 ms under load); a lower priority lets the
# screen go first and costs the backlog little, since delivery mostly waits on the network.
SYNC_NICENESS = 10


def run_forever(cfg: Config, args) -> int:
    os.nice(SYNC_NICENESS)
    sessions = open_store(cfg.db_path)
    worker = _worker(cfg, sessions)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(
        json.dumps(
            {
                "reference": reference.pull(sessions, worker.client),
                "policy_library": pull_policy(worker.client, cfg.home),
            }
        ),
        flush=True,
    )

    def housekeeping() -> None:
        with sessions.begin() as session:
            retention.purge(session, cfg.retention_days)
            outbox.queue_audit_head(session, terminal_id=cfg.terminal_id, sender=cfg.fixmedins_code)

    if cfg.hall_url:
        threading.Thread(target=deliver_hall_calls, args=(cfg, sessions, stop), name="hall", daemon=True).start()
    worker.run_forever(stop, housekeeping=housekeeping)
    return 0


HALL_EVERY_S = 5.0


def deliver_hall_calls(cfg: Config, sessions: Store, stop: threading.Event) -> None:
    """Help calls the kiosk could not send (the hall was down, the screen restarted before it was
    back) go out from here too; the hall counts a call sent by both once."""
    from kiosk.flows.hall_client import HallLink

    link = HallLink(cfg, sessions)
    while not stop.wait(HALL_EVERY_S):
        try:
            link.deliver()
        except Exception:  # a store hiccup must not end delivery to the center
            log.exception("delivering help calls to the hall failed")
