"""A sync worker process for the chaos test, optionally deliberately broken.

python tests/chaos_worker.py [--variant correct|mark-before-post]
"""

from __future__ import annotations

import argparse
import threading

from kiosk import config as config_module
from kiosk.store.db import open_store
from kiosk.store.models import OutboxMessage
from kiosk.sync.client import CenterClient
from kiosk.sync.worker import SyncWorker


class MarkBeforePostWorker(SyncWorker):
    """Broken on purpose: believes a message delivered before the center has it."""

    def _send(self, job):
        with self._sessions.begin() as session:
            message = session.get(OutboxMessage, job.message_id)
            if message is None or message.status != "pending":
                return None
            message.status = "delivered"
            infno, payload, msgid = message.infno, message.payload, message.msgid
        return self.client.send(infno, payload, msgid=msgid)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variant", choices=("correct", "mark-before-post"), default="correct")
    args = parser.parse_args()
    cfg = config_module.load()
    kind = MarkBeforePostWorker if args.variant == "mark-before-post" else SyncWorker
    worker = kind.from_config(open_store(cfg.db_path), CenterClient(cfg, cfg.center_url), cfg)
    worker.run_forever(threading.Event(), idle_poll_s=0.2)


if __name__ == "__main__":
    main()
