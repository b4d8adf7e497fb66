"""Customer value: customer lifetime value (CLV) and the economics of klantretentie.

The CLV model is the classic infinite-horizon model with a constant margin ``m`` per period,
a constant retention rate ``r`` (the share of customers that stays one more period) and a
discount rate ``d`` per period:

* :func:`clv` — the present value of a customer's margins minus the acquisition cost;
* :func:`margin_multiple` — the factor that turns one period's margin into a CLV;
* :func:`expected_lifetime` — the expected number of periods a customer stays, 1/(1−r).

The retention economics of § 1.1.2 ("one per cent more klantretentie gives 4–5% more profit
and/or CLV") are made explicit by:

* :func:`raised_retention` — the retention after a rise of one step (points or per cent);
* :func:`retention_uplift` — the relative CLV change when retention rises by one step;
* :func:`uplift_curve` — that change over a series of retention rates (for charts);
* :func:`claim_intervals` / :func:`claim_interval` — the retention rates at which the change
  lies between 4% and 5%, i.e. where the book's claim holds;
* :func:`retention_scenario` — everything above for one set of inputs (used by the widget).

Chapter 5 (Customer relationship) adds the models of leadmanagement and customer analysis:

* :func:`nps` / :func:`nps_breakdown` / :func:`nps_by` — the Net Promoter Score (in points,
  −100 to 100), its groups and its margin of error per land or segment;
* :func:`lead_funnel` — leads per stage cold → warm → hot → klant → trouwe klant and the
  conversion rates; :func:`reverse_funnel` — what is needed at every stage for a target;
* :class:`LeadScoring`, :func:`lead_scores`, :func:`lead_score_bands`,
  :func:`lead_scoring_quality` — a transparent points model and how well it separates;
* :func:`weighted_pipeline` — Σ value × probability;
* :func:`abc_analysis`, :func:`pyramid_layer`, :func:`customer_pyramid` — customers by value;
* :func:`rfm_table`, :func:`quintile_scores`, :func:`rfm_segment`, :func:`rfm_analysis`,
  :func:`rfm_segment_summary` — RFM scores and named segments with an action per segment;
* :func:`yearly_retention`, :func:`customer_clv` — klantretentie and CLV from the
  transaction log; :func:`customer_analysis` — RFM, ABC, pyramid and CLV in one pass.

All rates are fractions (0.8, not 80); the NPS is the one exception, by convention a number
of points. Functions raise :class:`SalesbookError` with a Dutch message for invalid input.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from numbers import Real

import numpy as np
import pandas as pd

from salesbook import validation
from salesbook.errors import SalesbookError
from salesbook.rounding import round_up

RETENTION = "retentie"
DISCOUNT = "disconteringsvoet"
MARGIN = "marge per periode"
ACQUISITION = "acquisitiekosten"
ACQUISITION_RATIO = "acquisitiekosten als deel van de marge"
STEP = "stap (verhoging van de retentie)"


# --- validation helpers -------------------------------------------------------------------

def _retention(value: object, name: str = RETENTION) -> float:
    """A retention rate in [0, 1); exactly 1 gets its own explanation."""
    x = validation.number(value, name)
    if x == 1:
        raise SalesbookError(
            f"{name} moet kleiner zijn dan 1 (kreeg {x:g}): bij een retentie van 100% "
            "vertrekt er nooit een klant, dus de verwachte klantduur en de CLV zijn oneindig"
        )
    return validation.fraction(value, name, allow_one=False)


def _discount(value: object, retention: float, what: str = RETENTION) -> float:
    """A discount rate d > −1 with 1 + d − r > 0 (otherwise the CLV series does not converge)."""
    d = validation.rate(value, DISCOUNT)
    if 1 + d - retention <= 0:
        raise SalesbookError(
            f"{DISCOUNT} moet groter zijn dan {what} − 1 = {retention - 1:g} (kreeg {d:g}): "
            "anders is 1 + d − r niet positief en heeft de CLV geen eindige waarde"
        )
    return d


def _flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise SalesbookError(f"{name} moet True of False zijn (kreeg {value!r})")
    return value


def _step(value: object) -> float:
    return validation.fraction(value, STEP, allow_zero=False, allow_one=False)


def _multiple(r: float, d: float, first_margin_now: bool) -> float:
    """The margin multiple without validation: r/(1+d−r) or (1+d)/(1+d−r)."""
    return ((1 + d) if first_margin_now else r) / (1 + d - r)


# --- the CLV model ------------------------------------------------------------------------

def margin_multiple(retention: float, discount_rate: float, *, first_margin_now: bool = False) -> float:
    """The factor that turns one period's margin into the customer lifetime value.

    A customer who is still a customer after ``t`` periods (probability r^t) brings a margin
    worth ``1/(1+d)^t`` today. Summing over t:

    * margins at the end of every period the customer survives (default), t = 1, 2, …:
      Σ (r/(1+d))^t = r / (1 + d − r);
    * the first margin now (``first_margin_now=True``), t = 0, 1, 2, …:
      Σ (r/(1+d))^t = (1 + d) / (1 + d − r).

    ``retention`` must lie in [0, 1); ``discount_rate`` must exceed −1 with 1 + d − r > 0.

    >>> round(margin_multiple(0.8, 0.1), 4)          # 0.8 / 0.3
    2.6667
    >>> round(margin_multiple(0.8, 0.1, first_margin_now=True), 4)   # 1.1 / 0.3
    3.6667
    """
    r = _retention(retention)
    d = _discount(discount_rate, r)
    return _multiple(r, d, _flag(first_margin_now, "eerste marge direct"))


def clv(
    margin: float,
    retention: float,
    discount_rate: float,
    *,
    acquisition_cost: float = 0.0,
    first_margin_now: bool = False,
) -> float:
    """Customer lifetime value over an infinite horizon.

    Default (margins at the end of each period the customer survives):
    CLV = m · r / (1 + d − r) − AC.
    With ``first_margin_now=True`` (the first margin arrives at once):
    CLV = m · (1 + d) / (1 + d − r) − AC.

    ``margin`` (m) may be any finite number: a negative margin describes a customer who costs
    more than he brings in. ``acquisition_cost`` (AC) must be at least 0; ``retention`` (r)
    lies in [0, 1); ``discount_rate`` (d) exceeds −1 with 1 + d − r > 0.

    >>> round(clv(100, 0.8, 0.1), 2)                          # 100 · 0.8 / 0.3
    266.67
    >>> round(clv(100, 0.8, 0.1, first_margin_now=True), 2)   # 100 · 1.1 / 0.3
    366.67
    >>> round(clv(100, 0.8, 0.1, acquisition_cost=50), 2)     # 266.67 − 50
    216.67
    """
    m = validation.number(margin, MARGIN)
    ac = validation.positive(acquisition_cost, ACQUISITION, allow_zero=True)
    return m * margin_multiple(retention, discount_rate, first_margin_now=first_margin_now) - ac


def expected_lifetime(retention: float) -> float:
    """Expected number of periods a customer stays: 1 / (1 − r).

    Each period the customer leaves with probability 1 − r, so the number of periods
    (counting the first) is geometric with mean 1 / (1 − r).

    >>> expected_lifetime(0.8)
    5.0
    """
    r = _retention(retention)
    return 1 / (1 - r)


# --- retention economics (§ 1.1.2) --------------------------------------------------------

def raised_retention(retention: float, *, step: float = 0.01, relative: bool = False) -> float:
    """The retention after a rise of one step.

    * ``relative=False`` (default): ``step`` is in percentage **points**: r + step
      (0.80 → 0.81 for step 0.01);
    * ``relative=True``: ``step`` is a relative rise: r · (1 + step) (0.80 → 0.808).

    The result must stay below 1.

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


# ============================================================================================
# Chapter 5 — Customer relationship: NPS, lead funnel and reverse funnel, lead scoring,
# weighted pipeline, ABC analysis, customer pyramid, RFM segments and CLV per customer.
# ============================================================================================
#
# The per-customer analyses (RFM, ABC, pyramid, CLV) are vectorised pandas: one groupby over
# the transaction log, then rank/cumsum/select over the customers. No Python loop runs over
# transactions or customers, so they stay fast on a log of a million rows.

_EPS = 1e-9  # tolerance for comparing shares with a threshold (0.1 + 0.2 is not exactly 0.3)


# --- vectorised validation ------------------------------------------------------------------

