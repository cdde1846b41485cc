"""Answers from the library, sentence by sentence.

1. The hall's own 一问一答 (``kiosk.policy.hall_qa``) is searched first.
2. The question is understood (``kiosk.policy.question``): plain Mandarin, the kind of answer
   wanted, out-of-scope questions and other places' figures refused.
3. Sections are ranked by BM25 over jieba words and over character bigrams together (bigrams
   still match a notice whose words jieba cuts differently, or words no lexicon knows); the
   question is first expanded from spoken to official words, by the hand lexicon and by the
   terms the notices define themselves (是指, 以下简称, quoted terms).
4. A notice leads by its best section and by the share of the question it says anywhere (a
   short local notice naming each thing asked against a long report sharing common words).
   The sentences of the best sections are ranked by how well they answer that kind of
   question (a materials question wants the sentence listing materials, a how-much one the
   sentence with the amount), not by word overlap alone.
5. The answer is a short direct sentence from that sentence (能，… / 要带… / 去…办), then the
   exact sentence (``quote``), then its source; below a coverage threshold the kiosk says it
   has no answer and offers staff (``answered`` false).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kiosk.policy import ingest
from kiosk.policy.hall_qa import HallQA
from kiosk.policy.question import (
    CUE_WEIGHT,
    DIRECTIVE,
    PREAMBLE,
    Question,
    asks_abroad,
    clauses,
    covers_figure,
    cue_strength,
    figures_elsewhere,
    focus,
    has_figure_in,
    out_of_scope,
    polarity,
    spoken_numbers_as_digits,
    understand,
)
from kiosk.policy.terms import DOMAIN_WORDS, INSURANCE_TOPICS, OFFICIAL_TO_PLAIN, SPOKEN_TO_OFFICIAL, STOPWORDS

# tuned on the project's questions and ../shared/policies_dev together (benchmarks/policy_qa.py)
PLACE_BOOST = 1.5  # a section of a notice naming the place the question names
MIN_COVERAGE = 0.22  # share of the question's weight the answering sentence and its section carry
SURE_ENOUGH = 0.35  # ...and what it needs before the answer starts with 能，/ 不能，/ 不用，/ 要，
YES_OR_NO = ("能，", "不能，", "不用，", "要，", "算，")
OFF_TOPIC_COVERAGE = 0.6  # ...and what a question naming nothing of 医保 needs (terms.INSURANCE_TOPICS)
GROUP_LIMIT = 250  # characters of a passage made of a notice's short lines
GROUP_LINE = 100  # ...each line this short
GRAM_WEIGHT = 0.35  # bigram BM25 next to word BM25 when ranking sections
DOC_FLOOR = 0.7  # sentences are weighed in the notices whose best section scores this share of the best
SECTION_WEIGHT = 0.6  # the section's score next to the sentence's own (scaled to the best)
DOC_WEIGHT = 3.0  # the notice's best section score, likewise
NOTICE_COVER = 0.45  # how much a notice weighs by the share of the question it says anywhere, next to its best section
NOTICE_LENGTH = 0.15  # ...that share discounted by the notice's vocabulary (to the library's average) to this power
LENGTH_B = 0.3  # how much a long sentence's coverage is discounted (0: not at all)
GRAM_WEIGHT_SENTENCE = 0.4
CUE_WEIGHTS = (1.0, 0.4, 0.2)  # the question's first, second and third kind
CHOICE_CUE = 0.8  # a sentence naming both sides of a this-or-that question (按外地还是按老家)
FIGURE_CUE = 0.5  # a sentence naming the figure the elder said, or the band it falls in
UNIT_CUE = 0.6  # a figure in the unit the question asks for (多少种 -> 69种)
PAIR_LIMIT = 150  # characters of a rival and the sentences between it and the best read together
PAIR_SHARE = 0.8  # a neighbouring sentence scoring this share of the best is quoted with it
RIVAL_SHARE = 0.97  # ...and another sentence of the same passage scoring this share, with what lies between
HEADING_SHARE = 0.5  # a question word in the sentence's heading counts this much as one in the sentence
FAQ_SHARE = 1.0  # ...and as much when the heading is the notice's own question (问:…?) that the line answers
GARBLED = 0.5  # taken off a sentence with a run lost to garbling ("...")
PREAMBLE_PENALTY = 1.0  # ...and more from a regulation's purpose and basis (为贯彻落实…制定本办法)
DIRECTIVE_PENALTY = 0.3  # ...and from a directive to the offices
WHOLE_SECTION = 100  # characters: a section this short is quoted whole
EXPANSION_WEIGHT = 0.6  # a word the lexicon added, against one the person said
TRANSLATED_WEIGHT = 0.6  # ...and a word of the spoken phrase the lexicon translated
FOCUS_WEIGHT = 1.5  # a word of the clause a yes-no question asks in, against one that sets the scene
UNKNOWN_WORD = 0.3  # an unseen question word's weight, as a share of the rarest word's
MAX_QUESTION = 200  # characters weighed: a spoken question is far shorter; a pasted page is not a question
SHORT_LIMIT = 60  # characters of the direct answer
LIST_LIMIT = 120  # characters of a lead-in and its items read as one
QUOTE_LIMIT = 150  # ...and of a quote that ends in a lead-in, with what follows it
# a sentence that announces what follows (…以下费用: / 具体如下。), not an alias (以下称低保对象)
LEAD_IN = re.compile(r"[:：]$|(?<![(（])(以下|如下)(?!简?称)[^()（）。；;]{0,10}[:：]?。?$")
SENTENCE = re.compile(r"[^。；;！!？?]+[。；;！!？?]?")
HEADING_LEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、])")
ITEM_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、])"
    r"[^，,;；:：。]{2,30}[。:：]?"
)
DEFINED = re.compile(r"[“\"]?([\u4e00-\u9fff]{2,12})[”\"]?\s*(?:是指|:指|：指|指的是)")
ALIAS = re.compile(r"([\u4e00-\u9fff]{3,20})\((?:以下)?简?称[“\"]?([\u4e00-\u9fff]{2,8})[”\"]?\)")
QUOTED = re.compile(r"[“\"]([\u4e00-\u9fff]{2,8})[”\"]")
# a line with no punctuation that names a kind of document (…宣传月活动主要任务表, …实施方案) is a title
DOCUMENT_TITLE = re.compile(r"[^，,。；;：:！!？?、]{6,80}(表|方案|通知|办法|意见|细则|规定|公告|通告|决定)")
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+")
TREATED_ABROAD = re.compile(r"(境外|国外|出境)[^。]{0,8}(就医|医疗|治疗|看病|住院)")  # a notice that covers it
VARIANTS = {"帐户": "账户", "帐号": "账号", "登陆": "登录", "其它": "其他"}
NO_ANSWER = "这个问题我这里没有文件能回答。请按“呼叫工作人员”，请工作人员帮您。"


@functools.cache
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    for word in DOMAIN_WORDS:
        jieba.add_word(word, freq=200_000)
    return jieba


def variants(text: str) -> str:
    """One spelling for the words written two ways (帐户/账户), for matching only: quotes keep the notice's."""
    for other, usual in VARIANTS.items():
        text = text.replace(other, usual)
    return text


