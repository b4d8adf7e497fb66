"""Bedrijfseconomische aspecten van het salesmanagement (chapter 9): the sums a salesmanager
must be able to make before agreeing to a discount, a price rise or an investment.

* :func:`npv` — the net present value of a series of cash flows;
* :func:`discount_volume_increase` — the extra volume a discount costs you;
* :func:`price_increase_volume_loss` — the volume you may lose after a price rise;
* :func:`contribution_margin` / :func:`contribution_margin_ratio` — dekkingsbijdrage per unit
  and as a share of the price;
* :func:`break_even_volume` — the break-even point in units;
* :func:`dso` — days sales outstanding (omloopsnelheid debiteuren in dagen, Tabel 1.2);
* :func:`credit_cost` — what it costs to finance the receivables of a payment term;
* :func:`margin_on_cost_to_margin_on_price` and :func:`margin_on_price_to_margin_on_cost` —
  students often confuse a markup on the cost price with a margin on the selling price.

All margins, discounts and rates are fractions (0.3, not 30). In the discount and price
models the gross margin ``m`` is a fraction of the (old) selling price. Functions raise
:class:`SalesbookError` with a Dutch message for invalid input.
"""

from __future__ import annotations

from collections.abc import Iterable

from salesbook import validation
from salesbook.errors import SalesbookError

CASH_FLOWS = "kasstromen"
RATE = "disconteringsvoet"
DISCOUNT = "korting"
MARGIN = "brutomarge"
INCREASE = "prijsverhoging"
FIXED_COSTS = "vaste kosten"
PRICE = "verkoopprijs"
VARIABLE_COST = "variabele kosten per eenheid"
RECEIVABLES = "debiteuren"
CREDIT_SALES = "omzet op rekening"
AMOUNT = "omzet"
INTEREST = "rente"
DAYS = "aantal dagen"
MARKUP = "marge op de kostprijs"
MARGIN_ON_PRICE = "marge op de verkoopprijs"


def _flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise SalesbookError(f"{name} moet True of False zijn (kreeg {value!r})")
    return value


def _margin(value: object) -> float:
    """A gross margin as a fraction of the price, strictly between 0 and 1."""
    return validation.fraction(value, MARGIN, allow_zero=False, allow_one=False)


# --- investment ---------------------------------------------------------------------------

def npv(cash_flows: Iterable[float], rate: float, *, first_undiscounted: bool = True) -> float:
    """Net present value (netto contante waarde) of a series of cash flows.

    NPV = Σ CF_t / (1 + i)^t, with t = 0, 1, 2, … when ``first_undiscounted=True`` (the first
    cash flow, typically the investment, happens now) and t = 1, 2, 3, … otherwise (every
    cash flow at the end of its period).

    ``cash_flows`` is a non-empty sequence of numbers (outflows negative); ``rate`` (i) is a
    fraction per period greater than −1.

    >>> round(npv([-1000, 500, 500, 500], 0.10), 2)   # −1000 + 500/1.1 + 500/1.21 + 500/1.331
    243.43
    >>> round(npv([110, 121], 0.10, first_undiscounted=False), 2)   # 110/1.1 + 121/1.21
    200.0
    """
    flows = validation.numbers(cash_flows, CASH_FLOWS)
    i = validation.in_range(rate, RATE, -1, None, low_inclusive=False)
    start = 0 if _flag(first_undiscounted, "eerste kasstroom onverdisconteerd") else 1
    return sum(cf / (1 + i) ** t for t, cf in enumerate(flows, start=start))


# --- discount and price effects -----------------------------------------------------------

def discount_volume_increase(discount: float, margin: float) -> float:
    """The extra sales volume needed to keep the same gross margin in euros after a discount.

    With price P and gross margin m (a fraction of P) a unit earns m·P. After a discount d on
    the price it earns (m − d)·P, so the volume must grow by a factor m/(m − d), i.e. by

        x = d / (m − d)        (as a fraction: 0.5 means 50% more volume).

    ``discount`` (d) lies in [0, m): a discount of the whole margin or more can never be
    earned back. ``margin`` (m) lies strictly between 0 and 1.

    >>> discount_volume_increase(0.10, 0.30)   # 0.10 / (0.30 − 0.10)
    0.5
    """
    m = _margin(margin)
    d = validation.fraction(discount, DISCOUNT)
    if d >= m:
        raise SalesbookError(
            f"{DISCOUNT} moet kleiner zijn dan de {MARGIN} {m:g} (kreeg {d:g}): "
            "de korting eet dan de hele marge op, en met geen enkel extra volume "
            "verdien je dezelfde brutomarge in euro's terug"
        )
    return d / (m - d)


def price_increase_volume_loss(increase: float, margin: float) -> float:
    """The share of the sales volume you may lose after a price rise before the gross margin
    in euros falls.

    With price P and gross margin m (a fraction of P) a unit earns m·P. After a price rise p
    it earns (m + p)·P, so the volume may fall to m/(m + p) of the old volume, a loss of

        y = p / (m + p)        (as a fraction: 0.167 means 16.7% less volume).

    ``increase`` (p) lies between 0 and 1 (a fraction of the old price: 0.05 is 5%; a value
    above 1 is refused because it is almost always a percentage typed as a whole number);
    ``margin`` (m) lies strictly between 0 and 1.

    >>> round(price_increase_volume_loss(0.05, 0.25), 4)   # 0.05 / (0.25 + 0.05)
    0.1667
    """
    m = _margin(margin)
    p = validation.fraction(increase, INCREASE)
    return p / (m + p)


