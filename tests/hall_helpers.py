"""What the hall console tests share: a real hall service on a loopback port with one staff
member and one registered terminal, a kiosk configuration that reports to it, a staff client."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from kiosk import config as config_module
from kiosk.hall.server import HallServer
from kiosk.hall.service import HallService, Limits

STAFF_NO, STAFF_NAME, STAFF_PIN = "1001", "张丽", "13579246"
TERMINAL, POSITION = "KIOSK0001", "一楼大厅 3号机"


class Clock:
    """The hall's clock, moved on by the test (a missed heartbeat without waiting 90 s)."""

    def __init__(self):
        self.now = dt.datetime.now()

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@dataclass
class Hall:
    db: Path
    key: str
    server: HallServer | None = None
    port: int = 0
    limits: Limits = Limits()
    clock: object = dt.datetime.now

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def service(self) -> HallService:
        return self.server.service

    def start(self) -> "Hall":
        self.server = HallServer(
            HallService(self.db, self.limits, self.clock), "127.0.0.1", self.port
        ).start_in_thread()
        self.port = self.server.port
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None


def make_hall(tmp_path: Path, limits: Limits = Limits(), clock=dt.datetime.now) -> Hall:
    db = tmp_path / "hall" / "hall.db"
    service = HallService(db, limits, clock)
    service.add_staff(STAFF_NO, STAFF_NAME, STAFF_PIN)
    key = service.add_terminal(TERMINAL, POSITION)
    service.engine.dispose()
    return Hall(db, key, limits=limits, clock=clock).start()


def kiosk_config(center_url: str, hall: Hall, **extra) -> config_module.Config:
    return config_module.load(
        center_url=center_url,
        sync_autostart=False,
        hall_url=hall.url,
        hall_terminal_key=hall.key,
        hall_position=POSITION,
        hall_poll_s=0.2,
        **extra,
    )


@contextmanager
def staff_client(hall: Hall) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=hall.url, timeout=5) as client:
        reply = client.post("/api/sign-in", json={"staff_no": STAFF_NO, "pin": STAFF_PIN})
        assert reply.status_code == 200, reply.text
        yield client
