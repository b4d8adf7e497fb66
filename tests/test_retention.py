"""salesbook.retention: lifetime, the profit profile of Reichheld & Sasser (1990), customer value,
profit per customer-year and the effect of 5 points more retention, against hand computations
and the published credit-card example."""

import math

import pytest

from salesbook import customers, finance
from salesbook.errors import SalesbookError
from salesbook.retention import (
    ProfitProfile,
    customer_value,
    defection_rate,
    profit_by_year,
    profit_per_customer_year,
    retention_effect,
)
from tests.checks import mentions


def test_halving_defection_doubles_lifetime():
    # hand computation: defection 20% → 10% gives a lifetime of 1/0.2 = 5 → 1/0.1 = 10 years. This is the
    # arithmetic behind the credit-card example of Reichheld & Sasser (HBR 1990, "halving defection doubles
    # the average customer life"); the exact figures of their example were not verified against the article.
    e = retention_effect(ProfitProfile(100), 0.80, 0.10, step=0.10)
    assert e.defection == pytest.approx(0.20) and e.defection_raised == pytest.approx(0.10)
    assert e.lifetime == pytest.approx(5) and e.lifetime_raised == pytest.approx(10)


def test_defection_rate_hand_computed():
    # hand computation: 1 − 0.84 = 0.16; 1 − 0 = 1
    assert defection_rate(0.84) == pytest.approx(0.16)
    assert defection_rate(0) == 1


def test_profit_profile_hand_computed():
    # base 1 000, +300 + 100 + 80 + 60 = +540 per year of tenure until year 5:
    # year 1: 1 000; year 2: 1 540; year 5: 1 000 + 4 × 540 = 3 160; year 9 still 3 160
    p = ProfitProfile(1_000, growth=300, cost_savings=100, referrals=80, price_premium=60, acquisition_cost=2_500)
    assert p.increment == 540
    assert [p.profit(t) for t in (1, 2, 5, 9)] == [1_000, 1_540, 3_160, 3_160]
    t = profit_by_year(p, 6)
    assert t.loc[0, "winst"] == -2_500 and t.loc[0, "acquisitie"] == -2_500
    assert t.loc[3].to_dict() == {"acquisitie": 0, "basiswinst": 1_000, "omzetgroei": 600, "kostenbesparing": 200,
                                  "aanbevelingen": 160, "prijspremie": 120, "winst": 2_080}
    assert t["winst"].tolist() == [-2_500, 1_000, 1_540, 2_080, 2_620, 3_160, 3_160]


def test_customer_value_hand_computed():
    # profit 100, 120, 140, 140, … (T = 3), r = 0.8, d = 0.1, q = r/(1+d) = 0.727273:
    #   100 + 120 × 0.727273 + 0.528926 × 140 × 1.1/0.3 = 100 + 87.2727 + 271.5152 = 458.79
    p = ProfitProfile(100, growth=20, mature_after=3)
    assert customer_value(p, 0.8, 0.1) == pytest.approx(458.788, abs=1e-3)
    # the same as a long explicit sum of survival-weighted, discounted profits
    explicit = sum(p.profit(t) * 0.8 ** (t - 1) / 1.1 ** (t - 1) for t in range(1, 400))
    assert customer_value(p, 0.8, 0.1) == pytest.approx(explicit)


def test_flat_profile_equals_the_chapter_5_clv_with_the_first_margin_now():
    # no growth: value = clv(m, r, d, first_margin_now=True) − AC = 1 000 × 1.08/0.24 − 2 500 = 2 000
    p = ProfitProfile(1_000, acquisition_cost=2_500)
    assert customer_value(p, 0.84, 0.08) == pytest.approx(1_000 * 1.08 / 0.24 - 2_500)
    assert customer_value(p, 0.84, 0.08) == pytest.approx(customers.clv(1_000, 0.84, 0.08, first_margin_now=True) - 2_500)


