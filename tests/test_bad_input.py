"""Issue 13, classes 3-5: one rule for rates, table inputs checked at the entry points, counts
with a sane maximum. Every refusal is a SalesbookError with a Dutch message."""

import math

import pandas as pd
import pytest

from salesbook import accounts, customers, fairs, finance, forecasting, planning, retention, validation
from salesbook.errors import SalesbookError
from tests.checks import assert_mentions, mentions


# --- one rule for every rate parameter -------------------------------------------------------

RATE_CALLS = [
    lambda d: customers.clv(100, 0.8, d),
    lambda d: customers.margin_multiple(0.8, d),
    lambda d: customers.retention_uplift(0.8, d),
    lambda d: customers.uplift_curve(d, [0.8]),
    lambda d: customers.claim_interval(d),
    lambda d: customers.retention_scenario(100, 0.8, d),
    lambda d: customers.customer_analysis(
        pd.DataFrame({"klant_id": ["A"], "bedrag": [1.0], "brutomarge": [1.0], "datum": pd.to_datetime(["2024-01-01"])}),
        "2024-12-31", retention=0.8, discount_rate=d, years=3),
    lambda d: finance.npv([-100, 60, 60], d),
    lambda d: finance.credit_cost(1000, 30, d),
    lambda d: fairs.repeat_factor(3, 0.5, d),
    lambda d: retention.customer_value(retention.ProfitProfile(100), 0.8, d),
]


@pytest.mark.parametrize("call", RATE_CALLS)
def test_a_rate_typed_as_a_percentage_is_refused_with_the_fraction_suggested(call):
    with pytest.raises(SalesbookError) as info:
        call(10)
    assert_mentions(str(info.value), "fractie per periode", "bedoel je 0.1?", "10% als 0.1")


def test_clv_from_the_issue():
    with pytest.raises(SalesbookError, match=mentions("disconteringsvoet", "(kreeg 10)", "bedoel je 0.1?")):
        customers.clv(100, 0.8, 10)


# --- tables ----------------------------------------------------------------------------------

ACCOUNTS = pd.DataFrame({"accountmanager": ["Ans", "Ans"], "omzet": [10.0, 5.0], "potentieel": [20, 10]})
TEAM = pd.DataFrame({"verkoper": ["Ans"], "regio": ["Noord"], "omzetdoel_2024": [14], "vast_salaris": [50],
                     "werkdagen_per_jaar": [210], "uren_per_dag": [8], "aandeel_bezoektijd": [0.5]})
UNITS = pd.DataFrame({"postcodegebied": ["97", "10"], "plaats": ["Groningen", "Amsterdam"], "uren": [24.0, 2.0],
                      "x_km": [230.0, 121.0], "y_km": [580.0, 487.0]})
LOG = pd.DataFrame({"klant_id": ["A", "B"], "bedrag": [100.0, 80.0], "brutomarge": [30.0, 20.0],
                    "datum": pd.to_datetime(["2024-01-05", "2024-03-01"])})
HISTORY = pd.DataFrame({"maand": pd.to_datetime(["2024-01-01", "2024-02-01"]), "land": ["NL", "NL"],
                        "productgroep": ["A", "A"], "omzet": [5.0, 6.0]})
FAIR = {"dagen": 3, "standhuur_per_m2": 165, "standbouw_per_m2": 190, "reis_verblijf_per_dag": 60}

TABLE_CALLS = {
    "rep_results": (lambda t: planning.rep_results(t, TEAM), ACCOUNTS, "omzet"),
    "rep_results team": (lambda t: planning.rep_results(ACCOUNTS, t), TEAM, "omzetdoel_2024"),
    "postcode_units": (planning.postcode_units, UNITS, "uren"),
    "yearly_sales": (lambda t: accounts.yearly_sales(t, 2024), LOG, "bedrag"),
    "sales_series": (forecasting.sales_series, HISTORY, "omzet"),
}


@pytest.mark.parametrize("name", list(TABLE_CALLS))
@pytest.mark.parametrize("bad", [None, "tabel", 3])
def test_a_table_helper_refuses_what_is_no_table(name, bad):
    call, _, _ = TABLE_CALLS[name]
    with pytest.raises(SalesbookError, match=r"moet een tabel \(DataFrame\) zijn"):
        call(bad)


@pytest.mark.parametrize("name", list(TABLE_CALLS))
def test_a_table_helper_names_a_missing_column(name):
    call, table, column = TABLE_CALLS[name]
    with pytest.raises(SalesbookError, match=f"mist de kolom '{column}'"):
        call(table.drop(columns=[column]))


@pytest.mark.parametrize("name", list(TABLE_CALLS))
def test_a_table_helper_refuses_an_empty_cell_in_a_column_it_sums(name):
    call, table, column = TABLE_CALLS[name]
    holed = table.copy()
    holed[column] = holed[column].astype(float)
    holed.loc[holed.index[0], column] = math.nan
    with pytest.raises(SalesbookError, match=mentions(f"kolom '{column}'", "rij 0", "leeg")):
        call(holed)


@pytest.mark.parametrize("call", [
    lambda: planning.balance(None), lambda: planning.balance("abc"), lambda: planning.balance([1.0, math.nan]),
    lambda: accounts.scale_score(None, 0, 1), lambda: accounts.scale_score("abc", 0, 1),
    lambda: accounts.scale_score(["x", 0.5], 0, 1),
    lambda: customers.uplift_curve(0.1, None), lambda: customers.uplift_curve(0.1, "abc"),
    lambda: fairs.stand_budget(None, 60, 9, 8, 55, 0, 0, 0), lambda: fairs.stand_budget("beurs", 60, 9, 8, 55, 0, 0, 0),
    lambda: fairs.stand_budget({**FAIR, "dagen": math.nan}, 60, 9, 8, 55, 0, 0, 0),
])
def test_other_helpers_refuse_none_text_and_nan(call):
    with pytest.raises(SalesbookError):
        call()


def test_the_shared_table_validator():
    frame = pd.DataFrame({"score": [3, 11]})
    with pytest.raises(SalesbookError, match=mentions("kolom 'score'", "rij 1", "tussen 0 en 10", "(kreeg 11)")):
        validation.table(frame, "de enquête", {"score": "geheel"}, ranges={"score": (0, 10)})
    with pytest.raises(SalesbookError, match="moet minstens 1 rij"):
        validation.table(frame.iloc[:0], "de enquête", ["score"])


# --- counts ----------------------------------------------------------------------------------

@pytest.mark.parametrize("call", [
    lambda n: forecasting.holt([1, 2, 3, 4], 0.5, 0.5, horizon=n),
    lambda n: forecasting.exponential_smoothing([1, 2, 3], 0.5, horizon=n),
    lambda n: forecasting.moving_average([1, 2, 3], 2, horizon=n),
    lambda n: forecasting.holt_winters([1, 2, 3, 4, 5, 6, 7, 8], 2, 0.5, 0.5, 0.5, horizon=n),
    lambda n: forecasting.linear_trend_forecast([1, 2, 3], horizon=n),
    lambda n: fairs.repeat_factor(n, 0.5),
    lambda n: fairs.margin_per_year(10, 1000, 0.3, years=n, retention=0.5),
    lambda n: retention.profit_by_year(retention.ProfitProfile(100), n),
    lambda n: customers.reverse_funnel(n, [0.5]),
    lambda n: fairs.contacts_needed(n, [0.5]),
])
@pytest.mark.parametrize("huge", [1e308, 10**12])
def test_a_huge_count_is_refused_quickly(call, huge):
    with pytest.raises(SalesbookError, match="mag hoogstens"):
        call(huge)
