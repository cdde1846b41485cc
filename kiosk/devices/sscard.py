"""社会保障卡 (社保卡) reader over PC/SC (pyscard and the pcscd daemon).

What is read, and where that layout comes from (public code, read for the layout, nothing copied):
- a7082633/HDOS_VC6, 新疆焦阳/HD_XJDLL/HD_XJDLL.cpp: SELECT of the SSSE application by its name
  "sx1.sh.社会保障" (00 A4 04 00 0F 7378312E73682E C9E7BBE1B1A3D5CF, the name in GBK); the card
  number as record 07 of EF05 read by short file identifier (00 B2 07 2C, a TLV: tag 07, length 09,
  nine characters); SELECT of EF06 (00 A4 02 00 02 EF06) and 社会保障号码 as its record 08
  (tag 08, 18 characters), the name as record 09 (tag 09, up to 30 bytes of GBK).
The kiosk's assumptions, not found in public code and to be checked against the 社会保障卡规范 and
a real card before a hall goes live:
- 卡识别码 (card_sn in 1101) is record 01 of EF05 (tag 01), read the same way as the card number,
  as text of up to 32 characters;
- the PIN is verified with VERIFY 00 20 00 00 03 and six digits packed two to a byte (BCD), the
  ISO 7816-4 answers: 90 00 right, 63 Cx wrong with x tries left, 69 83 blocked;
- records are answered whole to Le 00; a card that asks for the exact length (6C xx) or holds
  the answer back (61 xx) is served with the length it gives / GET RESPONSE.
Nothing read is stored or logged (``SsCard``'s repr masks it); the PIN is sent to the card and
dropped.
"""

from __future__ import annotations

import logging

from kiosk.devices.cards import ReaderError, SsCard

log = logging.getLogger("kiosk.devices")

SSSE_NAME = b"sx1.sh." + "社会保障".encode("gbk")
SELECT_SSSE = [0x00, 0xA4, 0x04, 0x00, len(SSSE_NAME), *SSSE_NAME]
SELECT_EF06 = [0x00, 0xA4, 0x02, 0x00, 0x02, 0xEF, 0x06]
EF05_BY_SFI = 0x2C  # P2: short file identifier 5, record number in P1
RECORD_CARD_SN, RECORD_CARD_NO = 0x01, 0x07  # in EF05
RECORD_SSN, RECORD_NAME = 0x08, 0x09  # in EF06
PIN_LENGTH = 6
SW_OK, SW_BLOCKED = (0x90, 0x00), (0x69, 0x83)


