"""Sales forecasting (hoofdstuk 4, Salesprognose): the methods, their accuracy and the choice between them.

The methods themselves (moving averages, exponential smoothing, Holt, Holt-Winters, seasonal
indices, the trend line, the error measures of :func:`forecast_errors`) live in :mod:`salesbook.forecast_methods` and :mod:`salesbook.forecast_seasonal` and are
re-exported here, as
the DESIGN.md contract names them under ``salesbook.forecasting``. Defined here:

* :func:`holdout_forecasts` / :func:`holdout_comparison` — fit on all but the last periods,
  forecast those, and compare the methods on the error measures;
* :func:`grid_search` — choose α (β, γ) by the smallest error;
* :func:`sales_series` — one monthly revenue series from a sales history shaped like the case
  data ``verkoophistorie``.

Invalid input raises :class:`SalesbookError` with a Dutch message.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from salesbook import validation
from salesbook.errors import SalesbookError
from salesbook.forecast_methods import (  # noqa: F401  (re-exports: the contract names them here)
    ERROR_MEASURES, HORIZON, METRICS, SEASON_LENGTH, SEASONAL_KINDS, SERIES, ForecastResult, _errors, _inferred_freq,
    _series, exponential_smoothing, forecast_errors, holt, moving_average, weighted_moving_average,
)
from salesbook.forecast_seasonal import (  # noqa: F401  (re-exports: the contract names them here)
    holt_winters, linear_trend, linear_trend_forecast, seasonal_indices, _winters_fits,
)

# --- choosing a method on a holdout ------------------------------------------------------------

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H4; the pack's own holdout test of the methods.

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H4; the pack's own holdout test of the methods.

    >>> t = holdout_comparison([10, 12, 11, 13, 14], {"gem. 2": (moving_average, {"window": 2}),
    ...                                               "trend": linear_trend_forecast}, 2)
    >>> float(t.loc["gem. 2", "mad"]), round(float(t.loc["trend", "mad"]), 2)
    (2.0, 1.25)
    """
    return holdout_errors(holdout_forecasts(y, methods, holdout))


def holdout_errors(forecasts: pd.DataFrame) -> pd.DataFrame:
    """The error measures per method of a table from :func:`holdout_forecasts` (the same table as
    :func:`holdout_comparison`, for a caller that shows the forecasts as well and fits once).

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (prognosefouten); the pack's own holdout test.

    >>> f = holdout_forecasts([10, 12, 11, 13, 14], {"gem. 2": (moving_average, {"window": 2})}, 2)
    >>> float(holdout_errors(f).loc["gem. 2", "mad"])        # errors 13 − 11,5 and 14 − 11,5
    2.0
    """
    if not isinstance(forecasts, pd.DataFrame) or "werkelijk" not in forecasts.columns:
        raise SalesbookError("prognoses moet de tabel van holdout_forecasts zijn, met de kolom 'werkelijk'")
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

    Source: Rustenburg & Steenbeek, Salesmanagement, H4; the pack's own search over the smoothing
      constants.

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
    train, test = (series, series) if k is None else (series.iloc[:-k], series.iloc[-k:])
    fit = _fast_fit(method, names, extra, train, 1 if k is None else k)
    for combination in itertools.product(*options):
        params = dict(zip(names, combination))
        if fit is not None:
            fitted, forecast = fit(**params, **{n: v for n, v in extra.items() if n in FAST_PARAMS})
        elif k is None:
            fitted = method(series, **params, **extra).fitted
        else:
            forecast = method(train, **params, **extra, horizon=k).forecast.to_numpy()
        score = _errors(values, fitted)[measure] if k is None else _errors(values[-k:], forecast)[measure]
        rows.append({**params, measure: score})
    table = pd.DataFrame(rows)
    ranked = table.sort_values(measure, kind="stable", na_position="last").reset_index(drop=True)
    best = {name: float(ranked.loc[0, name]) for name in names}
    result = method(series, **best, **extra)
    return GridSearchResult(best=best, score=float(ranked.loc[0, measure]), metric=measure, table=ranked,
                            result=result)


FAST_PARAMS = ("alpha", "beta", "gamma")


def _fast_fit(method, names, extra, train, horizon):
    """Holt-Winters over a grid of α, β, γ: a fit function that checks the series and computes the
    initial states once (the same numbers as calling the method per combination), else None."""
    if method is not holt_winters or "season_length" not in extra or not set(FAST_PARAMS) <= set(names) | set(extra):
        return None
    if not set(names) | set(extra) <= {*FAST_PARAMS, "season_length", "seasonal", "initial_level",
                                       "initial_trend", "initial_seasonals"}:
        return None     # an argument holt_winters does not know: let the plain call say so
    setup = {n: v for n, v in extra.items() if n not in FAST_PARAMS}
    return _winters_fits(train, horizon, **setup)


# --- the case data --------------------------------------------------------------------------

def sales_series(history: pd.DataFrame, *, land: str | None = None, productgroep: str | None = None) -> pd.Series:
    """Monthly revenue from the data set ``verkoophistorie``: the sum of ``omzet`` per ``maand``.

    ``land`` and ``productgroep`` select one country or product group (None = all together). The
    result is indexed by month (a DatetimeIndex with monthly frequency), so forecasts continue
    with the next months.

    Source: the pack's own helper: the case sales history as a monthly series (H4).

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

