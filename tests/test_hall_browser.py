"""End to end in a real browser: staff sign in on the hall page, an elder's call from a real kiosk
window appears there without a reload, 我来了 goes back to the kiosk, which shows and says it;
a terminal that stops reporting turns 离线 on the page."""

from __future__ import annotations

import time

import browser
import pytest
import ui_helpers
from hall_helpers import POSITION, STAFF_NAME, STAFF_NO, STAFF_PIN, kiosk_config, make_hall
from selenium.webdriver.common.by import By

from kiosk.app import Services
from kiosk.hall.service import Limits

pytestmark = pytest.mark.skipif(
    not browser.available(), reason="Debian's chromium and chromium-driver are not installed"
)


def texts(driver, css: str) -> list[str]:
    """In one script: the page may rebuild a card or tile between two WebDriver calls."""
    return driver.execute_script("return [...document.querySelectorAll(arguments[0])].map(n => n.innerText)", css)


@pytest.fixture
def page(tmp_path):
    driver = browser.chromium(tmp_path / "chromium-profile")
    yield driver
    driver.quit()


def sign_in(qtbot, page, hall) -> None:
    page.get(hall.url + "/")
    qtbot.waitUntil(lambda: page.find_element(By.ID, "staff-no").is_displayed(), timeout=10_000)
    page.find_element(By.ID, "staff-no").send_keys(STAFF_NO)
    page.find_element(By.ID, "pin").send_keys(STAFF_PIN)
    page.find_element(By.ID, "sign-in-button").click()
    qtbot.waitUntil(lambda: page.find_element(By.ID, "console").is_displayed(), timeout=10_000)
    qtbot.waitUntil(lambda: page.find_element(By.ID, "live").text == "实时更新中", timeout=10_000)


def test_a_call_from_the_kiosk_window_reaches_the_page_and_the_answer_reaches_the_elder(
    qtbot, page, tmp_path, kiosk_home, center
):
    hall = make_hall(tmp_path, Limits(offline_after_s=2.0))
    services = Services(kiosk_config(center.url, hall, hall_heartbeat_s=0.5))
    services.open()
    try:
        window, speech = ui_helpers.make_window(qtbot, services.config, services)
        sign_in(qtbot, page, hall)
        assert page.find_element(By.ID, "who").text == f"{STAFF_NAME}（{STAFF_NO}）"
        qtbot.waitUntil(lambda: texts(page, "#terminals .tile .word") == ["正常"], timeout=10_000)
        page.execute_script("window.sameDocument = true")  # gone if the page were reloaded
        page.find_element(By.ID, "show-as").send_keys("我的名字")

        started = time.monotonic()
        ui_helpers.click(qtbot, window, "bar_call")
        qtbot.waitUntil(lambda: len(page.find_elements(By.CSS_SELECTOR, "#calls .call.open")) == 1, timeout=2_000)
        appeared_s = time.monotonic() - started
        print(f"call on the page {appeared_s * 1000:.0f} ms after the press")
        card = page.find_element(By.CSS_SELECTOR, "#calls .call.open")
        assert POSITION in card.text and "已等" in card.text and "首页" in card.text
        assert page.execute_script("return window.sameDocument") is True
        assert "正在呼叫" in page.find_element(By.CSS_SELECTOR, "#terminals .tile").text
        qtbot.waitUntil(lambda: window.staff_call.state == "waiting", timeout=5_000)
        assert window.staff_overlay.title_label.text() == "已经通知工作人员"

        card.find_element(By.TAG_NAME, "button").click()  # 我来了
        qtbot.waitUntil(lambda: window.staff_overlay.title_label.text() == "工作人员已经收到，正在过来", timeout=5_000)
        assert window.staff_overlay.message.text() == f"来的是：{STAFF_NAME}。请在这里稍等。"
        assert "工作人员已经收到，正在过来" in speech.spoken[-1] and STAFF_NAME in speech.spoken[-1]
        qtbot.waitUntil(lambda: texts(page, "#calls .call.coming .who") == [f"{STAFF_NAME} 正在过去"], timeout=5_000)

        window.staff_call._beat.stop()  # the kiosk stops reporting (as if switched off)
        tile = "const t = document.querySelector('#terminals .tile'); return [t.className, t.innerText]"
        # read in one script: a heartbeat still on its way may rebuild the tile once more
        qtbot.waitUntil(lambda: texts(page, "#terminals .tile .word") == ["离线"], timeout=10_000)
        qtbot.waitUntil(lambda: page.execute_script(tile)[0] == "tile offline", timeout=10_000)
        assert "以后没有消息" in page.execute_script(tile)[1]
        page.find_element(By.ID, "language").send_keys("English")
        qtbot.waitUntil(lambda: texts(page, "#terminals .tile .word") == ["Offline"], timeout=5_000)
        assert page.find_element(By.ID, "calls-title").text.startswith("Calls")
        assert browser.errors(page) == [], browser.errors(page)
    finally:
        services.close()
        hall.stop()


def test_a_wrong_pin_is_said_plainly_and_the_page_stays_closed(qtbot, page, tmp_path):
    hall = make_hall(tmp_path)
    try:
        page.get(hall.url + "/")
        qtbot.waitUntil(lambda: page.find_element(By.ID, "staff-no").is_displayed(), timeout=10_000)
        page.find_element(By.ID, "staff-no").send_keys(STAFF_NO)
        page.find_element(By.ID, "pin").send_keys("000000")
        page.find_element(By.ID, "sign-in-button").click()
        qtbot.waitUntil(lambda: page.find_element(By.ID, "sign-in-error").text == "工号或密码不对。", timeout=5_000)
        assert not page.find_element(By.ID, "console").is_displayed()
    finally:
        hall.stop()


def test_an_unanswered_call_comes_back_on_the_page_with_sound(qtbot, page, tmp_path, kiosk_home, center):
    hall = make_hall(tmp_path, Limits(repeat_after_s=1.0))
    services = Services(kiosk_config(center.url, hall))
    services.open()
    try:
        sign_in(qtbot, page, hall)
        assert services.operations().raise_staff_call("balance", "zh_HK").reached
        qtbot.waitUntil(lambda: len(page.find_elements(By.CSS_SELECTOR, "#calls .call.open")) == 1, timeout=2_000)
        assert "粤语" in page.find_element(By.CSS_SELECTOR, "#calls .call").text
        qtbot.waitUntil(
            lambda: int(page.find_element(By.TAG_NAME, "body").get_attribute("data-beeps") or 0) >= 2, timeout=2_000
        )  # the new call sounded
        qtbot.waitUntil(lambda: texts(page, "#calls .call .again") == ["再次提醒"], timeout=3_000)
        assert int(page.find_element(By.TAG_NAME, "body").get_attribute("data-beeps")) >= 5  # and the reminder again
        assert page.find_element(By.ID, "announce").text == f"{POSITION} 还在等工作人员"
        assert browser.errors(page) == [], browser.errors(page)
    finally:
        services.close()
        hall.stop()
