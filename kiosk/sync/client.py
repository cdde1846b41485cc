"""A blocking client for the center's envelope API (run it off the UI thread).

``send`` reports what happened without raising (the delivery worker needs
to tell a refusal from a busy center from a lost reply); ``call`` is the
interactive form: it returns ``output`` or raises a PlainError the UI can
speak. A business refusal keeps the center's reason.

Replies are read as the spec types them (envelope.infcode_of) and classified:
a transient business error (系统繁忙) is BUSY and retried, a reply that
carries no valid inf_refmsgid or one that already answered another message
is BROKEN, never taken as this message's answer.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections import OrderedDict
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
    OK = "ok"  # applied; ``output`` holds the reply
    REFUSED = "refused"  # the center said no; retrying will not help
    BUSY = "busy"  # 429/5xx or a transient business error (系统繁忙): not applied, try later
    LOST = "lost"  # timeout or connection dropped: it may or may not have been applied
    BROKEN = "broken"  # an answer we cannot use (not an envelope, or answering another message)


@dataclass
class Delivery:
    outcome: Outcome
    output: dict[str, Any] = field(default_factory=dict)
    reason: str = ""
    message: str = ""
    retry_after_s: float | None = None
    refmsgid: str = ""


# A refusal that says "not now" rather than "no": the platform's own words for a busy or timed-out
# back end, and this simulator's machine reasons for the same. Retried with backoff, never dead-lettered.
TRANSIENT_REASONS = frozenset({"busy", "center_error", "sign_no_invalid"})
TRANSIENT_WORDS = ("系统繁忙", "请稍后", "稍后再试", "超时", "服务繁忙", "网络异常", "连接失败")


VOUCHER_BUSINESS_TYPE = "01101"  # 用码业务类型 (code_biz_type): identity check at a window


def is_transient(reason: str, err_msg: str) -> bool:
    return reason in TRANSIENT_REASONS or any(word in err_msg for word in TRANSIENT_WORDS)


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def _local_address(base_url: str) -> tuple[str, str]:
    """(mac, ip) for 9001: the MAC of this machine and the address it reaches the center from."""
    import socket
    import uuid

    node = uuid.getnode()
    mac = "-".join(f"{(node >> shift) & 0xFF:02X}" for shift in range(40, -1, -8))
    url = httpx.URL(base_url)
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect((url.host or "127.0.0.1", url.port or 80))
            ip = probe.getsockname()[0]
    except OSError:
        ip = "127.0.0.1"
    return mac, ip


class CenterClient:
    # how many reply ids to remember: a reply whose inf_refmsgid already answered another msgid is not ours
    REMEMBERED_REPLIES = 10_000

    def __init__(
        self, config: Config, base_url: str, transport: httpx.BaseTransport | None = None, signer: Signer | None = None
    ):
        self._config = config
        self._base_url = base_url
        self._http = httpx.Client(
            base_url=base_url,
            timeout=httpx.Timeout(config.center_timeout_s, connect=config.center_connect_timeout_s),
            transport=transport,
        )
        self._signer = signer or make_signer(config)
        self._sign_no = ""
        self._sign_lock = threading.Lock()
        self._msgids = None
        self._answered: OrderedDict[str, str] = OrderedDict()
        self._answered_lock = threading.Lock()
        self._psn_nos: dict[str, str] = {}

    def close(self) -> None:
        self._http.close()

    def __del__(self) -> None:
        # connections are kept open between messages: a client dropped without close() still
        # hangs them up, instead of leaving the sockets to the garbage collector
        http = getattr(self, "_http", None)
        if http is not None:
            http.close()

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
            infno,
            payload,
            msgid=msgid,
            dev_no=self._config.terminal_id,
            admdvs=self._config.admdvs,
            fixmedins_code=self._config.fixmedins_code,
            fixmedins_name=self._config.fixmedins_name,
            insuplc_admdvs=insuplc_admdvs,
            sign_no=self._sign_no,
        )
        headers = self._signer.sign(body)
        try:
            reply = self._http.post("/api", json=body, headers=headers)
        except httpx.TransportError as exc:  # timeouts included
            return Delivery(Outcome.LOST, message=f"{infno}: {type(exc).__name__}: {exc}")
        if reply.status_code in (429, 502, 503, 504):
            return Delivery(
                Outcome.BUSY,
                message=f"HTTP {reply.status_code}",
                retry_after_s=_retry_after(reply.headers.get("Retry-After")),
            )
        try:
            data = reply.json()
        except ValueError:
            data = None
        code = envelope.infcode_of(data) if isinstance(data, dict) else None
        output = data.get("output") if isinstance(data, dict) else None
        output = {} if output is None else output
        if code not in (0, -1) or not isinstance(output, dict):  # garbage, or the wrong shape: never trusted
            return Delivery(Outcome.BROKEN, message=f"{infno}: HTTP {reply.status_code}, not a center reply")
        refmsgid = str(data.get("inf_refmsgid", ""))
        if code == 0 and (reply.status_code != 200 or not envelope.REFMSGID_RE.match(refmsgid)):
            return Delivery(Outcome.BROKEN, message=f"{infno}: a success without a valid inf_refmsgid")
        if refmsgid and not self._answers(refmsgid, msgid):
            log.warning("%s: the reply %s answers another message, not %s", infno, refmsgid, msgid)
            return Delivery(Outcome.BROKEN, message=f"{infno}: the reply answers another message")
        if code != 0:
            reason, message = str(output.get("reason", "")), str(data.get("err_msg", ""))[:500]
            if reason == "sign_no_invalid":
                self._sign_no = ""  # the day's sign-in expired: the next send signs in again
            if is_transient(reason, message):
                return Delivery(Outcome.BUSY, output=output, reason=reason, message=message, refmsgid=refmsgid)
            return Delivery(Outcome.REFUSED, output=output, reason=reason, message=message, refmsgid=refmsgid)
        return Delivery(Outcome.OK, output=output, refmsgid=refmsgid)

    def _answers(self, refmsgid: str, msgid: str) -> bool:
        """The same reply id may come back for a repeat of one message, never for two messages."""
        with self._answered_lock:
            known = self._answered.get(refmsgid)
            if known is not None:
                return known == msgid
            self._answered[refmsgid] = msgid
            while len(self._answered) > self.REMEMBERED_REPLIES:
                self._answered.popitem(last=False)
            return True

    def call(
        self, infno: str, payload: dict[str, Any], *, msgid: str | None = None, insuplc_admdvs: str = ""
    ) -> dict[str, Any]:
        """Send one transaction now; returns its ``output`` or raises PlainError/CenterRefused."""
        msgid = msgid or self.new_msgid()
        result = self.send(infno, payload, msgid=msgid, insuplc_admdvs=insuplc_admdvs)
        if result.reason == "sign_no_invalid":  # signed in again on the way: one more try
            result = self.send(infno, payload, msgid=msgid, insuplc_admdvs=insuplc_admdvs)
        if result.outcome is Outcome.OK:
            return result.output
        if result.outcome is Outcome.REFUSED:
            raise CenterRefused(result.reason, result.message)
        if result.outcome is Outcome.BUSY:
            raise PlainError("center_busy", f"{infno}: {result.message}")
        if result.outcome is Outcome.LOST:
            raise PlainError("center_offline", result.message)
        raise PlainError("bug", result.message)

    def voucher_decode_input(self, qr_text: str) -> dict[str, str]:
        """1162's input as public clients fill it (openhis Models/Input/Input_1162.cs); a kiosk is SelfService."""
        cfg = self._config
        _, ip = _local_address(self._base_url)
        return {
            "orgId": cfg.fixmedins_code,
            "businessType": VOUCHER_BUSINESS_TYPE,
            "operatorId": cfg.terminal_id[:20],
            "operatorName": "自助终端",
            "officeId": cfg.admdvs,
            "officeName": "医保服务大厅",
            "deviceType": "SelfService",
            "ecQrCode": qr_text,
            "termId": cfg.terminal_id,
            "termIp": ip,
        }

    def psn_no_for(self, certno: str) -> Delivery:
        """人员编号 for an ID number (1101 with 02): the national filing transactions take psn_no."""
        if certno in self._psn_nos:
            return Delivery(Outcome.OK, output={"psn_no": self._psn_nos[certno]})
        found = self.send(
            "1101",
            {"data": {"mdtrt_cert_type": "02", "mdtrt_cert_no": certno, "psn_cert_type": "01", "certno": certno}},
            msgid=self.new_msgid(),
        )
        if found.outcome is Outcome.OK:
            self._psn_nos[certno] = found.output["baseinfo"]["psn_no"]
            return Delivery(Outcome.OK, output={"psn_no": self._psn_nos[certno]})
        return found

    def _sign_in(self) -> Delivery:
        with self._sign_lock:
            if self._sign_no:
                return Delivery(Outcome.OK)
            mac, ip = _local_address(self._base_url)
            # 9001 input as openhis Models/Input/Input_9001.cs and binzhe12123/Medical QD9001.cs
            result = self.send(
                "9001",
                {"signIn": {"opter_no": self._config.terminal_id[:20], "mac": mac, "ip": ip}},
                msgid=self.new_msgid(),
            )
            if result.outcome is Outcome.OK:
                self._sign_no = result.output["signinoutb"]["sign_no"]
            return result
