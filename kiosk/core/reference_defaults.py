"""Reference data with versions: what the simulated center publishes (RF01), and the
copy the kiosk ships so it works before its first pull or offline.

A GB/T 2260 extract of all 31 provinces and their main cities for the 就医地
picker, the chronic-disease list, the appraising hospitals and the 参保地's
local filing rules.
"""

from __future__ import annotations

from typing import Any

from kiosk.core.errors import QT_TRANSLATE_NOOP

# GB/T 2260: every province-level division of the mainland (31), with the capital and a few large cities.
REGIONS = {
    "110000": ("北京市", {"110100": "北京市"}),
    "120000": ("天津市", {"120100": "天津市"}),
    "130000": ("河北省", {"130100": "石家庄市", "130200": "唐山市", "130600": "保定市"}),
    "140000": ("山西省", {"140100": "太原市", "140200": "大同市"}),
    "150000": ("内蒙古自治区", {"150100": "呼和浩特市", "150200": "包头市"}),
    "210000": ("辽宁省", {"210100": "沈阳市", "210200": "大连市"}),
    "220000": ("吉林省", {"220100": "长春市", "220200": "吉林市"}),
    "230000": ("黑龙江省", {"230100": "哈尔滨市", "230200": "齐齐哈尔市"}),
    "310000": ("上海市", {"310100": "上海市"}),
    "320000": ("江苏省", {"320100": "南京市", "320500": "苏州市", "320200": "无锡市"}),
    "330000": ("浙江省", {"330100": "杭州市", "330200": "宁波市", "330300": "温州市"}),
    "340000": ("安徽省", {"340100": "合肥市", "340200": "芜湖市"}),
    "350000": ("福建省", {"350100": "福州市", "350200": "厦门市"}),
    "360000": ("江西省", {"360100": "南昌市", "360700": "赣州市"}),
    "370000": ("山东省", {"370100": "济南市", "370200": "青岛市"}),
    "410000": ("河南省", {"410100": "郑州市", "410300": "洛阳市"}),
    "420000": ("湖北省", {"420100": "武汉市", "420500": "宜昌市"}),
    "430000": ("湖南省", {"430100": "长沙市", "430200": "株洲市"}),
    "440000": ("广东省", {"440100": "广州市", "440300": "深圳市", "440600": "佛山市", "441900": "东莞市"}),
    "450000": ("广西壮族自治区", {"450100": "南宁市", "450300": "桂林市"}),
    "460000": ("海南省", {"460100": "海口市", "460200": "三亚市"}),
    "500000": ("重庆市", {"500100": "重庆市"}),
    "510000": ("四川省", {"510100": "成都市", "510700": "绵阳市"}),
    "520000": ("贵州省", {"520100": "贵阳市", "520300": "遵义市"}),
    "530000": ("云南省", {"530100": "昆明市"}),
    "540000": ("西藏自治区", {"540100": "拉萨市"}),
    "610000": ("陕西省", {"610100": "西安市"}),
    "620000": ("甘肃省", {"620100": "兰州市"}),
    "630000": ("青海省", {"630100": "西宁市"}),
    "640000": ("宁夏回族自治区", {"640100": "银川市", "640500": "中卫市"}),
    "650000": ("新疆维吾尔自治区", {"650100": "乌鲁木齐市", "653100": "喀什地区"}),
}

# National 门诊慢特病病种目录代码 (the platform's M-codes, not ICD-10). Found in public code through the
# search index, which names the file's text but not always its repository:
#   a Java export job (package oprnExcel, class dbToExcelTwo; index file id 19260392739) maps
#     M03900 高血压病, M01600 糖尿病, M00503 恶性肿瘤放、化、介入或核素治疗, M08300 器官移植抗排异治疗,
#     M04600 冠心病, M05300 慢性阻塞性肺疾病, M04803 脑血管疾病后遗症, M07800 慢性肾功能不全（非透析治疗）,
#     M07803 慢性肾功能不全（血透治疗）, M07804 慢性肾功能不全（腹透治疗）;
#   a workflow test document (index file id 58598928479) and a C++ code table (index file id 33113017391)
#     give M07801 for 尿毒症透析 / 慢性肾衰竭.
# The five settled across provinces (004_*.txt) come first; green_channel marks those a hospital may
# register the same day (004: 恶性肿瘤等患者开通绿色通道，最快当日即可享受待遇).
CHRONIC_DISEASES: dict[str, list[dict[str, Any]]] = {
    "cross_province": [
        {"code": "M03900", "name": QT_TRANSLATE_NOOP("filing", "高血压")},
        {"code": "M01600", "name": QT_TRANSLATE_NOOP("filing", "糖尿病")},
        {"code": "M00503", "name": QT_TRANSLATE_NOOP("filing", "恶性肿瘤门诊放化疗"), "green_channel": True},
        {"code": "M07801", "name": QT_TRANSLATE_NOOP("filing", "尿毒症透析"), "green_channel": True},
        {"code": "M08300", "name": QT_TRANSLATE_NOOP("filing", "器官移植术后抗排异治疗"), "green_channel": True},
    ],
    "local": [
        {"code": "M04600", "name": QT_TRANSLATE_NOOP("filing", "冠心病")},
        {"code": "M05300", "name": QT_TRANSLATE_NOOP("filing", "慢性阻塞性肺疾病")},
        {"code": "M04803", "name": QT_TRANSLATE_NOOP("filing", "脑卒中后遗症")},
    ],
}

# Hospitals that appraise 门诊慢特病 (demo: fictional 12-character institution codes, H + 区划 + number).
HOSPITALS = {
    "H44010400001": "广州市第一人民医院",
    "H44010400002": "中山大学附属第一医院",
    "H44010400003": "广东省人民医院",
    "H44011100001": "南方医科大学南方医院",
}

REFERENCE: dict[str, tuple[str, dict[str, Any]]] = {
    "admdvs": (
        "2026.2",
        {
            "provinces": [
                {"code": code, "name": name, "cities": [{"code": c, "name": n} for c, n in cities.items()]}
                for code, (name, cities) in REGIONS.items()
            ],
        },
    ),
    "chronic_diseases": ("2026.2", CHRONIC_DISEASES),
    "hospitals": ("2026.1", {"hospitals": [{"code": c, "name": n} for c, n in HOSPITALS.items()]}),
    # change_lock_months: at most 6 (医保发〔2022〕22号), counted from when the filing was made;
    # review_working_days: 004_*.txt (线上登记备案，医保部门审核，办理周期从90个工作日减至20个工作日)
    "filing_rules": (
        "2026.2",
        {
            "temporary_min_months": 6,
            "change_lock_months": 3,
            "undo_minutes": 10,
            "review_working_days": 20,
            "temporary_rate_drop_points": {"referral": 10, "emergency": 10, "other": 20},
        },
    ),
}


def city_codes() -> set[str]:
    return {c for _, cities in REGIONS.values() for c in cities}


def disease_table() -> dict[str, dict]:
    return {d["code"]: d for group in CHRONIC_DISEASES.values() for d in group}
