"""Value proposition fit (figuur 1.3, chapter 1): a customer profile set against the offer.

A customer profile lists the customer's needs with the weight (importance, 0–10) the customer gives
each; the offer gets a score (0–10) per need for how well it meets that need. The fit per need is
score / 10; the overall fit is the weighted mean of those fits; the *gap* of a need is
weight × (10 − score), the points the offer leaves on the table for that need. The largest gap is
where improving the offer pays most for this customer. This is the pack's own model for the value
proposition, not a formula from the book.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from salesbook.errors import SalesbookError

MAX_SCORE = 10.0


@dataclass(frozen=True)
class NeedFit:
    need: str
    weight: float
    score: float
    fit: float        # score / 10, 0–1
    gap: float        # weight × (10 − score)


@dataclass(frozen=True)
class PropositionFit:
    needs: tuple[NeedFit, ...]
    overall: float    # Σ weight · fit / Σ weight, 0–1
    largest_gap: str  # the need with the largest gap (first one on a tie)


def _number(value: object, what: str, need: str) -> float:
    if isinstance(value, bool):
        raise SalesbookError(f"{what} van '{need}' moet een getal zijn, niet {value!r}.")
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise SalesbookError(f"{what} van '{need}' moet een getal zijn, niet {value!r}.") from None
    if not 0 <= x <= MAX_SCORE:
        raise SalesbookError(f"{what} van '{need}' moet tussen 0 en 10 liggen (kreeg {value!r}).")
    return x


def proposition_fit(profile: Mapping[str, float], offer: Mapping[str, float]) -> PropositionFit:
    """Set a customer profile (need → weight 0–10) against the offer (need → score 0–10).

    fit = score / 10 per need; overall = Σ weight · fit / Σ weight; gap = weight × (10 − score).

    Source: the pack's own model of the value proposition (Rustenburg & Steenbeek, Salesmanagement,
      H1, figuur 1.3, as the topic; the book gives no formula).

    >>> r = proposition_fit({"levering": 8, "prijs": 2}, {"levering": 5, "prijs": 10})
    >>> round(r.overall, 2), r.largest_gap          # (8·0.5 + 2·1.0) / 10 = 0.6; gaps 40 and 0
    (0.6, 'levering')
    """
    for name, value in (("klantprofiel", profile), ("aanbod", offer)):
        if not isinstance(value, Mapping):
            raise SalesbookError(f"Het {name} moet een woordenboek zijn van klantbehoefte naar getal, "
                                 f"bijvoorbeeld {{'levering': 8}} (kreeg {value!r}).")
    if not profile:
        raise SalesbookError("Het klantprofiel is leeg: geef minstens één klantbehoefte met een gewicht.")
    missing = [need for need in profile if need not in offer]
    if missing:
        raise SalesbookError(f"Het aanbod heeft geen score voor: {', '.join(missing)}.")
    rows = []
    for need, weight in profile.items():
        wgt = _number(weight, "Het gewicht", need)
        score = _number(offer[need], "De score van het aanbod", need)
        rows.append(NeedFit(need, wgt, score, score / MAX_SCORE, wgt * (MAX_SCORE - score)))
    total = sum(r.weight for r in rows)
    if total == 0:
        raise SalesbookError("Alle gewichten zijn 0: geef minstens één klantbehoefte een gewicht boven 0.")
    overall = sum(r.weight * r.fit for r in rows) / total
    largest = max(rows, key=lambda r: r.gap).need
    return PropositionFit(tuple(rows), overall, largest)
