"""Screens with qtbot: what a person sees and touches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from ui_helpers import confirm_typed_number

from kiosk import config as config_module
from kiosk.devices.camera import SyntheticPhoneSource
from kiosk.devices.speech import CaptionSpeech
from kiosk.store import audit
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screenshot import show_screen, widget_dump


@pytest.fixture
def speech():
    return CaptionSpeech()


def no_code_camera():
    return SyntheticPhoneSource(None, seed=5)


@pytest.fixture
def window(qtbot, config, services, speech):
    win = KioskWindow(config, services, speech, camera_factory=no_code_camera)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def click(qtbot, window, name):
    target = window.findChild(QPushButton, name)
    assert target is not None and target.isVisible(), name
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def visible_texts(window: QWidget) -> str:
    texts = [w.text() for w in window.findChildren(QLabel)] + [w.text() for w in window.findChildren(QPushButton)]
    return "\n".join(texts + [w.accessibleName() for w in window.findChildren(QWidget)])


def test_home_has_six_large_tiles_and_the_bar(window):
    tiles = [w for w in window.findChildren(QPushButton) if w.property("role") == "tile" and w.isVisible()]
    assert len(tiles) <= 6
    assert {t.objectName() for t in tiles} == {name for name, *_ in window.screens["home"].tiles()}
    assert all(t.width() >= 300 and t.height() >= 200 for t in tiles)
    for name in ("bar_back", "bar_home", "bar_repeat", "bar_slower", "bar_call"):
        assert window.findChild(QPushButton, name).isVisible()


def test_widget_dump_describes_every_visible_widget(qtbot, window):
    show_screen(window, "home")
    qtbot.wait(0)
    rows = widget_dump(window)
    tile = next(r for r in rows if r["object_name"] == "tile_balance")
    assert tile["interactive"] and tile["w"] >= 64 and tile["h"] >= 64
    assert all(r["font_px"] >= 24 for r in rows if r["text"])
    assert {"class", "object_name", "accessible_name", "text", "x", "y", "w", "h", "font_px", "interactive"} == set(
        tile
    )


def test_wrong_id_number_is_said_plainly_and_nothing_is_lost(qtbot, window, speech, demo):
    click(qtbot, window, "tile_balance")
    click(qtbot, window, "identify_by_id")
    wrong = demo["certno"][:17] + ("0" if demo["certno"][17] != "0" else "1")
    for key in wrong:
        click(qtbot, window, f"key_{key}")
    click(qtbot, window, "id_submit")
    error = window.findChild(QLabel, "id_error").text()
    assert "有一位不对" in error and "有一位不对" in speech.spoken[-1]
    assert window.session.balance.digits == wrong  # kept, so one key can be fixed


def test_end_to_end_balance_then_idle_reset_leaves_nothing_personal(qtbot, services, kiosk_home, center, demo, speech):
    cfg = config_module.load(center_url=center.url, idle_warn_s=0.3, idle_reset_s=0.6, sync_autostart=False)
    now = [0.0]  # the kiosk's clock: still while the person types, then moved past the idle times
    win = KioskWindow(cfg, services, speech, clock=lambda: now[0], camera_factory=no_code_camera)
    qtbot.addWidget(win)
    win.show()
    click(qtbot, win, "tile_balance")
    click(qtbot, win, "identify_by_id")
    for key in demo["certno"]:
        click(qtbot, win, f"key_{key}")
    click(qtbot, win, "id_submit")
    confirm_typed_number(qtbot, win, services, then="balance")  # a typed number is confirmed (staff) first
    assert win.current.name == "balance"
    balance = next(p for p in center.app.service.people() if p["certno"] == demo["certno"])["balc"]
    amount = win.findChild(QLabel, "balance_amount").text()
    assert amount.replace(",", "").startswith(balance)
    assert "张**" in win.findChild(QLabel, "balance_greeting").text()
    assert "元" in speech.spoken[-1]
    qtbot.waitUntil(lambda: not win.idle.paused, timeout=10_000)  # the count runs once nothing is awaited
    with qtbot.waitSignal(win.idle_warned, timeout=5_000):
        now[0] += 0.35
    assert win.idle_overlay.isVisible()
    with qtbot.waitSignal(win.session_reset, timeout=5_000):
        now[0] += 1.0
    assert win.current.name == "home" and win.session.person is None
    everything = visible_texts(win)
    for secret in (demo["certno"], demo["name"], "张**", f"{float(balance):,.2f}", demo["certno"][-4:]):
        assert secret not in everything
    assert not any(demo["name"] in s or "元" in s for s in speech.spoken)


def test_continue_button_keeps_the_session(qtbot, services, center, kiosk_home, speech):
    cfg = config_module.load(center_url=center.url, idle_warn_s=0.3, idle_reset_s=30, sync_autostart=False)
    win = KioskWindow(cfg, services, speech, camera_factory=no_code_camera)
    qtbot.addWidget(win)
    win.show()
    click(qtbot, win, "tile_settings")
    for _ in range(10):
        with qtbot.waitSignal(win.idle_warned, timeout=5_000):
            pass
        with qtbot.assertNotEmitted(win.session_reset):
            click(qtbot, win, "idle_warning_action")
        assert not win.idle_overlay.isVisible() and win.current.name == "settings"


def test_staff_call_is_visible_spoken_and_audited(qtbot, window, services, speech):
    with qtbot.waitSignal(window.staff_call.state_changed, check_params_cb=lambda state: state == "desk"):
        click(qtbot, window, "bar_call")
    assert window.staff_overlay.isVisible()
    # no hall service configured: nobody was told, so the kiosk says where to go instead of promising
    assert "请到服务台找工作人员" in speech.spoken[-1] and "马上过来" not in " ".join(speech.spoken)
    assert window.runner.wait_idle()
    with services.store()() as session:
        assert audit.verify(session)[0]
        assert audit.verify(session)[1] == 1
    default = window.staff_overlay.action  # nobody reached: 知道了 only closes the notice
    assert default.text() == "知道了" and default.hasFocus() and default.property("role") != "staff"
    window.staff_call.show_state("waiting")  # the hall has the call: the big focused button keeps it
    assert default.text() == "好的，我在这里等" and window.staff_overlay.second.text() == "不用了，取消呼叫"
    click(qtbot, window, "staff_call_action")
    assert window.staff_overlay.isVisible() and window.staff_call.active
    click(qtbot, window, "staff_call_second")
    assert not window.staff_overlay.isVisible()


def test_back_home_repeat_and_slower(qtbot, window, speech):
    click(qtbot, window, "tile_settings")
    click(qtbot, window, "bar_repeat")
    assert speech.spoken[-1] == window.screens["settings"].script()
    click(qtbot, window, "bar_slower")
    assert speech.rate < 1.0 and "慢" in speech.spoken[-1]
    click(qtbot, window, "bar_back")
    assert window.current.name == "home"
    click(qtbot, window, "tile_yidi")
    click(qtbot, window, "bar_home")
    assert window.current.name == "home"


def test_changing_language_and_theme_is_undone_at_session_end(qtbot, window):
    click(qtbot, window, "tile_settings")
    click(qtbot, window, "theme_contrast")
    click(qtbot, window, "lang_en")
    assert window.display["theme"] == "contrast" and window.display["locale"] == "en"
    assert window.current.name == "settings"
    with qtbot.waitSignal(window.session_reset):
        window.reset_session()
    assert window.display["theme"] == "standard" and window.display["locale"] == "zh_CN"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_language_button_on_home_changes_words_voice_numbers_and_direction(qtbot, window, speech, demo):
    click(qtbot, window, "home_lang_ug")
    assert window.findChild(QPushButton, "bar_call").text() == "ياردەم\nسوراش"
    assert speech.locale == "ug" and window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "ياخشىمۇسىز" in speech.spoken[-1]  # the home screen is said again, in Uyghur
    click(qtbot, window, "home_lang_en")
    assert window.findChild(QPushButton, "tile_balance").accessibleName().startswith("Check balance")
    window.screens["balance"].load_demo(dict(demo, age=80, balc="20000.50"))
    window.go("balance")
    assert "20000.50 yuan" in speech.spoken[-1] and "November 2026" in speech.spoken[-1]
    window.go("home")
    click(qtbot, window, "home_lang_zh_HK")
    window.go("balance")
    assert speech.locale == "zh_HK" and "二萬元五角" in speech.spoken[-1]  # Traditional 萬 for the Cantonese voice
    with qtbot.waitSignal(window.session_reset):
        window.reset_session()
    assert speech.locale == "zh_CN" and window.findChild(QPushButton, "bar_call").text() == "呼叫\n工作人员"


def test_every_screen_speaks_on_entry(qtbot, window, speech):
    for name, screen in window.screens.items():
        window.go(name)
        assert speech.spoken[-1] == screen.script() and speech.spoken[-1]


def test_keys_are_read_back_and_the_number_is_read_in_groups(qtbot, window, speech, demo):
    click(qtbot, window, "tile_balance")
    click(qtbot, window, "identify_by_id")
    click(qtbot, window, "key_4")
    assert speech.spoken[-1] == "四"
    click(qtbot, window, "key_DEL")
    assert "删掉了一位" in speech.spoken[-1]
    for key in demo["certno"]:
        click(qtbot, window, f"key_{key}")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        click(qtbot, window, "id_submit")
    read_back = next(s for s in speech.spoken if s.startswith("您输入的是"))
    assert "，" in read_back and "四四〇一〇四" in read_back


def test_repeat_says_the_last_prompt_not_the_button_acknowledgement(qtbot, window, speech):
    click(qtbot, window, "tile_balance")
    click(qtbot, window, "identify_by_id")
    click(qtbot, window, "id_submit")  # nothing typed: an error is said
    error = speech.spoken[-1]
    click(qtbot, window, "bar_slower")
    click(qtbot, window, "bar_repeat")
    assert speech.spoken[-1] == error


def test_rate_and_volume_reset_when_the_session_ends(qtbot, window, speech):
    click(qtbot, window, "bar_slower")
    speech.set_volume(0.2)
    assert speech.rate < 1.0
    with qtbot.waitSignal(window.session_reset):
        window.reset_session()
    assert speech.rate == 1.0 and speech.volume == pytest.approx(0.9)
    assert window.findChild(QPushButton, "bar_slower").text() == "慢一点"


def test_staff_see_how_many_filings_wait_for_upload(qtbot, window, services, demo):
    from kiosk.core.filing import parse
    from kiosk.sync.outbox import queue_filing

    with services.store().begin() as session:
        queue_filing(
            session,
            parse(
                {
                    "kind": "yidi-long",
                    "certno": demo["certno"],
                    "begndate": "2026-12-01",
                    "dcla_type": "1",
                    "mdtrt_admdvs": "110100",
                    "tel": "13800138000",
                }
            ),
            terminal_id="KIOSK0001",
            person="p",
        )
    window.refresh_sync_note()
    qtbot.waitUntil(lambda: window.sync_note.text() == "待上传 1 件", timeout=5_000)


def test_home_is_painted_before_the_store_the_network_or_the_library_load(tmp_path):
    """Start-up: what the first screen does not need is imported after its first paint
    (SQLAlchemy and httpx once cost a quarter of a second there)."""
    import os
    import subprocess
    import sys

    ready = tmp_path / "ready"
    script = (
        "import sys; from kiosk.cli import main; "
        f"code = main(['run', '--ready-file', {str(ready)!r}]); print(' '.join(sorted(sys.modules))); sys.exit(code)"
    )
    env = {**os.environ, "KIOSK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KIOSK_CENTER_URL", None)
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and ready.exists(), done.stderr[-2000:]
    loaded = set(done.stdout.split())
    heavy = {"sqlalchemy", "httpx", "jieba", "numpy", "zxingcpp", "cv2", "kiosk.devices.tts", "kiosk.store.models"}
    assert not heavy & loaded
