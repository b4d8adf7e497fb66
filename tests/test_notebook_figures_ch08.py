"""Figures that notebook 08's prose quotes, recomputed from the models and the case data (issue 12, § 5).

Each test checks that the notebook still quotes the figure (so the test fails when the sentence goes) and that the
model gives what the sentence says. Hand computations in the comments.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from salesbook import customers, fairs, strategy
from salesbook.data import load_dataset
from tests.checks import notebook_prose

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "08_beursmanagement.ipynb"


@pytest.fixture(scope="module")
def prose() -> str:
    return notebook_prose(NOTEBOOK)


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


def test_reach_counts_dutch_target_group_visitors(prose):
    assert "ruim 19.000" in prose and "nog geen duizend" in prose and "bijna 17.000" in prose
    assert "een 10 en een 9" in prose
    by_id = load_dataset("beurzen").set_index("beurs_id")
    target = by_id["bezoekers"] * by_id["aandeel_doelgroep"]
    dutch = {b: fairs.dutch_target_visitors(r["bezoekers"], r["aandeel_doelgroep"], r["aandeel_nl_doelgroep"])
             for b, r in by_id.iterrows()}
    # Hannover: 192 300 × 0,10 = 19 230 target-group visitors (the most), × 0,05 = 961,5 Dutch ones
    assert target.idxmax() == "B06" and 19_000 < target["B06"] < 19_500 and dutch["B06"] < 1_000
    # Utrecht: 50 800 × 0,35 × 0,95 = 16 891, the most Dutch target-group visitors
    assert max(dutch, key=dutch.get) == "B02" and 16_500 < dutch["B02"] < 17_000
    # counting all target-group visitors: Hannover 10, Essen 10 × 17 640 / 19 230 = 9,2 → 9
    assert round(10 * target["B06"] / target.max()) == 10 and round(10 * target["B05"] / target.max()) == 9


def test_gorinchem_wins_narrowly_over_utrecht_and_costs_per_lead(prose):
    assert "nog geen 0,2 punt" in prose and "meer dan een punt achter" in prose
    assert "2% en 4% meer" in prose and "ruim 17% meer" in prose
    fairs_ = load_dataset("beurzen")
    ranking = fairs.rank_fairs(fairs_, strategy.normalize_weights(fairs.CASE_IMPORTANCE))
    # Gorinchem 269 / 35 = 7,69, Utrecht 263 / 35 = 7,51 (difference 6 / 35 = 0,17), Gent 218 / 35 = 6,23
    assert list(ranking.index[:2]) == ["Installatievakdagen Gorinchem", "Bouw- en Installatiebeurs Utrecht"]
    assert ranking["score"].iloc[0] - ranking["score"].iloc[1] == pytest.approx(6 / 35)
    assert ranking["score"].iloc[0] - ranking["score"].iloc[2] > 1
    # cost per lead with the staff for 250 leads: Gorinchem 47 800 / (9 · 96 · 0,3 = 259,2) = 184,41; Utrecht
    # ⌈833,3 / 128⌉ = 7 people: 11 700 + 12 600 + 7·4·8·55 + 7·4·40 + 13 000 = 50 740 / 268,8 = 188,76 (1,024×);
    # Gent 1,042× and Essen 1,174× in the same way
    def cpl(row):
        staff = fairs.staff_needed(fairs.CASE_TARGET_LEADS, fairs.CASE_CONTACTS_PER_HOUR, 8, row["dagen"],
                                   fairs.CASE_RATES[0])
        total = fairs.stand_budget(row, **dict(fairs.CASE_STAND, staff=staff))["bedrag"].sum()
        return total / (staff * fairs.CASE_CONTACTS_PER_HOUR * 8 * row["dagen"] * fairs.CASE_RATES[0])
    by_id = fairs_.set_index("beurs_id")
    base = cpl(by_id.loc["B01"])
    assert base == pytest.approx(47_800 / 259.2) and cpl(by_id.loc["B02"]) == pytest.approx(50_740 / 268.8)
    assert round(cpl(by_id.loc["B02"]) / base - 1, 2) == 0.02 and round(cpl(by_id.loc["B04"]) / base - 1, 2) == 0.04
    assert 0.17 < cpl(by_id.loc["B05"]) / base - 1 < 0.18
