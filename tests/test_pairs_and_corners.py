"""tests.checks.pairs_and_corners, the reduced grids of the widget tests: every pair of values of every
two parameters occurs, and so do the all-first and all-last corners (hand-checkable property)."""

import itertools

import pytest

from tests.checks import pairs_and_corners

SHAPES = [
    [[0, 210_000, 600_000], [10, 120, 300], [0, 78, 250], [0.0, 0.05, 0.3], [500, 6_500, 20_000]],  # break-even
    [[0.5, 1.0], [0, 12], [0, 0.002], [16], [0, 0.01], [0, 0.5], [0.5, 1.0], [1.0, 2.0]],         # compensation
    [["B01", "B04", "B06", "B07"], [9, 60, 200], [1, 25], [20, 150], [0, 40_000]],                 # fair budget
    [[1, 2, 3, 4, 5], ["a"], [True, False]],
]


@pytest.mark.parametrize("levels", SHAPES)
def test_every_pair_and_both_corners_occur(levels):
    rows = pairs_and_corners(*levels)
    for i, j in itertools.combinations(range(len(levels)), 2):
        met = {(row[i], row[j]) for row in rows}
        assert met == set(itertools.product(levels[i], levels[j])), (i, j)
    assert tuple(values[0] for values in levels) in rows
    assert tuple(values[-1] for values in levels) in rows
    assert len(rows) == len(set(rows))


def test_far_fewer_rows_than_the_full_product_and_the_same_every_time():
    levels = SHAPES[0]
    assert len(pairs_and_corners(*levels)) <= 20 < 243
    assert pairs_and_corners(*levels) == pairs_and_corners(*levels)
