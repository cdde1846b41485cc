"""Loading the compiled .qm for a locale (built from translations/*.ts by the setup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator

QM_DIR = Path(__file__).resolve().parent.parent / "i18n"


def load_translator(locale: str) -> QTranslator | None:
    if locale == "zh_CN":  # the source language
        return None
    translator = QTranslator()
    if translator.load(str(QM_DIR / f"kiosk_{locale}.qm")):
        return translator
    return None
