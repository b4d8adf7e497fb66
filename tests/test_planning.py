"""salesbook.planning (ch. 6): workload, call plans, territory design, balance and quota
allocation; and the consistency of the chapter-6 case data (verkoopteam, accountlocaties)."""

import math

import numpy as np
import pandas as pd
import pytest

from salesbook import generate, planning
from salesbook.data import load_dataset
from salesbook.errors import SalesbookError
from tests.checks import assert_mentions, mentions, nl


# --- workload (bewerkingstaak) -------------------------------------------------------------------

def test_workload_published_example_kotler_keller():
    # Kotler & Keller, Marketing Management, workload approach: 1 000 A-accounts × 36 calls +
    # 2 000 B-accounts × 12 calls = 36 000 + 24 000 = 60 000 calls; with 1 hour per call 60 000 h
    table = planning.workload({"A": 1000, "B": 2000}, {"A": 36, "B": 12}, {"A": 1, "B": 1})
    assert table.loc["A", "bezoeken"] == 36_000 and table.loc["B", "bezoeken"] == 24_000
    assert table.loc["totaal", "bezoeken"] == 60_000 and table.loc["totaal", "uren"] == 60_000


def test_workload_with_weights_hand_computed():
    # hand computation: A 192 × 12 × 2 = 4 608; B 174 × 4 × 1,5 = 1 044; C 246 × 1 × 1 = 246;
    # bewerkingstaak 5 898 uur
    table = planning.workload({"A": 192, "B": 174, "C": 246}, {"A": 12, "B": 4, "C": 1},
                              {"A": 2, "B": 1.5, "C": 1})
    assert table["uren"].tolist()[:3] == [4608, 1044, 246]
    assert table.loc["totaal", "uren"] == 5898 and table.loc["totaal", "accounts"] == 612


