"""SWOT confrontation matrix (chapter 2): totals, ranking, refusals. Hand computations in comments."""

from __future__ import annotations

import pytest

from salesbook.errors import SalesbookError
from salesbook.swot import confrontation_matrix
from tests.checks import mentions

O, T, S, W = ["o1", "o2"], ["t1"], ["s1", "s2"], ["w1"]
# rows o1, o2, t1; columns s1, s2, w1
GRID = {("o1", "s1"): 4, ("o1", "s2"): 1, ("o1", "w1"): 5,
        ("o2", "s1"): 2, ("o2", "s2"): 3, ("o2", "w1"): 0,
        ("t1", "s1"): 1, ("t1", "s2"): 0, ("t1", "w1"): 3}


def test_totals_and_ranking_by_hand():
    m = confrontation_matrix(O, T, S, W, GRID)
    # rows: o1 = 4+1+5 = 10, o2 = 2+3+0 = 5, t1 = 1+0+3 = 4
    assert m.row_totals == {"o1": 10, "o2": 5, "t1": 4}
    # columns: s1 = 4+2+1 = 7, s2 = 1+3+0 = 4, w1 = 5+0+3 = 8
    assert m.column_totals == {"s1": 7, "s2": 4, "w1": 8}
    # SO = 4+1+2+3 = 10, WO = 5+0 = 5, ST = 1+0 = 1, WT = 3
    assert m.option_totals == {"SO": 10, "ST": 1, "WO": 5, "WT": 3}
    assert m.ranking == ("SO", "WO", "WT", "ST")
    # means: SO 10/4 = 2,5; WO 5/2 = 2,5; ST 1/2; WT 3/1
    assert m.option_means == {"SO": 2.5, "ST": 0.5, "WO": 2.5, "WT": 3.0}
    assert m.total == 19
    assert m.top_cells[0] == ("o1", "w1", 5) and m.top_cells[1] == ("o1", "s1", 4)


def test_a_changed_cell_changes_the_ranking():
    grid = GRID | {("t1", "w1"): 5, ("t1", "s1"): 5}  # ST = 5 + 0 = 5, WT = 5
    m = confrontation_matrix(O, T, S, W, grid)
    # SO 10, WO 5, ST 5, WT 5: ties broken in the order SO, ST, WO, WT
    assert m.ranking == ("SO", "ST", "WO", "WT")


def test_ties_follow_the_fixed_order():
    flat = {(e, i): 1 for e in O + T for i in S + W}
    # SO 4, ST 2, WO 2, WT 1
    assert confrontation_matrix(O, T, S, W, flat).ranking == ("SO", "ST", "WO", "WT")


def test_another_scale():
    m = confrontation_matrix(["o"], ["t"], ["s"], ["w"], {("o", "s"): 10, ("o", "w"): 0, ("t", "s"): 7, ("t", "w"): 2},
                             scale=(0, 10))
    assert m.ranking == ("SO", "ST", "WT", "WO")


def test_missing_cell_is_refused():
    grid = dict(GRID)
    del grid[("o2", "s2")]
    with pytest.raises(SalesbookError, match=mentions("mist 1 cel", "o2 × s2")):
        confrontation_matrix(O, T, S, W, grid)


@pytest.mark.parametrize("change, parts", [
    ({("o1", "s1"): 6}, ("score van o1 × s1", "6")),
    ({("o1", "s1"): -1}, ("score van o1 × s1", "-1")),
    ({("o1", "s1"): "veel"}, ("score van o1 × s1", "veel")),
    ({("o9", "s1"): 2}, ("hoort niet in de matrix", "o9")),
])
def test_bad_scores_are_refused(change, parts):
    with pytest.raises(SalesbookError, match=mentions(*parts)):
        confrontation_matrix(O, T, S, W, GRID | change)


def test_bad_factor_lists():
    with pytest.raises(SalesbookError, match=mentions("kansen", "leeg")):
        confrontation_matrix([], T, S, W, GRID)
    with pytest.raises(SalesbookError, match=mentions("twee keer", "s1")):
        confrontation_matrix(O, T, ["s1", "s1"], W, GRID)
    with pytest.raises(SalesbookError, match=mentions("schaal", "laag naar hoog", "(5, 0)")):
        confrontation_matrix(O, T, S, W, GRID, scale=(5, 0))
