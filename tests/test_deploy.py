"""Deployment: the systemd units parse cleanly, and the kiosk speaks systemd's notify protocol."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"
ANALYZE = shutil.which("systemd-analyze")


def verify(units: list[Path]) -> str:
    """systemd-analyze's complaints (it exits 0 on unknown keys, so its words are what count)."""
    done = subprocess.run([ANALYZE, "verify", "--man=no", *map(str, units)], capture_output=True, text=True, timeout=60)
    return (done.stderr + done.stdout).strip() + ("" if done.returncode == 0 else f"\nexit {done.returncode}")


@pytest.mark.skipif(ANALYZE is None, reason="systemd-analyze is not installed")
def test_unit_files_verify_without_a_single_complaint(tmp_path):
    kiosk = Path(sys.executable).with_name("kiosk")
    units = []
    for unit in sorted(DEPLOY.glob("*.service")):
        # the checkout stands in for /opt/kiosk; cage is only on a hall terminal
        text = unit.read_text(encoding="utf-8").replace("/opt/kiosk/.venv/bin/kiosk", str(kiosk))
        text = text.replace("/usr/bin/cage", shutil.which("cage") or "/bin/true")
        (tmp_path / unit.name).write_text(text, encoding="utf-8")
        units.append(tmp_path / unit.name)
    assert [u.name for u in units] == ["kiosk-hall.service", "kiosk-sync.service", "kiosk-ui.service"]
    assert verify(units) == ""
    broken = tmp_path / "broken.service"
    broken.write_text("[Service]\nExecStart=/bin/true\nRestart=sometimes\nWatchdogSecs=30\n", encoding="utf-8")
    complaints = verify([broken])
    assert "restart specifier" in complaints and "WatchdogSecs" in complaints  # the check can fail


def test_the_hall_unit_listens_on_the_configured_address_only():
    text = (DEPLOY / "kiosk-hall.service").read_text(encoding="utf-8")
    assert "--host ${HALL_HOST}" in text and "Environment=HALL_HOST=127.0.0.1" in text
    assert "EnvironmentFile=-/etc/kiosk/hall.env" in text and "ReadWritePaths=/var/lib/kiosk-hall" in text


def test_the_screen_unit_restarts_crashes_and_freezes_but_not_a_staff_exit():
    text = (DEPLOY / "kiosk-ui.service").read_text(encoding="utf-8")
    assert "Type=notify" in text and "WatchdogSec=" in text and "Restart=on-failure" in text
    assert "LoadCredential=data.key:" in text and "KIOSK_DATA_KEY_FILE=%d/data.key" in text


def test_ready_and_watchdog_pings_reach_systemd(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QObject

    from kiosk.ui.watchdog import notify, start_watchdog

    path = tmp_path / "notify.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(path))
    server.settimeout(5)
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    monkeypatch.setenv("WATCHDOG_USEC", "1000000")
    assert notify("READY=1") and server.recv(64) == b"READY=1"
    owner = QObject()
    timer = start_watchdog(owner)
    assert timer is not None and timer.interval() == 500
    with qtbot.waitSignal(timer.timeout, timeout=3_000):
        pass
    assert server.recv(64) == b"WATCHDOG=1"
    timer.stop()
    server.close()
    monkeypatch.delenv("NOTIFY_SOCKET")
    assert notify("READY=1") is False and start_watchdog(owner) is None  # outside systemd: nothing
