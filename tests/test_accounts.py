"""Chapter 7 models (salesbook.accounts): customer profitability, whale curve, portfolio,
key-account selection and the account plan, plus the kostendrivers data set."""

import math

import pandas as pd
import pytest

from salesbook import accounts
from salesbook.customers import abc_analysis
from salesbook.data import load_dataset
from salesbook.errors import SalesbookError
from salesbook.widgets.accounts import account_plan_markdown
from tests.checks import mentions

RATES = {"bezoeken": 400, "orders": 350, "leveringen": 225, "retouren": 250}
RATE = 0.073   # a toy rate (0,0002 per day); the model has no default rate, the case passes its own


def toy():
    sales = pd.DataFrame({"klant_id": ["A", "B", "C"], "omzet": [100_000, 20_000, 50_000],
                          "brutomarge": [30_000, 6_000, 12_500]})
    drivers = pd.DataFrame({"klant_id": ["C", "B", "A"], "bezoeken": [2, 10, 4], "orders": [5, 40, 10],
                            "leveringen": [5, 60, 10], "retouren": [1, 5, 0], "betaaldagen": [0, 73, 30]})
    return sales, drivers


# --- customer_profitability ------------------------------------------------------------------------

def test_profitability_of_a_three_customer_example_by_hand():
    sales, drivers = toy()
    out = accounts.customer_profitability(sales, drivers, rates=RATES, interest_rate=0.073)
    # hand computation (rente 7,3% → 0,0002 per dag):
    # A: 4×400 = 1600; 10×350 = 3500; 10×225 = 2250; 0×250 = 0; 100 000 × 0,073 × 30/365 = 600
    #    cost-to-serve 7 950; klantwinst 30 000 − 7 950 = 22 050
    # B: 10×400 = 4000; 40×350 = 14 000; 60×225 = 13 500; 5×250 = 1250; 20 000 × 0,073 × 73/365 = 292
    #    cost-to-serve 33 042; klantwinst 6 000 − 33 042 = −27 042
    # C: 2×400 = 800; 5×350 = 1750; 5×225 = 1125; 1×250 = 250; betaaldagen 0 → 0
    #    cost-to-serve 3 925; klantwinst 12 500 − 3 925 = 8 575
    assert list(out.index) == ["A", "C", "B"]          # sorted by klantwinst, highest first
    assert list(out.columns) == ["omzet", "brutomarge", "kosten_bezoeken", "kosten_orders", "kosten_leveringen",
                                 "kosten_retouren", "kosten_krediet", "cost_to_serve", "klantwinst"]
    assert out.loc["A"].tolist() == pytest.approx([100_000, 30_000, 1600, 3500, 2250, 0, 600, 7950, 22_050])
    assert out.loc["B"].tolist() == pytest.approx([20_000, 6_000, 4000, 14_000, 13_500, 1250, 292, 33_042, -27_042])
    assert out.loc["C"].tolist() == pytest.approx([50_000, 12_500, 800, 1750, 1125, 250, 0, 3925, 8575])
    assert out.index.name == "klant_id"


def test_credit_cost_equals_finance_credit_cost():
    from salesbook.finance import credit_cost

    sales, drivers = toy()
    out = accounts.customer_profitability(sales, drivers, interest_rate=0.06)
    assert out.loc["B", "kosten_krediet"] == pytest.approx(credit_cost(20_000, 73, 0.06))


def test_the_model_has_no_interest_rate_of_its_own():
    # one cost of capital: the caller states the rate (the case layer passes case.COST_OF_CAPITAL)
    import inspect

    parameter = inspect.signature(accounts.customer_profitability).parameters["interest_rate"]
    assert parameter.default is inspect.Parameter.empty and parameter.kind is inspect.Parameter.KEYWORD_ONLY
    assert not hasattr(accounts, "DEFAULT_INTEREST_RATE")
    sales, drivers = toy()
    with pytest.raises(TypeError, match="interest_rate"):
        accounts.customer_profitability(sales, drivers)


