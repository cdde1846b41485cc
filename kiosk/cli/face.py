"""``kiosk face verify``: 1:1 face verification for operators. Images are read, compared in
memory and forgotten: nothing biometric is written."""

from __future__ import annotations

import csv
import json
import time
from dataclasses import asdict
from pathlib import Path

from kiosk.cli._base import UsageError, group
from kiosk.config import Config
from kiosk.devices.face import FaceEngine, read_image


def register(verbs) -> None:
    face = group(verbs, "face", "1:1 face verification")
    verify = face.add_parser(
        "verify", help="LIVE REF, or --pairs FILE.csv (columns file_x,file_y, paths relative to it)"
    )
    verify.add_argument("images", type=Path, nargs="*")
    verify.add_argument("--pairs", type=Path)
    verify.add_argument("--json", action="store_true")
    verify.add_argument("--threshold", type=float)
    verify.set_defaults(func=verify_faces)


def _pairs(args) -> list[tuple[Path, Path]]:
    if args.pairs is None:
        return [(args.images[0], args.images[1])]
    try:
        with args.pairs.open(encoding="utf-8-sig", newline="") as handle:
            return [
                (args.pairs.parent / row["file_x"], args.pairs.parent / row["file_y"]) for row in csv.DictReader(handle)
            ]
    except (OSError, KeyError) as exc:
        raise UsageError(f"{args.pairs}: needs columns file_x,file_y ({exc})") from None


def verify_faces(cfg: Config, args) -> int:
    if (len(args.images) == 2) == (args.pairs is not None):
        raise UsageError("give LIVE REF, or --pairs FILE.csv")
    threshold = cfg.face_threshold if args.threshold is None else args.threshold
    if not 0 < threshold < 2:
        raise UsageError("--threshold must be between 0 and 2")

    engine = FaceEngine(threshold=threshold)
    embeddings: dict[Path, tuple] = {}  # this run only: each photo is embedded once, kept in memory

    def embedding(path: Path):
        if path not in embeddings:
            embeddings[path] = engine.embedding(read_image(path))
        return embeddings[path]

    for live, reference in _pairs(args):
        line = {"file_x": str(live), "file_y": str(reference)} if args.pairs else {}
        start = time.perf_counter()
        line |= asdict(engine.decide(embedding(live), embedding(reference), start))
        if line["score"] == float("inf"):
            line["score"] = None
        print(
            json.dumps(line, ensure_ascii=False)
            if args.json
            else f"{live.name} ~ {reference.name}: {'same person' if line['match'] else 'not the same'} "
            f"({line['reason']}, {line['score']})"
        )
    return 0
