"""The national platform's JSON envelope, shared by the sync client and the
simulated center (see DOMAIN.md and docs/center-api.md). Pure functions, no I/O.

The field list, lengths and formats follow the public client code of
《医疗保障信息平台 定点医药机构接口规范》: binzhe12123/Medical
``SZSI_Smart/Model/SYB/SYBCommon.cs`` (InCommon / OutCommon) and
newtouch-cloud/openhis ``WinServiceAPI/YiBaoInterface/Models/Output/OutputReturn.cs``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import re
import secrets
import threading
from dataclasses import dataclass
from typing import Any

INFVER = "V1.0"
OPTER_TYPES = {"1": "经办人", "2": "自助终端", "3": "移动终端"}
OPTER_TYPE_SELF_SERVICE = "2"
RECER_SYS_CODE = "KIOSK"

_seq_lock = threading.Lock()
# Without a terminal (the simulated center's own messages, tests): direct calls draw from 5000-9999,
# starting at a random point per process; ``outbox=True`` uses 0000-4999 from the given number.
_seq = itertools.count(secrets.randbelow(5000))
OUTBOX_SEQ_SPAN = 5000

# A terminal's msgids (kiosk.sync.msgids): every terminal of a hall shares the fixmedins_code, so the
# 4-digit sequence carries the terminal: its two-digit number in the hall (the last two digits of
# terminal_id, checked by the config) and then 00-99, taken in turn by all processes of that terminal
# from a locked counter that never repeats a second's number, across restarts too: 00-49 outbox
# messages, 50-99 direct calls. Up to 100 terminals per hall, 50 queued messages and 50 direct calls
# per terminal per second (docs/center-api.md, "msgid").
SEQ_PER_TERMINAL = 100


def terminal_number(terminal_id: str) -> int:
    """The terminal's number in its hall: the last two digits of its id (Config.terminal_id)."""
    tail = terminal_id[-2:]
    if len(tail) != 2 or not tail.isdigit():
        raise ValueError(f"terminal_id {terminal_id!r} must end in two digits, its number in the hall")
    return int(tail)


MSGID_RE = re.compile(r"^(?P<sender>[0-9A-Za-z]{12})(?P<time>\d{14})(?P<seq>\d{4})$")
INF_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def make_msgid(
    fixmedins_code: str,
    now: dt.datetime | None = None,
    seq: int | None = None,
    *,
    outbox: bool = False,
    terminal_seq: int | None = None,
) -> str:
    """定点医药机构编号(12) + yyyyMMddHHmmss + 4-digit sequence = 30 chars (SYBCommon.cs, msgid).
    ``terminal_seq``: the sequence exactly as a terminal's MsgidSource drew it."""
    if len(fixmedins_code) != 12 or not fixmedins_code.isalnum():
        raise ValueError("fixmedins_code must be 12 letters or digits")
    now = now or dt.datetime.now()
    if terminal_seq is not None:
        number = terminal_seq % 10000
    elif outbox:
        number = (seq or 0) % OUTBOX_SEQ_SPAN
    else:
        with _seq_lock:
            number = OUTBOX_SEQ_SPAN + (seq if seq is not None else next(_seq)) % OUTBOX_SEQ_SPAN
    return f"{fixmedins_code}{now:%Y%m%d%H%M%S}{number:04d}"


