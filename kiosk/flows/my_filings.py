"""我的备案: what the center holds for a person, plus what this kiosk still has to upload
or what the center refused (with its reason), each with the receipt's reference.

For 门诊慢特病 the national query (5301) returns only opsp_dise_code,
opsp_dise_name, begndate and enddate of what is in effect (openhis
Models/Output/Output_5301.cs); the serial number a cancellation needs and the
progress of an application (with its time limit) come from the applications
query MT02, a local extension. A 5301 row no application explains (registered
at a hospital before this kiosk) is shown, and is cancelled at a window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.core.errors import QT_TRANSLATE_NOOP
from kiosk.core.filing import LONG_TERM_TYPES, TEMPORARY_TYPES
from kiosk.core.reference_defaults import HOSPITALS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.sync.client import CenterClient


@dataclass(frozen=True)
class FiledItem:
    kind: str  # yidi-long | yidi-temp | chronic
    what: str  # 备案类型 or 病种, in plain words
    place: str  # 就医地 code, or the hospital
    begndate: dt.date | None  # the center may list one without a date
    enddate: dt.date | None
    status: str  # active | revoked | queued | refused | appraising | reviewing | rejected
    sn: str  # the center's serial number ('' while queued here, or when a window must cancel it)
    code: str = ""  # dcla_type or the disease code, to start a change from
    ref: str = ""  # the receipt's reference (filings made at this kiosk)
    reason: str = ""  # why the center refused it (a catalogue key)
    filed_at: dt.datetime | None = None  # when it was made: the change lock counts from here
    deadline: dt.date | None = None  # 医保's review deadline for a 慢特病 registration
    green: bool = False  # 绿色通道: takes effect the day the hospital registers it


def _kind_of(dcla_type: str) -> str:
    return "yidi-long" if dcla_type in LONG_TERM_TYPES else "yidi-temp"


def _date(raw) -> dt.date | None:
    return dt.date.fromisoformat(raw) if raw else None


def local_filings(db: "Session", person: str) -> list[FiledItem]:
    """Filings made at this kiosk: still queued, refused, or delivered (shown as delivered while the
    center cannot be asked; when it answers, its own row says what it decided)."""
    from sqlalchemy import select  # here, not at import: the screen that uses this is built at start-up

    from kiosk.store.models import Filing, OutboxMessage

    rows = db.execute(
        select(Filing, OutboxMessage.msgid)
        .join(OutboxMessage, OutboxMessage.filing_id == Filing.id)
        .where(Filing.person_key == person, Filing.status.in_(("queued", "refused", "accepted")))
        .order_by(Filing.id)
    ).all()
    items = []
    for filing, msgid in rows:
        payload = filing.payload
        place = payload.get("mdtrt_admdvs") or HOSPITALS.get(payload.get("hospital", ""), payload.get("hospital", ""))
        what = payload.get("disease_name") or {**LONG_TERM_TYPES, **TEMPORARY_TYPES}.get(
            payload.get("dcla_type", ""), ""
        )
        reason = (payload.get("refusal") or {}).get("reason", "")
        # a delivered one (accepted) is shown as delivered while the center cannot be asked
        items.append(
            FiledItem(
                filing.kind,
                what,
                place,
                _date(payload["begndate"]),
                _date(payload.get("enddate")),
                filing.status,
                filing.center_sn or "",
                code=payload.get("disease_code") or payload.get("dcla_type", ""),
                ref=receipt_reference(msgid),
                reason=f"refused_{reason}" if reason else "",
                filed_at=filing.created_at,
            )
        )
    return items


def receipt_reference(msgid: str) -> str:
    """What a receipt prints as 回执号: the end of the message id, unique per terminal."""
    return msgid[-8:]


def _person(certno: str) -> dict:
    return {"psn_cert_type": "01", "certno": certno}


def list_filings(client: "CenterClient", certno: str, local: list[FiledItem] | tuple[()] = ()) -> list[FiledItem]:
    """Blocking (a worker thread): the center's records (YD03; 5301 with MT02) and this kiosk's queued
    or refused ones."""
    from kiosk.core.errors import PlainError
    from kiosk.sync.client import Outcome

    items = list(local)
    for row in client.call("YD03", {"data": _person(certno)}).get("filings", []):
        dcla_type = str(row.get("dcla_type", ""))
        made = row.get("crte_time")
        items.append(
            FiledItem(
                _kind_of(dcla_type),
                {**LONG_TERM_TYPES, **TEMPORARY_TYPES}.get(dcla_type, ""),
                str(row.get("mdtrt_admdvs", "")),
                _date(row["begndate"]),
                _date(row.get("enddate")),
                row["status"],
                row["trt_dcla_detl_sn"],
                code=dcla_type,
                filed_at=dt.datetime.fromisoformat(made) if made else None,
            )
        )
    applications = client.call("MT02", {"data": _person(certno)}).get("applications", [])
    found = client.psn_no_for(certno)
    if found.outcome is not Outcome.OK:
        raise PlainError("center_offline", found.message)
    in_effect = client.call("5301", {"data": {"psn_no": found.output["psn_no"]}}).get("feedetail", [])
    approved = {a["opsp_dise_code"]: a for a in applications if a["status"] == "approved"}
    for row in in_effect:  # only the spec's four fields are read from 5301
        application = approved.get(row["opsp_dise_code"], {})
        items.append(
            FiledItem(
                "chronic",
                row.get("opsp_dise_name", ""),
                application.get("ide_fixmedins_name", ""),
                _date(row["begndate"]),
                _date(row.get("enddate")),
                "active",
                application.get("trt_dcla_detl_sn") or "",
                code=row["opsp_dise_code"],
                green=bool(application.get("green_channel")),
            )
        )
    for application in applications:
        if application["status"] in ("appraising", "reviewing", "rejected"):
            items.append(
                FiledItem(
                    "chronic",
                    application["opsp_dise_name"],
                    application["ide_fixmedins_name"],
                    _date(application["applied_on"]),
                    None,
                    application["status"],
                    application["appy_sn"],
                    code=application["opsp_dise_code"],
                    deadline=_date(application.get("review_deadline")),
                    green=bool(application.get("green_channel")),
                )
            )
    return sorted(_once(items), key=lambda item: (ORDER.get(item.status, 9), item.begndate))


def _once(items: list[FiledItem]) -> list[FiledItem]:
    """A delivered filing the center lists is shown once, as the center has it (what it decided)."""
    held = [item for item in items if item.status != "accepted" and item.sn]
    sns = {item.sn for item in held}
    same = {(item.kind, item.code, item.begndate) for item in held}
    return [
        item
        for item in items
        if item.status != "accepted" or not (item.sn in sns or (item.kind, item.code, item.begndate) in same)
    ]


ORDER = {
    "active": 0,
    "reviewing": 1,
    "appraising": 2,
    "accepted": 3,
    "queued": 3,
    "refused": 4,
    "rejected": 5,
    "revoked": 6,
}

# what happens next, in plain words, for a 慢特病 application (004_*.txt): the kiosk cannot appraise
PROGRESS = {
    "appraising": QT_TRANSLATE_NOOP("my_filings", "请带上病历到{hospital}做鉴定，医院会在网上登记。"),
    "appraising_green": QT_TRANSLATE_NOOP(
        "my_filings", "请带上病历到{hospital}做鉴定。这个病走绿色通道，医院登记当天就能享受待遇。"
    ),
    "reviewing": QT_TRANSLATE_NOOP("my_filings", "医院已经登记，医保正在审核，{deadline}前审核完。"),
    "rejected": QT_TRANSLATE_NOOP("my_filings", "医保审核没有通过。请到窗口问工作人员。"),
}


def progress(item: FiledItem) -> tuple[str, dict[str, str]]:
    """(sentence with placeholders, values) for a 慢特病 application's next step; ('', {}) for others."""
    if item.kind != "chronic" or item.status not in ("appraising", "reviewing", "rejected"):
        return "", {}
    key = "appraising_green" if item.status == "appraising" and item.green else item.status
    return PROGRESS[key], {"hospital": item.place, "deadline": f"{item.deadline:%Y-%m-%d}" if item.deadline else ""}


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
