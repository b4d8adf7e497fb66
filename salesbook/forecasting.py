"""Sales forecasting (hoofdstuk 4, Salesprognose): time-series methods and their accuracy.

The smoothers, each written as the plain recursion a student can follow line by line:

* :func:`moving_average` and :func:`weighted_moving_average` — the mean of the last periods;
* :func:`exponential_smoothing` — simple exponential smoothing (level only);
* :func:`holt` — Holt's linear trend method (level and trend);
* :func:`holt_winters` — Winters' method (level, trend and season), multiplicative or additive;
* :func:`linear_trend_forecast` — a least-squares trend line, optionally times seasonal indices.

Every smoother returns a :class:`ForecastResult` with ``.fitted`` — the one-step-ahead forecast
of every period, aligned with the input, NaN where there is none — and ``.forecast`` — the next
``horizon`` periods. Both are pandas Series. When the input is a Series with a DatetimeIndex or
PeriodIndex of regular frequency (or an integer index with a constant step, such as years), the
forecast continues that index; otherwise the index is the integer position 0, 1, 2, …

Around them:

* :func:`seasonal_indices` and :func:`linear_trend` — the building blocks of the classical
  decomposition;
* :func:`forecast_errors` — bias, MAD, MSE and MAPE of a forecast (error = actual − forecast);
* :func:`holdout_forecasts` / :func:`holdout_comparison` — fit on all but the last periods,
  forecast those, and compare the methods on the error measures;
* :func:`grid_search` — choose α (β, γ) by the smallest error;
* :func:`sales_series` — one monthly revenue series from the case data ``verkoophistorie``.

All smoothing constants are fractions in (0, 1]. Invalid input raises :class:`SalesbookError`
with a Dutch message.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from numbers import Real
from typing import Any

import pandas as pd

from salesbook import validation
from salesbook.errors import SalesbookError

SERIES = "reeks"
ALPHA, BETA, GAMMA = "α (alfa)", "β (bèta)", "γ (gamma)"
HORIZON = "horizon (aantal perioden vooruit)"
SEASON_LENGTH = "seizoenslengte"
SEASONAL_KINDS = ("multiplicative", "additive")
METRICS = ("mse", "mad", "mape")
ERROR_MEASURES = ("bias", "mad", "mse", "mape")

nan = float("nan")


# --- the result -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ForecastResult:
    """What every smoother returns.

    * ``fitted`` — the one-step-ahead forecast of every observed period, aligned with the input
      (NaN where the method has no forecast yet);
    * ``forecast`` — the forecasts for the next ``horizon`` periods;
    * ``actual`` — the input series as a pandas Series (same index as ``fitted``);
    * ``states`` — the smoothed components after each period (columns such as ``niveau``,
      ``trend``, ``seizoen``), so the recursion can be read back as a table;
    * ``params`` — the smoothing constants and initial states that were used;
    * ``method`` — a Dutch description for tables and charts.
    """

    method: str
    fitted: pd.Series
    forecast: pd.Series
    actual: pd.Series
    states: pd.DataFrame
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def residuals(self) -> pd.Series:
        """Actual minus fitted (NaN where there is no forecast)."""
        return (self.actual - self.fitted).rename("fout")

    def errors(self) -> dict[str, float]:
        """:func:`forecast_errors` of the one-step-ahead forecasts."""
        return forecast_errors(self.actual, self.fitted)


# --- validation -----------------------------------------------------------------------------

def _period_label(index: pd.Index | None, position: int) -> str:
    """'periode 5' or, for a date index, 'periode 5 (2017-05)'."""
    text = f"periode {position + 1}"
    if index is not None and isinstance(index, (pd.DatetimeIndex, pd.PeriodIndex)):
        stamp = index[position]
        text += f" ({stamp.strftime('%Y-%m-%d') if isinstance(index, pd.DatetimeIndex) else stamp})"
    return text


def _series(y: object, name: str = SERIES, *, min_length: int = 1) -> tuple[list[float], pd.Index]:
    """The values of a series as floats and the index to use for the output.

    Accepts a list, tuple, numpy array or pandas Series; refuses a table, text, a missing value
    (NaN) or anything that is not a number, naming the period.
    """
    if isinstance(y, pd.DataFrame):
        raise SalesbookError(
            f"{name} moet één kolom getallen zijn (kreeg een tabel met {y.shape[1]} kolommen); "
            "kies één kolom, bijvoorbeeld df['omzet']"
        )
    if isinstance(y, (str, bytes, Mapping)) or not hasattr(y, "__iter__"):
        raise SalesbookError(f"{name} moet een reeks getallen zijn (kreeg {y!r})")
    index = y.index if isinstance(y, pd.Series) else None
    items = list(y.tolist() if isinstance(y, pd.Series) else y)
    values = []
    for i, raw in enumerate(items):
        item = raw.item() if hasattr(raw, "item") and not isinstance(raw, (str, bytes)) else raw
        if item is None or item is pd.NA or item is pd.NaT or (isinstance(item, float) and math.isnan(item)):
            raise SalesbookError(
                f"{name} mist een waarde in {_period_label(index, i)} (leeg of NaN); "
                "vul de ontbrekende waarde aan of laat die periode weg"
            )
        if isinstance(item, bool) or not isinstance(item, Real):
            raise SalesbookError(f"{name} bevat geen getal in {_period_label(index, i)} (kreeg {item!r})")
        value = float(item)
        if math.isinf(value):
            raise SalesbookError(f"{name} bevat een oneindige waarde in {_period_label(index, i)}")
        values.append(value)
    if len(values) < min_length:
        raise SalesbookError(f"{name} moet minstens {min_length} waarde(n) bevatten (kreeg {len(values)})")
    return values, (index if index is not None else pd.RangeIndex(len(values)))


def _smoothing(value: object, name: str) -> float:
    """A smoothing constant in (0, 1]."""
    return validation.fraction(value, name, allow_zero=False)


def _horizon(value: object) -> int:
    return validation.count(value, HORIZON, minimum=1, maximum=validation.MAX_HORIZON)


def _future_index(index: pd.Index, horizon: int) -> pd.Index:
    """The index of the ``horizon`` periods after ``index``: dates or periods continue at their
    frequency, an integer index with a constant step continues with that step, anything else
    gets the integer positions n, n+1, …"""
    n = len(index)
    if isinstance(index, pd.PeriodIndex) and n >= 1:
        expected = pd.period_range(index[0], periods=n, freq=index.freq)
        if index.equals(expected):
            return pd.period_range(index[-1] + 1, periods=horizon, freq=index.freq)
    if isinstance(index, pd.DatetimeIndex) and n >= 3:
        freq = index.freq or _inferred_freq(index)
        if freq is not None:
            return pd.date_range(index[-1], periods=horizon + 1, freq=freq)[1:]
    if pd.api.types.is_integer_dtype(index.dtype) and n >= 2:
        steps = {int(b) - int(a) for a, b in zip(index[:-1], index[1:])}
        if len(steps) == 1 and (step := steps.pop()) > 0:
            last = int(index[-1])
            return pd.Index([last + step * h for h in range(1, horizon + 1)])
    return pd.RangeIndex(n, n + horizon)


def _inferred_freq(index: pd.DatetimeIndex):
    """The regular frequency of a date index (an offset such as month start), or None."""
    if len(index) < 3:
        return None
    try:
        return pd.DatetimeIndex(index, freq="infer").freq
    except (TypeError, ValueError):
        return None


def _result(method: str, values: list[float], index: pd.Index, fitted: list[float], forecast: list[float],
            states: Mapping[str, list[float]], params: dict[str, Any]) -> ForecastResult:
    return ForecastResult(
        method=method,
        fitted=pd.Series(fitted, index=index, dtype="float64", name="prognose"),
        forecast=pd.Series(forecast, index=_future_index(index, len(forecast)), dtype="float64", name="prognose"),
        actual=pd.Series(values, index=index, dtype="float64", name="werkelijk"),
        states=pd.DataFrame({k: list(v) for k, v in states.items()}, index=index, dtype="float64"),
        params=params,
    )


def _num(value: float) -> str:
    """A parameter in a Dutch method label: 0.3 → 0,3."""
    return f"{value:g}".replace(".", ",")


# --- moving averages ------------------------------------------------------------------------

def moving_average(y: Sequence[float] | pd.Series, window: int, *, horizon: int = 1) -> ForecastResult:
    """Moving average: the forecast is the mean of the last ``window`` observations.

    F_{t+1} = (y_t + y_{t−1} + … + y_{t−k+1}) / k, with k = ``window``.

    The first k periods have no forecast (NaN). Every future period gets the same forecast,
    the mean of the last k observations: a moving average does not see a trend or a season.
    ``window`` is a whole number from 1 up to the length of the series.

    >>> r = moving_average([10, 12, 11, 13, 14], 3, horizon=2)
    >>> r.fitted.tolist()          # (10 + 12 + 11)/3 = 11; (12 + 11 + 13)/3 = 12
    [nan, nan, nan, 11.0, 12.0]
    >>> r.forecast.tolist()        # (11 + 13 + 14)/3, for every future period
    [12.666666666666666, 12.666666666666666]
    """
    values, index = _series(y)
    k = validation.count(window, "venster (aantal perioden)", minimum=1)
    if k > len(values):
        raise SalesbookError(
            f"venster (aantal perioden) mag niet langer zijn dan de reeks: hoogstens {len(values)} (kreeg {k})"
        )
    h = _horizon(horizon)
    fitted = [nan] * len(values)
    for t in range(k, len(values)):
        fitted[t] = sum(values[t - k:t]) / k
    last = sum(values[-k:]) / k
    averages = [nan] * (k - 1) + [sum(values[t - k + 1:t + 1]) / k for t in range(k - 1, len(values))]
    return _result(f"voortschrijdend gemiddelde ({k} perioden)", values, index, fitted, [last] * h,
                   {"gemiddelde": averages}, {"window": k})


def weighted_moving_average(
    y: Sequence[float] | pd.Series, weights: Sequence[float], *, horizon: int = 1
) -> ForecastResult:
    """Weighted moving average: recent periods count more.

    F_{t+1} = (w_1·y_{t−k+1} + … + w_k·y_t) / (w_1 + … + w_k), with k = len(``weights``).

    The weights are ordered like the data, **oldest first**: the last weight belongs to the
    most recent period. They are divided by their sum, so (1, 2, 3) means 1/6, 2/6 and 3/6.
    Weights may not be negative and at least one must be positive.

    >>> r = weighted_moving_average([10, 12, 11, 13, 14], [0.2, 0.3, 0.5])
    >>> round(float(r.fitted.iloc[3]), 2)    # 0.2·10 + 0.3·12 + 0.5·11
    11.1
    >>> round(float(r.forecast.iloc[0]), 2)  # 0.2·11 + 0.3·13 + 0.5·14
    13.1
    """
    values, index = _series(y)
    w = validation.numbers(weights, "gewichten")
    for i, wi in enumerate(w):
        if wi < 0:
            raise SalesbookError(f"gewichten[{i}] mag niet negatief zijn (kreeg {wi:g})")
    total = sum(w)
    if total <= 0:
        raise SalesbookError("gewichten: minstens één gewicht moet groter zijn dan 0 (kreeg alleen nullen)")
    k = len(w)
    if k > len(values):
        raise SalesbookError(
            f"het aantal gewichten mag niet groter zijn dan de lengte van de reeks: hoogstens {len(values)} (kreeg {k})"
        )
    h = _horizon(horizon)

    def weighted(window: list[float]) -> float:
        return sum(wi * yi for wi, yi in zip(w, window)) / total

    fitted = [nan] * len(values)
    for t in range(k, len(values)):
        fitted[t] = weighted(values[t - k:t])
    averages = [nan] * (k - 1) + [weighted(values[t - k + 1:t + 1]) for t in range(k - 1, len(values))]
    label = "gewogen voortschrijdend gemiddelde (gewichten " + " : ".join(_num(x) for x in w) + ")"
    return _result(label, values, index, fitted, [weighted(values[-k:])] * h,
                   {"gemiddelde": averages}, {"weights": tuple(x / total for x in w)})


# --- exponential smoothing ------------------------------------------------------------------

def exponential_smoothing(
    y: Sequence[float] | pd.Series, alpha: float, *, horizon: int = 1, initial_level: float | None = None
) -> ForecastResult:
    """Simple exponential smoothing: a level that learns a fraction α from every new error.

    l_t = α·y_t + (1 − α)·l_{t−1}  (= l_{t−1} + α·(y_t − l_{t−1}));  forecast F_{t+1} = l_t.

    * Without ``initial_level`` the level starts at the first observation, l_1 = y_1: the first
      period has no forecast (NaN) and the forecast for period 2 is y_1.
    * With ``initial_level`` = l_0 the recursion starts before the data: the forecast for
      period 1 is l_0.

    Every future period gets the same forecast l_n. α lies in (0, 1]: a large α follows the
    latest observations, a small α smooths more.

    >>> r = exponential_smoothing([10, 12, 11, 13, 14], 0.5)
    >>> r.fitted.tolist()          # l1 = 10; l2 = 0.5·12 + 0.5·10 = 11; l3 = 11; l4 = 12
    [nan, 10.0, 11.0, 11.0, 12.0]
    >>> r.forecast.tolist()        # l5 = 0.5·14 + 0.5·12
    [13.0]
    """
    values, index = _series(y)
    a = _smoothing(alpha, ALPHA)
    h = _horizon(horizon)
    if initial_level is None:
        level = values[0]
        fitted, levels, rest = [nan], [level], values[1:]
    else:
        level = validation.number(initial_level, "beginniveau")
        fitted, levels, rest = [], [], values
    for value in rest:
        fitted.append(level)                       # the forecast for this period
        level = a * value + (1 - a) * level        # learn from the new observation
        levels.append(level)
    params = {"alpha": a, "initial_level": values[0] if initial_level is None else float(initial_level)}
    return _result(f"exponentiële afvlakking (α = {_num(a)})", values, index, fitted, [level] * h,
                   {"niveau": levels}, params)


def holt(
    y: Sequence[float] | pd.Series,
    alpha: float,
    beta: float,
    *,
    horizon: int = 1,
    initial_level: float | None = None,
    initial_trend: float | None = None,
) -> ForecastResult:
    """Holt's method (double exponential smoothing): a level and a trend, each smoothed.

    l_t = α·y_t + (1 − α)·(l_{t−1} + b_{t−1})
    b_t = β·(l_t − l_{t−1}) + (1 − β)·b_{t−1}
    forecast F_{t+1} = l_t + b_t, and h periods ahead F_{n+h} = l_n + h·b_n.

    Defaults for the initial states: l_0 = y_1 and b_0 = y_2 − y_1 (a series of at least two
    values is then needed). The recursion runs over **every** observation from (l_0, b_0), so the
    forecast for period 1 is l_0 + b_0. α and β lie in (0, 1].

    >>> r = holt([10, 12, 11, 13, 14], 0.5, 0.5, horizon=2)
    >>> r.fitted.tolist()          # l0 = 10, b0 = 2: 12; l1 = 11, b1 = 1.5: 12.5; …
    [12.0, 12.5, 13.625, 13.03125, 13.7265625]
    >>> r.forecast.tolist()        # l5 + b5 and l5 + 2·b5
    [14.642578125, 15.421875]
    """
    needs_two = initial_level is None or initial_trend is None
    values, index = _series(y, min_length=2 if needs_two else 1)
    a, b = _smoothing(alpha, ALPHA), _smoothing(beta, BETA)
    h = _horizon(horizon)
    level = values[0] if initial_level is None else validation.number(initial_level, "beginniveau")
    trend = values[1] - values[0] if initial_trend is None else validation.number(initial_trend, "begintrend")
    params = {"alpha": a, "beta": b, "initial_level": level, "initial_trend": trend}
    fitted, levels, trends = [], [], []
    for value in values:
        fitted.append(level + trend)                                 # the forecast for this period
        new_level = a * value + (1 - a) * (level + trend)
        trend = b * (new_level - level) + (1 - b) * trend
        level = new_level
        levels.append(level)
        trends.append(trend)
    forecast = [level + step * trend for step in range(1, h + 1)]
    return _result(f"Holt (α = {_num(a)}, β = {_num(b)})", values, index, fitted, forecast,
                   {"niveau": levels, "trend": trends}, params)


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

    >>> y = [8, 12, 9, 13, 10, 14]
    >>> r = holt_winters(y, 2, 0.5, 0.5, 0.5, initial_level=10, initial_trend=0.5,
    ...                  initial_seasonals=[0.8, 1.2], horizon=2)
    >>> float(r.fitted.iloc[0])    # (l0 + b0)·s_{1−L} = (10 + 0.5)·0.8
    8.4
    >>> [round(v, 3) for v in r.forecast]
    [10.379, 15.12]
    """
    kind = validation.choice(seasonal, "seasonal (soort seizoen)", SEASONAL_KINDS)
    additive = kind == "additive"
    length = _season_length(season_length)
    values, index = _series(y)
    a, b, g = _smoothing(alpha, ALPHA), _smoothing(beta, BETA), _smoothing(gamma, GAMMA)
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
    params = {"alpha": a, "beta": b, "gamma": g, "season_length": length, "seasonal": kind,
              "initial_level": level, "initial_trend": trend, "initial_seasonals": tuple(seasons)}

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
    for step in range(1, h + 1):
        factor = latest[(step - 1) % length]
        base = level + step * trend
        forecast.append(base + factor if additive else base * factor)
    label = "Holt-Winters " + ("additief" if additive else "multiplicatief")
    label += f" (α = {_num(a)}, β = {_num(b)}, γ = {_num(g)})"
    return _result(label, values, index, fitted, forecast,
                   {"niveau": levels, "trend": trends, "seizoen": factors}, params)


