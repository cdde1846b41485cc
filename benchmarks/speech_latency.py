"""Speech: screen shown -> first sentence handed to the audio player, and the
largest event-loop stall while a long answer is read (baseline: the same loop idle).

Runs the real synthesis worker process; the player is a timing stand-in because
CI machines have no sound card (playback itself is Qt Multimedia's, asynchronous).
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QTimer, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

LONG_ANSWER = (
    "跨省临时外出就医人员，备案有效期不少于六个月。在有效期内可以在就医地多次就诊。"
    "转诊和急诊抢救的，报销比例降低不超过十个百分点。其他临时外出就医的，降低不超过二十个百分点。"
    "长期居住人员的备案长期有效。备案后可以在就医地和参保地双向享受待遇。"
    "如果已经出院并且自己付了钱，备案以后可以回参保地手工报销。"
)


class TimingPlayer(QObject):
    """Finishes each sentence after ``play_ms``, as a short real clip would."""

    finished = Signal()

    def __init__(self, play_ms: int = 40):
        super().__init__()
        self._clip = QTimer(self)
        self._clip.setSingleShot(True)
        self._clip.setInterval(play_ms)
        self._clip.timeout.connect(self.finished.emit)

    def play(self, path: str) -> None:
        self._clip.start()

    def stop(self) -> None:
        self._clip.stop()

    def set_volume(self, volume: float) -> None:
        pass


def _wait_for(signal, timeout_ms: int = 20_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def _max_stall_ms(run_for_ms: int, start=None, done_signal=None, timeout_ms: int = 20_000) -> float:
    """Largest gap between 5 ms ticks while ``start`` runs (or while idle)."""
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()
    if start is not None:
        start()
    if done_signal is not None:
        _wait_for(done_signal, timeout_ms)
    else:
        loop = QEventLoop()
        QTimer.singleShot(run_for_ms, loop.quit)
        loop.exec()
    ticker.stop()
    return max(gaps) if gaps else 0.0


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def installed_engines() -> list[str]:
    """The engines of kiosk.devices.tts that can start here (espeak-ng always; others when their package is)."""
    from kiosk.devices.tts import ENGINES, engine_available

    return [name for name in ENGINES if engine_available(name)]


def _one_engine(app, engine: str, repeat: int) -> dict:
    import sys
    import tempfile

    from kiosk import config as config_module
    from kiosk.app import Services
    from kiosk.devices.speech import Priority
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.speech import QtSpeech, SynthProcess

    player = TimingPlayer()
    synth = SynthProcess(command=[sys.executable, "-m", "kiosk.devices.tts", "--engine", engine])
    speech = QtSpeech("zh_CN", synth=synth, player=player, audio_present=True)
    started = time.perf_counter()
    speech.start()
    _wait_for(synth.ready, 120_000)
    ready_s = time.perf_counter() - started
    heard: list[float] = []
    speech.audio_started.connect(lambda: heard.append(time.perf_counter()))
    with tempfile.TemporaryDirectory() as home:
        cfg = config_module.load(home=home, center_url="http://127.0.0.1:9")
        window = KioskWindow(cfg, Services(cfg), speech)
        window.show()
        app.processEvents()
        latencies = []
        screens = ["settings", "home", "id_entry", "receipt"]
        for index in range(repeat):
            heard.clear()
            shown = time.perf_counter()
            window.go(screens[index % len(screens)])
            if not heard:
                _wait_for(speech.audio_started)
            latencies.append((heard[0] - shown) * 1000 if heard else float("inf"))
            speech.stop()
        idle_stall = _max_stall_ms(1500)
        speaking_stall = _max_stall_ms(0, lambda: speech.say(LONG_ANSWER, Priority.PROMPT), speech.utterance_finished)
        window.close()
    speech.shutdown()
    return {
        "worker_ready_s": round(ready_s, 2),
        "first_audio_median_ms": round(statistics.median(latencies), 1),
        "first_audio_p95_ms": round(_p95(latencies), 1),
        "first_audio_ms": [round(x, 1) for x in latencies],
        "max_stall_speaking_ms": round(speaking_stall, 1),
        "max_stall_idle_ms": round(idle_stall, 1),
        "stall_ratio": round(speaking_stall / max(idle_stall, 1.0), 2),
        "restarts": synth.starts - 1,
    }


def speech_latency(repeat: int = 10) -> dict:
    """Per installed engine; the top-level figures are the default engine's (espeak-ng)."""
    app = QApplication.instance() or QApplication([])
    engines = {name: _one_engine(app, name, repeat) for name in installed_engines()}
    default = engines["espeak-ng"]
    return {
        "name": "speech_latency",
        "baseline": "the same event loop idle, same run",
        "repeat": repeat,
        **default,
        "engines": engines,
        "target_max_stall_ms": 50,
        "ok": all(e["max_stall_speaking_ms"] <= 50 for e in engines.values()),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(speech_latency(), indent=1))
