"""问政策: common questions as big buttons, or a question put together from big word
buttons (no pinyin typing needed); the answer in plain words first, read aloud with
read-along, then the exact sentence of the notice and where it comes from."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui.i18n import ENUMERATION, join_list, join_sentences
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import clear_grid, fill_grid, label

# (button text, the question as an elder would say it)
COMMON = (
    (QT_TRANSLATE_NOOP("AskScreen", "去外地看病\n要先备案吗？"), "我要去外地看病，要先备案吗"),
    (QT_TRANSLATE_NOOP("AskScreen", "临时去外省\n报销少多少？"), "临时去外省看病报销比例会低多少"),
    (QT_TRANSLATE_NOOP("AskScreen", "备案能用多久？"), "备案能用多久"),
    (QT_TRANSLATE_NOOP("AskScreen", "自己先付了钱\n还能报吗？"), "出院的时候自己先付了钱，回来还能报销吗"),
    (QT_TRANSLATE_NOOP("AskScreen", "长住外省\n回老家能报吗？"), "长期住在外省，回老家看病还能报销吗"),
    (QT_TRANSLATE_NOOP("AskScreen", "慢性病能开\n几个月的药？"), "慢性病一次能开几个月的药"),
    (QT_TRANSLATE_NOOP("AskScreen", "癌症登记慢病\n有快的办法吗？"), "得了癌症，慢病登记有快的办法吗"),
    (QT_TRANSLATE_NOOP("AskScreen", "孩子能\n替我办吗？"), "我年纪大了，孩子能替我办医保的事吗"),
    (QT_TRANSLATE_NOOP("AskScreen", "不会用智能手机\n怎么办？"), "我不会用智能手机，医保码能让孩子帮我弄吗"),
    (QT_TRANSLATE_NOOP("AskScreen", "走不动了\n能上门办吗？"), "年纪大走不动，医保能上门办吗"),
)
# words a question is put together from (in Chinese, the library's language; shown translated)
WORDS = (
    QT_TRANSLATE_NOOP("AskScreen", "外地看病"),
    QT_TRANSLATE_NOOP("AskScreen", "备案"),
    QT_TRANSLATE_NOOP("AskScreen", "报销"),
    QT_TRANSLATE_NOOP("AskScreen", "多久"),
    QT_TRANSLATE_NOOP("AskScreen", "慢性病"),
    QT_TRANSLATE_NOOP("AskScreen", "癌症"),
    QT_TRANSLATE_NOOP("AskScreen", "住院"),
    QT_TRANSLATE_NOOP("AskScreen", "急诊"),
    QT_TRANSLATE_NOOP("AskScreen", "转诊"),
    QT_TRANSLATE_NOOP("AskScreen", "药店"),
    QT_TRANSLATE_NOOP("AskScreen", "孩子代办"),
    QT_TRANSLATE_NOOP("AskScreen", "上门"),
    QT_TRANSLATE_NOOP("AskScreen", "手机"),
    QT_TRANSLATE_NOOP("AskScreen", "老年人"),
    QT_TRANSLATE_NOOP("AskScreen", "材料"),
)
PER_PAGE = 6  # questions or words on the screen at once, in two columns


def _page(entries: list, page: int) -> list:
    return entries[page * PER_PAGE : (page + 1) * PER_PAGE]


class AskScreen(Screen):
    name = "ask"

    def title(self) -> str:
        return self.tr("问政策")

    def build(self) -> None:
        self.prompt = label("", "hint", name="ask_prompt")
        self.layout_.addWidget(self.prompt)
        self.answer_label = label("", "", name="ask_answer")
        self.layout_.addWidget(self.answer_label)
        self.quote = label("", "hint", name="ask_quote")
        self.layout_.addWidget(self.quote)
        self.source = label("", "hint", name="ask_source")
        self.layout_.addWidget(self.source)
        self.body = QWidget(objectName="ask_body")
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self.layout_.addWidget(self.body, 1)
        self.answer = None
        self.words: list[str] = []
        self._show_questions()

    def on_enter(self) -> None:
        self._show_questions()

    # -- phases ----------------------------------------------------------------------------
    def _reset(self, prompt: str) -> None:
        self.prompt.setText(prompt)
        self._set_role(self.answer_label, "")
        for widget in (self.answer_label, self.quote, self.source):
            widget.setText("")
            widget.hide()
        clear_grid(self.grid)

    def _show_questions(self, page: int = 0) -> list[str]:
        """Six questions at a time: ten would not fit in English or Uyghur at the largest text.
        Returns what the questions on the screen say."""
        self.phase = "questions"
        self._reset(self.tr("点一个问题，我读答案给您听。"))
        shown = _page(list(enumerate(COMMON)), page)
        items = [
            (f"ask_q{n}", self.tr(text), lambda _=False, q=question: self.ask(q), "secondary")
            for n, (text, question) in shown
        ]
        more = [
            (
                "ask_more",
                self.tr("换一组问题"),
                lambda: self._next_page(self._show_questions, page, len(COMMON)),
                "secondary",
            ),
            ("ask_by_words", self.tr("没有我的问题\n用词语来问"), self._show_words, "accent"),
        ]
        fill_grid(self.grid, items + more, 2)
        return [text for _name, text, _action, _role in items]

    def _show_words(self, page: int = 0) -> list[str]:
        self.phase = "words"
        if page == 0:
            self.words = []
        self._reset(self.tr("点几个词，再按“找答案”。"))
        self._show_chosen_words()
        self.answer_label.show()
        shown = _page(list(enumerate(WORDS)), page)
        items = [
            (f"ask_word_{n}", self.tr(word), lambda _=False, w=word: self._add_word(w), "secondary")
            for n, word in shown
        ]
        more = [
            (
                "ask_more_words",
                self.tr("换一组词"),
                lambda: self._next_page(self._show_words, page, len(WORDS)),
                "secondary",
            ),
            ("ask_clear", self.tr("清空"), self._clear_words, "secondary"),
            ("ask_find", self.tr("找答案"), self._find, "accent"),
        ]
        fill_grid(self.grid, items + more, 2)
        return [text for _name, text, _action, _role in items]

    def _next_page(self, show, page: int, count: int) -> None:
        """Show the next group and read out what is on it (the keypad user cannot see it)."""
        shown = show((page + 1) % -(-count // PER_PAGE))
        names = [text.replace("\n", "") for text in shown]
        self.speak(self.tr("换好了，现在有：{items}。").format(items=join_list(names, ENUMERATION)))

    def _add_word(self, word: str) -> None:
        if word not in self.words:
            self.words.append(word)
        self._show_chosen_words()
        self.speak(self.tr(word))

    def _show_chosen_words(self) -> None:
        self.answer_label.setText(
            self.tr("您要问：") + join_list((self.tr(w) for w in self.words), ENUMERATION) if self.words else " "
        )

    def _clear_words(self) -> None:
        self.words = []
        self._show_chosen_words()
        self.speak(self.tr("清空了，请重新点词。"))

    def _find(self) -> None:
        if not self.words:
            self.speak(self.tr("请先点一个词。"))
            return
        self.ask("".join(self.words))

    # -- asking --------------------------------------------------------------------------------
    def ask(self, question: str) -> None:
        self.phase = "asking"
        self._reset(self.tr("正在查找，请稍等……"))
        self.speak(self.prompt.text())
        ctx = self.ctx
        self.run(lambda: ctx.ops.ask_policy(question), self._answered, lambda _e: self.say_error(self.prompt, "bug"))

    def _answered(self, answer) -> None:
        self.answer = answer
        self.phase = "answer"
        # in English or Uyghur, say first that what follows is Chinese (the question too)
        self._reset(self._chinese_only_note() or self.tr("您问：{q}").format(q=answer.question))
        if answer.answered:
            self.source.setText(self._source_line())  # the answer and the quote: _say_answer
            items = [
                ("ask_simpler", self.tr("说得再\n简单点"), self._simpler, "secondary"),
                ("ask_again", self.tr("再说一遍"), self._say_answer, "secondary"),
                ("ask_quote", self.tr("看文件原文"), self._show_quote, "secondary"),
            ]
        else:
            self.answer_label.setText(self.tr("这个问题我这里没有文件能回答。请按“呼叫工作人员”，请工作人员帮您。"))
            items = [("ask_call", self.tr("呼叫工作人员"), lambda: self.done("call_staff"), "staff")]
        self.answer_label.show()
        items.append(("ask_other", self.tr("问别的问题"), self._show_questions, "secondary"))
        fill_grid(self.grid, items, 2)
        self._say_answer()

    def _fit_quote(self) -> None:
        """At the largest text, or with a long sentence, everything would not fit: the quote goes
        first (still read aloud; 看文件原文 shows it), then the answer drops to body size, then
        the source line (also read aloud)."""
        for give_way in (self.quote.hide, lambda: self._set_role(self.answer_label, "hint"), self.source.hide):
            if not self._squeezed():
                return
            give_way()

    def _squeezed(self) -> bool:
        self.layout_.activate()
        self.grid.activate()
        texts = [w for w in (self.prompt, self.answer_label, self.quote, self.source) if not w.isHidden()]
        buttons = [self.grid.itemAt(i).widget() for i in range(self.grid.count()) if self.grid.itemAt(i).widget()]
        return any(w.height() < w.heightForWidth(w.width()) for w in texts if w.width() > 0) or any(
            b.height() < b.sizeHint().height() for b in buttons
        )

    @staticmethod
    def _set_role(widget, role: str) -> None:
        widget.setProperty("role", role)
        widget.style().polish(widget)

    def _say_answer(self) -> None:
        """The direct answer big, the notice's own sentence and its source below, read in that order."""
        if self.answer is not None and self.answer.answered:
            self._set_role(self.answer_label, "title")
            self.answer_label.setText(self._direct())
            self.quote.setText(self.tr("文件原文：“{quote}”").format(quote=self._policy_text(self.answer.quote)))
            self.quote.show()
            self.source.show()
            self._fit_quote()
        self.speak(self.script())

    def _direct(self) -> str:
        """The direct answer: a curated one in the language on screen where the hall wrote one,
        else the library's (Chinese) short answer."""
        locale = self.ctx.display["locale"]
        return self.answer.localized.get(locale) or self._policy_text(self.answer.short)

    def _source_line(self) -> str:
        source = self.answer.passages[0]
        line = self.tr("出处：《{title}》").format(title=self._policy_text(source.title))
        extra = [self._policy_text(x) for x in (source.issuer, source.date) if x]
        return "，".join([line, *extra]) if extra else line

    def _show_quote(self) -> None:
        """The whole passage of the notice the sentence comes from, in place of the sentence."""
        if self.answer is None or not self.answer.answered:
            return
        self.quote.setText(self.tr("文件原文：“{quote}”").format(quote=self._policy_text(self.answer.passages[0].text)))
        self.quote.show()
        self._fit_quote()
        if self.quote.isHidden():  # no room below the answer: the passage takes the answer's place
            self._set_role(self.answer_label, "hint")
            self.answer_label.setText(self.quote.text())
        self.speak(self._chinese_only_note() or self.quote.text())

    def _simpler(self) -> None:
        if self.answer is not None and self.answer.answered:
            self.speak(
                join_sentences(
                    [
                        self._chinese_only_note() or self._policy_text(self.answer.simpler),
                        self.tr("还有不明白的，请按呼叫工作人员。"),
                    ]
                )
            )

    # -- the library is in Chinese -------------------------------------------------------------
    def _policy_text(self, text: str) -> str:
        """Policy passages in the script of the language on screen: Traditional for 繁體/粵語;
        other languages see the Chinese original (there is no translated library)."""
        if self.ctx.display["locale"] == "zh_HK":
            from kiosk.policy.clean import simplified_to_hongkong

            return simplified_to_hongkong(text)
        return text

    def _chinese_only_note(self) -> str:
        """For English and Uyghur: said instead of the Chinese answer, which their voice cannot read."""
        if self.ctx.display["locale"] in ("zh_CN", "zh_HK"):
            return ""
        return self.tr("政策文件只有中文，答案用中文显示在屏幕上。需要的话，请按呼叫工作人员，请他读给您听。")

    def load_demo(self, demo) -> None:
        from kiosk.policy.answer import PolicyLibrary, bundled_library

        self._answered(PolicyLibrary.open(bundled_library()).ask(COMMON[1][1]))

    def script(self) -> str:
        if self.phase == "answer" and self.answer is not None:
            if not self.answer.answered:
                return self.answer_label.text()
            note = self._chinese_only_note()
            direct = self.answer.localized.get(self.ctx.display["locale"])
            if note:  # English, Uyghur: a curated answer in that language, the notice itself is Chinese
                return join_sentences([direct, note]) if direct else note
            said = self.tr("{answer}文件里是这样说的：{quote}这是《{title}》里说的。想听更简单的，请按说得再简单点。")
            return said.format(
                answer=self._direct(),
                quote=self._policy_text(self.answer.quote),
                title=self._policy_text(self.answer.passages[0].title),
            )
        if self.phase == "words":
            return self.tr("用词语来问。点几个词，比如外地看病、报销，再按找答案。")
        return self.tr("问政策。屏幕上有常见的问题，点一个，我读答案给您听。没有您的问题，可以按用词语来问。")