def _label(index: object, position: int, name: str) -> str:
    """How to name element ``position`` in a message: name[label] for a Series, name[i] otherwise."""
    if isinstance(index, pd.Index) and not isinstance(index, pd.RangeIndex):
        label = index[position]
        return f"{name}[{label!r}]" if isinstance(label, str) else f"{name}[{label}]"
    return f"{name}[{position}]"


def _series(values: object, name: str, *, min_length: int = 1) -> pd.Series:
    """A Series of finite numbers (float) from a Series, mapping, array or sequence.

    A numeric Series or array is checked in one vectorised pass; anything else element by
    element with :func:`validation.number`, so that the message names the first bad value.
    The index of a Series (or the keys of a mapping) is kept.
    """
    if isinstance(values, Mapping):
        values = pd.Series(dict(values), dtype=object)
    elif isinstance(values, pd.DataFrame):
        raise SalesbookError(f"{name} moet één reeks getallen zijn, geen tabel met kolommen {list(values.columns)}")
    elif isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise SalesbookError(f"{name} moet een reeks getallen zijn (kreeg {validation._show(values)})")
    elif not isinstance(values, pd.Series):
        values = pd.Series(values if isinstance(values, np.ndarray) else list(values),
                           dtype=None if isinstance(values, np.ndarray) else object)
    if len(values) < min_length:
        raise SalesbookError(f"{name} moet minstens {min_length} waarde(n) bevatten (kreeg {len(values)})")
    dtype = values.dtype
    if pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
        array = values.to_numpy(dtype=float, na_value=np.nan)
        bad = ~np.isfinite(array)
        if bad.any():
            i = int(np.argmax(bad))
            raise SalesbookError(f"{_label(values.index, i, name)} moet een eindig getal zijn (kreeg {array[i]:g})")
        return pd.Series(array, index=values.index, name=values.name)
    checked = [validation.number(validation._plain(v), _label(values.index, i, name))
               for i, v in enumerate(values.tolist())]
    return pd.Series(checked, index=values.index, dtype=float, name=values.name)


def _first_bad(series: pd.Series, bad: np.ndarray, name: str, allowed: str) -> None:
    """Raise for the first element where ``bad`` is True."""
    if bad.any():
        i = int(np.argmax(bad))
        value = series.iloc[i]
        raise SalesbookError(f"{_label(series.index, i, name)} {allowed} (kreeg {value:g})")


# --- § 5.3 Net Promoter Score -----------------------------------------------------------------

@dataclass(frozen=True)
class NpsResult:
    """Counts and shares (fractions) of promoters (9–10), passives (7–8) and detractors (0–6).

    ``nps`` is in points from −100 to 100 (see :func:`nps`); the shares are fractions (0.45).
    """

    n: int
    promoters: int
    passives: int
    detractors: int
    share_promoters: float
    share_passives: float
    share_detractors: float
    nps: float


def _scores(scores: object, name: str = "scores") -> pd.Series:
    s = _series(scores, name)
    _first_bad(s, ((s < 0) | (s > 10) | (s != np.floor(s))).to_numpy(), name,
               "moet een geheel getal van 0 tot en met 10 zijn")
    return s


def nps_breakdown(scores: object) -> NpsResult:
    """The Net Promoter Score with the counts and shares behind it.

    Answers to "Hoe waarschijnlijk is het dat u ons aanbeveelt?" on a scale of 0 to 10 fall
    in three groups (Reichheld, 2003): promoters 9–10, passives 7–8, detractors 0–6. With n
    answers, P promoters and D detractors:

        NPS = 100 · P/n − 100 · D/n   (points from −100 to 100)

    Passives count in n but in neither percentage.

    >>> r = nps_breakdown([10, 9, 9, 8, 7, 6, 3, 10, 5, 8])
    >>> r.promoters, r.passives, r.detractors, r.nps
    (4, 3, 3, 10.0)
    """
    s = _scores(scores)
    n = len(s)
    p = int((s >= 9).sum())
    d = int((s <= 6).sum())
    return NpsResult(n=n, promoters=p, passives=n - p - d, detractors=d, share_promoters=p / n,
                     share_passives=(n - p - d) / n, share_detractors=d / n, nps=100 * (p - d) / n)


def nps(scores: object) -> float:
    """Net Promoter Score: % promoters (9–10) minus % detractors (0–6), scores 0–10.

    **Unit: points on a scale from −100 to 100**, the way the NPS is always reported (an NPS
    of 20 means 20 percentage points more promoters than detractors). This is the one model
    in the package that does not return a fraction: 0.2 would read as an NPS of 0,2.

        NPS = 100 · (P − D) / n

    with P promoters (9–10), D detractors (0–6) and n all answers, passives (7–8) included.
    ``scores`` are whole numbers from 0 to 10 (a list, array or Series; at least one).

    >>> nps([10, 9, 9, 8, 7, 6, 3, 10, 5, 8])   # (4 − 3) / 10 · 100
    10.0
    >>> nps([10, 10, 0, 0])
    0.0
    """
    return nps_breakdown(scores).nps


def nps_by(survey: pd.DataFrame, by: str | Sequence[str], *, score: str = "score") -> pd.DataFrame:
    """The NPS per group (land, segment …) of a survey table, with its 95% margin of error.

    Per group: ``n`` answers, the shares (fractions) ``promoters``, ``passives`` and
    ``detractors``, ``nps`` in points (see :func:`nps`) and ``foutmarge``: the half-width of
    the 95% confidence interval in points,

        foutmarge = 1,96 · 100 · √((p + d − (p − d)²) / n)

    with p and d the shares of promoters and detractors (the variance of a score that is +1
    for a promoter, −1 for a detractor and 0 for a passive). Groups are sorted by NPS, best
    first. Vectorised: one groupby, no loop over answers.

    >>> t = pd.DataFrame({"land": ["NL"] * 4 + ["BE"] * 2, "score": [10, 9, 7, 3, 6, 10]})
    >>> nps_by(t, "land")[["n", "nps"]]
          n   nps
    land
    NL    4  25.0
    BE    2   0.0
    """
    if not isinstance(survey, pd.DataFrame):
        raise SalesbookError(f"de enquête moet een tabel (DataFrame) zijn (kreeg {type(survey).__name__})")
    if not isinstance(by, str) and not (isinstance(by, Sequence) and all(isinstance(k, str) for k in by)):
        raise SalesbookError(f"by moet een kolomnaam of een lijst kolomnamen zijn (kreeg {validation._show(by)})")
    keys = [by] if isinstance(by, str) else list(by)
    missing = [c for c in keys + [score] if c not in survey.columns]
    if missing:
        raise SalesbookError(f"de enquête mist de kolom(men) {', '.join(missing)}; "
                             f"beschikbaar: {', '.join(map(str, survey.columns))}")
    s = _scores(survey[score], score)
    frame = pd.DataFrame({k: survey[k] for k in keys})
    frame["_p"] = (s >= 9).to_numpy(dtype=float)
    frame["_d"] = (s <= 6).to_numpy(dtype=float)
    grouped = frame.groupby(keys, observed=True, sort=False)
    out = grouped.agg(n=("_p", "size"), promoters=("_p", "mean"), detractors=("_d", "mean"))
    out["passives"] = 1 - out["promoters"] - out["detractors"]
    net = out["promoters"] - out["detractors"]
    out["nps"] = 100 * net
    out["foutmarge"] = 1.96 * 100 * np.sqrt((out["promoters"] + out["detractors"] - net**2) / out["n"])
    out = out[["n", "promoters", "passives", "detractors", "nps", "foutmarge"]]
    return out.sort_values("nps", ascending=False, kind="stable")


# --- § 5.2 leadmanagement: the funnel and the reverse funnel --------------------------------

FUNNEL_STAGES = ("cold", "warm", "hot", "klant", "trouwe klant")


