"""The journey without a screen: every route the README describes, 返回 at each step, the
session end. The shell only shows what these moves say."""

import datetime as dt
from decimal import Decimal

import pytest

from kiosk.core.person import CachedAccount, Insured
from kiosk.core.reference_defaults import REFERENCE
from kiosk.flows.filing_wizard import Filer, FilingWizard, Regions
from kiosk.flows.journey import PERSONAL, Journey, Move, UnknownOutcome
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
    assert walk(j, ("service", {"purpose": "balance"}), ("identified", {"person": PERSON, "by": "voucher"})) == [
        "identify",
        "balance",
    ]
    assert j.session.person == PERSON and j.session.purpose == "balance"
    assert walk(j, ("open", {"target": "ledger"})) == ["ledger"]
    assert j.back().screen == "balance"
    assert walk(j, ("open", {"target": "family"})) == ["family"]
    assert j.back() == Move("balance", remember=False)
    assert j.back().screen == "home"  # the code screen is not on the way back: the person was read once
    assert j.back().screen == "home"  # nothing left: home stays home


def test_balance_by_typed_number_goes_through_the_keypad_and_a_face_match():
    j = journey()
    assert walk(
        j, ("service", {"purpose": "balance"}), ("type_id", {}), ("identified", {"person": PERSON, "by": "typed"})
    ) == [
        "identify",
        "id_entry",
        "face_consent",
    ]
    assert walk(j, ("agree", {}), ("passed", {})) == ["face", "balance"]
    assert j.back().screen == "identify"  # the keypad with the number typed is not shown again


def test_offline_balance_is_still_the_balance_screen():
    j = journey()
    walk(j, ("service", {"purpose": "balance"}))
    cached = CachedAccount(Decimal("3"), dt.datetime(2026, 11, 1))
    assert j.outcome("identified", person=cached, by="idcard").screen == "balance"
    assert j.session.person is None and j.session.balance.cached is not None


@pytest.mark.parametrize("purpose", ["yidi", "chronic"])
def test_a_filing_service_shows_my_filings_first_then_the_wizard_then_done(purpose):
    j = journey()
    assert walk(j, ("service", {"purpose": purpose}), ("identified", {"person": PERSON, "by": "voucher"})) == [
        "identify",
        "my_filings",
    ]
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
    walk(j, ("service", {"purpose": "balance"}), ("identified", {"person": PERSON, "by": "voucher"}), ("home", {}))
    assert walk(j, ("service", {"purpose": "yidi"})) == ["my_filings"]


def test_a_stopped_filing_goes_home_with_nothing_to_go_back_to():
    j = journey()
    walk(j, ("service", {"purpose": "yidi"}), ("identified", {"person": PERSON, "by": "voucher"}), ("wizard_ready", {}))
    assert walk(j, ("stopped", {})) == ["home"] and j.history == []


def test_face_check_when_the_hall_turned_it_on_for_own_filings():
    j = journey(face_check="filings")
    assert walk(j, ("service", {"purpose": "yidi"}), ("identified", {"person": PERSON, "by": "voucher"})) == [
        "identify",
        "face_consent",
    ]
    assert walk(j, ("agree", {}), ("passed", {})) == ["face", "my_filings"]
    assert j.session.identity_confirmed == "face"


def test_face_check_is_not_asked_for_the_balance_or_once_confirmed():
    j = journey(face_check="filings")
    assert walk(j, ("service", {"purpose": "balance"}), ("identified", {"person": PERSON, "by": "voucher"})) == [
        "identify",
        "balance",
    ]
    j.session.identity_confirmed = "staff"
    assert walk(j, ("home", {}), ("service", {"purpose": "chronic"})) == ["home", "my_filings"]


@pytest.mark.parametrize("where", ["face_consent", "face"])
def test_the_other_way_is_a_staff_confirmation_on_the_proxy_screen(where):
    j = journey(face_check="filings")
    walk(j, ("service", {"purpose": "chronic"}), ("identified", {"person": PERSON, "by": "voucher"}))
    if where == "face":
        walk(j, ("agree", {}))
    assert walk(j, ("other_way", {})) == ["proxy"] and j.session.confirm_by_staff
    assert walk(j, ("identity_confirmed", {})) == ["my_filings"]
    assert j.session.identity_confirmed == "staff" and not j.session.confirm_by_staff


