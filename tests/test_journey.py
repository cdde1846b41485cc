"""The journey without a screen: every route the README describes, 返回 at each step, the
session end. The shell only shows what these moves say."""

import datetime as dt
from decimal import Decimal

import pytest

from kiosk.core.person import CachedAccount, Insured
from kiosk.core.reference_defaults import REFERENCE
from kiosk.flows.filing_wizard import Filer, FilingWizard, Regions
from kiosk.flows.journey import Journey, Move, UnknownOutcome
from kiosk.flows.session import KioskSession

PERSON = Insured(
    "P1", "11010519491231002X", "张桂兰", 76, "310", "1", "440106", Decimal("100.50"), dt.datetime(2026, 11, 23, 9)
)


def journey(face_check: str = "off") -> Journey:
    return Journey(KioskSession("zh_CN"), face_check=face_check)


def walk(j: Journey, *steps) -> list[str]:
    """Apply (outcome, data) steps; the screens shown, in order."""
    shown = []
    for outcome, data in steps:
        shown.append(j.outcome(outcome, **data).screen)
    return shown


def test_balance_by_code_then_back_through_what_was_seen():
    j = journey()
    assert walk(j, ("service", {"purpose": "balance"}), ("identified", {"person": PERSON})) == ["scan", "balance"]
    assert j.session.person == PERSON and j.session.purpose == "balance"
    assert walk(j, ("open", {"target": "ledger"})) == ["ledger"]
    assert j.back().screen == "balance"
    assert walk(j, ("open", {"target": "family"})) == ["family"]
    assert j.back() == Move("balance", remember=False)
    assert j.back().screen == "home"  # the code screen is not on the way back: the person was read once
    assert j.back().screen == "home"  # nothing left: home stays home


def test_balance_by_typed_number_goes_through_the_keypad():
    j = journey()
    assert walk(j, ("service", {"purpose": "balance"}), ("type_id", {}), ("identified", {"person": PERSON})) == [
        "scan",
        "id_entry",
        "balance",
    ]
    assert j.back().screen == "scan"  # the keypad with the number typed is not shown again


def test_offline_balance_is_still_the_balance_screen():
    j = journey()
    walk(j, ("service", {"purpose": "balance"}))
    assert j.outcome("identified", person=CachedAccount(Decimal("3"), dt.datetime(2026, 11, 1))).screen == "balance"
    assert j.session.person is None and j.session.balance.cached is not None


@pytest.mark.parametrize("purpose", ["yidi", "chronic"])
def test_a_filing_service_shows_my_filings_first_then_the_wizard_then_done(purpose):
    j = journey()
    assert walk(j, ("service", {"purpose": purpose}), ("identified", {"person": PERSON})) == ["scan", "my_filings"]
    j.session.wizard = FilingWizard(
        purpose,
        Filer(PERSON.certno, PERSON.age),
        today=dt.date(2026, 11, 23),
        regions=Regions.from_reference(REFERENCE["admdvs"][1]),
    )
    assert walk(j, ("wizard_ready", {})) == ["filing"]
    j.session.wizard.answer(None)  # the materials notice, told first
    assert j.back() == Move("filing", remember=False, again=True)  # one question back, inside the wizard
    assert j.back().screen == "my_filings"  # at the first question 返回 leaves the wizard
    walk(j, ("wizard_ready", {}))
    assert walk(j, ("submitted", {}), ("receipt", {})) == ["filing_done", "receipt"]
    assert j.back().screen == "filing_done"
    assert walk(j, ("home", {})) == ["home"] and j.history == []


def test_a_person_read_once_is_not_asked_again_in_the_session():
    j = journey()
    walk(j, ("service", {"purpose": "balance"}), ("identified", {"person": PERSON}), ("home", {}))
    assert walk(j, ("service", {"purpose": "yidi"})) == ["my_filings"]


def test_a_stopped_filing_goes_home_with_nothing_to_go_back_to():
    j = journey()
    walk(j, ("service", {"purpose": "yidi"}), ("identified", {"person": PERSON}), ("wizard_ready", {}))
    assert walk(j, ("stopped", {})) == ["home"] and j.history == []


