"""The chapter-9 widgets: every view over a grid of values (valid → formula, table and figure;
invalid → only the Dutch error box), the numbers they show, and the widget builders."""

import html
import itertools

import ipywidgets as w
import pandas as pd
import pytest
from IPython.display import HTML, Markdown
from matplotlib.figure import Figure

from salesbook.widgets import finance as wf
from salesbook.widgets.common import render
from tests.checks import (assert_error_box as _assert_error, assert_numbers, markdown_text as _text, nl, numbers,
                          pairs_and_corners)


def _assert_valid(items):
    assert not any(isinstance(i, HTML) and "Dat gaat niet" in i.data for i in items), items
    kinds = [type(i) for i in items]
    assert Markdown in kinds and Figure in kinds and pd.DataFrame in kinds
    assert "$$" in next(i.data for i in items if isinstance(i, Markdown)), "every widget shows its formula"


# --- discount and price rise ------------------------------------------------------------------

@pytest.mark.parametrize("margin, discount", list(itertools.product([0.05, 0.23, 0.35, 0.6], [0.0, 0.02, 0.04, 0.2])))
def test_discount_view_over_a_grid(margin, discount):
    items = render(wf.discount_view, {"margin": margin, "discount": discount})
    if discount >= margin:
        _assert_error(items, ("korting", "kleiner zijn dan", "brutomarge"))
    else:
        _assert_valid(items)


def test_discount_view_shows_the_book_example():
    # hand computation: 30% margin, 10% discount: 0.10 / 0.20 = 50% more; 100 units → 150 units
    items = render(wf.discount_view, {"margin": 0.30, "discount": 0.10})
    text = _text(items)
    assert "**50,0% meer verkopen**" in text and "150,0 stuks" in text
    table = next(i for i in items if isinstance(i, pd.DataFrame))
    assert table.loc["brutomarge totaal"].tolist() == ["€ 3.000", "€ 3.000"]


@pytest.mark.parametrize("margin, increase", list(itertools.product([0.05, 0.23, 0.6], [0.0, 0.03, 0.3])))
def test_price_rise_view_over_a_grid(margin, increase):
    _assert_valid(render(wf.price_rise_view, {"margin": margin, "increase": increase}))


def test_price_rise_view_numbers():
    # hand computation: 3% rise at 23% margin: 0.03 / 0.26 = 11.5%
    assert "**11,5% van de afzet verliezen**" in _text(render(wf.price_rise_view, {"margin": 0.23, "increase": 0.03}))


@pytest.mark.parametrize("state, fragment", [
    ({"margin": 0.0, "discount": 0.0}, "brutomarge moet een fractie"),
    ({"margin": 35, "discount": 0.05}, "bedoel je 0.35?"),
    ({"margin": 0.35, "discount": 0.35}, ("korting", "hele marge")),
])
def test_discount_view_invalid_values_give_only_the_error_box(state, fragment):
    _assert_error(render(wf.discount_view, state), fragment)


# --- markup versus margin -----------------------------------------------------------------------

@pytest.mark.parametrize("cost, markup, discount", list(itertools.product([10, 80, 500], [0.05, 0.25, 1.0, 1.5],
                                                                       [0.0, 0.03, 0.1, 0.3])))
def test_markup_view_over_a_grid(cost, markup, discount):
    items = render(wf.markup_view, {"cost_price": cost, "markup": markup, "discount": discount})
    m = markup / (1 + markup)
    if discount >= m:
        _assert_error(items, ("korting", "kleiner zijn dan", "brutomarge"))
    else:
        _assert_valid(items)


def test_markup_view_shows_the_classic_mistake():
    # hand computation: 25% markup → 0.25/1.25 = 20% of the price; 10% discount: 0.1/0.1 = 100% (right),
    # 0.1/(0.25 − 0.1) = 66.7% (markup taken for the margin)
    items = render(wf.markup_view, {"cost_price": 80, "markup": 0.25, "discount": 0.10})
    text = _text(items)
    assert "**20,0%**" in text and "**100,0%**" in text and "66,7%" in text
    table = next(i for i in items if isinstance(i, pd.DataFrame))
    [row] = [label for label in table.index if "10%" in label]        # the row of the 10% discount
    assert table.loc[row].tolist() == [f"{nl(0.1 / 0.1 * 100, 1)}%", f"{nl(0.1 / 0.15 * 100, 1)}%"]


