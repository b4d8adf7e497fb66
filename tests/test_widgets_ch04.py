"""The forecasting widgets of chapter 4: every view over a grid of values (valid → text, table and
figure; invalid → only the Dutch error box), the automatic choice, and the widget builders."""

import itertools

import ipywidgets as w
import pandas as pd
import pytest
from IPython.display import HTML, Markdown
from matplotlib.figure import Figure

from salesbook import forecasting as fc
from salesbook.data import load_dataset
from salesbook.widgets import forecasting as wf
from salesbook.widgets.common import render
from tests.checks import assert_error_box as _assert_error

HISTORY = load_dataset("verkoophistorie")


def _assert_valid(items, figures=1):
    assert not any(isinstance(i, HTML) and "Dat gaat niet" in i.data for i in items), items
    assert isinstance(items[0], Markdown) and "$$" in items[0].data   # the formula in LaTeX
    assert any(isinstance(i, pd.DataFrame) for i in items)
    assert sum(isinstance(i, Figure) for i in items) == figures


def test_menus_hold_all_countries_and_groups():
    assert wf.countries() == [wf.ALL_COUNTRIES, "België", "Duitsland", "Maleisië", "Midden-Oosten", "Nederland",
                              "Spanje", "UK"]
    assert len(wf.product_groups()) == 5 and wf.product_groups()[0] == wf.ALL_GROUPS


def test_series_for_the_total_is_the_sum_of_the_countries():
    total = wf.series_for(wf.ALL_COUNTRIES, wf.ALL_GROUPS)
    assert len(total) == 96 and total.index.freqstr == "MS"
    assert total["2024"].sum() == pytest.approx(198e6, abs=100)   # Tabel 1.2: 84 + 44 + 35 + 14 + 12 + 8 + 1


@pytest.mark.parametrize(
    "method, alpha, land",
    list(itertools.product(list(wf.METHODS), [0.05, 0.5, 1.0], [wf.ALL_COUNTRIES, "Maleisië"])),
)
def test_smoothing_view_over_a_grid(method, alpha, land):
    _assert_valid(render(wf.smoothing_view, {"method": method, "alpha": alpha, "beta": 0.2, "gamma": 0.3,
                                             "land": land, "data": HISTORY}))


@pytest.mark.parametrize("productgroep", wf.product_groups())
@pytest.mark.parametrize("window", [1, 12, 36])
def test_smoothing_view_moving_average_per_group(productgroep, window):
    _assert_valid(render(wf.smoothing_view, {"method": "voortschrijdend", "window": window,
                                             "productgroep": productgroep, "data": HISTORY}))


def test_smoothing_view_reports_the_holdout_errors_of_the_model():
    items = render(wf.smoothing_view, {"method": "holt_winters", "alpha": 0.3, "beta": 0.1, "gamma": 0.2})
    y = fc.sales_series(HISTORY)
    r = fc.holt_winters(y.iloc[:-12], 12, 0.3, 0.1, 0.2, horizon=12)
    mape = fc.forecast_errors(y.iloc[-12:], r.forecast.to_numpy())["mape"]
    table = items[1]
    assert table.loc["holdout (2024)", "MAPE"] == f"{mape:.1f}%".replace(".", ",")
    assert "Geschat op 2017–2023" in items[0].data and "2024" in items[0].data


@pytest.mark.parametrize(
    "state, fragments",
    [
        ({"alpha": 0}, ["α (alfa)", "kreeg 0"]),
        ({"alpha": 1.5}, ["α (alfa)", "kreeg 1.5"]),
        ({"method": "holt", "beta": 0}, ["β (bèta)"]),
        ({"gamma": -0.1}, ["γ (gamma)"]),
        ({"method": "voortschrijdend", "window": 0}, ["venster", "minstens 1"]),
        ({"method": "voortschrijdend", "window": 100}, ["venster", "niet langer"]),
        ({"method": "arima"}, ["methode", "'arima'"]),
        ({"land": "Frankrijk"}, ["land", "'Frankrijk'"]),
        ({"productgroep": "Sanitair"}, ["productgroep", "'Sanitair'"]),
        ({"holdout": 0}, ["holdout", "minstens 1"]),
        ({"holdout": 80}, ["holdout", "hoogstens 72"]),
    ],
)
def test_smoothing_view_invalid_values_give_only_the_error_box(state, fragments):
    _assert_error(render(wf.smoothing_view, {"method": "holt_winters", "data": HISTORY} | state), *fragments)


@pytest.mark.parametrize("metric", ["mape", "mad", "mse", "bias"])
@pytest.mark.parametrize("land", [wf.ALL_COUNTRIES, "Spanje"])
def test_comparison_view_over_a_grid(metric, land):
    items = render(wf.comparison_view, {"land": land, "metric": metric, "data": HISTORY})
    assert not any(isinstance(i, HTML) for i in items)
    assert isinstance(items[0], Markdown)
    assert list(items[1].index) == [wf.SHORT[m] for m in wf.METHODS]
    assert sum(isinstance(i, Figure) for i in items) == 2


def test_comparison_view_names_the_most_accurate_method():
    items = render(wf.comparison_view, {"metric": "mape", "data": HISTORY})
    y = fc.sales_series(HISTORY)
    methods = {wf.SHORT[m]: wf.method_spec(m) for m in wf.METHODS}
    best = fc.holdout_comparison(y, methods, 12)["mape"].idxmin()
    assert f"**{best}**" in items[0].data


