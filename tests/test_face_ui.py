"""刷脸 on the real screens, through a virtual camera fed with frames made from image files."""

from __future__ import annotations

import sqlite3

import pytest
from face_frames import FACES, dark, empty_room, needs_faces, portrait, turned, two_people
from PySide6.QtWidgets import QLabel, QPushButton
from ui_helpers import click, make_window, type_keys, type_staff_sign_in

from kiosk import config as config_module
from kiosk.devices.camera import ImageSequenceSource
from kiosk.flows.face_check import GUIDANCE
from kiosk.store import staff

pytestmark = needs_faces


@pytest.fixture
def config(kiosk_home, center, demo):
    center.app.service.reference_photos[demo["psn_no"]] = FACES / "obama_2.jpg"  # the center's photo of this person
    return config_module.load(
        center_url=center.url, sync_autostart=False, face_check="filings", face_turn_timeout_s=0.6
    )


def start_face_check(qtbot, config, services, demo, frames):
    window, speech = make_window(qtbot, config, services, lambda: ImageSequenceSource(frames))
    click(qtbot, window, "tile_chronic")
    click(qtbot, window, "identify_by_id")
    type_keys(qtbot, window, demo["certno"])
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "face_consent"):
        click(qtbot, window, "id_submit")
    assert "不会保存" in speech.spoken[-1]
    with qtbot.waitSignal(window.screen_changed, timeout=5_000, check_params_cb=lambda n: n == "face"):
        click(qtbot, window, "face_start")
    return window, speech


def audit_actions(config):
    with sqlite3.connect(config.db_path) as db:
        return [row[0] for row in db.execute("SELECT action FROM audit_event")]


def test_a_good_face_that_turns_a_little_is_confirmed_and_goes_on(qtbot, config, services, demo):
    face = portrait("obama_1.jpg")
    window, speech = start_face_check(qtbot, config, services, demo, [face] * 8 + [turned(face)] * 8)
    with qtbot.waitSignal(window.screen_changed, timeout=30_000, check_params_cb=lambda n: n == "my_filings"):
        pass
    assert any("转一点" in s for s in speech.spoken) and any("确认是您本人" in s for s in speech.spoken)
    qtbot.waitUntil(lambda: "face_verified" in audit_actions(config), timeout=5_000)


@pytest.mark.parametrize(
    "frames, key",
    [
        (lambda: [empty_room()], "no_face"),
        (lambda: [two_people(portrait("obama_1.jpg"), portrait("biden_1.jpg"))], "two_faces"),
        (lambda: [dark(portrait("obama_1.jpg"))], "too_dark"),
    ],
)
def test_each_problem_with_the_picture_is_said_plainly(qtbot, config, services, demo, frames, key):
    window, speech = start_face_check(qtbot, config, services, demo, frames())
    guidance = window.findChild(QLabel, "face_guidance")
    qtbot.waitUntil(lambda: GUIDANCE[key] in speech.spoken, timeout=15_000)
    assert guidance.text() == GUIDANCE[key]


def test_a_still_photo_fails_the_turn_three_times_and_a_staff_member_confirms(qtbot, config, services, demo):
    with services.store().begin() as session:
        staff.add(session, "1001", "王敏", "246810")
    window, speech = start_face_check(qtbot, config, services, demo, [portrait("obama_1.jpg")])
    qtbot.waitUntil(lambda: window.current.name == "proxy", timeout=30_000)
    assert sum("没看清转头" in s for s in speech.spoken) == 2 and any("换一种方式" in s for s in speech.spoken)
    type_staff_sign_in(qtbot, window)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000, check_params_cb=lambda n: n == "my_filings"):
        click(qtbot, window, "proxy_next")
    qtbot.waitUntil(lambda: "staff_confirmed_identity" in audit_actions(config), timeout=5_000)
    assert window.session.identity_confirmed == "staff" and window.session.filed_by == "self"


def test_the_other_way_is_offered_at_the_same_size_before_any_picture(qtbot, config, services, demo):
    window, speech = start_face_check(qtbot, config, services, demo, [empty_room()])
    window.go("face_consent")
    start, other = (window.findChild(QPushButton, n) for n in ("face_start", "face_other_way"))
    assert start.size() == other.size()
    with qtbot.waitSignal(window.screen_changed, timeout=5_000, check_params_cb=lambda n: n == "proxy"):
        click(qtbot, window, "face_other_way")


def test_nothing_biometric_is_left_on_disk_after_a_session(qtbot, config, services, demo):
    face = portrait("obama_1.jpg")
    window, speech = start_face_check(qtbot, config, services, demo, [face] * 8 + [turned(face)] * 8)
    with qtbot.waitSignal(window.screen_changed, timeout=30_000, check_params_cb=lambda n: n == "my_filings"):
        pass
    window.reset_session()
    reference = (FACES / "obama_2.jpg").read_bytes()
    import base64

    encoded = base64.b64encode(reference[:600]).decode()[:200]
    for path in config.home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not data.startswith((b"\xff\xd8\xff", b"\x89PNG")), path  # no image
            assert path.suffix not in (".npy", ".npz", ".jpg", ".png", ".dat"), path  # no embedding or frame dump
            assert reference[200:800] not in data and encoded.encode() not in data, path
