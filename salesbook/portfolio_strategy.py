"""The BCG portfolio (chapter 2): market growth against relative market share per business unit.

A unit (a product group in a country, say) gets a quadrant from two numbers: the growth of its
market per year and its relative market share, the own share divided by the share of the largest
competitor (:func:`salesbook.strategy.relative_market_share`). The cut-offs are parameters: the
classic matrix of the Boston Consulting Group draws the lines at 10% growth and a relative share of
1, but in a mature market such as technical wholesale hardly any market grows by 10%, and a planner
may choose a lower growth line. What a quadrant asks of the sales effort is given as keys
(:data:`SALES_EFFORT`); the view layer explains them in words.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from salesbook import validation
from salesbook.errors import SalesbookError
from salesbook.strategy import relative_market_share

QUADRANTS = ("ster", "vraagteken", "melkkoe", "hond")
"""The four positions: high growth with a high share (ster), high growth with a low share
(vraagteken), low growth with a high share (melkkoe), low growth with a low share (hond)."""

GROWTH_CUTOFF = 0.10
SHARE_CUTOFF = 1.0

#: Per quadrant the usual portfolio strategy and what it asks of the sales effort (keys; the view
#: explains them): ster → behouden (hold the lead while the market grows: more sales capacity),
#: vraagteken → opbouwen of afstoten (invest selectively in the units that can become a star),
#: melkkoe → behouden en oogsten (serve the existing customers efficiently, defend the margin),
#: hond → oogsten of afstoten (minimal sales effort, or a niche).
SALES_EFFORT: dict[str, tuple[str, str]] = {
    "ster": ("behouden", "capaciteit_uitbreiden"),
    "vraagteken": ("opbouwen_of_afstoten", "selectief_investeren"),
    "melkkoe": ("oogsten", "efficient_bedienen"),
    "hond": ("afstoten_of_niche", "minimale_inzet"),
}


def bcg_quadrant(market_growth: float, relative_share: float, *, growth_cutoff: float = GROWTH_CUTOFF,
                 share_cutoff: float = SHARE_CUTOFF) -> str:
    """The BCG quadrant of one unit.

    high growth: market_growth ≥ growth_cutoff; high share: relative_share ≥ share_cutoff.
    ster = high/high, vraagteken = high growth/low share, melkkoe = low growth/high share,
    hond = low/low. A unit exactly on a line counts as high.

    Source: Boston Consulting Group (Henderson, 1970), the growth-share matrix; placed with
      Rustenburg & Steenbeek, H2 by the pack, to make the step from corporate strategy to sales
      strategy (§ 2.3) concrete (the reconstructed contents do not list it).

    >>> bcg_quadrant(0.09, 2.4)                        # 9% < 10%, 2,4 ≥ 1
    'melkkoe'
    >>> bcg_quadrant(0.09, 0.3, growth_cutoff=0.05)    # 9% ≥ 5%, 0,3 < 1
    'vraagteken'
    """
    growth = validation.rate(market_growth, "marktgroei")
    share = validation.positive(relative_share, "relatief marktaandeel", allow_zero=True)
    g_cut = validation.rate(growth_cutoff, "grens marktgroei")
    s_cut = validation.positive(share_cutoff, "grens relatief marktaandeel")
    high_growth, high_share = growth >= g_cut, share >= s_cut
    if high_growth:
        return "ster" if high_share else "vraagteken"
    return "melkkoe" if high_share else "hond"


@dataclass(frozen=True)
class PortfolioUnit:
    """One unit of the portfolio with the numbers behind its position."""

    name: str
    revenue: float               # own revenue (euro per year): the size of the bubble
    market_growth: float         # fraction per year
    market_share: float          # own share of the market, fraction
    competitor_share: float      # share of the largest competitor, fraction
    relative_share: float        # market_share / competitor_share
    quadrant: str                # one of QUADRANTS
    strategy: str                # SALES_EFFORT[quadrant][0]
    sales_effort: str            # SALES_EFFORT[quadrant][1]


@dataclass(frozen=True)
class Portfolio:
    """The units with their quadrants, the cut-offs used and the revenue per quadrant."""

    units: tuple[PortfolioUnit, ...]
    growth_cutoff: float
    share_cutoff: float
    revenue_by_quadrant: dict[str, float]      # every quadrant, 0 when empty
    revenue_share_by_quadrant: dict[str, float]

    def unit(self, name: str) -> PortfolioUnit:
        """The unit called ``name``."""
        for u in self.units:
            if u.name == name:
                return u
        raise SalesbookError(f"eenheid {name!r} staat niet in de portfolio (wel: {', '.join(u.name for u in self.units)})")


_FIELDS = ("omzet", "marktgroei", "marktaandeel", "grootste_concurrent")


def bcg_portfolio(units: Mapping[str, Mapping[str, float]], *, growth_cutoff: float = GROWTH_CUTOFF,
                  share_cutoff: float = SHARE_CUTOFF) -> Portfolio:
    """Place every unit in the BCG matrix.

    ``units`` maps a name to ``{"omzet": euro, "marktgroei": fraction, "marktaandeel": fraction,
    "grootste_concurrent": fraction}``. Per unit: relatief marktaandeel = marktaandeel /
    grootste_concurrent; quadrant by :func:`bcg_quadrant`; the revenue per quadrant is the sum of
    its units' omzet, and its share that sum / total omzet.

    Source: Boston Consulting Group (Henderson, 1970), the growth-share matrix, placed with
      Rustenburg & Steenbeek, H2 by the pack; the revenue per quadrant is the pack's own addition.

    >>> p = bcg_portfolio({"A": {"omzet": 30, "marktgroei": 0.02, "marktaandeel": 0.12, "grootste_concurrent": 0.10},
    ...                    "B": {"omzet": 10, "marktgroei": 0.12, "marktaandeel": 0.02, "grootste_concurrent": 0.18}})
    >>> [(u.name, round(u.relative_share, 2), u.quadrant) for u in p.units]   # 0,12/0,10; 0,02/0,18
    [('A', 1.2, 'melkkoe'), ('B', 0.11, 'vraagteken')]
    >>> p.revenue_share_by_quadrant["melkkoe"]                                # 30 / 40
    0.75
    """
    if not isinstance(units, Mapping) or not units:
        raise SalesbookError(f"eenheden moet een niet-lege verzameling zijn van naam naar gegevens (kreeg {units!r})")
    g_cut = validation.rate(growth_cutoff, "grens marktgroei")
    s_cut = validation.positive(share_cutoff, "grens relatief marktaandeel")
    placed = []
    for name, facts in units.items():
        if not isinstance(facts, Mapping):
            raise SalesbookError(f"de gegevens van eenheid {name!r} moeten een verzameling zijn met "
                                 f"{', '.join(_FIELDS)} (kreeg {facts!r})")
        missing = [f for f in _FIELDS if f not in facts]
        if missing:
            raise SalesbookError(f"eenheid {name!r} mist: {', '.join(missing)}")
        revenue = validation.positive(validation._plain(facts["omzet"]), f"omzet van {name}", allow_zero=True)
        growth = validation.rate(validation._plain(facts["marktgroei"]), f"marktgroei van {name}")
        own = validation.fraction(validation._plain(facts["marktaandeel"]), f"marktaandeel van {name}")
        rival = validation.fraction(validation._plain(facts["grootste_concurrent"]),
                                    f"aandeel grootste concurrent van {name}")
        relative = relative_market_share(own, [rival])
        quadrant = bcg_quadrant(growth, relative, growth_cutoff=g_cut, share_cutoff=s_cut)
        strategy, effort = SALES_EFFORT[quadrant]
        placed.append(PortfolioUnit(str(name), revenue, growth, own, rival, relative, quadrant, strategy, effort))
    by_quadrant = {q: math.fsum(u.revenue for u in placed if u.quadrant == q) for q in QUADRANTS}
    total = math.fsum(by_quadrant.values())
    shares = {q: (v / total if total > 0 else 0.0) for q, v in by_quadrant.items()}
    return Portfolio(tuple(placed), g_cut, s_cut, by_quadrant, shares)
