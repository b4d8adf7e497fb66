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

Chapter 9 adds, built on the functions above:

* :func:`discount_table` / :func:`price_increase_table` / :func:`refused_cells` — the margin ×
  discount (or price rise) decision tables, refused cells as NaN;
* :func:`break_even_revenue`, :func:`margin_of_safety` and :func:`break_even` (a
  :class:`BreakEven` before and after a discount, with margin of safety and profit);
* :func:`receivables`, :func:`dso_reduction` (:class:`DsoReduction`) and
  :func:`credit_by_subsidiary` — receivables, interest cost and what a lower DSO frees up, per
  landenvestiging of Tabel 1.2.

Retention economics (Reichheld & Sasser) live in :mod:`salesbook.retention`.

All margins, discounts and rates are fractions (0.3, not 30). In the discount and price
models the gross margin ``m`` is a fraction of the (old) selling price. Functions raise
:class:`SalesbookError` with a Dutch message for invalid input.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

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
    fraction per period greater than −1 and at most 1. A rate above 1 (more than 100% per
    period) is not realistic in this course and is almost always a percentage typed as a whole
    number (8 for 8%), so it is refused; between 1 and 100 the message suggests the fraction.

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

    >>> round(npv([-1000, 500, 500, 500], 0.10), 2)   # −1000 + 500/1.1 + 500/1.21 + 500/1.331
    243.43
    >>> round(npv([110, 121], 0.10, first_undiscounted=False), 2)   # 110/1.1 + 121/1.21
    200.0
    >>> npv([-100, 50, 60], 8)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: disconteringsvoet moet een fractie per periode zijn, groter dan -1 en hoogstens 1 (kreeg 8); bedoel je 0.08? Schrijf 8% als 0.08
    """
    flows = validation.numbers(cash_flows, CASH_FLOWS)
    i = validation.rate(rate, RATE)
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

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

    >>> contribution_margin(50, 30)   # 50 − 30
    20.0
    """
    p = validation.positive(price, PRICE, allow_zero=True)
    vc = validation.positive(variable_cost, VARIABLE_COST, allow_zero=True)
    return p - vc


def contribution_margin_ratio(price: float, variable_cost: float) -> float:
    """Dekkingsbijdrage as a fraction of the price: (price − variable cost) / price.

    ``price`` must be greater than 0, ``variable_cost`` at least 0.

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

    >>> credit_cost(100_000, 60, 0.073)   # 100 000 × 0.073 × 60 / 365
    1200.0
    >>> round(credit_cost(7_300_000, 50, 0.08), 2)   # receivables 1 000 000 (DSO 50) × 8%
    80000.0
    """
    a = validation.positive(amount, AMOUNT, allow_zero=True)
    n = validation.positive(days, DAYS, allow_zero=True)
    i = validation.rate(interest_rate, INTEREST, low=0, low_inclusive=True)
    year = validation.positive(days_per_year, "dagen per jaar")
    return a * i * n / year


# --- margin on cost versus margin on price ------------------------------------------------

def margin_on_cost_to_margin_on_price(markup: float) -> float:
    """Turn a margin on the cost price (opslag, k) into a margin on the selling price.

    Selling price = cost × (1 + k), margin = cost × k, so the margin on the price is

        m = k / (1 + k)

    ``markup`` (k) is at least 0 and may exceed 1 (a 150% markup is 1.5).

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

    >>> round(margin_on_cost_to_margin_on_price(0.25), 4)   # 0.25 / 1.25
    0.2
    """
    k = validation.positive(markup, MARKUP, allow_zero=True)
    return k / (1 + k)


def margin_on_price_to_margin_on_cost(margin: float) -> float:
    """Turn a margin on the selling price (m) into a margin on the cost price (opslag).

        k = m / (1 − m)        (the inverse of :func:`margin_on_cost_to_margin_on_price`)

    ``margin`` (m) lies in [0, 1): a margin of 100% of the price would mean a cost of zero.

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

    >>> margin_on_price_to_margin_on_cost(0.2)   # 0.2 / 0.8
    0.25
    """
    m = validation.fraction(margin, MARGIN_ON_PRICE, allow_one=False)
    return m / (1 - m)


# =========================================================================================
# Chapter 9 — decision tables, break-even analysis and the cost of credit per subsidiary.
# Every formula below is built on the single-case functions above (one source of truth).
# =========================================================================================

TARGET_DSO = "doel-DSO"
REDUCTION = "verlaging van de DSO"
VOLUME = "verwachte afzet"


def _grid(values: object, name: str, check) -> list[float]:
    """A non-empty sequence of values, each validated by ``check(value, label)``."""
    items = validation.numbers(values, name)
    return [check(v, f"{name}[{i}]") for i, v in enumerate(items)]


