"""The forecasting methods of chapter 4 (Salesprognose), each the plain recursion a student can follow.

* :func:`moving_average` and :func:`weighted_moving_average` — the mean of the last periods;
* :func:`exponential_smoothing` — simple exponential smoothing (level only);
* :func:`holt` — Holt's linear trend method (level and trend);
* :func:`forecast_errors` — bias, MAD, MSE and MAPE of a forecast (error = actual − forecast);

Trend and season (seasonal indices, Holt-Winters, the trend line) are in
:mod:`salesbook.forecast_seasonal`, built on the result type and the checks defined here.

Every smoother returns a :class:`ForecastResult` with ``.fitted`` — the one-step-ahead forecast
of every period, aligned with the input, NaN where there is none — and ``.forecast`` — the next
``horizon`` periods. Both are pandas Series. When the input is a Series with a DatetimeIndex or
PeriodIndex of regular frequency (or an integer index with a constant step, such as years), the
forecast continues that index; otherwise the index is the integer position 0, 1, 2, …

The DESIGN.md contract names these under :mod:`salesbook.forecasting`, which re-exports them.
All smoothing constants are fractions in (0, 1]. Invalid input raises :class:`SalesbookError`
with a Dutch message.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
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

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (salesprognose).

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (salesprognose).

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (exponentiële afvlakking); Brown, Statistical
      Forecasting for Inventory Control (1959); NIST/SEMATECH e-Handbook, § 6.4.3.

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (trend); Holt, 'Forecasting seasonals and trends
      by exponentially weighted moving averages' (1957); NIST/SEMATECH e-Handbook, § 6.4.3.3.

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (prognosefouten: bias, MAD, MSE, MAPE).

    >>> e = forecast_errors([100, 110, 120], [float("nan"), 100, 125])
    >>> e["bias"], e["mad"], e["mse"], round(e["mape"], 4)    # errors 10 and −5
    (2.5, 7.5, 62.5, 6.6288)
    """
    ys, _ = _series(actual, "werkelijke waarden")
    return _errors(ys, forecast)


def _errors(ys: list[float], forecast: object) -> dict[str, float]:
    """:func:`forecast_errors` for actual values that are already checked floats (a grid search
    checks its series once, not once per combination it tries)."""
    if isinstance(forecast, pd.DataFrame) or isinstance(forecast, (str, bytes)) or not hasattr(forecast, "__iter__"):
        raise SalesbookError(f"prognose moet een reeks getallen zijn (kreeg {forecast!r})")
    raw = list(forecast.tolist() if hasattr(forecast, "tolist") else forecast)   # Series, numpy: plain floats
    if len(raw) != len(ys):
        raise SalesbookError(
            f"werkelijke waarden en prognose moeten even lang zijn (kreeg {len(ys)} en {len(raw)})"
        )
    errors, percents = [], []
    for i, (y, f) in enumerate(zip(ys, raw)):
        if type(f) is not float or math.isinf(f):     # a plain float is already a number
            f = f.item() if hasattr(f, "item") and not isinstance(f, (str, bytes)) else f
            if f is None or f is pd.NA or (isinstance(f, float) and math.isnan(f)):
                continue                               # no forecast for this period
            f = validation.number(f, f"prognose in periode {i + 1}")
        elif f != f:
            continue                                   # NaN: no forecast for this period
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
