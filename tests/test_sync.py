"""The outbox and the delivery worker against a real loopback center."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import select

from kiosk import config as config_module
from kiosk.center.server import Faults, start_center
from kiosk.core.filing import FilingError, parse
from kiosk.store import audit
from kiosk.store.db import open_store
from kiosk.store.models import AuditEvent, Filing, OutboxMessage
from kiosk.sync import outbox
from kiosk.sync.client import CenterClient, Outcome
from kiosk.sync.signing import Sm2Signer, TifSigner, verify_sm2
from kiosk.sync.worker import SyncWorker


@pytest.fixture
def sessions(tmp_path):
    return open_store(tmp_path / "kiosk.db")


def yidi(certno, **extra):
    """A temporary filing (a person may hold several); a long-term one is one per person at a time."""
    return parse(
        {
            "kind": "yidi-temp",
            "certno": certno,
            "begndate": "2026-12-01",
            "dcla_type": "4",
            "mdtrt_admdvs": "110100",
            "tel": "13800138000",
            **extra,
        }
    )


def queue(sessions, request, person="p1"):
    with sessions.begin() as session:
        filing, message = outbox.queue_filing(session, request, terminal_id="KIOSK0001", person=person)
        return filing.id, message.id, message.msgid


def worker_for(sessions, url, kiosk_home, **kw):
    cfg = config_module.load()
    return SyncWorker(sessions, CenterClient(cfg, url), rng=random.Random(1), **kw)


def test_filing_message_and_audit_commit_together_or_not_at_all(sessions, demo):
    with pytest.raises(RuntimeError):
        with sessions.begin() as session:
            outbox.queue_filing(session, yidi(demo["certno"]), terminal_id="KIOSK0001", person="p1")
            raise RuntimeError("power cut before commit")
    with sessions() as session:
        assert session.scalars(select(Filing)).all() == [] and session.scalars(select(OutboxMessage)).all() == []
        assert session.scalars(select(AuditEvent)).all() == []
    queue(sessions, yidi(demo["certno"]))
    with sessions() as session:
        message = session.scalars(select(OutboxMessage)).one()
        assert len(message.msgid) == 30 and message.msgid.startswith("H44010000001")
        assert "kiosk_ref" not in message.payload["data"]  # nothing the platform does not define
        assert audit.verify(session) == (True, 1, None)


def test_a_filing_made_offline_keeps_its_msgid_and_arrives_once_when_the_center_is_back(
    sessions, demo, kiosk_home, tmp_path
):
    _, message_id, msgid = queue(sessions, yidi(demo["certno"]))
    down = worker_for(sessions, "http://127.0.0.1:9", kiosk_home)  # nothing listens there
    assert down.deliver(message_id) is Outcome.LOST
    with sessions() as session:
        message = session.get(OutboxMessage, message_id)
        assert message.status == "pending" and message.msgid == msgid and message.attempts == 1
        assert message.next_attempt_at > dt.datetime.now() - dt.timedelta(seconds=1)
    center = start_center(tmp_path / "c.db")
    try:
        assert worker_for(sessions, center.url, kiosk_home).drain(timeout_s=10) == {"pending": 0}
        assert center.app.service.filings_by_ref() == {msgid: 1}
        with sessions() as session:
            filing = session.scalars(select(Filing)).one()
            assert filing.status == "accepted" and filing.center_sn.startswith("YD")
    finally:
        center.stop()


def test_retry_after_is_honoured_and_the_breaker_opens(sessions, demo, kiosk_home, tmp_path):
    center = start_center(tmp_path / "c.db", Faults(fail_rate=1.0, retry_after_s=7))
    try:
        ids = [queue(sessions, yidi(demo["certno"]), person=f"p{n}")[1] for n in range(4)]
        worker = worker_for(sessions, center.url, kiosk_home, breaker_failures=2, breaker_cooldown_s=60)
        stats = worker.drain_once()
        assert stats.outcomes == {"busy": 2}  # the breaker opened after two, sparing the center
        assert not worker.breaker.allows(worker._clock())
        with sessions() as session:
            waits = [
                (session.get(OutboxMessage, i).next_attempt_at - dt.datetime.now()).total_seconds() for i in ids[:2]
            ]
        assert all(w > 6 for w in waits)
    finally:
        center.stop()


def test_a_refusal_goes_to_the_dead_letters_with_the_reason_and_can_be_retried(sessions, kiosk_home, center):
    request = parse(
        {
            "kind": "chronic",
            "certno": "11010519491231002X",
            "begndate": "2026-12-01",
            "disease_code": "M03900",
            "hospital": "H44010400001",
            "tel": "13800138000",
        }
    )
    queue(sessions, request)
    worker = worker_for(sessions, center.url, kiosk_home)
    worker.drain(timeout_s=5)
    with sessions() as session:
        message = session.scalars(select(OutboxMessage)).one()
        assert message.status == "dead" and "person_not_found" in message.last_error
        assert session.scalars(select(Filing)).one().status == "refused"
        assert outbox.status(session)["dead"] == 1
    with sessions.begin() as session:
        assert outbox.retry_dead(session) == 1


def test_per_person_order_is_kept(sessions, demo, kiosk_home, center):
    first = queue(sessions, yidi(demo["certno"]))[1]
    queue(sessions, yidi(demo["certno"]))  # the same person's second message waits behind the first
    with sessions.begin() as session:
        session.get(OutboxMessage, first).next_attempt_at = dt.datetime.now() + dt.timedelta(hours=1)
    worker = worker_for(sessions, center.url, kiosk_home)
    with sessions() as session:
        assert worker.due_ids(session) == []  # the second waits behind the first
    other = queue(sessions, yidi(demo["certno"]), person="someone-else")[1]
    with sessions() as session:
        assert worker.due_ids(session) == [other]


def test_verify_by_query_prevents_a_duplicate_at_a_center_that_ignores_msgid(sessions, demo, kiosk_home, tmp_path):
    from kiosk.center.server import CenterApp, CenterServer, open_service

    service = open_service(tmp_path / "c.db", dedup=False)
    app = CenterApp(service, Faults(drop_reply_rate=1.0), rng=random.Random(0))
    server = CenterServer(app).start_in_thread()
    try:
        _, message_id, msgid = queue(sessions, yidi(demo["certno"]))
        worker = worker_for(sessions, server.url, kiosk_home, verify_by_query=True)
        assert worker.deliver(message_id) is Outcome.LOST
        app.faults = Faults()
        assert worker.deliver(message_id) is Outcome.OK
        assert service.filings_by_ref() == {msgid: 1}
    finally:
        server.stop()


def test_status_reports_pending_delivered_dead_and_age(sessions, demo):
    queue(sessions, yidi(demo["certno"]))
    with sessions() as session:
        state = outbox.status(session, now=dt.datetime.now() + dt.timedelta(seconds=30))
    assert state["pending"] == 1 and state["delivered"] == 0 and state["dead"] == 0
    assert state["oldest_pending_age_s"] >= 29


def test_filing_rules(demo):
    with pytest.raises(FilingError) as err:
        parse(
            {
                "kind": "yidi-temp",
                "certno": demo["certno"],
                "begndate": "2026-12-01",
                "enddate": "2027-03-01",
                "dcla_type": "6",
                "mdtrt_admdvs": "310100",
                "tel": "13800138000",
            }
        )
    assert err.value.key == "filing_too_short"
    temp = parse(
        {
            "kind": "yidi-temp",
            "certno": demo["certno"],
            "begndate": "2026-12-31",
            "dcla_type": "4",
            "mdtrt_admdvs": "310100",
            "tel": "13800138000",
        }
    )
    assert temp.enddate == dt.date(2027, 6, 30)  # at least six months by default
    with pytest.raises(FilingError) as err:
        parse(
            {
                "kind": "yidi-long",
                "certno": demo["certno"],
                "begndate": "2026-12-01",
                "dcla_type": "5",
                "mdtrt_admdvs": "110100",
                "tel": "13800138000",
            }
        )
    assert err.value.key == "filing_bad_type"  # 急诊 is a temporary kind
    with pytest.raises(FilingError) as err:
        parse(
            {
                "kind": "yidi-long",
                "certno": demo["certno"],
                "begndate": "2026-12-01",
                "dcla_type": "1",
                "mdtrt_admdvs": "110100",
                "filed_by": "staff",
                "agent": {"name": "王"},
            }
        )
    assert err.value.key == "filing_missing" and err.value.field == "agent"
    for tel in (
        "",
        "12345",
        {"n": 1},
        "1" * 30_000_000,
    ):  # the center needs a mobile number; so does the kiosk, at once
        with pytest.raises(FilingError) as err:
            parse(
                {
                    "kind": "yidi-temp",
                    "certno": demo["certno"],
                    "begndate": "2026-12-01",
                    "dcla_type": "4",
                    "mdtrt_admdvs": "310100",
                    "tel": tel,
                }
            )
        assert err.value.key == "filing_bad_phone"
    for place in ("440300", "999999"):  # the own province (广东), a code not in GB/T 2260
        with pytest.raises(FilingError) as err:
            parse(
                {
                    "kind": "yidi-temp",
                    "certno": demo["certno"],
                    "begndate": "2026-12-01",
                    "dcla_type": "4",
                    "mdtrt_admdvs": place,
                    "tel": "13800138000",
                    "insuplc_admdvs": "440106",
                }
            )
        assert err.value.key == "filing_bad_place"
    with pytest.raises(FilingError) as err:
        parse(
            {
                "kind": "yidi-long",
                "certno": demo["certno"],
                "begndate": "2026-12-01",
                "dcla_type": "1",
                "mdtrt_admdvs": "110100",
                "tel": "13800138000",
                "promise": "false",
            }
        )
    assert err.value.field == "promise"  # a boolean, not a word


def test_tif_signature_and_sm2_signature_verify():
    headers = TifSigner("kiosk", "secret-token", clock=lambda: 1_700_000_000).sign({"input": {}})
    assert headers["x-tif-signature"] == TifSigner.signature("1700000000", "secret-token", headers["x-tif-nonce"])
    signer = Sm2Signer("1" * 64)
    envelope = {"input": {"data": {"certno": "11010519491231002X"}}}
    signer.sign(envelope)
    assert envelope["signtype"] == "SM2" and verify_sm2(envelope, signer.public_key_hex)
    envelope["input"]["data"]["certno"] = "110105194912310037"
    assert not verify_sm2(envelope, signer.public_key_hex)


def test_reference_data_is_pulled_once_per_version_and_swapped_whole(sessions, kiosk_home, center):
    from kiosk.sync import reference

    client = CenterClient(config_module.load(), center.url)
    assert reference.pull(sessions, client) == {k: "updated" for k in reference.KEYS}
    assert reference.pull(sessions, client) == {k: "unchanged" for k in reference.KEYS}
    version, regions = reference.get(sessions, "admdvs")
    assert any(p["name"] == "北京市" for p in regions["provinces"])
    center.app.service.reference["filing_rules"] = ("2027.1", {"temporary_min_months": 12})
    assert reference.pull(sessions, client, keys=("filing_rules",)) == {"filing_rules": "updated"}
    assert reference.get(sessions, "filing_rules") == ("2027.1", {"temporary_min_months": 12})
    client.close()


def test_the_kiosk_starts_its_own_delivery_process_and_stops_it(qtbot, kiosk_home, center, demo):
    from kiosk.app import Services

    services = Services(config_module.load(center_url=center.url))
    services.open()
    try:
        with services.store().begin() as session:
            _, message = outbox.queue_filing(session, yidi(demo["certno"]), terminal_id="KIOSK0001", person="p")
            msgid = message.msgid
        qtbot.waitUntil(lambda: center.app.service.filings_by_ref().get(msgid) == 1, timeout=30_000)
    finally:
        services.close()
    assert services._sync_process.poll() is not None


def test_a_filing_withdrawn_before_delivery_arrives_and_is_revoked_in_order(sessions, demo, kiosk_home, center):
    filing_id, _, msgid = queue(sessions, yidi(demo["certno"]))
    with sessions.begin() as session:
        outbox.queue_revoke(session, session.get(Filing, filing_id), terminal_id="KIOSK0001")
    worker_for(sessions, center.url, kiosk_home).drain(timeout_s=10)
    with sessions() as session:
        sn = session.get(Filing, filing_id).center_sn
    assert [f["status"] for f in center.app.service.filings(demo["certno"]) if f["trt_dcla_detl_sn"] == sn] == [
        "revoked"
    ]
    assert center.app.service.filings_by_ref() == {msgid: 1}
    with sessions() as session:
        assert session.get(Filing, filing_id).status == "withdrawn"
        assert outbox.status(session)["delivered"] == 2


def test_my_filings_shows_what_waits_here_and_what_the_center_refused_with_its_reason(
    sessions, demo, kiosk_home, tmp_path
):
    from kiosk.flows.my_filings import filings_for

    down = CenterClient(config_module.load(), "http://127.0.0.1:9")  # nothing listens there
    queue(sessions, yidi(demo["certno"]), person="p1")
    items, reached = filings_for(down, sessions, "p1", demo["certno"])
    assert not reached and [(i.status, i.what) for i in items] == [("queued", "异地转诊就医人员")]
    assert len(items[0].ref) == 8  # the receipt's 回执号
    server = start_center(tmp_path / "center.db")
    try:
        already = parse(
            {
                "kind": "chronic",
                "certno": demo["certno"],
                "begndate": "2026-12-01",
                "disease_code": "M03900",
                "hospital": "H44010400001",
                "tel": "13800138000",
            }
        )
        queue(sessions, already, person="p1")  # the demo person's 高血压 is already filed at the center
        worker_for(sessions, server.url, kiosk_home).drain(timeout_s=5)
        client = CenterClient(config_module.load(), server.url)
        items, reached = filings_for(client, sessions, "p1", demo["certno"])
        client.close()
    finally:
        server.stop()
    refused = [i for i in items if i.status == "refused"]
    assert (
        reached and len(refused) == 1 and refused[0].reason == "refused_already_filed" and refused[0].what == "高血压"
    )
    assert not [i for i in items if i.status == "queued"]  # the 异地 filing was delivered and is listed by the center
    assert any(i.status == "active" and i.kind == "yidi-temp" for i in items)


def test_staff_see_dead_and_waiting_uploads_and_retry_them_audited(sessions, demo, kiosk_home, center):
    from kiosk.flows.staff_queue import retry_now, waiting

    request = parse(
        {
            "kind": "chronic",
            "certno": "11010519491231002X",
            "begndate": "2026-12-01",
            "disease_code": "M03900",
            "hospital": "H44010400001",
            "tel": "13800138000",
        }
    )
    queue(sessions, request, person="nobody")
    worker_for(sessions, center.url, kiosk_home).drain(timeout_s=5)
    _, later, _ = queue(sessions, yidi(demo["certno"]), person="p1")
    with sessions.begin() as session:
        session.get(OutboxMessage, later).next_attempt_at = dt.datetime.now() + dt.timedelta(hours=1)
    with sessions() as session:
        items = waiting(session)
    assert [(i.status, i.what, i.reason) for i in items] == [
        ("dead", "慢特病申请", "refused_person_not_found"),
        ("pending", "异地就医备案", ""),
    ]
    assert items[0].person == "110***********002X"  # masked: staff see whose it is, not the whole number
    with sessions.begin() as session:
        assert retry_now(session, "1001") == 2
    with sessions() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "staff_retry_uploads")).one()
        assert event.actor == "1001" and event.detail == {"revived": 1, "nudged": 1}
        assert worker_for(sessions, center.url, kiosk_home).due_ids(session)  # due now, not in an hour
