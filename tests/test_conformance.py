"""Conformance: the simulated center is as strict as the national platform, and the kiosk speaks it.

For each transaction a request is built field by field as public hospital-system clients build it
(the source of each list is named above it) and must be accepted; for each required field a request
without it, with a wrong type, or with a wrong format must be refused with infcode -1 and a reason
that names the field. Then the kiosk's own client runs every transaction it sends against the same
strict center. Everything goes over real HTTP on loopback.
"""

from __future__ import annotations

import copy
import datetime as dt
import random

import httpx
import pytest

from kiosk.core import envelope

SENDER = "H44010000001"
TODAY = dt.date.today()


def post(center, body) -> dict:
    reply = httpx.post(center.url + "/api", json=body, timeout=10)
    assert reply.headers["content-type"].startswith("application/json")  # never an HTML error page
    return reply.json()


def wrap(infno: str, payload: dict, sign_no: str = "", **overrides) -> dict:
    """The envelope as binzhe12123/Medical SZSI_Smart/Model/SYB/SYBCommon.cs (InCommon) lists it."""
    body = envelope.request(
        infno,
        payload,
        msgid=envelope.make_msgid(SENDER),
        dev_no="CONFORMANCE01",
        admdvs="440100",
        fixmedins_code=SENDER,
        fixmedins_name="医保服务大厅",
        sign_no=sign_no,
    )
    body.update(overrides)
    return body


@pytest.fixture(scope="module")
def strict(tmp_path_factory):
    """One strict center for the many field-by-field cases (refusals change nothing there)."""
    from kiosk.center.server import start_center

    server = start_center(tmp_path_factory.mktemp("strict") / "center.db")
    yield server
    server.stop()


@pytest.fixture
def sign_no(center):
    # 9001 as binzhe12123/Medical SZSI_Smart/Model/SYB/QD9001.cs (In9001: opter_no, mac, ip)
    reply = post(
        center, wrap("9001", {"signIn": {"opter_no": "T001", "mac": "00-16-3E-12-34-56", "ip": "192.168.1.20"}})
    )
    assert reply["infcode"] == 0
    return reply["output"]["signinoutb"]["sign_no"]


@pytest.fixture(scope="module")
def strict_sign_no(strict):
    reply = post(
        strict, wrap("9001", {"signIn": {"opter_no": "T001", "mac": "00-16-3E-12-34-56", "ip": "192.168.1.20"}})
    )
    return reply["output"]["signinoutb"]["sign_no"]


def _people(center):
    everyone = center.app.service.people()
    return {
        "filed": everyone[0],
        "fresh": next(p for p in everyone if not p["chronic_filings"] and not p["family_members"]),
        "card": everyone[3],
    }


@pytest.fixture
def people(center):
    return _people(center)


@pytest.fixture(scope="module")
def strict_people(strict):
    return _people(strict)


