"""policy_qa: the evaluation set (tests/data/policy_questions.jsonl: questions phrased the
way elders ask out loud, with the expected source and passage, and questions no document
answers) asked through `kiosk policy ask --batch` in one process, as an operator would.

Reports top-1 / top-3 source accuracy (an answer counts only when the kiosk answers),
whether the expected passage is among the top 3, refusal accuracy on the unanswerable
ones, and answer time: p95 per question inside the process, against the baseline of a
plain substring scan of all sections in the same run."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "data" / "policy_questions.jsonl"


def policy_qa() -> dict:
    from kiosk.policy.answer import PolicyLibrary, bundled_library

    rows = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    library = PolicyLibrary.open(bundled_library())
    library.ask("预热")  # jieba loads its dictionary once per process
    answerable = [r for r in rows if r["source"]]
    unanswerable = [r for r in rows if not r["source"]]
    top1 = top3 = passage = refused = 0
    times, baseline = [], []
    texts = [section["text"] for _, section in library.sections]
    misses = []
    for row in rows:
        start = time.perf_counter()
        answer = library.ask(row["q"])
        times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        [t for t in texts if any(ch in t for ch in row["q"][:4])]  # the baseline: touch every section once
        baseline.append((time.perf_counter() - start) * 1000)
        sources = [p.source[:3] for p in answer.passages]
        if row["source"]:
            top1 += answer.answered and sources[:1] == [row["source"]]
            top3 += answer.answered and row["source"] in sources
            passage += answer.answered and any(row["passage"] in p.text for p in answer.passages)
            if not (answer.answered and row["source"] in sources):
                misses.append(row["q"])
        else:
            refused += not answer.answered
            if answer.answered:
                misses.append(row["q"])
    times.sort()
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    result = {
        "name": "policy_qa", "questions": len(rows), "answerable": len(answerable), "unanswerable": len(unanswerable),
        "top1_source_accuracy": round(top1 / len(answerable), 3), "top3_source_accuracy": round(top3 / len(answerable), 3),
        "top3_passage_found": round(passage / len(answerable), 3), "refusal_accuracy": round(refused / len(unanswerable), 3),
        "answer_median_ms": round(statistics.median(times), 2), "answer_p95_ms": round(p95, 2),
        "baseline_scan_median_ms": round(statistics.median(baseline), 3), "library_version": library.version,
        "misses": misses, "target_top3_min": 0.9, "target_refusal_min": 0.8, "target_p95_ms_max": 100,
    }
    result["ok"] = (result["top3_source_accuracy"] >= 0.9 and result["refusal_accuracy"] >= 0.8 and p95 < 100)
    return result


if __name__ == "__main__":
    print(json.dumps(policy_qa(), ensure_ascii=False, indent=1))
