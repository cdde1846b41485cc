"""``kiosk say``: what the kiosk would speak, as a WAV file."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk import config as config_module
from kiosk.cli._base import UsageError
from kiosk.config import Config
from kiosk.devices.tts import MAX_RATE, MIN_RATE, Pyttsx3Synth, voice_usable, wav_stats


def register(verbs) -> None:
    say = verbs.add_parser("say", help="write what the kiosk would speak to a WAV file")
    say.add_argument("text")
    say.add_argument("--out", type=Path, required=True)
    say.add_argument("--locale", choices=config_module.LOCALES, default="zh_CN")
    say.add_argument("--rate", type=float, default=1.0, help="1.0 is the kiosk's default pace, 0.75 its 慢一点")
    say.set_defaults(func=say_text)


def say_text(cfg: Config, args) -> int:
    if not MIN_RATE <= args.rate <= MAX_RATE:
        raise UsageError(f"--rate must be between {MIN_RATE} and {MAX_RATE}")
    if not args.text.strip():
        raise UsageError("nothing to say")
    if not voice_usable(args.locale):
        raise UsageError(f"espeak-ng cannot speak {args.locale} here (missing, or it would read it as English)")
    Pyttsx3Synth().synthesize(args.text, args.out, args.locale, args.rate)
    duration, _ = wav_stats(args.out)
    print(json.dumps({"out": str(args.out), "seconds": round(duration, 2), "locale": args.locale, "rate": args.rate}))
    return 0
