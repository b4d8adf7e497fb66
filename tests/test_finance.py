"""salesbook.finance: the public contract (npv, discount_volume_increase,
price_increase_volume_loss, break_even_volume, dso) and its helpers."""

import math

import numpy as np
import pytest

from salesbook.errors import SalesbookError
from salesbook.finance import (
    break_even_volume,
    contribution_margin,
    contribution_margin_ratio,
    credit_cost,
    discount_volume_increase,
    dso,
    margin_on_cost_to_margin_on_price,
    margin_on_price_to_margin_on_cost,
    npv,
    price_increase_volume_loss,
)
from tests.checks import mentions

# --- worked examples, computed by hand ----------------------------------------------------


def test_npv_first_undiscounted_hand_computed():
    # hand computation at 10%: −1000 + 500/1.1 + 500/1.21 + 500/1.331
    #   = −1000 + 454.545 + 413.223 + 375.657 = 243.43
    assert npv([-1000, 500, 500, 500], 0.10) == pytest.approx(243.426, abs=1e-3)
    assert round(npv([-1000, 500, 500, 500], 0.10), 2) == 243.43


def test_npv_all_discounted_hand_computed():
    # hand computation at 10%, t = 1, 2, 3, 4: the same flows one period later, so 243.43 / 1.1
    #   = −909.091 + 413.223 + 375.657 + 341.507 = 221.30
    assert npv([-1000, 500, 500, 500], 0.10, first_undiscounted=False) == pytest.approx(221.296, abs=1e-3)


def test_npv_zero_rate_is_the_plain_sum():
    # hand computation: at 0% nothing is discounted: −1000 + 3 × 500 = 500
    assert npv([-1000, 500, 500, 500], 0.0) == pytest.approx(500)


def test_npv_single_cash_flow():
    # hand computation: one flow now is its own value; one flow after a year at 25%: 100/1.25 = 80
    assert npv([100], 0.25) == pytest.approx(100)
    assert npv([100], 0.25, first_undiscounted=False) == pytest.approx(80)


def test_npv_accepts_numpy_and_tuples():
    assert npv(np.array([-1000, 500, 500, 500]), 0.10) == pytest.approx(npv((-1000, 500, 500, 500), 0.10))


def test_discount_volume_increase_hand_computed():
    # hand computation (book example, ch. 9): 30% margin, 10% discount: 0.10/(0.30−0.10) = 0.5 → 50% more volume
    assert discount_volume_increase(0.10, 0.30) == pytest.approx(0.5)
    # 40% margin, 5% discount: 0.05/0.35 = 0.142857 → 14.3%
    assert discount_volume_increase(0.05, 0.40) == pytest.approx(0.142857, abs=1e-6)
    # no discount, no extra volume
    assert discount_volume_increase(0, 0.30) == 0


def test_price_increase_volume_loss_hand_computed():
    # hand computation: 5% price increase at 25% margin: 0.05/(0.25+0.05) = 0.05/0.30 = 16.7%
    assert price_increase_volume_loss(0.05, 0.25) == pytest.approx(0.16667, abs=1e-5)
    # 10% increase at 30% margin: 0.10/0.40 = 25%
    assert price_increase_volume_loss(0.10, 0.30) == pytest.approx(0.25)
    assert price_increase_volume_loss(0, 0.30) == 0


def test_break_even_volume_hand_computed():
    # hand computation: 120 000 / (50 − 30) = 120 000 / 20 = 6 000 units
    assert break_even_volume(120_000, 50, 30) == pytest.approx(6000)
    # no fixed costs: break-even at 0 units
    assert break_even_volume(0, 50, 30) == 0
    # not rounded: 1000 / (10 − 7) = 333.33
    assert break_even_volume(1000, 10, 7) == pytest.approx(333.333, abs=1e-3)


def test_dso_spanje_from_tabel_1_2():
    # Tabel 1.2 (book, ch. 1): Spanje has omzet 8 mln euro and 110 debiteurendagen,
    # so its receivables are 8 000 000 × 110/365 = 2 410 958.90; back to days: 110
    receivables = 8_000_000 * 110 / 365
    assert receivables == pytest.approx(2_410_958.90, abs=0.01)
    assert dso(receivables, 8_000_000) == pytest.approx(110)


