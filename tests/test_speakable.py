import datetime as dt
from decimal import Decimal

import pytest

from kiosk.core import speakable


@pytest.mark.parametrize(
    "value, said",
    [
        ("1234.56", "一千二百三十四元五角六分"),
        ("8.05", "八元零五分"),
        ("0.30", "三角"),
        ("0", "零元"),
        ("10", "十元整"),
        ("15.5", "十五元五角"),
        ("100.01", "一百元零一分"),
        ("20005", "二万零五元整"),
        ("24447.74", "二万四千四百四十七元七角四分"),
        ("1000000", "一百万元整"),
        ("101000", "十万一千元整"),
        ("-3.2", "负三元二角"),
    ],
)
def test_amounts_are_read_as_yuan_jiao_fen(value, said):
    assert speakable.amount(value) == said


@pytest.mark.parametrize(
    "n, said",
    [
        (0, "零"),
        (7, "七"),
        (10, "十"),
        (12, "十二"),
        (20, "二十"),
        (105, "一百零五"),
        (1010, "一千零一十"),
        (10000, "一万"),
        (10010, "一万零一十"),
        (110000, "十一万"),
        (100000000, "一亿"),
    ],
)
def test_integers(n, said):
    assert speakable.integer(n) == said


def test_dates_and_times():
    assert speakable.date(dt.date(2026, 11, 23)) == "二〇二六年十一月二十三日"
    assert speakable.date(dt.date(2030, 1, 5)) == "二〇三〇年一月五日"
    assert speakable.time_of_day(dt.time(9, 5)) == "九点零五分"
    assert speakable.time_of_day(dt.time(14, 0)) == "十四点"
    assert speakable.time_of_day(dt.time(6, 32)) == "六点三十二分"


def test_id_numbers_are_read_digit_by_digit_in_groups():
    assert speakable.id_number("11010519491231002X") == "一一〇一〇五，一九四九一二三一，〇〇二叉"


def test_masked_values_are_never_spoken():
    assert speakable.without_masked("张** 您好，号码 110***********002X 已核对") == "您好，号码 已核对"
    assert speakable.without_masked("张**，您好") == "您好"
    assert speakable.without_masked("电话138****8000") == "电话"


def test_counts_say_liang_for_two():
    assert speakable.count(2) == "两" and speakable.count(3) == "三" and speakable.count(12) == "十二"


@pytest.mark.parametrize(
    ("locale", "amount", "day", "number"),
    [
        ("zh_CN", "一千二百三十四元五角", "二〇二六年十一月二十三日", "一〇叉"),
        ("zh_HK", "一千二百三十四元五角", "二〇二六年十一月二十三日", "一〇叉"),
        ("en", "1234.50 yuan", "23 November 2026", "1 0 X"),
        ("ug", "1234.50 يۈەن", "2026-يىلى 23-نويابىر", "1 0 X"),
    ],
)
def test_each_language_reads_amounts_dates_and_ids_its_own_way(locale, amount, day, number):
    read = speakable.reader(locale)
    assert read.amount(Decimal("1234.5")) == amount
    assert read.date(dt.date(2026, 11, 23)) == day
    assert read.digits("10x") == number


def test_an_id_number_in_english_is_read_digit_by_digit_in_its_groups():
    assert speakable.reader("en").id_number("11010119491231002X") == "1 1 0 1 0 1, 1 9 4 9 1 2 3 1, 0 0 2 X"


def test_the_cantonese_reading_uses_traditional_characters():
    assert speakable.reader("zh_HK").integer(20002) == "二萬零二"
    assert speakable.reader("zh_HK").count(2) == "兩"
    assert speakable.reader("xx") is speakable.reader("zh_CN")


# -- free text: numbers never left to the engine ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("余额1234.56元", "余额一千二百三十四元五角六分"),
        ("报销比例低3.5%", "报销比例低百分之三点五"),
        ("0.5%", "百分之零点五"),
        ("每次20元", "每次二十元"),
        ("起付线1,200元", "起付线一千二百元"),
        ("最高2.5万元", "最高二点五万元"),
        ("¥30.5", "三十元五角"),
        ("2026-11-23到期", "二〇二六年十一月二十三日到期"),
        ("2026年1月", "二〇二六年一月"),
        ("12月31日", "十二月三十一日"),
        ("医保发〔2022〕22号", "医保发〔二〇二二〕二十二号"),
        ("9:30开门", "九点三十分开门"),
        ("2个月内", "两个月内"),
        ("第2页", "第二页"),
        ("1~3个工作日", "一到三个工作日"),
        ("请拨打12393咨询", "请拨打一二三九三，咨询"),
        ("电话13800138000", "电话一三八，〇〇一三，八〇〇〇，"),
        ("电话020-83838383", "电话〇二〇，八三八三，八三八三，"),
        ("证件号11010519491231002X", "证件号一一〇一〇五，一九四九一二三一，〇〇二叉，"),
        ("１２３元", "一百二十三元"),
    ],
)
def test_numbers_in_mandarin_text_become_words(text, said):
    assert speakable.spoken(text, "zh_CN").replace(speakable.NUMERAL_ONE, "") == said


def test_cantonese_text_keeps_its_decimal_in_traditional_characters():
    said = speakable.spoken("餘額1234.56元，報銷比例低3.5%", "zh_HK")
    assert said == "餘額一千二百三十四元五角六分，報銷比例低百分之三點五"


def test_english_and_uyghur_numbers_become_words():
    assert speakable.spoken("1234.56 yuan, 3.5% lower", "en") == (
        "one thousand two hundred and thirty-four point five six yuan, three point five percent lower"
    )
    assert speakable.spoken("ID 1 1 0", "en") == "ID one one zero"
    assert speakable.spoken("until 23 November 2026, from 9:05", "en") == (
        "until twenty-third of November, twenty twenty-six, from nine oh five"
    )
    assert speakable.spoken("1234", "ug") == "بىر مىڭ ئىككى يۈز ئوتتۇز تۆت"
    assert speakable.spoken("3.5%", "ug") == "ئۈچ پۈتۈن ئوندىن بەش پىرسەنت"


def test_masked_values_stay_unspoken_in_free_text():
    assert "*" not in speakable.spoken("电话138****8000，请核对", "zh_CN")
