"""Translating strings that the Qt-free core marked with QT_TRANSLATE_NOOP."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
