"""A terminal's message ids, unique across its processes, its restarts and the other terminals
of its hall (see kiosk.core.envelope for the layout and docs/center-api.md, "msgid").

All processes of one terminal (the kiosk, ``kiosk sync run``, CLI verbs) share a small state
file in the terminal's home under an exclusive lock: the last second used and how many numbers
of it are taken. Outbox messages take 00-49 of the terminal's 100 numbers a second
(``msgid-outbox.seq``, beside the store), direct calls (queries, sign-in) 50-99
(``msgid-direct.seq``), so the two never meet even if they were given different folders. A
second's numbers are never handed out twice; when they are used up the next caller waits for
the next second. If the clock goes back, numbers continue in the
last second used, so a restart after a clock change cannot repeat an id either.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.core import envelope

HALF = envelope.SEQ_PER_TERMINAL // 2
LANES = {"outbox": ("msgid-outbox.seq", 0), "direct": ("msgid-direct.seq", HALF)}  # state file, first number


class MsgidSource:
    def __init__(
        self, home: Path, sender: str, terminal_id: str, clock: Callable[[], float] = time.time, lane: str = "direct"
    ):
        name, first = LANES[lane]
        self._path = home / name
        self._sender = sender
        self._block = envelope.terminal_number(terminal_id) * envelope.SEQ_PER_TERMINAL + first
        self._clock = clock

    def next(self, now: dt.datetime | None = None) -> str:
        """A new msgid: (second, number) taken under the terminal's lock; its time is ``now`` (the
        filing's time; default the clock), or later if that second's numbers are used up."""
        self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            second, used = self._read(fd)
            wanted = int(now.timestamp()) if now is not None else int(self._clock())
            while True:
                if wanted > second:
                    second, used = wanted, 0
                if used < HALF:
                    break
                if second != int(self._clock()):  # a past or future second is used up: go on to the next
                    second, used = second + 1, 0
                    break
                time.sleep(max(0.0, second + 1 - self._clock()))  # 50 in this very second: wait, at most 1 s
                wanted = int(self._clock())
            number, used = used, used + 1
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, json.dumps({"second": second, "used": used}).encode("ascii"))
        finally:
            os.close(fd)  # releases the lock
        return envelope.make_msgid(self._sender, dt.datetime.fromtimestamp(second), terminal_seq=self._block + number)

    @staticmethod
    def _read(fd: int) -> tuple[int, int]:
        raw = os.read(fd, 200)
        try:
            state = json.loads(raw) if raw else {}
            return int(state.get("second", 0)), int(state.get("used", 0))
        except (ValueError, TypeError, AttributeError):
            # a damaged state file: start after the newest second anyone could have used
            return int(time.time()) + 1, 0