# --- contribution margin and break-even ---------------------------------------------------

def contribution_margin(price: float, variable_cost: float) -> float:
    """Dekkingsbijdrage per unit: price − variable cost per unit.

    Both must be at least 0. The result may be negative: then every unit sold adds to the
    loss.

    >>> contribution_margin(50, 30)   # 50 − 30
    20.0
    """
    p = validation.positive(price, PRICE, allow_zero=True)
    vc = validation.positive(variable_cost, VARIABLE_COST, allow_zero=True)
    return p - vc


def contribution_margin_ratio(price: float, variable_cost: float) -> float:
    """Dekkingsbijdrage as a fraction of the price: (price − variable cost) / price.

    ``price`` must be greater than 0, ``variable_cost`` at least 0.

    >>> contribution_margin_ratio(50, 30)   # 20 / 50
    0.4
    """
    p = validation.positive(price, PRICE)
    vc = validation.positive(variable_cost, VARIABLE_COST, allow_zero=True)
    return (p - vc) / p


def break_even_volume(fixed_costs: float, price: float, variable_cost: float) -> float:
    """Break-even point in units: the volume at which the contribution covers the fixed costs.

        BEP = FC / (p − vc)

    ``fixed_costs`` (FC) and ``variable_cost`` (vc) are at least 0; ``price`` (p) must be
    greater than the variable cost, otherwise no volume ever covers the fixed costs. The
    result is not rounded: round up yourself for whole units.

    >>> break_even_volume(120_000, 50, 30)   # 120 000 / (50 − 30)
    6000.0
    """
    fc = validation.positive(fixed_costs, FIXED_COSTS, allow_zero=True)
    vc = validation.positive(variable_cost, VARIABLE_COST, allow_zero=True)
    p = validation.number(price, PRICE)
    if p <= vc:
        raise SalesbookError(
            f"{PRICE} moet groter zijn dan de {VARIABLE_COST} {vc:g} (kreeg {p:g}): "
            "anders levert elke verkochte eenheid geen dekkingsbijdrage op en is er geen break-evenpunt"
        )
    return fc / (p - vc)


# --- working capital ----------------------------------------------------------------------

def dso(receivables: float, credit_sales: float, days: float = 365) -> float:
    """Days sales outstanding (omloopsnelheid debiteuren in dagen).

        DSO = receivables / credit sales × days

    ``receivables`` (outstanding debiteuren) is at least 0; ``credit_sales`` (omzet op
    rekening over the period) and ``days`` (the length of that period) are greater than 0.

    >>> dso(1_000_000, 7_300_000)   # 1 000 000 / 7 300 000 × 365
    50.0
    """
    r = validation.positive(receivables, RECEIVABLES, allow_zero=True)
    s = validation.positive(credit_sales, CREDIT_SALES)
    n = validation.positive(days, DAYS)
    return r / s * n


def credit_cost(amount: float, days: float, interest_rate: float, *, days_per_year: float = 365) -> float:
    """The interest cost of financing receivables: the amount is outstanding for ``days``
    days on average, and the money tied up costs ``interest_rate`` per year.

        kosten krediet = omzet × rente × dagen / dagen per jaar

    Used for one invoice (its amount and payment term), for a customer (annual sales and
    actual payment days) or for a company (credit sales and DSO): sales × DSO / 365 is the
    average amount of receivables, times the interest rate. ``amount`` and ``days`` are at
    least 0; ``interest_rate`` is a fraction per year between 0 and 1; ``days_per_year`` > 0.

    >>> credit_cost(100_000, 60, 0.073)   # 100 000 × 0.073 × 60 / 365
    1200.0
    >>> round(credit_cost(7_300_000, 50, 0.08), 2)   # receivables 1 000 000 (DSO 50) × 8%
    80000.0
    """
    a = validation.positive(amount, AMOUNT, allow_zero=True)
    n = validation.positive(days, DAYS, allow_zero=True)
    i = validation.fraction(interest_rate, INTEREST)
    year = validation.positive(days_per_year, "dagen per jaar")
    return a * i * n / year


# --- margin on cost versus margin on price ------------------------------------------------

def margin_on_cost_to_margin_on_price(markup: float) -> float:
    """Turn a margin on the cost price (opslag, k) into a margin on the selling price.

    Selling price = cost × (1 + k), margin = cost × k, so the margin on the price is

        m = k / (1 + k)

    ``markup`` (k) is at least 0 and may exceed 1 (a 150% markup is 1.5).

    >>> round(margin_on_cost_to_margin_on_price(0.25), 4)   # 0.25 / 1.25
    0.2
    """
    k = validation.positive(markup, MARKUP, allow_zero=True)
    return k / (1 + k)


def margin_on_price_to_margin_on_cost(margin: float) -> float:
    """Turn a margin on the selling price (m) into a margin on the cost price (opslag).

        k = m / (1 − m)        (the inverse of :func:`margin_on_cost_to_margin_on_price`)

    ``margin`` (m) lies in [0, 1): a margin of 100% of the price would mean a cost of zero.

    >>> margin_on_price_to_margin_on_cost(0.2)   # 0.2 / 0.8
    0.25
    """
    m = validation.fraction(margin, MARGIN_ON_PRICE, allow_one=False)
    return m / (1 - m)
