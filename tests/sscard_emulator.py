"""A 社会保障卡 emulated with python3-virtualsmartcard (Debian vsmartcard-vpicc), inserted into the
vsmartcard-vpcd virtual reader of a running pcscd: the kiosk reads it through PC/SC like a real card.
The card is in the reader while this process runs; ending it takes the card out.

It answers the APDUs kiosk/devices/sscard.py sends (its docstring says where they come from):
SELECT of the SSSE application by name and of EF06, READ RECORD of EF05 (by short file
identifier) and EF06, VERIFY of the six-digit PIN with a retry counter (63 Cx, then 69 83 blocked,
kept for as long as the card is in).

Runs under Debian's /usr/bin/python3 (the package installs there):
    /usr/bin/python3 tests/sscard_emulator.py --ssn 4401... --name 张桂兰 [--pin 123456] [--tries 3]
"""

from __future__ import annotations

import argparse
import socket
import sys
import time

VPICC_LIB = "/usr/lib/python3/site-packages/virtualsmartcard"  # where the Debian package puts it
SSSE_NAME = b"sx1.sh." + "社会保障".encode("gbk")
ATR = bytes.fromhex("3B6C000200") + b"SSCARD-DEMO"  # T0 6C: TB1, TC1, 12 historical bytes


def _load_library():
    sys.path.insert(0, VPICC_LIB)
    try:  # the library imports "Crypto"; Debian's pycryptodome is named Cryptodome
        import Cryptodome

        sys.modules.setdefault("Crypto", Cryptodome)
    except ImportError:
        pass
    from virtualsmartcard.VirtualSmartcard import SmartcardOS, VirtualICC

    return SmartcardOS, VirtualICC


def tlv(tag: int, value: bytes) -> bytes:
    return bytes([tag, len(value)]) + value


def make_os(base, card: dict, pin: str, tries: int):
    class SocialSecurityCardOS(base):
        def __init__(self):
            self.records = {
                "EF05": {0x01: card["card_sn"].encode("ascii"), 0x07: card["card_no"].encode("ascii")},
                "EF06": {0x08: card["ssn"].encode("ascii"), 0x09: card["name"].encode("gbk")},
            }
            self.pin, self.max_tries, self.tries = pin, tries, tries
            self.reset()

        def getATR(self):
            return ATR

        def powerUp(self):
            self.reset()

        def reset(self):
            self.application, self.current = None, None  # the retry counter survives a reset

        def execute(self, msg):
            apdu = bytes(msg)
            cla, ins, p1, p2 = apdu[:4]
            body = apdu[5 : 5 + apdu[4]] if len(apdu) > 5 else b""
            if ins == 0xA4 and p1 == 0x04:
                self.application = "SSSE" if body == SSSE_NAME else None
                self.current = None
                return b"\x90\x00" if self.application else b"\x6a\x82"
            if ins == 0xA4 and p1 == 0x02:
                if self.application != "SSSE" or body != b"\xef\x06":
                    return b"\x6a\x82"
                self.current = "EF06"
                return b"\x90\x00"
            if ins == 0xB2:
                ef = "EF05" if p2 == 0x2C else self.current
                record = self.records.get(ef or "", {}).get(p1) if self.application == "SSSE" else None
                if record is None:
                    return b"\x6a\x83"
                answer = tlv(p1, record)
                le = apdu[4] if len(apdu) == 5 else 0
                if le not in (0, len(answer)):
                    return bytes([0x6C, len(answer)])
                return answer + b"\x90\x00"
            if ins == 0x20:
                if self.application != "SSSE":
                    return b"\x69\x85"
                if self.tries == 0:
                    return b"\x69\x83"
                if body == bytes.fromhex(self.pin):
                    self.tries = self.max_tries
                    return b"\x90\x00"
                self.tries -= 1
                return b"\x69\x83" if self.tries == 0 else bytes([0x63, 0xC0 | self.tries])
            return b"\x6d\x00"

    return SocialSecurityCardOS()


def connect(host: str, port: int, timeout_s: float) -> socket.socket:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return socket.create_connection((host, port), timeout=1)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)  # pcscd loads the vpcd driver a moment after it starts


def main() -> int:
    parser = argparse.ArgumentParser(description="an emulated 社会保障卡 in the vpcd virtual reader")
    parser.add_argument("--ssn", required=True, help="社会保障号码 (the citizen ID number)")
    parser.add_argument("--name", required=True)
    parser.add_argument("--card-no", default="A01234567", help="社会保障卡卡号, nine characters")
    parser.add_argument("--card-sn", default="440100D15600000500A1B2C3D4E5F607", help="卡识别码")
    parser.add_argument("--pin", default="123456")
    parser.add_argument("--tries", type=int, default=3)
    parser.add_argument("--host", default="localhost")
    parser.add_argument("--port", type=int, default=35963, help="vpcd's port (reader 0)")
    args = parser.parse_args()
    base, virtual_icc = _load_library()
    card = {"ssn": args.ssn, "name": args.name, "card_no": args.card_no, "card_sn": args.card_sn}
    vicc = virtual_icc.__new__(virtual_icc)  # the library's vpcd loop, with this card instead of a generated one
    vicc.os = make_os(base, card, args.pin, args.tries)
    vicc.host, vicc.port, vicc.server_sock, vicc.type = args.host, args.port, None, "sscard"
    vicc.sock = connect(args.host, args.port, timeout_s=10)
    vicc.sock.settimeout(None)
    print("inserted", flush=True)
    try:
        vicc.run()
    except (KeyboardInterrupt, SystemExit):
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