def test_face_check_when_the_hall_turned_it_on_for_own_filings():
    j = journey(face_check="filings")
    assert walk(j, ("service", {"purpose": "yidi"}), ("identified", {"person": PERSON})) == ["scan", "face_consent"]
    assert walk(j, ("agree", {}), ("passed", {})) == ["face", "my_filings"]
    assert j.session.identity_confirmed == "face"


def test_face_check_is_not_asked_for_the_balance_or_once_confirmed():
    j = journey(face_check="filings")
    assert walk(j, ("service", {"purpose": "balance"}), ("identified", {"person": PERSON})) == ["scan", "balance"]
    j.session.identity_confirmed = "staff"
    assert walk(j, ("home", {}), ("service", {"purpose": "chronic"})) == ["home", "my_filings"]


@pytest.mark.parametrize("where", ["face_consent", "face"])
def test_the_other_way_is_a_staff_confirmation_on_the_proxy_screen(where):
    j = journey(face_check="filings")
    walk(j, ("service", {"purpose": "chronic"}), ("identified", {"person": PERSON}))
    if where == "face":
        walk(j, ("agree", {}))
    assert walk(j, ("other_way", {})) == ["proxy"] and j.session.confirm_by_staff
    assert walk(j, ("identity_confirmed", {})) == ["my_filings"]
    assert j.session.identity_confirmed == "staff" and not j.session.confirm_by_staff


def test_proxy_filing_and_the_staff_queue():
    j = journey()
    assert walk(j, ("open", {"target": "proxy"}), ("staff_queue", {})) == ["proxy", "staff_queue"]
    assert j.back().screen == "proxy"
    assert walk(j, ("service", {"purpose": "yidi"})) == ["scan"]
    assert j.back().screen == "proxy"


@pytest.mark.parametrize("target", ["ask", "settings", "proxy"])
def test_home_tiles_open_their_screen_and_back_is_home(target):
    j = journey()
    assert walk(j, ("open", {"target": target})) == [target]
    assert j.back().screen == "home"


def test_a_scanner_read_is_taken_on_home_and_the_keypad_only():
    j = journey()
    assert j.takes_code() and walk(j, ("scanned", {})) == ["scan"]
    walk(j, ("type_id", {}))
    assert j.takes_code() and walk(j, ("scanned", {})) == ["scan"]
    walk(j, ("identified", {"person": PERSON}))
    assert not j.takes_code()
    with pytest.raises(UnknownOutcome):
        j.outcome("scanned")


def test_an_outcome_without_a_route_is_a_programming_error():
    j = journey()
    with pytest.raises(UnknownOutcome):
        j.outcome("submitted")  # not from home
    with pytest.raises(UnknownOutcome):
        j.outcome("open", target="filing")  # home cannot open the wizard directly
    with pytest.raises(UnknownOutcome):
        j.outcome("service", purpose="lottery")
    with pytest.raises(UnknownOutcome):
        j.outcome("call_staff")  # the staff call is the shell's (an overlay), not a screen change


def test_session_end_and_a_language_change():
    j = journey()
    walk(j, ("service", {"purpose": "balance"}), ("identified", {"person": PERSON}), ("open", {"target": "ledger"}))
    assert j.show("ledger") == Move("ledger", remember=False, again=True) and j.current == "ledger"  # rebuilt, kept
    j.session.clear()
    assert j.reset() == Move("home", remember=False) and j.current == "home" and j.history == []
    assert j.session.person is None


def test_done_leads_to_the_rating_from_balance_filing_done_and_home():
    j = journey()
    assert walk(j, ("service", {"purpose": "balance"}), ("identified", {"person": PERSON}), ("finished", {})) == [
        "scan", "balance", "rating"]
    assert j.back().screen == "home"  # the rating is not on the way back to the service
    j = journey()
    walk(j, ("service", {"purpose": "balance"}), ("identified", {"person": PERSON}))
    j.home()
    assert walk(j, ("finished", {})) == ["rating"]  # home's 办完了，退出
    j.jump("filing_done")
    assert walk(j, ("finished", {})) == ["rating"]
    assert walk(j, ("home", {})) == ["home"]


def test_my_filings_from_home_identifies_then_lists_every_kind():
    j = journey(face_check="filings")
    assert walk(j, ("service", {"purpose": "my_filings"}), ("identified", {"person": PERSON})) == ["scan", "my_filings"]
    assert j.session.purpose == "my_filings"  # looking is not filing: no face check
