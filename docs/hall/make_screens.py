"""Screenshots of the hall staff page for docs/hall/: a hall with six terminals in different
states and two calls, in headless Chromium (Debian's chromium + chromedriver) at a desk PC's and
a tablet's width. Run from the checkout: ``.venv/bin/python docs/hall/make_screens.py``.

Everything goes through the hall service's real HTTP API with each terminal's own key."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser import chromium  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

from kiosk.hall.server import HallServer  # noqa: E402
from kiosk.hall.service import HallService, Limits  # noqa: E402

OUT = Path(__file__).resolve().parent
TERMINALS = [  # id, position, what its last heartbeat said (None: it stopped reporting)
    ("KIOSK0001", "一楼大厅 1号机", {}),
    ("KIOSK0002", "一楼大厅 2号机", {"pending": 3, "oldest_pending_age_s": 5400}),
    ("KIOSK0003", "一楼大厅 3号机", {"dead": 1}),
    ("KIOSK0004", "二楼 异地就医窗口旁", {"devices": {"speech": "captions_only", "printer": "ok"}}),
    ("KIOSK0005", "二楼 慢特病窗口旁", {"audit_intact": False}),
    ("KIOSK0006", "门口 导办台旁", None),
]
CALLS = [("KIOSK0001", "balance", "zh_CN", 95), ("KIOSK0004", "filing_review", "zh_HK", 20)]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        now = [dt.datetime.now() - dt.timedelta(minutes=20)]
        service = HallService(Path(tmp) / "hall.db", Limits(offline_after_s=90, repeat_after_s=600), lambda: now[0])
        service.add_staff("1001", "张丽", "13579246")
        keys = {tid: service.add_terminal(tid, position) for tid, position, _ in TERMINALS}
        server = HallServer(service).start_in_thread()
        try:

            def kiosk(tid: str, path: str, body: dict) -> None:
                headers = {"X-Kiosk-Terminal": tid, "Authorization": f"Bearer {keys[tid]}"}
                httpx.post(server.url + path, json=body, headers=headers, timeout=5).raise_for_status()

            for tid, position, report in TERMINALS:  # KIOSK0006 reported once, 20 minutes ago
                kiosk(tid, "/kiosk/heartbeat", {"position": position, "version": "0.1.0", **(report or {})})
            now[0] = dt.datetime.now()
            for tid, position, report in TERMINALS:
                if report is not None:
                    kiosk(tid, "/kiosk/heartbeat", {"position": position, "version": "0.1.0", **report})
            for tid, screen, language, waited in CALLS:
                now[0] = dt.datetime.now() - dt.timedelta(seconds=waited)
                position = next(p for t, p, _ in TERMINALS if t == tid)
                kiosk(
                    tid,
                    "/kiosk/calls",
                    {
                        "id": str(uuid.uuid4()),
                        "position": position,
                        "screen": screen,
                        "language": language,
                        "raised_at": now[0].isoformat(timespec="seconds"),
                    },
                )
            now[0] = dt.datetime.now()
            for name, width, height in (("desktop", 1440, 900), ("tablet", 820, 1180)):
                shoot(server.url, Path(tmp) / f"profile-{name}", OUT / f"hall_{name}.png", width, height)
            shoot(server.url, Path(tmp) / "profile-en", OUT / "hall_tablet_en.png", 820, 1180, language="English")
            shoot(server.url, Path(tmp) / "profile-sign-in", OUT / "hall_sign_in.png", 820, 900, sign_in=False)
        finally:
            server.stop()


def shoot(
    url: str, profile: Path, out: Path, width: int, height: int, language: str = "", sign_in: bool = True
) -> None:
    driver = chromium(profile, width, height)
    try:
        driver.get(url + "/")
        wait(lambda: driver.find_element(By.ID, "staff-no").is_displayed())
        if sign_in:
            driver.find_element(By.ID, "staff-no").send_keys("1001")
            driver.find_element(By.ID, "pin").send_keys("13579246")
            driver.find_element(By.ID, "sign-in-button").click()
            wait(lambda: len(driver.find_elements(By.CSS_SELECTOR, "#terminals .tile")) == len(TERMINALS))
            if language:
                driver.find_element(By.ID, "language").send_keys(language)
        # the whole page, not just the window: the viewport is made as tall as the page
        tall = driver.execute_script("return document.documentElement.scrollHeight")
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": max(height, tall), "deviceScaleFactor": 1, "mobile": False},
        )
        driver.save_screenshot(str(out))
        print(out.relative_to(ROOT))
    finally:
        driver.quit()


def wait(condition, seconds: float = 10) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the page did not get there")
        time.sleep(0.1)


if __name__ == "__main__":
    main()
