"""Pronunciation: share of the marked words in tests/data/pronunciation.jsonl (kiosk prompts, ledger texts,
policy answers; each with a polyphone or a number) for which the Mandarin engine is given the expected pinyin.

Baseline, in the same run: plain pypinyin (its own phrase dictionary and segmentation, no kiosk lexicon, no
jieba) on the same words-for-numbers text, with the same 一/不 rule; it runs in a child process because the
kiosk's converter changes pypinyin's dictionary for the whole process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "tests" / "data" / "pronunciation.jsonl"

_PLAIN = """
import json, re, sys
import pypinyin
from kiosk.core import pronounce
from kiosk.core.speakable import spoken
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
def plain(text):
    said = spoken(text, "zh_CN")
    chars = [c for c in said if pronounce._HAN.match(c) or c == pronounce.NUMERAL_ONE]
    hans = "".join(c for c in chars if c != pronounce.NUMERAL_ONE)
    readings = pypinyin.lazy_pinyin(hans.replace("〇", "零"), style=pypinyin.Style.TONE3, neutral_tone_with_five=True)
    it = iter(readings)
    syll = [next(it) if c != pronounce.NUMERAL_ONE else c for c in chars]
    return [s for s in pronounce._yi_bu("".join(chars), syll) if s != pronounce.NUMERAL_ONE]
right = total = 0
for row in rows:
    given = plain(row["text"])
    for word, expected in row["marks"].items():
        e = expected.split()
        n = sum(given[i:i + len(e)] == e for i in range(len(given) - len(e) + 1))
        total += 1
        right += n >= row["text"].count(word)
print(json.dumps({"right": right, "total": total}))
"""


def pronunciation() -> dict:
    from kiosk.core import pronounce

    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    wrong, total, by_source = [], 0, {}
    for row in rows:
        for word, ok in pronounce.marks_read_right(row["text"], row["marks"]).items():
            total += 1
            seen = by_source.setdefault(row["source"], [0, 0])
            seen[1] += 1
            seen[0] += ok
            if not ok:
                wrong.append(
                    {"word": word, "expected": row["marks"][word], "given": pronounce.engine_text(row["text"])}
                )
    plain = json.loads(
        subprocess.run(
            [sys.executable, "-c", _PLAIN, str(SET)], capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout
    )
    right = (total - len(wrong)) / total
    return {
        "name": "pronunciation",
        "baseline": "plain pypinyin on the same text (no kiosk lexicon, no jieba), same run",
        "sentences": len(rows),
        "marked_words": total,
        "right": round(right, 4),
        "by_source": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_source.items())},
        "baseline_right": round(plain["right"] / plain["total"], 4),
        "wrong": wrong,
        "target_right_min": 0.98,
        "ok": right >= 0.98,
    }


if __name__ == "__main__":
    result = pronunciation()
    # kept beside the set, in the repository: the figure the README quotes
    results = ROOT / "tests" / "data" / "pronunciation_results.json"
    results.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "wrong"}, ensure_ascii=False))
    for item in result["wrong"]:
        print("wrong:", item["word"], item["expected"], "|", item["given"][:120])