def test_default_rates_and_a_partial_override():
    sales, drivers = toy()
    default = accounts.customer_profitability(sales, drivers, interest_rate=RATE)
    assert default.loc["A", "kosten_bezoeken"] == 4 * accounts.DEFAULT_RATES["bezoeken"]
    free_visits = accounts.customer_profitability(sales, drivers, rates={"bezoeken": 0}, interest_rate=RATE)
    assert (free_visits["kosten_bezoeken"] == 0).all()
    # the other rates stay the defaults
    assert free_visits.loc["B", "kosten_orders"] == 40 * accounts.DEFAULT_RATES["orders"]
    assert set(accounts.DEFAULT_RATES) == set(accounts.COST_DRIVERS)
    assert accounts.COST_DRIVERS == ("bezoeken", "orders", "leveringen", "retouren")


def test_klant_id_as_index_is_accepted():
    sales, drivers = toy()
    out = accounts.customer_profitability(sales.set_index("klant_id"), drivers.set_index("klant_id"), rates=RATES,
                                          interest_rate=0.073)
    assert out.loc["A", "klantwinst"] == pytest.approx(22_050)


def test_negative_margin_is_allowed():
    sales, drivers = toy()
    sales.loc[1, "brutomarge"] = -1_000   # sold below cost
    out = accounts.customer_profitability(sales, drivers, rates=RATES, interest_rate=0.073)
    assert out.loc["B", "klantwinst"] == pytest.approx(-1_000 - 33_042)


@pytest.mark.parametrize("column, value, message", [
    ("bezoeken", -1, mentions("kostendrivers: bezoeken van klant C", "negatief", "(kreeg -1)")),
    ("betaaldagen", -5, mentions("betaaldagen van klant C", "negatief")),
    ("orders", "veel", mentions("orders van klant C", "getal")),
])
def test_bad_driver_values_are_refused(column, value, message):
    sales, drivers = toy()
    drivers[column] = drivers[column].astype(object)
    drivers.loc[0, column] = value
    with pytest.raises(SalesbookError, match=message):
        accounts.customer_profitability(sales, drivers, interest_rate=RATE)


def test_negative_revenue_and_rates_are_refused():
    sales, drivers = toy()
    sales.loc[0, "omzet"] = -10
    with pytest.raises(SalesbookError, match=mentions("omzet van klant A", "negatief")):
        accounts.customer_profitability(sales, drivers, interest_rate=RATE)
    sales, drivers = toy()
    with pytest.raises(SalesbookError, match=mentions("tarief voor orders", "negatief", "(kreeg -1)")):
        accounts.customer_profitability(sales, drivers, rates={"orders": -1}, interest_rate=RATE)
    with pytest.raises(SalesbookError, match="onbekende kostendriver.*telefoontjes"):
        accounts.customer_profitability(sales, drivers, rates={"telefoontjes": 5}, interest_rate=RATE)
    with pytest.raises(SalesbookError, match="bedoel je 0.06"):
        accounts.customer_profitability(sales, drivers, interest_rate=6)


def test_missing_columns_are_named_in_dutch():
    sales, drivers = toy()
    with pytest.raises(SalesbookError, match=mentions("kostendrivers", "kolom(men) retouren, betaaldagen")):
        accounts.customer_profitability(sales, drivers.drop(columns=["retouren", "betaaldagen"]), interest_rate=RATE)
    with pytest.raises(SalesbookError, match="omzetgegevens mist de kolom\\(men\\) brutomarge"):
        accounts.customer_profitability(sales.drop(columns="brutomarge"), drivers, interest_rate=RATE)
    with pytest.raises(SalesbookError, match="moet een tabel"):
        accounts.customer_profitability([1, 2], drivers, interest_rate=RATE)


def test_customers_that_do_not_match_are_named():
    sales, drivers = toy()
    drivers.loc[0, "klant_id"] = "D"
    with pytest.raises(SalesbookError, match=mentions("zonder kostendrivers: C", "zonder omzetgegevens: D")):
        accounts.customer_profitability(sales, drivers, interest_rate=RATE)
    sales, drivers = toy()
    with pytest.raises(SalesbookError, match="klant_id A meer dan eens"):
        accounts.customer_profitability(pd.concat([sales, sales.iloc[[0]]]), drivers, interest_rate=RATE)


def test_bad_input_leaves_the_input_unchanged():
    sales, drivers = toy()
    before = drivers.copy()
    accounts.customer_profitability(sales, drivers, interest_rate=RATE)
    pd.testing.assert_frame_equal(drivers, before)


