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

    script: dict[int, int] = {}

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
    "en": DigitsReader(
        "yuan",
        (
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
        "{day} {month} {year}",
    ),
    "ug": DigitsReader(
        "يۈەن",
        (
            "يانۋار",
            "فېۋرال",
            "مارت",
            "ئاپرېل",
            "ماي",
            "ئىيۇن",
            "ئىيۇل",
            "ئاۋغۇست",
            "سېنتەبىر",
            "ئۆكتەبىر",
            "نويابىر",
            "دېكابىر",
        ),
        "{year}-يىلى {day}-{month}",
        minus="مىنۇس ",
    ),
}


def reader(locale: str) -> Reader:
    """The reader for a kiosk locale (zh_CN when unknown)."""
    return _READERS.get(locale, _READERS["zh_CN"])


# -- free text: every number written as digits becomes words before synthesis ---------------------------------------
# The screens already read the values they format (``Reader``); policy answers, ledger texts and the center's
# messages arrive with digits in them. ``spoken`` turns those into words in the voice's language, so no engine
# ever guesses: 1234.56元 keeps its decimal, 3.5% is 百分之三点五, a phone number is read in its groups.

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．％：－", "0123456789.%:-")
_ID_RE = r"(?<![0-9])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])"
_NUMBER_PATTERN = re.compile(
    rf"(?P<id>{_ID_RE})"
    r"|(?P<mobile>(?<![0-9])1[3-9]\d{9}(?![0-9]))"
    r"|(?P<landline>(?<![0-9])0\d{2,3}-\d{7,8}(?![0-9]))"
    r"|(?P<ymd>(?<![0-9])(?P<y>\d{4})(?:[-/.]|年\s*)(?P<m>\d{1,2})(?:[-/.]|月\s*)(?P<d>\d{1,2})日?(?![0-9]))"
    r"|(?P<ym>(?<![0-9])(?P<ym_y>\d{4})年\s*(?P<ym_m>\d{1,2})月)"
    r"|(?P<md>(?<![0-9])(?P<md_m>\d{1,2})月\s*(?P<md_d>\d{1,2})[日号])"
    r"|(?P<year>(?<![0-9])(?P<year_y>\d{4})(?=\s*年))"
    r"|(?P<doc>(?<=[〔\[［(（])(?P<doc_y>\d{4})(?=[〕\]］)）]))"
    r"|(?P<clock>(?<![0-9:])(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![0-9:]))"
    r"|(?P<code>(?<=[号碼码线線打话話])(?P<code_digits>\d{3,}))"  # 拨打12393, 电话12345, 回执号…: digit by digit
    r"|(?P<money>(?P<yen>[¥￥])\s*(?P<money_a>\d[\d,]*(?:\.\d+)?)|(?P<money_b>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|元|块钱|块))"
    r"|(?P<percent>(?P<pct>\d+(?:\.\d+)?)\s*[%％])"
    r"|(?P<hotline>(?<![0-9])(?P<hotline_digits>\d{5,})(?=(?:政府|服务)?热线|电话))"
    r"|(?P<range>(?P<lo>\d+(?:\.\d+)?)\s*[~～至\-–—]\s*(?P<hi>\d+(?:\.\d+)?))"
    r"|(?P<number>\d[\d,]*(?:\.\d+)?)"
)
# 2 before these measure words is 两 (两个月, 两次), not 二
_MEASURE_WORDS = set("个位次天周年名种项件张份条家所人岁倍")
_LONGEST_INTEGER = 16  # longer runs of digits are codes: read digit by digit


def _plain_number(text: str) -> str:
    return text.replace(",", "")