def public_requests(center, people, sign_no) -> dict[str, tuple[str, dict]]:
    """infno -> (input key, data), each built from the public client code named in the comment."""
    filed, fresh, card = people["filed"], people["fresh"], people["card"]
    voucher = post(center, wrap("EC00", {"data": {"certno": fresh["certno"]}}, sign_no))["output"]["qrcode"]
    hospital = ("H44010400001", "广州市第一人民医院")
    return {
        # newtouch-cloud/openhis WinServiceAPI/YiBaoInterface/Models/Input/Input_9001.cs (signIn)
        "9001": ("signIn", {"opter_no": "T001", "mac": "00-16-3E-12-34-56", "ip": "192.168.1.20"}),
        # openhis Models/Input/Input_1101.cs: mdtrt_cert_type 02 = 身份证, with psn_cert_type, certno, psn_name
        "1101": (
            "data",
            {
                "mdtrt_cert_type": "02",
                "mdtrt_cert_no": filed["certno"],
                "card_sn": "",
                "begntime": "",
                "psn_cert_type": "01",
                "certno": filed["certno"],
                "psn_name": filed["name"],
            },
        ),
        # the same, 03 = 社保卡: card number in mdtrt_cert_no and its 卡识别码 in card_sn ("类型为03时必填")
        "1101-03": (
            "data",
            {
                "mdtrt_cert_type": "03",
                "mdtrt_cert_no": card["card_no"],
                "card_sn": card["card_sn"],
                "psn_cert_type": "01",
                "certno": card["certno"],
                "psn_name": card["name"],
            },
        ),
        # openhis Models/Input/Input_1162.cs: the e-voucher decode with ecQrCode, deviceType SelfService
        "1162": (
            "data",
            {
                "orgId": SENDER,
                "businessType": "01101",
                "operatorId": "T001",
                "operatorName": "自助终端",
                "officeId": "440100",
                "officeName": "医保服务大厅",
                "deviceType": "SelfService",
                "mdtrt_cert_type": "1",
                "ecQrCode": voucher,
                "businessInfo": "",
                "termId": "CONFORMANCE01",
                "termIp": "192.168.1.20",
            },
        ),
        # openhis Models/Input/Input_2503.cs: all fourteen fields, as the appraising hospital sends them
        "2503": (
            "data",
            {
                "psn_no": fresh["psn_no"],
                "insutype": fresh["insutype"],
                "opsp_dise_code": "M03900",
                "opsp_dise_name": "高血压",
                "tel": "13800138000",
                "addr": "广州市天河区",
                "insu_optins": fresh["insuplc_admdvs"],
                "ide_fixmedins_no": hospital[0],
                "ide_fixmedins_name": hospital[1],
                "hosp_ide_date": TODAY.isoformat(),
                "diag_dr_codg": "D0001",
                "diag_dr_name": "李医生",
                "begndate": TODAY.isoformat(),
                "enddate": "",
            },
        ),
        # openhis Models/Input/Input_2504.cs: trt_dcla_detl_sn, psn_no, memo (the reason, required)
        "2504": (
            "data",
            {"trt_dcla_detl_sn": f"MT{filed['psn_no']}00", "psn_no": filed["psn_no"], "memo": "本人申请撤销"},
        ),
        # openhis Models/Input/Input_5301.cs: psn_no
        "5301": ("data", {"psn_no": filed["psn_no"]}),
    }


LOCAL = {  # local extensions (docs/center-api.md), validated the same way
    "YD01": (
        "data",
        lambda p: {
            "psn_cert_type": "01",
            "certno": p["fresh"]["certno"],
            "dcla_type": "4",
            "mdtrt_admdvs": "310100",
            "begndate": TODAY.isoformat(),
            "enddate": (TODAY + dt.timedelta(days=200)).isoformat(),
            "tel": "13800138000",
            "promise_flag": "0",
            "supp_flag": "1",
            "filed_by": "self",
        },
    ),
    "YD03": ("data", lambda p: {"psn_cert_type": "01", "certno": p["fresh"]["certno"]}),
    "MT01": (
        "data",
        lambda p: {
            "psn_cert_type": "01",
            "certno": p["fresh"]["certno"],
            "opsp_dise_code": "M01600",
            "opsp_dise_name": "糖尿病",
            "ide_fixmedins_no": "H44010400003",
            "ide_fixmedins_name": "广东省人民医院",
            "tel": "13800138000",
            "filed_by": "self",
        },
    ),
    "MT02": ("data", lambda p: {"psn_cert_type": "01", "certno": p["fresh"]["certno"]}),
    "ZH01": ("data", lambda p: {"psn_no": p["filed"]["psn_no"], "page": 1, "size": 10}),
    "ZH02": ("data", lambda p: {"psn_no": p["filed"]["psn_no"]}),
    "RF01": ("data", lambda p: {"key": "admdvs", "version": ""}),
    "AU01": ("data", lambda p: {"count": 1, "head": "a" * 64, "links": []}),
    "EC00": ("data", lambda p: {"certno": p["fresh"]["certno"]}),
}