# --- whale curve --------------------------------------------------------------------------------------

def test_whale_curve_by_hand():
    # winst 60, 50, 10, −20 (totaal 100): cumulatief 60, 110, 120, 100 → 60%, 110%, 120%, 100%
    curve = accounts.whale_curve(pd.Series({"D": -20.0, "B": 50.0, "A": 60.0, "C": 10.0}))
    assert list(curve.index) == ["A", "B", "C", "D"]
    assert curve["cum_winst"].tolist() == pytest.approx([60, 110, 120, 100])
    assert curve["cum_share_klanten"].tolist() == pytest.approx([0.25, 0.5, 0.75, 1.0])
    assert curve["cum_share_winst"].tolist() == pytest.approx([0.6, 1.1, 1.2, 1.0])


def test_whale_curve_of_profitability_table_and_summary():
    sales, drivers = toy()
    out = accounts.customer_profitability(sales, drivers, rates=RATES, interest_rate=0.073)
    curve = accounts.whale_curve(out)
    # totaal 22 050 + 8 575 − 27 042 = 3 583; top na A en C: 30 625 / 3 583
    assert curve["cum_share_winst"].iloc[1] == pytest.approx(30_625 / 3_583)
    summary = accounts.whale_summary(out)
    assert summary.total_profit == pytest.approx(3_583)
    assert summary.peak_share == pytest.approx(30_625 / 3_583)
    assert (summary.customers_at_peak, summary.loss_makers) == (2, 1)
    assert summary.share_customers_at_peak == pytest.approx(2 / 3)
    assert summary.total_loss == pytest.approx(27_042)
    assert summary.profit_of_profitable == pytest.approx(30_625)


def test_whale_curve_without_loss_makers_ends_at_its_peak():
    summary = accounts.whale_summary([5, 3, 2])
    assert summary.peak_share == pytest.approx(1.0)
    assert summary.customers_at_peak == 3 and summary.loss_makers == 0 and summary.total_loss == 0


def test_whale_curve_refuses_a_total_loss():
    with pytest.raises(SalesbookError, match="totale klantwinst moet positief zijn"):
        accounts.whale_curve([10, -30])
    with pytest.raises(SalesbookError, match="mist de kolom klantwinst"):
        accounts.whale_curve(pd.DataFrame({"winst": [1.0]}))


# --- the case data --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def case():
    return {name: load_dataset(name) for name in ("klanten", "transacties", "kostendrivers", "landenvestigingen")}


def test_kostendrivers_is_one_row_per_customer_who_bought_in_2024(case):
    drivers, tx = case["kostendrivers"], case["transacties"]
    assert drivers["klant_id"].is_unique
    assert set(drivers["klant_id"]) <= set(case["klanten"]["klant_id"])
    in_2024 = tx[tx["datum"].dt.year == 2024]
    assert set(drivers["klant_id"]) == set(in_2024["klant_id"])
    counts = in_2024.groupby("klant_id").size()
    assert (drivers.set_index("klant_id")["orders"] == counts.loc[drivers["klant_id"]].to_numpy()).all()


def test_kostendrivers_counts_are_plausible(case):
    d = case["kostendrivers"]
    assert (d[["bezoeken", "orders", "leveringen", "retouren", "betaaldagen"]] >= 0).all().all()
    assert (d["leveringen"] >= d["orders"]).all()
    assert (d["betaaldagen"] >= 14).all()
    assert (d["bezoeken"] >= 1).all()
    assert d["retouren"].sum() / d["leveringen"].sum() < 0.1            # a few per cent


def test_payment_days_follow_table_1_2(case):
    # the revenue-weighted payment days per country equal the debiteurendagen of Tabel 1.2
    tx = case["transacties"]
    revenue = tx[tx["datum"].dt.year == 2024].groupby("klant_id")["bedrag"].sum()
    d = case["kostendrivers"].set_index("klant_id").join(case["klanten"].set_index("klant_id")["land"])
    d["omzet"] = revenue.loc[d.index]
    weighted = (d["betaaldagen"] * d["omzet"]).groupby(d["land"]).sum() / d["omzet"].groupby(d["land"]).sum()
    table = case["landenvestigingen"].set_index("land")["debiteurendagen"]
    assert weighted.loc[table.index].to_numpy() == pytest.approx(table.to_numpy(), abs=1.0)
    # Midden-Oosten and overheid pay later than Nederland and industrie
    seg = case["klanten"].set_index("klant_id")["segment"].loc[d.index]
    assert d.loc[seg == "overheid", "betaaldagen"].mean() > d.loc[seg == "industrie", "betaaldagen"].mean()


