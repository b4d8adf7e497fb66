"""The chapter-6 widgets: every view over a grid of values (valid → formula, table and figure;
invalid → only the Dutch error box), the numbers they show, and the widget builders."""

import itertools

import ipywidgets as w
import pandas as pd
import pytest
from IPython.display import HTML, Markdown
from matplotlib.figure import Figure

from salesbook.widgets import planning as wp
from salesbook.widgets.common import LiveView, render
from tests.checks import (assert_error_box as _assert_error, assert_mentions, assert_numbers, line_with,
                          markdown_text as _text, nl, numbers, pairs_and_corners)


def _assert_valid(items):
    assert not any(isinstance(i, HTML) and "Dat gaat niet" in i.data for i in items), items
    kinds = [type(i) for i in items]
    assert Markdown in kinds and Figure in kinds and pd.DataFrame in kinds
    assert "$$" in next(i.data for i in items if isinstance(i, Markdown))


# --- sales-force size ----------------------------------------------------------------------------------

@pytest.mark.parametrize("va, vb, vc, ha, share, pot", pairs_and_corners(
    [0, 12, 26], [0, 4], [0, 6], [0.5, 4], [0.3, 0.8], [5, 50]))
def test_sales_force_view_over_a_grid(va, vb, vc, ha, share, pot):
    items = render(wp.sales_force_view, dict(visits_a=va, visits_b=vb, visits_c=vc, hours_a=ha, hours_b=1.5,
                                             hours_c=1.0, visit_share=share, potential_per_rep_mln=pot))
    _assert_valid(items)


def test_sales_force_view_default_numbers():
    # hand computation: 193 × 12 × 2 + 174 × 4 × 1,5 + 245 × 1 × 1 = 4 632 + 1 044 + 245 = 5 921 h;
    # 210 × 8 × 0,55 = 924 h per rep → 6,41 → 7 reps
    text = _text(render(wp.sales_force_view, {}))
    assert r"\frac{5.921}{924} \right\rceil = 7" in text
    assert "**5,8 fte**" in text


@pytest.mark.parametrize("state, fragment", [
    (dict(hours_a=0), ("uren per bezoek['A']", "groter zijn dan 0")),
    (dict(visits_b=-1), ("bezoeken per account['B']", "negatief")),
    (dict(visit_share=55), ("aandeel bezoektijd", "fractie tussen 0 en 1")),
    (dict(potential_per_rep_mln=0), ("potentieel per verkoper (mln)", "groter zijn dan 0")),
])
def test_sales_force_view_bad_values(state, fragment):
    _assert_error(render(wp.sales_force_view, state), fragment)


# --- territories ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("n, va, vb, vc", [(n, 12, 4, 1) for n in range(1, 11)]
                         + list(itertools.product([2, 7], [0, 26], [0, 4], [0, 1])))
def test_territory_view_over_a_grid(n, va, vb, vc):
    items = render(wp.territory_view, dict(n_reps=n, visits_a=va, visits_b=vb, visits_c=vc))
    if va == vb == vc == 0:
        _assert_error(items, "geen werklast")
        return
    _assert_valid(items)
    table = next(i for i in items if isinstance(i, pd.DataFrame))
    assert len(table) == n


def test_territory_view_compares_with_the_current_regions():
    # hand computation, current regions: Lotte 40 A × 12 × 2 + 36 B × 4 × 1,5 + 56 C × 1 × 1 = 1 232 h,
    # Sanne 22 × 24 + 23 × 6 + 32 = 698 h (the busiest and the quietest of the six): 1 232 / 698 = 1,765
    text = _text(render(wp.territory_view, {"n_reps": 6}))
    assert_numbers(line_with(text, "Huidige indeling"), "6", nl(1232 / 698, 2))


@pytest.mark.parametrize("n, fragment", [(0, ("aantal rayons", "minstens 1")),
                                          (2.5, ("aantal rayons", "geheel getal")),
                                          (99, ("aantal rayons", "niet groter", "aantal gebieden"))])
def test_territory_view_bad_values(n, fragment):
    _assert_error(render(wp.territory_view, {"n_reps": n}), fragment)


