"""The closed sets of words that come as data (from the center or the reference data) and are
shown to a person: ledger kinds and texts, relationships, the 异地 filing types. Each gets plain
everyday Chinese first (no jargon: 个人账户每月划入 -> 每月打进账户的钱) and then, through the
"data" context, its English and Uyghur words. Names (people, hospitals) are never translated;
places are shown in pinyin on English and Uyghur screens (kiosk/ui/i18n.py place_name).

Qt-free: the words are marked with QT_TRANSLATE_NOOP, so lupdate finds them.
"""

from __future__ import annotations

from kiosk.core.errors import QT_TRANSLATE_NOOP

PLAIN = {
    # the center's ledger
    "划入": QT_TRANSLATE_NOOP("data", "打进"),
    "支出": QT_TRANSLATE_NOOP("data", "花出"),
    "个人账户每月划入": QT_TRANSLATE_NOOP("data", "每月打进账户的钱"),
    "药店购药": QT_TRANSLATE_NOOP("data", "在药店买药"),
    "门诊看病": QT_TRANSLATE_NOOP("data", "门诊看病"),
    "社区医院看病": QT_TRANSLATE_NOOP("data", "在社区医院看病"),
    # family accounts
    "配偶": QT_TRANSLATE_NOOP("data", "配偶"),
    "子女": QT_TRANSLATE_NOOP("data", "子女"),
    "父母": QT_TRANSLATE_NOOP("data", "父母"),
    "家庭共济": QT_TRANSLATE_NOOP("data", "家人可以一起用"),
    # 异地就医备案 types (the center's names, GB-style, in everyday words)
    "异地安置退休人员": QT_TRANSLATE_NOOP("data", "退休后住在外地"),
    "异地长期居住人员": QT_TRANSLATE_NOOP("data", "长期住在外地"),
    "常驻异地工作人员": QT_TRANSLATE_NOOP("data", "长期在外地工作"),
    "异地转诊就医人员": QT_TRANSLATE_NOOP("data", "医院转诊去外地看病"),
    "异地急诊抢救人员": QT_TRANSLATE_NOOP("data", "在外地急诊抢救"),
    "其他临时外出就医人员": QT_TRANSLATE_NOOP("data", "临时去外地看病"),
}

# what a place's name ends with, left off when it is written in pinyin
PLACE_SUFFIXES = (
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "特别行政区",
    "自治区",
    "自治州",
    "地区",
    "省",
    "市",
    "区",
    "县",
)


def plain(text: str) -> str:
    """The everyday words for a data value (unchanged when it is not a known one)."""
    return PLAIN.get(text, text)
