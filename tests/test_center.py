"""The simulated center over real HTTP on loopback."""

import datetime as dt

import httpx
import pytest

from kiosk import config as config_module
from kiosk.center.server import Faults, start_center
from kiosk.center.service import CenterService
from kiosk.core import envelope, idnumber
from kiosk.core.errors import PlainError
from kiosk.sync.client import CenterClient, CenterRefused


def ID_CARD(certno):  # 1101 by 身份证, as openhis Models/Input/Input_1101.cs fills it
    return {"mdtrt_cert_type": "02", "mdtrt_cert_no": certno, "psn_cert_type": "01", "certno": certno}


def hospital_2503(person, code="M01600", name="糖尿病", day=None):
    day = (day or dt.date.today()).isoformat()
    return {
        "data": {
            "psn_no": person["psn_no"],
            "insutype": person["insutype"],
            "opsp_dise_code": code,
            "opsp_dise_name": name,
            "insu_optins": person["insuplc_admdvs"],
            "ide_fixmedins_no": "H44010400001",
            "ide_fixmedins_name": "广州市第一人民医院",
            "hosp_ide_date": day,
            "diag_dr_codg": "D0001",
            "diag_dr_name": "李医生",
            "begndate": day,
        }
    }


def test_1101_returns_the_balance_for_a_demo_person(client, demo):
    output = client.call("1101", {"data": ID_CARD(demo["certno"])})
    assert output["baseinfo"]["psn_name"] == demo["name"]
    assert float(output["insuinfo"][0]["balc"]) >= 0
    assert output["insuinfo"][0]["insutype"] in ("310", "390")


def test_unknown_person_is_refused_with_a_reason(client):
    with pytest.raises(CenterRefused) as err:
        client.call("1101", {"data": ID_CARD("11010519491231002X")})
    assert err.value.reason == "person_not_found"


def test_demo_people_are_twenty_valid_elders_of_both_insurance_types(center):
    people = center.app.service.people()
    assert len(people) >= 20
    today = dt.date.today()
    for person in people:
        assert idnumber.validate(person["certno"]) == person["certno"]
        assert 60 <= idnumber.age_on(person["certno"], today) <= 95
    assert {p["insutype"] for p in people} == {"310", "390"}
    assert any(p["family_members"] for p in people) and any(p["chronic_filings"] for p in people)


def test_a_repeated_msgid_is_applied_once_and_answered_the_same(client, center, demo):
    msgid = client.new_msgid()
    first = client.call("2503", hospital_2503(demo), msgid=msgid)
    again = client.call("2503", hospital_2503(demo), msgid=msgid)
    assert first == again
    sn = first["result"]["trt_dcla_detl_sn"]
    assert [f["status"] for f in center.app.service.filings(demo["certno"]) if f["trt_dcla_detl_sn"] == sn] == [
        "reviewing"
    ]
    received = {r["msgid"]: r for r in center.app.service.received()}
    assert received[msgid]["times"] == 2


def test_a_msgid_reused_for_another_message_is_refused_and_the_other_is_not_applied(client, center, demo):
    msgid = client.new_msgid()
    client.call("1101", {"data": ID_CARD(demo["certno"])}, msgid=msgid)
    with pytest.raises(CenterRefused) as err:
        client.call("ZH02", {"data": {"psn_no": demo["psn_no"]}}, msgid=msgid)
    assert err.value.reason == "msgid_conflict" and "msgid" in err.value.err_msg
    other = client.new_msgid()
    client.call("2503", hospital_2503(demo), msgid=other)
    with pytest.raises(CenterRefused) as err:  # the same msgid, the same transaction, a changed body
        client.call("2503", hospital_2503(demo, "M03900", "高血压"), msgid=other)
    assert err.value.reason == "msgid_conflict"
    assert not [
        f
        for f in center.app.service.filings(demo["certno"])
        if f["opsp_dise_code"] == "M03900" and f["status"] != "active"
    ]


def test_chronic_filing_can_be_revoked_once_and_5301_shows_only_the_spec_fields(client, center, demo):
    sn = client.call("2503", hospital_2503(demo))["result"]["trt_dcla_detl_sn"]
    center.app.service.review(sn)
    rows = client.call("5301", {"data": {"psn_no": demo["psn_no"]}})["feedetail"]
    assert {tuple(sorted(r)) for r in rows} == {("begndate", "enddate", "opsp_dise_code", "opsp_dise_name")}
    assert "M01600" in [r["opsp_dise_code"] for r in rows]
    client.call("2504", {"data": {"psn_no": demo["psn_no"], "trt_dcla_detl_sn": sn, "memo": "本人申请撤销"}})
    with pytest.raises(CenterRefused) as err:
        client.call("2504", {"data": {"psn_no": demo["psn_no"], "trt_dcla_detl_sn": sn, "memo": "本人申请撤销"}})
    assert err.value.reason == "already_revoked"
    assert "M01600" not in [
        r["opsp_dise_code"] for r in client.call("5301", {"data": {"psn_no": demo["psn_no"]}})["feedetail"]
    ]


