"""Demo insured people for the simulated center: deterministic, fictional.

All ID numbers are valid GB 11643 numbers built from fictional birth dates
and sequence numbers; they belong to nobody.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.center.models import Application, FamilyBinding, Filing, LedgerEntry, Person
from kiosk.core import idnumber
from kiosk.core.reference_defaults import HOSPITALS

# (name, sex 1/2, birth date, insutype, 参保地, region of birth registration)
_PEOPLE = [
    ("张桂兰", "2", dt.date(1946, 3, 12), "310", "440106", "440104"),
    ("李建国", "1", dt.date(1944, 8, 1), "310", "440106", "440103"),
    ("王秀英", "2", dt.date(1938, 1, 23), "390", "440111", "440111"),
    ("刘德福", "1", dt.date(1952, 6, 30), "310", "440105", "430102"),
    ("陈淑珍", "2", dt.date(1949, 11, 5), "390", "440106", "440106"),
    ("杨志强", "1", dt.date(1958, 2, 14), "310", "440104", "510104"),
    ("黄美玲", "2", dt.date(1960, 9, 9), "310", "440103", "440103"),
    ("赵长顺", "1", dt.date(1935, 4, 18), "390", "440113", "440113"),
    ("周玉梅", "2", dt.date(1941, 12, 25), "390", "440112", "440112"),
    ("吴振华", "1", dt.date(1947, 7, 7), "310", "440106", "350102"),
    ("徐凤英", "2", dt.date(1955, 5, 20), "310", "440111", "440111"),
    ("孙国庆", "1", dt.date(1949, 10, 1), "310", "440105", "370102"),
    ("马桂芳", "2", dt.date(1932, 2, 29), "390", "440114", "440114"),
    ("朱永福", "1", dt.date(1963, 3, 3), "310", "440106", "320102"),
    ("胡秀兰", "2", dt.date(1944, 6, 16), "390", "440104", "440104"),
    ("郭德胜", "1", dt.date(1939, 8, 28), "310", "440103", "410102"),
    ("何丽华", "2", dt.date(1957, 1, 8), "310", "440106", "450102"),
    ("林宝山", "1", dt.date(1951, 4, 4), "390", "440115", "440115"),
    ("高玉珍", "2", dt.date(1936, 10, 19), "390", "440106", "440106"),
    ("罗金生", "1", dt.date(1945, 12, 2), "310", "440111", "360102"),
    ("梁凤仪", "2", dt.date(1953, 7, 27), "310", "440104", "440104"),
    ("宋春生", "1", dt.date(1961, 2, 5), "390", "440113", "440113"),
]

# owner index -> [(member index, relation, may see balance)]
_FAMILY = {
    0: [(1, "配偶", True), (6, "子女", False)],
    1: [(0, "配偶", True)],
    2: [(10, "子女", True), (13, "子女", False), (20, "子女", False)],
    7: [(8, "配偶", True)],
    12: [(16, "子女", True)],
}

# person index -> [(disease code, disease name)]
_CHRONIC = {
    0: [("M03900", "高血压")],
    2: [("M03900", "高血压"), ("M01600", "糖尿病")],
    7: [("M07801", "尿毒症透析")],
    12: [("M01600", "糖尿病")],
    15: [("M00503", "恶性肿瘤门诊放化疗")],
}
_APPRAISED_AT = "H44010400001"  # 广州市第一人民医院 (kiosk/core/reference_defaults.py HOSPITALS)

_EMPLOYERS = ["广州市第一机床厂", "广州纺织公司", "天河区街道办事处", "广州市公交集团", "越秀区人民医院"]


def demo_identities() -> list[dict]:
    """The demo people's fixed facts (no database needed): for tours, screenshots and tests."""
    out = []
    for index, (name, sex, born, insutype, insuplc, birth_region) in enumerate(_PEOPLE):
        sequence = 100 + index * 2 + (1 if sex == "1" else 0)
        out.append(
            {
                "psn_no": f"4400000{index + 1:08d}",
                "certno": idnumber.make(birth_region, born, sequence),
                "name": name,
                "gend": sex,
                "brdy": born,
                "insutype": insutype,
                "insuplc_admdvs": insuplc,
            }
        )
    return out


def card_of(psn_no: str) -> tuple[str, str]:
    """A demo person's 社会保障卡: card number (9 characters) and 卡识别码 (32 hex), derived, fictional."""
    return f"G{int(psn_no[-8:]):08d}", hashlib.sha256(f"card:{psn_no}".encode()).hexdigest()[:32].upper()


