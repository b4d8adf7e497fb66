"""Figures that notebook 08's prose quotes, recomputed from the models and the case data (issue 12, § 5).

Each test checks that the notebook still quotes the figure (so the test fails when the sentence goes) and that the
model gives what the sentence says. Hand computations in the comments.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from salesbook import customers, fairs
from salesbook.data import load_dataset

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "08_beursmanagement.ipynb"


@pytest.fixture(scope="module")
def prose() -> str:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    return " ".join("\n".join(c.source for c in nb.cells if c.cell_type == "markdown").split())


@pytest.fixture(scope="module")
def gorinchem():
    fair = load_dataset("beurzen").set_index("beurs_id").loc["B01"]
    cost = float(fairs.stand_budget(fair, **fairs.CASE_STAND)["bedrag"].sum())
    contacts = 9 * fairs.CASE_CONTACTS_PER_HOUR * 8 * int(fair["dagen"])
    return cost, contacts


def test_fair_leads_are_a_sixth_and_convert_almost_twice_as_often_as_website_leads(prose):
    assert "een zesde van alle leads" in prose and "bijna twee keer zo vaak" in prose
    leads = load_dataset("leads")
    won = customers.converted(leads["fase"]).groupby(leads["bron"]).mean()
    share = (leads["bron"] == "beurs").mean()
    # 491 of 3 000 leads = 16,4% ≈ 1/6; conversion 34/491 = 6,9% against 38/990 = 3,8%: 1,82×
    assert share == pytest.approx(491 / 3000)
    assert abs(share - 1 / 6) < 0.01
    assert 1.7 < won["beurs"] / won["website"] < 2.0


def test_almost_half_of_the_fair_leads_are_still_cold(prose):
    assert "Bijna de helft" in prose and "fase *cold*" in prose
    fase = load_dataset("leads").query("bron == 'beurs'")["fase"]
    # 240 of 491 = 48,9%
    assert (fase == "cold").sum() == 240
    assert 0.45 < (fase == "cold").mean() < 0.5


def test_orders_cost_per_customer_contacts_for_40_and_three_year_margin(prose, gorinchem):
    cost, contacts = gorinchem
    assert "Ruim 27 nieuwe klanten" in prose and "€ 1.750" in prose and "bijna 1.300 contacten" in prose
    orders = fairs.follow_up_funnel(contacts, fairs.CASE_RATES)[-1]
    # 864 · 0,3 · 0,35 · 0,3 = 27,216 orders; 47 800 / 27,216 = 1 756,3 euro per new customer
    assert orders == pytest.approx(27.216)
    assert cost / orders == pytest.approx(1756.3, abs=0.1)
    # reverse funnel for 40 orders: 134 → 383 → 1 277 contacts; 1 277 / 864 = 1,48 ("anderhalf keer")
    assert fairs.contacts_needed(40, fairs.CASE_RATES)[0] == 1277
    # three years: 48 988,8 · 2,041322 = 100 002 margin, 2,09 × the cost ("ruim twee keer")
    margin = fairs.margin_won(orders, fairs.CASE_ORDER_VALUE, fairs.CASE_GROSS_MARGIN, years=3,
                              retention=fairs.CASE_RETENTION, discount_rate=fairs.CASE_DISCOUNT_RATE)
    assert 2.0 < margin / cost < 2.2
