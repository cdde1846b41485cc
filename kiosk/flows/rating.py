"""好差评 after a service: the national 政务服务"好差评" five levels (very satisfied .. very
dissatisfied), an optional reason from a short list for the two lowest, and skipping is always
fine. Qt-free: the words are marked for translation in the "rating" context."""

from __future__ import annotations

from kiosk.core.errors import QT_TRANSLATE_NOOP

# (level sent to the center, the words on the button), best first as the hall's rating pads show them
LEVELS = (
    (5, QT_TRANSLATE_NOOP("rating", "非常满意")),
    (4, QT_TRANSLATE_NOOP("rating", "满意")),
    (3, QT_TRANSLATE_NOOP("rating", "基本满意")),
    (2, QT_TRANSLATE_NOOP("rating", "不满意")),
    (1, QT_TRANSLATE_NOOP("rating", "非常不满意")),
)
ASKS_REASON = {1, 2}  # only the two lowest are asked why (and only if the person wants to say)

REASONS = (
    ("slow", QT_TRANSLATE_NOOP("rating", "等得太久")),
    ("unclear", QT_TRANSLATE_NOOP("rating", "看不懂、听不懂")),
    ("hard", QT_TRANSLATE_NOOP("rating", "操作太难")),
    ("voice", QT_TRANSLATE_NOOP("rating", "声音听不清")),
    ("not_done", QT_TRANSLATE_NOOP("rating", "事情没办成")),
    ("staff", QT_TRANSLATE_NOOP("rating", "没人帮忙")),
)

# what the person just used, as the center counts services
SERVICE_OF_PURPOSE = {"balance": "balance", "yidi": "yidi", "chronic": "chronic", "my_filings": "my_filings"}


def service_of(purpose: str | None) -> str:
    return SERVICE_OF_PURPOSE.get(purpose or "", "ask")