def test_case_whale_curve_is_instructive():
    profit = accounts.case_profitability()
    assert list(profit.columns[:9]) == list(accounts.PROFIT_COLUMNS)
    assert {"naam", "land", "segment", "accountmanager"} <= set(profit.columns)
    summary = accounts.whale_summary(profit)
    assert summary.peak_share > 1.03                     # the loss-makers destroy profit
    assert 0.1 < summary.loss_makers / summary.customers < 0.4
    abc = abc_analysis(profit["omzet"])
    a_class = abc.index[abc["class"] == "A"]
    losing_a = profit.loc[a_class].query("klantwinst < 0")
    assert len(losing_a) >= 5                            # some A-customers lose money
    # ... and mainly because of many small orders: their average order is below the A-median
    avg = profit["omzet"] / load_dataset("kostendrivers").set_index("klant_id")["orders"].loc[profit.index]
    assert avg.loc[losing_a.index].median() < avg.loc[a_class].median()


def test_case_profitability_matches_the_transactions(case):
    profit = accounts.case_profitability()
    tx = case["transacties"]
    in_2024 = tx[tx["datum"].dt.year == 2024]
    assert profit["omzet"].sum() == pytest.approx(in_2024["bedrag"].sum())
    assert profit["brutomarge"].sum() == pytest.approx(in_2024["brutomarge"].sum())
    cheap = accounts.case_profitability(rates={"bezoeken": 0, "orders": 0, "leveringen": 0, "retouren": 0},
                                        interest_rate=0)
    assert (cheap["klantwinst"] == cheap["brutomarge"]).all()


def test_case_profitability_charges_the_case_cost_of_capital(case):
    # Mehta Construction Al Ain (K00386): omzet 2024 € 433 634,18, betaaldagen 127;
    # credit cost at 8% (case.COST_OF_CAPITAL): 433 634,18 × 0,08 × 127 / 365 = 12 070,47
    from salesbook import case as case_module

    assert case_module.COST_OF_CAPITAL == 0.08
    profit = accounts.case_profitability()
    assert profit.loc["K00386", "kosten_krediet"] == pytest.approx(12_070.47, abs=0.01)
    assert case["kostendrivers"].set_index("klant_id").loc["K00386", "betaaldagen"] == 127
    # every customer: omzet × COST_OF_CAPITAL × betaaldagen / 365, and the account plan uses the same rate
    days = case["kostendrivers"].set_index("klant_id")["betaaldagen"].loc[profit.index]
    assert profit["kosten_krediet"].to_numpy() == pytest.approx((profit["omzet"] * 0.08 * days / 365).to_numpy())
    plan = accounts.account_plan("K00386")
    assert plan.profitability["kosten_krediet"] == pytest.approx(12_070.47, abs=0.01)


def test_case_profitability_only_for_2024():
    with pytest.raises(SalesbookError, match=mentions("jaar", "moet 2024 zijn", "(kreeg 2023)")):
        accounts.case_profitability(2023)


def test_yearly_sales_by_hand():
    log = pd.DataFrame({"klant_id": ["A", "B", "A"],
                        "datum": pd.to_datetime(["2024-01-02", "2024-05-05", "2024-12-31"]),
                        "bedrag": [100.0, 40.0, 60.0], "brutomarge": [30.0, 10.0, 15.0]})
    out = accounts.yearly_sales(log, 2024)
    # A: 100 + 60 = 160 omzet, 30 + 15 = 45 marge, 2 orders
    assert out.loc["A"].tolist() == [160.0, 45.0, 2]
    with pytest.raises(SalesbookError, match="geen transacties in 2021"):
        accounts.yearly_sales(log, 2021)
    assert math.isclose(out.loc["B", "omzet"], 40.0)


