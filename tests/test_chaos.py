"""Chaos: filings keep coming while the sync worker is SIGKILLed and the center
fails, loses replies and stalls. Every filing must reach the center exactly once.
Loopback only; every wait is bounded."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.center.seed import demo_identities
from kiosk.core.filing import CROSS_PROVINCE_DISEASES

ROOT = Path(__file__).resolve().parent.parent
FAULTS = ["--fail-rate", "0.15", "--drop-reply-rate", "0.15", "--slow-rate", "0.05", "--slow-seconds", "0.5"]


def _center(home: Path, port: int, extra: list[str]) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-m", "kiosk", "center", "serve", "--port", str(port), "--db",
                                str(home / "center.db"), *extra], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=_env(home, ""))
    url = process.stdout.readline().strip().rsplit(" ", 1)[-1].removesuffix("/api")
    return process, url


def _env(home: Path, center_url: str) -> dict:
    env = {**os.environ, "KIOSK_HOME": str(home / "kiosk"), "PYTHONPATH": str(ROOT)}
    env["KIOSK_CENTER_URL"] = center_url
    return env


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)
    if process.stdout:
        process.stdout.close()


def _filings(count: int, rng: random.Random) -> list[dict]:
    """Valid filings only: a person can hold one 慢特病 application per disease and one long-term 异地
    filing at a time (the center refuses a second), so those are unique; temporary ones repeat."""
    people = [p["certno"] for p in demo_identities()]
    chronic_pairs = [(person, code) for person in people[20:] for code in CROSS_PROVINCE_DISEASES]
    long_term_left = list(people)
    temporary = {"dcla_type": "6", "mdtrt_admdvs": "310100"}
    out = []
    for n in range(count):
        base = {"certno": rng.choice(people), "begndate": "2026-12-01", "tel": "13800138000"}
        if n % 10 == 9 and chronic_pairs:
            person, code = chronic_pairs.pop()
            out.append(base | {"kind": "chronic", "certno": person, "disease_code": code, "hospital": "H44010400001"})
        elif n % 2 == 0 and base["certno"] in long_term_left:
            long_term_left.remove(base["certno"])
            out.append(base | {"kind": "yidi-long", "dcla_type": "2", "mdtrt_admdvs": "110100"})
        else:
            out.append(base | {"kind": "yidi-temp", **temporary})
    return out


def run_chaos(tmp: Path, *, filings: int, kills: int, variant: str = "correct", center_extra: list[str] = ()) -> dict:
    """Returns what a test asserts on: center counts, kiosk outbox state, integrity, drain time."""
    rng = random.Random(20261123)
    home = tmp
    (home / "kiosk").mkdir(parents=True)
    (home / "kiosk" / "config.toml").write_text(
        "sync_backoff_base_s = 0.05\nsync_backoff_cap_s = 2.0\nsync_breaker_failures = 5\nsync_breaker_cooldown_s = 0.3\n"
        "center_timeout_s = 2.0\n", encoding="utf-8")
    center, url = _center(home, 0, [*FAULTS, *center_extra])
    port = int(url.rsplit(":", 1)[-1])
    env = _env(home, url)
    everything = _filings(filings, rng)  # one list, dealt to eight creators (a new list each would repeat people)
    batches = [everything[i::8] for i in range(8)]
    creators = []
    for index, batch in enumerate(batches):
        path = home / f"batch{index}.json"
        path.write_text(json.dumps(batch), encoding="utf-8")
    # the store exists before the concurrent writers start
    subprocess.run([sys.executable, "-m", "kiosk", "sync", "status", "--json"], env=env, check=True, capture_output=True, timeout=60)
    worker_cmd = [sys.executable, str(ROOT / "tests" / "chaos_worker.py"), "--variant", variant]
    killed = 0
    pending_batches = list(range(len(batches)))
    try:
        worker = subprocess.Popen(worker_cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 240
        while (killed < kills or pending_batches or any(c.poll() is None for c in creators)) and time.monotonic() < deadline:
            if pending_batches and len([c for c in creators if c.poll() is None]) < 2:
                index = pending_batches.pop(0)
                creators.append(subprocess.Popen([sys.executable, "-m", "kiosk", "filing", "create", "--from",
                                                  str(home / f"batch{index}.json"), "--json"], env=env,
                                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            time.sleep(rng.uniform(0.2, 0.8))  # a random moment to pull the plug
            if killed < kills:
                os.kill(worker.pid, signal.SIGKILL)
                worker.wait(timeout=10)
                killed += 1
                worker = subprocess.Popen(worker_cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        created_ok = all(c.wait(timeout=60) == 0 for c in creators)
        # the faults stop: the center comes back clean on the same address
        _stop(center)
        center, _ = _center(home, port, center_extra)
        faults_stopped = time.monotonic()
        drained_after = None
        while time.monotonic() - faults_stopped < 150:
            state = json.loads(subprocess.run([sys.executable, "-m", "kiosk", "sync", "status", "--json"], env=env,
                                              capture_output=True, text=True, timeout=60).stdout)
            if state["pending"] == 0:
                drained_after = time.monotonic() - faults_stopped
                break
            time.sleep(1)
        _stop(worker)
    finally:
        _stop(center)
        for creator in creators:
            if creator.poll() is None:
                creator.kill()
    from kiosk.center.server import open_service

    applied = open_service(home / "center.db").filings_by_ref()
    with sqlite3.connect(home / "kiosk" / "kiosk.db") as db:
        msgids = [row[0] for row in db.execute("SELECT msgid FROM outbox WHERE filing_id IS NOT NULL")]
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        outbox_states = dict(db.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall())
    return {"created_ok": created_ok, "kills": killed, "msgids": msgids, "applied": applied, "integrity": integrity,
            "outbox": outbox_states, "drained_after_s": drained_after, "filings": filings}


def assert_exactly_once(result: dict) -> None:
    assert result["created_ok"]
    assert len(result["msgids"]) == result["filings"]
    missing = [m for m in result["msgids"] if result["applied"].get(m, 0) == 0]
    twice = {m: n for m, n in result["applied"].items() if n > 1}
    assert not missing, f"{len(missing)} filings never reached the center"
    assert not twice, f"{len(twice)} filings applied more than once"
    assert result["drained_after_s"] is not None and result["drained_after_s"] <= 120
    assert result["outbox"].get("delivered") == result["filings"]
    assert result["integrity"] == "ok"


@pytest.mark.chaos
def test_chaos_every_filing_reaches_the_center_exactly_once(tmp_path):
    result = run_chaos(tmp_path, filings=400, kills=25)
    assert result["kills"] >= 25
    assert_exactly_once(result)
    print(f"chaos: {result['filings']} filings, {result['kills']} SIGKILLs, drained {result['drained_after_s']:.1f} s after faults")


@pytest.mark.chaos
@pytest.mark.parametrize("variant, center_extra", [("mark-before-post", []), ("correct", ["--ignore-msgid"])],
                         ids=["worker-marks-sent-before-posting", "center-ignores-msgid"])
def test_chaos_catches_a_broken_variant(tmp_path, variant, center_extra):
    result = run_chaos(tmp_path, filings=120, kills=8, variant=variant, center_extra=center_extra)
    with pytest.raises(AssertionError):
        assert_exactly_once(result)
