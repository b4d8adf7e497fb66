"""The exercise engine: check() feedback for right, wrong and typically-wrong answers."""

import pytest

from salesbook.exercises import Exercise, Feedback
from tests.checks import assert_mentions


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


@pytest.mark.parametrize("answer, direction, close", [(0.5, "Te hoog", False), (0.1, "Te laag", False), (0.31, "Te hoog", True)])
def test_too_high_and_too_low(answer, direction, close):
    fb = fraction_exercise().check(answer)
    assert fb.correct is False and fb.message.startswith(direction)
    assert ("dichtbij" in fb.message) is close       # 0,31 is 3% from 0,3: close, but outside the tolerance


def test_percentage_given_for_a_fraction():
    fb = fraction_exercise().check(30)
    assert fb.correct is False
    assert_mentions(fb.message.lower(), "percentage", "fractie")


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


# --- the exercise types ------------------------------------------------------------------------

from salesbook.exercises import (  # noqa: E402
    Case, ChoiceExercise, FunctionExercise, LazyExercise, NumberExercise, Reason, lazy,
)


def test_exercise_builds_the_type_its_unit_asks_for():
    assert type(Exercise("x", "?", expected=1.0, unit="euro")) is NumberExercise
    assert type(Exercise("x", "?", expected="ja", unit="tekst")) is ChoiceExercise
    with pytest.raises(ValueError):
        NumberExercise("x", "?", expected=1.0, unit="tekst")


def kotler_choice():
    # a right choice, two reasons that apply (a, c) and two that do not (b, d)
    return ChoiceExercise(
        "Kotler", "Welk relatietype?", expected=("aligned", "afgestemd"),
        options=("undefined", "defined", "aligned", "integrated"),
        reasons=(Reason("Er is een gezamenlijk jaarplan.", True, "Kenmerk van aligned."),
                 Reason("Ze delen hun KPI's.", False, "Dat staat niet in de casus; het hoort bij integrated."),
                 Reason("Er zijn vaste afspraken over leads.", True, "De basis uit defined."),
                 Reason("Er is alleen overleg bij problemen.", False, "Dat is undefined.")),
        meaning="Dus de volgende stap is gedeelde KPI's.",
        mistakes=[("integrated", "Gedeelde KPI's ontbreken nog (§ 1.1.1).")])


def test_choice_right_answer_asks_for_the_reasons():
    fb = kotler_choice().check(" Aligned ")
    assert fb.correct is True
    assert "redenen" in fb.message and "(a)" in fb.message and "(d)" in fb.message


def test_choice_with_the_right_reasons():
    for given in ("ac", "a, c", ["a", "c"], ("C", "A")):
        fb = kotler_choice().check("aligned", redenen=given)
        assert fb.correct is True and "Dus de volgende stap" in fb.message


def test_choice_with_a_reason_that_does_not_apply_names_it():
    fb = kotler_choice().check("aligned", redenen="abc")
    assert fb.correct is False and "(b) geldt niet" in fb.message and "integrated" in fb.message
    assert "(a) geldt niet" not in fb.message and "(c) geldt niet" not in fb.message


def test_choice_with_a_reason_missing_says_how_many_without_naming_it():
    fb = kotler_choice().check("aligned", redenen="a")
    assert fb.correct is False and "nog 1 reden" in fb.message and "(c)" not in fb.message


def test_choice_refuses_unknown_letters():
    fb = kotler_choice().check("aligned", redenen="az")
    assert fb.correct is False and "a tot en met d" in fb.message


def test_choice_wrong_answers():
    ex = kotler_choice()
    assert "§ 1.1.1" in ex.check("integrated").message                  # a typical mistake
    assert "Kies een van" in ex.check("samenwerking").message            # not one of the options
    assert "niet het antwoord" in ex.check("defined").message            # an option, but wrong
    assert ex.check(None).correct is False


def test_choice_with_a_model_answer_to_compare_with():
    ex = ChoiceExercise("Benadering", "Welke benadering?", expected="consultative selling",
                        model_answer="De klant brengt het probleem in; de verkoper werkt stap voor stap.")
    fb = ex.check("Consultative selling")
    assert fb.correct is True and "modelantwoord" in fb.message and "stap voor stap" in fb.message
    assert "stap voor stap" in ex.oplossing().message
    assert "stap voor stap" not in repr(ex)