def test_dso_hand_computed_and_other_day_counts():
    # hand computation: 1 000 000 / 7 300 000 × 365 = 50 days; on a 360-day year 49.32
    assert dso(1_000_000, 7_300_000) == pytest.approx(50)
    assert dso(1_000_000, 7_300_000, 360) == pytest.approx(49.315, abs=1e-3)
    # a quarter: 300 000 / 900 000 × 90 = 30 days; no receivables: 0 days
    assert dso(300_000, 900_000, days=90) == pytest.approx(30)
    assert dso(0, 900_000) == 0


def test_contribution_margin_hand_computed():
    # hand computation: 50 − 30 = 20 per unit; 20 / 50 = 40% of the price
    assert contribution_margin(50, 30) == pytest.approx(20)
    assert contribution_margin_ratio(50, 30) == pytest.approx(0.4)
    # selling below variable cost: a negative contribution is shown, not refused
    assert contribution_margin(25, 30) == pytest.approx(-5)


def test_margin_on_cost_versus_margin_on_price_hand_computed():
    # hand computation: 25% on cost → 0.25/1.25 = 20% of the price; 100% on cost → 50% of the price
    assert margin_on_cost_to_margin_on_price(0.25) == pytest.approx(0.20)
    assert margin_on_cost_to_margin_on_price(1.0) == pytest.approx(0.50)
    # and back: 20% of the price → 0.2/0.8 = 25% on cost; 50% → 100%; 30% → 0.3/0.7 = 42.86%
    assert margin_on_price_to_margin_on_cost(0.20) == pytest.approx(0.25)
    assert margin_on_price_to_margin_on_cost(0.50) == pytest.approx(1.0)
    assert margin_on_price_to_margin_on_cost(0.30) == pytest.approx(0.428571, abs=1e-6)


# --- properties over grids ----------------------------------------------------------------

MARGINS = [0.05, 0.15, 0.25, 0.3, 0.5, 0.8, 0.95]
FRACTIONS = [0.0, 0.01, 0.05, 0.1, 0.2, 0.5, 0.9]


@pytest.mark.parametrize("margin", MARGINS)
@pytest.mark.parametrize("share", FRACTIONS)
def test_discount_keeps_gross_margin_in_euros(margin, share):
    # price 200, cost 200·(1−m); after discount d the price is 200·(1−d);
    # selling (1+x) times the volume must give the same gross margin in euros
    price, volume = 200.0, 1_000
    discount = share * margin  # always below the margin
    cost = price * (1 - margin)
    x = discount_volume_increase(discount, margin)
    before = volume * (price - cost)
    after = volume * (1 + x) * (price * (1 - discount) - cost)
    assert after == pytest.approx(before)


@pytest.mark.parametrize("margin", MARGINS)
@pytest.mark.parametrize("increase", [0.0, 0.01, 0.05, 0.1, 0.3, 0.75, 1.0])
def test_price_increase_loss_keeps_gross_margin_in_euros(margin, increase):
    # price 80, cost 80·(1−m); after a rise p the price is 80·(1+p);
    # selling (1−y) times the volume gives exactly the old gross margin in euros
    price, volume = 80.0, 500
    cost = price * (1 - margin)
    y = price_increase_volume_loss(increase, margin)
    assert 0 <= y < 1
    before = volume * (price - cost)
    after = volume * (1 - y) * (price * (1 + increase) - cost)
    assert after == pytest.approx(before)


@pytest.mark.parametrize("fixed_costs", [0, 1, 5_000, 120_000, 3.5e6])
@pytest.mark.parametrize(("price", "variable_cost"), [(50, 30), (10, 0), (1.2, 1.19), (999, 500)])
def test_break_even_volume_covers_fixed_costs_exactly(fixed_costs, price, variable_cost):
    q = break_even_volume(fixed_costs, price, variable_cost)
    # at the break-even volume revenue equals total cost
    assert q * price == pytest.approx(fixed_costs + q * variable_cost)
    assert q * contribution_margin(price, variable_cost) == pytest.approx(fixed_costs)


