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
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kiosk",
            "center",
            "serve",
            "--port",
            str(port),
            "--db",
            str(home / "center.db"),
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_env(home / "center-home", ""),
    )
    url = process.stdout.readline().strip().rsplit(" ", 1)[-1].removesuffix("/api")
    return process, url


def _env(kiosk_home: Path, center_url: str) -> dict:
    env = {**os.environ, "KIOSK_HOME": str(kiosk_home), "PYTHONPATH": str(ROOT)}
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


def _poison_one_pending_message(kiosk_home: Path) -> str:
    """Change one base64 character of a queued filing's sealed outbox payload; returns its msgid."""
    with sqlite3.connect(kiosk_home / "kiosk.db") as db:
        row_id, msgid, payload = db.execute(
            "SELECT id, msgid, payload FROM outbox WHERE filing_id IS NOT NULL AND "
            "status = 'pending' ORDER BY id LIMIT 1 OFFSET 2"
        ).fetchone()
        middle = len(payload) // 2
        db.execute(
            "UPDATE outbox SET payload = ? WHERE id = ?",
            (payload[:middle] + ("A" if payload[middle] != "A" else "B") + payload[middle + 1 :], row_id),
        )
    return msgid


def run_chaos(
    tmp: Path,
    *,
    filings: int,
    kills: int,
    variant: str = "correct",
    center_extra: list[str] = (),
    terminals: int = 1,
    poison: bool = False,
) -> dict:
    """Returns what a test asserts on: center counts, kiosk outbox state, integrity, drain time. With
    ``terminals`` > 1, that many terminals of one hall (HALL01-K01, -K02 ...) file against one center;
    ``poison`` changes one queued message of the first terminal before its worker starts."""
    rng = random.Random(20261123)
    home = tmp
    homes = [home / "kiosk"] if terminals == 1 else [home / f"kiosk{n + 1}" for n in range(terminals)]
    for number, kiosk_home in enumerate(homes, 1):
        kiosk_home.mkdir(parents=True)
        (kiosk_home / "config.toml").write_text(
            "sync_backoff_base_s = 0.05\nsync_backoff_cap_s = 2.0\nsync_breaker_failures = 5\n"
            f'sync_breaker_cooldown_s = 0.3\ncenter_timeout_s = 2.0\nterminal_id = "HALL01-K{number:02d}"\n',
            encoding="utf-8",
        )
    center, url = _center(home, 0, [*FAULTS, *center_extra])
    port = int(url.rsplit(":", 1)[-1])
    everything = _filings(filings, rng)  # one list, dealt to eight creators (a new list each would repeat people)
    batches = [everything[i::8] for i in range(8)]
    creators = []
    for index, batch in enumerate(batches):
        path = home / f"batch{index}.json"
        path.write_text(json.dumps(batch), encoding="utf-8")
    terminal_of = [index % len(homes) for index in range(len(batches))]
    # the stores exist before the concurrent writers start
    for kiosk_home in homes:
        subprocess.run(
            [sys.executable, "-m", "kiosk", "sync", "status", "--json"],
            env=_env(kiosk_home, url),
            check=True,
            capture_output=True,
            timeout=60,
        )
    pending_batches = list(range(len(batches)))
    poisoned = None
    if poison:  # the first batch is queued before delivery starts, and one of its messages is changed
        first = pending_batches.pop(0)
        subprocess.run(
            [sys.executable, "-m", "kiosk", "filing", "create", "--from", str(home / f"batch{first}.json"), "--json"],
            env=_env(homes[terminal_of[first]], url),
            check=True,
            capture_output=True,
            timeout=120,
        )
        poisoned = _poison_one_pending_message(homes[terminal_of[first]])
    worker_cmd = [sys.executable, str(ROOT / "tests" / "chaos_worker.py"), "--variant", variant]

    def start_worker(kiosk_home: Path) -> subprocess.Popen:
        return subprocess.Popen(
            worker_cmd, env=_env(kiosk_home, url), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )

    killed = 0
    try:
        workers = [start_worker(kiosk_home) for kiosk_home in homes]
        deadline = time.monotonic() + 240
        while (
            killed < kills or pending_batches or any(c.poll() is None for c in creators)
        ) and time.monotonic() < deadline:
            if pending_batches and len([c for c in creators if c.poll() is None]) < 2:
                index = pending_batches.pop(0)
                creators.append(
                    subprocess.Popen(
                        [
                            sys.executable,
                            "-m",
                            "kiosk",
                            "filing",
                            "create",
                            "--from",
                            str(home / f"batch{index}.json"),
                            "--json",
                        ],
                        env=_env(homes[terminal_of[index]], url),
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                    )
                )
            time.sleep(rng.uniform(0.2, 0.8))  # a random moment to pull the plug
            if killed < kills:
                victim = rng.randrange(len(workers))
                os.kill(workers[victim].pid, signal.SIGKILL)
                workers[victim].wait(timeout=10)
                killed += 1
                workers[victim] = start_worker(homes[victim])
        created_ok = all(c.wait(timeout=60) == 0 for c in creators)
        # the faults stop: the center comes back clean on the same address
        _stop(center)
        center, _ = _center(home, port, center_extra)
        faults_stopped = time.monotonic()
        drained_after = None
        while time.monotonic() - faults_stopped < 150:
            states = [
                json.loads(
                    subprocess.run(
                        [sys.executable, "-m", "kiosk", "sync", "status", "--json"],
                        env=_env(kiosk_home, url),
                        capture_output=True,
                        text=True,
                        timeout=60,
                    ).stdout
                )
                for kiosk_home in homes
            ]
            if all(state["pending"] == 0 for state in states):
                drained_after = time.monotonic() - faults_stopped
                break
            time.sleep(1)
        for worker in workers:
            _stop(worker)
    finally:
        _stop(center)
        for creator in creators:
            if creator.poll() is None:
                creator.kill()
    from kiosk.center.server import open_service

    applied = open_service(home / "center.db").filings_by_ref()
    msgids, outbox_states, integrity, dead = [], {}, [], {}
    for kiosk_home in homes:
        with sqlite3.connect(kiosk_home / "kiosk.db") as db:
            msgids += [row[0] for row in db.execute("SELECT msgid FROM outbox WHERE filing_id IS NOT NULL")]
            integrity.append(db.execute("PRAGMA integrity_check").fetchone()[0])
            for status, count in db.execute(
                "SELECT status, count(*) FROM outbox WHERE filing_id IS NOT NULL GROUP BY status"
            ).fetchall():
                outbox_states[status] = outbox_states.get(status, 0) + count
            dead.update(db.execute("SELECT msgid, last_error FROM outbox WHERE status = 'dead'").fetchall())
    return {
        "created_ok": created_ok,
        "kills": killed,
        "msgids": msgids,
        "applied": applied,
        "integrity": "ok" if set(integrity) == {"ok"} else integrity,
        "outbox": outbox_states,
        "drained_after_s": drained_after,
        "filings": filings,
        "poisoned": poisoned,
        "dead": dead,
    }


