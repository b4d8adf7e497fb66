"""Chapter 9 exercises: the expected answers recomputed by hand from the case data (plain
arithmetic on Tabel 1.2 and the transaction log, not the models), the right answer accepted,
the typical mistakes recognised with their own feedback and a book reference of chapter 9 (data/boek.yaml)."""

import math

import pytest

from salesbook import book
from salesbook.data import load_dataset
from salesbook.exercise_bank import ch09
from salesbook.exercises import FunctionExercise, NumberExercise
from tests.checks import asks_what_it_means, assert_mentions

EXERCISES = {ex.name: ex for ex in ch09.EXERCISES}
TABLE = load_dataset("landenvestigingen").set_index("land")


def _hand_retention_2024():
    tx = load_dataset("transacties")
    years = tx["datum"].dt.year
    before, now = set(tx.loc[years == 2023, "klant_id"]), set(tx.loc[years == 2024, "klant_id"])
    return round(len(before & now) / len(before), 2)


R = _hand_retention_2024()

HAND = {
    # Nederland 35% margin, 8% discount (not in the notebook's tables): 0.08 / 0.27 = 29.6%
    "opgave_korting_volume": 0.08 / (0.35 - 0.08),
    # Duitsland 23% margin, 4% rise (the notebook shows 3%): 0.04 / 0.27 = 14.8%
    "opgave_prijsverhoging": 0.04 / 0.27,
    # markup 25% → margin 0.25/1.25 = 0.2; 10% discount: 0.1 / 0.1 = 1
    "opgave_opslag_korting": 1.0,
    # p 120, vc 120 × 0.65 = 78, FC 210 000: 210 000 / 42
    "opgave_break_even": 5_000,
    # with 5% discount: 210 000 / (114 − 78) = 5 833.3 → 5 834
    "opgave_break_even_korting": 5_834,
    # (6 500 − 5 000) / 6 500
    "opgave_veiligheidsmarge": 1_500 / 6_500,
    # lands above 70 days: (44·20 + 14·15 + 12·2 + 8·40 + 1·82) mln / 365 × 8% (case.COST_OF_CAPITAL)
    "opgave_dso_groep": (44 * 20 + 14 * 15 + 12 * 2 + 8 * 40 + 1 * 82) * 1e6 / 365 * 0.08,
    # 1/(1 − r − 0.05) − 1/(1 − r)
    "opgave_klantduur": 1 / (1 - R - 0.05) - 1 / (1 - R),
    # (1 000 / (1 − r − 0.05) − 2 500) / (1 000 / (1 − r) − 2 500) − 1
    "opgave_klantwaarde_retentie": (1_000 / (1 - R - 0.05) - 2_500) / (1_000 / (1 - R) - 2_500) - 1,
}


def test_case_inputs_are_tabel_1_2():
    assert TABLE.loc["Nederland", "brutomarge"] == 0.35 and TABLE.loc["Duitsland", "brutomarge"] == 0.23
    assert R == 0.84


def test_every_number_exercise_has_a_hand_computation():
    numbers = {name for name, ex in EXERCISES.items() if isinstance(ex.exercise, NumberExercise)}
    assert set(HAND) == numbers
    assert 6 <= len(numbers) <= 9


@pytest.mark.parametrize("name", sorted(HAND))
def test_expected_answer_equals_the_hand_computation(name):
    assert EXERCISES[name].expected == pytest.approx(HAND[name], rel=1e-9)
    assert EXERCISES[name].check(HAND[name]).correct


@pytest.mark.parametrize("name", sorted(HAND))
def test_questions_end_with_the_meaning_for_the_sales_manager(name):
    ex = EXERCISES[name]
    assert asks_what_it_means(ex.question)
    assert "H9, " in ex.title and "§" not in ex.title          # book map: no § of H9 confirmed


@pytest.mark.parametrize("name, wrong, fragment", [
    ("opgave_korting_volume", 0.08 / 0.35, "door de hele marge"),
    ("opgave_korting_volume", 0.08, "8% meer afzet"),
    ("opgave_korting_volume", 29.63, "Je gaf een percentage"),     # 29,63 as a percentage instead of 0,2963
    ("opgave_prijsverhoging", 0.04 / 0.23, "door de oude marge"),
    ("opgave_prijsverhoging", 0.04 / 0.19, "kortingsformule"),
    ("opgave_opslag_korting", 0.1 / 0.15, "opslag van 25% als marge"),
    ("opgave_break_even", 210_000 / 120, "door de verkoopprijs"),
    ("opgave_break_even", 600_000, "in euro's omzet"),
    ("opgave_break_even_korting", 5_250, "met 5%"),
    ("opgave_break_even_korting", math.ceil(210_000 / (114 - 78 * 0.95)), "ook de inkoopwaarde"),
    ("opgave_veiligheidsmarge", 0.3, "door het break-evenpunt"),
    ("opgave_dso_groep", HAND["opgave_dso_groep"] / 0.08, "geld dat vrijkomt"),
    ("opgave_dso_groep", 13_612e6 / 365 * 0.08, "álle debiteuren"),
    ("opgave_klantduur", 6.25 * 0.05, "met 5%"),
    ("opgave_klantduur", 1 / (1 - 0.84 * 1.05) - 6.25, "procentpunt"),
    ("opgave_klantwaarde_retentie", (1 / 0.11) / (1 / 0.16) - 1, "acquisitiekosten weg"),
])
def test_typical_mistakes_get_their_feedback(name, wrong, fragment):
    fb = EXERCISES[name].check(wrong)
    assert fb.correct is False
    assert fragment in fb.message


