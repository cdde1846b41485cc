"""The hall's own 一问一答: curated questions and answers that staff extend without code
(``assets/hall_qa/*.json``), searched before the notices. Each entry says which notice
sentence it rests on (``source`` and ``quote``, checked against the seed texts by the tests)
and carries its answer in every kiosk language (the notices themselves stay Chinese).

An entry: {"id", "questions": [ways elders ask it, Chinese], "keywords": [words one of which
the question must contain], "answer": {"zh_CN", "zh_HK", "en", "ug"}, "quote", "source",
"title", "section"}, optionally "issuer" and "date" of that notice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kiosk.policy.question import Question, normalise

LOCALES = ("zh_CN", "zh_HK", "en", "ug")
MIN_SIMILARITY = 0.42  # Dice of character bigrams between the question and an entry's wording
FIELDS = ("id", "questions", "keywords", "answer", "quote", "source", "title", "section")


def _bigrams(text: str) -> set[str]:
    text = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    return {text[i : i + 2] for i in range(len(text) - 1)}


@dataclass(frozen=True)
class Entry:
    id: str
    questions: tuple[str, ...]
    keywords: tuple[str, ...]
    answers: dict  # locale -> the answer
    quote: str
    source: str
    title: str
    section: str
    issuer: str = ""
    date: str = ""

    def answer(self, question: str, kind: str):
        from kiosk.policy.answer import Answer, Passage

        passage = Passage(
            self.source, self.title, self.section, f"hall:{self.id}", self.quote, 1.0, self.issuer, self.date
        )
        localized = {locale: self.answers[locale] for locale in LOCALES if locale != "zh_CN"}
        said = self.answers["zh_CN"]
        return Answer(question, True, said, said, self.quote, (passage,), kind, localized)


def _entry(data: dict, where: str) -> Entry:
    missing = [f for f in FIELDS if f not in data]
    if missing:
        raise ValueError(f"{where}: entry {data.get('id')!r} lacks {', '.join(missing)}")
    answers = data["answer"]
    if set(answers) != set(LOCALES) or not all(isinstance(v, str) and v.strip() for v in answers.values()):
        raise ValueError(f"{where}: entry {data['id']!r} needs an answer in each of {', '.join(LOCALES)}")
    if not data["questions"] or not data["keywords"] or not data["quote"]:
        raise ValueError(f"{where}: entry {data['id']!r} needs questions, keywords and a quote")
    return Entry(
        data["id"],
        tuple(data["questions"]),
        tuple(data["keywords"]),
        dict(data["answer"]),
        data["quote"],
        data["source"],
        data["title"],
        data["section"],
        data.get("issuer", ""),
        data.get("date", ""),
    )


class HallQA:
    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self._grams = [[_bigrams(normalise(q)) for q in e.questions] for e in entries]

    @classmethod
    def load(cls, directory: Path) -> "HallQA":
        entries = []
        for file in sorted(directory.glob("*.json")):
            for data in json.loads(file.read_text(encoding="utf-8")):
                entries.append(_entry(data, file.name))
        return cls(entries)

    @classmethod
    def bundled(cls) -> "HallQA":
        return _bundled()

    def match(self, question: Question) -> Entry | None:
        asked = _bigrams(question.plain)
        if not asked:
            return None
        best, best_value = None, 0.0
        for entry, variants in zip(self.entries, self._grams):
            if not any(k in question.plain for k in entry.keywords):
                continue
            for grams in variants:
                value = 2 * len(asked & grams) / (len(asked) + len(grams) or 1)
                if value > best_value:
                    best, best_value = entry, value
        return best if best_value >= MIN_SIMILARITY else None


def bundled_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "assets" / "hall_qa"


_cache: list[HallQA] = []


def _bundled() -> HallQA:
    if not _cache:
        _cache.append(HallQA.load(bundled_dir()))
    return _cache[0]
