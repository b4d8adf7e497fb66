"""salesbook.forecasting: worked examples, statsmodels as an oracle, and every refusal.

Sources of the worked examples are named in the comments. Hand computations are written out
step by step. statsmodels 0.15 is a test-only oracle (``initialization_method="known"`` with the
same initial states, ``optimized=False``); where it disagrees with Winters' method (its seasonal
forecast at horizons L, 2L, … — statsmodels issue 9538) an independent hand recursion decides.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

from salesbook import forecasting as fc
from salesbook.errors import SalesbookError
from tests.checks import mentions

SMALL = [10.0, 12.0, 11.0, 13.0, 14.0]

# NIST/SEMATECH e-Handbook of Statistical Methods, § 6.4.3.1 (single exponential smoothing):
# twelve observations, smoothed with S_2 = y_1.
NIST_SES = [71, 70, 69, 68, 64, 65, 72, 78, 75, 75, 75, 70]

# NIST/SEMATECH e-Handbook § 6.4.3.5 (triple exponential smoothing): six years of quarterly sales.
NIST_QUARTERS = [362, 385, 432, 341, 382, 409, 498, 387, 473, 513, 582, 474,
                 544, 582, 681, 557, 628, 707, 773, 592, 627, 725, 854, 661]


def quiet(fit):
    """Run a statsmodels fit without its convergence/frequency warnings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fit()


def approx(values, expected, tol=1e-9):
    assert list(values) == pytest.approx(list(expected), abs=tol, nan_ok=True)


# --- moving averages ------------------------------------------------------------------------

def test_moving_average_hand_table():
    # A textbook moving-average table, 3 periods, written out by hand:
    # period 4: (10 + 12 + 11)/3 = 11; period 5: (12 + 11 + 13)/3 = 12; next: (11 + 13 + 14)/3 = 12.667
    r = fc.moving_average(SMALL, 3, horizon=3)
    approx(r.fitted, [math.nan, math.nan, math.nan, 11.0, 12.0])
    approx(r.forecast, [38 / 3] * 3)
    approx(r.states["gemiddelde"], [math.nan, math.nan, 11.0, 12.0, 38 / 3])


def test_moving_average_window_one_is_the_naive_forecast_and_full_window_the_mean():
    approx(fc.moving_average(SMALL, 1).fitted, [math.nan, 10, 12, 11, 13])
    r = fc.moving_average(SMALL, 5)
    assert r.fitted.isna().all() and r.forecast.iloc[0] == pytest.approx(12.0)


def test_moving_average_equals_pandas_rolling_shifted():
    y = pd.Series(NIST_QUARTERS, dtype=float)
    r = fc.moving_average(y, 4)
    approx(r.fitted, y.rolling(4).mean().shift(1), 1e-9)


def test_weighted_moving_average_hand():
    # weights oldest first 1 : 2 : 3 (÷ 6): period 4 = (1·10 + 2·12 + 3·11)/6 = 67/6
    # period 5 = (1·12 + 2·11 + 3·13)/6 = 73/6; next = (1·11 + 2·13 + 3·14)/6 = 79/6
    r = fc.weighted_moving_average(SMALL, [1, 2, 3], horizon=2)
    approx(r.fitted, [math.nan, math.nan, math.nan, 67 / 6, 73 / 6])
    approx(r.forecast, [79 / 6, 79 / 6])
    assert r.params["weights"] == pytest.approx((1 / 6, 2 / 6, 3 / 6))


def test_weighted_moving_average_with_equal_weights_is_the_moving_average():
    approx(fc.weighted_moving_average(NIST_QUARTERS, [1, 1, 1, 1]).fitted, fc.moving_average(NIST_QUARTERS, 4).fitted)


# --- simple exponential smoothing -----------------------------------------------------------

def test_exponential_smoothing_hand_five_points():
    # α = 0.3, l1 = y1 = 10 (no forecast for period 1)
    # F2 = 10;  l2 = 0.3·12 + 0.7·10 = 10.6
    # F3 = 10.6; l3 = 0.3·11 + 0.7·10.6 = 10.72
    # F4 = 10.72; l4 = 0.3·13 + 0.7·10.72 = 11.404
    # F5 = 11.404; l5 = 0.3·14 + 0.7·11.404 = 12.1828 = forecast for period 6 (and beyond)
    r = fc.exponential_smoothing(SMALL, 0.3, horizon=2)
    approx(r.fitted, [math.nan, 10.0, 10.6, 10.72, 11.404])
    approx(r.forecast, [12.1828, 12.1828])
    approx(r.states["niveau"], [10.0, 10.6, 10.72, 11.404, 12.1828])


