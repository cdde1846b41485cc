"""Receipts: what a person takes home after a service, masked by construction.

A receipt is a title, rows of (label, value), a reference and a time. Values
that are personal go through the masking rules before they reach a receipt;
the QR on it carries only the reference, which a family member can scan.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field

from kiosk.core.masking import mask_id, mask_name, scrub
from kiosk.core.money import format_yuan
from kiosk.core.person import Insured

QR_PREFIX = "YBKIOSK:"


@dataclass(frozen=True)
class Receipt:
    title: str
    rows: tuple[tuple[str, str], ...]
    reference: str
    created_at: dt.datetime
    footer: str = "本凭条仅供参考，以医保部门记录为准。"
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def qr_text(self) -> str:
        return QR_PREFIX + self.reference

    def lines(self) -> list[str]:
        """Plain text, for the screen, the speech and the thermal printer; scrubbed once more."""
        out = [self.title, f"时间：{self.created_at:%Y-%m-%d %H:%M}"]
        out += [f"{label}：{value}" for label, value in self.rows]
        out += list(self.notes)
        out += [f"凭条号：{self.reference}", self.footer]
        return [scrub(line) for line in out]


def new_reference(terminal_id: str, now: dt.datetime) -> str:
    return f"{terminal_id[-4:]}{now:%y%m%d%H%M}{secrets.token_hex(2).upper()}"


def balance_receipt(person: Insured, terminal_id: str, now: dt.datetime | None = None) -> Receipt:
    now = now or dt.datetime.now()
    return Receipt(
        title="医保个人账户余额查询凭条",
        rows=(
            ("姓名", mask_name(person.name)),
            ("身份证号", mask_id(person.certno)),
            ("参保类型", person.insutype_label),
            ("参保地", person.insuplc_name),
            ("账户余额", f"{format_yuan(person.balance)} 元"),
            ("余额时间", f"{person.balance_as_of:%Y-%m-%d %H:%M}"),
        ),
        reference=new_reference(terminal_id, now),
        created_at=now,
    )


def filing_receipt(request, reference: str, status: str, terminal_id: str, now: dt.datetime | None = None) -> Receipt:
    """After a 备案: what was filed (masked), by whom, its reference and its status."""
    from kiosk.core.filing import LONG_TERM_TYPES, TEMPORARY_TYPES

    now = now or dt.datetime.now()
    rows = [("身份证号", mask_id(request.certno))]
    if request.kind == "chronic":
        rows += [("备案类型", "门诊慢特病备案"), ("病种", request.disease_name), ("鉴定医院", request.hospital)]
    else:
        rows += [("备案类型", {**LONG_TERM_TYPES, **TEMPORARY_TYPES}.get(request.dcla_type, "")), ("就医地代码", request.mdtrt_admdvs)]
    rows.append(("开始日期", request.begndate.isoformat()))
    if request.enddate:
        rows.append(("结束日期", request.enddate.isoformat()))
    if request.agent is not None:
        rows.append(("代办人", f"{mask_name(request.agent.name)}（{request.agent.relation or '工作人员'}）"))
    rows.append(("状态", status))
    return Receipt(title="异地就医备案凭条" if request.kind != "chronic" else "门诊慢特病备案凭条", rows=tuple(rows),
                   reference=reference, created_at=now, notes=("可凭凭条号在本机“我的备案”查看进度。",))