@pytest.mark.parametrize("state, fragment", [({"metric": "rmse"}, "maatstaf"), ({"alpha": 2}, "α (alfa)"),
                                             ({"land": "NL"}, "land")])
def test_comparison_view_invalid_values_give_only_the_error_box(state, fragment):
    _assert_error(render(wf.comparison_view, {"data": HISTORY} | state), fragment)


@pytest.mark.parametrize(
    "method, criterion, metric",
    [("exponentieel", "fitted", "mse"), ("exponentieel", "holdout", "mape"), ("holt", "fitted", "mad"),
     ("holt_winters", "fitted", "mse"), ("voortschrijdend", "holdout", "mse")],
)
def test_auto_view_over_a_grid(method, criterion, metric):
    items = render(wf.auto_view, {"method": method, "criterion": criterion, "metric": metric, "land": "België",
                                  "data": HISTORY})
    assert not any(isinstance(i, HTML) for i in items)
    assert isinstance(items[0], Markdown) and "Beste keuze" in items[0].data
    assert isinstance(items[1], pd.DataFrame) and len(items[1]) == 10
    assert isinstance(items[2], Figure)


def test_auto_view_finds_the_grid_search_optimum_on_the_training_years():
    found = wf.best_parameters("exponentieel", "UK", wf.ALL_GROUPS, "mse", "fitted", data=HISTORY)
    train = fc.sales_series(HISTORY, land="UK").iloc[:-12]
    scores = {a: fc.forecast_errors(train, fc.exponential_smoothing(train, a).fitted)["mse"]
              for a in wf.GRIDS["exponentieel"]["alpha"]}
    assert found.best["alpha"] == min(scores, key=scores.get)


def test_auto_view_for_a_method_without_parameters_explains():
    items = render(wf.auto_view, {"method": "trend_seizoen", "data": HISTORY})
    assert len(items) == 1 and "geen parameters" in items[0].data


@pytest.mark.parametrize("state, fragment", [({"criterion": "alles"}, "criterium"), ({"metric": "r2"}, "maatstaf"),
                                             ({"method": "arima"}, "methode")])
def test_auto_view_invalid_values_give_only_the_error_box(state, fragment):
    _assert_error(render(wf.auto_view, {"data": HISTORY} | state), fragment)


@pytest.mark.parametrize("land, productgroep", list(itertools.product(wf.countries(), wf.product_groups()))[::3])
def test_seasonal_view_over_a_grid(land, productgroep):
    items = render(wf.seasonal_view, {"land": land, "productgroep": productgroep, "data": HISTORY})
    _assert_valid(items)
    assert list(items[1].columns) == ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov",
                                      "dec"]


def test_seasonal_view_names_the_peak_of_lighting():
    text = render(wf.seasonal_view, {"productgroep": "Verlichting", "data": HISTORY})[0].data
    assert "drukste maand is **november**" in text and "rustigste **augustus**" in text


def test_seasonal_view_invalid_values_give_only_the_error_box():
    _assert_error(render(wf.seasonal_view, {"land": "Mars", "data": HISTORY}), "land")
    short = HISTORY[HISTORY["maand"] < "2018-06-01"]
    _assert_error(render(wf.seasonal_view, {"data": short}), "te kort")


def test_building_the_widgets_works():
    for build in (wf.smoothing_widget, wf.comparison_widget, wf.seasonal_widget, wf.auto_widget):
        box = build()
        assert isinstance(box, w.Box)
        controls = box.children[0].children
        assert controls and all(c.description for c in controls)
        assert "Interactief onderdeel" in repr(box)


def _find(box, description):
    stack = [box]
    while stack:
        widget = stack.pop()
        if getattr(widget, "description", None) == description:
            return widget
        stack.extend(getattr(widget, "children", ()))
    raise LookupError(description)


def test_kies_automatisch_sets_the_sliders_to_the_grid_search_optimum():
    box = wf.smoothing_widget(method="exponentieel")
    assert _find(box, "β (trend)").disabled and not _find(box, "α (niveau)").disabled
    _find(box, "Kies automatisch").click()
    found = wf.best_parameters("exponentieel", data=HISTORY)
    assert _find(box, "α (niveau)").value == pytest.approx(found.best["alpha"])


def test_smoothing_widget_disables_the_sliders_a_method_does_not_use():
    box = wf.smoothing_widget()
    _find(box, "Methode").value = "trend_seizoen"
    assert all(_find(box, d).disabled for d in ("α (niveau)", "β (trend)", "γ (seizoen)", "Kies automatisch"))
    _find(box, "Methode").value = "voortschrijdend"
    assert not _find(box, "Venster k (maanden)").disabled and _find(box, "α (niveau)").disabled


def _shown(out: w.Output) -> list[dict]:
    return [r["data"] for r in out.outputs]


def test_auto_widget_runs_on_the_button():
    # Button.click swallows a callback's exception, so look at what the output area shows.
    box = wf.auto_widget()
    out = next(c for c in box.children if isinstance(c, w.Output))
    assert "Kies automatisch" in _shown(out)[0]["text/markdown"]
    _find(box, "Methode").value = "exponentieel"
    _find(box, "Kies automatisch").click()
    expected = render(wf.auto_view, {"method": "exponentieel", "data": wf._history()})
    assert isinstance(expected[0], Markdown)
    shown = _shown(out)
    assert shown[0].get("text/markdown") == expected[0].data
    assert not any("text/html" in r and "SalesbookError" in r["text/html"] for r in shown)
