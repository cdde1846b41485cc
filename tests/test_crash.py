"""A kiosk killed (SIGKILL) in the middle of filings: each filing is whole (filing row,
outbox message, audit event) or absent, and the kiosk comes back at the home screen."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys

import pytest

from kiosk.center.seed import demo_identities


@pytest.mark.chaos
def test_sigkill_mid_filing_leaves_whole_filings_or_none_and_the_kiosk_restarts_at_home(tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "KIOSK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KIOSK_CENTER_URL", None)
    people = [p["certno"] for p in demo_identities()]
    batch = tmp_path / "filings.json"
    batch.write_text(
        json.dumps(
            [
                {
                    "kind": "yidi-temp",
                    "certno": people[i % len(people)],
                    "begndate": "2026-12-01",
                    "enddate": "2027-06-01",
                    "dcla_type": "4",
                    "mdtrt_admdvs": "310100",
                    "tel": "13800138000",
                }
                for i in range(400)
            ]
        ),
        encoding="utf-8",
    )
    rng, acknowledged = random.Random(7), 0
    for _ in range(6):
        process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "filing", "create", "--from", str(batch), "--json"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for _ in range(rng.randint(1, 60)):  # kill while it is writing, at a different point each time
            if process.stdout.readline():
                acknowledged += 1
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        process.stdout.close()
    with sqlite3.connect(home / "kiosk.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        filings = [row[0] for row in db.execute("SELECT id FROM filing")]
        messages = dict(
            db.execute(
                "SELECT filing_id, count(*) FROM outbox WHERE filing_id IS NOT NULL GROUP BY filing_id"
            ).fetchall()
        )
        audited = [
            json.loads(row[0])["filing_id"]
            for row in db.execute("SELECT detail FROM audit_event WHERE action LIKE 'file_%'")
        ]
    assert len(filings) >= acknowledged > 0  # everything reported as queued is there
    assert all(messages.get(f) == 1 for f in filings) and set(messages) == set(filings)  # no filing without its message
    assert sorted(audited) == sorted(filings)  # nor without its audit event, nor an event without a filing
    ready = tmp_path / "ready"
    restarted = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--ready-file", str(ready)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert restarted.returncode == 0 and ready.exists()  # the home screen is painted and answering again
