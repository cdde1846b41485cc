"""Text to WAV with pyttsx3 over espeak-ng, and the synthesis worker process.

pyttsx3's ``runAndWait`` may return before the file is complete, so every
synthesis waits until the WAV header says the data is all there. The worker
runs in its own process so that a hung engine can be killed without touching
the UI (see ``kiosk.ui.speech``).

Worker protocol (one JSON object per line): requests on stdin
``{"id", "text", "locale", "rate", "out"}``; replies on the protocol pipe
``{"id", "ok", "out", "ms", "error"}``. The first line the worker writes is
``{"ready": true, "voices": {locale: usable}}``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import time
import wave
from pathlib import Path

# espeak-ng 1.51: plain "cmn" and "zh" read Chinese as English letters; these do not.
VOICES = {"zh_CN": "cmn-latn-pinyin", "zh_HK": "yue", "en": "en", "ug": "ug"}
_PROBE_TEXT = {"zh_CN": "您好，医保", "zh_HK": "您好，醫保", "en": "hello", "ug": "ياخشىمۇسىز"}
BASE_WPM = 140  # slower than espeak's 175: older listeners
MIN_RATE, MAX_RATE = 0.5, 2.0


class SynthesisError(RuntimeError):
    pass


def words_per_minute(rate: float) -> int:
    return round(BASE_WPM * min(MAX_RATE, max(MIN_RATE, rate)))


def voice_usable(locale: str, timeout: float = 5.0) -> bool:
    """True when espeak-ng reads this locale's sample without falling back to English."""
    if shutil.which("espeak-ng") is None or locale not in VOICES:
        return False
    try:
        done = subprocess.run(["espeak-ng", "-q", "--ipa", "-v", VOICES[locale], _PROBE_TEXT[locale]],
                              capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired):
        return False
    if done.returncode != 0 or not done.stdout.strip():
        return False
    return locale == "en" or "(en)" not in done.stdout


def wav_complete(path: Path) -> bool:
    """The RIFF size fields match the file: espeak has finished writing it."""
    try:
        size = path.stat().st_size
        if size < 44:
            return False
        with path.open("rb") as handle:
            header = handle.read(44)
    except OSError:
        return False
    riff_size = struct.unpack_from("<I", header, 4)[0]
    return header[:4] == b"RIFF" and riff_size + 8 == size and size > 44


def wav_stats(path: Path) -> tuple[float, float]:
    """(duration in seconds, RMS of the samples): silence has RMS near 0."""
    import numpy as np

    with wave.open(str(path)) as wav:
        frames = wav.readframes(wav.getnframes())
        duration = wav.getnframes() / wav.getframerate()
    samples = np.frombuffer(frames, dtype=np.int16).astype(float)
    return duration, float(np.sqrt(np.mean(samples**2))) if samples.size else 0.0


class Pyttsx3Synth:
    """One pyttsx3 engine, used from one thread only."""

    def __init__(self):
        import pyttsx3

        self._engine = pyttsx3.init("espeak")
        self._voice_ids = {v.id.rsplit("/", 1)[-1].lower(): v.id for v in self._engine.getProperty("voices")}

    def synthesize(self, text: str, out: Path, locale: str = "zh_CN", rate: float = 1.0, timeout: float = 10.0) -> float:
        """Write ``text`` as WAV to ``out``; returns seconds taken."""
        started = time.monotonic()
        voice = self._voice_ids.get(VOICES.get(locale, "cmn-latn-pinyin"))
        if voice is None:
            raise SynthesisError(f"espeak-ng has no voice for {locale}")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.unlink(missing_ok=True)
        with contextlib.redirect_stdout(io.StringIO()):  # pyttsx3 prints "Audio saved to ..."
            self._engine.setProperty("voice", voice)
            self._engine.setProperty("rate", words_per_minute(rate))
            self._engine.save_to_file(text, str(out))
            self._engine.runAndWait()
            while not wav_complete(out):
                if time.monotonic() - started > timeout:
                    raise SynthesisError(f"no complete WAV after {timeout} s")
                time.sleep(0.005)  # the engine writes the file on its own thread; poll briefly
        return time.monotonic() - started


def worker_main() -> int:
    """Serve synthesis requests on stdin until it closes."""
    protocol = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)  # pyttsx3 prints "Audio saved to ..." on stdout: keep it off the protocol pipe
    voices = {locale: voice_usable(locale) for locale in VOICES}
    try:
        synth = Pyttsx3Synth()
    except Exception as exc:  # no engine: say so once, then refuse every request
        protocol.write(json.dumps({"ready": False, "voices": voices, "error": str(exc)}) + "\n")
        return 1
    protocol.write(json.dumps({"ready": True, "voices": voices}) + "\n")
    for line in sys.stdin:
        try:
            request = json.loads(line)
            seconds = synth.synthesize(request["text"], Path(request["out"]), request.get("locale", "zh_CN"),
                                       float(request.get("rate", 1.0)))
            reply = {"id": request["id"], "ok": True, "out": request["out"], "ms": round(seconds * 1000, 1)}
        except Exception as exc:  # reported to the UI, which falls back to captions for this line
            reply = {"id": locals().get("request", {}).get("id"), "ok": False, "error": str(exc)}
        protocol.write(json.dumps(reply, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(worker_main())
