"""The retention and benchmark widgets: every view over a grid of values, invalid values as a
Dutch error box (and nothing else), and the widget builders."""

import itertools

import ipywidgets as w
import pandas as pd
import pytest
from IPython.display import HTML, Markdown
from matplotlib.figure import Figure

from salesbook import subsidiaries as benchmark
from salesbook.formatting import euro
from salesbook.retention import retention_scenario
from salesbook.data import load_dataset
from salesbook.widgets.benchmark import KPI_NAMES, benchmark_view, benchmark_widget, signal_name, signal_texts
from salesbook.widgets.common import render
from salesbook.widgets.retention import retention_view, retention_widget
from tests.checks import assert_error_box as _assert_error, pairs_and_corners


def _assert_valid(items):
    assert not any(isinstance(i, HTML) and "Dat gaat niet" in i.data for i in items), items
    kinds = [type(i) for i in items]
    assert Markdown in kinds and Figure in kinds and pd.DataFrame in kinds
    text = next(i.data for i in items if isinstance(i, Markdown))
    assert "$$" in text  # the formula in LaTeX


@pytest.mark.parametrize(
    "margin, retention, discount_rate, acquisition_cost, first_margin_now",
    pairs_and_corners([100, 2400], [0.3, 0.8, 0.98], [0.0, 0.1, 0.3], [0, 1500], [False, True]),
)
def test_retention_view_over_a_grid(margin, retention, discount_rate, acquisition_cost, first_margin_now):
    _assert_valid(render(retention_view, {"margin": margin, "retention": retention, "discount_rate": discount_rate,
                                          "acquisition_cost": acquisition_cost, "first_margin_now": first_margin_now}))


def test_retention_view_shows_the_numbers_in_dutch_notation():
    items = render(retention_view, {"margin": 1000, "retention": 0.8, "discount_rate": 0.1, "acquisition_cost": 0})
    text = items[0].data
    # CLV = 1000 · 0.8 / 0.3 = 2 666.67; at 81%: 1000 · 0.81 / 0.29 = 2 793.10; uplift 4.74%
    assert "€ 2.667" in text and "€ 2.793" in text and "4,74%" in text
    assert "klopt**" in text and "69,3%" in text and "82,3%" in text
    table = items[1]
    assert table.loc["CLV", "nu"] == "€ 2.667"
    assert table.loc["retentie", "1 procentpunt meer retentie"] == "81%"


def test_retention_view_says_when_the_claim_fails():
    text = render(retention_view, {"margin": 1000, "retention": 0.9, "discount_rate": 0.1, "acquisition_cost": 0})[0].data
    assert "klopt niet" in text and "6,43%" in text   # 0.011 / (0.9 · 0.19) = 6.43%


def test_retention_view_with_non_positive_clv_explains_instead_of_failing():
    items = render(retention_view, {"margin": 100, "retention": 0.5, "discount_rate": 0.1, "acquisition_cost": 500})
    _assert_valid(items)
    assert "niet positief" in items[0].data


@pytest.mark.parametrize(
    "state, fragment",
    [
        ({"retention": 1.0}, "retentie"),
        ({"retention": 80}, "retentie"),
        ({"acquisition_cost": -5}, "acquisitiekosten"),
        ({"discount_rate": -1.5}, "disconteringsvoet"),
        ({"margin": float("nan")}, "marge per periode"),
    ],
)
def test_retention_view_invalid_values_give_only_the_error_box(state, fragment):
    full = {"margin": 1000, "retention": 0.8, "discount_rate": 0.1, "acquisition_cost": 0} | state
    _assert_error(render(retention_view, full), fragment)


@pytest.mark.parametrize(
    "kpi, dso_norm",
    list(itertools.product(list(benchmark.KPIS), [30, 60, 120])),
)
def test_benchmark_view_over_a_grid(kpi, dso_norm):
    _assert_valid(render(benchmark_view, {"kpi": kpi, "dso_norm": dso_norm}))


@pytest.mark.parametrize("cost_of_capital", [0.0, 0.05, 0.15])
def test_benchmark_view_cost_of_capital(cost_of_capital):
    items = render(benchmark_view, {"kpi": "rentekosten_boven_norm_eur", "dso_norm": 60,
                                    "cost_of_capital": cost_of_capital})
    _assert_valid(items)


