"""The chapter-8 widgets: every view over a grid of values (valid → text with the formula, a table
and mostly a figure; invalid → only the Dutch error box), the numbers they show, and the builders."""

import itertools

import ipywidgets as w
import pandas as pd
import pytest
from IPython.display import HTML, Markdown
from matplotlib.figure import Figure

from salesbook.strategy import rebalance_weights
from salesbook.widgets import fairs as wf
from salesbook.widgets.common import render
from tests.checks import (assert_error_box as _assert_error, assert_numbers, line_with, markdown_text as _text, nl,
                          pairs_and_corners)


def _assert_valid(items, figure=True):
    assert not any(isinstance(i, HTML) and "Dat gaat niet" in i.data for i in items), items
    kinds = [type(i) for i in items]
    assert Markdown in kinds and pd.DataFrame in kinds
    assert (Figure in kinds) == figure
    assert "$$" in next(i.data for i in items if isinstance(i, Markdown)), "the formula is shown"


# --- selection (H8, beursselectie) ------------------------------------------------------------------------------

KEYS = ["score_doelgroep", "score_beslissers", "score_assortiment", "score_kosten", "score_concurrenten",
        "score_internationaal"]


@pytest.mark.parametrize("key, value", list(itertools.product(KEYS, [0.0, 0.05, 0.5, 0.97, 1.0])))
def test_selection_view_over_a_grid_of_slider_moves(key, value):
    # every position a student can give one slider, with the others giving way as the widget does
    weights = rebalance_weights(wf.case_weights(), key, value)
    items = render(wf.selection_view, {"gewichten": weights})
    _assert_valid(items)
    table = next(i for i in items if isinstance(i, pd.DataFrame))
    assert table["rang"].tolist() == list(range(1, 8))
    assert "(samen 100%)" in _text(items)


def test_selection_view_case_numbers():
    # the team's importances 8, 6, 9, 6, 5, 1 (sum 35) in whole percents: 22,9 → 23, 17,1 → 17, 25,7 → 26,
    # 17,1 → 17, 14,3 → 14, 2,9 → 3 (sum 100). Gorinchem scores 7, 6, 9, 9, 8, 2:
    # 7×.23 + 6×.17 + 9×.26 + 9×.17 + 8×.14 + 2×.03 = 1,61 + 1,02 + 2,34 + 1,53 + 1,12 + 0,06 = 7,68
    # (with the exact weights 269/35 = 7,69, as in the notebook). Utrecht 10, 4, 7, 8, 9, 3:
    # 2,30 + 0,68 + 1,82 + 1,36 + 1,26 + 0,09 = 7,51
    assert wf.case_weights() == {"score_doelgroep": 0.23, "score_beslissers": 0.17, "score_assortiment": 0.26,
                                 "score_kosten": 0.17, "score_concurrenten": 0.14, "score_internationaal": 0.03}
    text = _text(render(wf.selection_view, {}))
    assert "doelgroep **23%**" in text and "internationaal **3%**" in text
    winner = line_with(text, "**Installatievakdagen Gorinchem**")
    assert "Bouw- en Installatiebeurs Utrecht" in winner.split("**Installatievakdagen Gorinchem**")[1]   # runner-up
    assert_numbers(winner, "7,68", "7,51")


def test_selection_view_only_international_counts():
    # all weight on international reach: Hannover (score 10) wins
    weights = dict.fromkeys(KEYS, 0.0) | {"score_internationaal": 1.0}
    assert "**Industrieforum Nord** met 10,00 punten" in _text(render(wf.selection_view, {"gewichten": weights}))


def test_selection_view_weights_not_summing_to_one_give_the_error_box():
    weights = dict.fromkeys(KEYS, 0.1)
    _assert_error(render(wf.selection_view, {"gewichten": weights}), ("gewichten", "moeten samen precies 1 zijn"))


def test_selection_view_negative_weight_gives_the_error_box():
    weights = wf.case_weights() | {"score_kosten": -0.17, "score_doelgroep": 0.57}
    _assert_error(render(wf.selection_view, {"gewichten": weights}), "mag niet negatief zijn")


