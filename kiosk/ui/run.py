"""Starting the Qt kiosk: application, window, crash handling, demo tour."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path

from kiosk.config import Config

log = logging.getLogger("kiosk.ui")


def _qt_message_handler(mode, context, message):
    from PySide6.QtCore import QtMsgType

    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }
    logging.getLogger("kiosk.qt").log(level.get(mode, logging.ERROR), "%s", message)


def make_app(argv: list[str] | None = None):
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    qInstallMessageHandler(_qt_message_handler)
    return app


def build_window(config: Config, services=None, speech=None, camera_factory=None):
    """``speech`` defaults to captions only (screenshots, tests); the kiosk passes the real voice."""
    from kiosk.app import Services
    from kiosk.devices.speech import CaptionSpeech
    from kiosk.ui.main_window import KioskWindow

    services = services or Services(config)
    return KioskWindow(config, services, speech or CaptionSpeech(), camera_factory=camera_factory)


def run_kiosk(
    config: Config, fullscreen: bool = False, tour_dir: Path | None = None, ready_file: Path | None = None
) -> int:
    """Show the kiosk. ``tour_dir``: walk the screens, save screenshots there, exit."""
    import threading

    from PySide6.QtCore import QTimer

    from kiosk.ui.speech import QtSpeech

    app = make_app()
    speech = QtSpeech(config.locale)
    window = build_window(config, speech=speech)
    services = window.ctx.services

    def on_crash(kind, value, tb):
        # A bug must never strand a person: log the trace, reset to home, ask staff.
        from kiosk.core.errors import CATALOGUE
        from kiosk.ui.i18n import translated

        log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        try:
            window.reset_session()
            window.caption.say(translated("errors", CATALOGUE["bug"]), None)  # through the caption, which pages it
        except Exception:  # the window itself is broken: keep the log, let the service manager restart us
            log.exception("reset after crash failed")

    sys.excepthook = on_crash
    window.exit_requested.connect(app.quit)
    if fullscreen:
        window.showFullScreen()
    else:
        window.show()

    def after_first_paint():
        # Order matters: Qt Multimedia loads its libraries on this thread while holding the GIL;
        # had the services thread been importing a C extension at the same time, the two could
        # deadlock on the dynamic loader's lock. So audio first, then the services thread.
        speech.start()
        threading.Thread(target=services.open, name="services-open", daemon=True).start()
        from kiosk.ui.watchdog import notify, start_watchdog

        notify("READY=1")
        window.watchdog = start_watchdog(window)
        if config.scanner_serial_url:
            from kiosk.devices.wedge import SerialScanner

            try:
                SerialScanner(config.scanner_serial_url, window.scanned.emit).start()
            except Exception:  # a missing scanner module must not stop the kiosk; camera and ID remain
                log.exception("serial scanner %s unavailable", config.scanner_serial_url)

    if ready_file is not None:  # benchmark: the moment the home screen is painted and the loop runs
        window.first_painted.connect(lambda: (ready_file.write_text(repr(time.time())), app.quit()))
    else:
        window.first_painted.connect(after_first_paint)
    if tour_dir is not None:
        from kiosk.ui.tour import DemoTour

        tour = DemoTour(window, tour_dir)
        QTimer.singleShot(0, tour.start)
    try:
        return app.exec()
    finally:
        speech.shutdown()
        services.close()


def offscreen_if_headless() -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
