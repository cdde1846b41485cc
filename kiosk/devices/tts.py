"""Text to WAV, and the synthesis worker process.

What an engine is given is decided by the kiosk (``kiosk.core.pronounce.engine_text``): numbers in words, and
for Mandarin tone-numbered pinyin. Each WAV is then evened out (``even_out``): the voiced part of every sentence
at one loudness, no quiet tails, and the pauses at punctuation and between digit groups made long enough to hear.

Engines, chosen by the ``tts_engine`` setting: ``espeak-ng`` (its command line, a process per sentence: the
default that always works) and ``pyttsx3`` (the same voices through pyttsx3's espeak driver, in process; it
sometimes never finishes a file, see ``EspeakSynth``). The worker runs in its own process so that a hung engine
can be killed
without touching the UI (see ``kiosk.ui.speech``).

Worker protocol (one JSON object per line): requests on stdin ``{"id", "text", "locale", "rate", "out"}`` or
``{"cancel": [id, ...]}`` (a new screen: the old one's sentences not yet made are dropped, each answered
``ok: false``); replies on the protocol pipe ``{"id", "ok", "out", "ms", "error"}``. The first line the worker writes is
``{"ready": true, "engine": name, "voices": {locale: usable}}``, after the engine and the pinyin converter have
loaded (a start-up that the caller does not count against its answer timeout).
"""

from __future__ import annotations

import collections
import contextlib
import io
import json
import logging
import os
import shutil
import struct
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

from kiosk.core.sentences import split_sentences

log = logging.getLogger("kiosk.tts")

# espeak-ng 1.51: plain "cmn" and "zh" read Chinese as English letters; these do not.
# Mandarin is given tone-numbered pinyin, which the cmn-latn-pinyin voice reads as written.
VOICES = {"zh_CN": "cmn-latn-pinyin", "zh_HK": "yue", "en": "en", "ug": "ug"}
_PROBE_TEXT = {"zh_CN": "ni3 hao3, yi1 bao3", "zh_HK": "您好，醫保", "en": "hello", "ug": "ياخشىمۇسىز"}
BASE_WPM = 130  # espeak says 175; 140 (3.1 syllables a second in Mandarin) was still quick for older listeners
MIN_RATE, MAX_RATE = 0.5, 2.0
ENGINES = ("espeak-ng", "pyttsx3")
# One call speaks at most this much (kiosk say, one worker request): 10,000 characters made espeak-ng crash.
MAX_SPEAK_CHARS = 2000


class SynthesisError(RuntimeError):
    pass


class TooLong(ValueError):
    """More text than one call may speak."""


def words_per_minute(rate: float) -> int:
    return round(BASE_WPM * min(MAX_RATE, max(MIN_RATE, rate)))


