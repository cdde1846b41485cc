"""Reference data with versions: what the simulated center publishes (RF01), and the
copy the kiosk ships so it works before its first pull or offline.

A small GB/T 2260 extract of provinces and their main cities for the 就医地
picker, the chronic-disease list, and the 参保地's local filing rules.
"""

from __future__ import annotations

from kiosk.core.errors import QT_TRANSLATE_NOOP

REGIONS = {
    "110000": ("北京市", {"110100": "北京市"}),
    "120000": ("天津市", {"120100": "天津市"}),
    "310000": ("上海市", {"310100": "上海市"}),
    "500000": ("重庆市", {"500100": "重庆市"}),
    "320000": ("江苏省", {"320100": "南京市", "320500": "苏州市", "320200": "无锡市"}),
    "330000": ("浙江省", {"330100": "杭州市", "330200": "宁波市", "330300": "温州市"}),
    "350000": ("福建省", {"350100": "福州市", "350200": "厦门市"}),
    "360000": ("江西省", {"360100": "南昌市", "360700": "赣州市"}),
    "370000": ("山东省", {"370100": "济南市", "370200": "青岛市"}),
    "410000": ("河南省", {"410100": "郑州市", "410300": "洛阳市"}),
    "420000": ("湖北省", {"420100": "武汉市", "420500": "宜昌市"}),
    "430000": ("湖南省", {"430100": "长沙市", "430200": "株洲市"}),
    "440000": ("广东省", {"440100": "广州市", "440300": "深圳市", "440600": "佛山市", "441900": "东莞市"}),
    "450000": ("广西壮族自治区", {"450100": "南宁市", "450300": "桂林市"}),
    "460000": ("海南省", {"460100": "海口市", "460200": "三亚市"}),
    "510000": ("四川省", {"510100": "成都市", "510700": "绵阳市"}),
    "530000": ("云南省", {"530100": "昆明市"}),
    "610000": ("陕西省", {"610100": "西安市"}),
    "650000": ("新疆维吾尔自治区", {"650100": "乌鲁木齐市", "653100": "喀什地区"}),
}

REFERENCE = {
    "admdvs": ("2026.1", {
        "provinces": [{"code": code, "name": name, "cities": [{"code": c, "name": n} for c, n in cities.items()]}
                      for code, (name, cities) in REGIONS.items()],
    }),
    "chronic_diseases": ("2026.1", {
        "cross_province": [
            {"code": "M03900", "name": QT_TRANSLATE_NOOP("filing", "高血压")},
            {"code": "E10000", "name": QT_TRANSLATE_NOOP("filing", "糖尿病")},
            {"code": "M00500", "name": QT_TRANSLATE_NOOP("filing", "恶性肿瘤门诊放化疗")},
            {"code": "M07800", "name": QT_TRANSLATE_NOOP("filing", "尿毒症透析")},
            {"code": "M08300", "name": QT_TRANSLATE_NOOP("filing", "器官移植术后抗排异治疗")},
        ],
        "local": [
            {"code": "M01600", "name": QT_TRANSLATE_NOOP("filing", "冠心病")},
            {"code": "M05300", "name": QT_TRANSLATE_NOOP("filing", "慢性阻塞性肺疾病")},
            {"code": "M02200", "name": QT_TRANSLATE_NOOP("filing", "脑卒中后遗症")},
        ],
    }),
    "filing_rules": ("2026.1", {"temporary_min_months": 6, "change_lock_months": 3,
                                "temporary_rate_drop_points": {"referral": 10, "emergency": 10, "other": 20}}),
}