def lead_funnel(stages_reached: object, *, stages: Sequence[str] = FUNNEL_STAGES) -> pd.DataFrame:
    """The lead funnel: how many leads reached each stage, and the conversion between stages.

    ``stages_reached`` holds per lead the furthest stage it reached (a lead that became a
    customer passed cold, warm and hot). Per stage k, in funnel order:

    * ``eindfase``: leads whose furthest stage is k;
    * ``bereikt``: leads that reached k or a later stage, N_k = Σ_{j ≥ k} eindfase_j;
    * ``conversie``: N_k / N_{k−1}, the stage-to-stage conversion rate (NaN for the top);
    * ``vanaf_start``: N_k / N_1, the share of all leads that got this far.

    >>> lead_funnel(["cold", "cold", "warm", "hot", "klant", "trouwe klant", "warm", "cold"])
                  eindfase  bereikt  conversie  vanaf_start
    fase
    cold                 3        8        NaN        1.000
    warm                 2        5      0.625        0.625
    hot                  1        3      0.600        0.375
    klant                1        2      0.667        0.250
    trouwe klant         1        1      0.500        0.125
    """
    names = _stage_names(stages)
    if isinstance(stages_reached, (str, bytes)) or not isinstance(stages_reached, Iterable):
        raise SalesbookError(f"fasen moet een reeks fasenamen zijn (kreeg {validation._show(stages_reached)})")
    reached = pd.Series(stages_reached if isinstance(stages_reached, pd.Series) else list(stages_reached),
                        dtype=object if not isinstance(stages_reached, pd.Series) else None)
    if len(reached) == 0:
        raise SalesbookError("fasen bevat geen leads (kreeg 0 waarden)")
    counts = reached.value_counts(dropna=False)
    unknown = [v for v in counts.index if v not in names]
    if unknown:
        shown = ", ".join("leeg" if pd.isna(v) else validation._show(v) for v in unknown[:3])
        raise SalesbookError(f"onbekende fase {shown}; een fase moet een van "
                             f"{', '.join(repr(n) for n in names)} zijn")
    at_stage = counts.reindex(list(names), fill_value=0).astype("int64")
    reached_n = at_stage[::-1].cumsum()[::-1]
    out = pd.DataFrame({"eindfase": at_stage, "bereikt": reached_n})
    out["conversie"] = (reached_n / reached_n.shift(1)).astype(float)
    out["vanaf_start"] = reached_n / reached_n.iloc[0]
    out.index.name = "fase"
    return out


def _stage_names(stages: object) -> tuple[str, ...]:
    if isinstance(stages, str) or not isinstance(stages, Iterable):
        raise SalesbookError(f"fasenamen moet een reeks namen zijn (kreeg {validation._show(stages)})")
    names = tuple(stages)
    if len(names) < 2 or len(set(names)) != len(names) or not all(isinstance(n, str) and n for n in names):
        raise SalesbookError(f"fasenamen moet minstens twee verschillende namen bevatten (kreeg {list(names)!r})")
    return names


def reverse_funnel(target: int, conversion_rates: Sequence[float]) -> list[int]:
    """The reverse funnel: how many you need at every stage to reach a target at the bottom.

    ``conversion_rates`` are ordered from the top of the funnel down: rate i is the share of
    stage i that reaches stage i + 1. Working from the bottom up, each stage needs

        N_n = target,   N_i = ⌈ N_{i+1} / c_i ⌉

    rounded **up** at every stage (you cannot call 12,5 prospects, and 12 would be too few).
    Returns the required numbers top first, ending with ``target`` (one more number than
    there are rates). Rates lie in (0, 1]; ``target`` is a whole number ≥ 0. A quotient that
    is a whole number up to floating-point noise (3 / 0.3 = 10.000000000000002) counts as
    that whole number.

    >>> reverse_funnel(10, [0.5, 0.4, 0.25])    # 10 → ⌈10/0.25⌉ = 40 → ⌈40/0.4⌉ = 100 → 200
    [200, 100, 40, 10]
    >>> reverse_funnel(7, [0.3, 0.6])           # ⌈7/0.6⌉ = ⌈11.67⌉ = 12 → ⌈12/0.3⌉ = 40
    [40, 12, 7]
    """
    n = validation.count(target, "target")
    if isinstance(conversion_rates, (str, bytes, Mapping)) or not isinstance(conversion_rates, Iterable):
        raise SalesbookError(f"conversieratio's moet een reeks fracties zijn (kreeg {validation._show(conversion_rates)})")
    rates = list(conversion_rates)
    if not rates:
        raise SalesbookError("conversieratio's moet minstens één conversieratio bevatten (kreeg 0)")
    checked = []
    for i, rate in enumerate(rates):
        name = f"conversieratio[{i}] (van fase {i + 1} naar fase {i + 2})"
        x = validation.number(validation._plain(rate), name)
        if x == 0:
            raise SalesbookError(f"{name} moet groter zijn dan 0 (kreeg 0): bij 0% conversie haal je het target nooit, "
                                 "hoeveel leads je ook hebt")
        checked.append(validation.fraction(x, name, allow_zero=False))
    need = [n]
    for rate in reversed(checked):
        need.append(round_up(need[-1] / rate))
    return need[::-1]


def weighted_pipeline(values: Sequence[float], probabilities: Sequence[float]) -> float:
    """The weighted pipeline: Σ value × probability of closing.

    Every open opportunity counts for its value times the chance that it is won, so the sum
    is the expected order intake. ``values`` (≥ 0) and ``probabilities`` (fractions 0–1) are
    matched by position and must be equally long; an empty pipeline is worth 0.

    >>> weighted_pipeline([10_000, 40_000, 25_000], [0.9, 0.25, 0.5])   # 9 000 + 10 000 + 12 500
    31500.0
    """
    v = _series(values, "waarden", min_length=0)
    p = _series(probabilities, "kansen", min_length=0)
    if len(v) != len(p):
        raise SalesbookError(f"waarden en kansen moeten even lang zijn (kreeg {len(v)} waarden en {len(p)} kansen)")
    _first_bad(v, (v < 0).to_numpy(), "waarden", "mag niet negatief zijn")
    _first_bad(p, ((p < 0) | (p > 1)).to_numpy(), "kansen", "moet een fractie tussen 0 en 1 zijn")
    return float(np.dot(v.to_numpy(), p.to_numpy()))


# --- § 5.3 ABC analysis and the customer pyramid ---------------------------------------------

def _thresholds(thresholds: object) -> tuple[float, float]:
    if isinstance(thresholds, (str, bytes)) or not isinstance(thresholds, Iterable):
        raise SalesbookError(f"grenzen moet twee fracties bevatten, zoals (0.8, 0.95) (kreeg {validation._show(thresholds)})")
    items = list(thresholds)
    if len(items) != 2:
        raise SalesbookError(f"grenzen moet precies twee fracties bevatten, zoals (0.8, 0.95) (kreeg {len(items)})")
    a = validation.fraction(validation._plain(items[0]), "grens A", allow_zero=False)
    b = validation.fraction(validation._plain(items[1]), "grens B", allow_zero=False)
    if b <= a:
        raise SalesbookError(f"grens B moet groter zijn dan grens A {a:g} (kreeg {b:g}): de grenzen lopen op, "
                             "zoals (0.8, 0.95)")
    return a, b


def _values(values: object, name: str) -> pd.Series:
    """Non-negative finite values with a positive total (index kept)."""
    v = _series(values, name)
    _first_bad(v, (v < 0).to_numpy(), name, "mag niet negatief zijn")
    if v.sum() <= 0:
        raise SalesbookError(f"{name} moet samen meer dan 0 zijn (kreeg een totaal van 0): "
                             "dan is er geen aandeel te berekenen")
    return v


def _abc(v: pd.Series, a: float, b: float) -> pd.DataFrame:
    """The ABC table without validation."""
    order = v.sort_values(ascending=False, kind="stable")
    total = order.sum()
    cum = order.cumsum() / total
    out = pd.DataFrame({"value": order, "share": order / total, "cum_share": cum})
    out["class"] = np.where(cum <= a + _EPS, "A", np.where(cum <= b + _EPS, "B", "C"))
    return out


def abc_analysis(values: object, thresholds: Sequence[float] = (0.8, 0.95)) -> pd.DataFrame:
    """ABC (Pareto) analysis: classes by cumulative share of the total value.

    Sort the values from large to small (ties keep their input order) and take per item

        share_i = v_i / Σ v,     cum_share_i = (v_1 + … + v_i) / Σ v

    The class is 'A' while cum_share ≤ the first threshold (0.8), 'B' while cum_share ≤ the
    second (0.95), else 'C'. An item that brings cum_share exactly to 0.8 is still A
    (compared up to 1e-9 for floating-point noise). Note that the rule is literal: if the
    largest customer alone has more than 80% of the value, there are no A-customers.

    ``values``: a Series (its index, e.g. klant_id, is kept), a mapping (keys become the
    index) or a sequence; non-negative, with a positive total. ``thresholds``: two fractions,
    increasing, in (0, 1]. Returns a DataFrame with columns ``value``, ``share``,
    ``cum_share`` and ``class``, sorted by value descending. Rank on value (revenue or
    margin), not on the number of orders.

    >>> abc_analysis({"K1": 15, "K2": 50, "K3": 5, "K4": 30})
        value  share  cum_share class
    K2   50.0   0.50       0.50     A
    K4   30.0   0.30       0.80     A
    K1   15.0   0.15       0.95     B
    K3    5.0   0.05       1.00     C
    """
    a, b = _thresholds(thresholds)
    return _abc(_values(values, "waarden"), a, b)


