"""QR decoding: the kiosk's pipeline against plain zxing-cpp (and OpenCV) in the same run, on

* synthetic 1280x720 camera frames of a held phone (``kiosk.devices.phone_frames``): every
  kind of damage at four strengths, several phones each, ten frames per phone (the first
  ten frames the decode thread sees of a held code), drawn from ``--seed`` at run time;
  plus frames with no phone, which cost the whole chain;
* the real photos in ../shared/data/qr_real (the second check).

Reported per kind: reads per frame (kiosk and zxing-cpp), held phones whose code the kiosk
accepted (two agreeing reads, ``CodeConfirmer``) within the first ten frames, which step of
the chain read it; per 1280x720 frame the median and p95 time of the kiosk's decode.

Labels lost the carriage returns of CRLF payloads when they were saved as text,
so texts are compared with CRLF and CR turned into LF; nothing else is relaxed.

    python benchmarks/qr_decode.py [--seed N] [--phones N] [--kinds blur,moire]
"""

from __future__ import annotations

import argparse
import collections
import os
import statistics
import string
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "qr_real"
STRENGTHS = (0.25, 0.5, 0.75, 1.0)
HELD_FRAMES = 10
# the kinds of damage the kiosk is asked to read (issue 24); the others are reported beside them
JUDGED = ("nominal", "blur", "moire", "far_tilt_glare", "small", "dim", "tilt", "glare", "dark", "jpeg")


def _norm(text: str | None) -> str | None:
    return None if text is None else text.replace("\r\n", "\n").replace("\r", "\n")


def _zxing_alone(gray):
    found = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode, text_mode=zxingcpp.TextMode.Plain)
    return found[0].text if found else None


def _payload(rng: np.random.Generator) -> str:
    # 医保码-like texts of several lengths, so the codes come in several versions (sizes of module)
    return "ECQR" + "".join(rng.choice(list(string.digits + "ABCDEF"), int(rng.integers(40, 120))))


def synthetic(seed: int, phones: int, kinds: tuple[str, ...], empty: int) -> tuple[dict, list[float]]:
    from kiosk.devices.camera import SyntheticPhoneSource
    from kiosk.devices.qr import CHAIN, STAGES, QrDecoder
    from kiosk.flows.scan import CodeConfirmer

    decoder = QrDecoder()
    rng = np.random.default_rng(seed)
    recovers: dict[str, collections.Counter] = {}
    per_kind: dict[str, dict] = {}
    times: list[float] = []
    cpu_times: list[float] = []  # the decode thread's own CPU time: what the frame costs without the others' load
    for kind in kinds:
        tally = {
            "frames": 0,
            "kiosk": 0,
            "zxing-cpp": 0,
            "phones": 0,
            "confirmed_in_10": 0,
            "zxing_confirmed_in_10": 0,
            "wrong": 0,
            "stages": collections.Counter(),
            "by_strength": {},
            "chain_could": 0,
        }  # frames zxing-cpp or one chained step reads given all the time it needs
        for strength in STRENGTHS:
            row = {"frames": 0, "kiosk": 0, "zxing-cpp": 0}
            for _ in range(phones):
                text = _payload(rng)
                source = SyntheticPhoneSource(
                    text, seed=int(rng.integers(1 << 31)), damage=kind, strength=strength, frames=HELD_FRAMES
                )
                confirm, zxing_confirm = CodeConfirmer(), CodeConfirmer()
                accepted = zxing_accepted = False
                while (frame := source.read()) is not None:
                    gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)  # as the camera worker does, outside the timing
                    started, cpu = time.perf_counter(), time.thread_time()
                    read = decoder.decode(gray)
                    times.append((time.perf_counter() - started) * 1000)
                    cpu_times.append((time.thread_time() - cpu) * 1000)
                    plain = _zxing_alone(gray)
                    row["frames"] += 1
                    row["kiosk"] += read.text == text
                    row["zxing-cpp"] += plain == text
                    tally["wrong"] += read.ok and read.text != text
                    if plain != text:  # what each step alone would have recovered (the chain's evidence)
                        steps = _each_step(gray, text)
                        recovers.setdefault(kind, collections.Counter()).update(steps)
                        tally["chain_could"] += any(step in CHAIN and STAGES[step][0] != "photo" for step in steps)
                    else:
                        tally["chain_could"] += 1
                    tally["stages"][read.stage] += 1
                    accepted = accepted or confirm.offer(read.text) == text
                    zxing_accepted = zxing_accepted or zxing_confirm.offer(plain) == text
                tally["phones"] += 1
                tally["confirmed_in_10"] += accepted
                tally["zxing_confirmed_in_10"] += zxing_accepted
            tally["by_strength"][str(strength)] = row
            for key in ("frames", "kiosk", "zxing-cpp"):
                tally[key] += row[key]
        tally["stages"] = dict(tally["stages"])
        per_kind[kind] = tally
    false_reads = 0
    for index in range(empty):  # nobody in front of the camera: the whole chain runs, every frame
        source = SyntheticPhoneSource(None, seed=seed + index, damage=kinds[index % len(kinds)], frames=1)
        gray = cv2.cvtColor(source.read(), cv2.COLOR_BGR2GRAY)
        started, cpu = time.perf_counter(), time.thread_time()
        false_reads += decoder.decode(gray).ok
        times.append((time.perf_counter() - started) * 1000)
        cpu_times.append((time.thread_time() - cpu) * 1000)
    for kind, tally in per_kind.items():
        tally["zxing_misses_recovered_by_step"] = dict(recovers.get(kind, {}))
    cpu_times.sort()
    return {
        "kinds": per_kind,
        "empty_frames": empty,
        "false_reads_on_empty": false_reads,
        "frame_cpu_p95_ms": round(cpu_times[int(len(cpu_times) * 0.95) - 1], 2),
    }, times