# Required fields, as the public client code marks them (Y), and a wrong format for each where the spec has one.
REQUIRED = {
    "9001": {"opter_no": None, "mac": "not-a-mac", "ip": "999.1.1.1"},
    "1101": {"mdtrt_cert_type": "09", "mdtrt_cert_no": None, "psn_cert_type": "XX"},
    "1101-03": {"card_sn": "!!"},
    "1162": {
        "orgId": None,
        "businessType": "1",
        "operatorId": None,
        "operatorName": None,
        "officeId": None,
        "officeName": None,
        "ecQrCode": None,
    },
    "2503": {
        "psn_no": None,
        "insutype": "999",
        "opsp_dise_code": "ZZZ",
        "opsp_dise_name": "别的病",
        "insu_optins": "44",
        "ide_fixmedins_no": "H99999999999",
        "ide_fixmedins_name": "别的医院",
        "hosp_ide_date": "2026/12/01",
        "diag_dr_codg": None,
        "diag_dr_name": None,
        "begndate": "12-01-2026",
    },
    "2504": {"trt_dcla_detl_sn": "MT-1/2", "psn_no": None, "memo": None},
    "5301": {"psn_no": None},
    "YD01": {
        "psn_cert_type": "02",
        "certno": "11010519491231002Y",
        "dcla_type": "7",
        "mdtrt_admdvs": "999999",
        "begndate": "9999-12-31",
        "enddate": TODAY.isoformat(),
        "tel": "12345",
        "promise_flag": "false",
        "supp_flag": "3",
        "filed_by": "robot",
    },
    "MT01": {
        "psn_cert_type": None,
        "certno": "123",
        "opsp_dise_code": "E10000",
        "opsp_dise_name": "冠心病",
        "ide_fixmedins_no": "H00000000000",
        "ide_fixmedins_name": None,
        "tel": "call me",
        "filed_by": None,
    },
    "AU01": {"count": None, "head": "xyz", "links": None},
}
ENVELOPE_REQUIRED = {
    "infno": "11-1",
    "msgid": "H4401000000120261302250000001",
    "mdtrtarea_admvs": "4401",
    "recer_sys_code": "X" * 11,
    "infver": "1.0",
    "opter_type": "9",
    "opter": "X" * 31,
    "opter_name": "X" * 51,
    "inf_time": "whenever",
    "fixmedins_code": "H4401",
    "fixmedins_name": "X" * 21,
    "input": None,
}


def _cases():
    for infno, fields in REQUIRED.items():
        for name, bad_format in fields.items():
            yield pytest.param(infno, name, "missing", None, id=f"{infno}-{name}-missing")
            yield pytest.param(infno, name, "type", None, id=f"{infno}-{name}-type")
            if bad_format is not None:
                yield pytest.param(infno, name, "format", bad_format, id=f"{infno}-{name}-format")


def _request(center, people, sign_no, infno):
    if infno in LOCAL:
        key, make = LOCAL[infno]
        return infno, key, make(people)
    key, data = public_requests(center, people, sign_no)[infno]
    return infno.split("-")[0], key, data


@pytest.mark.parametrize("infno", ["9001", "1101", "1101-03", "1162", "2503", "2504", "5301", *LOCAL])
def test_a_request_built_as_public_clients_build_it_is_accepted(strict, strict_people, strict_sign_no, infno):
    center, people, sign_no = strict, strict_people, strict_sign_no
    code, key, data = _request(center, people, sign_no, infno)
    reply = post(center, wrap(code, {key: data}, sign_no))
    assert reply["infcode"] == 0, reply["err_msg"]
    assert envelope.REFMSGID_RE.match(reply["inf_refmsgid"]) and reply["inf_refmsgid"].startswith("440100")
    assert len(reply["refmsg_time"]) == len(reply["respond_time"]) == 17


@pytest.mark.parametrize("infno, field, how, bad", list(_cases()))
def test_each_required_field_missing_mistyped_or_malformed_is_refused_naming_it(
    strict, strict_people, strict_sign_no, infno, field, how, bad
):
    center, people, sign_no = strict, strict_people, strict_sign_no
    code, key, data = _request(center, people, sign_no, infno)
    data = copy.deepcopy(data)
    if how == "missing":
        data.pop(field)
    elif how == "type":
        data[field] = {"count": "1"} if field == "count" else ({"x": 1} if field == "links" else 12345)
    else:
        data[field] = bad
    reply = post(center, wrap(code, {key: data}, sign_no))
    assert reply["infcode"] == -1
    assert field in reply["err_msg"] and reply["output"]["field"] == field, reply["err_msg"]


