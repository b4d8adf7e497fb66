"""The chapter-7 widgets: every view over a grid of values (valid → text, table and figure;
invalid → only the Dutch error box), the numbers they show, and the widget builders."""

import itertools

import ipywidgets as w
import pandas as pd
import pytest
from IPython.display import HTML, Markdown
from matplotlib.figure import Figure

from salesbook import accounts, case
from salesbook.customers import abc_analysis
from salesbook.widgets import accounts as wa
from salesbook.widgets.common import render
from tests.checks import assert_error_box as _assert_error, markdown_text as _text, pairs_and_corners


def _assert_valid(items, formula=True, figure=True):
    assert not any(isinstance(i, HTML) and "Dat gaat niet" in i.data for i in items), items
    kinds = [type(i) for i in items]
    assert Markdown in kinds
    if figure:
        assert Figure in kinds
    if formula:
        assert "$$" in next(i.data for i in items if isinstance(i, Markdown))


# --- § 7.3 profitability and the whale curve ----------------------------------------------------

@pytest.mark.parametrize("visit, order, delivery, ret, rate", [
    *pairs_and_corners([0, 1000], [0, 1000], [0, 600], [0, 600], [0.0, 0.15]),
    (400, 350, 225, 250, 0.08), (400, 350, 150, 250, 0.08), (400, 350, 225, 250, 0.10)])
def test_profitability_view_over_a_grid(visit, order, delivery, ret, rate):
    items = render(wa.profitability_view, {"visit_rate": visit, "order_rate": order, "delivery_rate": delivery,
                                           "return_rate": ret, "interest_rate": rate})
    # at very high rates the total profit turns negative: then no whale curve, but no error either
    negative = "de totale klantwinst negatief" in _text(items)
    _assert_valid(items, figure=not negative)


def test_profitability_view_numbers_match_the_model():
    # at the default sliders: the tariffs of DEFAULT_RATES and the case's cost of capital (8%)
    items = render(wa.profitability_view, {"visit_rate": 400, "order_rate": 350, "delivery_rate": 225,
                                           "return_rate": 250, "interest_rate": case.COST_OF_CAPITAL})
    profit = accounts.case_profitability()
    summary = accounts.whale_summary(profit)
    text = _text(items)
    # 408 loss-makers; peak 38 568 474 / 36 633 786 = 1,0528 → "105,3%" (at the old 6%: 401 and 105,0%)
    assert summary.loss_makers == 408 and f"**{summary.loss_makers}** van de" in text
    assert round(summary.peak_share, 3) == 1.053 and "piekt op **105,3%**" in text
    assert "$i$ = 8,0%" in text and "vermogenskosten" in text
    other = _text(render(wa.profitability_view, {"visit_rate": 400, "order_rate": 350, "delivery_rate": 225,
                                                 "return_rate": 250, "interest_rate": 0.10}))
    assert "$i$ = 10,0%" in other and "vermogenskosten" not in other
    table = next(i for i in items if isinstance(i, pd.DataFrame))
    abc = abc_analysis(profit["omzet"])["class"]
    losing_a = profit[(profit["klantwinst"] < 0) & (abc.reindex(profit.index) == "A")]
    # 29 loss-making A-customers; the table shows the largest by revenue, largest first
    assert len(losing_a) == 29 and "A-klanten met verlies: 29." in text
    assert list(table.index) == list(losing_a.sort_values("omzet", ascending=False).index[:8])
    assert set(table["grootste kostenpost"]) <= set(wa.DRIVER_WORDS.values())


def test_profitability_widget_starts_at_the_case_cost_of_capital():
    box = wa.profitability_widget()
    start = {c.description: c.value for c in box.children[0].children}
    assert start["Rente per jaar"] == case.COST_OF_CAPITAL == 0.08
    assert "piekt op **105,3%**" in str(box.children[-1].outputs)


def test_profitability_view_without_costs_has_no_loss_makers():
    items = render(wa.profitability_view, {"visit_rate": 0, "order_rate": 0, "delivery_rate": 0,
                                           "return_rate": 0, "interest_rate": 0})
    assert "geen enkele A-klant verlies" in _text(items)


