"""Looking a person up at the center (1101), shared by every service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core import voucher
from kiosk.core.errors import PlainError
from kiosk.core.person import Insured

if TYPE_CHECKING:  # httpx is imported off the UI thread, after the first paint
    from kiosk.sync.client import CenterClient


def lookup_by_id_number(client: "CenterClient", certno: str) -> Insured:
    output = client.call("1101", {"data": {"mdtrt_cert_type": "02", "mdtrt_cert_no": certno, "psn_cert_type": "01", "certno": certno}})
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
        output = client.call("1101", {"data": {"mdtrt_cert_type": "01", "mdtrt_cert_no": decoded["ecToken"],
                                               "psn_cert_type": "01", "certno": decoded["idNo"]}})
    except CenterRefused as refusal:
        key = voucher.REFUSALS.get(refusal.reason)
        if key is None:
            raise
        raise PlainError(key, refusal.reason) from None
    return Insured.from_1101(output)