# --- budget (H8, beursbegroting) ---------------------------------------------------------------------------------

@pytest.mark.parametrize("beurs, m2, staff, rate, promo", pairs_and_corners(
    ["B01", "B04", "B06", "B07"], [9, 60, 200], [1, 25], [20, 150], [0, 40_000]))
def test_budget_view_over_a_grid(beurs, m2, staff, rate, promo):
    items = render(wf.budget_view, {"beurs_id": beurs, "stand_m2": m2, "staff": staff, "hourly_rate": rate,
                                    "promotion": promo})
    _assert_valid(items)
    table = next(i for i in items if isinstance(i, pd.DataFrame))
    assert table.index[-1] == "totaal" and table["aandeel"].iloc[-1] == "100,0%"


def test_budget_view_case_numbers():
    # hand computation: 9 900 + 11 400 + 11 880 + 1 620 + 6 000 + 3 000 + 4 000 = 47 800; / 60 m² = 796,67
    items = render(wf.budget_view, {})
    assert_numbers(line_with(_text(items), nl(47_800)), nl(47_800), nl(47_800 / 60))     # € per m²
    table = next(i for i in items if isinstance(i, pd.DataFrame))
    assert table.loc["standbemanning", "bedrag"] == "€ 11.880"


@pytest.mark.parametrize("state, fragment", [
    ({"stand_m2": 0}, ("standoppervlak (m²)", "groter zijn dan 0")),
    ({"promotion": -100}, ("promotie en uitnodigingen", "negatief")),
    ({"hourly_rate": -5}, ("uurtarief standbemanning", "negatief")),
    ({"beurs_id": "B99"}, "onbekende beurs 'B99'"),
])
def test_budget_view_invalid_values_give_only_the_error_box(state, fragment):
    _assert_error(render(wf.budget_view, state), fragment)


# --- staffing (H8, standbeheer) -------------------------------------------------------------------------------

@pytest.mark.parametrize("target, per_hour, hours, days, rate", pairs_and_corners(
    [10, 250, 800], [1, 4, 8], [4, 12], [1, 6], [0.05, 0.3, 1.0]))
def test_staffing_view_over_a_grid(target, per_hour, hours, days, rate):
    _assert_valid(render(wf.staffing_view, {"target_leads": target, "contacts_per_hour": per_hour,
                                            "hours_per_day": hours, "days": days, "qualify_rate": rate}),
                  figure=False)


def test_staffing_view_case_numbers():
    # hand computation: 250 / 0,30 = 833,3 contacts; 4 × 8 × 3 = 96 per person; ⌈8,68⌉ = 9
    text = _text(render(wf.staffing_view, {}))
    assert_numbers(text, "250", "0,30", nl(250 / 0.30, 1))
    assert_numbers(text, nl(250 / 0.30, 1), "96,0", nl(250 / 0.30 / 96, 2), "9")
    assert "9 standmedewerkers" in text


@pytest.mark.parametrize("state, fragment", [
    ({"qualify_rate": 0}, ("kwalificatiegraad", "tussen 0 en 1", "zelf niet meegerekend")),
    ({"qualify_rate": 30}, "bedoel je 0.3?"),
    ({"contacts_per_hour": 0}, ("contacten per uur", "groter zijn dan 0")),
    ({"target_leads": -5}, "leaddoel mag niet negatief zijn"),
])
def test_staffing_view_invalid_values_give_only_the_error_box(state, fragment):
    _assert_error(render(wf.staffing_view, state), fragment)


# --- funnel and ROI (H8, beursevaluatie) ---------------------------------------------------------------------------

@pytest.mark.parametrize("contacts, rate, value, cost, years", pairs_and_corners(
    [50, 864, 3_000], [0.05, 0.3, 1.0], [500, 50_000], [5_000, 250_000], [1, 3, 5]))
def test_roi_view_over_a_grid(contacts, rate, value, cost, years):
    _assert_valid(render(wf.roi_view, {"contacts": contacts, "qualify_rate": rate, "lead_to_quote": rate,
                                       "order_value": value, "fair_cost": cost, "years": years}))