class _Spoken:
    """The Mandarin words for each kind of number; Reader subclasses map them onto their script."""

    def __init__(self, read: "Reader"):
        self.read = read

    def decimal(self, text: str) -> str:
        text = _plain_number(text)
        whole, _, fraction = text.partition(".")
        if len(whole) > _LONGEST_INTEGER or (len(whole) > 1 and whole.startswith("0")):
            head = digits(whole)
        else:
            head = integer(int(whole))
        if fraction:
            return self._one(head) + "点" + "".join(_DIGITS[int(c)] for c in fraction)  # 1.5: yī diǎn wǔ
        return head

    def group(self, number: str, sizes: tuple[int, ...]) -> str:
        parts, start = [], 0
        for size in sizes:
            parts.append(number[start : start + size])
            start += size
        parts.append(number[start:])
        return "，".join(digits(p) for p in parts if p) + "，"

    def replace(self, match: re.Match, text: str) -> str:
        kind = match.lastgroup if match.lastgroup in _KINDS else next(k for k in _KINDS if match.group(k))
        g = match.group
        if kind == "id":
            return id_number(g("id").upper()) + "，"
        if kind == "mobile":
            return self.group(g("mobile"), (3, 4))
        if kind == "landline":
            area, number = g("landline").split("-")
            return digits(area) + "，" + self.group(number, (len(number) - 4,))
        if kind == "code":
            return self.group(g("code_digits"), ())
        if kind == "hotline":
            return self.group(g("hotline_digits"), ())
        if kind == "ymd":
            try:
                return date(dt.date(int(g("y")), int(g("m")), int(g("d"))))
            except ValueError:
                return digits(g("y")) + "年" + integer(int(g("m"))) + "月" + integer(int(g("d"))) + "日"
        if kind == "ym":
            return digits(g("ym_y")) + "年" + integer(int(g("ym_m"))) + "月"
        if kind == "md":
            return integer(int(g("md_m"))) + "月" + integer(int(g("md_d"))) + match.group(0)[-1]
        if kind == "year":
            return digits(g("year_y"))
        if kind == "doc":
            return digits(g("doc_y"))
        if kind == "clock":
            return time_of_day(dt.time(int(g("hh")), int(g("mm"))))
        if kind == "money":
            figure = _plain_number(g("money_a") or g("money_b"))
            unit = g("unit") or "元"
            if unit == "元" and len(figure.partition(".")[0]) <= _LONGEST_INTEGER:
                return amount(figure).removesuffix("整")  # 整 belongs on a receipt, not in a sentence
            return self.decimal(figure) + unit
        if kind == "percent":
            return "百分之" + self.decimal(g("pct"))
        if kind == "range":
            lo, hi = g("lo"), g("hi")
            if len(lo) == len(hi) == 4 and text[match.end() : match.end() + 1] == "年":  # 2018-2020年
                return digits(lo) + "到" + digits(hi)
            return self._one(self.decimal(lo)) + "到" + self._one(self.decimal(hi))
        figure = _plain_number(g("number"))
        after = text[match.end() : match.end() + 1]
        if figure == "2" and after in _MEASURE_WORDS:
            return "两"
        if figure == "1" and after in _MEASURE_WORDS:
            return "一"  # 1个 is yí gè, as a count
        return self._one(self.decimal(figure))

    @staticmethod
    def _one(said: str) -> str:
        return said + NUMERAL_ONE if said == "一" else said


_KINDS = (
    "id",
    "mobile",
    "landline",
    "ymd",
    "ym",
    "md",
    "year",
    "doc",
    "clock",
    "code",
    "money",
    "percent",
    "hotline",
    "range",
    "number",
)
# After the number one written as a digit ("1开头", "1-3月"), for the Mandarin pinyin step: keep yī, no 一 sandhi.
# Only in what the engine is given, never on screen; removed for other voices.
NUMERAL_ONE = "\u2060"


def _spoken_mandarin(text: str) -> str:
    speaker = _Spoken(_READERS["zh_CN"])
    text = text.translate(_FULL_WIDTH)
    return _NUMBER_PATTERN.sub(lambda m: speaker.replace(m, text), text)


_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ANY_NUMBER = re.compile(r"(?<![0-9A-Za-z])(?P<figure>\d[\d,]*(?:\.\d+)?)(?P<pct>\s*[%％])?")
_EN_DATE = re.compile(r"(?<![0-9])(\d{1,2}) (" + "|".join(_EN_MONTHS) + r") (\d{4})(?![0-9])")
_CLOCK = re.compile(r"(?<![0-9:])([01]?\d|2[0-3]):([0-5]\d)(?![0-9:])")
_SPACED_DIGITS = re.compile(r"(?<![0-9])\d(?: \d)+(?![0-9])")  # "1 1 0 1": already digit by digit


