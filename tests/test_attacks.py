"""Issue #18, reproduced from outside: each test attacks the kiosk the way it was found (real CLI
processes with their own KIOSK_HOME, a real loopback center, real files) and asserts what a
user or a member of staff would now see. The item number of the issue is in each test's name."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.center.seed import demo_identities

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = [p["certno"] for p in demo_identities()]


def kiosk(
    home: Path, *args: str, center_url: str = "", stdin: str = "", env: dict | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """``python -m kiosk ARGS`` as an operator runs it."""
    environment = {
        **os.environ,
        "KIOSK_HOME": str(home),
        "PYTHONPATH": str(ROOT),
        "KIOSK_CENTER_URL": center_url,
        **(env or {}),
    }
    environment.pop("KIOSK_DATA_KEY_FILE", None) if "KIOSK_DATA_KEY_FILE" not in (env or {}) else None
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,
    )


def assert_plain_refusal(result: subprocess.CompletedProcess, *words: str) -> str:
    """One plain line on stderr, a non-zero exit, no trace anywhere on the terminal."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def filing(certno: str, kind: str = "yidi-long", **changes) -> dict:
    base = {"kind": kind, "certno": certno, "begndate": "2026-12-01", "tel": "13800138000", "filed_by": "self"}
    extra = {
        "yidi-long": {"dcla_type": "1", "mdtrt_admdvs": "110100", "promise": True},
        "yidi-temp": {"dcla_type": "4", "mdtrt_admdvs": "310100"},
        "chronic": {"disease_code": "M03900", "hospital": "H44010400001"},
    }[kind]
    return {**base, **extra, **changes}


def file_all(home: Path, filings: list[dict], center_url: str = "", **kw) -> list[dict]:
    source = home.parent / f"filings-{len(list(home.parent.glob('filings-*')))}.json"
    source.write_text(json.dumps(filings, ensure_ascii=False), encoding="utf-8")
    result = kiosk(home, "filing", "create", "--from", str(source), "--json", center_url=center_url, **kw)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def outbox(home: Path) -> list[tuple]:
    with sqlite3.connect(home / "kiosk.db") as db:
        return db.execute("SELECT id, msgid, status, last_error FROM outbox ORDER BY id").fetchall()


def flip_one_base64_character(home: Path, table: str, row_id: int) -> None:
    with sqlite3.connect(home / "kiosk.db") as db:
        (payload,) = db.execute(f"SELECT payload FROM {table} WHERE id = ?", (row_id,)).fetchone()
        position = len(payload) // 2
        changed = payload[:position] + ("A" if payload[position] != "A" else "B") + payload[position + 1 :]
        db.execute(f"UPDATE {table} SET payload = ? WHERE id = ?", (changed, row_id))


# -- 1: one undecryptable outbox row stops all delivery -----------------------------------------
def test_1_a_poisoned_outbox_row_is_a_dead_letter_and_the_rest_are_delivered(tmp_path, center):
    home = tmp_path / "kiosk"
    queued = file_all(
        home, [filing(PEOPLE[0]), filing(PEOPLE[1], "yidi-temp"), filing(PEOPLE[21], "chronic", disease_code="M07801")]
    )
    poisoned = queued[1]["msgid"]
    row_id = next(row[0] for row in outbox(home) if row[1] == poisoned)
    flip_one_base64_character(home, "outbox", row_id)

    drained = kiosk(home, "sync", "drain", "--timeout", "30", center_url=center.url)
    assert drained.returncode == 0, drained.stderr
    states = {msgid: (status, error) for _, msgid, status, error in outbox(home)}
    assert states[poisoned][0] == "dead" and states[poisoned][1].startswith("refused unreadable")
    assert all(status == "delivered" for msgid, (status, _) in states.items() if msgid != poisoned)
    applied = center.app.service.filings_by_ref()
    assert poisoned not in applied and all(applied.get(q["msgid"]) == 1 for q in queued if q["msgid"] != poisoned)
    with sqlite3.connect(home / "kiosk.db") as db:
        actions = [row[0] for row in db.execute("SELECT action FROM audit_event")]
        filing_status = db.execute("SELECT status FROM filing WHERE id = ?", (queued[1]["filing_id"],)).fetchone()[0]
    assert "outbox_set_aside" in actions  # the audit says so
    assert filing_status == "refused"  # 我的备案 says it did not go, with the reason
    assert json.loads(kiosk(home, "audit", "verify").stdout)["intact"]
    # staff see it in their queue, with the reason, and a retry does not send an empty shell
    from kiosk import config as config_module
    from kiosk.app import Services

    ops = Services.for_command_line(config_module.load(home=home, center_url="")).operations()
    dead = [item for item in ops.staff_waiting() if item.status == "dead"]
    assert [item.reason for item in dead] == ["refused_unreadable"]
    assert json.loads(kiosk(home, "sync", "retry-dead").stdout)["requeued"] == 0


