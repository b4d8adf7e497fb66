"""salesbook.salesforce compensation (ch. 6): bonus with threshold and cap, the pay plan, what it
pays the case team and the cost of sales. Every number is a hand computation, written out."""

import math

import pandas as pd
import pytest

from salesbook import planning
from salesbook.data import load_dataset
from salesbook.errors import SalesbookError
from salesbook.salesforce import CompensationPlan, compensation, cost_of_sales, plan_payout, target_bonus
from tests.checks import mentions

BONUS = dict(bonus_at_target=6_000, threshold=0.9, cap=1.2)


def test_bonus_between_threshold_and_cap():
    # 1 080 000 / 1 000 000 = 108% → 6 000 × 1,08 = € 6 480
    assert target_bonus(1_080_000, 1_000_000, **BONUS) == pytest.approx(6480)
    # exactly on target: € 6 000
    assert target_bonus(1_000_000, 1_000_000, **BONUS) == pytest.approx(6000)


def test_bonus_threshold_is_inclusive_and_nothing_below():
    # 900 000 / 1 000 000 = exactly 90% → 6 000 × 0,9 = € 5 400
    assert target_bonus(900_000, 1_000_000, **BONUS) == pytest.approx(5400)
    # 899 999 is below 90% → € 0
    assert target_bonus(899_999, 1_000_000, **BONUS) == 0


def test_bonus_is_capped():
    # 150% but the cap is 120% → 6 000 × 1,2 = € 7 200, also at 300%
    assert target_bonus(1_500_000, 1_000_000, **BONUS) == pytest.approx(7200)
    assert target_bonus(3_000_000, 1_000_000, **BONUS) == pytest.approx(7200)


