"""Scanner modules: a keyboard-wedge burst detector and a serial-port reader.

A wedge scanner "types" a whole code in a few milliseconds and ends with
Enter; a person types far slower. A burst counts only if every gap is short
and it is long enough to be a code.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger("kiosk.devices")


class WedgeDetector:
    def __init__(self, max_gap_s: float = 0.035, min_length: int = 16, max_length: int = 512):
        self._max_gap = max_gap_s
        self._min = min_length
        self._max = max_length
        self._chars: list[str] = []
        self._last = float("-inf")

    def feed(self, char: str, at: float) -> str | None:
        """One key: returns the scanned text when a burst ends with Enter, else None."""
        if at - self._last > self._max_gap:
            self._chars = []  # too slow: a person typing, or the start of a new burst
        self._last = at
        if char in ("\r", "\n"):
            burst, self._chars = "".join(self._chars), []
            return burst if self._min <= len(burst) <= self._max else None
        if len(char) == 1 and char.isprintable():
            self._chars.append(char)
            if len(self._chars) > self._max:
                self._chars = []
        else:
            self._chars = []
        return None


class SerialScanner:
    """Reads lines from a serial scanner on its own thread; ``on_code`` gets each line."""

    def __init__(self, url: str, on_code: Callable[[str], None], baudrate: int = 9600):
        import serial

        self._port = serial.serial_for_url(url, baudrate=baudrate, timeout=0.2)
        self._on_code = on_code
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="serial-scanner", daemon=True)

    @property
    def port(self):
        return self._port

    def start(self) -> "SerialScanner":
        self._thread.start()
        return self

    def _run(self) -> None:
        buffer = b""
        while not self._stop.is_set():
            try:
                chunk = self._port.read(256)
            except Exception:  # unplugged: the other ways in remain
                log.exception("serial scanner stopped")
                return
            buffer += chunk
            while b"\r" in buffer or b"\n" in buffer:
                cut = min(i for i in (buffer.find(b"\r"), buffer.find(b"\n")) if i >= 0)
                line, buffer = buffer[:cut], buffer[cut + 1 :]
                text = line.decode("ascii", errors="replace").strip()
                if text:
                    self._on_code(text)
            if len(buffer) > 4096:
                buffer = b""

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._port.close()
