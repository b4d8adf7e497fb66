"""Sales forecasting (hoofdstuk 4) as widgets, on the sales history of Noordstroom.

Every view takes all its state as arguments (so a test can call it over a grid of values) and
returns what to show: Markdown, a table and a figure. The ``…_widget()`` functions only wire
controls to a view. The numbers come from :mod:`salesbook.forecasting`.

* :func:`smoothing_view` / :func:`smoothing_widget` — one method with sliders for α, β, γ (or the
  window), its forecast for the holdout year and its error measures; a button *Kies automatisch*
  sets the sliders to the best values of a grid search;
* :func:`comparison_view` / :func:`comparison_widget` — all methods side by side on the holdout;
* :func:`auto_view` / :func:`auto_widget` — the grid search itself: which α (β, γ) is best?
* :func:`seasonal_view` / :func:`seasonal_widget` — the seasonal indices of a country or group.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import ipywidgets as w
import pandas as pd

from salesbook import case, charts
from salesbook import forecasting as fc
from salesbook import validation
from salesbook.errors import SalesbookError
from salesbook.formatting import euro, number
from salesbook.widgets import common

ALL_COUNTRIES = "Alle landen"
ALL_GROUPS = "Alle productgroepen"
SEASON = 12          # months in a year
HOLDOUT = 12         # the holdout: the last year of the history (2024)

METHODS = {
    "voortschrijdend": "Voortschrijdend gemiddelde",
    "exponentieel": "Exponentiële afvlakking",
    "holt": "Holt (niveau en trend)",
    "holt_winters": "Holt-Winters (niveau, trend en seizoen)",
    "trend_seizoen": "Lineaire trend × seizoensindex",
}
SHORT = {
    "voortschrijdend": "voortschrijdend gemiddelde",
    "exponentieel": "exponentiële afvlakking",
    "holt": "Holt",
    "holt_winters": "Holt-Winters",
    "trend_seizoen": "trend × seizoensindex",
}
PARAMETERS = {   # which controls a method uses
    "voortschrijdend": ("window",),
    "exponentieel": ("alpha",),
    "holt": ("alpha", "beta"),
    "holt_winters": ("alpha", "beta", "gamma"),
    "trend_seizoen": (),
}
FORMULAS = {
    "voortschrijdend": r"F_{t+1} = \frac{y_t + y_{t-1} + \dots + y_{t-k+1}}{k}",
    "exponentieel": r"\ell_t = \alpha\, y_t + (1-\alpha)\,\ell_{t-1} \qquad F_{t+1} = \ell_t",
    "holt": (r"\ell_t = \alpha\, y_t + (1-\alpha)(\ell_{t-1} + b_{t-1}) \qquad "
             r"b_t = \beta(\ell_t - \ell_{t-1}) + (1-\beta)\, b_{t-1} \qquad F_{t+h} = \ell_t + h\, b_t"),
    "holt_winters": (r"\ell_t = \alpha \frac{y_t}{s_{t-12}} + (1-\alpha)(\ell_{t-1} + b_{t-1}) \qquad "
                     r"b_t = \beta(\ell_t - \ell_{t-1}) + (1-\beta)\, b_{t-1} \qquad "
                     r"s_t = \gamma \frac{y_t}{\ell_t} + (1-\gamma)\, s_{t-12}"
                     r"\qquad F_{t+h} = (\ell_t + h\, b_t)\, s_{t+h-12}"),
    "trend_seizoen": r"F_t = (a + b\,t) \times S_{\text{maand}(t)}",
}
GRIDS = {        # what "Kies automatisch" tries: small enough to answer within a second
    "voortschrijdend": {"window": list(range(1, 25))},
    "exponentieel": {"alpha": [round(0.05 * i, 2) for i in range(1, 21)]},
    "holt": {"alpha": [round(0.1 * i, 1) for i in range(1, 11)], "beta": [0.01, 0.05, 0.1, 0.2, 0.3, 0.5]},
    "holt_winters": {"alpha": [round(0.1 * i, 1) for i in range(1, 10)], "beta": [0.01, 0.05, 0.1, 0.2],
                     "gamma": [0.05, 0.1, 0.2, 0.3, 0.5]},
}
METRIC_LABELS = {"mape": "MAPE", "mad": "MAD", "mse": "MSE"}
CRITERIA = {"fitted": "de prognoses één maand vooruit in de jaren vóór de holdout",
            "holdout": "de prognoses tot 12 maanden vooruit van het laatste jaar vóór de holdout"}
MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december")


@lru_cache(maxsize=1)
def _history() -> pd.DataFrame:
    return case.dataset("verkoophistorie")


def countries(data: pd.DataFrame | None = None) -> list[str]:
    """The choices of the country menu: all countries together, then every country."""
    df = _history() if data is None else data
    return [ALL_COUNTRIES] + sorted(str(v) for v in df["land"].unique())


def product_groups(data: pd.DataFrame | None = None) -> list[str]:
    """The choices of the product-group menu: all groups together, then every group."""
    df = _history() if data is None else data
    return [ALL_GROUPS] + sorted(str(v) for v in df["productgroep"].unique())


def series_for(land: str, productgroep: str, data: pd.DataFrame | None = None) -> pd.Series:
    """Monthly revenue of a country (or all) and a product group (or all)."""
    df = _history() if data is None else data
    return fc.sales_series(df, land=None if land == ALL_COUNTRIES else land,
                           productgroep=None if productgroep == ALL_GROUPS else productgroep)


def selection_text(land: str, productgroep: str) -> str:
    """'Nederland, Verlichting' or 'alle landen, alle productgroepen' for titles."""
    return f"{land if land != ALL_COUNTRIES else 'alle landen'}, " \
           f"{productgroep if productgroep != ALL_GROUPS else 'alle productgroepen'}"


def method_spec(method: str, alpha: float = 0.3, beta: float = 0.1, gamma: float = 0.2,
                window: int = 12) -> tuple[Any, dict[str, Any]]:
    """The model function and its settings for a method key (used by every view)."""
    key = validation.choice(method, "methode", list(METHODS))
    if key == "voortschrijdend":
        return fc.moving_average, {"window": window}
    if key == "exponentieel":
        return fc.exponential_smoothing, {"alpha": alpha}
    if key == "holt":
        return fc.holt, {"alpha": alpha, "beta": beta}
    if key == "holt_winters":
        return fc.holt_winters, {"season_length": SEASON, "alpha": alpha, "beta": beta, "gamma": gamma}
    return fc.linear_trend_forecast, {"season_length": SEASON}


def _settings_text(method: str, settings: Mapping[str, Any]) -> str:
    names = {"alpha": "α", "beta": "β", "gamma": "γ", "window": "venster k"}
    shown = [f"{names[k]} = {number(v, 2) if k != 'window' else int(v)}" for k, v in settings.items() if k in names]
    return ", ".join(shown) if shown else "geen parameters"


def _split(y: pd.Series, holdout: int) -> tuple[pd.Series, pd.Series]:
    k = validation.whole(holdout, "holdout (aantal maanden)", minimum=1)
    if k > len(y) - 2 * SEASON:
        raise SalesbookError(
            f"holdout (aantal maanden) moet hoogstens {len(y) - 2 * SEASON} zijn, zodat er twee jaar overblijven "
            f"om te schatten (kreeg {k})"
        )
    return y.iloc[:-k], y.iloc[-k:]


def _period_text(series: pd.Series) -> str:
    first, last = series.index[0], series.index[-1]
    if isinstance(series.index, pd.DatetimeIndex):
        if first.year == last.year:
            return str(first.year) if (first.month, last.month) == (1, 12) else f"{first:%m-%Y} t/m {last:%m-%Y}"
        return f"{first.year}–{last.year}" if (first.month, last.month) == (1, 12) else f"{first:%m-%Y} t/m {last:%m-%Y}"
    return f"periode {first} t/m {last}"


def error_row(errors: Mapping[str, float]) -> dict[str, str]:
    """Error measures in Dutch notation; MSE is shown as its root (RMSE, in euro) to stay readable."""
    mape = errors["mape"]
    return {
        "bias": euro(errors["bias"]),
        "MAD": euro(errors["mad"]),
        "RMSE (√MSE)": euro(math.sqrt(errors["mse"])),
        "MAPE": "–" if mape != mape else f"{number(mape, 1)}%",
    }


# --- one method with sliders ----------------------------------------------------------------

def smoothing_view(
    method: str,
    alpha: float = 0.3,
    beta: float = 0.1,
    gamma: float = 0.2,
    window: int = 12,
    land: str = ALL_COUNTRIES,
    productgroep: str = ALL_GROUPS,
    holdout: int = HOLDOUT,
    data: pd.DataFrame | None = None,
) -> list[Any]:
    """One method on the training years, its forecast of the holdout year and its errors."""
    function, settings = method_spec(method, alpha, beta, gamma, window)
    y = series_for(land, productgroep, data)
    train, test = _split(y, holdout)
    result = function(train, **settings, horizon=len(test))
    one_step = fc.forecast_errors(train, result.fitted)
    ahead = fc.forecast_errors(test, result.forecast.to_numpy())
    gap = test.sum() - result.forecast.sum()
    lines = [
        f"**{METHODS[method]}** — {selection_text(land, productgroep)}; {_settings_text(method, settings)}.",
        f"$${FORMULAS[method]}$$",
        f"Geschat op {_period_text(train)}; de prognose voor {_period_text(test)} is gemaakt zonder die "
        f"maanden te kennen. In {_period_text(test)}: werkelijk {euro(test.sum())}, prognose "
        f"{euro(result.forecast.sum())} ({'te laag' if gap > 0 else 'te hoog'} met {euro(abs(gap))}). "
        "De gemiddelde absolute procentuele fout per maand (MAPE) is "
        f"**{number(ahead['mape'], 1)}%**.",
    ]
    if method == "trend_seizoen":
        lines.append("Deze methode heeft geen schuifregelaar: de trendlijn en de seizoensindices liggen vast "
                     "door de gegevens.")
    table = pd.DataFrame(
        [error_row(one_step), error_row(ahead)],
        index=pd.Index([f"één maand vooruit ({_period_text(train)})", f"holdout ({_period_text(test)})"],
                       name="foutmaten"),
    )
    fig = charts.forecast_chart(y, {f"prognose {_period_text(test)}": result.forecast}, fitted=result.fitted,
                                holdout=len(test), title=f"{SHORT[method][0].upper()}{SHORT[method][1:]}: "
                                                         f"{selection_text(land, productgroep)}")
    return [common.md("\n\n".join(lines)), table, fig]


def best_parameters(method: str, land: str = ALL_COUNTRIES, productgroep: str = ALL_GROUPS,
                    metric: str = "mse", criterion: str = "fitted", holdout: int = HOLDOUT,
                    data: pd.DataFrame | None = None) -> fc.GridSearchResult | None:
    """The grid search behind *Kies automatisch*, on the training years only (None for a method
    without parameters).

    ``criterion="fitted"``: the error of the one-step-ahead forecasts over the training years;
    ``criterion="holdout"``: the last year of the training part is held out once more, so the
    real holdout year stays unseen.
    """
    key = validation.choice(method, "methode", list(METHODS))
    how = validation.choice(criterion, "criterium", list(CRITERIA))
    if key not in GRIDS:
        return None
    function, settings = method_spec(key)
    fixed = {k: v for k, v in settings.items() if k not in GRIDS[key]}
    train, _ = _split(series_for(land, productgroep, data), holdout)
    return fc.grid_search(train, function, GRIDS[key], metric=metric, fixed=fixed,
                          holdout=SEASON if how == "holdout" else None)


def smoothing_widget(method: str = "holt_winters") -> w.Box:
    """Menus for country, product group and method, sliders for α, β, γ and the window, and a
    button *Kies automatisch* that sets the sliders by grid search."""
    controls = {
        "land": w.Dropdown(options=countries(), value=ALL_COUNTRIES, description="Land", style=common.LABEL_STYLE,
                           layout=common.WIDE),
        "productgroep": w.Dropdown(options=product_groups(), value=ALL_GROUPS, description="Productgroep",
                                   style=common.LABEL_STYLE, layout=common.WIDE),
        "method": w.Dropdown(options=[(label, key) for key, label in METHODS.items()], value=method,
                             description="Methode", style=common.LABEL_STYLE, layout=common.WIDE),
        "alpha": common.slider("α (niveau)", 0.3, 0.01, 1.0, 0.01, decimals=2),
        "beta": common.slider("β (trend)", 0.1, 0.01, 1.0, 0.01, decimals=2),
        "gamma": common.slider("γ (seizoen)", 0.2, 0.01, 1.0, 0.01, decimals=2),
        "window": common.whole_slider("Venster k (maanden)", 12, 1, 36),
    }
    button = w.Button(description="Kies automatisch", icon="magic", button_style="info",
                      tooltip="Zoek de parameters met de kleinste MSE op de jaren vóór 2024")
    note = w.HTML()

    def enable(_change=None):
        used = PARAMETERS[controls["method"].value]
        for name in ("alpha", "beta", "gamma", "window"):
            controls[name].disabled = name not in used
        button.disabled = not used

    def choose(_button):
        state = {k: controls[k].value for k in ("method", "land", "productgroep")}
        items = common.render(lambda **s: [best_parameters(**s)], state)
        found = items[0]
        if not isinstance(found, fc.GridSearchResult):
            note.value = getattr(found, "data", "")
            return
        for name, value in found.best.items():
            controls[name].value = int(value) if name == "window" else value
        note.value = (f"<i>Gekozen: {_settings_text(state['method'], found.best)} — de kleinste MSE van "
                      f"{len(found.table)} geprobeerde combinaties op de jaren vóór de holdout.</i>")

    controls["method"].observe(enable, names="value")
    enable()
    button.on_click(choose)

    def arrange(ctrls, out):
        return [w.VBox(list(ctrls.values())), w.HBox([button, note]), out]

    return common.live(smoothing_view, controls, fixed={"data": _history()}, arrange=arrange)


# --- all methods on the holdout -------------------------------------------------------------

def comparison_view(
    land: str = ALL_COUNTRIES,
    productgroep: str = ALL_GROUPS,
    metric: str = "mape",
    alpha: float = 0.3,
    beta: float = 0.1,
    gamma: float = 0.2,
    window: int = 12,
    holdout: int = HOLDOUT,
    data: pd.DataFrame | None = None,
) -> list[Any]:
    """Every method fitted on the training years and judged on the holdout: a table and two charts."""
    key = validation.choice(metric, "maatstaf", ["mape", "mad", "mse", "bias"])
    y = series_for(land, productgroep, data)
    train, test = _split(y, holdout)
    methods = {SHORT[m]: method_spec(m, alpha, beta, gamma, window) for m in METHODS}
    forecasts = fc.holdout_forecasts(y, methods, len(test))
    errors = fc.holdout_errors(forecasts)
    best = errors[key].abs().idxmin()
    lines = [
        f"**Alle methoden op de holdout** — {selection_text(land, productgroep)}. Geschat op "
        f"{_period_text(train)}, getoetst op {_period_text(test)} (α = {number(alpha, 2)}, β = {number(beta, 2)}, "
        f"γ = {number(gamma, 2)}, venster {int(window)} maanden).",
        f"Op de {METRIC_LABELS.get(key, key)} is **{best}** het nauwkeurigst.",
    ]
    table = pd.DataFrame([error_row(errors.loc[m]) for m in errors.index], index=errors.index)
    recent = y.iloc[-(len(test) + 2 * SEASON):]
    fig = charts.forecast_chart(recent, {m: forecasts[m] for m in forecasts.columns[1:]}, holdout=len(test),
                                title=f"Prognoses voor {_period_text(test)}: {selection_text(land, productgroep)}")
    bars = charts.error_comparison_chart(errors, key)
    return [common.md("\n\n".join(lines)), table, fig, bars]


def comparison_widget() -> w.Box:
    """Menus for country, product group and error measure, sliders for the parameters."""
    controls = {
        "land": w.Dropdown(options=countries(), value=ALL_COUNTRIES, description="Land", style=common.LABEL_STYLE,
                           layout=common.WIDE),
        "productgroep": w.Dropdown(options=product_groups(), value=ALL_GROUPS, description="Productgroep",
                                   style=common.LABEL_STYLE, layout=common.WIDE),
        "metric": w.Dropdown(options=[("MAPE (%)", "mape"), ("MAD (euro)", "mad"), ("MSE", "mse"),
                                      ("bias (euro)", "bias")], value="mape", description="Foutmaat",
                             style=common.LABEL_STYLE, layout=common.WIDE),
        "alpha": common.slider("α (niveau)", 0.3, 0.01, 1.0, 0.01, decimals=2),
        "beta": common.slider("β (trend)", 0.1, 0.01, 1.0, 0.01, decimals=2),
        "gamma": common.slider("γ (seizoen)", 0.2, 0.01, 1.0, 0.01, decimals=2),
        "window": common.whole_slider("Venster k (maanden)", 12, 1, 36),
    }
    return common.live(comparison_view, controls, fixed={"data": _history()})


# --- automatic choice -----------------------------------------------------------------------

def auto_view(
    method: str = "holt_winters",
    land: str = ALL_COUNTRIES,
    productgroep: str = ALL_GROUPS,
    metric: str = "mse",
    criterion: str = "fitted",
    holdout: int = HOLDOUT,
    data: pd.DataFrame | None = None,
) -> list[Any]:
    """The grid search for one method: the best settings, the ten best combinations, and the
    forecast of the holdout year with the best settings."""
    found = best_parameters(method, land, productgroep, metric, criterion, holdout, data)
    if found is None:
        return [common.md(f"**{METHODS[method]}** heeft geen parameters om te kiezen: de trendlijn en de "
                          "seizoensindices volgen rechtstreeks uit de gegevens.")]
    y = series_for(land, productgroep, data)
    train, test = _split(y, holdout)
    function, settings = method_spec(method)
    settings.update(found.best)
    if "window" in settings:
        settings["window"] = int(settings["window"])
    result = function(train, **settings, horizon=len(test))
    ahead = fc.forecast_errors(test, result.forecast.to_numpy())
    sizes = [str(len(v)) for v in GRIDS[method].values()]
    tried = f"{' × '.join(sizes)} = {len(found.table)}" if len(sizes) > 1 else str(len(found.table))
    if found.metric == "mape":
        score = f"MAPE {number(found.score, 2)}%"
    elif found.metric == "mse":
        score = f"RMSE {euro(math.sqrt(found.score))}"
    else:
        score = f"MAD {euro(found.score)}"
    lines = [
        f"**Kies automatisch: {METHODS[method]}** — {selection_text(land, productgroep)}.",
        f"Geprobeerd: {tried} combinaties; criterium: de {METRIC_LABELS[found.metric]} van "
        f"{CRITERIA[criterion]}.",
        f"Beste keuze: **{_settings_text(method, found.best)}** ({score}).",
        f"Met die keuze is de MAPE op de echte holdout ({_period_text(test)}) **{number(ahead['mape'], 1)}%**: "
        "dat jaar heeft bij het kiezen niet meegeteld.",
    ]
    top = found.table.head(10).copy()
    column = found.metric
    if column == "mse":
        top["RMSE (√MSE)"] = [euro(math.sqrt(v)) for v in top.pop("mse")]
    elif column == "mape":
        top["MAPE"] = [f"{number(v, 2)}%" for v in top.pop("mape")]
    else:
        top["MAD"] = [euro(v) for v in top.pop("mad")]
    names = {"alpha": "α", "beta": "β", "gamma": "γ", "window": "venster"}
    top = top.rename(columns=names)
    for name in names.values():
        if name in top.columns:
            top[name] = [number(v, 2) if name != "venster" else str(int(v)) for v in top[name]]
    top.index = pd.RangeIndex(1, len(top) + 1, name="rang")
    fig = charts.forecast_chart(y, {f"beste keuze, {_period_text(test)}": result.forecast}, fitted=result.fitted,
                                holdout=len(test), title=f"{SHORT[method][0].upper()}{SHORT[method][1:]} met de "
                                                         f"gekozen parameters")
    return [common.md("\n\n".join(lines)), top, fig]


def auto_widget() -> w.Box:
    """Menus for method, country, product group, error measure and criterion, and the button
    *Kies automatisch* that runs the grid search."""
    controls = {
        "method": w.Dropdown(options=[(METHODS[k], k) for k in GRIDS], value="holt_winters", description="Methode",
                             style=common.LABEL_STYLE, layout=common.WIDE),
        "land": w.Dropdown(options=countries(), value=ALL_COUNTRIES, description="Land", style=common.LABEL_STYLE,
                           layout=common.WIDE),
        "productgroep": w.Dropdown(options=product_groups(), value=ALL_GROUPS, description="Productgroep",
                                   style=common.LABEL_STYLE, layout=common.WIDE),
        "metric": w.Dropdown(options=[("MSE", "mse"), ("MAD", "mad"), ("MAPE", "mape")], value="mse",
                             description="Foutmaat", style=common.LABEL_STYLE, layout=common.WIDE),
        "criterion": w.Dropdown(options=[(label, key) for key, label in CRITERIA.items()], value="fitted",
                                description="Beoordeel op", style=common.LABEL_STYLE, layout=common.WIDE),
    }
    button = w.Button(description="Kies automatisch", icon="magic", button_style="info")
    out = w.Output()

    def run(_button=None):
        state = {name: ctrl.value for name, ctrl in controls.items()} | {"data": _history()}
        common.show(out, common.render(auto_view, state))

    button.on_click(run)
    common.show(out, [common.md("Kies een methode en klik op **Kies automatisch**.")])
    return common.LiveView([w.VBox(list(controls.values())), button, out])


# --- seasonal indices -----------------------------------------------------------------------

def seasonal_view(land: str = ALL_COUNTRIES, productgroep: str = ALL_GROUPS,
                  data: pd.DataFrame | None = None) -> list[Any]:
    """The seasonal index of every month: formula, table and bar chart."""
    y = series_for(land, productgroep, data)
    indices = fc.seasonal_indices(y, SEASON)
    names = list(charts.MONTHS_NL)
    high, low = int(indices.idxmax()) - 1, int(indices.idxmin()) - 1
    years = len(y) // SEASON
    lines = [
        f"**Seizoensindices** — {selection_text(land, productgroep)}, gemiddeld over {years} jaar.",
        r"$$S_m = \frac{1}{J}\sum_{j=1}^{J} \frac{y_{j,m}}{\bar y_j}$$",
        f"met $y_{{j,m}}$ de omzet in maand $m$ van jaar $j$ en $\\bar y_j$ de gemiddelde maandomzet van dat jaar. "
        f"De drukste maand is **{MONTH_NAMES[high]}** ({number(indices.iloc[high] * 100, 0)}% van een "
        f"gemiddelde maand), de rustigste **{MONTH_NAMES[low]}** ({number(indices.iloc[low] * 100, 0)}%).",
    ]
    table = pd.DataFrame({"seizoensindex": [f"{number(v * 100, 1)}%" for v in indices]},
                         index=pd.Index(names, name="maand")).T
    fig = charts.seasonal_index_chart(indices.tolist(),
                                      title=f"Seizoensindex per maand: {selection_text(land, productgroep)}")
    return [common.md("\n".join(lines)), table, fig]


def seasonal_widget() -> w.Box:
    """Menus for country and product group, with the seasonal indices."""
    controls = {
        "land": w.Dropdown(options=countries(), value=ALL_COUNTRIES, description="Land", style=common.LABEL_STYLE,
                           layout=common.WIDE),
        "productgroep": w.Dropdown(options=product_groups(), value=ALL_GROUPS, description="Productgroep",
                                   style=common.LABEL_STYLE, layout=common.WIDE),
    }
    return common.live(seasonal_view, controls, fixed={"data": _history()})