# --- trend line -----------------------------------------------------------------------------

def linear_trend(y: Sequence[float] | pd.Series) -> tuple[float, float]:
    """The least-squares trend line ŷ_t = a + b·t with t = 1 … n; returns (a, b).

    b = Σ (t − t̄)(y_t − ȳ) / Σ (t − t̄)²  and  a = ȳ − b·t̄.

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


# --- accuracy -------------------------------------------------------------------------------

def forecast_errors(actual: Sequence[float] | pd.Series, forecast: Sequence[float] | pd.Series) -> dict[str, float]:
    """Error measures of a forecast, with error e_t = actual − forecast.

    * bias = (1/n)·Σ e_t — positive: the forecast was too low on average;
    * MAD = (1/n)·Σ |e_t| — mean absolute deviation, in the unit of the series;
    * MSE = (1/n)·Σ e_t² — mean squared error, punishes large misses;
    * MAPE = (100/n)·Σ |e_t| / |y_t| — mean absolute percentage error, **in %** (12.5 = 12,5%).

    Periods without a forecast (NaN) are left out, and n counts the periods that are left.
    The two series are matched by position and must have the same length. MAPE is NaN when an
    actual value is 0 (a percentage of 0 does not exist).

    >>> e = forecast_errors([100, 110, 120], [float("nan"), 100, 125])
    >>> e["bias"], e["mad"], e["mse"], round(e["mape"], 4)    # errors 10 and −5
    (2.5, 7.5, 62.5, 6.6288)
    """
    ys, _ = _series(actual, "werkelijke waarden")
    if isinstance(forecast, pd.DataFrame) or isinstance(forecast, (str, bytes)) or not hasattr(forecast, "__iter__"):
        raise SalesbookError(f"prognose moet een reeks getallen zijn (kreeg {forecast!r})")
    raw = list(forecast.tolist() if isinstance(forecast, pd.Series) else forecast)
    if len(raw) != len(ys):
        raise SalesbookError(
            f"werkelijke waarden en prognose moeten even lang zijn (kreeg {len(ys)} en {len(raw)})"
        )
    errors, percents = [], []
    for i, (y, f) in enumerate(zip(ys, raw)):
        f = f.item() if hasattr(f, "item") and not isinstance(f, (str, bytes)) else f
        if f is None or f is pd.NA or (isinstance(f, float) and math.isnan(f)):
            continue                                   # no forecast for this period
        f = validation.number(f, f"prognose in periode {i + 1}")
        e = y - f
        errors.append(e)
        percents.append(abs(e) / abs(y) * 100 if y != 0 else nan)
    if not errors:
        raise SalesbookError("geen enkele periode heeft een prognose; er valt geen fout te berekenen")
    n = len(errors)
    return {
        "bias": sum(errors) / n,
        "mad": sum(abs(e) for e in errors) / n,
        "mse": sum(e * e for e in errors) / n,
        "mape": sum(percents) / n,
    }


Method = Callable[..., ForecastResult] | tuple[Callable[..., ForecastResult], Mapping[str, Any]]


def _call(method: Method, label: str, y: pd.Series, horizon: int) -> ForecastResult:
    """Run one method of a comparison: a callable f(y, horizon=h) or a pair (function, kwargs)."""
    if isinstance(method, tuple) and len(method) == 2 and callable(method[0]) and isinstance(method[1], Mapping):
        function, kwargs = method
        return function(y, **dict(kwargs), horizon=horizon)
    if callable(method):
        return method(y, horizon=horizon)
    raise SalesbookError(
        f"methode '{label}' moet een functie zijn of een paar (functie, instellingen), "
        f"bijvoorbeeld (exponential_smoothing, {{'alpha': 0.3}}) (kreeg {method!r})"
    )


def _holdout(value: object, n: int) -> int:
    k = validation.count(value, "holdout (aantal perioden)", minimum=1)
    if k >= n:
        raise SalesbookError(
            f"holdout (aantal perioden) moet kleiner zijn dan de lengte van de reeks, {n}: er moeten perioden "
            f"overblijven om het model op te schatten (kreeg {k})"
        )
    return k


def _methods(methods: object) -> Mapping[str, Method]:
    if not isinstance(methods, Mapping) or not methods:
        raise SalesbookError("methoden moet een woordenboek zijn van naam naar methode, met minstens één methode")
    return methods


def holdout_forecasts(y: Sequence[float] | pd.Series, methods: Mapping[str, Method], holdout: int) -> pd.DataFrame:
    """The forecasts of every method for the last ``holdout`` periods, fitted on the periods before.

    ``methods`` maps a name to a callable ``f(y, horizon=h)`` (e.g. ``functools.partial``) or to a
    pair ``(function, kwargs)`` such as ``(exponential_smoothing, {"alpha": 0.3})``. The result
    has a column ``werkelijk`` with the held-out actuals and one column per method, indexed like
    the held-out part of ``y``.

    >>> f = holdout_forecasts([10, 12, 11, 13, 14], {"gem. 2": (moving_average, {"window": 2})}, 2)
    >>> f["gem. 2"].tolist()                  # trained on 10, 12, 11: (12 + 11)/2 twice
    [11.5, 11.5]
    """
    values, index = _series(y)
    k = _holdout(holdout, len(values))
    series = pd.Series(values, index=index, dtype="float64")
    train, test = series.iloc[:-k], series.iloc[-k:]
    table = pd.DataFrame({"werkelijk": test})
    for label, method in _methods(methods).items():
        result = _call(method, label, train, k)
        table[label] = result.forecast.to_numpy()
    return table


def holdout_comparison(y: Sequence[float] | pd.Series, methods: Mapping[str, Method], holdout: int) -> pd.DataFrame:
    """Compare methods on a holdout: fit on all but the last ``holdout`` periods, forecast those.

    For every method the error measures of :func:`forecast_errors` on the held-out periods
    (columns ``bias``, ``mad``, ``mse``, ``mape``), one row per method in the order given.
    ``methods`` as in :func:`holdout_forecasts`.

    Trained on 10, 12, 11: the mean of the last two is 11.5 (errors 1.5 and 2.5); the trend line
    is 10 + 0.5·t, so 12 and 12.5 for t = 4, 5 (errors 1 and 1.5).

    >>> t = holdout_comparison([10, 12, 11, 13, 14], {"gem. 2": (moving_average, {"window": 2}),
    ...                                               "trend": linear_trend_forecast}, 2)
    >>> float(t.loc["gem. 2", "mad"]), round(float(t.loc["trend", "mad"]), 2)
    (2.0, 1.25)
    """
    forecasts = holdout_forecasts(y, methods, holdout)
    rows = {label: forecast_errors(forecasts["werkelijk"], forecasts[label]) for label in forecasts.columns[1:]}
    table = pd.DataFrame.from_dict(rows, orient="index", columns=list(ERROR_MEASURES))
    table.index.name = "methode"
    return table


@dataclass(frozen=True)
class GridSearchResult:
    """The outcome of :func:`grid_search`: the best parameters, their score, every tried
    combination (``table``, best first) and the method fitted on the whole series with the
    best parameters (``result``)."""

    best: dict[str, float]
    score: float
    metric: str
    table: pd.DataFrame
    result: ForecastResult


def grid_search(
    y: Sequence[float] | pd.Series,
    method: Callable[..., ForecastResult],
    grid: Mapping[str, Sequence[float]],
    *,
    metric: str = "mse",
    holdout: int | None = None,
    fixed: Mapping[str, Any] | None = None,
) -> GridSearchResult:
    """Try every combination of the values in ``grid`` and keep the one with the smallest error.

    ``grid`` maps parameter names of ``method`` to the values to try, e.g.
    ``{"alpha": [0.1, 0.2, …, 0.9]}`` for :func:`exponential_smoothing` or also ``"beta"`` and
    ``"gamma"``; ``fixed`` passes further arguments unchanged (e.g. ``{"season_length": 12}``).

    How the error is measured (``metric``: ``"mse"``, ``"mad"`` or ``"mape"``):

    * ``holdout=None`` (default): on the one-step-ahead forecasts (``fitted``) over the whole
      series; periods without a forecast are left out;
    * ``holdout=k``: fit on all but the last k periods and measure the forecasts of those k.

    On a tie the first combination in grid order wins. ``result`` is the method with the best
    parameters fitted on the whole series.

    >>> g = grid_search([10, 12, 11, 13, 14], exponential_smoothing, {"alpha": [0.2, 0.5, 0.8]})
    >>> g.best, round(g.score, 4)
    ({'alpha': 0.8}, 2.4469)
    """
    values, index = _series(y)
    series = pd.Series(values, index=index, dtype="float64")
    if not callable(method):
        raise SalesbookError(f"methode moet een functie zijn, bijvoorbeeld exponential_smoothing (kreeg {method!r})")
    measure = validation.choice(metric, "maatstaf", METRICS)
    if not isinstance(grid, Mapping) or not grid:
        raise SalesbookError("grid moet een woordenboek zijn van parameternaam naar een lijst waarden, "
                             "bijvoorbeeld {'alpha': [0.1, 0.2, 0.3]}")
    names = list(grid)
    options = []
    for name in names:
        tried = validation.numbers(grid[name], f"grid['{name}']")
        options.append(tried)
    extra = dict(fixed or {})
    k = None if holdout is None else _holdout(holdout, len(values))
    rows = []
    for combination in itertools.product(*options):
        params = dict(zip(names, combination))
        if k is None:
            score = forecast_errors(series, method(series, **params, **extra).fitted)[measure]
        else:
            train, test = series.iloc[:-k], series.iloc[-k:]
            score = forecast_errors(test, method(train, **params, **extra, horizon=k).forecast.to_numpy())[measure]
        rows.append({**params, measure: score})
    table = pd.DataFrame(rows)
    ranked = table.sort_values(measure, kind="stable", na_position="last").reset_index(drop=True)
    best = {name: float(ranked.loc[0, name]) for name in names}
    result = method(series, **best, **extra)
    return GridSearchResult(best=best, score=float(ranked.loc[0, measure]), metric=measure, table=ranked,
                            result=result)


# --- the case data --------------------------------------------------------------------------

def sales_series(history: pd.DataFrame, *, land: str | None = None, productgroep: str | None = None) -> pd.Series:
    """Monthly revenue from the data set ``verkoophistorie``: the sum of ``omzet`` per ``maand``.

    ``land`` and ``productgroep`` select one country or product group (None = all together). The
    result is indexed by month (a DatetimeIndex with monthly frequency), so forecasts continue
    with the next months.

    >>> import pandas as pd
    >>> h = pd.DataFrame({"maand": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-02-01"]),
    ...                   "land": ["NL", "BE", "NL"], "productgroep": ["A", "A", "A"], "omzet": [5.0, 2.0, 6.0]})
    >>> sales_series(h).tolist(), sales_series(h, land="NL").tolist()
    ([7.0, 6.0], [5.0, 6.0])
    """
    validation.table(history, "de verkoophistorie", {"maand": None, "land": None, "productgroep": None,
                                                      "omzet": "getal"}, min_rows=0)
    rows = history
    for column, wanted in (("land", land), ("productgroep", productgroep)):
        if wanted is not None:
            known = sorted(str(v) for v in history[column].unique())
            validation.choice(wanted, column, known)
            rows = rows[rows[column] == wanted]
    series = rows.groupby("maand")["omzet"].sum().sort_index().astype("float64")
    index = pd.DatetimeIndex(series.index, name="maand")
    freq = _inferred_freq(index)
    if freq is not None:
        index = pd.DatetimeIndex(index, freq=freq, name="maand")
    return pd.Series(series.to_numpy(), index=index, name="omzet")