PYRAMID_LAYERS: tuple[tuple[str, float], ...] = (
    ("top", 0.01), ("groot", 0.04), ("middelgroot", 0.15), ("klein", 0.80),
)
"""The customer pyramid of Curry & Curry (2000): the top 1% of customers by revenue, the next
4% (groot), the next 15% (middelgroot) and the remaining 80% (klein)."""


def _layers(layers: object) -> tuple[tuple[str, float], ...]:
    if isinstance(layers, Mapping):
        layers = list(layers.items())
    if isinstance(layers, (str, bytes)) or not isinstance(layers, Iterable):
        raise SalesbookError(f"lagen moet een reeks (naam, aandeel klanten) zijn (kreeg {validation._show(layers)})")
    items = list(layers)
    if len(items) < 2:
        raise SalesbookError(f"lagen moet minstens twee lagen bevatten (kreeg {len(items)})")
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, (tuple, list)) or len(item) != 2 or not isinstance(item[0], str):
            raise SalesbookError(f"lagen[{i}] moet een paar (naam, aandeel klanten) zijn (kreeg {item!r})")
        out.append((item[0], validation.fraction(validation._plain(item[1]), f"aandeel klanten van laag '{item[0]}'",
                                                 allow_zero=False)))
    total = sum(s for _, s in out)
    if abs(total - 1) > 1e-6:
        raise SalesbookError(f"de aandelen klanten van de lagen moeten samen 1 zijn (kreeg {total:g})")
    if len({n for n, _ in out}) != len(out):
        raise SalesbookError("elke laag van de piramide moet een eigen naam hebben")
    return tuple(out)


def _pyramid_layer(v: pd.Series, layers: tuple[tuple[str, float], ...]) -> pd.Series:
    """The layer of every customer, without validation (vectorised)."""
    n = len(v)
    position = v.rank(method="first", ascending=False).to_numpy()  # 1 = largest customer
    bounds = np.cumsum([share for _, share in layers]) * n
    index = np.searchsorted(bounds + _EPS, position, side="left")
    names = np.array([name for name, _ in layers], dtype=object)
    return pd.Series(names[np.minimum(index, len(layers) - 1)], index=v.index, name="laag")


def pyramid_layer(values: object, layers: Sequence[tuple[str, float]] = PYRAMID_LAYERS) -> pd.Series:
    """The layer of the customer pyramid for every customer, ranked on value (revenue).

    Rank the customers from largest (1) to smallest (n); customer k belongs to the first
    layer whose cumulative share of customers s satisfies k ≤ s · n. With the default layers
    and 1000 customers: numbers 1–10 are top, 11–50 groot, 51–200 middelgroot, the rest
    klein. Ties keep their input order.

    >>> pyramid_layer(pd.Series(range(100, 0, -1))).value_counts().to_dict()
    {'klein': 80, 'middelgroot': 15, 'groot': 4, 'top': 1}
    """
    return _pyramid_layer(_values(values, "waarden"), _layers(layers))


def customer_pyramid(values: object, layers: Sequence[tuple[str, float]] = PYRAMID_LAYERS) -> pd.DataFrame:
    """The customer pyramid: customers and value per layer (top of the pyramid first).

    Per layer: ``klanten`` (count), ``omzet`` (the sum of the values), ``aandeel_klanten`` and
    ``aandeel_omzet`` (fractions of the totals) and ``gemiddelde`` (value per customer).
    Layers are assigned as in :func:`pyramid_layer`.

    >>> p = customer_pyramid(pd.Series([500.0] + [100.0] * 4 + [10.0] * 15 + [1.0] * 80))
    >>> p[["klanten", "omzet", "aandeel_omzet"]].round(3)
                 klanten  omzet  aandeel_omzet
    laag
    top                1  500.0          0.442
    groot              4  400.0          0.354
    middelgroot       15  150.0          0.133
    klein             80   80.0          0.071
    """
    spec = _layers(layers)
    v = _values(values, "waarden")
    layer = _pyramid_layer(v, spec)
    names = [name for name, _ in spec]
    grouped = v.groupby(layer).agg(["size", "sum"]).reindex(names, fill_value=0)
    out = pd.DataFrame({"klanten": grouped["size"].astype("int64"), "omzet": grouped["sum"].astype(float)})
    out["aandeel_klanten"] = out["klanten"] / len(v)
    out["aandeel_omzet"] = out["omzet"] / v.sum()
    out["gemiddelde"] = (out["omzet"] / out["klanten"].where(out["klanten"] > 0)).astype(float)
    out.index.name = "laag"
    return out


# --- § 5.3 the transaction log: RFM, yearly retention and CLV per customer -------------------

TRANSACTION_COLUMNS = {"klant": "klant_id", "datum": "datum", "bedrag": "bedrag", "marge": "brutomarge"}


def _timestamp(value: object, name: str) -> pd.Timestamp:
    """A date (a Timestamp, date or 'YYYY-MM-DD' text) as a pandas Timestamp."""
    if isinstance(value, bool) or value is None or isinstance(value, Real):
        raise SalesbookError(f"{name} moet een datum zijn, zoals '2024-12-31' (kreeg {validation._show(value)})")
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise SalesbookError(f"{name} moet een datum zijn, zoals '2024-12-31' (kreeg {validation._show(value)})") from None
    if stamp is pd.NaT:
        raise SalesbookError(f"{name} moet een datum zijn, zoals '2024-12-31' (kreeg een lege waarde)")
    return stamp.tz_localize(None) if stamp.tzinfo is not None else stamp


def _transactions(transactions: object, customer: str, date: str | None = None,
                  amounts: Sequence[str] = ()) -> pd.DataFrame:
    """Check a transaction log in a few vectorised passes; return it (not copied)."""
    if not isinstance(transactions, pd.DataFrame):
        raise SalesbookError(f"de transacties moeten een tabel (DataFrame) zijn (kreeg {type(transactions).__name__})")
    columns = [customer] + ([date] if date else []) + list(amounts)
    missing = [c for c in columns if c not in transactions.columns]
    if missing:
        raise SalesbookError(f"de transacties missen de kolom(men) {', '.join(missing)}; "
                             f"beschikbaar: {', '.join(map(str, transactions.columns))}")
    if len(transactions) == 0:
        raise SalesbookError("de transacties bevatten geen rijen (kreeg 0 transacties)")
    if date:
        if not pd.api.types.is_datetime64_any_dtype(transactions[date]):
            raise SalesbookError(f"kolom {date} moet datums bevatten (kreeg type {transactions[date].dtype}); "
                                 "lees de gegevens met load_dataset of zet de kolom om met pd.to_datetime")
        empty = transactions[date].isna().to_numpy()
        if empty.any():
            raise SalesbookError(f"{date} is leeg in transactierij {int(np.argmax(empty)) + 1}")
    for col in amounts:
        series = transactions[col]
        if not pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
            raise SalesbookError(f"kolom {col} moet getallen bevatten (kreeg type {series.dtype})")
        array = series.to_numpy(dtype=float, na_value=np.nan)
        bad = ~np.isfinite(array)
        if bad.any():
            row = int(np.argmax(bad))
            raise SalesbookError(f"{col} in transactierij {row + 1} moet een eindig getal zijn (kreeg {array[row]:g})")
    return transactions


