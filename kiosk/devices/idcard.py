"""身份证 (二代证) reader: the SAM module's serial protocol (GA 467), over pyserial.

Where the bytes come from (public code, read for the layout, nothing copied):
- frames, command codes, the offset of the text block and the 9F/90 success codes:
  hevz/hev-idcard-reader, src/hev-dbus-object-idcard-reader.c (寻卡 20 01 answers SW3 9F when a
  card is there, 选卡 20 02 and 读基本信息 30 01 answer 90; the text starts 14 bytes into the reply:
  preamble 5, length 2, SW1-3, text length 2, photo length 2; the text block's field widths);
- the other SW3 codes (80 寻找居民身份证失败, 81 选取居民身份证失败, 41 读居民身份证操作失败,
  10 接收业务终端数据的校验和错, 60 SAM_A自检失败), as the SDT API tables of several public reader
  wrappers list them.

Frame: AA AA AA 96 69 | LEN (2 bytes, big-endian: what follows, checksum included) | payload |
CHK, where CHK is the XOR of the length bytes and the payload. A command's payload is CMD PARA;
a reply's is SW1 SW2 SW3 and data. 读基本信息 replies with 256 bytes of UCS-2LE text and
1024 bytes of photo (wlt, not decoded: that needs a licensed library).

The card's data is used to identify the person and is never stored or logged (``IdCard``'s
repr masks it).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time

from kiosk.devices.cards import IdCard, ReaderError

log = logging.getLogger("kiosk.devices")

PREAMBLE = bytes.fromhex("AAAAAA9669")
FIND, SELECT, READ_BASE = (0x20, 0x01), (0x20, 0x02), (0x30, 0x01)
SW3_OK, SW3_FOUND = 0x90, 0x9F
SW3_NO_CARD, SW3_SELECT_FAILED, SW3_READ_FAILED = 0x80, 0x81, 0x41
SW3_READER_FAULTS = {0x60: "SAM self-check failed", 0x66: "SAM not authorised", 0x05: "SAM serial unavailable"}

# the 256-byte text block: (field, width in bytes), UCS-2LE, padded with spaces
TEXT_FIELDS = (
    ("name", 30),
    ("sex", 2),
    ("nation", 4),
    ("birth", 16),
    ("address", 70),
    ("certno", 36),
    ("issuer", 30),
    ("valid_from", 16),
    ("valid_until", 16),
)
TEXT_BYTES, PHOTO_BYTES = 256, 1024
FOR_LIFE = "长期"
_PORT_LOCKS: dict[str, threading.Lock] = {}  # one exchange at a time on a port, whichever reader object asks
_LOCKS_GUARD = threading.Lock()


def _port_lock(port: str) -> threading.Lock:
    with _LOCKS_GUARD:
        return _PORT_LOCKS.setdefault(port, threading.Lock())


def checksum(body: bytes) -> int:
    value = 0
    for byte in body:
        value ^= byte
    return value


def frame(payload: bytes) -> bytes:
    """A whole frame around ``payload`` (a command CMD PARA, or a reply SW1 SW2 SW3 data)."""
    body = (len(payload) + 1).to_bytes(2, "big") + payload
    return PREAMBLE + body + bytes([checksum(body)])


def command(code: tuple[int, int]) -> bytes:
    return frame(bytes(code))


def text_block(fields: dict[str, str]) -> bytes:
    """The text block as a card holds it (the emulator writes one)."""
    out = b""
    for name, width in TEXT_FIELDS:
        encoded = fields.get(name, "").encode("utf-16-le")[:width]
        out += encoded + " ".encode("utf-16-le") * ((width - len(encoded)) // 2)
    return out + b" \x00" * ((TEXT_BYTES - len(out)) // 2)


def parse_text(block: bytes) -> IdCard:
    values, at = {}, 0
    try:
        for name, width in TEXT_FIELDS:
            values[name] = block[at : at + width].decode("utf-16-le", errors="strict").strip(" \x00")
            at += width
    except UnicodeDecodeError:
        raise ReaderError("card_unreadable", "text block is not UCS-2") from None
    try:
        return IdCard(
            certno=values["certno"].upper(),
            name=values["name"],
            sex=values["sex"],
            nation=values["nation"],
            birth=values["birth"],
            address=values["address"],
            issuer=values["issuer"],
            valid_from=_date(values["valid_from"]),
            valid_until=_date(values["valid_until"]),
        )
    except ValueError:
        raise ReaderError("card_unreadable", "text block fields malformed") from None


def _date(text: str) -> dt.date | None:
    if text == FOR_LIFE:
        return None
    return dt.datetime.strptime(text, "%Y%m%d").date()


class IdCardReader:
    """``poll()``: None without a card; the card's text when one lies on the reader."""

    kind = "idcard"

    def __init__(self, port: str, *, baudrate: int = 115200, timeout_s: float = 1.0, port_factory=None):
        self.port_name = port
        self.baudrate = baudrate
        self.timeout_s = timeout_s
        self._port_factory = port_factory
        self._port = None

    # -- the port ----------------------------------------------------------------------------
    def _open(self):
        if self._port is None:
            import serial

            try:
                factory = self._port_factory or (
                    lambda: serial.serial_for_url(self.port_name, baudrate=self.baudrate, timeout=0.05)
                )
                self._port = factory()
            except (serial.SerialException, OSError, ValueError) as exc:
                raise ReaderError("reader_lost", f"cannot open the ID card reader: {exc}") from None
        return self._port

    def close(self) -> None:
        if self._port is not None:
            try:
                self._port.close()
            finally:
                self._port = None

    # -- one exchange --------------------------------------------------------------------------
    def exchange(self, code: tuple[int, int]) -> tuple[int, bytes]:
        """Send a command, return (SW3, data). A reader that does not answer is 'lost'; a reply
        cut short or with a wrong checksum is a card that could not be read."""
        import serial

        port = self._open()
        try:
            port.reset_input_buffer()
            port.write(command(code))
            header = self._read_exactly(port, len(PREAMBLE) + 2, started=False)
            length = int.from_bytes(header[-2:], "big")
            rest = self._read_exactly(port, length, started=True)
        except (serial.SerialException, OSError) as exc:
            self.close()
            raise ReaderError("reader_lost", f"serial port failed: {exc}") from None
        body, received = header[len(PREAMBLE) :] + rest[:-1], rest[-1]
        if checksum(body) != received:
            raise ReaderError("card_unreadable", "bad checksum")
        if len(body) < 5:
            raise ReaderError("card_unreadable", "reply too short")
        return body[4], body[5:]

    def _read_exactly(self, port, count: int, *, started: bool) -> bytes:
        data = b""
        deadline = time.monotonic() + self.timeout_s
        while len(data) < count:
            chunk = port.read(count - len(data))
            if chunk:
                data += chunk
                while not started and data and not PREAMBLE.startswith(data[: len(PREAMBLE)]):
                    data = data[1:]  # noise before a frame: resynchronise on the preamble
                continue
            if time.monotonic() > deadline:
                if started or data:
                    raise ReaderError("card_unreadable", f"reply cut short ({len(data)} of {count} bytes)")
                self.close()
                raise ReaderError("reader_lost", "the ID card reader does not answer")
        return data

    # -- reading a card ---------------------------------------------------------------------------
    def poll(self) -> IdCard | None:
        with _port_lock(self.port_name):
            return self._poll()

    def _poll(self) -> IdCard | None:
        status, _ = self.exchange(FIND)
        if status == SW3_NO_CARD:
            return None
        self._check(status, SW3_FOUND, "find")
        status, _ = self.exchange(SELECT)
        if status == SW3_NO_CARD:
            return None  # lifted between the two commands
        self._check(status, SW3_OK, "select")
        status, data = self.exchange(READ_BASE)
        self._check(status, SW3_OK, "read")
        text_len, photo_len = int.from_bytes(data[0:2], "big"), int.from_bytes(data[2:4], "big")
        if text_len != TEXT_BYTES or len(data) < 4 + text_len:
            raise ReaderError("card_unreadable", f"text block of {text_len} bytes")
        log.info("ID card read (text %d bytes, photo %d bytes not decoded)", text_len, photo_len)
        return parse_text(data[4 : 4 + text_len])

    @staticmethod
    def _check(status: int, wanted: int, step: str) -> None:
        if status == wanted:
            return
        if status in SW3_READER_FAULTS:
            raise ReaderError("reader_lost", f"{step}: {SW3_READER_FAULTS[status]}")
        raise ReaderError("card_unreadable", f"{step}: SW3 {status:02X}")