def _each_step(gray, text: str) -> list[str]:
    """Every step of STAGES run alone (no budget) on a frame plain zxing-cpp missed: which read it."""
    from kiosk.devices import qr

    found = qr._zxing(gray, errors=True)
    roi = qr.region(gray, qr._box(found[0].position) if found else qr.locate(gray))
    return [
        name for name, (works_on, how) in qr.STAGES.items() if qr._text(how(roi if works_on == "roi" else gray)) == text
    ]


def real_photos(data: Path) -> dict:
    from kiosk.devices.qr import QrDecoder, opencv_text, read_image

    still, camera = QrDecoder(budget_ms=None), QrDecoder()  # as `kiosk qr decode` reads a file; as the camera would
    detector = cv2.QRCodeDetector()
    images = sorted(p for p in data.rglob("*") if p.suffix.lower() in (".png", ".jpg", ".jpeg", ".webp"))
    if not images:
        raise SystemExit(f"qr_decode: no labelled photos under {data} (shared/ must sit beside the project)")
    hits = {"kiosk": 0, "zxing-cpp": 0, "opencv": 0}
    camera_hits = 0
    missed = []
    for path in images:
        want = _norm(path.with_suffix(".txt").read_text(encoding="utf-8"))
        gray = read_image(path)
        ok = _norm(still.decode(gray).text) == want
        hits["kiosk"] += ok
        camera_hits += _norm(camera.decode(gray).text) == want
        hits["zxing-cpp"] += _norm(_zxing_alone(gray)) == want
        hits["opencv"] += _norm(opencv_text(detector, gray)) == want
        if not ok:
            missed.append(str(path.relative_to(data)))
    return {"images": len(images), "read": hits, "missed": missed, "kiosk_frame_budget": camera_hits}


