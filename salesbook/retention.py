"""Klantretentie as money: every model of retention economics in one place.

Chapter 1 (§ 1.1.2) claims that one per cent more klantretentie gives 4–5% more profit and/or
CLV. On the CLV model of :mod:`salesbook.lifetime_value` that claim is made explicit by:

* :func:`raised_retention` — the retention after a rise of one step (points or per cent);
* :func:`retention_uplift` — the relative CLV change when retention rises by one step;
* :func:`uplift_curve` — that change over a series of retention rates (for charts);
* :func:`claim_intervals` / :func:`claim_interval` — the retention rates at which the change
  lies between 4% and 5%, i.e. where the book's claim holds;
* :func:`uplift_curves` — the curves and claim intervals of the chapter-1 chart;
* :func:`retention_scenario` — everything above for one set of inputs (used by the widget).

Chapter 9's profit profile of Reichheld & Sasser (:class:`ProfitProfile`, :func:`profit_by_year`,
:func:`customer_value`, :func:`retention_effect` …) lives in :mod:`salesbook.profit_profile`; its
names resolve from here too, lazily (that module builds on :func:`raised_retention`).

The chapter-1 functions are re-exported by :mod:`salesbook.customers` (where they lived first).
Rates are fractions (0.8, not 80). Invalid input raises :class:`SalesbookError` in Dutch.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from salesbook import validation
from salesbook.errors import SalesbookError
from salesbook.lifetime_value import (
    ACQUISITION, ACQUISITION_RATIO, DISCOUNT, MARGIN, RETENTION, STEP, _discount, _flag, _multiple, _retention, clv,
    expected_lifetime, margin_multiple,
)


# --- chapter 1, § 1.1.2: one point more retention, 4–5% more CLV? ------------------------------

def _step(value: object) -> float:
    return validation.fraction(value, STEP, allow_zero=False, allow_one=False)



# --- retention economics (§ 1.1.2) --------------------------------------------------------

def raised_retention(retention: float, *, step: float = 0.01, relative: bool = False) -> float:
    """The retention after a rise of one step.

    * ``relative=False`` (default): ``step`` is in percentage **points**: r + step
      (0.80 → 0.81 for step 0.01);
    * ``relative=True``: ``step`` is a relative rise: r · (1 + step) (0.80 → 0.808).

    The result must stay below 1.

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (klantretentie en winst).

    >>> raised_retention(0.8)
    0.81
    >>> round(raised_retention(0.8, relative=True), 3)
    0.808
    """
    r = _retention(retention)
    s = _step(step)
    new = r * (1 + s) if _flag(relative, "relatief") else r + s
    if new >= 1:
        how = f"{r:g} · (1 + {s:g})" if relative else f"{r:g} + {s:g}"
        raise SalesbookError(
            f"{RETENTION} na de verhoging moet kleiner zijn dan 1 (kreeg {how} = {new:g}); "
            "kies een lagere retentie of een kleinere stap"
        )
    return new


def retention_uplift(
    retention: float,
    discount_rate: float,
    *,
    step: float = 0.01,
    acquisition_cost_ratio: float = 0.0,
    first_margin_now: bool = False,
    relative: bool = False,
) -> float:
    """Relative change of the CLV when retention rises by one step (a fraction: 0.047 = 4.7%).

    With M(r) the margin multiple, r' the raised retention (:func:`raised_retention`) and
    k = AC / m the acquisition cost as a share of the margin per period:

        uplift = (CLV(r') − CLV(r)) / CLV(r) = (M(r') − M(r)) / (M(r) − k).

    The margin m cancels: the uplift does not depend on the size of the margin, only on the
    ratio k. For the default case (margins at period end, step in points, k = 0) this
    simplifies to

        uplift = s · (1 + d) / (r · (1 + d − r − s)),

    because (r+s)(1+d−r) − r(1+d−r−s) = s(1+d). Example: r = 0.8, d = 0.1, s = 0.01 gives
    0.011 / (0.8 · 0.29) = 4.74%. Acquisition cost (k > 0) shrinks the base M(r) − k and so
    makes the uplift larger. The CLV at r must be positive (M(r) > k), otherwise a relative
    change has no meaning.

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (klantretentie en winst).

    >>> round(retention_uplift(0.8, 0.1), 4)
    0.0474
    >>> round(retention_uplift(0.8, 0.1, relative=True), 4)    # 0.80 → 0.808
    0.0377
    """
    r = _retention(retention)
    k = validation.positive(acquisition_cost_ratio, ACQUISITION_RATIO, allow_zero=True)
    first = _flag(first_margin_now, "eerste marge direct")
    r2 = raised_retention(r, step=step, relative=relative)
    d = _discount(discount_rate, r2, f"{RETENTION} na de verhoging")
    base = _multiple(r, d, first) - k
    if base <= 0:
        raise SalesbookError(
            f"de CLV bij {RETENTION} {r:g} is niet positief (marge-multiple {_multiple(r, d, first):.4g} is niet "
            f"groter dan {ACQUISITION_RATIO} {k:g}); een procentuele stijging van de CLV heeft dan geen betekenis"
        )
    return (_multiple(r2, d, first) - _multiple(r, d, first)) / base


def uplift_curve(
    discount_rate: float,
    retentions: Iterable[float],
    *,
    step: float = 0.01,
    acquisition_cost_ratio: float = 0.0,
    first_margin_now: bool = False,
    relative: bool = False,
) -> list[float]:
    """:func:`retention_uplift` for each retention rate; NaN where it is undefined.

    Undefined means: the raised retention reaches 1, 1 + d − r' is not positive, or the CLV
    at r is not positive. The other parameters are validated as in :func:`retention_uplift`.

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (klantretentie en winst).

    >>> [round(u, 4) for u in uplift_curve(0.1, [0.5, 0.8, 0.995])]
    [0.0373, 0.0474, nan]
    """
    d = validation.rate(discount_rate, DISCOUNT)
    s = _step(step)
    k = validation.positive(acquisition_cost_ratio, ACQUISITION_RATIO, allow_zero=True)
    first = _flag(first_margin_now, "eerste marge direct")
    rel = _flag(relative, "relatief")
    rs = validation.numbers(retentions, "retenties")
    for i, r in enumerate(rs):
        _retention(r, f"retenties[{i}]")
    return [_uplift_raw(r, d, s, k, first, rel) for r in rs]


def _uplift_raw(r: float, d: float, s: float, k: float, first: bool, relative: bool) -> float:
    """The uplift formula without validation: NaN where it is undefined.

    At r' = 1 exactly the value is the limit of the uplift as r' approaches 1 (finite when
    d > 0); the search in :func:`claim_intervals` uses it as the end of the domain.
    """
    r2 = r * (1 + s) if relative else r + s
    if r2 > 1 or 1 + d - r2 <= 0:
        return math.nan
    base = _multiple(r, d, first) - k
    if base <= 0:
        return math.nan
    return (_multiple(r2, d, first) - _multiple(r, d, first)) / base


def claim_intervals(
    discount_rate: float,
    low: float = 0.04,
    high: float = 0.05,
    *,
    step: float = 0.01,
    acquisition_cost_ratio: float = 0.0,
    first_margin_now: bool = False,
    relative: bool = False,
) -> list[tuple[float, float]]:
    """The retention intervals on which ``low`` ≤ :func:`retention_uplift` ≤ ``high``.

    Shape of the uplift U(r). In every variant U(r) = N / D(r) with N > 0 constant, and D is
    positive on the domain and either concave or decreasing in r, so U first falls and then
    rises (or only rises). For the default case D(r) = r · (1 + d − s − r) is a downward
    parabola with its top at r* = (1 + d − s)/2, so

    * for r < r* the uplift **falls** with r: at low retention the extra point is itself a
      large relative rise of r (0.01/0.3 = 3.3%), which blows up the CLV;
    * for r > r* the uplift **rises** with r: the closer r is to 1, the longer the extra
      lifetime that one point buys.

    Its minimum is U(r*) = 4 · s · (1 + d) / (1 + d − s)² (3.70% for d = 10%). The set where
    the claim holds is therefore at most two intervals, one on each side of r*; they merge
    into one when U(r*) ≥ ``low``. For the default case both follow in closed form from
    r · (1 + d − s − r) = s · (1 + d) / c with c = low or high; this function works for every
    variant by locating r* (golden-section search) and bisecting each monotone branch.

    The domain is the retention at which the CLV is positive and the raised retention is
    below 1; an interval that runs to the end of the domain ends at the largest such r (for
    steps in points: 1 − step), which is a limit, not an allowed retention itself. Returns a
    list of ``(r_low, r_high)`` sorted by retention, empty when the claim never holds.

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (klantretentie en winst).

    >>> [(round(a, 4), round(b, 4)) for a, b in claim_intervals(0.1)]
    [(0.2675, 0.3966), (0.6934, 0.8225)]
    """
    falling, rising = _claim_branches(discount_rate, low, high, step=step, acquisition_cost_ratio=acquisition_cost_ratio,
                                      first_margin_now=first_margin_now, relative=relative)
    if falling and rising and falling[1] >= rising[0]:  # both touch the minimum: one interval
        return [(falling[0], rising[1])]
    return [part for part in (falling, rising) if part is not None]


def claim_interval(
    discount_rate: float,
    low: float = 0.04,
    high: float = 0.05,
    *,
    step: float = 0.01,
    acquisition_cost_ratio: float = 0.0,
    first_margin_now: bool = False,
    relative: bool = False,
) -> tuple[float, float] | None:
    """The interval of :func:`claim_intervals` on the rising branch (r ≥ r*), or None.

    The rising branch is the realistic one for business customers (retention 0.6–0.95).
    None means the claim does not hold there, even if it holds on the low-retention branch
    (at d = 50% it does, for r between 0.24 and 0.32). When the two branches merge, the merged
    interval is returned. With d = 10%, margins at the end of the year and a step of one
    percentage point the claim holds for r between 0.693 and 0.823 (closed form: the larger
    root of r · (1.09 − r) = 0.011 / c for c = 0.04 and 0.05).

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (klantretentie en winst).

    >>> a, b = claim_interval(0.1)
    >>> round(a, 4), round(b, 4)
    (0.6934, 0.8225)
    >>> claim_interval(0.5) is None          # at 50% discount the uplift stays below 4%
    True
    """
    falling, rising = _claim_branches(discount_rate, low, high, step=step, acquisition_cost_ratio=acquisition_cost_ratio,
                                      first_margin_now=first_margin_now, relative=relative)
    if rising is None:
        return None
    if falling and falling[1] >= rising[0]:
        return (falling[0], rising[1])
    return rising


def _claim_branches(
    discount_rate: float,
    low: float,
    high: float,
    *,
    step: float,
    acquisition_cost_ratio: float,
    first_margin_now: bool,
    relative: bool,
) -> tuple[tuple[float, float] | None, tuple[float, float] | None]:
    """The part of the claim set on the falling branch and on the rising branch (or None)."""
    d = validation.rate(discount_rate, DISCOUNT)
    lo_c = validation.positive(low, "ondergrens van de stijging")
    hi_c = validation.positive(high, "bovengrens van de stijging")
    if hi_c < lo_c:
        raise SalesbookError(
            f"bovengrens van de stijging moet minstens gelijk zijn aan de ondergrens {lo_c:g} (kreeg {hi_c:g})"
        )
    s = _step(step)
    k = validation.positive(acquisition_cost_ratio, ACQUISITION_RATIO, allow_zero=True)
    first = _flag(first_margin_now, "eerste marge direct")
    rel = _flag(relative, "relatief")

    def u(r: float) -> float:
        value = _uplift_raw(r, d, s, k, first, rel)
        return math.inf if math.isnan(value) else value

    a = 1 + d
    # Domain [start, end]: the CLV is positive above `start`; up to `end` the raised
    # retention stays at most 1 and below 1 + d.
    if first:
        start = max(0.0, a * (1 - 1 / k)) if k > 0 else 0.0
    else:
        start = k * a / (1 + k)
    end = min(1.0, a) / (1 + s) if rel else min(1.0, a) - s
    if end <= start:
        return None, None
    r_min = _golden_min(u, start, end)
    u_min = u(r_min)
    # The uplift at the ends of the domain, as a limit where the formula itself is 0/0.
    u_start = u(start) if math.isfinite(u(start)) else u(start + 1e-12)
    u_end = u(end)
    falling = rising = None
    if u_min > hi_c:
        return None, None
    if u_start >= lo_c and r_min > start:
        left = start if u_start <= hi_c else _bisect(u, start, r_min, hi_c, rising=False)
        right = r_min if u_min >= lo_c else _bisect(u, start, r_min, lo_c, rising=False)
        falling = (left, right)
    if u_end >= lo_c:
        left = r_min if u_min >= lo_c else _bisect(u, r_min, end, lo_c, rising=True)
        right = end if u_end <= hi_c else _bisect(u, r_min, end, hi_c, rising=True)
        rising = (left, right)
    return falling, rising


def _golden_min(f: Callable[[float], float], lo: float, hi: float, tol: float = 1e-12) -> float:
    """The minimiser of a function that first falls and then rises on [lo, hi]."""
    ratio = (math.sqrt(5) - 1) / 2
    x1, x2 = hi - ratio * (hi - lo), lo + ratio * (hi - lo)
    f1, f2 = f(x1), f(x2)
    while hi - lo > tol:
        if f1 <= f2:
            hi, x2, f2 = x2, x1, f1
            x1 = hi - ratio * (hi - lo)
            f1 = f(x1)
        else:
            lo, x1, f1 = x1, x2, f2
            x2 = lo + ratio * (hi - lo)
            f2 = f(x2)
    return (lo + hi) / 2


def _bisect(f: Callable[[float], float], lo: float, hi: float, target: float, *, rising: bool) -> float:
    """The r in [lo, hi] where the monotone f equals target (f crosses target on [lo, hi])."""
    for _ in range(200):
        mid = (lo + hi) / 2
        below = f(mid) < target
        if below == rising:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-15:
            break
    return (lo + hi) / 2


@dataclass(frozen=True)
class UpliftCurve:
    """The uplift over a grid of retention rates at one discount rate, and where the claim holds."""

    discount_rate: float
    uplifts: tuple[float, ...]                     # NaN where undefined
    claim_interval: tuple[float, float] | None     # see claim_interval


@dataclass(frozen=True)
class UpliftCurves:
    """What :func:`salesbook.charts.retention_uplift_chart` draws: one curve per discount rate."""

    retentions: tuple[float, ...]
    curves: tuple[UpliftCurve, ...]
    step: float
    relative: bool
    low: float
    high: float


def uplift_curves(
    discount_rates: Iterable[float] = (0.05, 0.10, 0.15),
    *,
    step: float = 0.01,
    acquisition_cost_ratio: float = 0.0,
    first_margin_now: bool = False,
    relative: bool = False,
    low: float = 0.04,
    high: float = 0.05,
    retention_range: tuple[float, float] = (0.5, 0.95),
) -> UpliftCurves:
    """:func:`uplift_curve` and :func:`claim_interval` per discount rate on 301 retention rates
    evenly spread over ``retention_range`` (the data of the chapter-1 chart).

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (klantretentie en winst).

    >>> c = uplift_curves((0.1,))
    >>> len(c.retentions), round(c.curves[0].uplifts[150], 4), [round(x, 4) for x in c.curves[0].claim_interval]
    (301, 0.0416, [0.6934, 0.8225])
    """
    rates = validation.numbers(discount_rates, "disconteringsvoeten")
    r_lo = validation.fraction(retention_range[0], "retentie links op de as")
    r_hi = validation.fraction(retention_range[1], "retentie rechts op de as", allow_one=False)
    if r_hi <= r_lo:
        raise SalesbookError(f"retentie rechts op de as moet groter zijn dan {r_lo:g} (kreeg {r_hi:g})")
    grid = tuple(r_lo + (r_hi - r_lo) * i / 300 for i in range(301))
    options = {"step": step, "acquisition_cost_ratio": acquisition_cost_ratio,
               "first_margin_now": first_margin_now, "relative": relative}
    curves = tuple(UpliftCurve(d, tuple(uplift_curve(d, grid, **options)), claim_interval(d, low, high, **options))
                   for d in rates)
    return UpliftCurves(grid, curves, _step(step), _flag(relative, "relatief"), float(low), float(high))


@dataclass(frozen=True)
class RetentionScenario:
    """The retention economics of one customer, as computed by :func:`retention_scenario`.

    ``uplift`` is None when the CLV at the current retention is not positive; then
    ``claim_holds`` is False. ``claim_interval`` is the highest-retention interval on which
    the uplift lies between the bounds (see :func:`claim_interval`), or None.
    ``acquisition_cost_ratio`` is AC / m (None when the margin is not positive).
    """

    retention: float
    raised_retention: float
    margin_multiple: float
    raised_margin_multiple: float
    expected_lifetime: float
    raised_expected_lifetime: float
    clv: float
    raised_clv: float
    uplift: float | None
    claim_holds: bool
    claim_interval: tuple[float, float] | None
    acquisition_cost_ratio: float | None


def retention_scenario(
    margin: float,
    retention: float,
    discount_rate: float,
    *,
    acquisition_cost: float = 0.0,
    step: float = 0.01,
    relative: bool = False,
    first_margin_now: bool = False,
    low: float = 0.04,
    high: float = 0.05,
) -> RetentionScenario:
    """CLV now and after one step more retention, the uplift and whether 4–5% holds.

    CLV(r) = m · M(r) − AC with M the :func:`margin_multiple`; r' = :func:`raised_retention`;
    uplift = (CLV(r') − CLV(r)) / CLV(r) when CLV(r) > 0; the claim holds when
    ``low`` ≤ uplift ≤ ``high``. The claim interval uses k = AC / m (for m > 0).

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (klantretentie en winst).

    >>> s = retention_scenario(100, 0.8, 0.1)
    >>> round(s.clv, 2), round(s.raised_clv, 2), round(s.uplift, 4), s.claim_holds
    (266.67, 279.31, 0.0474, True)
    """
    m = validation.number(margin, MARGIN)
    ac = validation.positive(acquisition_cost, ACQUISITION, allow_zero=True)
    low_c = validation.positive(low, "ondergrens van de stijging")
    high_c = validation.positive(high, "bovengrens van de stijging")
    r2 = raised_retention(retention, step=step, relative=relative)
    r = float(retention)
    d = _discount(discount_rate, r2, f"{RETENTION} na de verhoging")
    now = clv(m, r, d, acquisition_cost=ac, first_margin_now=first_margin_now)
    later = clv(m, r2, d, acquisition_cost=ac, first_margin_now=first_margin_now)
    uplift = (later - now) / now if now > 0 else None
    interval = None
    ratio = ac / m if m > 0 else None
    if ratio is not None:
        interval = claim_interval(d, low_c, high_c, step=step, acquisition_cost_ratio=ratio,
                                  first_margin_now=first_margin_now, relative=relative)
    return RetentionScenario(
        retention=r,
        raised_retention=r2,
        margin_multiple=margin_multiple(r, d, first_margin_now=first_margin_now),
        raised_margin_multiple=margin_multiple(r2, d, first_margin_now=first_margin_now),
        expected_lifetime=expected_lifetime(r),
        raised_expected_lifetime=expected_lifetime(r2),
        clv=now,
        raised_clv=later,
        uplift=uplift,
        claim_holds=uplift is not None and low_c <= uplift <= high_c,
        claim_interval=interval,
        acquisition_cost_ratio=ratio,
    )


# --- chapter 9: the profit profile, moved to salesbook.profit_profile --------------------------

_MOVED_TO_PROFIT_PROFILE = frozenset({
    "COMPONENTS", "defection_rate", "ProfitProfile", "profit_by_year", "customer_value",
    "profit_per_customer_year", "RetentionEffect", "retention_effect",
})


def __getattr__(name: str):
    """The chapter-9 names, resolved lazily in :mod:`salesbook.profit_profile` (which imports this module)."""
    if name in _MOVED_TO_PROFIT_PROFILE:
        import salesbook.profit_profile as profile   # lazy on purpose: that module imports this one
        return getattr(profile, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