# --- call plan ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rep, va, vc", list(itertools.product(list(wp.case_team()["verkoper"]), [0, 26], [0, 6])))
def test_call_plan_view_over_a_grid(rep, va, vc):
    _assert_valid(render(wp.call_plan_view, dict(rep=rep, visits_a=va, visits_c=vc)))


def test_call_plan_view_fatima_is_overloaded():
    # Fatima: 36 A × 12 × 2 + 33 B × 4 × 1,5 + 38 C × 1 × 1 = 864 + 198 + 38 = 1 100 h;
    # capacity 168 × 8 × 0,55 = 739,2 h → 149%
    items = render(wp.call_plan_view, {"rep": "Fatima El Amrani"})
    text = _text(items)
    assert_mentions(text, "36 A-accounts", "33 B-accounts", "38 C-accounts")
    assert_numbers(text, nl(1100), "168", "8", "0,55", f"{round(1100 / 739.2 * 100)}%")
    assert "past **niet**" in text


def test_call_plan_view_unknown_rep():
    _assert_error(render(wp.call_plan_view, {"rep": "Piet Puk"}), "accountmanager moet een van")


# --- quotas ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("weight, growth", list(itertools.product([0, 0.25, 0.5, 1], [-0.1, 0, 0.04, 0.2])))
def test_quota_view_over_a_grid_adds_up(weight, growth):
    items = render(wp.quota_view, dict(weight=weight, growth=growth))
    _assert_valid(items)
    assert "= het totaal ✓" in _text(items)
    split = [i for i in items if isinstance(i, pd.DataFrame)][1]
    assert len(split) == 6 and "totaal" in split.columns


@pytest.mark.parametrize("state, fragment", [(dict(weight=50), "bedoel je 0.5"),
                                             (dict(weight=-0.1), ("gewicht van het potentieel", "fractie")),
                                             (dict(growth=2), ("groei", "tussen -0.5 en 1"))])
def test_quota_view_bad_values(state, fragment):
    _assert_error(render(wp.quota_view, state), fragment)


# --- compensation ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fixed, start, rate, second, rate2, bonus, threshold, cap", pairs_and_corners(
    [0.5, 1.0], [0, 12], [0, 0.002], [16], [0, 0.01], [0, 0.5], [0.5, 1.0], [1.0, 2.0]))
def test_compensation_view_over_a_grid(fixed, start, rate, second, rate2, bonus, threshold, cap):
    items = render(wp.compensation_view, dict(fixed_share=fixed, commission_start_mln=start, commission_rate=rate,
                                              second_start_mln=second, second_rate=rate2, bonus_share=bonus,
                                              threshold=threshold, cap=cap))
    _assert_valid(items)


def test_compensation_view_default_plan_pays_bonus_only_above_the_threshold():
    items = render(wp.compensation_view, {})
    table = next(i for i in items if isinstance(i, pd.DataFrame))
    # Sanne Dijkstra reached 89,1% < 90%: no bonus
    assert table.loc["Sanne Dijkstra", "bonus"] == "€ 0" and table.loc["Sanne Dijkstra", "totaal"] == "€ 54.000"
    assert "geen provisie" in _text(items)


