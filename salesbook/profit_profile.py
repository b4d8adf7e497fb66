"""Chapter 9, retention economics: the profit profile of one customer (Reichheld & Sasser 1990).

Why a customer who stays longer earns more, and what a few points less defection (klantverloop)
are worth. Reichheld & Sasser ("Zero Defections: Quality Comes to Services", Harvard Business
Review, Sept–Oct 1990) split the profit of one customer by year of tenure into a base profit and
four sources that grow with the relationship: extra purchases (omzetgroei), lower cost to serve
(kostenbesparing), referrals (aanbevelingen) and a price premium (prijspremie); the acquisition
cost comes first. This turns that profile into numbers:

* :func:`defection_rate` — klantverloop 1 − r; the lifetime 1/(1 − r) is
  :func:`salesbook.lifetime_value.expected_lifetime`;
* :class:`ProfitProfile` and :func:`profit_by_year` — profit per year of tenure, by source;
* :func:`customer_value` — the discounted value of one new customer over his expected lifetime
  (built on :func:`salesbook.finance.npv` and :func:`salesbook.lifetime_value.clv`);
* :func:`profit_per_customer_year` — the average net profit per customer per year in a steady
  customer base, where every defector is replaced by a new customer;
* :func:`retention_effect` — all of the above at retention r and at r + 5 points.

Every name is also available from :mod:`salesbook.retention` (where it lived first).
Rates are fractions (0.8, not 80). Invalid input raises :class:`SalesbookError` in Dutch.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from salesbook import finance, validation
from salesbook.errors import SalesbookError
from salesbook.lifetime_value import clv, expected_lifetime, margin_multiple
from salesbook.retention import raised_retention

COMPONENTS = {
    "basiswinst": "base",
    "omzetgroei": "growth",
    "kostenbesparing": "cost_savings",
    "aanbevelingen": "referrals",
    "prijspremie": "price_premium",
}


def defection_rate(retention: float) -> float:
    """Klantverloop (defection, churn): the share of customers that leaves in a year, 1 − r.

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (klantretentie); Reichheld & Sasser, 'Zero
      Defections', HBR (1990).

    >>> round(defection_rate(0.8), 10)
    0.2
    """
    expected_lifetime(retention)      # validates 0 ≤ r < 1 with the chapter-5 messages
    return 1 - float(retention)


@dataclass(frozen=True)
class ProfitProfile:
    """Profit of one customer per year of tenure (Reichheld & Sasser 1990).

    In year 1 the customer brings ``base`` (the basiswinst). Every further year of tenure adds
    ``growth`` (extra purchases), ``cost_savings`` (lower cost to serve), ``referrals`` (profit
    on customers he brings in) and ``price_premium`` (he is less price-sensitive), until the
    relationship is mature in year ``mature_after``; from then on the profit stays level:

        winst(t) = basis + min(t − 1, T − 1) · (groei + besparing + aanbevelingen + premie)

    ``acquisition_cost`` is paid once, when the customer is won. All amounts are in euros per
    year; the four increments and the acquisition cost are at least 0, ``mature_after`` (T) is
    a whole number of at least 1.
    """

    base: float
    growth: float = 0.0
    cost_savings: float = 0.0
    referrals: float = 0.0
    price_premium: float = 0.0
    acquisition_cost: float = 0.0
    mature_after: int = 5

    def __post_init__(self):
        validation.number(self.base, "basiswinst")
        for name, label in (("growth", "omzetgroei per jaar"), ("cost_savings", "kostenbesparing per jaar"),
                            ("referrals", "winst uit aanbevelingen per jaar"),
                            ("price_premium", "prijspremie per jaar"), ("acquisition_cost", "acquisitiekosten")):
            validation.positive(getattr(self, name), label, allow_zero=True)
        validation.count(self.mature_after, "jaren tot een volwassen relatie", minimum=1, maximum=validation.MAX_YEARS)

    @property
    def increment(self) -> float:
        """Extra profit per extra year of tenure (until maturity)."""
        return float(self.growth + self.cost_savings + self.referrals + self.price_premium)

    def profit(self, year: int) -> float:
        """Profit in year ``year`` of the relationship (1 = the first year).

        >>> ProfitProfile(100, growth=10, referrals=10, mature_after=3).profit(5)   # 100 + 2 · 20
        140.0
        """
        t = validation.count(year, "jaar", minimum=1)
        return float(self.base) + min(t - 1, int(self.mature_after) - 1) * self.increment


def _profile(profile: object) -> ProfitProfile:
    if not isinstance(profile, ProfitProfile):
        raise SalesbookError(f"winstprofiel moet een ProfitProfile zijn (kreeg {type(profile).__name__})")
    return profile


def profit_by_year(profile: ProfitProfile, years: int = 7) -> pd.DataFrame:
    """The profit profile as a table: one row per year of tenure, one column per source
    (basiswinst, omzetgroei, kostenbesparing, aanbevelingen, prijspremie) and the total
    ``winst``; year 0 holds the acquisition cost as a negative ``acquisitie``.

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (klantretentie); Reichheld & Sasser, 'Zero
      Defections', HBR (1990).

    >>> profit_by_year(ProfitProfile(100, growth=10, acquisition_cost=50, mature_after=2), 3)["winst"].tolist()
    [-50.0, 100.0, 110.0, 110.0]
    """
    p = _profile(profile)
    n = validation.count(years, "aantal jaren", minimum=1, maximum=validation.MAX_YEARS)
    rows = []
    for t in range(n + 1):
        grown = min(max(t - 1, 0), int(p.mature_after) - 1)
        row = {"acquisitie": -float(p.acquisition_cost) if t == 0 else 0.0,
               "basiswinst": float(p.base) if t >= 1 else 0.0}
        for label, attr in list(COMPONENTS.items())[1:]:
            row[label] = grown * float(getattr(p, attr)) if t >= 1 else 0.0
        rows.append(row)
    out = pd.DataFrame(rows, index=pd.Index(range(n + 1), name="jaar"))
    out["winst"] = out.sum(axis=1)
    return out


def customer_value(profile: ProfitProfile, retention: float, discount_rate: float) -> float:
    """The value of one new customer: his expected, discounted profits minus the acquisition cost.

    The customer is won now and brings the profit of year 1 at once; he is still a customer in
    year t with probability r^(t−1), and a profit t − 1 years away is worth 1/(1 + d)^(t−1) today
    (the same timing as :func:`salesbook.lifetime_value.clv` with ``first_margin_now=True``):

        waarde = Σ_t winst(t) · r^(t−1) / (1 + d)^(t−1) − AC

    The years before maturity T are summed with :func:`salesbook.finance.npv`; from year T on the
    profit is level, so that tail is q^(T−1) · CLV(winst(T)) with q = r / (1 + d). With a flat
    profile (no increments) the whole value is ``clv(base, r, d, first_margin_now=True) − AC``.

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (klantretentie); Reichheld & Sasser, 'Zero
      Defections', HBR (1990).

    >>> p = ProfitProfile(100, growth=20, mature_after=3)
    >>> round(customer_value(p, 0.8, 0.1), 2)   # 100 + 120 · 0.8/1.1 + (0.8/1.1)² · 140 · 1.1/0.3
    458.79
    """
    p = _profile(profile)
    defection_rate(retention)                                              # validates r
    r = float(retention)
    margin_multiple(r, discount_rate, first_margin_now=True)   # validates d with r
    d = float(discount_rate)
    T = int(p.mature_after)
    early = [p.profit(t) * r ** (t - 1) for t in range(1, T)]
    head = finance.npv(early, d) if early else 0.0
    tail = (r / (1 + d)) ** (T - 1) * clv(p.profit(T), r, d, first_margin_now=True)
    return head + tail - float(p.acquisition_cost)


def profit_per_customer_year(profile: ProfitProfile, retention: float) -> float:
    """Average net profit per customer per year in a steady customer base.

    Every year a share 1 − r of the customers leaves and is replaced by new customers, so the
    base holds customers in year t of their relationship in the proportions (1 − r) · r^(t−1).
    Their average profit, minus the acquisition cost of the (1 − r) replacements, is the
    undiscounted customer value spread over the expected lifetime 1/(1 − r):

        winst per klantjaar = (1 − r) · (Σ_t winst(t) · r^(t−1) − AC)
                            = customer_value(d = 0) / levensduur

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (klantretentie); Reichheld & Sasser, 'Zero
      Defections', HBR (1990).

    >>> round(profit_per_customer_year(ProfitProfile(100, growth=20, mature_after=3), 0.8), 2)   # 0.2·100 + 0.16·120 + 0.64·140
    128.8
    """
    p = _profile(profile)
    lifetime = expected_lifetime(retention)
    return customer_value(p, retention, 0.0) / lifetime


@dataclass(frozen=True)
class RetentionEffect:
    """One profit profile at retention r and at r + step (the fields ending in ``_raised``)."""

    retention: float
    retention_raised: float
    defection: float
    defection_raised: float
    lifetime: float
    lifetime_raised: float
    profit_per_year: float
    profit_per_year_raised: float
    value: float
    value_raised: float

    @property
    def profit_change(self) -> float | None:
        """Relative change of the net profit per customer-year (None when it was not positive)."""
        return (self.profit_per_year_raised / self.profit_per_year - 1) if self.profit_per_year > 0 else None

    @property
    def value_change(self) -> float | None:
        """Relative change of the customer value (None when it was not positive)."""
        return (self.value_raised / self.value - 1) if self.value > 0 else None


def retention_effect(profile: ProfitProfile, retention: float, discount_rate: float, *,
                     step: float = 0.05) -> RetentionEffect:
    """Lifetime, profit per customer-year and customer value at r and at r + step (in points;
    five points by default, Reichheld & Sasser's "5% fewer defections").

    Source: Rustenburg & Steenbeek, Salesmanagement, H9 (klantretentie); Reichheld & Sasser, 'Zero
      Defections', HBR (1990).

    >>> e = retention_effect(ProfitProfile(100), 0.80, 0.0, step=0.10)   # defection 20% → 10%
    >>> e.lifetime, round(e.lifetime_raised, 6), round(e.value), round(e.value_raised)   # 5 → 10 years
    (5.0, 10.0, 500, 1000)
    """
    p = _profile(profile)
    r2 = raised_retention(retention, step=step)
    r = float(retention)
    return RetentionEffect(
        retention=r, retention_raised=r2,
        defection=defection_rate(r), defection_raised=defection_rate(r2),
        lifetime=expected_lifetime(r), lifetime_raised=expected_lifetime(r2),
        profit_per_year=profit_per_customer_year(p, r), profit_per_year_raised=profit_per_customer_year(p, r2),
        value=customer_value(p, r, discount_rate), value_raised=customer_value(p, r2, discount_rate),
    )
