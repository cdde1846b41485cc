"""What the Mandarin voice is given: the right pinyin for polyphones and numbers (issue 23)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core import pronounce

SET = Path(__file__).parent / "data" / "pronunciation.jsonl"


def test_the_marked_words_of_the_kiosks_own_sentences_are_read_right():
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 60 and {row["source"] for row in rows} == {"prompt", "ledger", "policy"}
    wrong, total = [], 0
    for row in rows:
        for word, ok in pronounce.marks_read_right(row["text"], row["marks"]).items():
            total += 1
            if not ok:
                wrong.append((word, row["marks"][word], pronounce.engine_text(row["text"])))
    right = 1 - len(wrong) / total
    assert right >= 0.98, f"{right:.1%} of {total} marked words right; wrong: {wrong}"


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("请重新输入", "qing3 chong2 xin1 shu1 ru4"),
        ("银行卡还款", "yin2 hang2 ka3 huan2 kuan3"),
        ("去重庆长沙", "qu4 chong2 qing4 chang2 sha1"),
        ("一共一个不对", "yi2 gong4 yi2 ge4 bu2 dui4"),
        ("第一，十一月一日", "di4 yi1, shi2 yi1 yue4 yi1 ri4"),
        ("比一比", "bi3 yi5 bi3"),
        ("语言 Language", "yu3 yan2"),
        ("最后一位可能是X。", "zui4 hou4 yi2 wei4 ke3 neng2 shi4 X."),
    ],
)
def test_phrases_decide_the_reading(text, given):
    assert pronounce.engine_text(text) == given


def test_every_lexicon_entry_has_one_syllable_per_character(tmp_path):
    assert len(pronounce.read_lexicon()) > 100
    bad = tmp_path / "bad.tsv"
    bad.write_text("重新\tchong2\n", encoding="utf-8")
    with pytest.raises(pronounce.LexiconError):
        pronounce.read_lexicon(bad)


def _pronounce(text: str, locale: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "say", text, "--pronounce", "--locale", locale],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "KIOSK_HOME": str(home)},
    )


def test_kiosk_say_pronounce_shows_the_decimal_and_the_percentage_in_words(tmp_path):
    done = _pronounce("余额1234.56元，报销比例低3.5%", "zh_CN", tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "yu2 e2 yi4 qian1 er4 bai3 san1 shi2 si4 yuan2 wu3 jiao3 liu4 fen1, "
        "bao4 xiao1 bi3 li4 di1 bai3 fen1 zhi1 san1 dian3 wu3"
    )
    done = _pronounce("餘額1234.56元，報銷比例低3.5%", "zh_HK", tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "餘額一千二百三十四元五角六分，報銷比例低百分之三點五"


def test_what_pronounce_shows_is_what_the_engine_reads(tmp_path):
    """The same pinyin through espeak-ng gives the same phonemes as the kiosk's WAV path would."""
    shown = _pronounce("请重新输入", "zh_CN", tmp_path).stdout.strip()
    phonemes = subprocess.run(
        ["espeak-ng", "-v", "cmn-latn-pinyin", "-x", "-q", shown], capture_output=True, text=True, timeout=10
    ).stdout
    assert "ts.h'ong35" in phonemes  # chóng, rising: not zhòng
