"""A blocking client for the center's envelope API (run it off the UI thread).

Transport problems become PlainError keys the UI can speak; a business
refusal keeps the center's reason so flows can pick the right sentence.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import httpx

from kiosk.config import Config
from kiosk.core import envelope
from kiosk.core.errors import PlainError

log = logging.getLogger("kiosk.sync")


class CenterRefused(PlainError):
    """infcode -1: the center understood and said no. ``reason`` is its machine reason."""

    def __init__(self, reason: str, err_msg: str):
        super().__init__("center_rejected", f"{reason}: {err_msg}")
        self.reason = reason
        self.err_msg = err_msg


class CenterClient:
    def __init__(self, config: Config, base_url: str, transport: httpx.BaseTransport | None = None):
        self._config = config
        self._http = httpx.Client(
            base_url=base_url,
            timeout=httpx.Timeout(config.center_timeout_s, connect=config.center_connect_timeout_s),
            transport=transport,
        )
        self._sign_no = ""
        self._sign_lock = threading.Lock()

    def close(self) -> None:
        self._http.close()

    def new_msgid(self) -> str:
        return envelope.make_msgid(self._config.terminal_id)

    def call(self, infno: str, payload: dict[str, Any], *, msgid: str | None = None, insuplc_admdvs: str = "") -> dict[str, Any]:
        """Send one transaction; returns its ``output`` or raises PlainError/CenterRefused."""
        if infno != "9001":
            self._ensure_signed_in()
        body = envelope.request(
            infno, payload, msgid=msgid or self.new_msgid(), dev_no=self._config.terminal_id, admdvs=self._config.admdvs,
            fixmedins_code=self._config.fixmedins_code, fixmedins_name=self._config.fixmedins_name,
            insuplc_admdvs=insuplc_admdvs, sign_no=self._sign_no,
        )
        try:
            reply = self._http.post("/api", json=body)
        except httpx.TimeoutException as exc:
            raise PlainError("center_offline", f"{infno} timed out: {exc}") from exc
        except httpx.TransportError as exc:
            raise PlainError("center_offline", f"{infno}: {exc}") from exc
        if reply.status_code in (429, 502, 503, 504):
            raise PlainError("center_busy", f"{infno}: HTTP {reply.status_code}")
        if reply.status_code != 200:
            raise PlainError("bug", f"{infno}: HTTP {reply.status_code}")
        data = reply.json()
        if data.get("infcode") != 0:
            raise CenterRefused(str((data.get("output") or {}).get("reason", "")), str(data.get("err_msg", "")))
        return data.get("output") or {}

    def _ensure_signed_in(self) -> None:
        with self._sign_lock:
            if not self._sign_no:
                output = self.call("9001", {"signIn": {"opter_no": self._config.terminal_id}})
                self._sign_no = output["signinoutb"]["sign_no"]
