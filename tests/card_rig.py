"""The real card stacks for tests: pcscd with the vsmartcard-vpcd virtual reader and a 社保卡
emulated by python3-virtualsmartcard (tests/sscard_emulator.py, its own process: the card is in
while it runs), and a 身份证 SAM reader on a pty (tests/idcard_emulator.py). Import the fixtures
into a test module: ``from card_rig import pcsc, sscard, idcard_reader``."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from idcard_emulator import IdCardEmulator, card_text  # noqa: E402

EMULATOR = Path(__file__).resolve().parent / "sscard_emulator.py"
SYSTEM_PYTHON = "/usr/bin/python3"  # python3-virtualsmartcard is installed for Debian's Python
VPCD_PORT = 35963
PIN = "123456"
DEMO_CARD_SN = "440100D15600000500A1B2C3D4E5F607"


def card_numbers(center, person: dict) -> dict:
    """The card number and 卡识别码 the center holds for a demo person (a strict center checks them
    against each other); a center that keeps no card register takes any."""
    row = next((p for p in center.app.service.people() if p["certno"] == person["certno"]), {})
    return {"card_no": row.get("card_no", "A01234567"), "card_sn": row.get("card_sn", DEMO_CARD_SN)}


def _vpcd_listening() -> bool:
    try:
        socket.create_connection(("localhost", VPCD_PORT), timeout=0.2).close()
        return True
    except OSError:
        return False


def wait_for(condition, timeout_s: float = 10.0, what: str = "condition"):
    deadline = time.monotonic() + timeout_s
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _card_state():
    from kiosk.devices.cards import ReaderError
    from kiosk.devices.sscard import SsCardReader

    try:
        return SsCardReader().poll()
    except ReaderError as error:
        return error.key  # e.g. a card that stopped answering while vpcd notices it left


@pytest.fixture(scope="session")
def pcsc():
    """pcscd with the vpcd driver, started here unless one runs already (stopped again if so)."""
    missing = [tool for tool in ("pcscd", SYSTEM_PYTHON) if shutil.which(tool) is None]
    if missing or not Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so").exists():
        pytest.fail(
            f"the PC/SC test stack is not installed ({missing or 'vsmartcard-vpcd'}): run bash .ci/bootstrap test"
        )
    daemon = None
    if not _vpcd_listening():
        daemon = subprocess.Popen(["pcscd", "--foreground"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(_vpcd_listening, what="pcscd to load the vpcd driver")
    yield
    if daemon is not None:
        daemon.terminate()
        daemon.wait(timeout=10)


class InsertedCard:
    def __init__(self, process: subprocess.Popen):
        self.process = process

    def remove(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        wait_for(lambda: _card_state() is None, what="the card to leave the reader")  # None: an empty reader


@pytest.fixture
def sscard(pcsc):
    """Insert a 社保卡: ``sscard(person)`` (a demo identity dict); taken out at the end."""
    inserted: list[InsertedCard] = []

    def insert(person: dict, **options) -> InsertedCard:
        argv = [SYSTEM_PYTHON, str(EMULATOR), "--ssn", person["certno"], "--name", person["name"], "--pin", PIN]
        for key, value in options.items():
            argv += [f"--{key.replace('_', '-')}", str(value)]
        process = subprocess.Popen(
            argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": ""}
        )
        card = InsertedCard(process)
        inserted.append(card)
        wait_for(lambda: not isinstance(_card_state(), (str, type(None))), what="the emulated card in the reader")
        return card

    yield insert
    for card in inserted:
        card.remove()


@pytest.fixture
def idcard_reader(demo):
    """A SAM reader on a pty with the demo person's card on it (``.mode`` changes that)."""
    with IdCardEmulator(card_text(demo)) as emulator:
        yield emulator
