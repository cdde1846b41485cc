"""Field-by-field checks of what the simulated center receives, as strict as the platform.

Each transaction's input is a tuple of ``Spec`` (name, label, type, max length,
required, allowed codes or a format). ``check`` raises ``Invalid`` naming the
first wrong field in plain words: the refusal a staff member can act on.
Where a field list comes from public client code, the module says where.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.core import envelope, idnumber


class Invalid(ValueError):
    """A field is missing, of the wrong type or format: ``field`` names it."""

    def __init__(self, field: str, message: str, reason: str = "bad_input"):
        super().__init__(message)
        self.field = field
        self.message = message
        self.reason = reason


@dataclass(frozen=True)
class Spec:
    name: str
    label: str
    kind: str = "str"  # str | date | datetime | int | object | list
    max_len: int | None = None
    required: bool = True
    codes: Mapping[str, str] | None = None
    pattern: str | None = None  # a regular expression the whole value matches
    hint: str = ""  # the format in words, for the refusal


def _name(spec: Spec) -> str:
    return f"{spec.name}（{spec.label}）"


def _check_value(spec: Spec, value: Any) -> None:
    if spec.kind == "object":
        if not isinstance(value, dict):
            raise Invalid(spec.name, f"{_name(spec)}应为对象")
        return
    if spec.kind == "list":
        if not isinstance(value, list):
            raise Invalid(spec.name, f"{_name(spec)}应为列表")
        return
    if spec.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(spec.name, f"{_name(spec)}应为数字")
        return
    if not isinstance(value, str):
        raise Invalid(spec.name, f"{_name(spec)}应为字符串")
    if spec.max_len is not None and len(value) > spec.max_len:
        raise Invalid(spec.name, f"{_name(spec)}太长，最多{spec.max_len}个字符")
    if spec.kind == "date":
        try:
            if len(value) != 10:
                raise ValueError
            dt.date.fromisoformat(value)
        except ValueError:
            raise Invalid(spec.name, f"{_name(spec)}格式不对，应为 yyyy-MM-dd") from None
    if spec.kind == "datetime":
        try:
            dt.datetime.strptime(value, envelope.INF_TIME_FORMAT)
        except ValueError:
            raise Invalid(spec.name, f"{_name(spec)}格式不对，应为 yyyy-MM-dd HH:mm:ss") from None
    if spec.codes is not None and value not in spec.codes:
        raise Invalid(spec.name, f"{_name(spec)}不是有效的代码（可用: {'、'.join(spec.codes)}）")
    if spec.pattern is not None and not re.fullmatch(spec.pattern, value):
        raise Invalid(spec.name, f"{_name(spec)}格式不对{('，应为' + spec.hint) if spec.hint else ''}")


def check(data: Any, specs: tuple[Spec, ...], where: str = "input.data") -> dict[str, Any]:
    """The data, checked; Invalid names the first wrong field. Unknown extra fields are ignored."""
    if not isinstance(data, dict):
        raise Invalid(where, f"{where} 应为对象")
    for spec in specs:
        value = data.get(spec.name)
        if value is None or value == "":
            if spec.required:
                raise Invalid(spec.name, f"缺少必填字段 {_name(spec)}")
            continue
        _check_value(spec, value)
    return data


def require(data: dict, spec: Spec, condition: bool) -> None:
    """A field the spec makes required only in some cases (card_sn for a 社保卡)."""
    if condition and data.get(spec.name) in (None, ""):
        raise Invalid(spec.name, f"缺少必填字段 {_name(spec)}")
    if data.get(spec.name) not in (None, ""):
        _check_value(spec, data[spec.name])


# -- code tables -----------------------------------------------------------------------------
MDTRT_CERT_TYPES = {"01": "医保电子凭证", "02": "居民身份证", "03": "社会保障卡"}
PSN_CERT_TYPES = {
    "01": "居民身份证（户口簿）",
    "02": "中国人民解放军军官证",
    "03": "中国人民武装警察警官证",
    "04": "香港特区护照/港澳居民来往内地通行证",
    "05": "澳门特区护照/港澳居民来往内地通行证",
    "06": "台湾居民来往大陆通行证",
    "07": "外国人永久居留证",
    "08": "外国人护照",
    "90": "其他身份证件",
}
INSUTYPES = {
    "310": "职工基本医疗保险",
    "320": "公务员医疗补助",
    "330": "大额医疗费用补助",
    "340": "离休人员医疗保障",
    "390": "城乡居民基本医疗保险",
    "392": "城乡居民大病医疗保险",
    "510": "生育保险",
}
YIDI_TYPES = {
    "1": "异地安置退休人员",
    "2": "异地长期居住人员",
    "3": "常驻异地工作人员",
    "4": "异地转诊就医人员",
    "5": "异地急诊抢救人员",
    "6": "其他临时外出就医人员",
}
LONG_TERM = ("1", "2", "3")
# 补办 (医保发〔2022〕22号): before discharge settlement the visit settles directly; after a
# self-paid settlement the person is reimbursed by hand at the 参保地. The center keeps them apart.
SUPP_FLAGS = {"0": "不是补办", "1": "出院结算前补办（直接结算）", "2": "自费结算后补办（回参保地手工报销）"}
FLAGS = {"0": "否", "1": "是"}
FILED_BY = {"self": "本人", "family": "亲友代办", "staff": "工作人员代办"}

DIGITS6 = r"\d{6}"
PHONE = r"1\d{10}"
SN = r"[0-9A-Za-z]{1,30}"

# -- the envelope (SYBCommon.cs InCommon) -----------------------------------------------------
ENVELOPE = (
    Spec("infno", "交易编号", max_len=4, pattern=r"[0-9A-Z]{4}", hint="4位交易编号"),
    Spec(
        "msgid",
        "发送方报文ID",
        max_len=30,
        pattern=envelope.MSGID_RE.pattern[1:-1],
        hint="定点医药机构编号(12)+yyyyMMddHHmmss(14)+顺序号(4)",
    ),
    Spec("mdtrtarea_admvs", "就医地医保区划", max_len=6, pattern=DIGITS6, hint="6位数字"),
    Spec("insuplc_admdvs", "参保地医保区划", max_len=6, required=False, pattern=DIGITS6, hint="6位数字"),
    Spec("recer_sys_code", "接收方系统代码", max_len=10),
    Spec("dev_no", "设备编号", max_len=100, required=False),
    Spec("dev_safe_info", "设备安全信息", max_len=2000, required=False),
    Spec("cainfo", "数字签名信息", max_len=1024, required=False),
    Spec("signtype", "签名类型", max_len=10, required=False, codes={"SM2": "SM2", "SM3": "SM3"}),
    Spec("infver", "接口版本号", max_len=6, pattern=r"V\d+\.\d+", hint="V1.0 这样的版本号"),
    Spec("opter_type", "经办人类别", max_len=3, codes=envelope.OPTER_TYPES),
    Spec("opter", "经办人", max_len=30),
    Spec("opter_name", "经办人姓名", max_len=50),
    Spec("inf_time", "交易时间", kind="datetime", max_len=19),
    Spec("fixmedins_code", "定点医药机构编号", max_len=12, pattern=r"[0-9A-Za-z]{12}", hint="12位编号"),
    Spec("fixmedins_name", "定点医药机构名称", max_len=20),
    Spec("sign_no", "交易签到流水号", max_len=30, required=False),
    Spec("input", "交易输入", kind="object"),
)


def check_envelope(body: dict[str, Any]) -> None:
    check(body, ENVELOPE, where="envelope")
    match = envelope.MSGID_RE.match(body["msgid"])
    try:
        dt.datetime.strptime(match["time"], "%Y%m%d%H%M%S")
    except ValueError:
        raise Invalid("msgid", "msgid（发送方报文ID）中间14位不是有效时间 yyyyMMddHHmmss") from None
    if match["sender"] != body["fixmedins_code"]:
        raise Invalid("msgid", "msgid（发送方报文ID）前12位应为定点医药机构编号 fixmedins_code")
    if body["infno"] != "9001" and not body.get("sign_no"):
        raise Invalid("sign_no", "缺少必填字段 sign_no（交易签到流水号），请先签到（9001）")


# -- 9001 签到: newtouch-cloud/openhis Models/Input/Input_9001.cs, binzhe12123/Medical QD9001.cs ---
SIGN_IN = (
    Spec("opter_no", "操作员编号", max_len=20),
    Spec("mac", "签到MAC地址", max_len=20, pattern=r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}", hint="AA-BB-CC-DD-EE-FF"),
    Spec("ip", "签到IP地址", max_len=20),
)


def check_ip(data: dict) -> None:
    try:
        ipaddress.ip_address(data["ip"])
    except ValueError:
        raise Invalid("ip", "ip（签到IP地址）不是有效的IP地址") from None


# -- 1101 人员信息获取: openhis Models/Input/Input_1101.cs --------------------------------------
PERSON_INFO = (
    Spec("mdtrt_cert_type", "就诊凭证类型", max_len=3, codes=MDTRT_CERT_TYPES),
    Spec("mdtrt_cert_no", "就诊凭证编号", max_len=50),
    Spec("begntime", "开始时间", kind="datetime", required=False),
    Spec("psn_cert_type", "人员证件类型", max_len=6, codes=PSN_CERT_TYPES),
    Spec("certno", "证件号码", max_len=50, required=False),
    Spec("psn_name", "人员姓名", max_len=50, required=False),
)
CARD_SN = Spec("card_sn", "卡识别码", max_len=32, pattern=r"[0-9A-Za-z]{1,32}", hint="卡识别码（字母或数字）")

# -- 1162 电子凭证解码, as public clients send it: openhis Models/Input/Input_1162.cs -------------
VOUCHER_DECODE = (
    Spec("orgId", "机构ID", max_len=40),
    Spec("businessType", "用码业务类型", max_len=5, pattern=r"\d{5}", hint="5位用码业务类型代码"),
    Spec("operatorId", "收款员编号", max_len=20),
    Spec("operatorName", "收款员姓名", max_len=30),
    Spec("officeId", "医保科室编号", max_len=20),
    Spec("officeName", "科室名称", max_len=30),
    Spec("deviceType", "设备类型", max_len=30, required=False),
    Spec("ecQrCode", "电子凭证二维码", max_len=512),
    Spec("termId", "机器名称", max_len=50, required=False),
    Spec("termIp", "机器IP", max_len=50, required=False),
)

# -- 2503 人员慢特病备案: openhis Models/Input/Input_2503.cs --------------------------------------
CHRONIC_FILE = (
    Spec("psn_no", "人员编号", max_len=30),
    Spec("insutype", "险种类型", max_len=6, codes=INSUTYPES),
    Spec("opsp_dise_code", "门慢门特病种目录代码", max_len=30),
    Spec("opsp_dise_name", "门慢门特病种名称", max_len=300),
    Spec("tel", "联系电话", max_len=50, required=False),
    Spec("addr", "联系地址", max_len=200, required=False),
    Spec("insu_optins", "参保机构医保区划", max_len=6, pattern=DIGITS6, hint="6位数字"),
    Spec("ide_fixmedins_no", "鉴定定点医药机构编号", max_len=30),
    Spec("ide_fixmedins_name", "鉴定定点医药机构名称", max_len=200),
    Spec("hosp_ide_date", "医院鉴定日期", kind="date"),
    Spec("diag_dr_codg", "诊断医师编码", max_len=30),
    Spec("diag_dr_name", "诊断医师姓名", max_len=50),
    Spec("begndate", "开始日期", kind="date"),
    Spec("enddate", "结束日期", kind="date", required=False),
)

# -- 2504 人员慢特病备案撤销: openhis Models/Input/Input_2504.cs ----------------------------------
CHRONIC_REVOKE = (
    Spec("trt_dcla_detl_sn", "待遇申报明细流水号", max_len=30, pattern=SN, hint="流水号"),
    Spec("psn_no", "人员编号", max_len=30),
    Spec("memo", "备注（撤销原因）", max_len=500),
)

# -- 5301 人员慢特病备案查询: openhis Models/Input/Input_5301.cs ---------------------------------
CHRONIC_QUERY = (Spec("psn_no", "人员编号", max_len=30),)

# -- local extensions (no public equivalent; docs/center-api.md) --------------------------------
WHO = (
    Spec("psn_cert_type", "人员证件类型", max_len=6, codes={"01": PSN_CERT_TYPES["01"]}),
    Spec("certno", "证件号码", max_len=18),
)
AGENT = (
    Spec("filed_by", "办理人", max_len=10, codes=FILED_BY),
    Spec("agnter_name", "代办人姓名", max_len=50, required=False),
    Spec("agnter_certno", "代办人证件号码", max_len=18, required=False),
    Spec("agnter_rlts", "代办人关系", max_len=20, required=False),
    Spec("agnter_staff_no", "工作人员编号", max_len=20, required=False),
)
YIDI_FILE = (
    WHO
    + (
        Spec("dcla_type", "备案类型", max_len=1, codes=YIDI_TYPES),
        Spec("mdtrt_admdvs", "就医地医保区划", max_len=6, pattern=DIGITS6, hint="6位数字"),
        Spec("begndate", "开始日期", kind="date"),
        Spec("enddate", "结束日期", kind="date", required=False),
        Spec("tel", "联系电话", max_len=11, pattern=PHONE, hint="11位手机号码"),
        Spec("promise_flag", "个人承诺", max_len=1, codes=FLAGS),
        Spec("supp_flag", "补办情况", max_len=1, codes=SUPP_FLAGS),
    )
    + AGENT
)
YIDI_REVOKE = WHO + (
    Spec("trt_dcla_detl_sn", "备案流水号", max_len=30, pattern=SN, hint="流水号"),
    Spec("memo", "备注（撤销原因）", max_len=500),
)
YIDI_CHANGE = YIDI_FILE + YIDI_REVOKE[2:]
BY_PERSON = WHO
BY_PSN_NO = (Spec("psn_no", "人员编号", max_len=30),)
LEDGER = BY_PSN_NO + (
    Spec("begndate", "开始日期", kind="date", required=False),
    Spec("enddate", "结束日期", kind="date", required=False),
    Spec("page", "页码", kind="int", required=False),
    Spec("size", "每页条数", kind="int", required=False),
)
CHRONIC_APPLY = (
    WHO
    + (
        Spec("opsp_dise_code", "门慢门特病种目录代码", max_len=30),
        Spec("opsp_dise_name", "门慢门特病种名称", max_len=300),
        Spec("ide_fixmedins_no", "鉴定定点医药机构编号", max_len=30),
        Spec("ide_fixmedins_name", "鉴定定点医药机构名称", max_len=200),
        Spec("tel", "联系电话", max_len=11, pattern=PHONE, hint="11位手机号码"),
    )
    + AGENT
)
CHRONIC_WITHDRAW = WHO + (
    Spec("appy_sn", "申请流水号", max_len=30, pattern=SN, hint="流水号"),
    Spec("memo", "备注（撤回原因）", max_len=500),
)
REFERENCE = (Spec("key", "参考数据类别", max_len=40), Spec("version", "已有版本", max_len=40, required=False))
AUDIT_HEAD = (
    Spec("count", "审计事件数", kind="int"),
    Spec("head", "审计链头", max_len=64, pattern=r"[0-9a-f]{64}", hint="64位十六进制"),
    Spec("links", "新增事件的链接", kind="list"),
)
DEMO_VOUCHER = (Spec("certno", "证件号码", max_len=18),)


def check_certno(data: dict, field: str = "certno") -> str:
    try:
        return idnumber.validate(str(data[field]))
    except idnumber.IdNumberError:
        raise Invalid(field, f"{field}（证件号码）不是有效的身份证号码") from None


def check_in(field: str, label: str, value: str, table: Mapping[str, Any] | Callable[[str], bool]) -> None:
    known = table(value) if callable(table) else value in table
    if not known:
        raise Invalid(field, f"{field}（{label}）{value} 不在字典中")
