"""Figures that notebook 01's prose quotes, recomputed from the models and the case data (issue 12, § 3).

Each test checks that the notebook still quotes the figure (so the test fails when the text goes) and that the
model gives what the text says. Hand computations in the comments.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from salesbook import benchmark, case, customers
from salesbook.data import load_dataset
from tests.checks import notebook_code, notebook_prose

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "01_rol_van_de_salesmanager.ipynb"


@pytest.fixture(scope="module")
def prose() -> str:
    return notebook_prose(NOTEBOOK)


@pytest.fixture(scope="module")
def code() -> str:
    return notebook_code(NOTEBOOK)


def test_cost_of_capital_is_the_case_constant(prose, code):
    # one cost of capital for the case (notebook 09 uses the same): 8%
    assert case.COST_OF_CAPITAL == pytest.approx(0.08)
    assert "8% vermogenskosten" in prose
    assert "cost_of_capital=case.COST_OF_CAPITAL" in code and "cost_of_capital=0.08" not in code


def test_worked_example_uplift_at_80_percent(prose):
    # 80% → 81% at d = 10%: (0.81 / 0.29) / (0.80 / 0.30) − 1 = 2.7931 / 2.6667 − 1 = 4.74%
    assert "4,74%" in prose
    assert customers.retention_uplift(0.80, 0.10) == pytest.approx(0.0474, abs=5e-5)


def test_the_rule_holds_in_two_bands_at_ten_percent(prose):
    # U(r) = 0.011 / (r · (1.09 − r)) between 0.04 and 0.05: r(1.09 − r) between 0.22 and 0.275,
    # roots 0.267 / 0.397 (low branch) and 0.693 / 0.823 (high branch)
    for quoted in ("27%", "40%", "69%", "82%"):
        assert quoted in prose
    (lo1, hi1), (lo2, hi2) = customers.claim_intervals(0.10)
    assert (round(lo1 * 100), round(hi1 * 100), round(lo2 * 100), round(hi2 * 100)) == (27, 40, 69, 82)


def test_the_valley_is_near_55_percent_and_just_below_four(prose):
    # r* = (1 + d − s) / 2 = 1.09 / 2 = 0.545; U(r*) = 4 · 0.01 · 1.1 / 1.09² = 3.70%
    assert "rond 55% retentie" in prose
    assert customers.retention_uplift(0.545, 0.10) == pytest.approx(0.0370, abs=5e-5)
    assert customers.retention_uplift(0.545, 0.10) < 0.04


def test_loyal_customers_gain_more_than_six_percent(prose):
    # 90% → 91%: (0.91 / 0.19) / (0.90 / 0.20) − 1 = 4.7895 / 4.5 − 1 = 6.43% ("ruim 6%")
    assert "ruim 6%" in prose
    assert 0.06 < customers.retention_uplift(0.90, 0.10) < 0.065


def test_benchmark_figures(prose):
    kpis = benchmark.subsidiary_kpis(load_dataset("landenvestigingen"), dso_norm=60,
                                     cost_of_capital=case.COST_OF_CAPITAL).set_index("land")
    # Nederland: 84 mln × 5% = 4.2 mln EBIT
    assert "€ 4,2 mln EBIT" in prose
    assert kpis.loc["Nederland", "ebit_eur"] == pytest.approx(4_200_000)
    # Midden-Oosten: 44 mln × (90 − 60) / 365 = 3.62 mln above the norm
    assert "€ 3,6 mln" in prose
    assert kpis.loc["Midden-Oosten", "debiteuren_boven_norm_eur"] == pytest.approx(44e6 * 30 / 365)


def test_signal_counts(prose):
    flags = benchmark.intervention_flags(load_dataset("landenvestigingen"), dso_norm=60).set_index("land")
    # Maleisië 4 signals, UK 3; six of the seven subsidiaries have two or more (only Nederland has one)
    assert "**Maleisië** (4)" in prose and "**UK** (3)" in prose
    assert (flags.loc["Maleisië", "aantal_signalen"], flags.loc["UK", "aantal_signalen"]) == (4, 3)
    assert "zes van de zeven" in prose
    assert int(flags["ingrijpen"].sum()) == 6
