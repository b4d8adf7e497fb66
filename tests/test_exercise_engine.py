"""The exercise engine: check() feedback for right, wrong and typically-wrong answers."""

import pytest

from salesbook.exercises import Exercise, Feedback


def fraction_exercise():
    # 30% of a margin, stated as a fraction: the expected value 0.3 is hand-computed.
    return Exercise("Marge", "Welke fractie?", expected=0.3, unit="fractie", hints=("h1", "h2"),
                    solution="Zo reken je het uit.", meaning="Dus doe dit.",
                    mistakes=[(0.7, "Je rekende met het complement (1 − 0,3); zie § 9.1.")])


def test_right_answer_and_rounding_tolerance():
    ex = fraction_exercise()
    assert ex.check(0.3).correct
    assert ex.check(0.3004).correct  # within 0.5% relative tolerance
    assert "Dus doe dit." in ex.check(0.3).message


@pytest.mark.parametrize("answer, direction", [(0.5, "Te hoog"), (0.1, "Te laag"), (0.31, "Te hoog, maar je zit er dichtbij")])
def test_too_high_and_too_low(answer, direction):
    fb = fraction_exercise().check(answer)
    assert fb.correct is False and fb.message.startswith(direction)


def test_percentage_given_for_a_fraction():
    fb = fraction_exercise().check(30)
    assert fb.correct is False and "je gaf een percentage; geef een fractie" in fb.message.lower()


def test_fraction_given_for_a_percentage():
    ex = Exercise("x", "Hoeveel procent?", expected=4.74, unit="procent")
    fb = ex.check(0.0474)
    assert not fb.correct and "percentage" in fb.message


def test_typical_mistake_gets_its_own_message():
    assert "complement" in fraction_exercise().check(0.7).message


def test_dutch_decimal_comma_as_two_arguments():
    fb = fraction_exercise().check(0, 3)
    assert not fb.correct and "`0.3`" in fb.message


def test_dutch_number_as_text_is_understood():
    assert fraction_exercise().check("0,3").correct
    assert not fraction_exercise().check("dertig").correct


def test_no_answer_yet():
    fb = fraction_exercise().check(None)
    assert fb.correct is False and "None" in fb.message


def test_euro_in_millions():
    ex = Exercise("EBIT", "EBIT in euro?", expected=3_080_000.0, unit="euro")
    assert "miljoenen" in ex.check(3.08).message
    assert ex.check(3_080_000).correct


def test_sign_error():
    ex = Exercise("x", "?", expected=-250.0)
    assert "teken" in ex.check(250).message


def test_text_answers_ignore_case_and_accents():
    ex = Exercise("Kotler", "Welk type?", expected=("aligned", "afgestemd"), unit="tekst")
    assert ex.check(" Aligned ").correct
    assert not ex.check("integrated").correct


def test_expected_value_is_not_revealed_before_oplossing():
    ex = Exercise("EBIT", "EBIT in euro?", expected=3_080_000.0, unit="euro", hints=("Omzet × EBIT-marge.",))
    shown = [ex.check(1).message, ex.check(9e9).message, ex.hint().message, repr(ex), ex._repr_markdown_()]
    assert not any("3.080.000" in s or "3080000" in s for s in shown)
    assert "€ 3.080.000" in ex.oplossing().message


def test_hints_come_in_levels_then_point_to_the_solution():
    ex = fraction_exercise()
    assert ex.hint().message.startswith("Hint 1 van 2")
    assert ex.hint().message.startswith("Hint 2 van 2")
    assert "oplossing()" in ex.hint().message


def test_feedback_renders_as_markdown():
    assert Feedback(True, "Goed!")._repr_markdown_().startswith("✅")


def test_unknown_unit_is_a_programming_error():
    with pytest.raises(ValueError):
        Exercise("x", "?", expected=1.0, unit="kilo")


def test_the_plain_text_of_an_exercise_gives_away_no_hint_or_meaning():
    # A notebook stores text/plain beside the Markdown; on GitHub or in the .ipynb anyone can read it.
    ex = fraction_exercise()
    assert repr(ex) == "Marge. Welke fractie?"
    assert "h1" not in repr(ex) and "Dus doe dit" not in repr(ex) and "0.3" not in repr(ex)