@pytest.mark.parametrize("discount", [0.01, 0.05, 0.3])
def test_markup_view_without_markup_explains_there_is_no_margin_for_a_discount(discount):
    # opslag 0 (the slider minimum): price = cost, margin m = 0 / 1 = 0, so no discount can be
    # earned back; the message must not speak of a "brutomarge" the student never entered
    items = render(wf.markup_view, {"cost_price": 80, "markup": 0.0, "discount": discount})
    _assert_error(items, "zonder opslag", "geen marge om een korting")
    assert "brutomarge moet een fractie" not in html.unescape(items[0].data)


# both bars are 0: the chart must not set identical x limits (a matplotlib warning); pytest turns
# warnings into failures only if configured, so check explicitly
@pytest.mark.filterwarnings("error:Attempting to set identical low and high xlims")
def test_markup_view_without_markup_and_without_discount_renders():
    # k = 0 and d = 0: price € 80 = cost, margin 0,0%; nothing to refuse
    items = render(wf.markup_view, {"cost_price": 80, "markup": 0.0, "discount": 0.0})
    _assert_valid(items)
    assert "**0,0%**" in _text(items)


def test_markup_view_refuses_a_zero_cost_price():
    _assert_error(render(wf.markup_view, {"cost_price": 0, "markup": 0.25, "discount": 0.1}),
                  ("inkoopprijs", "groter zijn dan 0"))


# --- break-even ------------------------------------------------------------------------------------

@pytest.mark.parametrize("fc, price, vc, discount, volume", pairs_and_corners(
    [0, 210_000, 600_000], [10, 120, 300], [0, 78, 250], [0.0, 0.05, 0.3], [500, 6_500, 20_000]))
def test_break_even_view_over_a_grid(fc, price, vc, discount, volume):
    items = render(wf.break_even_view, {"fixed_costs": fc, "price": price, "variable_cost": vc,
                                        "discount": discount, "volume": volume})
    if price <= vc:
        _assert_error(items, ("verkoopprijs", "groter zijn dan", "variabele kosten"))
    elif price * (1 - discount) <= vc:
        _assert_error(items, "is te hoog: de nettoprijs")
    else:
        _assert_valid(items)


def test_break_even_view_numbers():
    # hand computation: 210 000 / (114 − 78) = 5 833.3 → 5 834; before the discount 5 000; +16.7%
    items = render(wf.break_even_view, {"fixed_costs": 210_000, "price": 120, "variable_cost": 78,
                                        "discount": 0.05, "volume": 6_500})
    text = _text(items)
    assert "**5.833,3 stuks**" in text and "afgerond 5.834 stuks" in text and "**16,7%**" in text
    table = next(i for i in items if isinstance(i, pd.DataFrame))
    assert table.loc["break-evenpunt (stuks)"].tolist() == ["5.000,0", "5.833,3"]
    assert table.loc["resultaat bij verwachte afzet"].tolist() == ["€ 63.000", "€ 24.000"]


def test_break_even_view_warns_below_break_even():
    items = render(wf.break_even_view, {"fixed_costs": 210_000, "price": 120, "variable_cost": 78,
                                        "discount": 0.0, "volume": 4_000})
    assert "**onder** het break-evenpunt" in _text(items)


# --- DSO and the cost of credit -----------------------------------------------------------------

@pytest.mark.parametrize("rate, target", list(itertools.product([0.0, 0.06, 0.15], [0, 30, 60, 100, 160])))
def test_credit_view_over_a_grid(rate, target):
    _assert_valid(render(wf.credit_view, {"interest_rate": rate, "target_dso": target}))


