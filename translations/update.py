"""Refresh the Qt Linguist sources from the code, and fill what a machine can fill.

    .venv/bin/python translations/update.py                  lupdate every kiosk_*.ts; zh_HK from zh_CN with OpenCC
    .venv/bin/python translations/update.py --fill en F.json  unfinished en entries from {"source": "translation"}

zh_CN is the source language (no .ts). zh_HK is the source in Hong Kong Traditional
characters (OpenCC s2hk), which the Cantonese voice reads. en and ug are translated by
people, in Linguist or through --fill; the setup builds .qm from the .ts files and
tests/test_translations.py refuses unfinished entries and changed placeholders.
"""

from __future__ import annotations

import argparse
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.policy.clean import simplified_to_hongkong
from kiosk.ui.translations import lupdate, messages

HERE = Path(__file__).resolve().parent
LOCALES = {"zh_HK": "zh_HK", "en": "en_GB", "ug": "ug_CN"}


def ts_path(locale: str) -> Path:
    return HERE / f"kiosk_{locale}.ts"


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill(path: Path, translate) -> int:
    """Give every unfinished entry ``translate(source)`` (None leaves it); returns how many were filled."""
    tree = ET.parse(path)
    filled = 0
    for _context, source, translation in messages(tree):
        if translation.get("type") not in ("unfinished", "vanished"):
            continue
        text = translate(source)
        if text is None:
            continue
        translation.text = text
        translation.attrib.pop("type", None)
        filled += 1
    write(tree, path)
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fill", nargs=2, metavar=("LOCALE", "JSON"))
    args = parser.parse_args()
    if args.fill:
        locale, table = args.fill
        words = json.loads(Path(table).read_text(encoding="utf-8"))
        print(f"{locale}: {fill(ts_path(locale), words.get)} filled")
        return
    for locale in LOCALES:
        # a string that moved to another class (context) keeps the translation people gave it
        known = {source: t.text for _c, source, t in messages(ts_path(locale)) if t.get("type") is None and t.text}
        lupdate(ts_path(locale), LOCALES[locale])
        # every file goes through fill, so all three keep one layout (small diffs); only zh_HK is machine-made
        filled = fill(ts_path(locale), simplified_to_hongkong if locale == "zh_HK" else known.get)
        left = sum(t.get("type") == "unfinished" for _c, _s, t in messages(ts_path(locale)))
        print(f"{locale}: {filled} filled, {left} unfinished")


if __name__ == "__main__":
    main()