def request(
    infno: str,
    payload: dict[str, Any],
    *,
    msgid: str,
    dev_no: str,
    admdvs: str,
    fixmedins_code: str,
    fixmedins_name: str,
    insuplc_admdvs: str = "",
    sign_no: str = "",
    opter: str = "",
    opter_name: str = "",
    opter_type: str = OPTER_TYPE_SELF_SERVICE,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    now = now or dt.datetime.now()
    return {
        "infno": infno,
        "msgid": msgid,
        "mdtrtarea_admvs": admdvs,
        "insuplc_admdvs": insuplc_admdvs,
        "recer_sys_code": RECER_SYS_CODE,
        "dev_no": dev_no,
        "dev_safe_info": "",
        "cainfo": "",
        "signtype": "",
        "infver": INFVER,
        "opter_type": opter_type,
        "opter": opter or dev_no,
        "opter_name": opter_name or "自助终端",
        "inf_time": f"{now:{INF_TIME_FORMAT}}",
        "fixmedins_code": fixmedins_code,
        "fixmedins_name": fixmedins_name,
        "sign_no": sign_no,
        "input": payload,
    }


def body_digest(envelope: dict[str, Any]) -> str:
    """What makes two messages under one msgid "the same": the transaction and its input.
    Envelope bookkeeping (inf_time, sign_no, signature) legitimately changes on a resend."""
    core = {"infno": envelope.get("infno"), "input": envelope.get("input")}
    return hashlib.sha256(
        json.dumps(core, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()


def _stamp(now: dt.datetime) -> str:
    return f"{now:%Y%m%d%H%M%S}{now.microsecond // 1000:03d}"


def response(
    refmsgid: str,
    output: dict[str, Any] | None,
    *,
    err_msg: str = "",
    received: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """``refmsgid`` is the receiver's own message id (see ``make_refmsgid``), never the request's."""
    now = now or dt.datetime.now()
    return {
        "infcode": 0 if not err_msg else -1,
        "inf_refmsgid": refmsgid,
        "refmsg_time": _stamp(received or now),
        "respond_time": _stamp(now),
        "err_msg": err_msg,
        "output": output or {},
    }


REFMSGID_RE = re.compile(r"^\d{6}\d{14}\d{10}$")


def make_refmsgid(admdvs: str, now: dt.datetime, serial: int) -> str:
    """接收方医保区划代码(6) + yyyyMMddHHmmss + 流水号(10) (SYBCommon.cs, inf_refmsgid)."""
    return f"{admdvs}{now:%Y%m%d%H%M%S}{serial % 10**10:010d}"


@dataclass(frozen=True)
class Field:
    """One envelope or input field as the spec lists it: name, label, max length, required."""

    name: str
    label: str
    max_len: int | None = None
    required: bool = True


# SYBCommon.cs InCommon: the required marks (Y) and the lengths
ENVELOPE_FIELDS = (
    Field("infno", "交易编号", 4),
    Field("msgid", "发送方报文ID", 30),
    Field("mdtrtarea_admvs", "就医地医保区划", 6),
    Field("insuplc_admdvs", "参保地医保区划", 6, required=False),
    Field("recer_sys_code", "接收方系统代码", 10),
    Field("dev_no", "设备编号", 100, required=False),
    Field("dev_safe_info", "设备安全信息", 2000, required=False),
    Field("cainfo", "数字签名信息", 1024, required=False),
    Field("signtype", "签名类型", 10, required=False),
    Field("infver", "接口版本号", 6),
    Field("opter_type", "经办人类别", 3),
    Field("opter", "经办人", 30),
    Field("opter_name", "经办人姓名", 50),
    Field("inf_time", "交易时间", 19),
    Field("fixmedins_code", "定点医药机构编号", 12),
    Field("fixmedins_name", "定点医药机构名称", 20),
    Field("sign_no", "交易签到流水号", 30, required=False),  # required after sign-in: checked by the center
)
REQUIRED_FIELDS = tuple(f.name for f in ENVELOPE_FIELDS if f.required) + ("input",)


def missing_fields(envelope: dict[str, Any]) -> list[str]:
    return [name for name in REQUIRED_FIELDS if envelope.get(name) in (None, "")]


def infcode_of(reply: dict[str, Any]) -> int | None:
    """infcode is 数值型 (SYBCommon.cs OutCommon); some gateways send it as a numeric string
    (openhis OutputReturn.cs types it string). Anything else (a bool, a float, words) is no code."""
    value = reply.get("infcode")
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"-?\d{1,4}", value.strip()):
        return int(value.strip())
    return None
