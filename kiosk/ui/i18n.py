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
    return gap.join(part if part.endswith(_SENTENCE_ENDS) else part + stop
                    for part in (p.strip() for p in parts) if part)


# a number, date, time, amount or masked ID: digits with their own punctuation and stars
_LTR_RUN = re.compile(r"[+\-−]?[0-9](?:[0-9A-Za-z*.,:/\-−]*[0-9A-Za-z*])?")


def bidi_safe(text: str) -> str:
    """In a right-to-left language, numbers like 2026-11-23 or 138****8000 keep their
    left-to-right order (each run isolated, Unicode LRI ... PDI)."""
    if not text or not QGuiApplication.isRightToLeft():
        return text
    return _LTR_RUN.sub(lambda run: "\u2066" + run.group(0) + "\u2069", text.replace("\u2066", "").replace("\u2069", ""))