def assert_exactly_once(result: dict) -> None:
    """Every filing reached the center exactly once, except a poisoned one, which is a dead letter
    with its reason and never reached it."""
    assert result["created_ok"]
    assert len(result["msgids"]) == len(set(result["msgids"])) == result["filings"]
    poisoned = result["poisoned"]
    missing = [m for m in result["msgids"] if result["applied"].get(m, 0) == 0 and m != poisoned]
    twice = {m: n for m, n in result["applied"].items() if n > 1}
    assert not missing, f"{len(missing)} filings never reached the center"
    assert not twice, f"{len(twice)} filings applied more than once"
    assert result["drained_after_s"] is not None and result["drained_after_s"] <= 120
    assert result["outbox"].get("delivered") == result["filings"] - (1 if poisoned else 0)
    if poisoned:
        assert poisoned not in result["applied"]
        assert result["dead"].get(poisoned, "").startswith("refused unreadable"), result["dead"]
    assert result["integrity"] == "ok"


@pytest.mark.chaos
def test_chaos_every_filing_reaches_the_center_exactly_once(tmp_path):
    result = run_chaos(tmp_path, filings=400, kills=25)
    assert result["kills"] >= 25
    assert_exactly_once(result)
    print(
        f"chaos: {result['filings']} filings, {result['kills']} SIGKILLs, "
        f"drained {result['drained_after_s']:.1f} s after faults"
    )


@pytest.mark.chaos
def test_chaos_two_terminals_and_a_poisoned_row(tmp_path):
    """Two terminals of one hall against one center, one queued message changed on disk: every
    other filing arrives exactly once, the poisoned one is a dead letter with its reason."""
    result = run_chaos(tmp_path, filings=240, kills=12, terminals=2, poison=True)
    assert result["kills"] >= 12
    assert_exactly_once(result)
    print(
        f"chaos, 2 terminals: {result['filings']} filings, {result['kills']} SIGKILLs, 1 poisoned row set aside, "
        f"drained {result['drained_after_s']:.1f} s after faults"
    )


@pytest.mark.chaos
@pytest.mark.parametrize(
    "variant, center_extra",
    [("mark-before-post", []), ("correct", ["--ignore-msgid"])],
    ids=["worker-marks-sent-before-posting", "center-ignores-msgid"],
)
def test_chaos_catches_a_broken_variant(tmp_path, variant, center_extra):
    result = run_chaos(tmp_path, filings=120, kills=8, variant=variant, center_extra=center_extra)
    with pytest.raises(AssertionError):
        assert_exactly_once(result)
