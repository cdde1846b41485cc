"""Transactions of the simulated center. Documented in docs/center-api.md.

Every request is deduplicated on ``msgid``: the first reply is stored and
returned again for a repeat, so a client may retry safely.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import secrets
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.center import notices
from kiosk.center.models import CenterBase, FamilyBinding, Filing, LedgerEntry, Person, Received, SignIn, Voucher
from kiosk.core.reference_defaults import REFERENCE
from kiosk.center.seed import seed
from kiosk.core import envelope
from kiosk.core.idnumber import age_from_birth
from kiosk.core.masking import mask_name

log = logging.getLogger("kiosk.center")

VOUCHER_TTL = dt.timedelta(seconds=60)
TOKEN_TTL = dt.timedelta(minutes=30)

YIDI_TYPES = {
    "1": ("long", "异地安置退休人员"),
    "2": ("long", "异地长期居住人员"),
    "3": ("long", "常驻异地工作人员"),
    "4": ("temp", "异地转诊就医人员"),
    "5": ("temp", "异地急诊抢救人员"),
    "6": ("temp", "其他临时外出就医人员"),
}


def _bundled_policy_library() -> tuple[str, dict]:
    """The center publishes the library the kiosk ships with, until it has a newer one."""
    from kiosk.policy import ingest
    from kiosk.policy.answer import bundled_library

    data = ingest.load(bundled_library())
    return data["version"], data


class Refused(Exception):
    """A business refusal: infcode -1 with a plain err_msg and a machine reason."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason
        self.message = message


def _money(value) -> str:
    return f"{Decimal(value):.2f}"


def _date(raw: str | None, field: str) -> dt.date | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise Refused("bad_input", f"{field} 不是有效日期") from None


