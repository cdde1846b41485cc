"""Loading the compiled .qm for a locale (built from translations/*.ts by the setup), and the
checks a .ts file must pass before it ships."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

PACKAGE = Path(__file__).resolve().parent.parent
QM_DIR = PACKAGE / "i18n"
PLACEHOLDER = re.compile(r"\{\w*\}")


def load_translator(locale: str) -> QTranslator | None:
    if locale == "zh_CN":  # the source language
        return None
    translator = QTranslator()
    if translator.load(str(QM_DIR / f"kiosk_{locale}.qm")):
        return translator
    return None


_installed: dict[str, QTranslator] = {}  # one application, one language at a time


def use_language(app, locale: str) -> None:
    """The application's translation is ``locale``'s, whatever was installed before (by this
    window or an earlier one: the translator belongs to the application, not the window)."""
    previous = _installed.pop("current", None)
    if previous is not None:
        app.removeTranslator(previous)
    translator = load_translator(locale)
    if translator is not None:
        app.installTranslator(translator)
        _installed["current"] = translator


def lupdate(out: Path, target_language: str | None = None) -> None:
    """pyside6-lupdate over every module of the package into ``out`` (zh_CN is the source
    language); existing translations in ``out`` are kept, entries gone from the code dropped."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p.relative_to(PACKAGE.parent)) for p in PACKAGE.rglob("*.py"))
    target = ["-target-language", target_language] if target_language else []
    subprocess.run(
        [
            str(tool),
            *sources,
            "-source-language",
            "zh_CN",
            *target,
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            "-ts",
            str(out),
        ],
        cwd=PACKAGE.parent,
        check=True,
    )


def messages(ts: Path | ET.ElementTree) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a Qt Linguist file."""
    root = (ts if isinstance(ts, ET.ElementTree) else ET.parse(ts)).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def problems(ts_file: Path) -> list[str]:
    """What keeps a translation file from shipping: an entry not finished (unfinished, empty,
    vanished or obsolete) or one whose placeholders differ from the source's."""
    found = []
    for context, source, translation in messages(ts_file):
        where = f"{ts_file.name} [{context}] {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            found.append(f"{where}: not finished")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation.text)):
            found.append(f"{where}: placeholders {PLACEHOLDER.findall(translation.text)} differ from the source")
    return found