def test_roi_view_case_numbers():
    # hand computation: 864 × 0,3 × 0,35 × 0,3 = 27,216 orders; × 6 000 × 0,3 = 48 988,80;
    # ROI = 1 188,80 / 47 800 = 2,5%; over 3 years × 2,041322 = 100 001,9 → ROI 109,2%
    one = _text(render(wf.roi_view, {}))
    assert "**27,2 orders**" in one
    assert_numbers(one, "27,2", "6.000", "30%", nl(48_988.8))
    assert_numbers(one, nl(48_988.8), nl(47_800), nl(47_800), "+2,5%")
    three = _text(render(wf.roi_view, {"years": 3}))
    assert "= 2,041" in three and "**€ 100.002**" in three and "**+109,2%**" in three
    low = _text(render(wf.roi_view, {"fair_cost": 100_000}))
    assert "-51,0%" in low and "niet terug" in low
    # the ROI on gross margin is named as an upper bound, whatever its sign (issue 12, chapter 8)
    for text in (one, three, low):
        assert "cost-to-serve" in text and "attributie" in text


def test_roi_view_table_costs_per_stage():
    table = next(i for i in render(wf.roi_view, {}) if isinstance(i, pd.DataFrame))
    # € 47 800 / 864 = 55,32; / 259,2 = 184,41; / 27,216 = 1 756,32
    assert table["kosten per stuk"].tolist()[0] == "€ 55" and table.loc["leads", "kosten per stuk"] == "€ 184"
    assert table.loc["orders", "kosten per stuk"] == "€ 1.756"


@pytest.mark.parametrize("state, fragment", [
    ({"qualify_rate": 0}, ("conversieratio[0]", "tussen 0 en 1")),
    ({"quote_to_order": 1.5}, "conversieratio[2]"),
    ({"gross_margin": 30}, "bedoel je 0.3?"),
    ({"fair_cost": 0}, ("beurskosten", "groter zijn dan 0")),
    ({"contacts": -1}, ("aantal contacten", "negatief")),
    ({"years": 2.5}, ("aantal jaren", "geheel getal")),
    ({"years": 3, "retention": 1.5}, ("retentie", "tussen 0 en 1")),
    ({"years": 1, "retention": 1.5}, ("retentie", "tussen 0 en 1")),
    ({"discount_rate": -0.1}, "disconteringsvoet moet minstens 0 zijn"),
])
def test_roi_view_invalid_values_give_only_the_error_box(state, fragment):
    _assert_error(render(wf.roi_view, state), fragment)


# --- the builders ---------------------------------------------------------------------------------

@pytest.mark.parametrize("builder", [wf.selection_widget, wf.budget_widget, wf.staffing_widget, wf.roi_widget])
def test_widgets_build_and_redraw(builder):
    box = builder()
    assert isinstance(box, w.Box)
    controls, out = box.children
    assert out.outputs, "the output area is filled at once"
    first = out.outputs
    slider = next(c for c in controls.children if isinstance(c, (w.FloatSlider, w.IntSlider)))
    slider.value = slider.max
    assert out.outputs and out.outputs != first
    assert "Interactief onderdeel" in repr(box)


def test_selection_widget_weights_always_sum_to_one():
    box = wf.selection_widget()
    sliders, out = box.children
    values = lambda: [c.value for c in sliders.children]
    assert sum(values()) == pytest.approx(1.0)
    redraws = []
    sliders.observe(lambda change: redraws.append(change), names="value")
    sliders.children[5].value = 0.5          # international reach to 50%: the other five make room
    assert values()[5] == 0.5 and sum(values()) == pytest.approx(1.0)
    assert len(redraws) == 1, "one move, one redraw"
    sliders.children[0].value = 1.0          # all on the target group: the rest goes to 0
    assert values() == [1.0, 0, 0, 0, 0, 0]
    assert "doelgroep **100%**" in str(out.outputs)


def test_case_plan():
    # 9 × 4 × 8 × 3 = 864 contacts; the stand budget of 47 800
    assert wf.case_plan() == (864, 47_800)
