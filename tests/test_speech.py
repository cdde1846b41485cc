"""The voice: the real engine writes Mandarin; the queue interrupts, reads along, and recovers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
    hangs_after_ready = 'import time; print(\'{"ready": true, "voices": {}}\', flush=True); time.sleep(60)'
    synth = SynthProcess(command=[sys.executable, "-c", hangs_after_ready], timeout_ms=300)
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
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "kiosk",
                "say",
                "您的医保个人账户里还有一千二百三十四元五角六分。",
                "--out",
                str(out),
                "--rate",
                str(rate),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["out"] == str(out)
        duration, rms = wav_stats(out)
        assert rms > 100  # not silence
        durations.append(duration)
    assert durations[1] > durations[0] * 1.2
    ipa = subprocess.run(
        ["espeak-ng", "-q", "--ipa", "-v", "cmn-latn-pinyin", "医保账户"], capture_output=True, text=True, timeout=10
    ).stdout
    assert "(en)" not in ipa and ipa.strip()


# -- issue 18 item 14: a slow start-up is not a hang; a worker that keeps failing gives captions, not silence ----------


def _counting_worker(tmp_path, body: str) -> tuple[list[str], "Path"]:
    """A real worker command that notes each start in a file, then runs ``body`` (shell)."""
    starts = tmp_path / "starts"
    return ["sh", "-c", f"echo start >> {starts}; {body}"], starts


def test_a_worker_slow_to_start_is_not_killed_and_speaks_the_first_screen(qtbot, tmp_path):
    # a busy machine: the worker takes longer to load than the answer timeout allows for one sentence
    command, starts = _counting_worker(tmp_path, f"sleep 2; exec {sys.executable} -m kiosk.devices.tts")
    synth = SynthProcess(command=command, timeout_ms=500)
    player = FakePlayer()
    speech = QtSpeech("zh_CN", synth=synth, player=player, audio_present=True)
    speech.start()
    try:
        with qtbot.waitSignal(speech.audio_started, timeout=30_000):
            speech.say("您好，请选择要办的事。", Priority.SCREEN)
        assert wav_complete(Path(player.played[0]))
        assert starts.read_text().count("start") == 1 and speech.captions_only_reason == ""
    finally:
        speech.shutdown()


def test_a_worker_that_keeps_dying_is_restarted_a_bounded_number_of_times_then_captions_with_a_note(qtbot, tmp_path):
    command, starts = _counting_worker(tmp_path, 'echo \'{"ready": true, "voices": {"zh_CN": true}}\'; exit 3')
    synth = SynthProcess(command=command, timeout_ms=500, max_restarts=2)
    player = FakePlayer()
    speech = QtSpeech("zh_CN", synth=synth, player=player, audio_present=True)
    captions = []
    speech.set_listener(lambda text, span: captions.append(text))
    speech.start()
    try:
        for screen in range(8):  # eight screens in a row, each a new prompt
            speech.say(f"第{screen}个屏幕。", Priority.SCREEN)
            qtbot.waitUntil(lambda: not synth._outstanding or synth.given_up, timeout=10_000)
        qtbot.waitUntil(lambda: synth.given_up, timeout=10_000)
        assert starts.read_text().count("start") <= 3  # the first start and two restarts, then no loop
        assert "字幕" in speech.captions_only_reason  # the staff note in the header
        speech.say("请出示医保码。", Priority.SCREEN)
        assert captions[-1] == "请出示医保码。" and player.played == []  # never a silent, empty screen
    finally:
        speech.shutdown()


# -- issue 18 item 9: long text is split and bounded ---------------------------------------------------------------


@pytest.mark.parametrize("length", [6000, 10_000])
def test_kiosk_say_refuses_too_much_text_with_one_plain_line(tmp_path, length):
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "say", "医" * length, "--out", str(tmp_path / "x.wav")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "KIOSK_HOME": str(tmp_path)},
    )
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])  # 10,000 used to be a segfault (139)
    assert "Traceback" not in done.stderr + done.stdout and len(done.stderr.strip().splitlines()) == 1
    assert "2000" in done.stderr and not (tmp_path / "x.wav").exists()


def test_kiosk_say_speaks_a_long_text_without_punctuation_in_bounded_pieces(tmp_path):
    text = "您的医保个人账户余额可以用于支付本人和家人在定点医药机构发生的费用" * 12  # 408 characters, no mark
    out = tmp_path / "long.wav"
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "say", text, "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KIOSK_HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-500:]
    duration, rms = wav_stats(out)
    assert duration > 60 and rms > 100
    assert all(len(piece) <= 120 for piece in split_sentences(text))


# -- issue 23: clear delivery -----------------------------------------------------------------------------------------


def _voiced_rms(samples, rate):
    import numpy as np

    frame = int(rate * 0.02)
    frames = samples[: samples.size // frame * frame].reshape(-1, frame)
    energy = np.sqrt((frames**2).mean(axis=1))
    voiced = energy > energy.max() * 0.05
    return float(np.sqrt((frames[voiced] ** 2).mean())), energy, voiced


class _Say:
    """The real `kiosk say` process: the WAV a listener would hear."""

    def __init__(self, home: Path):
        self.home = home

    def speak(self, text: str, out: Path, rate: float = 1.0) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "kiosk", "say", text, "--out", str(out), "--rate", str(rate)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "KIOSK_HOME": str(self.home)},
        )
        assert done.returncode == 0, done.stderr[-500:]


@pytest.fixture
def speaker(tmp_path):
    return _Say(tmp_path)


def test_every_sentence_comes_out_at_one_loudness(speaker, tmp_path):
    import math

    from kiosk.devices.tts import _read_wav

    levels = []
    sentences = ["好。", "请把医保码对准下面的扫码口，听到嘀的一声就好了。", "您的余额是1234.56元。"]
    for index, sentence in enumerate(sentences):
        out = tmp_path / f"{index}.wav"
        speaker.speak(sentence, out)
        levels.append(_voiced_rms(*_read_wav(out))[0])
    spread_db = 20 * math.log10(max(levels) / min(levels))
    assert spread_db < 1.5, levels


def test_the_end_of_a_sentence_is_as_loud_as_its_start(speaker, tmp_path):
    from kiosk.devices.tts import _read_wav

    out = tmp_path / "tail.wav"
    speaker.speak("请您拿好身份证和医保卡，到三号窗口办理。", out)
    _, energy, voiced = _voiced_rms(*_read_wav(out))
    levels = energy[voiced]
    fifth = max(1, levels.size // 5)
    assert levels[-fifth:].mean() > 0.5 * levels[:fifth].mean()  # no fading tail (at most 6 dB quieter)


def test_there_is_a_pause_to_hear_at_each_comma_and_between_digit_groups(speaker, tmp_path):
    from kiosk.devices.tts import PAUSE_S, _read_wav

    out = tmp_path / "phone.wav"
    speaker.speak("请拨打13800138000", out)  # read in 3-4-4 groups
    samples, rate = _read_wav(out)
    _, _, voiced = _voiced_rms(samples, rate)
    runs, run = [], 0
    for is_voiced in voiced[: len(voiced) - 20]:  # not the tail after the sentence
        run = 0 if is_voiced else run + 1
        if run == 1:
            runs.append(0)
        if run:
            runs[-1] = run
    long_pauses = [r * 0.02 for r in runs if r * 0.02 >= PAUSE_S - 0.03]
    assert len(long_pauses) >= 2, runs  # after 请拨打 … 138 … 0013


def test_slower_speech_keeps_its_pitch(speaker, tmp_path):
    from kiosk.devices.tts import _read_wav, pitch_hz

    measured = {}
    for rate in (1.0, 0.75):
        out = tmp_path / f"rate{rate}.wav"
        speaker.speak("您的医保个人账户里还有一千二百三十四元五角六分。", out, rate=rate)
        samples, sample_rate = _read_wav(out)
        measured[rate] = (samples.size / sample_rate, pitch_hz(samples, sample_rate))
    assert measured[0.75][0] > measured[1.0][0] * 1.2  # 慢一点 is slower ...
    assert abs(measured[0.75][1] - measured[1.0][1]) < 0.05 * measured[1.0][1]  # ... in the same voice


def test_espeak_reads_the_tones_of_the_pinyin_it_is_given():
    from kiosk.core.pronounce import engine_text

    def phonemes(text):
        return subprocess.run(
            ["espeak-ng", "-v", "cmn-latn-pinyin", "-x", "-q", text], capture_output=True, text=True, timeout=10
        ).stdout

    assert engine_text("重新") == "chong2 xin1"
    assert "35" in phonemes("chong2 xin1") and "51" in phonemes("zhong4 xin1")  # rising vs falling, as given
    assert "ts.h" in phonemes(engine_text("重新")) and "ts.h" not in phonemes("zhong4 xin1")  # ch-, not zh-
    bank = phonemes(engine_text("银行"))
    assert "X'a35N" in bank and "S;'i35N" not in bank  # háng, not xíng


def test_a_new_screen_drops_the_old_screens_sentences_still_waiting_in_the_worker(qtbot, tmp_path):
    synth = SynthProcess()
    replies = {}
    synth.done.connect(lambda request_id, ok, path: replies.__setitem__(request_id, ok))
    try:
        with qtbot.waitSignal(synth.ready, timeout=60_000):
            synth.start()
        for request_id in range(1, 7):
            synth.request(
                request_id,
                "跨省临时外出就医人员，备案有效期不少于六个月，在有效期内可以多次就诊。",
                "zh_CN",
                1.0,
                str(tmp_path / f"{request_id}.wav"),
            )
        synth.cancel([2, 3, 4, 5, 6])
        synth.request(7, "新的屏幕。", "zh_CN", 1.0, str(tmp_path / "7.wav"))
        qtbot.waitUntil(lambda: len(replies) == 7, timeout=30_000)
        assert replies[7] and replies[1]
        assert sum(not replies[i] for i in range(2, 7)) >= 3  # not made: the new screen's sentence came next
    finally:
        synth.stop()