# -- 3: two terminals whose ids share a long prefix made the same msgid -------------------------
def _two_terminals_file_at_once(tmp_path: Path, round_: int, count: int) -> tuple[list[Path], list[list[dict]]]:
    homes, runs = [], []
    for number in (1, 2):
        home = tmp_path / f"round{round_}" / f"HALL01-K0{number}"
        home.mkdir(parents=True)
        (home / "config.toml").write_text(f'terminal_id = "HALL01-K0{number}"\n', encoding="utf-8")
        source = home.parent / f"k{number}.json"
        temporary = [filing(PEOPLE[(i + number) % 20], "yidi-temp") for i in range(count)]  # these may repeat
        source.write_text(json.dumps(temporary), encoding="utf-8")
        kiosk(home, "sync", "status")  # each terminal's store exists: the two then file at the same moment
        homes.append(home)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KIOSK_CENTER_URL": ""}
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "kiosk", "filing", "create", "--from", str(home.parent / f"k{n}.json"), "--json"],
            env={**env, "KIOSK_HOME": str(home)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n, home in zip((1, 2), homes)
    ]
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        runs.append([json.loads(line) for line in out.splitlines()])
    return homes, runs


def test_3_two_terminals_of_a_hall_filing_in_the_same_second_never_share_a_msgid(tmp_path, center):
    for round_ in range(4):  # until the two processes did file within the same second (almost always the first)
        homes, runs = _two_terminals_file_at_once(tmp_path, round_, 15)
        seconds = [{line["msgid"][12:26] for line in run} for run in runs]
        if seconds[0] & seconds[1]:
            break
    assert seconds[0] & seconds[1], "the two terminals never filed in the same second"
    msgids = [line["msgid"] for run in runs for line in run]
    assert len(set(msgids)) == len(msgids) == 30
    for home in homes:
        assert kiosk(home, "sync", "drain", "--timeout", "60", center_url=center.url).returncode == 0
    applied = center.app.service.filings_by_ref()
    assert all(applied.get(msgid) == 1 for msgid in msgids)  # the center holds every filing of both, once
    serials = []
    for home in homes:
        with sqlite3.connect(home / "kiosk.db") as db:
            rows = db.execute("SELECT status, center_sn FROM filing").fetchall()
        assert all(status == "accepted" for status, _ in rows)
        serials += [sn for _, sn in rows]
    assert len(set(serials)) == 30  # nobody's filing was "accepted" with another terminal's serial


# -- 4 (and 8's far-future date): wrong values were queued and delivered -----------------------
BAD_FILINGS = {
    "promise as the text false": filing(PEOPLE[0], promise="false"),
    "a 30 MB phone number": filing(PEOPLE[0], tel="1" * 30_000_000),
    "a dict as phone number": filing(PEOPLE[0], tel={"number": "13800138000"}),
    "HTML as phone number": filing(PEOPLE[0], tel="<b>13800138000</b>"),
    "a region that does not exist": filing(PEOPLE[0], mdtrt_admdvs="999999"),
    "a start in 1900": filing(PEOPLE[0], begndate="1900-01-01"),
    "a start in 9999": filing(PEOPLE[0], begndate="9999-12-31"),
    "a temporary filing starting 9999-12-01": filing(PEOPLE[0], "yidi-temp", begndate="9999-12-01"),
    "an unknown disease with a 100 KB name": filing(
        PEOPLE[21], "chronic", disease_code="ZZZ", disease_name="病" * 100_000
    ),
    "a known disease with a 100 KB name": filing(PEOPLE[21], "chronic", disease_name="病" * 100_000),
}


