"""我的备案: what the center holds for a person, plus what this kiosk still has to upload
or what the center refused (with its reason), each with the receipt's reference."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.core.filing import LONG_TERM_TYPES, TEMPORARY_TYPES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.sync.client import CenterClient


@dataclass(frozen=True)
class FiledItem:
    kind: str            # yidi-long | yidi-temp | chronic
    what: str            # 备案类型 or 病种, in plain words
    place: str           # 就医地 code, or the hospital
    begndate: dt.date
    enddate: dt.date | None
    status: str          # active | revoked | queued | refused
    sn: str              # the center's serial number ('' while queued here)
    code: str = ""       # dcla_type or the disease code, to start a change from
    ref: str = ""        # the receipt's reference (filings made at this kiosk)
    reason: str = ""     # why the center refused it (a catalogue key)


def _kind_of(dcla_type: str) -> str:
    return "yidi-long" if dcla_type in LONG_TERM_TYPES else "yidi-temp"


def _date(raw) -> dt.date | None:
    return dt.date.fromisoformat(raw) if raw else None


def local_filings(db: "Session", person: str) -> list[FiledItem]:
    """Filings made at this kiosk: still queued, refused, or delivered (shown as delivered while the
    center cannot be asked; when it answers, its own row says what it decided)."""
    from sqlalchemy import select  # here, not at import: the screen that uses this is built at start-up

    from kiosk.store.models import Filing, OutboxMessage

    rows = db.execute(select(Filing, OutboxMessage.msgid).join(OutboxMessage, OutboxMessage.filing_id == Filing.id)
                      .where(Filing.person_key == person, Filing.status.in_(("queued", "refused", "accepted")))
                      .order_by(Filing.id)).all()
    items = []
    for filing, msgid in rows:
        payload = filing.payload
        what = payload.get("disease_name") or {**LONG_TERM_TYPES, **TEMPORARY_TYPES}.get(payload.get("dcla_type", ""), "")
        reason = (payload.get("refusal") or {}).get("reason", "")
        items.append(FiledItem(filing.kind, what, payload.get("mdtrt_admdvs") or payload.get("hospital", ""),
                               _date(payload["begndate"]), _date(payload.get("enddate")), filing.status,
                               filing.center_sn or "",
                               code=payload.get("disease_code") or payload.get("dcla_type", ""), ref=receipt_reference(msgid), reason=f"refused_{reason}" if reason else ""))
    return items


def receipt_reference(msgid: str) -> str:
    """What a receipt prints as 回执号: the end of the message id, unique per terminal."""
    return msgid[-8:]


def list_filings(client: "CenterClient", certno: str, local: list[FiledItem] = ()) -> list[FiledItem]:
    """Blocking (a worker thread): the center's records (YD03, 5301) and this kiosk's queued or refused ones."""
    held = []
    for row in client.call("YD03", {"data": {"certno": certno}}).get("filings", []):
        dcla_type = str(row.get("dcla_type", ""))
        held.append(FiledItem(_kind_of(dcla_type), {**LONG_TERM_TYPES, **TEMPORARY_TYPES}.get(dcla_type, ""),
                               str(row.get("mdtrt_admdvs", "")), _date(row["begndate"]), _date(row.get("enddate")),
                               row["status"], row["trt_dcla_detl_sn"], code=dcla_type))
    for row in client.call("5301", {"data": {"certno": certno}}).get("feedetail", []):
        held.append(FiledItem("chronic", row.get("opsp_dise_name", ""), row.get("fixmedins_name", ""), _date(row["begndate"]),
                               _date(row.get("enddate")), row["status"], row["trt_dcla_detl_sn"],
                               code=row.get("opsp_dise_code", "")))
    # a delivered filing the center lists is shown once, as the center has it (decided)
    sns = {item.sn for item in held}
    items = [item for item in local if not (item.status == "accepted" and item.sn in sns)] + held
    return sorted(items, key=lambda item: (ORDER.get(item.status, 9), item.begndate))


ORDER = {"active": 0, "queued": 1, "accepted": 1, "refused": 2, "revoked": 3}  # what still matters first


def filings_for(client: "CenterClient", sessions, person: str, certno: str) -> tuple[list[FiledItem], bool]:
    """(the list, whether the center answered): with the center down the person still sees
    what this kiosk holds for them."""
    from kiosk.core.errors import PlainError

    with sessions() as db:
        local = local_filings(db, person)
    try:
        return list_filings(client, certno, local), True
    except PlainError:
        return local, False