class CenterService:
    def __init__(self, engine: Engine, clock: Callable[[], dt.datetime] = dt.datetime.now, dedup: bool = True):
        self._engine = engine
        self._dedup = dedup  # False only to show what a center that ignores msgid does to a client
        self._clock = clock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # One writer at a time: the simulator favours simple, correct dedup over throughput.
        self._lock = threading.Lock()
        CenterBase.metadata.create_all(engine)
        with self._sessions.begin() as session:
            added = seed(session, clock().date())
        if added:
            log.info("seeded %d demo people", added)
        self._handlers: dict[str, Callable[[Session, dict, dict], dict]] = {
            "9001": self._sign_in,
            "1101": self._person_info,
            "EC00": self._demo_voucher,
            "EC01": self._voucher_decode,
            "2503": self._chronic_file,
            "2504": self._chronic_revoke,
            "5301": self._chronic_query,
            "YD01": self._yidi_file,
            "YD02": self._yidi_revoke,
            "YD03": self._yidi_query,
            "YD04": self._yidi_change,
            "ZH01": self._ledger_query,
            "ZH02": self._family_query,
            "RF01": self._reference,
            "AU01": self._audit_head,
            "FA01": self._reference_photo,
            "LX02": self._rate,  # local extension: 好差评 (kiosk/center/notices.py)
        }
        self.reference = dict(REFERENCE)  # key -> (version, payload); tests may publish a new version
        self.reference["policy_library"] = _bundled_policy_library()
        self.audit_heads: dict[str, tuple[int, str]] = {}
        # psn_no -> the person's reference photo (JPEG/PNG file). The demo ships none (real faces are
        # not ours to ship): tests and demos point it at photos they are allowed to use.
        self.reference_photos: dict[str, Path] = {}

    # -- entry point -------------------------------------------------------
    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        missing = envelope.missing_fields(request)
        if missing:
            return envelope.response(str(request.get("msgid", "")), {"reason": "bad_envelope"}, err_msg="报文缺少字段: " + ",".join(missing))
        msgid, infno = str(request["msgid"]), str(request["infno"])
        now = self._clock()
        with self._lock, self._sessions.begin() as session:
            seen = session.get(Received, msgid)
            if seen is not None and seen.infno != infno:
                # a client bug: one msgid for two different messages; never hand back the other reply
                return envelope.response(msgid, {"reason": "msgid_reused"}, err_msg="报文编号重复", now=now)
            if seen is not None:
                seen.times += 1
                seen.last_at = now
                if self._dedup:
                    return seen.reply
            handler = self._handlers.get(infno)
            payload = request.get("input") or {}
            if handler is None:
                reply = envelope.response(msgid, {"reason": "unknown_infno"}, err_msg=f"不支持的交易 {infno}", now=now)
            else:
                try:
                    with session.begin_nested():
                        reply = envelope.response(msgid, handler(session, payload, request), now=now)
                except Refused as refusal:
                    reply = envelope.response(msgid, {"reason": refusal.reason}, err_msg=refusal.message, now=now)
            if seen is None:
                session.add(Received(msgid=msgid, infno=infno, first_at=now, last_at=now, times=1, reply=reply))
                notices.filing_decided(session, msgid, infno, payload.get("data") or {}, reply, now)  # LX01 SMS
            return reply

    # -- queries used by the CLI ------------------------------------------
    def filings_by_ref(self) -> dict[str, int]:
        """How many filings the center holds for each kiosk_ref (a kiosk msgid): 1 means exactly once."""
        with self._sessions() as session:
            counts: dict[str, int] = {}
            for detail in session.scalars(select(Filing.detail)):
                ref = detail.get("kiosk_ref")
                if ref:
                    counts[ref] = counts.get(ref, 0) + 1
            return counts

    def people(self) -> list[dict[str, Any]]:
        today = self._clock().date()
        with self._sessions() as session:
            rows = session.scalars(select(Person).order_by(Person.psn_no)).all()
            return [self._person_summary(session, p, today) for p in rows]

    def received(self) -> list[dict[str, Any]]:
        with self._sessions() as session:
            rows = session.scalars(select(Received).order_by(Received.first_at, Received.msgid)).all()
            return [
                {"msgid": r.msgid, "infno": r.infno, "times": r.times, "first_at": r.first_at.isoformat(), "last_at": r.last_at.isoformat(),
                 "infcode": r.reply.get("infcode")}
                for r in rows
            ]

    def _person_summary(self, session: Session, p: Person, today: dt.date) -> dict[str, Any]:
        family = session.scalar(select(func.count()).select_from(FamilyBinding).where(FamilyBinding.owner_psn_no == p.psn_no))
        chronic = session.scalar(
            select(func.count()).select_from(Filing).where(Filing.psn_no == p.psn_no, Filing.kind == "chronic", Filing.status == "active")
        )
        return {
            "psn_no": p.psn_no, "certno": p.certno, "name": p.psn_name, "gend": p.gend, "age": age_from_birth(p.brdy, today),
            "insutype": p.insutype, "insuplc_admdvs": p.insuplc_admdvs, "balc": _money(p.balc), "tel": p.tel,
            "family_members": family, "chronic_filings": chronic, "has_face_ref": p.has_face_ref,
        }

    # -- helpers -------------------------------------------------------------
    def _person_by_psn(self, session: Session, data: dict) -> Person:
        """By psn_no, or by certno (a kiosk filing offline does not know the psn_no yet)."""
        person = session.get(Person, str(data.get("psn_no", "")))
        if person is None and data.get("certno"):
            person = session.scalar(select(Person).where(Person.certno == str(data["certno"]).upper()))
        if person is None:
            raise Refused("person_not_found", "查无此人员")
        return person

    def _new_sn(self, prefix: str) -> str:
        return f"{prefix}{self._clock():%Y%m%d%H%M%S}{secrets.randbelow(10**6):06d}"

    # -- transactions --------------------------------------------------------
    def _sign_in(self, session: Session, payload: dict, request: dict) -> dict:
        now = self._clock()
        sign_no = self._new_sn("S")
        session.add(SignIn(sign_no=sign_no, dev_no=str(request.get("dev_no", "")), signed_at=now))
        return {"signinoutb": {"sign_time": f"{now:%Y-%m-%d %H:%M:%S}", "sign_no": sign_no}}

    def _demo_voucher(self, session: Session, payload: dict, request: dict) -> dict:
        """Demo only: mint a code as the person's phone app would show it."""
        certno = str((payload.get("data") or {}).get("certno", ""))
        person = session.scalar(select(Person).where(Person.certno == certno))
        if person is None:
            raise Refused("person_not_found", "查无此人员")
        code = "ECQR" + secrets.token_hex(24).upper()
        expires = self._clock() + VOUCHER_TTL
        session.add(Voucher(qrcode=code, psn_no=person.psn_no, expires_at=expires))
        return {"qrcode": code, "expires_at": expires.isoformat(timespec="seconds")}

    def _voucher_decode(self, session: Session, payload: dict, request: dict) -> dict:
        code = str((payload.get("data") or {}).get("qrCode", ""))
        voucher = session.get(Voucher, code)
        now = self._clock()
        if voucher is None:
            raise Refused("voucher_unknown", "不是有效的医保电子凭证")
        if voucher.used_at is not None:
            raise Refused("voucher_used", "电子凭证已使用过")
        if now > voucher.expires_at:
            raise Refused("voucher_expired", "电子凭证已过期")
        voucher.used_at = now
        voucher.ec_token = secrets.token_hex(16)
        voucher.token_expires_at = now + TOKEN_TTL
        person = session.get(Person, voucher.psn_no)
        return {"ecToken": voucher.ec_token, "idNo": person.certno, "idType": "01", "userName": person.psn_name,
                "insuOrg": person.insuplc_admdvs}

    def _person_info(self, session: Session, payload: dict, request: dict) -> dict:
        data = payload.get("data") or {}
        cert_type = str(data.get("mdtrt_cert_type", ""))
        cert_no = str(data.get("mdtrt_cert_no", ""))
        if cert_type == "01":
            voucher = session.scalar(select(Voucher).where(Voucher.ec_token == cert_no))
            if voucher is None or self._clock() > voucher.token_expires_at:
                raise Refused("token_invalid", "电子凭证令牌无效或已过期")
            person = session.get(Person, voucher.psn_no)
        elif cert_type == "02":
            person = session.scalar(select(Person).where(Person.certno == cert_no.upper()))
        else:
            raise Refused("bad_input", "不支持的就诊凭证类型")
        if person is None:
            raise Refused("person_not_found", "查无此人员参保信息")
        today = self._clock().date()
        return {
            "baseinfo": {
                "psn_no": person.psn_no, "psn_cert_type": "01", "certno": person.certno, "psn_name": person.psn_name,
                "gend": person.gend, "naty": "01", "brdy": person.brdy.isoformat(), "age": age_from_birth(person.brdy, today),
            },
            "insuinfo": [{
                "balc": _money(person.balc), "insutype": person.insutype, "psn_type": "1101" if person.insutype == "310" else "1501",
                "psn_insu_stas": person.psn_insu_stas, "psn_insu_date": "2000-01-01", "paus_insu_date": None,
                "cvlserv_flag": "0", "insuplc_admdvs": person.insuplc_admdvs, "emp_name": person.emp_name,
                "balc_time": self._clock().isoformat(timespec="seconds"),
            }],
            "idetinfo": [],
        }

    def _ledger_query(self, session: Session, payload: dict, request: dict) -> dict:
        data = payload.get("data") or {}
        person = self._person_by_psn(session, data)
        today = self._clock().date()
        begin = _date(data.get("begndate"), "begndate") or today - dt.timedelta(days=365)
        end = _date(data.get("enddate"), "enddate") or today
        page, size = max(1, int(data.get("page", 1))), min(50, max(1, int(data.get("size", 10))))
        query = select(LedgerEntry).where(
            LedgerEntry.psn_no == person.psn_no, LedgerEntry.occurred_on >= begin, LedgerEntry.occurred_on <= end
        )
        total = session.scalar(select(func.count()).select_from(query.subquery()))
        rows = session.scalars(query.order_by(LedgerEntry.occurred_on.desc(), LedgerEntry.id).offset((page - 1) * size).limit(size)).all()
        return {"total": total, "page": page, "size": size, "list": [
            {"date": r.occurred_on.isoformat(), "kind": r.kind, "amount": _money(r.amount), "balc_after": _money(r.balc_after),
             "summary": r.summary} for r in rows]}

    def _family_query(self, session: Session, payload: dict, request: dict) -> dict:
        person = self._person_by_psn(session, payload.get("data") or {})
        members = []
        for binding in session.scalars(select(FamilyBinding).where(FamilyBinding.owner_psn_no == person.psn_no)):
            member = session.get(Person, binding.member_psn_no)
            members.append({
                "psn_no": member.psn_no, "name_masked": mask_name(member.psn_name), "relation": binding.relation,
                "can_view_balance": binding.can_view_balance,
                "balc": _money(member.balc) if binding.can_view_balance else None,
            })
        return {"members": members}

    def _chronic_file(self, session: Session, payload: dict, request: dict) -> dict:
        data = payload.get("data") or {}
        person = self._person_by_psn(session, data)
        code, name = str(data.get("opsp_dise_code", "")), str(data.get("opsp_dise_name", ""))
        if not code or not name:
            raise Refused("bad_input", "缺少病种")
        duplicate = session.scalar(select(Filing).where(
            Filing.psn_no == person.psn_no, Filing.kind == "chronic", Filing.status == "active",
            Filing.detail["opsp_dise_code"].as_string() == code))
        if duplicate is not None:
            raise Refused("already_filed", "该病种已经备案")
        return self._add_filing(session, "chronic", "MT", person, data)

    def _yidi_file(self, session: Session, payload: dict, request: dict) -> dict:
        data = payload.get("data") or {}
        person = self._person_by_psn(session, data)
        if str(data.get("dcla_type", "")) not in YIDI_TYPES:
            raise Refused("bad_input", "备案类型不对")
        if len(str(data.get("mdtrt_admdvs", ""))) != 6:
            raise Refused("bad_input", "就医地代码应为6位")
        return self._add_filing(session, "yidi", "YD", person, data)

    def _add_filing(self, session: Session, kind: str, prefix: str, person: Person, data: dict) -> dict:
        begin = _date(data.get("begndate"), "begndate") or self._clock().date()
        end = _date(data.get("enddate"), "enddate")
        if end is not None and end < begin:
            raise Refused("bad_input", "结束日期早于开始日期")
        sn = self._new_sn(prefix)
        detail = {k: v for k, v in data.items() if k not in ("psn_no", "certno", "begndate", "enddate")}
        session.add(Filing(trt_dcla_detl_sn=sn, kind=kind, psn_no=person.psn_no, detail=detail, begndate=begin, enddate=end,
                           created_at=self._clock()))
        return {"result": {"trt_dcla_detl_sn": sn}}

    def _revoke(self, session: Session, payload: dict, kind: str) -> dict:
        data = payload.get("data") or {}
        person = self._person_by_psn(session, data)
        filing = session.get(Filing, str(data.get("trt_dcla_detl_sn", "")))
        if filing is None and data.get("kiosk_ref"):  # a kiosk may revoke before it learned the serial number
            filing = next((f for f in session.scalars(select(Filing).where(Filing.psn_no == person.psn_no, Filing.kind == kind))
                           if f.detail.get("kiosk_ref") == data["kiosk_ref"]), None)
        if filing is None or filing.psn_no != person.psn_no or filing.kind != kind:
            raise Refused("filing_not_found", "查无此备案")
        if filing.status == "revoked":
            raise Refused("already_revoked", "备案已撤销")
        filing.status = "revoked"
        filing.revoked_at = self._clock()
        return {"result": {"trt_dcla_detl_sn": filing.trt_dcla_detl_sn, "status": "revoked"}}

    def _chronic_revoke(self, session: Session, payload: dict, request: dict) -> dict:
        return self._revoke(session, payload, "chronic")

    def _yidi_revoke(self, session: Session, payload: dict, request: dict) -> dict:
        return self._revoke(session, payload, "yidi")

    def _yidi_change(self, session: Session, payload: dict, request: dict) -> dict:
        """变更 = revoke the old filing and add the new one in one transaction."""
        data = payload.get("data") or {}
        self._revoke(session, payload, "yidi")
        fresh = {k: v for k, v in data.items() if k != "trt_dcla_detl_sn"}
        return self._yidi_file(session, {"data": fresh}, request)

    def _query(self, session: Session, payload: dict, kind: str) -> list[dict]:
        person = self._person_by_psn(session, payload.get("data") or {})
        rows = session.scalars(select(Filing).where(Filing.psn_no == person.psn_no, Filing.kind == kind).order_by(Filing.created_at))
        return [{"trt_dcla_detl_sn": f.trt_dcla_detl_sn, "begndate": f.begndate.isoformat(),
                 "enddate": f.enddate.isoformat() if f.enddate else None, "status": f.status, **f.detail} for f in rows]

    def _reference_photo(self, session: Session, payload: dict, request: dict) -> dict:
        """FA01: the insured person's reference photo for a 1:1 face check at the kiosk."""
        person = self._person_by_psn(session, payload.get("data") or {})
        path = self.reference_photos.get(person.psn_no)
        if path is None or not Path(path).exists():
            raise Refused("no_reference_photo", "没有该人员的人像照片")
        return {"psn_no": person.psn_no, "photo": base64.b64encode(Path(path).read_bytes()).decode("ascii")}

    def _audit_head(self, session: Session, payload: dict, request: dict) -> dict:
        """A terminal's audit chain head, kept so that a cut-off tail of its trail shows."""
        data = payload.get("data") or {}
        count, head = data.get("count"), str(data.get("head", ""))
        if not isinstance(count, int) or count < 0 or len(head) != 64:
            raise Refused("bad_input", "审计链头格式不对")
        self.audit_heads[str(request.get("dev_no", ""))] = (count, head)  # newest wins: the outbox keeps their order
        return {"count": count}

    def _rate(self, session: Session, payload: dict, request: dict) -> dict:
        try:
            return notices.rate(session, str(request["msgid"]), str(request.get("dev_no", "")), payload.get("data") or {},
                                self._clock())
        except notices.RatingRefused as refusal:
            raise Refused("bad_input", str(refusal)) from None

    def sms_sent(self) -> list[dict[str, Any]]:
        with self._sessions() as session:
            return notices.sms_sent(session)

    def ratings(self) -> list[dict[str, Any]]:
        with self._sessions() as session:
            return notices.ratings(session)

    def _reference(self, session: Session, payload: dict, request: dict) -> dict:
        data = payload.get("data") or {}
        key = str(data.get("key", ""))
        if key not in self.reference:
            raise Refused("bad_input", f"没有这类参考数据: {key}")
        version, body = self.reference[key]
        if data.get("version") == version:
            return {"key": key, "version": version, "changed": False}
        return {"key": key, "version": version, "changed": True, "payload": body}

    def _chronic_query(self, session: Session, payload: dict, request: dict) -> dict:
        return {"feedetail": self._query(session, payload, "chronic")}

    def _yidi_query(self, session: Session, payload: dict, request: dict) -> dict:
        return {"filings": self._query(session, payload, "yidi")}
