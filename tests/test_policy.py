"""The policy library: ingesting the raw notices, and answering elders' questions."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.policy import hall_qa, ingest
from kiosk.policy.answer import PolicyLibrary, bundled_library
from kiosk.policy.clean import BOILERPLATE, clean_lines, drop_garble, simplified_to_hongkong, strip_pinyin
from kiosk.policy.hall_qa import HallQA
from kiosk.policy.question import covers_figure, has_figure_in, out_of_scope, spoken_numbers_as_digits, understand
from kiosk.policy.terms import SPOKEN_TO_OFFICIAL

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


@pytest.mark.parametrize(
    "question, source, words",
    [
        ("忘了备案，住院还没出院，现在补办还来得及吗", "003", "补办"),
        ("临时去外省看病报销比例会低多少", "003", "百分点"),
        ("慢性病一次能开几个月的药", "004", "3个月"),
        ("我七十八了，儿子能替我办医保的事吗", "002", "75岁"),
    ],
)
def test_colloquial_questions_get_a_plain_answer_with_its_source(question, source, words):
    answer = PolicyLibrary.open(bundled_library()).ask(question)
    assert (
        answer.answered
        and answer.passages[0].source.startswith(source)
        and words in answer.short + answer.passages[0].text
    )
    assert len(answer.simpler) <= len(answer.short) and answer.passages[0].title


@pytest.mark.parametrize(
    "question",
    [
        "我的养老金什么时候发",  # another service
        "降压药饭前吃还是饭后吃",  # medical advice
        "膝盖疼该挂哪个科",  # medical advice
        "北京的住院起付线是多少钱",  # another city's figure, which no notice here gives
        "拉萨的职工医保一个月要交多少钱",  # ...a city jieba does not tag as a place
        "我想去美国看病，回来医保能报吗",  # treatment abroad
        "帮我推荐个商业保险",
        "明儿个下不下雨啊？出门要带伞不？",  # names nothing of 医保 (no word list names the weather)
        "俺血压老是高，吃点啥药能降下来？",  # a doctor's question, however it is put
        "晚上老睡不着觉，喝点啥能睡得香？",
    ],
)
def test_a_question_no_notice_answers_is_refused_not_guessed(question):
    answer = PolicyLibrary.open(bundled_library()).ask(question)
    assert not answer.answered and answer.short == "" and answer.quote == ""


@pytest.mark.parametrize(
    "question, kinds",
    [
        ("手工报销要带些啥子材料嘛？", ("materials",)),
        ("门特去哪儿办？", ("where",)),
        ("俺这个病能报不？", ("can",)),
        ("大病保险一年最多能报多少钱", ("much",)),
        ("转关系得多少天才办完", ("long",)),
        ("医疗救助哪些人算重点照顾的", ("who",)),
        ("啥叫双通道啊", ("what",)),
        ("自己掏的钱超过十万的那一截能报几成", ("rate",)),
        ("外地看病直接结账咋弄", ("how",)),
        ("宣传月是什么时候", ("when",)),  # 是什么时候 asks when, not what-is
        ("居民医保一年到头啥时候交钱", ("when",)),
        ("我要去外地看病，要先备案吗", ("need",)),
        ("到退休那会儿年限还差几年，咋整？", ("how",)),  # asks what to do, not how long
        ("异地备案使唔使带身份证？", ("need",)),  # Cantonese
        ("门特喺边度办？", ("where",)),
        ("居民医保啥辰光交？", ("when",)),  # Wu
        ("用别人的医保卡看病会怎样", ("consequence",)),
        ("哪几种病能在门诊报", ("list",)),
        ("村里能办医保的事吗，不用跑城里", ("can",)),  # asked in the first clause, not the last
        ("我那病是在外地查出来的，资料拿回来能认不？", ("can",)),  # a paper named is not what is asked for
        ("降血压降血糖的药，有多少样能报的？", ("much",)),
        ("在儿子家住了几个月了，能办长期备案不？", ("can",)),  # 住了几个月 tells, it does not ask
        ("医保要交几年", ("long",)),
    ],
)
def test_the_kind_of_answer_a_question_wants_is_understood(question, kinds):
    assert understand(question).kinds[: len(kinds)] == kinds


@pytest.mark.parametrize(
    "spoken, written",
    [
        ("超过十万的那一截", "超过10万的那一截"),
        ("评出来才八十来分", "评出来才80来分"),
        ("十五个工作日", "15个工作日"),
        ("一百二十元", "120元"),
        ("统一管", "统一管"),
        ("自己掏的还有七八万", "自己掏的还有7万"),  # a spoken range: the end the elder is sure of
        ("等了一两年", "等了1年"),
    ],
)
def test_spoken_amounts_are_matched_as_the_notices_write_them(spoken, written):
    assert spoken_numbers_as_digits(spoken) == written


def test_a_word_of_another_service_next_to_medical_insurance_is_still_a_policy_question():
    assert out_of_scope(understand("这个机器能帮我交个电费不？"))
    assert not out_of_scope(understand("我养老金还没开始领，医保退休手续要等养老金下来再办吗？"))


@pytest.mark.parametrize(
    "question, quote, lead",
    [
        ("临时去外省看病报销比例会低多少", "降幅不超过20个百分点", "20个百分点"),  # how much: the figure
        ("医保局交医保费能收现金吗", "不得拒收现金", "不能，"),  # can-I: the answer first
        ("长期住外地的备案能用多久", "备案长期有效", "长期有效"),  # how long
        ("我要去外地看病，要先备案吗", "办理异地就医备案后可以享受", "要，"),  # the precondition: yes
    ],
)
def test_the_spoken_answer_is_the_direct_answer_then_the_sentence_that_answers(question, quote, lead):
    answer = PolicyLibrary.open(bundled_library()).ask(question)
    assert answer.answered and quote in answer.quote and lead in answer.short
    assert len(answer.short) < len(answer.quote) + 8  # short, not the passage again


def test_the_hall_answers_come_first_and_in_every_language():
    library = PolicyLibrary.open(bundled_library())
    for question, source, words in (
        ("我七十八了，儿子能替我办医保的事吗", "002", "75岁"),
        ("年纪大走不动，医保能上门办吗", "002", "80岁"),
        ("我不会用智能手机，医保码能让孩子帮我弄吗", "002", "亲情账户"),
        ("医保码怎么激活", "001", "激活"),
        ("这个机器我不会用怎么办", "002", "呼叫工作人员"),
    ):
        answer = library.ask(question)
        assert answer.answered and answer.passages[0].source.startswith(source) and words in answer.short, question
        assert set(answer.localized) == {"zh_HK", "en", "ug"} and all(answer.localized.values())


def test_every_hall_answer_rests_on_a_sentence_of_a_seed_notice():
    documents = {d["source"]: d for d in ingest.load(bundled_library())["documents"]}
    hall = HallQA.load(hall_qa.bundled_dir())
    assert {"kiosk_help", "activate_code", "family_account", "proxy", "home_service"} <= {e.id for e in hall.entries}
    for entry in hall.entries:
        raw = "\n".join(clean_lines(ingest.read_notice(RAW / entry.source)))
        assert entry.quote in raw, entry.id  # the exact sentence, as the cleaned notice has it
        assert entry.title == documents[entry.source]["title"]
        assert not re.search(r"[\u4e00-\u9fff]", entry.answers["en"] + entry.answers["ug"]), entry.id
        assert entry.answers["zh_HK"] == simplified_to_hongkong(entry.answers["zh_CN"])


def test_staff_add_a_hall_answer_without_code_and_a_broken_one_is_named(tmp_path):
    entry = {
        "id": "parking",
        "questions": ["大厅门口能停车吗"],
        "keywords": ["停车"],
        "answer": {
            "zh_CN": "能，门口有停车位。",
            "zh_HK": "能，門口有停車位。",
            "en": "Yes, there is parking.",
            "ug": "بولىدۇ، ئىشىك ئالدىدا ماشىنا توختىتىش ئورنى بار.",
        },
        "quote": "设置等候专区、爱心专座。",
        "source": "002_36a1f8ff18e3e82c.txt",
        "title": "t",
        "section": "s",
    }
    (tmp_path / "extra.json").write_text(json.dumps([entry], ensure_ascii=False), encoding="utf-8")
    library = PolicyLibrary(ingest.load(bundled_library()), hall=HallQA.load(tmp_path))
    assert library.ask("大厅门口能不能停车").short == "能，门口有停车位。"
    del entry["answer"]["ug"]
    (tmp_path / "extra.json").write_text(json.dumps([entry], ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="extra.json"):
        HallQA.load(tmp_path)


def test_cli_contract_top_three_passages_from_three_notices(tmp_path, kiosk_home):
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"q": "慢性病一次能开几个月的药"}\n', encoding="utf-8")
    command = [sys.executable, "-m", "kiosk", "policy", "ask", "--batch", str(batch), "--json", "--top", "3"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    answer = json.loads(done.stdout)
    assert {"answered", "short", "quote", "passages"} <= set(answer) and answer["answered"]
    assert len(answer["passages"]) == 3 and len({p["source"] for p in answer["passages"]}) == 3
    assert all({"source", "title", "section", "text", "score"} <= set(p) for p in answer["passages"])
    assert answer["quote"] in answer["passages"][0]["text"]  # the quote is the first passage's own words


def test_cli_batch_answers_one_json_line_per_question(tmp_path, kiosk_home):
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"q": "备案能用多久"}\n{"q": "今天天气怎么样"}\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "policy", "ask", "--batch", str(batch), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
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
    data["documents"][0]["sections"].append(
        {"id": "new#1", "heading": "", "text": "新通知：长期居住备案可以在手机上办。"}
    )
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


def test_sentences_break_at_garbling_and_keep_an_items_heading_and_a_lists_items_together():
    from kiosk.policy.answer import _sentences

    assert _sentences("(三)规范备案有效期限。长期居住人员备案长期有效;原则上不超过6个月...时外出人员不少于6个月。") == [
        "(三)规范备案有效期限。长期居住人员备案长期有效;",
        "原则上不超过6个月...",
        "时外出人员不少于6个月。",
    ]
    listed = "需提交以下材料:身份证(原件)；医疗收费发票(原件)；诊断证明。"
    assert _sentences(listed) == [listed]


@pytest.mark.parametrize("question", ["常州的跨省就医宣传月是什么时候", "宣传月是哪天开始", "宣传月活动啥时候搞"])
def test_a_when_question_is_answered_with_the_date(question):
    answer = PolicyLibrary.open(bundled_library()).ask(question)
    assert answer.answered and answer.kind == "when"
    assert "2023年6月1日至6月30日" in answer.short and "2023年6月1日至6月30日" in answer.quote


@pytest.mark.parametrize(
    "question, words",
    [
        ("看病结算能刷脸吗", "人脸识别"),  # 刷脸: the notice says 人脸识别
        ("到外省医院看病要带什么", "出示医保电子凭证或社会保障卡"),  # 带: the notice says 持 / 出示
        ("结算报错的时候能不能说人话", "通俗易懂"),  # 说人话: the notice says 通俗易懂
    ],
)
def test_everyday_words_find_the_notices_own_words(question, words):
    answer = PolicyLibrary.open(bundled_library()).ask(question)
    assert answer.answered and words in answer.quote


def _library_of(tmp_path: Path, text: str) -> PolicyLibrary:
    notice = tmp_path / "notice.txt"
    notice.write_text(text, encoding="utf-8")
    ingest.ingest([notice], tmp_path / "library")
    return PolicyLibrary.open(tmp_path / "library")


@pytest.mark.parametrize(
    "question, said, other",
    [
        ("能报的降压降糖药有多少种啊", "目前已有69种药品被纳入报销范围", "最高支付限额为高血压300元"),
        ("转关系得多少天才办完", "15个工作日内办结", "满10年"),
        ("起付线是多少钱", "起付标准暂定为1万元", "55%的比例"),
    ],
)
def test_a_how_many_question_wants_a_figure_in_the_unit_it_asked_for(question, said, other):
    # a sentence with more figures is not a better answer to 多少种 than the one that says 69种
    unit = understand(question).unit
    assert has_figure_in(unit, said) and not has_figure_in(unit, other)


def test_the_direct_answer_comes_from_the_sentence_that_answers_not_from_its_neighbour(tmp_path):
    library = _library_of(
        tmp_path,
        "某市城乡居民医保参保指南\n"
        "首次参加人员:可带身份证或户口簿到所在村或社区办理参保登记手续,在校学生由学校统一办理。"
        "原参加了城乡居民医保且未中断的参保人员:无需再次办理参保登记,直接通过线上、线下渠道缴费即可。\n",
    )
    answer = library.ask("头一回参加居民医保，要带啥、上哪儿办？")
    assert answer.answered and "身份证" in answer.short and "无需" not in answer.short


def test_mojibake_after_a_full_stop_is_dropped_and_rare_drug_names_are_kept():
    assert drop_garble("?。ㄒ唬﹨⒈H藛T省内跨市转移职工医保关系的") == "…省内跨市转移职工医保关系的"
    assert drop_garble("哌替啶注射液纳入支付范围。") == "哌替啶注射液纳入支付范围。"


def test_numbered_items_without_a_heading_above_are_not_each_others_headings():
    sections = ingest.split_sections(
        "d",
        [
            "个人账户可用于支付以下费用:",
            "(二)在定点零售药店购买药品发生的由个人负担的费用。",
            "(四)参保人员本人退休时未达到最低缴费年限的缴费费用。",
        ],
    )
    assert sections[-1].heading.startswith("(四)") and "(二)" not in sections[-1].heading


def test_a_regulations_chapter_heads_its_articles():
    sections = ingest.split_sections(
        "r",
        ["第三章 监督管理", "第二十条 医疗保障行政部门应当加强对纳入医疗保障基金支付范围的医疗服务行为的监督检查。"],
    )
    assert len(sections) == 1 and sections[0].heading == "第三章 监督管理"


def test_a_lead_in_is_read_with_what_it_leads_to(tmp_path):
    library = _library_of(
        tmp_path,
        "某市职工医保个人账户使用说明\n"
        "职工医保个人账户由单位和个人缴费划入,归个人所有,可以结转使用和依法继承。\n"
        "个人账户可用于支付参保人员本人及其配偶、父母、子女以下费用:\n"
        "(一)在定点医疗机构就医发生的由个人负担的医疗费用。\n"
        "(二)在定点零售药店购买药品、医疗器械发生的由个人负担的费用。\n"
        "(三)配偶、父母、子女参加居民医保的个人缴费。\n"
        "个人账户不得用于公共卫生费用、体育健身或养生保健消费等支出。\n",
    )
    answer = library.ask("我卡里的钱能给老伴用不？")
    assert answer.answered and answer.short.startswith("能，") and not answer.short.endswith(":。")
    assert "以下费用:(一)在定点医疗机构就医" in answer.quote  # not "…以下费用:" and silence
    assert len(answer.quote) <= 150


@pytest.mark.parametrize(
    "question, band, other",
    [
        ("评出来才八十来分，算个啥级别？", "评估总得分1-90分为轻度失能", "91-150分为中度失能"),
        ("超过十万的那一截能报几成", "10万元以上至20万元的部分按75%支付", "5万元以上至8万元的部分按65%支付"),
    ],
)
def test_a_figure_the_elder_says_finds_the_band_it_falls_in(question, band, other):
    figures = understand(question).figures
    assert covers_figure(figures, band) and not covers_figure(figures, other)


def test_a_place_is_announced_only_when_the_answer_names_one(tmp_path):
    library = _library_of(
        tmp_path,
        "某省医保电子凭证使用说明\n"
        "医保电子凭证不依托于实体卡,参保人员可以直接通过国家医保APP或者微信、支付宝,"
        "自助进行人脸识别认证后激活使用,不需要跑到政务大厅里领取和激活。\n",
    )
    answer = library.ask("医保码上哪儿领？要跑大厅去不？")
    assert answer.answered and not ("办理的地方" in answer.short and "不需要" in answer.short)


def test_yes_is_said_only_when_the_words_read_after_it_say_yes():
    # the sentence found speaks of the hall's cleaning; a "能，" before it would answer what it never says
    answer = PolicyLibrary.open(bundled_library()).ask("办事的工作人员态度不好，能评价吗")
    assert not answer.short.startswith("能，") or "评价" in answer.short


def test_a_notice_that_names_each_thing_asked_wins_over_one_whose_paragraph_repeats_the_common_words(tmp_path):
    # the work report's first paragraph says 药店买药报销 again and again; only the other notice
    # also says 两病, which the elder asked about
    report = "某市医保经办服务工作总结\n" + "\n".join(
        [
            "一、推进药店买药报销。参保人员在定点零售药店买药,可以刷医保卡直接报销,药店买药报销更加方便。",
            "二、优化参保登记。新生儿出生后90天内可办理参保登记手续。",
            "三、规范异地就医备案。外出就医人员可通过线上渠道办理备案。",
            "四、加强基金监管。严厉打击欺诈骗保行为,开展专项检查。",
            "五、提升窗口服务。推行综合柜员制,窗口一次办结。",
            "六、推广医保电子凭证。引导参保群众激活使用电子凭证。",
            "七、做好宣传培训。组织经办人员开展政策培训。",
            "八、推进大病保险。大病保险起付标准以上部分按比例支付。",
        ]
    )
    two_diseases = (
        "某区高血压糖尿病门诊用药保障政策问答\n"
        "高血压、糖尿病(以下简称“两病”)患者经二级及以下定点医疗机构确诊后,在门诊使用降压降糖药品发生的费用,"
        "不设起付线,由统筹基金按50%支付。在签约的定点零售药店购买降压降糖药品的,同样按50%支付,"
        "年度最高支付限额高血压300元、糖尿病500元,超出部分由个人负担。\n"
    )
    for name, text in (("report.txt", report), ("two_diseases.txt", two_diseases)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    ingest.ingest([tmp_path / "report.txt", tmp_path / "two_diseases.txt"], tmp_path / "library")
    answer = PolicyLibrary.open(tmp_path / "library").ask("我有两病，在药店买药能报销不？")
    assert answer.answered and answer.passages[0].source.startswith("two_diseases")
    assert "两病" in answer.quote


def test_a_learnt_short_form_leads_to_the_thing_not_to_the_notices_own_kind():
    # 居民医保 is asked of every notice about it, not only of the one that wrote (以下简称居民医保) after 制度
    sections = [{"text": "建立统一的城乡居民基本医疗保险制度(以下简称“居民医保”)。"}]
    assert PolicyLibrary._learn([{"sections": sections}])["居民医保"] == "城乡居民基本医疗保险"


def test_a_word_that_only_orders_the_steps_does_not_pick_the_sentence():
    # 要先备案吗: 先 says "before", it is not what is asked about (先预付后清算 is about the funds)
    answer = PolicyLibrary.open(bundled_library()).ask("我要去外地看病，要先备案吗")
    assert answer.answered and "备案" in answer.quote and "预付" not in answer.quote


def test_a_how_question_is_answered_with_the_channel_not_with_what_the_step_gives():
    from kiosk.policy.question import cue_strength

    # every sentence of a filing notice says 办理 and 备案; the answer to 怎么备案 says through what
    channel = (
        "参保人员可通过国家医保服务平台APP、国家异地就医备案小程序或参保地经办机构窗口"
        "等线上线下途径办理异地就医备案手续。"
    )
    benefit = "跨省异地长期居住的参保人员办理异地就医备案后可以享受跨省异地就医直接结算服务。"
    assert cue_strength("how", channel) > cue_strength("how", benefit) > 0


def test_a_which_ones_question_gets_the_sentence_that_lists_them(tmp_path):
    library = _library_of(
        tmp_path,
        "某市门诊慢特病管理办法\n"
        "参保人员患门诊慢性病的,可以在门诊就医并按规定报销,门诊慢性病费用可以在定点医疗机构直接结算。"
        "纳入门诊慢特病管理的病种有高血压、糖尿病、恶性肿瘤门诊放化疗、尿毒症透析、器官移植术后抗排异治疗。"
        "门诊慢性病待遇经认定后可以享受,认定结果长期有效。\n",
    )
    answer = library.ask("哪几种慢病可以在门诊报")
    assert answer.answered and "尿毒症透析" in answer.short  # said first, not only in the quote


def test_what_follows_from_an_act_is_said_first(tmp_path):
    library = _library_of(
        tmp_path,
        "某市医保基金监管通报\n"
        "参保人员住院时应当出示本人医保卡,医院应当核验住院患者的医保卡。"
        "冒用他人社会保障卡的,追回已支付的医保基金,并暂停其医保结算6个月。"
        "参保人员住院期间使用医保卡结算住院费用。\n",
    )
    answer = library.ask("用别人的医保卡住院会怎样")
    assert answer.answered and "追回" in answer.short and "暂停" in answer.short


@pytest.mark.parametrize(
    "question, asked",
    [
        ("村里能办医保的事吗，不用跑城里", "村里能办医保的事吗"),
        ("我要去外地看病，要先备案吗", "要先备案吗"),
        ("异地备案要带什么", ""),  # one clause: nothing to set apart
        ("外地看病，怎么备案", ""),  # not a yes-no question
    ],
)
def test_a_yes_no_question_is_weighed_on_the_clause_that_asks_it(question, asked):
    from kiosk.policy.question import focus, normalise

    assert focus(normalise(question)) == asked


def test_a_what_to_bring_question_is_refused_when_no_sentence_names_anything_to_bring(tmp_path):
    library = _library_of(
        tmp_path,
        "某市医保经办窗口服务规范\n"
        "医保关系转移接续业务在服务大厅综合窗口办理,窗口工作人员实行首问负责制。"
        "服务大厅每周一至周五上午9点至下午5点办公。\n",
    )
    answer = library.ask("去窗口转医保要带啥")
    assert not answer.answered and answer.short == ""
    assert library.ask("转医保去哪个窗口办").answered  # the same notice still answers where


def test_a_this_or_that_question_is_understood_as_its_two_sides():
    # the answer must name both: the sentence that sorts where one is treated from where one is insured
    from kiosk.policy.question import normalise

    library = PolicyLibrary.open(bundled_library())
    sides = library._sides(normalise("在外地做透析，报销是按外地的标准还是按咱这儿的"))
    assert sides is not None and "就医地" in sides[0] and "参保地" in sides[1]
    assert "就医" not in sides[0]  # a part of the word, which every sentence of the notice says
    assert library._sides(normalise("在外地做透析能报销吗")) is None


def test_where_a_procedure_is_done_is_not_taken_for_medical_advice():
    # "找哪个科" names the hospital's 医保科 here, not a doctor to see
    answer = PolicyLibrary.open(bundled_library()).ask("慢性病到医院找哪个科去办？")
    assert answer.answered


def test_a_how_many_kinds_question_is_not_answered_with_amounts(tmp_path):
    library = _library_of(
        tmp_path,
        "两病门诊用药\n\n"
        "参保患者服用的降血压、降血糖药品，门诊保障不设起付线，政策范围内报销比例50%，"
        "年度最高支付限额为高血压300元、糖尿病600元。\n"
        "据介绍，目前已有69种降血压、降血糖药品被纳入报销范围。\n",
    )
    answer = library.ask("降血压降血糖的药，有多少样能报的？")
    assert answer.answered and "69种" in answer.short and "300元" not in answer.short  # said first


def test_a_pages_bracketed_title_is_never_read_as_the_answer(tmp_path):
    library = _library_of(
        tmp_path,
        "洛阳市医保报销材料\n\n"
        "【洛阳市医保报销材料 洛阳医保报销需要什么材料】\n"
        "以上情况由个人全额垫付医疗费用，保留好发票、清单等材料，由单位或个人到医疗保险经办机构申请手工报销。\n",
    )
    answer = library.ask("垫了的看病钱，拿着票子上哪儿去报？")
    assert answer.answered and "【" not in answer.quote and "经办机构" in answer.quote


def test_the_notice_of_the_place_the_elder_names_answers(tmp_path):
    for town, days in (("泰兴", "3"), ("洛阳", "5")):
        (tmp_path / f"{town}.txt").write_text(
            f"{town}市异地就医备案办法\n\n参保人员到{town}市医疗保险经办机构办理异地就医备案，{days}个工作日内办结。\n",
            encoding="utf-8",
        )
    ingest.ingest([tmp_path / "泰兴.txt", tmp_path / "洛阳.txt"], tmp_path / "library")
    library = PolicyLibrary.open(tmp_path / "library")
    for town in ("泰兴", "洛阳"):
        answer = library.ask(f"我是{town}的，去外地看病的登记上哪儿办？")
        assert answer.answered and town in answer.quote and answer.passages[0].source.startswith(town)


def test_the_everyday_words_file_extends_the_lexicon_and_the_hand_lexicon_wins():
    from kiosk.policy.answer import expansions
    from kiosk.policy.terms import _everyday_words

    words = _everyday_words()
    assert len(words) > 200 and all(spoken and official for spoken, official in words.items())
    assert ("药钱", words["药钱"]) in expansions("这药钱能报不")
    assert SPOKEN_TO_OFFICIAL["药"] == "药品"  # a phrase of the hand lexicon keeps its meaning


def test_yes_is_said_first_only_when_the_sentence_clearly_answers_the_question():
    library = PolicyLibrary.open(bundled_library())
    question, sentence = understand("这个能报吗？"), "参保人员可以享受跨省异地就医直接结算服务。"
    sure, _ = library._direct(question, sentence, set(), coverage=0.8)
    unsure, _ = library._direct(question, sentence, set(), coverage=0.2)
    assert sure.startswith("能，") and not unsure.startswith("能，") and "享受" in unsure
