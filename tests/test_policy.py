"""The policy library: ingesting the raw notices, and answering elders' questions."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.policy import ingest
from kiosk.policy.answer import PolicyLibrary, bundled_library
from kiosk.policy.clean import BOILERPLATE, clean_lines, drop_garble, strip_pinyin

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "policies"
RAW = SEEDS if SEEDS.exists() else Path(__file__).resolve().parents[1] / "assets" / "policies"
PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    directory = tmp_path_factory.mktemp("library")
    ingest.ingest([RAW], directory)
    return directory


def all_text(directory: Path) -> list[str]:
    data = ingest.load(directory)
    return [s["text"] for d in data["documents"] for s in d["sections"]] + [d["title"] for d in data["documents"]]


def test_ingest_leaves_no_pinyin_no_boilerplate_no_traditional_and_keeps_document_numbers(library):
    texts = all_text(library)
    assert texts and not [t for t in texts if PINYIN.search(t)]
    assert not [t for t in texts if any(p.search(t) for p in BOILERPLATE)]
    assert not [t for t in texts if re.search(r"[醫關區號備實]", t)]  # Traditional characters converted
    raw_numbers = set()
    for file in RAW.glob("*.txt"):
        raw_numbers |= set(ingest.DOC_NUMBER.findall("\n".join(clean_lines(file.read_text(encoding="utf-8")))))
    documents = ingest.load(library)["documents"]
    kept = {n for d in documents for n in d["doc_numbers"]}
    assert "医保发〔2022〕22号" in kept and raw_numbers <= kept
    notice = next(d for d in documents if d["docno"] == "医保发〔2022〕22号")
    assert notice["title"].startswith("国家医保局 财政部关于") and notice["issuer"] == "国家医保局 财政部"
    assert any("(三)规范异地就医备案有效期限" in s["heading"] for s in notice["sections"])


def test_cleaning_keeps_real_parentheses_and_units():
    assert strip_pinyin("醫(yī)保(一)總數(shù)(場/個/次)基金收入(亿元)") == "醫保(一)總數(場/個/次)基金收入(亿元)"
    assert drop_garble("原则上不超过6个月??缡∨R时外出") == "原则上不超过6个月…时外出"
    assert drop_garble("真的吗? 是的") == "真的吗? 是的"


def test_ingesting_the_same_files_twice_changes_nothing(library):
    before = (library / ingest.LIBRARY_FILE).read_bytes()
    again = ingest.ingest([RAW], library)
    assert not again["changed"] and (library / ingest.LIBRARY_FILE).read_bytes() == before


def test_the_bundled_library_is_the_ingested_seed_notices(library):
    assert ingest.load(bundled_library())["version"] == ingest.load(library)["version"]


def test_a_bad_library_is_refused():
    data = ingest.load(bundled_library())
    data["documents"][0]["sections"][0]["text"] = "被改过"
    with pytest.raises(ValueError):
        PolicyLibrary(data)


@pytest.mark.parametrize("question, source, words", [
    ("我要去外地看病，要先备案吗", "003", "备案"),
    ("临时去外省看病报销比例会低多少", "003", "百分点"),
    ("慢性病一次能开几个月的药", "004", "3个月"),
    ("我七十八了，儿子能替我办医保的事吗", "002", "75岁"),
])
def test_colloquial_questions_get_a_plain_answer_with_its_source(question, source, words):
    answer = PolicyLibrary.open(bundled_library()).ask(question)
    assert answer.answered and answer.passages[0].source.startswith(source) and words in answer.short + answer.passages[0].text
    assert len(answer.simpler) <= len(answer.short) and answer.passages[0].title


def test_a_question_no_notice_answers_is_refused_not_guessed():
    answer = PolicyLibrary.open(bundled_library()).ask("我的养老金什么时候发")
    assert not answer.answered and answer.short == ""


def test_cli_batch_answers_one_json_line_per_question(tmp_path, kiosk_home):
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"q": "备案能用多久"}\n{"q": "今天天气怎么样"}\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kiosk", "policy", "ask", "--batch", str(batch), "--json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["answered"] for line in lines] == [True, False]
    assert lines[0]["passages"][0]["title"] and lines[0]["passages"][0]["section"]


def test_the_library_is_updated_from_the_center_and_a_bad_update_never_replaces_it(kiosk_home, center):
    from kiosk import config as config_module
    from kiosk.policy.answer import library_dir
    from kiosk.sync.client import CenterClient
    from kiosk.sync.policy_update import pull_policy

    config = config_module.load()
    client = CenterClient(config, center.url)
    assert pull_policy(client, config.home) == "unchanged"  # the center publishes what the kiosk ships
    data = ingest.load(bundled_library())
    data["documents"][0]["sections"].append({"id": "new#1", "heading": "", "text": "新通知：长期居住备案可以在手机上办。"})
    data["version"], _ = ingest._serialise(data["documents"])
    center.app.service.reference["policy_library"] = (data["version"], data)
    assert pull_policy(client, config.home) == "updated"
    assert library_dir(config.home) == config.home / "policy_library"
    assert PolicyLibrary.open(library_dir(config.home)).version == data["version"]
    broken = json.loads(json.dumps(data))
    broken["documents"][0]["sections"][0]["text"] = ""  # damaged in transit or badly built
    center.app.service.reference["policy_library"] = ("broken", broken)
    assert pull_policy(client, config.home) == "rejected"
    assert PolicyLibrary.open(library_dir(config.home)).version == data["version"]  # the good one stays
    client.close()
