"""备案 requests: what a filing must contain, checked before it is queued.

One entry point for the UI wizards and ``kiosk filing create``: ``parse``
turns plain data into a FilingRequest or raises FilingError with a
catalogue key; ``center_message`` builds the center transaction for it.
Local numbers (minimum validity of a temporary filing) come from ``Rules``,
which the 参保地's reference data can override.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from kiosk.core import idnumber
from kiosk.core.errors import QT_TRANSLATE_NOOP

KINDS = ("yidi-long", "yidi-temp", "chronic")
# names are shown translated ("filing" context)
# 医保发〔2022〕22号: long-term residents and temporary visitors, three kinds each
LONG_TERM_TYPES = {
    "1": QT_TRANSLATE_NOOP("filing", "异地安置退休人员"),
    "2": QT_TRANSLATE_NOOP("filing", "异地长期居住人员"),
    "3": QT_TRANSLATE_NOOP("filing", "常驻异地工作人员"),
}
TEMPORARY_TYPES = {
    "4": QT_TRANSLATE_NOOP("filing", "异地转诊就医人员"),
    "5": QT_TRANSLATE_NOOP("filing", "异地急诊抢救人员"),
    "6": QT_TRANSLATE_NOOP("filing", "其他临时外出就医人员"),
}
# the five outpatient chronic diseases settled across provinces (004_*.txt)
CROSS_PROVINCE_DISEASES = {
    "M03900": QT_TRANSLATE_NOOP("filing", "高血压"),
    "E10000": QT_TRANSLATE_NOOP("filing", "糖尿病"),
    "M00500": QT_TRANSLATE_NOOP("filing", "恶性肿瘤门诊放化疗"),
    "M07800": QT_TRANSLATE_NOOP("filing", "尿毒症透析"),
    "M08300": QT_TRANSLATE_NOOP("filing", "器官移植术后抗排异治疗"),
}
FILED_BY = ("self", "family", "staff")


@dataclass(frozen=True)
class Rules:
    """The 参保地's local numbers; defaults until the reference data (filing_rules) says otherwise."""

    temporary_min_months: int = 6
    change_lock_months: int = 6            # long-term filings: no change or cancel before this (at most 6)
    undo_minutes: int = 10                 # anything just submitted may be taken back
    proxy_free_age: int = 75               # 亲友代办 without extra proof from this age (粤医保函〔2021〕25号)
    rate_drop_points: tuple[tuple[str, int], ...] = (("4", 10), ("5", 10), ("6", 20))

    @classmethod
    def from_reference(cls, payload: dict | None) -> "Rules":
        if not payload:
            return cls()
        drops = payload.get("temporary_rate_drop_points") or {}
        by_type = {"4": drops.get("referral", 10), "5": drops.get("emergency", 10), "6": drops.get("other", 20)}
        return cls(temporary_min_months=int(payload.get("temporary_min_months", 6)),
                   change_lock_months=min(6, int(payload.get("change_lock_months", 6))),
                   rate_drop_points=tuple(by_type.items()))

    def rate_drop(self, dcla_type: str) -> int:
        return dict(self.rate_drop_points).get(dcla_type, 0)


class FilingError(ValueError):
    def __init__(self, key: str, field_name: str = ""):
        super().__init__(f"{key}: {field_name}" if field_name else key)
        self.key = key
        self.field = field_name


@dataclass(frozen=True)
class Agent:
    """Who files for the person (代办): a family member or a staff member."""

    name: str
    certno: str = ""
    relation: str = ""
    staff_no: str = ""


@dataclass(frozen=True)
class FilingRequest:
    kind: str
    certno: str
    begndate: dt.date
    enddate: dt.date | None = None
    dcla_type: str = ""
    mdtrt_admdvs: str = ""
    tel: str = ""
    promise: bool = False
    after_visit: bool = False
    disease_code: str = ""
    disease_name: str = ""
    hospital: str = ""
    filed_by: str = "self"
    agent: Agent | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["begndate"] = self.begndate.isoformat()
        data["enddate"] = self.enddate.isoformat() if self.enddate else None
        return data