# --- portfolio matrix ------------------------------------------------------------------------------

def test_portfolio_by_hand():
    scores = pd.DataFrame({"omvang": [9, 3, 8, 2], "groei": [5, 4, 6, 9], "sow": [8, 2, 3, 9], "relatie": [6, 7, 4, 8]},
                          index=["P", "Q", "R", "S"])
    out = accounts.account_portfolio(scores, {"omvang": 0.6, "groei": 0.4}, {"sow": 0.5, "relatie": 0.5})
    # P: 0,6×9 + 0,4×5 = 7,4; 0,5×8 + 0,5×6 = 7,0 → key account
    # Q: 0,6×3 + 0,4×4 = 3,4; 0,5×2 + 0,5×7 = 4,5 → efficiënt bedienen
    # R: 0,6×8 + 0,4×6 = 7,2; 0,5×3 + 0,5×4 = 3,5 → ontwikkelen
    # S: 0,6×2 + 0,4×9 = 4,8; 0,5×9 + 0,5×8 = 8,5 → onderhouden
    assert out["aantrekkelijkheid"].tolist() == pytest.approx([7.4, 3.4, 7.2, 4.8])
    assert out["positie"].tolist() == pytest.approx([7.0, 4.5, 3.5, 8.5])
    assert out["kwadrant"].tolist() == ["key account", "efficiënt bedienen", "ontwikkelen", "onderhouden"]
    assert out.loc["R", "strategie"] == accounts.QUADRANTS["ontwikkelen"]


def test_portfolio_uses_weighted_score_of_strategy():
    from salesbook.strategy import weighted_score

    scores = accounts.case_account_scores().head(3)
    out = accounts.account_portfolio(scores)
    for k in scores.index:
        a = weighted_score({c: scores.loc[k, c] for c in accounts.ATTRACTIVENESS_WEIGHTS},
                           accounts.ATTRACTIVENESS_WEIGHTS)
        assert out.loc[k, "aantrekkelijkheid"] == pytest.approx(a)


def test_the_split_belongs_to_high():
    assert accounts.portfolio_quadrant(5.5, 5.5) == "key account"
    assert accounts.portfolio_quadrant(5.49, 5.5) == "onderhouden"
    assert accounts.portfolio_quadrant(8, 2) == "ontwikkelen"
    assert accounts.portfolio_quadrant(2, 2) == "efficiënt bedienen"
    with pytest.raises(SalesbookError, match=mentions("aantrekkelijkheid", "tussen 1 en 10")):
        accounts.portfolio_quadrant(11, 5)


def test_portfolio_refuses_bad_weights_and_scores():
    scores = pd.DataFrame({"a": [5.0], "b": [6.0]}, index=["X"])
    with pytest.raises(SalesbookError, match=mentions("gewichten", "moeten samen precies 1 zijn", "(kreeg som 1.1)")):
        accounts.account_portfolio(scores, {"a": 0.6, "b": 0.5}, {"a": 1.0})
    with pytest.raises(SalesbookError, match="je gaf percentages"):
        accounts.account_portfolio(scores, {"a": 60, "b": 40}, {"a": 1.0})
    with pytest.raises(SalesbookError, match="scores mist de kolom\\(men\\) c"):
        accounts.account_portfolio(scores, {"a": 1.0}, {"c": 1.0})
    bad = pd.DataFrame({"a": [12.0], "b": [6.0]}, index=["X"])
    with pytest.raises(SalesbookError, match=mentions("score 'a' van X", "1 tot en met 10", "(kreeg 12)")):
        accounts.account_portfolio(bad, {"a": 1.0}, {"b": 1.0})


def test_scale_score_by_hand():
    # 1 + 9 × (x − low) / (high − low): 0,30 with 0,20 … 0,45 → 1 + 9 × 0,4 = 4,6
    assert accounts.scale_score([0.30], 0.20, 0.45).tolist() == pytest.approx([4.6])
    # reversed line: less is better
    assert accounts.scale_score([10, 30], 30, 10).tolist() == pytest.approx([10.0, 1.0])
    assert accounts.scale_score([float("nan")], 0, 1).isna().all()
    with pytest.raises(SalesbookError, match="moeten verschillen"):
        accounts.scale_score([1], 2, 2)