def test_4_every_field_of_filing_create_is_checked_and_nothing_bad_is_queued(tmp_path):
    home = tmp_path / "kiosk"
    assert kiosk(home, "sync", "status").returncode == 0
    env = {**os.environ, "KIOSK_HOME": str(home), "PYTHONPATH": str(ROOT), "KIOSK_CENTER_URL": ""}
    running = {}
    for name, bad in BAD_FILINGS.items():
        source = tmp_path / f"{len(running)}.json"
        source.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
        running[name] = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "filing", "create", "--from", str(source), "--json"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    for name, process in running.items():
        out, err = process.communicate(timeout=120)
        line = assert_plain_refusal(subprocess.CompletedProcess(process.args, process.returncode, out, err))
        assert process.returncode == 2 and ("not valid" in line or "larger than" in line), (name, line)
    assert json.loads(kiosk(home, "sync", "status", "--json").stdout)["pending"] == 0
    good = file_all(home, [filing(PEOPLE[0], promise=False)])
    assert len(good) == 1  # the same filing with a real boolean goes through


# -- 13: privacy: an agent's name in the clear, readable files, a timing oracle -------------------
def test_13_agent_names_are_not_in_the_audit_files_are_private_and_sign_in_timing_tells_nothing(tmp_path, center):
    home = tmp_path / "kiosk"
    proxy = filing(PEOPLE[3], filed_by="family", agent={"name": "欧阳小红", "relation": "子女"})
    file_all(home, [proxy])
    with sqlite3.connect(home / "kiosk.db") as db:
        actors = [row[0] for row in db.execute("SELECT actor FROM audit_event")]
    assert actors and all("欧阳小红" not in actor for actor in actors) and actors[-1].startswith("family:")
    for name in ("kiosk.db", "kiosk.db-wal"):  # sealed everywhere, not only in the audit row
        path = home / name
        assert not path.exists() or "欧阳小红".encode() not in path.read_bytes()
    # after delivery and the retention period the name is gone from the filing too
    assert kiosk(home, "sync", "drain", "--timeout", "30", center_url=center.url).returncode == 0
    with sqlite3.connect(home / "kiosk.db") as db:
        db.execute("UPDATE filing SET updated_at = '2020-01-01 00:00:00'")
        db.execute("UPDATE outbox SET delivered_at = '2020-01-01 00:00:00'")
    from kiosk.store import retention
    from kiosk.store.db import open_store

    store = open_store(home / "kiosk.db")
    with store.begin() as session:
        assert retention.purge(session, 30)["filings"] == 1
    with store() as session:
        from kiosk.store.models import Filing

        assert "agent" not in session.get(Filing, 1).payload
    store.engine.dispose()
    # a new KIOSK_HOME and everything in it: for the kiosk's user only
    assert (home.stat().st_mode & 0o777) == 0o700
    names = ("kiosk.db", "kiosk.db-wal", "kiosk.db-shm", "data.key", "secret.key", "logs/kiosk.log")
    private = [home / n for n in names]
    modes = {path.name: oct(path.stat().st_mode & 0o777) for path in private if path.exists()}
    assert {"kiosk.db", "data.key", "kiosk.log"} <= set(modes) and set(modes.values()) == {"0o600"}, modes
    # staff sign-in: an unknown number takes as long as a known one with a wrong PIN
    added = kiosk(home, "staff", "add", "--staff-no", "1001", "--name", "王敏", "--pin-stdin", stdin="246810\n")
    assert added.returncode == 0

    def took(staff_no: str) -> float:
        result = kiosk(home, "staff", "sign-in", "--staff-no", staff_no, "--pin-stdin", "--json", stdin="135790\n")
        answer = json.loads(result.stdout)
        assert answer["outcome"] == "wrong"
        return answer["ms"]

    known, unknown = took("1001"), took("9999")
    assert unknown >= 0.4 * known, (unknown, known)  # was 1 ms against 200 ms