def qr_decode(
    data: Path = DATA, seed: int = 2026, phones: int = 3, kinds: tuple[str, ...] | None = None, empty: int = 120
) -> dict:
    from kiosk.devices.phone_frames import DAMAGE_KINDS

    kinds = kinds or DAMAGE_KINDS
    load_before = os.getloadavg()[0]
    real = real_photos(data)
    syn, times = synthetic(seed, phones, kinds, empty)
    load_after = os.getloadavg()[0]
    judged = [syn["kinds"][k] for k in kinds if k in JUDGED] or list(syn["kinds"].values())
    frames = sum(k["frames"] for k in judged)
    syn_rate = sum(k["kiosk"] for k in judged) / frames
    syn_zxing = sum(k["zxing-cpp"] for k in judged) / frames
    held = sum(k["confirmed_in_10"] for k in judged) / sum(k["phones"] for k in judged)
    could = sum(k["chain_could"] for k in judged) / frames
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    rate = real["read"]["kiosk"] / real["images"]
    best_single = max(v for k, v in real["read"].items() if k != "kiosk")
    return {
        "name": "qr_decode",
        "baseline": "plain zxing-cpp (and OpenCV on the photos) on the same frames and photos, same run",
        "images": real["images"],
        "read": real["read"],
        "missed": real["missed"],
        "kiosk_read_with_frame_budget": real["kiosk_frame_budget"],
        "kiosk_rate": round(rate, 4),
        "best_single_rate": round(best_single / real["images"], 4),
        "synthetic_seed": seed,
        "synthetic_frames": frames,
        "synthetic_kiosk_rate": round(syn_rate, 4),
        "synthetic_zxing_rate": round(syn_zxing, 4),
        "synthetic_confirmed_in_10_frames": round(held, 4),
        "synthetic_chain_without_time_limit_rate": round(could, 4),
        "synthetic": syn,
        "frame_1280x720_median_ms": round(statistics.median(times), 2),
        "frame_1280x720_p95_ms": round(p95, 2),
        "frame_1280x720_max_ms": round(times[-1], 2),
        "frame_1280x720_cpu_p95_ms": syn["frame_cpu_p95_ms"],
        "load_average_1min": [round(load_before, 2), round(load_after, 2)],
        "target": "synthetic >= 0.97 per frame (the ten judged kinds), real photos >= 0.96, p95 <= 15 ms",
        "ok": syn_rate >= 0.97 and rate >= 0.96 and p95 <= 15 and syn["false_reads_on_empty"] == 0,
    }


def _summary(result: dict) -> str:
    def by_count(counts: dict) -> str:
        return ", ".join(f"{step} {n}" for step, n in sorted(counts.items(), key=lambda kv: -kv[1]))

    lines = [f"{'kind':19} {'frames':>6} {'kiosk':>6} {'zxing':>6} {'held 10':>8}  steps that read"]
    kinds = result["synthetic"]["kinds"]
    for kind, k in kinds.items():
        name = kind if kind in JUDGED else f"{kind} (extra)"
        kiosk, zxing = k["kiosk"] / k["frames"], k["zxing-cpp"] / k["frames"]
        lines.append(
            f"{name:19} {k['frames']:6} {kiosk:6.1%} {zxing:6.1%} "
            f"{k['confirmed_in_10']:3}/{k['phones']:<4}  {by_count(k['stages'])}"
        )
    real = result["read"]
    lines.append(
        f"synthetic (judged kinds): kiosk {result['synthetic_kiosk_rate']:.1%}, zxing-cpp "
        f"{result['synthetic_zxing_rate']:.1%}; accepted within 10 frames "
        f"{result['synthetic_confirmed_in_10_frames']:.1%}; the chain given all the time it needs "
        f"{result['synthetic_chain_without_time_limit_rate']:.1%}"
    )
    lines.append(
        f"real photos: kiosk {real['kiosk']}/{result['images']} (as `qr decode` reads files; "
        f"{result['kiosk_read_with_frame_budget']} with the camera's frame budget), "
        f"zxing-cpp {real['zxing-cpp']}, opencv {real['opencv']}"
    )
    lines.append("what each step alone recovers of plain zxing-cpp's misses, per kind:")
    for kind, k in kinds.items():
        lines.append(
            f"  {kind:15} missed {k['frames'] - k['zxing-cpp']:3}: "
            f"{by_count(k['zxing_misses_recovered_by_step']) or '-'}"
        )
    lines.append(
        f"1280x720 frame: median {result['frame_1280x720_median_ms']} ms, "
        f"p95 {result['frame_1280x720_p95_ms']} ms, max {result['frame_1280x720_max_ms']} ms "
        f"(the decode thread's own CPU time: p95 {result['frame_1280x720_cpu_p95_ms']} ms; "
        f"load average {result['load_average_1min']} on {os.cpu_count()} cores); "
        f"{'OK' if result['ok'] else 'FAILED'}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    import json

    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--phones", type=int, default=3, help="held phones per kind and strength (ten frames each)")
    parser.add_argument("--kinds", default="", help="comma-separated damage kinds (default: all)")
    parser.add_argument("--json", action="store_true", help="the JSON only")
    args = parser.parse_args()
    outcome = qr_decode(seed=args.seed, phones=args.phones, kinds=tuple(k for k in args.kinds.split(",") if k) or None)
    print(json.dumps(outcome) if args.json else _summary(outcome) + "\n" + json.dumps(outcome))
