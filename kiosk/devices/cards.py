"""What a person presents to identify themself, and the one small interface every reader of it has.

A reader is polled off the UI thread: ``poll()`` returns what is presented now (an ID card, a
社保卡, a scanned code) or None when nothing is, and raises ``ReaderError`` with a catalogue key
when something is presented but cannot be read, or the reader itself is gone. The data lives in
memory for the identification only: it is never written, and its ``repr`` masks it so a log line
or a trace cannot carry it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from kiosk.core.errors import PlainError
from kiosk.core.masking import mask_id, mask_name


class ReaderError(PlainError):
    """``key`` is an error-catalogue key: card_unreadable, reader_lost, sscard_blocked, ...;
    ``tries_left`` is set for a wrong 社保卡 PIN."""

    def __init__(self, key: str, detail: str = "", tries_left: int | None = None):
        super().__init__(key, detail)
        self.tries_left = tries_left


@dataclass(frozen=True)
class IdCard:
    """The 二代证's machine-readable text (GA 467 text block). The photo is not decoded."""

    certno: str = field(repr=False)
    name: str = field(repr=False)
    sex: str = field(repr=False)  # GB/T 2261.1 code: 1 male, 2 female
    nation: str = field(repr=False)  # GB 3304 code, e.g. 01
    birth: str = field(repr=False)  # yyyymmdd
    address: str = field(repr=False)
    issuer: str = field(repr=False)
    valid_from: dt.date | None = field(repr=False)
    valid_until: dt.date | None = field(repr=False)  # None: 长期 (valid for life)
    kind: str = "idcard"

    def expired(self, today: dt.date) -> bool:
        return self.valid_until is not None and self.valid_until < today

    def __repr__(self) -> str:
        return f"IdCard({mask_id(self.certno)}, {mask_name(self.name)})"


@dataclass(frozen=True)
class SsCard:
    """社会保障卡: what the SSSE application holds that the 1101 lookup needs."""

    card_no: str = field(repr=False)  # 社会保障卡卡号 (EF05, tag 07)
    ssn: str = field(repr=False)  # 社会保障号码 (EF06, tag 08): the citizen ID number
    card_sn: str = field(repr=False)  # 卡识别码 (EF05, tag 01)
    name: str = field(repr=False)
    reader: str = ""  # the PC/SC reader it sits in (PIN verification goes there)
    kind: str = "sscard"

    def __repr__(self) -> str:
        return f"SsCard({mask_id(self.ssn)}, {mask_name(self.name)})"


class Reader(Protocol):
    """One reader of an identity medium, polled by a worker thread."""

    kind: str

    def poll(self) -> IdCard | SsCard | None: ...

    def close(self) -> None: ...


class FakeReader:
    """For tests: hands out what it was given, one item per poll (None = nothing presented;
    a ReaderError is raised)."""

    def __init__(self, kind: str, items: list):
        self.kind = kind
        self._items = list(items)
        self.closed = False

    def poll(self):
        item = self._items.pop(0) if self._items else None
        if isinstance(item, ReaderError):
            raise item
        return item

    def close(self) -> None:
        self.closed = True


def readers_from(config) -> list:
    """The readers the hall configured (``idcard_port``, ``sscard_reader``), not yet opened."""
    readers: list = []
    if config.idcard_port:
        from kiosk.devices.idcard import IdCardReader

        readers.append(IdCardReader(config.idcard_port, baudrate=config.idcard_baudrate))
    if config.sscard_reader:
        from kiosk.devices.sscard import SsCardReader

        readers.append(SsCardReader(config.sscard_reader))
    return readers


def identity_of(item) -> str:
    """Tells one presented card from another (the same card left lying is not read twice)."""
    return f"{item.kind}:{getattr(item, 'certno', '') or getattr(item, 'card_no', '')}"