def test_exponential_smoothing_nist_example():
    # NIST e-Handbook § 6.4.3.1: S_2 = y_1 = 71, S_t = α·y_{t−1} + (1 − α)·S_{t−1}.
    # α = 0.1: S_3 = 0.1·70 + 0.9·71 = 70.9; S_4 = 0.1·69 + 0.9·70.9 = 70.71;
    #          S_5 = 0.1·68 + 0.9·70.71 = 70.439
    # α = 0.5: S_3 = 70.5; S_4 = 69.75; S_5 = 68.875; S_6 = 0.5·64 + 0.5·68.875 = 66.4375
    slow = fc.exponential_smoothing(NIST_SES, 0.1).fitted
    approx(slow[:5], [math.nan, 71, 70.9, 70.71, 70.439])
    fast = fc.exponential_smoothing(NIST_SES, 0.5).fitted
    approx(fast[:6], [math.nan, 71, 70.5, 69.75, 68.875, 66.4375])


def test_exponential_smoothing_with_alpha_one_is_the_naive_forecast():
    approx(fc.exponential_smoothing(SMALL, 1).fitted, [math.nan, 10, 12, 11, 13])


def test_exponential_smoothing_with_initial_level_forecasts_period_one():
    # l0 = 11: F1 = 11; l1 = 0.5·10 + 0.5·11 = 10.5 = F2
    r = fc.exponential_smoothing(SMALL, 0.5, initial_level=11)
    assert r.fitted.iloc[0] == 11 and r.fitted.iloc[1] == 10.5


@pytest.mark.parametrize("alpha", [0.1, 0.35, 0.8, 1.0])
@pytest.mark.parametrize("l0", [None, 350.0])
def test_exponential_smoothing_matches_statsmodels(alpha, l0):
    from statsmodels.tsa.holtwinters import SimpleExpSmoothing   # here, not at collection: 2 s per test process

    y = np.array(NIST_QUARTERS, float)
    ours = fc.exponential_smoothing(y, alpha, horizon=5, initial_level=l0)
    start = y[0] if l0 is None else l0
    sm = quiet(lambda: SimpleExpSmoothing(y, initialization_method="known", initial_level=start)
               .fit(smoothing_level=alpha, optimized=False))
    skip = 1 if l0 is None else 0        # without l0 our first period has no forecast
    approx(ours.fitted[skip:], sm.fittedvalues[skip:], 1e-8)
    approx(ours.forecast, sm.forecast(5), 1e-8)


# --- Holt -----------------------------------------------------------------------------------

def test_holt_hand_five_points():
    # α = β = 0.5, l0 = y1 = 10, b0 = y2 − y1 = 2; the recursion runs over every observation:
    # t=1: F = 12;     l1 = 0.5·10 + 0.5·12 = 11;           b1 = 0.5·(11 − 10) + 0.5·2 = 1.5
    # t=2: F = 12.5;   l2 = 0.5·12 + 0.5·12.5 = 12.25;      b2 = 0.5·1.25 + 0.5·1.5 = 1.375
    # t=3: F = 13.625; l3 = 0.5·11 + 0.5·13.625 = 12.3125;  b3 = 0.5·0.0625 + 0.5·1.375 = 0.71875
    # t=4: F = 13.03125; l4 = 13.015625;                   b4 = 0.5·0.703125 + 0.5·0.71875 = 0.7109375
    # t=5: F = 13.7265625; l5 = 13.86328125;               b5 = 0.5·0.84765625 + 0.5·0.7109375 = 0.779296875
    # forecasts: l5 + b5 = 14.642578125; l5 + 2·b5 = 15.421875; l5 + 3·b5 = 16.201171875
    r = fc.holt(SMALL, 0.5, 0.5, horizon=3)
    approx(r.fitted, [12.0, 12.5, 13.625, 13.03125, 13.7265625])
    approx(r.forecast, [14.642578125, 15.421875, 16.201171875])
    approx(r.states["trend"], [1.5, 1.375, 0.71875, 0.7109375, 0.779296875])
    assert r.params["initial_level"] == 10 and r.params["initial_trend"] == 2


def test_holt_with_one_initial_state_defaults_the_other():
    r = fc.holt(SMALL, 0.5, 0.5, initial_trend=0.0)
    assert r.params["initial_level"] == 10 and r.fitted.iloc[0] == 10


def test_holt_with_both_initial_states_accepts_one_value():
    r = fc.holt([10.0], 0.5, 0.5, initial_level=9, initial_trend=1, horizon=2)
    approx(r.fitted, [10.0])
    approx(r.forecast, [11.0, 12.0])   # l1 = 10, b1 = 0.5·1 + 0.5·1 = 1


