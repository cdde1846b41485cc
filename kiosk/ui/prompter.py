"""What the kiosk last asked of the person, so 重听 can say it again."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.devices.speech import Priority, Speech


class Prompter:
    def __init__(self, speech: Speech):
        self.speech = speech
        self.last_prompt = ""

    def announce(self, text: str, priority: Priority = Priority.PROMPT) -> None:
        """Say something 重听 should be able to repeat (a script, an error, a read-back)."""
        self.last_prompt = text
        self.speech.say(text, priority)

    def repeat(self, fallback: Callable[[], str]) -> None:
        """重听: the last prompt, not the acknowledgement of a bar button."""
        self.speech.say(self.last_prompt or fallback(), Priority.PROMPT)

    def forget(self) -> None:
        self.last_prompt = ""
