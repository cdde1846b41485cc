"""Scanning a 医保码: accept a code only when two reads agree; turn frames into guidance."""

from __future__ import annotations

import numpy as np


class CodeConfirmer:
    """The same text in ``needed`` reads in a row (frames without a read do not break the run)."""

    def __init__(self, needed: int = 2):
        self._needed = needed
        self._text: str | None = None
        self._count = 0

    def offer(self, text: str | None) -> str | None:
        if text is None:
            return None
        if text == self._text:
            self._count += 1
        else:
            self._text, self._count = text, 1
        if self._count >= self._needed:
            self._text, self._count = None, 0
            return text
        return None


def guidance(gray: np.ndarray, frames_without_code: int) -> str:
    """A hint key for the person: too_dark, closer, aim (see ScanScreen.HINTS)."""
    if float(gray.mean()) < 45:
        return "too_dark"
    if frames_without_code > 60:
        return "closer"
    return "aim"