@pytest.mark.parametrize("alpha, beta", [(0.2, 0.1), (0.5, 0.5), (0.9, 0.3), (1.0, 1.0)])
@pytest.mark.parametrize("initial", [None, (340.0, 8.0)])
def test_holt_matches_statsmodels(alpha, beta, initial):
    from statsmodels.tsa.holtwinters import Holt

    y = np.array(NIST_QUARTERS, float)
    l0, b0 = initial if initial else (y[0], y[1] - y[0])
    kwargs = {} if initial is None else {"initial_level": l0, "initial_trend": b0}
    ours = fc.holt(y, alpha, beta, horizon=6, **kwargs)
    sm = quiet(lambda: Holt(y, initialization_method="known", initial_level=l0, initial_trend=b0)
               .fit(smoothing_level=alpha, smoothing_trend=beta, optimized=False))
    approx(ours.fitted, sm.fittedvalues, 1e-8)
    approx(ours.forecast, sm.forecast(6), 1e-8)


# --- seasonal indices -----------------------------------------------------------------------

def test_seasonal_indices_nist_example():
    # NIST e-Handbook § 6.4.3.5, "computation of the initial seasonal indices" over all six years.
    # Year means: 380, 419, 510.5, 591, 675, 716.75. Quarter 1 ratios:
    # 362/380 = 0.9526, 382/419 = 0.9117, 473/510.5 = 0.9265, 544/591 = 0.9205,
    # 628/675 = 0.9304, 627/716.75 = 0.8748 → mean 0.9194. Likewise 1.0063, 1.1591, 0.9152.
    s = fc.seasonal_indices(NIST_QUARTERS, 4)
    assert s.round(4).tolist() == [0.9194, 1.0063, 1.1591, 0.9152]
    assert s.sum() == pytest.approx(4.0)
    assert list(s.index) == [1, 2, 3, 4]


def test_seasonal_indices_ignore_an_incomplete_last_cycle():
    assert fc.seasonal_indices(NIST_QUARTERS[:22], 4).tolist() == fc.seasonal_indices(NIST_QUARTERS[:20], 4).tolist()


def test_seasonal_indices_use_the_cycle_mean_not_the_grand_mean():
    # Two years of 2 seasons: 8, 12 | 18, 22. Cycle means 10 and 20: ratios 0.8, 1.2 | 0.9, 1.1
    # → 0.85 and 1.15. (Dividing by the grand mean 15 would give 13/15 and 17/15.)
    assert fc.seasonal_indices([8, 12, 18, 22], 2).tolist() == pytest.approx([0.85, 1.15])


# --- Holt-Winters ---------------------------------------------------------------------------

def hand_winters(y, L, alpha, beta, gamma, l0, b0, s0, horizon, additive=False):
    """Winters' method written out independently, with time as the key: s[t] for t = 1−L … n."""
    n = len(y)
    level, trend, season = {0: l0}, {0: b0}, {t: s0[t + L - 1] for t in range(1 - L, 1)}
    fitted = []
    for t in range(1, n + 1):
        base = level[t - 1] + trend[t - 1]
        fitted.append(base + season[t - L] if additive else base * season[t - L])
        if additive:
            level[t] = alpha * (y[t - 1] - season[t - L]) + (1 - alpha) * base
        else:
            level[t] = alpha * y[t - 1] / season[t - L] + (1 - alpha) * base
        trend[t] = beta * (level[t] - level[t - 1]) + (1 - beta) * trend[t - 1]
        if additive:
            season[t] = gamma * (y[t - 1] - level[t]) + (1 - gamma) * season[t - L]
        else:
            season[t] = gamma * y[t - 1] / level[t] + (1 - gamma) * season[t - L]
    forecasts = []
    for h in range(1, horizon + 1):
        t = n + h
        while t > n:                     # the most recent estimate of this season
            t -= L
        base = level[n] + h * trend[n]
        forecasts.append(base + season[t] if additive else base * season[t])
    return fitted, forecasts


def test_holt_winters_first_steps_by_hand():
    # L = 2, α = β = γ = 0.5, l0 = 10, b0 = 0.5, s = (0.8, 1.2), y = 8, 12, …
    # t=1: F = (10 + 0.5)·0.8 = 8.4;  l1 = 0.5·8/0.8 + 0.5·10.5 = 10.25;  b1 = 0.5·0.25 + 0.5·0.5 = 0.375
    #      s1 = 0.5·8/10.25 + 0.5·0.8 = 0.790244
    # t=2: F = (10.25 + 0.375)·1.2 = 12.75; l2 = 0.5·12/1.2 + 0.5·10.625 = 10.3125
    #      b2 = 0.5·0.0625 + 0.5·0.375 = 0.21875; s2 = 0.5·12/10.3125 + 0.5·1.2 = 1.181818
    # t=3: F = (10.3125 + 0.21875)·s1 = 8.322220
    r = fc.holt_winters([8, 12, 9, 13], 2, 0.5, 0.5, 0.5, initial_level=10, initial_trend=0.5,
                        initial_seasonals=[0.8, 1.2])
    assert r.fitted.iloc[:3].tolist() == pytest.approx([8.4, 12.75, 10.53125 * (4 / 10.25 + 0.4)])
    assert r.states["seizoen"].iloc[:2].tolist() == pytest.approx([4 / 10.25 + 0.4, 6 / 10.3125 + 0.6])