def _per_customer(tx: pd.DataFrame, klant: str, amounts: Mapping[str, str], *, datum: str | None = None,
                  reference: pd.Timestamp | None = None) -> pd.DataFrame:
    """Per customer: the number of transactions, the sums of ``amounts`` and (with ``datum``)
    the last date, counting only transactions on or before ``reference``.

    This is ``tx[tx[datum] <= reference].groupby(klant).agg(max, size, sum …)``, written as one
    factorize of the customer ids followed by ``np.bincount`` (counts and sums) and
    ``np.maximum.at`` (last date) on the codes: the ids are hashed only once, which makes it
    about twice as fast as the groupby on a million rows. Index: the customer ids, sorted.
    """
    codes, ids = pd.factorize(tx[klant], sort=True)
    if (codes < 0).any():
        raise SalesbookError(f"{klant} is leeg in transactierij {int(np.argmax(codes < 0)) + 1}: "
                             "elke transactie hoort bij een klant")
    keep = None
    if datum is not None:
        dates = tx[datum]
        if isinstance(dates.dtype, pd.DatetimeTZDtype):
            dates = dates.dt.tz_localize(None)
        dates = dates.to_numpy()
        if reference is not None:
            keep = dates <= reference.to_datetime64()
            if keep.all():
                keep = None
            elif not keep.any():
                raise SalesbookError(f"er zijn geen transacties op of vóór de peildatum {reference.date()}")
            else:
                codes, dates = codes[keep], dates[keep]
    k = len(ids)
    columns: dict[str, np.ndarray] = {}
    if datum is not None:
        ticks = dates.view("int64")
        last = np.full(k, np.iinfo(np.int64).min)
        np.maximum.at(last, codes, ticks)
        columns["laatste_aankoop"] = last.view(dates.dtype)
    count = np.bincount(codes, minlength=k)
    columns["frequency"] = count
    for name, col in amounts.items():
        values = tx[col].to_numpy(dtype=float)
        columns[name] = np.bincount(codes, weights=values if keep is None else values[keep], minlength=k)
    out = pd.DataFrame(columns, index=pd.Index(ids, name=klant))
    return out[count > 0] if (count == 0).any() else out


def rfm_table(transactions: pd.DataFrame, reference_date: object, *, customer: str = "klant_id",
              date: str = "datum", amount: str = "bedrag") -> pd.DataFrame:
    """Recency, frequency and monetary value per customer at a reference date.

    Only transactions on or before ``reference_date`` count. Per customer:

    * ``recency``: days from the last purchase to the reference date (0 = bought that day);
    * ``frequency``: the number of transactions;
    * ``monetary``: the sum of ``amount`` (revenue).

    One groupby over the log (vectorised). Index: the customer id, sorted.

    >>> log = pd.DataFrame({"klant_id": ["A", "B", "A"], "bedrag": [100.0, 50.0, 300.0],
    ...                     "datum": pd.to_datetime(["2024-01-10", "2024-03-01", "2024-12-01"])})
    >>> rfm_table(log, "2024-12-31")
             laatste_aankoop  frequency  monetary  recency
    klant_id
    A             2024-12-01          2     400.0       30
    B             2024-03-01          1      50.0      305
    """
    ref = _timestamp(reference_date, "peildatum")
    tx = _transactions(transactions, customer, date, [amount])
    out = _per_customer(tx, customer, {"monetary": amount}, datum=date, reference=ref)
    out["recency"] = (ref - out["laatste_aankoop"]).dt.days.astype("int64")
    return out


def quintile_scores(values: object, *, higher_is_better: bool = True) -> pd.Series:
    """Quintile scores 1–5: roughly the best 20% get 5, the worst 20% get 1.

    Rank the n values from worst (rank 1) to best (rank n); equal values all get the lowest
    rank of their group (so a tie never earns a higher score than its worst member). Then

        score = ⌈ 5 · rank / n ⌉

    With many customers every score holds about a fifth of them; with fewer than five the
    lowest scores stay empty. For recency lower is better (``higher_is_better=False``).
    Vectorised (one rank over the Series); the index is kept.

    >>> quintile_scores(pd.Series([10, 20, 30, 40, 50, 60])).tolist()   # ⌈5·k/6⌉ for k = 1…6
    [1, 2, 3, 4, 5, 5]
    >>> quintile_scores(pd.Series([1, 1, 1, 1, 2, 3])).tolist()         # four one-time buyers share rank 1
    [1, 1, 1, 1, 5, 5]
    >>> quintile_scores(pd.Series([5, 40, 5, 100]), higher_is_better=False).tolist()   # days since last order
    [4, 3, 4, 2]
    """
    v = _series(values, "waarden")
    return _quintiles(v, _flag(higher_is_better, "hoger is beter"))


def _quintiles(v: pd.Series, higher_is_better: bool) -> pd.Series:
    pct = v.rank(method="min", ascending=higher_is_better, pct=True).to_numpy()
    scores = np.ceil(np.round(5 * pct, 9)).astype("int64")
    return pd.Series(scores, index=v.index, name=v.name)


@dataclass(frozen=True)
class RfmSegment:
    """One named RFM segment: the rule (on R and FM = (F + M)/2) and what sales does with it."""

    name: str
    rule: str
    description: str
    action: str


RFM_SEGMENTS: dict[str, RfmSegment] = {s.name: s for s in (
    RfmSegment("kampioenen", "R ≥ 4 en FM ≥ 4", "kochten kort geleden, vaak en veel",
               "belonen en vasthouden: vaste accountmanager, als eerste nieuwe producten, vragen om een referentie"),
    RfmSegment("loyale klanten", "R ≥ 3 en FM ≥ 3, geen kampioen", "kopen regelmatig en behoorlijk",
               "uitbouwen: accountplan, cross- en upselling, jaarafspraken"),
    RfmSegment("veelbelovend", "R ≥ 4 en FM < 3", "kochten kort geleden, maar nog weinig",
               "binnendienst belt na de eerste orders; tweede order en breder assortiment stimuleren"),
    RfmSegment("aandacht nodig", "R = 3 en FM < 3", "gemiddeld recent, weinig en klein",
               "persoonlijk contact en een aanbod op basis van de aankoophistorie, voordat ze wegzakken"),
    RfmSegment("risicoklanten", "R ≤ 2 en FM ≥ 3", "kochten vaak en veel, maar al lang niet meer",
               "nu bellen of bezoeken: oorzaak achterhalen (klacht, concurrent?) en een terugwinvoorstel doen"),
    RfmSegment("slapers", "R = 2 en FM < 3", "kochten weinig en al een tijd niet",
               "goedkoop heractiveren: nieuwsbrief, content en een gerichte actie via de binnendienst"),
    RfmSegment("verloren", "R = 1 en FM < 3", "kochten weinig en het langst geleden",
               "geen dure inzet meer; één heractiveringsmail, en vraag waarom ze wegbleven"),
)}
"""The RFM segments in order, from most to least valuable. Every (R, FM) falls in exactly one."""


def rfm_segment(r: object, f: object, m: object) -> pd.Series:
    """The named RFM segment for every customer, from the R, F and M scores (1–5).

    With FM = (F + M) / 2 the segments are (see :data:`RFM_SEGMENTS`):

    ==============  =====  ===========
    segment         R      FM
    ==============  =====  ===========
    kampioenen      4–5    ≥ 4
    loyale klanten  4–5    3 to < 4
    loyale klanten  3      ≥ 3
    veelbelovend    4–5    < 3
    aandacht nodig  3      < 3
    risicoklanten   1–2    ≥ 3
    slapers         2      < 3
    verloren        1      < 3
    ==============  =====  ===========

    Vectorised (np.select over whole columns); the index of ``r`` is kept.

    >>> rfm_segment(pd.Series([5, 5, 3, 1, 2, 1]), pd.Series([5, 1, 2, 5, 1, 1]), pd.Series([4, 1, 2, 3, 2, 1])).tolist()
    ['kampioenen', 'veelbelovend', 'aandacht nodig', 'risicoklanten', 'slapers', 'verloren']
    """
    scores = {}
    for name, value in (("R", r), ("F", f), ("M", m)):
        s = _series(value, name)
        _first_bad(s, (~s.isin([1, 2, 3, 4, 5])).to_numpy(), name, "moet een score 1, 2, 3, 4 of 5 zijn")
        scores[name] = s.to_numpy()
    if len({len(s) for s in scores.values()}) != 1:
        raise SalesbookError("R, F en M moeten even lang zijn (één score per klant)")
    index = r.index if isinstance(r, pd.Series) else None
    return pd.Series(_segments(scores["R"], scores["F"], scores["M"]), index=index, name="segment")


def _segments(r: np.ndarray, f: np.ndarray, m: np.ndarray) -> np.ndarray:
    fm = (f + m) / 2
    conditions = [
        (r >= 4) & (fm >= 4),
        (r >= 3) & (fm >= 3),
        (r >= 4),
        (r == 3),
        (fm >= 3),
        (r == 2),
    ]
    names = list(RFM_SEGMENTS)
    return np.select(conditions, names[:6], default=names[6]).astype(object)


