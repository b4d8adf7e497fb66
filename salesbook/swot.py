"""The SWOT confrontation matrix (chapter 2): external factors against internal factors.

Every opportunity and threat (the rows) is set against every strength and weakness (the columns);
the planner scores each cell for how strongly the two meet (0 = not at all, up to the top of the
scale). The totals per row and per column show which factors matter most; the four blocks give the
strategic options: SO (use a strength to seize an opportunity), ST (use a strength to blunt a
threat), WO (repair a weakness to seize an opportunity) and WT (a weakness meets a threat: defend or
withdraw). The blocks are ranked by their total score, the strongest first.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from salesbook import validation
from salesbook.errors import SalesbookError

OPTIONS = ("SO", "ST", "WO", "WT")
"""The four strategic options, in the order a tie is broken."""

SCALE = (0, 5)


@dataclass(frozen=True)
class Confrontation:
    """The scored matrix with its totals and the ranked options."""

    opportunities: tuple[str, ...]
    threats: tuple[str, ...]
    strengths: tuple[str, ...]
    weaknesses: tuple[str, ...]
    scores: dict[tuple[str, str], float]       # (external, internal) → score
    row_totals: dict[str, float]               # per opportunity and threat
    column_totals: dict[str, float]            # per strength and weakness
    option_totals: dict[str, float]            # SO, ST, WO, WT
    option_means: dict[str, float]             # total / number of cells in the block
    ranking: tuple[str, ...]                   # the options, highest total first
    top_cells: tuple[tuple[str, str, float], ...]   # every cell, highest score first (row, column, score)

    @property
    def total(self) -> float:
        return math.fsum(self.option_totals.values())


def _names(values: object, what: str) -> tuple[str, ...]:
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Sequence):
        raise SalesbookError(f"{what} moet een lijst van namen zijn (kreeg {values!r})")
    names = tuple(values)
    if not names:
        raise SalesbookError(f"{what} mag niet leeg zijn: geef minstens één factor")
    for n in names:
        if not isinstance(n, str) or not n.strip():
            raise SalesbookError(f"{what} bevat een naam die geen tekst is of leeg is (kreeg {n!r})")
    return names


def confrontation_matrix(
    opportunities: Sequence[str],
    threats: Sequence[str],
    strengths: Sequence[str],
    weaknesses: Sequence[str],
    scores: Mapping[tuple[str, str], float],
    *,
    scale: tuple[float, float] = SCALE,
) -> Confrontation:
    """Score the confrontation matrix and rank the strategic options.

    row total(e) = Σ_i score(e, i) over all strengths and weaknesses i; column total(i) = Σ_e
    score(e, i); option total SO = Σ score(o, s) over opportunities o and strengths s (likewise ST,
    WO, WT); option mean = option total / (rows × columns of the block). Every cell must be scored,
    within ``scale`` (default 0 to 5); a cell with an unknown factor is refused.

    Source: the confrontation matrix of the SWOT analysis (Rustenburg & Steenbeek, H2, SWOT-analyse
      voor Verkoop); scoring cells and ranking the blocks by their totals is common practice, the
      scale is the pack's own choice.

    >>> m = confrontation_matrix(["o1"], ["t1"], ["s1"], ["w1"],
    ...                          {("o1", "s1"): 5, ("o1", "w1"): 2, ("t1", "s1"): 1, ("t1", "w1"): 4})
    >>> m.option_totals, m.ranking                     # SO 5 > WT 4 > WO 2 > ST 1
    ({'SO': 5.0, 'ST': 1.0, 'WO': 2.0, 'WT': 4.0}, ('SO', 'WT', 'WO', 'ST'))
    >>> m.row_totals["o1"], m.column_totals["s1"]      # 5 + 2; 5 + 1
    (7.0, 6.0)
    """
    o = _names(opportunities, "kansen")
    t = _names(threats, "bedreigingen")
    s = _names(strengths, "sterktes")
    w = _names(weaknesses, "zwaktes")
    external, internal = o + t, s + w
    for group, what in ((external, "kansen en bedreigingen"), (internal, "sterktes en zwaktes")):
        doubles = sorted({n for n in group if group.count(n) > 1})
        if doubles:
            raise SalesbookError(f"{what} bevatten een naam twee keer: {', '.join(doubles)}")
    low, high = validation.scale(scale, "schaal")
    if not isinstance(scores, Mapping):
        raise SalesbookError(f"scores moet een verzameling zijn van (extern, intern) naar score (kreeg {scores!r})")
    for key in scores:
        if not (isinstance(key, tuple) and len(key) == 2):
            raise SalesbookError(f"een cel van de confrontatiematrix is een paar (kans of bedreiging, sterkte of "
                                 f"zwakte) (kreeg {key!r})")
        if key[0] not in external or key[1] not in internal:
            raise SalesbookError(f"cel {key!r} hoort niet in de matrix: {key[0]!r} moet een kans of bedreiging "
                                 f"zijn en {key[1]!r} een sterkte of zwakte")
    missing = [(e, i) for e in external for i in internal if (e, i) not in scores]
    if missing:
        shown = "; ".join(f"{e} × {i}" for e, i in missing[:3]) + (" …" if len(missing) > 3 else "")
        raise SalesbookError(f"de confrontatiematrix mist {len(missing)} cel(len): {shown}; geef elke cel een score")
    cells: dict[tuple[str, str], float] = {}
    for e in external:
        for i in internal:
            cells[(e, i)] = validation.in_range(validation._plain(scores[(e, i)]), f"score van {e} × {i}", low, high)
    rows = {e: math.fsum(cells[(e, i)] for i in internal) for e in external}
    columns = {i: math.fsum(cells[(e, i)] for e in external) for i in internal}
    blocks = {"SO": (o, s), "ST": (t, s), "WO": (o, w), "WT": (t, w)}
    totals = {k: math.fsum(cells[(e, i)] for e in es for i in is_) for k, (es, is_) in blocks.items()}
    means = {k: totals[k] / (len(es) * len(is_)) for k, (es, is_) in blocks.items()}
    ranking = tuple(sorted(OPTIONS, key=lambda k: (-totals[k], OPTIONS.index(k))))
    order = {key: n for n, key in enumerate(cells)}
    top = tuple((e, i, v) for (e, i), v in sorted(cells.items(), key=lambda kv: (-kv[1], order[kv[0]])))
    return Confrontation(o, t, s, w, cells, rows, columns, totals, means, ranking, top)
