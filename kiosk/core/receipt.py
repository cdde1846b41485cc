"""Receipts: what a person takes home after a service, masked by construction.

A receipt is a title, rows of (label, value), a reference and a time. Values
that are personal go through the masking rules before they reach a receipt;
the QR on it carries only the reference, which a family member can scan.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.core.errors import QT_TRANSLATE_NOOP
from kiosk.core.masking import mask_id, mask_name, scrub
from kiosk.core.money import format_yuan
from kiosk.core.person import Insured

QR_PREFIX = "YBKIOSK:"
RECEIPT_STATUS = QT_TRANSLATE_NOOP(
    "receipt", "状态"
)  # the row the done screen keeps true (kiosk/core/filing_status.py)


@dataclass(frozen=True)
class Receipt:
    title: str
    rows: tuple[tuple[str, str], ...]
    reference: str
    created_at: dt.datetime
    footer: str = QT_TRANSLATE_NOOP("receipt", "本凭条仅供参考，以医保部门记录为准。")
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def qr_text(self) -> str:
        return QR_PREFIX + self.reference

    def lines(self, translate: Callable[[str], str] = str) -> list[str]:
        """Plain text, for the screen, the speech and the thermal printer; scrubbed once more.

        ``translate`` turns the receipt's words (marked in the "receipt" context) into the
        language on screen; paper receipts stay in Chinese, the hall's record language and
        the one the thermal printer's code page can print."""
        row = translate(QT_TRANSLATE_NOOP("punctuation", "{label}：{value}"))
        out = [
            translate(self.title),
            row.format(
                label=translate(QT_TRANSLATE_NOOP("receipt", "时间")), value=f"{self.created_at:%Y-%m-%d %H:%M}"
            ),
        ]
        out += [row.format(label=translate(label), value=translate(value)) for label, value in self.rows]
        out += [translate(note) for note in self.notes]
        out += [
            row.format(label=translate(QT_TRANSLATE_NOOP("receipt", "凭条号")), value=self.reference),
            translate(self.footer),
        ]
        return [scrub(line) for line in out]


def new_reference(terminal_id: str, now: dt.datetime) -> str:
    return f"{terminal_id[-4:]}{now:%y%m%d%H%M}{secrets.token_hex(2).upper()}"


def balance_receipt(person: Insured, terminal_id: str, now: dt.datetime | None = None) -> Receipt:
    now = now or dt.datetime.now()
    return Receipt(
        title=QT_TRANSLATE_NOOP("receipt", "医保个人账户余额查询凭条"),
        rows=(
            (QT_TRANSLATE_NOOP("receipt", "姓名"), mask_name(person.name)),
            (QT_TRANSLATE_NOOP("receipt", "身份证号"), mask_id(person.certno)),
            (QT_TRANSLATE_NOOP("receipt", "参保类型"), person.insutype_label),
            (QT_TRANSLATE_NOOP("receipt", "参保地"), person.insuplc_name),
            (QT_TRANSLATE_NOOP("receipt", "账户余额"), f"¥{format_yuan(person.balance)}"),  # ¥ reads in any language
            (QT_TRANSLATE_NOOP("receipt", "余额时间"), f"{person.balance_as_of:%Y-%m-%d %H:%M}"),
        ),
        reference=new_reference(terminal_id, now),
        created_at=now,
    )


def filing_receipt(request, reference: str, status: str, terminal_id: str, now: dt.datetime | None = None) -> Receipt:
    """After a 备案: what was filed (masked), by whom, its reference and its status."""
    from kiosk.core.filing import LONG_TERM_TYPES, TEMPORARY_TYPES
    from kiosk.core.reference_defaults import HOSPITALS

    now = now or dt.datetime.now()
    kind = QT_TRANSLATE_NOOP("receipt", "备案类型")
    rows = [(QT_TRANSLATE_NOOP("receipt", "身份证号"), mask_id(request.certno))]
    if request.kind == "chronic":
        rows += [
            (kind, QT_TRANSLATE_NOOP("receipt", "门诊慢特病备案")),
            (QT_TRANSLATE_NOOP("receipt", "病种"), request.disease_name),
            (QT_TRANSLATE_NOOP("receipt", "鉴定医院"), HOSPITALS.get(request.hospital, request.hospital)),
        ]
    else:
        rows += [
            (kind, {**LONG_TERM_TYPES, **TEMPORARY_TYPES}.get(request.dcla_type, "")),
            (QT_TRANSLATE_NOOP("receipt", "就医地代码"), request.mdtrt_admdvs),
        ]
    rows.append((QT_TRANSLATE_NOOP("receipt", "开始日期"), request.begndate.isoformat()))
    if request.enddate:
        rows.append((QT_TRANSLATE_NOOP("receipt", "结束日期"), request.enddate.isoformat()))
    if request.agent is not None:
        rows.append(
            (
                QT_TRANSLATE_NOOP("receipt", "代办人"),
                f"{mask_name(request.agent.name)}（{request.agent.relation or '工作人员'}）",
            )
        )
    rows.append((RECEIPT_STATUS, status))
    title = (
        QT_TRANSLATE_NOOP("receipt", "门诊慢特病备案凭条")
        if request.kind == "chronic"
        else QT_TRANSLATE_NOOP("receipt", "异地就医备案凭条")
    )
    return Receipt(
        title=title,
        rows=tuple(rows),
        reference=reference,
        created_at=now,
        notes=(QT_TRANSLATE_NOOP("receipt", "可凭凭条号在本机“我的备案”查看进度。"),),
    )
