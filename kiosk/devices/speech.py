"""Speech output behind a small interface.

``CaptionSpeech`` is the captions-only fallback (no engine or no audio
device): it hands every utterance to a listener that shows it as a caption.
Real audio engines implement the same interface.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Protocol

DEFAULT_RATE = 1.0
SLOW_RATE = 0.75


class Priority(enum.IntEnum):
    SCREEN = 1   # a screen's script: interrupted by the next screen
    PROMPT = 2   # feedback to an action
    ALERT = 3    # idle warning, staff call, errors


class Speech(Protocol):
    def say(self, text: str, priority: Priority = Priority.SCREEN) -> None: ...
    def stop(self) -> None: ...
    def set_rate(self, rate: float) -> None: ...
    @property
    def rate(self) -> float: ...
    def set_listener(self, listener: Callable[[str], None] | None) -> None: ...
    def forget(self) -> None: ...


class CaptionSpeech:
    """No audio: each utterance goes to ``listener`` (the caption bar) and is remembered."""

    def __init__(self, listener: Callable[[str], None] | None = None):
        self._listener = listener
        self._rate = DEFAULT_RATE
        self.spoken: list[str] = []

    def set_listener(self, listener: Callable[[str], None] | None) -> None:
        self._listener = listener

    def say(self, text: str, priority: Priority = Priority.SCREEN) -> None:
        self.spoken.append(text)
        if self._listener:
            self._listener(text)

    def stop(self) -> None:
        if self._listener:
            self._listener("")

    def set_rate(self, rate: float) -> None:
        self._rate = rate

    @property
    def rate(self) -> float:
        return self._rate

    def forget(self) -> None:
        """Session end: nothing personal stays in the history."""
        self.spoken.clear()
