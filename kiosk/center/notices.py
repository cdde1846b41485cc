"""Local extensions of the simulated center (docs/center-api.md, "Local extensions"):

- LX01 结果短信: when a filing is decided, the center sends an SMS to the phone the person gave
  (the simulator logs it, with the number masked, and keeps it in ``sms_notice``).
- LX02 好差评: a rating of one service made at a terminal (five levels, the national 政务服务
  "好差评" scale, optional reasons for the two lowest), applied once per msgid like every message.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, insert, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.center.models import CenterBase
from kiosk.center.schema import Spec
from kiosk.core.masking import mask_phone

log = logging.getLogger("kiosk.center")

FILING_INFNOS = {"YD01": "异地就医备案", "YD04": "异地就医备案变更", "MT01": "门诊慢特病申请"}
UNDER_REVIEW = {"MT01"}  # an application: received now, decided after the hospital's appraisal and the review
RATING_LEVELS = {1: "非常不满意", 2: "不满意", 3: "基本满意", 4: "满意", 5: "非常满意"}
RATING_SERVICES = {"balance", "yidi", "chronic", "my_filings", "ask", "proxy"}
RATING_REASONS = {"slow", "unclear", "hard", "not_done", "voice", "staff"}


# LX02's input, field by field like the platform's transactions (kiosk/center/schema.py); the values are
# checked against the scale in ``rate``
RATING = (
    Spec("service", "服务事项", max_len=10, codes={s: s for s in sorted(RATING_SERVICES)}),
    Spec("level", "评价等级（1非常不满意…5非常满意）", kind="int"),
    Spec("reasons", "不满意的原因", kind="list", required=False),
)


class SmsNotice(CenterBase):
    __tablename__ = "sms_notice"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    msgid: Mapped[str] = mapped_column(String(30), index=True)  # the filing message it answers
    tel: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(String(200))
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Rating(CenterBase):
    __tablename__ = "rating"
    msgid: Mapped[str] = mapped_column(String(30), primary_key=True)
    dev_no: Mapped[str] = mapped_column(String(30))
    service: Mapped[str] = mapped_column(String(10))
    level: Mapped[int] = mapped_column(Integer)
    reasons: Mapped[list] = mapped_column(JSON)
    rated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class RatingRefused(ValueError):
    """A rating that does not follow the scale: the caller turns it into a refusal."""


def filing_decided(session: Session, msgid: str, infno: str, data: dict, reply: dict, now: dt.datetime) -> None:
    """LX01: the decision on a filing, sent by SMS to the phone given (only the first reply counts)."""
    tel = str(data.get("tel", ""))
    if infno not in FILING_INFNOS or not (tel.isdigit() and len(tel) == 11):
        return
    what = FILING_INFNOS[infno]
    if reply.get("infcode") == 0 and infno in UNDER_REVIEW:
        text = f"【医保】您的{what}已送到医保系统。鉴定和审核以后，会再发短信告诉您结果。"
    elif reply.get("infcode") == 0:
        text = f"【医保】您的{what}已通过。可在自助机“我的备案”查看。"
    else:
        text = f"【医保】您的{what}没通过：{reply.get('err_msg', '')}。请带身份证到医保窗口咨询。"
    session.execute(insert(SmsNotice).values(msgid=msgid, tel=tel, text=text[:200], sent_at=now))
    log.debug("LX01 SMS to %s: %s", mask_phone(tel), text)  # each one is in `kiosk center sms`


def rate(session: Session, msgid: str, dev_no: str, data: dict, now: dt.datetime) -> dict[str, Any]:
    """LX02: one rating; field by field, like the platform checks its inputs."""
    service, level, reasons = data.get("service"), data.get("level"), data.get("reasons", [])
    if service not in RATING_SERVICES:
        raise RatingRefused("service 不是已知的服务")
    if not isinstance(level, int) or isinstance(level, bool) or level not in RATING_LEVELS:
        raise RatingRefused("level 应为1到5")
    if (
        not isinstance(reasons, list)
        or not all(r in RATING_REASONS for r in reasons)
        or len(set(reasons)) != len(reasons)
    ):
        raise RatingRefused("reasons 不对")
    if reasons and level > 2:
        raise RatingRefused("只有不满意和非常不满意可以选原因")
    session.add(Rating(msgid=msgid, dev_no=dev_no, service=service, level=level, reasons=reasons, rated_at=now))
    return {"level": level, "level_name": RATING_LEVELS[level]}


def sms_sent(session: Session) -> list[dict[str, Any]]:
    return [
        {"msgid": s.msgid, "tel": mask_phone(s.tel), "text": s.text, "sent_at": s.sent_at.isoformat()}
        for s in session.scalars(select(SmsNotice).order_by(SmsNotice.id))
    ]


def ratings(session: Session) -> list[dict[str, Any]]:
    return [
        {
            "msgid": r.msgid,
            "dev_no": r.dev_no,
            "service": r.service,
            "level": r.level,
            "reasons": r.reasons,
            "rated_at": r.rated_at.isoformat(),
        }
        for r in session.scalars(select(Rating).order_by(Rating.rated_at))
    ]