@pytest.mark.parametrize("field, bad", list(ENVELOPE_REQUIRED.items()), ids=list(ENVELOPE_REQUIRED))
@pytest.mark.parametrize("how", ["missing", "type", "format"])
def test_each_required_envelope_field_is_checked(strict, strict_people, strict_sign_no, field, bad, how):
    center, people, sign_no = strict, strict_people, strict_sign_no
    body = wrap("5301", {"data": {"psn_no": people["filed"]["psn_no"]}}, sign_no)
    if how == "missing":
        body.pop(field)
    elif how == "type":
        body[field] = 2 if field != "input" else "text"
    elif bad is None:
        pytest.skip(f"{field} has no format beyond its type")
    else:
        body[field] = bad
    reply = httpx.post(center.url + "/api", json=body, timeout=10)
    assert reply.status_code == 400 and reply.json()["infcode"] == -1
    assert field in reply.json()["err_msg"] and reply.json()["output"]["field"] == field


def test_the_msgid_must_start_with_the_sender_and_carry_a_real_time(center, sign_no, people):
    body = wrap("5301", {"data": {"psn_no": people["filed"]["psn_no"]}}, sign_no)
    body["msgid"] = "H44010000002" + body["msgid"][12:]  # another institution's code
    assert post(center, body)["output"]["field"] == "msgid"
    body["msgid"] = SENDER + "20261399250000" + "0001"  # month 13
    assert "时间" in post(center, body)["err_msg"]


def test_every_transaction_but_sign_in_needs_a_sign_no_the_center_gave(center, people):
    body = wrap("5301", {"data": {"psn_no": people["filed"]["psn_no"]}})
    assert post(center, body)["output"]["field"] == "sign_no"
    body = wrap("5301", {"data": {"psn_no": people["filed"]["psn_no"]}}, "20261202000000FAKE")
    assert post(center, body)["output"]["reason"] == "sign_no_invalid"


def test_1101_refuses_another_persons_name_and_a_wrong_card_sn(center, people, sign_no):
    _, key, data = _request(center, people, sign_no, "1101")
    reply = post(center, wrap("1101", {key: {**data, "psn_name": "王小明"}}, sign_no))
    assert reply["infcode"] == -1 and reply["output"]["reason"] == "name_mismatch" and "psn_name" in reply["err_msg"]
    _, key, data = _request(center, people, sign_no, "1101-03")
    reply = post(center, wrap("1101", {key: {**data, "card_sn": "0" * 32}}, sign_no))
    assert reply["output"]["reason"] == "card_invalid" and "card_sn" in reply["err_msg"]


def test_a_byte_identical_repeat_gets_the_first_reply_and_a_changed_body_a_distinct_refusal(center, people, sign_no):
    _, key, data = _request(center, people, sign_no, "YD01")
    body = wrap("YD01", {key: data}, sign_no)
    first, again = post(center, body), post(center, body)
    assert first["infcode"] == 0 and again == first
    changed = copy.deepcopy(body)
    changed["input"]["data"]["mdtrt_admdvs"] = "110100"
    refused = post(center, changed)
    assert refused["infcode"] == -1 and refused["output"]["reason"] == "msgid_conflict"
    assert refused["inf_refmsgid"] != first["inf_refmsgid"]
    held = [f for f in center.app.service.filings(people["fresh"]["certno"]) if f["kind"] == "yidi"]
    assert [f["mdtrt_admdvs"] for f in held] == ["310100"]  # the change was not applied


# -- the kiosk's own client against the strict center ----------------------------------------------


