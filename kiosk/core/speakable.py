"""Turning what is on screen into what is said, in natural Mandarin.

1234.56元 -> 一千二百三十四元五角六分; 2026-11-23 -> 二〇二六年十一月二十三日;
ID numbers digit by digit in their printed groups. Masked values ("张**",
"110***********002X") are never spoken (EN 301 549 5.1.3.8).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from kiosk.core.money import to_yuan

_DIGITS = "零一二三四五六七八九"
_DATE_DIGITS = "〇一二三四五六七八九"
_SMALL_UNITS = ["", "十", "百", "千"]
_BIG_UNITS = ["", "万", "亿", "万亿"]


def _four_digits(n: int) -> str:
    """0 < n < 10000, with 零 for inner gaps (1005 -> 一千零五)."""
    out, zero_pending = "", False
    for position in (3, 2, 1, 0):
        digit = n // 10**position % 10
        if digit == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out += "零"
            zero_pending = False
        out += _DIGITS[digit] + _SMALL_UNITS[position]
    return out


def integer(n: int) -> str:
    """Cardinal number: 0 -> 零, 10 -> 十, 12 -> 十二, 20005 -> 二万零五."""
    if n < 0:
        return "负" + integer(-n)
    if n == 0:
        return "零"
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(out)
            continue
        if out and (need_zero or group < 1000):
            out += "零"
        out += _four_digits(group) + _BIG_UNITS[index]
        need_zero = False
    if out.startswith("一十"):  # 十二, not 一十二
        out = out[1:]
    return out


def count(n: int) -> str:
    """How many of something: 两位, not 二位."""
    return "两" if n == 2 else integer(n)


def amount(value) -> str:
    """Yuan with jiao and fen: 1234.56 -> 一千二百三十四元五角六分; 8.05 -> 八元零五分; 0.3 -> 三角."""
    money = to_yuan(value)
    sign = "负" if money < 0 else ""
    money = abs(money)
    yuan = int(money)
    cents = int((money - yuan) * 100)
    jiao, fen = divmod(cents, 10)
    out = integer(yuan) + "元" if yuan or not cents else ""
    if jiao:
        out += _DIGITS[jiao] + "角"
    if fen:
        out += ("零" if yuan and not jiao else "") + _DIGITS[fen] + "分"
    if not jiao and not fen:
        out += "整" if yuan else ""
    return sign + out


def date(day: dt.date) -> str:
    """Year digit by digit, month and day as numbers: 二〇二六年十一月二十三日."""
    year = "".join(_DATE_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{integer(day.month)}月{integer(day.day)}日"


def time_of_day(moment: dt.datetime | dt.time) -> str:
    """9:05 -> 九点零五分; 14:00 -> 十四点."""
    hour, minute = moment.hour, moment.minute
    if not minute:
        return f"{integer(hour)}点"
    return f"{integer(hour)}点{'零' if minute < 10 else ''}{integer(minute)}分"


def digits(text: str) -> str:
    """Digit by digit, as a person reads a number off a card: 1 is 幺-free 一, X is 叉."""
    return "".join(_DATE_DIGITS[int(c)] if c.isdigit() else ("叉" if c in "Xx" else c) for c in text)


def id_number(number: str) -> str:
    """ID numbers in the card's 6-8-4 groups with a pause between groups."""
    groups = [number[:6], number[6:14], number[14:]]
    return "，".join(digits(g) for g in groups if g)


# a masked name (one Han character and stars) or a masked number (digits around stars)
_MASKED = re.compile(r"[\u4e00-\u9fff]\*+|[0-9A-Za-z]*\*+[0-9A-Za-z]*")


def without_masked(text: str) -> str:
    """Drop every masked value: masked values are never spoken."""
    text = re.sub(r"\s{2,}", " ", _MASKED.sub("", text))
    return text.strip(" ，,、")


class Reader:
    """How numbers, amounts, dates and ID numbers are read aloud in one language.

    The screens ask for the reader of the language on screen, so an English or Uyghur
    voice never gets Chinese numerals it would spell out character by character. The
    Mandarin reading; ``script`` maps it onto another set of characters."""

    script: dict[int, str] = {}

    def integer(self, n: int) -> str:
        return integer(n).translate(self.script)

    def count(self, n: int) -> str:
        return count(n).translate(self.script)

    def amount(self, value) -> str:
        return amount(value).translate(self.script)

    def date(self, day: dt.date) -> str:
        return date(day).translate(self.script)

    def time_of_day(self, moment: dt.datetime | dt.time) -> str:
        return time_of_day(moment).translate(self.script)

    def digits(self, text: str) -> str:
        return digits(text)

    def id_number(self, number: str) -> str:
        return id_number(number)


class CantoneseReader(Reader):
    """The Mandarin reading in Traditional characters, which the Cantonese voice reads
    the Cantonese way (兩萬 = loeng5 maan6)."""

    script = str.maketrans("两万亿点负", "兩萬億點負")


class DigitsReader(Reader):
    """Languages whose voice reads Western digits itself (English, Uyghur): numbers stay
    digits, with the language's word for yuan, month names and date order."""

    def __init__(self, yuan: str, months: tuple[str, ...], date_format: str, minus: str = "minus "):
        self._yuan, self._months, self._date_format, self._minus = yuan, months, date_format, minus

    def integer(self, n: int) -> str:
        return str(n)

    def count(self, n: int) -> str:
        return str(n)

    def amount(self, value) -> str:
        money = to_yuan(value)
        sign = self._minus if money < 0 else ""
        return f"{sign}{abs(money):.2f} {self._yuan}"

    def date(self, day: dt.date) -> str:
        return self._date_format.format(year=day.year, month=self._months[day.month - 1], day=day.day)

    def time_of_day(self, moment: dt.datetime | dt.time) -> str:
        return f"{moment.hour}:{moment.minute:02d}"

    def digits(self, text: str) -> str:
        # spaced so the voice says each digit, not one big number
        return " ".join(text.upper())

    def id_number(self, number: str) -> str:
        return ", ".join(self.digits(g) for g in (number[:6], number[6:14], number[14:]) if g)


_READERS = {
    "zh_CN": Reader(),
    "zh_HK": CantoneseReader(),
    "en": DigitsReader("yuan", ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                                "October", "November", "December"), "{day} {month} {year}"),
    "ug": DigitsReader("يۈەن", ("يانۋار", "فېۋرال", "مارت", "ئاپرېل", "ماي", "ئىيۇن", "ئىيۇل", "ئاۋغۇست", "سېنتەبىر",
                               "ئۆكتەبىر", "نويابىر", "دېكابىر"), "{year}-يىلى {day}-{month}", minus="مىنۇس "),
}


def reader(locale: str) -> Reader:
    """The reader for a kiosk locale (zh_CN when unknown)."""
    return _READERS.get(locale, _READERS["zh_CN"])
