"""The environment of sales management (chapter 3): trends scored on impact × probability, and the
five forces of the meso level.

A trend radar asks the management team two judgements per trend, each on a fixed scale
(1–5 by default): how large is the impact on the sales organisation, and how probable is it
that the trend breaks through in the planning period? Its priority is the product

    prioriteit = impact × waarschijnlijkheid

and its place in the impact × probability matrix follows from the midpoint of each scale:
high impact and high probability → ``"actie"`` (into this year's sales plan), high impact and
low probability → ``"scenario"`` (a plan B), low impact and high probability → ``"volgen"``
(absorb in the normal work), both low → ``"monitoren"``. Whether a trend is an opportunity or a
threat (``"kans"`` / ``"bedreiging"``) is the team's judgement for *this* company, given per trend.

The five forces (Porter) are scored per force on a few criteria (1–5, 5 = the force is strong, so
the market is less attractive); a force's strength is the weighted score of its criteria, and the
market's attractiveness mirrors the mean strength on the same scale: (min + max) − mean.

The scoring rules are the pack's own; the topics are the book's (H3, meso and macro level).
Models only: numbers and keys in, numbers and keys out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from salesbook import strategy, validation
from salesbook.errors import SalesbookError

DIRECTIONS = ("kans", "bedreiging")
QUADRANTS = ("actie", "scenario", "volgen", "monitoren")
FORCES = ("concurrentie", "nieuwe toetreders", "substituten", "macht afnemers", "macht leveranciers")
DEFAULT_SCALE = (1.0, 5.0)


def _on_scale(value: object, name: str, scale: tuple[float, float]) -> float:
    low, high = scale
    x = validation.number(validation._plain(value), name)
    if not low <= x <= high:
        raise SalesbookError(f"{name} moet op de schaal van {low:g} tot en met {high:g} liggen (kreeg {x:g})")
    return x


def trend_priority(impact: float, probability: float, *,
                   impact_scale: tuple[float, float] = DEFAULT_SCALE,
                   probability_scale: tuple[float, float] = DEFAULT_SCALE) -> float:
    """Priority of a trend = impact × probability, each score on its own scale.

    Source: the pack's own scoring of the impact × probability matrix (Rustenburg & Steenbeek,
      Salesmanagement, H3, trends op meso- en macroniveau, as the topic).

    >>> trend_priority(4, 5)          # 4 × 5
    20.0
    >>> trend_priority(6, 2)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: impact moet op de schaal van 1 tot en met 5 liggen (kreeg 6)
    """
    i = _on_scale(impact, "impact", validation.scale(impact_scale, "impactschaal"))
    p = _on_scale(probability, "waarschijnlijkheid", validation.scale(probability_scale, "schaal van waarschijnlijkheid"))
    return i * p


def quadrant(impact: float, probability: float, *,
             impact_scale: tuple[float, float] = DEFAULT_SCALE,
             probability_scale: tuple[float, float] = DEFAULT_SCALE) -> str:
    """The cell of the impact × probability matrix: 'actie', 'scenario', 'volgen' or 'monitoren'.

    A score is *high* when it lies above the midpoint of its scale ((min + max) / 2; on 1–5: 4
    and 5 are high, 3 is not).

    Source: the pack's own rule for the impact × probability matrix.

    >>> quadrant(5, 4), quadrant(5, 2), quadrant(2, 5), quadrant(3, 3)
    ('actie', 'scenario', 'volgen', 'monitoren')
    """
    i_scale = validation.scale(impact_scale, "impactschaal")
    p_scale = validation.scale(probability_scale, "schaal van waarschijnlijkheid")
    i = _on_scale(impact, "impact", i_scale)
    p = _on_scale(probability, "waarschijnlijkheid", p_scale)
    high_impact = i > sum(i_scale) / 2
    high_probability = p > sum(p_scale) / 2
    if high_impact:
        return "actie" if high_probability else "scenario"
    return "volgen" if high_probability else "monitoren"


@dataclass(frozen=True)
class TrendScore:
    name: str
    factor: str          # DESTEP factor or meso actor, as given
    direction: str       # 'kans' or 'bedreiging'
    impact: float
    probability: float
    priority: float      # impact × probability
    quadrant: str        # 'actie', 'scenario', 'volgen' or 'monitoren'


@dataclass(frozen=True)
class TrendRadar:
    trends: tuple[TrendScore, ...]            # highest priority first (input order on a tie)
    by_factor: dict[str, float]               # total priority per factor, in order of first appearance
    opportunities: tuple[str, ...]            # names of the opportunities, highest priority first
    threats: tuple[str, ...]                  # names of the threats, highest priority first
    balance: float                            # Σ priority of opportunities − Σ priority of threats
    max_priority: float                       # the scales' maximum product (25 on 1–5 × 1–5)


def trend_radar(trends: Mapping[str, Mapping[str, object]], *,
                impact_scale: tuple[float, float] = DEFAULT_SCALE,
                probability_scale: tuple[float, float] = DEFAULT_SCALE) -> TrendRadar:
    """Score and rank trends: priority = impact × probability, the matrix cell, kans or bedreiging.

    ``trends`` maps a trend's name to a mapping with ``impact``, ``waarschijnlijkheid``,
    ``richting`` ('kans' or 'bedreiging') and optionally ``factor`` (e.g. 'technologisch',
    'afnemers'). balans = Σ prioriteit(kansen) − Σ prioriteit(bedreigingen).

    Source: the pack's own trend radar on the topics of Rustenburg & Steenbeek, Salesmanagement,
      H3 (trends op meso- en macroniveau; kansen en bedreigingen).

    >>> r = trend_radar({"webshops": {"impact": 4, "waarschijnlijkheid": 5, "richting": "bedreiging"},
    ...                  "energietransitie": {"impact": 5, "waarschijnlijkheid": 5, "richting": "kans"}})
    >>> [(t.name, t.priority, t.quadrant) for t in r.trends], r.balance     # 25 − 20
    ([('energietransitie', 25.0, 'actie'), ('webshops', 20.0, 'actie')], 5.0)
    """
    if not isinstance(trends, Mapping) or not trends:
        raise SalesbookError(f"trends moet een niet-lege tabel van trend → scores zijn (kreeg {trends!r})")
    i_scale = validation.scale(impact_scale, "impactschaal")
    p_scale = validation.scale(probability_scale, "schaal van waarschijnlijkheid")
    scored = []
    for name, row in trends.items():
        if not isinstance(row, Mapping):
            raise SalesbookError(f"trend '{name}' moet impact, waarschijnlijkheid en richting hebben (kreeg {row!r})")
        missing = [k for k in ("impact", "waarschijnlijkheid", "richting") if k not in row]
        if missing:
            raise SalesbookError(f"trend '{name}' mist: {', '.join(missing)}")
        impact = _on_scale(row["impact"], f"impact van '{name}'", i_scale)
        prob = _on_scale(row["waarschijnlijkheid"], f"waarschijnlijkheid van '{name}'", p_scale)
        direction = validation.choice(row["richting"], f"richting van '{name}'", DIRECTIONS)
        factor = str(row.get("factor", ""))
        scored.append(TrendScore(str(name), factor, direction, impact, prob, impact * prob,
                                 quadrant(impact, prob, impact_scale=i_scale, probability_scale=p_scale)))
    ranked = tuple(sorted(scored, key=lambda t: -t.priority))
    by_factor: dict[str, float] = {}
    for t in scored:
        by_factor[t.factor] = by_factor.get(t.factor, 0.0) + t.priority
    opportunities = tuple(t.name for t in ranked if t.direction == "kans")
    threats = tuple(t.name for t in ranked if t.direction == "bedreiging")
    balance = math.fsum(t.priority if t.direction == "kans" else -t.priority for t in scored)
    return TrendRadar(ranked, by_factor, opportunities, threats, balance, i_scale[1] * p_scale[1])


@dataclass(frozen=True)
class FiveForces:
    strength: dict[str, float]   # force → weighted strength on the scale (high = strong force)
    mean_strength: float         # the mean of the five strengths
    attractiveness: float        # (min + max) − mean strength: high = attractive market
    strongest: str               # the strongest force (first one on a tie)
    scale: tuple[float, float]


def five_forces(scores: Mapping[str, Mapping[str, float]],
                weights: Mapping[str, Mapping[str, float]], *,
                scale: tuple[float, float] = DEFAULT_SCALE) -> FiveForces:
    """Porter's five forces scored: per force the weighted score of its criteria, then the market.

    kracht_f = Σ score_c × gewicht_c over the criteria c of force f (weights per force sum to 1);
    gemiddelde kracht = (1/5) Σ_f kracht_f; aantrekkelijkheid = (min + max) − gemiddelde kracht.
    ``scores`` and ``weights`` map each of the five forces (:data:`FORCES`) to criterion → number.

    Source: Porter, M.E. (2008), "The five competitive forces that shape strategy", Harvard Business
      Review 86(1); the weighted scoring is the pack's own (Rustenburg & Steenbeek, Salesmanagement,
      H3, mesoniveau, as the topic).

    >>> s = {f: {"a": 3, "b": 5} for f in FORCES}
    >>> g = {f: {"a": 0.5, "b": 0.5} for f in FORCES}
    >>> r = five_forces(s, g)
    >>> r.mean_strength, r.attractiveness      # every force (3 + 5) / 2 = 4; 1 + 5 − 4 = 2
    (4.0, 2.0)
    """
    low, high = validation.scale(scale, "schaal")
    for name, table in (("scores", scores), ("gewichten", weights)):
        if not isinstance(table, Mapping):
            raise SalesbookError(f"{name} moet een tabel van kracht → criteria zijn (kreeg {table!r})")
        missing = [f for f in FORCES if f not in table]
        extra = [f for f in table if f not in FORCES]
        if missing or extra:
            parts = ([f"ontbreekt: {', '.join(missing)}"] if missing else []) + (
                [f"onbekend: {', '.join(map(str, extra))}"] if extra else [])
            raise SalesbookError(f"{name} moet precies de vijf krachten hebben ({', '.join(FORCES)}); "
                                 + "; ".join(parts))
    strength = {}
    for force in FORCES:
        criteria = scores[force]
        if not isinstance(criteria, Mapping) or not criteria:
            raise SalesbookError(f"scores['{force}'] moet een niet-lege tabel van criterium → score zijn "
                                 f"(kreeg {criteria!r})")
        for criterion, value in criteria.items():
            _on_scale(value, f"score van '{criterion}' bij {force}", (low, high))
        strength[force] = strategy.weighted_score(dict(criteria), weights[force])
    mean = math.fsum(strength.values()) / len(FORCES)
    strongest = max(FORCES, key=lambda f: strength[f])
    return FiveForces(strength, mean, low + high - mean, strongest, (low, high))