def rfm_analysis(transactions: pd.DataFrame, reference_date: object, *, customer: str = "klant_id",
                 date: str = "datum", amount: str = "bedrag") -> pd.DataFrame:
    """RFM per customer: :func:`rfm_table` plus the scores R, F and M, the code and the segment.

    * ``R`` = :func:`quintile_scores` of recency, lower is better;
    * ``F`` and ``M`` = quintile scores of frequency and monetary, higher is better;
    * ``rfm`` = the three scores as a code, e.g. '545';
    * ``segment`` = :func:`rfm_segment`; ``actie`` = what sales does with that segment.

    Quintiles are taken over the customers that bought on or before the reference date.

    >>> log = pd.DataFrame({"klant_id": list("AABCDDDEF"),
    ...     "datum": pd.to_datetime(["2024-12-20", "2024-06-01", "2024-11-15", "2024-09-01", "2024-12-28",
    ...                              "2024-10-01", "2024-03-01", "2024-02-01", "2023-11-01"]),
    ...     "bedrag": [500.0, 700, 300, 900, 400, 600, 800, 200, 100]})
    >>> rfm_analysis(log, "2024-12-31")[["recency", "frequency", "monetary", "rfm", "segment"]]
              recency  frequency  monetary  rfm         segment
    klant_id
    A              11          2    1200.0  555      kampioenen
    B              46          1     300.0  413    veelbelovend
    C             121          1     900.0  314  aandacht nodig
    D               3          3    1800.0  555      kampioenen
    E             334          1     200.0  212         slapers
    F             426          1     100.0  111        verloren
    """
    out = rfm_table(transactions, reference_date, customer=customer, date=date, amount=amount)
    return _add_rfm(out)


def _add_rfm(out: pd.DataFrame) -> pd.DataFrame:
    out["R"] = _quintiles(out["recency"], higher_is_better=False)
    out["F"] = _quintiles(out["frequency"], higher_is_better=True)
    out["M"] = _quintiles(out["monetary"], higher_is_better=True)
    out["rfm"] = out["R"].astype(str) + out["F"].astype(str) + out["M"].astype(str)
    out["segment"] = _segments(out["R"].to_numpy(), out["F"].to_numpy(), out["M"].to_numpy())
    actions = {name: s.action for name, s in RFM_SEGMENTS.items()}
    out["actie"] = out["segment"].map(actions)
    return out


def rfm_segment_summary(rfm: pd.DataFrame) -> pd.DataFrame:
    """Customers, revenue and the action per RFM segment, in the order of :data:`RFM_SEGMENTS`.

    Columns: ``klanten``, ``aandeel_klanten`` (fraction), ``omzet`` (Σ monetary),
    ``aandeel_omzet``, ``gem_recency`` (days), ``gem_frequency`` and ``actie``. Segments
    without customers are kept with zeros, so the table always has the same rows.

    aandeel_omzet(segment) = Σ monetary of its customers / Σ monetary of all customers

    >>> log = pd.DataFrame({"klant_id": ["A", "A", "B"], "bedrag": [600.0, 300.0, 100.0],
    ...                     "datum": pd.to_datetime(["2024-12-01", "2024-11-01", "2023-01-01"])})
    >>> s = rfm_segment_summary(rfm_analysis(log, "2024-12-31"))
    >>> s.loc[["kampioenen", "verloren"], ["klanten", "omzet", "aandeel_omzet"]]
                klanten  omzet  aandeel_omzet
    segment
    kampioenen        1  900.0            0.9
    verloren          0    0.0            0.0
    """
    if not isinstance(rfm, pd.DataFrame) or not {"segment", "monetary", "recency", "frequency"} <= set(rfm.columns):
        raise SalesbookError("geef de tabel van rfm_analysis() (met de kolommen segment, monetary, recency en frequency)")
    names = list(RFM_SEGMENTS)
    g = rfm.groupby("segment", observed=True)
    out = pd.DataFrame({
        "klanten": g.size(),
        "omzet": g["monetary"].sum(),
        "gem_recency": g["recency"].mean(),
        "gem_frequency": g["frequency"].mean(),
    }).reindex(names)
    out["klanten"] = out["klanten"].fillna(0).astype("int64")
    out["omzet"] = out["omzet"].fillna(0.0)
    out["aandeel_klanten"] = out["klanten"] / max(len(rfm), 1)
    total = rfm["monetary"].sum()
    out["aandeel_omzet"] = out["omzet"] / total if total else 0.0
    out["actie"] = [RFM_SEGMENTS[n].action for n in names]
    out.index.name = "segment"
    return out[["klanten", "aandeel_klanten", "omzet", "aandeel_omzet", "gem_recency", "gem_frequency", "actie"]]


def yearly_retention(transactions: pd.DataFrame, *, customer: str = "klant_id", date: str = "datum") -> pd.DataFrame:
    """Klantretentie per year from the transaction log: who bought last year and again this year?

    A customer is active in a calendar year when he has at least one transaction in it. For
    every year y after the first:

        retentie_y = |active in y−1 and in y| / |active in y−1|

    Columns: ``actief_vorig_jaar``, ``behouden``, ``retentie`` (fraction), indexed by year.
    Vectorised: one drop_duplicates over (customer, year) pairs.

    >>> log = pd.DataFrame({"klant_id": list("ABCABD"),
    ...     "datum": pd.to_datetime(["2023-01-05", "2023-02-01", "2023-03-01", "2024-01-05", "2024-05-01", "2024-06-01"])})
    >>> yearly_retention(log)
          actief_vorig_jaar  behouden  retentie
    jaar
    2024                  3         2  0.666667
    """
    tx = _transactions(transactions, customer, date)
    codes, _ = pd.factorize(tx[customer])
    if (codes < 0).any():
        raise SalesbookError(f"{customer} is leeg in transactierij {int(np.argmax(codes < 0)) + 1}: "
                             "elke transactie hoort bij een klant")
    pairs = pd.DataFrame({"klant": codes, "jaar": tx[date].dt.year.to_numpy()}).drop_duplicates()
    years = np.sort(pairs["jaar"].unique())
    if len(years) < 2:
        raise SalesbookError("voor klantretentie zijn transacties uit minstens twee opeenvolgende jaren nodig "
                             f"(kreeg alleen {', '.join(map(str, years))})")
    active = pairs.groupby("jaar").size()
    shifted = pairs.assign(jaar=pairs["jaar"] + 1)
    kept = pairs.merge(shifted, on=["klant", "jaar"]).groupby("jaar").size()
    out = pd.DataFrame({"actief_vorig_jaar": active.shift(1)}, index=pd.Index(years[1:], name="jaar"))
    out["actief_vorig_jaar"] = active.reindex(years[1:] - 1).to_numpy()
    out["behouden"] = kept.reindex(years[1:], fill_value=0).to_numpy()
    out["retentie"] = out["behouden"] / out["actief_vorig_jaar"]
    return out.astype({"actief_vorig_jaar": "int64", "behouden": "int64"})


def _clv_columns(out: pd.DataFrame, years: float, multiple: float, acquisition_cost: float) -> None:
    out["marge_per_jaar"] = out["marge"] / years
    out["clv"] = out["marge_per_jaar"] * multiple - acquisition_cost


def customer_clv(
    transactions: pd.DataFrame,
    retention: float,
    discount_rate: float,
    *,
    years: float,
    acquisition_cost: float = 0.0,
    first_margin_now: bool = False,
    customer: str = "klant_id",
    margin: str = "brutomarge",
) -> pd.DataFrame:
    """CLV per customer from the transaction log: average yearly margin × margin multiple.

    For every customer with margin M over an observation period of ``years`` years:

        marge_per_jaar = M / years,   CLV = marge_per_jaar · r / (1 + d − r) − AC

    (or with (1 + d) in the numerator when ``first_margin_now``), the model of :func:`clv`
    with one retention rate r and discount rate d for all customers. ``years`` is the length
    of the period the log covers (3 for 2022–2024): a customer who only started recently is
    undervalued, because his margin is spread over the whole period. Sorted by CLV, highest
    first. One groupby (vectorised).

    >>> log = pd.DataFrame({"klant_id": ["A", "A", "B"], "brutomarge": [300.0, 600.0, 450.0],
    ...                     "datum": pd.to_datetime(["2022-05-01", "2024-05-01", "2023-01-01"])})
    >>> customer_clv(log, 0.8, 0.1, years=3)[["marge", "marge_per_jaar", "clv"]]   # 300 · 0.8/0.3 = 800
               marge  marge_per_jaar    clv
    klant_id
    A          900.0           300.0  800.0
    B          450.0           150.0  400.0
    """
    multiple = margin_multiple(retention, discount_rate, first_margin_now=first_margin_now)
    span = validation.positive(years, "aantal jaren")
    ac = validation.positive(acquisition_cost, ACQUISITION, allow_zero=True)
    tx = _transactions(transactions, customer, amounts=[margin])
    out = _per_customer(tx, customer, {"marge": margin})[["marge"]]
    _clv_columns(out, span, multiple, ac)
    return out.sort_values("clv", ascending=False, kind="stable")