def test_case_account_scores_are_dutch_2024_customers():
    scores = accounts.case_account_scores()
    klanten = load_dataset("klanten").set_index("klant_id")
    assert (klanten.loc[scores.index, "land"] == "Nederland").all()
    assert scores["omzet"].is_monotonic_decreasing
    criteria = [*accounts.ATTRACTIVENESS_WEIGHTS, *accounts.POSITION_WEIGHTS]
    assert scores[criteria].stack().between(1, 10).all()
    assert (scores["sow"] <= 1).all()
    # strategische fit follows the segment table
    assert (scores["strategische fit"] == scores["segment"].map(accounts.STRATEGIC_FIT)).all()


# --- key-account selection -------------------------------------------------------------------------

def test_key_account_selection_by_hand():
    table = pd.DataFrame({"omzet": [400_000, 600_000, 90_000, 300_000], "aantrekkelijkheid": [7.0, 6.5, 8.0, 5.5],
                          "klantwinst": [50_000, -20_000, 9_000, 0]}, index=["W", "X", "Y", "Z"])
    out = accounts.key_account_selection(table)
    assert out["key_account"].tolist() == [True, False, False, True]     # Z meets every bound exactly
    assert out["ontbreekt"].tolist() == ["", "winstgevend", "omvang", ""]
    stricter = accounts.key_account_selection(table, min_revenue=500_000, min_profit=-50_000)
    assert stricter["key_account"].tolist() == [False, True, False, False]
    with pytest.raises(SalesbookError, match="accounts mist de kolom\\(men\\) klantwinst"):
        accounts.key_account_selection(table.drop(columns="klantwinst"))
    with pytest.raises(SalesbookError, match=mentions("minimale omzet", "negatief")):
        accounts.key_account_selection(table, min_revenue=-1)


# --- the account plan ------------------------------------------------------------------------------

def test_account_plan_of_a_dutch_key_account():
    plan = accounts.account_plan("K01616")
    tx = load_dataset("transacties")
    mine = tx[tx["klant_id"] == "K01616"]
    by_year = mine.groupby(mine["datum"].dt.year)["bedrag"].sum()
    for year in (2022, 2023, 2024):
        assert plan.history.loc[year, "omzet"] == pytest.approx(by_year.get(year, 0.0))
    assert plan.facts["land"] == "Nederland"
    assert plan.portfolio is not None and plan.portfolio["kwadrant"] in accounts.QUADRANTS
    assert plan.profit_rank >= 1 and plan.abc == "A"
    text = account_plan_markdown(plan)
    for part in ("Klantgegevens", "Omzet en marge 2022–2024", "cost-to-serve", "accountportfolio", "DMU",
                 "Miller & Heiman", "Doelstellingen", "Acties"):
        assert part in text
    for role in accounts.DMU_ROLES:
        assert f"| {role} |" in text


def test_account_plan_abroad_has_no_portfolio_position():
    plan = accounts.account_plan("K00528")
    assert plan.portfolio is None
    assert plan.profitability["klantwinst"] < 0
    assert "alleen voor Nederlandse klanten" in account_plan_markdown(plan)


def test_account_plan_of_a_customer_without_2024_revenue():
    drivers = load_dataset("kostendrivers")
    klanten = load_dataset("klanten")
    gone = sorted(set(klanten["klant_id"]) - set(drivers["klant_id"]))[0]
    plan = accounts.account_plan(gone)
    assert plan.profitability is None and plan.abc is None
    assert "Geen omzet in 2024" in account_plan_markdown(plan)


def test_account_plan_unknown_customer():
    with pytest.raises(SalesbookError, match=mentions("klant_id 'K99999'", "niet in klanten.csv")):
        accounts.account_plan("K99999")


