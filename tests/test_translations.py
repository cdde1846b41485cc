"""The Qt Linguist sources: complete, placeholders kept, in step with the code, and used."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.ui.translations import load_translator, lupdate, messages, problems

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = sorted((ROOT / "translations").glob("kiosk_*.ts"))
CJK = re.compile(r"[\u3400-\u9fff]")


def test_there_is_a_file_for_each_language_but_the_source():
    assert [p.name for p in TS_FILES] == ["kiosk_en.ts", "kiosk_ug.ts", "kiosk_zh_HK.ts"]


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.stem)
def test_every_entry_is_finished_and_keeps_its_placeholders(ts_file):
    assert problems(ts_file) == []
    assert len(messages(ts_file)) > 400


@pytest.mark.parametrize("locale", ["en", "ug"])
def test_english_and_uyghur_carry_no_chinese_but_on_the_language_buttons(locale):
    """Untranslated text hides behind a finished entry that still holds the Chinese source."""
    leaks = [
        source
        for _context, source, translation in messages(ROOT / "translations" / f"kiosk_{locale}.ts")
        if CJK.search(translation.text) and "Language" not in source
    ]
    assert leaks == []


def test_the_check_fails_on_an_unfinished_entry_and_a_changed_placeholder(tmp_path):
    broken = tmp_path / "kiosk_en.ts"
    text = (ROOT / "translations" / "kiosk_en.ts").read_text(encoding="utf-8")
    text = text.replace("<translation>Hello, {name}</translation>", "<translation>Hello, {person}</translation>", 1)
    text = text.replace("<translation>Check balance</translation>", '<translation type="unfinished"></translation>', 1)
    broken.write_text(text, encoding="utf-8")
    found = problems(broken)
    assert len(found) == 2
    assert any("placeholders" in line and "{name}" in line for line in found)
    assert any("not finished" in line and "查余额" in line for line in found)


def test_the_files_hold_every_string_the_code_marks(tmp_path):
    """A string added to the code but not to the .ts files would be shown in Chinese."""
    fresh = tmp_path / "fresh.ts"
    lupdate(fresh)
    in_code = {(context, source) for context, source, _t in messages(fresh)}
    for ts_file in TS_FILES:
        assert in_code == {(context, source) for context, source, _t in messages(ts_file)}, ts_file.name


@pytest.mark.parametrize(
    ("locale", "expected"), [("zh_HK", "查餘額"), ("en", "Check balance"), ("ug", "قالدۇق تەكشۈرۈش")]
)
def test_the_built_translation_is_the_one_used(qapp, locale, expected):
    translator = load_translator(locale)
    assert translator is not None, "run the setup: it builds kiosk/i18n/*.qm from translations/*.ts"
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("HomeScreen", "查余额") == expected
    finally:
        qapp.removeTranslator(translator)


def test_the_qm_files_are_built_not_committed():
    tracked = subprocess.run(["git", "ls-files", "kiosk/i18n"], cwd=ROOT, capture_output=True, text=True).stdout
    assert tracked.strip() == "" or shutil.which("git") is None
