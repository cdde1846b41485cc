"""The card readers through the operator verb, each against the real stack: a SAM reader speaking
its serial protocol on a pty, and pcscd + vpcd + an emulated 社保卡 (tests/card_rig.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from card_rig import PIN, card_numbers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.masking import mask_id
from kiosk.devices import idcard
from kiosk.devices.cards import ReaderError
from kiosk.devices.sscard import SsCardReader

ROOT = Path(__file__).resolve().parents[1]


def kiosk(*argv: str, stdin: str = "", home: Path, center_url: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "KIOSK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("KIOSK_CENTER_URL", None)
    if center_url:
        env["KIOSK_CENTER_URL"] = center_url
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *argv], input=stdin, capture_output=True, text=True, timeout=60, env=env
    )


def one_line(done: subprocess.CompletedProcess) -> str:
    assert done.returncode != 0 and done.stdout == "", done
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


# -- 身份证 -------------------------------------------------------------------------------------
def test_idcard_read_gives_the_person_on_the_card_masked(idcard_reader, demo, tmp_path):
    done = kiosk("card", "read", "--kind", "idcard", "--port", idcard_reader.path, "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "certno": mask_id(demo["certno"]),
        "name": demo["name"][0] + "**",
        "valid_until": "2036-03-12",
    }
    assert demo["certno"] not in done.stdout + done.stderr


def test_idcard_read_unmasked_and_the_protocol_bytes(idcard_reader, demo, tmp_path):
    done = kiosk(
        "card", "read", "--kind", "idcard", "--port", idcard_reader.path, "--json", "--unmasked", home=tmp_path
    )
    assert json.loads(done.stdout) == {"certno": demo["certno"], "name": demo["name"], "valid_until": "2036-03-12"}
    # 寻卡, 选卡, 读基本信息, each framed with its XOR checksum
    assert [c.hex() for c in idcard_reader.commands] == [
        "aaaaaa9669000320012" + "2",
        "aaaaaa966900032002" + "21",
        "aaaaaa966900033001" + "32",
    ]


@pytest.mark.parametrize(
    "mode, sentence",
    [
        ("no_card", "读卡器上没有卡"),
        ("bad_checksum", "卡没有读出来"),
        ("removed_mid_read", "卡没有读出来"),
        ("silent", "读卡器现在用不了"),
    ],
)
def test_idcard_refusals_are_one_plain_line(idcard_reader, tmp_path, mode, sentence):
    idcard_reader.mode = mode
    done = kiosk(
        "card", "read", "--kind", "idcard", "--port", idcard_reader.path, "--json", "--timeout", "0.5", home=tmp_path
    )
    assert sentence in one_line(done)
    assert done.returncode == 1


def test_idcard_without_a_port_is_a_usage_error(tmp_path):
    done = kiosk("card", "read", "--kind", "idcard", "--json", home=tmp_path)
    assert "idcard_port" in one_line(done) and done.returncode == 2


# -- 社保卡 -------------------------------------------------------------------------------------
def test_sscard_read_gives_card_number_and_social_security_number(sscard, demo, tmp_path):
    sscard(demo, card_no="A01234567")
    done = kiosk("card", "read", "--kind", "sscard", "--json", "--unmasked", home=tmp_path)
    assert done.returncode == 0, done.stderr
    read = json.loads(done.stdout)
    assert (read["card_no"], read["ssn"], read["name"]) == ("A01234567", demo["certno"], demo["name"])
    assert read["card_sn"] and read["reader"].startswith("Virtual PCD")
    masked = json.loads(kiosk("card", "read", "--kind", "sscard", "--json", home=tmp_path).stdout)
    assert masked["ssn"] == mask_id(demo["certno"]) and masked["card_no"] == "*****4567"


def test_sscard_wrong_pin_says_the_tries_left_then_blocked(sscard, demo, tmp_path):
    sscard(demo, tries=3)
    wrong = ("card", "read", "--kind", "sscard", "--json", "--pin-stdin")
    said = [one_line(kiosk(*wrong, stdin="000000\n", home=tmp_path)) for _ in range(3)]
    assert "还可以试2次" in said[0] and "还可以试1次" in said[1]
    assert "密码已经锁住了" in said[2]
    # blocked stays blocked, even for the right PIN
    assert "锁住" in one_line(kiosk("card", "read", "--kind", "sscard", "--pin-stdin", stdin=PIN + "\n", home=tmp_path))


def test_sscard_right_pin_and_1101_with_type_03(sscard, demo, tmp_path, center):
    sscard(demo, **card_numbers(center, demo))
    done = kiosk(
        "card",
        "read",
        "--kind",
        "sscard",
        "--json",
        "--pin-stdin",
        "--lookup",
        stdin=PIN + "\n",
        home=tmp_path,
        center_url=center.url,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["lookup"]["psn_no"] == demo["psn_no"]


def test_sscard_of_someone_the_center_does_not_know(sscard, demo, tmp_path, center):
    import datetime as dt

    from kiosk.core import idnumber

    stranger = {"certno": idnumber.make("440104", dt.date(1950, 5, 5), 777), "name": "路人甲"}
    sscard(stranger)
    done = kiosk("card", "read", "--kind", "sscard", "--lookup", home=tmp_path, center_url=center.url)
    assert "没有这张卡的参保信息" in one_line(done)


def test_sscard_no_card_and_no_reader(pcsc, tmp_path):
    assert "读卡器上没有卡" in one_line(kiosk("card", "read", "--kind", "sscard", home=tmp_path))
    assert "读卡器现在用不了" in one_line(
        kiosk("card", "read", "--kind", "sscard", "--reader", "No Such Reader", home=tmp_path)
    )


# -- hostile bytes ------------------------------------------------------------------------------------


class ScriptedPort:
    """A serial port that answers every command with the same bytes."""

    def __init__(self, reply: bytes):
        self.reply, self.pending = reply, b""

    def reset_input_buffer(self):
        self.pending = b""

    def write(self, data):
        self.pending = self.reply

    def read(self, size):
        chunk, self.pending = self.pending[:size], self.pending[size:]
        return chunk

    def close(self):
        pass


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=1400),
        st.binary(max_size=1300).map(lambda body: idcard.frame(bytes([0, 0, 0x90]) + body)),
        st.binary(min_size=256, max_size=256).map(
            lambda text: idcard.frame(bytes([0, 0, 0x90, 1, 0, 4, 0]) + text + bytes(1024))
        ),
    )
)
def test_any_bytes_from_the_id_card_reader_give_a_card_none_or_a_plain_error(reply):
    reader = idcard.IdCardReader("fuzz", timeout_s=0.01, port_factory=lambda: ScriptedPort(reply))
    try:
        reader.poll()
    except ReaderError as error:
        assert error.key in ("card_unreadable", "reader_lost")


class ScriptedCard:
    def __init__(self, answers):
        self.answers = answers

    def transmit(self, apdu):
        data, sw1, sw2 = self.answers.pop(0) if self.answers else ([], 0x6A, 0x82)
        return list(data), sw1, sw2


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.binary(max_size=40), st.integers(0, 255), st.integers(0, 255)), max_size=8))
def test_any_answers_from_a_card_give_a_card_or_a_plain_error(answers):
    try:
        SsCardReader()._read(ScriptedCard(list(answers)), "fuzz")
    except ReaderError as error:
        assert error.key in ("card_unreadable", "sscard_not_social")


def test_a_text_block_that_is_not_ucs2_is_an_unreadable_card():
    with pytest.raises(ReaderError) as error:
        idcard.parse_text(b"\x00\xd8" * 128)  # lone surrogates: no text a card would hold
    assert error.value.key == "card_unreadable"