def test_credit_view_numbers():
    # hand computation: receivables 13 612 mln·days / 365 = € 37 293 151; × 6% = € 2 237 589
    # target 60: freed (44·30 + 35·10 + 14·25 + 12·12 + 8·50 + 1·92) mln / 365 = 2 656 / 365 mln = € 7 276 712
    text = _text(render(wf.credit_view, {"interest_rate": 0.06, "target_dso": 60}))
    assert "**€ 37.293.151**" in text and "**€ 2.237.589**" in text and "**€ 7.276.712**" in text
    assert "Nederland" not in text.split("moeten hun DSO")[0].split("(")[-1]


def test_credit_view_when_every_subsidiary_meets_the_target():
    assert "er komt niets vrij" in _text(render(wf.credit_view, {"interest_rate": 0.06, "target_dso": 160}))


@pytest.mark.parametrize("state, fragment", [
    ({"interest_rate": 6, "target_dso": 60}, "bedoel je 0.06?"),
    ({"interest_rate": 0.06, "target_dso": -5}, "doel-DSO mag niet negatief zijn"),
])
def test_credit_view_invalid_values(state, fragment):
    _assert_error(render(wf.credit_view, state), fragment)


# --- retention and profit -----------------------------------------------------------------------

PROFILE = {"base": 1_000, "growth": 300, "cost_savings": 100, "referrals": 80, "price_premium": 60,
           "acquisition_cost": 2_500, "discount_rate": 0.08}


@pytest.mark.parametrize("r, base, growth, ac, d", pairs_and_corners(
    [0.3, 0.84, 0.94], [0, 1_000, 5_000], [0, 1_000], [0, 10_000], [0.0, 0.2]))
def test_retention_profit_view_over_a_grid(r, base, growth, ac, d):
    state = PROFILE | {"retention_rate": r, "base": base, "growth": growth, "acquisition_cost": ac, "discount_rate": d}
    _assert_valid(render(wf.retention_profit_view, state))


def test_retention_profit_view_numbers():
    # flat profile, d = 0 (hand computation as in test_retention): value 3 750 → 6 591 (+75,8%),
    # profit per customer-year 600 → 725 (+20,8%); lifetime 1/0.16 = 6.25 → 1/0.11 = 9.09
    state = {"retention_rate": 0.84, "base": 1_000, "growth": 0, "cost_savings": 0, "referrals": 0,
             "price_premium": 0, "acquisition_cost": 2_500, "discount_rate": 0.0}
    items = render(wf.retention_profit_view, state)
    text = _text(items)
    assert "**6,25 jaar**" in text and "**9,09 jaar**" in text
    assert_numbers(text, "3.750", "6.591", "75,8%")        # 6 591 / 3 750 − 1 = 75,8%
    assert_numbers(text, "600", "725", "20,8%")            # 725 / 600 − 1 = 20,8%


def test_retention_profit_view_with_a_negative_value_says_so():
    state = PROFILE | {"retention_rate": 0.3, "base": 0, "growth": 0, "cost_savings": 0, "referrals": 0,
                       "price_premium": 0, "acquisition_cost": 10_000}
    assert "niet positief" in _text(render(wf.retention_profit_view, state))


@pytest.mark.parametrize("state, fragment", [
    ({"retention_rate": 0.97}, ("retentie na de verhoging", "kleiner zijn dan 1")),
    ({"retention_rate": 84}, "bedoel je 0.84?"),
    ({"growth": -5}, ("omzetgroei per jaar", "negatief")),
    ({"acquisition_cost": -1}, "acquisitiekosten mag niet negatief zijn"),
])
def test_retention_profit_view_invalid_values(state, fragment):
    _assert_error(render(wf.retention_profit_view, PROFILE | {"retention_rate": 0.84} | state), fragment)


# --- payment terms of one customer (klantwinst, H7) -------------------------------------------------------

from salesbook.data import load_dataset  # noqa: E402


@pytest.mark.parametrize("days, rate", list(itertools.product([0, 30, 180], [0.0, 0.06, 0.15])))
def test_payment_terms_view_over_a_grid(days, rate):
    for customer in wf.slow_payers():
        _assert_valid(render(wf.payment_terms_view, {"customer": customer, "payment_days": days, "interest_rate": rate}))


