"""Figures that notebook 07's prose quotes, recomputed from the models and the case data (issue 12, § 5).

Each test checks that the notebook still quotes the figure (so the test fails when the sentence goes) and that the
model gives what the sentence says. Hand computations in the comments.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from salesbook import accounts
from salesbook.customers import abc_analysis

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "07_accountmanagement.ipynb"


@pytest.fixture(scope="module")
def prose() -> str:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    return " ".join("\n".join(c.source for c in nb.cells if c.cell_type == "markdown").split())


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
    assert "De top ligt op 105%" in prose and "27 A-klanten" in prose
    summary = accounts.whale_summary(winst)
    # peak = profit of the profitable / total profit = 1,050 (105,0%)
    assert round(summary.peak_share, 2) == 1.05
    losing = winst[(winst["abc"] == "A") & (winst["klantwinst"] < 0)]
    assert len(losing) == 27
    # eleven in the Middle East, nine in Germany
    assert "elf in het Midden-Oosten" in prose and "negen in Duitsland" in prose
    assert losing["land"].value_counts()[["Midden-Oosten", "Duitsland"]].tolist() == [11, 9]


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