def test_proxy_filing_and_the_staff_queue():
    j = journey()
    assert walk(j, ("open", {"target": "proxy"}), ("staff_queue", {})) == ["proxy", "staff_queue"]
    assert j.back().screen == "proxy"
    assert walk(j, ("service", {"purpose": "yidi"})) == ["identify"]
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
    j.jump("identify")
    assert j.takes_code() and walk(j, ("scanned", {})) == ["scan"]
    walk(j, ("identified", {"person": PERSON, "by": "voucher"}))
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
    walk(
        j,
        ("service", {"purpose": "balance"}),
        ("identified", {"person": PERSON, "by": "voucher"}),
        ("open", {"target": "ledger"}),
    )
    assert j.show("ledger") == Move("ledger", remember=False, again=True) and j.current == "ledger"  # rebuilt, kept
    j.session.clear()
    assert j.reset() == Move("home", remember=False) and j.current == "home" and j.history == []
    assert j.session.person is None


# -- no one acts as someone else ------------------------------------------------------------------
CONFIRMING = {"passed", "identity_confirmed"}  # a face match, a staff member's sign-in


def _every_step(j: Journey):
    """Each outcome the current screen has a route for, with data a screen could send, except the
    ones that confirm (a face match, a staff sign-in) and a new identification."""
    for (screen, name), _ in list(j._routes.items()):
        if screen not in (j.current, "*") or name in CONFIRMING or name == "identified":
            continue
        samples = {
            "service": [{"purpose": p} for p in ("balance", "yidi", "chronic")],
            "open": [{"target": t} for t in ("ledger", "family", "receipt", "ask", "proxy", "settings")],
            "authorisation_seen": [{"staff_no": "1001"}],
        }.get(name, [{}])
        yield from ((name, data) for data in samples)
    yield ("back", {})


def _reachable_while_claimed(j: Journey, depth: int) -> set[str]:
    """Breadth-first over outcome sequences (and 返回) from where a typed number left the journey."""
    import copy

    seen, frontier = set(), [j]
    for _ in range(depth):
        next_frontier = []
        for state in frontier:
            for name, data in _every_step(state):
                branch = copy.deepcopy(state)
                try:
                    move = branch.back() if name == "back" else branch.outcome(name, **data)
                except (UnknownOutcome, TypeError):
                    continue
                seen.add(move.screen)
                next_frontier.append(branch)
        frontier = next_frontier[:400]
    return seen


@pytest.mark.parametrize("purpose", ["balance", "yidi", "chronic"])
@pytest.mark.parametrize("confirm", ["face", "staff"])
def test_a_typed_number_cannot_reach_personal_data_filing_or_cancelling(purpose, confirm):
    j = Journey(KioskSession("zh_CN"), typed_id_confirm=confirm)
    walk(j, ("service", {"purpose": purpose}), ("type_id", {}))
    first = j.outcome("identified", person=PERSON, by="typed").screen
    assert first == ("face_consent" if confirm == "face" else "proxy")
    reached = _reachable_while_claimed(j, depth=4)
    assert not reached & set(PERSONAL), reached  # balance, ledger, my_filings (cancel), filing, done (undo)
    assert j.session.person == PERSON and not j.identity_settled()


def test_a_typed_number_is_confirmed_by_a_face_match_then_goes_on():
    j = journey()
    walk(j, ("service", {"purpose": "chronic"}), ("type_id", {}), ("identified", {"person": PERSON, "by": "typed"}))
    assert walk(j, ("agree", {}), ("passed", {})) == ["face", "my_filings"]
    assert j.session.identity_confirmed == "face" and j.identity_settled()


@pytest.mark.parametrize("purpose, target", [("balance", "balance"), ("yidi", "my_filings")])
def test_a_typed_number_is_confirmed_by_staff_when_the_face_is_declined(purpose, target):
    j = journey()
    walk(j, ("service", {"purpose": purpose}), ("type_id", {}), ("identified", {"person": PERSON, "by": "typed"}))
    assert walk(j, ("other_way", {})) == ["proxy"] and j.session.confirm_by_staff == "identity"
    assert walk(j, ("identity_confirmed", {})) == [target]


