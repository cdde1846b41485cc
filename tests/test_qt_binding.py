"""The Qt binding itself: PySide6 6.12.0 drops a reference to None each time a call returns
None (no focus widget, no parent ...). The kiosk asks for the focus widget on every event, so
with Python 3.11 it aborted ("deallocating None") after a few thousand events with nothing
focused. The pin in pyproject.toml avoids it; this test keeps it avoided."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
lonely = QWidget()
for _ in range(50_000):
    QApplication.focusWidget()
    lonely.parentWidget()
print("alive")
"""


def test_calls_that_return_none_do_not_wear_out_none():
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0 and "alive" in done.stdout, done.stderr[-500:]