@pytest.mark.parametrize("receivables", [0, 1, 250_000, 2_410_958.9])
@pytest.mark.parametrize("credit_sales", [1, 8_000_000, 84e6])
@pytest.mark.parametrize("days", [365, 360, 90, 30.5])
def test_dso_round_trip(receivables, credit_sales, days):
    # receivables = credit sales per day × DSO
    assert credit_sales / days * dso(receivables, credit_sales, days) == pytest.approx(receivables)


@pytest.mark.parametrize("rate", [-0.5, 0.0, 0.03, 0.1, 0.25, 1.0])
@pytest.mark.parametrize("flows", [[-1000, 500, 500, 500], [100], [0, 0, 7], [-50.5, 20, -3, 40, 40]])
def test_npv_conventions_differ_by_one_period(rate, flows):
    # discounting every flow one period more divides the NPV by (1 + i)
    assert npv(flows, rate, first_undiscounted=False) == pytest.approx(npv(flows, rate) / (1 + rate))
    # the first flow (t = 0) counts in full
    rest = npv(flows[1:], rate, first_undiscounted=False) if len(flows) > 1 else 0.0
    assert npv(flows, rate) == pytest.approx(flows[0] + rest)


@pytest.mark.parametrize("rate", [0.02, 0.1, 0.4])
def test_npv_annuity_matches_closed_form(rate):
    # an annuity of 100 for 10 periods at the end of each period: 100 · (1 − (1+i)^−10) / i
    expected = 100 * (1 - (1 + rate) ** -10) / rate
    assert npv([100] * 10, rate, first_undiscounted=False) == pytest.approx(expected)


@pytest.mark.parametrize("markup", [0, 0.1, 0.25, 0.5, 1, 1.5, 4])
def test_markup_and_margin_are_inverse(markup):
    m = margin_on_cost_to_margin_on_price(markup)
    assert 0 <= m < 1
    assert margin_on_price_to_margin_on_cost(m) == pytest.approx(markup)
    # check on a real price: cost 100, price 100·(1+k); margin/price equals m
    price = 100 * (1 + markup)
    assert (price - 100) / price == pytest.approx(m)


@pytest.mark.parametrize("margin", MARGINS)
def test_discount_volume_grows_with_discount(margin):
    values = [discount_volume_increase(s * margin, margin) for s in FRACTIONS]
    assert values == sorted(values)


# --- refusals: a Dutch message naming the parameter, the value and what is allowed ------------


