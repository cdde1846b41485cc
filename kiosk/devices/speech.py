"""Speech output behind a small interface.

``CaptionSpeech`` is the captions-only fallback (no engine or no audio
device) and the recording fake for tests: it hands every utterance to the
caption listener and remembers it. ``kiosk.ui.speech.QtSpeech`` is the real
voice. Masked values never reach either (``speakable.without_masked``).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Protocol

from kiosk.core.speakable import without_masked

DEFAULT_RATE = 1.0
SLOW_RATE = 0.75
DEFAULT_VOLUME = 0.9

# listener(text on the caption, (start, end) of the sentence being read or None)
CaptionListener = Callable[[str, "tuple[int, int] | None"], None]


class Priority(enum.IntEnum):
    SCREEN = 1  # a screen's script
    PROMPT = 2  # feedback to an action
    ALERT = 3  # idle warning, staff call


class Speech(Protocol):
    captions_only_reason: str

    def say(self, text: str, priority: Priority = Priority.SCREEN) -> None: ...
    def stop(self) -> None: ...
    def set_rate(self, rate: float) -> None: ...
    @property
    def rate(self) -> float: ...
    def set_volume(self, volume: float) -> None: ...
    @property
    def volume(self) -> float: ...
    def set_locale(self, locale: str) -> None: ...
    def set_listener(self, listener: CaptionListener | None) -> None: ...
    def forget(self) -> None: ...
    def shutdown(self) -> None: ...


class SpeechSettings:
    """Rate, volume and locale: the part every Speech implementation shares."""

    def __init__(self, locale: str = "zh_CN"):
        self._rate = DEFAULT_RATE
        self._volume = DEFAULT_VOLUME
        self.locale = locale

    def set_rate(self, rate: float) -> None:
        self._rate = rate

    @property
    def rate(self) -> float:
        return self._rate

    def set_volume(self, volume: float) -> None:
        self._volume = volume

    @property
    def volume(self) -> float:
        return self._volume

    def set_locale(self, locale: str) -> None:
        self.locale = locale


class CaptionSpeech(SpeechSettings):
    """No audio: each utterance goes to the caption and into ``spoken``."""

    def __init__(self, captions_only_reason: str = ""):
        super().__init__()
        self._listener: CaptionListener | None = None
        self.captions_only_reason = captions_only_reason
        self.spoken: list[str] = []

    def set_listener(self, listener: CaptionListener | None) -> None:
        self._listener = listener

    def say(self, text: str, priority: Priority = Priority.SCREEN) -> None:
        text = without_masked(text)
        if not text:
            return
        self.spoken.append(text)
        if self._listener:
            self._listener(text, None)

    def stop(self) -> None:
        if self._listener:
            self._listener("", None)

    def forget(self) -> None:
        """Session end: nothing personal stays in the history."""
        self.spoken.clear()
        self._volume = DEFAULT_VOLUME

    def shutdown(self) -> None:
        pass
