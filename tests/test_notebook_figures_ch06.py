"""Figures that notebook 06's prose quotes, recomputed from the models and the case data (issue 12, § 5).

Each test checks that the notebook still quotes the figure (so the test fails when the sentence or the
figure changes) and that the models give what the sentence says. Hand computations in the comments; the
ABC classes follow the cumulative share *before* each account (DESIGN.md), which gives 193 A, 174 B and
245 C accounts (recomputed independently in tests/test_exercises_ch06.py::_classes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from salesbook import planning, salesforce
from salesbook.data import load_dataset
from tests.checks import nl, notebook_prose

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "06_organisatie_en_planning_salesteam.ipynb"


@pytest.fixture(scope="module")
def prose() -> str:
    return notebook_prose(NOTEBOOK)


@pytest.fixture(scope="module")
def work():
    accounts = planning.account_table(load_dataset("klanten"), load_dataset("transacties"),
                                      load_dataset("accountlocaties"))
    return planning.account_workload(accounts)


@pytest.fixture(scope="module")
def reps(work):
    return planning.rep_results(work, load_dataset("verkoopteam"))


def test_workload_figures(prose, work):
    # A: 193 × 12 × 2 = 4 632 h of 193 × 24 + 174 × 6 + 245 × 1 = 5 921 h
    a_hours = work.loc[work["klasse"] == "A", "uren"].sum()
    total = work["uren"].sum()
    assert (a_hours, total) == (4632, 5921)
    assert f"{nl(a_hours)} van de {nl(total)} uur" in prose
    # 5 921 / 924 = 6,41 → 7 reps (workload method); both methods give 7
    reps_needed = salesforce.sales_force_size(
        {c: int((work["klasse"] == c).sum()) for c in planning.CLASSES}, planning.CASE_VISITS,
        hours_per_call=planning.CASE_HOURS_PER_VISIT, hours_per_rep=planning.visit_capacity(210, 8, 0.55))
    assert reps_needed == 7 and "komen op 7 accountmanagers" in prose


def test_territory_figures(prose, work):
    current = planning.balance(work.groupby("accountmanager")["uren"].sum())
    designed = planning.balance(planning.design_territories(planning.postcode_units(work), 6).workload)
    # current: 1 232 (Lotte) / 698 (Sanne) = 1,765 → 77% more; design: 1 047 / 905 = 1,157 → 16%
    assert round((current["max_min"] - 1) * 100) == 77 and round((designed["max_min"] - 1) * 100) == 16
    assert "nu 77% meer werk" in prose and "nog maar 16%" in prose
    assert f"max/min van {nl(current['max_min'], 2)} naar {nl(designed['max_min'], 2)}" in prose
    # 5 921 / 6 = 986,8 → 987 h per territory, above the 924 h of a full-timer
    assert round(designed["gemiddelde"]) == 987 > 924
    assert f"blijft {nl(work['uren'].sum())} uur" in prose and "gemiddeld 987 uur" in prose


def test_occupancy_figures(prose, reps):
    occupancy = reps["uren"] / reps["capaciteit"]
    # Lotte 1 232 / 924 = 133%; Fatima 1 100 / (168 × 8 × 0,55 = 739,2) = 149%
    assert round(occupancy["Lotte van den Heuvel"] * 100) == 133 and round(occupancy["Fatima El Amrani"] * 100) == 149
    assert "Lotte van den Heuvel (133%)" in prose and "Fatima El Amrani (149%)" in prose
    # over capacity: Bram 989, Joost 1 054, Lotte 1 232 (of 924) and Fatima 1 100 (of 739,2): four of six
    assert int((occupancy > 1).sum()) == 4 and "Vier van de zes accountmanagers" in prose
    assert f"({nl(reps.loc['Lotte van den Heuvel', 'uren'])} tegen {nl(reps.loc['Fatima El Amrani', 'uren'])} uur" in prose


@pytest.fixture(scope="module")
def reps_all():
    accounts = planning.account_table(load_dataset("klanten"), load_dataset("transacties"),
                                      load_dataset("accountlocaties"))
    return planning.rep_results(accounts, load_dataset("verkoopteam"))


def test_quota_and_bonus_figures(prose, reps_all):
    # target 2025 = revenue 2024 × 1,04 rounded to € 10 000 (€ 84 mln × 1,04 = € 87,36 mln); g = 0,5:
    # Daan's quota € 13 639 677 against his revenue € 12 127 243 → +12,5%
    total = round(reps_all["omzet"].sum() * 1.04, -4)
    quota = planning.allocate_quota(total, reps_all["potentieel"], reps_all["omzet"], 0.5)
    assert round((quota["Daan Verbeek"] / reps_all.loc["Daan Verbeek", "omzet"] - 1) * 100, 1) == 12.5
    assert "12,5% boven" in prose
    # realisation = revenue 2024 ÷ target 2024: Sanne 89,1%, Bram 92,3% (12 472 475 / 13 510 000), Fatima 109,5%
    # (14 661 532 / 13 390 000 = 1,09496; the prose said 110%, a rounding of the rounded 109,5%)
    r = (reps_all["omzet"] / reps_all["omzetdoel"] * 100).round(1)
    assert (r["Sanne Dijkstra"], r["Bram Kuipers"], r["Fatima El Amrani"]) == (89.1, 92.3, 109.5)
    assert "haalde 89% van haar doel" in prose and "Bram Kuipers met 92%" in prose and "haalde 109,5%" in prose