def margin_function():
    # marge(omzet, kosten) = omzet − kosten; refused when omzet is negative
    def reference(omzet, kosten):
        if omzet < 0:
            raise ValueError("omzet < 0")
        return omzet - kosten

    return FunctionExercise(
        "Marge", "Schrijf marge(omzet, kosten).", function_name="marge", params=("omzet", "kosten"),
        reference=reference, solution_code="def marge(omzet, kosten):\n    return omzet - kosten",
        cases=(Case((100, 60)), Case((50, 80), "verlies"), Case((-1, 0), "negatieve omzet", refused=True)),
        mistakes=[(lambda omzet, kosten: kosten - omzet, "Je trok de omzet van de kosten af (§ 9.1).")],
        hints=("Omzet min kosten.", "Weiger een negatieve omzet."))


def marge(omzet, kosten):
    if omzet < 0:
        raise ValueError("negatief")
    return omzet - kosten


def test_function_right_answer():
    fb = margin_function().check(marge)
    assert fb.correct is True and "3 gevallen" in fb.message


def test_function_wrong_case_names_inputs_expected_and_got():
    fb = margin_function().check(lambda omzet, kosten: abs(omzet - kosten) if omzet >= 0 else 1 / 0)
    # case marge(50, 80): expected 50 − 80 = −30, got |−30| = 30
    assert fb.correct is False
    assert "marge(50, 80)" in fb.message and "verlies" in fb.message and "-30" in fb.message and " 30" in fb.message


def test_function_typical_mistake():
    fb = margin_function().check(lambda omzet, kosten: kosten - omzet)
    assert fb.correct is False and "§ 9.1" in fb.message


def test_function_must_refuse_where_there_is_no_answer():
    fb = margin_function().check(lambda omzet, kosten: omzet - kosten)
    assert fb.correct is False and "marge(-1, 0)" in fb.message and "foutmelding" in fb.message


def test_function_error_is_reported_with_its_message_not_a_traceback():
    def broken(omzet, kosten):
        raise KeyError("kolom omzet")

    fb = margin_function().check(broken)
    assert fb.correct is False and "KeyError" in fb.message and "kolom omzet" in fb.message
    assert "marge(100, 60)" in fb.message and "Traceback" not in fb.message


@pytest.mark.parametrize("answer, fragment", [
    (None, "None"),
    (40, "zonder haakjes"),                               # the student called the function
    (lambda omzet: omzet, "2 parameters"),
    (lambda omzet, kosten: None, "return"),
    (lambda omzet, kosten: "40", "getal"),
])
def test_function_answers_that_are_no_working_function(answer, fragment):
    fb = margin_function().check(answer)
    assert fb.correct is False and fragment in fb.message


def test_function_solution_shows_the_code_and_the_plain_text_does_not():
    ex = margin_function()
    assert "return omzet - kosten" in ex.oplossing().message
    assert repr(ex) == "Marge. Schrijf marge(omzet, kosten)."


def test_lazy_exercise_builds_once_on_first_use_and_forwards():
    built = []

    @lazy
    def opgave_proef():
        built.append(1)
        return NumberExercise("Proef", "Hoeveel?", expected=4.0, hints=("h1", "h2"))

    assert isinstance(opgave_proef, LazyExercise) and opgave_proef.name == "opgave_proef" and not built
    assert repr(opgave_proef) == "Proef. Hoeveel?"
    assert opgave_proef.check(4).correct and opgave_proef.expected == 4.0
    assert opgave_proef.hint().message.startswith("Hint 1 van 2")
    assert opgave_proef.hint().message.startswith("Hint 2 van 2")
    assert built == [1]


def test_a_lazy_exercise_is_not_built_by_a_probe_for_a_private_name():
    # pytest looks for "_mock_name" on every module-level object while collecting; answering it must
    # not build the exercise (which reads case data): the quick loop would pay for every bank.
    from salesbook.exercises import NumberExercise, lazy

    built = []

    def factory():
        built.append(True)
        return NumberExercise("Voorbeeld", "Hoeveel is 2 × 3?", expected=6)

    exercise = lazy(factory, "voorbeeld")
    assert getattr(exercise, "_mock_name", None) is None
    assert getattr(exercise, "pytest_mock_example_attribute_that_shouldnt_exist", None) is None
    assert not built
    assert exercise.expected == 6 and built == [True]
