"""Transactions of the simulated center. Documented in docs/center-api.md.

Every request is deduplicated on ``msgid``: the first reply is stored and
returned again for a repeat, so a client may retry safely.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import logging
import secrets
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.center import notices, schema
from kiosk.center.models import (
    Application,
    AuditHead,
    CenterBase,
    FamilyBinding,
    Filing,
    LedgerEntry,
    Person,
    Received,
    SignIn,
    Voucher,
)
from kiosk.center.seed import card_of, seed
from kiosk.core import envelope
from kiosk.core.filing import DATE_WINDOW, add_months
from kiosk.core.idnumber import age_from_birth
from kiosk.core.masking import mask_name
from kiosk.core.reference_defaults import HOSPITALS, REFERENCE, city_codes, disease_table

log = logging.getLogger("kiosk.center")

VOUCHER_TTL = dt.timedelta(seconds=60)
TOKEN_TTL = dt.timedelta(minutes=30)

DISEASES = disease_table()


def _bundled_policy_library() -> tuple[str, dict]:
    """The center publishes the library the kiosk ships with, until it has a newer one."""
    from kiosk.policy import ingest
    from kiosk.policy.answer import bundled_library

    data = ingest.load(bundled_library())
    return data["version"], data


class Refused(Exception):
    """A business refusal: infcode -1 with a plain err_msg and a machine reason."""

    def __init__(self, reason: str, message: str, field: str = ""):
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.field = field


def _money(value) -> str:
    return f"{Decimal(value):.2f}"


def _day(raw: str | None) -> dt.date | None:
    return dt.date.fromisoformat(raw) if raw else None  # the schema checked the format


def add_working_days(day: dt.date, days: int) -> dt.date:
    """Monday-Friday; public holidays are the 参保地's calendar, not modelled here."""
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