def yd(demo, **extra):
    return {
        "data": {
            "psn_cert_type": "01",
            "certno": demo["certno"],
            "dcla_type": "2",
            "mdtrt_admdvs": "110100",
            "begndate": "2026-12-01",
            "tel": "13800138000",
            "promise_flag": "0",
            "supp_flag": "0",
            "filed_by": "self",
            **extra,
        }
    }


def test_yidi_filing_change_and_query(client, demo):
    filed = client.call("YD01", yd(demo))["result"]["trt_dcla_detl_sn"]
    changed = client.call("YD04", yd(demo, trt_dcla_detl_sn=filed, mdtrt_admdvs="310100", memo="搬家"))["result"][
        "trt_dcla_detl_sn"
    ]
    filings = {
        f["trt_dcla_detl_sn"]: f
        for f in client.call("YD03", {"data": {"psn_cert_type": "01", "certno": demo["certno"]}})["filings"]
    }
    assert filings[filed]["status"] == "revoked"
    assert filings[changed]["status"] == "active" and filings[changed]["mdtrt_admdvs"] == "310100"


def test_the_platform_rules_for_yidi_filings(tmp_path, demo):
    now = [dt.datetime(2026, 12, 2, 9, 0, 0)]
    from kiosk.center.server import open_service

    service = open_service(tmp_path / "c.db")
    service._clock = lambda: now[0]
    sign = service.handle(
        envelope.request(
            "9001",
            {"signIn": {"opter_no": "T", "mac": "00-16-3E-00-00-01", "ip": "127.0.0.1"}},
            msgid=envelope.make_msgid("H44010000001"),
            dev_no="T",
            admdvs="440100",
            fixmedins_code="H44010000001",
            fixmedins_name="H",
        )
    )["output"]["signinoutb"]["sign_no"]

    def call(infno, payload):
        reply = service.handle(
            envelope.request(
                infno,
                payload,
                msgid=envelope.make_msgid("H44010000001"),
                dev_no="T",
                admdvs="440100",
                fixmedins_code="H44010000001",
                fixmedins_name="H",
                sign_no=sign,
            )
        )
        return reply["output"].get("reason") or reply["output"]

    assert call("YD01", yd(demo, mdtrt_admdvs="440300")) == "not_cross_province"  # 深圳 is in the 参保 province
    assert call("YD01", yd(demo, mdtrt_admdvs="999999")) == "bad_input"
    assert call("YD01", yd(demo, dcla_type="6", mdtrt_admdvs="310100", enddate="2026-12-02")) == "bad_input"  # one day
    sn = call("YD01", yd(demo))["result"]["trt_dcla_detl_sn"]
    assert call("YD01", yd(demo, mdtrt_admdvs="310100")) == "long_term_exists"
    now[0] += dt.timedelta(minutes=11)  # past the undo window: the change lock counts from when it was made
    assert call("YD02", yd(demo, trt_dcla_detl_sn=sn, memo="不去了")) == "change_locked"
    now[0] = dt.datetime(2027, 3, 2, 9, 0, 0)  # three months (filing_rules) after it was made, not after its start
    assert call("YD02", yd(demo, trt_dcla_detl_sn=sn, memo="不去了")) == {"result": {"trt_dcla_detl_sn": sn}}