def test_holt_winters_default_initial_states_nist():
    # From the first two years of the NIST data: year means 380 and 419.
    # b0 = (419 − 380)/4 = 9.75 (NIST's initial trend); l0 = 380 − (4 + 1)/2 · 9.75 = 355.625;
    # seasonal factors: the ratio-to-cycle-mean indices of the first two years.
    r = fc.holt_winters(NIST_QUARTERS, 4, 0.3, 0.2, 0.4)
    p = r.params
    assert p["initial_trend"] == pytest.approx(9.75)
    assert p["initial_level"] == pytest.approx(355.625)
    assert list(p["initial_seasonals"]) == pytest.approx(fc.seasonal_indices(NIST_QUARTERS[:8], 4).tolist())
    same = fc.holt_winters(NIST_QUARTERS, 4, 0.3, 0.2, 0.4, initial_level=355.625, initial_trend=9.75,
                           initial_seasonals=p["initial_seasonals"])
    approx(same.fitted, r.fitted)


def test_holt_winters_default_additive_seasonals_are_differences():
    p = fc.holt_winters(NIST_QUARTERS, 4, 0.3, 0.2, 0.4, seasonal="additive").params
    # quarter 1: (362 − 380 + 382 − 419)/2 = −27.5
    assert p["initial_seasonals"][0] == pytest.approx(-27.5)
    assert sum(p["initial_seasonals"]) == pytest.approx(0.0)


@pytest.mark.parametrize("additive", [False, True])
@pytest.mark.parametrize("alpha, beta, gamma", [(0.3, 0.2, 0.4), (0.8, 0.1, 0.9), (1.0, 1.0, 1.0)])
def test_holt_winters_matches_the_independent_hand_recursion(additive, alpha, beta, gamma):
    L, h = 4, 10
    r = fc.holt_winters(NIST_QUARTERS, L, alpha, beta, gamma, horizon=h,
                        seasonal="additive" if additive else "multiplicative")
    p = r.params
    fitted, forecasts = hand_winters(NIST_QUARTERS, L, alpha, beta, gamma, p["initial_level"], p["initial_trend"],
                                     p["initial_seasonals"], h, additive)
    approx(r.fitted, fitted, 1e-9)
    approx(r.forecast, forecasts, 1e-9)


def _statsmodels_hw(y, L, alpha, beta, gamma_sm, params, kind):
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    model = ExponentialSmoothing(np.asarray(y, float), trend="add", seasonal=kind, seasonal_periods=L,
                                 initialization_method="known", initial_level=params["initial_level"],
                                 initial_trend=params["initial_trend"],
                                 initial_seasonal=np.array(params["initial_seasonals"]))
    return quiet(lambda: model.fit(smoothing_level=alpha, smoothing_trend=beta, smoothing_seasonal=gamma_sm,
                                   optimized=False))


@pytest.mark.parametrize("alpha, beta, gamma", [(0.3, 0.2, 0.4), (0.7, 0.4, 0.2), (0.5, 0.5, 1.0)])
def test_holt_winters_additive_matches_statsmodels(alpha, beta, gamma):
    # statsmodels updates the season with the one-step error, s_t = γ*·(y_t − l_{t−1} − b_{t−1}) +
    # (1 − γ*)·s_{t−L} (Hyndman & Athanasopoulos, FPP § 7.3/8.3). Substituting Winters' level
    # equation shows it is Winters' additive form with γ* = γ·(1 − α), exactly.
    L = 4
    ours = fc.holt_winters(NIST_QUARTERS, L, alpha, beta, gamma, seasonal="additive", horizon=2 * L)
    sm = _statsmodels_hw(NIST_QUARTERS, L, alpha, beta, gamma * (1 - alpha), ours.params, "add")
    approx(ours.fitted, sm.fittedvalues, 1e-8)
    sm_forecast = sm.forecast(2 * L)
    for h in range(1, 2 * L + 1):
        if h % L:                            # horizons 1 … L−1 and L+1 … 2L−1
            assert ours.forecast.iloc[h - 1] == pytest.approx(sm_forecast[h - 1], abs=1e-8), h


def test_holt_winters_multiplicative_matches_statsmodels_with_fixed_seasons():
    # For γ > 0 statsmodels' multiplicative season (γ*·y_t/(l_{t−1} + b_{t−1})) is not Winters'
    # (γ·y_t/l_t), so the oracle is used with (practically) fixed seasonal factors: γ → 0.
    L = 4
    ours = fc.holt_winters(NIST_QUARTERS, L, 0.4, 0.3, 1e-12, horizon=2 * L)
    sm = _statsmodels_hw(NIST_QUARTERS, L, 0.4, 0.3, 0.0, ours.params, "mul")
    approx(ours.fitted, sm.fittedvalues, 1e-6)
    approx(ours.forecast, sm.forecast(2 * L), 1e-6)   # with fixed seasons every horizon agrees


