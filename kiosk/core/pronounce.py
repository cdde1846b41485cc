"""What the Mandarin voice is given: tone-numbered pinyin, chosen by the kiosk, not by the engine.

espeak-ng's ``cmn-latn-pinyin`` voice reads Chinese characters one by one from its own dictionary and gets
common polyphones wrong (重新 as zhòng, 银行 as xíng); given pinyin such as ``chong2 xin1`` it reads exactly
that (``espeak-ng -v cmn-latn-pinyin -x -q "zhong4 xin1"`` shows the tone contours 51 and 55). So the kiosk
converts: numbers to words first (``kiosk.core.speakable.spoken``), then characters to pinyin with pypinyin's
phrase-aware converter, with the kiosk's own lexicon (``assets/pronunciation/mandarin.tsv``: 医保 words and
place names) on top. 一 and 不 change their tone before another syllable as speakers do; the third-tone
sandhi is left to espeak-ng, which applies it itself (ni3 hao3 is read 35 214).

Cantonese: espeak-ng's ``yue`` voice reads characters, and its ``yue-Latn-jyutping`` variant reads Jyutping;
the kiosk has no phrase-aware Jyutping converter installed, so Cantonese keeps the characters (numbers are
still turned into words first).
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

from kiosk.core.speakable import NUMERAL_ONE, spoken

LEXICON = Path(__file__).resolve().parents[2] / "assets" / "pronunciation" / "mandarin.tsv"

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff〇]")
# punctuation the voice pauses at, in the ASCII form espeak-ng's pinyin voice knows
_PAUSES = str.maketrans(
    {
        "，": ",",
        "、": ",",
        "；": ";",
        "：": ",",
        ":": ",",
        "。": ".",
        "！": "!",
        "？": "?",
        "…": ",",
        "—": ",",
        "~": ",",
        "～": ",",
        "〔": ",",
        "〕": ",",
        "（": ",",
        "）": ",",
        "(": ",",
        ")": ",",
        "【": ",",
        "】": ",",
    }
)
_SILENT = re.compile(r"[《》“”‘’「」『』\[\]［］\"'·*]")
_ENGLISH_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]*[a-z][A-Za-z]*(?![A-Za-z0-9])")
_NUMERALS = set("零〇一二三四五六七八九两")
_SYLLABLE = re.compile(r"^([a-zü]+)([1-5])$")


class LexiconError(ValueError):
    """A lexicon line that is not ``word<TAB>pin1 yin1`` with one syllable per character."""


def read_lexicon(path: Path = LEXICON) -> dict[str, list[str]]:
    entries: dict[str, list[str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        word, _, reading = line.partition("\t")
        syllables = reading.split()
        if len(syllables) != len(word) or not all(_SYLLABLE.match(s.replace("v", "ü")) for s in syllables):
            raise LexiconError(f"{path.name} line {number}: {line!r}")
        entries[word.strip()] = syllables
    return entries


@functools.lru_cache(maxsize=1)
def _converter():
    """pypinyin with the kiosk's lexicon loaded into its phrase dictionary, and a jieba tokenizer that keeps the
    lexicon's words whole (once per process). jieba cuts 推行长处方 as 推行/长处方 where pypinyin's own
    left-to-right longest match takes 行长 (hang2 zhang3)."""
    import jieba
    import pypinyin
    from pypinyin.contrib.tone_convert import to_tone

    lexicon = read_lexicon()
    pypinyin.load_phrases_dict(
        {word: [[to_tone(s.replace("v", "ü"))] for s in syllables] for word, syllables in lexicon.items()}
    )
    tokenizer = jieba.Tokenizer()
    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" lines on a verb's terminal
    for word in lexicon:
        tokenizer.add_word(word, freq=200_000)
    return pypinyin, tokenizer


def _citation(text: str) -> list[str]:
    """One item per character of ``text``: tone-numbered pinyin for a Han character, else the character."""
    pypinyin, tokenizer = _converter()
    out: list[str] = []
    for chunk in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff〇]+|[^\u3400-\u4dbf\u4e00-\u9fff〇]+", text):
        if _HAN.match(chunk):
            words = tokenizer.lcut(chunk.replace("〇", "零"), HMM=False)
            readings = pypinyin.lazy_pinyin(
                words, style=pypinyin.Style.TONE3, neutral_tone_with_five=True, errors=lambda c: ["?"] * len(c)
            )
            out += [r.replace("ü", "v") for r in readings]
        else:
            out += list(chunk)
    return out


def _yi_bu(chars: str, syllables: list[str]) -> list[str]:
    """一 and 不 as spoken: 不 before a fourth tone is bu2; 一 is yi2 before a fourth tone and yi4 before the
    others, except in numbers and ordinals (十一, 第一, 一一〇, 一月), where it keeps yi1."""
    out = list(syllables)
    for i, char in enumerate(chars):
        nxt = (
            next((s for s in syllables[i + 1 :] if s[-1:].isdigit()), "")
            if i + 1 < len(chars) and chars[i + 1] == NUMERAL_ONE
            else (syllables[i + 1] if i + 1 < len(syllables) else "")
        )
        next_tone = nxt[-1] if nxt[-1:].isdigit() else ""
        if char == "不" and out[i] == "bu4" and next_tone == "4":
            out[i] = "bu2"
        elif char == "一" and chars[i + 1 : i + 2] in ("月", "号", "日", NUMERAL_ONE):
            out[i] = "yi1"  # 一月, 一日, the digit 1: a number, whatever the phrase dictionary says
        elif char == "一" and out[i] == "yi1":
            before = chars[i - 1] if i else " "
            after = chars[i + 1] if i + 1 < len(chars) else " "
            if before == after and _HAN.match(before) and chars[i - 2 : i - 1] != "一":  # 看一看, 比一比 (not 一个一个)
                out[i] = "yi5"
            elif next_tone in ("1", "2", "3", "4") and not (
                before in _NUMERALS or before in "第十" or after in _NUMERALS or after in "月号日" + NUMERAL_ONE
            ):
                out[i] = "yi2" if next_tone == "4" else "yi4"
    return out


def syllables(text: str) -> list[str]:
    """One item per character of already-spoken Mandarin text, 一/不 sandhi applied (the evaluation unit)."""
    return _yi_bu(text, _citation(text))


def engine_text(text: str, locale: str = "zh_CN") -> str:
    """Exactly what the synthesis engine is given for ``text`` in ``locale``."""
    said = spoken(text, locale)
    if locale != "zh_CN":
        return said
    said = _SILENT.sub(" ", said)
    # an English word in a Mandarin sentence is a bilingual label ("语言 Language"): the pinyin voice would read it
    # as garbled syllables, so it is left to the English voice; capitals such as X (an ID's last digit) stay
    said = _ENGLISH_WORD.sub(" ", said)
    said = said.replace("|", "，").replace("-", "，")  # table cells and leftover dashes: a pause
    parts: list[str] = []
    for char, reading in zip(said, syllables(said)):
        if _HAN.match(char):
            parts.append(" " + reading + " ")
        elif char == NUMERAL_ONE:
            continue
        else:
            parts.append(char.translate(_PAUSES))
    text = re.sub(r"\s+([,.;!?])", r"\1", "".join(parts))
    text = re.sub(r"([,.;!?])[\s,]*,", r"\1", text)  # one pause, not two, where brackets meet commas
    text = re.sub(r",[\s,]*([.;!?])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip(" ,")


def marks_read_right(text: str, marks: dict[str, str]) -> dict[str, bool]:
    """For each marked word of ``text``: does the engine get the expected pinyin (as often as the word occurs)?

    Used by the pronunciation test set (tests/data/pronunciation.jsonl) and by staff checking a lexicon entry."""
    given = re.findall(r"[a-zü]+[1-5]", engine_text(text))

    def occurrences(expected: list[str]) -> int:
        return sum(given[i : i + len(expected)] == expected for i in range(len(given) - len(expected) + 1))

    return {word: occurrences(expected.split()) >= text.count(word) for word, expected in marks.items()}
