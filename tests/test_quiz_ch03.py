"""Quiz h03: the numbers in its questions and options recomputed with the models and by hand."""

import pytest

from salesbook import case, environment, quiz, strategy
from tests.checks import correct_option, option

Q = {q.id: q for q in quiz.load_quiz(3)}


def test_bank_size_and_topics():
    assert len(Q) >= 12
    assert {q.topic for q in Q.values()} <= {"omgeving-salesmanagement", "mesoniveau", "macroniveau",
                                             "kansen-en-bedreigingen"}


def test_h03_08_weighted_force():
    # 4 × 0,75 + 2 × 0,25 = 3,5; unweighted 3,0; weights swapped 2,5; plain sum 6
    assert strategy.weighted_score([4, 2], [0.75, 0.25]) == pytest.approx(3.5)
    assert correct_option(Q, "h03-08") == "3,5"
    assert strategy.weighted_score([4, 2], [0.25, 0.75]) == pytest.approx(2.5)
    assert option(Q, "h03-08", "2,5") and option(Q, "h03-08", "3,0")


def test_h03_09_attractiveness():
    # all five forces 3,6: 1 + 5 − 3,6 = 2,4
    scores = {f: {"x": 3.6} for f in environment.FORCES}
    weights = {f: {"x": 1.0} for f in environment.FORCES}
    assert environment.five_forces(scores, weights).attractiveness == pytest.approx(2.4)
    assert correct_option(Q, "h03-09") == "2,4"


def test_h03_10_market_share():
    # 2.000 × 40 × 500 = 40 mln; 4 / 40 = 10%; of the sales potential (× 0,5): 4 / 20 = 20%
    r = strategy.market_estimate(2_000, 40, 500, {"assortiment": 0.5}, 4_000_000)
    assert r.market_share == pytest.approx(0.10) and r.potential_used == pytest.approx(0.20)
    assert correct_option(Q, "h03-10") == "10%"
    assert option(Q, "h03-10", "20%") and option(Q, "h03-10", "400%")   # 4 / (2.000 × 500)
    # the halved revenue: (4 mln × 0,5) / 40 mln = 5%, the figure its feedback names
    assert (4_000_000 * 0.5) / r.market_potential == pytest.approx(0.05) and option(Q, "h03-10", "5%")


def test_h03_11_germany_figures():
    r = strategy.market_estimate(**case.case_market_inputs("Duitsland"))
    # 35 mln / 2.333,6 mln = 1,5%; 35 / 449,2 = 7,8% ("bijna 8%"; "ruim 90%" still open)
    assert round(r.market_share, 3) == 0.015
    assert 0.075 < r.potential_used < 0.08
    assert "1,5%" in Q["h03-11"].text and "bijna 8%" in Q["h03-11"].text


def test_h03_12_priority_and_cell():
    # 4 × 3 = 12; impact 4 is high, probability 3 is not: scenario; 4 + 3 = 7
    assert environment.trend_priority(4, 3) == 12
    assert environment.quadrant(4, 3) == "scenario"
    assert correct_option(Q, "h03-12") == "12, cel scenario"
    assert option(Q, "h03-12", "7, cel scenario")
