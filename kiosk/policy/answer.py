"""Answers from the library: BM25 over jieba tokens of each section, the question first
expanded from spoken to official words. The answer is the best section's most fitting
sentence in plain words, then the exact passage, with its source; when nothing fits
well enough the answer says so (``answered`` false) and offers staff instead."""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk.policy import ingest
from kiosk.policy.terms import DOMAIN_WORDS, OFFICIAL_TO_PLAIN, SPOKEN_TO_OFFICIAL, STOPWORDS

# tuned on tests/policy_questions.jsonl (see benchmarks/run.py policy_qa)
MIN_SCORE = 5.0      # BM25 score of the best section
MIN_COVERAGE = 0.2  # share of the question's weight (idf) found in that section
SENTENCE = re.compile(r"[^。；;！!]+[。；;！!]?")
HEADING_LEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、])[^。]{0,40}?[。:：]")


@functools.cache
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    for word in DOMAIN_WORDS:
        jieba.add_word(word, freq=200_000)
    return jieba


def tokens(text: str) -> list[str]:
    return [t for t in _jieba().lcut(text.lower()) if t.strip() and t not in STOPWORDS and not re.fullmatch(r"\W+", t)]


def expand(question: str) -> str:
    """Add the official words for the spoken ones (longest first, each phrase once)."""
    added = [official for spoken, official in sorted(SPOKEN_TO_OFFICIAL.items(), key=lambda kv: -len(kv[0])) if spoken in question]
    return " ".join([question, *added])


def plain(sentence: str) -> str:
    for official, everyday in sorted(OFFICIAL_TO_PLAIN.items(), key=lambda kv: -len(kv[0])):
        sentence = sentence.replace(official, everyday)
    return sentence


@dataclass(frozen=True)
class Passage:
    source: str
    title: str
    section: str
    section_id: str
    text: str
    score: float


@dataclass(frozen=True)
class Answer:
    question: str
    answered: bool
    short: str           # the plain answer, said first
    simpler: str         # "说得再简单点": one clause, everyday words
    quote: str           # the exact sentence of the passage the answer comes from
    passages: tuple[Passage, ...]

    def to_json(self) -> dict:
        data = asdict(self)
        data["passages"] = [asdict(p) for p in self.passages]
        return data


class PolicyLibrary:
    def __init__(self, data: dict):
        ingest.validate(data)
        self.version = data["version"]
        self.sections = [(doc, section) for doc in data["documents"] for section in doc["sections"]]
        from rank_bm25 import BM25Okapi

        self._tokens = [tokens(f"{doc['title']} {section['heading']} {section['text']}") for doc, section in self.sections]
        self._bm25 = BM25Okapi(self._tokens)

    @classmethod
    def open(cls, directory: Path) -> "PolicyLibrary":
        return cls(ingest.load(directory))

    def _idf(self, token: str) -> float:
        return max(self._bm25.idf.get(token, 0.0), 0.0)

    def ask(self, question: str, top: int = 3) -> Answer:
        query = tokens(expand(question))
        if not query:
            return Answer(question, False, "", "", "", ())
        scores = self._bm25.get_scores(query)
        ranked = [i for i in sorted(range(len(scores)), key=lambda i: -scores[i])[:top] if scores[i] > 0]
        if not ranked:
            return Answer(question, False, "", "", "", ())
        passages = tuple(Passage(doc["source"], doc["title"], section["heading"], section["id"], section["text"], round(float(scores[i]), 3))
                         for i in ranked for doc, section in [self.sections[i]])
        best = ranked[0]
        weight = sum(self._idf(t) for t in set(query)) or 1.0
        found = sum(self._idf(t) for t in set(query) if t in set(self._tokens[best]))
        if scores[best] < MIN_SCORE or found / weight < MIN_COVERAGE:
            return Answer(question, False, "", "", "", passages)
        sentence = self._best_sentence(passages[0].text, set(query))
        short, simpler = self._gist(sentence, set(query))
        return Answer(question, True, plain(short), plain(simpler), sentence, passages)

    def _gist(self, sentence: str, query: set[str], limit: int = 60) -> tuple[str, str]:
        """(short, simpler): the clauses of the sentence that carry the question's words, in
        their order, within ``limit`` characters; and the single best clause."""
        clauses = [c for c in re.split(r"[,，;；]", sentence.rstrip("。;；")) if c.strip()]
        weight = [sum(self._idf(t) for t in query & set(tokens(c))) for c in clauses]
        order = sorted(range(len(clauses)), key=lambda i: -weight[i])
        chosen, length = [], 0
        for i in order:
            if chosen and (weight[i] <= 0 or length + len(clauses[i]) > limit):
                continue
            chosen.append(i)
            length += len(clauses[i])
        short = "，".join(clauses[i].strip() for i in sorted(chosen)) + "。"
        return short, clauses[order[0]].strip() + "。"

    def _best_sentence(self, text: str, query: set[str]) -> str:
        body = HEADING_LEAD.sub("", text, count=1) or text
        sentences = [s.strip() for s in SENTENCE.findall(body) if len(s.strip()) >= 6] or [body]
        return max(sentences, key=lambda s: sum(self._idf(t) for t in query & set(tokens(s))))



def bundled_library() -> Path:
    """The library shipped with the kiosk (built from the raw notices in assets/policies)."""
    return Path(__file__).resolve().parents[2] / "assets" / "policy_library"


def library_dir(home: Path) -> Path:
    """This terminal's library (ingested here or updated from the center) if it has one,
    else the bundled one."""
    local = home / "policy_library"
    return local if (local / ingest.LIBRARY_FILE).exists() else bundled_library()