def test_case_account_scores_one_customer_recomputed_by_hand():
    # Aannemersbedrijf Vos (K00637), recomputed with plain pandas from the raw CSVs:
    # omzet 2024 = 935 273,53, brutomarge 2024 = 331 268,94, omzet 2023 = 962 986,39,
    # inkooppotentieel 1 284 000, klant sinds 2017-03-30, segment utiliteitsbouw.
    #   potentieel  1 + 9 × (log10 1 284 000 − 4,7) / 1,5 = 1 + 9 × (6,1086 − 4,7) / 1,5 = 9,45 → 9,5
    #   groei       935 273,53 / 962 986,39 − 1 = −0,0288; 1 + 9 × (−0,0288 + 0,40) / 1,00 = 4,34 → 4,3
    #   marge       331 268,94 / 935 273,53 = 0,3542; 1 + 9 × (0,3542 − 0,28) / 0,16 = 5,17 → 5,2
    #   sow         935 273,53 / 1 284 000 = 0,7284; 1 + 9 × (0,7284 − 0,20) / 0,70 = 7,79 → 7,8
    #   relatie     (2024-12-31 − 2017-03-30) = 2 833 dagen / 365,25 = 7,76 jaar; 1 + 9 × 7,76 / 20 = 4,49 → 4,5
    #   strategische fit and assortimentsfit of utiliteitsbouw: 7 and 7
    import numpy as np
    from salesbook.paths import DATA_DIR

    tx = pd.read_csv(DATA_DIR / "transacties.csv", parse_dates=["datum"])
    klanten = pd.read_csv(DATA_DIR / "klanten.csv").set_index("klant_id")
    potential = pd.read_csv(DATA_DIR / "accountlocaties.csv").set_index("klant_id")["potentieel"]
    k = "K00637"
    mine = tx[tx["klant_id"] == k]
    y2024, y2023 = mine[mine["datum"].dt.year == 2024], mine[mine["datum"].dt.year == 2023]
    omzet, marge, omzet_2023 = y2024["bedrag"].sum(), y2024["brutomarge"].sum(), y2023["bedrag"].sum()
    assert round(omzet, 2) == 935_273.53 and round(marge, 2) == 331_268.94 and round(omzet_2023, 2) == 962_986.39
    assert potential[k] == 1_284_000 and klanten.loc[k, "klant_sinds"] == "2017-03-30"

    def line(x, low, high):
        return min(max(1 + 9 * (x - low) / (high - low), 1), 10)

    years = (pd.Timestamp("2024-12-31") - pd.Timestamp("2017-03-30")).days / 365.25
    assert (pd.Timestamp("2024-12-31") - pd.Timestamp("2017-03-30")).days == 2_833
    hand = {
        "potentieel": line(np.log10(1_284_000), 4.7, 6.2),
        "groei": line(omzet / omzet_2023 - 1, -0.40, 0.60),
        "marge": line(marge / omzet, 0.28, 0.44),
        "strategische fit": 7.0,
        "share of wallet": line(min(omzet / 1_284_000, 1), 0.20, 0.90),
        "relatie": line(years, 0, 20),
        "assortimentsfit": 7.0,
    }
    assert {c: round(v, 1) for c, v in hand.items()} == {
        "potentieel": 9.5, "groei": 4.3, "marge": 5.2, "strategische fit": 7.0,
        "share of wallet": 7.8, "relatie": 4.5, "assortimentsfit": 7.0}

    row = accounts.case_account_scores().loc[k]
    for column, value in hand.items():
        assert row[column] == pytest.approx(round(value, 1)), column
    assert row["omzet"] == pytest.approx(omzet) and row["brutomarge"] == pytest.approx(marge)
    assert row["inkooppotentieel"] == 1_284_000 and row["sow"] == pytest.approx(omzet / 1_284_000)
    assert (row["naam"], row["segment"]) == ("Aannemersbedrijf Vos", "utiliteitsbouw")

    # abc: ranked among the Dutch customers with a potential who bought in 2024 (not all customers)
    nl_ids = klanten.index[klanten["land"] == "Nederland"].intersection(potential.index)
    t24 = tx[tx["datum"].dt.year == 2024]
    nl_rev = t24[t24["klant_id"].isin(nl_ids)].groupby("klant_id")["bedrag"].sum().sort_values(ascending=False)
    nl_cum = nl_rev.cumsum() / nl_rev.sum()
    assert nl_cum[k] <= 0.8 and row["abc"] == "A"


