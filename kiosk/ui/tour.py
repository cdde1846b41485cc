"""A demo walk through the real kiosk (used when there is no display): each step
is a real click on the real window, and a screenshot is saved after it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.center.seed import demo_identities

log = logging.getLogger("kiosk.ui")


class DemoTour:
    def __init__(self, window, out_dir: Path):
        self.window = window
        self.out_dir = out_dir
        self.saved: list[Path] = []
        certno = demo_identities()[0]["certno"]
        self.steps = [
            ("01_home", lambda: None),
            ("02_identify", lambda: self._click("tile_balance")),
            ("02_id_entry", lambda: self._click("identify_by_id")),
            ("03_id_typed", lambda: [self._click(f"key_{k}") for k in certno]),
            ("04_confirm", self._submit_and_wait),  # a typed number is a claim: the face check (or staff) comes first
            ("05_settings", lambda: (self.window.go_home(), self._click("tile_settings"))),
            ("06_contrast", lambda: self._click("theme_contrast")),
            ("07_staff_call", lambda: self._click("bar_call")),
            ("08_home_after_reset", self.window.reset_session),
        ]

    def _click(self, name: str) -> None:
        self.window.findChild(QPushButton, name).click()

    def _submit_and_wait(self) -> None:
        self._click("id_submit")

    def start(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._next(0)

    def _next(self, index: int) -> None:
        if index == len(self.steps):
            print(f"Saved {len(self.saved)} screenshots of the kiosk to {self.out_dir}")
            QApplication.instance().quit()
            return
        name, action = self.steps[index]
        action()
        if name == "04_confirm" and self.window.current.name == "id_entry":
            # wait for the real lookup over HTTP before taking the picture
            self.window.screen_changed.connect(
                lambda *_: QTimer.singleShot(100, lambda: self._shoot(index)),
            )
            QTimer.singleShot(15_000, lambda: self._shoot(index) if len(self.saved) == index else None)
            return
        QTimer.singleShot(150, lambda: self._shoot(index))

    def _shoot(self, index: int) -> None:
        if len(self.saved) > index:
            return
        path = self.out_dir / f"{self.steps[index][0]}.png"
        self.window.grab().save(str(path))
        self.saved.append(path)
        print(f"  {path}")
        self._next(index + 1)
