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
_seq = itertools.count(secrets.randbelow(10000))

# msgid = fixmedins_code (12) + yyyyMMddHHmmss + 4-digit sequence (DOMAIN.md). Every terminal of a hall
# shares the fixmedins_code, so the sequence carries the terminal: its two-digit number in the hall
# (the last two digits of terminal_id, checked by the config) and then 00-99, taken in turn by all
# processes of that terminal from kiosk.sync.msgids (a locked counter that never repeats a second's
# number, across restarts too): 00-49 outbox messages, 50-99 direct calls. Up to 100 terminals per
# hall, 50 queued messages and 50 direct calls per terminal per second.
SEQ_PER_TERMINAL = 100


def terminal_number(terminal_id: str) -> int:
    """The terminal's number in its hall: the last two digits of its id (Config.terminal_id)."""
    tail = terminal_id[-2:]
    if len(tail) != 2 or not tail.isdigit():
        raise ValueError(f"terminal_id {terminal_id!r} must end in two digits, its number in the hall")
    return int(tail)


def make_msgid(sender: str, now: dt.datetime | None = None, seq: int | None = None) -> str:
    """sender (the fixmedins_code, 12) + yyyyMMddHHmmss + 4-digit sequence = 30 chars. Without ``seq``
    a process-wide counter: only for callers that are not a terminal (the simulated center, tests);
    a terminal's messages take their sequence from kiosk.sync.msgids."""
    now = now or dt.datetime.now()
    if seq is None:
        with _seq_lock:
            seq = next(_seq)
    return f"{sender}{now:%Y%m%d%H%M%S}{seq % 10000:04d}"


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
