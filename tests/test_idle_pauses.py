"""Waiting is not idling: on the kiosk's own clock, a staff call left open for 5 minutes and a
3-minute face capture are never wiped; when the wait ends the idle count starts from zero."""

from __future__ import annotations

from face_frames import FACES, empty_room, needs_faces
from ui_helpers import click, type_keys

from kiosk import config as config_module
from kiosk.devices.camera import ImageSequenceSource
from kiosk.devices.speech import CaptionSpeech
from kiosk.ui.idle_watch import CENTER_CALL
from kiosk.ui.main_window import KioskWindow


def kiosk(qtbot, center, services, camera_factory=None):
    cfg = config_module.load(center_url=center.url, idle_warn_s=60, idle_reset_s=90, sync_autostart=False)
    now = [0.0]
    win = KioskWindow(cfg, services, CaptionSpeech(), clock=lambda: now[0], camera_factory=camera_factory)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win, now


def pass_time(qtbot, win, now, seconds: float, step: float = 10.0) -> None:
    """Move the kiosk's clock on in steps, letting the idle watch look at each one."""
    moved = 0.0
    while moved < seconds:
        now[0] += step
        moved += step
        with qtbot.waitSignal(win.idle.ticked, timeout=5_000):
            pass


def test_a_staff_call_left_open_five_minutes_is_not_wiped_and_the_count_starts_again(qtbot, center, services):
    win, now = kiosk(qtbot, center, services)
    click(qtbot, win, "tile_settings")
    pass_time(qtbot, win, now, 50)  # nearly at the warning when the person calls for help
    click(qtbot, win, "bar_call")
    with qtbot.assertNotEmitted(win.session_reset), qtbot.assertNotEmitted(win.idle_warned):
        pass_time(qtbot, win, now, 300)
    assert win.staff_overlay.isVisible() and win.current.name == "settings" and not win.idle_overlay.isVisible()
    # the call ends: 不用了 while the hall has it, 知道了 when nobody could be reached (no hall here)
    click(qtbot, win, "staff_call_second" if win.staff_overlay.second.isVisible() else "staff_call_action")
    assert not win.idle.paused
    with qtbot.assertNotEmitted(win.idle_warned):
        pass_time(qtbot, win, now, 50)  # a fresh count: 50 s after the call is not yet 60
    with qtbot.waitSignal(win.idle_warned, timeout=5_000):
        now[0] += 11
    with qtbot.waitSignal(win.session_reset, timeout=5_000):
        now[0] += 30


def test_a_staff_call_takes_the_idle_warning_away(qtbot, center, services):
    win, now = kiosk(qtbot, center, services)
    with qtbot.waitSignal(win.idle_warned, timeout=5_000):
        now[0] += 61
    assert win.idle_overlay.isVisible()
    click(qtbot, win, "bar_call")
    assert not win.idle_overlay.isVisible() and win.staff_overlay.isVisible()


@needs_faces
def test_a_three_minute_face_capture_is_not_interrupted(qtbot, center, services, demo):
    center.app.service.reference_photos[demo["psn_no"]] = FACES / "obama_2.jpg"
    cfg = config_module.load(
        center_url=center.url, idle_warn_s=60, idle_reset_s=90, sync_autostart=False, face_check="filings"
    )
    now = [0.0]
    frames = [empty_room()]  # nobody in front of the camera yet: the capture keeps guiding
    win = KioskWindow(
        cfg, services, CaptionSpeech(), clock=lambda: now[0], camera_factory=lambda: ImageSequenceSource(frames)
    )
    qtbot.addWidget(win)
    win.show()
    click(qtbot, win, "tile_chronic")
    click(qtbot, win, "identify_by_id")
    type_keys(qtbot, win, demo["certno"])
    with qtbot.waitSignal(win.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "face_consent"):
        click(qtbot, win, "id_submit")
    with qtbot.waitSignal(win.screen_changed, timeout=5_000, check_params_cb=lambda n: n == "face"):
        click(qtbot, win, "face_start")
    assert win.idle.paused
    with qtbot.assertNotEmitted(win.session_reset), qtbot.assertNotEmitted(win.idle_warned):
        pass_time(qtbot, win, now, 180)
    assert win.current.name == "face" and not win.idle_overlay.isVisible()
    click(qtbot, win, "bar_back")  # the capture is over: counting again, from zero
    qtbot.waitUntil(lambda: not win.idle.paused, timeout=5_000)
    with qtbot.assertNotEmitted(win.idle_warned):
        pass_time(qtbot, win, now, 50)
    with qtbot.waitSignal(win.idle_warned, timeout=5_000):
        now[0] += 11


def test_a_center_call_in_flight_pauses_the_count(qtbot, center, services):
    win, now = kiosk(qtbot, center, services)
    release = []
    win.runner.run(lambda: _wait(release), lambda _: None, lambda _: None)
    assert CENTER_CALL in win.idle.reasons()
    with qtbot.assertNotEmitted(win.session_reset):
        pass_time(qtbot, win, now, 120)
    release.append(True)
    qtbot.waitUntil(lambda: not win.idle.paused, timeout=5_000)
    with qtbot.assertNotEmitted(win.idle_warned):
        pass_time(qtbot, win, now, 50)


def _wait(flag: list) -> None:
    """A center that takes its time: the job ends when the test lets it (bounded)."""
    import threading

    event = threading.Event()
    for _ in range(2000):
        if flag:
            return
        event.wait(0.01)
