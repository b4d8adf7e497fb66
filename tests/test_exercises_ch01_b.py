"""Chapter 1 exercises on customer equity, Kotler's relation types and the transition phases.

Each exercise: the right answer is accepted, typical wrong answers get their specific feedback,
hints come one at a time, and the worked solution and the meaning are Dutch text.
"""

import pytest

from salesbook.exercise_bank import ch01
from salesbook.exercises import Exercise
from tests.checks import assert_mentions, assert_numbers, assert_solution_ends_with_the_meaning, nl

MINE = ["opgave_equity", "opgave_equity_verschil", "opgave_kotler", "opgave_transitie"]


def fresh(name: str) -> Exercise:
    """A copy, so that the hint counter of the module's object is not touched."""
    ex = getattr(ch01, name).exercise
    return type(ex)(**{f: getattr(ex, f) for f in ex.__dataclass_fields__ if not f.startswith("_")})


@pytest.mark.parametrize("name", MINE)
def test_exercise_is_complete(name):
    ex = getattr(ch01, name)
    assert isinstance(ex, Exercise)
    assert 2 <= len(ex.hints) <= 3
    assert ex.solution and ex.meaning and ex.question
    assert ex.mistakes  # every exercise names its typical mistakes


@pytest.mark.parametrize("name", MINE)
def test_hints_are_graded_then_point_to_the_solution(name):
    ex = fresh(name)
    for n in range(1, len(ex.hints) + 1):
        assert ex.hint().message.startswith(f"Hint {n} van {len(ex.hints)}")
    assert "oplossing()" in ex.hint().message


@pytest.mark.parametrize("name", MINE)
def test_no_mistake_equals_the_answer(name):
    ex = getattr(ch01, name)
    for wrong, _message in ex.mistakes:
        assert not ex.check(wrong).correct


# --- opgave_equity -------------------------------------------------------------------------

def test_equity_expected_value():
    # hand computation: value (6+8+7)/3 = 7; brand (9+9+6)/3 = 8; relation (5+3+4+4)/4 = 4;
    # 0.5×7 + 0.2×8 + 0.3×4 = 3.5 + 1.6 + 1.2 = 6.3
    assert ch01.opgave_equity.expected == pytest.approx(6.3)


@pytest.mark.parametrize("answer", [6.3, "6,3", 6.30])
def test_equity_right_answer(answer):
    feedback = ch01.opgave_equity.check(answer)
    assert feedback.correct
    assert "relation equity" in feedback.message  # the meaning follows


@pytest.mark.parametrize("answer, parts", [
    (6.33, ("gewone gemiddelde", "driverscores")),  # (7 + 8 + 4)/3 = 6.333
    (6.1, ("gemiddelde", "tien subaspecten")),  # 61/10 = 6.1
    (20.1, ("totalen per driver",)),  # 0.5×21 + 0.2×24 + 0.3×16 = 20.1
    (5.7, ("value equity", "relation equity", "verwisseld")),  # 0.3×7 + 0.2×8 + 0.5×4 = 5.7
])
def test_equity_typical_mistakes(answer, parts):
    feedback = ch01.opgave_equity.check(answer)
    assert feedback.correct is False
    assert_mentions(feedback.message, *parts)


def test_equity_question_shows_the_numbers_and_solution_the_steps():
    ex = ch01.opgave_equity
    assert "economisch voordeel 6" in ex.question and "value equity 0,5" in ex.question
    # weights × driver scores, the products and their sum: 3,5 + 1,6 + 1,2 = 6,3
    assert_numbers(ex.solution, "0,5", "7,0", "0,2", "8,0", "0,3", "4,0", "3,5", "1,6", "1,2", nl(0.5 * 7 + 0.2 * 8 + 0.3 * 4, 1))


# --- opgave_equity_verschil ----------------------------------------------------------------

def test_gap_expected_value():
    # hand computation: Noordstroom (5+3+4+4)/4 = 4; concurrent (7+7+6+6)/4 = 6.5; 4 − 6.5 = −2.5
    assert ch01.opgave_equity_verschil.expected == pytest.approx(-2.5)
    assert ch01.opgave_equity_verschil.check(-2.5).correct


