"""Idle policy: warn, then reset. Qt-free; the UI feeds it touches and ticks."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class IdleEvent(enum.Enum):
    NONE = "none"
    WARN = "warn"  # show the big 继续 button and say so
    RESET = "reset"  # wipe the session and go home


@dataclass
class IdlePolicy:
    warn_after_s: float
    reset_after_s: float
    max_extensions: int
    last_touch: float = 0.0
    extensions_used: int = 0
    warning: bool = field(default=False, init=False)

    def start(self, now: float) -> None:
        self.last_touch = now
        self.extensions_used = 0
        self.warning = False

    def touch(self, now: float) -> None:
        """Any touch or key press before the warning counts as activity."""
        if not self.warning:
            self.last_touch = now

    def extend(self, now: float) -> bool:
        """The person pressed 继续. False once the allowance is used up."""
        if self.extensions_used >= self.max_extensions:
            return False
        self.extensions_used += 1
        self.warning = False
        self.last_touch = now
        return True

    def seconds_left(self, now: float) -> float:
        return max(0.0, self.reset_after_s - (now - self.last_touch))

    def tick(self, now: float) -> IdleEvent:
        idle = now - self.last_touch
        if idle >= self.reset_after_s:
            self.start(now)
            return IdleEvent.RESET
        if idle >= self.warn_after_s and not self.warning:
            self.warning = True
            return IdleEvent.WARN
        return IdleEvent.NONE