def test_dutch_a_customers_two_definitions_are_documented():
    # ABC within Nederland (portfolio, key accounts) versus ABC over all customers (account_plan):
    # plain pandas on the 2024 revenue, A while the cumulative share *before* the customer < 80%
    from salesbook.paths import DATA_DIR

    tx = pd.read_csv(DATA_DIR / "transacties.csv", parse_dates=["datum"])
    klanten = pd.read_csv(DATA_DIR / "klanten.csv").set_index("klant_id")
    rev = tx[tx["datum"].dt.year == 2024].groupby("klant_id")["bedrag"].sum().sort_values(ascending=False)
    a_all = set(rev.index[((rev.cumsum() - rev) / rev.sum()) < 0.8])
    dutch = rev[klanten.loc[rev.index, "land"] == "Nederland"]
    a_nl = set(dutch.index[((dutch.cumsum() - dutch) / dutch.sum()) < 0.8])
    assert len(a_all & set(dutch.index)) == 197 and len(a_nl) == 193 and a_nl <= a_all
    scores = accounts.case_account_scores()
    assert set(scores.index[scores["abc"] == "A"]) == a_nl
    doc = accounts.case_account_scores.__doc__
    assert "193" in doc and "197" in doc


# --- refusals added after review ---------------------------------------------------------------

@pytest.mark.parametrize("column, value", [("bezoeken", 2.5), ("orders", 5.5), ("leveringen", 0.1), ("retouren", 1.5)])
def test_fractional_driver_counts_are_refused(column, value):
    sales, drivers = toy()
    drivers[column] = drivers[column].astype(float)
    drivers.loc[0, column] = value                  # row 0 of the drivers is klant C
    with pytest.raises(SalesbookError, match=mentions(f"kostendrivers: {column} van klant C",
                                                           "geheel aantal", f"(kreeg {value:g})")):
        accounts.customer_profitability(sales, drivers, interest_rate=RATE)


def test_fractional_payment_days_are_allowed():
    # betaaldagen is an average: 30,5 days on € 100 000 at 7,3% → 100 000 × 0,073 × 30,5 / 365 = 610
    sales, drivers = toy()
    drivers["betaaldagen"] = drivers["betaaldagen"].astype(float)
    drivers.loc[2, "betaaldagen"] = 30.5            # klant A
    out = accounts.customer_profitability(sales, drivers, rates=RATES, interest_rate=0.073)
    assert out.loc["A", "kosten_krediet"] == pytest.approx(610.0)


def test_gross_margin_above_revenue_is_refused():
    sales, drivers = toy()
    sales.loc[1, "brutomarge"] = 25_000             # klant B: omzet 20 000
    before = sales.copy()
    with pytest.raises(SalesbookError, match=mentions("brutomarge van klant B", "niet groter", "brutomarge 25000", "omzet 20000")):
        accounts.customer_profitability(sales, drivers, interest_rate=RATE)
    pd.testing.assert_frame_equal(sales, before)


def test_gross_margin_equal_to_revenue_is_allowed():
    # a free product sold on (inkoopwaarde 0): brutomarge = omzet is the limit, still allowed
    sales, drivers = toy()
    sales.loc[1, "brutomarge"] = 20_000
    assert accounts.customer_profitability(sales, drivers, interest_rate=RATE).loc["B", "brutomarge"] == 20_000


@pytest.mark.parametrize("which, name", [(0, "omzetgegevens"), (1, "kostendrivers")])
def test_empty_tables_are_refused(which, name):
    tables = list(toy())
    tables[which] = tables[which].iloc[0:0]
    with pytest.raises(SalesbookError, match=rf"{name} is leeg"):
        accounts.customer_profitability(*tables, interest_rate=RATE)


@pytest.mark.parametrize("column", ["omzet", "aantrekkelijkheid", "klantwinst"])
def test_key_account_selection_refuses_missing_numbers(column):
    # before: NaN ≥ bound is False, so a missing number silently read as "criterion not met"
    table = pd.DataFrame({"omzet": [400_000, 600_000], "aantrekkelijkheid": [7.0, 6.5],
                          "klantwinst": [50_000, 20_000]}, index=["W", "X"])
    table.loc["X", column] = float("nan")
    with pytest.raises(SalesbookError, match=mentions(f"accounts: {column} van X", "getal", "(kreeg nan)")):
        accounts.key_account_selection(table)