# -- 2: a deleted data.key was silently replaced -----------------------------------------------
def test_2_a_missing_or_wrong_data_key_stops_the_kiosk_with_one_line_and_restoring_it_works(tmp_path, center):
    home = tmp_path / "kiosk"
    queued = file_all(home, [filing(PEOPLE[4])])  # a fresh install makes its key
    key = (home / "data.key").read_bytes()
    assert len(key) == 32
    (home / "data.key").unlink()
    create = ["filing", "create", "--from", str(tmp_path / "filings-0.json")]
    for verb in (create, ["sync", "drain"], ["audit", "verify"], ["run"]):
        assert_plain_refusal(kiosk(home, *verb, center_url=center.url), "data key", "missing", "Restoring the data key")
    assert not (home / "data.key").exists()  # never made up again
    (home / "data.key").write_bytes(os.urandom(32))  # a key from somewhere else
    assert_plain_refusal(kiosk(home, "sync", "status"), "not the one of the store")
    (home / "data.key").write_bytes(key)  # restored from the backup: everything queued is still there
    assert kiosk(home, "sync", "drain", "--timeout", "30", center_url=center.url).returncode == 0
    assert center.app.service.filings_by_ref() == {queued[0]["msgid"]: 1}


# -- 6: a zero-length kiosk.db was recreated silently ---------------------------------------------
def test_6_an_empty_or_damaged_kiosk_db_is_refused_not_replaced_and_store_check_says_why(tmp_path):
    home = tmp_path / "kiosk"
    file_all(home, [filing(PEOPLE[5])])
    for name in ("kiosk.db-wal", "kiosk.db-shm"):
        (home / name).unlink(missing_ok=True)
    (home / "kiosk.db").write_bytes(b"")
    create = ["filing", "create", "--from", str(tmp_path / "filings-0.json")]
    for verb in (create, ["sync", "status"], ["audit", "verify"]):
        assert_plain_refusal(kiosk(home, *verb), "empty (0 bytes)")
    assert (home / "kiosk.db").stat().st_size == 0  # still the evidence, not a new empty store
    check = kiosk(home, "store", "check", "--json")
    assert check.returncode == 1 and "empty" in json.loads(check.stdout)["problems"][0]
    # a database whose pages were overwritten in the middle (item 8: was a DatabaseError trace)
    other = tmp_path / "other"
    file_all(other, [filing(PEOPLE[5])])
    assert kiosk(other, "sync", "status").returncode == 0  # checkpointed into kiosk.db
    with open(other / "kiosk.db", "r+b") as db:
        db.seek(4096)
        db.write(os.urandom(8192))
    assert_plain_refusal(kiosk(other, "sync", "status"), "damaged")
    check = kiosk(other, "store", "check")
    assert check.returncode == 1 and "damaged" in check.stdout


# -- 16: two processes creating a new store raced in the migration ---------------------------------
def test_16_processes_creating_a_new_store_together_all_succeed(tmp_path):
    home = tmp_path / "kiosk"
    env = {**os.environ, "KIOSK_HOME": str(home), "PYTHONPATH": str(ROOT), "KIOSK_CENTER_URL": ""}
    sources = []
    for n in range(22):
        sources.append(tmp_path / f"{n}.json")
        sources[-1].write_text(json.dumps(filing(PEOPLE[n])), encoding="utf-8")
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "kiosk", "filing", "create", "--from", str(source), "--json"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for source in sources
    ]
    results = [(p.communicate(timeout=180), p.returncode) for p in processes]
    assert [code for _, code in results] == [0] * 22, [err for (_, err), code in results if code]
    assert all("Traceback" not in out + err for (out, err), _ in results)
    assert json.loads(kiosk(home, "sync", "status", "--json").stdout)["pending"] == 22
    verified = json.loads(kiosk(home, "audit", "verify").stdout)
    assert verified["intact"] and verified["events"] == 22 and verified["first_broken_id"] is None


