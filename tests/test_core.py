import datetime as dt
from decimal import Decimal

import pytest

from kiosk.core import idnumber
from kiosk.core.envelope import make_msgid
from kiosk.core.masking import mask_id, mask_name, mask_phone, scrub
from kiosk.core.money import format_yuan


def test_known_valid_number_with_x_check_digit():
    assert idnumber.validate(" 11010519491231002x ") == "11010519491231002X"


@pytest.mark.parametrize(
    "raw, reason",
    [
        ("1101051949123100", "id_length"),
        ("11010519491231002A", "id_chars"),
        ("１１０１０５１９４９１２３１００２X", "id_chars"),  # full-width digits
        ("990105194912310023", "id_region"),  # no province 99: the first group is wrong
        ("110105194902300025", "id_birth"),  # 30 February
        ("110105194912310021", "id_check"),
    ],
)
def test_each_kind_of_bad_number_has_its_own_plain_reason(raw, reason):
    with pytest.raises(idnumber.IdNumberError) as err:
        idnumber.validate(raw)
    assert err.value.reason == reason


def test_made_numbers_validate_and_carry_birth_and_sex():
    number = idnumber.make("440106", dt.date(1946, 3, 12), 101)
    assert idnumber.validate(number) == number
    assert idnumber.is_male(number)
    assert idnumber.age_on(number, dt.date(2026, 3, 11)) == 79
    assert idnumber.age_on(number, dt.date(2026, 3, 12)) == 80


def test_masks_show_only_what_the_rules_allow():
    assert mask_id("11010519491231002X") == "110***********002X"
    assert mask_phone("138 0013 8000") == "138****8000"
    assert mask_name("张桂兰") == "张**"
    assert scrub("id 11010519491231002X tel 13800138000") == "id 110***********002X tel 138****8000"


def test_money_is_shown_grouped_with_two_decimals():
    assert format_yuan(Decimal("12345.6")) == "12,345.60"
    assert format_yuan("0.5") == "0.50"


def test_msgid_is_thirty_characters_and_unique(tmp_path):
    now = dt.datetime(2026, 11, 23, 9, 30, 1)
    first, second = make_msgid("H44010000001", now), make_msgid("H44010000001", now)
    assert len(first) == 30 and first != second
    assert first[:12] == "H44010000001" and first[12:26] == "20261123093001"  # 定点医药机构编号(12) + time(14) + seq(4)
    queued = make_msgid("H44010000001", now, seq=1, outbox=True)
    assert (
        queued == "H44010000001" + "20261123093001" + "0001" and int(first[26:]) >= 5000
    )  # outbox and direct never meet
    with pytest.raises(ValueError):
        make_msgid("KIOSK0001", now)  # not a 12-character institution code
    assert make_msgid("H44010000001", now, terminal_seq=1201) == "H44010000001" + "20261123093001" + "1201"
    # a terminal's own ids: its two-digit number in the hall, then its next number in that second
    from kiosk.sync.msgids import MsgidSource

    clock = iter([now.timestamp()] * 300).__next__
    k01 = MsgidSource(tmp_path / "a", "H44010000001", "HALL01-K01", clock)
    k02 = MsgidSource(tmp_path / "b", "H44010000001", "HALL01-K02", clock)
    ids = [k01.next() for _ in range(50)] + [k02.next() for _ in range(50)]
    ids += [MsgidSource(tmp_path / "a", "H44010000001", "HALL01-K01", clock, lane="outbox").next() for _ in range(50)]
    assert len(set(ids)) == 150 and {i[26:28] for i in ids} == {"01", "02"}
    assert (
        MsgidSource(tmp_path / "a", "H44010000001", "HALL01-K01", lambda: now.timestamp() - 5).next()[12:26]
        == "20261123093002"
    )  # the clock went back after a full second: never the same id again


def test_log_lines_and_traces_never_carry_an_id_number(tmp_path):
    import logging

    from kiosk.logs import ScrubFilter

    handler = logging.FileHandler(tmp_path / "kiosk.log", encoding="utf-8")  # as logs.setup wires it
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    log = logging.getLogger("kiosk.test")
    log.addHandler(handler)
    try:
        log.warning("looked up %s", "11010519491231002X")
        try:
            raise ValueError("bad number 440104194603121006")
        except ValueError:
            log.exception("failed")
    finally:
        log.removeHandler(handler)
        handler.close()
    text = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    assert "Traceback" in text and "ValueError" in text
    assert "11010519491231002X" not in text and "440104194603121006" not in text
