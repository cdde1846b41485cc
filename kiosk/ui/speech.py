"""The kiosk's voice: a priority queue of utterances, synthesised sentence by
sentence in a worker process and played with Qt Multimedia.

The UI thread never waits: synthesis replies arrive through QProcess signals,
playback through QMediaPlayer signals. A new utterance of equal or higher
priority interrupts the current one at once (player stop, stale synthesis
results ignored). A worker that does not answer within ``SYNTH_TIMEOUT_MS``
is killed and restarted. Without an engine or an audio output, the kiosk
falls back to captions only and says so to staff.
"""

from __future__ import annotations

import itertools
import json
import logging
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QProcess, QTimer, QUrl, Signal

from kiosk.core.sentences import split_sentences
from kiosk.core.speakable import without_masked
from kiosk.devices.speech import DEFAULT_VOLUME, Priority, SpeechSettings

log = logging.getLogger("kiosk.speech")

SYNTH_TIMEOUT_MS = 5000  # one sentence, once the worker is ready
STARTUP_TIMEOUT_MS = 60_000  # loading the engine and the pinyin dictionary on a busy machine
MAX_RESTARTS = 3  # failures in a row before the kiosk gives up on the voice and shows captions


class AudioPlayer(Protocol):
    finished: Signal

    def play(self, path: str) -> None: ...
    def stop(self) -> None: ...
    def set_volume(self, volume: float) -> None: ...


