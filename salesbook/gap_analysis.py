"""Gap analysis with Ansoff's growth routes (chapter 2): how to close the gap between target and forecast.

The planning gap is what the company wants (the target) minus what it will get when it goes on as
it does (the forecast, chapter 4). The planner fills it through Ansoff's four routes: market
penetration (existing products, existing markets), product development, market development and
diversification. Each route gets a planned amount; because the risk rises from penetration to
diversification, a planned euro does not count as a certain euro: the expected contribution is the
planned amount times the chance that the route delivers. What is left is the gap still open.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from salesbook import validation
from salesbook.errors import SalesbookError

ROUTES = ("marktpenetratie", "productontwikkeling", "marktontwikkeling", "diversificatie")
"""Ansoff's four growth routes, from the least to the most risky."""

#: The chance that a planned euro of a route is realised: the pack's own assumptions, falling with
#: Ansoff's risk (known customers and products are the safest bet, new products for new markets the
#: least). A planner replaces them with his own estimates.
DEFAULT_SUCCESS: dict[str, float] = {
    "marktpenetratie": 0.8,
    "productontwikkeling": 0.6,
    "marktontwikkeling": 0.5,
    "diversificatie": 0.3,
}


@dataclass(frozen=True)
class GapAnalysis:
    """The gap, the planned and expected contribution per route, and what remains open."""

    target: float
    forecast: float
    gap: float                        # target − forecast (≤ 0: no gap)
    planned: dict[str, float]         # per route, euro
    success: dict[str, float]         # per route, fraction
    expected: dict[str, float]        # planned × success
    filled: float                     # Σ expected
    remaining: float                  # gap − filled (< 0: the plan overshoots the gap)
    filled_share: float               # filled / gap (0 when there is no gap)


def gap_analysis(target: float, forecast: float, planned: Mapping[str, float],
                 success: Mapping[str, float] | None = None) -> GapAnalysis:
    """Fill the planning gap through Ansoff's routes.

    gap = target − forecast; expected_r = planned_r × success_r for every route r; filled = Σ expected_r;
    remaining = gap − filled; filled_share = filled / gap. Routes missing from ``planned`` count as
    0; a route missing from ``success`` uses :data:`DEFAULT_SUCCESS`.

    Source: Ansoff (1957), "Strategies for diversification", Harvard Business Review (the four
      routes); the gap between objective and forecast links Rustenburg & Steenbeek, § 2.2 (objectives)
      and H4 (forecast); placing Ansoff in H2 and the success chances per route are the pack's own.

    >>> g = gap_analysis(100, 90, {"marktpenetratie": 5, "marktontwikkeling": 6})
    >>> g.gap, g.expected["marktontwikkeling"], g.remaining     # 100 − 90; 6 × 0,5; 10 − (4 + 3)
    (10.0, 3.0, 3.0)
    """
    goal = validation.positive(target, "doelstelling (omzet)")
    base = validation.positive(forecast, "prognose (omzet)", allow_zero=True)
    plan = _per_route(planned, "plan per groeirichting")
    chances = dict(DEFAULT_SUCCESS)
    if success is not None:
        given = _per_route(success, "slaagkans per groeirichting", fractions=True)
        chances.update({r: given[r] for r in ROUTES if r in success})
    for r in ROUTES:
        plan[r] = validation.positive(plan[r], f"plan voor {r}", allow_zero=True)
    expected = {r: plan[r] * chances[r] for r in ROUTES}
    gap = goal - base
    filled = math.fsum(expected.values())
    share = filled / gap if gap > 0 else 0.0
    return GapAnalysis(goal, base, gap, plan, chances, expected, filled, gap - filled, share)


def _per_route(values: object, what: str, *, fractions: bool = False) -> dict[str, float]:
    if not isinstance(values, Mapping):
        raise SalesbookError(f"{what} moet een verzameling zijn van groeirichting naar getal (kreeg {values!r})")
    unknown = [k for k in values if k not in ROUTES]
    if unknown:
        raise SalesbookError(f"{what}: onbekende groeirichting {unknown[0]!r}; kies uit {', '.join(ROUTES)}")
    out = {}
    for r in ROUTES:
        v = validation._plain(values.get(r, 0.0))
        out[r] = validation.fraction(v, f"slaagkans van {r}") if fractions else validation.number(v, f"plan voor {r}")
    return out
