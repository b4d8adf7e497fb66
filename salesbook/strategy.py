"""Strategic models: weighted criteria scoring (and, in later chapters, market potential and shares).

Every weighted-criteria model of the book (customer equity drivers, DESTEP impact, fair
selection, country attractiveness …) rests on one rule, :func:`weighted_score`:

    gewogen score = Σ score_i × gewicht_i,   met gewicht_i ≥ 0 en Σ gewicht_i = 1

Weights are fractions that sum to 1; :func:`normalize_weights` turns any set of non-negative
importances (for example slider positions 0–10) into such weights.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

import pandas as pd

from salesbook import validation
from salesbook.errors import SalesbookError

WEIGHT_TOLERANCE = 1e-9

W = TypeVar("W", Sequence[float], Mapping[str, float])


def _keys_text(keys) -> str:
    return ", ".join(f"'{k}'" for k in keys)


def _mapping_numbers(values: Mapping, name: str) -> dict:
    """The values of a mapping as floats, each validated under ``name['key']``."""
    if len(values) == 0:
        raise SalesbookError(f"{name} mag niet leeg zijn (kreeg een lege verzameling)")
    return {key: validation.number(validation._plain(v), f"{name}['{key}']") for key, v in values.items()}


def _as_mapping(values: object, name: str) -> object:
    """A pandas Series as a mapping label → value (so it is paired by label, not by position);
    anything else unchanged. Duplicate labels are refused: a label must name one criterion."""
    if isinstance(values, pd.Series):
        if values.index.has_duplicates:
            dup = values.index[values.index.duplicated()][0]
            raise SalesbookError(f"{name} bevat het label {dup!r} twee keer: elk criterium mag maar één keer voorkomen")
        return dict(values.items())
    return values


def _paired(scores: object, weights: object) -> tuple[list, list[float], list[float]]:
    """Scores and weights as two aligned lists (with their labels); checks shape and keys.
    A pandas Series counts as a mapping: it is paired by its labels."""
    scores, weights = _as_mapping(scores, "scores"), _as_mapping(weights, "gewichten")
    scores_is_map, weights_is_map = isinstance(scores, Mapping), isinstance(weights, Mapping)
    if scores_is_map != weights_is_map:
        raise SalesbookError(
            "scores en gewichten moeten allebei een reeks (lijst) of allebei een woordenboek "
            f"(dict) met dezelfde sleutels zijn (kreeg scores als {type(scores).__name__} "
            f"en gewichten als {type(weights).__name__})"
        )
    if scores_is_map:
        s = _mapping_numbers(scores, "scores")
        g = _mapping_numbers(weights, "gewichten")
        missing = [k for k in s if k not in g]
        extra = [k for k in g if k not in s]
        if missing or extra:
            parts = []
            if missing:
                parts.append(f"ontbreekt in gewichten: {_keys_text(missing)}")
            if extra:
                parts.append(f"extra in gewichten (geen score): {_keys_text(extra)}")
            raise SalesbookError("scores en gewichten moeten dezelfde sleutels hebben; " + "; ".join(parts))
        labels = list(s)
        return labels, [s[k] for k in labels], [g[k] for k in labels]
    s_list = validation.numbers(scores, "scores")
    g_list = validation.numbers(weights, "gewichten")
    if len(s_list) != len(g_list):
        raise SalesbookError(
            f"scores en gewichten moeten even lang zijn (kreeg {len(s_list)} scores en {len(g_list)} gewichten)"
        )
    return list(range(len(s_list))), list(s_list), list(g_list)


def _check_weights(labels: list, weights: list[float]) -> None:
    for label, g in zip(labels, weights):
        if g < 0:
            where = f"gewichten['{label}']" if isinstance(label, str) else f"gewichten[{label}]"
            raise SalesbookError(f"{where} mag niet negatief zijn (kreeg {g:g})")
    total = math.fsum(weights)
    if abs(total - 1.0) > WEIGHT_TOLERANCE:
        hint = ""
        if math.isclose(total, 100, rel_tol=1e-6):
            hint = "; je gaf percentages: schrijf 40% als 0.4"
        raise SalesbookError(f"gewichten moeten samen precies 1 zijn (kreeg som {total:g}){hint}")


def weighted_score(scores: Sequence[float] | Mapping[str, float],
                   weights: Sequence[float] | Mapping[str, float]) -> float:
    """The weighted score Σ score_i × gewicht_i.

    ``scores`` and ``weights`` are either two sequences of equal length (paired by position)
    or two mappings with exactly the same keys (paired by key); a pandas Series counts as a
    mapping and is paired by its labels, whatever their order. Weights must be non-negative
    and sum to 1 (within 1e-9); scores can be on any scale (1–10, 1–5 …).

    Source: Rustenburg & Steenbeek, Salesmanagement, H2, H3 and H8 (gewogen criteria); the pack's own
      shared helper.

    >>> weighted_score([8, 6, 7], [0.5, 0.3, 0.2])   # 4.0 + 1.8 + 1.4
    7.2
    >>> weighted_score({"prijs": 6, "service": 9}, {"service": 0.25, "prijs": 0.75})
    6.75
    >>> weighted_score([8, 6], [0.5, 0.6])
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: gewichten moeten samen precies 1 zijn (kreeg som 1.1)
    """
    labels, s, g = _paired(scores, weights)
    _check_weights(labels, g)
    return math.fsum(x * y for x, y in zip(s, g))


def normalize_weights(importances: W) -> W:
    """Turn non-negative importances into weights that sum to 1: gewicht_i = belang_i / Σ belang.

    Keeps the shape: a mapping gives a dict with the same keys, a sequence gives a list.
    At least one importance must be above 0.

    Source: the pack's own helper for the weighted-criteria models.

    >>> normalize_weights({"value equity": 5, "brand equity": 3, "relation equity": 2})
    {'value equity': 0.5, 'brand equity': 0.3, 'relation equity': 0.2}
    >>> normalize_weights([1, 1, 2])
    [0.25, 0.25, 0.5]
    >>> normalize_weights([0, 0])
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: het belang moet bij minstens één onderdeel groter dan 0 zijn (kreeg alleen nullen)
    """
    if isinstance(importances, Mapping):
        values = _mapping_numbers(importances, "belang")
        labels = list(values)
        raw = [values[k] for k in labels]
    else:
        raw = list(validation.numbers(importances, "belang"))
        labels = list(range(len(raw)))
    for label, v in zip(labels, raw):
        if v < 0:
            where = f"belang['{label}']" if isinstance(label, str) else f"belang[{label}]"
            raise SalesbookError(f"{where} mag niet negatief zijn (kreeg {v:g})")
    total = math.fsum(raw)
    if total <= 0:
        raise SalesbookError("het belang moet bij minstens één onderdeel groter dan 0 zijn (kreeg alleen nullen)")
    weights = [v / total for v in raw]
    if isinstance(importances, Mapping):
        return dict(zip(labels, weights))  # type: ignore[return-value]
    return weights  # type: ignore[return-value]


def rebalance_weights(weights: Mapping[str, float], changed: str, new_value: float,
                      *, step: float = 0.01) -> dict[str, float]:
    """Set one weight and let the others make room, so that the weights still sum to 1.

    The weight ``changed`` becomes ``new_value``; the other weights share the rest, 1 −
    ``new_value``, in proportion to their current sizes (equally when they are all 0). Every
    weight is a whole multiple of ``step`` (0.01: whole percents) and the sum stays exactly
    1: the rest is rounded down per weight and the units left over go to the largest
    remainders, first come first served on a tie. This is what weight sliders that "always
    sum to 100%" do when you move one of them.

    Source: the pack's own helper for the weighted-criteria models.

    >>> rebalance_weights({"a": 0.5, "b": 0.3, "c": 0.2}, "a", 0.6)   # b and c keep 3 : 2
    {'a': 0.6, 'b': 0.24, 'c': 0.16}
    >>> rebalance_weights({"a": 1.0, "b": 0.0, "c": 0.0}, "a", 0.5)   # the others were 0: equal parts
    {'a': 0.5, 'b': 0.25, 'c': 0.25}
    """
    if not isinstance(weights, Mapping) or not weights:
        raise SalesbookError("gewichten moeten een niet-lege tabel van criterium → gewicht zijn")
    values = _mapping_numbers(weights, "gewichten")
    if not isinstance(changed, str) or changed not in values:
        raise SalesbookError(f"onbekend criterium {changed!r}; kies uit {_keys_text(list(values))}")
    for label, g in values.items():
        if g < 0:
            raise SalesbookError(f"gewichten['{label}'] mag niet negatief zijn (kreeg {g:g})")
    size = validation.in_range(step, "stapgrootte", 0, 1, low_inclusive=False)
    units = round(1 / size)
    if not math.isclose(units * size, 1.0, rel_tol=1e-9):
        raise SalesbookError(f"stapgrootte moet 1 precies delen, zoals 0.01 of 0.05 (kreeg {size:g})")
    own = round(validation.fraction(new_value, f"gewichten['{changed}']") * units)
    others = [k for k in values if k != changed]
    if not others:
        return {changed: 1.0}
    rest = units - own
    base = math.fsum(values[k] for k in others)
    exact = {k: (rest * values[k] / base if base > 0 else rest / len(others)) for k in others}
    whole = {k: math.floor(exact[k] + 1e-9) for k in others}
    left = rest - sum(whole.values())
    for k in sorted(others, key=lambda k: -(exact[k] - whole[k]))[:left]:
        whole[k] += 1
    whole[changed] = own
    return {k: round(whole[k] * size, 10) for k in values}


def market_potential(buyers: float, quantity_per_buyer: float, price: float) -> float:
    """Market potential n × q × p: buyers × quantity per buyer per period × price per unit.

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (marktpotentieel); the usual n × q × p rule.

    >>> market_potential(12_000, 40, 25.0)     # 12.000 × 40 × 25
    12000000.0
    >>> market_potential(-1, 40, 25.0)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: aantal afnemers mag niet negatief zijn (kreeg -1)
    """
    n = validation.positive(buyers, "aantal afnemers", allow_zero=True)
    q = validation.positive(quantity_per_buyer, "hoeveelheid per afnemer", allow_zero=True)
    p = validation.positive(price, "prijs", allow_zero=True)
    return n * q * p


def chain_ratio(base: float, ratios: Sequence[float]) -> float:
    """The chain-ratio method: a base figure multiplied by every ratio in turn.

    Every ratio is a fraction of the step before it, so it lies in [0, 1]:
    resultaat = basis × r₁ × r₂ × … × r_k.

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (marktpotentieel); the chain-ratio method.

    >>> chain_ratio(1_000_000, [0.5, 0.2])     # 1.000.000 × 0,5 × 0,2
    100000.0
    >>> chain_ratio(1_000_000, [0.5, -0.2])
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: verhoudingen[1] mag niet negatief zijn (kreeg -0.2)
    """
    result = validation.positive(base, "basisgetal", allow_zero=True)
    for i, r in enumerate(validation.numbers(ratios, "verhoudingen")):
        result *= _ratio(r, f"verhoudingen[{i}]")
    return result


def _ratio(value: float, name: str) -> float:
    """A ratio of a chain: a fraction in [0, 1]; a negative one says 'negatief', 60 hints at percent."""
    x = validation.positive(value, name, allow_zero=True)
    if x > 1:
        hint = f"; schrijf {x:g}% als {x / 100:g}" if x <= 100 else ""
        raise SalesbookError(f"{name} moet tussen 0 en 1 liggen (kreeg {x:g}){hint}")
    return x


def relative_market_share(own_share: float, competitor_shares: Sequence[float] | Mapping[str, float]) -> float:
    """Relative market share: the own share divided by the largest competitor's share.

    The competitors' shares may be a list, or a mapping (or pandas Series) from competitor name
    to share, as a market overview usually has them.

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (marktaandeel); BCG's relative market share.

    >>> relative_market_share(0.20, [0.25, 0.10])   # 0,20 / 0,25
    0.8
    >>> relative_market_share(0.12, {"Technisch Unie": 0.10, "Rexel": 0.07})   # 0,12 / 0,10
    1.2
    >>> relative_market_share(0.20, [0.0])
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: het grootste marktaandeel van een concurrent moet groter zijn dan 0 (kreeg 0.0)
    """
    own = validation.in_range(own_share, "eigen marktaandeel", 0.0, 1.0)
    named = _as_mapping(competitor_shares, "marktaandelen van concurrenten")
    if isinstance(named, Mapping):
        labels = [f"marktaandeel van concurrent {name!r}" for name in named]
        competitor_shares = list(named.values())
    else:
        labels = None
    shares = validation.numbers(competitor_shares, "marktaandelen van concurrenten")
    for i, s in enumerate(shares):
        validation.in_range(s, labels[i] if labels else f"marktaandelen van concurrenten[{i}]", 0.0, 1.0)
    total = own + math.fsum(shares)
    if total > 1 + WEIGHT_TOLERANCE:
        raise SalesbookError(f"eigen marktaandeel en marktaandelen van concurrenten zijn samen meer dan 1 "
                             f"(kreeg som {total:g}): samen kunnen ze nooit meer dan de hele markt hebben")
    largest = max(shares)
    if largest <= 0:
        raise SalesbookError(f"het grootste marktaandeel van een concurrent moet groter zijn dan 0 (kreeg {largest})")
    return own / largest


# --- chapter 3: market potential, the market the company serves and its share ------------------


def _euros(x: float) -> str:
    """An amount for an error message in Dutch notation: € 84.000.000 (not 8.4e+07)."""
    return "€ " + f"{x:,.0f}".replace(",", ".")


def market_share(revenue: float, market: float) -> float:
    """Market share = own revenue / market size (both in euro per year).

    A share above 1 is refused: the company cannot sell more than the whole market buys, so
    either the revenue or the market estimate is wrong.

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (marktaandeel); the usual definition.

    >>> market_share(84_000_000, 700_000_000)    # 84 mln / 700 mln
    0.12
    >>> market_share(90, 60)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: omzet (€ 90) is groter dan de markt (€ 60): een marktaandeel boven 1 kan niet; controleer de schatting van de markt
    """
    own = validation.positive(revenue, "omzet", allow_zero=True)
    size = validation.positive(market, "marktomvang")
    if own > size:
        raise SalesbookError(f"omzet ({_euros(own)}) is groter dan de markt ({_euros(size)}): een marktaandeel boven 1 kan niet; "
                             "controleer de schatting van de markt")
    return own / size


@dataclass(frozen=True)
class MarketEstimate:
    """The steps of a market estimate: n × q × p, the chain to the sales potential, and the shares."""

    buyers: float                              # n: potential buyers
    quantity_per_buyer: float                  # q: purchases per buyer per year
    price: float                               # p: average amount per purchase (euro)
    market_potential: float                    # n × q × p (euro per year)
    ratios: tuple[tuple[str, float], ...]      # the named ratios of the chain, in order
    steps: tuple[float, ...]                   # the potential after each ratio; the last is the sales potential
    sales_potential: float                     # market potential × r1 × … × rk
    revenue: float                             # own revenue (euro per year)
    market_share: float                        # revenue / market potential
    potential_used: float                      # revenue / sales potential
    headroom: float                            # sales potential − revenue


def _named_ratios(ratios: Mapping[str, float] | Sequence[float]) -> tuple[tuple[str, float], ...]:
    if isinstance(ratios, Mapping):
        if not ratios:
            raise SalesbookError("verhoudingen mag niet leeg zijn (kreeg een lege verzameling)")
        return tuple((str(k), _ratio(validation._plain(v), f"verhoudingen['{k}']")) for k, v in ratios.items())
    values = validation.numbers(ratios, "verhoudingen", min_length=0)
    return tuple((f"verhouding {i + 1}", _ratio(v, f"verhoudingen[{i}]")) for i, v in enumerate(values))


def market_estimate(buyers: float, quantity_per_buyer: float, price: float,
                    ratios: Mapping[str, float] | Sequence[float], revenue: float) -> MarketEstimate:
    """Estimate a market, the part of it the company can reach, and the company's shares.

    marktpotentieel = n × q × p; verkooppotentieel = marktpotentieel × r₁ × … × r_k (the chain
    ratio: each ratio a named assumption in [0, 1], such as the part of the buyers in the regions
    the company serves); marktaandeel = omzet / marktpotentieel; benutting = omzet /
    verkooppotentieel; ruimte = verkooppotentieel − omzet. Revenue above the sales potential is
    refused: then one of the assumptions is wrong. The share divides by the market potential: with q and p
    taken from what buyers order now, n × q × p stands for the market size (the market is taken to reach
    its potential); where part of the n buyers buys nothing yet, the market size is smaller and the true
    share higher.

    ``ratios`` is a mapping name → fraction (the names travel into the result) or a plain
    sequence; an empty sequence makes the sales potential equal to the market potential.

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 (marktpotentieel, verkooppotentieel en
      marktaandeel); the n × q × p rule and the chain-ratio method; the combination is the pack's own.

    >>> r = market_estimate(1_000, 10, 500.0, {"assortiment": 0.5}, 250_000)
    >>> r.market_potential, r.sales_potential     # 1.000 × 10 × 500; × 0,5
    (5000000.0, 2500000.0)
    >>> r.market_share, r.potential_used          # 250.000 / 5.000.000; 250.000 / 2.500.000
    (0.05, 0.1)
    """
    potential = market_potential(buyers, quantity_per_buyer, price)
    named = _named_ratios(ratios)
    steps, reach = [], potential
    for _name, r in named:
        reach *= r
        steps.append(reach)
    share = market_share(revenue, potential)
    own = float(revenue)
    if own > reach:
        raise SalesbookError(f"omzet ({_euros(own)}) is groter dan het verkooppotentieel ({_euros(reach)}): de verhoudingen "
                             "van de kettingmethode zijn te krap of de markt is groter dan geschat")
    used = own / reach if reach > 0 else 0.0
    return MarketEstimate(float(buyers), float(quantity_per_buyer), float(price), potential, named,
                          tuple(steps), reach, own, share, used, reach - own)