def test_the_kiosk_client_speaks_every_transaction_it_sends_without_a_format_refusal(
    kiosk_home, center, tmp_path, demo
):
    from kiosk import config as config_module
    from kiosk.core.filing import parse
    from kiosk.flows.account import family_members, ledger_page
    from kiosk.flows.identify import lookup_by_id_number, lookup_by_voucher
    from kiosk.flows.my_filings import list_filings
    from kiosk.store import audit
    from kiosk.store.db import open_store
    from kiosk.sync import outbox, reference
    from kiosk.sync.client import CenterClient, CenterRefused
    from kiosk.sync.policy_update import pull_policy
    from kiosk.sync.worker import SyncWorker

    cfg = config_module.load(center_url=center.url)
    client = CenterClient(cfg, center.url)
    person = lookup_by_id_number(client, demo["certno"])  # 9001, 1101 (02)
    code = client.call("EC00", {"data": {"certno": demo["certno"]}})["qrcode"]
    assert lookup_by_voucher(client, code).psn_no == person.psn_no  # 1162, 1101 (01)
    assert ledger_page(client, person.psn_no, 1).rows  # ZH01
    family_members(client, person.psn_no)  # ZH02
    sessions = open_store(tmp_path / "kiosk.db")
    assert set(reference.pull(sessions, client).values()) == {"updated"}  # RF01
    assert pull_policy(client, kiosk_home) in ("updated", "unchanged")  # RF01 policy_library
    with pytest.raises(CenterRefused) as err:
        client.call("FA01", {"data": {"certno": demo["certno"]}})  # FA01: no photo in the demo
    assert err.value.reason == "no_reference_photo"
    fresh = next(p for p in center.app.service.people() if not p["chronic_filings"] and not p["family_members"])
    with sessions.begin() as session:
        filings = [
            outbox.queue_filing(
                session, parse(data), terminal_id=cfg.terminal_id, person=fresh["psn_no"], sender=cfg.fixmedins_code
            )[0]
            for data in (
                {
                    "kind": "yidi-long",
                    "certno": fresh["certno"],
                    "begndate": TODAY.isoformat(),
                    "dcla_type": "1",
                    "mdtrt_admdvs": "110100",
                    "tel": "13800138000",
                    "promise": True,
                },
                {
                    "kind": "yidi-temp",
                    "certno": fresh["certno"],
                    "begndate": TODAY.isoformat(),
                    "dcla_type": "6",
                    "mdtrt_admdvs": "640100",
                    "tel": "13800138000",
                    "after_visit": "self_paid",
                },
                {
                    "kind": "chronic",
                    "certno": fresh["certno"],
                    "begndate": TODAY.isoformat(),
                    "disease_code": "M07801",
                    "hospital": "H44010400002",
                    "tel": "13800138000",
                },
                {
                    "kind": "chronic",
                    "certno": fresh["certno"],
                    "begndate": TODAY.isoformat(),
                    "disease_code": "M04600",
                    "hospital": "H44010400002",
                    "tel": "13800138000",
                },
            )
        ]
        outbox.queue_revoke(session, filings[0], terminal_id=cfg.terminal_id, sender=cfg.fixmedins_code)  # YD02 (undo)
        outbox.queue_revoke(session, filings[3], terminal_id=cfg.terminal_id, sender=cfg.fixmedins_code)  # MT03
        audit.append(session, actor_type="system", actor="test", action="conformance")
        outbox.queue_audit_head(session, terminal_id=cfg.terminal_id, sender=cfg.fixmedins_code)  # AU01
    worker = SyncWorker(sessions, client, rng=random.Random(1))
    assert worker.drain(timeout_s=20) == {"pending": 0}  # YD01, MT01, YD02, MT03, AU01
    center.app.service.hospital_registers(fresh["certno"], "M07801")  # the hospital's 2503
    items = list_filings(client, fresh["certno"])  # YD03, MT02, 1101, 5301
    dialysis = next(i for i in items if i.code == "M07801")
    assert dialysis.status == "active" and dialysis.sn and dialysis.green  # green channel: in effect the same day
    with sessions.begin() as session:
        outbox.queue_center_revoke(
            session,
            kind="chronic",
            certno=fresh["certno"],
            person=fresh["psn_no"],
            sn=dialysis.sn,
            terminal_id=cfg.terminal_id,
            sender=cfg.fixmedins_code,
        )  # 2504
    assert worker.drain(timeout_s=10) == {"pending": 0}
    client.close()
    with sessions() as session:
        assert outbox.status(session)["dead"] == 0
    mine = [r for r in center.app.service.received() if r["msgid"].startswith(cfg.fixmedins_code)]
    sent = {r["infno"] for r in mine}
    assert {
        "9001",
        "1101",
        "1162",
        "ZH01",
        "ZH02",
        "RF01",
        "FA01",
        "YD01",
        "YD02",
        "YD03",
        "MT01",
        "MT02",
        "MT03",
        "5301",
        "2504",
        "AU01",
    } <= sent
    assert not [r for r in mine if r["reason"] in ("bad_input", "bad_envelope", "msgid_conflict", "sign_no_invalid")]