@pytest.mark.parametrize("state, fragment", [
    ({"visit_rate": -5}, ("tarief voor bezoeken", "negatief")),
    ({"interest_rate": 6}, "bedoel je 0.06"),
    ({"order_rate": "veel"}, ("tarief voor orders", "getal")),
])
def test_profitability_view_bad_values_give_only_the_error_box(state, fragment):
    base = {"visit_rate": 400, "order_rate": 350, "delivery_rate": 225, "return_rate": 250, "interest_rate": 0.06}
    _assert_error(render(wa.profitability_view, base | state), fragment)


def test_main_driver():
    row = pd.Series({"kosten_bezoeken": 1.0, "kosten_orders": 5.0, "kosten_leveringen": 2.0,
                     "kosten_retouren": 0.0, "kosten_krediet": 4.0})
    assert wa.main_driver(row) == "orders"


# --- § 7.4 portfolio ------------------------------------------------------------------------------

@pytest.mark.parametrize("pot, groei, marge, fit, sow, rel, ass", [
    (3.5, 2, 2.5, 2, 4.5, 3, 2.5), (10, 0, 0, 0, 0, 0, 10), (0, 10, 0, 0, 10, 0, 0), (0, 0, 10, 0, 0, 10, 0),
    (0, 0, 0, 10, 0.5, 0.5, 0.5), (10, 10, 10, 10, 10, 10, 10), (0, 0, 0, 0, 4.5, 3, 2.5),
    (3.5, 2, 2.5, 2, 0, 0, 0)])
def test_portfolio_view_over_a_grid(pot, groei, marge, fit, sow, rel, ass):
    state = {"potentieel": pot, "groei": groei, "marge": marge, "fit": fit, "sow": sow, "relatie": rel,
             "assortiment": ass}
    items = render(wa.portfolio_view, state)
    if pot + groei + marge + fit == 0 or sow + rel + ass == 0:
        _assert_error(items, ("het belang", "minstens één onderdeel", "groter dan 0"))
        return
    _assert_valid(items)
    table = next(i for i in items if isinstance(i, pd.DataFrame))
    assert set(table["kwadrant"]) <= set(accounts.QUADRANTS)


def test_portfolio_view_at_default_sliders_equals_the_default_weights():
    a, p = accounts.ATTRACTIVENESS_WEIGHTS, accounts.POSITION_WEIGHTS
    wa_, wp_ = wa.portfolio_weights(a["potentieel"] * 10, a["groei"] * 10, a["marge"] * 10,
                                    a["strategische fit"] * 10, p["share of wallet"] * 10, p["relatie"] * 10,
                                    p["assortimentsfit"] * 10)
    assert wa_ == pytest.approx(a) and wp_ == pytest.approx(p)
    # importances 2, 2, 4, 2 → weights 0.2, 0.2, 0.4, 0.2
    w_a, _ = wa.portfolio_weights(2, 2, 4, 2, 1, 1, 1)
    assert list(w_a.values()) == pytest.approx([0.2, 0.2, 0.4, 0.2])
    items = render(wa.portfolio_view, {"potentieel": 3.5, "groei": 2, "marge": 2.5, "fit": 2, "sow": 4.5,
                                       "relatie": 3, "assortiment": 2.5})
    scores = accounts.case_account_scores()
    counts = accounts.account_portfolio(scores[scores["abc"] == "A"])["kwadrant"].value_counts()
    assert f"**{counts['key account']}** key account" in _text(items)
    assert r"0{,}35 \cdot s_{\text{potentieel}}" in _text(items)


@pytest.mark.parametrize("scores", [(1, 1, 1, 1, 1, 1, 1), (10, 10, 10, 10, 10, 10, 10), (9, 5, 4, 6, 3, 2, 6),
                                    (5.5, 5.5, 5.5, 5.5, 5.5, 5.5, 5.5), (2, 3, 4, 5, 9, 9, 9)])
def test_account_position_view_over_a_grid(scores):
    names = ["potentieel", "groei", "marge", "fit", "sow", "relatie", "assortiment"]
    items = render(wa.account_position_view, dict(zip(names, scores)))
    _assert_valid(items)
    assert any(q in _text(items) for q in accounts.QUADRANTS)


def test_account_position_view_by_hand():
    # 0,35×9 + 0,20×5 + 0,25×4 + 0,20×6 = 6,35; 0,45×3 + 0,30×2 + 0,25×6 = 3,45 → ontwikkelen
    items = render(wa.account_position_view, {"potentieel": 9, "groei": 5, "marge": 4, "fit": 6, "sow": 3,
                                              "relatie": 2, "assortiment": 6})
    text = _text(items)
    assert "= 6{,}35$$" in text and "= 3{,}45$$" in text and "**ontwikkelen**" in text