def test_compensation_view_commission_does_not_stop_at_the_second_tier():
    # review finding: the second tier defaulted to € 16 mln at 0%, so "0,2% above € 12 mln" stopped at
    # € 16 mln and cost € 389.611. Hand computation with the case results 2024 (rep_results):
    # without commission: fixed 54 000 + 56 000 + 64 000 + 62 000 + 44 800 + 58 000 = 338 800; bonus
    # 10% of salary × realisation for the five at ≥ 90% (Sanne 89,1% gets none):
    # 5 600 × 0,9232 + 6 400 × 0,9665 + 6 200 × 0,9372 + 4 480 × 1,0950 + 5 800 × 1,0117 = 27 939 → 366 739.
    # All six sold more than € 12 mln, so Σ (omzet − 12 mln) = 84 mln − 6 × 12 mln = 12 mln;
    # 0,2% × 12 000 000 = 24 000 → 366 739 + 24 000 = € 390.739 (0,4652% of € 84 mln)
    assert "**€ 366.739**" in _text(render(wp.compensation_view, {}))
    text = _text(render(wp.compensation_view, dict(commission_rate=0.002)))
    assert "**€ 390.739**" in text and "**0,47%**" in text
    tiers = line_with(text, "provisie", "mln")
    assert_numbers(tiers, "0%", "12", "0,20%", "12")
    assert "vanaf € 12 mln" in tiers and "16" not in numbers(tiers)      # no 0% tier above € 16 mln
    # the same plan written with an explicit second tier at the same rate gives the same answer
    same = _text(render(wp.compensation_view, dict(commission_rate=0.002, second_rate=0.002)))
    assert "**€ 390.739**" in same
    # "Provisie vanaf" € 18 mln with no second tier is a valid plan (it used to be refused): only
    # Lotte (16,5 mln) and Joost (16,0 mln) sell more, and not above 18 mln → no commission, € 366.739
    text = _text(render(wp.compensation_view, dict(commission_start_mln=18, commission_rate=0.002)))
    assert "**€ 366.739**" in text
    tiers = line_with(text, "provisie", "mln")
    assert_numbers(tiers, "0%", "18", "0,20%", "18")
    assert "vanaf € 18 mln" in tiers


def test_compensation_view_lists_every_tier_including_a_zero_tier():
    # 0% up to 12 mln, 0,2% from 12 to 16 mln, 0,4% from 16 mln: all three tiers are named
    text = _text(render(wp.compensation_view, dict(commission_rate=0.002, second_rate=0.004)))
    tiers = line_with(text, "provisie", "mln")
    assert_numbers(tiers, "0%", "12", "0,20%", "12", "16", "0,40%", "16")
    assert "vanaf € 16 mln" in tiers
    # a first rate of 0 with a second tier: commission only from 16 mln, the 0% tier up to 16 mln is shown
    text = _text(render(wp.compensation_view, dict(commission_rate=0.0, second_rate=0.002)))
    tiers = line_with(text, "provisie", "mln")
    assert_numbers(tiers, "0%", "16", "0,20%", "16")
    assert "vanaf € 16 mln" in tiers and "12" not in numbers(tiers)


def test_build_tiers_drops_a_zero_second_tier_and_merges_equal_rates():
    assert wp.build_tiers(12e6, 0.002, 16e6, 0.0) == [(0, 0.0), (12e6, 0.002)]
    assert wp.build_tiers(12e6, 0.002, 16e6, 0.002) == [(0, 0.0), (12e6, 0.002)]
    assert wp.build_tiers(0, 0.001, 16e6, 0.003) == [(0, 0.001), (16e6, 0.003)]
    assert wp.build_tiers(20e6, 0.002, 16e6, 0.0) == [(0, 0.0), (20e6, 0.002)]


@pytest.mark.parametrize("state, fragment", [
    (dict(commission_start_mln=16, second_start_mln=12, second_rate=0.001),
     ("de tweede staffel", "moet boven de eerste beginnen")),
    (dict(commission_start_mln=-1), ("provisie vanaf (mln)", "negatief")),
    (dict(commission_rate=2), ("provisiepercentage", "fractie tussen 0 en 1")),
    (dict(threshold=90), "bonusdrempel moet een fractie"),
    (dict(cap=0.8), "bonusplafond moet minstens 1 zijn"),
    (dict(fixed_share=1.5), ("vast deel van het salaris", "fractie")),
])
def test_compensation_view_bad_values(state, fragment):
    _assert_error(render(wp.compensation_view, state), fragment)


# --- builders ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("builder", [wp.sales_force_widget, wp.territory_widget, wp.call_plan_widget,
                                     wp.quota_widget, wp.compensation_widget])
def test_widgets_build_and_redraw(builder):
    widget = builder()
    assert isinstance(widget, LiveView)
    output = widget.children[-1]
    assert isinstance(output, w.Output) and output.outputs
    first = widget.children[0].children[0]
    first.value = first.max if hasattr(first, "max") else first.value
    assert output.outputs
    assert "Interactief onderdeel" in repr(widget)