def test_benchmark_view_lists_who_needs_intervention():
    items = render(benchmark_view, {"kpi": "debiteurendagen", "dso_norm": 60})
    text, table = items[0].data, items[1]
    assert "Maleisië (4 signalen" in text and "Spanje (2 signalen" in text
    assert "- Nederland" not in text
    assert table.loc[1, "land"] == "Nederland" and table.loc[1, "ingrijpen"] == "nee"
    assert table.loc[7, "land"] == "Maleisië" and table.loc[7, "Debiteurendagen"] == "152 dagen"


def test_benchmark_view_lists_the_models_rules_with_their_reference_values():
    # hand-computed (Tabel 1.2): EBIT 11.04/198 = 5.6%, brutomarge 60.33/198 = 30.5%, norm 45 days,
    # productivity limit 0.5 × median 290 = 145
    text = render(benchmark_view, {"kpi": "ebit_marge", "dso_norm": 45, "productivity_share": 0.5})[0].data
    rules = [line for line in text.splitlines() if line[:2] in {"1.", "2.", "3.", "4."}]
    assert len(rules) == len(benchmark.FLAG_RULES) == 4
    for line, rule, value in zip(rules, benchmark.FLAG_RULES, ("5,6%", "30,5%", "45 dagen", "145,0")):
        assert KPI_NAMES[rule.kpi] in line and value in line, line
    assert "50%" in rules[3]


def test_signal_texts_follow_the_flags():
    flags = benchmark.intervention_flags(load_dataset("landenvestigingen")).set_index("land")
    texts = signal_texts(flags)
    assert texts.index.equals(flags.index) and texts.name == "signalen"
    # Maleisië has all four signals (test_subsidiaries), Nederland only the EBIT one
    assert texts["Maleisië"].count("; ") == 3
    assert all(signal_name(rule) in texts["Maleisië"] for rule in benchmark.FLAG_RULES)
    assert texts["Nederland"] == signal_name(benchmark.FLAG_RULES[0])
    none = flags.assign(**{rule.column: False for rule in benchmark.FLAG_RULES})
    assert set(signal_texts(none)) == {"geen"}


def test_every_rule_has_words():
    for rule in benchmark.FLAG_RULES:
        assert signal_name(rule).startswith(KPI_NAMES[rule.kpi])


def test_benchmark_view_with_own_data():
    data = load_dataset("landenvestigingen").iloc[:3]
    _assert_valid(render(benchmark_view, {"kpi": "ebit_eur", "dso_norm": 60, "data": data}))


@pytest.mark.parametrize(
    "state, fragment",
    [
        ({"kpi": "winst"}, "kengetal"),
        ({"dso_norm": -5}, "norm voor debiteurendagen"),
        ({"cost_of_capital": 8}, "vermogenskostenvoet"),
        ({"data": load_dataset("landenvestigingen").drop(columns=["brutomarge"])}, "brutomarge"),
    ],
)
def test_benchmark_view_invalid_values_give_only_the_error_box(state, fragment):
    _assert_error(render(benchmark_view, {"kpi": "ebit_marge", "dso_norm": 60} | state), fragment)


def test_building_the_widgets_works():
    for build in (retention_widget, benchmark_widget):
        box = build()
        assert isinstance(box, w.Box)
        controls = box.children[0].children
        assert controls and all(c.description for c in controls)


def test_retention_widget_redraws_when_a_slider_moves():
    box = retention_widget()
    out = next(c for c in box.children if isinstance(c, w.Output))
    before = out.outputs[0]["data"]["text/markdown"]
    retention_slider = next(c for c in box.children[0].children if c.description == "Klantretentie")
    retention_slider.value = 0.9
    shown = out.outputs[0]["data"]["text/markdown"]
    expected = render(retention_view, {"margin": 1000, "retention": 0.9, "discount_rate": 0.10,
                                       "acquisition_cost": 0, "first_margin_now": False})[0].data
    assert shown == expected and shown != before
    assert euro(retention_scenario(1000, 0.9, 0.10).clv) in shown      # CLV = 1000 · 0.9 / 0.2
