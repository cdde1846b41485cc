"""问政策 on the real screen: a question by button, heard with its source."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from ui_helpers import click, make_window


def open_ask(qtbot, config, services):
    window, speech = make_window(qtbot, config, services)
    with qtbot.waitSignal(window.screen_changed, timeout=5_000, check_params_cb=lambda n: n == "ask"):
        click(qtbot, window, "tile_ask")
    return window, speech


def test_a_question_by_button_is_answered_aloud_with_its_source(qtbot, config, services):
    window, speech = open_ask(qtbot, config, services)
    assert "点一个" in speech.spoken[-1]
    click(qtbot, window, "ask_q1")  # 临时去外省 报销少多少？
    qtbot.waitUntil(lambda: window.screens["ask"].phase == "answer", timeout=30_000)
    said = speech.spoken[-1]
    # the direct answer, then the notice's own sentence, then where it comes from, in that order
    quote = "支付比例的降幅不超过20个百分点"
    assert said.index("20个百分点") < said.index(quote) < said.index("国家医保局 财政部关于进一步做好")
    answer, shown_quote, source = (window.findChild(QLabel, n) for n in ("ask_answer", "ask_quote", "ask_source"))
    assert "20个百分点" in answer.text() and answer.isVisible()
    assert quote in shown_quote.text() and "国家医保局 财政部" in source.text() and source.isVisible()
    assert answer.font().pixelSize() > shown_quote.font().pixelSize()  # the answer big, the quote below it smaller
    assert answer.geometry().bottom() <= shown_quote.geometry().top() <= source.geometry().top()
    click(qtbot, window, "ask_simpler")
    assert len(speech.spoken[-1]) < len(said)
    click(qtbot, window, "ask_quote")
    assert quote in speech.spoken[-1] and "原则上" in speech.spoken[-1]  # the notice's whole passage
    click(qtbot, window, "ask_again")
    assert speech.spoken[-1] == said


def test_words_put_a_question_together_and_nothing_fitting_offers_staff(qtbot, config, services):
    window, speech = open_ask(qtbot, config, services)
    click(qtbot, window, "ask_by_words")
    click(qtbot, window, "ask_word_0")  # 外地看病
    click(qtbot, window, "ask_more_words")
    assert "住院" in speech.spoken[-1]  # the next group is read out
    click(qtbot, window, "ask_word_6")  # 住院, on the second group; the first word is kept
    chosen = window.findChild(QLabel, "ask_answer").text()
    assert "外地看病" in chosen and "住院" in chosen and speech.spoken[-1] == "住院"
    click(qtbot, window, "ask_clear")
    click(qtbot, window, "ask_find")
    assert "先点一个词" in speech.spoken[-1]
    window.screens["ask"].ask("火车票怎么买")
    qtbot.waitUntil(lambda: window.screens["ask"].phase == "answer", timeout=30_000)
    assert "没有文件能回答" in speech.spoken[-1] and "呼叫工作人员" in speech.spoken[-1]
    with qtbot.waitSignal(window.staff_called, timeout=5_000):
        click(qtbot, window, "ask_call")


def test_a_hall_answer_is_shown_and_read_in_the_language_on_screen(qtbot, config, services):
    window, speech = make_window(qtbot, config, services)
    click(qtbot, window, "home_lang_en")
    with qtbot.waitSignal(window.screen_changed, timeout=5_000, check_params_cb=lambda n: n == "ask"):
        click(qtbot, window, "tile_ask")
    window.screens["ask"].ask("医保码怎么激活")
    qtbot.waitUntil(lambda: window.screens["ask"].phase == "answer", timeout=30_000)
    answer = window.findChild(QLabel, "ask_answer").text()
    assert answer.startswith("The insurance QR code") and "activated" in speech.spoken[-1]
    assert "医保电子凭证" in window.findChild(QLabel, "ask_quote").text()  # the notice stays Chinese, on screen