def test_statsmodels_issue_9538_seasonal_forecast_at_multiples_of_the_season_length():
    """statsmodels 0.15 takes the wrong seasonal factor at horizons L, 2L, …

    Its forecast fills the seasonal array with ``s[(nobs − 1) + j % m]``, so at h = L (j = 0) it
    uses the factor of the last period *before* that period's update (s_{n−L}) instead of the
    estimate made from the last observation itself (s_n). All other horizons are right. Ours
    follows Winters: the most recent estimate of each season, at every horizon.
    """
    L, alpha, beta, gamma = 4, 0.3, 0.2, 0.4
    ours = fc.holt_winters(NIST_QUARTERS, L, alpha, beta, gamma, seasonal="additive", horizon=2 * L)
    p = ours.params
    sm = _statsmodels_hw(NIST_QUARTERS, L, alpha, beta, gamma * (1 - alpha), p, "add")
    sm_forecast = np.asarray(sm.forecast(2 * L))
    _, hand = hand_winters(NIST_QUARTERS, L, alpha, beta, gamma, p["initial_level"], p["initial_trend"],
                           p["initial_seasonals"], 2 * L, additive=True)
    # The levels, trends and seasons agree (the fitted values match above); only h = L, 2L differ.
    # The hand recursion: forecast(L) = l_n + L·b_n + s_n. statsmodels: l_n + L·b_n + s_{n−L}.
    seasons = ours.states["seizoen"].to_numpy()
    level, trend = ours.states["niveau"].iloc[-1], ours.states["trend"].iloc[-1]
    for h in (L, 2 * L):
        assert ours.forecast.iloc[h - 1] == pytest.approx(hand[h - 1], abs=1e-9)
        assert ours.forecast.iloc[h - 1] == pytest.approx(level + h * trend + seasons[-1], abs=1e-9)
        assert sm_forecast[h - 1] == pytest.approx(level + h * trend + seasons[-1 - L], abs=1e-6)
        gap = sm_forecast[h - 1] - hand[h - 1]
        assert abs(gap) > 1.0, f"statsmodels 0.15 has fixed issue 9538 (gap {gap:.3g} at h={h}); update this note"
    # The size of the discrepancy on this series: s_{n−L} − s_n, the same at h = L and 2L.
    assert sm_forecast[L - 1] - hand[L - 1] == pytest.approx(seasons[-1 - L] - seasons[-1], abs=1e-6)
    assert sm_forecast[L - 1] - hand[L - 1] == pytest.approx(5.628331, abs=1e-5)


def test_holt_winters_multiplicative_at_multiples_of_the_season_length_by_hand():
    # With γ > 0 the factor used at h = L is the one estimated from the last observation.
    L = 4
    r = fc.holt_winters(NIST_QUARTERS, L, 0.3, 0.2, 0.4, horizon=3 * L)
    level, trend = r.states["niveau"].iloc[-1], r.states["trend"].iloc[-1]
    latest = r.states["seizoen"].iloc[-L:].tolist()
    for h in range(1, 3 * L + 1):
        assert r.forecast.iloc[h - 1] == pytest.approx((level + h * trend) * latest[(h - 1) % L])
    assert r.forecast.iloc[L - 1] == pytest.approx((level + L * trend) * r.states["seizoen"].iloc[-1])


def test_holt_winters_with_all_initial_states_needs_no_two_seasons():
    r = fc.holt_winters([100, 120, 90], 4, 0.5, 0.5, 0.5, initial_level=100, initial_trend=0,
                        initial_seasonals=[1, 1.2, 0.9, 0.9], horizon=2)
    assert len(r.fitted) == 3 and r.fitted.iloc[0] == 100


# --- linear trend ---------------------------------------------------------------------------

def test_linear_trend_hand():
    # t = 1…5, t̄ = 3, ȳ = 12; Σ(t − t̄)(y − ȳ) = (−2)(−2) + (−1)(0) + 0 + (1)(1) + (2)(2) = 9;
    # Σ(t − t̄)² = 10 → b = 0.9; a = 12 − 0.9·3 = 9.3
    a, b = fc.linear_trend(SMALL)
    assert (a, b) == pytest.approx((9.3, 0.9))


def test_linear_trend_matches_numpy_least_squares():
    slope, intercept = np.polyfit(np.arange(1, 25), NIST_QUARTERS, 1)
    assert fc.linear_trend(NIST_QUARTERS) == pytest.approx((intercept, slope))


def test_linear_trend_forecast_with_seasons_is_trend_times_index():
    r = fc.linear_trend_forecast(NIST_QUARTERS, horizon=4, season_length=4)
    s = fc.seasonal_indices(NIST_QUARTERS, 4).tolist()
    a, b = fc.linear_trend([v / s[i % 4] for i, v in enumerate(NIST_QUARTERS)])
    approx(r.forecast, [(a + b * t) * s[(t - 1) % 4] for t in range(25, 29)])
    approx(fc.linear_trend_forecast(SMALL, horizon=2).fitted, [9.3 + 0.9 * t for t in range(1, 6)])


