"""公民身份号码 (GB 11643): validation, birth date, sex."""

from __future__ import annotations

import datetime as dt
import re

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
# the first two digits name a province-level region (GB/T 2260); 81-83: residence permits of Hong Kong, Macao, Taiwan
_PROVINCES = frozenset(
    {
        11,
        12,
        13,
        14,
        15,
        21,
        22,
        23,
        31,
        32,
        33,
        34,
        35,
        36,
        37,
        41,
        42,
        43,
        44,
        45,
        46,
        50,
        51,
        52,
        53,
        54,
        61,
        62,
        63,
        64,
        65,
        71,
        81,
        82,
        83,
    }
)
# the three groups as printed on the card (6-8-4), with the catalogue key that names each one
GROUPS = (("region", 0, 6), ("birth", 6, 14), ("sequence", 14, 18))
_SHAPE = re.compile(r"^[0-9]{17}[0-9X]$")  # ASCII only: full-width digits are not an ID number


class IdNumberError(ValueError):
    """Why an ID number is not valid; ``reason`` is a key of the error catalogue."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def check_digit(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS))
    return _CHECK[total % 11]


def normalise(raw: str) -> str:
    return raw.strip().replace(" ", "").upper()


def validate(raw: str) -> str:
    """Return the normalised number or raise IdNumberError with a catalogue key."""
    number = normalise(raw)
    if len(number) != 18:
        raise IdNumberError("id_length")
    if not _SHAPE.match(number):
        raise IdNumberError("id_chars")
    if int(number[:2]) not in _PROVINCES:
        raise IdNumberError("id_region")
    try:
        birth_date(number)
    except ValueError:
        raise IdNumberError("id_birth") from None
    if check_digit(number[:17]) != number[17]:
        raise IdNumberError("id_check")
    return number


def birth_date(number: str) -> dt.date:
    born = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    if born.year < 1890 or born > dt.date.today():
        raise ValueError("birth date out of range")
    return born


def is_male(number: str) -> bool:
    return int(number[16]) % 2 == 1


def age_on(number: str, today: dt.date) -> int:
    return age_from_birth(birth_date(number), today)


def age_from_birth(born: dt.date, today: dt.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def make(region: str, born: dt.date, sequence: int) -> str:
    """Build a valid number (used to seed demo people)."""
    first17 = f"{region}{born:%Y%m%d}{sequence:03d}"
    return first17 + check_digit(first17)