@pytest.mark.parametrize(
    ("call", "pattern"),
    [
        # npv
        (lambda: npv([], 0.1), mentions("kasstromen", "minstens 1 waarde(n) bevatten", "(kreeg 0)")),
        (lambda: npv([-1000, "vijfhonderd"], 0.1), mentions("kasstromen[1]", "getal", "(kreeg 'vijfhonderd')")),
        (lambda: npv([-1000, None], 0.1), mentions("kasstromen[1]", "getal", "(kreeg None)")),
        (lambda: npv([-1000, math.nan], 0.1), mentions("kasstromen[1]", "eindig getal")),
        (lambda: npv("100", 0.1), mentions("kasstromen", "reeks getallen", "(kreeg '100')")),
        (lambda: npv(100, 0.1), mentions("kasstromen", "reeks getallen", "(kreeg 100)")),
        (lambda: npv([100], -1), mentions("disconteringsvoet", "groter zijn dan -1", "(kreeg -1)")),
        (lambda: npv([100], -1.5), mentions("disconteringsvoet", "groter zijn dan -1", "(kreeg -1.5)")),
        (lambda: npv([100], "10%"), mentions("disconteringsvoet", "getal", "(kreeg '10%')")),
        (lambda: npv([100], 0.1, first_undiscounted=1), mentions("eerste kasstroom onverdisconteerd", "True of False", "(kreeg 1)")),
        # discount_volume_increase
        (lambda: discount_volume_increase(0.30, 0.30), mentions("korting", "kleiner zijn dan", "brutomarge 0.3", "(kreeg 0.3)", "hele marge")),
        (lambda: discount_volume_increase(0.4, 0.30), mentions("korting", "kleiner zijn dan", "brutomarge 0.3", "(kreeg 0.4)")),
        (lambda: discount_volume_increase(-0.05, 0.30), mentions("korting", "tussen 0 en 1", "(kreeg -0.05)")),
        (lambda: discount_volume_increase(10, 0.30), mentions("korting", "tussen 0 en 1", "(kreeg 10)", "bedoel je 0.1?")),
        (lambda: discount_volume_increase(0.1, 0), mentions("brutomarge", "tussen 0 en 1", "(kreeg 0)", "zelf niet meegerekend")),
        (lambda: discount_volume_increase(0.1, 1), mentions("brutomarge", "tussen 0 en 1", "(kreeg 1)", "zelf niet meegerekend")),
        (lambda: discount_volume_increase(0.1, -0.2), mentions("brutomarge", "tussen 0 en 1", "(kreeg -0.2)")),
        (lambda: discount_volume_increase(0.1, 30), mentions("brutomarge", "fractie", "(kreeg 30)", "bedoel je 0.3?")),
        (lambda: discount_volume_increase("10%", 0.3), mentions("korting", "getal", "(kreeg '10%')")),
        # price_increase_volume_loss
        (lambda: price_increase_volume_loss(-0.05, 0.25), mentions("prijsverhoging", "tussen 0 en 1", "(kreeg -0.05)")),
        (lambda: price_increase_volume_loss(0.05, 0), mentions("brutomarge", "tussen 0 en 1", "(kreeg 0)", "zelf niet meegerekend")),
        (lambda: price_increase_volume_loss(0.05, 1), mentions("brutomarge", "fractie", "(kreeg 1)")),
        (lambda: price_increase_volume_loss(0.05, 25), mentions("brutomarge", "fractie", "(kreeg 25)", "bedoel je 0.25?")),
        (lambda: price_increase_volume_loss(True, 0.25), mentions("prijsverhoging", "getal", "(kreeg True)")),
        # break_even_volume
        (lambda: break_even_volume(-1, 50, 30), mentions("vaste kosten", "negatief", "(kreeg -1)")),
        (lambda: break_even_volume(120_000, 50, -30), mentions("variabele kosten per eenheid", "negatief", "(kreeg -30)")),
        (lambda: break_even_volume(120_000, 30, 30), mentions("verkoopprijs", "groter zijn dan", "variabele kosten per eenheid 30", "(kreeg 30)")),
        (lambda: break_even_volume(120_000, 25, 30), mentions("verkoopprijs", "groter zijn dan", "variabele kosten per eenheid 30", "(kreeg 25)")),
        (lambda: break_even_volume(120_000, "vijftig", 30), mentions("verkoopprijs", "getal", "(kreeg 'vijftig')")),
        # dso
        (lambda: dso(1000, 0), mentions("omzet op rekening", "groter zijn dan 0", "(kreeg 0)")),
        (lambda: dso(1000, -5000), mentions("omzet op rekening", "groter zijn dan 0", "(kreeg -5000)")),
        (lambda: dso(-1000, 5000), mentions("debiteuren", "negatief", "(kreeg -1000)")),
        (lambda: dso(1000, 5000, 0), mentions("aantal dagen", "groter zijn dan 0", "(kreeg 0)")),
        (lambda: dso(1000, 5000, days=-365), mentions("aantal dagen", "groter zijn dan 0", "(kreeg -365)")),
        # contribution margin and conversions
        (lambda: contribution_margin(-50, 30), mentions("verkoopprijs", "negatief", "(kreeg -50)")),
        (lambda: contribution_margin(50, -30), mentions("variabele kosten per eenheid", "negatief", "(kreeg -30)")),
        (lambda: contribution_margin_ratio(0, 30), mentions("verkoopprijs", "groter zijn dan 0", "(kreeg 0)")),
        (lambda: margin_on_cost_to_margin_on_price(-0.25), mentions("marge op de kostprijs", "negatief", "(kreeg -0.25)")),
        (lambda: margin_on_price_to_margin_on_cost(1), mentions("marge op de verkoopprijs", "tussen 0 en 1", "(kreeg 1)", "zelf niet meegerekend")),
        (lambda: margin_on_price_to_margin_on_cost(20), mentions("marge op de verkoopprijs", "(kreeg 20)", "bedoel je 0.2?")),
    ],
)
def test_refusals_have_dutch_messages(call, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        call()


def test_salesbook_error_is_a_value_error():
    with pytest.raises(ValueError):
        discount_volume_increase(0.5, 0.3)


def test_price_increase_typed_as_a_percentage_is_refused_with_a_hint():
    # 5 for 5% would otherwise silently give 5/5.3 = 94% volume loss
    with pytest.raises(SalesbookError, match=r"prijsverhoging.*bedoel je 0.05"):
        price_increase_volume_loss(5, 0.30)


@pytest.mark.parametrize("rate, pattern", [
    (8, mentions("disconteringsvoet", "hoogstens 1", "(kreeg 8)", "bedoel je 0.08?")),
    (100, r"\(kreeg 100\); bedoel je 1\?"),
    (1.5, r"\(kreeg 1.5\); bedoel je 0.015\?"),
    (250, r"hoogstens 1 \(kreeg 250\)$"),
])
def test_npv_rate_typed_as_a_percentage_is_refused_with_a_hint(rate, pattern):
    # before the fix npv([-100, 50, 60], 8) silently gave −100 + 50/9 + 60/81 = −93,70
    with pytest.raises(SalesbookError, match=pattern):
        npv([-100, 50, 60], rate)


def test_npv_rate_of_exactly_one_is_still_accepted():
    # hand computation: −100 + 50/2 + 60/4 = −60 (100% per period is the upper bound)
    assert npv([-100, 50, 60], 1) == pytest.approx(-60.0)


def test_credit_cost_hand_computed():
    # hand computation: € 100 000 outstanding 60 days at 7,3% a year = 100 000 × 0.073 × 60/365 = € 1 200
    assert credit_cost(100_000, 60, 0.073) == pytest.approx(1200.0)
    # the whole debtor book: credit sales 7,3 mln with DSO 50 → receivables 1 mln; at 8% → € 80 000
    assert credit_cost(7_300_000, 50, 0.08) == pytest.approx(80_000.0)
    # 30 extra days on € 1 mln at 5% over a 360-day banking year: 1e6 × 0.05 × 30/360 = 4 166,67
    assert credit_cost(1_000_000, 30, 0.05, days_per_year=360) == pytest.approx(4166.6667, abs=1e-3)
    assert credit_cost(1_000_000, 0, 0.05) == 0


@pytest.mark.parametrize("kwargs, text", [
    (dict(amount=-1, days=30, interest_rate=0.05), "omzet"),
    (dict(amount=1000, days=-5, interest_rate=0.05), "aantal dagen"),
    (dict(amount=1000, days=30, interest_rate=5), "bedoel je 0.05"),
])
def test_credit_cost_refuses_bad_input(kwargs, text):
    with pytest.raises(SalesbookError, match=text):
        credit_cost(**kwargs)


# =========================================================================================
# Chapter 9: decision tables, break-even analysis, receivables per subsidiary
# =========================================================================================

import pandas as pd  # noqa: E402

from salesbook.data import load_dataset  # noqa: E402
from salesbook.finance import (  # noqa: E402
    break_even,
    break_even_revenue,
    credit_by_subsidiary,
    discount_table,
    dso_reduction,
    margin_of_safety,
    price_increase_table,
    receivables,
    refused_cells,
)


def test_discount_table_hand_computed_with_refused_cells():
    # hand computation d/(m−d): m=0.20: 0.05/0.15=0.3333, 0.10/0.10=1, 0.20 refused (d = m), 0.25 refused
    #                           m=0.40: 0.05/0.35=0.142857, 0.10/0.30=0.3333, 0.20/0.20=1, 0.25/0.15=1.6667
    t = discount_table([0.20, 0.40], [0.05, 0.10, 0.20, 0.25])
    assert list(t.index) == [0.20, 0.40] and list(t.columns) == [0.05, 0.10, 0.20, 0.25]
    assert t.index.name == "brutomarge" and t.columns.name == "korting"
    assert t.loc[0.20, 0.05] == pytest.approx(1 / 3)
    assert t.loc[0.20, 0.10] == pytest.approx(1.0)
    assert math.isnan(t.loc[0.20, 0.20]) and math.isnan(t.loc[0.20, 0.25])
    assert t.loc[0.40].tolist() == pytest.approx([0.142857, 1 / 3, 1.0, 1.666667], abs=1e-6)
    assert refused_cells(t).values.tolist() == [[False, False, True, True], [False, False, False, False]]


def test_discount_table_matches_the_single_formula_everywhere():
    margins, discounts = [0.15, 0.25, 0.35], [0.0, 0.02, 0.05, 0.1, 0.2, 0.3]
    t = discount_table(margins, discounts)
    for m in margins:
        for d in discounts:
            if d < m:
                assert t.loc[m, d] == pytest.approx(discount_volume_increase(d, m))
            else:
                assert math.isnan(t.loc[m, d])


def test_price_increase_table_hand_computed():
    # hand computation p/(m+p): m=0.25: 0.05/0.30=0.1667, 0.10/0.35=0.2857; m=0.35: 0.05/0.40=0.125, 0.10/0.45=0.2222
    t = price_increase_table([0.25, 0.35], [0.05, 0.10])
    assert t.values.ravel().tolist() == pytest.approx([0.166667, 0.285714, 0.125, 0.222222], abs=1e-6)
    assert not refused_cells(t).values.any()


@pytest.mark.parametrize("call, pattern", [
    (lambda: discount_table([0.3, 1.0], [0.1]), mentions("brutomarge[1]", "tussen 0 en 1", "zelf niet")),
    (lambda: discount_table([0.3, 0], [0.1]), r"brutomarge\[1\] .*\(kreeg 0\)"),
    (lambda: discount_table([30], [0.1]), r"brutomarge\[0\] .*bedoel je 0.3\?"),
    (lambda: discount_table([0.3], [-0.1]), mentions("korting[0]", "tussen 0 en 1", "(kreeg -0.1)")),
    (lambda: discount_table([0.3], []), r"korting moet minstens 1 waarde"),
    (lambda: price_increase_table([0.3], [5]), r"prijsverhoging\[0\] .*bedoel je 0.05\?"),
])
def test_decision_tables_refuse_bad_input(call, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        call()


def test_break_even_revenue_and_margin_of_safety_hand_computed():
    # hand computation: BEP 120 000 / (50 − 30) = 6 000 units × € 50 = € 300 000 (= 120 000 / 0.40)
    assert break_even_revenue(120_000, 50, 30) == pytest.approx(300_000)
    # margin of safety at 8 000 units: (8 000 − 6 000) / 8 000 = 25%; at 5 000 units: −1 000/5 000 = −20%
    assert margin_of_safety(8_000, 120_000, 50, 30) == pytest.approx(0.25)
    assert margin_of_safety(5_000, 120_000, 50, 30) == pytest.approx(-0.20)


def test_break_even_after_a_discount_hand_computed():
    # hand computation (ch. 9 exercise): p 120, vc 78, FC 210 000 → BEP 210 000/42 = 5 000;
    # 5% discount: p' = 114, contribution 36, BEP 210 000/36 = 5 833.33 (+16.7% = 0.05/(0.35−0.05));
    # at 6 500 units: margin of safety (6 500 − 5 833.33)/6 500 = 10.26%, profit 6 500 × 36 − 210 000 = 24 000
    b = break_even(210_000, 120, 78, discount=0.05, volume=6_500)
    assert b.net_price == pytest.approx(114)
    assert b.contribution == pytest.approx(36) and b.contribution_ratio == pytest.approx(36 / 114)
    assert b.units_before_discount == pytest.approx(5_000)
    assert b.units == pytest.approx(5_833.333, abs=1e-3)
    assert b.revenue == pytest.approx(665_000)
    assert b.margin_of_safety == pytest.approx(0.102564, abs=1e-6)
    assert b.profit == pytest.approx(24_000)
    assert b.units / b.units_before_discount - 1 == pytest.approx(discount_volume_increase(0.05, 0.35))


def test_break_even_without_volume_has_no_margin_of_safety():
    b = break_even(120_000, 50, 30)
    assert b.units == pytest.approx(6_000) and b.margin_of_safety is None and b.profit is None


@pytest.mark.parametrize("call, pattern", [
    (lambda: break_even(120_000, 50, 30, discount=0.4), mentions("korting 0.4", "te hoog", "nettoprijs 30")),
    (lambda: break_even(120_000, 50, 30, discount=1), mentions("korting", "tussen 0 en 1", "zelf niet")),
    (lambda: break_even(120_000, 50, 30, discount=10), r"bedoel je 0.1\?"),
    (lambda: break_even(120_000, 30, 30), mentions("verkoopprijs", "groter zijn dan", "variabele kosten per eenheid 30")),
    (lambda: break_even(-5, 50, 30), mentions("vaste kosten", "negatief", "(kreeg -5)")),
    (lambda: break_even(120_000, 50, -1), mentions("variabele kosten per eenheid", "negatief")),
    (lambda: break_even(120_000, 50, 30, volume=0), mentions("verwachte afzet", "groter zijn dan 0", "(kreeg 0)")),
    (lambda: margin_of_safety(-100, 120_000, 50, 30), mentions("verwachte afzet", "groter zijn dan 0")),
    (lambda: break_even_revenue(120_000, 20, 30), mentions("verkoopprijs", "groter zijn dan", "variabele kosten")),
])
def test_break_even_refuses_bad_input(call, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        call()


def test_receivables_is_the_inverse_of_dso():
    # Tabel 1.2, Spanje: 8 000 000 × 110 / 365 = 2 410 958.90 (as in test_dso_spanje_from_tabel_1_2)
    assert receivables(8_000_000, 110) == pytest.approx(2_410_958.90, abs=0.01)
    assert dso(receivables(8_000_000, 110), 8_000_000) == pytest.approx(110)


def test_dso_reduction_hand_computed():
    # hand computation: Spanje 8 mln, DSO 110 → 70: freed 8 000 000 × 40/365 = 876 712.33;
    # at 6%: 52 602.74 saved; interest on all receivables now: 2 410 958.90 × 6% = 144 657.53
    r = dso_reduction(8_000_000, 110, 70, 0.06)
    assert r.cash_freed == pytest.approx(876_712.33, abs=0.01)
    assert r.interest_saved == pytest.approx(52_602.74, abs=0.01)
    assert r.interest_now == pytest.approx(144_657.53, abs=0.01)
    assert r.receivables_target == pytest.approx(8_000_000 * 70 / 365)
    # a higher target ties up more money: negative amounts
    assert dso_reduction(8_000_000, 70, 110, 0.06).cash_freed == pytest.approx(-876_712.33, abs=0.01)


def test_credit_by_subsidiary_on_tabel_1_2():
    t = credit_by_subsidiary(load_dataset("landenvestigingen"), 0.06, target_dso=60)
    # hand computation per land: omzet × DSO / 365
    #   Nederland 84 mln × 49/365 = 11 276 712.33; Maleisië 1 mln × 152/365 = 416 438.36
    assert t.loc["Nederland", "debiteuren"] == pytest.approx(11_276_712.33, abs=0.01)
    assert t.loc["Maleisië", "debiteuren"] == pytest.approx(416_438.36, abs=0.01)
    # Nederland is already below 60 days and keeps its DSO: nothing freed
    assert t.loc["Nederland", "nieuwe_dso"] == 49 and t.loc["Nederland", "vrijgemaakt"] == 0
    # Midden-Oosten 44 mln × (90 − 60)/365 = 3 616 438.36 freed, × 6% = 216 986.30
    assert t.loc["Midden-Oosten", "vrijgemaakt"] == pytest.approx(3_616_438.36, abs=0.01)
    assert t.loc["Midden-Oosten", "rentebesparing"] == pytest.approx(216_986.30, abs=0.01)
    # total receivables: (84·49 + 44·90 + 35·70 + 14·85 + 12·72 + 8·110 + 1·152) mln / 365
    #   = (4 116 + 3 960 + 2 450 + 1 190 + 864 + 880 + 152) / 365 mln = 13 612 / 365 mln = 37 293 150.68
    assert t["debiteuren"].sum() == pytest.approx(37_293_150.68, abs=0.01)
    assert t["rentekosten"].sum() == pytest.approx(37_293_150.68 * 0.06, abs=0.01)
    assert list(t.index) == ["Nederland", "Midden-Oosten", "Duitsland", "UK", "België", "Spanje", "Maleisië"]


def test_credit_by_subsidiary_reduce_by_days():
    # every land 10 days less: freed = Σ omzet × 10/365 = 198 mln × 10/365 = 5 424 657.53
    t = credit_by_subsidiary(load_dataset("landenvestigingen"), 0.05, reduce_by=10)
    assert t["vrijgemaakt"].sum() == pytest.approx(5_424_657.53, abs=0.01)
    assert t["rentebesparing"].sum() == pytest.approx(5_424_657.53 * 0.05, abs=0.01)
    assert "vrijgemaakt" not in credit_by_subsidiary(load_dataset("landenvestigingen"), 0.05).columns


def test_credit_by_subsidiary_does_not_change_its_input():
    data = load_dataset("landenvestigingen")
    before = data.copy()
    credit_by_subsidiary(data, 0.06, target_dso=60)
    pd.testing.assert_frame_equal(data, before)


@pytest.mark.parametrize("call, pattern", [
    (lambda: receivables(0, 60), mentions("omzet op rekening", "groter zijn dan 0", "(kreeg 0)")),
    (lambda: receivables(1000, -5), mentions("DSO", "negatief", "(kreeg -5)")),
    (lambda: dso_reduction(0, 60, 30, 0.06), mentions("omzet op rekening", "groter zijn dan 0")),
    (lambda: dso_reduction(1e6, 60, -30, 0.06), mentions("doel-DSO", "negatief", "(kreeg -30)")),
    (lambda: dso_reduction(1e6, 60, 30, 6), r"rente .*bedoel je 0.06\?"),
    (lambda: credit_by_subsidiary(load_dataset("landenvestigingen"), 0.06, target_dso=60, reduce_by=10),
     r"doel-DSO óf een verlaging"),
    (lambda: credit_by_subsidiary(load_dataset("landenvestigingen"), 0.06, reduce_by=-10),
     mentions("verlaging van de DSO", "negatief")),
    (lambda: credit_by_subsidiary(pd.DataFrame({"land": ["A"], "omzet_mln": [1.0]}), 0.06),
     r"landenvestigingen mist de kolom\(men\) debiteurendagen"),
    (lambda: credit_by_subsidiary(pd.DataFrame({"land": ["A"], "omzet_mln": [0.0], "debiteurendagen": [30]}), 0.06),
     mentions("omzet van A", "groter zijn dan 0", "(kreeg 0)")),
    (lambda: credit_by_subsidiary([1, 2], 0.06), r"landenvestigingen moet een tabel"),
])
def test_credit_models_refuse_bad_input(call, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        call()


def test_credit_by_subsidiary_refuses_an_empty_table():
    empty = pd.DataFrame({"land": [], "omzet_mln": [], "debiteurendagen": []})
    with pytest.raises(SalesbookError, match="landenvestigingen is leeg"):
        credit_by_subsidiary(empty, 0.06)
