"""A blocking client for the center's envelope API (run it off the UI thread).

``send`` reports what happened without raising (the delivery worker needs
to tell a refusal from a busy center from a lost reply); ``call`` is the
interactive form: it returns ``output`` or raises a PlainError the UI can
speak. A business refusal keeps the center's reason.
"""

from __future__ import annotations

import enum
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

import httpx

from kiosk.config import Config
from kiosk.core import envelope
from kiosk.core.errors import PlainError
from kiosk.sync.signing import Signer, make_signer

log = logging.getLogger("kiosk.sync")


class CenterRefused(PlainError):
    """infcode -1: the center understood and said no. ``reason`` is its machine reason."""

    def __init__(self, reason: str, err_msg: str):
        super().__init__("center_rejected", f"{reason}: {err_msg}")
        self.reason = reason
        self.err_msg = err_msg


class Outcome(enum.Enum):
    OK = "ok"              # applied; ``output`` holds the reply
    REFUSED = "refused"    # the center said no; retrying will not help
    BUSY = "busy"          # 429/5xx: not applied, try later (Retry-After may say when)
    LOST = "lost"          # timeout or connection dropped: it may or may not have been applied
    BROKEN = "broken"      # an answer we cannot use (4xx, not JSON): a bug somewhere


@dataclass
class Delivery:
    outcome: Outcome
    output: dict[str, Any] = field(default_factory=dict)
    reason: str = ""
    message: str = ""
    retry_after_s: float | None = None


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


class CenterClient:
    def __init__(self, config: Config, base_url: str, transport: httpx.BaseTransport | None = None,
                 signer: Signer | None = None):
        self._config = config
        self._http = httpx.Client(
            base_url=base_url,
            timeout=httpx.Timeout(config.center_timeout_s, connect=config.center_connect_timeout_s),
            transport=transport,
        )
        self._signer = signer or make_signer(config)
        self._sign_no = ""
        self._sign_lock = threading.Lock()
        self._msgids = None

    def close(self) -> None:
        self._http.close()

    def new_msgid(self) -> str:
        """A msgid for a direct call (query, sign-in), from the terminal's shared sequence."""
        if self._msgids is None:
            from kiosk.sync.msgids import MsgidSource

            self._msgids = MsgidSource(self._config.home, self._config.fixmedins_code, self._config.terminal_id)
        return self._msgids.next()

    def send(self, infno: str, payload: dict[str, Any], *, msgid: str, insuplc_admdvs: str = "") -> Delivery:
        if infno != "9001" and not self._sign_no:
            signed_in = self._sign_in()
            if signed_in.outcome is not Outcome.OK:
                return signed_in
        body = envelope.request(
            infno, payload, msgid=msgid, dev_no=self._config.terminal_id, admdvs=self._config.admdvs,
            fixmedins_code=self._config.fixmedins_code, fixmedins_name=self._config.fixmedins_name,
            insuplc_admdvs=insuplc_admdvs, sign_no=self._sign_no,
        )
        headers = self._signer.sign(body)
        try:
            reply = self._http.post("/api", json=body, headers=headers)
        except httpx.TransportError as exc:  # timeouts included
            return Delivery(Outcome.LOST, message=f"{infno}: {type(exc).__name__}: {exc}")
        if reply.status_code in (429, 502, 503, 504):
            return Delivery(Outcome.BUSY, message=f"HTTP {reply.status_code}",
                            retry_after_s=_retry_after(reply.headers.get("Retry-After")))
        try:
            data = reply.json() if reply.status_code == 200 else None
        except ValueError:
            data = None
        output = data.get("output") if isinstance(data, dict) else None
        output = {} if output is None else output
        if not isinstance(data, dict) or not isinstance(output, dict):  # garbage, or the wrong shape: never trusted
            return Delivery(Outcome.BROKEN, message=f"{infno}: HTTP {reply.status_code}, not a center reply")
        if data.get("infcode") != 0:
            return Delivery(Outcome.REFUSED, output=output, reason=str(output.get("reason", "")),
                            message=str(data.get("err_msg", ""))[:500])
        return Delivery(Outcome.OK, output=output)

    def call(self, infno: str, payload: dict[str, Any], *, msgid: str | None = None, insuplc_admdvs: str = "") -> dict[str, Any]:
        """Send one transaction now; returns its ``output`` or raises PlainError/CenterRefused."""
        result = self.send(infno, payload, msgid=msgid or self.new_msgid(), insuplc_admdvs=insuplc_admdvs)
        if result.outcome is Outcome.OK:
            return result.output
        if result.outcome is Outcome.REFUSED:
            raise CenterRefused(result.reason, result.message)
        if result.outcome is Outcome.BUSY:
            raise PlainError("center_busy", f"{infno}: {result.message}")
        if result.outcome is Outcome.LOST:
            raise PlainError("center_offline", result.message)
        raise PlainError("bug", result.message)

    def _sign_in(self) -> Delivery:
        with self._sign_lock:
            if self._sign_no:
                return Delivery(Outcome.OK)
            result = self.send("9001", {"signIn": {"opter_no": self._config.terminal_id}}, msgid=self.new_msgid())
            if result.outcome is Outcome.OK:
                self._sign_no = result.output["signinoutb"]["sign_no"]
            return result
