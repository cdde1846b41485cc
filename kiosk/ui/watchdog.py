"""systemd's notify protocol: READY=1 once the home screen is painted, then WATCHDOG=1 from
a timer on the UI thread. A frozen screen stops the pings and systemd restarts the kiosk
(WatchdogSec= in deploy/kiosk-ui.service). Without NOTIFY_SOCKET it does nothing."""

from __future__ import annotations

import logging
import os
import socket

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger("kiosk.ui")


def notify(message: str) -> bool:
    address = os.environ.get("NOTIFY_SOCKET", "")
    if not address:
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode("ascii"))
        return True
    except OSError:
        log.exception("could not notify systemd")
        return False


def start_watchdog(parent: QObject) -> QTimer | None:
    """Ping at half the interval systemd asked for (WATCHDOG_USEC)."""
    usec = int(os.environ.get("WATCHDOG_USEC", "0") or 0)
    if usec <= 0 or not os.environ.get("NOTIFY_SOCKET"):
        return None
    timer = QTimer(parent)
    timer.setInterval(max(500, usec // 2000))
    timer.timeout.connect(lambda: notify("WATCHDOG=1"))
    timer.start()
    return timer