def test_payment_terms_view_numbers_by_hand():
    # hand computation from the case data (plain pandas): omzet 2024 × 6% × days / 365
    customer = wf.slow_payers()[0]
    tx = load_dataset("transacties")
    sales = tx.loc[(tx["klant_id"] == customer) & (tx["datum"].dt.year == 2024), "bedrag"].sum()
    days = load_dataset("kostendrivers").set_index("klant_id").loc[customer, "betaaldagen"]
    items = render(wf.payment_terms_view, {"customer": customer, "payment_days": 30, "interest_rate": 0.06})
    table = next(i for i in items if isinstance(i, pd.DataFrame))
    from salesbook.formatting import euro
    assert table.loc["kosten krediet"].tolist() == [euro(sales * 0.06 * days / 365), euro(sales * 0.06 * 30 / 365)]
    # the other costs do not depend on the payment days
    assert table.loc["kosten bezoeken", "nu"] == table.loc["kosten bezoeken", "na 30 dagen"]


def test_slow_payers_are_sorted_by_credit_share():
    facts = wf._customer_facts()
    shares = [facts.loc[k, "omzet"] * 0.06 * facts.loc[k, "betaaldagen"] / 365 / facts.loc[k, "brutomarge"]
              for k in wf.slow_payers()]
    assert shares == sorted(shares, reverse=True) and len(shares) == 5


@pytest.mark.parametrize("state, fragment", [
    ({"customer": "K99999"}, ("klant_id", "omzet in 2024")),
    ({"payment_days": -1}, "betaaldagen mag niet negatief zijn"),
    ({"interest_rate": 6}, "bedoel je 0.06?"),
])
def test_payment_terms_view_invalid_values(state, fragment):
    full = {"customer": wf.slow_payers()[0], "payment_days": 30, "interest_rate": 0.06} | state
    _assert_error(render(wf.payment_terms_view, full), fragment)


# --- the widgets ------------------------------------------------------------------------------------

@pytest.mark.parametrize("build", [wf.discount_widget, wf.price_rise_widget, wf.markup_widget, wf.break_even_widget,
                                   wf.credit_widget, wf.retention_profit_widget,
                                   wf.payment_terms_widget])
def test_widgets_build_and_redraw(build):
    box = build()
    assert isinstance(box, w.VBox)
    out = box.children[-1]
    assert isinstance(out, w.Output) and out.outputs, "the output area is filled at once"
    slider = next(c for c in box.children[0].children if isinstance(c, w.FloatSlider))
    slider.value = slider.min
    assert out.outputs, "moving a slider redraws"


# --- the chapter-9 charts ---------------------------------------------------------------------------

def test_decision_heatmaps_mark_refused_cells():
    from salesbook import charts, finance

    fig = charts.decision_heatmap(finance.discount_table([0.15, 0.3], [0.05, 0.15, 0.25]))
    texts = [t.get_text() for t in fig.axes[0].texts]
    # hand computation: 0.05/0.10 = 50%, 0.15 ≥ 0.15 refused, 0.25 refused; 0.05/0.25 = 20%, 0.15/0.15 = 100%, 0.25/0.05 = 500%
    assert texts == ["50%", "✗ onmogelijk", "✗ onmogelijk", "20%", "100%", "500%"]
    fig = charts.decision_heatmap(finance.price_increase_table([0.25], [0.05]), kind="prijsverhoging")
    assert [t.get_text() for t in fig.axes[0].texts] == ["17%"]          # 0.05 / 0.30
    assert fig.axes[0].get_xlabel() == "Prijsverhoging"


def test_volume_and_break_even_charts_label_the_reader_s_point():
    from salesbook import charts, finance

    fig = charts.volume_effect_chart(finance.volume_effects(0.23, increase=0.03))
    label = fig.axes[0].texts[-1].get_text()
    assert numbers(label) == ["+3%", "12%"] and "minder afzet" in label          # 0.03 / 0.26 = 11.5%
    fig = charts.break_even_chart(finance.break_even(210_000, 120, 78, discount=0.05, volume=6_500))
    assert fig.axes[0].texts[0].get_text() == "break-evenpunt: 5.834 stuks (€ 665.000)"   # ⌈5 833.3⌉; × € 114