def test_green_channel_takes_effect_the_same_day_and_others_wait_for_review(client, center):
    person = next(p for p in center.app.service.people() if not p["chronic_filings"])
    who = {"psn_cert_type": "01", "certno": person["certno"]}
    apply = {
        **who,
        "ide_fixmedins_no": "H44010400003",
        "ide_fixmedins_name": "广东省人民医院",
        "tel": "13800138000",
        "filed_by": "self",
    }
    client.call("MT01", {"data": {**apply, "opsp_dise_code": "M00503", "opsp_dise_name": "恶性肿瘤门诊放化疗"}})
    client.call("MT01", {"data": {**apply, "opsp_dise_code": "M03900", "opsp_dise_name": "高血压"}})
    progress = {a["opsp_dise_code"]: a for a in client.call("MT02", {"data": who})["applications"]}
    assert progress["M00503"]["status"] == progress["M03900"]["status"] == "appraising"
    center.app.service.hospital_registers(person["certno"], "M00503")
    center.app.service.hospital_registers(person["certno"], "M03900")
    progress = {a["opsp_dise_code"]: a for a in client.call("MT02", {"data": who})["applications"]}
    today = dt.date.today()
    assert progress["M00503"]["status"] == "approved" and progress["M00503"]["decided_on"] == today.isoformat()
    assert progress["M03900"]["status"] == "reviewing"
    assert dt.date.fromisoformat(progress["M03900"]["review_deadline"]) > today + dt.timedelta(
        days=20
    )  # 20 working days
    in_effect = client.call("5301", {"data": {"psn_no": person["psn_no"]}})["feedetail"]
    assert [r["opsp_dise_code"] for r in in_effect] == ["M00503"] and in_effect[0]["begndate"] == today.isoformat()


def test_ledger_is_paged_newest_first_and_family_hides_balances_not_allowed(client, demo):
    page = client.call("ZH01", {"data": {"psn_no": demo["psn_no"], "page": 1, "size": 5}})
    dates = [row["date"] for row in page["list"]]
    assert page["total"] > 5 and len(dates) == 5 and dates == sorted(dates, reverse=True)
    members = client.call("ZH02", {"data": {"psn_no": demo["psn_no"]}})["members"]
    assert members and all(m["balc"] is None for m in members if not m["can_view_balance"])
    assert all("*" in m["name_masked"] for m in members)


def test_voucher_code_is_single_use_and_expires_after_a_minute(tmp_path, demo):
    now = [dt.datetime(2026, 11, 23, 9, 0, 0)]
    from kiosk.center.server import open_service

    service = open_service(tmp_path / "c.db")
    service._clock = lambda: now[0]
    sign = service.handle(
        envelope.request(
            "9001",
            {"signIn": {"opter_no": "T", "mac": "00-16-3E-00-00-01", "ip": "127.0.0.1"}},
            msgid=envelope.make_msgid("H44010000001"),
            dev_no="T",
            admdvs="440100",
            fixmedins_code="H44010000001",
            fixmedins_name="H",
        )
    )["output"]["signinoutb"]["sign_no"]

    def call(infno, data):
        return service.handle(
            envelope.request(
                infno,
                {"data": data},
                msgid=envelope.make_msgid("H44010000001"),
                dev_no="T",
                admdvs="440100",
                fixmedins_code="H44010000001",
                fixmedins_name="H",
                sign_no=sign,
            )
        )

    decode = {
        "orgId": "H44010000001",
        "businessType": "01101",
        "operatorId": "T",
        "operatorName": "自助终端",
        "officeId": "0",
        "officeName": "自助",
        "deviceType": "SelfService",
    }
    code = call("EC00", {"certno": demo["certno"]})["output"]["qrcode"]
    decoded = call("1162", {**decode, "ecQrCode": code})["output"]["data"]
    assert decoded["idNo"] == demo["certno"]
    person = call("1101", {"mdtrt_cert_type": "01", "mdtrt_cert_no": decoded["ecToken"], "psn_cert_type": "01"})[
        "output"
    ]
    assert person["baseinfo"]["psn_name"] == demo["name"]
    assert call("1162", {**decode, "ecQrCode": code})["output"]["reason"] == "voucher_used"
    late = call("EC00", {"certno": demo["certno"]})["output"]["qrcode"]
    now[0] += dt.timedelta(seconds=61)
    assert call("1162", {**decode, "ecQrCode": late})["output"]["reason"] == "voucher_expired"


def test_fail_rate_gives_503_with_retry_after(tmp_path, kiosk_home):
    server = start_center(tmp_path / "f.db", Faults(fail_rate=1.0))
    try:
        reply = httpx.post(server.url + "/api", json={"infno": "9001"})
        assert reply.status_code == 503 and reply.headers["Retry-After"] == "1"
        client = CenterClient(config_module.load(), server.url)
        with pytest.raises(PlainError) as err:
            client.call("9001", {})
        assert err.value.key == "center_busy"
        client.close()
    finally:
        server.stop()


