"""Ingest: cleaned notices split into documents and sections, with their metadata
(title, issuer, document number, date), kept as one JSON library per directory.

The library is a pure function of its source files: ingesting the same file twice
changes nothing (same ids, same bytes, same version).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kiosk.policy.clean import clean_lines, to_simplified

LIBRARY_FILE = "library.json"
# beside a terminal's library: the notices ingested on that terminal, which an update of the
# library from the center must keep (kiosk.sync.policy_update), and the center's version it holds
OWN_FILE = "own_notices.json"
CENTER_VERSION_FILE = "center_version"
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
PUBLISHED = re.compile(r"(?:来源[:：]\s*(?P<issuer>[^|｜]+?)\s*[|｜]\s*)?发布时间[:：]\s*(?P<date>\d{4}-\d{2}-\d{2})")
ISSUER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,20}(医疗保障局|医保局|财政部|人民政府|办公室)$")
# a regulation's chapter (第三章 监督管理) heads its articles: its words say what they are about
CHAPTER = re.compile(r"^第[一二三四五六七八九十]{1,3}章\s*\S")
LEVEL1 = re.compile(r"^[一二三四五六七八九十]+、")
LEVEL2 = re.compile(r"^\([一二三四五六七八九十]+\)")
LEVEL3 = re.compile(r"^\d{1,2}[.、](?!\d)")
FAQ_QUESTION = re.compile(r"^问[:：]|[?？]$")
QUESTION_MARK = re.compile(r"^问[:：]\s*")
ANSWER_MARK = re.compile(r"^答[:：]\s*")
SAME_LINE_QA = re.compile(r"^问[:：]\s*(?P<q>.+?)\s*答[:：]\s*(?P<a>.+)$")
SEO_BRACKET = re.compile(r"^【[^】]{4,80}】\s*")  # a page's title repeated in front of its paragraph
NOT_A_TITLE = re.compile(
    r"更新时间|作者[:：]|来源[:：]|发布时间|浏览|位置|»|^全文$|^正文$|人民政府$|政府网$"
    r"|^首页|^\d|:$|：$|^第[一二三四五六七八九十]{1,3}章"
)
SEO_BRACKET_TITLE = re.compile(r"^【([^】]+)】.*$")
TITLE_WORDS = ("通知", "方案", "意见", "办法", "通报", "规定")
MIN_PASSAGE = 16  # shorter lines are headings, table cells or signatures, not answers
BULLET = re.compile(r"^[?？◆◇●○■□▪・*·\-–]\s*(?=\S)")  # an item of a list, one a line
SOURCE_LINE = re.compile(r"\A\ufeff?#\s*source:\s*(?P<url>\S+)[^\n]*\n")
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
MAX_NOTICE_BYTES = 5_000_000  # the longest seed is 28 KB; a bigger "notice" is something else


class IngestError(ValueError):
    """A path that is not a notice the library can take (said in one plain line)."""


def read_notice(path: Path) -> str:
    """The text of a notice file: UTF-8 or UTF-16 with a byte-order mark, else UTF-8, else
    GB18030 (which covers GBK and GB2312), each decoded strictly. Anything else, or text
    with NUL or other control bytes, is refused: indexed, it would be read aloud as noise."""
    data = path.read_bytes()
    if len(data) > MAX_NOTICE_BYTES:
        raise IngestError(f"{path}: larger than {MAX_NOTICE_BYTES // 1_000_000} MB, not a notice")
    encodings = [enc for bom, enc in BOMS if data.startswith(bom)][:1] or ["utf-8", "gb18030"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise IngestError(f"{path}: not a text file (neither UTF-8, UTF-16 nor GB18030)")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > len(text) // 1000:
        raise IngestError(f"{path}: not a text file (control bytes inside)")
    if not text.strip():
        raise IngestError(f"{path}: empty")
    return text


@dataclass
class Section:
    id: str
    heading: str  # "二、完善跨省异地就医直接结算政策 > (三)规范异地就医备案有效期限"
    text: str


@dataclass
class Document:
    id: str
    source: str
    title: str
    issuer: str = ""
    docno: str = ""
    doc_numbers: list[str] = field(default_factory=list)
    date: str = ""
    url: str = ""  # where the page was found, from a first line "# source: <address>"
    sections: list[Section] = field(default_factory=list)


def _plausible_title(line: str) -> bool:
    """Not page furniture (更新时间, 作者, 全文, the site's name), not a numbered heading, not a sentence."""
    numbered = any(p.match(line) for p in (CHAPTER, LEVEL1, LEVEL2, LEVEL3))
    return (
        4 <= len(line) <= 60
        and not NOT_A_TITLE.search(line)
        and not numbered
        and not re.search(r"[，。,;；]", line)
        and line.count("、") <= 2
    )


def _title(lines: list[str]) -> str:
    """The notice's title; on a scraped page whose first line is furniture or a heading from
    the middle of the text, the first line that reads as a title (a FAQ question will do)."""
    first = SEO_BRACKET_TITLE.sub(r"\1", _notice_title(lines))
    if _plausible_title(first):
        return first
    return next((SEO_BRACKET_TITLE.sub(r"\1", line) for line in lines[:12] if _plausible_title(line)), first)


def _notice_title(lines: list[str]) -> str:
    """The first line when it reads as a title; after an addressee line ("各…:"), the line that
    ends like a notice's title, with a short line just before it that is its first half."""
    start = 1 if lines[0].endswith((":", "：")) and len(lines) > 1 else 0
    if len(lines[start]) <= 40 and not re.search(r"[，。,;；:：]", lines[start]):
        return lines[start]
    for i in range(start, min(len(lines), 12)):
        line = lines[i]
        if len(line) <= 60 and line.endswith(TITLE_WORDS):
            before = lines[i - 1]
            if (
                i > start
                and len(before) <= 30
                and not re.search(r"[，。,;；:：()]", before)
                and not DATE.match(before)
                and not ISSUER_LINE.match(before)
            ):
                return f"{before} {line}"
            return line
    return lines[start][:40]


def _metadata(doc: Document, lines: list[str]) -> None:
    doc.title = _title(lines)
    numbers = []
    for line in lines:
        numbers += [n for n in DOC_NUMBER.findall(line) if n not in numbers]
    doc.doc_numbers = numbers
    own = next((line for line in lines[:15] if DOC_NUMBER.fullmatch(line)), "")
    doc.docno = own or next((n for line in lines[:4] for n in DOC_NUMBER.findall(line)), "")
    for line in lines[:15]:
        if not doc.date and (m := DATE.match(line)):
            doc.date = f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
        if not doc.issuer and ISSUER_LINE.match(line):
            doc.issuer = line
        if m := PUBLISHED.search(line):
            doc.date = doc.date or m["date"]
            doc.issuer = doc.issuer or (m["issuer"] or "").strip()
    if not doc.issuer and doc.title.startswith("国家医保局"):
        doc.issuer = doc.title.split("关于")[0].strip()


def _heading_of(line: str) -> str:
    """A heading line, or the lead-in of a paragraph that starts with its own heading."""
    head = re.split(r"[。:：]", line, maxsplit=1)[0]
    return head if len(head) <= 40 else head[:40]


def _question_and_answer(line: str) -> list[str]:
    """A FAQ's question and its answer on one line ("问:…吗?答:…") are two lines."""
    if m := SAME_LINE_QA.match(line):
        return [f"问:{m['q'].strip()}", m["a"].strip()]
    return [line]


def split_sections(doc_id: str, lines: list[str], title: str = "") -> list[Section]:
    """Sections under their headings. In a question-and-answer page (问:… / a line asking
    "…吗?") the question is the heading of the answer that follows it, not an answer itself."""
    sections: list[Section] = []
    path: list[str] = []
    listing = False  # the last section is a lead-in ("需提交以下材料:") and its items follow, one a line
    under_heading = False  # the line before was a bare numbered heading
    answering = False  # the line before asked a question: this is its answer, however short ("答:可以。")
    for line in [part for line in lines for part in _question_and_answer(line)]:
        answer = answering or bool(ANSWER_MARK.match(line))
        answering = False
        numbered = any(p.match(line) for p in (CHAPTER, LEVEL1, LEVEL2, LEVEL3))
        value = under_heading and not numbered and len(line) >= 4  # "四、活动时间" then "2023年6月1日至6月30日"
        under_heading = False
        line = SEO_BRACKET.sub("", ANSWER_MARK.sub("", line)) or line
        if listing and BULLET.match(line):  # the items read with their lead-in, however short each is
            item = BULLET.sub("", line).rstrip("。;；,， ")
            last = sections[-1]
            last.text = (last.text if last.text.endswith((":", "：")) else last.text.rstrip("。") + "；") + item + "。"
            continue
        listing = False
        for level, pattern in enumerate((CHAPTER, LEVEL1, LEVEL2, LEVEL3)):
            if pattern.match(line):
                # a notice without the level above ("(二)…" with no "一、…" before it) keeps that level
                # empty: the next "(四)…" replaces "(二)…" instead of reading as its sub-heading
                path = (path + [""] * level)[:level] + [_heading_of(line)]
                under_heading = len(line) < MIN_PASSAGE  # a bare heading: a short line after it is its content
                break
        if FAQ_QUESTION.search(line) and len(line) <= 80:
            path = path[:4] + [""] * (4 - len(path[:4])) + [QUESTION_MARK.sub("", line)]
            answering = True
            continue
        if (
            (len(line) < MIN_PASSAGE and not (answer and len(line) >= 2) and not value)
            or PUBLISHED.search(line)
            or (line == title and _plausible_title(line))
        ):
            continue
        sections.append(Section(f"{doc_id}#{len(sections) + 1}", " > ".join(p for p in path if p), line))
        listing = line.endswith((":", "："))
    return sections


def ingest_file(path: Path) -> Document:
    text = read_notice(path)
    url = ""
    if m := SOURCE_LINE.match(text):
        url, text = m["url"], text[m.end() :]
    lines = clean_lines(text)
    doc = Document(id=path.stem, source=path.name, title="", url=url)
    if lines:
        _metadata(doc, lines)
        # a wiki page's address names it (…/wiki/西雙版納州…實施辦法/6331) when its text starts with 全文
        if not _plausible_title(doc.title) and (named := _title_in_address(url)):
            doc.title = named
        doc.sections = split_sections(doc.id, lines, doc.title)
    return doc


def _title_in_address(url: str) -> str:
    """The page's title where its address spells it out in Chinese, else ""."""
    from urllib.parse import unquote, urlsplit

    for part in reversed(unquote(urlsplit(url).path).split("/")):
        part = to_simplified(re.sub(r"\.[a-z]{2,5}$", "", part))
        if len(re.findall(r"[\u4e00-\u9fff]", part)) >= 6 and _plausible_title(part):
            return part
    return ""


def load(library: Path) -> dict:
    file = library / LIBRARY_FILE
    if not file.exists():
        return {"version": "", "documents": []}
    return json.loads(file.read_text(encoding="utf-8"))


def _serialise(documents: list[dict]) -> tuple[str, bytes]:
    body = json.dumps(documents, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    version = hashlib.sha256(body.encode()).hexdigest()[:12]
    text = json.dumps({"version": version, "documents": documents}, ensure_ascii=False, sort_keys=True, indent=1)
    return version, text.encode("utf-8")


def validate(data: dict) -> None:
    """A library the kiosk may answer from: every document has a title and sections with text."""
    documents = data.get("documents")
    if not isinstance(documents, list) or not documents:
        raise ValueError("no documents")
    for doc in documents:
        if not doc.get("title") or not doc.get("sections"):
            raise ValueError(f"document {doc.get('id')!r} has no title or no sections")
        if any(not s.get("text") or not s.get("id") for s in doc["sections"]):
            raise ValueError(f"document {doc.get('id')!r} has an empty section")
    expected, _ = _serialise(documents)
    if data.get("version") != expected:
        raise ValueError("version does not match the content")


def write(library: Path, documents: list[dict]) -> tuple[str, bool]:
    """Write atomically (a crash leaves the old library); (version, whether anything changed)."""
    version, data = _serialise(sorted(documents, key=lambda d: d["id"]))
    validate(json.loads(data))
    file = library / LIBRARY_FILE
    if file.exists() and file.read_bytes() == data:
        return version, False
    library.mkdir(parents=True, exist_ok=True)
    _write_atomic(file, data)
    return version, True


def _write_atomic(file: Path, data: bytes) -> None:
    """A crash leaves the old file or the new one, never half of one."""
    temporary = file.with_suffix(".tmp")
    temporary.write_bytes(data)
    temporary.replace(file)


def notice_files(paths: list[Path]) -> list[Path]:
    """The files named, and the .txt files of the folders named; a missing path or a folder
    without notices is an error, not nothing."""
    files = []
    for path in paths:
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            found = sorted(path.glob("*.txt"))
            if not found:
                raise IngestError(f"{path}: no .txt notices in this folder")
            files += found
        else:
            raise IngestError(f"{path}: no such file or folder")
    return sorted(set(files))


def ingest(paths: list[Path], library: Path, base: Path | None = None) -> dict:
    """Add or replace the documents from ``paths`` (files or directories of .txt). A library
    that does not exist yet starts from ``base`` (a terminal's own library adds to the
    bundled one instead of hiding it). Every file is read before anything is written, so a
    bad file leaves the library as it was."""
    start = library if (library / LIBRARY_FILE).exists() or base is None else base
    documents = {d["id"]: d for d in load(start)["documents"]}
    read = []
    for file in notice_files(paths):
        doc = asdict(ingest_file(file))
        if not doc["sections"]:
            raise IngestError(f"{file}: no text the library can answer from")
        read.append(doc)
    added = []
    for doc in read:
        documents[doc["id"]] = doc
        added.append({"id": doc["id"], "title": doc["title"], "docno": doc["docno"], "sections": len(doc["sections"])})
    version, changed = write(library, list(documents.values()))
    if base is not None:  # a terminal's library on top of what it ships: its own notices are kept apart too
        own = {d["id"]: d for d in own_documents(library)}
        own.update({d["id"]: d for d in read})
        _write_atomic(library / OWN_FILE, json.dumps(list(own.values()), ensure_ascii=False, indent=1).encode("utf-8"))
    return {"library": str(library), "version": version, "changed": changed, "documents": added}


def own_documents(library: Path) -> list[dict]:
    """The notices ingested on this terminal (none if it has not ingested any)."""
    file = library / OWN_FILE
    return json.loads(file.read_text(encoding="utf-8")) if file.exists() else []