def seed(session: Session, today: dt.date | None = None) -> int:
    """Fill an empty center database; returns how many people it added."""
    if session.scalar(select(Person).limit(1)) is not None:
        return 0
    today = today or dt.date.today()
    rng = random.Random(20261123)
    people: list[Person] = []
    ledgers: list[LedgerEntry] = []
    for index, who in enumerate(demo_identities()):
        insutype = who["insutype"]
        balance = (
            Decimal(rng.randrange(30_000, 2_500_000)) / 100
            if insutype == "310"
            else Decimal(rng.randrange(0, 60_000)) / 100
        )
        person = Person(
            psn_no=who["psn_no"],
            certno=who["certno"],
            psn_name=who["name"],
            gend=who["gend"],
            brdy=who["brdy"],
            insutype=insutype,
            psn_insu_stas="1",
            insuplc_admdvs=who["insuplc_admdvs"],
            emp_name=_EMPLOYERS[index % len(_EMPLOYERS)] if insutype == "310" else "",
            balc=balance,
            tel=f"13{rng.randrange(0, 10)}{rng.randrange(10_000_000, 99_999_999)}",
            has_face_ref=index < 6,
        )
        people.append(person)
        session.add(person)
        ledgers.extend(_ledger(person, balance, today, rng))
    session.flush()  # people first: the ledger rows point at them (foreign keys are enforced)
    session.add_all(ledgers)
    for owner, members in _FAMILY.items():
        for member, relation, visible in members:
            session.add(
                FamilyBinding(
                    owner_psn_no=people[owner].psn_no,
                    member_psn_no=people[member].psn_no,
                    relation=relation,
                    can_view_balance=visible,
                )
            )
    for index, diseases in _CHRONIC.items():
        for n, (code, disease) in enumerate(diseases):
            begin = today.replace(day=1) - dt.timedelta(days=400 + 30 * n)
            sn = f"MT{people[index].psn_no}{n:02d}"
            made = dt.datetime.combine(begin, dt.time(9, 30))
            session.add(
                Filing(
                    trt_dcla_detl_sn=sn,
                    kind="chronic",
                    psn_no=people[index].psn_no,
                    detail={
                        "opsp_dise_code": code,
                        "opsp_dise_name": disease,
                        "ide_fixmedins_no": _APPRAISED_AT,
                        "ide_fixmedins_name": HOSPITALS[_APPRAISED_AT],
                    },
                    begndate=begin,
                    enddate=None,
                    created_at=made,
                )
            )
            # the application that led to it, as the kiosk's progress query (MT02) shows it
            session.add(
                Application(
                    appy_sn=f"SQ{people[index].psn_no}{n:02d}",
                    psn_no=people[index].psn_no,
                    opsp_dise_code=code,
                    opsp_dise_name=disease,
                    ide_fixmedins_no=_APPRAISED_AT,
                    ide_fixmedins_name=HOSPITALS[_APPRAISED_AT],
                    detail={},
                    status="approved",
                    green_channel=False,
                    applied_at=made - dt.timedelta(days=20),
                    appraised_on=begin,
                    review_deadline=begin,
                    decided_on=begin,
                    trt_dcla_detl_sn=sn,
                )
            )
    return len(people)


def _ledger(person: Person, balance: Decimal, today: dt.date, rng: random.Random) -> list[LedgerEntry]:
    """About 14 months of entries, newest first in time order ending at ``balance``."""
    entries: list[tuple[dt.date, str, Decimal, str]] = []
    monthly = Decimal("180.50") if person.insutype == "310" else Decimal("0")
    for months_back in range(14):
        first = (today.replace(day=1) - dt.timedelta(days=30 * months_back)).replace(day=1)
        if monthly:
            entries.append((first.replace(day=5), "划入", monthly, "个人账户每月划入"))
        for _ in range(rng.randrange(0, 3)):
            spent = Decimal(rng.randrange(800, 30_000)) / 100
            day = first.replace(day=rng.randrange(6, 28))
            where = rng.choice(["药店购药", "门诊看病", "社区医院看病"])
            entries.append((day, "支出", -spent, where))
    entries = [e for e in entries if e[0] <= today]
    entries.sort(key=lambda e: e[0], reverse=True)
    rows: list[LedgerEntry] = []
    running = balance
    for day, kind, amount, summary in entries:
        rows.append(
            LedgerEntry(
                psn_no=person.psn_no, occurred_on=day, kind=kind, amount=amount, balc_after=running, summary=summary
            )
        )
        running -= amount
        if running < 0:  # keep a plausible history for small balances
            running = Decimal("0.00")
    return rows