def test_account_position_view_bad_score():
    items = render(wa.account_position_view, {"potentieel": 0, "groei": 5, "marge": 4, "fit": 6, "sow": 3,
                                              "relatie": 2, "assortiment": 6})
    _assert_error(items, ("score 'potentieel' van jouw account", "1 tot en met 10", "(kreeg 0)"))


def test_account_position_widget_starts_at_a_development_account():
    box = wa.account_position_widget()
    start = {c.description: c.value for c in box.children[0].children}
    scores = accounts.case_account_scores()
    a_nl = scores[scores["abc"] == "A"]
    first = next(k for k in a_nl.index
                 if accounts.account_portfolio(a_nl).loc[k, "kwadrant"] == "ontwikkelen")
    assert start["Potentieel"] == pytest.approx(a_nl.loc[first, "potentieel"])
    assert "**ontwikkelen**" in str(box.children[-1].outputs)


# --- § 7.5 key accounts ---------------------------------------------------------------------------

@pytest.mark.parametrize("revenue, attractive, profit", list(itertools.product(
    [0, 250_000, 1_500_000], [1, 5.5, 10], [-100_000, 0, 200_000])))
def test_key_account_view_over_a_grid(revenue, attractive, profit):
    items = render(wa.key_account_view, {"min_revenue": revenue, "min_attractiveness": attractive,
                                         "min_profit": profit})
    _assert_valid(items, figure=False)
    assert "key accounts**" in _text(items)


def test_key_account_view_counts_match_the_model():
    items = render(wa.key_account_view, {"min_revenue": 250_000, "min_attractiveness": 5.5, "min_profit": 0})
    table = wa.key_account_table()
    chosen = accounts.key_account_selection(table)["key_account"].sum()
    assert f"**alle drie: {chosen} key accounts**" in _text(items)
    # by hand: the same three conditions with plain pandas
    by_hand = ((table["omzet"] >= 250_000) & (table["aantrekkelijkheid"] >= 5.5) & (table["klantwinst"] >= 0)).sum()
    assert chosen == by_hand
    # of the 61 key accounts, 21 lie in the quadrant 'ontwikkelen' (the position is no criterion)
    picked = table[(table["omzet"] >= 250_000) & (table["aantrekkelijkheid"] >= 5.5) & (table["klantwinst"] >= 0)]
    in_develop = int((picked["kwadrant"] == "ontwikkelen").sum())
    assert in_develop == 21
    assert f"liggen er {in_develop} in" in _text(items)


def test_key_account_view_bad_value():
    _assert_error(render(wa.key_account_view, {"min_revenue": -1, "min_attractiveness": 5.5, "min_profit": 0}),
                  ("minimale omzet", "negatief"))
    _assert_error(render(wa.key_account_view, {"min_revenue": 0, "min_attractiveness": 11, "min_profit": 0}),
                  ("minimale aantrekkelijkheid", "tussen 1 en 10"))


# --- § 7.6 account plan ---------------------------------------------------------------------------

@pytest.mark.parametrize("klant_id", [k for _, k in wa.plan_choices()])
def test_account_plan_view_for_every_choice(klant_id):
    items = render(wa.account_plan_view, {"klant_id": klant_id})
    assert len(items) == 1 and isinstance(items[0], Markdown)
    text = items[0]._repr_markdown_()
    assert "### Accountplan" in text and "DMU" in text and "klantwinst" in text


def test_account_plan_view_unknown_customer():
    _assert_error(render(wa.account_plan_view, {"klant_id": "K99999"}), "K99999", "staat niet in klanten.csv")


# --- the builders ------------------------------------------------------------------------------------

@pytest.mark.parametrize("builder", [wa.profitability_widget, wa.portfolio_widget, wa.key_account_widget,
                                     wa.account_plan_widget, wa.account_position_widget])
def test_widgets_build_and_redraw(builder):
    box = builder()
    assert isinstance(box, w.VBox)
    out = box.children[-1]
    assert isinstance(out, w.Output) and out.outputs
    assert "Dat gaat niet" not in str(out.outputs)
    controls = box.children[0].children
    first = controls[0]
    if isinstance(first, w.Dropdown):
        first.value = first.options[-1][1]
    else:
        first.value = first.max
    assert out.outputs and "Dat gaat niet" not in str(out.outputs)
