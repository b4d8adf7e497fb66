"""The chapter-2 widgets: every view over a grid of values (valid → chart and table; invalid → only the
Dutch error box), the numbers they show against the models, and the widget builders."""

from __future__ import annotations

import itertools

import ipywidgets as w
import pytest
from IPython.display import Markdown
from matplotlib.figure import Figure

from salesbook import case, gap_analysis, portfolio_strategy, swot
from salesbook.widgets import gap_analysis as wg
from salesbook.widgets import portfolio_strategy as wp
from salesbook.widgets import swot as ws
from salesbook.widgets.common import render
from tests.checks import assert_error_box, assert_mentions, markdown_text


def _valid(items):
    kinds = [type(i) for i in items]
    assert Figure in kinds and Markdown in kinds, items


# --- BCG portfolio --------------------------------------------------------------------------------

@pytest.mark.parametrize("land, growth, share", list(itertools.product(
    [wp.ALL, "Nederland", "Maleisië", "België"], [0.0, 0.05, 0.10, 0.15], [0.5, 1.0, 2.0])))
def test_portfolio_view_over_a_grid(land, growth, share):
    _valid(render(wp.portfolio_view, {"land": land, "groeigrens": growth, "aandeelgrens": share}))


def test_portfolio_view_shows_the_models_quadrants():
    text = markdown_text(render(wp.portfolio_view, {"land": "Nederland", "groeigrens": 0.10, "aandeelgrens": 1.0}))
    p = portfolio_strategy.bcg_portfolio(case.case_portfolio_units("Nederland"))
    # Nederland at 10% / 1: Gereedschap 1,03 and Verlichting 1,65 → melkkoe; the other two → hond
    assert {u.name: u.quadrant for u in p.units}["Verlichting"] == "melkkoe"
    assert_mentions(text, "**melkkoe**: 2", "**hond**: 2", "| Verlichting |", "1,65", "melkkoe")
    # a growth line of 5% moves four of Midden-Oosten's groups... and none of Nederland's
    low = markdown_text(render(wp.portfolio_view, {"land": wp.ALL, "groeigrens": 0.05, "aandeelgrens": 1.0}))
    assert_mentions(low, "**vraagteken**: 8")
    high = markdown_text(render(wp.portfolio_view, {"land": wp.ALL, "groeigrens": 0.10, "aandeelgrens": 1.0}))
    assert_mentions(high, "**vraagteken**: 5")


def test_portfolio_view_refuses_bad_input():
    assert_error_box(render(wp.portfolio_view, {"land": "Frankrijk"}), ("land", "Frankrijk"))
    assert_error_box(render(wp.portfolio_view, {"aandeelgrens": 0}), ("grens relatief marktaandeel", "0"))


# --- confrontation matrix ------------------------------------------------------------------------

@pytest.mark.parametrize("land, value", list(itertools.product(["Nederland", "Duitsland"], [0, 3, 5])))
def test_confrontation_view_over_a_grid(land, value):
    cells = {f"cel_{r}_{c}": value for r in range(4) for c in range(4)}
    _valid(render(ws.confrontation_view, {"land": land, **cells}))


def test_confrontation_view_ranks_as_the_model():
    text = markdown_text(render(ws.confrontation_view, {"land": "Nederland"}))
    # management team's scores: SO 15, WO 9, ST 7, WT 7 → SO first
    assert_mentions(text, "De sterkste optie is **SO**", "| 1 | SO", "| 15 |", "| 2 | WO")
    # all threat × weakness cells to 5 and all SO cells to 0: WT 20 first, SO 0 last
    cells = {f"cel_{r}_{c}": (5 if r >= 2 and c >= 2 else 0 if r < 2 and c < 2 else 1) for r in range(4) for c in range(4)}
    changed = markdown_text(render(ws.confrontation_view, {"land": "Nederland", **cells}))
    assert_mentions(changed, "De sterkste optie is **WT**", "| 20 |", "| 4 | SO")
    m = case.case_confrontation("Nederland")
    assert swot.confrontation_matrix(**m).ranking[0] == "SO"


def test_a_tie_is_named():
    cells = {f"cel_{r}_{c}": 2 for r in range(4) for c in range(4)}
    text = markdown_text(render(ws.confrontation_view, {"land": "Nederland", **cells}))
    assert_mentions(text, "staan gelijk")


def test_confrontation_view_refuses_a_score_outside_the_scale():
    assert_error_box(render(ws.confrontation_view, {"land": "Nederland", "cel_0_0": 7}), ("score van", "7"))


def test_the_widget_has_sixteen_cells():
    box = ws.confrontation_widget()
    cells = [c for c in _walk(box) if isinstance(c, w.Dropdown)]
    assert len(cells) == 16 and cells[0].value == 4     # Energietransitie × Technisch advies: 4


# --- gap filler ------------------------------------------------------------------------------------

@pytest.mark.parametrize("plan, chance", list(itertools.product([0.0, 2.0, 8.0], [0.0, 0.5, 1.0])))
def test_gap_view_over_a_grid(plan, chance):
    state = {f"plan_{r}": plan for r in gap_analysis.ROUTES} | {f"kans_{r}": chance for r in gap_analysis.ROUTES}
    _valid(render(wg.gap_view, state))


def test_gap_view_numbers_match_the_model():
    text = markdown_text(render(wg.gap_view, {}))
    forecast = float(case.case_forecast_2025().sum())
    g = gap_analysis.gap_analysis(case.REVENUE_OBJECTIVE_2025, forecast,
                                  {r: v * 1e6 for r, v in wg.START_PLAN.items()})
    # 214 − 207,25 = 6,75 mln; expected 3 × 0,8 + 2 × 0,6 + 2 × 0,5 + 1 × 0,3 = 4,9 mln; open 1,85 mln
    assert g.gap / 1e6 == pytest.approx(6.75, abs=0.01) and g.filled == pytest.approx(4.9e6)
    assert_mentions(text, "gat van € 6,8 mln", "€ 1,9 mln", "73%", "€ 4,9 mln")
    full = markdown_text(render(wg.gap_view, {"plan_marktpenetratie": 8.0, "kans_marktpenetratie": 1.0}))
    assert_mentions(full, "buffer")


def test_gap_view_refuses_bad_input():
    assert_error_box(render(wg.gap_view, {"plan_diversificatie": -1.0}), ("plan voor diversificatie", "-1"))
    assert_error_box(render(wg.gap_view, {"kans_diversificatie": 30}), ("slaagkans van diversificatie", "30"))


def test_builders_work():
    for build in (wp.portfolio_widget, wg.gap_widget, ws.confrontation_widget):
        assert isinstance(build(), w.Box)


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)
