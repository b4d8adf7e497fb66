"""Figures that notebook 05's prose quotes, recomputed from the models and the case data (issue 12, § 5).

Each test checks that the notebook still quotes the figure (so the test fails when the sentence goes) and that the
model gives what the sentence says. Hand computations in the comments.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from salesbook import customers
from salesbook.data import load_dataset
from tests.checks import notebook_prose

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "05_customer_relationship.ipynb"


@pytest.fixture(scope="module")
def prose() -> str:
    return notebook_prose(NOTEBOOK)


@pytest.fixture(scope="module")
def leads():
    return load_dataset("leads")


@pytest.fixture(scope="module")
def transacties():
    return load_dataset("transacties")


def test_funnel_figures(prose, leads):
    assert "Zes van de tien leads" in prose and "ruim 4%" in prose
    funnel = customers.lead_funnel(leads["fase"])
    # 1 782 of 3 000 leads stay cold = 59,4%; 127 of 3 000 become customer = 4,2%
    assert funnel.loc["cold", "eindfase"] / 3000 == pytest.approx(0.594)
    assert funnel.loc["klant", "vanaf_start"] == pytest.approx(127 / 3000)


def test_reverse_funnel_about_950_cold_leads_almost_a_third(prose, leads):
    assert "ongeveer 950 cold leads" in prose and "bijna een derde" in prose
    funnel = customers.lead_funnel(leads["fase"])
    rates = [round(c, 3) for c in funnel["conversie"].iloc[1:4]]   # 0,406; 0,355; 0,294 as the table shows
    # ⌈40 / 0,294⌉ = 137; ⌈137 / 0,355⌉ = 386; ⌈386 / 0,406⌉ = 951; 951 / 3 000 = 31,7%
    assert customers.reverse_funnel(40, rates) == [951, 386, 137, 40]


def test_sales_ready_share_and_captured_customers(prose, leads):
    assert "Bijna een kwart" in prose and "ruim twee derde" in prose
    q = customers.lead_scoring_quality(customers.lead_scores(leads)["score"], customers.converted(leads["fase"]), 40)
    # 701 of 3 000 = 23,4% sales-ready; they hold 87 of the 127 new customers = 68,5%
    assert q.sales_ready == 701
    assert q.captured == pytest.approx(87 / 127)


def test_rfm_champions_and_customers_at_risk(prose, transacties):
    assert "Een vijfde van de klanten" in prose and "17% van de omzet" in prose
    seg = customers.rfm_segment_summary(customers.rfm_analysis(transacties, "2024-12-31"))
    # champions 401 of 1 917 = 20,9% with 54,2% of revenue; at risk 17,2% of revenue, last order 392 days ago
    assert seg.loc["kampioenen", "klanten"] == 401
    assert 0.5 < seg.loc["kampioenen", "aandeel_omzet"] < 0.55
    assert round(seg.loc["risicoklanten", "aandeel_omzet"], 2) == 0.17
    assert seg.loc["risicoklanten", "gem_recency"] > 365


def test_abc_a_customers_are_over_a_quarter_and_make_80_percent(prose, transacties):
    assert "maakt 80% van de omzet" in prose
    revenue = transacties.groupby("klant_id")["bedrag"].sum()
    abc = customers.abc_analysis(revenue)
    a = abc["class"] == "A"
    # 520 of 1 917 customers = 27,1%; they hold 80,0% of revenue (the 520th crosses the 80% line)
    assert a.sum() == 520
    assert round(abc.loc[a, "value"].sum() / revenue.sum(), 3) == 0.800


def test_one_point_more_retention_is_almost_9_million(prose, transacties):
    assert "bijna € 9 mln" in prose and "84%" in prose
    assert round(customers.yearly_retention(transacties).loc[2024, "retentie"], 2) == 0.84   # 1 224 / 1 450
    analyse = customers.customer_analysis(transacties, "2024-12-31", retention=0.84, discount_rate=0.10, years=3)
    base = analyse.loc[analyse["recency"] <= 365, "marge_per_jaar"].sum()
    # € 52,6 mln × (0,85/0,25 − 0,84/0,26) = 52,6 × (3,400 − 3,231) ≈ € 8,9 mln
    gain = base * (customers.margin_multiple(0.85, 0.10) - customers.margin_multiple(0.84, 0.10))
    assert 8.5e6 < gain < 9.0e6
