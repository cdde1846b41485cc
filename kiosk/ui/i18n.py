"""Translating strings that the Qt-free core marked with QT_TRANSLATE_NOOP."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtGui import QGuiApplication

# each language by its own name, so a person finds theirs whatever is on the screen
LANGUAGES = [("zh_CN", "简体中文"), ("zh_HK", "繁體中文 · 粵語"), ("en", "English"), ("ug", "ئۇيغۇرچە")]
# the kiosk's languages as Qt locales (month names, digits, text direction)
QT_LOCALES = {"zh_CN": "zh_CN", "zh_HK": "zh_HK", "en": "en_GB", "ug": "ug_CN"}


def is_han(char: str) -> bool:
    """A Chinese character (CJK unified ideographs, extension A, compatibility ideographs)."""
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def receipt_word(text: str) -> str:
    """A receipt's title, label or value in the language on screen: receipt words, the
    insurance type and status, the filing types and the label: value pattern each live in
    their own context."""
    for context in ("receipt", "person", "filing", "punctuation"):
        words = QCoreApplication.translate(context, text)
        if words != text:
            return words
    return text


def use_locale(locale: str) -> None:
    """Dates and numbers Qt formats from now on follow the kiosk's language."""
    QLocale.setDefault(QLocale(QT_LOCALES.get(locale, "zh_CN")))


def shown_date(day: dt.date, pattern: str) -> str:
    """A date on screen, ``pattern`` being a translated Qt date format (yyyy年M月d日, d MMMM yyyy)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


# Chinese punctuation between the parts of a spoken list; each language has its own marks
COMMA = QT_TRANSLATE_NOOP("punctuation", "，")
SEMICOLON = QT_TRANSLATE_NOOP("punctuation", "；")
ENUMERATION = QT_TRANSLATE_NOOP("punctuation", "、")
FULL_STOP = QT_TRANSLATE_NOOP("punctuation", "。")
LABELLED = QT_TRANSLATE_NOOP("punctuation", "{label}：{value}")


def mark(chinese_mark: str) -> str:
    return QCoreApplication.translate("punctuation", chinese_mark)


def join_list(items, chinese_mark: str = COMMA) -> str:
    return mark(chinese_mark).join(items)


def labelled(label: str, value: str) -> str:
    return mark(LABELLED).format(label=label, value=value)


_SENTENCE_ENDS = tuple("。！？.!?؟")


def join_sentences(parts) -> str:
    """Sentences one after another: each ends with a full stop (a question shown as a title
    has none), and languages written with spaces put one between them."""
    gap = "" if QLocale().language() == QLocale.Language.Chinese else " "
    stop = mark(FULL_STOP).strip()
    return gap.join(
        part if part.endswith(_SENTENCE_ENDS) else part + stop for part in (p.strip() for p in parts) if part
    )


# a number, date, time, amount (with its ¥) or masked ID: digits with their own punctuation and
# stars; or a name or place in Chinese characters, masked or not (张**, 广州市)
_LTR_RUN = re.compile(
    r"¥?[+\-−]?[0-9](?:[0-9A-Za-z*.,:/\-−]*[0-9A-Za-z*])?"
    r"|[\u3400-\u9fff\uf900-\ufaff][\u3400-\u9fff\uf900-\ufaff*·]*"
)
_MADE_RUN = re.compile("\u2066([^\u2066\u2069]*)\u2069")
NAME_OPEN, NAME_CLOSE = "\u2068", "\u2069"  # FSI ... PDI: a name or address, kept as written


def bidi_safe(text: str) -> str:
    """In a right-to-left language, numbers like 2026-11-23, ¥3,456.70 or 138****8000 and names
    like 张** keep their left-to-right order (each run isolated, Unicode LRI ... PDI)."""
    if not text or not QGuiApplication.isRightToLeft():
        return text
    return _LTR_RUN.sub(lambda run: "\u2066" + run.group(0) + "\u2069", _MADE_RUN.sub(r"\1", text))


def as_name(text: str) -> str:
    """A person's, hospital's or place's name (or an address): isolated from the words around it
    (first-strong, so it reads in its own direction in every language). Names are not translated;
    the audit knows an isolated span is a name."""
    return NAME_OPEN + text + NAME_CLOSE if text else text


def for_screen(text: str) -> str:
    """What a label or button shows: on a 繁體 screen every string, center data included, in
    Hong Kong characters (OpenCC s2hk; translated strings are already)."""
    if text and QLocale().name() == "zh_HK":
        from kiosk.policy.clean import simplified_to_hongkong  # OpenCC, loaded on the first 繁體 screen

        return simplified_to_hongkong(text)
    return text


def data_word(text: str) -> str:
    """A value from the center or the reference data, in plain words and the language on screen
    (closed sets: kiosk/core/data_words.py)."""
    from kiosk.core.data_words import plain

    return QCoreApplication.translate("data", plain(text))


def place_name(text: str) -> str:
    """A province or city: as written on a Chinese screen, in pinyin (Guangzhou) elsewhere; isolated
    as a name either way."""
    if not text or QLocale().language() == QLocale.Language.Chinese:
        return as_name(text)
    from pypinyin import lazy_pinyin  # only for English and Uyghur screens

    from kiosk.core.data_words import PLACE_SUFFIXES

    def one(part: str) -> str:
        core = next((part[: -len(s)] for s in PLACE_SUFFIXES if part.endswith(s) and len(part) > len(s) + 1), part)
        return _PINYIN_AS_USED.get(core) or "".join(lazy_pinyin(core)).capitalize()

    # 广州市天河区 -> Guangzhou Tianhe: each level by its own name, without 省/市/区
    parts = [p for p in _PLACE_LEVEL.findall(text)] or [text]
    return as_name(" ".join(one(part) for part in parts))


_PLACE_LEVEL = re.compile(r".+?(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|地区|省|市|区|县)|.+$")


_PINYIN_AS_USED = {"陕西": "Shaanxi", "内蒙古": "Inner Mongolia", "香港": "Hong Kong", "澳门": "Macao"}


WORD_JOINER = "\u2060"  # no line break here (Unicode WJ); invisible, and stripped from text() again
# the last Chinese character of a paragraph and what comes before it (a character or a digit: 输了0位)
_LAST_TWO_HAN = re.compile(r"([^\s\u2060])([\u3400-\u9fff\uf900-\ufaff])([^\u3400-\u9fff\uf900-\ufaff\w]*)$")


def keep_together(text: str) -> str:
    """Chinese line breaking an elder can read: the last character of a paragraph never goes onto a
    line of its own (a widow such as 除。 or 病？): it is joined to the one before, its mark with it."""
    if not text or WORD_JOINER in text:
        return text

    def glue(paragraph: str) -> str:
        return _LAST_TWO_HAN.sub(
            lambda m: m.group(1) + WORD_JOINER + m.group(2) + (WORD_JOINER + m.group(3) if m.group(3) else ""),
            paragraph,
        )

    return "\n".join(glue(paragraph) for paragraph in text.split("\n"))
