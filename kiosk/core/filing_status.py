"""Where a filing truly is, in the words an elder is told everywhere (done screen, 我的备案,
the receipt, speech): saved on this machine, delivered to the 医保 system, or decided.

Never 已受理 or 已提交 for a filing only saved here: the center has not seen it and may refuse it.
Qt-free: the words are marked for translation in the "status" context.
"""

from __future__ import annotations

from kiosk.core.errors import QT_TRANSLATE_NOOP

SAVED, DELIVERED, APPROVED, REFUSED, WITHDRAWN = "saved", "delivered", "approved", "refused", "withdrawn"

# the kiosk's own states (store Filing.status) and the center's row states, to one stage
_STAGE = {
    "queued": SAVED,
    "accepted": DELIVERED,  # the center took it and gave its serial number
    "delivered": DELIVERED,
    # a 慢特病 application: with the hospital for its appraisal, then reviewed by 医保
    "pending": DELIVERED,
    "appraising": DELIVERED,
    "reviewing": DELIVERED,
    "submitted": DELIVERED,
    "active": APPROVED,
    "approved": APPROVED,
    "refused": REFUSED,
    "rejected": REFUSED,
    "withdrawn": WITHDRAWN,
    "revoked": WITHDRAWN,
}

SHORT = {
    SAVED: QT_TRANSLATE_NOOP("status", "已保存在本机"),
    DELIVERED: QT_TRANSLATE_NOOP("status", "已送到医保系统"),
    APPROVED: QT_TRANSLATE_NOOP("status", "已通过"),
    REFUSED: QT_TRANSLATE_NOOP("status", "没通过"),
    WITHDRAWN: QT_TRANSLATE_NOOP("status", "已取消"),
}

# a row of 我的备案: a filing the center holds and has approved is in force now
ROW = {**SHORT, APPROVED: QT_TRANSLATE_NOOP("status", "已通过，现在有效")}

# the whole truth in one sentence, with what happens next
SENTENCE = {
    SAVED: QT_TRANSLATE_NOOP("status", "已保存在本机，还没送到医保系统。网络好了会自动送去，您不用再来。"),
    DELIVERED: QT_TRANSLATE_NOOP("status", "已送到医保系统，正在等审核结果。"),
    APPROVED: QT_TRANSLATE_NOOP("status", "医保系统已通过，现在有效。"),
    REFUSED: QT_TRANSLATE_NOOP("status", "医保系统没通过。"),
    WITHDRAWN: QT_TRANSLATE_NOOP("status", "已经取消了，这次备案不算数。"),
}

# how the person learns the outcome (the center sends an SMS to the phone given, infno LX01)
NEXT_STEP_SMS = QT_TRANSLATE_NOOP(
    "status", "有结果后，医保系统会发短信到您尾号{tail}的手机。也可以回到这台机器，按“我的备案”查看。"
)
NEXT_STEP = QT_TRANSLATE_NOOP("status", "有结果后，可以回到这台机器，按“我的备案”查看。")


def stage_of(status: str) -> str:
    """The stage of a kiosk or center status; an unknown center word is treated as delivered (the
    center has it) rather than claimed as decided."""
    return _STAGE.get(status, DELIVERED)


def short(status: str) -> str:
    return SHORT[stage_of(status)]


def row(status: str) -> str:
    return ROW[stage_of(status)]


def sentence(status: str) -> str:
    return SENTENCE[stage_of(status)]