def _date(raw, name: str) -> dt.date | None:
    if raw in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(raw))
    except ValueError:
        raise FilingError("filing_bad_date", name) from None


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError("unreachable")


def parse(data: dict[str, Any], rules: Rules = Rules()) -> FilingRequest:
    kind = str(data.get("kind", ""))
    if kind not in KINDS:
        raise FilingError("filing_bad_kind", "kind")
    try:
        certno = idnumber.validate(str(data.get("certno", "")))
    except idnumber.IdNumberError as err:
        raise FilingError(err.reason, "certno") from None
    begin = _date(data.get("begndate"), "begndate")
    if begin is None:
        raise FilingError("filing_missing", "begndate")
    end = _date(data.get("enddate"), "enddate")
    if end is not None and end < begin:
        raise FilingError("filing_end_before_begin", "enddate")
    filed_by = str(data.get("filed_by", "self"))
    if filed_by not in FILED_BY:
        raise FilingError("filing_bad_kind", "filed_by")
    agent = None
    if filed_by != "self":
        raw_agent = data.get("agent") or {}
        if not raw_agent.get("name") or (filed_by == "staff" and not raw_agent.get("staff_no")):
            raise FilingError("filing_missing", "agent")
        agent = Agent(**{k: str(v) for k, v in raw_agent.items() if k in ("name", "certno", "relation", "staff_no")})
    common = dict(kind=kind, certno=certno, begndate=begin, enddate=end, filed_by=filed_by, agent=agent,
                  tel=str(data.get("tel", "")))
    if kind == "chronic":
        code = str(data.get("disease_code", ""))
        name = str(data.get("disease_name", "")) or CROSS_PROVINCE_DISEASES.get(code, "")
        if not code or not name:
            raise FilingError("filing_missing", "disease_code")
        return FilingRequest(**common, disease_code=code, disease_name=name, hospital=str(data.get("hospital", "")))
    dcla_type = str(data.get("dcla_type", ""))
    allowed = LONG_TERM_TYPES if kind == "yidi-long" else TEMPORARY_TYPES
    if dcla_type not in allowed:
        raise FilingError("filing_bad_type", "dcla_type")
    place = str(data.get("mdtrt_admdvs", ""))
    if len(place) != 6 or not place.isdigit():
        raise FilingError("filing_bad_place", "mdtrt_admdvs")
    if kind == "yidi-temp":
        minimum_end = add_months(begin, rules.temporary_min_months)
        end = end or minimum_end
        if end < minimum_end:
            raise FilingError("filing_too_short", "enddate")
    return FilingRequest(**common | {"enddate": end}, dcla_type=dcla_type, mdtrt_admdvs=place,
                         promise=bool(data.get("promise", False)), after_visit=bool(data.get("after_visit", False)))


def center_message(request: FilingRequest, kiosk_ref: str) -> tuple[str, dict[str, Any]]:
    """(infno, input) for the center. ``kiosk_ref`` (the msgid) lets a later query find it;
    the outbox fills it in when empty."""
    data: dict[str, Any] = {
        "certno": request.certno, "begndate": request.begndate.isoformat(),
        "enddate": request.enddate.isoformat() if request.enddate else None, "kiosk_ref": kiosk_ref,
        "filed_by": request.filed_by,
    }
    if request.agent is not None:
        data.update(agnter_name=request.agent.name, agnter_certno=request.agent.certno, agnter_rlts=request.agent.relation,
                    agnter_staff_no=request.agent.staff_no)
    if request.kind == "chronic":
        data.update(opsp_dise_code=request.disease_code, opsp_dise_name=request.disease_name, fixmedins_name=request.hospital,
                    tel=request.tel)  # the outcome's SMS goes to the phone given here (LX01)
        return "2503", {"data": data}
    data.update(dcla_type=request.dcla_type, mdtrt_admdvs=request.mdtrt_admdvs, tel=request.tel,
                promise_flag="1" if request.promise else "0", after_visit_flag="1" if request.after_visit else "0")
    return "YD01", {"data": data}


QUERY_FOR = {"2503": "5301", "YD01": "YD03"}  # how to ask the center whether a filing arrived
