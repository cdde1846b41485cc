"""备案 requests: what a filing must contain, checked before it is queued.

One entry point for the UI wizards and ``kiosk filing create``: ``parse``
turns plain data into a FilingRequest or raises FilingError with a
catalogue key; ``center_message`` builds the center transaction for it.
Local numbers (minimum validity of a temporary filing) come from ``Rules``,
which the 参保地's reference data can override.

Input is strict (``check_shape``): every field has its JSON types (a boolean is
true or false, never "false"), a length bound and, where it has one, a format;
unknown fields are refused; place and disease codes must be in the reference
data the kiosk holds (``Codes``); dates must fall in a window around today.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from kiosk.core import idnumber
from kiosk.core.errors import QT_TRANSLATE_NOOP
from kiosk.core.reference_defaults import CHRONIC_DISEASES, HOSPITALS

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
# the five outpatient chronic diseases settled across provinces (004_*.txt); national codes and
# where they were found: kiosk/core/reference_defaults.py
CROSS_PROVINCE_DISEASES = {d["code"]: d["name"] for d in CHRONIC_DISEASES["cross_province"]}
ALL_DISEASES = {d["code"]: d["name"] for group in CHRONIC_DISEASES.values() for d in group}
GREEN_CHANNEL = frozenset(d["code"] for group in CHRONIC_DISEASES.values() for d in group if d.get("green_channel"))
FILED_BY = ("self", "family", "staff")
DATE_WINDOW = dt.timedelta(days=366)
# 补办 (医保发〔2022〕22号): before discharge the visit still settles directly; after a self-paid
# settlement the person is reimbursed by hand. Sent to the center as supp_flag 0 / 1 / 2.
AFTER_VISIT_FLAGS = {"no": "0", "in_hospital": "1", "self_paid": "2"}


@dataclass(frozen=True)
class Rules:
    """The 参保地's local numbers; defaults until the reference data (filing_rules) says otherwise."""

    temporary_min_months: int = 6
    change_lock_months: int = 6  # long-term filings: no change or cancel before this (at most 6)
    undo_minutes: int = 10  # anything just submitted may be taken back
    proxy_free_age: int = 75  # 亲友代办 without extra proof from this age (粤医保函〔2021〕25号)
    review_working_days: int = 20  # 医保 reviews a hospital's 慢特病 registration within this (004_*.txt)
    rate_drop_points: tuple[tuple[str, int], ...] = (("4", 10), ("5", 10), ("6", 20))

    @classmethod
    def from_reference(cls, payload: dict | None) -> "Rules":
        if not payload:
            return cls()
        drops = payload.get("temporary_rate_drop_points") or {}
        by_type = {"4": drops.get("referral", 10), "5": drops.get("emergency", 10), "6": drops.get("other", 20)}
        return cls(
            temporary_min_months=max(6, int(payload.get("temporary_min_months", 6))),  # at least six months
            change_lock_months=min(6, int(payload.get("change_lock_months", 6))),
            undo_minutes=int(payload.get("undo_minutes", 10)),
            review_working_days=int(payload.get("review_working_days", 20)),
            rate_drop_points=tuple(by_type.items()),
        )

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
    after_visit: str = "no"  # no | in_hospital | self_paid (AFTER_VISIT_FLAGS)
    disease_code: str = ""
    disease_name: str = ""
    hospital: str = ""  # the appraising hospital's institution code (chronic)
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


# field -> (JSON types allowed, longest text); None is allowed where the field may be left out
SHAPE: dict[str, tuple[tuple[type, ...], int]] = {
    "kind": ((str,), 10),
    "certno": ((str,), 18),
    "begndate": ((str,), 10),
    "enddate": ((str, type(None)), 10),
    "tel": ((str,), 11),
    "dcla_type": ((str,), 1),
    "mdtrt_admdvs": ((str,), 6),
    "promise": ((bool,), 0),
    "after_visit": ((str, bool, type(None)), 12),
    "disease_code": ((str,), 20),
    "disease_name": ((str,), 40),
    "hospital": ((str,), 60),
    "filed_by": ((str,), 6),
    "agent": ((dict, type(None)), 0),
    "insuplc_admdvs": ((str,), 6),
    "extra": ((dict,), 0),  # FilingRequest.to_json() has it; only empty
}
AGENT_SHAPE = {"name": 30, "certno": 18, "relation": 10, "staff_no": 20}
PHONE = re.compile(r"1[0-9]{10}")
STAFF_NO = re.compile(r"[A-Za-z0-9]{1,20}")
# names and places: letters of any script, digits, spaces, the middle dot and brackets of hospital names
PLAIN_TEXT = re.compile(r"[^\W_][\w ·()（）\-]*", re.UNICODE)
LONGEST_MONTHS = 60  # no filing runs longer than five years