def test_the_hall_may_choose_staff_only_for_typed_numbers():
    j = Journey(KioskSession("zh_CN"), typed_id_confirm="staff")
    walk(j, ("service", {"purpose": "balance"}), ("type_id", {}))
    assert walk(j, ("identified", {"person": PERSON, "by": "typed"}), ("identity_confirmed", {})) == [
        "proxy",
        "balance",
    ]


def test_offline_a_typed_number_goes_to_staff_since_no_face_can_be_checked():
    j = journey()
    walk(j, ("service", {"purpose": "balance"}), ("type_id", {}))
    cached = CachedAccount(Decimal("3"), dt.datetime(2026, 11, 1))
    assert j.outcome("identified", person=cached, by="typed", certno=PERSON.certno).screen == "proxy"
    assert j.session.claimed_certno == PERSON.certno


@pytest.mark.parametrize("by", ["voucher", "idcard", "sscard"])
def test_a_card_or_the_code_confirms_by_itself(by):
    j = journey()
    assert walk(j, ("service", {"purpose": "balance"}), ("identified", {"person": PERSON, "by": by})) == [
        "identify",
        "balance",
    ]
    assert j.identity_settled()


def test_a_social_security_card_asks_for_its_pin_on_any_identifying_screen():
    for where in ("identify", "scan", "id_entry"):
        j = journey()
        walk(j, ("service", {"purpose": "balance"}))
        j.jump(where)
        assert walk(j, ("card_needs_pin", {}), ("identified", {"person": PERSON, "by": "sscard"})) == [
            "card_pin",
            "balance",
        ]


def test_a_new_identification_in_the_session_is_a_new_claim():
    j = journey()
    walk(j, ("service", {"purpose": "balance"}), ("identified", {"person": PERSON, "by": "idcard"}), ("home", {}))
    j.jump("id_entry")
    assert j.outcome("identified", person=PERSON, by="typed").screen == "face_consent"


def test_a_staff_member_signed_in_for_a_proxy_filing_answers_for_the_typed_number():
    j = journey()
    walk(j, ("open", {"target": "proxy"}))
    j.session.filed_by, j.session.agent = "staff", {"name": "工作人员", "staff_no": "1001"}
    walk(j, ("service", {"purpose": "yidi"}), ("type_id", {}))
    assert j.outcome("identified", person=PERSON, by="typed").screen == "my_filings"
    assert j.session.identity_confirmed == "staff"


def test_the_family_proxy_authorisation_is_confirmed_by_a_staff_sign_in():
    j = journey()
    walk(j, ("service", {"purpose": "yidi"}), ("identified", {"person": PERSON, "by": "voucher"}), ("wizard_ready", {}))
    assert walk(j, ("authorisation_check", {})) == ["proxy"] and j.session.confirm_by_staff == "authorisation"
    assert j.outcome("authorisation_seen", staff_no="1001") == Move("filing", remember=False, again=True)
    assert j.session.authorisation_seen_by == "1001" and not j.session.confirm_by_staff


def test_an_unknown_medium_is_a_programming_error():
    with pytest.raises(UnknownOutcome):
        walk(journey(), ("service", {"purpose": "balance"}), ("identified", {"person": PERSON, "by": "guess"}))


def test_done_leads_to_the_rating_from_balance_filing_done_and_home():
    j = journey()
    assert walk(
        j, ("service", {"purpose": "balance"}), ("identified", {"person": PERSON, "by": "voucher"}), ("finished", {})
    ) == [
        "identify",
        "balance",
        "rating",
    ]
    assert j.back().screen == "home"  # the rating is not on the way back to the service
    j = journey()
    walk(j, ("service", {"purpose": "balance"}), ("identified", {"person": PERSON, "by": "voucher"}))
    j.home()
    assert walk(j, ("finished", {})) == ["rating"]  # home's 办完了，退出
    j.jump("filing_done")
    assert walk(j, ("finished", {})) == ["rating"]
    assert walk(j, ("home", {})) == ["home"]


def test_my_filings_from_home_identifies_then_lists_every_kind():
    j = journey(face_check="filings")
    assert walk(j, ("service", {"purpose": "my_filings"}), ("identified", {"person": PERSON, "by": "voucher"})) == [
        "identify",
        "my_filings",
    ]
    assert j.session.purpose == "my_filings"  # looking is not filing: no face check
