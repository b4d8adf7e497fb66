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
        (lambda: npv([], 0.1), r"kasstromen moet minstens 1 waarde\(n\) bevatten \(kreeg 0\)"),
        (lambda: npv([-1000, "vijfhonderd"], 0.1), r"kasstromen\[1\] moet een getal zijn \(kreeg 'vijfhonderd'\)"),
        (lambda: npv([-1000, None], 0.1), r"kasstromen\[1\] moet een getal zijn \(kreeg None\)"),
        (lambda: npv([-1000, math.nan], 0.1), r"kasstromen\[1\] moet een eindig getal zijn"),
        (lambda: npv("100", 0.1), r"kasstromen moet een reeks getallen zijn \(kreeg '100'\)"),
        (lambda: npv(100, 0.1), r"kasstromen moet een reeks getallen zijn \(kreeg 100\)"),
        (lambda: npv([100], -1), r"disconteringsvoet moet groter zijn dan -1 \(kreeg -1\)"),
        (lambda: npv([100], -1.5), r"disconteringsvoet moet groter zijn dan -1 \(kreeg -1.5\)"),
        (lambda: npv([100], "10%"), r"disconteringsvoet moet een getal zijn \(kreeg '10%'\)"),
        (lambda: npv([100], 0.1, first_undiscounted=1), r"eerste kasstroom onverdisconteerd moet True of False zijn \(kreeg 1\)"),
        # discount_volume_increase
        (lambda: discount_volume_increase(0.30, 0.30), r"korting moet kleiner zijn dan de brutomarge 0.3 \(kreeg 0.3\): de korting eet dan de hele marge op"),
        (lambda: discount_volume_increase(0.4, 0.30), r"korting moet kleiner zijn dan de brutomarge 0.3 \(kreeg 0.4\)"),
        (lambda: discount_volume_increase(-0.05, 0.30), r"korting moet een fractie tussen 0 en 1 zijn \(kreeg -0.05\)"),
        (lambda: discount_volume_increase(10, 0.30), r"korting moet een fractie tussen 0 en 1 zijn \(kreeg 10\); bedoel je 0.1\?"),
        (lambda: discount_volume_increase(0.1, 0), r"brutomarge moet een fractie tussen 0 en 1 zijn, 0 en 1 zelf niet meegerekend \(kreeg 0\)"),
        (lambda: discount_volume_increase(0.1, 1), r"brutomarge moet een fractie tussen 0 en 1 zijn, 0 en 1 zelf niet meegerekend \(kreeg 1\)"),
        (lambda: discount_volume_increase(0.1, -0.2), r"brutomarge moet een fractie tussen 0 en 1 zijn.*\(kreeg -0.2\)"),
        (lambda: discount_volume_increase(0.1, 30), r"brutomarge moet een fractie .*\(kreeg 30\); bedoel je 0.3\?"),
        (lambda: discount_volume_increase("10%", 0.3), r"korting moet een getal zijn \(kreeg '10%'\)"),
        # price_increase_volume_loss
        (lambda: price_increase_volume_loss(-0.05, 0.25), r"prijsverhoging moet een fractie tussen 0 en 1 zijn \(kreeg -0.05\)"),
        (lambda: price_increase_volume_loss(0.05, 0), r"brutomarge moet een fractie tussen 0 en 1 zijn, 0 en 1 zelf niet meegerekend \(kreeg 0\)"),
        (lambda: price_increase_volume_loss(0.05, 1), r"brutomarge moet een fractie .*\(kreeg 1\)"),
        (lambda: price_increase_volume_loss(0.05, 25), r"brutomarge moet een fractie .*\(kreeg 25\); bedoel je 0.25\?"),
        (lambda: price_increase_volume_loss(True, 0.25), r"prijsverhoging moet een getal zijn \(kreeg True\)"),
        # break_even_volume
        (lambda: break_even_volume(-1, 50, 30), r"vaste kosten mag niet negatief zijn \(kreeg -1\)"),
        (lambda: break_even_volume(120_000, 50, -30), r"variabele kosten per eenheid mag niet negatief zijn \(kreeg -30\)"),
        (lambda: break_even_volume(120_000, 30, 30), r"verkoopprijs moet groter zijn dan de variabele kosten per eenheid 30 \(kreeg 30\)"),
        (lambda: break_even_volume(120_000, 25, 30), r"verkoopprijs moet groter zijn dan de variabele kosten per eenheid 30 \(kreeg 25\)"),
        (lambda: break_even_volume(120_000, "vijftig", 30), r"verkoopprijs moet een getal zijn \(kreeg 'vijftig'\)"),
        # dso
        (lambda: dso(1000, 0), r"omzet op rekening moet groter zijn dan 0 \(kreeg 0\)"),
        (lambda: dso(1000, -5000), r"omzet op rekening moet groter zijn dan 0 \(kreeg -5000\)"),
        (lambda: dso(-1000, 5000), r"debiteuren mag niet negatief zijn \(kreeg -1000\)"),
        (lambda: dso(1000, 5000, 0), r"aantal dagen moet groter zijn dan 0 \(kreeg 0\)"),
        (lambda: dso(1000, 5000, days=-365), r"aantal dagen moet groter zijn dan 0 \(kreeg -365\)"),
        # contribution margin and conversions
        (lambda: contribution_margin(-50, 30), r"verkoopprijs mag niet negatief zijn \(kreeg -50\)"),
        (lambda: contribution_margin(50, -30), r"variabele kosten per eenheid mag niet negatief zijn \(kreeg -30\)"),
        (lambda: contribution_margin_ratio(0, 30), r"verkoopprijs moet groter zijn dan 0 \(kreeg 0\)"),
        (lambda: margin_on_cost_to_margin_on_price(-0.25), r"marge op de kostprijs mag niet negatief zijn \(kreeg -0.25\)"),
        (lambda: margin_on_price_to_margin_on_cost(1), r"marge op de verkoopprijs moet een fractie tussen 0 en 1 zijn, 1 zelf niet meegerekend \(kreeg 1\)"),
        (lambda: margin_on_price_to_margin_on_cost(20), r"marge op de verkoopprijs .*\(kreeg 20\); bedoel je 0.2\?"),
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
