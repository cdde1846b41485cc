"""我的备案: what the center holds for a person, plus what this kiosk still has to upload."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.core.filing import LONG_TERM_TYPES, TEMPORARY_TYPES

if TYPE_CHECKING:
    from kiosk.sync.client import CenterClient


@dataclass(frozen=True)
class FiledItem:
    kind: str            # yidi-long | yidi-temp | chronic
    what: str            # 备案类型 or 病种, in plain words
    place: str           # 就医地 code, or the hospital
    begndate: dt.date
    enddate: dt.date | None
    status: str          # active | revoked | queued
    sn: str              # the center's serial number ('' while queued here)


def _kind_of(dcla_type: str) -> str:
    return "yidi-long" if dcla_type in LONG_TERM_TYPES else "yidi-temp"


def _date(raw) -> dt.date | None:
    return dt.date.fromisoformat(raw) if raw else None


def list_filings(client: "CenterClient", certno: str, queued: list[dict] | None = None) -> list[FiledItem]:
    """Blocking (a worker thread): the center's records (YD03, 5301) and the still-queued local ones."""
    items = []
    for row in client.call("YD03", {"data": {"certno": certno}}).get("filings", []):
        dcla_type = str(row.get("dcla_type", ""))
        items.append(FiledItem(_kind_of(dcla_type), {**LONG_TERM_TYPES, **TEMPORARY_TYPES}.get(dcla_type, ""),
                               str(row.get("mdtrt_admdvs", "")), _date(row["begndate"]), _date(row.get("enddate")),
                               row["status"], row["trt_dcla_detl_sn"]))
    for row in client.call("5301", {"data": {"certno": certno}}).get("feedetail", []):
        items.append(FiledItem("chronic", row.get("opsp_dise_name", ""), row.get("fixmedins_name", ""), _date(row["begndate"]),
                               _date(row.get("enddate")), row["status"], row["trt_dcla_detl_sn"]))
    for payload in queued or []:
        what = payload.get("disease_name") or {**LONG_TERM_TYPES, **TEMPORARY_TYPES}.get(payload.get("dcla_type", ""), "")
        items.append(FiledItem(payload["kind"], what, payload.get("mdtrt_admdvs") or payload.get("hospital", ""),
                               _date(payload["begndate"]), _date(payload.get("enddate")), "queued", ""))
    return sorted(items, key=lambda item: (item.status != "active", item.begndate), reverse=False)