def discount_table(margins: Sequence[float], discounts: Sequence[float]) -> pd.DataFrame:
    """The discount decision table: the extra volume d / (m − d) for every margin × discount.

    Rows are the gross margins m, columns the discounts d (both fractions). A cell where the
    discount is at least the margin is NaN: no extra volume ever earns that discount back
    (:func:`discount_volume_increase` refuses it). :func:`refused_cells` marks those cells.

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

    >>> t = discount_table([0.2, 0.3], [0.05, 0.1, 0.2])
    >>> t.round(3).values.tolist()        # 0.05/0.15, 0.1/0.1, refused; 0.05/0.25, 0.1/0.2, 0.2/0.1
    [[0.333, 1.0, nan], [0.2, 0.5, 2.0]]
    """
    ms = _grid(margins, MARGIN, lambda v, n: validation.fraction(v, n, allow_zero=False, allow_one=False))
    ds = _grid(discounts, DISCOUNT, validation.fraction)
    values = [[discount_volume_increase(d, m) if d < m else np.nan for d in ds] for m in ms]
    return pd.DataFrame(values, index=pd.Index(ms, name="brutomarge"), columns=pd.Index(ds, name="korting"))


def price_increase_table(margins: Sequence[float], increases: Sequence[float]) -> pd.DataFrame:
    """The mirror image: the volume you may lose, p / (m + p), for every margin × price rise.

    Rows are the gross margins m, columns the price rises p (both fractions).

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

    >>> price_increase_table([0.2, 0.3], [0.05, 0.1]).round(3).values.tolist()   # 0.05/0.25, 0.1/0.3; 0.05/0.35, 0.1/0.4
    [[0.2, 0.333], [0.143, 0.25]]
    """
    ms = _grid(margins, MARGIN, lambda v, n: validation.fraction(v, n, allow_zero=False, allow_one=False))
    ps = _grid(increases, INCREASE, validation.fraction)
    values = [[price_increase_volume_loss(p, m) for p in ps] for m in ms]
    return pd.DataFrame(values, index=pd.Index(ms, name="brutomarge"), columns=pd.Index(ps, name="prijsverhoging"))


def refused_cells(table: pd.DataFrame) -> pd.DataFrame:
    """True where a decision table has no answer (the discount eats the whole margin).

    Source: the pack's own helper for the H9 decision tables.

    >>> refused_cells(discount_table([0.2], [0.1, 0.2])).values.tolist()
    [[False, True]]
    """
    validation.table(table, "de beslistabel", min_rows=0)
    return table.isna()


@dataclass(frozen=True)
class VolumeEffects:
    """At one gross margin m: the extra volume a discount needs, d/(m − d), for discounts from 0
    to 0.9·m, and the volume a price rise may lose, p/(m + p), for rises from 0 to max(m, p); with
    the reader's discount and/or rise and their effect."""

    margin: float
    discounts: tuple[float, ...]
    extra_volume: tuple[float, ...]
    increases: tuple[float, ...]
    volume_loss: tuple[float, ...]
    discount: float | None = None
    discount_effect: float | None = None
    increase: float | None = None
    increase_effect: float | None = None


def volume_effects(margin: float, *, discount: float | None = None, increase: float | None = None) -> VolumeEffects:
    """Both volume effects over 201 points each (the data of the chapter-9 chart).

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (korting en prijsverhoging).

    >>> e = volume_effects(0.3, discount=0.1)
    >>> round(e.discounts[-1], 2), round(e.extra_volume[-1], 1), e.discount_effect
    (0.27, 9.0, 0.5)
    """
    m = validation.fraction(margin, "brutomarge", allow_zero=False, allow_one=False)
    d = None if discount is None else validation.fraction(discount, "korting")
    p = None if increase is None else validation.fraction(increase, "prijsverhoging")
    discounts = tuple(0.9 * m * i / 200 for i in range(201))
    rises = tuple(max(m, p or 0.0) * i / 200 for i in range(201))
    return VolumeEffects(
        margin=m,
        discounts=discounts, extra_volume=tuple(discount_volume_increase(g, m) for g in discounts),
        increases=rises, volume_loss=tuple(price_increase_volume_loss(g, m) for g in rises),
        discount=d, discount_effect=None if d is None else discount_volume_increase(d, m),
        increase=p, increase_effect=None if p is None else price_increase_volume_loss(p, m),
    )


