"""Chapter 1 exercises on retention economics and the internal benchmark (Tabel 1.2): the right
answer, typical wrong answers with their own feedback, and the unit traps."""

import math

import pytest

from salesbook.exercise_bank import ch01
from tests.checks import assert_solution_ends_with_the_meaning

MINE = {
    "opgave_clv": ch01.opgave_clv,
    "opgave_retentie": ch01.opgave_retentie,
    "opgave_ebit": ch01.opgave_ebit,
    "opgave_debiteuren": ch01.opgave_debiteuren,
    "opgave_rentekosten": ch01.opgave_rentekosten,
}

# The expected answers, computed by hand from the question and Tabel 1.2:
HAND = {
    "opgave_clv": 2400 * 0.8 / 0.3 - 1500,                 # 6 400 − 1 500 = 4 900
    "opgave_retentie": (0.61 * 0.5 / (0.6 * 0.49) - 1) * 100,   # 0.305 / 0.294 − 1 = 3.74% (60% → 61%)
    "opgave_ebit": 44_000_000 * 0.07,                      # 3 080 000
    "opgave_debiteuren": 8_000_000 * 50 / 365,             # 1 095 890.41
    "opgave_rentekosten": 44_000_000 * 30 / 365 * 0.08,    # 3 616 438.36 × 0.08 = 289 315.07
}


@pytest.mark.parametrize("name", list(MINE))
def test_expected_answer_matches_the_hand_computation(name):
    assert MINE[name].expected == pytest.approx(HAND[name], rel=1e-9)


@pytest.mark.parametrize("name", list(MINE))
def test_right_answer_is_correct_and_explains_the_meaning(name):
    ex = MINE[name]
    fb = ex.check(HAND[name])
    assert fb.correct is True
    assert ex.meaning and ex.meaning in fb.message


@pytest.mark.parametrize("name", list(MINE))
def test_every_typical_mistake_gets_its_own_feedback(name):
    ex = MINE[name]
    assert len(ex.mistakes) >= 3
    for wrong, message in ex.mistakes:
        assert not math.isclose(wrong, ex.expected, rel_tol=ex.rel_tol, abs_tol=ex.abs_tol)
        fb = ex.check(wrong)
        assert fb.correct is False and fb.message == message
        assert "§ 1.1.2" in message


@pytest.mark.parametrize("name", list(MINE))
def test_hints_solution_and_meaning(name):
    ex = MINE[name]
    assert 2 <= len(ex.hints) <= 3
    for n in range(1, len(ex.hints) + 1):
        assert ex.hint().message.startswith(f"Hint {n} van {len(ex.hints)}")
    assert "Meer hints zijn er niet" in ex.hint().message
    assert "$$" in ex.oplossing().message
    assert_solution_ends_with_the_meaning(ex)


def test_retentie_percent_versus_percentage_point():
    # relative rise 0.6 → 0.606: (0.606 / 0.494) / (0.6 / 0.5) − 1 = 1.2267 / 1.2 − 1 = 2.23%
    fb = ch01.opgave_retentie.check(2.23)
    assert not fb.correct and "procentpunt" in fb.message


def test_retentie_answered_as_a_fraction():
    fb = ch01.opgave_retentie.check(0.0374)
    assert not fb.correct and "fractie" in fb.message


def test_retentie_accepts_one_decimal():
    assert ch01.opgave_retentie.check(3.7).correct
    assert ch01.opgave_retentie.check("3,7").correct


def test_retentie_undiscounted():
    # d = 0: 0.01 / (0.6 · 0.39) = 4.27%
    assert "disconteren" in ch01.opgave_retentie.check(4.27).message


def test_retentie_copying_the_worked_example_is_named():
    # the worked example above the exercise: 80% → 81% at d = 10%: 0.243 / 0.232 − 1 = 4.74%
    fb = ch01.opgave_retentie.check(4.74)
    assert not fb.correct and "werkvoorbeeld" in fb.message


def test_clv_forgetting_acquisition_cost_and_confusing_churn():
    assert "acquisitiekosten" in ch01.opgave_clv.check(6400).message          # 2 400 · 0.8 / 0.3
    assert "klantverloop" in ch01.opgave_clv.check(-966.67).message           # 2 400 · 0.2 / 0.9 − 1 500


def test_ebit_brutomarge_instead_of_ebit_and_millions():
    assert "brutomarge" in ch01.opgave_ebit.check(12_320_000).message         # 44 mln × 0.28
    assert "miljoenen" in ch01.opgave_ebit.check(3.08).message


def test_debiteuren_forgetting_365_and_all_receivables():
    assert "365" in ch01.opgave_debiteuren.check(400_000_000).message          # 8 mln × 50
    assert "álle debiteuren" in ch01.opgave_debiteuren.check(2_410_958.90).message   # 8 mln × 110 / 365
    assert "360" in ch01.opgave_debiteuren.check(1_111_111.11).message        # 8 mln × 50 / 360
    assert ch01.opgave_debiteuren.check("1.095.890,41").correct


def test_rentekosten_amount_instead_of_interest():
    assert "rente kost" in ch01.opgave_rentekosten.check(3_616_438.36).message
    assert "duizenden" in ch01.opgave_rentekosten.check(289.315).message
