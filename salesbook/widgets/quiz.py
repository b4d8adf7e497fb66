"""The chapter quiz as a widget: one question per block, feedback per answer, a score, a reset.

Only the option texts reach the browser; which option is correct stays in the Python kernel
until the student answers, so it cannot be read from the rendered notebook.
"""

from __future__ import annotations

import html

import ipywidgets as w

from salesbook.quiz import Answer, Question, QuizSession, load_quiz, quiz_title

OK_STYLE = "border-left:4px solid #009E73;background:#EEF8F4;padding:6px 10px"
WRONG_STYLE = "border-left:4px solid #D55E00;background:#FFF4EC;padding:6px 10px"
# ipywidgets gives every radio option one fixed line; a long option then runs over the next one
# and hides its own radio circle. In a quiz every option wraps inside its own row, circle first.
OPTION_CSS = """<style>
.salesbook-quiz .widget-radio-box label {
  height: auto; line-height: 1.35; display: flex; align-items: flex-start;
  white-space: normal; overflow-wrap: anywhere; padding: 3px 0; margin: 0;
}
.salesbook-quiz .widget-radio-box input[type=radio] {
  order: -1; float: none; flex: 0 0 auto; height: 1.35em; margin: 0 8px 0 1px;
}
.salesbook-quiz .widget-html-content { line-height: 1.4; }
</style>"""


def feedback_html(answer: Answer) -> str:
    """The feedback block for one answer (shared by the widget and the tests)."""
    head = "Goed!" if answer.correct else "Niet goed."
    style = OK_STYLE if answer.correct else WRONG_STYLE
    note = "" if answer.first_try or answer.correct else " <i>(telt niet mee voor je score: alleen je eerste antwoord telt)</i>"
    return f'<div style="{style}"><b>{head}</b> {html.escape(answer.feedback)}{note}</div>'


class QuizWidget(w.VBox):
    """All questions of one chapter, with a score line and an 'Opnieuw' button."""

    def __init__(self, chapter: int):
        self.chapter = chapter
        self.session = QuizSession(load_quiz(chapter), title=quiz_title(chapter))
        self.score = w.HTML(layout=w.Layout(flex="1 1 auto"))
        # the button keeps its width in a narrow window (the score line wraps instead)
        self.reset_button = w.Button(description="Opnieuw", icon="refresh", tooltip="Wis alle antwoorden en de score",
                                     layout=w.Layout(flex="0 0 auto", width="auto", min_width="110px"))
        self.reset_button.on_click(lambda _b: self.reset())
        self.choices: dict[str, w.RadioButtons] = {}
        self.feedback: dict[str, w.HTML] = {}
        blocks = [w.HTML(OPTION_CSS + f"<b>Toets jezelf — hoofdstuk {chapter}: {html.escape(self.session.title)}</b> "
                         f"({len(self.session.questions)} vragen). "
                         "Kies bij elke vraag een antwoord; je krijgt meteen uitleg. Alleen je eerste keuze telt voor de score.")]
        for n, q in enumerate(self.session.questions, start=1):
            blocks.append(self._block(n, q))
        blocks.append(w.HBox([self.score, self.reset_button]))
        super().__init__(blocks)
        self.add_class("salesbook-quiz")
        self._update_score()

    def _block(self, n: int, q: Question) -> w.VBox:
        title = w.HTML(f"<p style='margin-bottom:2px'><b>Vraag {n}</b> <small>({html.escape(q.reference)})</small><br>{html.escape(q.text)}</p>")
        radio = w.RadioButtons(options=[o.text for o in q.options], index=None, layout=w.Layout(width="100%"))
        fb = w.HTML()
        radio.observe(lambda change, qid=q.id: self._on_choice(qid, change["owner"].index), names="index")
        self.choices[q.id], self.feedback[q.id] = radio, fb
        return w.VBox([title, radio, fb], layout=w.Layout(margin="0 0 12px 0"))

    def _on_choice(self, question_id: str, index: int | None) -> None:
        if index is None:  # cleared by a reset
            return
        self.feedback[question_id].value = feedback_html(self.session.answer(question_id, index))
        self._update_score()

    def _update_score(self) -> None:
        self.score.value = f"<b>{html.escape(self.session.summary())}</b>"

    def __repr__(self) -> str:
        # What GitHub and other static viewers show instead of the interactive quiz.
        n = len(self.session.questions)
        return (f"Toets hoofdstuk {self.chapter} ({n} vragen): open dit notebook in JupyterLab of Binder "
                "en voer de cel uit om de vragen te beantwoorden.")

    def reset(self) -> None:
        self.session.reset()
        for radio in self.choices.values():
            radio.index = None
        for fb in self.feedback.values():
            fb.value = ""
        self._update_score()


def quiz_widget(chapter: int) -> QuizWidget:
    """The quiz of a chapter, ready to display: ``quiz_widget(1)``."""
    return QuizWidget(chapter)
