"""The national platform's JSON envelope, shared by the sync client and the
simulated center (see DOMAIN.md). Pure functions, no I/O."""

from __future__ import annotations

import datetime as dt
import itertools
import secrets
import threading
from typing import Any

INFVER = "V1.0"
OPTER_TYPE_SELF_SERVICE = "2"

_seq_lock = threading.Lock()
_seq = itertools.count(1)

# The center deduplicates on msgid and answers a repeat with the first reply, so two
# different messages must never share one. The 12-character sender code is the
# terminal (9) plus a 3-digit lane: lane 000 is the outbox, whose sequence is the
# row id (unique across processes); every other process draws its own lane at random
# for its direct calls (queries, sign-in), so processes do not collide.
OUTBOX_LANE = 0
PROCESS_LANE = secrets.randbelow(899) + 100


def make_msgid(terminal: str, now: dt.datetime | None = None, seq: int | None = None, lane: int | None = None) -> str:
    """terminal (9) + lane (3) + yyyyMMddHHmmss + 4-digit sequence = 30 chars."""
    now = now or dt.datetime.now()
    if seq is None:
        with _seq_lock:
            seq = next(_seq)
    lane = PROCESS_LANE if lane is None else lane
    return f"{terminal[:9]:0>9}{lane:03d}{now:%Y%m%d%H%M%S}{seq % 10000:04d}"


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
        "recer_sys_code": "KIOSK",
        "dev_no": dev_no,
        "dev_safe_info": "",
        "cainfo": "",
        "signtype": "",
        "infver": INFVER,
        "opter_type": opter_type,
        "opter": opter or dev_no,
        "opter_name": opter_name or "自助终端",
        "inf_time": f"{now:%Y-%m-%d %H:%M:%S}",
        "fixmedins_code": fixmedins_code,
        "fixmedins_name": fixmedins_name,
        "sign_no": sign_no,
        "input": payload,
    }


def response(msgid: str, output: dict[str, Any] | None, *, err_msg: str = "", now: dt.datetime | None = None) -> dict[str, Any]:
    now = now or dt.datetime.now()
    return {
        "infcode": 0 if not err_msg else -1,
        "inf_refmsgid": msgid,
        "refmsg_time": f"{now:%Y%m%d%H%M%S}{now.microsecond // 1000:03d}",
        "respond_time": f"{now:%Y%m%d%H%M%S}{now.microsecond // 1000:03d}",
        "err_msg": err_msg,
        "output": output or {},
    }


REQUIRED_FIELDS = ("infno", "msgid", "inf_time", "input")


def missing_fields(envelope: dict[str, Any]) -> list[str]:
    return [name for name in REQUIRED_FIELDS if name not in envelope]
