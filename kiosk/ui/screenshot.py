"""Render any screen offscreen with demo data, and describe its widgets as JSON."""

from __future__ import annotations

import datetime as dt
import json
import time
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QWidget

SCREENS = [
    "home",
    "settings",
    "identify",
    "identify_expired",
    "card_pin",
    "card_pin_wrong",
    "card_pin_blocked",
    "scan",
    "id_entry",
    "id_entry_error",
    "balance",
    "balance_offline",
    "receipt",
    "ledger",
    "family",
    "my_filings",
    "filing_category",
    "filing_city",
    "filing_date",
    "filing_phone",
    "filing_notice",
    "filing_review",
    "filing_done",
    "ask_questions",
    "ask",
    "ask_words",
    "face_consent",
    "face",
    "proxy",
    "staff_queue",
    "idle_warning",
    "staff_call",
    "staff_call_coming",
    "staff_call_desk",
    "rating",
    "rating_reason",
]
_INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def demo_person() -> dict:
    from kiosk.center.seed import demo_identities

    person = dict(demo_identities()[0])
    person.update(age=80, balc="3456.70")
    return person


def show_screen(window, name: str) -> None:
    """Put ``window`` in the state a person would see for screenshot ``name``."""
    if name not in SCREENS:
        raise KeyError(f"unknown screen {name!r}; try: {', '.join(SCREENS)}")
    demo = demo_person()
    if name == "idle_warning":
        window.go("id_entry")
        window.idle.show_warning(30)
    elif name == "staff_call":
        window.go("home")
        window.staff_call.show_state("sending")
    elif name in ("staff_call_coming", "staff_call_desk"):
        window.go("home")
        window.staff_call.show_state(name.removeprefix("staff_call_"), who="1001", by_number=True)
    elif name == "id_entry_error":
        window.go("id_entry")
        screen = window.screens["id_entry"]
        window.session.balance.clear_digits()
        wrong_check = "0" if demo["certno"][17] != "0" else "1"
        for key in demo["certno"][:17] + wrong_check:
            screen._key(key)
        screen._submit()
    elif name == "balance_offline":
        from kiosk.flows.account import CachedAccount

        window.session.balance.lookup_succeeded(CachedAccount(Decimal(demo["balc"]), dt.datetime(2026, 11, 20, 15, 12)))
        window.go("balance")
    elif name == "receipt":
        window.screens["balance"].load_demo(demo)
        window.go("receipt")
    elif name in ("ask_questions", "ask_words"):
        window.go("ask")
        if name == "ask_words":
            screen = window.screens["ask"]
            screen._show_words()
            for word in ("外地看病", "报销"):
                screen._add_word(word)
    elif name.startswith("filing_"):
        _demo_wizard(window, demo, name)
    elif name == "identify_expired":
        window.go("identify")
        window.screens["identify"]._card_error("idcard_expired")
    elif name in ("card_pin_wrong", "card_pin_blocked"):
        from kiosk.devices.cards import ReaderError

        window.go("card_pin")
        window.screens["card_pin"]._refused(
            ReaderError("sscard_pin_wrong", tries_left=2) if name == "card_pin_wrong" else ReaderError("sscard_blocked")
        )
    elif name in ("rating", "rating_reason"):
        window.session.purpose = "yidi"
        window.go("rating")
        if name == "rating_reason":
            window.screens["rating"]._rated(2)
    elif name == "scan":
        window.go("scan")
        screen = window.screens["scan"]
        deadline = time.monotonic() + 2
        while screen.scanner.newest_frame() is None and time.monotonic() < deadline:
            time.sleep(0.01)  # the camera thread delivers its first frame
        screen._show_preview()
    else:
        window.go(name)
        settle(window)  # what the screen fetched on entry lands first; the demo data then replaces it
        window.screens[name].load_demo(demo)
        window.prompter.announce(
            window.screens[name].script()
        )  # the caption shows what is said with the demo data in place


def settle(window) -> None:
    """Background work the screen started is done and its results are on the screen."""
    from PySide6.QtWidgets import QApplication

    window.runner.wait_idle()
    QApplication.processEvents()


def widget_dump(window: QWidget) -> list[dict]:
    rows = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() == 0 or widget.height() == 0:
            continue
        origin = widget.mapTo(window, QPoint(0, 0))
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)) else ""
        rows.append(
            {
                "class": type(widget).__name__,
                "object_name": widget.objectName(),
                "accessible_name": widget.accessibleName(),
                "text": text,
                "x": origin.x(),
                "y": origin.y(),
                "w": widget.width(),
                "h": widget.height(),
                "font_px": QFontInfo(widget.font()).pixelSize(),
                "interactive": isinstance(widget, _INTERACTIVE) and widget.isEnabled(),
            }
        )
    return rows


def render(window, name: str, out: Path, widgets_out: Path | None = None) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    window.show()
    QApplication.processEvents()  # lay the window out first so overlays cover the right area
    show_screen(window, name)
    QApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        raise OSError(f"could not write {out}")
    rows = widget_dump(window)
    if widgets_out is not None:
        widgets_out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return rows


def _demo_wizard(window, demo: dict, name: str) -> None:
    from kiosk.core.filing import Rules
    from kiosk.core.reference_defaults import REFERENCE
    from kiosk.flows.filing_wizard import Filer, FilingWizard, Regions
    from kiosk.flows.operations import QueuedFiling
    from kiosk.ui.i18n import translated

    today = dt.date(2026, 11, 23)
    wizard = FilingWizard(
        "yidi",
        Filer(demo["certno"], demo["age"]),
        today=today,
        rules=Rules(),
        regions=Regions.from_reference(REFERENCE["admdvs"][1]),
    )
    answers = [None, "temp", "6", "440000", "440300", today, dt.date(2027, 5, 23), "no", "13800138000"]
    stop_at = {"filing_notice": 0, "filing_category": 1, "filing_city": 4, "filing_date": 5, "filing_phone": 8}
    for answer in answers[: stop_at.get(name, len(answers))]:
        wizard.answer(answer)
    window.session.wizard = wizard
    if name == "filing_done":
        sentence, values = wizard.expectation()
        window.session.filing_result = QueuedFiling(
            1, "H44010000001202611230905000001", dt.datetime(2026, 11, 23, 9, 5)
        )
        window.go("filing_done")
        done = window.screens["filing_done"]
        done.leave()  # no delivery check in a picture
        done.show_result("queued", translated("filing", sentence).format(**values), "05000001", True)
    else:
        window.go("filing")
