"""备案 wizards as Qt-free state machines: one question per step, a step counter,
a review with 修改 / 取消, and what the person can expect afterwards.

The step list is derived from the answers so far (a temporary filing has an end
date, a long-term one a personal promise, a family member filing for someone
under the proxy-free age needs the authorisation seen). Screens render
``current`` and call ``answer``; nothing here knows about widgets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kiosk.core.errors import QT_TRANSLATE_NOOP
from kiosk.core.filing import (
    CROSS_PROVINCE_DISEASES,
    GREEN_CHANNEL,
    LONG_TERM_TYPES,
    TEMPORARY_TYPES,
    Codes,
    FilingError,
    FilingRequest,
    Rules,
    add_months,
    check_dates,
    default_codes,
    parse,
)
from kiosk.core.masking import mask_phone
from kiosk.core.reference_defaults import HOSPITALS


@dataclass(frozen=True)
class Choice:
    key: str
    label: str
    hint: str = ""


@dataclass(frozen=True)
class Step:
    key: str
    question: str
    kind: str  # choice | date | phone | notice | review
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class Filer:
    """Who the filing is for (already identified) and who is doing it."""

    certno: str
    age: int
    filed_by: str = "self"  # self | family | staff
    agent: dict[str, str] = field(default_factory=dict)
    insuplc_admdvs: str = ""  # 参保地: a 跨省 filing's destination is in another province


@dataclass(frozen=True)
class Regions:
    provinces: tuple[tuple[str, str], ...]  # (code, name)
    cities: dict[str, tuple[tuple[str, str], ...]]  # province code -> (code, name)

    @classmethod
    def from_reference(cls, payload: dict) -> "Regions":
        provinces = tuple((p["code"], p["name"]) for p in payload["provinces"])
        cities = {p["code"]: tuple((c["code"], c["name"]) for c in p["cities"]) for p in payload["provinces"]}
        return cls(provinces, cities)

    def name_of(self, code: str) -> str:
        for cities in self.cities.values():
            for city_code, name in cities:
                if city_code == code:
                    return name
        return code


AFTER_VISIT = {
    "no": QT_TRANSLATE_NOOP("filing", "还没去看病"),
    "in_hospital": QT_TRANSLATE_NOOP("filing", "已经在看病，还没出院结算"),
    "self_paid": QT_TRANSLATE_NOOP("filing", "已经出院，自己先付了钱"),
}


class FilingWizard:
    def __init__(
        self,
        family: str,
        filer: Filer,
        *,
        today: dt.date,
        rules: Rules = Rules(),
        regions: Regions | None = None,
        diseases: tuple[tuple[str, str], ...] | None = None,
    ):
        if family not in ("yidi", "chronic"):
            raise ValueError(family)
        self.family = family
        self.filer = filer
        self.today = today
        self.rules = rules
        self.regions = regions or Regions((), {})  # no reference data yet: nothing to offer, not a crash
        self.diseases = diseases or tuple(CROSS_PROVINCE_DISEASES.items())
        self.answers: dict[str, Any] = {"begndate": today}
        self.index = 0
        self.cancelled = False
        self.returning_to_review = False
        self.error_key: str | None = None
        self.replaces = None  # the filing a change cancels (a FiledItem), or None for a new one
        self.authorisation_seen_by = ""  # the signed-in staff member who saw the authorisation (never a plain button)

    def start_change(self, item) -> None:
        """变更: start from an existing filing's answers; the steps it cannot tell (phone,
        promise, visit) are asked, then the review shows everything with 修改 on each row.
        Submitting cancels the old filing and files the new one in one transaction."""
        self.replaces = item
        self.answers["begndate"] = item.begndate
        if self.family == "yidi":
            self.answers["category"] = "long" if item.kind == "yidi-long" else "temp"
            self.answers["dcla_type"] = item.code
            self.answers["province"] = item.place[:2] + "0000"
            self.answers["mdtrt_admdvs"] = item.place
            if item.enddate:
                self.answers["enddate"] = item.enddate
        else:  # a new application: it starts from today, whenever the old filing started
            self.answers["begndate"] = self.today
            self.answers["disease_code"] = item.code
            hospital = next((code for code, name in HOSPITALS.items() if item.place in (code, name)), None)
            if hospital is not None:
                self.answers["hospital"] = hospital
        keys = [step.key for step in self.steps()]
        self.index = (
            next(i for i, key in enumerate(keys) if key not in self.answers and key != "authorisation")
            if not self.needs_authorisation
            else 0
        )

    # -- the step list, from the answers so far ------------------------------------------
    def steps(self) -> list[Step]:
        out: list[Step] = []
        if self.needs_authorisation:
            out.append(
                Step(
                    "authorisation",
                    QT_TRANSLATE_NOOP("filing", "帮家人办理，请出示老人签字的委托书。工作人员看过了吗？"),
                    "choice",
                    (
                        Choice("seen", QT_TRANSLATE_NOOP("filing", "工作人员已经看过委托书")),
                        Choice("none", QT_TRANSLATE_NOOP("filing", "没有委托书")),
                    ),
                )
            )
        # 一次性告知: every material, told once, before the first question
        out.append(Step("notice", QT_TRANSLATE_NOOP("filing", "办这件事需要的材料，一次告诉您"), "notice"))
        if self.family == "yidi":
            out.append(
                Step(
                    "category",
                    QT_TRANSLATE_NOOP("filing", "您是要长期住在外地，还是临时去外地看病？"),
                    "choice",
                    (
                        Choice(
                            "long",
                            QT_TRANSLATE_NOOP("filing", "长期住在外地"),
                            QT_TRANSLATE_NOOP("filing", "退休、长住或在外地工作"),
                        ),
                        Choice(
                            "temp",
                            QT_TRANSLATE_NOOP("filing", "临时去外地看病"),
                            QT_TRANSLATE_NOOP("filing", "转诊、急诊、其他临时外出"),
                        ),
                    ),
                )
            )
            types = LONG_TERM_TYPES if self.answers.get("category") != "temp" else TEMPORARY_TYPES
            out.append(
                Step(
                    "dcla_type",
                    QT_TRANSLATE_NOOP("filing", "请选最符合您的一项"),
                    "choice",
                    tuple(Choice(code, name) for code, name in types.items()),
                )
            )
            home = self.filer.insuplc_admdvs[:2]
            out.append(
                Step(
                    "province",
                    QT_TRANSLATE_NOOP("filing", "要去哪个省看病？"),
                    "choice",
                    tuple(Choice(code, name) for code, name in self.regions.provinces if not home or code[:2] != home),
                )
            )
            cities = self.regions.cities.get(self.answers.get("province", ""), ())
            out.append(
                Step(
                    "mdtrt_admdvs",
                    QT_TRANSLATE_NOOP("filing", "要去哪个城市看病？"),
                    "choice",
                    tuple(Choice(code, name) for code, name in cities),
                )
            )
            out.append(Step("begndate", QT_TRANSLATE_NOOP("filing", "从哪一天开始？"), "date"))
            if self.answers.get("category") == "temp":
                out.append(Step("enddate", QT_TRANSLATE_NOOP("filing", "到哪一天结束？至少半年。"), "date"))
            else:
                out.append(
                    Step(
                        "promise",
                        QT_TRANSLATE_NOOP(
                            "filing",
                            "个人承诺：我保证在外地长期居住的情况属实，以后按要求补交材料。"
                            "您愿意这样承诺，不用现在交证明材料吗？",
                        ),
                        "choice",
                        (
                            Choice("yes", QT_TRANSLATE_NOOP("filing", "我承诺，不交材料")),
                            Choice("no", QT_TRANSLATE_NOOP("filing", "我有证明材料")),
                        ),
                    )
                )
            out.append(
                Step(
                    "after_visit",
                    QT_TRANSLATE_NOOP("filing", "您已经在外地看过病了吗？"),
                    "choice",
                    tuple(Choice(k, v) for k, v in AFTER_VISIT.items()),
                )
            )
        else:
            out.append(
                Step(
                    "disease_code",
                    QT_TRANSLATE_NOOP("filing", "要登记哪一种病？"),
                    "choice",
                    tuple(Choice(code, name) for code, name in self.diseases),
                )
            )
            out.append(
                Step(
                    "hospital",
                    QT_TRANSLATE_NOOP("filing", "请选给您做鉴定的医院"),
                    "choice",
                    tuple(Choice(code, name) for code, name in HOSPITALS.items()),
                )
            )
            out.append(Step("begndate", QT_TRANSLATE_NOOP("filing", "从哪一天开始？"), "date"))
        out.append(Step("tel", QT_TRANSLATE_NOOP("filing", "请输入联系电话，有结果会发短信告诉您"), "phone"))
        out.append(Step("review", QT_TRANSLATE_NOOP("filing", "请核对，没问题就按提交"), "review"))
        return out

    @property
    def needs_authorisation(self) -> bool:
        return self.filer.filed_by == "family" and self.filer.age < self.rules.proxy_free_age

    @property
    def current(self) -> Step:
        return self.steps()[self.index]

    @property
    def step_number(self) -> int:
        return self.index + 1

    @property
    def total_steps(self) -> int:
        return len(self.steps())

    # -- moving --------------------------------------------------------------------------
    def answer(self, value: Any = None) -> None:
        """Record the answer to the current step and move on (or stay, with ``error_key``)."""
        step = self.current
        self.error_key = None
        if step.kind == "choice" and not any(value == c.key for c in step.choices):  # any type, hashable or not
            self.error_key = "filing_missing"
            return
        if step.key == "authorisation" and value == "none":
            self.cancelled = True  # cannot go on; the screen explains and offers staff help
            return
        if step.key == "authorisation" and not self.authorisation_seen_by:
            self.error_key = "authorisation_staff"  # only a staff member's sign-in says the paper was seen
            return
        if step.kind == "date":
            value = self._checked_date(step.key, value)
            if value is None:
                return
        if step.kind == "phone":
            # typed on the keypad: digits, perhaps with spaces or dashes; anything else is not a phone number
            text = value if isinstance(value, str) and len(value) <= 20 and not value.strip(" -0123456789") else ""
            digits = "".join(c for c in text if c.isdigit())
            if len(digits) != 11 or not digits.startswith("1"):
                self.error_key = "filing_bad_phone"
                return
            value = digits
        if step.key == "category" and self.answers.get("category") != value:
            self.answers.pop("dcla_type", None)  # the type list changes with the category
        if step.key == "province" and self.answers.get("province") != value:
            self.answers.pop("mdtrt_admdvs", None)
        if step.kind not in ("notice", "review"):
            self.answers[step.key] = value
        if step.key == "begndate" and self.answers.get("category") == "temp":
            self.answers.setdefault("enddate", add_months(value, self.rules.temporary_min_months))
        self._advance()

    def _checked_date(self, key: str, value) -> dt.date | None:
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            self.error_key = "filing_bad_date"
            return None
        try:  # the same window as parse (check_dates)
            check_dates(value, None, self.today) if key == "begndate" else check_dates(
                self.answers["begndate"], value, self.today
            )
        except FilingError as err:
            self.error_key = err.key
            return None
        if key == "enddate":  # a start in the past is allowed: 补办 after the visit
            if value < add_months(self.answers["begndate"], self.rules.temporary_min_months):
                self.error_key = "filing_too_short"
                return None
        return value

    def _advance(self) -> None:
        steps = self.steps()
        if steps[self.index].key == "notice":  # after the notice: the first question not answered yet (a change)
            self.index = next(
                (i for i, step in enumerate(steps) if i > self.index and step.key not in self.answers), len(steps) - 1
            )
            return
        if self.returning_to_review and self.current.key != "enddate":
            self.returning_to_review = False
            self.index = len(self.steps()) - 1
            return
        self.index = min(self.index + 1, len(self.steps()) - 1)

    def back(self) -> bool:
        """False when already at the first step (the screen then leaves the wizard)."""
        if self.index == 0:
            return False
        self.index -= 1
        return True

    def edit(self, step_key: str) -> None:
        """修改 from the review: jump to that step; answering it comes back to the review."""
        keys = [s.key for s in self.steps()]
        self.index = keys.index(step_key)
        self.returning_to_review = True

    def cancel(self) -> None:
        self.cancelled = True

    # -- what the person is told -----------------------------------------------------------
    def notice_items(self) -> list[str]:
        """Told first, before any answer: so every case is named with the material it needs."""
        items = [QT_TRANSLATE_NOOP("filing", "身份证或医保电子凭证")]
        if self.family == "chronic":
            items.append(QT_TRANSLATE_NOOP("filing", "到医院鉴定时带上近期病历和检查报告"))
            items.append(QT_TRANSLATE_NOOP("filing", "恶性肿瘤等走绿色通道的病：医院登记当天就能享受待遇"))
        else:
            items += [
                QT_TRANSLATE_NOOP(
                    "filing", "长期住在外地的：居住证、户口本或工作证明之一；也可以承诺，现在不用交证明，以后按要求补交"
                ),
                QT_TRANSLATE_NOOP("filing", "转诊的：医院开的转诊单"),
                QT_TRANSLATE_NOOP("filing", "急诊的：急诊抢救的病历"),
                QT_TRANSLATE_NOOP("filing", "还在外地住院的：出院结算前办好备案，出院时就能直接结算"),
                QT_TRANSLATE_NOOP("filing", "已经自费看过病的：发票、费用清单和出院小结，回参保地手工报销"),
            ]
        if self.filer.filed_by == "family":
            items.append(QT_TRANSLATE_NOOP("filing", "代办人的身份证"))
        return items

    def expectation(self) -> tuple[str, dict[str, Any]]:
        """(sentence with placeholders, values): what happens next and what reimbursement to expect."""
        if self.family == "chronic":
            values = {
                "hospital": HOSPITALS.get(self.answers.get("hospital", ""), ""),
                "days": self.rules.review_working_days,
            }
            if self.answers.get("disease_code") in GREEN_CHANNEL:
                return QT_TRANSLATE_NOOP(
                    "filing",
                    "请到{hospital}做鉴定。这个病走绿色通道，医院登记当天就能按慢特病待遇报销。"
                    "病情稳定的，一次最多可以开三个月的药。",
                ), values
            return QT_TRANSLATE_NOOP(
                "filing",
                "请到{hospital}做鉴定，医院在网上登记后，医保在{days}个工作日内审核。"
                "审核通过后，看这个病的门诊费用按慢特病待遇报销。",
            ), values
        if self.answers.get("category") == "long":
            if (
                self.answers.get("promise") == "yes"
            ):  # 医保发〔2022〕22号 二(五): both places only once the materials are in
                return QT_TRANSLATE_NOOP(
                    "filing",
                    "备案长期有效。在外地看病按参保地本地的标准报销。您选了个人承诺：补齐证明材料以后，"
                    "回参保地看病也能报销，报销水平不低于跨省转诊。",
                ), {}
            return QT_TRANSLATE_NOOP(
                "filing",
                "备案长期有效。在外地看病按参保地本地的标准报销；确实需要回参保地看病的，报销水平不低于跨省转诊。",
            ), {}
        dcla_type = self.answers.get("dcla_type", "")
        points = self.rules.rate_drop(dcla_type)
        if dcla_type in ("4", "5"):
            return QT_TRANSLATE_NOOP(
                "filing", "转诊或急诊去外地看病，报销比例比在本地最多少{points}%。有效期内可以多次看病。"
            ), {"points": points}
        return QT_TRANSLATE_NOOP(
            "filing", "没转诊、也不是急诊，报销比例比在本地最多少{points}%。有效期内可以多次看病。"
        ), {"points": points}

    def review_rows(self) -> list[tuple[str, str, str]]:
        """(step key for 修改, label, value as shown: the phone masked)."""
        a = self.answers
        rows = []
        if self.family == "yidi":
            types = {**LONG_TERM_TYPES, **TEMPORARY_TYPES}
            rows.append(("dcla_type", QT_TRANSLATE_NOOP("filing", "备案类型"), types.get(a.get("dcla_type", ""), "")))
            rows.append(
                ("mdtrt_admdvs", QT_TRANSLATE_NOOP("filing", "就医地"), self.regions.name_of(a.get("mdtrt_admdvs", "")))
            )
        else:
            rows.append(
                (
                    "disease_code",
                    QT_TRANSLATE_NOOP("filing", "病种"),
                    dict(self.diseases).get(a.get("disease_code", ""), ""),
                )
            )
            rows.append(("hospital", QT_TRANSLATE_NOOP("filing", "鉴定医院"), HOSPITALS.get(a.get("hospital", ""), "")))
        rows.append(("begndate", QT_TRANSLATE_NOOP("filing", "开始日期"), f"{a['begndate']:%Y-%m-%d}"))
        if a.get("enddate"):
            rows.append(("enddate", QT_TRANSLATE_NOOP("filing", "结束日期"), f"{a['enddate']:%Y-%m-%d}"))
        if a.get("after_visit"):
            rows.append(("after_visit", QT_TRANSLATE_NOOP("filing", "看病情况"), AFTER_VISIT[a["after_visit"]]))
        rows.append(("tel", QT_TRANSLATE_NOOP("filing", "联系电话"), mask_phone(a.get("tel", ""))))
        return rows

    # -- the result ----------------------------------------------------------------------
    def request(self) -> FilingRequest:
        """The filing, through the same parse as ``kiosk filing create``."""
        a = self.answers
        if self.family == "chronic":
            kind = "chronic"
        else:
            kind = "yidi-long" if a.get("category") == "long" else "yidi-temp"
        data = {
            "kind": kind,
            "certno": self.filer.certno,
            "begndate": a["begndate"].isoformat(),
            "enddate": a["enddate"].isoformat() if a.get("enddate") else None,
            "tel": a.get("tel", ""),
            "dcla_type": a.get("dcla_type", ""),
            "mdtrt_admdvs": a.get("mdtrt_admdvs", ""),
            "promise": a.get("promise") == "yes",
            "after_visit": a.get("after_visit", "no"),
            "disease_code": a.get("disease_code", ""),
            "hospital": a.get("hospital", ""),
            "filed_by": self.filer.filed_by,
            "agent": self.filer.agent or None,
            "insuplc_admdvs": self.filer.insuplc_admdvs,
        }
        cities = (
            frozenset(code for cities in self.regions.cities.values() for code, _ in cities)
            if self.regions
            else default_codes().cities
        )
        codes = Codes(cities, dict(self.diseases))
        return parse(data, self.rules, codes, today=self.today)


@dataclass(frozen=True)
class ChangeCheck:
    allowed: bool
    reason_key: str = ""


def can_change_or_cancel(
    kind: str, begndate: dt.date, submitted_at: dt.datetime | None, now: dt.datetime, rules: Rules
) -> ChangeCheck:
    """Undo is always possible within ``undo_minutes``; after that a long-term filing is locked
    until ``change_lock_months`` after it was made (医保发〔2022〕22号: at most six months; counted
    from when it was made, not from its start, which may lie in the past for a 补办). ``begndate``
    stands in only when the center did not say when it was made."""
    made = submitted_at or dt.datetime.combine(begndate, dt.time())
    if now - made <= dt.timedelta(minutes=rules.undo_minutes):
        return ChangeCheck(True)
    if kind == "yidi-long" and now.date() < add_months(made.date(), rules.change_lock_months):
        return ChangeCheck(False, "filing_locked")
    return ChangeCheck(True)


__all__ = ["Choice", "Step", "Filer", "Regions", "FilingWizard", "FilingError", "can_change_or_cancel", "HOSPITALS"]