# --- error measures -------------------------------------------------------------------------

def test_forecast_errors_hand():
    # actual 100, 110, 120, 130; forecast –, 100, 125, 120 → errors 10, −5, 10 (first left out)
    # bias = 15/3 = 5; MAD = 25/3; MSE = (100 + 25 + 100)/3 = 75;
    # MAPE = (10/110 + 5/120 + 10/130)/3 · 100 = 6.9937%
    e = fc.forecast_errors([100, 110, 120, 130], [float("nan"), 100, 125, 120])
    assert set(e) == {"bias", "mad", "mse", "mape"}
    assert e["bias"] == pytest.approx(5) and e["mad"] == pytest.approx(25 / 3) and e["mse"] == pytest.approx(75)
    assert e["mape"] == pytest.approx((10 / 110 + 5 / 120 + 10 / 130) / 3 * 100)


@pytest.mark.parametrize("kind", [list, np.array, pd.Series])
def test_forecast_errors_take_every_kind_of_forecast_alike(kind):
    # the hand example above, as a list, a numpy array and a Series: the same numbers to the bit
    e = fc.forecast_errors([100, 110, 120, 130], kind([float("nan"), 100, 125, 120]))
    assert e == fc.forecast_errors([100, 110, 120, 130], [float("nan"), 100.0, 125.0, 120.0])
    with pytest.raises(SalesbookError, match=mentions("prognose", "periode 2", "eindig")):
        fc.forecast_errors([100, 110], kind([100.0, float("inf")]))
    with pytest.raises(SalesbookError, match=mentions("prognose", "periode 2", "getal", "'veel'")):
        fc.forecast_errors([100, 110], [100.0, "veel"])


def test_forecast_errors_sign_convention_and_zero_actual():
    assert fc.forecast_errors([100], [90])["bias"] == 10        # forecast too low → positive bias
    assert math.isnan(fc.forecast_errors([0, 10], [1, 9])["mape"])


def test_result_errors_use_the_fitted_values():
    r = fc.exponential_smoothing(SMALL, 0.3)
    assert r.errors() == fc.forecast_errors(SMALL, r.fitted)
    approx(r.residuals, [math.nan, 2, 0.4, 2.28, 2.596])


# --- holdout and grid search ----------------------------------------------------------------

def test_holdout_comparison_fits_on_the_training_part_only():
    methods = {"SES": (fc.exponential_smoothing, {"alpha": 0.5}), "MA3": lambda y, horizon: fc.moving_average(y, 3, horizon=horizon)}
    forecasts = fc.holdout_forecasts(NIST_QUARTERS, methods, 4)
    train = NIST_QUARTERS[:-4]
    approx(forecasts["SES"], fc.exponential_smoothing(train, 0.5, horizon=4).forecast)
    approx(forecasts["MA3"], [sum(train[-3:]) / 3] * 4)
    table = fc.holdout_comparison(NIST_QUARTERS, methods, 4)
    assert list(table.index) == ["SES", "MA3"] and list(table.columns) == ["bias", "mad", "mse", "mape"]
    assert table.loc["MA3", "mad"] == pytest.approx(
        np.mean(np.abs(np.array(NIST_QUARTERS[-4:]) - sum(train[-3:]) / 3)))
    pd.testing.assert_frame_equal(fc.holdout_errors(forecasts), table, check_exact=True)


def test_holdout_errors_wants_the_forecast_table():
    with pytest.raises(SalesbookError, match="holdout_forecasts"):
        fc.holdout_errors(pd.DataFrame({"SES": [1.0]}))


def test_grid_search_equals_brute_force():
    grid = {"alpha": [0.1, 0.3, 0.5], "beta": [0.1, 0.2], "gamma": [0.1, 0.5]}
    g = fc.grid_search(NIST_QUARTERS, fc.holt_winters, grid, fixed={"season_length": 4})
    scores = {}
    for a in grid["alpha"]:
        for b in grid["beta"]:
            for c in grid["gamma"]:
                r = fc.holt_winters(NIST_QUARTERS, 4, a, b, c)
                scores[(a, b, c)] = fc.forecast_errors(NIST_QUARTERS, r.fitted)["mse"]
    best = min(scores, key=scores.get)
    assert (g.best["alpha"], g.best["beta"], g.best["gamma"]) == best
    assert g.score == pytest.approx(scores[best]) and len(g.table) == 12
    assert g.table["mse"].is_monotonic_increasing
    approx(g.result.fitted, fc.holt_winters(NIST_QUARTERS, 4, *best).fitted)


