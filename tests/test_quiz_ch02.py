"""Quiz h02: the numbers in the questions and their correct options recomputed with the models and the
case data (hand computations in comments)."""

from __future__ import annotations

import pytest

from salesbook import case
from salesbook.gap_analysis import gap_analysis
from salesbook.objectives import cascade_check, smart_check
from salesbook.portfolio_strategy import bcg_quadrant
from salesbook.quiz import load_quiz
from salesbook.strategy import relative_market_share
from salesbook.swot import confrontation_matrix
from tests.checks import correct_option

Q = {q.id: q for q in load_quiz(2)}


def test_at_least_twelve_questions():
    assert len(Q) >= 12


def test_h02_04_the_country_targets_fall_short():
    # 214 − 211,1 = 2,9 mln
    c = cascade_check(case.REVENUE_OBJECTIVE_2025, case.case_sales_targets())
    assert -c.difference == 2_900_000
    assert "2,9 mln" in correct_option(Q, "h02-04") and "214" in Q["h02-04"].text and "211,1" in Q["h02-04"].text


def test_h02_05_only_the_german_marketing_objective_fails_every_rule():
    scores = {o.text: smart_check(o.text).score for o in Q["h02-05"].options}
    assert scores[correct_option(Q, "h02-05")] == 0
    assert all(s >= 4 for text, s in scores.items() if text != correct_option(Q, "h02-05"))


def test_h02_08_one_cell_lifts_st_to_second():
    m = case.case_confrontation("Nederland")
    before = confrontation_matrix(**m)
    assert before.option_totals == {"SO": 15, "ST": 7, "WO": 9, "WT": 7}
    cell = ("Online prijsvergelijking", "Technisch advies van de binnendienst")
    assert m["scores"][cell] == 2
    after = confrontation_matrix(**(m | {"scores": m["scores"] | {cell: 5}}))
    # ST 7 + 3 = 10 > WO 9
    assert after.ranking[:2] == ("SO", "ST") and "ST" in correct_option(Q, "h02-08")


def test_h02_09_relative_share_of_nederland():
    # COUNTRY_MARKETS: 0,12 / 0,10 = 1,2
    assert relative_market_share(0.12, [0.10]) == pytest.approx(1.2)
    assert correct_option(Q, "h02-09") == "1,2"


def test_h02_10_the_largest_dutch_group_is_a_dog_by_the_classic_lines():
    m = case.case_markets()
    row = m[(m["land"] == "Nederland") & (m["productgroep"] == "Installatiemateriaal")].iloc[0]
    assert round(row["relatief_marktaandeel"], 2) == 0.86 and round(row["marktgroei"], 3) == 0.023
    assert round(row["omzet_2024"] / 1e6) == 35
    assert bcg_quadrant(row["marktgroei"], row["relatief_marktaandeel"]) == "hond"


def test_h02_13_gap_with_success_chances():
    # 100 − 94 = 6; 4 × 0,8 + 4 × 0,3 = 4,4; open 1,6
    g = gap_analysis(100, 94, {"marktpenetratie": 4, "diversificatie": 4},
                     {"marktpenetratie": 0.8, "diversificatie": 0.3})
    assert g.remaining == pytest.approx(1.6)
    assert correct_option(Q, "h02-13") == "€ 1,6 mln"
