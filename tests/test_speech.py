"""The voice: the real engine writes Mandarin; the queue interrupts, reads along, and recovers."""

from __future__ import annotations

import subprocess
import sys
import json

import pytest
from PySide6.QtCore import QObject, Signal

from kiosk.devices.speech import Priority
from kiosk.devices.tts import voice_usable, wav_complete, wav_stats
from kiosk.ui.speech import QtSpeech, SynthProcess, split_sentences


class FakeSynth(QObject):
    done = Signal(int, bool, str)
    ready = Signal(bool)
    gave_up = Signal()

    def __init__(self):
        super().__init__()
        self.requests: list[dict] = []
        self.voices = {"zh_CN": True}

    def start(self):
        pass

    def stop(self):
        pass

    def request(self, request_id, text, locale, rate, out):
        self.requests.append({"id": request_id, "text": text, "locale": locale, "rate": rate, "out": out})

    def complete(self, index, ok=True):
        request = self.requests[index]
        self.done.emit(request["id"], ok, request["out"] if ok else "")


class FakePlayer(QObject):
    finished = Signal()

    def __init__(self):
        super().__init__()
        self.played: list[str] = []
        self.stops = 0
        self.volume = None

    def play(self, path):
        self.played.append(path)

    def stop(self):
        self.stops += 1

    def set_volume(self, volume):
        self.volume = volume


@pytest.fixture
def voice(qtbot):
    synth, player = FakeSynth(), FakePlayer()
    speech = QtSpeech("zh_CN", synth=synth, player=player, audio_present=True)
    speech.start()
    captions = []
    speech.set_listener(lambda text, span: captions.append((text, span)))
    yield speech, synth, player, captions
    speech.shutdown()


def test_sentences_are_split_at_chinese_punctuation():
    assert split_sentences("您好。请按确定！好吗？") == ["您好。", "请按确定！", "好吗？"]


def test_a_new_screen_interrupts_the_old_prompt(voice):
    speech, synth, player, _ = voice
    speech.say("第一句。第二句。", Priority.SCREEN)
    synth.complete(0)
    assert len(player.played) == 1
    speech.say("新的屏幕。", Priority.SCREEN)
    assert player.stops == 1
    synth.complete(1)  # the old second sentence arrives late: ignored
    assert len(player.played) == 1
    synth.complete(2)
    assert player.played[-1] == synth.requests[2]["out"]


def test_a_lower_priority_prompt_waits_for_an_alert(voice):
    speech, synth, player, _ = voice
    speech.say("已经呼叫工作人员。", Priority.ALERT)
    synth.complete(0)
    speech.say("请输入号码。", Priority.SCREEN)
    assert player.stops == 0 and len(synth.requests) == 1
    player.finished.emit()
    assert synth.requests[-1]["text"] == "请输入号码。"


def test_read_along_highlights_each_sentence_in_turn(voice, qtbot):
    speech, synth, player, captions = voice
    with qtbot.waitSignals([speech.sentence_started, speech.sentence_started, speech.utterance_finished], timeout=1000):
        speech.say("一句。两句。", Priority.PROMPT)
        synth.complete(0)
        synth.complete(1)
        player.finished.emit()
        player.finished.emit()
    spans = [span for _, span in captions if span]
    assert spans == [(0, 3), (3, 6)]


def test_a_failed_sentence_is_shown_and_skipped(voice):
    speech, synth, player, captions = voice
    speech.say("坏的一句。好的一句。", Priority.PROMPT)
    synth.complete(0, ok=False)
    synth.complete(1)
    assert player.played == [synth.requests[1]["out"]]


def test_masked_values_never_reach_the_engine(voice):
    speech, synth, _, captions = voice
    speech.say("张**，您好。您的号码是110***********002X。", Priority.SCREEN)
    sent = " ".join(r["text"] for r in synth.requests)
    assert "*" not in sent and "张" not in sent and "002X" not in sent
    assert "您好" in sent


def test_volume_and_rate_go_back_after_the_session(voice):
    speech, synth, player, _ = voice
    speech.set_volume(0.3)
    speech.set_rate(0.75)
    speech.say("好。", Priority.PROMPT)
    assert synth.requests[-1]["rate"] == 0.75
    speech.forget()
    assert player.volume == pytest.approx(0.9)


def test_what_is_said_before_start_is_spoken_after(qtbot):
    synth, player = FakeSynth(), FakePlayer()
    speech = QtSpeech("zh_CN", synth=synth, player=player, audio_present=True)
    speech.say("您好，请选择要办的事。", Priority.SCREEN)
    assert synth.requests == []
    speech.start()
    synth.complete(0)
    assert player.played == [synth.requests[0]["out"]]


def test_a_voice_that_would_read_english_gives_captions_only(voice):
    speech, synth, player, captions = voice
    synth.voices["ug"] = False
    speech.set_locale("ug")
    speech.say("ياخشىمۇسىز", Priority.SCREEN)
    assert synth.requests == [] and captions[-1][0] == "ياخشىمۇسىز"


def test_no_audio_device_means_captions_only(qtbot):
    synth = FakeSynth()
    speech = QtSpeech("zh_CN", synth=synth, audio_present=False)
    speech.start()
    captions = []
    speech.set_listener(lambda text, span: captions.append(text))
    speech.say("请按确定。", Priority.SCREEN)
    assert captions == ["请按确定。"] and synth.requests == []
    assert "字幕" in speech.captions_only_reason


def test_the_real_worker_synthesises_what_is_played(qtbot):
    player = FakePlayer()
    speech = QtSpeech("zh_CN", player=player, audio_present=True)
    speech.start()
    try:
        with qtbot.waitSignal(speech.audio_started, timeout=20_000):
            speech.say("您的医保个人账户里还有一千二百三十四元五角六分。", Priority.SCREEN)
        from pathlib import Path

        played = Path(player.played[0])
        assert wav_complete(played)
        duration, rms = wav_stats(played)
        assert duration > 2 and rms > 100
    finally:
        speech.shutdown()


def test_a_hung_worker_is_killed_and_reported(qtbot):
    synth = SynthProcess(command=[sys.executable, "-c", "import time; time.sleep(60)"], timeout_ms=300)
    try:
        with qtbot.waitSignal(synth.done, timeout=5_000) as reply:
            synth.request(7, "您好。", "zh_CN", 1.0, "/nonexistent/x.wav")
        assert reply.args[:2] == [7, False]
    finally:
        synth.kill()


def test_kiosk_say_writes_mandarin_that_slows_down(tmp_path):
    assert voice_usable("zh_CN"), "espeak-ng's Mandarin voice reads Chinese as English here"
    durations = []
    for rate in (1.0, 0.75):
        out = tmp_path / f"say_{rate}.wav"
        done = subprocess.run([sys.executable, "-m", "kiosk", "say", "您的医保个人账户里还有一千二百三十四元五角六分。", "--out", str(out),
                               "--rate", str(rate)], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["out"] == str(out)
        duration, rms = wav_stats(out)
        assert rms > 100  # not silence
        durations.append(duration)
    assert durations[1] > durations[0] * 1.2
    ipa = subprocess.run(["espeak-ng", "-q", "--ipa", "-v", "cmn-latn-pinyin", "医保账户"], capture_output=True, text=True,
                         timeout=10).stdout
    assert "(en)" not in ipa and ipa.strip()