def test_customer_value_at_zero_discount_is_lifetime_profit():
    # flat 1 000 a year, r = 0.84: 1 000 × 6.25 − 2 500 = 3 750 (ch. 9 exercise); r = 0.89: 9 090.91 − 2 500
    p = ProfitProfile(1_000, acquisition_cost=2_500)
    assert customer_value(p, 0.84, 0.0) == pytest.approx(3_750)
    assert customer_value(p, 0.89, 0.0) == pytest.approx(1_000 / 0.11 - 2_500)


def test_profit_per_customer_year_hand_computed():
    # steady base at r = 0.8: shares 0.2 (year 1), 0.16 (year 2), 0.64 (year ≥ 3) for profits 100, 120, 140
    #   0.2 × 100 + 0.16 × 120 + 0.64 × 140 = 20 + 19.2 + 89.6 = 128.8; minus (1 − r) × AC = 0.2 × 50 = 10
    assert profit_per_customer_year(ProfitProfile(100, growth=20, mature_after=3), 0.8) == pytest.approx(128.8)
    assert profit_per_customer_year(ProfitProfile(100, growth=20, mature_after=3, acquisition_cost=50), 0.8) == \
        pytest.approx(118.8)


def test_retention_effect_five_points_hand_computed():
    # flat 1 000 a year, AC 2 500, d = 0: r 0.84 → 0.89
    #   value 3 750 → 6 590.91 (+75.76%); profit per customer-year 0.16 × 3 750 = 600 → 0.11 × 6 590.91 = 725 (+20.8%)
    e = retention_effect(ProfitProfile(1_000, acquisition_cost=2_500), 0.84, 0.0)
    assert e.retention_raised == pytest.approx(0.89)
    assert e.value == pytest.approx(3_750) and e.value_raised == pytest.approx(6_590.909, abs=1e-3)
    assert e.value_change == pytest.approx(0.757576, abs=1e-6)
    assert e.profit_per_year == pytest.approx(600) and e.profit_per_year_raised == pytest.approx(725)
    assert e.profit_change == pytest.approx(725 / 600 - 1)


def test_retention_effect_without_positive_base_has_no_relative_change():
    e = retention_effect(ProfitProfile(100, acquisition_cost=10_000), 0.5, 0.1)
    assert e.value < 0 and e.value_change is None and e.profit_change is None


def test_without_growth_or_acquisition_cost_retention_does_not_change_profit_per_customer_year():
    # flat 1 000 a year, no acquisition cost: every customer-year earns 1 000, whatever r is;
    # the gain of retention comes from the profile's growth and the acquisition cost saved
    flat = retention_effect(ProfitProfile(1_000), 0.80, 0.08)
    assert flat.profit_per_year == pytest.approx(1_000) and flat.profit_change == pytest.approx(0)
    steep = retention_effect(ProfitProfile(1_000, growth=500), 0.80, 0.08)
    assert steep.profit_change > 0
    # hand computation for steep (T = 5), r = 0.8: Σ r^(t−1)·profit = 1 000 + 0.8·1 500 + 0.64·2 000 + 0.512·2 500
    #   + 0.4096·3 000/0.2 = 1 000 + 1 200 + 1 280 + 1 280 + 6 144 = 10 904; × 0.2 = 2 180.8
    assert steep.profit_per_year == pytest.approx(2_180.8)


def test_customer_value_reuses_npv_for_the_early_years():
    p = ProfitProfile(100, growth=20, mature_after=3)
    head = finance.npv([100, 120 * 0.8], 0.1)
    tail = (0.8 / 1.1) ** 2 * customers.clv(140, 0.8, 0.1, first_margin_now=True)
    assert customer_value(p, 0.8, 0.1) == pytest.approx(head + tail)


