"""Cleaning scraped notices: Unicode NFKC, Traditional -> Simplified (OpenCC), pinyin
annotations after characters removed ("醫(yī)保" -> "医保", "(一)" and "(亿元)" kept),
text garbled by an encoding mix-up replaced by "…", and web boilerplate lines dropped."""

from __future__ import annotations

import functools
import re
import unicodedata

# a pinyin syllable with a tone mark (or ü), right after a character: what the scraper added
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
PINYIN_AFTER_CHAR = re.compile(rf"(?<=[^\s(])\((?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,7}}\)")

# lines that are page furniture, app ads, coupon pop-ups or customer-service text, not policy
BOILERPLATE = [
    re.compile(p)
    for p in (
        r"开发者[:：]",
        r"(苹果|安卓)版本",
        r"^微\s*信$",
        r"公号|公众号",
        r"官方微信",
        r"客服电话",
        r"您的位置|您当前所在位置|当前位置",
        r"编辑推荐",
        r"免费(试听|直播|资料)",
        r"备考|考点|报考|模拟试卷|复习经验|选课",
        r"立即领取|^领取$|回到顶部|^折叠$",
        r"抽奖|优惠",
        r"已存入账户",
        r"^上一篇|^下一篇",
        r"^主办[:：]|^承办[:：]",
        r"^地址[:：]",
        r"业务电话|咨询电话",
        r"^工作时间",
        r"ICP|备案号[:：]|网站标识码|公安机关备案",
        r"^网站统计$",
        r"^新闻动态$",
        r"^首页",
        r"^[|｜\s—….-]*$",
        r"^\d{1,2}$",
        r"执业医师",
        r"^文章插图$",
        r"^分享$",
        r"^更新时间[:：]",
    )
]
# ...and words that are an app ad only on a short line ("APP下载", "扫一扫,立即下载"): a notice's own
# sentence may say "下载国家医保服务平台App—登录—…" and is then the answer
SHORT_BOILERPLATE = [re.compile(p) for p in (r"APP", r"下载", r"扫一扫", r"权限", r"隐私政策")]
SHORT_LINE = 24
# a page's meta description left in the text (`…具体按以下4个" />`): a truncated copy of the paragraph
HTML_ATTRIBUTE = re.compile(r'[^"<>]*"\s*/?>')
# a heading line the sections keep; everything else that is shorter than this and has no
# sentence punctuation is likely a table cell or a menu item
_SENTENCE_END = re.compile(r"[。；！？：:]")


@functools.cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


@functools.cache
def _s2hk():
    import opencc

    return opencc.OpenCC("s2hk")


def simplified_to_hongkong(text: str) -> str:
    """For the 繁體/粵語 kiosk language: the library's Simplified text in Hong Kong characters."""
    return _s2hk().convert(text)


def strip_pinyin(text: str) -> str:
    return PINYIN_AFTER_CHAR.sub("", text)


def _gb2312_common(ch: str) -> bool:
    """Level-1 GB2312 (the 3,755 most used characters); mojibake is mostly outside it."""
    try:
        encoded = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xB0 <= encoded[0] <= 0xD7


def _suspect(ch: str) -> bool:
    return ch == "?" or (
        not ch.isascii() and not _gb2312_common(ch) and not unicodedata.category(ch).startswith(("P", "Z"))
    )


def _seed(text: str, i: int) -> bool:
    """Where garbling certainly is: a private-use character, a '?' with text glued after it (a real
    question mark ends a sentence; these notices ask nothing), or a rare symbol that is no Chinese
    character (bopomofo, box drawing, enclosed or small forms: ㄒ ┰ ⒈ ﹨) with another rare
    character right after it ("?。ㄒ唬﹨⒈H藛T": the run after the full stop a '?' run stops at).
    Two rare Chinese characters alone are no seed: a drug's name (哌替啶) has them."""
    ch = text[i]
    if "\ue000" <= ch <= "\uf8ff":
        return True
    if not ch.isascii() and _suspect(ch) and not "\u3400" <= ch <= "\u9fff":
        return any(not c.isascii() and _suspect(c) for c in text[i + 1 : i + 3])
    return ch == "?" and i + 1 < len(text) and not text[i + 1].isspace() and text[i + 1] not in '”")）'


def _stray(ch: str) -> bool:
    return _suspect(ch) or (ch.isascii() and (ch.isalpha() or ch in "()^~"))


def _joins_run(text: str, i: int, bad: list[bool]) -> bool:
    """A character next to a garbled run is garbled too if it is rare, a stray Latin letter or
    bracket, or a common character with a rare one a few characters further in the same clause."""
    ch = text[i]
    if ch.isspace() or ch in "，。、；：“”《》（）,;:":
        return False
    if _stray(ch):
        return True
    step = 1 if i > 0 and bad[i - 1] else -1
    j = i + step
    for _ in range(5):
        if not 0 <= j < len(text) or text[j].isspace() or text[j] in "，。、；：“”《》（）,;:的了在和是":
            return False
        if _stray(text[j]):
            return True
        j += step
    return False


def drop_garble(text: str) -> str:
    """Replace runs garbled by a GBK/UTF-8 mix-up with '…': they cannot be recovered, and read
    aloud they are noise. Runs on Simplified text before NFKC (which turns '⒖' into '15.')."""
    bad = [_seed(text, i) for i in range(len(text))]
    if not any(bad):
        return text
    changed = True
    while changed:
        changed = False
        for i in range(len(text)):
            near = (i > 0 and bad[i - 1]) or (i + 1 < len(text) and bad[i + 1])
            if not bad[i] and near and _joins_run(text, i, bad):
                bad[i] = changed = True
    out = []
    for i, ch in enumerate(text):
        if not bad[i]:
            out.append(ch)
        elif i == 0 or not bad[i - 1]:
            out.append("…")
    return re.sub(r"…[;；,，、。]?(?=…)", "", "".join(out))  # two runs around a stray comma are one


def is_boilerplate(line: str) -> bool:
    return any(p.search(line) for p in BOILERPLATE) or (
        len(line) <= SHORT_LINE and any(p.search(line) for p in SHORT_BOILERPLATE)
    )


def clean_lines(raw: str) -> list[str]:
    """The document's meaningful lines, cleaned, in order."""
    text = drop_garble(to_simplified(strip_pinyin(raw)))
    text = unicodedata.normalize("NFKC", text)
    out = []
    for line in text.splitlines():
        line = HTML_ATTRIBUTE.sub("", line)
        line = re.sub(r"\s+", " ", line).strip().lstrip("•·●▪ ")
        if line and not is_boilerplate(line):
            out.append(line)
    return out