class CenterService:
    def __init__(
        self,
        engine: Engine,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        dedup: bool = True,
        admdvs: str = "440100",
    ):
        self._engine = engine
        self._dedup = dedup  # False only to show what a center that ignores msgid does to a client
        self._clock = clock
        self.admdvs = admdvs  # the receiver's 区划 in inf_refmsgid
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # One writer at a time: the simulator favours simple, correct dedup over throughput.
        self._lock = threading.Lock()
        CenterBase.metadata.create_all(engine)
        _add_missing_columns(engine)
        with self._sessions.begin() as session:
            added = seed(session, clock().date())
        if added:
            log.info("seeded %d demo people", added)
        self._serial = itertools.count(secrets.randbelow(10**9) * 10)
        # numbers handed out: a random start, then counting, so two filings of one second never
        # share a number (six random digits did, about once in a drain of ten thousand)
        self._sn_serial = itertools.count(secrets.randbelow(10**6))
        self._sign_nos: set[str] = set()  # sign-ins are never withdrawn: one found need not be looked up again
        # every msgid this center may hold (a superset of its received table, read at the first
        # request): a new msgid, nearly every request, is then not looked up in the table at all
        self._maybe_received: set[str] | None = None
        T = tuple  # (handler, input key, specs) per transaction; docs/center-api.md lists them
        self._handlers: dict[str, T] = {
            "9001": (self._sign_in, "signIn", schema.SIGN_IN),
            "1101": (self._person_info, "data", schema.PERSON_INFO),
            "1162": (self._voucher_decode, "data", schema.VOUCHER_DECODE),
            "2503": (self._chronic_file, "data", schema.CHRONIC_FILE),
            "2504": (self._chronic_revoke, "data", schema.CHRONIC_REVOKE),
            "5301": (self._chronic_query, "data", schema.CHRONIC_QUERY),
            "EC00": (self._demo_voucher, "data", schema.DEMO_VOUCHER),
            "MT01": (self._chronic_apply, "data", schema.CHRONIC_APPLY),
            "MT02": (self._chronic_progress, "data", schema.BY_PERSON),
            "MT03": (self._chronic_withdraw, "data", schema.CHRONIC_WITHDRAW),
            "YD01": (self._yidi_file, "data", schema.YIDI_FILE),
            "YD02": (self._yidi_revoke, "data", schema.YIDI_REVOKE),
            "YD03": (self._yidi_query, "data", schema.BY_PERSON),
            "YD04": (self._yidi_change, "data", schema.YIDI_CHANGE),
            "ZH01": (self._ledger_query, "data", schema.LEDGER),
            "ZH02": (self._family_query, "data", schema.BY_PSN_NO),
            "RF01": (self._reference, "data", schema.REFERENCE),
            "AU01": (self._audit_head, "data", schema.AUDIT_HEAD),
            "FA01": (self._reference_photo, "data", (schema.WHO[1],)),
            "LX02": (self._rate, "data", notices.RATING),  # local extension: 好差评 (kiosk/center/notices.py)
        }
        self.reference = dict(REFERENCE)  # key -> (version, payload); tests may publish a new version
        self.reference["policy_library"] = _bundled_policy_library()
        # psn_no -> the person's reference photo (JPEG/PNG file). The demo ships none (real faces are
        # not ours to ship): tests and demos point it at photos they are allowed to use.
        self.reference_photos: dict[str, Path] = {}

    # -- entry point -------------------------------------------------------
    def _refmsgid(self, now: dt.datetime) -> str:
        return envelope.make_refmsgid(self.admdvs, now, next(self._serial))

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        now = self._clock()
        try:
            schema.check_envelope(request)
        except schema.Invalid as bad:
            return envelope.response(
                self._refmsgid(now),
                {"reason": "bad_envelope", "field": bad.field},
                err_msg=bad.message,
                received=now,
                now=now,
            )
        try:
            return self._apply(request, now)
        except IntegrityError:  # another center process on this database took the msgid first: look again
            self._maybe_received = None
            return self._apply(request, now)

    def _apply(self, request: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
        """One checked envelope, applied at most once per msgid, in one transaction."""
        msgid, infno = request["msgid"], request["infno"]
        digest = envelope.body_digest(request)
        with self._lock, self._sessions.begin() as session:
            if self._maybe_received is None:
                self._maybe_received = set(session.scalars(select(Received.msgid)))
            if infno != "9001" and not self._signed_in(session, request["sign_no"]):
                return envelope.response(
                    self._refmsgid(now),
                    {"reason": "sign_no_invalid", "field": "sign_no"},
                    err_msg="sign_no（交易签到流水号）无效，请重新签到（9001）",
                    received=now,
                    now=now,
                )
            seen = session.get(Received, msgid) if msgid in self._maybe_received else None
            if seen is not None and (seen.infno != infno or (seen.digest or digest) != digest):
                # one msgid, two different messages: never hand back the other's reply, never apply this one
                return envelope.response(
                    self._refmsgid(now),
                    {"reason": "msgid_conflict", "field": "msgid"},
                    err_msg="msgid（发送方报文ID）已用于另一笔内容不同的交易，本次没有办理",
                    received=now,
                    now=now,
                )
            if seen is not None:
                seen.times += 1
                seen.last_at = now
                if self._dedup:
                    return seen.reply
            refmsgid = self._refmsgid(now)
            entry = self._handlers.get(infno)
            if entry is None:
                reply = envelope.response(
                    refmsgid,
                    {"reason": "unknown_infno", "field": "infno"},
                    err_msg=f"infno（交易编号）{infno} 不是本中心支持的交易",
                    received=now,
                    now=now,
                )
            else:
                handler, key, specs = entry
                try:
                    data = schema.check(request["input"].get(key), specs, where=f"input.{key}")
                    with session.begin_nested():
                        reply = envelope.response(
                            refmsgid, handler(session, data, request), received=now, now=self._clock()
                        )
                except schema.Invalid as bad:
                    reply = envelope.response(
                        refmsgid, {"reason": bad.reason, "field": bad.field}, err_msg=bad.message, received=now, now=now
                    )
                except Refused as refusal:
                    reply = envelope.response(
                        refmsgid,
                        {"reason": refusal.reason, "field": refusal.field},
                        err_msg=refusal.message,
                        received=now,
                        now=now,
                    )
            if seen is None:
                self._maybe_received.add(msgid)
                session.execute(  # a plain insert: the unit of work would cost more than the row
                    insert(Received).values(
                        msgid=msgid, infno=infno, first_at=now, last_at=now, times=1, reply=reply, digest=digest
                    )
                )
                # LX01: the outcome's SMS to the phone the person gave (kiosk/center/notices.py)
                body = request.get("input") if isinstance(request.get("input"), dict) else {}
                notices.filing_decided(
                    session, msgid, infno, body.get("data") if isinstance(body.get("data"), dict) else {}, reply, now
                )
            return reply

    # -- queries used by the CLI and tests ---------------------------------
    def filings_by_ref(self) -> dict[str, int]:
        """How many filings or applications the center holds for each kiosk msgid: 1 means exactly once."""
        with self._sessions() as session:
            counts: dict[str, int] = {}
            details = list(session.scalars(select(Filing.detail))) + list(session.scalars(select(Application.detail)))
            for detail in details:
                ref = detail.get("_msgid")
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
                {
                    "msgid": r.msgid,
                    "infno": r.infno,
                    "times": r.times,
                    "first_at": r.first_at.isoformat(),
                    "last_at": r.last_at.isoformat(),
                    "infcode": r.reply.get("infcode"),
                    "reason": (r.reply.get("output") or {}).get("reason", ""),
                }
                for r in rows
            ]

    def filings(self, certno: str) -> list[dict[str, Any]]:
        """Everything the center holds for one person, revoked ones included (tests and staff)."""
        with self._sessions() as session:
            person = session.scalar(select(Person).where(Person.certno == certno))
            rows = session.scalars(select(Filing).where(Filing.psn_no == person.psn_no).order_by(Filing.created_at))
            return [
                {
                    "trt_dcla_detl_sn": f.trt_dcla_detl_sn,
                    "kind": f.kind,
                    "status": f.status,
                    "begndate": f.begndate.isoformat(),
                    "enddate": f.enddate.isoformat() if f.enddate else None,
                    **{k: v for k, v in f.detail.items() if not k.startswith("_")},
                }
                for f in rows
            ]

    def audit_heads(self) -> dict[str, tuple[int, str]]:
        with self._sessions() as session:
            return {h.dev_no: (h.count, h.head) for h in session.scalars(select(AuditHead))}

    def hospital_registers(
        self,
        certno: str,
        disease_code: str,
        *,
        doctor: tuple[str, str] = ("D0001", "李医生"),
        hospital: str = "",
        when: dt.date | None = None,
    ) -> dict:
        """What the appraising hospital's system sends after its appraisal: a full 2503 (tests, demos)."""
        with self._sessions() as session:
            person = session.scalar(select(Person).where(Person.certno == certno))
            open_app = session.scalar(
                select(Application).where(
                    Application.psn_no == person.psn_no, Application.opsp_dise_code == disease_code
                )
            )
        when = when or self._clock().date()
        code = hospital or (open_app.ide_fixmedins_no if open_app else next(iter(HOSPITALS)))
        data = {
            "psn_no": person.psn_no,
            "insutype": person.insutype,
            "opsp_dise_code": disease_code,
            "opsp_dise_name": DISEASES[disease_code]["name"],
            "insu_optins": person.insuplc_admdvs,
            "ide_fixmedins_no": code,
            "ide_fixmedins_name": HOSPITALS[code],
            "hosp_ide_date": when.isoformat(),
            "diag_dr_codg": doctor[0],
            "diag_dr_name": doctor[1],
            "begndate": when.isoformat(),
        }
        sign = self.handle(
            envelope.request(
                "9001",
                {"signIn": {"opter_no": "HIS", "mac": "00-16-3E-00-00-01", "ip": "10.0.0.8"}},
                msgid=envelope.make_msgid(code),
                dev_no="HIS",
                admdvs=self.admdvs,
                fixmedins_code=code,
                fixmedins_name="医院信息系统",
                opter_type="1",
            )
        )
        return self.handle(
            envelope.request(
                "2503",
                {"data": data},
                msgid=envelope.make_msgid(code),
                dev_no="HIS",
                admdvs=self.admdvs,
                fixmedins_code=code,
                fixmedins_name="医院信息系统",
                opter_type="1",
                sign_no=sign["output"]["signinoutb"]["sign_no"],
            )
        )

    def mint_voucher(self, certno: str) -> dict:
        """A demo code for the in-process center (kiosk voucher make); ValueError says why not."""
        with self._lock, self._sessions.begin() as session:
            try:
                return self._demo_voucher(session, {"certno": certno}, {})
            except (Refused, schema.Invalid) as refusal:
                raise ValueError(refusal.message) from None

    def review(self, sn: str, approve: bool = True) -> None:
        """医保's decision on a registration under review (the simulated reviewer)."""
        with self._lock, self._sessions.begin() as session:
            self._decide(session, session.get(Filing, sn), approve, self._clock().date())

    def _person_summary(self, session: Session, p: Person, today: dt.date) -> dict[str, Any]:
        family = session.scalar(
            select(func.count()).select_from(FamilyBinding).where(FamilyBinding.owner_psn_no == p.psn_no)
        )
        chronic = session.scalar(
            select(func.count())
            .select_from(Filing)
            .where(Filing.psn_no == p.psn_no, Filing.kind == "chronic", Filing.status == "active")
        )
        card_no, card_sn = card_of(p.psn_no)
        return {
            "psn_no": p.psn_no,
            "certno": p.certno,
            "name": p.psn_name,
            "gend": p.gend,
            "age": age_from_birth(p.brdy, today),
            "insutype": p.insutype,
            "insuplc_admdvs": p.insuplc_admdvs,
            "balc": _money(p.balc),
            "tel": p.tel,
            "family_members": family,
            "chronic_filings": chronic,
            "has_face_ref": p.has_face_ref,
            "card_no": card_no,
            "card_sn": card_sn,
        }

    # -- helpers -------------------------------------------------------------
    def _by_psn_no(self, session: Session, data: dict) -> Person:
        person = session.get(Person, data["psn_no"])
        if person is None:
            raise Refused("person_not_found", "查无此人员：psn_no（人员编号）不存在", "psn_no")
        return person

    def _by_certno(self, session: Session, data: dict) -> Person:
        certno = schema.check_certno(data)
        person = session.scalar(select(Person).where(Person.certno == certno))
        if person is None:
            raise Refused("person_not_found", "查无此人员参保信息", "certno")
        return person

    def _new_sn(self, prefix: str) -> str:
        return f"{prefix}{self._clock():%Y%m%d%H%M%S}{next(self._sn_serial) % 10**6:06d}"

    def _signed_in(self, session: Session, sign_no: str) -> bool:
        if sign_no not in self._sign_nos and session.get(SignIn, sign_no) is not None:
            self._sign_nos.add(sign_no)
        return sign_no in self._sign_nos

    def _rules(self) -> dict:
        return self.reference["filing_rules"][1]

    @staticmethod
    def _agent(data: dict) -> dict:
        if data["filed_by"] != "self" and not data.get("agnter_name"):
            raise schema.Invalid("agnter_name", "代办时缺少必填字段 agnter_name（代办人姓名）")
        if data["filed_by"] == "staff" and not data.get("agnter_staff_no"):
            raise schema.Invalid("agnter_staff_no", "工作人员代办时缺少必填字段 agnter_staff_no（工作人员编号）")
        if data.get("agnter_certno"):
            schema.check_certno(data, "agnter_certno")
        return {
            k: data[k]
            for k in ("filed_by", "agnter_name", "agnter_certno", "agnter_rlts", "agnter_staff_no")
            if data.get(k)
        }

    @staticmethod
    def _disease(data: dict) -> dict:
        disease = DISEASES.get(data["opsp_dise_code"])
        if disease is None:
            raise schema.Invalid(
                "opsp_dise_code", f"opsp_dise_code（门慢门特病种目录代码）{data['opsp_dise_code']} 不在病种目录中"
            )
        if data["opsp_dise_name"] != disease["name"]:
            raise schema.Invalid(
                "opsp_dise_name", f"opsp_dise_name（门慢门特病种名称）与代码不符，应为“{disease['name']}”"
            )
        return disease

    @staticmethod
    def _hospital(data: dict) -> None:
        name = HOSPITALS.get(data["ide_fixmedins_no"])
        if name is None:
            raise schema.Invalid(
                "ide_fixmedins_no", "ide_fixmedins_no（鉴定定点医药机构编号）不是可做慢特病鉴定的定点医院"
            )
        if data["ide_fixmedins_name"] != name:
            raise schema.Invalid(
                "ide_fixmedins_name", f"ide_fixmedins_name（鉴定定点医药机构名称）与编号不符，应为“{name}”"
            )

    # -- transactions --------------------------------------------------------
    def _sign_in(self, session: Session, data: dict, request: dict) -> dict:
        schema.check_ip(data)
        now = self._clock()
        sign_no = f"{now:%Y%m%d%H%M%S}{secrets.randbelow(10**10):010d}"
        session.add(SignIn(sign_no=sign_no, dev_no=str(request.get("dev_no") or data["opter_no"]), signed_at=now))
        return {"signinoutb": {"sign_time": f"{now:%Y-%m-%d %H:%M:%S}", "sign_no": sign_no}}

    def _demo_voucher(self, session: Session, data: dict, request: dict) -> dict:
        """Demo only: mint a code as the person's phone app would show it."""
        person = self._by_certno(session, data)
        code = "ECQR" + secrets.token_hex(24).upper()
        expires = self._clock() + VOUCHER_TTL
        session.add(Voucher(qrcode=code, psn_no=person.psn_no, expires_at=expires))
        return {"qrcode": code, "expires_at": expires.isoformat(timespec="seconds")}

    def _voucher_decode(self, session: Session, data: dict, request: dict) -> dict:
        """1162: the e-voucher QR text in ``ecQrCode`` -> the person and an ecToken for 1101 (type 01).
        Output fields as openhis Models/Output/OutputReturn.cs (cardecinfo) reads them."""
        voucher = session.get(Voucher, data["ecQrCode"])
        now = self._clock()
        if voucher is None:
            raise Refused("voucher_unknown", "不是有效的医保电子凭证", "ecQrCode")
        if voucher.used_at is not None:
            raise Refused("voucher_used", "电子凭证已使用过", "ecQrCode")
        if now > voucher.expires_at:
            raise Refused("voucher_expired", "电子凭证已过期", "ecQrCode")
        voucher.used_at = now
        voucher.ec_token = secrets.token_hex(16)
        voucher.token_expires_at = now + TOKEN_TTL
        person = session.get(Person, voucher.psn_no)
        return {
            "data": {
                "ecToken": voucher.ec_token,
                "idNo": person.certno,
                "idType": "01",
                "userName": person.psn_name,
                "insuOrg": person.insuplc_admdvs,
                "ecIndexNo": secrets.token_hex(16).upper(),
                "gender": person.gend,
                "birthday": person.brdy.isoformat(),
                "nationality": "CHN",
            }
        }

    def _person_info(self, session: Session, data: dict, request: dict) -> dict:
        cert_type, cert_no = data["mdtrt_cert_type"], data["mdtrt_cert_no"]
        schema.require(data, schema.CARD_SN, cert_type == "03")
        if data.get("certno") and data["psn_cert_type"] == "01":
            schema.check_certno(data)
        if cert_type == "01":
            voucher = session.scalar(select(Voucher).where(Voucher.ec_token == cert_no))
            if voucher is None or self._clock() > voucher.token_expires_at:
                raise Refused("token_invalid", "电子凭证令牌无效或已过期", "mdtrt_cert_no")
            person = session.get(Person, voucher.psn_no)
        elif cert_type == "02":
            certno = schema.check_certno(data, "mdtrt_cert_no")
            person = session.scalar(select(Person).where(Person.certno == certno))
        else:
            person = next((p for p in session.scalars(select(Person)) if card_of(p.psn_no)[0] == cert_no), None)
            if person is not None and card_of(person.psn_no)[1] != data["card_sn"].upper():
                raise Refused("card_invalid", "card_sn（卡识别码）与社会保障卡卡号不符", "card_sn")
        if person is None:
            raise Refused("person_not_found", "查无此人员参保信息", "mdtrt_cert_no")
        if data.get("certno") and data["certno"].upper() != person.certno:
            raise Refused("certno_mismatch", "certno（证件号码）与就诊凭证登记的人员不符", "certno")
        if data.get("psn_name") and data["psn_name"] != person.psn_name:
            raise Refused("name_mismatch", "psn_name（人员姓名）与证件登记的姓名不符", "psn_name")
        today = self._clock().date()
        return {
            "baseinfo": {
                "psn_no": person.psn_no,
                "psn_cert_type": "01",
                "certno": person.certno,
                "psn_name": person.psn_name,
                "gend": person.gend,
                "naty": "01",
                "brdy": person.brdy.isoformat(),
                "age": age_from_birth(person.brdy, today),
            },
            "insuinfo": [
                {
                    "balc": _money(person.balc),
                    "insutype": person.insutype,
                    "psn_type": "1101" if person.insutype == "310" else "1501",
                    "psn_insu_stas": person.psn_insu_stas,
                    "psn_insu_date": "2000-01-01",
                    "paus_insu_date": None,
                    "cvlserv_flag": "0",
                    "insuplc_admdvs": person.insuplc_admdvs,
                    "emp_name": person.emp_name,
                    "balc_time": self._clock().isoformat(timespec="seconds"),
                }
            ],
            "idetinfo": [],
        }

    def _ledger_query(self, session: Session, data: dict, request: dict) -> dict:
        person = self._by_psn_no(session, data)
        today = self._clock().date()
        begin = _day(data.get("begndate")) or today - dt.timedelta(days=365)
        end = _day(data.get("enddate")) or today
        page, size = data.get("page", 1), data.get("size", 10)
        if page < 1:
            raise schema.Invalid("page", "page（页码）应从1开始")
        if not 1 <= size <= 50:
            raise schema.Invalid("size", "size（每页条数）应在1到50之间")
        query = select(LedgerEntry).where(
            LedgerEntry.psn_no == person.psn_no, LedgerEntry.occurred_on >= begin, LedgerEntry.occurred_on <= end
        )
        total = session.scalar(select(func.count()).select_from(query.subquery()))
        rows = session.scalars(
            query.order_by(LedgerEntry.occurred_on.desc(), LedgerEntry.id).offset((page - 1) * size).limit(size)
        ).all()
        return {
            "total": total,
            "page": page,
            "size": size,
            "list": [
                {
                    "date": r.occurred_on.isoformat(),
                    "kind": r.kind,
                    "amount": _money(r.amount),
                    "balc_after": _money(r.balc_after),
                    "summary": r.summary,
                }
                for r in rows
            ],
        }

    def _family_query(self, session: Session, data: dict, request: dict) -> dict:
        person = self._by_psn_no(session, data)
        members = []
        for binding in session.scalars(select(FamilyBinding).where(FamilyBinding.owner_psn_no == person.psn_no)):
            member = session.get(Person, binding.member_psn_no)
            members.append(
                {
                    "psn_no": member.psn_no,
                    "name_masked": mask_name(member.psn_name),
                    "relation": binding.relation,
                    "can_view_balance": binding.can_view_balance,
                    "balc": _money(member.balc) if binding.can_view_balance else None,
                }
            )
        return {"members": members}

    # -- 门诊慢特病: the kiosk applies (MT01), the hospital registers (2503), 医保 reviews ----------
    def _chronic_apply(self, session: Session, data: dict, request: dict) -> dict:
        person = self._by_certno(session, data)
        disease = self._disease(data)
        self._hospital(data)
        agent = self._agent(data)
        self._no_active_chronic(session, person, data["opsp_dise_code"])
        pending = session.scalar(
            select(Application).where(
                Application.psn_no == person.psn_no,
                Application.opsp_dise_code == data["opsp_dise_code"],
                Application.status.in_(("appraising", "reviewing")),
            )
        )
        if pending is not None:
            raise Refused("already_applied", "这个病种已经在申请中，请等医院鉴定和医保审核", "opsp_dise_code")
        sn = self._new_sn("SQ")
        green = bool(disease.get("green_channel"))
        session.add(
            self._application(sn, person, data, green, {**agent, "tel": data["tel"], "_msgid": request["msgid"]})
        )
        return {
            "result": {
                "appy_sn": sn,
                "status": "appraising",
                "green_channel": green,
                "review_working_days": int(self._rules().get("review_working_days", 20)),
            }
        }

    def _chronic_withdraw(self, session: Session, data: dict, request: dict) -> dict:
        person = self._by_certno(session, data)
        application = session.get(Application, data["appy_sn"])
        if application is None or application.psn_no != person.psn_no:
            raise Refused("filing_not_found", "查无此申请", "appy_sn")
        if application.status != "appraising":
            raise Refused("already_registered", "医院已经登记，不能在这里撤回；请到医院或医保窗口办理", "appy_sn")
        application.status = "withdrawn"
        application.decided_on = self._clock().date()
        return {"result": {"appy_sn": application.appy_sn, "status": "withdrawn"}}

    def _chronic_progress(self, session: Session, data: dict, request: dict) -> dict:
        person = self._by_certno(session, data)
        self._settle_reviews(session, person)
        rows = session.scalars(
            select(Application).where(Application.psn_no == person.psn_no).order_by(Application.applied_at)
        )
        return {
            "applications": [
                {
                    "appy_sn": a.appy_sn,
                    "opsp_dise_code": a.opsp_dise_code,
                    "opsp_dise_name": a.opsp_dise_name,
                    "ide_fixmedins_no": a.ide_fixmedins_no,
                    "ide_fixmedins_name": a.ide_fixmedins_name,
                    "status": a.status,
                    "green_channel": a.green_channel,
                    "applied_on": a.applied_at.date().isoformat(),
                    "appraised_on": _iso(a.appraised_on),
                    "review_deadline": _iso(a.review_deadline),
                    "decided_on": _iso(a.decided_on),
                    "trt_dcla_detl_sn": a.trt_dcla_detl_sn,
                }
                for a in rows
            ]
        }

    def _no_active_chronic(self, session: Session, person: Person, code: str) -> None:
        duplicate = session.scalar(
            select(Filing).where(
                Filing.psn_no == person.psn_no,
                Filing.kind == "chronic",
                Filing.status.in_(("active", "reviewing")),
                Filing.detail["opsp_dise_code"].as_string() == code,
            )
        )
        if duplicate is not None:
            raise Refused("already_filed", "该病种已经备案", "opsp_dise_code")

    def _chronic_file(self, session: Session, data: dict, request: dict) -> dict:
        """2503 from the appraising hospital. A green-channel disease takes effect today; others wait
        for 医保's review within ``review_working_days`` of the appraisal (004_*.txt)."""
        person = self._by_psn_no(session, data)
        if data["insutype"] != person.insutype:
            raise Refused("insutype_mismatch", "insutype（险种类型）与该人员的参保险种不符", "insutype")
        if data["insu_optins"] != person.insuplc_admdvs:
            raise Refused("insu_optins_mismatch", "insu_optins（参保机构医保区划）与该人员的参保地不符", "insu_optins")
        disease = self._disease(data)
        self._hospital(data)
        today = self._clock().date()
        appraised = _day(data["hosp_ide_date"])
        begin, end = _day(data["begndate"]), _day(data.get("enddate"))
        if appraised > today:
            raise schema.Invalid("hosp_ide_date", "hosp_ide_date（医院鉴定日期）不能晚于今天")
        if begin < appraised:
            raise schema.Invalid("begndate", "begndate（开始日期）不能早于医院鉴定日期")
        if end is not None and end < begin:
            raise schema.Invalid("enddate", "enddate（结束日期）早于开始日期")
        self._no_active_chronic(session, person, data["opsp_dise_code"])
        green = bool(disease.get("green_channel"))
        sn = self._new_sn("MT")
        detail = {
            k: data[k]
            for k in (
                "opsp_dise_code",
                "opsp_dise_name",
                "ide_fixmedins_no",
                "ide_fixmedins_name",
                "hosp_ide_date",
                "diag_dr_codg",
                "diag_dr_name",
            )
            if data.get(k)
        }
        filing = Filing(
            trt_dcla_detl_sn=sn,
            kind="chronic",
            psn_no=person.psn_no,
            detail={**detail, "_msgid": request["msgid"]},
            begndate=today if green else begin,
            enddate=end,
            status="active" if green else "reviewing",
            created_at=self._clock(),
        )
        session.add(filing)
        application = session.scalar(
            select(Application).where(
                Application.psn_no == person.psn_no,
                Application.opsp_dise_code == data["opsp_dise_code"],
                Application.status == "appraising",
            )
        )
        if application is None:  # registered at the hospital without a kiosk application: one is made for progress
            application = self._application(self._new_sn("SQ"), person, data, green, {})
            session.add(application)
        application.appraised_on = appraised
        application.trt_dcla_detl_sn = sn
        application.review_deadline = (
            today if green else add_working_days(appraised, int(self._rules().get("review_working_days", 20)))
        )
        application.status = "approved" if green else "reviewing"
        if green:
            application.decided_on = today
        return {"result": {"trt_dcla_detl_sn": sn}}

    def _decide(self, session: Session, filing: Filing, approve: bool, today: dt.date) -> None:
        filing.status = "active" if approve else "rejected"
        application = session.scalar(select(Application).where(Application.trt_dcla_detl_sn == filing.trt_dcla_detl_sn))
        if application is not None:
            application.status = "approved" if approve else "rejected"
            application.decided_on = today

    def _settle_reviews(self, session: Session, person: Person) -> None:
        """The simulated 医保 reviewer finishes within the time limit: a registration still under review
        on its deadline is approved."""
        today = self._clock().date()
        for application in session.scalars(
            select(Application).where(Application.psn_no == person.psn_no, Application.status == "reviewing")
        ):
            if application.review_deadline and today >= application.review_deadline:
                self._decide(session, session.get(Filing, application.trt_dcla_detl_sn), True, today)

    def _chronic_revoke(self, session: Session, data: dict, request: dict) -> dict:
        person = self._by_psn_no(session, data)
        filing = session.get(Filing, data["trt_dcla_detl_sn"])
        if filing is None or filing.psn_no != person.psn_no or filing.kind != "chronic":
            raise Refused("filing_not_found", "查无此备案", "trt_dcla_detl_sn")
        if filing.status == "revoked":
            raise Refused("already_revoked", "备案已撤销", "trt_dcla_detl_sn")
        filing.status = "revoked"
        filing.revoked_at = self._clock()
        filing.detail = {**filing.detail, "_memo": data["memo"]}
        return {}

    def _chronic_query(self, session: Session, data: dict, request: dict) -> dict:
        """5301 output as openhis Models/Output/Output_5301.cs: only the four fields, in effect only."""
        person = self._by_psn_no(session, data)
        self._settle_reviews(session, person)
        rows = session.scalars(
            select(Filing)
            .where(Filing.psn_no == person.psn_no, Filing.kind == "chronic", Filing.status == "active")
            .order_by(Filing.created_at)
        )
        return {
            "feedetail": [
                {
                    "opsp_dise_code": f.detail["opsp_dise_code"],
                    "opsp_dise_name": f.detail["opsp_dise_name"],
                    "begndate": f.begndate.isoformat(),
                    "enddate": _iso(f.enddate),
                }
                for f in rows
            ]
        }

    # -- 异地就医备案 (local extension YD01-YD04) ------------------------------------------------
    def _yidi_checked(self, session: Session, data: dict) -> tuple[Person, dt.date, dt.date | None]:
        person = self._by_certno(session, data)
        place = data["mdtrt_admdvs"]
        schema.check_in("mdtrt_admdvs", "就医地医保区划", place, city_codes())
        if place[:2] == person.insuplc_admdvs[:2]:
            raise Refused(
                "not_cross_province", "mdtrt_admdvs（就医地）和参保地在同一个省；跨省备案请选外省的城市", "mdtrt_admdvs"
            )
        today = self._clock().date()
        begin, end = _day(data["begndate"]), _day(data.get("enddate"))
        if not today - DATE_WINDOW <= begin <= today + DATE_WINDOW:
            raise schema.Invalid("begndate", "begndate（开始日期）应在今天前后一年之内")
        long_term = data["dcla_type"] in schema.LONG_TERM
        if long_term and end is not None:
            raise schema.Invalid("enddate", "enddate（结束日期）：长期备案长期有效，不填结束日期")
        if not long_term:
            months = int(self._rules().get("temporary_min_months", 6))
            if end is None:
                raise schema.Invalid("enddate", "临时外出就医备案缺少必填字段 enddate（结束日期）")
            if end < add_months(begin, months):
                raise schema.Invalid("enddate", f"enddate（结束日期）：临时备案有效期至少{months}个月")
            if data["promise_flag"] == "1":
                raise schema.Invalid("promise_flag", "promise_flag（个人承诺）只适用于长期居住的备案")
        return person, begin, end

    def _yidi_file(self, session: Session, data: dict, request: dict) -> dict:
        person, begin, end = self._yidi_checked(session, data)
        agent = self._agent(data)
        if data["dcla_type"] in schema.LONG_TERM:
            active = [
                f
                for f in session.scalars(
                    select(Filing).where(
                        Filing.psn_no == person.psn_no, Filing.kind == "yidi", Filing.status == "active"
                    )
                )
                if f.detail.get("dcla_type") in schema.LONG_TERM
            ]
            if active:
                raise Refused("long_term_exists", "已经有一个有效的长期异地备案；要换地方请办理变更", "dcla_type")
        sn = self._new_sn("YD")
        detail = {
            "dcla_type": data["dcla_type"],
            "mdtrt_admdvs": data["mdtrt_admdvs"],
            "tel": data["tel"],
            "promise_flag": data["promise_flag"],
            "supp_flag": data["supp_flag"],
            **agent,
            "_msgid": request["msgid"],
        }
        session.add(
            Filing(
                trt_dcla_detl_sn=sn,
                kind="yidi",
                psn_no=person.psn_no,
                detail=detail,
                begndate=begin,
                enddate=end,
                created_at=self._clock(),
            )
        )
        return {"result": {"trt_dcla_detl_sn": sn}}

    def _yidi_revoke(self, session: Session, data: dict, request: dict) -> dict:
        person = self._by_certno(session, data)
        filing = session.get(Filing, data["trt_dcla_detl_sn"])
        if filing is None or filing.psn_no != person.psn_no or filing.kind != "yidi":
            raise Refused("filing_not_found", "查无此备案", "trt_dcla_detl_sn")
        if filing.status == "revoked":
            raise Refused("already_revoked", "备案已撤销", "trt_dcla_detl_sn")
        now = self._clock()
        rules = self._rules()
        undo = dt.timedelta(minutes=int(rules.get("undo_minutes", 10)))
        months = min(6, int(rules.get("change_lock_months", 6)))  # 医保发〔2022〕22号: at most six months
        unlocks = add_months(filing.created_at.date(), months)  # counted from when it was made, not its start
        if (
            filing.detail.get("dcla_type") in schema.LONG_TERM
            and now - filing.created_at > undo
            and now.date() < unlocks
        ):
            raise Refused(
                "change_locked",
                f"长期备案办理后{months}个月内不能变更或取消，{unlocks:%Y年%m月%d日}起可以办理",
                "trt_dcla_detl_sn",
            )
        filing.status = "revoked"
        filing.revoked_at = now
        filing.detail = {**filing.detail, "_memo": data["memo"]}
        return {"result": {"trt_dcla_detl_sn": filing.trt_dcla_detl_sn}}

    def _yidi_change(self, session: Session, data: dict, request: dict) -> dict:
        """变更 = revoke the old filing and add the new one in one transaction."""
        self._yidi_revoke(session, data, request)
        return self._yidi_file(session, data, request)

    def _yidi_query(self, session: Session, data: dict, request: dict) -> dict:
        person = self._by_certno(session, data)
        rows = session.scalars(
            select(Filing).where(Filing.psn_no == person.psn_no, Filing.kind == "yidi").order_by(Filing.created_at)
        )
        return {
            "filings": [
                {
                    "trt_dcla_detl_sn": f.trt_dcla_detl_sn,
                    "dcla_type": f.detail.get("dcla_type"),
                    "mdtrt_admdvs": f.detail.get("mdtrt_admdvs"),
                    "begndate": f.begndate.isoformat(),
                    "enddate": _iso(f.enddate),
                    "status": f.status,
                    "crte_time": f.created_at.isoformat(timespec="seconds"),
                }
                for f in rows
            ]
        }

    # -- the rest ----------------------------------------------------------------------------------
    def _reference_photo(self, session: Session, data: dict, request: dict) -> dict:
        """FA01: the insured person's reference photo for a 1:1 face check at the kiosk."""
        person = self._by_certno(session, data)
        path = self.reference_photos.get(person.psn_no)
        if path is None or not Path(path).exists():
            raise Refused("no_reference_photo", "没有该人员的人像照片")
        return {"psn_no": person.psn_no, "photo": base64.b64encode(Path(path).read_bytes()).decode("ascii")}

    def _audit_head(self, session: Session, data: dict, request: dict) -> dict:
        """A terminal's audit chain head, kept in the center's own database and compared with the last:
        the count never goes down and the new events chain on from the last head, or a tail was cut."""
        dev_no = request.get("dev_no")
        if not dev_no:
            raise schema.Invalid("dev_no", "缺少必填字段 dev_no（设备编号）：审计链头按设备保存")
        count, head, links = data["count"], data["head"], data["links"]
        if count < 1 or not all(
            isinstance(link, list) and len(link) == 2 and all(isinstance(h, str) and len(h) == 64 for h in link)
            for link in links
        ):
            raise schema.Invalid("links", "links（新增事件的链接）应为 [上一条的hash, 这一条的hash] 的列表")
        last = session.get(AuditHead, dev_no)
        if last is not None:
            if count < last.count:
                raise Refused(
                    "audit_cut", f"审计记录比上次少了（上次{last.count}条，这次{count}条）：记录的末尾被删掉了", "count"
                )
            if count == last.count and head != last.head:
                raise Refused("audit_cut", "审计记录条数没变，链头却变了：记录被改过", "head")
            if count > last.count:
                chain = [last.head] + [link[1] for link in links]
                if (
                    len(links) != count - last.count
                    or any(link[0] != chain[i] for i, link in enumerate(links))
                    or chain[-1] != head
                ):
                    raise Refused("audit_chain_broken", "新的审计记录接不上上次的链头：中间的记录被删改过", "links")
        if last is None:
            session.add(AuditHead(dev_no=dev_no, count=count, head=head, received_at=self._clock()))
        else:
            last.count, last.head, last.received_at = count, head, self._clock()
        return {"count": count}

    def _rate(self, session: Session, data: dict, request: dict) -> dict:
        try:
            return notices.rate(session, str(request["msgid"]), str(request.get("dev_no", "")), data, self._clock())
        except notices.RatingRefused as refusal:
            raise Refused("bad_input", str(refusal)) from None

    def sms_sent(self) -> list[dict[str, Any]]:
        with self._sessions() as session:
            return notices.sms_sent(session)

    def _application(self, sn: str, person, data: dict, green: bool, detail: dict) -> Application:
        """A 慢特病 application waiting for its hospital's appraisal (MT01 at a kiosk, or made at 2503)."""
        return Application(
            appy_sn=sn,
            psn_no=person.psn_no,
            opsp_dise_code=data["opsp_dise_code"],
            opsp_dise_name=data["opsp_dise_name"],
            ide_fixmedins_no=data["ide_fixmedins_no"],
            ide_fixmedins_name=data["ide_fixmedins_name"],
            status="appraising",
            green_channel=green,
            applied_at=self._clock(),
            detail=detail,
        )

    def ratings(self) -> list[dict[str, Any]]:
        with self._sessions() as session:
            return notices.ratings(session)

    def _reference(self, session: Session, data: dict, request: dict) -> dict:
        key = data["key"]
        if key not in self.reference:
            raise schema.Invalid("key", f"key（参考数据类别）没有这类参考数据: {key}")
        version, body = self.reference[key]
        if data.get("version") == version:
            return {"key": key, "version": version, "changed": False}
        return {"key": key, "version": version, "changed": True, "payload": body}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _add_missing_columns(engine: Engine) -> None:
    """A center database made by an older version lacks columns added since (the demo keeps its file)."""
    with engine.begin() as connection:
        columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(received)")}
        if "digest" not in columns:
            connection.exec_driver_sql("ALTER TABLE received ADD COLUMN digest VARCHAR(64)")
