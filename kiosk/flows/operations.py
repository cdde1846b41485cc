"""The kiosk's business actions, Qt-free: one method per action, each owning its transaction
and its audit event. The screens (through the UI's background runner) and the CLI verbs call
these same methods, so a filing made at the counter's command line and one made on the glass
leave the same rows, the same outbox message and the same audit event.

Every method blocks (store, center): call it off the UI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kiosk.core.errors import PlainError
from kiosk.core.filing import Codes, FilingRequest, Rules
from kiosk.core.person import CachedAccount, Insured
from kiosk.flows import account, face_check, identify, staff_queue
from kiosk.flows.filing_wizard import Filer, FilingWizard, Regions, can_change_or_cancel
from kiosk.flows.my_filings import FiledItem, filings_for
from kiosk.store import audit, staff
from kiosk.store.balance_cache import StoreBalanceCache
from kiosk.store.keys import person_key, terminal_secret
from kiosk.store.models import Filing
from kiosk.sync import outbox, reference

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.devices.cards import IdCard, SsCard
    from kiosk.flows.call_notice import CallRaised, CallState
    from kiosk.flows.hall_client import HallLink
    from kiosk.policy.answer import Answer, PolicyLibrary
    from kiosk.store.db import Store
    from kiosk.sync.client import CenterClient

AUDIT_WINDOW = 1000  # audit events a heartbeat checks of the newest, and as many of the older in turn


@dataclass(frozen=True)
class QueuedFiling:
    """What the person is told after 提交: the filing is saved here, with its message id."""

    filing_id: int
    msgid: str
    created_at: dt.datetime


@dataclass(frozen=True)
class FilingState:
    status: str  # queued | accepted | refused | withdrawn
    center_sn: str  # the center's serial number once it accepted
    reason: str  # the center's refusal reason ('' unless refused)


def diseases_from(payload: dict) -> tuple[tuple[str, str], ...]:
    return tuple((d["code"], d["name"]) for d in payload.get("cross_province", []) + payload.get("local", []))


class Operations:
    """``store`` and ``client`` are providers: they wait until the store and the center are
    open (the kiosk opens them after its first paint)."""

    def __init__(
        self,
        config: "Config",
        store: Callable[[], "Store"],
        client: Callable[[], "CenterClient"],
        policy: Callable[[], "PolicyLibrary"] | None = None,
    ):
        self.config = config
        self.store = store
        self.client = client
        self._policy = policy
        self._hall: HallLink | None = None
        self._audit_newest = 0  # the audit trail is found intact up to this event (id)...
        self._audit_sweep = 0  # ...and the older events are checked again from here on

    # -- who is this -------------------------------------------------------------------------
    def person_key(self, certno: str) -> str:
        return person_key(terminal_secret(self.config.home), certno)

    def lookup_by_id_number(self, certno: str) -> Insured | CachedAccount:
        """Online the center's answer (remembered here); offline the last balance seen, marked old."""
        cache = StoreBalanceCache(self.store(), terminal_secret(self.config.home))
        return account.lookup_with_cache(lambda c: identify.lookup_by_id_number(self.client(), c), cache, certno)

    def lookup_by_voucher(self, qr_text: str) -> Insured:
        return identify.lookup_by_voucher(self.client(), qr_text)

    def lookup_by_idcard(self, card: "IdCard", today: dt.date | None = None) -> Insured | CachedAccount:
        """A 身份证 read by the reader: refused plainly when expired, then the same lookup as a typed
        number (1101 type 02). The card's data is not kept."""
        from kiosk.sync.client import CenterRefused

        certno = identify.check_idcard(card, today or dt.date.today())
        try:
            return self.lookup_by_id_number(certno)
        except CenterRefused as refusal:
            if refusal.reason == "person_not_found":
                raise PlainError("card_unknown", refusal.reason) from None
            raise

    def lookup_by_sscard(self, card: "SsCard") -> Insured:
        """A 社保卡 read (and its PIN verified, where the hall asks for it): 1101 type 03 with card_sn."""
        return identify.lookup_by_sscard(self.client(), card)

    def verify_sscard_pin(self, card: "SsCard", pin: str) -> None:
        """On the card itself (blocking, PC/SC): raises ReaderError with the tries left or blocked."""
        from kiosk.devices.sscard import SsCardReader

        SsCardReader(card.reader).verify_pin(card, pin)

    def confirm_identity(
        self, certno: str, *, how: str, actor_type: str, actor: str, detail: dict | None = None
    ) -> None:
        """Audited (who, for whom, how; never a face)."""
        action = {
            "face": "face_verified",
            "staff": "staff_confirmed_identity",
            "authorisation": "staff_saw_authorisation",
        }[how]
        self.record(actor_type=actor_type, actor=actor, action=action, subject=self.person_key(certno), detail=detail)

    def reference_photo(self, certno: str):
        """The center's reference photo for the face check (FA01): in memory only, never stored."""
        return face_check.fetch_reference(self.client(), certno)

    # -- reading for the screens ------------------------------------------------------------
    def ledger_page(self, psn_no: str, number: int) -> account.LedgerPage:
        return account.ledger_page(self.client(), psn_no, number)

    def family_members(self, psn_no: str) -> list[account.FamilyMember]:
        return account.family_members(self.client(), psn_no)

    def ask_policy(self, question: str) -> "Answer":
        if self._policy is None:
            raise RuntimeError("no policy library configured")
        return self._policy().ask(question)

    def filing_rules(self) -> Rules:
        return Rules.from_reference(reference.current(self.store(), "filing_rules"))

    def filing_codes(self) -> Codes:
        """The place and disease codes a filing may name: the reference data this kiosk holds."""
        store = self.store()
        return Codes.from_reference(reference.current(store, "admdvs"), reference.current(store, "chronic_diseases"))

    def my_filings(self, certno: str) -> tuple[list[FiledItem], bool, Rules]:
        """(the list, whether the center answered, the 参保地's rules)."""
        items, reached = filings_for(self.client(), self.store(), self.person_key(certno), certno)
        return items, reached, self.filing_rules()

    def filing_state(self, filing_id: int) -> FilingState:
        with self.store()() as db:
            filing = db.get_one(Filing, filing_id)
            return FilingState(
                filing.status, filing.center_sn or "", (filing.payload.get("refusal") or {}).get("reason", "")
            )

    def outbox_status(self) -> dict[str, Any]:
        with self.store()() as db:
            return outbox.status(db)

    def staff_waiting(self) -> list[staff_queue.WaitingItem]:
        with self.store().begin() as db:  # a write: an unreadable row found here is set aside for good
            return staff_queue.waiting(db)

    # -- filings -------------------------------------------------------------------------------
    def prepare_wizard(
        self, purpose: str, person: Insured, filed_by: str, agent: dict[str, str], today: dt.date | None = None
    ) -> FilingWizard:
        store = self.store()
        return FilingWizard(
            purpose,
            Filer(person.certno, person.age, filed_by, dict(agent), insuplc_admdvs=person.insuplc_admdvs),
            today=today or dt.date.today(),
            rules=self.filing_rules(),
            regions=Regions.from_reference(reference.current(store, "admdvs")),
            diseases=diseases_from(reference.current(store, "chronic_diseases")),
        )

    def submit_filing(
        self, request: FilingRequest, *, replaces: FiledItem | None = None, now: dt.datetime | None = None
    ) -> QueuedFiling:
        """The filing, its outbox message and its audit event (and, for a change, the old one's
        cancellation, delivered first by per-person order, and a staff member's confirmation of
        who the person is): one transaction."""
        person = self.person_key(request.certno)
        agent = request.agent
        actor = (agent.staff_no or agent.name) if agent else "self"
        with self.store().begin() as db:
            if replaces is not None:
                outbox.queue_center_revoke(
                    db,
                    kind=replaces.kind,
                    certno=request.certno,
                    sn=replaces.sn,
                    person=person,
                    terminal_id=self.config.terminal_id,
                    actor_type=request.filed_by,
                    actor=actor,
                    now=now,
                    sender=self.config.fixmedins_code,
                )
            filing, message = outbox.queue_filing(
                db,
                request,
                terminal_id=self.config.terminal_id,
                person=person,
                now=now,
                sender=self.config.fixmedins_code,
            )
            if agent is not None and agent.staff_no:
                audit.append(
                    db,
                    actor_type="staff",
                    actor=agent.staff_no,
                    action="staff_confirmed_identity",
                    subject=filing.person_key,
                    detail={"filing_id": filing.id},
                    at=now,
                )
            return QueuedFiling(filing.id, message.msgid, filing.created_at)

    def undo_filing(
        self,
        filing_id: int,
        submitted_at: dt.datetime,
        rules: Rules,
        *,
        actor_type: str = "self",
        actor: str = "self",
        now: dt.datetime | None = None,
    ) -> str:
        """Withdraw a filing made in this session: '' when done, else the catalogue key of why not."""
        now = now or dt.datetime.now()
        with self.store().begin() as db:
            filing = db.get_one(Filing, filing_id)
            check = can_change_or_cancel(
                filing.kind, dt.date.fromisoformat(filing.payload["begndate"]), submitted_at, now, rules
            )
            if not check.allowed:
                return check.reason_key
            outbox.queue_revoke(
                db,
                filing,
                terminal_id=self.config.terminal_id,
                actor_type=actor_type,
                actor=actor,
                now=now,
                sender=self.config.fixmedins_code,
            )
            return ""

    def revoke_center_filing(self, item: FiledItem, certno: str, *, actor_type: str, actor: str) -> None:
        """Cancel a filing the center holds; it travels through the outbox like everything else."""
        with self.store().begin() as db:
            outbox.queue_center_revoke(
                db,
                kind=item.kind,
                certno=certno,
                sn=item.sn,
                terminal_id=self.config.terminal_id,
                person=self.person_key(certno),
                actor_type=actor_type,
                actor=actor,
                sender=self.config.fixmedins_code,
            )

    # -- 好差评 ---------------------------------------------------------------------------------
    def submit_rating(
        self, service: str, level: int, reasons: tuple[str, ...] = (), now: dt.datetime | None = None
    ) -> str:
        """The person's rating of the service just used, queued for the center (LX02); its msgid."""
        with self.store().begin() as db:
            return outbox.queue_rating(
                db,
                service=service,
                level=level,
                reasons=list(reasons),
                terminal_id=self.config.terminal_id,
                now=now,
                sender=self.config.fixmedins_code,
            ).msgid

    # -- staff ---------------------------------------------------------------------------------
    def staff_sign_in(self, staff_no: str, pin: str) -> str:
        """ok | wrong | locked (the attempt is counted and audited by the store)."""
        with self.store().begin() as db:
            return staff.sign_in(db, staff_no, pin).value

    def staff_retry(self, staff_no: str) -> int:
        with self.store().begin() as db:
            return staff_queue.retry_now(db, staff_no)

    def add_staff(self, staff_no: str, name: str, pin: str) -> None:
        with self.store().begin() as db:
            staff.add(db, staff_no, name, pin)

    def record_staff_call(self, screen: str) -> None:
        self.record(actor_type="self", actor="kiosk", action="staff_call", subject=screen)

    # -- the hall console (kiosk.flows.hall_client) ------------------------------------------
    def hall(self) -> "HallLink":
        if self._hall is None:
            from kiosk.flows.hall_client import HallLink

            self._hall = HallLink(self.config, self.store())
        return self._hall

    def raise_staff_call(self, screen: str, language: str) -> "CallRaised":
        """呼叫工作人员: the audit event and the call for the hall commit together, then the call is
        sent at once; if the hall is not reached it stays queued and goes out when it is back."""
        from kiosk.flows.call_notice import CallRaised

        hall = self.hall()
        with self.store().begin() as db:
            call_id = hall.queue_call(db, screen, language)
            audit.append(
                db, actor_type="self", actor="kiosk", action="staff_call", subject=screen, detail={"call_id": call_id}
            )
        hall.deliver(only=call_id)
        return CallRaised(call_id, reached=hall.client is not None and not hall.pending(call_id))

    def staff_call_state(self, call_id: str) -> "CallState":
        return self.hall().state(call_id)

    def cancel_staff_call(self, call_id: str) -> None:
        hall = self.hall()
        hall.queue_cancel(call_id)
        hall.deliver(only=call_id)

    def hall_report(self, devices: dict[str, str]) -> dict[str, Any]:
        """What a heartbeat tells the hall: uploads waiting and sent back, the audit chain, devices."""
        status = self.outbox_status()
        return {
            "pending": status["pending"],
            "dead": status["dead"],
            "oldest_pending_age_s": status["oldest_pending_age_s"],
            "audit_intact": self.audit_still_intact(),
            "devices": dict(devices),
        }

    def hall_heartbeat(self, devices: dict[str, str]) -> bool:
        """One heartbeat (and whatever calls are still queued). False: the hall was not reached."""
        return self.hall().heartbeat(self.hall_report(devices))

    def record_kiosk_exit(self, staff_no: str) -> None:
        self.record(actor_type="staff", actor=staff_no, action="staff_exit_kiosk", subject="kiosk")

    # -- the audit trail -------------------------------------------------------------------------
    def record(
        self, *, actor_type: str, actor: str, action: str, subject: str = "", detail: dict | None = None
    ) -> None:
        """One audit event in its own (serialised, immediate) transaction."""
        with self.store().begin() as db:
            audit.append(db, actor_type=actor_type, actor=actor, action=action, subject=subject, detail=detail)

    def verify_audit(self) -> tuple[bool, int, int | None]:
        with self.store()() as db:
            return audit.verify(db)

    def audit_still_intact(self) -> bool:
        """For the heartbeat, every few seconds beside the screen: the events added since the last
        one, and the next AUDIT_WINDOW of the older ones in turn. The trail grows for the
        terminal's life (checking 20,000 events whole took 0.8 s of CPU, in the screen's own
        process); this way a beat does bounded work, each new event is checked as it comes, and
        an edit of one already checked shows within a sweep of the trail (a trail shorter than the
        window: at the next beat). After a break the same stretch is checked again, so the fault
        stays until the trail is restored."""
        with self.store()() as db:
            new_intact, newest = audit.verify_window(db, self._audit_newest, AUDIT_WINDOW)
            old_intact, swept = audit.verify_window(db, self._audit_sweep, AUDIT_WINDOW)
        if new_intact:
            self._audit_newest = newest
        if old_intact:
            self._audit_sweep = 0 if swept >= self._audit_newest else swept
        return new_intact and old_intact

    def center_audit_verdict(self) -> str | None:
        """What the center said of this terminal's audit heads when it found a cut tail (else None)."""
        with self.store()() as db:
            return outbox.center_audit_verdict(db)