@pytest.mark.parametrize("call, pattern", [
    (lambda: defection_rate(1), mentions("retentie", "kleiner zijn dan 1", "(kreeg 1)")),
    (lambda: defection_rate(84), mentions("retentie", "tussen 0 en 1", "bedoel je 0.84?")),
    (lambda: defection_rate(-0.1), r"retentie moet een fractie"),
    (lambda: ProfitProfile(1_000, growth=-10), mentions("omzetgroei per jaar", "negatief", "(kreeg -10)")),
    (lambda: ProfitProfile(1_000, cost_savings=-1), mentions("kostenbesparing per jaar", "negatief")),
    (lambda: ProfitProfile(1_000, acquisition_cost=-5), mentions("acquisitiekosten", "negatief", "(kreeg -5)")),
    (lambda: ProfitProfile(1_000, mature_after=0), mentions("jaren tot een volwassen relatie", "minstens 1")),
    (lambda: ProfitProfile(1_000, mature_after=2.5), mentions("jaren tot een volwassen relatie", "geheel getal")),
    (lambda: ProfitProfile("veel"), mentions("basiswinst", "getal", "(kreeg 'veel')")),
    (lambda: ProfitProfile(1_000).profit(0), r"jaar moet minstens 1 zijn"),
    (lambda: customer_value(ProfitProfile(1_000), 0.9, -0.2), r"disconteringsvoet moet groter zijn dan"),
    (lambda: customer_value({"base": 1_000}, 0.9, 0.1), r"winstprofiel moet een ProfitProfile zijn"),
    (lambda: retention_effect(ProfitProfile(1_000), 0.97, 0.1), mentions("retentie na de verhoging", "kleiner zijn dan 1")),
    (lambda: profit_by_year(ProfitProfile(1_000), 0), mentions("aantal jaren", "minstens 1")),
])
def test_bad_input_is_refused_in_dutch(call, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        call()


def test_values_are_finite_over_a_grid():
    p = ProfitProfile(1_000, growth=300, cost_savings=100, referrals=80, price_premium=60, acquisition_cost=2_500)
    for r in (0.0, 0.3, 0.6, 0.84, 0.9, 0.94):
        for d in (0.0, 0.05, 0.2):
            e = retention_effect(p, r, d)
            assert math.isfinite(e.value) and math.isfinite(e.value_raised)
            assert e.value_raised > e.value and e.lifetime_raised > e.lifetime


def test_notebook_09_worked_example_customer_value_is_what_compares_with_reichheld_sasser():
    # Notebook 09 § 9.5: profile € 1.000 base, + (300 + 100 + 80 + 60) = € 540 per extra year up to
    # year 5, acquisition € 2.500, retention 0,84 → 0,89, discount rate 8%.
    # Closed form with q = r / (1 + d):  Σ_{t≥1} min(t − 1, 4) q^(t−1) = (q + q² + q³ + q⁴) / (1 − q), so
    #   value = (1 000 + 540 (q + q² + q³ + q⁴)) / (1 − q) − 2 500
    #   profit per customer-year = 1 000 + 540 (r + r² + r³ + r⁴) − (1 − r) × 2 500
    # r = 0,84: q = 0,7778, value = € 7.393; profit = 1 000 + 540 × 2,6362 − 400 = € 2.024
    # r = 0,89: q = 0,8241, value = € 10.931; profit = 1 000 + 540 × 3,0145 − 275 = € 2.353
    # value +47,9% (inside R&S's 30%–85%, which are customer NPVs); profit per customer-year +16,3%
    def value(r):
        q = r / 1.08
        return (1_000 + 540 * (q + q**2 + q**3 + q**4)) / (1 - q) - 2_500

    def per_year(r):
        return 1_000 + 540 * (r + r**2 + r**3 + r**4) - (1 - r) * 2_500

    assert round(value(0.84)) == 7_393 and round(value(0.89)) == 10_931
    assert round(per_year(0.84)) == 2_024 and round(per_year(0.89)) == 2_353
    profile = ProfitProfile(1_000, growth=300, cost_savings=100, referrals=80, price_premium=60,
                            acquisition_cost=2_500, mature_after=5)
    e = retention_effect(profile, 0.84, 0.08)
    assert e.value == pytest.approx(value(0.84)) and e.value_raised == pytest.approx(value(0.89))
    assert e.profit_per_year == pytest.approx(per_year(0.84))
    assert round(e.value_change, 3) == 0.479 and 0.30 <= e.value_change <= 0.85
    assert round(e.profit_change, 3) == 0.163
