"""Value disciplines and generic strategies (chapter 2): a short diagnostic with its consequence for Verkoop.

Treacy and Wiersema argue that a market leader excels in one of three value disciplines and stays
at an acceptable threshold level in the other two: operational excellence (the lowest total cost
to the customer, easy buying), customer intimacy (solutions tailored to a customer one knows
well) and product leadership (the best, newest product). Porter's generic strategies say the same
from the side of competition: cost leadership, differentiation, or either of them aimed at a
focus segment. The discipline a company chooses shapes the sales approach (§ 2.1.2).

The diagnostic: a planner scores statements per discipline on a scale (1–5); the mean per
discipline shows the leading one, whether the lead is clear, and which disciplines fall under the
threshold. The consequences are keys (:data:`PORTER`, :data:`SALES_APPROACH`); the view explains them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from salesbook import validation
from salesbook.errors import SalesbookError

DISCIPLINES = ("operational excellence", "customer intimacy", "product leadership")

#: The generic strategy of Porter that fits each discipline.
PORTER = {
    "operational excellence": "kostenleiderschap",
    "customer intimacy": "differentiatie (vaak met focus)",
    "product leadership": "differentiatie",
}

#: The sales approaches of § 2.1.2 that fit each discipline (keys, best fit first).
SALES_APPROACH = {
    "operational excellence": ("transactiegericht verkopen",),
    "customer intimacy": ("accountmanagement", "team selling"),
    "product leadership": ("systeemverkoop", "team selling"),
}

SCALE = (1.0, 5.0)
MARGIN = 0.5        # a lead of at least half a point counts as a clear choice
THRESHOLD = 3.0     # a mean below 3 on 1–5: under the threshold level


@dataclass(frozen=True)
class DisciplineProfile:
    means: dict[str, float]              # per discipline
    leading: str                         # the discipline with the highest mean (first on a tie)
    lead: float                          # leading mean − second-highest mean
    clear: bool                          # lead ≥ margin
    below_threshold: tuple[str, ...]     # disciplines with a mean under the threshold
    porter: str                          # PORTER[leading]
    sales_approaches: tuple[str, ...]    # SALES_APPROACH[leading]


def value_discipline(scores: Mapping[str, Sequence[float]], *, scale: tuple[float, float] = SCALE,
                     margin: float = MARGIN, threshold: float = THRESHOLD) -> DisciplineProfile:
    """The leading value discipline from statement scores.

    mean_d = Σ scores_d / n_d per discipline d; leading = argmax mean (first of DISCIPLINES on a
    tie); lead = mean_leading − the second-highest mean; clear when lead ≥ margin; below threshold:
    every discipline with mean < threshold.

    Source: Treacy & Wiersema (1993), "Customer intimacy and other value disciplines", Harvard
      Business Review; Porter (1980), Competitive Strategy; as in Rustenburg & Steenbeek, H2
      (concurrentie- en klantwaardestrategieën). The scoring rule and its cut-offs are the pack's own.

    >>> p = value_discipline({"operational excellence": [4, 5], "customer intimacy": [3, 3],
    ...                       "product leadership": [2, 3]})
    >>> p.leading, p.lead, p.clear, p.below_threshold      # 4,5 − 3,0; 2,5 < 3
    ('operational excellence', 1.5, True, ('product leadership',))
    """
    if not isinstance(scores, Mapping):
        raise SalesbookError(f"scores moet een verzameling zijn van waardediscipline naar scores (kreeg {scores!r})")
    missing = [d for d in DISCIPLINES if d not in scores]
    unknown = [d for d in scores if d not in DISCIPLINES]
    if unknown:
        raise SalesbookError(f"onbekende waardediscipline {unknown[0]!r}; kies uit {', '.join(DISCIPLINES)}")
    if missing:
        raise SalesbookError(f"scores mist de waardediscipline(s): {', '.join(missing)}")
    low, high = validation.scale(scale, "schaal")
    gap = validation.positive(margin, "marge", allow_zero=True)
    floor = validation.in_range(threshold, "drempelniveau", low, high)
    means = {}
    for d in DISCIPLINES:
        values = validation.numbers(scores[d], f"scores van {d}")
        for i, v in enumerate(values):
            validation.in_range(v, f"scores van {d}[{i}]", low, high)
        means[d] = math.fsum(values) / len(values)
    ranked = sorted(DISCIPLINES, key=lambda d: (-means[d], DISCIPLINES.index(d)))
    leading = ranked[0]
    lead = means[leading] - means[ranked[1]]
    below = tuple(d for d in DISCIPLINES if means[d] < floor)
    return DisciplineProfile(means, leading, lead, lead >= gap - 1e-12, below, PORTER[leading], SALES_APPROACH[leading])