@dataclass(frozen=True)
class Codes:
    """The place and disease codes a filing may name: the reference data the kiosk holds."""

    cities: frozenset[str]
    diseases: dict[str, str]

    @classmethod
    def from_reference(cls, admdvs: dict | None = None, diseases: dict | None = None) -> "Codes":
        from kiosk.core.reference_defaults import REFERENCE

        admdvs = admdvs or REFERENCE["admdvs"][1]
        diseases = diseases or REFERENCE["chronic_diseases"][1]
        cities = frozenset(c["code"] for p in admdvs.get("provinces", []) for c in p.get("cities", []))
        names = {d["code"]: d["name"] for group in diseases.values() if isinstance(group, list) for d in group}
        return cls(cities, names)


_DEFAULT_CODES: list[Codes] = []


def default_codes() -> Codes:
    if not _DEFAULT_CODES:
        _DEFAULT_CODES.append(Codes.from_reference())
    return _DEFAULT_CODES[0]


def _plain_text(value: str, name: str) -> None:
    if value and not PLAIN_TEXT.fullmatch(value):
        raise FilingError("filing_bad_value", name)


def check_shape(data: Any) -> None:
    """Types, lengths and formats of every field, before any meaning is read from them."""
    if not isinstance(data, dict):
        raise FilingError("filing_bad_value", "filing")
    for name, value in data.items():
        if name not in SHAPE:
            raise FilingError("filing_bad_value", str(name)[:40])
        types, longest = SHAPE[name]
        if not isinstance(value, types) or (bool not in types and isinstance(value, bool)):
            raise FilingError("filing_bad_phone" if name == "tel" else "filing_bad_value", name)
        if isinstance(value, str) and len(value) > longest:
            raise FilingError("filing_bad_phone" if name == "tel" else "filing_bad_value", name)
    if data.get("extra"):
        raise FilingError("filing_bad_value", "extra")
    if data.get("tel") and not PHONE.fullmatch(data["tel"]):
        raise FilingError("filing_bad_phone", "tel")
    for name in ("disease_name", "hospital"):
        _plain_text(data.get(name, ""), name)
    agent = data.get("agent")
    if agent is not None:
        if data.get("filed_by", "self") == "self" and agent:
            raise FilingError("filing_bad_value", "agent")
        for key, value in agent.items():
            if key not in AGENT_SHAPE or not isinstance(value, str) or len(value) > AGENT_SHAPE[key]:
                raise FilingError("filing_bad_value", f"agent.{str(key)[:20]}")
        _plain_text(agent.get("name", ""), "agent.name")
        _plain_text(agent.get("relation", ""), "agent.relation")
        if agent.get("staff_no") and not STAFF_NO.fullmatch(agent["staff_no"]):
            raise FilingError("filing_bad_value", "agent.staff_no")
        if agent.get("certno"):
            try:
                idnumber.validate(agent["certno"])
            except idnumber.IdNumberError as err:
                raise FilingError(err.reason, "agent.certno") from None


def check_dates(begin: dt.date, end: dt.date | None, today: dt.date) -> None:
    """A start within DATE_WINDOW of today (补办 reaches back, a plan ahead: a year each, as the center
    checks); an end at most five years after the start."""
    if not today - DATE_WINDOW <= begin <= today + DATE_WINDOW:
        raise FilingError("filing_bad_date", "begndate")
    if end is not None and end > add_months(begin, LONGEST_MONTHS):
        raise FilingError("filing_bad_date", "enddate")


