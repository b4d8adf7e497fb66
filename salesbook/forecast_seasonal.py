"""Trend and season in a sales series (chapter 4, Salesprognose).

* :func:`seasonal_indices` and :func:`linear_trend` — the building blocks of the classical
  decomposition; :func:`linear_trend_forecast` — a least-squares trend line, optionally times
  seasonal indices;
* :func:`holt_winters` — Winters' method (level, trend and season), multiplicative or additive.

They return the :class:`salesbook.forecast_methods.ForecastResult` of the other smoothers; the
DESIGN.md contract names them under :mod:`salesbook.forecasting`, which re-exports them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from salesbook import validation
from salesbook.errors import SalesbookError
from salesbook.forecast_methods import (
    ALPHA, BETA, GAMMA, SEASON_LENGTH, SEASONAL_KINDS, SERIES, ForecastResult, _horizon, _num, _period_label,
    _result, _series, _smoothing,
)


# --- seasons --------------------------------------------------------------------------------

def _season_length(value: object) -> int:
    return validation.count(value, SEASON_LENGTH, minimum=2)


def _two_seasons(values: list[float], length: int, what: str) -> None:
    if len(values) < 2 * length:
        raise SalesbookError(
            f"{SERIES} is te kort voor {what}: bij een seizoenslengte van {length} zijn minstens twee "
            f"volledige seizoenen nodig, {2 * length} perioden (kreeg {len(values)})"
        )


def _positive_values(values: list[float], index: pd.Index, why: str) -> None:
    for i, value in enumerate(values):
        if value <= 0:
            raise SalesbookError(
                f"{SERIES} moet bij {why} alleen positieve waarden hebben; {_period_label(index, i)} is "
                f"{value:g}. Kies het additieve model (seasonal='additive')"
            )


def _cycle_indices(values: list[float], length: int, *, additive: bool = False) -> list[float]:
    """Per season the average over the complete cycles of y/cycle mean (or y − cycle mean)."""
    cycles = len(values) // length
    totals = [0.0] * length
    for c in range(cycles):
        cycle = values[c * length:(c + 1) * length]
        mean = sum(cycle) / length
        for s, value in enumerate(cycle):
            totals[s] += (value - mean) if additive else (value / mean)
    return [total / cycles for total in totals]


def seasonal_indices(y: Sequence[float] | pd.Series, season_length: int) -> pd.Series:
    """Seasonal indices by the ratio-to-cycle-mean method.

    For every complete cycle c (a year of 12 months, or 4 quarters) and every season s:
    ratio_{c,s} = y_{c,s} / ȳ_c, with ȳ_c the mean of cycle c. The index of season s is the
    average of its ratios over the cycles: S_s = (1/C)·Σ_c ratio_{c,s}. The indices average
    exactly 1: 1.20 means that season is 20% above an average period. Cycles start at the first
    observation; an incomplete last cycle is left out. At least two complete cycles are needed,
    and every value must be positive.

    The result is indexed 1 … L (the position in the cycle: with monthly data that start in
    January, 1 = January).

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (salesprognose).

    >>> seasonal_indices([8, 12, 9, 11], 2).tolist()   # (8/10 + 9/10)/2 and (12/10 + 11/10)/2
    [0.85, 1.15]
    """
    values, index = _series(y)
    length = _season_length(season_length)
    _two_seasons(values, length, "seizoensindices")
    _positive_values(values, index, "seizoensindices")
    return pd.Series(_cycle_indices(values, length), index=pd.RangeIndex(1, length + 1, name="seizoen"),
                     name="seizoensindex")


def _initial_states(values: list[float], length: int, additive: bool) -> tuple[float, float, list[float]]:
    """The default initial states of Holt-Winters from the first two complete seasons."""
    first, second = values[:length], values[length:2 * length]
    mean1, mean2 = sum(first) / length, sum(second) / length
    trend = (mean2 - mean1) / length
    level = mean1 - (length + 1) / 2 * trend
    seasonals = _cycle_indices(values[:2 * length], length, additive=additive)
    return level, trend, seasonals


def holt_winters(
    y: Sequence[float] | pd.Series,
    season_length: int,
    alpha: float,
    beta: float,
    gamma: float,
    *,
    horizon: int = 1,
    seasonal: str = "multiplicative",
    initial_level: float | None = None,
    initial_trend: float | None = None,
    initial_seasonals: Sequence[float] | None = None,
) -> ForecastResult:
    """Winters' method (triple exponential smoothing): level, trend and season.

    Winters' classical form, as in the NIST/SEMATECH e-Handbook § 6.4.3.5 (which calls the
    trend constant γ and the season constant β; here α is the level, β the trend, γ the
    season). With L = ``season_length`` and s_{t−L} the factor of the same season one cycle
    earlier, multiplicative (``seasonal="multiplicative"``):

    l_t = α·y_t / s_{t−L} + (1 − α)·(l_{t−1} + b_{t−1})
    b_t = β·(l_t − l_{t−1}) + (1 − β)·b_{t−1}
    s_t = γ·y_t / l_t + (1 − γ)·s_{t−L}
    F_{t+1} = (l_t + b_t)·s_{t+1−L}

    additive (``seasonal="additive"``): l_t = α·(y_t − s_{t−L}) + (1 − α)·(l_{t−1} + b_{t−1});
    the same b_t; s_t = γ·(y_t − l_t) + (1 − γ)·s_{t−L}; F_{t+1} = l_t + b_t + s_{t+1−L}.

    A forecast h periods ahead is l_n + h·b_n times (or plus) the most recent estimate of that
    period's seasonal factor — also for h beyond one season: for h = L, 2L, … that is the factor
    estimated from the last observation itself.

    ``initial_seasonals`` are the L factors of the season before the data, so
    ``initial_seasonals[0]`` applies to y_1. Initial states that are given are used as given.
    Missing ones are derived from the first two complete seasons (so at least 2L observations
    are then needed), with ȳ_1 and ȳ_2 the means of season 1 and season 2:

    * b_0 = (ȳ_2 − ȳ_1) / L — the average change per period between the two seasons, which
      equals NIST's (1/L)·Σ_i (y_{L+i} − y_i)/L;
    * l_0 = ȳ_1 − (L + 1)/2 · b_0 — the mean of season 1 sits in the middle of that season, so
      the level at the start (t = 0) lies (L + 1)/2 periods of trend lower;
    * the seasonal factors: per season the average over the first two seasons of y / season
      mean (multiplicative; :func:`seasonal_indices` of the first 2L values) or y − season mean
      (additive).

    α, β and γ lie in (0, 1]. The multiplicative model needs positive values.

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (seizoen); Winters, 'Forecasting sales by
      exponentially weighted moving averages', Management Science (1960); NIST/SEMATECH e-Handbook, §
      6.4.3.5.

    >>> y = [8, 12, 9, 13, 10, 14]
    >>> r = holt_winters(y, 2, 0.5, 0.5, 0.5, initial_level=10, initial_trend=0.5,
    ...                  initial_seasonals=[0.8, 1.2], horizon=2)
    >>> float(r.fitted.iloc[0])    # (l0 + b0)·s_{1−L} = (10 + 0.5)·0.8
    8.4
    >>> [round(v, 3) for v in r.forecast]
    [10.379, 15.12]
    """
    setup = _winters_setup(y, season_length, seasonal, horizon, initial_level, initial_trend, initial_seasonals)
    a, b, g = _smoothing(alpha, ALPHA), _smoothing(beta, BETA), _smoothing(gamma, GAMMA)
    fitted, forecast, levels, trends, factors = _winters_path(setup, a, b, g)
    additive, length, kind = setup.additive, setup.length, "additive" if setup.additive else "multiplicative"
    params = {"alpha": a, "beta": b, "gamma": g, "season_length": length, "seasonal": kind,
              "initial_level": setup.level, "initial_trend": setup.trend,
              "initial_seasonals": tuple(setup.seasons)}
    values, index = setup.values, setup.index
    label = "Holt-Winters " + ("additief" if additive else "multiplicatief")
    label += f" (α = {_num(a)}, β = {_num(b)}, γ = {_num(g)})"
    return _result(label, values, index, fitted, forecast,
                   {"niveau": levels, "trend": trends, "seizoen": factors}, params)


@dataclass(frozen=True)
class _WintersSetup:
    """A checked series with its Holt-Winters initial states: what every parameter choice shares."""

    values: list[float]
    index: pd.Index
    length: int
    additive: bool
    horizon: int
    level: float
    trend: float
    seasons: tuple[float, ...]


def _winters_setup(y, season_length, seasonal, horizon, initial_level=None, initial_trend=None,
                   initial_seasonals=None) -> _WintersSetup:
    kind = validation.choice(seasonal, "seasonal (soort seizoen)", SEASONAL_KINDS)
    additive = kind == "additive"
    length = _season_length(season_length)
    values, index = _series(y)
    h = _horizon(horizon)
    if not additive:
        _positive_values(values, index, "het multiplicatieve model")
    if initial_seasonals is not None:
        given = list(validation.numbers(initial_seasonals, "beginseizoensfactoren"))
        if len(given) != length:
            raise SalesbookError(
                f"beginseizoensfactoren moet {length} waarden hebben, één per seizoen (kreeg {len(given)})"
            )
        if not additive and any(s <= 0 for s in given):
            raise SalesbookError("beginseizoensfactoren moeten bij het multiplicatieve model groter zijn dan 0")
    if initial_level is None or initial_trend is None or initial_seasonals is None:
        _two_seasons(values, length, "Holt-Winters zonder beginwaarden")
        level0, trend0, seasons0 = _initial_states(values, length, additive)
    level = validation.number(initial_level, "beginniveau") if initial_level is not None else level0
    trend = validation.number(initial_trend, "begintrend") if initial_trend is not None else trend0
    seasons = given if initial_seasonals is not None else seasons0
    return _WintersSetup(values, index, length, additive, h, level, trend, tuple(seasons))


def _winters_path(setup: _WintersSetup, a: float, b: float, g: float):
    """The recursion of :func:`holt_winters` for checked α, β, γ: fitted, forecast and states."""
    values, index, length, additive = setup.values, setup.index, setup.length, setup.additive
    level, trend, seasons = setup.level, setup.trend, list(setup.seasons)
    fitted, levels, trends, factors = [], [], [], []
    for t, value in enumerate(values):
        s_old = seasons[t]                       # s_{t−L}: this season's factor one cycle ago
        if additive:
            fitted.append(level + trend + s_old)
            new_level = a * (value - s_old) + (1 - a) * (level + trend)
        else:
            fitted.append((level + trend) * s_old)
            new_level = a * value / s_old + (1 - a) * (level + trend)
        trend = b * (new_level - level) + (1 - b) * trend
        level = new_level
        if additive:
            s_new = g * (value - level) + (1 - g) * s_old
        else:
            if level == 0:
                raise SalesbookError(f"het niveau wordt 0 in {_period_label(index, t)}; kies andere parameters "
                                     "of het additieve model")
            s_new = g * value / level + (1 - g) * s_old
        seasons.append(s_new)
        levels.append(level)
        trends.append(trend)
        factors.append(s_new)
    latest = seasons[-length:]                   # the most recent estimate of every season
    forecast = []
    for step in range(1, setup.horizon + 1):
        factor = latest[(step - 1) % length]
        base = level + step * trend
        forecast.append(base + factor if additive else base * factor)
    return fitted, forecast, levels, trends, factors


def _winters_fits(y, horizon: int = 1, *, season_length: int, seasonal: str = "multiplicative", **initial):
    """For :func:`salesbook.forecasting.grid_search`: a function (α, β, γ) → (fitted, forecast)
    of one series, giving exactly the numbers of :func:`holt_winters` without building a result
    table per combination (the series is checked and the initial states computed once)."""
    setup = _winters_setup(y, season_length, seasonal, horizon, **initial)

    def fit(alpha, beta, gamma):
        a, b, g = _smoothing(alpha, ALPHA), _smoothing(beta, BETA), _smoothing(gamma, GAMMA)
        fitted, forecast, *_ = _winters_path(setup, a, b, g)
        return fitted, forecast

    return fit


# --- trend line -----------------------------------------------------------------------------

def linear_trend(y: Sequence[float] | pd.Series) -> tuple[float, float]:
    """The least-squares trend line ŷ_t = a + b·t with t = 1 … n; returns (a, b).

    b = Σ (t − t̄)(y_t − ȳ) / Σ (t − t̄)²  and  a = ȳ − b·t̄.

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (salesprognose).

    >>> linear_trend([10, 12, 11, 13, 14])     # t̄ = 3, ȳ = 12; b = 9/10; a = 12 − 0.9·3
    (9.3, 0.9)
    """
    values, _ = _series(y, min_length=2)
    n = len(values)
    t_mean = (n + 1) / 2
    y_mean = sum(values) / n
    numerator = sum((t - t_mean) * (v - y_mean) for t, v in enumerate(values, start=1))
    denominator = sum((t - t_mean) ** 2 for t in range(1, n + 1))
    slope = numerator / denominator
    return y_mean - slope * t_mean, slope


def linear_trend_forecast(
    y: Sequence[float] | pd.Series, *, horizon: int = 1, season_length: int | None = None
) -> ForecastResult:
    """Forecast with the least-squares trend line, optionally times seasonal indices.

    Without ``season_length``: F_t = a + b·t with (a, b) = :func:`linear_trend` (y).
    With ``season_length`` = L (the classical decomposition): first the seasonal indices S
    (:func:`seasonal_indices`), then the trend of the deseasonalised series y_t / S_{s(t)}, and
    F_t = (a + b·t)·S_{s(t)}.

    Note: ``fitted`` holds the values of the trend line in the observed periods (the line is
    estimated on all of them), not true one-step-ahead forecasts. Judge this method on a
    holdout (:func:`holdout_comparison`).

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (salesprognose).

    >>> linear_trend_forecast([10, 12, 11, 13, 14], horizon=2).forecast.tolist()   # 9.3 + 0.9·6, ·7
    [14.7, 15.6]
    """
    values, index = _series(y, min_length=2)
    h = _horizon(horizon)
    n = len(values)
    if season_length is None:
        factors = [1.0] * (n + h)
        label = "lineaire trend"
    else:
        length = _season_length(season_length)
        indices = seasonal_indices(values, length).tolist()
        factors = [indices[t % length] for t in range(n + h)]
        label = "lineaire trend × seizoensindex"
    deseasonalised = [v / f for v, f in zip(values, factors)]
    a, b = linear_trend(deseasonalised)
    line = [a + b * t for t in range(1, n + h + 1)]
    fitted = [line[t] * factors[t] for t in range(n)]
    forecast = [line[t] * factors[t] for t in range(n, n + h)]
    params = {"intercept": a, "slope": b}
    if season_length is not None:
        params["season_length"] = length
    return _result(label, values, index, fitted, forecast,
                   {"trendlijn": line[:n], "seizoen": factors[:n]}, params)