def voice_usable(locale: str, timeout: float = 5.0) -> bool:
    """True when espeak-ng reads this locale's sample without falling back to English."""
    if shutil.which("espeak-ng") is None or locale not in VOICES:
        return False
    try:
        done = subprocess.run(
            ["espeak-ng", "-q", "--ipa", "-v", VOICES[locale], _PROBE_TEXT[locale]],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
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


def _read_wav(path: Path):
    import numpy as np

    with wave.open(str(path)) as wav:
        rate, width, channels = wav.getframerate(), wav.getsampwidth(), wav.getnchannels()
        frames = wav.readframes(wav.getnframes())
    if width != 2 or channels != 1:
        raise SynthesisError(f"unexpected WAV format: {width * 8} bit, {channels} channels")
    return np.frombuffer(frames, dtype=np.int16).astype(np.float64), rate


def _write_wav(path: Path, samples, rate: int) -> None:
    import numpy as np

    data = np.clip(np.round(samples), -32768, 32767).astype("<i2").tobytes()
    part = path.with_name(path.name + ".part")
    with wave.open(str(part), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(data)
    os.replace(part, path)  # the player never sees a half-written file


TARGET_RMS = 3300.0  # about -20 dBFS for the voiced part of every sentence
PEAK = 0.9 * 32767
PAUSE_MIN_S = 0.15  # a silence at least this long is a pause at punctuation (espeak's syllables join closer)
PAUSE_S = 0.40  # ... and is made this long: time for a slow listener to take in a clause or digit group
TAIL_S = 0.35  # silence after each sentence, so sentences played one after another stay apart


def even_out(samples, rate: int):
    """One loudness for the voiced part of every sentence, no quiet tails, pauses long enough to hear."""
    import numpy as np

    if samples.size == 0:
        return samples
    frame = max(1, int(rate * 0.02))
    count = samples.size // frame
    frames = samples[: count * frame].reshape(count, frame) if count else samples.reshape(1, -1)
    energy = np.sqrt(np.mean(frames**2, axis=1))
    voiced = energy > max(energy.max() * 0.05, 30.0)
    if not voiced.any():
        return samples
    # a slow gain per frame (about 0.3 s smoothing, at most +-6 dB around the sentence's gain): a tail that espeak
    # lets fade is lifted to the sentence's level, a loud syllable is not made louder
    sentence_gain = TARGET_RMS / float(np.sqrt(np.mean(frames[voiced] ** 2)))
    local = np.where(voiced, TARGET_RMS / np.maximum(energy, 1.0), sentence_gain)
    kernel = np.ones(15) / 15
    local = np.convolve(np.pad(local, 7, mode="edge"), kernel, mode="valid")
    gain = np.clip(local, sentence_gain / 2, sentence_gain * 2)
    per_sample = np.repeat(gain, frame)
    per_sample = np.concatenate([per_sample, np.full(samples.size - per_sample.size, gain[-1])])
    out = samples * per_sample
    shaped = out[: count * frame].reshape(count, frame) if count else out.reshape(1, -1)
    out *= TARGET_RMS / max(float(np.sqrt(np.mean(shaped[voiced] ** 2))), 1.0)
    peak = np.abs(out).max()
    if peak > PEAK:
        out *= PEAK / peak
    # lengthen the pauses inside the sentence, trim the silence around it and add one fixed tail
    first, last = int(np.argmax(voiced)), len(voiced) - int(np.argmax(voiced[::-1]))
    pieces, run_start = [], None
    for index in range(first, last):
        if not voiced[index] and run_start is None:
            run_start = index
        elif voiced[index] and run_start is not None:
            silent = (index - run_start) * frame
            pieces.append((run_start * frame, index * frame, silent))
            run_start = None
    chunks, cursor = [], first * frame
    for begin, end, silent in pieces:
        if silent >= PAUSE_MIN_S * rate:
            chunks += [out[cursor:end], np.zeros(max(0, int(PAUSE_S * rate) - silent))]
            cursor = end
    chunks += [out[cursor : last * frame], np.zeros(int(TAIL_S * rate))]
    return np.concatenate(chunks)


def pitch_hz(samples, rate: int) -> float:
    """Median fundamental frequency of the voiced frames (autocorrelation, 70-400 Hz): for checking that a
    slower rate does not lower the voice."""
    import numpy as np

    frame = int(rate * 0.04)
    values = []
    for start in range(0, samples.size - frame, frame):
        chunk = samples[start : start + frame]
        if np.sqrt(np.mean(chunk**2)) < 300:
            continue
        chunk = chunk - chunk.mean()
        corr = np.correlate(chunk, chunk, mode="full")[frame - 1 :]
        lo, hi = int(rate / 400), int(rate / 70)
        lag = lo + int(np.argmax(corr[lo:hi]))
        if corr[lag] > 0.3 * corr[0]:
            values.append(rate / lag)
    return float(np.median(values)) if values else 0.0


class EspeakSynth:
    """espeak-ng's own command line, one short process per sentence (about 55 ms here).

    pyttsx3's espeak driver (``Pyttsx3Synth``) hung on 12 of 515 sentences of the kiosk's prompts here (no complete
    WAV after 10 s; "好。" hung in one run and not in another): one such hang made the worker miss its answer timeout
    and be restarted, and that screen was silent. A process per sentence cannot get stuck like that: it is killed
    at the timeout and tried once more."""

    name = "espeak-ng"

    def voices(self) -> dict[str, bool]:
        return {locale: voice_usable(locale) for locale in VOICES}

    def synthesize(self, text: str, out: Path, locale: str = "zh_CN", rate: float = 1.0, timeout: float = 2.0) -> float:
        # two tries of 2 s stay inside the UI's 5 s answer timeout (kiosk.ui.speech.SYNTH_TIMEOUT_MS); a sentence
        # takes 55 ms here
        started = time.monotonic()
        out.parent.mkdir(parents=True, exist_ok=True)
        command = [
            "espeak-ng",
            "-v",
            VOICES.get(locale, "cmn-latn-pinyin"),
            "-s",
            str(words_per_minute(rate)),
            "-b",
            "1",
            "-w",
            str(out),
            "--stdin",
        ]
        for attempt in (1, 2):
            out.unlink(missing_ok=True)
            try:
                done = subprocess.run(command, input=text.encode("utf-8"), capture_output=True, timeout=timeout)
            except subprocess.TimeoutExpired:
                log.warning("espeak-ng took over %s s (attempt %d)", timeout, attempt)
                continue
            if done.returncode == 0 and wav_complete(out):
                return time.monotonic() - started
            log.warning("espeak-ng failed (rc %s): %s", done.returncode, done.stderr[-200:])
        raise SynthesisError("espeak-ng wrote no complete WAV")


class Pyttsx3Synth:
    """One pyttsx3 engine over espeak-ng, used from one thread only. Given engine text (see ``Speaker``)."""

    name = "pyttsx3"

    def __init__(self):
        import pyttsx3

        self._engine = pyttsx3.init("espeak")
        self._voice_ids = {v.id.rsplit("/", 1)[-1].lower(): v.id for v in self._engine.getProperty("voices")}

    def voices(self) -> dict[str, bool]:
        return {locale: voice_usable(locale) for locale in VOICES}

    def synthesize(
        self, text: str, out: Path, locale: str = "zh_CN", rate: float = 1.0, timeout: float = 10.0
    ) -> float:
        """Write ``text`` as WAV to ``out``; returns seconds taken."""
        started = time.monotonic()
        voice = self._voice_ids.get(VOICES.get(locale, "cmn-latn-pinyin"))
        if voice is None:
            raise SynthesisError(f"espeak-ng has no voice for {locale}")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.unlink(missing_ok=True)
        with contextlib.redirect_stdout(io.StringIO()):  # pyttsx3 prints "Audio saved to ..."
            self._engine.setProperty("voice", voice)
            # espeak-ng changes speed by shortening or lengthening the syllables: the pitch stays (pitch_hz)
            self._engine.setProperty("rate", words_per_minute(rate))
            self._engine.save_to_file(text, str(out))
            self._engine.runAndWait()
            while not wav_complete(out):
                if time.monotonic() - started > timeout:
                    raise SynthesisError(f"no complete WAV after {timeout} s")
                time.sleep(0.005)  # the engine writes the file on its own thread; poll briefly
        return time.monotonic() - started


def engine_available(name: str) -> bool:
    """Whether this engine can start on this machine (espeak-ng: the binary is there)."""
    return name in ENGINES and shutil.which("espeak-ng") is not None


def make_engine(name: str = "espeak-ng"):
    if name not in ENGINES:
        raise SynthesisError(f"unknown tts_engine {name!r} (known: {', '.join(ENGINES)})")
    return EspeakSynth() if name == "espeak-ng" else Pyttsx3Synth()


class Speaker:
    """Kiosk text to an evened-out WAV: words and pinyin decided here, sound made by the engine."""

    def __init__(self, engine):
        self.engine = engine

    def speak(self, text: str, out: Path, locale: str = "zh_CN", rate: float = 1.0) -> float:
        """One WAV for ``text`` (split into sentences, each synthesised and evened out); seconds taken."""
        import numpy as np

        from kiosk.core.pronounce import engine_text

        if len(text) > MAX_SPEAK_CHARS:
            raise TooLong(f"at most {MAX_SPEAK_CHARS} characters can be spoken at once (got {len(text)})")
        started = time.monotonic()
        pieces, sample_rate = [], 22050
        for index, sentence in enumerate(split_sentences(text)):
            said = engine_text(sentence, locale)
            if not said.strip(" ,.;!?"):
                continue
            part = out.with_name(f"{out.stem}.{index}.raw.wav")
            try:
                self.engine.synthesize(said, part, locale, rate)
                samples, sample_rate = _read_wav(part)
            finally:
                part.unlink(missing_ok=True)
            pieces.append(even_out(samples, sample_rate))
        if not pieces:
            raise SynthesisError("nothing to say")
        out.parent.mkdir(parents=True, exist_ok=True)
        _write_wav(out, np.concatenate(pieces), sample_rate)
        return time.monotonic() - started


def _engine_setting() -> str:
    """The ``tts_engine`` of this kiosk's configuration (the worker is started with the kiosk's environment)."""
    try:
        from kiosk import config as config_module

        return config_module.load().tts_engine
    except Exception:  # a configuration the kiosk itself refuses never starts the kiosk; be safe here anyway
        log.exception("configuration unreadable in the synthesis worker: using espeak-ng")
        return "espeak-ng"


def worker_main(argv: list[str] | None = None) -> int:
    """Serve synthesis requests on stdin until it closes."""
    argv = sys.argv[1:] if argv is None else argv
    protocol = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)  # pyttsx3 prints "Audio saved to ..." on stdout: keep it off the protocol pipe
    name = argv[argv.index("--engine") + 1] if "--engine" in argv else _engine_setting()
    try:
        engine = make_engine(name)
        voices = engine.voices()
        from kiosk.core.pronounce import engine_text

        engine_text("您好", "zh_CN")  # load the pinyin dictionary now, not on the first screen
        speaker = Speaker(engine)
    except Exception as exc:  # no engine: say so once, then refuse every request
        protocol.write(json.dumps({"ready": False, "engine": name, "voices": {}, "error": str(exc)}) + "\n")
        return 1
    protocol.write(json.dumps({"ready": True, "engine": name, "voices": voices}) + "\n")
    pending: collections.deque = collections.deque()
    arrived = threading.Condition()
    closed = threading.Event()

    def reply(message: dict) -> None:
        protocol.write(json.dumps(message, ensure_ascii=False) + "\n")

    def read_requests() -> None:
        """Reads ahead, so that a cancel (a new screen) drops the old screen's sentences still waiting."""
        for line in sys.stdin:
            try:
                request = json.loads(line)
            except ValueError:
                continue
            with arrived:
                if isinstance(request, dict) and "cancel" in request:
                    cancelled = set(request["cancel"])
                    for waiting in [r for r in pending if r.get("id") in cancelled]:
                        pending.remove(waiting)
                        reply({"id": waiting["id"], "ok": False, "error": "cancelled"})
                elif isinstance(request, dict):
                    pending.append(request)
                arrived.notify()
        with arrived:
            closed.set()
            arrived.notify()

    threading.Thread(target=read_requests, name="requests", daemon=True).start()
    while True:
        with arrived:
            while not pending and not closed.is_set():
                arrived.wait()
            if not pending:
                return 0
            request = pending.popleft()
        try:
            seconds = speaker.speak(
                request["text"], Path(request["out"]), request.get("locale", "zh_CN"), float(request.get("rate", 1.0))
            )
            answer = {"id": request["id"], "ok": True, "out": request["out"], "ms": round(seconds * 1000, 1)}
        except Exception as exc:  # reported to the UI, which falls back to captions for this line
            answer = {"id": request.get("id"), "ok": False, "error": str(exc)}
        with arrived:
            reply(answer)


if __name__ == "__main__":
    raise SystemExit(worker_main())