def test_a_dropped_reply_was_still_applied(tmp_path, kiosk_home, demo):
    server = start_center(tmp_path / "d.db", Faults(drop_reply_rate=1.0))
    client = CenterClient(config_module.load(), server.url)
    try:
        msgid = envelope.make_msgid("H44010000001")
        body = envelope.request(
            "9001",
            {"signIn": {"opter_no": "T", "mac": "00-16-3E-00-00-01", "ip": "127.0.0.1"}},
            msgid=msgid,
            dev_no="K",
            admdvs="440100",
            fixmedins_code="H44010000001",
            fixmedins_name="H",
        )
        with pytest.raises(httpx.TransportError):
            httpx.post(server.url + "/api", json=body)
        assert msgid in {r["msgid"] for r in server.app.service.received()}
    finally:
        client.close()
        server.stop()


def test_slow_rate_delays_but_answers(tmp_path):
    server = start_center(tmp_path / "s.db", Faults(slow_rate=1.0, slow_seconds=0.2))
    try:
        reply = httpx.post(server.url + "/api", json={"infno": "X", "msgid": "m", "inf_time": "", "input": {}})
        assert reply.status_code == 400 and reply.json()["infcode"] == -1
    finally:
        server.stop()


def test_bad_envelope_is_answered_plainly(center):
    reply = httpx.post(center.url + "/api", content=b"not json")
    assert reply.status_code == 400
    reply = httpx.post(center.url + "/api", json={"infno": "1101"})
    assert reply.status_code == 400 and reply.json()["infcode"] == -1 and "msgid" in reply.json()["err_msg"]
    reply = httpx.post(center.url + "/api", json=[1, 2])
    assert reply.status_code == 400 and reply.json()["infcode"] == -1
    reply = httpx.post(center.url + "/api", content=b"[" * 100_000 + b"]" * 100_000)  # nested too deep for a parser
    assert (
        reply.status_code == 400
        and reply.json()["infcode"] == -1
        and reply.headers["content-type"].startswith("application/json")
    )


def test_a_body_over_the_limit_is_refused_without_being_read_whole(center):
    from kiosk.center.server import MAX_BODY_BYTES

    reply = httpx.post(center.url + "/api", content=b" " * (MAX_BODY_BYTES + 1))
    assert reply.status_code == 413 and reply.json()["output"]["reason"] == "too_large"


def test_a_client_that_sends_nothing_is_let_go(center):
    import socket

    from kiosk.center import server as server_module

    host, port = center.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as silent:
        silent.sendall(b"POST /api HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n")  # and then nothing
        silent.settimeout(server_module.READ_TIMEOUT_S + 20)
        answer = silent.recv(1024)  # within the read timeout: a 408 envelope, not a connection held forever
        assert answer.startswith(b"HTTP/1.1 408") and b"read_timeout" in answer


def test_center_service_needs_no_http(tmp_path):
    from sqlalchemy import create_engine

    service = CenterService(create_engine(f"sqlite:///{tmp_path / 'x.db'}"))
    assert len(service.people()) >= 20


def _raw_request(connection, body: bytes) -> bytes:
    """One POST /api over an open socket; the reply's head and body (read to its Content-Length)."""
    connection.sendall(b"POST /api HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
    reply = b""
    while b"\r\n\r\n" not in reply:
        reply += connection.recv(65536)
    head, _, rest = reply.partition(b"\r\n\r\n")
    fields = dict(line.split(b": ", 1) for line in head.split(b"\r\n")[1:])
    length = int(fields[b"Content-Length"])
    while len(rest) < length:
        rest += connection.recv(65536)
    return head + b"\r\n\r\n" + rest


def test_a_connection_carries_one_request_after_another_and_dies_with_the_center(tmp_path):
    """A backlog goes out over kept-open connections (a new one per message cost the center half
    its time); stopping the center still cuts them, or a stopped center would keep answering."""
    import socket

    server = start_center(tmp_path / "k.db")
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        try:
            for _ in range(3):  # three envelopes, one connection, each answered in full
                answer = _raw_request(connection, b'{"infno": "1101"}')
                assert answer.startswith(b"HTTP/1.1 400") and b"Connection: close" not in answer
                assert b'"infcode": -1' in answer
        finally:
            server.stop()
        connection.settimeout(5)
        assert connection.recv(1024) == b""  # hung up by the stop, not left open


def test_a_body_left_unread_closes_its_connection(center):
    """An oversized body is refused unread: what is left of it must not be taken for the next request."""
    import socket

    from kiosk.center.server import MAX_BODY_BYTES

    host, port = center.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(b"POST /api HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % (MAX_BODY_BYTES + 1))
        connection.sendall(b" " * 65536)
        reply = b""
        while b"\r\n\r\n" not in reply:
            reply += connection.recv(65536)
        assert reply.startswith(b"HTTP/1.1 413") and b"Connection: close" in reply
