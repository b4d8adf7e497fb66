"""Gap analysis with Ansoff's routes (chapter 2). Hand computations in comments."""

from __future__ import annotations

import pytest

from salesbook.errors import SalesbookError
from salesbook.gap_analysis import DEFAULT_SUCCESS, ROUTES, gap_analysis
from tests.checks import mentions


def test_gap_filled_by_hand():
    # target 200, forecast 180 → gap 20. Plan: penetration 10 × 0,8 = 8; product 5 × 0,6 = 3;
    # market 4 × 0,5 = 2; diversification 10 × 0,3 = 3 → filled 16, remaining 4, share 16/20 = 0,8
    g = gap_analysis(200, 180, {"marktpenetratie": 10, "productontwikkeling": 5, "marktontwikkeling": 4,
                                "diversificatie": 10})
    assert g.gap == 20
    assert g.expected == {"marktpenetratie": 8, "productontwikkeling": 3, "marktontwikkeling": 2, "diversificatie": 3}
    assert g.filled == pytest.approx(16) and g.remaining == pytest.approx(4) and g.filled_share == pytest.approx(0.8)


def test_own_success_chances_and_missing_routes():
    # only penetration planned, 12 at a chance of 1 → fills the gap of 10 with 2 to spare
    g = gap_analysis(100, 90, {"marktpenetratie": 12}, {"marktpenetratie": 1.0})
    assert g.remaining == pytest.approx(-2) and g.planned["diversificatie"] == 0
    assert g.success["diversificatie"] == DEFAULT_SUCCESS["diversificatie"]


def test_the_default_chances_fall_with_ansoffs_risk():
    chances = [DEFAULT_SUCCESS[r] for r in ROUTES]
    assert chances == sorted(chances, reverse=True) and chances[0] > chances[-1]


def test_no_gap():
    g = gap_analysis(100, 110, {})
    assert g.gap == -10 and g.filled_share == 0 and g.remaining == -10


@pytest.mark.parametrize("args, parts", [
    ((0, 90, {}), ("doelstelling", "0")),
    ((100, -5, {}), ("prognose", "-5")),
    ((100, 90, {"acquisitie": 5}), ("onbekende groeirichting", "acquisitie")),
    ((100, 90, {"marktpenetratie": -5}), ("plan voor marktpenetratie", "-5")),
    ((100, 90, {"marktpenetratie": 5}, {"marktpenetratie": 80}), ("slaagkans van marktpenetratie", "80")),
    ((100, 90, [5, 5]), ("plan per groeirichting",)),
])
def test_bad_input(args, parts):
    with pytest.raises(SalesbookError, match=mentions(*parts)):
        gap_analysis(*args)
