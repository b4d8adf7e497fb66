"""Customer lifetime value (CLV): the value of one customer over the periods he stays.

The classic infinite-horizon model with a constant margin ``m`` per period, a constant
retention rate ``r`` (the share of customers that stays one more period) and a discount rate
``d`` per period:

* :func:`clv` — the present value of a customer's margins minus the acquisition cost;
* :func:`margin_multiple` — the factor that turns one period's margin into a CLV;
* :func:`expected_lifetime` — the expected number of periods a customer stays, 1/(1−r).

The contract names these under :mod:`salesbook.customers`, which re-exports them. The retention
economics built on them live in :mod:`salesbook.retention`. Rates are fractions (0.8, not 80).
"""

from __future__ import annotations

from salesbook import validation
from salesbook.errors import SalesbookError

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 and H9 (customer lifetime value); Gupta &
      Lehmann, Managing Customers as Investments (2005).

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 and H9 (customer lifetime value); Gupta &
      Lehmann, Managing Customers as Investments (2005).

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 and H9 (customer lifetime value); Gupta &
      Lehmann, Managing Customers as Investments (2005).

    >>> expected_lifetime(0.8)
    5.0
    """
    r = _retention(retention)
    return 1 / (1 - r)


