"""``kiosk card read``: what a 身份证 or 社保卡 reader reads, for operators installing a terminal.
Numbers and names are masked unless ``--unmasked``; nothing read is written anywhere."""

from __future__ import annotations

import json
import sys

from kiosk.cli._base import UsageError, group
from kiosk.config import Config
from kiosk.core.errors import CATALOGUE
from kiosk.core.masking import mask_card_no, mask_id, mask_name
from kiosk.devices.cards import IdCard, ReaderError, SsCard


def register(verbs) -> None:
    card = group(verbs, "card", "身份证 and 社保卡 readers")
    read = card.add_parser("read", help="read the card on a reader once")
    read.add_argument("--kind", required=True, choices=("idcard", "sscard"))
    read.add_argument("--port", help="idcard: the SAM reader's serial port (default: idcard_port in config.toml)")
    read.add_argument(
        "--reader", help="sscard: PC/SC reader name or its start (default: sscard_reader, else the first)"
    )
    read.add_argument("--pin-stdin", action="store_true", help="sscard: verify the PIN read from standard input")
    read.add_argument("--lookup", action="store_true", help="also look the holder up at the center (1101)")
    read.add_argument("--timeout", type=float, default=1.0, help="idcard: seconds to wait for the reader's answer")
    read.add_argument("--json", action="store_true")
    read.add_argument("--unmasked", action="store_true", help="show the numbers and the name in full")
    read.set_defaults(func=read_card)


def read_card(cfg: Config, args) -> int:
    reader = _reader(cfg, args)
    try:
        card = reader.poll()
        if card is None:
            raise ReaderError("card_none")
        if isinstance(card, SsCard) and args.pin_stdin:
            reader.verify_pin(card, sys.stdin.readline().strip())
    except ReaderError as error:
        print(f"kiosk: {_sentence(error)}", file=sys.stderr)
        return 1
    finally:
        reader.close()
    shown = _shown(card, args.unmasked)
    if args.lookup:
        shown["lookup"] = _lookup(cfg, card, args.unmasked)
    print(json.dumps(shown, ensure_ascii=False) if args.json else "\n".join(f"{k}: {v}" for k, v in shown.items()))
    return 0


def _reader(cfg: Config, args):
    if args.kind == "idcard":
        from kiosk.devices.idcard import IdCardReader

        port = args.port or cfg.idcard_port
        if not port:
            raise UsageError("give --port PATH or set idcard_port in config.toml")
        return IdCardReader(port, baudrate=cfg.idcard_baudrate, timeout_s=args.timeout)
    from kiosk.devices.sscard import SsCardReader

    return SsCardReader(args.reader if args.reader is not None else cfg.sscard_reader)


def _sentence(error: ReaderError) -> str:
    sentence = CATALOGUE.get(error.key, CATALOGUE["bug"])
    if error.key == "sscard_pin_wrong":
        sentence = sentence.format(n=error.tries_left)
    return sentence


def _shown(card: IdCard | SsCard, unmasked: bool) -> dict:
    if isinstance(card, IdCard):
        return {
            "certno": card.certno if unmasked else mask_id(card.certno),
            "name": card.name if unmasked else mask_name(card.name),
            "valid_until": card.valid_until.isoformat() if card.valid_until else "长期",
        }
    return {
        "card_no": card.card_no if unmasked else mask_card_no(card.card_no),
        "ssn": card.ssn if unmasked else mask_id(card.ssn),
        "card_sn": card.card_sn if unmasked else mask_card_no(card.card_sn),
        "name": card.name if unmasked else mask_name(card.name),
        "reader": card.reader,
    }


def _lookup(cfg: Config, card: IdCard | SsCard, unmasked: bool) -> dict:
    from kiosk.app import Services

    if not cfg.center_url:
        raise UsageError("--lookup needs a center: set KIOSK_CENTER_URL or center_url")
    ops = Services.for_command_line(cfg).operations()
    person = ops.lookup_by_idcard(card) if isinstance(card, IdCard) else ops.lookup_by_sscard(card)
    name = getattr(person, "name", "")  # offline a 身份证 lookup gives the last balance seen, without a name
    return {
        "psn_no": getattr(person, "psn_no", ""),
        "name": name if unmasked else mask_name(name),
        "insutype": getattr(person, "insutype", ""),
    }