def _english_words(text: str) -> str:
    """English: num2words for cardinals and decimals ("3.5" -> three point five), digit strings one by one."""
    from num2words import num2words

    text = text.translate(_FULL_WIDTH)
    text = _SPACED_DIGITS.sub(lambda m: " ".join(num2words(int(d)) for d in m.group(0).split()), text)
    text = _EN_DATE.sub(
        lambda m: f"{num2words(int(m[1]), to='ordinal')} of {m[2]}, {num2words(int(m[3]), to='year')}", text
    )
    text = _CLOCK.sub(
        lambda m: num2words(int(m[1]))
        + (" o'clock" if m[2] == "00" else (" oh " if m[2][0] == "0" else " ") + num2words(int(m[2]))),
        text,
    )

    def words(match: re.Match) -> str:
        figure = _plain_number(match.group("figure"))
        whole = figure.partition(".")[0]
        if len(whole) > 12 or (len(whole) > 1 and whole.startswith("0")):
            said = " ".join(num2words(int(d)) for d in figure if d.isdigit())
        else:
            said = num2words(Decimal(figure)).replace(",", "")
        return said + (" percent" if match.group("pct") else "")

    return _ANY_NUMBER.sub(words, text)


# Uyghur cardinals (Arabic script); a native speaker should review the decimal wording
_UG_ONES = ("نۆل", "بىر", "ئىككى", "ئۈچ", "تۆت", "بەش", "ئالتە", "يەتتە", "سەككىز", "توققۇز")
_UG_TENS = ("", "ئون", "يىگىرمە", "ئوتتۇز", "قىرىق", "ئەللىك", "ئاتمىش", "يەتمىش", "سەكسەن", "توقسان")
_UG_BIG = ((10**9, "مىليارد"), (10**6, "مىليون"), (1000, "مىڭ"), (100, "يۈز"))


def uyghur_integer(n: int) -> str:
    if n < 0:
        return "مىنۇس " + uyghur_integer(-n)
    if n < 10:
        return _UG_ONES[n]
    words = []
    for size, word in _UG_BIG:
        if n >= size:
            words += [uyghur_integer(n // size), word]
            n %= size
    if n >= 10:
        words.append(_UG_TENS[n // 10])
        n %= 10
    if n:
        words.append(_UG_ONES[n])
    return " ".join(words)


def _uyghur_words(text: str) -> str:
    text = text.translate(_FULL_WIDTH)
    text = _SPACED_DIGITS.sub(lambda m: " ".join(_UG_ONES[int(d)] for d in m.group(0).split()), text)

    def words(match: re.Match) -> str:
        figure = _plain_number(match.group("figure"))
        whole, _, fraction = figure.partition(".")
        if len(whole) > 12 or (len(whole) > 1 and whole.startswith("0")):
            said = " ".join(_UG_ONES[int(d)] for d in figure if d.isdigit())
        else:
            said = uyghur_integer(int(whole))
            if fraction:  # 3.5 -> ئۈچ پۈتۈن ئوندىن بەش (three whole, of ten five)
                said += " پۈتۈن " + {1: "ئوندىن", 2: "يۈزدىن"}.get(len(fraction), "مىڭدىن") + " "
                said += uyghur_integer(int(fraction[:3]))
        return said + (" پىرسەنت" if match.group("pct") else "")

    return _ANY_NUMBER.sub(words, text)


def spoken(text: str, locale: str = "zh_CN") -> str:
    """What the voice is given for ``text``: every number in words of the voice's language, masked values gone."""
    text = without_masked(text)
    if locale == "en":
        return _english_words(text)
    if locale == "ug":
        return _uyghur_words(text)
    said = _spoken_mandarin(text)
    return said if locale == "zh_CN" else said.replace(NUMERAL_ONE, "").translate(reader(locale).script)
