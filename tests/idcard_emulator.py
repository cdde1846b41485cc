"""A 二代证 SAM reader on a pty, speaking the serial protocol byte for byte (kiosk/devices/idcard.py
describes it): the kiosk opens the pty's path as it would /dev/ttyUSB0.

Modes: card (the person's card lies on it), no_card, bad_checksum (the read's reply is corrupted
on the line), removed_mid_read (the card is lifted while its 1295-byte reply is on the way: the
reply stops), silent (the reader stops answering: unplugged, or hung). ``mode`` may change while
running. ``python tests/idcard_emulator.py [--mode M] [--certno N --name NAME --valid-until D]``
prints the port's path and serves until interrupted.
"""

from __future__ import annotations

import argparse
import os
import select
import sys
import threading
import tty
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.devices import idcard  # noqa: E402

MODES = ("card", "no_card", "bad_checksum", "removed_mid_read", "silent")


def card_text(person: dict, valid_until: str = "20360312") -> dict:
    certno = person["certno"]
    return {
        "name": person["name"],
        "sex": "1" if int(certno[16]) % 2 else "2",
        "nation": "01",
        "birth": certno[6:14],
        "address": "广东省广州市越秀区中山五路1号",
        "certno": certno,
        "issuer": "广州市公安局越秀分局",
        "valid_from": "20160312",
        "valid_until": valid_until,
    }


class IdCardEmulator:
    def __init__(self, text: dict, mode: str = "card"):
        assert mode in MODES, mode
        self.text, self.mode = text, mode
        self.commands: list[bytes] = []  # each command frame received, for tests
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.path = os.ttyname(self._slave)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="idcard-emulator", daemon=True)

    def __enter__(self) -> "IdCardEmulator":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        for fd in (self._master, self._slave):
            try:
                os.close(fd)
            except OSError:
                pass

    def _serve(self) -> None:
        buffer = b""
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], 0.05)
            if not ready:
                continue
            try:
                buffer += os.read(self._master, 4096)
            except OSError:
                return
            while True:
                start = buffer.find(idcard.PREAMBLE)
                if start < 0 or len(buffer) < start + 7:
                    break
                length = int.from_bytes(buffer[start + 5 : start + 7], "big")
                end = start + 7 + length
                if len(buffer) < end:
                    break
                request, buffer = buffer[start:end], buffer[end:]
                self.commands.append(request)
                self._answer(request)

    def _answer(self, request: bytes) -> None:
        if self.mode == "silent":
            return
        body, received = request[5:-1], request[-1]
        if idcard.checksum(body) != received:
            return self._send(idcard.frame(bytes([0, 0, 0x10])))  # 接收业务终端数据的校验和错
        code = tuple(body[2:4])
        if code == idcard.FIND:
            found = self.mode != "no_card"
            return self._send(
                idcard.frame(
                    bytes([0, 0, idcard.SW3_FOUND if found else idcard.SW3_NO_CARD]) + bytes(4)
                    if found
                    else bytes([0, 0, idcard.SW3_NO_CARD])
                )
            )
        if code == idcard.SELECT:
            return self._send(idcard.frame(bytes([0, 0, idcard.SW3_OK]) + bytes(8)))
        if code == idcard.READ_BASE:
            text = idcard.text_block(self.text)
            photo = bytes(range(256)) * 4  # stands in for the wlt photo, which the kiosk does not decode
            reply = idcard.frame(
                bytes([0, 0, idcard.SW3_OK])
                + len(text).to_bytes(2, "big")
                + len(photo).to_bytes(2, "big")
                + text
                + photo
            )
            if self.mode == "bad_checksum":
                reply = reply[:-1] + bytes([reply[-1] ^ 0x5A])
            elif self.mode == "removed_mid_read":
                reply = reply[:600]
            return self._send(reply)
        self._send(idcard.frame(bytes([0, 0, 0x21])))  # 接收业务终端的命令错误

    def _send(self, data: bytes) -> None:
        try:
            os.write(self._master, data)
        except OSError:
            pass


def main() -> int:
    from kiosk.center.seed import demo_identities

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=MODES, default="card")
    parser.add_argument("--person", type=int, default=0, help="index of the demo person on the card")
    parser.add_argument("--valid-until", default="20360312", help="yyyymmdd or 长期")
    args = parser.parse_args()
    with IdCardEmulator(card_text(demo_identities()[args.person], args.valid_until), args.mode) as emulator:
        print(emulator.path, flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
