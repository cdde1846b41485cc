"""The plain-language error catalogue.

Each entry says what happened and what to do, in short everyday Chinese
(医保发〔2022〕22号: 简明扼要、通俗易懂地描述错误原因). The source strings are
zh_CN; the UI translates them in the "errors" context. ``tr_noop`` only marks
strings for pyside6-lupdate, so this module stays free of Qt.
"""

from __future__ import annotations


def tr_noop(context: str, text: str) -> str:  # noqa: ARG001 - a marker for lupdate
    return text


QT_TRANSLATE_NOOP = tr_noop

CATALOGUE: dict[str, str] = {
    "id_length": QT_TRANSLATE_NOOP("errors", "身份证号码应该是18位。请再核对一遍。"),
    "id_chars": QT_TRANSLATE_NOOP("errors", "身份证号码只有数字，最后一位可能是X。请再核对一遍。"),
    # which of the three groups (6 地区, 8 出生日期, 4 顺序码和校验码) is wrong, so an elder knows where to look
    "id_region": QT_TRANSLATE_NOOP("errors", "前面6位（地区）不对。请对照身份证看一下前6位。"),
    "id_birth": QT_TRANSLATE_NOOP("errors", "中间8位（出生日期）不对。请对照身份证看一下中间8位。"),
    "id_check": QT_TRANSLATE_NOOP("errors", "这个号码有一位不对，和最后4位对不上。请先看最后4位，再看前面。"),
    "person_not_found": QT_TRANSLATE_NOOP("errors", "没有查到这个号码的参保信息。请到窗口问工作人员。"),
    "center_offline": QT_TRANSLATE_NOOP("errors", "现在连不上医保系统。请稍后再试，或者请工作人员帮忙。"),
    "center_busy": QT_TRANSLATE_NOOP("errors", "医保系统正忙。请稍等一会儿再试。"),
    "center_rejected": QT_TRANSLATE_NOOP("errors", "医保系统没有办成这件事。请找工作人员帮忙。"),
    "filing_bad_kind": QT_TRANSLATE_NOOP("errors", "这种备案这里办不了。请找工作人员帮忙。"),
    "filing_bad_type": QT_TRANSLATE_NOOP("errors", "请先选一下您属于哪一种情况。"),
    "filing_bad_place": QT_TRANSLATE_NOOP("errors", "请选一下要去看病的城市。"),
    "filing_bad_date": QT_TRANSLATE_NOOP("errors", "日期不对。请重新选一下日期。"),
    "filing_missing": QT_TRANSLATE_NOOP("errors", "还有一项没有填。请把它填上。"),
    "filing_bad_value": QT_TRANSLATE_NOOP("errors", "有一项填得不对。请重新填一下，或者请工作人员帮忙。"),
    "filing_end_before_begin": QT_TRANSLATE_NOOP("errors", "结束日期比开始日期还早。请重新选一下。"),
    "filing_too_short": QT_TRANSLATE_NOOP("errors", "临时外出就医备案至少要半年。请把结束日期往后选。"),
    "voucher_malformed": QT_TRANSLATE_NOOP("errors", "这个码读不出来。请打开手机上的医保电子凭证，再对准摄像头。"),
    "voucher_foreign": QT_TRANSLATE_NOOP("errors", "这是付款码或别的码，不是医保码。请打开医保电子凭证。"),
    "voucher_expired": QT_TRANSLATE_NOOP("errors", "医保码已经过期了。请在手机上刷新一下，再扫一次。"),
    "voucher_used": QT_TRANSLATE_NOOP("errors", "这个医保码已经用过了。请在手机上刷新一下，再扫一次。"),
    "voucher_unknown": QT_TRANSLATE_NOOP("errors", "医保系统不认识这个码。请刷新医保码再试，或者输入身份证号码。"),
    "camera_missing": QT_TRANSLATE_NOOP("errors", "摄像头现在用不了。请按“输入身份证号码”，或请工作人员帮忙。"),
    "filing_bad_phone": QT_TRANSLATE_NOOP("errors", "电话号码应该是1开头的11位数字。请再核对一遍。"),
    "filing_locked": QT_TRANSLATE_NOOP(
        "errors", "长期居住备案办好以后，有一段时间不能变更或取消。请到时再来，或者请工作人员帮忙。"
    ),
    "staff_wrong": QT_TRANSLATE_NOOP("errors", "工号或密码不对。请再输一次。"),
    "staff_locked": QT_TRANSLATE_NOOP("errors", "密码错了五次，这个工号要等十五分钟才能再用。"),
    # the center refused a filing made here (shown in 我的备案 with the receipt's reference)
    "refused_already_filed": QT_TRANSLATE_NOOP("errors", "没办成：这个病以前已经备过案了，不用再办。"),
    "refused_person_not_found": QT_TRANSLATE_NOOP("errors", "没办成：医保系统查不到参保信息。请到窗口问工作人员。"),
    "refused_bad_input": QT_TRANSLATE_NOOP("errors", "没办成：填的内容有一项不对。请重新办一次，或者请工作人员帮忙。"),
    "refused_filing_not_found": QT_TRANSLATE_NOOP("errors", "没办成：医保系统里没有这个备案。请到窗口问工作人员。"),
    "refused_already_revoked": QT_TRANSLATE_NOOP("errors", "这个备案以前已经取消了。"),
    # cards (身份证, 社保卡): each one sentence, what happened and what to do
    "card_unreadable": QT_TRANSLATE_NOOP("errors", "卡没有读出来。请把卡拿开，再放一次。"),
    "card_removed": QT_TRANSLATE_NOOP("errors", "卡被拿走了。请把卡重新放好。"),
    "reader_lost": QT_TRANSLATE_NOOP("errors", "读卡器现在用不了。请用别的方式，或者请工作人员帮忙。"),
    "idcard_expired": QT_TRANSLATE_NOOP(
        "errors", "这张身份证已经过期了，不能用来办事。请换一种方式，或者请工作人员帮您。"
    ),  # noqa: E501 - one sentence, one literal for lupdate
    "card_unknown": QT_TRANSLATE_NOOP("errors", "医保系统里没有这张卡的参保信息。请到窗口问工作人员。"),
    "sscard_not_social": QT_TRANSLATE_NOOP("errors", "这张卡不是社保卡。请插社保卡，或者换一种方式。"),
    "sscard_pin_format": QT_TRANSLATE_NOOP("errors", "社保卡密码是6位数字。请再输一次。"),
    "sscard_pin_wrong": QT_TRANSLATE_NOOP("errors", "社保卡密码不对，还可以试{n}次。"),
    "card_none": QT_TRANSLATE_NOOP("errors", "读卡器上没有卡。请把卡放好。"),
    "sscard_blocked": QT_TRANSLATE_NOOP(
        "errors", "这张社保卡的密码已经锁住了。请到窗口找工作人员解锁，或者换一种方式。"
    ),  # noqa: E501 - one sentence, one literal for lupdate
    "authorisation_staff": QT_TRANSLATE_NOOP(
        "errors", "委托书要请工作人员看过，并在这里登录确认。请按“呼叫工作人员”。"
    ),  # noqa: E501 - one sentence, one literal for lupdate
    "refused_already_applied": QT_TRANSLATE_NOOP("errors", "这个病已经在申请了。请等医院鉴定和医保审核。"),
    "refused_already_registered": QT_TRANSLATE_NOOP("errors", "医院已经登记了，这里不能撤回。请到医院或窗口办理。"),
    "refused_not_cross_province": QT_TRANSLATE_NOOP("errors", "没办成：跨省备案要选外省的城市。请重新选就医地。"),
    "refused_long_term_exists": QT_TRANSLATE_NOOP("errors", "没办成：您已经有一个长期异地备案。要换地方，请办变更。"),
    "refused_change_locked": QT_TRANSLATE_NOOP(
        "errors", "没办成：长期备案办好以后，有一段时间不能改或取消。请到窗口问工作人员。"
    ),
    # a message whose msgid the center already holds for another body: never taken as accepted
    "refused_msgid_conflict": QT_TRANSLATE_NOOP(
        "errors", "没办成：上传编号和别的记录重了，医保系统没有收。请工作人员处理。"
    ),
    "refused_broken_reply": QT_TRANSLATE_NOOP("errors", "医保系统的回复不对，这一笔还没办成。请工作人员处理。"),
    "refused_audit_cut": QT_TRANSLATE_NOOP("errors", "医保系统发现这台机器的操作记录少了一段。请工作人员检查。"),
    "refused_audit_chain_broken": QT_TRANSLATE_NOOP("errors", "医保系统发现这台机器的操作记录接不上。请工作人员检查。"),
    # the kiosk could not read what it had saved (a damaged row): set aside, never sent
    "refused_unreadable": QT_TRANSLATE_NOOP("errors", "没办成：本机保存的资料读不出来了。请找工作人员帮忙重新办理。"),
    "bug": QT_TRANSLATE_NOOP("errors", "机器出了点问题。请按“呼叫工作人员”，我们马上来帮您。"),
}


class PlainError(Exception):
    """An error a person can act on; ``key`` selects the catalogue sentence."""

    def __init__(self, key: str, detail: str = ""):
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail

    @property
    def sentence(self) -> str:
        return CATALOGUE.get(self.key, CATALOGUE["bug"])


def catalogue_key(error: BaseException) -> str:
    """The sentence to say for any failure: the center's 'not found' and known keys as
    themselves, everything else (a bug) as 'please ask staff'."""
    if getattr(error, "reason", "") == "person_not_found":
        return "person_not_found"
    if isinstance(error, PlainError) and error.key in CATALOGUE:
        return error.key
    return "bug"