def test_grid_search_on_a_holdout():
    g = fc.grid_search(NIST_QUARTERS, fc.exponential_smoothing, {"alpha": [0.2, 0.9]}, metric="mad", holdout=4)
    train, test = NIST_QUARTERS[:-4], NIST_QUARTERS[-4:]
    mads = {a: fc.forecast_errors(test, fc.exponential_smoothing(train, a, horizon=4).forecast.to_numpy())["mad"]
            for a in (0.2, 0.9)}
    assert g.best["alpha"] == min(mads, key=mads.get) and g.metric == "mad"


# --- index of the result --------------------------------------------------------------------

def test_monthly_index_continues():
    y = pd.Series(range(1, 25), index=pd.date_range("2023-01-01", periods=24, freq="MS"), dtype=float)
    y.index.freq = None                                      # as after reading a CSV
    r = fc.holt_winters(y, 12, 0.3, 0.1, 0.2, horizon=3)
    assert list(r.forecast.index) == list(pd.to_datetime(["2025-01-01", "2025-02-01", "2025-03-01"]))
    assert r.fitted.index.equals(y.index)


def test_period_and_year_indexes_continue_and_lists_get_positions():
    q = pd.Series(NIST_QUARTERS, index=pd.period_range("2019Q1", periods=24, freq="Q"), dtype=float)
    assert str(fc.exponential_smoothing(q, 0.5, horizon=2).forecast.index[1]) == "2025Q2"
    years = pd.Series([5.0, 6, 7], index=[2022, 2023, 2024])
    assert list(fc.holt(years, 0.5, 0.5, horizon=2).forecast.index) == [2025, 2026]
    r = fc.moving_average(SMALL, 2, horizon=2)
    assert list(r.fitted.index) == [0, 1, 2, 3, 4] and list(r.forecast.index) == [5, 6]
    assert isinstance(r.fitted, pd.Series) and isinstance(r.forecast, pd.Series)


def test_irregular_dates_fall_back_to_positions():
    y = pd.Series([1.0, 2, 3, 4], index=pd.to_datetime(["2024-01-01", "2024-01-05", "2024-03-01", "2024-03-02"]))
    assert list(fc.exponential_smoothing(y, 0.5, horizon=2).forecast.index) == [4, 5]


def test_sales_series_sums_per_month_and_has_monthly_frequency():
    h = pd.DataFrame({"maand": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-02-01", "2024-03-01"]),
                      "land": ["NL", "BE", "NL", "NL"], "productgroep": ["A", "B", "A", "A"],
                      "omzet": [5.0, 2.0, 6.0, 7.0]})
    s = fc.sales_series(h)
    assert s.tolist() == [7.0, 6.0, 7.0] and s.index.freqstr == "MS"
    assert fc.sales_series(h, productgroep="B").tolist() == [2.0]


# --- refusals, with Dutch messages ----------------------------------------------------------

