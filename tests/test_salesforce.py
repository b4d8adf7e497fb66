"""salesbook.salesforce: workload method, breakdown method and tiered commission (public contract)."""

import math

import numpy as np
import pytest

from salesbook.errors import SalesbookError
from salesbook.salesforce import breakdown_sales_force, round_up, sales_force_size, tiered_commission
from tests.checks import mentions

ACCOUNTS = [50, 150, 300]  # A-, B- and C-accounts
CALLS = [24, 12, 4]        # calls per account per year


# --- workload method (Talley), ch. 6 --------------------------------------------------------

def test_workload_in_calls_hand_computed():
    # hand computation (workload method, Talley): A 50 × 24 + B 150 × 12 + C 300 × 4
    # = 1 200 + 1 800 + 1 200 = 4 200 calls; 1 000 calls per rep → 4,2 → 5 reps
    assert sales_force_size(ACCOUNTS, CALLS, calls_per_rep=1000) == 5


def test_workload_in_hours_hand_computed():
    # hand computation: 4 200 calls × 1,5 h = 6 300 h; 1 400 selling hours per rep → 4,5 → 5 reps
    assert sales_force_size(ACCOUNTS, CALLS, hours_per_call=1.5, hours_per_rep=1400) == 5


def test_workload_hours_per_class_hand_computed():
    # hand computation: A 1 200 calls × 2 h + B 1 800 × 1,5 h + C 1 200 × 1 h
    # = 2 400 + 2 700 + 1 200 = 6 300 h; 1 000 h per rep → 6,3 → 7 reps
    assert sales_force_size(ACCOUNTS, CALLS, hours_per_call=[2, 1.5, 1], hours_per_rep=1000) == 7


def test_workload_mappings_pair_by_key():
    # same example as above, keys in a different order: 4 200 / 1 000 = 4,2 → 5
    accounts = {"A": 50, "B": 150, "C": 300}
    calls = {"C": 4, "A": 24, "B": 12}
    assert sales_force_size(accounts, calls, calls_per_rep=1000) == 5
    # hours per class as a mapping: 2 400 + 2 700 + 1 200 = 6 300 h / 1 000 → 7
    hours = {"B": 1.5, "C": 1, "A": 2}
    assert sales_force_size(accounts, calls, hours_per_call=hours, hours_per_rep=1000) == 7


def test_workload_numpy_inputs():
    # 4 200 calls × 1,5 h = 6 300 h / 1 400 → 5
    assert sales_force_size(np.array(ACCOUNTS), np.array(CALLS),
                            hours_per_call=np.array([1.5, 1.5, 1.5]), hours_per_rep=1400) == 5


def test_workload_exact_multiple_not_rounded_up():
    # hand computation: 50 × 24 + 150 × 12 + 250 × 4 = 1 200 + 1 800 + 1 000 = 4 000 calls
    # / 1 000 = exactly 4 reps, not 5
    assert sales_force_size([50, 150, 250], CALLS, calls_per_rep=1000) == 4
    # 4 200 calls × 1,5 h = 6 300 h / 1 260 h = exactly 5
    assert sales_force_size(ACCOUNTS, CALLS, hours_per_call=1.5, hours_per_rep=1260) == 5


def test_workload_floating_point_artefact_not_rounded_up():
    # 3 accounts × 0,1 call = 0,30000000000000004 calls in floating point; / 0,03 calls per rep
    # = 10,000000000000002: that is 10 reps, not 11
    assert 3 * 0.1 / 0.03 > 10
    assert sales_force_size([3], [0.1], calls_per_rep=0.03) == 10
    # the same in hours: 3 × 0,1 call × 1 h / 0,03 h per rep → 10
    assert sales_force_size([3], [0.1], hours_per_call=1, hours_per_rep=0.03) == 10


def test_workload_zero_accounts_gives_zero_reps():
    assert sales_force_size([0, 0], [24, 12], calls_per_rep=1000) == 0


def test_round_up_handles_artefacts():
    assert 0.1 * 3 / 0.03 == pytest.approx(10) and 0.1 * 3 / 0.03 > 10
    assert round_up(0.1 * 3 / 0.03) == 10
    assert round_up(10.000001) == 11
    assert round_up(4.2) == 5


