"""备案 wizards without widgets: every filer type, 补办, change, cancel, the lock, the 75+ rule."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.core.filing import LONG_TERM_TYPES, Rules
from kiosk.core.reference_defaults import REFERENCE
from kiosk.flows.filing_wizard import Filer, FilingWizard, Regions, can_change_or_cancel

TODAY = dt.date(2026, 11, 23)
REGIONS = Regions.from_reference(REFERENCE["admdvs"][1])
RULES = Rules.from_reference(REFERENCE["filing_rules"][1])


def wizard(family="yidi", age=80, filed_by="self", agent=None):
    filer = Filer("11010519491231002X", age, filed_by, agent or {})
    return FilingWizard(family, filer, today=TODAY, rules=RULES, regions=REGIONS)


def walk_yidi(w, category, dcla_type, *, promise="yes", after_visit="no", end=None):
    assert w.current.key == "notice"  # 一次性告知: the materials before the first question
    w.answer()
    w.answer(category)
    w.answer(dcla_type)
    w.answer("110000")
    w.answer("110100")
    w.answer(TODAY + dt.timedelta(days=3))
    if category == "temp":
        w.answer(end or dt.date(2027, 6, 26))
    else:
        w.answer(promise)
    w.answer(after_visit)
    w.answer("138 0013 8000")
    assert w.current.key == "review"


@pytest.mark.parametrize("dcla_type", sorted(LONG_TERM_TYPES))
def test_every_long_term_type_files(dcla_type):
    w = wizard()
    walk_yidi(w, "long", dcla_type)
    request = w.request()
    assert request.kind == "yidi-long" and request.dcla_type == dcla_type and request.promise
    assert request.mdtrt_admdvs == "110100" and request.enddate is None
    assert "长期有效" in w.expectation()[0]


@pytest.mark.parametrize("dcla_type, points", [("4", 10), ("5", 10), ("6", 20)])
def test_every_temporary_type_files_and_says_how_much_lower_the_rate_may_be(dcla_type, points):
    w = wizard()
    walk_yidi(w, "temp", dcla_type)
    assert w.request().kind == "yidi-temp"
    sentence, values = w.expectation()
    assert values == {"points": points} and "{points}" in sentence


def test_temporary_filing_needs_at_least_six_months():
    w = wizard()
    for answer in (None, "temp", "6", "110000", "110100", TODAY):
        w.answer(answer)
    assert w.current.key == "enddate" and w.answers["enddate"] == dt.date(2027, 5, 23)  # the default is the minimum
    w.answer(dt.date(2027, 3, 1))
    assert w.error_key == "filing_too_short" and w.current.key == "enddate"


def test_bu_ban_after_self_paid_settlement_explains_manual_reimbursement():
    w = wizard()
    walk_yidi(w, "temp", "5", after_visit="self_paid")
    assert any("手工报销" in item for item in w.notice_items())
    assert w.request().after_visit


def test_the_notice_told_first_names_the_documents_and_the_promise_that_replaces_them():
    w = wizard()
    assert w.current.key == "notice"
    assert any("居住证" in item and "不用交证明" in item for item in w.notice_items())
    walk_yidi(w, "long", "2", promise="yes")
    assert w.request().promise


def test_a_local_disease_from_the_reference_list_files_with_its_name():
    local = tuple((d["code"], d["name"]) for d in REFERENCE["chronic_diseases"][1]["local"])
    w = FilingWizard(
        "chronic", Filer("11010519491231002X", 80), today=TODAY, rules=RULES, regions=REGIONS, diseases=local
    )
    for answer in (None, "M04600", "H44010400003", TODAY, "13800138000"):  # the notice first
        w.answer(answer)
    assert w.request().disease_name == "冠心病"


def test_chronic_filing_with_the_cancer_green_channel():
    w = wizard("chronic")
    w.answer()  # the notice
    w.answer("M00503")
    w.answer("H44010400003")
    w.answer(TODAY)
    w.answer("13800138000")
    request = w.request()
    assert request.kind == "chronic" and request.disease_name == "恶性肿瘤门诊放化疗"
    assert any("绿色通道" in item for item in w.notice_items())


def test_review_masks_the_phone_and_edit_returns_to_review():
    w = wizard()
    walk_yidi(w, "long", "1")
    rows = {key: value for key, _, value in w.review_rows()}
    assert rows["tel"] == "138****8000"
    w.edit("mdtrt_admdvs")
    w.answer("110100")
    assert w.current.key == "review"
    w.edit("tel")
    w.answer("12345")
    assert w.error_key == "filing_bad_phone" and w.current.key == "tel"


def test_changing_the_category_asks_the_type_again():
    w = wizard()
    walk_yidi(w, "long", "1")
    w.edit("category")
    w.answer("temp")
    assert "dcla_type" not in w.answers


def test_proxy_for_an_elder_of_75_or_more_needs_no_authorisation():
    w = wizard(age=80, filed_by="family", agent={"name": "李小红", "certno": "440104197001011233", "relation": "子女"})
    assert w.current.key == "notice"
    walk_yidi(w, "long", "1")
    request = w.request()
    assert request.filed_by == "family" and request.agent.relation == "子女"
    assert any("代办人" in item for item in w.notice_items())


def test_proxy_for_someone_under_75_needs_the_authorisation_seen():
    w = wizard(age=68, filed_by="family", agent={"name": "李小红", "relation": "子女"})
    assert w.current.key == "authorisation"
    w.answer("none")
    assert w.cancelled
    w = wizard(age=68, filed_by="family", agent={"name": "李小红", "relation": "子女"})
    w.answer("seen")  # a plain button press is not enough: a signed-in staff member has to have seen it
    assert w.current.key == "authorisation" and w.error_key == "authorisation_staff"
    w.authorisation_seen_by = "1001"
    w.answer("seen")
    assert w.current.key == "notice"


def test_a_choice_not_on_the_list_is_refused():
    w = wizard()
    w.answer()  # the notice
    w.answer("moon")
    assert w.error_key == "filing_missing" and w.current.key == "category"


@pytest.mark.parametrize(
    "kind, begin, submitted, now, allowed",
    [
        (
            "yidi-long",
            dt.date(2026, 11, 1),
            dt.datetime(2026, 11, 23, 9, 0),
            dt.datetime(2026, 11, 23, 9, 9),
            True,
        ),  # undo
        (
            "yidi-long",
            dt.date(2026, 11, 1),
            dt.datetime(2026, 11, 1, 9, 0),
            dt.datetime(2026, 11, 23, 9, 0),
            False,
        ),  # locked
        (
            "yidi-long",
            dt.date(2026, 1, 1),
            dt.datetime(2026, 1, 1, 9, 0),
            dt.datetime(2026, 11, 23, 9, 0),
            True,
        ),  # lock over
        ("yidi-temp", dt.date(2026, 11, 1), dt.datetime(2026, 11, 1, 9, 0), dt.datetime(2026, 11, 23, 9, 0), True),
        ("chronic", dt.date(2026, 11, 1), dt.datetime(2026, 11, 1, 9, 0), dt.datetime(2026, 11, 23, 9, 0), True),
    ],
)
def test_change_and_cancel_respect_the_lock_and_the_undo_window(kind, begin, submitted, now, allowed):
    check = can_change_or_cancel(kind, begin, submitted, now, RULES)
    assert check.allowed is allowed
    if not allowed:
        assert check.reason_key == "filing_locked"


def test_a_change_starts_from_the_existing_filing_and_asks_only_what_it_cannot_know():
    from kiosk.flows.my_filings import FiledItem

    existing = FiledItem(
        "yidi-temp", "异地转诊就医人员", "320500", dt.date(2026, 9, 1), dt.date(2027, 3, 1), "active", "YD01", code="4"
    )
    w = wizard()
    w.start_change(existing)
    assert w.current.key == "notice" and w.replaces is existing  # the one-time notice, then only what is missing
    w.answer()
    assert w.current.key == "after_visit"
    w.answer("no")
    w.answer("13800138000")
    assert w.current.key == "review"
    w.edit("mdtrt_admdvs")
    w.answer("320200")  # 无锡 instead of 苏州
    request = w.request()
    assert (request.kind, request.dcla_type, request.mdtrt_admdvs, str(request.enddate)) == (
        "yidi-temp",
        "4",
        "320200",
        "2027-03-01",
    )


def test_a_change_of_a_chronic_filing_keeps_disease_and_hospital():
    from kiosk.flows.my_filings import FiledItem

    existing = FiledItem(
        "chronic", "高血压", "广州市第一人民医院", dt.date(2025, 5, 1), None, "active", "MT1", code="M03900"
    )
    w = wizard("chronic")
    w.start_change(existing)
    w.answer()  # the notice
    assert w.current.key == "tel"
    assert w.answers["disease_code"] == "M03900" and w.answers["hospital"] == "H44010400001"


def test_a_cross_province_filing_offers_every_other_province_and_never_the_home_one():
    w = FilingWizard(
        "yidi", Filer("11010519491231002X", 80, insuplc_admdvs="440106"), today=TODAY, rules=RULES, regions=REGIONS
    )
    w.answer()  # the notice
    w.answer("temp")
    w.answer("4")
    offered = {c.key: c.label for c in w.current.choices}
    assert len(REGIONS.provinces) == 31 and "640000" in offered and offered["640000"] == "宁夏回族自治区"
    assert "440000" not in offered and len(offered) == 30  # 跨省: the 参保 province (广东) is not a destination


def test_the_expectations_say_what_the_policy_says():
    w = wizard()
    walk_yidi(w, "long", "1")
    sentence, _ = w.expectation()
    assert "不低于跨省转诊" in sentence and "和在家看病一样" not in sentence  # at home: not lower than a 转诊
    w.answers["promise"] = "yes"
    sentence, _ = w.expectation()
    assert "补齐证明材料以后" in sentence  # with a 个人承诺, both places only once the materials are in
    w.answers["after_visit"] = "in_hospital"
    before = w.notice_items()
    w.answers["after_visit"] = "self_paid"
    after = w.notice_items()
    # the notice is told first (一次性告知), so it names both kinds of 补办; the request keeps them apart
    assert any("直接结算" in i for i in before) and any("手工报销" in i for i in after)
    assert w.request().after_visit == "self_paid"
    w.answers["after_visit"] = "in_hospital"
    assert w.request().after_visit == "in_hospital"
