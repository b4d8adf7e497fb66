"""Chapter 2's case data agree with the rest of the case: Tabel 1.2, COUNTRY_MARKETS, the sales history
and chapter 3's trends. Hand computations in comments."""

from __future__ import annotations

import pytest

from salesbook import case
from salesbook.generate.assumptions import COUNTRIES, COUNTRY_MARKETS
from salesbook.objectives import cascade_check
from salesbook.portfolio_strategy import bcg_portfolio
from salesbook.swot import confrontation_matrix


@pytest.fixture(scope="module")
def markets():
    return case.case_markets()


def test_a_countrys_markets_add_up_to_the_market_of_chapter_3(markets):
    per_country = markets.groupby("land")[["omzet_2024", "markt_2023", "markt_2024"]].sum()
    for land, m in COUNTRY_MARKETS.items():
        row = per_country.loc[land]
        # Nederland: 84 mln / 0,12 = 700 mln; the groups are rounded to thousands of euros
        assert row["markt_2024"] == pytest.approx(COUNTRIES[land]["revenue_2024"] / m["market_share"], rel=1e-4)
        assert row["omzet_2024"] / row["markt_2024"] == pytest.approx(m["market_share"], rel=1e-3)
        # the country's growth is the groups' growth weighted by market size: close to COUNTRY_MARKETS
        assert row["markt_2024"] / row["markt_2023"] - 1 == pytest.approx(m["market_growth"], abs=0.005)


def test_own_revenue_is_the_sales_history_of_2024(markets):
    history = case.dataset("verkoophistorie")
    sums = history[history["maand"].dt.year == 2024].groupby(["land", "productgroep"])["omzet"].sum()
    joined = markets.set_index(["land", "productgroep"])["omzet_2024"]
    assert (joined == sums.reindex(joined.index)).all()


def test_shares_make_sense(markets):
    assert (markets["marktaandeel"] + markets["aandeel_concurrent"] < 1).all()
    assert (markets["relatief_marktaandeel"] > 0).all()


def test_the_portfolio_story(markets):
    # Nederland: Gereedschap 1,03 and Verlichting 1,65 (cash cows); Installatiemateriaal 0,86 (a dog with
    # the largest revenue); Maleisië: every group above 10% growth with a tiny share (question marks)
    nl = bcg_portfolio(case.case_portfolio_units("Nederland"))
    assert {u.name: u.quadrant for u in nl.units} == {
        "Installatiemateriaal": "hond", "Gereedschap": "melkkoe", "Verlichting": "melkkoe",
        "Persoonlijke beschermingsmiddelen": "hond"}
    my = bcg_portfolio(case.case_portfolio_units("Maleisië"))
    assert {u.quadrant for u in my.units} == {"vraagteken"}
    everything = bcg_portfolio(case.case_portfolio_units())
    assert len(everything.units) == 28 and everything.revenue_by_quadrant["ster"] == 0


def test_the_country_targets_fall_short_of_the_company_objective():
    # 89 + 48,5 + 36,5 + 14,6 + 12,6 + 8,6 + 1,3 = 211,1 mln against 214 mln: −2,9 mln, −1,36%
    c = cascade_check(case.REVENUE_OBJECTIVE_2025, case.case_sales_targets())
    assert c.sum_of_parts == 211_100_000 and c.difference == -2_900_000 and not c.adds_up
    assert c.relative_difference == pytest.approx(-2.9 / 214)


def test_the_forecast_is_chapter_4s():
    # notebook 04, section 7: Holt-Winters per country, 207,2 mln for the group, Nederland 86,65 mln
    forecast = case.case_forecast_2025()
    assert forecast.sum() / 1e6 == pytest.approx(207.25, abs=0.01)
    assert forecast["Nederland"] / 1e6 == pytest.approx(86.65, abs=0.01)


@pytest.mark.parametrize("land", ["Nederland", "Duitsland"])
def test_swot_rows_are_chapter_3s_trends(land):
    trends = case.case_trends(land)
    m = case.case_confrontation(land)
    for name in m["opportunities"]:
        assert trends[name]["richting"] == "kans"
    for name in m["threats"]:
        assert trends[name]["richting"] == "bedreiging"
    result = confrontation_matrix(m["opportunities"], m["threats"], m["strengths"], m["weaknesses"], m["scores"])
    assert len(result.scores) == 16


def test_nederlands_confrontation_by_hand():
    m = case.case_confrontation("Nederland")
    r = confrontation_matrix(m["opportunities"], m["threats"], m["strengths"], m["weaknesses"], m["scores"])
    # rows [4,3,1,5], [3,5,2,1], [1,3,2,0], [2,1,5,0]: SO = 4+3+3+5 = 15, WO = 1+5+2+1 = 9,
    # ST = 1+3+2+1 = 7, WT = 2+0+5+0 = 7
    assert r.option_totals == {"SO": 15, "ST": 7, "WO": 9, "WT": 7}
    assert r.ranking == ("SO", "WO", "ST", "WT")
    # the weakness 'Weinig kennis van warmtepompen en laadpalen' meets the energy transition with 5
    assert r.top_cells[0][2] == 5


@pytest.mark.parametrize("land", ["Nederland", "Duitsland"])
def test_swot_rows_are_the_trends_with_the_highest_priority(land):
    # priority = impact × waarschijnlijkheid (chapter 3); Nederland: Energietransitie 5 × 5 = 25, Tekort aan
    # technici 4 × 5 = 20; threats Inkoopcombinaties 4 × 5 and Online prijsvergelijking 4 × 5 = 20
    trends = case.case_trends(land)
    m = case.case_confrontation(land)
    for kind, chosen in (("kans", m["opportunities"]), ("bedreiging", m["threats"])):
        priority = {t: v["impact"] * v["waarschijnlijkheid"] for t, v in trends.items() if v["richting"] == kind}
        lowest_chosen = min(priority[t] for t in chosen)
        assert all(p <= lowest_chosen for t, p in priority.items() if t not in chosen), (land, kind)
