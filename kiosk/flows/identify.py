"""Looking a person up at the center (1101), shared by every service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core.person import Insured

if TYPE_CHECKING:  # httpx is imported off the UI thread, after the first paint
    from kiosk.sync.client import CenterClient


def lookup_by_id_number(client: "CenterClient", certno: str) -> Insured:
    output = client.call("1101", {"data": {"mdtrt_cert_type": "02", "mdtrt_cert_no": certno, "psn_cert_type": "01", "certno": certno}})
    return Insured.from_1101(output)
