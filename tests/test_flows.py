"""Flows without widgets."""

import datetime as dt
from decimal import Decimal

from kiosk.core.errors import PlainError
from kiosk.core.person import Insured
from kiosk.flows.balance import BalanceFlow, Step
from kiosk.flows.idle import IdleEvent, IdlePolicy
from kiosk.flows.session import KioskSession

PERSON = Insured(
    "P1", "11010519491231002X", "张桂兰", 76, "310", "1", "440106", Decimal("100.50"), dt.datetime(2026, 11, 23, 9)
)


def type_digits(flow, digits):
    for key in digits:
        flow.press(key)


def test_x_is_accepted_only_as_the_last_character():
    flow = BalanceFlow()
    flow.press("X")
    assert flow.digits == ""
    type_digits(flow, "11010519491231002X")
    assert flow.digits == "11010519491231002X"
    assert flow.digits_grouped == "110105 19491231 002X"
    flow.press("1")
    assert len(flow.digits) == 18


def test_a_wrong_number_stays_on_the_keypad_with_a_plain_reason():
    flow = BalanceFlow()
    type_digits(flow, "110105194912310021")
    assert flow.submit() is False
    assert flow.step is Step.ENTER_ID and flow.error_key == "id_check"
    assert "不对" in flow.error_sentence
    flow.press("DEL")
    assert flow.error_key is None and len(flow.digits) == 17


def test_lookup_success_shows_balance_and_forgets_the_typed_number():
    flow = BalanceFlow()
    type_digits(flow, "11010519491231002X")
    assert flow.submit() is True and flow.step is Step.LOOKING_UP
    flow.lookup_succeeded(PERSON)
    assert flow.step is Step.SHOW_BALANCE and flow.person.balance == Decimal("100.50")
    assert flow.digits == ""


def test_offline_center_gives_the_offline_sentence():
    flow = BalanceFlow()
    type_digits(flow, "11010519491231002X")
    flow.submit()
    flow.lookup_failed(PlainError("center_offline"))
    assert flow.step is Step.ENTER_ID and "连不上" in flow.error_sentence


def test_an_unexpected_error_asks_for_staff():
    flow = BalanceFlow()
    flow.lookup_failed(KeyError("baseinfo"))
    assert "呼叫工作人员" in flow.error_sentence


def test_idle_warns_at_60_resets_at_90():
    policy = IdlePolicy(60, 90, 10)
    policy.start(0)
    assert policy.tick(59) is IdleEvent.NONE
    assert policy.tick(60) is IdleEvent.WARN
    assert policy.tick(61) is IdleEvent.NONE  # warned once
    policy.touch(70)  # touching the screen elsewhere does not dismiss the warning
    assert policy.tick(90) is IdleEvent.RESET


def test_idle_allows_ten_extensions_then_no_more():
    policy = IdlePolicy(60, 90, 10)
    policy.start(0)
    now = 0
    for _ in range(10):
        now += 60
        assert policy.tick(now) is IdleEvent.WARN
        assert policy.extend(now) is True
    now += 60
    assert policy.tick(now) is IdleEvent.WARN
    assert policy.extend(now) is False


def test_session_clear_forgets_the_person_and_language():
    session = KioskSession("zh_CN")
    session.locale = "en"
    type_digits(session.balance, "11010519491231002X")
    session.balance.submit()
    session.balance.lookup_succeeded(PERSON)
    session.clear()
    assert session.person is None and session.locale == "zh_CN" and session.balance.digits == ""