@pytest.mark.parametrize(
    "call, fragments",
    [
        (lambda: fc.exponential_smoothing(SMALL, 0), ["α (alfa)", "0 zelf niet meegerekend", "kreeg 0"]),
        (lambda: fc.exponential_smoothing(SMALL, 1.5), ["α (alfa)", "tussen 0 en 1", "kreeg 1.5"]),
        (lambda: fc.exponential_smoothing(SMALL, 30), ["bedoel je 0.3"]),
        (lambda: fc.exponential_smoothing(SMALL, -0.2), ["α (alfa)", "kreeg -0.2"]),
        (lambda: fc.holt(SMALL, 0.5, 0), ["β (bèta)", "kreeg 0"]),
        (lambda: fc.holt(SMALL, 0.5, 1.01), ["β (bèta)", "kreeg 1.01"]),
        (lambda: fc.holt_winters(NIST_QUARTERS, 4, 0.5, 0.5, 0), ["γ (gamma)", "kreeg 0"]),
        (lambda: fc.holt_winters(NIST_QUARTERS, 4, 1.2, 0.5, 0.5), ["α (alfa)", "kreeg 1.2"]),
        (lambda: fc.moving_average(SMALL, 0), ["venster", "minstens 1", "kreeg 0"]),
        (lambda: fc.moving_average(SMALL, 6), ["venster", "niet langer", "hoogstens 5", "kreeg 6"]),
        (lambda: fc.moving_average(SMALL, 2.5), ["venster", "geheel getal"]),
        (lambda: fc.weighted_moving_average(SMALL, [1, -1]), ["gewichten[1]", "negatief"]),
        (lambda: fc.weighted_moving_average(SMALL, [0, 0]), ["gewichten", "groter zijn dan 0"]),
        (lambda: fc.weighted_moving_average(SMALL, [1] * 6), ["gewichten", "hoogstens 5"]),
        (lambda: fc.seasonal_indices(NIST_QUARTERS[:7], 4), ["te kort", "twee", "8 perioden", "kreeg 7"]),
        (lambda: fc.holt_winters(NIST_QUARTERS[:7], 4, 0.5, 0.5, 0.5), ["te kort", "zonder beginwaarden", "kreeg 7"]),
        (lambda: fc.holt_winters(NIST_QUARTERS[:7], 4, 0.5, 0.5, 0.5, initial_level=1, initial_trend=0),
         ["te kort", "kreeg 7"]),
        (lambda: fc.seasonal_indices(NIST_QUARTERS, 1), ["seizoenslengte", "minstens 2"]),
        (lambda: fc.exponential_smoothing([1, float("nan"), 3], 0.5), ["reeks", "periode 2", "NaN"]),
        (lambda: fc.exponential_smoothing([1, "twee", 3], 0.5), ["reeks", "geen getal", "periode 2", "'twee'"]),
        (lambda: fc.exponential_smoothing([1, None, 3], 0.5), ["reeks", "periode 2"]),
        (lambda: fc.exponential_smoothing(
            pd.Series([1.0, None], index=pd.to_datetime(["2024-01-01", "2024-02-01"])), 0.5), ["2024-02-01"]),
        (lambda: fc.exponential_smoothing("10 12 11", 0.5), ["reeks", "reeks getallen"]),
        (lambda: fc.exponential_smoothing(pd.DataFrame({"a": [1.0], "b": [2.0]}), 0.5), ["één kolom", "2 kolommen"]),
        (lambda: fc.exponential_smoothing([], 0.5), ["minstens 1"]),
        (lambda: fc.holt([5], 0.5, 0.5), ["minstens 2"]),
        (lambda: fc.exponential_smoothing(SMALL, 0.5, horizon=0), ["horizon", "minstens 1", "kreeg 0"]),
        (lambda: fc.holt(SMALL, 0.5, 0.5, horizon=-2), ["horizon", "kreeg -2"]),
        (lambda: fc.moving_average(SMALL, 2, horizon=1.5), ["horizon", "geheel getal"]),
        (lambda: fc.holt_winters(NIST_QUARTERS, 4, 0.5, 0.5, 0.5, seasonal="multiplicatief"),
         ["seasonal", "'multiplicative', 'additive'", "kreeg 'multiplicatief'"]),
        (lambda: fc.holt_winters([0.0] + NIST_QUARTERS[1:], 4, 0.5, 0.5, 0.5), ["positieve", "periode 1", "additieve"]),
        (lambda: fc.seasonal_indices([-1.0] + NIST_QUARTERS[1:], 4), ["positieve", "periode 1"]),
        (lambda: fc.holt_winters(NIST_QUARTERS, 4, 0.5, 0.5, 0.5, initial_seasonals=[1, 1, 1]),
         ["beginseizoensfactoren", "4 waarden", "kreeg 3"]),
        (lambda: fc.holt_winters(NIST_QUARTERS, 4, 0.5, 0.5, 0.5, initial_seasonals=[1, 1, 0, 1]),
         ["beginseizoensfactoren", "groter zijn dan 0"]),
        (lambda: fc.forecast_errors([1, 2, 3], [1, 2]), ["even lang", "3 en 2"]),
        (lambda: fc.forecast_errors([1, 2], [float("nan")] * 2), ["geen enkele periode"]),
        (lambda: fc.forecast_errors([1, float("nan")], [1, 2]), ["werkelijke waarden", "periode 2"]),
        (lambda: fc.holdout_comparison(SMALL, {"x": (fc.moving_average, {"window": 2})}, 5), ["holdout", "kleiner", "kreeg 5"]),
        (lambda: fc.holdout_comparison(SMALL, {}, 2), ["methoden"]),
        (lambda: fc.holdout_comparison(SMALL, {"x": 3}, 2), ["methode 'x'"]),
        (lambda: fc.grid_search(SMALL, fc.exponential_smoothing, {"alpha": [0.5]}, metric="rmse"), ["maatstaf", "'rmse'"]),
        (lambda: fc.grid_search(SMALL, fc.exponential_smoothing, {"alpha": [0.5, 2]}), ["α (alfa)", "kreeg 2"]),
        (lambda: fc.grid_search(SMALL, fc.exponential_smoothing, {}), ["grid"]),
        (lambda: fc.sales_series(pd.DataFrame({"maand": [], "land": [], "productgroep": [], "omzet": []}), land="X"),
         ["land"]),
    ],
)
def test_refusals_have_dutch_messages(call, fragments):
    with pytest.raises(SalesbookError) as info:
        call()
    for fragment in fragments:
        assert fragment in str(info.value), str(info.value)


def test_numpy_and_series_inputs_are_accepted():
    a = fc.exponential_smoothing(np.array(SMALL), 0.3).forecast.iloc[0]
    b = fc.exponential_smoothing(pd.Series(SMALL, dtype="Float64"), 0.3).forecast.iloc[0]
    c = fc.exponential_smoothing(tuple(int(v) for v in SMALL), 0.3).forecast.iloc[0]
    assert a == b == c == pytest.approx(12.1828)
