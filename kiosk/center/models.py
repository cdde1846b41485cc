"""The simulated center's own database (separate from the kiosk's store)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class CenterBase(DeclarativeBase):
    pass


class Person(CenterBase):
    __tablename__ = "person"
    psn_no: Mapped[str] = mapped_column(String(30), primary_key=True)
    certno: Mapped[str] = mapped_column(String(18), unique=True, index=True)
    psn_name: Mapped[str] = mapped_column(String(40))
    gend: Mapped[str] = mapped_column(String(1))  # 1 male, 2 female (GB/T 2261.1)
    brdy: Mapped[dt.date] = mapped_column(Date)
    insutype: Mapped[str] = mapped_column(String(3))  # 310 职工, 390 居民
    psn_insu_stas: Mapped[str] = mapped_column(String(1))  # 1 参保缴费, 2 暂停, 4 终止
    insuplc_admdvs: Mapped[str] = mapped_column(String(6))
    emp_name: Mapped[str] = mapped_column(String(80))
    balc: Mapped[float] = mapped_column(Numeric(12, 2))
    tel: Mapped[str] = mapped_column(String(20))
    has_face_ref: Mapped[bool] = mapped_column(Boolean, default=False)


class FamilyBinding(CenterBase):
    __tablename__ = "family_binding"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_psn_no: Mapped[str] = mapped_column(ForeignKey("person.psn_no"), index=True)
    member_psn_no: Mapped[str] = mapped_column(ForeignKey("person.psn_no"))
    relation: Mapped[str] = mapped_column(String(10))  # 配偶, 子女, 父母 ...
    can_view_balance: Mapped[bool] = mapped_column(Boolean, default=False)


class Filing(CenterBase):
    """Both 慢特病备案 (2503) and 异地就医备案 (YD01) rows; ``kind`` tells which."""

    __tablename__ = "filing"
    trt_dcla_detl_sn: Mapped[str] = mapped_column(String(30), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # chronic | yidi
    psn_no: Mapped[str] = mapped_column(ForeignKey("person.psn_no"), index=True)
    detail: Mapped[dict] = mapped_column(JSON)
    begndate: Mapped[dt.date] = mapped_column(Date)
    enddate: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="active")  # active | revoked
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class LedgerEntry(CenterBase):
    __tablename__ = "ledger_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    psn_no: Mapped[str] = mapped_column(ForeignKey("person.psn_no"), index=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10))  # 划入 | 支出
    amount: Mapped[float] = mapped_column(Numeric(12, 2))
    balc_after: Mapped[float] = mapped_column(Numeric(12, 2))
    summary: Mapped[str] = mapped_column(String(80))


class Voucher(CenterBase):
    """A demo 医保电子凭证 code: valid 60 s, single use. The ecToken it yields lives longer."""

    __tablename__ = "voucher"
    qrcode: Mapped[str] = mapped_column(String(80), primary_key=True)
    psn_no: Mapped[str] = mapped_column(ForeignKey("person.psn_no"))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    ec_token: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    token_expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Received(CenterBase):
    """Every msgid the center applied, with its stored reply: the dedup record."""

    __tablename__ = "received"
    msgid: Mapped[str] = mapped_column(String(30), primary_key=True)
    infno: Mapped[str] = mapped_column(String(10))
    first_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_at: Mapped[dt.datetime] = mapped_column(DateTime)
    times: Mapped[int] = mapped_column(Integer, default=1)
    reply: Mapped[dict] = mapped_column(JSON)
    # sha-256 of infno + input: a repeat with another body under this msgid is refused, not answered
    digest: Mapped[str | None] = mapped_column(String(64), nullable=True)


class Application(CenterBase):
    """A 门诊慢特病 application a kiosk started (MT01): the named hospital appraises and registers
    (2503), 医保 reviews within the time limit; a green-channel disease takes effect that day."""

    __tablename__ = "chronic_application"
    appy_sn: Mapped[str] = mapped_column(String(30), primary_key=True)
    psn_no: Mapped[str] = mapped_column(ForeignKey("person.psn_no"), index=True)
    opsp_dise_code: Mapped[str] = mapped_column(String(30))
    opsp_dise_name: Mapped[str] = mapped_column(String(300))
    ide_fixmedins_no: Mapped[str] = mapped_column(String(30))
    ide_fixmedins_name: Mapped[str] = mapped_column(String(200))
    detail: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12))  # appraising | reviewing | approved | rejected | withdrawn
    green_channel: Mapped[bool] = mapped_column(Boolean, default=False)
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime)
    appraised_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    review_deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    trt_dcla_detl_sn: Mapped[str | None] = mapped_column(String(30), nullable=True)


class AuditHead(CenterBase):
    """The newest audit chain head each terminal reported and the center accepted (AU01)."""

    __tablename__ = "audit_head"
    dev_no: Mapped[str] = mapped_column(String(100), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    head: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SignIn(CenterBase):
    __tablename__ = "sign_in"
    sign_no: Mapped[str] = mapped_column(String(30), primary_key=True)
    dev_no: Mapped[str] = mapped_column(String(30))
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)