@pytest.mark.parametrize("kwargs, pattern", [
    (dict(BONUS, threshold=90), mentions("bonusdrempel", "tussen 0 en 1", "(kreeg 90)", "bedoel je 0.9")),
    (dict(BONUS, cap=0.8), mentions("bonusplafond", "minstens 1", "(kreeg 0.8)")),
    (dict(BONUS, bonus_at_target=-1), mentions("bonus bij 100%", "negatief", "(kreeg -1)")),
])
def test_bonus_refusals(kwargs, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        target_bonus(1_000_000, 1_000_000, **kwargs)


def test_bonus_needs_a_positive_target():
    with pytest.raises(SalesbookError, match=mentions("omzetdoel", "groter zijn dan 0", "(kreeg 0)")):
        target_bonus(1_000_000, 0, **BONUS)


PLAN = CompensationPlan(fixed_share=0.9, tiers=((0, 0.0), (1_000_000, 0.01), (1_200_000, 0.02)),
                        bonus_share=0.1, threshold=0.9, cap=1.2)


def test_compensation_hand_computed():
    # base € 50 000, sales € 1 300 000, target € 1 000 000:
    # vast 0,9 × 50 000 = 45 000; provisie 1% × 200 000 + 2% × 100 000 = 2 000 + 2 000 = 4 000;
    # bonus 10% × 50 000 = 5 000 × min(1,3; 1,2) = 6 000; totaal 55 000
    pay = compensation(1_300_000, 50_000, 1_000_000, PLAN)
    assert pay == pytest.approx({"vast": 45_000, "provisie": 4_000, "bonus": 6_000, "totaal": 55_000})


def test_compensation_below_threshold_is_fixed_only():
    # 850 000 / 1 000 000 = 85% < 90%: no bonus; below 1 mln no commission → only 45 000
    assert compensation(850_000, 50_000, 1_000_000, PLAN)["totaal"] == pytest.approx(45_000)


@pytest.mark.parametrize("kwargs, pattern", [
    (dict(fixed_share=1.2), mentions("vast deel van het salaris", "tussen 0 en 1", "(kreeg 1.2)")),
    (dict(tiers=((100, 0.01),)), r"staffels\[0\] ondergrens moet 0 zijn"),
    (dict(tiers=((0, 0.01), (500, 0.02), (400, 0.03))), r"staffels\[2\] ondergrens moet groter zijn"),
    (dict(bonus_share=10), mentions("bonus als deel", "tussen 0 en 1", "(kreeg 10)", "bedoel je 0.1")),
    (dict(threshold=1.1), r"bonusdrempel moet een fractie"),
    (dict(cap=0.5), r"bonusplafond moet minstens 1 zijn"),
])
def test_plan_refuses_bad_parameters(kwargs, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        CompensationPlan(**kwargs)


def test_plan_payout_and_cost_of_sales_hand_computed():
    # Ans: as above, 55 000 on 1 300 000 = 4,23%; Bo: base 40 000, sales 800 000, target 1 000 000:
    # vast 36 000, no commission, 80% < 90% no bonus → 36 000 = 4,5% of 800 000
    results = pd.DataFrame({"omzet": [1_300_000, 800_000], "omzetdoel": [1_000_000, 1_000_000],
                            "vast_salaris": [50_000, 40_000]}, index=["Ans", "Bo"])
    out = plan_payout(results, PLAN)
    assert out["totaal"].tolist() == pytest.approx([55_000, 36_000])
    assert out["realisatie"].tolist() == pytest.approx([1.3, 0.8])
    assert out.loc["Bo", "kosten_pct"] == pytest.approx(0.045)
    # team: 91 000 / 2 100 000 = 4,33%
    assert cost_of_sales(out["totaal"].sum(), out["omzet"].sum()) == pytest.approx(91_000 / 2_100_000)


def test_plan_payout_refusals_name_the_problem():
    with pytest.raises(SalesbookError, match="missen de kolom"):
        plan_payout(pd.DataFrame({"omzet": [1.0]}), PLAN)
    bad = pd.DataFrame({"omzet": [1.0], "omzetdoel": [0.0], "vast_salaris": [1.0]}, index=["Ans"])
    with pytest.raises(SalesbookError, match=mentions("Ans: omzetdoel", "groter zijn dan 0")):
        plan_payout(bad, PLAN)
    with pytest.raises(SalesbookError, match=mentions("omzet", "groter zijn dan 0")):
        cost_of_sales(1000, 0)


def test_case_team_at_2024_results_with_the_current_plan():
    # The current plan of the case: full fixed salary, no commission, bonus 10% of salary at
    # target, threshold 90%, cap 150%. Sanne Dijkstra's customers bought € 12,17 mln against a
    # target of € 13,67 mln (89%): below the threshold, so she earns only her € 54 000.
    accounts = planning.account_table(load_dataset("klanten"), load_dataset("transacties"),
                                      load_dataset("accountlocaties"))
    reps = planning.rep_results(accounts, load_dataset("verkoopteam"))
    plan = CompensationPlan(fixed_share=1.0, tiers=((0, 0.0),), bonus_share=0.1, threshold=0.9, cap=1.5)
    out = plan_payout(reps, plan)
    assert out.loc["Sanne Dijkstra", "bonus"] == 0 and out.loc["Sanne Dijkstra", "totaal"] == 54_000
    # every bonus is 10% of the salary × achievement when achievement ≥ 90%
    for name, row in out.iterrows():
        r = row["omzet"] / row["omzetdoel"]
        expected = 0.1 * reps.loc[name, "vast_salaris"] * min(r, 1.5) if r >= 0.9 else 0.0
        assert row["bonus"] == pytest.approx(expected)
    # total revenue of the Dutch reps is the Dutch revenue of Tabel 1.2: € 84 mln
    assert out["omzet"].sum() == pytest.approx(84e6, rel=1e-6)
    assert math.isclose(cost_of_sales(out["totaal"].sum(), out["omzet"].sum()), out["totaal"].sum() / 84e6, rel_tol=1e-6)


@pytest.mark.parametrize("cap, pattern", [
    (150, mentions("bonusplafond", "tussen 1 en 5", "(kreeg 150)", "bedoel je 1.5?")),
    (5.5, mentions("bonusplafond", "tussen 1 en 5", "(kreeg 5.5)")),
])
def test_bonus_cap_typed_as_a_percentage_is_refused(cap, pattern):
    # review finding: cap=150 (meant 150%) gave 6 000 × 1,1 = 6 600 as if there were no cap
    with pytest.raises(SalesbookError, match=pattern):
        target_bonus(1.1, 1, bonus_at_target=6000, threshold=0.9, cap=cap)
    with pytest.raises(SalesbookError, match=mentions("bonusplafond", "moet tussen 1 en 5")):
        CompensationPlan(cap=cap)
    # the bound itself is allowed: 6 000 × min(6, 5) = 30 000
    assert target_bonus(6, 1, bonus_at_target=6000, threshold=0.9, cap=5) == pytest.approx(30_000)
