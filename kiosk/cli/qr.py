"""``kiosk qr decode``: the kiosk's own QR pipeline on still images."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.cli._base import group
from kiosk.config import Config
from kiosk.devices.qr import QrDecoder, read_image


def register(verbs) -> None:
    qr = group(verbs, "qr", "decode QR images with the kiosk's own pipeline")
    decode = qr.add_parser("decode")
    decode.add_argument("files", nargs="+", type=Path)
    decode.add_argument("--json", action="store_true")
    decode.set_defaults(func=decode_files)


def decode_files(cfg: Config, args) -> int:
    decoder = QrDecoder()
    failed = 0
    for path in args.files:
        try:
            result = decoder.decode(read_image(path))
            line = {"file": str(path), "ok": result.ok, "text": result.text, "ms": round(result.ms, 3)}
        except ValueError as exc:
            line = {"file": str(path), "ok": False, "text": None, "ms": 0.0, "error": str(exc)}
        failed += not line["ok"]
        print(
            json.dumps(line, ensure_ascii=False)
            if args.json
            else f"{path}: {line['text'] if line['ok'] else 'no code found'}"
        )
    return 0 if not failed else 1
