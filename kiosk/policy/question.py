"""What a spoken question asks for, offline: its words in plain Mandarin, the kind of answer
wanted (materials, where, how, can-I, how much, how long, when, who, what-is, which rate) and
whether it is a policy question at all."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from kiosk.policy.terms import ABROAD, DIALECT, MEDICAL_ADVICE, MEDICAL_INSURANCE_ANCHORS, OTHER_SERVICES

# the kinds, most specific first: a question may be several ("去哪办、带什么"), the first wins
KINDS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (
            "materials",
            r"带(什么|些什么|哪些)|要(些)?什么(材料|东西|证明|资料)|什么材料|哪些材料"
            r"|(材料|资料|证明|病历|单子)|拿些什么|开什么证明|寄些什么",
        ),
        # "是什么时候" asks when, not what: the what-kind must not take it before the when-kind sees it
        ("what", r"什么叫|是指|是什么(东西|意思)|是个什么|是什么(?!时候)|怎么回事|什么意思|长什么样|叫个什么|叫什么"),
        ("basis", r"按(什么|哪里|哪边|哪个|外地|本地|这儿|这里|那边|老家)|是按|还是按|什么标准|哪里的标准|哪边的"),
        ("rate", r"几成|比例|百分之"),
        ("much", r"多少钱|报多少|能报多少|多少元|交多少|给多少|最多|起付|花够|一个数|多少(?!天|年|个月|日)"),
        # when wants a date or a period of the year (每年9月1日至12月31日); how long wants a duration
        ("when", r"什么时候|哪天|哪一天|几月|几号|何时|什么时间|哪个月|哪段时间|几时"),
        ("long", r"多少天|几天|多久|多长时间|几年|多少年|年限|几个月|期限|有效期"),
        ("where", r"去哪里|在哪里|哪里办|哪个部门|找谁|哪家|到哪|哪里(领|交|办|去)"),
        # what follows from doing it (用别人的卡住院会怎样): the sanction or the loss, not the rule
        ("consequence", r"会怎样|会怎么样|什么后果|后果|会不会被|要不要紧|受处罚|被罚|罚不罚|查不查"),
        # which ones (哪几种慢病): the sentence that lists them
        ("list", r"哪几(种|类|个|项|样)|哪些(病|药|费用|项目|情况|服务|地方|事|东西|业务)"),
        ("who", r"哪些人|什么人|谁|算不算|有我的份|哪种人|哪一类|是不是.*(人员|对象)|重点"),
        ("how", r"怎么(办|弄|转|去|开|交|领|激活|申请|备案|报)|手续|流程|步骤|第一步|头一步|怎么|如何|干什么"),
        ("need", r"还要|还得|还用|要不要|用不用|需不需要|得不得|是不是得|是不是要|必须|要先|得先|需要先|先得|先要"),
        (
            "can",
            r"能不能|能.*(吗|不)$|行不行|可以吗|可不可以|管不管|行吗|还能|还要|要不要|用不用|是不是|还算|作数"
            r"|不\??$|吗\??$|没有\??$",
        ),
    )
)

# asked what to bring or hand in, not only naming a paper
ASKS_WHAT_TO_BRING = re.compile(
    r"(带|拿|交|准备|提供|寄|开|要|需要|得)[^，,。？?]{0,4}(什么|些|哪些|啥|几样)|(什么|哪些)(材料|资料|证明|证件|东西)"
)

# a question that ends by asking what to do is a how-question, whatever it said before
ASKS_WHAT_TO_DO = re.compile(r"(怎么办|怎么弄|如何办理?|怎么处理|该怎么)$")

# what a sentence that answers each kind looks like
CUES: dict[str, re.Pattern] = {
    kind: re.compile(pattern)
    for kind, pattern in {
        # 持 as in 持卡, not 支持/坚持; a form named in 《》 is a paper one brings
        "materials": r"材料|资料|证明|提供|携带|(?<![支坚保维主扶劫挟])持|原件|复印件|身份证|社保卡|发票|清单|病历"
        r"|申请表|户口簿|凭证|《[^》]{2,30}(表|证|书|单|函)》",
        "what": r"是指|指的是|即|此为|是[^，,。]{0,24}的[^，,。]{0,12}(凭证|标识|制度|机制|办法|保险|待遇|渠道)"
        r"|以[^，,。]{2,12}方式",
        "rate": r"\d+(\.\d+)?%|比例|成",
        "basis": r"执行|按照|参照|适用|标准|规定",
        "much": r"\d+(\.\d+)?\s*(万元|元|%|种|项|类|个)|起付|限额|不设|为零|免缴|比例",
        "long": r"\d+\s*(个工作日|工作日|天|日|个月|月|年)|之日起|期间|有效期|长期|征收期|当月|内",
        "when": r"\d+月(\d+日)?|\d{4}年|每年|之日起|起|期间|征收期|当月|次月|当年|之前|以前|之后|以后|前|后|时",
        "where": r"到|在|至|经办机构|大厅|窗口|医保科|社区|村|工作站|药店|医院|App|APP|社保局",
        "who": r"人员|对象|成员|家庭|指|包括|儿童|职工|居民|患者|老年人",
        "how": r"第一步|办理|申请|点击|进入|选择|先|再|流转|登记|备案|提出|即可|通过",
        # ...or the precondition said as a sequence: 办理备案后可以享受 answers "要先备案吗"
        "need": r"无需|不需要|不需|不用|不必|免缴|不再|不设|须|需要|应当|必须|后(可以|可|才能|方可|即可|才可)",
        "can": r"可以|可|能|不得|不能|不予|无需|不需要|应当|须|享受|纳入|范围|相同|继续|不再|终止",
        "consequence": r"处罚|罚款|追回|追究|暂停|取消|解除|拒付|不予|骗取|冒名|违规|违法|责任|处理|移送|曝光",
        "list": r"[\u4e00-\u9fff）)]、[\u4e00-\u9fff（(]",
    }.items()
}

# graded cues: how many items a materials sentence lists, how many figures a number answer has
_MATERIAL_ITEM = re.compile(
    r"身份证|社保卡|社会保障卡|户口簿|证明|发票|清单|病历|复印件|原件|申请表|银行卡"
    r"|报告|照片|记录|凭证"
)
_FIGURE = re.compile(r"\d+(\.\d+)?")
_DATE = re.compile(r"\d{4}年|\d{1,2}月(\d{1,2}日)?|每年|征收期|之日起|当月|次月")
# the steps and channels of a procedure: every sentence of a filing notice says 办理 or 备案, the one
# that answers "怎么办" also says how or through what (途径, 可通过…APP, 窗口, 线上线下, 扫码)
_HOW_STEP = re.compile(
    r"途径|渠道|可通过|通过[^，,。；;]{0,24}(APP|App|小程序|平台|窗口|网站|电话|公众号)|窗口|APP|App|小程序"
    r"|线上|线下|网上|登录|扫码|点击|进入|第一步|第二步|即可"
)
_FULL = {"materials": 5, "how": 2}  # a list of materials names several (身份证、社保卡、发票、清单、病历)
_GRADED = {
    "materials": _MATERIAL_ITEM,
    "much": _FIGURE,
    "long": _FIGURE,
    "rate": _FIGURE,
    "when": _DATE,
    "how": _HOW_STEP,
    "list": re.compile(r"[^、，,。；;:：]{1,12}(?=、)"),  # the more items it names, the more it is the list
}


# the purpose and basis clause of a regulation (为贯彻落实…, 根据《…》…制定本办法) answers nothing an elder
# asks; a rule that cites its basis (根据《…方案》规定,…患者…不设起付线) is no preamble
PREAMBLE = re.compile(
    r"^(第[一二三四五六七八九十]{1,3}条\s*)?"
    r"(为(了)?(贯彻|落实|进一步|加强|规范|做好|深入|推动)|根据《(?=.*(制定|结合本)))"
)


# a directive to the offices (做好…, 加强…, 各地要…) tells an elder less than a sentence about what they can do
DIRECTIVE = re.compile(
    r"^(\d{1,2}[.、]\S{2,14}。)?(做好|加强|推进|推动|落实|提升|开展|完善|建立|健全|强化"
    r"|深化|大力|积极|切实|各地|各级|要)"
)


@functools.lru_cache(maxsize=200_000)  # the same sentences are weighed for every question
def cue_strength(kind: str, sentence: str) -> float:
    """0..1: how much a sentence looks like the answer to this kind of question."""
    if not CUES[kind].search(sentence):
        return 0.0
    graded = _GRADED.get(kind)
    if graded is None:
        return 1.0
    found = len(set(m.group(0) for m in graded.finditer(sentence)))
    return 0.5 + 0.5 * min(1.0, found / _FULL.get(kind, 3)) if found else 0.25


# how much a sentence shaped like the answer counts, by kind: a list of materials is the answer
# to a materials question; "可以" is in half of all sentences and says little
CUE_WEIGHT = {
    "materials": 1.5,
    "much": 0.6,
    "long": 0.6,
    "when": 0.6,
    "rate": 0.6,
    "where": 0.3,
    "what": 0.3,
    "who": 0.2,
    "how": 0.15,
    "can": 0.1,
    "consequence": 0.6,
    "list": 0.6,
    "need": 0.4,
    "basis": 0.4,
}

_NEGATIVE = re.compile(r"不得|不能|不予|不可|不属于|不纳入|不划入|不计入|不支付|不报销|禁止|严禁")
_NEEDLESS = re.compile(r"无需|不需要|不需|不用|不必|免缴|不再|不设")
_YES = re.compile(r"可以|可|能|享受|纳入|属于|继续|相同|一样|按规定")
UNKNOWN_PLACE_KINDS = ("much", "rate", "long", "when")


@dataclass(frozen=True)
class Question:
    text: str  # as asked
    plain: str  # NFKC, Simplified, dialect rewritten
    kinds: tuple[str, ...]
    unit: str = ""  # the unit a figure is asked in (多少种 -> 种, 几天 -> 天/日/工作日), a pattern
    figures: tuple[tuple[float, str], ...] = ()  # figures said (80来分 -> (80, 分))

    @property
    def kind(self) -> str:
        return self.kinds[0] if self.kinds else "how"


def normalise(text: str) -> str:
    from kiosk.policy.clean import to_simplified

    text = to_simplified(unicodedata.normalize("NFKC", text)).strip()
    for spoken in sorted(DIALECT, key=len, reverse=True):
        text = text.replace(spoken, DIALECT[spoken])
    return text


_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SPOKEN_NUMBER = re.compile(
    r"([零一二两三四五六七八九十百千]+)"
    r"(?=[来多几]?(?:万|元|块|天|日|岁|分|成|种|趟|次|个月|年|个工作日))"
)


def _number(spoken: str) -> int | None:
    """一百二十 -> 120, 十五 -> 15, 八十 -> 80 (below ten thousand; 万 stays a word); a spoken
    range of two digits (七八万, 三五天, 一两年) is its lower end, the figure the elder is sure of."""
    if len(spoken) == 2 and all(ch in _DIGIT for ch in spoken):
        return _DIGIT[spoken[0]]
    total, digit = 0, None
    for ch in spoken:
        if ch in _DIGIT:
            digit = _DIGIT[ch]
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (1 if digit is None else digit) * unit
            digit = None
    return total + (digit or 0) if spoken else None


def spoken_numbers_as_digits(text: str) -> str:
    """The question with its spoken amounts in digits, as notices write them (十万 -> 10万)."""
    return _SPOKEN_NUMBER.sub(lambda m: str(_number(m.group(1))), text)


# "多少种" is answered by "69种", not by the sentence with the most figures: the unit asked for, as a
# notice writes a figure in it
_ASKED_UNIT = re.compile(r"(?:多少|几)(个工作日|个月|种|项|类|个|样|天|日|年|元|块|钱|分|岁|次|倍|成)")
_UNIT_WRITTEN = {
    "个工作日": "个?工作日|天|日",
    "天": "个?工作日|天|日",
    "日": "个?工作日|天|日",
    "个月": "个月",
    "块": "万?元",
    "钱": "万?元",
    "元": "万?元",
    "成": "%|成",
    "样": "种|项|类|个",  # 多少样药: how many kinds
}


def asked_unit(plain: str) -> str:
    found = _ASKED_UNIT.search(plain)
    if not found:
        return ""
    unit = found.group(1)
    return rf"\d+(\.\d+)?\s*(?:{_UNIT_WRITTEN.get(unit, unit)})"


# a yes-no question's point is the clause that asks it ("村里能办医保的事吗，不用跑城里"): its words
# are what the answer must say, the other clauses only set the scene
_ASKING_CLAUSE = re.compile(r"(吗|么|不|没有|没|呢|能不能|行不行|是不是|可不可以|有没有|要不要|用不用)$|还是")


def clauses(plain: str) -> list[str]:
    return [c for c in re.split(r"[？?！!。，,；;、\s]+", plain) if c]


def focus(plain: str) -> str:
    """The clause a yes-no (or this-or-that) question asks in, "" when it is not one or has one
    clause only."""
    parts = clauses(plain)
    asking = [c for c in parts if _ASKING_CLAUSE.search(c)]
    return asking[-1] if len(parts) > 1 and asking else ""


A_FEW = re.compile(r"(?<=[差了过])几(?=年|个月|天|次|回)")


def understand(text: str) -> Question:
    plain = normalise(text)
    # "还差几年" and "住了几个月" tell a few years, they do not ask how many: not a how-long question
    core = A_FEW.sub("若干", re.sub(r"[？?！!。，,\s]+$", "", plain))
    parts = clauses(core) or [core]
    kinds = tuple(
        kind
        for kind, pattern in KINDS
        if (pattern.search(core) if kind != "can" else any(pattern.search(c + "?") for c in parts))
    )
    if "materials" in kinds and not ASKS_WHAT_TO_BRING.search(core):
        # a paper only named ("资料拿回来能认不", "单子还用留着不") is what the question is about, not
        # what it asks for: the question's other kind leads
        kinds = (*(k for k in kinds if k != "materials"), "materials")
    if "how" in kinds and ASKS_WHAT_TO_DO.search(core):
        # "年限还差几年，咋整？" tells how long only to ask what to do about it
        kinds = ("how", *(k for k in kinds if k != "how"))
    return Question(text, plain, kinds, asked_unit(core), said_figures(plain))


# a figure the elder says (八十来分 -> 80来分, 超过十万 -> 10万) and the unit it is in
_SAID_FIGURE = re.compile(r"(\d+(?:\.\d+)?)[来多几]?(万元|万|元|分|岁|天|个月|年)")
_RANGE = r"(\d+(?:\.\d+)?)\s*(?:-|~|～|—+|至|到)\s*(\d+(?:\.\d+)?)\s*{unit}"
_SAME_UNIT = {"万元": "万元?", "万": "万元?", "元": "元"}


def said_figures(plain: str) -> tuple[tuple[float, str], ...]:
    return tuple(
        (float(m.group(1)), _SAME_UNIT.get(m.group(2), m.group(2)))
        for m in _SAID_FIGURE.finditer(spoken_numbers_as_digits(plain))
    )


@functools.lru_cache(maxsize=200_000)
def covers_figure(figures: tuple[tuple[float, str], ...], sentence: str) -> bool:
    """The sentence names the figure asked about, or a band it falls in (80分 in "1-90分为轻度失能",
    10万 in "10万元以上至20万元"): the sentence that sorts the elder's case, not just any figure."""
    for value, unit in figures:
        for m in re.finditer(_RANGE.format(unit=unit), sentence):
            if float(m.group(1)) <= value <= float(m.group(2)):
                return True
        for m in re.finditer(rf"(\d+(?:\.\d+)?)\s*{unit}(?:以上|起)", sentence):
            if float(m.group(1)) == value:
                return True
    return False