@pytest.mark.parametrize(
    "kwargs, pattern",
    [
        ({"calls_per_rep": 1000, "hours_per_rep": 1400}, mentions("op één manier", "bezoeken per verkoper=1000", "verkoopuren per verkoper=1400")),
        ({"calls_per_rep": 1000, "hours_per_call": 1.5}, r"op één manier.*uren per bezoek=1.5"),
        ({"calls_per_rep": 1000, "hours_per_call": 1.5, "hours_per_rep": 1400}, r"op één manier"),
        ({}, mentions("bezoeken per verkoper", "uren per bezoek", "kreeg geen van beide")),
        ({"hours_per_rep": 1400}, mentions("uren per bezoek ontbreekt", "kreeg alleen verkoopuren per verkoper=1400")),
        ({"hours_per_call": 1.5}, mentions("verkoopuren per verkoper ontbreekt", "kreeg alleen uren per bezoek=1.5")),
    ],
)
def test_capacity_given_in_exactly_one_way(kwargs, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        sales_force_size(ACCOUNTS, CALLS, **kwargs)


@pytest.mark.parametrize(
    "accounts, calls, kwargs, pattern",
    [
        ([50, -1, 300], CALLS, {"calls_per_rep": 1000}, mentions("aantal accounts[1]", "negatief", "(kreeg -1)")),
        (ACCOUNTS, [24, 12, -4], {"calls_per_rep": 1000}, mentions("bezoeken per account[2]", "negatief", "(kreeg -4)")),
        ({"A": -5}, {"A": 24}, {"calls_per_rep": 1000}, mentions("aantal accounts['A']", "negatief", "(kreeg -5)")),
        (ACCOUNTS, CALLS, {"calls_per_rep": 0}, mentions("bezoeken per verkoper", "groter zijn dan 0", "(kreeg 0)")),
        (ACCOUNTS, CALLS, {"calls_per_rep": -10}, mentions("bezoeken per verkoper", "groter zijn dan 0", "(kreeg -10)")),
        (ACCOUNTS, CALLS, {"hours_per_call": 1.5, "hours_per_rep": 0}, mentions("verkoopuren per verkoper", "groter zijn dan 0", "(kreeg 0)")),
        (ACCOUNTS, CALLS, {"hours_per_call": 0, "hours_per_rep": 1400}, mentions("uren per bezoek", "groter zijn dan 0", "(kreeg 0)")),
        (ACCOUNTS, CALLS, {"hours_per_call": [1, 0, 1], "hours_per_rep": 1400}, mentions("uren per bezoek[1]", "groter zijn dan 0", "(kreeg 0)")),
        (ACCOUNTS, CALLS, {"hours_per_call": [1, 2], "hours_per_rep": 1400}, mentions("aantal accounts", "uren per bezoek", "even lang")),
        (ACCOUNTS, CALLS, {"calls_per_rep": "veel"}, mentions("bezoeken per verkoper", "getal", "(kreeg 'veel')")),
        ([50, 150], CALLS, {"calls_per_rep": 1000}, mentions("aantal accounts", "bezoeken per account", "even lang", "(kreeg 2 waarden", "en 3 in")),
        ([], [], {"calls_per_rep": 1000}, mentions("aantal accounts", "minstens 1 waarde")),
        ({}, {}, {"calls_per_rep": 1000}, mentions("aantal accounts", "mag niet leeg zijn")),
        ({"A": 50}, [24], {"calls_per_rep": 1000}, mentions("aantal accounts", "bezoeken per account", "moeten allebei")),
        ({"A": 50, "B": 150}, {"A": 24, "C": 4}, {"calls_per_rep": 1000}, mentions("dezelfde klassen", "(ontbreekt in", "account: 'B'; extra in", "account: 'C')")),
    ],
)
def test_sales_force_size_refusals_name_the_parameter(accounts, calls, kwargs, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        sales_force_size(accounts, calls, **kwargs)


# --- breakdown method, ch. 6 ----------------------------------------------------------------

def test_breakdown_hand_computed():
    # hand computation: € 12 500 000 potential / € 1 500 000 per rep = 8,33 → 9 reps
    assert breakdown_sales_force(12_500_000, 1_500_000) == 9


def test_breakdown_exact_multiple():
    # hand computation: € 12 000 000 / € 1 500 000 = exactly 8 reps
    assert breakdown_sales_force(12_000_000, 1_500_000) == 8
    # 0,1 × 3 / 0,03 is 10,000000000000002 in floating point: still 10, not 11
    assert 0.1 * 3 / 0.03 > 10
    assert breakdown_sales_force(0.1 * 3, 0.03) == 10


@pytest.mark.parametrize(
    "total, per_rep, pattern",
    [
        (0, 1_500_000, mentions("totaal potentieel", "groter zijn dan 0", "(kreeg 0)")),
        (-5, 1_500_000, mentions("totaal potentieel", "groter zijn dan 0", "(kreeg -5)")),
        (12_000_000, 0, mentions("potentieel per verkoper", "groter zijn dan 0", "(kreeg 0)")),
        (12_000_000, -1, mentions("potentieel per verkoper", "groter zijn dan 0", "(kreeg -1)")),
        (math.nan, 1, mentions("totaal potentieel", "eindig getal")),
    ],
)
def test_breakdown_refusals_name_the_parameter(total, per_rep, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        breakdown_sales_force(total, per_rep)


# --- tiered commission, ch. 12 --------------------------------------------------------------

TIERS = [(0, 0.02), (50_000, 0.04), (100_000, 0.06)]


def test_tiered_commission_hand_computed():
    # hand computation: 2% × 50 000 + 4% × 50 000 + 6% × 50 000 = 1 000 + 2 000 + 3 000 = € 6 000
    assert tiered_commission(150_000, TIERS) == pytest.approx(6000)


def test_tiered_commission_within_first_and_second_tier():
    # 2% × 30 000 = € 600
    assert tiered_commission(30_000, TIERS) == pytest.approx(600)
    # 2% × 50 000 + 4% × 25 000 = 1 000 + 1 000 = € 2 000
    assert tiered_commission(75_000, TIERS) == pytest.approx(2000)


def test_tiered_commission_exactly_on_a_bound():
    # 2% × 50 000 + 4% × 50 000 = 1 000 + 2 000 = € 3 000; nothing at 6% yet
    assert tiered_commission(100_000, TIERS) == pytest.approx(3000)


def test_tiered_commission_edges():
    assert tiered_commission(0, TIERS) == 0
    # one flat tier: 5% × 80 000 = € 4 000
    assert tiered_commission(80_000, [(0, 0.05)]) == pytest.approx(4000)
    # no commission on the first € 20 000, then 10%: 10% × 10 000 = € 1 000
    assert tiered_commission(30_000, [(0, 0), (20_000, 0.1)]) == pytest.approx(1000)
    # tuples, lists and numpy numbers are all fine
    assert tiered_commission(np.float64(150_000), [[0, 0.02], (np.int64(50_000), 0.04), (100_000, 0.06)]) == pytest.approx(6000)


@pytest.mark.parametrize(
    "sales, tiers, pattern",
    [
        (-1, TIERS, mentions("omzet", "negatief", "(kreeg -1)")),
        ("veel", TIERS, mentions("omzet", "getal", "(kreeg 'veel')")),
        (1000, [], r"staffels mag niet leeg zijn"),
        (1000, 0.02, mentions("staffels", "lijst van (ondergrens, tarief)-paren", "(kreeg 0.02)")),
        (1000, [(1000, 0.02), (5000, 0.04)], mentions("staffels[0] ondergrens", "moet 0 zijn", "(kreeg 1000)")),
        (1000, [(0, 0.02), (50_000, 0.04), (50_000, 0.06)], mentions("staffels[2] ondergrens", "groter zijn dan", "vorige ondergrens 50000", "(kreeg 50000)")),
        (1000, [(0, 0.02), (50_000, 0.04), (40_000, 0.06)], mentions("staffels[2] ondergrens", "moet groter zijn", "(kreeg 40000)")),
        (1000, [(0, 2), (50_000, 0.04)], mentions("staffels[0] tarief", "tussen 0 en 1", "(kreeg 2)", "bedoel je 0.02")),
        (1000, [(0, 0.02), (50_000, -0.04)], mentions("staffels[1] tarief", "tussen 0 en 1", "(kreeg -0.04)")),
        (1000, [(0, 0.02, 1)], mentions("staffels[0]", "paar (ondergrens, tarief)")),
        (1000, [0.02], mentions("staffels[0]", "paar (ondergrens, tarief)", "(kreeg 0.02)")),
    ],
)
def test_tiered_commission_refusals_name_the_parameter(sales, tiers, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        tiered_commission(sales, tiers)


# --- published workload example and whole accounts (ch. 6) -------------------------------------------

def test_workload_published_example_kotler_keller():
    # Kotler & Keller, Marketing Management, "workload approach" to sales-force size:
    # 1 000 A-accounts × 36 calls + 2 000 B-accounts × 12 calls = 60 000 calls a year;
    # a rep makes 1 000 calls a year → 60 reps
    assert sales_force_size({"A": 1000, "B": 2000}, {"A": 36, "B": 12}, calls_per_rep=1000) == 60


def test_whole_floats_are_accepted_as_account_counts():
    # 10.0 accounts is ten accounts: 10 × 12 = 120 calls / 100 → 1,2 → 2 reps
    assert sales_force_size([10.0], [12], calls_per_rep=100) == 2
    assert sales_force_size(np.array([10.0, 5.0]), [12, 4], calls_per_rep=140) == 1   # 120 + 20 = 140


def test_fractional_calls_per_account_are_allowed():
    # a C-account visited every two years: 300 × 0,5 = 150 calls / 100 → 1,5 → 2 reps
    assert sales_force_size([300], [0.5], calls_per_rep=100) == 2


@pytest.mark.parametrize("accounts, pattern", [
    ([10.5, 20], mentions("aantal accounts[0]", "geheel getal", "hele klanten", "(kreeg 10.5)")),
    ({"A": 50, "B": 0.25}, mentions("aantal accounts['B']", "geheel getal", "(kreeg 0.25)")),
])
def test_fractional_account_counts_are_refused(accounts, pattern):
    calls = {"A": 24, "B": 12} if isinstance(accounts, dict) else [24, 12]
    with pytest.raises(SalesbookError, match=pattern):
        sales_force_size(accounts, calls, calls_per_rep=1000)


# --- review findings: Series by label, overflow -----------------------------------------------------------

def test_workload_series_are_paired_by_label():
    import pandas as pd
    # hand computation by label: A 50 × 24 + B 150 × 12 = 1 200 + 1 800 = 3 000 calls / 1 000 → 3 reps
    # (by position it would be 50 × 12 + 150 × 24 = 4 200 → 5: the bug)
    accounts = pd.Series({"A": 50, "B": 150})
    assert sales_force_size(accounts, pd.Series({"B": 12, "A": 24}), calls_per_rep=1000) == 3
    # hours per class as a Series in another order: 1 200 × 2 + 1 800 × 1 = 4 200 h / 1 000 → 5
    assert sales_force_size(accounts, {"A": 24, "B": 12}, hours_per_call=pd.Series({"B": 1, "A": 2}),
                            hours_per_rep=1000) == 5
    with pytest.raises(SalesbookError, match=mentions("dezelfde klassen", "(ontbreekt in", "account: 'B'; extra in", "account: 'C')")):
        sales_force_size(accounts, pd.Series({"A": 24, "C": 12}), calls_per_rep=1000)


def test_breakdown_overflow_is_a_dutch_error():
    # 1e300 / 1e-300 = 1e600 does not fit in a float (inf): a Dutch error, no OverflowError traceback
    with pytest.raises(SalesbookError, match=mentions("te groot", "deling loopt over")):
        breakdown_sales_force(1e300, 1e-300)
    with pytest.raises(SalesbookError, match=mentions("te groot", "deling loopt over")):
        sales_force_size([1e300], [1e300], calls_per_rep=1)