# --- one story for the case: the cost of capital and the figures notebook 09 quotes (issue 12) -------

import re  # noqa: E402
from pathlib import Path  # noqa: E402

import nbformat  # noqa: E402

from salesbook import case, finance  # noqa: E402
from salesbook.exercise_bank import ch09 as bank  # noqa: E402
from salesbook.formatting import euro, number, percent  # noqa: E402

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
NB01, NB09 = "01_rol_van_de_salesmanager.ipynb", "09_bedrijfseconomische_aspecten.ipynb"
RATE_IN_PROSE = re.compile(r"(\d+)% (?:rente|vermogenskosten)")
CREDIT_CALL = re.compile(r"(credit_by_subsidiary|dso_reduction|case_profitability)\(([^)]*)\)")


def _cells(name: str, kind: str) -> str:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    return "\n".join(c.source for c in nb.cells if c.cell_type == kind)


def test_notebooks_01_and_09_state_the_same_cost_of_capital():
    # case.COST_OF_CAPITAL = 0.08; each notebook names it in its prose as "8% rente" / "8% vermogenskosten"
    rate = round(case.COST_OF_CAPITAL * 100)
    assert rate == 8
    assert {int(r) for r in RATE_IN_PROSE.findall(_cells(NB01, "markdown"))} == {rate}
    assert {int(r) for r in RATE_IN_PROSE.findall(_cells(NB09, "markdown"))} == {rate}


def test_chapter_9_code_takes_the_rate_from_the_case_constant():
    assert wf.CASE_INTEREST_RATE == case.COST_OF_CAPITAL
    calls = CREDIT_CALL.findall(_cells(NB09, "code"))
    assert len(calls) == 4                                  # two credit tables, one customer, the customer profits
    assert all("COST_OF_CAPITAL" in args for _, args in calls), calls
    # the exercise bank: the group's saving at 8%, as in tests/test_exercises_ch09.py
    hand = (44 * 20 + 14 * 15 + 12 * 2 + 8 * 40 + 1 * 82) * 1e6 / 365 * 0.08      # € 1.110.904
    assert bank.opgave_dso_groep.exercise.expected == pytest.approx(hand)


def test_the_figures_notebook_09_quotes_about_credit_follow_from_the_model():
    prose = _cells(NB09, "markdown")
    t = finance.credit_by_subsidiary(case.dataset("landenvestigingen"), case.COST_OF_CAPITAL, target_dso=60)
    # receivables 13 612 mln·days / 365 = € 37,3 mln; × 8% = € 2,98 mln ("bijna € 3,0 mln")
    assert t["debiteuren"].sum() == pytest.approx(13_612e6 / 365)
    assert 2.9e6 < t["rentekosten"].sum() < 3.0e6 and "bijna € 3,0 mln" in prose
    assert "€ 2,2 mln" not in prose                         # the old figure at 6%
    # 60 days of extra credit at 8%: 0.08 × 60 / 365 = 1.32% of the sales ("ruim 1,3%")
    assert percent(0.08 * 60 / 365, 1) == "1,3%" and "ruim 1,3%" in prose


def test_the_break_even_worked_example_is_other_data_than_the_exercises():
    prose = _cells(NB09, "markdown")
    before = finance.break_even(230_000, 100, 77, volume=12_000)
    after = finance.break_even(230_000, 100, 77, discount=0.05, volume=12_000)
    assert before.units == 10_000                           # 230 000 / (100 − 77)
    assert after.units == pytest.approx(230_000 / 18)       # 12 777.8 → 12.778; +27.8% = 0.05 / 0.18
    assert (before.profit, after.profit) == (46_000, -14_000)   # 2 000 × 23; 12 000 × 18 − 230 000
    for figure in (number(10_000), number(12_778), percent(0.05 / 0.18, 1), euro(14_000), euro(46_000)):
        assert figure.replace("€ ", "") in prose, figure
    # the exercises use the Nederland line (5.000 stuks), which the prose above them must not print
    assert bank.opgave_break_even.exercise.expected == 5_000 and "5.000 stuks" not in prose