def pin_apdu(pin: str) -> list[int]:
    if len(pin) != PIN_LENGTH or not pin.isdigit():
        raise ReaderError("sscard_pin_format", "the PIN is six digits")
    return [0x00, 0x20, 0x00, 0x00, PIN_LENGTH // 2, *bytes.fromhex(pin)]


def _text(value: bytes) -> str:
    return value.rstrip(b"\x00\xff ").decode("gbk", errors="strict").strip()


class SsCardReader:
    """``poll()``: None when the reader is empty; the card's numbers when a 社保卡 is in it.
    ``reader`` is a PC/SC reader name or its beginning; empty or "auto" takes the first reader."""

    kind = "sscard"

    def __init__(self, reader: str = ""):
        self.wanted = "" if reader in ("", "auto") else reader

    def close(self) -> None:
        """Nothing held between polls: each read connects and disconnects."""

    # -- PC/SC -----------------------------------------------------------------------------------
    def reader_name(self) -> str:
        try:
            from smartcard.System import readers

            names = [str(r) for r in readers()]
        except Exception as exc:  # no pcscd, no context: as good as unplugged
            raise ReaderError("reader_lost", f"PC/SC unavailable: {type(exc).__name__}") from None
        chosen = next((n for n in names if n.startswith(self.wanted)), None)
        if chosen is None:
            raise ReaderError("reader_lost", "no such PC/SC reader" if self.wanted else "no PC/SC reader")
        return chosen

    def _connect(self, name: str):
        """A connection to the card in that reader, or None when the reader is empty."""
        from smartcard.Exceptions import CardConnectionException, NoCardException
        from smartcard.System import readers

        reader = next((r for r in readers() if str(r) == name), None)
        if reader is None:
            raise ReaderError("reader_lost", "the PC/SC reader went away")
        connection = reader.createConnection()
        try:
            connection.connect()
        except NoCardException:
            return None
        except CardConnectionException as exc:
            text = str(exc).lower()
            if "no smart card" in text or "removed" in text or "not present" in text:
                return None
            raise ReaderError("card_unreadable", f"connect: {type(exc).__name__}") from None
        return connection

    @staticmethod
    def transmit(connection, apdu: list[int]) -> tuple[bytes, tuple[int, int]]:
        from smartcard.Exceptions import CardConnectionException

        try:
            data, sw1, sw2 = connection.transmit(apdu)
            if sw1 == 0x6C:  # wrong Le: the card says how long the answer is
                data, sw1, sw2 = connection.transmit(apdu[:4] + [sw2])
            while sw1 == 0x61:  # more data waiting: GET RESPONSE
                more, sw1, sw2 = connection.transmit([0x00, 0xC0, 0x00, 0x00, sw2])
                data = list(data) + list(more)
        except CardConnectionException as exc:
            raise ReaderError("card_unreadable", f"card taken out during the read ({type(exc).__name__})") from None
        return bytes(data), (sw1, sw2)

    def _record(self, connection, number: int, p2: int) -> str:
        data, sw = self.transmit(connection, [0x00, 0xB2, number, p2, 0x00])
        if sw != SW_OK or len(data) < 2 or data[0] != number or data[1] > len(data) - 2:
            raise ReaderError("card_unreadable", f"record {number:02X}: SW {sw[0]:02X}{sw[1]:02X}")
        try:
            return _text(data[2 : 2 + data[1]])
        except UnicodeDecodeError:
            raise ReaderError("card_unreadable", f"record {number:02X} is not text") from None

    def _select_ssse(self, connection) -> None:
        _, sw = self.transmit(connection, SELECT_SSSE)
        if sw != SW_OK:
            raise ReaderError("sscard_not_social", f"no SSSE application: SW {sw[0]:02X}{sw[1]:02X}")

    def _read(self, connection, name: str) -> SsCard:
        self._select_ssse(connection)
        card_sn = self._record(connection, RECORD_CARD_SN, EF05_BY_SFI)
        card_no = self._record(connection, RECORD_CARD_NO, EF05_BY_SFI)
        _, sw = self.transmit(connection, SELECT_EF06)
        if sw != SW_OK:
            raise ReaderError("card_unreadable", f"EF06: SW {sw[0]:02X}{sw[1]:02X}")
        ssn = self._record(connection, RECORD_SSN, 0x00)
        holder = self._record(connection, RECORD_NAME, 0x00)
        return SsCard(card_no=card_no, ssn=ssn.upper(), card_sn=card_sn, name=holder, reader=name)

    # -- the interface -----------------------------------------------------------------------------
    def poll(self) -> SsCard | None:
        name = self.reader_name()
        connection = self._connect(name)
        if connection is None:
            return None
        try:
            card = self._read(connection, name)
        finally:
            _disconnect(connection)
        log.info("social security card read in %s", name)
        return card

    def verify_pin(self, card: SsCard, pin: str) -> None:
        """On the same card (its number is read again first): returns when right, else raises
        ReaderError sscard_pin_wrong (with tries_left) or sscard_blocked."""
        apdu = pin_apdu(pin)
        connection = self._connect(card.reader or self.reader_name())
        if connection is None:
            raise ReaderError("card_removed", "the card was taken out before the PIN")
        try:
            self._select_ssse(connection)
            if self._record(connection, RECORD_CARD_NO, EF05_BY_SFI) != card.card_no:
                raise ReaderError("card_removed", "another card was put in")
            _, sw = self.transmit(connection, apdu)
        finally:
            _disconnect(connection)
        if sw == SW_OK:
            return
        if sw == SW_BLOCKED or sw == (0x63, 0xC0):
            raise ReaderError("sscard_blocked", "PIN blocked")
        if sw[0] == 0x63 and sw[1] & 0xF0 == 0xC0:
            raise ReaderError("sscard_pin_wrong", "wrong PIN", tries_left=sw[1] & 0x0F)
        raise ReaderError("card_unreadable", f"VERIFY: SW {sw[0]:02X}{sw[1]:02X}")


def _disconnect(connection) -> None:
    try:
        connection.disconnect()
    except Exception:  # the card may be gone already
        log.debug("disconnect after the card left", exc_info=True)