def break_even_revenue(fixed_costs: float, price: float, variable_cost: float) -> float:
    """Break-even point in euros of sales: BEP in units × price = FC / ((p − vc) / p).

    Same inputs and refusals as :func:`break_even_volume`.

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

    >>> break_even_revenue(120_000, 50, 30)   # 6 000 units × 50, or 120 000 / 0.4
    300000.0
    """
    return break_even_volume(fixed_costs, price, variable_cost) * float(price)


def margin_of_safety(volume: float, fixed_costs: float, price: float, variable_cost: float) -> float:
    """Veiligheidsmarge: how far sales may fall before the break-even point, as a fraction of
    the expected sales volume.

        veiligheidsmarge = (afzet − BEP) / afzet

    ``volume`` (expected sales in units) must be greater than 0. A negative result means the
    expected sales lie below the break-even point (a loss).

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

    >>> margin_of_safety(8_000, 120_000, 50, 30)   # (8 000 − 6 000) / 8 000
    0.25
    """
    q = validation.positive(volume, VOLUME)
    return (q - break_even_volume(fixed_costs, price, variable_cost)) / q


@dataclass(frozen=True)
class BreakEven:
    """Break-even analysis of one product (line) before and after a discount on the price."""

    price: float
    net_price: float
    variable_cost: float
    fixed_costs: float
    contribution: float
    contribution_ratio: float
    units: float
    revenue: float
    units_before_discount: float
    volume: float | None
    margin_of_safety: float | None
    profit: float | None


def break_even(fixed_costs: float, price: float, variable_cost: float, *,
               discount: float = 0.0, volume: float | None = None) -> BreakEven:
    """Break-even analysis, optionally after a discount d on the price and at an expected volume.

    net price p' = p · (1 − d); dekkingsbijdrage per unit = p' − vc;
    BEP (units) = FC / (p' − vc); BEP (euros) = BEP · p';
    with an expected volume q: veiligheidsmarge = (q − BEP) / q and profit = q · (p' − vc) − FC.

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

    >>> b = break_even(120_000, 50, 30, discount=0.1, volume=8_000)
    >>> b.net_price, b.units, b.units_before_discount, b.margin_of_safety   # 45; 120 000 / 15 = 8 000
    (45.0, 8000.0, 6000.0, 0.0)
    """
    d = validation.fraction(discount, DISCOUNT, allow_one=False)
    p = validation.number(price, PRICE)
    net = p * (1 - d)
    before = break_even_volume(fixed_costs, p, variable_cost)
    if d > 0 and net <= float(variable_cost):
        raise SalesbookError(
            f"{DISCOUNT} {d:g} is te hoog: de nettoprijs {net:g} na korting is niet groter dan de "
            f"{VARIABLE_COST} {float(variable_cost):g}, dus er is geen break-evenpunt meer"
        )
    units = break_even_volume(fixed_costs, net, variable_cost)
    fc, vc = float(fixed_costs), float(variable_cost)
    q = None if volume is None else validation.positive(volume, VOLUME)
    return BreakEven(
        price=p, net_price=net, variable_cost=vc, fixed_costs=fc,
        contribution=contribution_margin(net, vc), contribution_ratio=contribution_margin_ratio(net, vc),
        units=units, revenue=units * net, units_before_discount=before, volume=q,
        margin_of_safety=None if q is None else (q - units) / q,
        profit=None if q is None else q * (net - vc) - fc,
    )


# --- receivables and the cost of credit ---------------------------------------------------

def receivables(credit_sales: float, dso_days: float, days: float = 365) -> float:
    """The average amount of receivables (debiteuren) that goes with a DSO:

        debiteuren = omzet op rekening × DSO / dagen

    The inverse of :func:`dso`. ``credit_sales`` must be greater than 0, ``dso_days`` at least 0.

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

    >>> round(receivables(8_000_000, 110), 2)   # Tabel 1.2, Spanje: 8 mln × 110 / 365
    2410958.9
    """
    s = validation.positive(credit_sales, CREDIT_SALES)
    n = validation.positive(dso_days, "DSO", allow_zero=True)
    year = validation.positive(days, DAYS)
    return s * n / year


@dataclass(frozen=True)
class DsoReduction:
    """What lowering the DSO from ``current`` to ``target`` days frees up and saves per year."""

    current: float
    target: float
    receivables_now: float
    receivables_target: float
    cash_freed: float
    interest_now: float
    interest_saved: float