@functools.lru_cache(maxsize=200_000)
def has_figure_in(unit: str, sentence: str) -> bool:
    """The sentence writes a figure in the unit asked for (69种, 15个工作日, 1万元)."""
    return bool(unit) and re.search(unit, sentence) is not None


# what to take, eat or do for an illness (吃点什么药能降下来, 喝什么能睡得香): a doctor's question
ASKS_FOR_TREATMENT = re.compile(
    r"(吃|喝|用|抹|擦|贴)(点|些|个|啥)?(什么|哪种|哪样|哪个)(药|东西|好)?(能|可以|才)?(降|好|治|管用|睡|消)"
    r"|(吃|喝|用)(点|些)?(什么|哪种)(药|东西)(好|管用|有效)"
    r"|怎么(治|调理|降下来|降|养)|(能|可以|还能)(吃|喝)[^，,。？?]{1,6}(吗|不|么)$|睡不着|失眠|咳嗽|发烧|头疼|头晕"
)

# "到医院找哪个科去办" asks where a procedure is done (the 医保科), not which doctor to see
ASKS_A_PROCEDURE = re.compile(r"办|申请|认定|备案|报|医保|保险|药店|结算")


def out_of_scope(question: Question) -> bool:
    """Medical advice, or another service with nothing of 医保 in the question."""
    text = question.plain
    if (
        any(word in text for word in MEDICAL_ADVICE) or ASKS_FOR_TREATMENT.search(text)
    ) and not ASKS_A_PROCEDURE.search(text):
        return True
    return any(word in text for word in OTHER_SERVICES) and not any(word in text for word in MEDICAL_INSURANCE_ANCHORS)


def asks_abroad(question: Question, places: list[str]) -> bool:
    """Treatment in another country: a word for abroad, or a place named X国 (泰国, 美国)."""
    return any(word in question.plain for word in ABROAD) or any(
        len(p) in (2, 3) and p.endswith("国") and p not in ("中国", "全国") for p in places
    )


def figures_elsewhere(question: Question, unknown_places: list[str]) -> bool:
    """A figure (how much, which rate, how long) asked for a place no notice in the library
    speaks of: another city's numbers are not ours to give."""
    return bool(unknown_places) and any(kind in question.kinds for kind in UNKNOWN_PLACE_KINDS)


def polarity(sentence: str) -> str:
    """'no' | 'needless' | 'yes' | '': what a can-I sentence says."""
    if _NEEDLESS.search(sentence):
        return "needless"
    if _NEGATIVE.search(sentence):
        return "no"
    if _YES.search(sentence):
        return "yes"
    return ""
