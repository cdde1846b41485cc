"""`kiosk policy ingest` from outside, as an operator runs it: encodings are detected, bad paths
and binary files are refused with one plain line, and a terminal's own notices are added to
the bundled library instead of hiding it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kiosk.policy import ingest
from kiosk.policy.answer import PolicyLibrary, bundled_library

NOTICE = (
    "某市医疗保障局关于门诊慢特病认定的通知\n"
    "一、认定材料。申请门诊慢特病认定的参保人员,须提供身份证、社保卡和二级以上医院的诊断证明。\n"
    "二、办理地点。参保人员可到定点医院医保科或医保服务大厅办理认定。\n"
)


def kiosk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-be-bom"])
def test_a_notice_in_any_common_encoding_reads_the_same(tmp_path, encoding):
    file = tmp_path / "notice.txt"
    if encoding == "utf-16-be-bom":
        file.write_bytes(b"\xfe\xff" + NOTICE.encode("utf-16-be"))
    else:
        file.write_bytes(NOTICE.encode(encoding))
    doc = ingest.ingest_file(file)
    assert doc.title == "某市医疗保障局关于门诊慢特病认定的通知"
    assert any("须提供身份证、社保卡" in s.text for s in doc.sections) and len(doc.sections) == 2


def test_binary_files_missing_paths_and_empty_folders_are_refused_in_one_line(tmp_path, kiosk_home):
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    nul = tmp_path / "nul.txt"
    nul.write_bytes(NOTICE.encode() + b"\x00\x00\x00\x01\x02" * 20)
    empty = tmp_path / "empty"
    empty.mkdir()
    good = tmp_path / "good.txt"
    good.write_text(NOTICE, encoding="utf-8")
    for bad in (png, nul, tmp_path / "missing.txt", empty):
        done = kiosk("policy", "ingest", str(good), str(bad))
        lines = done.stderr.strip().splitlines()
        assert done.returncode != 0 and len(lines) == 1 and str(bad) in lines[0], done.stderr
        assert "Traceback" not in done.stderr and done.stdout == ""
    assert not (kiosk_home / "policy_library").exists()  # a refused batch writes nothing, not even the good file


def test_a_terminals_own_notices_add_to_the_bundled_ones(tmp_path, kiosk_home):
    file = tmp_path / "mycity_manbing.txt"
    file.write_text(NOTICE, encoding="gb18030")
    done = kiosk("policy", "ingest", str(file))
    assert done.returncode == 0, done.stderr
    own = ingest.load(kiosk_home / "policy_library")
    bundled = ingest.load(bundled_library())
    assert {d["id"] for d in own["documents"]} == {d["id"] for d in bundled["documents"]} | {"mycity_manbing"}
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"q": "临时去外省看病报销比例会低多少"}\n{"q": "办慢特病认定要带什么材料"}\n', encoding="utf-8")
    answers = [json.loads(line) for line in kiosk("policy", "ask", "--batch", str(batch), "--json").stdout.splitlines()]
    assert answers[0]["passages"][0]["source"].startswith("003")  # the bundled notices still answer
    assert answers[1]["passages"][0]["source"] == "mycity_manbing.txt" and "身份证" in answers[1]["quote"]
    again = kiosk("policy", "ingest", str(file))  # the same file again changes nothing
    assert again.returncode == 0 and json.loads(again.stdout)["changed"] is False


def test_a_terminals_own_notices_survive_an_update_of_the_library_from_the_center(tmp_path, kiosk_home, center):
    """The hall ingests its city's notice; later the center publishes a new library and the delivery
    process pulls it at start: the hall's notice must still answer, beside the center's news."""
    import os

    file = tmp_path / "mycity_manbing.txt"
    file.write_text(NOTICE, encoding="utf-8")
    assert kiosk("policy", "ingest", str(file)).returncode == 0
    news = ingest.load(bundled_library())
    news["documents"][0]["sections"].append(
        {"id": "news#1", "heading": "", "text": "新通知：长期居住备案可以在手机上办。"}
    )
    news["version"], _ = ingest._serialise(news["documents"])
    center.app.service.reference["policy_library"] = (news["version"], news)
    env = {**os.environ, "KIOSK_CENTER_URL": center.url}
    for start in range(2):  # the second start finds nothing new: the terminal's own notices do not make it differ
        sync = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "sync", "run"], env=env, stdout=subprocess.PIPE, text=True
        )
        try:
            pulled = json.loads(sync.stdout.readline())["policy_library"]
        finally:
            sync.terminate()
            sync.wait(timeout=30)
            sync.stdout.close()
        assert pulled == ("updated" if start == 0 else "unchanged")
    library = PolicyLibrary.open(kiosk_home / "policy_library")
    assert "身份证" in library.ask("办慢特病认定要带什么材料").quote  # the hall's own notice still answers
    assert "手机上办" in library.ask("长期居住备案能不能在手机上办").quote  # and the center's news does too


@pytest.mark.parametrize("line", ['{"question": "备案能用多久"}', '{"q": 5}', '{"q": ["备案"]}', "[1, 2]", '{"q": '])
def test_a_batch_line_without_a_question_is_one_plain_line(tmp_path, kiosk_home, line):
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"q": "备案能用多久"}\n' + line + "\n", encoding="utf-8")
    done = kiosk("policy", "ask", "--batch", str(batch), "--json")
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "line 2" in done.stderr


def test_the_source_line_of_a_page_is_kept_as_its_address_not_its_title(tmp_path):
    file = tmp_path / "page.txt"
    file.write_text("# source: https://example.gov.cn/notice.html\n\n" + NOTICE, encoding="utf-8")
    library = tmp_path / "lib"
    ingest.ingest([file], library)
    doc = ingest.load(library)["documents"][0]
    assert doc["url"] == "https://example.gov.cn/notice.html" and doc["title"].startswith("某市医疗保障局")
    PolicyLibrary.open(library)  # a library built from one page answers too


def test_a_question_and_answer_page_files_each_answer_under_its_question(tmp_path):
    file = tmp_path / "faq.txt"
    file.write_text(
        "医保电子凭证问答\n什么是医保电子凭证?\n医保电子凭证是参保人员医疗保障的唯一标识,由国家统一签发。\n"
        "问:需要去大厅激活吗?\n答:不需要到大厅,在手机上自助激活即可,全程不收费用。\n",
        encoding="utf-8",
    )
    library = tmp_path / "lib"
    ingest.ingest([file], library)
    sections = ingest.load(library)["documents"][0]["sections"]
    assert [s["heading"] for s in sections] == ["什么是医保电子凭证?", "需要去大厅激活吗?"]
    assert sections[1]["text"].startswith("不需要到大厅")
    answer = PolicyLibrary.open(library).ask("这个码还得跑大厅去激活不")
    assert answer.answered and "不需要到大厅" in answer.quote


def test_a_faq_answer_on_the_questions_line_or_short_is_kept_under_its_question():
    from kiosk.policy.ingest import split_sections

    sections = split_sections(
        "faq",
        [
            "问:医保卡丢了怎么补办?答:持身份证到社保卡服务网点办理挂失和补卡手续。",
            "问:能不能代办?",
            "答:可以由家属代办。",
        ],
    )
    assert [(s.heading, s.text) for s in sections] == [
        ("医保卡丢了怎么补办?", "持身份证到社保卡服务网点办理挂失和补卡手续。"),
        ("能不能代办?", "可以由家属代办。"),
    ]


def test_the_one_a_line_items_of_a_lead_in_read_with_it_however_short():
    from kiosk.policy.ingest import split_sections

    lines = ["参保职工申请手工报销医疗费用时,需提交以下材料:", "? 身份证(原件)", "? 医疗收费发票(原件)", "◆ 诊断证明"]
    (section,) = split_sections("list", lines)
    assert section.text == "参保职工申请手工报销医疗费用时,需提交以下材料:身份证(原件)；医疗收费发票(原件)；诊断证明。"


def test_a_pages_meta_description_left_in_the_text_is_dropped():
    from kiosk.policy.clean import clean_lines

    assert clean_lines(
        '参保人员跨省流动就业,具体按以下4个" /> 参保人员跨省流动就业,具体按以下4个"/>\n具体按以下4个步骤:'
    ) == ["具体按以下4个步骤:"]


def test_a_page_whose_text_starts_with_furniture_takes_its_title_from_its_address(tmp_path):
    page = tmp_path / "wiki.txt"
    page.write_text(
        "# source: https://example.org/wiki/%E8%A5%BF%E9%9B%99%E7%89%88%E7%B4%8D%E5%B7%9E%E5%9F%8E%E9%84%89"
        "%E5%B1%85%E6%B0%91%E5%9F%BA%E6%9C%AC%E9%86%AB%E7%99%82%E4%BF%9D%E9%9A%AA%E5%AF%A6%E6%96%BD%E8%BE%A6"
        "%E6%B3%95/63317614\n\n全文\n第一章 總 則\n第一條 本辦法適用於本州城鄉居民。\n",
        encoding="utf-8",
    )
    assert ingest.ingest_file(page).title == "西双版纳州城乡居民基本医疗保险实施办法"