def tokens(text: str) -> list[str]:
    # the search cut also yields the parts of a long word (最高支付限额 -> 最高, 支付, 限额)
    return [
        t
        for t in _jieba().cut_for_search(variants(text.lower()))
        if t.strip() and t not in STOPWORDS and not re.fullmatch(r"\W+", t)
    ]


def grams(text: str) -> list[str]:
    """Character bigrams within runs of Chinese (and of Latin letters/digits), stopwords kept:
    the bigram's idf already makes 的人 worth little."""
    out = []
    for run in CJK_RUN.findall(variants(text.lower())):
        out += [run[i : i + 2] for i in range(len(run) - 1)] if len(run) > 1 else [run]
    return out


def expansions(question: str, learnt: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(spoken, official) for the spoken phrases of the question, longest first; a phrase used up
    by a longer one does not fire again (医保卡里的钱 -> 个人账户, not also 医保卡 -> 社会保障卡)."""
    lexicon = {**SPOKEN_TO_OFFICIAL, **(learnt or {})}
    rest, found = question, []
    for spoken in sorted(lexicon, key=len, reverse=True):
        if spoken in rest:
            found.append((spoken, lexicon[spoken]))
            rest = rest.replace(spoken, "|")
    return found


def expand(question: str, learnt: dict[str, str] | None = None) -> str:
    """The question with the official words for its spoken ones added."""
    return " ".join([question, *(official for _, official in expansions(question, learnt))])


def alternatives(question: str, query_words: set[str], learnt: dict[str, str] | None = None) -> list[frozenset]:
    """The question's words in groups that say one thing: a spoken phrase with the official words
    it stands for (带什么 / 材料 携带 提供 持 出示) is one group, any of which answers it; every other
    word is a group of its own. Coverage counts groups, so a longer list of synonyms does not make a
    question harder to answer."""
    groups: list[frozenset] = []
    grouped: set[str] = set()
    for spoken, official in expansions(question, learnt):
        group = frozenset(tokens(f"{spoken} {official}")) & query_words
        if group:
            groups.append(group)
            grouped |= group
    return groups + [frozenset([word]) for word in sorted(query_words - grouped)]


def plain(sentence: str) -> str:
    for official in sorted(OFFICIAL_TO_PLAIN, key=len, reverse=True):
        sentence = sentence.replace(official, OFFICIAL_TO_PLAIN[official])
    return sentence


@dataclass(frozen=True)
class Passage:
    source: str
    title: str
    section: str
    section_id: str
    text: str
    score: float
    issuer: str = ""
    date: str = ""


@dataclass(frozen=True)
class Answer:
    question: str
    answered: bool
    short: str  # the direct answer in plain words, said first
    simpler: str  # "说得再简单点": one clause, everyday words
    quote: str  # the exact sentence of the notice the answer comes from, said second
    passages: tuple[Passage, ...]
    kind: str = ""  # what the question asked for (materials, where, how, can, much, long, who, what, rate)
    localized: dict = field(default_factory=dict)  # a curated answer in the kiosk's other languages

    def to_json(self) -> dict:
        data = asdict(self)
        data["passages"] = [asdict(p) for p in self.passages]
        return data


@dataclass
class Unit:
    """A section of a notice with its sentences, tokenised once when the library opens."""

    source: str
    title: str
    heading: str
    section_id: str
    text: str
    sentences: list[str]
    sentence_words: list[frozenset]
    sentence_grams: list[frozenset]
    words: frozenset
    grams: frozenset
    issuer: str = ""
    date: str = ""
    heading_words: frozenset = frozenset()


def _sentences(text: str) -> list[str]:
    # a run lost to garbling ("...") mostly swallowed a full stop too: the text after it starts anew
    text = re.sub(r"(\.\.\.|…)+[。；;,，、]?", "\\g<0>\n", text)
    # an enumeration run together ("…办结二是减材料。"): each item (二是, 三是) starts anew
    text = re.sub(r"(?<=[\u4e00-\u9fff”)])(?=[二三四五六七八九十]是[\u4e00-\u9fff“])", "\n", text)
    found = [s.strip() for part in text.split("\n") for s in SENTENCE.findall(part) if s.strip()]
    merged: list[str] = []
    listing = False  # after a lead-in ("需提交以下材料:") its items (…；…；) read with it, up to LIST_LIMIT
    for sentence in found:  # a lead-in, a fragment or an item's heading reads with what follows it
        if (
            merged
            and not merged[-1].rstrip("。；;,，、").endswith(("...", "…"))
            and (
                len(merged[-1]) < 16
                or merged[-1].endswith((":", "："))
                or (len(merged) == 1 and ITEM_HEADING.fullmatch(merged[0]))
            )
        ):
            listing = listing or bool(re.search(r"(以下|如下)[^:：]{0,6}[:：]$", merged[-1]))
            merged[-1] += sentence
        elif listing and merged[-1].endswith((";", "；")) and len(merged[-1]) + len(sentence) <= LIST_LIMIT:
            merged[-1] += sentence
        else:
            merged.append(sentence)
            listing = bool(re.search(r"(以下|如下)[^:：]{0,6}[:：]", sentence))
    return merged or [text]


def _passages_of(sections: list[dict]) -> list[dict]:
    """A notice written a sentence a line, as passages: consecutive short lines under the same
    heading read as one section (up to GROUP_LIMIT characters), as a long notice's paragraph does."""
    out: list[dict] = []
    for section in sections:
        last = out[-1] if out else None
        if (
            last is not None
            and last["heading"] == section["heading"]
            and len(last["text"]) + len(section["text"]) <= GROUP_LIMIT
            and len(section["text"]) <= GROUP_LINE
            and last["_lines"] > 0
        ):
            joiner = "" if re.search(r"[。；;！!？?:：]$", last["text"]) else "。"
            last["text"] = last["text"] + joiner + section["text"]
            last["_lines"] += 1
        else:
            out.append({**section, "_lines": 1 if len(section["text"]) <= GROUP_LINE else 0})
    return out


def _bm25(corpus: list[list[str]]):
    """Okapi BM25 (rank_bm25) with Lucene's idf, log(1 + (N - n + 0.5) / (n + 0.5)): never zero
    or negative, so a library of one or two notices still ranks (Okapi's idf is 0 there). Scores
    come from postings (the sections that hold each word) instead of rank_bm25's scan of every
    section for every word, the same formula at a fraction of the time (p95 under load)."""
    import numpy
    from rank_bm25 import BM25Okapi

    class LuceneIdfBM25(BM25Okapi):
        def __init__(self, documents):
            super().__init__(documents)
            postings: dict[str, tuple[list[int], list[int]]] = {}
            for n, frequencies in enumerate(self.doc_freqs):
                for word, count in frequencies.items():
                    where, counts = postings.setdefault(word, ([], []))
                    where.append(n)
                    counts.append(count)
            lengths = numpy.array(self.doc_len, dtype=float)
            self._postings = {
                word: (
                    numpy.array(where),
                    numpy.array(counts, dtype=float),
                    self.k1 * (1 - self.b + self.b * lengths[where] / self.avgdl),
                )
                for word, (where, counts) in postings.items()
            }

        def _calc_idf(self, nd):
            self.idf = {word: math.log(1 + (self.corpus_size - freq + 0.5) / (freq + 0.5)) for word, freq in nd.items()}

        def get_scores(self, query):
            scores = numpy.zeros(self.corpus_size)
            for word in query:
                if word in self._postings:
                    where, counts, norm = self._postings[word]
                    scores[where] += self.idf[word] * counts * (self.k1 + 1) / (counts + norm)
            return scores

    return LuceneIdfBM25(corpus)


def _quotable(sentence: str) -> bool:
    """Not the notice asking (…吗?), not a bare heading or title line (no punctuation at all, or
    a numbered heading without a full stop: "二、完善跨省异地就医直接结算政策")."""
    if sentence.rstrip().endswith(("?", "？")):
        return False
    if _title_line(sentence):
        return False
    if ITEM_HEADING.fullmatch(sentence.strip()) and not sentence.rstrip().endswith("。"):
        return False  # its words weigh as the heading of the lines under it
    return len(sentence) > 40 or bool(re.search(r"[，,;；:：。、！!]", sentence))


@functools.cache
def _known_places() -> tuple[str, ...]:
    """The provinces and main cities of GB/T 2260 the kiosk ships, without 省/市/自治区 (拉萨, 广西)."""
    from kiosk.core.reference_defaults import REGIONS

    names = {name for province, cities in REGIONS.values() for name in (province, *cities.values())}
    return tuple(sorted({re.sub(r"(壮族|回族|维吾尔)?(省|市|自治区)$", "", name) for name in names}))


def _title_line(sentence: str) -> bool:
    """A page's title in SEO brackets (【洛阳市医保报销材料】) or a document's or table's title
    (…宣传月活动主要任务表) says what is written, never the answer."""
    line = sentence.strip()
    return (
        re.fullmatch(r"【[^】]*】[。.]?", line) is not None or DOCUMENT_TITLE.fullmatch(line.rstrip("。")) is not None
    )


def _heading_content(unit: Unit, sentence: str) -> bool:
    """The whole content of a heading of its own (四、活动时间 / 2023年6月1日至6月30日): no
    punctuation, but the answer to what the heading names, never a heading itself."""
    return (
        bool(unit.heading)
        and unit.sentences == [sentence]
        and not ITEM_HEADING.match(sentence)
        and not _title_line(sentence)
    )


class PolicyLibrary:
    def __init__(self, data: dict, hall: HallQA | None = None):
        ingest.validate(data)
        self.version = data["version"]
        self.learnt = self._learn(data["documents"])
        jieba = _jieba()
        for term in self.learnt:
            jieba.add_word(term, freq=100_000)
        self.units: list[Unit] = []
        word_docs, gram_docs = [], []
        for doc in data["documents"]:
            for section in _passages_of(doc["sections"]):
                sentences = _sentences(section["text"])
                context = f"{doc['title']} {section['heading']}"
                unit_words = tokens(f"{context} {section['text']}")
                unit_grams = grams(f"{context} {section['text']}")
                word_docs.append(unit_words)
                gram_docs.append(unit_grams)
                self.units.append(
                    Unit(
                        doc["source"],
                        doc["title"],
                        section["heading"],
                        section["id"],
                        section["text"],
                        sentences,
                        [frozenset(tokens(s)) for s in sentences],
                        [frozenset(grams(s)) for s in sentences],
                        frozenset(unit_words),
                        frozenset(unit_grams),
                        doc.get("issuer", ""),
                        doc.get("date", ""),
                        frozenset(tokens(section["heading"])),
                    )
                )
        self._bm25_words = _bm25(word_docs)
        self._bm25_grams = _bm25(gram_docs)
        # each notice's words, whole: which notice says every thing the question asks about
        self._notice_of: list[int] = []
        notices: dict[str, int] = {}
        notice_words: list[set[str]] = []
        notice_text: dict[str, list[str]] = {}  # ...and its text, to find the places it names
        for unit in self.units:
            if unit.source not in notices:
                notices[unit.source] = len(notice_words)
                notice_words.append(set())
            notice_words[notices[unit.source]] |= unit.words
            notice_text.setdefault(unit.source, [unit.title]).append(unit.text)
            self._notice_of.append(notices[unit.source])
        self._notice_text = {source: "\n".join(parts) for source, parts in notice_text.items()}
        self._notice_words = [frozenset(words) for words in notice_words]
        # a notice of many words says some of any question's words by chance (a year's work report)
        average = sum(len(words) for words in notice_words) / max(len(notice_words), 1)
        self._notice_length = [len(words) / average for words in notice_words]
        # every sentence that can be quoted (not the notice's own questions), BM25 at sentence level
        self._sentences = [
            (i, j)
            for i, unit in enumerate(self.units)
            for j, sentence in enumerate(unit.sentences)
            if _quotable(sentence) or _heading_content(unit, sentence)
        ]
        self._by_source: dict[str, list[tuple[int, int]]] = {}
        for i, j in self._sentences:
            self._by_source.setdefault(self.units[i].source, []).append((i, j))
        self._max_word_idf = max(self._bm25_words.idf.values(), default=1.0)
        self._all_text = "\n".join(u.title + u.text for u in self.units)
        self.hall = hall if hall is not None else HallQA.bundled()

    @classmethod
    def open(cls, directory: Path) -> "PolicyLibrary":
        return cls(ingest.load(directory))

    @staticmethod
    def _learn(documents: list[dict]) -> dict[str, str]:
        """Words the notices define or abbreviate themselves: a short form leads to its full form
        (低保 -> 最低生活保障家庭成员), a defined term to the word 是指 (so 啥叫X finds the definition)."""
        learnt: dict[str, str] = {}
        for doc in documents:
            for section in doc["sections"]:
                text = section["text"]
                for full, short in ALIAS.findall(text):
                    # the noun phrase, not the clause before it (完善统一的城乡居民…制度 -> 城乡居民…制度),
                    # and not the word for the notice's own kind (…制度, …办法): every notice about the
                    # thing names the thing, only this one names its 制度
                    noun = re.split(r"[的和与及、]", full)[-1] or full
                    learnt.setdefault(short, re.sub(r"(?<=..)(制度|办法|政策|规定|工作)$", "", noun))
                for term in DEFINED.findall(text):
                    learnt.setdefault(term, f"{term} 是指")
                for term in QUOTED.findall(text):
                    learnt.setdefault(term, term)
        return learnt

    # -- weights ------------------------------------------------------------------------------
    def _word_idf(self, token: str) -> float:
        """A word no notice has weighs like a rare one: a question about it is likely not
        answered here (养老金, 电费), unless the lexicon translated it (then it weighs nothing)."""
        idf = self._bm25_words.idf.get(token)
        if idf is None:
            return 0.0 if token in SPOKEN_TO_OFFICIAL or token in self.learnt else self._max_word_idf * UNKNOWN_WORD
        return max(idf, 0.05)

    def _gram_idf(self, gram: str) -> float:
        idf = self._bm25_grams.idf.get(gram)
        return 0.0 if idf is None else max(idf, 0.05)

    def _places(self, question: Question) -> tuple[list[str], list[str]]:
        """(places named in the question, those no notice in the library mentions)."""
        import jieba.posseg

        _jieba()
        places = [w.word for w in jieba.posseg.lcut(question.plain) if w.flag == "ns" and len(w.word) >= 2]
        # jieba tags some cities as something else (拉萨 as a transliterated name): the provinces and
        # main cities the kiosk knows for the 就医地 picker are places wherever they are said
        places += [p for p in _known_places() if p in question.plain and not any(p in q for q in places)]
        return places, [p for p in places if p not in self._all_text]

    def _notices_of_places(self, places: list[str]) -> set[str]:
        """The notices that name a place the question names (泰兴 in 泰兴市…), when few do: a
        place every notice names (中国, 全国) tells nothing."""
        found: set[str] = set()
        for place in places:
            stem = re.sub(r"(?<=..)(省|市|县|区|州|自治区|自治州)$", "", place)
            naming = {source for source, text in self._notice_text.items() if stem in text}
            if len(naming) <= max(1, len(self._notice_text) // 3):
                found |= naming
        return found

    # -- asking -------------------------------------------------------------------------------
    def ask(self, question: str, top: int = 3) -> Answer:
        understood = understand(question[:MAX_QUESTION])
        if not understood.plain or out_of_scope(understood):
            return Answer(question, False, "", "", "", (), understood.kind)
        places, unknown = self._places(understood)
        abroad = asks_abroad(understood, places) and not TREATED_ABROAD.search(self._all_text)
        if figures_elsewhere(understood, unknown) or abroad:
            return Answer(question, False, "", "", "", (), understood.kind)
        curated = self.hall.match(understood) if self.hall else None
        if curated is not None:
            return curated.answer(question, understood.kind)
        expanded = expand(understood.plain, self.learnt)
        if (digits := spoken_numbers_as_digits(understood.plain)) != understood.plain:
            expanded += " " + digits
        query_words = set(tokens(expanded))
        own_words = set(tokens(understood.plain))
        weight = {t: 1.0 if t in own_words else EXPANSION_WEIGHT for t in query_words}
        if asked_in := focus(understood.plain):
            for t in set(tokens(expand(asked_in, self.learnt))) & query_words:
                weight[t] *= FOCUS_WEIGHT
        # the words of a phrase the lexicon translated (才开始报 -> 起付线) are the elder's, not the
        # notice's: matched as they are they find the wrong sentence (…已开始兑现待遇)
        for spoken, official in expansions(understood.plain, self.learnt):
            meant = set(tokens(official))
            for t in set(tokens(spoken)) - meant:
                if t in weight:
                    weight[t] = min(weight[t], TRANSLATED_WEIGHT)
        query_grams = set(grams(understood.plain)) | set(grams(expanded)) & self._bm25_grams.idf.keys()
        if not query_words and not query_grams:
            return Answer(question, False, "", "", "", (), understood.kind)
        by_words = self._bm25_words.get_scores(list(query_words)) if query_words else None
        by_grams = self._bm25_grams.get_scores(list(query_grams)) if query_grams else None
        zero = [0.0] * len(self.units)
        by_words = by_words if by_words is not None else zero
        by_grams = by_grams if by_grams is not None else zero
        scores = [by_words[i] + GRAM_WEIGHT * by_grams[i] for i in range(len(self.units))]
        if local := self._notices_of_places(places):  # 泰兴的…: that town's notice, not another's
            scores = [score * PLACE_BOOST if self.units[i].source in local else score for i, score in enumerate(scores)]
        order = sorted(range(len(scores)), key=lambda i: -scores[i])
        if not order or scores[order[0]] <= 0:
            return Answer(question, False, "", "", "", (), understood.kind)
        groups = alternatives(understood.plain, query_words, self.learnt)
        best_unit, best_sentence, coverage, best_one = self._select(
            understood, query_words, query_grams, order, scores, weight, groups, self._sides(understood.plain)
        )
        passages = self._passages(best_unit, order, scores, top)
        if coverage < MIN_COVERAGE or (
            coverage < OFF_TOPIC_COVERAGE and not any(w in expanded for w in INSURANCE_TOPICS)
        ):
            return Answer(question, False, "", "", "", passages, understood.kind)
        unit = self.units[best_unit]
        quote = "".join(unit.sentences[best_sentence[0] : best_sentence[1] + 1])
        if understood.kind == "materials" and not cue_strength("materials", unit.sentences[best_one]):
            # asked what to bring, and the best the library has names nothing to bring: not an answer
            return Answer(question, False, "", "", "", passages, understood.kind)
        if len(unit.text) <= WHOLE_SECTION:  # a short section is read whole: its sentences lean on each other
            quote = "".join(s for s in unit.sentences if not _title_line(s))
        quote = self._with_what_it_leads_to(best_unit, best_sentence[1], quote)
        # the direct answer comes from the sentence that answers best, not from a neighbour read
        # with it (a rule for returning members must not answer a first-timer's question)
        short, simpler = self._direct(understood, unit.sentences[best_one], query_words, coverage)
        return Answer(question, True, short, simpler, quote, passages, understood.kind)

    def _sides(self, plain: str) -> tuple[frozenset, frozenset] | None:
        """The words of each side of a this-or-that question (按外地的标准还是按咱这儿的 -> 就医地 /
        参保地), the words both sides say (标准) left out: the answer names both."""
        asked = next((c for c in clauses(plain) if "还是" in c.strip("还是")), "")
        if not asked:
            return None
        before, after = asked.split("还是", 1)
        if after and after[0] in before:  # 是按A还是按B: A is what follows the last 按
            before = before[before.rindex(after[0]) :]
        left, right = (frozenset(tokens(expand(side, self.learnt))) for side in (before, after))
        left, right = left - right, right - left
        # the whole word, not its parts (就医地, not 就医 that every sentence of the notice says)
        left, right = (frozenset(t for t in side if not any(t != u and t in u for u in side)) for side in (left, right))
        return (left, right) if left and right else None

    def _with_what_it_leads_to(self, i: int, last: int, quote: str) -> str:
        """A lead-in (…以下费用: / 具体按以下步骤) says nothing heard alone: the sentence after it is read
        too, from the next section of the same notice when the lead-in ends its own (a list written
        one item a line), up to QUOTE_LIMIT characters and at least that one sentence."""
        if not LEAD_IN.search(quote.rstrip()):
            return quote
        unit = self.units[i]
        following = unit.sentences[last + 1 :]
        if not following and i + 1 < len(self.units) and self.units[i + 1].source == unit.source:
            following = self.units[i + 1].sentences
        for n, sentence in enumerate(following):
            if n and len(quote) + len(sentence) > QUOTE_LIMIT:
                break
            quote += sentence
        return quote

    def _coverage(self, groups: list[frozenset], query_grams: set[str], words: frozenset, grams_: frozenset) -> float:
        """Share of the question a sentence carries: each group of words by its rarest word, found
        by the rarest of its words the sentence has; and the bigrams by their idf."""
        word_weight = sum(max(self._word_idf(t) for t in group) for group in groups) or 1.0
        gram_weight = sum(self._gram_idf(g) for g in query_grams) or 1.0
        found_words = sum(max((self._word_idf(t) for t in group & words), default=0.0) for group in groups)
        found_grams = sum(self._gram_idf(g) for g in query_grams & grams_)
        return 0.5 * found_words / word_weight + 0.5 * found_grams / gram_weight

    def _select(
        self,
        question: Question,
        query_words: set[str],
        query_grams: set[str],
        order: list[int],
        scores: list[float],
        weight: dict[str, float],
        groups: list[frozenset],
        sides: tuple[frozenset, frozenset] | None = None,
    ) -> tuple[int, tuple[int, int], float, int]:
        """(unit, (first, last) sentence, coverage, the best sentence) of the sentences that best
        answer this kind of question, among the notices whose best section is close to the best one.

        Within a notice every sentence shares its topic words, so a question word counts by how
        rare it is among that notice's sentences (a local idf): the sentence that has the word
        that sets this question apart (中度, 政府, 第一步) wins over one that repeats the topic."""
        values = self._sentence_values(question, query_words, query_grams, order, scores, weight, sides)
        if not values:
            return order[0], (0, 0), 0.0, 0
        i, j = max(values, key=lambda key: values[key])
        best = (i, j, values[(i, j)])
        unit = self.units[i]
        own = self._coverage(groups, query_grams, unit.sentence_words[j], unit.sentence_grams[j])
        context = self._coverage(groups, query_grams, unit.words, unit.grams)
        # the neighbour that carries the question nearly as well is read too (a pair of sentences)
        pair = max(((i, k) for k in (j - 1, j + 1) if (i, k) in values), key=lambda key: values[key], default=None)
        span = (j, j)

        def short_enough(first: int, last: int) -> bool:  # an elder listens: two sentences, not a page
            return last - first <= 1 or len("".join(unit.sentences[first : last + 1])) <= PAIR_LIMIT

        if pair is not None and values[pair] >= PAIR_SHARE * best[2]:
            span = (min(j, pair[1]), max(j, pair[1]))
        else:  # two sentences of one passage nearly tied: read both, in the notice's order
            rival = max(
                ((i, k) for k in range(len(unit.sentences)) if k != j and (i, k) in values),
                key=lambda key: values[key],
                default=None,
            )
            if (
                rival is not None
                and values[rival] >= RIVAL_SHARE * best[2]
                and short_enough(min(j, rival[1]), max(j, rival[1]))
            ):
                span = (min(j, rival[1]), max(j, rival[1]))
        return i, span, 0.6 * own + 0.4 * context, j

    def _sentence_values(
        self,
        question: Question,
        query_words: set[str],
        query_grams: set[str],
        order: list[int],
        scores: list[float],
        weight: dict[str, float],
        sides: tuple[frozenset, frozenset] | None = None,
    ) -> dict[tuple[int, int], float]:
        """How well each sentence of the leading notices answers the question."""
        top_score = scores[order[0]] or 1.0
        # a notice weighs by its best section and by the share of the question it says anywhere: a
        # long notice whose one paragraph shares the question's common words ranks below a short
        # one that names each thing asked (两病 and 门诊慢病, not only 门诊慢病)
        groups = alternatives(question.plain, query_words, self.learnt)
        covered = [
            self._coverage(groups, set(), words, frozenset()) / length**NOTICE_LENGTH
            for words, length in zip(self._notice_words, self._notice_length)
        ]
        top_covered = max(covered) or 1.0
        relevance: dict[str, float] = {}
        for i in order:
            source = self.units[i].source
            if source not in relevance:
                relevance[source] = (1 - NOTICE_COVER) * scores[i] / top_score + NOTICE_COVER * covered[
                    self._notice_of[i]
                ] / top_covered
        top_relevance = max(relevance.values()) or 1.0
        best_of = {
            source: top_score * value / top_relevance
            for source, value in relevance.items()
            if value >= DOC_FLOOR * top_relevance
        }
        values: dict[tuple[int, int], float] = {}
        for source, doc_score in best_of.items():
            members = [(i, j) for i, j in self._by_source[source]]
            count = len(members)
            df_words: dict[str, int] = {}
            df_grams: dict[str, int] = {}
            for i, j in members:
                for t in query_words & (self.units[i].sentence_words[j] | self.units[i].heading_words):
                    df_words[t] = df_words.get(t, 0) + 1
                for g in query_grams & self.units[i].sentence_grams[j]:
                    df_grams[g] = df_grams.get(g, 0) + 1
            lidf_w = {
                t: math.log((count + 1) / (n + 0.5)) * self._word_idf(t) * weight.get(t, 1.0)
                for t, n in df_words.items()
            }
            lidf_g = {g: math.log((count + 1) / (n + 0.5)) * self._gram_idf(g) for g, n in df_grams.items()}
            total_w = sum(lidf_w.values()) or 1.0
            total_g = sum(lidf_g.values()) or 1.0
            lengths = [len(self.units[i].sentences[j]) for i, j in members]
            average = sum(lengths) / max(count, 1)
            for (i, j), length in zip(members, lengths):
                unit = self.units[i]
                # the heading of a FAQ's answer, or of a short section, says what its sentences are about
                share = FAQ_SHARE if unit.heading.endswith(("?", "？")) or len(unit.sentences) <= 2 else HEADING_SHARE
                found_w = (
                    sum(lidf_w.get(t, 0.0) for t in query_words & unit.sentence_words[j])
                    + share
                    * sum(lidf_w.get(t, 0.0) for t in (query_words & unit.heading_words) - unit.sentence_words[j])
                ) / total_w
                found_g = sum(lidf_g.get(g, 0.0) for g in query_grams & unit.sentence_grams[j]) / total_g
                sentence = unit.sentences[j]
                in_unit = has_figure_in(question.unit, sentence)
                cue = sum(
                    share * CUE_WEIGHT[kind] * cue_strength(kind, sentence)
                    for kind, share in zip(question.kinds, CUE_WEIGHTS)
                    # asked how many kinds (多少样), figures in 元 and % are not the answer
                    if not (kind == "much" and question.unit and not in_unit)
                )
                if in_unit:
                    cue += UNIT_CUE
                if question.figures and covers_figure(question.figures, sentence):
                    cue += FIGURE_CUE
                if sides and all(side & unit.sentence_words[j] for side in sides):
                    cue += CHOICE_CUE
                norm = (1 - LENGTH_B + LENGTH_B * length / average) ** 0.5
                if "..." in sentence:  # words lost to garbling: it says less than it seems to
                    cue -= GARBLED
                if PREAMBLE.match(sentence):
                    cue -= PREAMBLE_PENALTY
                elif DIRECTIVE.match(sentence):
                    cue -= DIRECTIVE_PENALTY
                value = (
                    (found_w + GRAM_WEIGHT_SENTENCE * found_g) / norm
                    + cue
                    + SECTION_WEIGHT * scores[i] / top_score
                    + DOC_WEIGHT * doc_score / top_score
                )
                values[(i, j)] = value
        return values

    def _passages(self, first: int, order: list[int], scores: list[float], top: int) -> tuple[Passage, ...]:
        """The answer's section, then the best section of each other notice (top-K sources)."""
        chosen, seen = [first], {self.units[first].source}
        for i in order:
            if len(chosen) >= top:
                break
            if self.units[i].source not in seen and scores[i] > 0:
                chosen.append(i)
                seen.add(self.units[i].source)
        return tuple(
            Passage(u.source, u.title, u.heading, u.section_id, u.text, round(float(scores[i]), 3), u.issuer, u.date)
            for i in chosen
            for u in [self.units[i]]
        )

    # -- the direct answer --------------------------------------------------------------------
    def _direct(
        self, question: Question, sentence: str, query_words: set[str], coverage: float = 1.0
    ) -> tuple[str, str]:
        """(short, simpler): a lead that answers the kind of question where the sentence says it,
        then the sentence's clauses that carry the question, in everyday words."""
        body = HEADING_LEAD.sub("", sentence).strip()
        body = re.sub(r"^[^，,。；;]{2,24}。(?=.)", "", body)  # an item's own heading ("规范…有效期限。") says nothing
        clauses = [c.strip() for c in re.split(r"[,，;；。]", body) if c.strip()]
        if not clauses:
            clauses = [body]
        weight = [
            sum(self._word_idf(t) for t in query_words & set(tokens(c))) + 3.0 * cue_strength(question.kind, c)
            for c in clauses
        ]
        ranked = sorted(range(len(clauses)), key=lambda i: -weight[i])
        chosen: list[int] = []
        length = 0
        for i in ranked:  # the clauses that carry the answer, not the preamble around them
            if chosen and (weight[i] < 0.5 * weight[ranked[0]] or length + len(clauses[i]) > SHORT_LIMIT):
                continue
            chosen.append(i)
            length += len(clauses[i])
        gist = plain("，".join(clauses[i] for i in sorted(chosen)))
        gist = gist.rstrip(":：")  # a lead-in's colon is not read before the full stop
        lead = _lead(question, body, gist)
        if lead in YES_OR_NO and coverage < SURE_ENOUGH:
            lead = ""  # a yes or no is said only when the sentence clearly answers this question
        short = f"{lead}{gist}。" if lead else f"{gist}。"
        return short, plain(clauses[ranked[0]]) + "。"


def _lead(question: Question, sentence: str, gist: str = "") -> str:
    """A first word that answers the question directly, only where the sentence says it (and for a
    place, only where the words read after it name one: never "办理的地方：不需要跑到大厅")."""
    kind = question.kind
    if kind == "need":
        said = polarity(sentence)
        # ...or the precondition said as a sequence: 办理备案后可以享受 answers "要先备案吗" with yes
        needed = "要，" if re.search(r"须|需要|应当|必须|后(才能|方可|才可|可以|可|即可)", sentence) else ""
        return {"needless": "不用，", "no": "不能，"}.get(said, needed)
    if kind == "can":
        said = polarity(sentence)
        if said == "needless":
            return "不用，"
        if said == "no":
            return "不能，"
        # "能，" only when the words read after it say so themselves (可以/享受…), not a clause of
        # the sentence the short answer leaves out
        if said == "yes" and polarity(gist or sentence) == "yes":
            return "算，" if "算不算" in question.plain else "能，"
        return ""
    if kind == "materials" and re.search(r"(?<![支坚保维主扶劫挟])持|携带|提供|(?<![附连皮地纽])带", sentence):
        return "要带的材料："
    said = gist or sentence
    if (
        kind == "where"
        and re.search(r"(到|在|至)[^，。]{2,30}(办理|申请|领取|登记|备案|提出)", said)
        and not re.search(r"不需要|无需|不用|不必|不能|不得", said)
    ):
        return "办理的地方："
    return ""


def bundled_library() -> Path:
    """The library shipped with the kiosk (built from the raw notices in assets/policies)."""
    return Path(__file__).resolve().parents[2] / "assets" / "policy_library"


def library_dir(home: Path) -> Path:
    """This terminal's library (ingested here on top of the bundled one, or updated from the
    center) if it has one, else the bundled one."""
    local = home / "policy_library"
    return local if (local / ingest.LIBRARY_FILE).exists() else bundled_library()
