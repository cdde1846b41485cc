"""Text cut into the sentences the voice speaks and the caption pages, one at a time. Its own
small module: the window needs it before the first paint, the speech engine only after."""

from __future__ import annotations

import re

MAX_SENTENCE_CHARS = 120  # longer sentences are cut at commas, then hard, before synthesis
# Chinese ends a sentence with its own marks; English and Uyghur with . ? ! and a space (؟ is Uyghur's question mark)
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;؟\n])|(?<=[.?!؟])(?=\s)")
_CLAUSE_END = re.compile(r"(?<=[，、,：:])")


def split_sentences(text: str, max_chars: int = MAX_SENTENCE_CHARS) -> list[str]:
    """Sentences, each at most ``max_chars`` (cut at commas first, then hard)."""
    out: list[str] = []
    for sentence in (p.strip() for p in _SENTENCE_END.split(text)):
        if not sentence:
            continue
        if len(sentence) <= max_chars:
            out.append(sentence)
            continue
        piece = ""
        for clause in _CLAUSE_END.split(sentence):
            while len(clause) > max_chars:
                if piece:
                    out.append(piece)
                    piece = ""
                out.append(clause[:max_chars])
                clause = clause[max_chars:]
            if len(piece) + len(clause) > max_chars:
                out.append(piece)
                piece = ""
            piece += clause
        if piece.strip():
            out.append(piece.strip())
    return [s for s in out if s.strip()]