# --- § 5.2 lead scoring ---------------------------------------------------------------------------

CONVERTED_STAGES = ("klant", "trouwe klant")
LEAD_COLUMNS = ("bron", "medewerkers", "websitebezoeken", "downloads", "demo_aangevraagd")


@dataclass(frozen=True)
class LeadScoring:
    """A transparent points model for leads: points per characteristic, and a threshold.

    * ``source_points``: points per bron (a source that is not listed gets 0);
    * ``size_points``: (minimum number of employees, points) pairs, ascending from 0: a lead
      gets the points of the last pair whose minimum it reaches;
    * ``points_per_visit`` per website visit, at most ``max_visit_points`` in total;
    * ``points_per_download`` per download (whitepaper, brochure), at most ``max_download_points``;
    * ``demo_points`` when the lead asked for a demo;
    * ``threshold``: a lead with at least this score is *sales-ready* and goes to a salesperson.
    """

    source_points: Mapping[str, float] = field(default_factory=lambda: {
        "doorverwijzing": 20, "beurs": 15, "website": 10, "social selling": 5, "koude acquisitie": 0})
    size_points: tuple[tuple[int, float], ...] = ((0, 0), (10, 5), (50, 10), (250, 15))
    points_per_visit: float = 2
    max_visit_points: float = 20
    points_per_download: float = 5
    max_download_points: float = 15
    demo_points: float = 20
    threshold: float = 40

    def max_score(self) -> float:
        """The highest score a lead can get under this model."""
        return (max(self.source_points.values(), default=0) + max(p for _, p in self.size_points)
                + self.max_visit_points + self.max_download_points + self.demo_points)


def _check_scoring(scoring: object) -> LeadScoring:
    if not isinstance(scoring, LeadScoring):
        raise SalesbookError(f"het scoremodel moet een LeadScoring zijn (kreeg {type(scoring).__name__})")
    if not isinstance(scoring.source_points, Mapping):
        raise SalesbookError("punten per bron moet een dict {bron: punten} zijn")
    for source, points in scoring.source_points.items():
        validation.number(points, f"punten voor bron '{source}'")
    bounds = list(scoring.size_points)
    if not bounds or any(not isinstance(b, (tuple, list)) or len(b) != 2 for b in bounds):
        raise SalesbookError("punten per bedrijfsgrootte moet een reeks paren (minimum medewerkers, punten) zijn")
    lows = [validation.count(low, "minimum aantal medewerkers") for low, _ in bounds]
    if lows[0] != 0 or any(b <= a for a, b in zip(lows, lows[1:])):
        raise SalesbookError(f"de minima van de bedrijfsgrootte moeten bij 0 beginnen en oplopen (kreeg {lows})")
    for low, points in bounds:
        validation.number(points, f"punten vanaf {low} medewerkers")
    for name, label in (("points_per_visit", "punten per websitebezoek"), ("max_visit_points", "maximum punten voor websitebezoeken"),
                        ("points_per_download", "punten per download"), ("max_download_points", "maximum punten voor downloads"),
                        ("demo_points", "punten voor een demo-aanvraag")):
        validation.positive(getattr(scoring, name), label, allow_zero=True)
    validation.number(scoring.threshold, "drempel voor sales-ready")
    return scoring


def _demo(values: pd.Series) -> np.ndarray:
    """A demo request as True/False from ja/nee, True/False or 1/0."""
    if pd.api.types.is_bool_dtype(values.dtype):
        return values.to_numpy(dtype=bool)
    if pd.api.types.is_numeric_dtype(values.dtype):
        numbers = values.to_numpy(dtype=float, na_value=np.nan)
        _first_bad(values.astype(float), ~np.isin(numbers, [0, 1]), "demo_aangevraagd", "moet 'ja' of 'nee' (of 1 of 0) zijn")
        return numbers == 1
    text = values.astype(str).str.strip().str.lower()
    bad = ~text.isin(["ja", "nee", "true", "false"]).to_numpy()
    if bad.any():
        i = int(np.argmax(bad))
        raise SalesbookError(f"{_label(values.index, i, 'demo_aangevraagd')} moet 'ja' of 'nee' zijn "
                             f"(kreeg {validation._show(values.iloc[i])})")
    return text.isin(["ja", "true"]).to_numpy()


def lead_scores(leads: pd.DataFrame, scoring: LeadScoring | None = None) -> pd.DataFrame:
    """The score of every lead under a points model, and whether it is sales-ready.

    score = punten_bron + punten_omvang + min(bezoeken · p_bezoek, max_bezoek)
            + min(downloads · p_download, max_download) + demo · p_demo

    Columns: one per characteristic (``punten_bron``, ``punten_omvang``, ``punten_bezoeken``,
    ``punten_downloads``, ``punten_demo``), ``score`` and ``sales_ready`` (score ≥ threshold).
    ``leads`` needs the columns bron, medewerkers, websitebezoeken, downloads (whole numbers
    ≥ 0) and demo_aangevraagd ('ja'/'nee'); the index is kept. Vectorised.

    >>> lead = pd.DataFrame({"bron": ["beurs"], "medewerkers": [120], "websitebezoeken": [4],
    ...                      "downloads": [1], "demo_aangevraagd": ["ja"]})
    >>> s = lead_scores(lead)
    >>> s.iloc[0, :6].astype(float).tolist(), bool(s["sales_ready"].iloc[0])   # 15 + 10 + 8 + 5 + 20 = 58 ≥ 40
    ([15.0, 10.0, 8.0, 5.0, 20.0, 58.0], True)
    """
    model = _check_scoring(scoring if scoring is not None else LeadScoring())
    if not isinstance(leads, pd.DataFrame):
        raise SalesbookError(f"de leads moeten een tabel (DataFrame) zijn (kreeg {type(leads).__name__})")
    missing = [c for c in LEAD_COLUMNS if c not in leads.columns]
    if missing:
        raise SalesbookError(f"de leads missen de kolom(men) {', '.join(missing)}; nodig zijn: {', '.join(LEAD_COLUMNS)}")
    counts = {}
    for col in ("medewerkers", "websitebezoeken", "downloads"):
        s = _series(leads[col], col, min_length=0)
        _first_bad(s, ((s < 0) | (s != np.floor(s))).to_numpy(), col, "moet een geheel getal van minstens 0 zijn")
        counts[col] = s.to_numpy()
    out = pd.DataFrame(index=leads.index)
    out["punten_bron"] = leads["bron"].map(dict(model.source_points)).astype(float).fillna(0.0).to_numpy()
    lows = np.array([low for low, _ in model.size_points], dtype=float)
    points = np.array([p for _, p in model.size_points], dtype=float)
    out["punten_omvang"] = points[np.searchsorted(lows, counts["medewerkers"], side="right") - 1]
    out["punten_bezoeken"] = np.minimum(counts["websitebezoeken"] * model.points_per_visit, model.max_visit_points)
    out["punten_downloads"] = np.minimum(counts["downloads"] * model.points_per_download, model.max_download_points)
    out["punten_demo"] = np.where(_demo(leads["demo_aangevraagd"]), float(model.demo_points), 0.0)
    out["score"] = out.sum(axis=1)
    out["sales_ready"] = out["score"] >= model.threshold
    return out


def converted(stages_reached: object) -> pd.Series:
    """True for a lead that became a customer (its furthest stage is klant or trouwe klant).

    >>> converted(pd.Series(["hot", "klant", "trouwe klant"])).tolist()
    [False, True, True]
    """
    if isinstance(stages_reached, pd.DataFrame):
        raise SalesbookError("de fasen moeten één reeks zijn (bijvoorbeeld leads['fase']), geen tabel")
    lead_funnel(stages_reached)  # validates the stage names
    stages = pd.Series(stages_reached) if not isinstance(stages_reached, pd.Series) else stages_reached  # validates the stage names
    return stages.isin(CONVERTED_STAGES)


