"""grid_search over Holt-Winters checks the series once and reuses the initial states.

The oracle is grid_search's plain path: the method called once per combination (reached by
wrapping holt_winters in a lambda, which the fast path does not recognise). Both must give the
same table to the last bit, the same best parameters and the same errors for bad input.
"""

import pandas as pd
import pytest

import salesbook.forecasting as fc
from salesbook.errors import SalesbookError

# Two years and a bit of a seasonal series with a trend (hand-made: 100 + 2·t, ×1.2 in the even months).
SERIES = pd.Series([(100 + 2 * t) * (1.2 if t % 2 == 0 else 0.8) for t in range(30)],
                   index=pd.period_range("2022-01", periods=30, freq="M"))
GRID = {"alpha": [0.1, 0.5, 0.9], "beta": [0.01, 0.2], "gamma": [0.1, 0.6]}


def plain(y, grid, **options):
    return fc.grid_search(y, lambda *a, **k: fc.holt_winters(*a, **k), grid, **options)


@pytest.mark.parametrize("options", [
    {"fixed": {"season_length": 2}},
    {"fixed": {"season_length": 2, "seasonal": "additive"}, "metric": "mad"},
    {"fixed": {"season_length": 4}, "holdout": 6, "metric": "mape"},
    {"fixed": {"season_length": 2, "gamma": 0.3}, "grid": {"alpha": [0.2, 0.4], "beta": [0.1]}},
    {"fixed": {"season_length": 2, "initial_level": 95.0, "initial_trend": 1.0,
               "initial_seasonals": [1.2, 0.8]}},
])
def test_the_fast_path_gives_the_plain_paths_table(options):
    grid = options.pop("grid", GRID)
    fast, slow = fc.grid_search(SERIES, fc.holt_winters, grid, **options), plain(SERIES, grid, **options)
    pd.testing.assert_frame_equal(fast.table, slow.table, check_exact=True)
    assert fast.best == slow.best and fast.score == slow.score
    pd.testing.assert_series_equal(fast.result.fitted, slow.result.fitted, check_exact=True)


def test_the_fast_path_is_taken_for_holt_winters_only():
    real = fc.holt_winters
    found = fc._fast_fit(fc.holt_winters, list(GRID), {"season_length": 2}, SERIES, 1)
    assert found is not None
    # one fitted series per combination, each equal to the method's own
    fitted, forecast = found(alpha=0.5, beta=0.2, gamma=0.6)
    own = real(SERIES, 2, 0.5, 0.2, 0.6)
    assert fitted == own.fitted.tolist() and forecast == own.forecast.tolist()
    assert fc._fast_fit(lambda *a, **k: real(*a, **k), list(GRID), {"season_length": 2}, SERIES, 1) is None


@pytest.mark.parametrize("grid, fixed", [
    ({"alpha": [0.5, 1.5], "beta": [0.1], "gamma": [0.1]}, {"season_length": 2}),   # α outside (0, 1]
    ({"alpha": [0.5], "beta": [0.1], "gamma": [0.0]}, {"season_length": 2}),        # γ = 0
    (GRID, {"season_length": 20}),                                                  # too short for two seasons
    (GRID, {"season_length": 2, "seasonal": "weekly"}),
])
def test_bad_input_gives_the_same_dutch_error_on_both_paths(grid, fixed):
    with pytest.raises(SalesbookError) as fast:
        fc.grid_search(SERIES, fc.holt_winters, grid, fixed=fixed)
    with pytest.raises(SalesbookError) as slow:
        plain(SERIES, grid, fixed=fixed)
    assert str(fast.value) == str(slow.value)
