"""The insured person as the kiosk sees them, read from a 1101 reply."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from kiosk.core.errors import QT_TRANSLATE_NOOP
from kiosk.core.masking import mask_id, mask_name
from kiosk.core.money import to_yuan

INSUTYPE_LABELS = {
    "310": QT_TRANSLATE_NOOP("person", "职工医保"),
    "390": QT_TRANSLATE_NOOP("person", "居民医保"),
}
STATUS_LABELS = {
    "1": QT_TRANSLATE_NOOP("person", "正常参保"),
    "2": QT_TRANSLATE_NOOP("person", "暂停参保"),
    "4": QT_TRANSLATE_NOOP("person", "终止参保"),
}
# A few 参保地 names for display; the full GB/T 2260 table arrives as reference data.
ADMDVS_NAMES = {
    "440103": "广州市荔湾区",
    "440104": "广州市越秀区",
    "440105": "广州市海珠区",
    "440106": "广州市天河区",
    "440111": "广州市白云区",
    "440112": "广州市黄埔区",
    "440113": "广州市番禺区",
    "440114": "广州市花都区",
    "440115": "广州市南沙区",
    "440100": "广州市",
}


@dataclass(frozen=True)
class Insured:
    psn_no: str
    certno: str
    name: str
    age: int
    insutype: str
    status: str
    insuplc_admdvs: str
    balance: Decimal
    balance_as_of: dt.datetime

    @classmethod
    def from_1101(cls, output: dict) -> "Insured":
        base = output["baseinfo"]
        insu = (output.get("insuinfo") or [{}])[0]
        as_of = insu.get("balc_time")
        return cls(
            psn_no=base["psn_no"],
            certno=base["certno"],
            name=base["psn_name"],
            age=int(base.get("age", 0)),
            insutype=str(insu.get("insutype", "")),
            status=str(insu.get("psn_insu_stas", "")),
            insuplc_admdvs=str(insu.get("insuplc_admdvs", "")),
            balance=to_yuan(insu.get("balc", "0")),
            balance_as_of=dt.datetime.fromisoformat(as_of) if as_of else dt.datetime.now().replace(microsecond=0),
        )

    @property
    def name_masked(self) -> str:
        return mask_name(self.name)

    @property
    def certno_masked(self) -> str:
        return mask_id(self.certno)

    @property
    def insutype_label(self) -> str:
        return INSUTYPE_LABELS.get(self.insutype, self.insutype)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def insuplc_name(self) -> str:
        return ADMDVS_NAMES.get(self.insuplc_admdvs, self.insuplc_admdvs)


@dataclass(frozen=True)
class CachedAccount:
    """The last balance this kiosk saw for a person, shown only as 'may be old'."""

    balance: Decimal
    as_of: dt.datetime