def test_a_changed_body_under_a_used_msgid_is_a_dead_letter_for_staff_never_accepted(
    kiosk_home, center, tmp_path, demo
):
    """A terminal restored from another's disk image (same id, same institution code) queues in the same
    second as the original: the same msgid, two bodies. Staff's send-again gives it a new msgid."""
    from kiosk import config as config_module
    from kiosk.core.filing import parse
    from kiosk.flows.staff_queue import retry_now, waiting
    from kiosk.store.db import open_store
    from kiosk.store.models import Filing
    from kiosk.sync import outbox
    from kiosk.sync.client import CenterClient
    from kiosk.sync.worker import SyncWorker

    cfg = config_module.load(center_url=center.url)
    now = dt.datetime.now().replace(microsecond=0)
    stores = []
    for n, place in enumerate(("110100", "310100")):
        sessions = open_store(tmp_path / f"k{n}" / "kiosk.db")
        with sessions.begin() as session:
            filing, message = outbox.queue_filing(
                session,
                parse(
                    {
                        "kind": "yidi-temp",
                        "certno": demo["certno"],
                        "begndate": TODAY.isoformat(),
                        "dcla_type": "6",
                        "mdtrt_admdvs": place,
                        "tel": "13800138000",
                    }
                ),
                terminal_id="HALL01-K01",
                person="p",
                now=now,
                sender=cfg.fixmedins_code,
            )
            stores.append((sessions, filing.id, message.msgid))
    assert stores[0][2] == stores[1][2]
    for sessions, _, _ in stores:
        SyncWorker(sessions, CenterClient(cfg, center.url), rng=random.Random(1)).drain(timeout_s=10)
    (first, first_id, _), (second, second_id, _) = stores
    with first() as session:
        assert session.get(Filing, first_id).status == "accepted"
    with second() as session:
        filing = session.get(Filing, second_id)
        assert filing.status == "refused" and filing.center_sn is None
        assert filing.payload["refusal"]["reason"] == "msgid_conflict"
        shown = waiting(session)
    assert [(i.status, i.reason) for i in shown] == [("dead", "refused_msgid_conflict")]
    assert [f["mdtrt_admdvs"] for f in center.app.service.filings(demo["certno"]) if f["kind"] == "yidi"] == ["110100"]
    with second.begin() as session:
        assert retry_now(session, "1001") == 1
    SyncWorker(second, CenterClient(cfg, center.url), rng=random.Random(1)).drain(timeout_s=10)
    with second() as session:
        assert session.get(Filing, second_id).status == "accepted"
    assert sorted(f["mdtrt_admdvs"] for f in center.app.service.filings(demo["certno"]) if f["kind"] == "yidi") == [
        "110100",
        "310100",
    ]
    assert sorted(center.app.service.filings_by_ref().values()) == [1, 1]  # each once