def dso_reduction(credit_sales: float, current_dso: float, target_dso: float, interest_rate: float,
                  *, days_per_year: float = 365) -> DsoReduction:
    """Cash freed and interest saved when the DSO falls from ``current_dso`` to ``target_dso``:

        vrijgemaakt = omzet × (DSO − doel-DSO) / 365
        rentebesparing = vrijgemaakt × rente  (= :func:`credit_cost` over the days saved)

    A target above the current DSO gives negative amounts: more money tied up, more interest.

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

    >>> r = dso_reduction(8_000_000, 110, 70, 0.06)   # 8 mln × 40/365 = 876 712; × 6% = 52 603
    >>> round(r.cash_freed), round(r.interest_saved)
    (876712, 52603)
    """
    rate = validation.rate(interest_rate, INTEREST, low=0, low_inclusive=True)
    now = receivables(credit_sales, current_dso, days_per_year)
    target = receivables(credit_sales, validation.positive(target_dso, TARGET_DSO, allow_zero=True), days_per_year)
    return DsoReduction(
        current=float(current_dso), target=float(target_dso), receivables_now=now, receivables_target=target,
        cash_freed=now - target, interest_now=credit_cost(credit_sales, current_dso, rate, days_per_year=days_per_year),
        interest_saved=(now - target) * rate,
    )


def credit_by_subsidiary(subsidiaries: pd.DataFrame, interest_rate: float, *, target_dso: float | None = None,
                         reduce_by: float | None = None, days_per_year: float = 365) -> pd.DataFrame:
    """Receivables and the cost of credit per landenvestiging (Tabel 1.2), and what a lower DSO
    frees up.

    ``subsidiaries`` has the columns ``land``, ``omzet_mln`` and ``debiteurendagen`` (as
    data/landenvestigingen.csv); all sales are taken to be on credit (a wholesaler invoices its
    business customers). Per land:

        debiteuren = omzet × DSO / 365;   rentekosten = debiteuren × rente.

    With ``target_dso`` every land above the target goes down to it (a land already below
    keeps its DSO); with ``reduce_by`` every land's DSO falls by that many days (not below 0).
    At most one of the two. Columns: omzet, debiteurendagen, debiteuren, rentekosten, and with
    a target or reduction nieuwe_dso, vrijgemaakt, rentebesparing. Indexed by land.

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (bedrijfseconomische aspecten).

    >>> t = pd.DataFrame({"land": ["A"], "omzet_mln": [7.3], "debiteurendagen": [50]})
    >>> credit_by_subsidiary(t, 0.08, reduce_by=10).loc["A", ["debiteuren", "rentekosten", "vrijgemaakt"]].tolist()
    [1000000.0, 80000.0, 200000.0]
    """
    if not isinstance(subsidiaries, pd.DataFrame):
        raise SalesbookError(f"landenvestigingen moet een tabel (DataFrame) zijn (kreeg {type(subsidiaries).__name__})")
    missing = [c for c in ("land", "omzet_mln", "debiteurendagen") if c not in subsidiaries.columns]
    if missing:
        raise SalesbookError(f"landenvestigingen mist de kolom(men) {', '.join(missing)}")
    if subsidiaries.empty:
        raise SalesbookError("landenvestigingen is leeg: geef minstens één land met omzet_mln en debiteurendagen")
    if target_dso is not None and reduce_by is not None:
        raise SalesbookError("geef een doel-DSO óf een verlaging in dagen, niet allebei")
    rate = validation.rate(interest_rate, INTEREST, low=0, low_inclusive=True)
    year = validation.positive(days_per_year, "dagen per jaar")
    sales = [validation.positive(v, f"omzet van {land}") * 1e6
             for land, v in zip(subsidiaries["land"], subsidiaries["omzet_mln"])]
    days = [validation.positive(v, f"debiteurendagen van {land}", allow_zero=True)
            for land, v in zip(subsidiaries["land"], subsidiaries["debiteurendagen"])]
    out = pd.DataFrame({"omzet": sales, "debiteurendagen": days}, index=pd.Index(subsidiaries["land"], name="land"))
    out["debiteuren"] = [receivables(s, n, year) for s, n in zip(sales, days)]
    out["rentekosten"] = [credit_cost(s, n, rate, days_per_year=year) for s, n in zip(sales, days)]
    new = None
    if target_dso is not None:
        goal = validation.positive(target_dso, TARGET_DSO, allow_zero=True)
        new = [min(n, goal) for n in days]
    elif reduce_by is not None:
        cut = validation.positive(reduce_by, REDUCTION, allow_zero=True)
        new = [max(n - cut, 0.0) for n in days]
    if new is not None:
        out["nieuwe_dso"] = new
        results = [dso_reduction(s, n, t, rate, days_per_year=year) for s, n, t in zip(sales, days, new)]
        out["vrijgemaakt"] = [r.cash_freed for r in results]
        out["rentebesparing"] = [r.interest_saved for r in results]
    return out