def test_break_even_discount_meaning_says_the_margin_of_safety_is_more_than_halved():
    # hand computation: without discount BEP = 210 000 / (120 − 78) = 5 000, safety margin
    # (6 500 − 5 000) / 6 500 = 23,1%; with 5% discount BEP = 210 000 / (114 − 78) = 5 833,3,
    # safety margin (6 500 − 5 833,3) / 6 500 = 10,3%: less than half of 23,1%, so "ruim gehalveerd"
    before = (6_500 - 210_000 / (120 - 78)) / 6_500
    after = (6_500 - 210_000 / (114 - 78)) / 6_500
    assert after < before / 2
    meaning = EXERCISES["opgave_break_even_korting"].meaning
    assert "ruim gehalveerd" in meaning and "halveert bijna" not in meaning
    assert "van 23% naar 10%" in meaning


# --- opgave_break_even_functie: the student writes break_even(vaste_kosten, prijs, variabele_kosten) --

def break_even(vaste_kosten, prijs, variabele_kosten):
    """A student's right answer, written by hand (not the package's function)."""
    if prijs <= variabele_kosten:
        raise ValueError("geen break-evenpunt")
    return vaste_kosten / (prijs - variabele_kosten)


def test_function_exercise_is_listed_and_checks_against_finance():
    ex = EXERCISES["opgave_break_even_functie"]
    assert isinstance(ex.exercise, FunctionExercise) and ex.function_name == "break_even"
    assert asks_what_it_means(ex.question) and book.ref("break-even") in ex.title
    # the cases cover a normal case, a result that is no whole number, both zero costs and two refusals
    assert {c.args for c in ex.cases} >= {(120_000, 50, 30), (210_000, 114, 78), (0, 80, 50), (50_000, 40, 0)}
    assert sum(c.refused for c in ex.cases) == 2


def test_function_exercise_accepts_a_right_function():
    fb = EXERCISES["opgave_break_even_functie"].check(break_even)
    assert fb.correct is True and "6" in fb.message  # "in alle 6 gevallen"


@pytest.mark.parametrize("wrong, fragments", [
    # 120 000 / 50 = 2 400: divided by the price (a typical mistake with its own feedback)
    (lambda vaste_kosten, prijs, variabele_kosten: vaste_kosten / prijs, ["door de prijs", book.ref("break-even")]),
    # rounded up: 210 000 / 36 = 5 833.3 → 5 834
    (lambda vaste_kosten, prijs, variabele_kosten: math.ceil(vaste_kosten / (prijs - variabele_kosten)),
     ["naar boven af"]),
    # divided by the variable cost: 120 000 / 30 = 4 000 instead of 6 000
    (lambda vaste_kosten, prijs, variabele_kosten: vaste_kosten / variabele_kosten,
     ["break_even(120000, 50, 30)", "6.000", "4.000"]),
    # no refusal: a price below the variable cost gives 10 000 / (25 − 30) = −2 000
    (lambda vaste_kosten, prijs, variabele_kosten: vaste_kosten / (prijs - variabele_kosten),
     ["break_even(10000, 25, 30)", "-2000", "ValueError"]),
    # forgot return
    (lambda vaste_kosten, prijs, variabele_kosten: None, ["None", "return"]),
    # two parameters instead of three
    (lambda vaste_kosten, prijs: vaste_kosten, ["3 parameters", "variabele_kosten"]),
])
def test_function_exercise_names_the_mistake_or_the_first_failing_case(wrong, fragments):
    fb = EXERCISES["opgave_break_even_functie"].check(wrong)
    assert fb.correct is False
    for fragment in fragments:
        assert fragment in fb.message


def test_an_error_in_the_students_function_is_reported_in_dutch_without_traceback():
    def broken(vaste_kosten, prijs, variabele_kosten):
        return vaste_kosten / variabele_kosten   # ZeroDivisionError at variabele_kosten = 0

    def crashes(vaste_kosten, prijs, variabele_kosten):
        return vaste_kost / (prijs - variabele_kosten)  # noqa: F821 (a typo, as students make)

    fb = EXERCISES["opgave_break_even_functie"].check(crashes)
    assert fb.correct is False
    assert_mentions(fb.message, "functie", "fout")
    assert "NameError" in fb.message and "vaste_kost" in fb.message and "Traceback" not in fb.message
    fb = EXERCISES["opgave_break_even_functie"].check(broken)
    assert fb.correct is False and "break_even(120000, 50, 30)" in fb.message


def test_every_exercise_of_the_bank_is_in_the_notebook():
    # issue 12: opgave_break_even_functie was written but not shown; the notebook shows and checks each one
    import nbformat
    from pathlib import Path
    nb = nbformat.read(Path(__file__).resolve().parent.parent / "notebooks" / "09_bedrijfseconomische_aspecten.ipynb",
                       as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert len(EXERCISES) == 10
    for name in EXERCISES:
        assert f"ch09.{name}.check(" in code, name
    assert "opgave_break_even_functie.check(break_even)" in code