def test_terminals_of_one_hall_filing_in_the_same_second_get_different_msgids(tmp_path, demo):
    from kiosk.core.filing import parse
    from kiosk.store.db import open_store
    from kiosk.sync import outbox

    now = dt.datetime.now().replace(microsecond=0)
    msgids = set()
    for terminal in ("HALL01-K01", "HALL01-K02", "HALL01-K03"):
        sessions = open_store(tmp_path / terminal / "kiosk.db")
        with sessions.begin() as session:
            for _ in range(3):
                msgids.add(
                    outbox.queue_filing(
                        session,
                        parse(
                            {
                                "kind": "yidi-temp",
                                "certno": demo["certno"],
                                "dcla_type": "6",
                                "begndate": TODAY.isoformat(),
                                "mdtrt_admdvs": "310100",
                                "tel": "13800138000",
                            }
                        ),
                        terminal_id=terminal,
                        person="p",
                        now=now,
                        sender=SENDER,
                    )[1].msgid
                )
    assert len(msgids) == 9 and all(m.startswith(SENDER) and len(m) == 30 for m in msgids)


def test_a_busy_platform_is_retried_and_a_reply_for_another_message_is_not_taken(kiosk_home, tmp_path, demo):
    from kiosk import config as config_module
    from kiosk.center.server import CenterApp, CenterServer, Faults, open_service
    from kiosk.core.filing import parse
    from kiosk.store.db import open_store
    from kiosk.sync import outbox
    from kiosk.sync.client import CenterClient, Outcome
    from kiosk.sync.worker import SyncWorker

    app = CenterApp(open_service(tmp_path / "c.db"), Faults(busy_rate=1.0), rng=random.Random(0))
    server = CenterServer(app).start_in_thread()
    try:
        cfg = config_module.load(center_url=server.url)
        sessions = open_store(tmp_path / "kiosk.db")
        with sessions.begin() as session:
            _, message = outbox.queue_filing(
                session,
                parse(
                    {
                        "kind": "yidi-temp",
                        "certno": demo["certno"],
                        "dcla_type": "6",
                        "begndate": TODAY.isoformat(),
                        "mdtrt_admdvs": "310100",
                        "tel": "13800138000",
                    }
                ),
                terminal_id="K01",
                person="p",
                sender=cfg.fixmedins_code,
            )
            message_id = message.id
        worker = SyncWorker(sessions, CenterClient(cfg, server.url), rng=random.Random(1))
        assert worker.deliver(message_id) is Outcome.BUSY  # infcode -1 系统繁忙: transient, not a dead letter
        app.faults = Faults()
        assert worker.deliver(message_id) is Outcome.OK

        class Replay(httpx.BaseTransport):  # a gateway that answers every call with one cached reply
            def __init__(self):
                self.inner, self.cached = httpx.HTTPTransport(), None

            def handle_request(self, request):
                sign_in = b'"9001"' in request.content
                if sign_in or self.cached is None:
                    response = self.inner.handle_request(request)
                    content = response.read()
                    if not sign_in:
                        self.cached = content
                    return httpx.Response(response.status_code, headers=response.headers, content=content)
                return httpx.Response(200, headers={"content-type": "application/json"}, content=self.cached)

            def close(self):  # the center keeps connections open: the inner one is hung up with the client
                self.inner.close()

        client = CenterClient(cfg, server.url, transport=Replay())
        first = client.send(
            "YD03", {"data": {"psn_cert_type": "01", "certno": demo["certno"]}}, msgid=client.new_msgid()
        )
        second = client.send(
            "YD03", {"data": {"psn_cert_type": "01", "certno": demo["certno"]}}, msgid=client.new_msgid()
        )
        assert first.outcome is Outcome.OK and second.outcome is Outcome.BROKEN and "another message" in second.message
    finally:
        server.stop()


def test_infcode_is_read_as_the_spec_types_it():
    assert envelope.infcode_of({"infcode": 0}) == 0 and envelope.infcode_of({"infcode": "0"}) == 0
    assert envelope.infcode_of({"infcode": -1}) == -1 and envelope.infcode_of({"infcode": "-1"}) == -1
    assert envelope.infcode_of({"infcode": True}) is None and envelope.infcode_of({"infcode": "ok"}) is None
    assert envelope.infcode_of({"infcode": 0.0}) is None
