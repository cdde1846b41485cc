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

from kiosk.policy.clean import clean_lines

LIBRARY_FILE = "library.json"
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
PUBLISHED = re.compile(r"(?:来源[:：]\s*(?P<issuer>[^|｜]+?)\s*[|｜]\s*)?发布时间[:：]\s*(?P<date>\d{4}-\d{2}-\d{2})")
ISSUER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,20}(医疗保障局|医保局|财政部|人民政府|办公室)$")
LEVEL1 = re.compile(r"^[一二三四五六七八九十]+、")
LEVEL2 = re.compile(r"^\([一二三四五六七八九十]+\)")
LEVEL3 = re.compile(r"^\d{1,2}[.、](?!\d)")
TITLE_WORDS = ("通知", "方案", "意见", "办法", "通报", "规定")
MIN_PASSAGE = 16  # shorter lines are headings, table cells or signatures, not answers


@dataclass
class Section:
    id: str
    heading: str      # "二、完善跨省异地就医直接结算政策 > (三)规范异地就医备案有效期限"
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
    sections: list[Section] = field(default_factory=list)


def _title(lines: list[str]) -> str:
    """The first line when it reads as a title; after an addressee line ("各…:"), the line that
    ends like a notice's title, with a short line just before it that is its first half."""
    start = 1 if lines[0].endswith((":", "：")) and len(lines) > 1 else 0
    if len(lines[start]) <= 40 and not re.search(r"[，。,;；:：]", lines[start]):
        return lines[start]
    for i in range(start, min(len(lines), 12)):
        line = lines[i]
        if len(line) <= 60 and line.endswith(TITLE_WORDS):
            before = lines[i - 1]
            if (i > start and len(before) <= 30 and not re.search(r"[，。,;；:：()]", before)
                    and not DATE.match(before) and not ISSUER_LINE.match(before)):
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


def split_sections(doc_id: str, lines: list[str]) -> list[Section]:
    sections: list[Section] = []
    path: list[str] = []
    for line in lines:
        for level, pattern in enumerate((LEVEL1, LEVEL2, LEVEL3)):
            if pattern.match(line):
                path = path[:level] + [_heading_of(line)]
                break
        if len(line) < MIN_PASSAGE or PUBLISHED.search(line):
            continue
        sections.append(Section(f"{doc_id}#{len(sections) + 1}", " > ".join(path), line))
    return sections


def ingest_file(path: Path) -> Document:
    lines = clean_lines(path.read_text(encoding="utf-8", errors="replace"))
    doc = Document(id=path.stem, source=path.name, title="")
    if lines:
        _metadata(doc, lines)
        doc.sections = split_sections(doc.id, lines)
    return doc


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
    temporary = file.with_suffix(".tmp")
    temporary.write_bytes(data)
    temporary.replace(file)
    return version, True


def ingest(paths: list[Path], library: Path) -> dict:
    """Add or replace the documents from ``paths`` (files or directories of .txt)."""
    files = sorted(p for path in paths for p in ([path] if path.is_file() else path.glob("*.txt")))
    documents = {d["id"]: d for d in load(library)["documents"]}
    added = []
    for file in files:
        doc = asdict(ingest_file(file))
        documents[doc["id"]] = doc
        added.append({"id": doc["id"], "title": doc["title"], "docno": doc["docno"], "sections": len(doc["sections"])})
    version, changed = write(library, list(documents.values()))
    return {"library": str(library), "version": version, "changed": changed, "documents": added}
