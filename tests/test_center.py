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


def test_1101_returns_the_balance_for_a_demo_person(client, demo):
    output = client.call("1101", {"data": {"mdtrt_cert_type": "02", "mdtrt_cert_no": demo["certno"]}})
    assert output["baseinfo"]["psn_name"] == demo["name"]
    assert float(output["insuinfo"][0]["balc"]) >= 0
    assert output["insuinfo"][0]["insutype"] in ("310", "390")


def test_unknown_person_is_refused_with_a_reason(client):
    with pytest.raises(CenterRefused) as err:
        client.call("1101", {"data": {"mdtrt_cert_type": "02", "mdtrt_cert_no": "11010519491231002X"}})
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
    data = {"data": {"psn_no": demo["psn_no"], "opsp_dise_code": "E10000", "opsp_dise_name": "糖尿病", "begndate": "2026-12-01"}}
    first = client.call("2503", data, msgid=msgid)
    again = client.call("2503", data, msgid=msgid)
    assert first == again
    filings = client.call("5301", {"data": {"psn_no": demo["psn_no"]}})["feedetail"]
    assert sum(f["opsp_dise_code"] == "E10000" and f["status"] == "active" for f in filings) == 1
    received = {r["msgid"]: r for r in center.app.service.received()}
    assert received[msgid]["times"] == 2


def test_a_msgid_reused_for_another_transaction_is_refused_not_answered_with_the_old_reply(client, demo):
    msgid = client.new_msgid()
    client.call("1101", {"data": {"mdtrt_cert_type": "02", "mdtrt_cert_no": demo["certno"]}}, msgid=msgid)
    with pytest.raises(CenterRefused) as err:
        client.call("ZH02", {"data": {"psn_no": demo["psn_no"]}}, msgid=msgid)
    assert err.value.reason == "msgid_reused"


def test_chronic_filing_can_be_revoked_once(client, demo):
    sn = client.call("2503", {"data": {"psn_no": demo["psn_no"], "opsp_dise_code": "E10000", "opsp_dise_name": "糖尿病"}})[
        "result"]["trt_dcla_detl_sn"]
    client.call("2504", {"data": {"psn_no": demo["psn_no"], "trt_dcla_detl_sn": sn}})
    with pytest.raises(CenterRefused) as err:
        client.call("2504", {"data": {"psn_no": demo["psn_no"], "trt_dcla_detl_sn": sn}})
    assert err.value.reason == "already_revoked"


def test_yidi_filing_change_and_query(client, demo):
    filed = client.call("YD01", {"data": {"psn_no": demo["psn_no"], "dcla_type": "2", "mdtrt_admdvs": "110100",
                                          "begndate": "2026-12-01"}})["result"]["trt_dcla_detl_sn"]
    changed = client.call("YD04", {"data": {"psn_no": demo["psn_no"], "trt_dcla_detl_sn": filed, "dcla_type": "2",
                                            "mdtrt_admdvs": "310100", "begndate": "2026-12-01"}})["result"]["trt_dcla_detl_sn"]
    filings = {f["trt_dcla_detl_sn"]: f for f in client.call("YD03", {"data": {"psn_no": demo["psn_no"]}})["filings"]}
    assert filings[filed]["status"] == "revoked"
    assert filings[changed]["status"] == "active" and filings[changed]["mdtrt_admdvs"] == "310100"


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

    def call(infno, data):
        return service.handle(envelope.request(infno, {"data": data}, msgid=envelope.make_msgid("T"), dev_no="T", admdvs="440100",
                                               fixmedins_code="H", fixmedins_name="H"))

    code = call("EC00", {"certno": demo["certno"]})["output"]["qrcode"]
    decoded = call("EC01", {"qrCode": code})["output"]
    assert decoded["idNo"] == demo["certno"]
    person = call("1101", {"mdtrt_cert_type": "01", "mdtrt_cert_no": decoded["ecToken"]})["output"]
    assert person["baseinfo"]["psn_name"] == demo["name"]
    assert call("EC01", {"qrCode": code})["output"]["reason"] == "voucher_used"
    late = call("EC00", {"certno": demo["certno"]})["output"]["qrcode"]
    now[0] += dt.timedelta(seconds=61)
    assert call("EC01", {"qrCode": late})["output"]["reason"] == "voucher_expired"


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
        msgid = envelope.make_msgid("KIOSK0001")
        body = envelope.request("2503", {"data": {"psn_no": demo["psn_no"], "opsp_dise_code": "E10000", "opsp_dise_name": "糖尿病"}},
                                msgid=msgid, dev_no="K", admdvs="440100", fixmedins_code="H", fixmedins_name="H")
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
        assert reply.status_code == 200 and reply.json()["infcode"] == -1
    finally:
        server.stop()


def test_bad_envelope_is_answered_plainly(center):
    reply = httpx.post(center.url + "/api", content=b"not json")
    assert reply.status_code == 400
    reply = httpx.post(center.url + "/api", json={"infno": "1101"})
    assert reply.json()["infcode"] == -1 and "msgid" in reply.json()["err_msg"]


def test_center_service_needs_no_http(tmp_path):
    from sqlalchemy import create_engine

    service = CenterService(create_engine(f"sqlite:///{tmp_path / 'x.db'}"))
    assert len(service.people()) >= 20