@pytest.mark.parametrize("accounts, visits, hours, pattern", [
    ({"A": 10.5}, {"A": 12}, {"A": 2}, mentions("aantal accounts['A']", "geheel getal", "(kreeg 10.5)")),
    ({"A": -1}, {"A": 12}, {"A": 2}, mentions("aantal accounts['A']", "minstens 0", "(kreeg -1)")),
    ({"A": 10}, {"A": -12}, {"A": 2}, mentions("bezoeken per account['A']", "negatief")),
    ({"A": 10}, {"A": 12}, {"A": 0}, mentions("uren per bezoek['A']", "groter zijn dan 0")),
    ({"A": 10, "B": 5}, {"A": 12}, {"A": 2, "B": 1}, mentions("bezoeken per account", "mist een waarde", "klasse 'B'")),
    ([10], {"A": 12}, {"A": 2}, r"aantal accounts moet per klasse"),
])
def test_workload_refusals(accounts, visits, hours, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        planning.workload(accounts, visits, hours)


# --- capacity and call plan ----------------------------------------------------------------------------

def test_visit_capacity_hand_computed():
    # 210 days × 8 h × 55% = 924 h; 0,8 fte: 168 × 8 × 0,55 = 739,2 h
    assert planning.visit_capacity(210, 8, 0.55) == pytest.approx(924)
    assert planning.visit_capacity(168, 8, 0.55) == pytest.approx(739.2)


def test_call_plan_hand_computed():
    # 840 visits in 210 days: 4 per day; 210 / 5 = 42 weeks → 20 per week; 70 per month;
    # 1 100 h / 924 h = 119,05% bezetting; 1 100 / 210 = 5,24 visit hours per working day
    plan = planning.call_plan(840, 1_100, working_days=210, hours_per_day=8, visit_share=0.55)
    assert (plan.visits_per_day, plan.visits_per_week, plan.visits_per_month) == pytest.approx((4, 20, 70))
    assert plan.utilisation == pytest.approx(1100 / 924)
    assert plan.hours_per_visit_day == pytest.approx(1100 / 210)


@pytest.mark.parametrize("kwargs, pattern", [
    (dict(working_days=0, hours_per_day=8, visit_share=0.5), mentions("werkdagen per jaar", "groter zijn dan 0")),
    (dict(working_days=210, hours_per_day=25, visit_share=0.5), mentions("uren per dag", "tussen 0 en 24")),
    (dict(working_days=210, hours_per_day=8, visit_share=55), mentions("aandeel bezoektijd", "fractie", "bedoel je 0.55")),
    (dict(working_days=210, hours_per_day=8, visit_share=0), r"aandeel bezoektijd moet een fractie"),
])
def test_call_plan_refusals(kwargs, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        planning.call_plan(100, 100, **kwargs)


def test_call_plan_refuses_negative_visits():
    with pytest.raises(SalesbookError, match=mentions("bezoeken per jaar", "negatief", "(kreeg -5)")):
        planning.call_plan(-5, 10, working_days=210, hours_per_day=8, visit_share=0.5)


# --- territory design and balance ----------------------------------------------------------------------

LINE = pd.DataFrame({"workload": [10, 2, 3, 4, 6, 5], "x": [0, 1, 2, 20, 21, 22], "y": [0] * 6},
                    index=list("abcdef"))


def test_territory_design_by_hand():
    # hand computation, step by step:
    # seeds: 'a' has the largest workload (10); the unit farthest from 'a' is 'f' (22 km).
    # loads a 10, f 5 → territory 2 (smallest) takes the free unit nearest to its units: 'e' (1 km) → 11
    # loads 10, 11 → territory 1 takes 'b' (1 km from a) → 12
    # loads 12, 11 → territory 2 takes 'd' (1 km from e) → 15
    # loads 12, 15 → territory 1 takes 'c' → 15
    design = planning.design_territories(LINE, 2)
    assert design.seeds == ["a", "f"]
    assert design.assignment.tolist() == [1, 1, 1, 2, 2, 2]
    assert design.workload.tolist() == [15, 15]
    assert design.steps["gebied"].tolist() == ["a", "f", "e", "b", "d", "c"]
    assert design.steps["werklast_rayon"].tolist() == [10, 5, 11, 12, 15, 15]


def test_territory_design_edges():
    # one territory takes everything; as many territories as units: one each
    assert planning.design_territories(LINE, 1).workload.tolist() == [30]
    assert sorted(planning.design_territories(LINE, 6).assignment.tolist()) == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("units, k, pattern", [
    (LINE, 7, mentions("aantal rayons", "aantal gebieden 6", "(kreeg 7)")),
    (LINE, 0, mentions("aantal rayons", "minstens 1")),
    (LINE, 2.5, mentions("aantal rayons", "geheel getal")),
    (LINE.drop(columns="x"), 2, r"missen de kolom\(men\) x"),
    (LINE.assign(workload=[-1, 2, 3, 4, 5, 6]), 2, mentions("werklast van gebied a", "minstens 0")),
])
def test_territory_design_refusals(units, k, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        planning.design_territories(units, k)


def test_balance_hand_computed():
    # mean 1 000; σ = √((100² + 0 + 100²) / 3) = 81,65; CV = 8,165%; max/min = 1 100 / 900 = 1,222;
    # largest deviation 100 / 1 000 = 10%
    b = planning.balance([900, 1000, 1100])
    assert b["gemiddelde"] == 1000 and b["max_min"] == pytest.approx(1100 / 900)
    assert b["cv"] == pytest.approx(math.sqrt(20_000 / 3) / 1000) and b["max_afwijking"] == pytest.approx(0.1)
    perfect = planning.balance([500, 500])
    assert perfect["cv"] == 0 and perfect["max_min"] == 1
    assert planning.balance([0, 10])["max_min"] == math.inf


def test_balance_refusals():
    with pytest.raises(SalesbookError, match="werklast mag niet negatief zijn"):
        planning.balance([10, -1])
    with pytest.raises(SalesbookError, match="overal 0"):
        planning.balance([0, 0])


# --- largest remainder and quotas ---------------------------------------------------------------------

def test_largest_remainder_published_example():
    # Wikipedia, "Largest remainder method", example with the Hare quota: 100 000 votes, 10 seats;
    # votes 47 000, 16 000, 15 800, 12 000, 6 100, 3 100 → quotas 4,70 1,60 1,58 1,20 0,61 0,31;
    # whole parts 4+1+1+1+0+0 = 7, the 3 seats left go to remainders 0,70, 0,61 and 0,60 → 5 2 1 1 1 0
    votes = [47_000, 16_000, 15_800, 12_000, 6_100, 3_100]
    seats = planning.largest_remainder(10, [v / 100_000 for v in votes])
    assert seats.tolist() == [5, 2, 1, 1, 1, 0]
    # Hamilton's method, textbook example: populations 50, 30, 20 and 7 seats → quotas 3,5 2,1 1,4;
    # floors 3 + 2 + 1 = 6, the last seat to the largest remainder (0,5) → 4, 2, 1
    assert planning.largest_remainder(7, [0.5, 0.3, 0.2]).tolist() == [4, 2, 1]


def test_largest_remainder_keeps_the_total_exact():
    # 100 / 3 = 33,33 each; 99 handed out, the first part gets the last euro
    assert planning.largest_remainder(100, [1 / 3] * 3).tolist() == [34, 33, 33]
    # plain rounding would give 3 × 33 = 99 ≠ 100; and 7 × 1/7 of 1 000 000 adds up to 1 000 000
    parts = planning.largest_remainder(1_000_000, [1 / 7] * 7)
    assert parts.sum() == 1_000_000 and set(parts) == {142_857, 142_858}


@pytest.mark.parametrize("total, shares, pattern", [
    (100, [0.5, 0.4], mentions("aandelen", "moeten samen precies 1 zijn", "(kreeg som 0.9)")),
    (100, [0.5, 0.6], mentions("aandelen", "moeten samen precies 1 zijn", "(kreeg som 1.1)")),
    (100, [1.5, -0.5], r"aandelen\[1\] mag niet negatief zijn"),
    (100.5, [0.5, 0.5], mentions("totaal", "geheel getal", "(kreeg 100.5)")),
    (-100, [0.5, 0.5], r"totaal moet minstens 0 zijn"),
])
def test_largest_remainder_refusals(total, shares, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        planning.largest_remainder(total, shares)


def test_quota_mix_hand_computed():
    # g = 0,25: Ans 0,25 × 60% + 0,75 × 30% = 15% + 22,5% = 37,5%; Bo 0,25 × 40% + 0,75 × 70% = 62,5%
    pot, hist = {"Ans": 60, "Bo": 40}, {"Ans": 30, "Bo": 70}
    assert planning.quota_shares(pot, hist, 0.25).to_dict() == pytest.approx({"Ans": 0.375, "Bo": 0.625})
    # € 1 000 001: 375 000,375 and 625 000,625 → 375 000 + 625 000 = 1 000 000, the last euro to the
    # larger remainder (Bo, 0,625) → 375 000 and 625 001
    assert planning.allocate_quota(1_000_001, pot, hist, 0.25).to_dict() == {"Ans": 375_000, "Bo": 625_001}
    # g = 1 is only potential, g = 0 only history
    assert planning.allocate_quota(1_000, pot, hist, 1).to_dict() == {"Ans": 600, "Bo": 400}
    assert planning.allocate_quota(1_000, pot, hist, 0).to_dict() == {"Ans": 300, "Bo": 700}


@pytest.mark.parametrize("pot, hist, weight, pattern", [
    ({"Ans": 60, "Bo": 40}, {"Ans": 30, "Bo": 70}, 50, mentions("gewicht van het potentieel", "fractie", "bedoel je 0.5")),
    ({"Ans": 60, "Bo": 40}, {"Ans": 30, "Cor": 70}, 0.5, mentions("dezelfde onderdelen", "alleen in potentieel: Bo", "alleen in historie: Cor")),
    ({"Ans": -60, "Bo": 40}, {"Ans": 30, "Bo": 70}, 0.5, r"potentieel\['Ans'\] mag niet negatief zijn"),
    ({"Ans": 0, "Bo": 0}, {"Ans": 30, "Bo": 70}, 0.5, mentions("potentieel", "meer dan 0")),
])
def test_quota_refusals(pot, hist, weight, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        planning.allocate_quota(1000, pot, hist, weight)


def test_split_quota_rows_add_up():
    # 1 001 × 0,5 = 500,5 each: the first group gets the last euro; 999 × (0,25, 0,75) = 249,75 + 749,25 → 250 + 749
    table = planning.split_quota(pd.Series({"Ans": 1_001, "Bo": 999}), {"licht": 0.5, "gereedschap": 0.5})
    assert table.loc["Ans"].tolist() == [501, 500] and table.sum(axis=1).tolist() == [1_001, 999]
    other = planning.split_quota(pd.Series({"Bo": 999}), {"licht": 0.25, "gereedschap": 0.75})
    assert other.loc["Bo"].tolist() == [250, 749]
    with pytest.raises(SalesbookError, match=mentions("aandelen per productgroep", "moeten samen precies 1 zijn")):
        planning.split_quota(pd.Series({"Ans": 1_000}), {"licht": 0.5, "gereedschap": 0.4})


# --- the case data of chapter 6 ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def case():
    names = ["klanten", "transacties", "accountlocaties", "verkoopteam"]
    return {n: load_dataset(n) for n in names}


def test_every_account_location_is_a_dutch_customer_and_all_are_there(case):
    klanten, loc = case["klanten"], case["accountlocaties"]
    dutch = set(klanten.loc[klanten["land"] == "Nederland", "klant_id"])
    assert set(loc["klant_id"]) == dutch and loc["klant_id"].is_unique


def test_team_names_and_regions_match_the_customers(case):
    klanten, team = case["klanten"], case["verkoopteam"]
    dutch = klanten[klanten["land"] == "Nederland"]
    assert set(team["verkoper"]) == set(dutch["accountmanager"])
    for _, rep in team.iterrows():
        assert set(dutch.loc[dutch["accountmanager"] == rep["verkoper"], "regio"]) == {rep["regio"]}


def test_places_postcodes_and_coordinates_fit_the_region(case):
    loc = case["accountlocaties"].merge(case["klanten"][["klant_id", "regio"]], on="klant_id")
    places = generate.REGIONS["Nederland"]
    margin = generate.LOCATION_JITTER_MAX + 0.05      # rounding of the coordinates to 0,1 km
    for region, (_, _, towns) in places.items():
        xs = [generate.NL_PLACES[t][1] for t in towns]
        ys = [generate.NL_PLACES[t][2] for t in towns]
        here = loc[loc["regio"] == region]
        assert set(here["plaats"]) <= set(towns), region
        assert here["x_km"].between(min(xs) - margin, max(xs) + margin).all(), region
        assert here["y_km"].between(min(ys) - margin, max(ys) + margin).all(), region
    # every account lies within 8 km (in x and y) of its own place, and has its place's postcode area
    ref = pd.DataFrame.from_dict(generate.NL_PLACES, orient="index", columns=["pc", "x", "y"]).loc[loc["plaats"]]
    assert (loc["postcodegebied"].to_numpy() == ref["pc"].to_numpy()).all()
    assert (np.abs(loc["x_km"].to_numpy() - ref["x"].to_numpy()) <= margin).all()
    assert (np.abs(loc["y_km"].to_numpy() - ref["y"].to_numpy()) <= margin).all()
    assert loc["postcodegebied"].str.fullmatch(r"\d\d").all()
    # the Netherlands on the Rijksdriehoek grid: x 0–300 km, y 300–625 km
    assert loc["x_km"].between(0, 300).all() and loc["y_km"].between(300, 625).all()


def test_team_home_bases_and_time(case):
    team = case["verkoopteam"]
    for _, rep in team.iterrows():
        _, x, y = generate.NL_PLACES[rep["standplaats"]]
        assert (rep["x_km"], rep["y_km"]) == (x, y)
        assert rep["standplaats"] in generate.REGIONS["Nederland"][rep["regio"]][2]
    # working days are proportional to the fte: 0,8 × 210 = 168
    assert (team["werkdagen_per_jaar"] == (team["fte"] * 210).round()).all()
    assert team["aandeel_bezoektijd"].between(0, 1).all() and (team["vast_salaris"] > 0).all()


def test_targets_are_2023_revenue_plus_five_percent(case):
    tx, klanten, team = case["transacties"], case["klanten"], case["verkoopteam"]
    in_2023 = tx[tx["datum"].dt.year == 2023].merge(klanten[["klant_id", "accountmanager"]], on="klant_id")
    revenue = in_2023.groupby("accountmanager")["bedrag"].sum()
    for _, rep in team.iterrows():
        assert abs(rep["omzetdoel_2024"] - revenue[rep["verkoper"]] * 1.05) <= 5_000


def test_potential_is_above_what_the_customer_buys(case):
    # potential = max(expected, actual 2024 revenue) / share of wallet (40–90%), rounded to € 1 000:
    # at least the 2024 revenue / 0,9 − € 500
    accounts = planning.account_table(case["klanten"], case["transacties"], case["accountlocaties"])
    assert (accounts["potentieel"] >= accounts["omzet"] / 0.9 - 500).all()
    assert (case["accountlocaties"]["potentieel"] >= 5_000).all()


def test_account_table_of_the_case(case):
    accounts = planning.account_table(case["klanten"], case["transacties"], case["accountlocaties"])
    assert len(accounts) == (case["klanten"]["land"] == "Nederland").sum()
    # the Dutch revenue of 2024 is € 84 mln (Tabel 1.2)
    assert accounts["omzet"].sum() == pytest.approx(84e6, rel=1e-6)
    # classes follow the ABC rule on the cumulative share *before* each account (DESIGN.md): every
    # A-account starts below 80% of the revenue, every B-account below 95%, every C-account at or above 95%
    ranked = accounts[accounts["klasse"].isin(planning.CLASSES)].sort_values("omzet", ascending=False, kind="stable")
    before = (ranked["omzet"].cumsum() - ranked["omzet"]) / ranked["omzet"].sum()
    assert (before[ranked["klasse"] == "A"] < 0.8).all() and (before[ranked["klasse"] == "C"] >= 0.95).all()
    assert ((before[ranked["klasse"] == "B"] >= 0.8) & (before[ranked["klasse"] == "B"] < 0.95)).all()
    assert ranked["klasse"].iloc[0] == "A"
    assert (accounts.loc[accounts["klasse"] == planning.NO_CLASS, "omzet"] == 0).all()


def test_account_table_refuses_missing_locations(case):
    with pytest.raises(SalesbookError, match=r"zonder ligging"):
        planning.account_table(case["klanten"], case["transacties"], case["accountlocaties"].iloc[1:])
    with pytest.raises(SalesbookError, match=r"accountlocaties mist de kolom\(men\) potentieel"):
        planning.account_table(case["klanten"], case["transacties"], case["accountlocaties"].drop(columns="potentieel"))


def test_case_territories_beat_the_current_regions(case):
    # the greedy design in 6 territories spreads the workload more evenly than the current regions
    accounts = planning.account_workload(
        planning.account_table(case["klanten"], case["transacties"], case["accountlocaties"]))
    current = planning.balance(accounts.groupby("accountmanager")["uren"].sum())
    design = planning.design_territories(planning.postcode_units(accounts), 6)
    designed = planning.balance(design.workload)
    assert designed["cv"] < current["cv"] and designed["max_min"] < current["max_min"]
    assert design.workload.sum() == pytest.approx(accounts["uren"].sum())


def test_case_figures_used_in_the_quiz_and_the_notebook_text(case):
    # h06-07, h06-12 and the notebook text quote these case figures; if the data change, they must too
    from salesbook import salesforce
    accounts = planning.account_table(case["klanten"], case["transacties"], case["accountlocaties"])
    work = planning.account_workload(accounts)
    counts = {c: int((accounts["klasse"] == c).sum()) for c in planning.CLASSES}
    # counts recomputed independently with pandas (revenue 2024 per Dutch account, sorted descending, class by
    # the cumulative share before the account: < 80% A, < 95% B, else C): 193 / 174 / 245
    assert counts == {"A": 193, "B": 174, "C": 245}
    # 193 × 12 × 2 + 174 × 4 × 1,5 + 245 × 1 × 1 = 4 632 + 1 044 + 245 = 5 921 h
    assert work["uren"].sum() == 5921 and planning.visit_capacity(210, 8, 0.55) == pytest.approx(924)
    assert salesforce.sales_force_size(counts, planning.CASE_VISITS, hours_per_call=planning.CASE_HOURS_PER_VISIT,
                                       hours_per_rep=planning.visit_capacity(210, 8, 0.55)) == 7
    assert salesforce.breakdown_sales_force(accounts["potentieel"].sum(), 28_000_000) == 7
    current = planning.balance(work.groupby("accountmanager")["uren"].sum())
    designed = planning.balance(planning.design_territories(planning.postcode_units(work), 6).workload)
    assert round(current["max_min"], 2) == 1.77 and round(current["cv"], 3) == 0.176
    assert round(designed["max_min"], 2) == 1.16 and round(designed["cv"], 3) == 0.059
    # 5 921 h / 6 territories = 986,8 h
    assert round(designed["gemiddelde"]) == 987
    assert case["verkoopteam"]["fte"].sum() == pytest.approx(5.8)


# --- review findings: refusals and an always-exact largest remainder -----------------------------------

@pytest.mark.parametrize("visits, hours, pattern", [
    ({"A": 12, "B": 4}, {"A": 2}, mentions("bezoeken per account", "klasse 'B'", "niet bij de accounts")),
    ({"A": 12}, {"A": 2, "D": 1}, mentions("uren per bezoek", "klasse 'D'", "niet bij de accounts")),
])
def test_workload_refuses_classes_that_are_not_in_the_accounts(visits, hours, pattern):
    # a class 'B' with visits but no accounts would silently drop out of the bewerkingstaak
    with pytest.raises(SalesbookError, match=pattern):
        planning.workload({"A": 10}, visits, hours)


def test_visit_capacity_refuses_more_days_than_a_year_has():
    # 366 days is the most a year has: 366 × 8 × 0,5 = 1 464 h is allowed, 400 days is refused
    assert planning.visit_capacity(366, 8, 0.5) == pytest.approx(1464)
    with pytest.raises(SalesbookError, match=mentions("werkdagen per jaar", "niet meer dan 366", "(kreeg 400)")):
        planning.visit_capacity(400, 8, 0.5)
    with pytest.raises(SalesbookError, match=mentions("werkdagen per jaar", "kan niet meer dan 366")):
        planning.call_plan(100, 100, working_days=400, hours_per_day=8, visit_share=0.5)


@pytest.mark.parametrize("units, pattern", [
    (LINE.assign(x=[0, math.nan, 2, 20, 21, 22]), mentions("x-coördinaat van gebied b", "eindig getal", "(in km)", "(kreeg nan)")),
    (LINE.assign(y=[0, 0, math.inf, 0, 0, 0]), mentions("de y-coördinaat van gebied c", "moet een eindig getal")),
    (LINE.assign(workload=[10, 2, "veel", 4, 6, 5]), mentions("werklast van gebied c", "minstens 0", "(kreeg 'veel')")),
    (LINE.assign(workload=[10, 2, math.nan, 4, 6, 5]), mentions("werklast van gebied c", "minstens 0")),
])
def test_territory_design_refuses_non_finite_coordinates_and_text(units, pattern):
    # a NaN or infinite coordinate makes every distance NaN/inf, and argmin then picks an arbitrary area
    with pytest.raises(SalesbookError, match=pattern):
        planning.design_territories(units, 2)


def test_largest_remainder_never_exceeds_the_total():
    # review finding: shares 0,5 + 0,5e-10 and 0,5 + 0,4e-10 sum to 1 + 0,9e-10 (within the 1e-9 tolerance);
    # unnormalised, 2e10 × share = 10 000 000 001 and 10 000 000 000,8 → 20 000 000 002 > the total.
    # Normalised by the sum: 2e10 × (0,5 + 0,5e-10) / (1 + 0,9e-10) ≈ 10 000 000 000,1 and the other
    # ≈ 9 999 999 999,9; floors 10 000 000 000 + 9 999 999 999, the euro left goes to remainder 0,9
    parts = planning.largest_remainder(2 * 10**10, [0.5 + 0.5e-10, 0.5 + 0.4e-10])
    assert parts.tolist() == [10_000_000_000, 10_000_000_000] and parts.sum() == 2 * 10**10
    # and shares just below 1: 0,5 − 0,4e-10 twice = 1 − 0,8e-10; normalised 0,5 each → 50 + 50
    assert planning.largest_remainder(100, [0.5 - 0.4e-10] * 2).tolist() == [50, 50]


@pytest.mark.parametrize("total", [0, 1, 7, 999, 10**6 + 1, 2 * 10**10, 10**15 + 3])
@pytest.mark.parametrize("shares", [[1 / 3] * 3, [0.1] * 10, [0.5 + 0.5e-10, 0.5 + 0.4e-10],
                                    [0.7, 0.2, 0.1], [1 / 7] * 7, [1 - 1e-10, 0.5e-10, 0.5e-10]])
def test_largest_remainder_sum_is_always_exact(total, shares):
    parts = planning.largest_remainder(total, shares)
    assert int(parts.sum()) == total and (parts >= 0).all()


def test_notebook_text_on_workload_and_bezetting_matches_the_case(case):
    # review finding: the notebook said Fatima's workload was the heaviest. In hours Lotte's is
    # (1 232 h against 1 100 h); Fatima has the highest bezetting: 1 100 / (168 × 8 × 0,55 = 739,2) = 149%
    import nbformat
    from salesbook.paths import REPO_ROOT as ROOT
    work = planning.account_workload(planning.account_table(case["klanten"], case["transacties"],
                                                            case["accountlocaties"]))
    reps = planning.rep_results(work, case["verkoopteam"])
    assert reps["uren"].idxmax() == "Lotte van den Heuvel" and reps["uren"].max() == 1232
    assert reps.loc["Fatima El Amrani", "uren"] == 1100
    bezetting = reps["uren"] / reps["capaciteit"]
    assert bezetting.idxmax() == "Fatima El Amrani" and round(bezetting.max() * 100) == 149
    nb = nbformat.read(ROOT / "notebooks" / "06_organisatie_en_planning_salesteam.ipynb", as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "haar werklast het zwaarst" not in text
    # the paragraph that gives Fatima's bezetting also names Lotte and gives both workloads in hours
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    pct = round(bezetting.max() * 100)
    paragraph = next(p for p in paragraphs if f"vraagt {pct}%" in p)
    assert_mentions(paragraph, "Fatima El Amrani", "bezoekuren", "Lotte van den Heuvel",
                    f"({nl(reps['uren'].max())} tegen {nl(reps.loc['Fatima El Amrani', 'uren'])} uur")
