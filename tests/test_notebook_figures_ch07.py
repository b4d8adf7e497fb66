"""Figures that notebook 07's prose quotes, recomputed from the models and the case data (issue 12, § 5).

Each test checks that the notebook still quotes the figure (so the test fails when the sentence goes) and that the
model gives what the sentence says. Hand computations in the comments.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from salesbook import accounts, case
from salesbook.customers import abc_analysis
from salesbook.data import load_dataset
from tests.checks import notebook_code, notebook_prose

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "07_accountmanagement.ipynb"
RATE_IN_PROSE = re.compile(r"(\d+)% (?:rente|vermogenskosten)")      # as in tests/test_widgets_ch09.py


@pytest.fixture(scope="module")
def prose() -> str:
    return notebook_prose(NOTEBOOK)


@pytest.fixture(scope="module")
def code() -> str:
    return notebook_code(NOTEBOOK)


@pytest.fixture(scope="module")
def winst():
    out = accounts.case_profitability()
    out["abc"] = abc_analysis(out["omzet"])["class"]
    return out


@pytest.fixture(scope="module")
def selection():
    scores = accounts.case_account_scores()
    a_nl = scores[scores["abc"] == "A"]
    portfolio = accounts.account_portfolio(a_nl)
    profit = accounts.case_profitability()
    table = a_nl[["omzet"]].join(portfolio[["aantrekkelijkheid", "kwadrant"]]).join(profit[["klantwinst"]])
    return a_nl, table, accounts.key_account_selection(table)["key_account"]


def test_almost_30_percent_are_a_customers(prose, winst):
    assert "bijna 30% A-klant" in prose
    # new ABC rule (class by the share before the customer): 436 of 1 479 = 29,5%
    assert (winst["abc"] == "A").sum() == 436 and len(winst) == 1479
    assert 0.29 < (winst["abc"] == "A").mean() < 0.30


def test_the_largest_customer_is_always_a(prose):
    assert "zo A, B en C" in prose
    # 90/5/5: shares before = 0, 0,90, 0,95 → A, B, C
    assert abc_analysis([90, 5, 5])["class"].tolist() == ["A", "B", "C"]


def test_dutch_a_customers_within_the_netherlands_and_in_the_group(prose, winst, selection):
    assert "(193 klanten)" in prose and "197 Nederlandse klanten" in prose and "de vier extra" in prose
    a_nl, _, _ = selection
    scores = accounts.case_account_scores()
    in_group = int((winst.loc[winst.index.intersection(scores.index), "abc"] == "A").sum())
    # 193 A within the Netherlands; 197 Dutch customers are A over the whole group; 197 − 193 = 4
    assert len(a_nl) == 193 and in_group == 197


def test_whale_peak_and_loss_making_a_customers(prose, winst):
    # at the case's cost of capital (8%; at the old 6% the counts were 27, eleven and nine)
    assert "De top ligt op 105%" in prose and "29 A-klanten" in prose and "27 A-klanten" not in prose
    summary = accounts.whale_summary(winst)
    # peak = profit of the profitable / total profit = 38 568 474 / 36 633 786 = 1,053 ("105%")
    assert round(summary.peak_share, 2) == 1.05
    # 1 071 profitable customers earn € 38,57 mln ("ruim duizend", "bijna € 39 mln"); 408 loss-makers
    # lose € 1,93 mln ("ruim vierhonderd", "bijna € 2 mln"); 408 / 1 479 = 27,6% ("ruim een kwart")
    assert "bijna € 39 mln" in prose and "bijna € 2 mln" in prose and "ruim een kwart" in prose
    assert summary.customers_at_peak == 1071 and 38.5e6 < summary.profit_of_profitable < 39e6
    assert summary.loss_makers == 408 and 1.9e6 < summary.total_loss < 2e6
    assert 0.25 < summary.loss_makers / summary.customers < 0.30
    losing = winst[(winst["abc"] == "A") & (winst["klantwinst"] < 0)]
    assert len(losing) == 29
    # twelve in the Middle East, nine in Germany
    assert "twaalf in het Midden-Oosten" in prose and "negen in Duitsland" in prose
    assert "Twaalf van de 29" in prose
    assert losing["land"].value_counts()[["Midden-Oosten", "Duitsland"]].tolist() == [12, 9]


def test_loss_making_a_customers_against_the_others(prose, winst):
    drivers = load_dataset("kostendrivers").set_index("klant_id")
    a = winst[winst["abc"] == "A"].join(drivers)
    lose, win = a[a["klantwinst"] < 0], a[a["klantwinst"] >= 0]
    # median order size 5 190 against 18 325: 0,28 ("ruim een kwart van de grootte")
    assert "een kwart van de grootte" in prose
    ratio = (lose["omzet"] / lose["orders"]).median() / (win["omzet"] / win["orders"]).median()
    assert 0.25 < ratio < 0.30
    # deliveries per order 4,47 against 2,86: 1,56 ("anderhalf keer zoveel")
    assert "anderhalf keer zoveel leveringen" in prose
    per_order = (lose["leveringen"].sum() / lose["orders"].sum()) / (win["leveringen"].sum() / win["orders"].sum())
    assert 1.4 < per_order < 1.6
    # payment days 101,2 against 71,3: 30 days later ("een maand later")
    assert "een maand later" in prose
    assert 28 < lose["betaaldagen"].mean() - win["betaaldagen"].mean() < 32
    # cost-to-serve 42,7% against 8,3% of the revenue ("43%", "8%"); gross margin 29,8% and 29,6% ("30%")
    assert "is 43% van de omzet" in prose and "tegen 8%" in prose and "even hoog (30%)" in prose
    assert round(100 * lose["cost_to_serve"].sum() / lose["omzet"].sum()) == 43
    assert round(100 * win["cost_to_serve"].sum() / win["omzet"].sum()) == 8
    assert round(100 * lose["brutomarge"].sum() / lose["omzet"].sum()) == 30
    assert round(100 * win["brutomarge"].sum() / win["omzet"].sum()) == 30


def test_deliveries_are_the_largest_cost_of_the_five_largest_a_losses(prose, winst):
    # leveringen / cost-to-serve of the five: 187 875 / 292 296 = 0,64 … 47 025 / 92 451 = 0,51
    assert "de helft tot bijna" in prose and "twee derde" in prose
    five = winst[(winst["abc"] == "A") & (winst["klantwinst"] < 0)].sort_values("klantwinst").head(5)
    costs = ["kosten_bezoeken", "kosten_orders", "kosten_leveringen", "kosten_retouren", "kosten_krediet"]
    assert (five[costs].idxmax(axis=1) == "kosten_leveringen").all()
    share = five["kosten_leveringen"] / five["cost_to_serve"]
    assert 0.5 <= share.min() and share.max() < 2 / 3


def test_chapter_7_charges_the_case_cost_of_capital(prose, code, winst):
    # one cost of capital for the case (chapters 1 and 9 use it too): 8%
    rate = round(case.COST_OF_CAPITAL * 100)
    assert rate == 8
    # every "N% rente" the prose states is that rate, and the notebook names the constant
    assert {int(r) for r in RATE_IN_PROSE.findall(prose)} == {rate}
    assert "case.COST_OF_CAPITAL" in prose and "case.COST_OF_CAPITAL" in code
    # the code never passes a rate of its own: the case computations run at the case's rate
    assert "interest_rate" not in code and "case_profitability()" in code
    # the profit table the notebook shows charges omzet × 0,08 × betaaldagen / 365
    days = load_dataset("kostendrivers").set_index("klant_id")["betaaldagen"].loc[winst.index]
    assert winst["kosten_krediet"].to_numpy() == pytest.approx((winst["omzet"] * 0.08 * days / 365).to_numpy())
    # the same rate as notebooks 01 and 09 state in their prose
    for other in ("01_rol_van_de_salesmanager.ipynb", "09_bedrijfseconomische_aspecten.ipynb"):
        nb = nbformat.read(NOTEBOOK.parent / other, as_version=4)
        text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
        assert {int(r) for r in RATE_IN_PROSE.findall(text)} == {rate}, other
    # the widget starts at that rate
    from salesbook.widgets import accounts as widgets

    box = widgets.profitability_widget()
    start = {c.description: c.value for c in box.children[0].children}
    assert start["Rente per jaar"] == case.COST_OF_CAPITAL


def test_key_accounts_and_their_quadrants(prose, selection):
    assert "Ruim een derde daarvan" in prose and "ongeveer de helft" in prose
    _, table, chosen = selection
    in_quadrant = table["kwadrant"] == "key account"
    # 61 selected; 21 of them in 'ontwikkelen' (21/61 = 34%, "ruim een derde");
    # 87 in the quadrant, 40 of them selected: 47/87 = 54% not selected ("ongeveer de helft")
    assert int(chosen.sum()) == 61
    assert int((table.loc[chosen, "kwadrant"] == "ontwikkelen").sum()) == 21
    assert int(in_quadrant.sum()) == 87 and int((in_quadrant & ~chosen).sum()) == 47
    # Bouwbedrijf Jacobs (K01616) is in 'ontwikkelen' and passes all three criteria
    assert table.loc["K01616", "kwadrant"] == "ontwikkelen" and bool(chosen["K01616"])


def test_c_customers_cost_money_on_balance(prose, winst):
    # C-customers: 621 of 1 479 = 42% ("ruim 40%"); their klantwinst together −€ 236 742 at 8% ("kosten ze zelfs geld")
    assert "Ruim 40% is C-klant" in prose and "kosten ze zelfs geld" in prose
    c = winst[winst["abc"] == "C"]
    assert len(c) == 621 and 0.40 < len(c) / len(winst) < 0.45
    assert -300_000 < c["klantwinst"].sum() < 0


def test_the_worked_examples_k00528_and_k01616(prose, winst):
    # K00528: omzet 382 901 ("bijna vier ton"), brutomarge 102 692 ("ruim een ton"), klantwinst −189 604 at 8%
    # ("bijna twee ton"); 382 901 / 181 orders = 2 115 ("ruim € 2.000 per order"); 835 / 181 = 4,6 deliveries
    assert "bijna vier ton omzet" in prose and "ruim een ton brutomarge" in prose and "bijna **twee ton**" in prose
    row = winst.loc["K00528"]
    assert 350_000 < row["omzet"] < 400_000 and 100_000 < row["brutomarge"] < 110_000
    assert -200_000 < row["klantwinst"] < -180_000
    assert 2_000 < row["omzet"] / 181 < 2_250 and 4 < 835 / 181 < 5
    # K01616: brutomarge 30,5% of the revenue ("ruim 30% marge"), cost-to-serve 2,1% ("maar 2%")
    assert "ruim 30% marge" in prose and "maar 2% van de omzet" in prose
    k = winst.loc["K01616"]
    assert 0.30 < k["brutomarge"] / k["omzet"] < 0.31
    assert round(100 * k["cost_to_serve"] / k["omzet"]) == 2