def parse(
    data: dict[str, Any], rules: Rules = Rules(), codes: Codes | None = None, today: dt.date | None = None
) -> FilingRequest:
    check_shape(data)
    codes = codes or default_codes()
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
    check_dates(begin, end, today or dt.date.today())
    filed_by = str(data.get("filed_by", "self"))
    if filed_by not in FILED_BY:
        raise FilingError("filing_bad_kind", "filed_by")
    agent = None
    if filed_by != "self":
        raw_agent = data.get("agent") or {}
        if (
            not isinstance(raw_agent, dict)
            or not raw_agent.get("name")
            or (filed_by == "staff" and not raw_agent.get("staff_no"))
        ):
            raise FilingError("filing_missing", "agent")
        agent = Agent(**{k: str(v) for k, v in raw_agent.items() if k in ("name", "certno", "relation", "staff_no")})
    tel = data.get("tel", "")
    # the center needs a mobile number to reach them
    if not isinstance(tel, str) or not re.fullmatch(r"1\d{10}", tel):
        raise FilingError("filing_bad_phone", "tel")
    common: dict[str, Any] = dict(
        kind=kind, certno=certno, begndate=begin, enddate=end, filed_by=filed_by, agent=agent, tel=tel
    )
    if kind == "chronic":
        code = str(data.get("disease_code", ""))
        if not code:
            raise FilingError("filing_missing", "disease_code")
        if code not in codes.diseases:  # the reference data this kiosk holds
            raise FilingError("filing_bad_value", "disease_code")
        hospital = str(data.get("hospital", ""))
        if hospital not in HOSPITALS:
            hospital = next((c for c, n in HOSPITALS.items() if n == hospital), "")  # a name from an older kiosk
            if not hospital:
                raise FilingError("filing_missing", "hospital")
        # the reference data's name, never one typed in
        return FilingRequest(**common, disease_code=code, disease_name=codes.diseases[code], hospital=hospital)
    dcla_type = str(data.get("dcla_type", ""))
    allowed = LONG_TERM_TYPES if kind == "yidi-long" else TEMPORARY_TYPES
    if dcla_type not in allowed:
        raise FilingError("filing_bad_type", "dcla_type")
    place = str(data.get("mdtrt_admdvs", ""))
    if place not in codes.cities:
        raise FilingError("filing_bad_place", "mdtrt_admdvs")
    home = str(data.get("insuplc_admdvs", ""))
    if home and home[:2] == place[:2]:
        raise FilingError("filing_bad_place", "mdtrt_admdvs")  # 跨省: the destination is in another province
    if kind == "yidi-temp":
        minimum_end = add_months(begin, rules.temporary_min_months)
        end = end or minimum_end
        if end < minimum_end:
            raise FilingError("filing_too_short", "enddate")
    elif end is not None:
        raise FilingError("filing_bad_date", "enddate")  # 备案长期有效: a long-term filing has no end
    promise = data.get("promise", False)
    if not isinstance(promise, bool):
        raise FilingError("filing_bad_kind", "promise")
    after_visit = data.get("after_visit", "no")
    if after_visit in (False, None):
        after_visit = "no"
    if (
        not isinstance(after_visit, str) or after_visit not in AFTER_VISIT_FLAGS
    ):  # before discharge and after self-payment stay distinct
        raise FilingError("filing_bad_kind", "after_visit")
    return FilingRequest(
        **common | {"enddate": end},
        dcla_type=dcla_type,
        mdtrt_admdvs=place,
        promise=promise and kind == "yidi-long",
        after_visit=after_visit,
    )


def center_message(request: FilingRequest) -> tuple[str, dict[str, Any]]:
    """(infno, input) for the center. A 慢特病 is not filed by the kiosk: it starts an application
    (MT01) naming the hospital that appraises; the hospital registers the result (2503)."""
    data: dict[str, Any] = {
        "psn_cert_type": "01",
        "certno": request.certno,
        "filed_by": request.filed_by,
        "tel": request.tel,
    }
    if request.agent is not None:
        agent = {
            "agnter_name": request.agent.name,
            "agnter_certno": request.agent.certno,
            "agnter_rlts": request.agent.relation,
            "agnter_staff_no": request.agent.staff_no,
        }
        data.update({k: v for k, v in agent.items() if v})
    if request.kind == "chronic":
        data.update(
            opsp_dise_code=request.disease_code,
            opsp_dise_name=request.disease_name,
            ide_fixmedins_no=request.hospital,
            ide_fixmedins_name=HOSPITALS.get(request.hospital, ""),
        )
        return "MT01", {"data": data}
    data.update(
        dcla_type=request.dcla_type,
        mdtrt_admdvs=request.mdtrt_admdvs,
        begndate=request.begndate.isoformat(),
        promise_flag="1" if request.promise else "0",
        supp_flag=AFTER_VISIT_FLAGS[request.after_visit],
    )
    if request.enddate:
        data["enddate"] = request.enddate.isoformat()
    return "YD01", {"data": data}


QUERY_FOR = {"MT01": "MT02", "YD01": "YD03"}  # how to ask the center whether a filing arrived