def _scores_and_outcomes(scores: object, outcomes: object) -> tuple[pd.Series, np.ndarray]:
    s = _series(scores, "scores")
    if isinstance(outcomes, (str, bytes)) or not isinstance(outcomes, Iterable):
        raise SalesbookError(f"klant geworden moet een reeks True/False zijn (kreeg {validation._show(outcomes)})")
    y = pd.Series(outcomes if isinstance(outcomes, pd.Series) else list(outcomes))
    if len(y) != len(s):
        raise SalesbookError(f"scores en klant geworden moeten even lang zijn (kreeg {len(s)} en {len(y)})")
    if not pd.api.types.is_bool_dtype(y.dtype):
        raise SalesbookError("klant geworden moet True/False per lead zijn, bijvoorbeeld converted(leads['fase'])")
    return s, y.to_numpy(dtype=bool)


def lead_score_bands(scores: object, outcomes: object, *, width: float = 10) -> pd.DataFrame:
    """Conversion per score band: does a higher score mean a higher chance to become a customer?

    The scores are cut into bands of ``width`` points ([0, 10), [10, 20) …). Per band:
    ``leads``, ``klanten`` (leads that converted), ``conversie`` = klanten / leads and
    ``ondergrens`` (the lowest score of the band). A good scoring model shows conversion
    rising from band to band. Empty bands between the lowest and highest score are kept.

    >>> lead_score_bands([5, 12, 18, 25, 27], [False, False, True, True, True], width=10)
           leads  klanten  conversie  ondergrens
    score
    0–9        1        0        0.0         0.0
    10–19      2        1        0.5        10.0
    20–29      2        2        1.0        20.0
    """
    s, y = _scores_and_outcomes(scores, outcomes)
    step = validation.positive(width, "breedte van een scoreklasse")
    band = np.floor(s.to_numpy() / step + _EPS).astype("int64")
    frame = pd.DataFrame({"band": band, "klant": y})
    grouped = frame.groupby("band").agg(leads=("klant", "size"), klanten=("klant", "sum"))
    grouped = grouped.reindex(range(int(band.min()), int(band.max()) + 1), fill_value=0)
    low = grouped.index.to_numpy() * step
    whole = float(step).is_integer()
    labels = [f"{_band_number(lo)}–{_band_number(lo + step - (1 if whole else 0))}" for lo in low]
    out = pd.DataFrame({"leads": grouped["leads"].astype("int64").to_numpy(),
                        "klanten": grouped["klanten"].astype("int64").to_numpy()},
                       index=pd.Index(labels, name="score"))
    out["conversie"] = (out["klanten"] / out["leads"].where(out["leads"] > 0)).astype(float)
    out["ondergrens"] = low.astype(float)
    return out


def _band_number(value: float) -> str:
    """A band bound for a label: 10 or 2,5 (Dutch decimal comma)."""
    return f"{value:g}".replace(".", ",")


@dataclass(frozen=True)
class LeadScoringQuality:
    """How well a threshold separates leads that became customers from the others.

    Shares and conversion rates are fractions; ``conversion_ready`` or ``conversion_other``
    is None when that group is empty. ``lift`` = conversion of sales-ready leads ÷ overall
    conversion; ``captured`` = the share of all new customers that came from sales-ready leads;
    ``auc`` = the chance that a random converted lead scores higher than a random other lead
    (0.5 = no better than chance, 1 = perfect separation; ties count half).
    """

    leads: int
    sales_ready: int
    share_ready: float
    conversion_all: float
    conversion_ready: float | None
    conversion_other: float | None
    lift: float | None
    captured: float | None
    auc: float | None


def lead_scoring_quality(scores: object, outcomes: object, threshold: float) -> LeadScoringQuality:
    """Share of sales-ready leads and their conversion against the others, lift, capture and AUC.

    With R the sales-ready leads (score ≥ threshold) and K the leads that became customers:

    * conversie sales-ready = |R ∩ K| / |R|; conversie overige = |K \\ R| / |not R|;
    * lift = conversie sales-ready / (|K| / n);   gevangen = |R ∩ K| / |K|;
    * AUC = (Σ rank of the converted leads − |K|(|K|+1)/2) / (|K| · (n − |K|)), with average
      ranks for ties (the Mann–Whitney statistic).

    >>> q = lead_scoring_quality([10, 20, 30, 40, 60, 70], [False, False, True, False, True, True], 50)
    >>> q.share_ready, q.conversion_ready, q.conversion_other, round(q.lift, 2), round(q.captured, 3), round(q.auc, 3)
    (0.3333333333333333, 1.0, 0.25, 2.0, 0.667, 0.889)
    """
    s, y = _scores_and_outcomes(scores, outcomes)
    limit = validation.number(threshold, "drempel voor sales-ready")
    ready = s.to_numpy() >= limit
    n, k, r = len(s), int(y.sum()), int(ready.sum())
    hits = int((ready & y).sum())
    overall = k / n
    conv_ready = hits / r if r else None
    conv_other = (k - hits) / (n - r) if n - r else None
    auc = None
    if 0 < k < n:
        ranks = s.rank(method="average").to_numpy()
        auc = float((ranks[y].sum() - k * (k + 1) / 2) / (k * (n - k)))
    return LeadScoringQuality(
        leads=n, sales_ready=r, share_ready=r / n, conversion_all=overall, conversion_ready=conv_ready,
        conversion_other=conv_other, lift=conv_ready / overall if conv_ready is not None and overall else None,
        captured=hits / k if k else None, auc=auc,
    )


# --- all per-customer analyses in one pass (RFM + ABC + pyramid + CLV) ---------------------------

def customer_analysis(
    transactions: pd.DataFrame,
    reference_date: object,
    *,
    retention: float,
    discount_rate: float,
    years: float,
    acquisition_cost: float = 0.0,
    first_margin_now: bool = False,
    thresholds: Sequence[float] = (0.8, 0.95),
    layers: Sequence[tuple[str, float]] = PYRAMID_LAYERS,
    customer: str = "klant_id",
    date: str = "datum",
    amount: str = "bedrag",
    margin: str = "brutomarge",
) -> pd.DataFrame:
    """One row per customer with RFM, ABC class, pyramid layer and CLV, from one groupby.

    Only transactions on or before ``reference_date`` count. The columns are those of
    :func:`rfm_analysis` (recency, frequency, monetary, R, F, M, rfm, segment, actie), plus

    * ``marge``: the sum of ``margin``;
    * ``aandeel`` and ``cum_aandeel``: share of revenue and cumulative share, and ``abc``:
      the class of :func:`abc_analysis` on revenue (monetary) with ``thresholds``;
    * ``piramide``: the layer of :func:`pyramid_layer` on revenue;
    * ``marge_per_jaar`` and ``clv``: as :func:`customer_clv` with ``years`` years.

    Sorted by revenue, largest first. Vectorised throughout: one groupby over the log, then
    rank, cumsum and select over the customers, so a log of a million rows takes about a
    second.

    >>> log = pd.DataFrame({"klant_id": ["A", "B", "A", "C"], "bedrag": [600.0, 300.0, 200.0, 100.0],
    ...     "brutomarge": [150.0, 90.0, 50.0, 30.0],
    ...     "datum": pd.to_datetime(["2024-11-01", "2024-06-01", "2023-02-01", "2022-03-01"])})
    >>> customer_analysis(log, "2024-12-31", retention=0.8, discount_rate=0.1, years=3)[
    ...     ["monetary", "cum_aandeel", "abc", "segment", "clv"]].round(2)
              monetary  cum_aandeel abc     segment     clv
    klant_id
    A            800.0         0.67   A      kampioenen  177.78
    B            300.0         0.92   B  loyale klanten   80.00
    C            100.0         1.00   C         slapers   26.67
    """
    multiple = margin_multiple(retention, discount_rate, first_margin_now=first_margin_now)
    span = validation.positive(years, "aantal jaren")
    ac = validation.positive(acquisition_cost, ACQUISITION, allow_zero=True)
    a, b = _thresholds(thresholds)
    spec = _layers(layers)
    ref = _timestamp(reference_date, "peildatum")
    tx = _transactions(transactions, customer, date, [amount, margin])
    out = _per_customer(tx, customer, {"monetary": amount, "marge": margin}, datum=date, reference=ref)
    out["recency"] = (ref - out["laatste_aankoop"]).dt.days.astype("int64")
    _first_bad(out["monetary"], (out["monetary"] < 0).to_numpy(), "omzet per klant", "mag niet negatief zijn")
    _add_rfm(out)
    abc = _abc(out["monetary"], a, b)
    out = out.reindex(abc.index)
    out["aandeel"] = abc["share"]
    out["cum_aandeel"] = abc["cum_share"]
    out["abc"] = abc["class"]
    out["piramide"] = _pyramid_layer(out["monetary"], spec)
    _clv_columns(out, span, multiple, ac)
    return out