class QtAudioPlayer(QObject):
    """QMediaPlayer on the default audio output; ``finished`` at end of media or on error."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self._output = QAudioOutput(self)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._end = QMediaPlayer.MediaStatus.EndOfMedia
        self._player.mediaStatusChanged.connect(self._status)
        self._player.errorOccurred.connect(lambda *args: (log.warning("playback error %s", args), self.finished.emit()))

    def _status(self, status) -> None:
        if status == self._end:
            self.finished.emit()

    def play(self, path: str) -> None:
        self._player.setSource(QUrl.fromLocalFile(path))
        self._player.play()

    def stop(self) -> None:
        self._player.stop()

    def set_volume(self, volume: float) -> None:
        self._output.setVolume(volume)


def audio_output_present() -> bool:
    from PySide6.QtMultimedia import QMediaDevices

    return bool(QMediaDevices.audioOutputs())


class SynthProcess(QObject):
    """The synthesis worker (``python -m kiosk.devices.tts``) driven through QProcess.

    The answer timeout counts only once the worker has said it is ready: loading the engine and the pinyin
    dictionary on a busy machine at start-up can take many seconds, and killing it then only starts it again.
    A worker that hangs, dies or does not get ready is restarted at most ``MAX_RESTARTS`` times in a row (a
    successful answer resets the count); after that ``gave_up`` is emitted and every request is refused at once,
    so the kiosk shows captions (with a note for staff) instead of waiting on a voice that never comes."""

    ready = Signal(bool)
    done = Signal(int, bool, str)  # request id, ok, wav path
    gave_up = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        command: list[str] | None = None,
        timeout_ms: int = SYNTH_TIMEOUT_MS,
        startup_timeout_ms: int = STARTUP_TIMEOUT_MS,
        max_restarts: int = MAX_RESTARTS,
    ):
        super().__init__(parent)
        self._command = command or [sys.executable, "-m", "kiosk.devices.tts"]
        self._process: QProcess | None = None
        self._buffer = b""
        self._outstanding: dict[int, dict] = {}
        self.voices: dict[str, bool] = {}
        self.is_ready = False
        self.failures = 0  # hangs, deaths and failed start-ups since the last good answer
        self.starts = 0
        self.given_up = False
        self._max_restarts = max_restarts
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(timeout_ms)
        self._watchdog.timeout.connect(self._hung)
        self._startup = QTimer(self)
        self._startup.setSingleShot(True)
        self._startup.setInterval(startup_timeout_ms)
        self._startup.timeout.connect(self._start_failed)

    def start(self) -> None:
        if self.given_up:
            return
        process = QProcess(self)
        process.setProgram(self._command[0])
        process.setArguments(self._command[1:])
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.setStandardErrorFile(QProcess.nullDevice())
        process.readyReadStandardOutput.connect(self._read)
        process.errorOccurred.connect(lambda err: log.warning("synthesis worker error: %s", err))
        process.finished.connect(lambda *_: self._exited(process))
        self._process = process
        self._buffer = b""
        self.is_ready = False
        self.starts += 1
        process.start()
        self._startup.start()

    def request(self, request_id: int, text: str, locale: str, rate: float, out: str) -> None:
        if self.given_up:
            self.done.emit(request_id, False, "")
            return
        if self._process is None or self._process.state() == QProcess.ProcessState.NotRunning:
            self.start()
        message = {"id": request_id, "text": text, "locale": locale, "rate": rate, "out": out}
        self._outstanding[request_id] = message
        self._process.write((json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8"))
        if self.is_ready and not self._watchdog.isActive():
            self._watchdog.start()

    def cancel(self, request_ids: list[int]) -> None:
        """The worker drops these if it has not made them yet (a new screen interrupts the old prompt)."""
        waiting = [i for i in request_ids if i in self._outstanding]
        if waiting and self._process is not None:
            self._process.write((json.dumps({"cancel": waiting}) + "\n").encode("utf-8"))

    def _read(self) -> None:
        self._buffer += bytes(self._process.readAllStandardOutput())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            try:
                reply = json.loads(raw)
            except ValueError:
                continue
            if "ready" in reply:
                self._startup.stop()
                self.is_ready = bool(reply["ready"])
                self.voices = reply.get("voices", {})
                if self.is_ready and self._outstanding:
                    self._watchdog.start()  # from now on the worker answers within the timeout or is restarted
                self.ready.emit(self.is_ready)
                continue
            if reply.get("ok"):
                self.failures = 0
            self._outstanding.pop(reply.get("id"), None)
            self._watchdog.start() if self._outstanding else self._watchdog.stop()
            self.done.emit(int(reply.get("id") or -1), bool(reply.get("ok")), str(reply.get("out", "")))

    def _failed(self, why: str) -> None:
        """A hang, a death or a start-up that never finished: restart, unless that has happened too often."""
        self.failures += 1
        pending = list(self._outstanding.values())
        self._outstanding.clear()
        self._watchdog.stop()
        self._startup.stop()
        self.kill()
        if self.failures > self._max_restarts:
            log.error("synthesis worker failed %d times in a row (%s): captions only", self.failures, why)
            self.given_up = True
            self.gave_up.emit()
        else:
            log.warning("synthesis worker %s: restarting it (%d of %d)", why, self.failures, self._max_restarts)
        for message in pending:
            self.done.emit(message["id"], False, "")

    def _hung(self) -> None:
        self._failed(f"did not answer in {self._watchdog.interval()} ms")

    def _start_failed(self) -> None:
        self._failed(f"was not ready after {self._startup.interval()} ms")

    def _exited(self, process: QProcess) -> None:
        if process is not self._process:
            return  # one we killed ourselves
        self._process = None
        self._failed("exited")

    def kill(self) -> None:
        if self._process is not None:
            process, self._process = self._process, None
            process.kill()
            process.waitForFinished(1000)  # a killed process ends at once; bounded in any case

    def stop(self) -> None:
        self._startup.stop()
        self._watchdog.stop()
        if self._process is not None:
            process, self._process = self._process, None
            process.closeWriteChannel()
            if not process.waitForFinished(2000):
                process.kill()


@dataclass
class _Utterance:
    text: str
    priority: Priority
    sentences: list[str]
    index: int = 0
    request_ids: list[int] = field(default_factory=list)
    ready: dict[int, str] = field(default_factory=dict)  # sentence index -> wav path


class QtSpeech(QObject, SpeechSettings):
    """Implements kiosk.devices.speech.Speech with real audio."""

    sentence_started = Signal(int, str)  # index in the current utterance, its text
    utterance_finished = Signal()
    audio_started = Signal()  # the player was handed its first sentence

    def __init__(
        self,
        locale: str = "zh_CN",
        *,
        synth: SynthProcess | None = None,
        player: AudioPlayer | None = None,
        audio_present: bool | None = None,
        parent: QObject | None = None,
    ):
        QObject.__init__(self, parent)
        SpeechSettings.__init__(self, locale)
        self._dir = Path(tempfile.mkdtemp(prefix="kiosk-tts-"))
        self._ids = itertools.count(1)
        self._listener: Callable[[str, tuple[int, int] | None], None] | None = None
        self._current: _Utterance | None = None
        self._queue: list[_Utterance] = []
        self._playing = False
        self._audio_present = audio_present
        self._synth = synth or SynthProcess(self)
        self._player: AudioPlayer | None = player
        self._started = False
        self.captions_only_reason = ""
        self._synth.done.connect(self._synthesised)
        self._synth.ready.connect(self._engine_ready)
        self._synth.gave_up.connect(self._engine_gone)

    def start(self) -> None:
        """Open the audio output and the worker. Called after the first paint: Qt Multimedia
        and a process start would otherwise delay the home screen."""
        if self._started:
            return
        self._started = True
        present = audio_output_present() if self._audio_present is None else self._audio_present
        if self._player is None and present:
            self._player = QtAudioPlayer(self)
        if self._player is None:
            self.captions_only_reason = QT_TRANSLATE_NOOP("KioskWindow", "没有找到声音设备，现在只显示字幕")
            return
        self._player.finished.connect(self._sentence_done)
        self._player.set_volume(self._volume)
        self._synth.start()
        if self._current is not None:  # what was said before start: say it now
            pending, self._current = self._current, None
            self._begin(pending)

    # -- the Speech interface ----------------------------------------------------
    def say(self, text: str, priority: Priority = Priority.SCREEN) -> None:
        text = without_masked(text)
        if not text:
            return
        utterance = _Utterance(text, priority, split_sentences(text))
        if self._current is None or priority >= self._current.priority:
            self._queue = [u for u in self._queue if u.priority > priority]
            self._interrupt()
            self._begin(utterance)
        else:
            self._queue.append(utterance)

    def stop(self) -> None:
        self._queue.clear()
        self._interrupt()
        self._show("", None)

    def set_volume(self, volume: float) -> None:
        super().set_volume(volume)
        if self._player is not None:
            self._player.set_volume(volume)

    def set_listener(self, listener) -> None:
        self._listener = listener

    def forget(self) -> None:
        self.set_volume(DEFAULT_VOLUME)
        for wav in self._dir.glob("*.wav"):
            wav.unlink(missing_ok=True)

    def shutdown(self) -> None:
        self.stop()
        self._synth.stop()

    # -- internals -----------------------------------------------------------------
    def _engine_ready(self, ok: bool) -> None:
        if not ok:
            self.captions_only_reason = QT_TRANSLATE_NOOP("KioskWindow", "语音引擎没有启动，现在只显示字幕")
            self._player = None
        elif not self._synth.voices.get(self.locale, False):
            log.warning("espeak-ng voice for %s falls back to English: captions only for it", self.locale)

    def _engine_gone(self) -> None:
        """The worker kept failing: captions from now on, with the note for staff; what is being said stays shown."""
        self.captions_only_reason = QT_TRANSLATE_NOOP("KioskWindow", "语音引擎没有启动，现在只显示字幕")
        self._player = None
        self._playing = False
        utterance, self._current = self._current, None
        self._show(utterance.text if utterance else "", None)

    def _interrupt(self) -> None:
        if self._player is not None and self._playing:
            self._player.stop()
        if self._current is not None and hasattr(self._synth, "cancel"):
            self._synth.cancel(self._current.request_ids)  # so the new screen's first sentence is made next
        self._playing = False
        self._current = None

    def _begin(self, utterance: _Utterance) -> None:
        self._current = utterance
        self._show(utterance.text, None)
        if not self._started:
            return  # kept as current; start() says it
        if self._player is None or self._synth.voices.get(self.locale) is False:
            # captions only: no sound, or a voice that would read this language as English
            self._current = None
            return
        for index, sentence in enumerate(utterance.sentences):
            request_id = next(self._ids)
            utterance.request_ids.append(request_id)
            self._synth.request(request_id, sentence, self.locale, self._rate, str(self._dir / f"{request_id}.wav"))

    def _synthesised(self, request_id: int, ok: bool, path: str) -> None:
        utterance = self._current
        if utterance is None or request_id not in utterance.request_ids:
            return  # a stale result of an interrupted utterance
        index = utterance.request_ids.index(request_id)
        utterance.ready[index] = path if ok else ""
        if not self._playing and index == utterance.index:
            self._play_next()

    def _play_next(self) -> None:
        utterance = self._current
        while utterance is not None and utterance.index in utterance.ready:
            path = utterance.ready[utterance.index]
            sentence = utterance.sentences[utterance.index]
            start = utterance.text.find(sentence)
            self._show(utterance.text, (start, start + len(sentence)) if start >= 0 else None)
            self.sentence_started.emit(utterance.index, sentence)
            if path:
                self._playing = True
                self._player.play(path)
                if utterance.index == 0:
                    self.audio_started.emit()
                return
            utterance.index += 1  # this sentence failed to synthesise: its caption was shown
        if utterance is not None and utterance.index >= len(utterance.sentences):
            self._finish()

    def _sentence_done(self) -> None:
        if not self._playing or self._current is None:
            return
        self._playing = False
        self._current.index += 1
        if self._current.index >= len(self._current.sentences):
            self._finish()
        else:
            self._play_next()

    def _finish(self) -> None:
        self._current = None
        self.utterance_finished.emit()
        if self._queue:
            self._begin(self._queue.pop(0))

    def _show(self, text: str, span: tuple[int, int] | None) -> None:
        if self._listener is not None:
            self._listener(text, span)