# -- 8: tracebacks or misleading lines where one plain line is promised ----------------------------
def test_8_bad_input_and_broken_machines_get_one_plain_line(tmp_path, center):
    home = tmp_path / "kiosk"
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert_plain_refusal(kiosk(home, "filing", "create", "--from", str(deep)), "not JSON")
    batch = tmp_path / "questions.jsonl"
    for lines in ('{"question": "异地就医怎么备案"}\n', '{"q": 5}\n'):
        batch.write_text(lines, encoding="utf-8")
        assert_plain_refusal(kiosk(home, "policy", "ask", "--batch", str(batch), "--json"), "line 1")
    assert_plain_refusal(kiosk(home, "center", "serve", "--port", "-1"), "--port")
    passwd = tmp_path / "passwd"
    passwd.write_bytes(Path("/etc/passwd").read_bytes())
    assert_plain_refusal(kiosk(home, "center", "received", "--json", "--db", str(passwd)), "not a center database")
    assert not (tmp_path / "data.key").exists()  # and no key was made beside it
    # flipped bytes in a filing row: the message still goes, the row is set aside, the audit says so
    queued = file_all(home, [filing(PEOPLE[6]), filing(PEOPLE[7])])
    flip_one_base64_character(home, "filing", queued[0]["filing_id"])
    drained = kiosk(home, "sync", "drain", "--timeout", "30", center_url=center.url)
    assert drained.returncode == 0 and "Traceback" not in drained.stderr, drained.stderr
    assert all(row[2] == "delivered" for row in outbox(home))
    check = kiosk(home, "store", "check")
    assert check.returncode == 1 and f"filing row {queued[0]['filing_id']} was set aside" in check.stdout
    # a full disk in the middle of a batch (RLIMIT_FSIZE: writes past the limit fail with EFBIG)
    import resource
    import signal

    many = tmp_path / "many.json"
    many.write_text(json.dumps([filing(PEOPLE[n % 20]) for n in range(300)]), encoding="utf-8")
    limit = (home / "kiosk.db").stat().st_size + 60_000

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "KIOSK_HOME": str(home), "PYTHONPATH": str(ROOT), "KIOSK_CENTER_URL": ""}
    full = subprocess.run(
        [sys.executable, "-m", "kiosk", "filing", "create", "--from", str(many), "--json"],
        env=env,
        preexec_fn=small_disk,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert_plain_refusal(full, "disk is full")
    saved = len(full.stdout.splitlines())
    assert 0 < saved < 300
    pending = json.loads(kiosk(home, "sync", "status", "--json").stdout)["pending"]
    assert pending == saved  # each filing whole or not at all
    assert json.loads(kiosk(home, "audit", "verify").stdout)["intact"]


# -- 11: config.toml could move the store, and wrong types were guessed -----------------------------
@pytest.mark.parametrize(
    "setting, words",
    [
        ('home = "/tmp"', "KIOSK_HOME"),
        ('sync_verify_by_query = "ture"', "sync_verify_by_query must be true or false"),
        ("idle_max_extensions = 10.9", "idle_max_extensions must be a whole number"),
        ('terminal_id = ""', "terminal_id"),
        (f'terminal_id = "{"K" * 40}01"', "terminal_id"),
        ('terminal_id = "HALL 01"', "terminal_id"),
    ],
)
def test_11_config_is_strict_and_the_environment_decides_where_the_store_is(tmp_path, setting, words):
    home = tmp_path / "kiosk"
    home.mkdir()
    (home / "config.toml").write_text(setting + "\n", encoding="utf-8")
    assert_plain_refusal(kiosk(home, "sync", "status"), words)
    assert not (home / "kiosk.db").exists()  # refused before anything was opened or moved


# -- 15: the filing fuzz test stopped every example at the kind check ---------------------------------
def test_15_the_filing_fuzz_reaches_every_field():
    sys.path.insert(0, str(ROOT / "tests"))
    import test_fuzz

    test_fuzz.REACHED.clear()
    test_fuzz.fuzz_until_every_field_is_reached()
    assert set(test_fuzz.FIELDS) <= set(test_fuzz.REACHED)
    assert "kind" not in test_fuzz.REACHED  # every example had a valid kind
