"""Looking a person up at the center (1101), shared by every service."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kiosk.core import idnumber, voucher
from kiosk.core.errors import PlainError
from kiosk.core.person import Insured

if TYPE_CHECKING:  # httpx is imported off the UI thread, after the first paint
    from kiosk.devices.cards import IdCard, SsCard
    from kiosk.sync.client import CenterClient


def lookup_by_id_number(client: "CenterClient", certno: str) -> Insured:
    output = client.call(
        "1101", {"data": {"mdtrt_cert_type": "02", "mdtrt_cert_no": certno, "psn_cert_type": "01", "certno": certno}}
    )
    return Insured.from_1101(output)


def lookup_by_voucher(client: "CenterClient", qr_text: str) -> Insured:
    """QR text -> 1162 decode -> 1101 with the ecToken. Refusals become plain catalogue keys."""
    from kiosk.sync.client import CenterRefused

    try:
        code = voucher.check(qr_text)
    except voucher.VoucherError as err:
        raise PlainError(err.key) from None
    try:
        decoded = client.call("1162", {"data": client.voucher_decode_input(code)})["data"]
        output = client.call(
            "1101",
            {
                "data": {
                    "mdtrt_cert_type": "01",
                    "mdtrt_cert_no": decoded["ecToken"],
                    "psn_cert_type": "01",
                    "certno": decoded["idNo"],
                }
            },
        )
    except CenterRefused as refusal:
        key = voucher.REFUSALS.get(refusal.reason)
        if key is None:
            raise
        raise PlainError(key, refusal.reason) from None
    return Insured.from_1101(output)


def check_idcard(card: "IdCard", today: dt.date) -> str:
    """The card's number, once the card is known to be usable: an expired card is refused
    plainly (staff can help); a number that is not a valid GB 11643 number is an unreadable card."""
    if card.expired(today):
        raise PlainError("idcard_expired")
    try:
        return idnumber.validate(card.certno)
    except idnumber.IdNumberError:
        raise PlainError("card_unreadable", "the card's number fails its check") from None


def sscard_request(card: "SsCard") -> dict:
    """1101 for a 社保卡 as the national interface lays it out: mdtrt_cert_type 03, mdtrt_cert_no
    the 社会保障卡卡号, card_sn the 卡识别码, and the holder's 社会保障号码 (the citizen ID number)
    as certno with psn_cert_type 01."""
    return {
        "data": {
            "mdtrt_cert_type": "03",
            "mdtrt_cert_no": card.card_no,
            "card_sn": card.card_sn,
            "psn_cert_type": "01",
            "certno": card.ssn,
            "psn_name": card.name,
        }
    }


def lookup_by_sscard(client: "CenterClient", card: "SsCard") -> Insured:
    from kiosk.sync.client import CenterRefused

    try:
        return Insured.from_1101(client.call("1101", sscard_request(card)))
    except CenterRefused as refusal:
        if refusal.reason == "person_not_found":
            raise PlainError("card_unknown", refusal.reason) from None
        raise
