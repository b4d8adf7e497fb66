"""The quiz banks in data/quizzes/, the quiz engine (salesbook.quiz) and the quiz widget.

Every bank found in data/quizzes/ is validated, so a new chapter's bank is covered as soon as
its file exists. For every question the correct option and every wrong option are answered
through a QuizSession, and their feedback is checked.
"""

from __future__ import annotations

import copy
import html
import json
import re
from functools import lru_cache

import ipywidgets as w
import pytest
import yaml

from salesbook import book, yaml_text

import salesbook.quiz as quiz
from salesbook.errors import SalesbookError
from salesbook.paths import QUIZ_DIR
from salesbook.quiz import LEVELS, QuizSession, load_quiz, parse_bank
from salesbook.widgets.quiz import QuizWidget, feedback_html
from tests.checks import assert_mentions, mentions

BANK_FILES = sorted(p for p in QUIZ_DIR.glob("h*.*") if re.fullmatch(r"h\d{2}\.\w+", p.name))
RECALL_SHARE_MAX = 0.4  # at most ~40% of a bank may test plain recall (level 'onthouden')
APPLY_SHARE_MIN = 0.5   # at least half applies or analyses (toepassen / analyseren)


def _chapter(path) -> int:
    return int(path.stem[1:])


@lru_cache(maxsize=None)
def _raw_cached(path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml_text.safe_load(fh.read())


def _raw(path) -> dict:
    """A bank as plain YAML (a fresh copy: a test may change it)."""
    return copy.deepcopy(_raw_cached(path))


bank = pytest.mark.parametrize("path", BANK_FILES, ids=[p.name for p in BANK_FILES])


def test_chapter_one_has_a_bank():
    assert QUIZ_DIR / "h01.yaml" in BANK_FILES


# -- every bank ------------------------------------------------------------------------------

@bank
def test_bank_is_found_by_load_quiz(path):
    # load_quiz reads hNN.yaml (or hNN.json); a bank under another name or extension is never shown.
    assert path.suffix in (".yaml", ".json"), f"{path.name}: load_quiz leest alleen hNN.yaml of hNN.json"
    assert quiz.quiz_path(_chapter(path)) == path


@bank
def test_bank_loads_with_enough_questions(path):
    questions = load_quiz(_chapter(path))
    assert len(questions) >= 12, f"{path.name}: {len(questions)} vragen, minstens 12 nodig"
    assert _raw(path).get("titel"), f"{path.name}: de bank heeft geen titel"


@bank
def test_ids_are_unique_and_carry_the_chapter(path):
    chapter = _chapter(path)
    ids = [str(q.get("id")) for q in _raw(path)["vragen"]]
    assert len(ids) == len(set(ids)), f"{path.name}: dubbele ids {sorted({i for i in ids if ids.count(i) > 1})}"
    for qid in ids:
        assert re.fullmatch(rf"h{chapter:02d}-\d{{2,3}}", qid), f"{path.name}: id '{qid}' hoort h{chapter:02d}-NN te zijn"


@bank
def test_sections_belong_to_the_chapter(path):
    chapter = _chapter(path)
    for q in load_quiz(chapter):
        # a question with an 'onderwerp' belongs to the topic's chapter (its § may be unconfirmed, then empty)
        found = book.topic(q.topic).chapter if q.topic else int(q.section.split(".")[0])
        assert found == chapter, f"{q.id}: § {q.section} hoort niet bij hoofdstuk {chapter}"


@bank
def test_level_mix(path):
    questions = load_quiz(_chapter(path))
    levels = [q.level for q in questions]
    assert set(levels) <= set(LEVELS)
    recall = levels.count("onthouden") / len(levels)
    applied = (levels.count("toepassen") + levels.count("analyseren")) / len(levels)
    assert recall <= RECALL_SHARE_MAX, f"{path.name}: {recall:.0%} van de vragen is 'onthouden' (max {RECALL_SHARE_MAX:.0%})"
    assert applied >= APPLY_SHARE_MIN, f"{path.name}: maar {applied:.0%} toepassen/analyseren (min {APPLY_SHARE_MIN:.0%})"


@bank
def test_every_option_has_its_own_feedback(path):
    for q in load_quiz(_chapter(path)):
        assert 3 <= len(q.options) <= 5, q.id
        assert sum(o.correct for o in q.options) == 1, q.id
        for o in q.options:
            assert o.feedback.strip(), f"{q.id}: optie '{o.text}' heeft geen feedback"
        right = q.options[q.correct_index].feedback
        assert len(right) >= 40 and right.lower().rstrip(".!") not in ("goed", "juist", "correct"), (
            f"{q.id}: de feedback bij het juiste antwoord moet uitleggen waaróm het klopt")
        for o in q.options:
            if not o.correct:
                # a book reference: a confirmed § or, through the book map, 'H8, <onderwerp>'
                assert re.search(r"§|\bH\d+, ", o.feedback), (
                    f"{q.id}: feedback bij '{o.text}' verwijst niet naar het boek")


@bank
def test_loaded_options_are_the_bank_options_shuffled(path):
    raw = {q["id"]: q for q in _raw(path)["vragen"]}
    for q in load_quiz(_chapter(path)):
        # the loader expands {boek:<key>} into the reference from data/boek.yaml (salesbook.book)
        bank_options = sorted((book.expand(o["tekst"].strip()), bool(o.get("juist", False)),
                               book.expand(o["feedback"].strip())) for o in raw[q.id]["opties"])
        assert sorted((o.text, o.correct, o.feedback) for o in q.options) == bank_options, q.id


@bank
def test_options_are_not_shown_in_bank_order(path):
    raw = {q["id"]: [o["tekst"].strip() for o in q["opties"]] for q in _raw(path)["vragen"]}
    questions = load_quiz(_chapter(path))
    reordered = [q.id for q in questions if [o.text for o in q.options] != raw[q.id]]
    assert reordered, f"{path.name}: alle opties staan in de volgorde van de bank"
    positions = {q.correct_index for q in questions}
    assert len(positions) >= 2, f"{path.name}: het juiste antwoord staat altijd op plaats {positions.pop() + 1}"
    if len(questions) >= 12:
        first = sum(q.correct_index == 0 for q in questions)
        assert first < len(questions) * 0.6, f"{path.name}: het juiste antwoord staat {first} keer bovenaan"


@bank
def test_every_answer_gives_its_feedback(path):
    questions = load_quiz(_chapter(path))
    session = QuizSession(questions)
    for q in questions:
        right = session.answer(q.id, q.correct_index)
        assert right.correct is True, q.id
        assert right.feedback == q.options[q.correct_index].feedback, q.id
        for i, option in enumerate(q.options):
            if i == q.correct_index:
                continue
            wrong = session.answer(q.id, i)
            assert wrong.correct is False, f"{q.id}: '{option.text}' telt als goed"
            assert wrong.feedback == option.feedback, q.id
            assert wrong.feedback != right.feedback, f"{q.id}: '{option.text}' krijgt de feedback van het juiste antwoord"
    assert session.score == len(questions)  # every question was answered right the first time


@bank
def test_shuffle_is_stable(path):
    doc = _raw(path)
    first = parse_bank(copy.deepcopy(doc), _chapter(path), path.name)
    again = parse_bank(copy.deepcopy(doc), _chapter(path), path.name)
    assert [[o.text for o in q.options] for q in first] == [[o.text for o in q.options] for q in again]


# -- broken banks ----------------------------------------------------------------------------

def _question(qid: str, **changes) -> dict:
    q = {
        "id": qid,
        "paragraaf": "1.1",
        "niveau": "toepassen",
        "vraag": "Hoeveel is de EBIT van een vestiging met € 44 mln omzet en 7% EBIT-marge?",
        "opties": [
            {"tekst": "€ 3,08 mln", "juist": True, "feedback": "44 × 0,07 = 3,08 (zie § 1.1.2)."},
            {"tekst": "€ 12,32 mln", "feedback": "Dat is de brutomarge (zie § 1.1.2)."},
            {"tekst": "€ 0,31 mln", "feedback": "7% is 0,07, niet 0,007 (zie § 1.1.2)."},
        ],
    }
    q.update(changes)
    return q


def _bank(*questions: dict) -> dict:
    return {"hoofdstuk": 1, "titel": "Test", "vragen": list(questions)}


def _with_options(qid: str, options: list[dict]) -> dict:
    return _question(qid, opties=options)


def _option(n: int, correct: bool = False, **changes) -> dict:
    opt = {"tekst": f"Optie {n}", "feedback": f"Uitleg bij optie {n} (zie § 1.1)."}
    if correct:
        opt["juist"] = True
    opt.update(changes)
    return opt


BROKEN = {
    "two_correct": _with_options("h01-07", [_option(1, True), _option(2, True), _option(3)]),
    "no_correct": _with_options("h01-07", [_option(1), _option(2), _option(3)]),
    "two_options": _with_options("h01-07", [_option(1, True), _option(2)]),
    "six_options": _with_options("h01-07", [_option(1, True)] + [_option(n) for n in range(2, 7)]),
    "missing_feedback": _with_options("h01-07", [_option(1, True), _option(2, feedback=""), _option(3)]),
    "feedback_key_absent": _with_options("h01-07", [_option(1, True), {"tekst": "Optie 2"}, _option(3)]),
    "same_feedback": _with_options("h01-07", [_option(1, True), _option(2), _option(3, feedback="Uitleg bij optie 2 (zie § 1.1).")]),
    "same_text": _with_options("h01-07", [_option(1, True), _option(2), _option(3, tekst="Optie 2")]),
    "juist_not_boolean": _with_options("h01-07", [_option(1, juist="ja"), _option(2), _option(3)]),
    "wrong_paragraaf": _question("h01-07", paragraaf="2.1"),
    "paragraaf_missing": _question("h01-07", paragraaf=""),
    "bad_niveau": _question("h01-07", niveau="kennen"),
    "no_question_text": _question("h01-07", vraag=""),
}

# what each broken bank's message must mention besides the question id and the file (key words
# and the count it got, never the whole sentence)
EXPECTED_PARTS = {
    "two_correct": ("precies één optie", "juist", "(kreeg 2)"),
    "no_correct": ("precies één optie", "juist", "(kreeg 0)"),
    "two_options": ("3 tot 5 opties", "(kreeg 2)"),
    "six_options": ("3 tot 5 opties", "(kreeg 6)"),
    "missing_feedback": ("feedback ontbreekt",),
    "feedback_key_absent": ("feedback ontbreekt",),
    "same_feedback": ("dezelfde feedback",),
    "same_text": ("dezelfde tekst",),
    "juist_not_boolean": ("'juist'", "true of false"),
    "wrong_paragraaf": ("'paragraaf'", "§ van hoofdstuk 1"),
    "paragraaf_missing": ("'paragraaf'", "§ van hoofdstuk 1"),
    "bad_niveau": ("'niveau' moet een van",),
    "no_question_text": ("vraagtekst ontbreekt",),
}


@pytest.fixture
def quiz_dir(tmp_path, monkeypatch):
    """A private quiz folder: load_quiz(1) reads tmp_path/h01.yaml."""
    monkeypatch.setattr(quiz, "QUIZ_DIR", tmp_path)
    return tmp_path


def _write(folder, doc) -> None:
    text = doc if isinstance(doc, str) else yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
    (folder / "h01.yaml").write_text(text, encoding="utf-8")


def test_the_valid_test_bank_loads(quiz_dir):
    _write(quiz_dir, _bank(_question("h01-01"), _question("h01-07")))
    assert [q.id for q in load_quiz(1)] == ["h01-01", "h01-07"]


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_bank_fails_naming_the_question(quiz_dir, case):
    # The broken question comes second, so the message must name its id, not its position.
    _write(quiz_dir, _bank(_question("h01-01"), BROKEN[case], _question("h01-09")))
    with pytest.raises(SalesbookError) as info:
        load_quiz(1)
    message = str(info.value)
    assert "'h01-07'" in message, message
    assert "h01.yaml" in message, message
    assert_mentions(message, *EXPECTED_PARTS[case])


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_parse_bank_rejects_the_same_mistakes(case):
    with pytest.raises(SalesbookError, match="h01-07"):
        parse_bank(_bank(_question("h01-01"), BROKEN[case]), 1, "test.yaml")


def test_duplicate_ids_fail_naming_the_id(quiz_dir):
    _write(quiz_dir, _bank(_question("h01-01"), _question("h01-05"), _question("h01-05")))
    with pytest.raises(SalesbookError, match=r"'h01-05' komt twee keer voor"):
        load_quiz(1)


def test_invalid_yaml_fails_naming_file_and_line(quiz_dir):
    good = yaml.safe_dump(_bank(_question("h01-01")), allow_unicode=True, sort_keys=False)
    broken = good + "  - id: h01-02\n    vraag: 'een aanhalingsteken dat nooit sluit\n    niveau: [toepassen\n"
    _write(quiz_dir, broken)
    with pytest.raises(SalesbookError) as info:
        load_quiz(1)
    message = str(info.value)
    assert "h01.yaml" in message and "geen geldige YAML" in message, message
    assert re.search(r"regel \d+, kolom \d+", message), message
    assert "h01-02" in message, "the message names the question the error is in"


def test_question_without_id_fails_naming_its_position():
    with pytest.raises(SalesbookError, match=mentions("vraag 2", "geen id")):
        parse_bank(_bank(_question("h01-01"), _question("")), 1, "test.yaml")


def test_bank_of_another_chapter_is_refused():
    doc = _bank(_question("h01-01"))
    doc["hoofdstuk"] = 2
    with pytest.raises(SalesbookError, match=r"'hoofdstuk' moet 1 zijn"):
        parse_bank(doc, 1, "h01.yaml")


@pytest.mark.parametrize("chapter", [0, 15, "1", 1.0, True])
def test_load_quiz_refuses_a_bad_chapter(chapter):
    with pytest.raises(SalesbookError, match="hoofdstuk"):
        load_quiz(chapter)


def test_missing_bank_says_so(quiz_dir):
    with pytest.raises(SalesbookError, match=r"nog geen quiz \(h03\.yaml ontbreekt\)"):
        load_quiz(3)


# -- scoring ---------------------------------------------------------------------------------

def _three_questions():
    return parse_bank(_bank(_question("h01-01"), _question("h01-02"), _question("h01-03")), 1)


def test_score_counts_first_answers_only():
    questions = _three_questions()
    s = QuizSession(questions)
    q1, q2, q3 = questions
    wrong1 = next(i for i, o in enumerate(q1.options) if not o.correct)

    first = s.answer(q1.id, wrong1)
    assert (first.correct, first.first_try) == (False, True)
    retry = s.answer(q1.id, q1.correct_index)
    assert (retry.correct, retry.first_try) == (True, False)
    assert (s.score, s.answered) == (0, 1)  # the right second try does not count

    s.answer(q2.id, q2.correct_index)
    s.answer(q2.id, next(i for i, o in enumerate(q2.options) if not o.correct))
    assert (s.score, s.answered) == (1, 2)  # a later wrong answer does not cost the point

    assert "1 van 3 goed" in s.summary() and "2 van 3 beantwoord" in s.summary()
    s.answer(q3.id, q3.correct_index)
    assert s.score == 2 and "Voldoende" in s.summary()


def test_reset_clears_the_score():
    questions = _three_questions()
    s = QuizSession(questions)
    for q in questions:
        s.answer(q.id, q.correct_index)
    assert s.score == 3 and "Uitstekend" in s.summary()
    s.reset()
    assert (s.score, s.answered) == (0, 0)
    q = questions[0]
    again = s.answer(q.id, next(i for i, o in enumerate(q.options) if not o.correct))
    assert again.first_try and s.score == 0 and s.answered == 1


@pytest.mark.parametrize("index", [-1, 3, 1.0, True, None])
def test_answer_refuses_an_impossible_option(index):
    questions = _three_questions()
    with pytest.raises(SalesbookError, match=mentions("kies een optie", "1 tot en met 3")):
        QuizSession(questions).answer(questions[0].id, index)


def test_answer_refuses_an_unknown_question():
    with pytest.raises(SalesbookError, match="onbekende vraag 'h01-99'"):
        QuizSession(_three_questions()).answer("h01-99", 0)


# -- widget ----------------------------------------------------------------------------------

@pytest.fixture
def widget():
    return QuizWidget(1)


def _wrong_index(q):
    return next(i for i, o in enumerate(q.options) if not o.correct)


def test_widget_shows_every_question_unanswered(widget):
    questions = widget.session.questions
    assert list(widget.choices) == [q.id for q in questions]
    for q in questions:
        radio = widget.choices[q.id]
        assert isinstance(radio, w.RadioButtons)
        assert radio.options == tuple(o.text for o in q.options)  # display order = session order
        assert radio.index is None
        assert widget.feedback[q.id].value == ""
    assert f"0 van {len(questions)} goed" in widget.score.value


def test_choosing_an_option_shows_feedback_and_score(widget):
    questions = widget.session.questions
    q1, q2 = questions[0], questions[1]

    widget.choices[q1.id].index = q1.correct_index
    box = widget.feedback[q1.id].value
    assert "Goed!" in box and html.escape(q1.options[q1.correct_index].feedback) in box
    assert f"1 van {len(questions)} goed" in widget.score.value

    widget.choices[q2.id].index = _wrong_index(q2)
    box = widget.feedback[q2.id].value
    assert "Niet goed." in box and html.escape(q2.options[_wrong_index(q2)].feedback) in box
    assert f"1 van {len(questions)} goed" in widget.score.value
    assert f"2 van {len(questions)} beantwoord" in widget.score.value

    # a second answer gets feedback, but the score keeps the first one
    widget.choices[q1.id].index = _wrong_index(q1)
    assert "Niet goed." in widget.feedback[q1.id].value
    assert "alleen je eerste antwoord telt" in widget.feedback[q1.id].value
    assert f"1 van {len(questions)} goed" in widget.score.value


def test_reset_clears_feedback_and_choices(widget):
    questions = widget.session.questions
    for q in questions[:3]:
        widget.choices[q.id].index = q.correct_index
    widget.reset_button.click()
    assert all(r.index is None for r in widget.choices.values())
    assert all(fb.value == "" for fb in widget.feedback.values())
    assert widget.session.answered == 0
    assert f"0 van {len(questions)} goed" in widget.score.value
    # after a reset a first answer counts again
    q = questions[0]
    widget.choices[q.id].index = q.correct_index
    assert f"1 van {len(questions)} goed" in widget.score.value


def _front_end_state(root: w.Widget) -> dict[str, str]:
    """The serialised state of every widget model reachable from ``root``: what the browser gets."""
    registry = w.widgets.widget._instances
    seen: dict[str, str] = {}
    todo = [root.model_id]
    while todo:
        model_id = todo.pop()
        if model_id in seen:
            continue
        text = json.dumps(registry[model_id].get_state(), ensure_ascii=False, default=repr)
        seen[model_id] = text
        todo.extend(re.findall(r"IPY_MODEL_([0-9a-f]{32})", text))
    return seen


def test_correct_option_cannot_be_read_before_answering(widget):
    questions = widget.session.questions
    states = _front_end_state(widget)
    assert len(states) > 3 * len(questions)  # the traversal really reached the question blocks

    # Question and option texts are meant to be visible; remove them, then look for anything
    # that gives the answer away: a correctness flag or (part of) a feedback text.
    visible = sorted({t for q in questions for t in (q.text, *(o.text for o in q.options))}, key=len, reverse=True)
    dump = "\n".join(states.values())
    for text in visible:
        for form in (text, html.escape(text), json.dumps(text, ensure_ascii=False)[1:-1]):
            dump = dump.replace(form, "")
    lowered = dump.lower()
    assert "juist" not in lowered and "correct" not in lowered
    assert "goed!" not in lowered and "niet goed" not in lowered
    for q in questions:
        for o in q.options:
            snippet = o.feedback[:40]
            assert snippet not in dump and html.escape(snippet) not in dump, f"{q.id}: feedback zichtbaar vóór antwoord"


def test_feedback_html_escapes_and_marks_retries():
    from salesbook.quiz import Answer

    box = feedback_html(Answer(False, "marge < kosten & meer", first_try=False))
    assert "Niet goed." in box and "marge &lt; kosten &amp; meer" in box and "telt niet mee" in box
    assert "telt niet mee" not in feedback_html(Answer(True, "klopt", first_try=False))


def test_question_id_must_carry_the_chapter():
    from salesbook.quiz import parse_bank

    with pytest.raises(SalesbookError, match=r"'h02-01'.*h01-NN"):
        parse_bank(_bank(_question("h02-01")), 1, "h01.yaml")


def test_summary_names_the_sections_to_reread():
    from salesbook.quiz import QuizSession

    questions = load_quiz(1)
    session = QuizSession(questions)
    wrong = next(i for i, o in enumerate(questions[0].options) if not o.correct)
    session.answer(questions[0].id, wrong)
    assert f"§ {questions[0].section}" in session.summary()


def test_quiz_widget_has_a_readable_static_repr():
    from salesbook.widgets.quiz import quiz_widget

    assert repr(quiz_widget(1)).startswith("Toets hoofdstuk 1 (")


def test_a_json_bank_is_read_too(quiz_dir):
    import json

    (quiz_dir / "h01.json").write_text(json.dumps(_bank(_question("h01-01"), _question("h01-02"))), encoding="utf-8")
    assert [q.id for q in load_quiz(1)] == ["h01-01", "h01-02"]
