"""``kiosk say``: what the kiosk would speak, as a WAV file, or (``--pronounce``) exactly what the engine is given."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk import config as config_module
from kiosk.cli._base import UsageError
from kiosk.config import Config
from kiosk.core.sentences import split_sentences
from kiosk.devices.tts import (
    MAX_RATE,
    MAX_SPEAK_CHARS,
    MIN_RATE,
    Speaker,
    make_engine,
    voice_usable,
    wav_stats,
)


def register(verbs) -> None:
    say = verbs.add_parser("say", help="write what the kiosk would speak to a WAV file, or show what the engine reads")
    say.add_argument("text")
    say.add_argument("--out", type=Path, help="the WAV file to write (required unless --pronounce)")
    say.add_argument(
        "--pronounce",
        action="store_true",
        help="print what the engine is given, one sentence a line (numbers in words, Mandarin as pinyin)",
    )
    say.add_argument("--locale", choices=config_module.LOCALES, default="zh_CN")
    say.add_argument("--rate", type=float, default=1.0, help="1.0 is the kiosk's default pace, 0.75 its 慢一点")
    say.set_defaults(func=say_text)


def say_text(cfg: Config, args) -> int:
    from kiosk.core.pronounce import engine_text

    if not MIN_RATE <= args.rate <= MAX_RATE:
        raise UsageError(f"--rate must be between {MIN_RATE} and {MAX_RATE}")
    if not args.text.strip():
        raise UsageError("nothing to say")
    if len(args.text) > MAX_SPEAK_CHARS:
        raise UsageError(
            f"too long: at most {MAX_SPEAK_CHARS} characters at once (got {len(args.text)}); "
            "split the text and call again"
        )
    if args.pronounce:
        for sentence in split_sentences(args.text):
            said = engine_text(sentence, args.locale)
            if said.strip(" ,.;!?"):
                print(said)
        return 0
    if args.out is None:
        raise UsageError("--out FILE.wav is needed (or --pronounce to see what the engine reads)")
    if not voice_usable(args.locale):
        raise UsageError(f"espeak-ng cannot speak {args.locale} here (missing, or it would read it as English)")
    Speaker(make_engine(cfg.tts_engine)).speak(args.text, args.out, args.locale, args.rate)
    duration, _ = wav_stats(args.out)
    print(
        json.dumps(
            {
                "out": str(args.out),
                "seconds": round(duration, 2),
                "locale": args.locale,
                "rate": args.rate,
                "engine": cfg.tts_engine,
            }
        )
    )
    return 0