@pytest.mark.parametrize("answer, parts", [
    (-10, ("verschil van de totalen",)),  # 16 − 26 = −10
    (-0.75, ("vermenigvuldigde", "gewicht")),  # 0.3 × −2.5
    (2.5, ("het teken niet",)),  # generic sign feedback of the engine
])
def test_gap_typical_mistakes(answer, parts):
    feedback = ch01.opgave_equity_verschil.check(answer)
    assert feedback.correct is False
    assert_mentions(feedback.message, *parts)


# --- opgave_kotler -------------------------------------------------------------------------

@pytest.mark.parametrize("answer", ["aligned", "Aligned", " ALIGNED ", "aligned relatie"])
def test_kotler_right_answer(answer):
    assert ch01.opgave_kotler.check(answer).correct


@pytest.mark.parametrize("answer, parts", [
    ("integrated", ("gedeelde KPI's",)),
    ("Defined", ("verder dan defined",)),
    ("undefined", ("ad-hocoverleg",)),
])
def test_kotler_typical_mistakes(answer, parts):
    feedback = ch01.opgave_kotler.check(answer)
    assert feedback.correct is False
    assert_mentions(feedback.message, *parts)


def test_kotler_other_text_gets_generic_feedback():
    assert "hint()" in ch01.opgave_kotler.check("samenwerking").message


# --- opgave_transitie ----------------------------------------------------------------------

@pytest.mark.parametrize("answer", ["klantbewust", "Klantbewust"])
def test_transition_right_answer(answer):
    feedback = ch01.opgave_transitie.check(answer)
    assert feedback.correct
    assert "koplopers" in feedback.message


@pytest.mark.parametrize("answer, parts", [
    ("interngericht", ("erkent nu openlijk",)),
    ("klantinzicht", ("klantinzicht", "al gebouwd")),
    ("klantgericht", ("nog ver vandaan",)),
])
def test_transition_typical_mistakes(answer, parts):
    feedback = ch01.opgave_transitie.check(answer)
    assert feedback.correct is False
    assert_mentions(feedback.message, *parts)


def test_text_answers_come_from_the_models():
    from salesbook.diagnostics import classify_relation, classify_transition

    assert classify_relation(ch01.KOTLER_CASE_ANSWERS).name in ch01.opgave_kotler.expected
    assert classify_transition(ch01.TRANSITION_CASE_ANSWERS).name in ch01.opgave_transitie.expected


@pytest.mark.parametrize("name", MINE)
def test_solution_mentions_the_answer(name):
    ex = getattr(ch01, name)
    assert "**Antwoord:**" in ex.oplossing().message
    assert_solution_ends_with_the_meaning(ex)


def test_kotler_justification_step():
    ex = ch01.opgave_kotler
    first = ex.check("aligned")
    assert first.correct is True and "redenen" in first.message
    assert ex.check("aligned", redenen="ac").correct is True          # planning + flexible roles
    fb = ex.check("aligned", redenen="abc")                            # shared KPI's are not in the case
    assert fb.correct is False and "(b) geldt niet" in fb.message and "integrated" in fb.message
    fb = ex.check("aligned", redenen="a")
    assert fb.correct is False and "nog 1 reden" in fb.message


def test_transitie_asks_for_the_reasons_after_the_phase():
    # the phase alone is not enough: a justification step follows (figuur 1.6, klantbewust)
    ex = ch01.opgave_transitie
    applies = [i for i, r in enumerate(ex.reasons) if r.applies]
    assert applies == [0, 1, 2]                      # besef, assortiment, disciplines oneens
    assert ex.check("klantbewust", redenen="abc").correct
    assert not ex.check("klantbewust", redenen="abd").correct   # (d) management actief = klantinzicht
    assert not ex.check("klantbewust", redenen="ab").correct    # one reason missing


def test_behoeften_value_is_statement_3_and_needs_get_their_own_feedback():
    # Tabel 1.1: needs are demands on the offer (1 storingsvrij, 2 zuinig, 4 storingsdienst), the value
    # is the goal behind them (3 continuity of care)
    ex = ch01.opgave_behoeften
    assert ex.check("3").correct
    for need, word in (("1", "functionele"), ("2", "economische"), ("4", "dienst")):
        fb = ex.check(need)
        assert not fb.correct and word in fb.message


def test_behoeften_asks_for_the_reasons():
    ex = ch01.opgave_behoeften
    assert [i for i, r in enumerate(ex.reasons) if r.applies] == [0, 1]
    assert ex.check("3", redenen="ab").correct
    assert not ex.check("3", redenen="ad").correct      # (d) a functional property is a need
