"""Charts of chapter 3 — De salesmanager in een sterk veranderende omgeving: the impact × probability
matrix and the priorities of the trend radar, Porter's five forces, and market potential, sales
potential and revenue per country.

Every function returns a :class:`matplotlib.figure.Figure` in the house style of
:mod:`salesbook.charts.base`; the numbers come from :mod:`salesbook.environment` and
:func:`salesbook.strategy.market_estimate`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from salesbook import formatting
from salesbook.charts.base import BAD, GOOD, MUTED, NEUTRAL, PALETTE, euro_axis, new_figure, styled

DIRECTION_COLORS = {"kans": GOOD, "bedreiging": BAD}
QUADRANT_LABELS = {"actie": "actie: in het verkoopplan", "scenario": "scenario: plan B klaarzetten",
                   "volgen": "volgen: meenemen in het gewone werk", "monitoren": "monitoren"}


def _mid(scale: Sequence[float]) -> float:
    return (float(scale[0]) + float(scale[1])) / 2


@styled
def trend_matrix_chart(trends: Sequence[tuple[int, float, float, str]], *,
                       impact_scale: Sequence[float] = (1, 5), probability_scale: Sequence[float] = (1, 5),
                       title: str = "Trends: impact × waarschijnlijkheid") -> Figure:
    """The impact × probability matrix: a numbered dot per trend (its rank in the priority list),
    green for an opportunity, red for a threat, the four cells split at the middle of each scale.

    ``trends`` holds (rank, impact, probability, 'kans' or 'bedreiging'); trends on the same spot
    are spread a little around it, so every number stays readable.

    >>> fig = trend_matrix_chart([(1, 5, 5, "kans"), (2, 4, 5, "bedreiging"), (3, 4, 5, "kans")])
    >>> sorted(t.get_text() for t in fig.axes[0].texts if t.get_text().isdigit())
    ['1', '2', '3']
    """
    fig, ax = new_figure(8.5, 6.5)
    i_low, i_high = float(impact_scale[0]), float(impact_scale[1])
    p_low, p_high = float(probability_scale[0]), float(probability_scale[1])
    i_mid, p_mid = _mid(impact_scale), _mid(probability_scale)
    # the cells of the rule: high means above the midpoint, so a line sits halfway between the
    # midpoint and the next whole score (3,5 on 1–5: a 3 is low, a 4 is high)
    step_i, step_p = (i_high - i_low) / 8, (p_high - p_low) / 8
    ax.axhline((i_mid + math.floor(i_mid) + 1) / 2, color=MUTED, linewidth=1.2)
    ax.axvline((p_mid + math.floor(p_mid) + 1) / 2, color=MUTED, linewidth=1.2)
    pad_i, pad_p = step_i * 1.6, step_p * 1.6
    corners = {"actie": (p_high + pad_p * 0.9, i_high + pad_i * 0.9, "right", "top"),
               "scenario": (p_low - pad_p * 0.9, i_high + pad_i * 0.9, "left", "top"),
               "volgen": (p_high + pad_p * 0.9, i_low - pad_i * 0.9, "right", "bottom"),
               "monitoren": (p_low - pad_p * 0.9, i_low - pad_i * 0.9, "left", "bottom")}
    for key, (x, y, ha, va) in corners.items():
        ax.text(x, y, QUADRANT_LABELS[key], ha=ha, va=va, fontsize=10, color=PALETTE["zwart"], alpha=0.75,
                fontweight="bold" if key == "actie" else "normal")
    spots: dict[tuple[float, float], list] = {}
    for rank, impact, probability, direction in trends:
        spots.setdefault((float(probability), float(impact)), []).append((int(rank), direction))
    # several trends on one spot: spread them around it (a fraction of the scale), lowest number first
    offsets = [(-0.05, 0.05), (0.05, 0.05), (-0.05, -0.05), (0.05, -0.05), (0, 0.1), (0, -0.1), (-0.1, 0), (0.1, 0)]
    xs, ys, colors = [], [], []
    for (x, y), items in spots.items():
        for k, (rank, direction) in enumerate(sorted(items)):
            dx, dy = offsets[k % len(offsets)] if len(items) > 1 else (0, 0)
            px, py = x + dx * (p_high - p_low), y + dy * (i_high - i_low)
            xs.append(px)
            ys.append(py)
            colors.append(DIRECTION_COLORS.get(direction, NEUTRAL))
            ax.text(px, py, str(rank), ha="center", va="center", fontsize=10, color="white", fontweight="bold",
                    zorder=4)
    ax.scatter(xs, ys, s=330, c=colors, edgecolors="white", linewidths=1.0, zorder=3)   # one collection: quick redraws
    ax.set_xlim(p_low - pad_p, p_high + pad_p)
    ax.set_ylim(i_low - pad_i, i_high + pad_i)
    ax.set_xticks([v for v in range(int(p_low), int(p_high) + 1)])
    ax.set_yticks([v for v in range(int(i_low), int(i_high) + 1)])
    ax.grid(axis="x")
    ax.set_xlabel("Waarschijnlijkheid (binnen drie jaar)")
    ax.set_ylabel("Impact op de verkooporganisatie")
    ax.set_title(title)
    _direction_legend(fig, marker="o")
    return fig


def _direction_legend(fig: Figure, *, marker: str) -> None:
    """The legend under a trend chart: green for an opportunity (kans), red for a threat."""
    handles = [Line2D([], [], marker=marker, linestyle="", markersize=11, color=color, label=label)
               for color, label in ((GOOD, "kans"), (BAD, "bedreiging"))]
    fig.legend(handles=handles, loc="outside lower center", ncol=2, frameon=False)


@styled
def trend_priority_chart(names: Sequence[str], priorities: Sequence[float], directions: Sequence[str], *,
                         max_priority: float = 25, title: str = "Prioriteit per trend (impact × waarschijnlijkheid)"
                         ) -> Figure:
    """The trends as horizontal bars, highest priority on top, numbered as in the matrix, green for an
    opportunity and red for a threat.

    >>> fig = trend_priority_chart(["Energietransitie", "Webshops"], [25, 20], ["kans", "bedreiging"])
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['1. Energietransitie', '2. Webshops']
    """
    labels = [f"{i}. {name}" for i, name in enumerate(names, start=1)]
    fig, ax = new_figure(9, max(3.5, 0.42 * len(labels) + 1.6))
    bars = ax.barh(labels, [float(p) for p in priorities],
                   color=[DIRECTION_COLORS.get(d, NEUTRAL) for d in directions])
    for bar, value in zip(bars, priorities):
        ax.annotate(formatting.number(float(value), 0), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(4, 0), textcoords="offset points", va="center", fontsize=10)
    ax.invert_yaxis()
    ax.set_xlim(0, float(max_priority) * 1.08)
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(f"Prioriteit (hoogstens {formatting.number(float(max_priority), 0)})")
    ax.set_title(title)
    _direction_legend(fig, marker="s")
    return fig


@styled
def five_forces_chart(strength: Mapping[str, float], *, scale: Sequence[float] = (1, 5),
                      attractiveness: float | None = None,
                      title: str = "Vijf krachten: hoe sterk is elke kracht?") -> Figure:
    """Porter's five forces as horizontal bars on their scale, the strongest force in red, a dashed
    line at the middle of the scale; the attractiveness of the market in the title line.

    >>> fig = five_forces_chart({"concurrentie": 4.35, "substituten": 2.6}, attractiveness=2.59)
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['4,35', '2,6']
    """
    names = list(strength)
    values = [float(strength[n]) for n in names]
    strongest = max(range(len(values)), key=lambda i: values[i]) if values else -1
    fig, ax = new_figure(8.5, max(3.5, 0.55 * len(names) + 1.8))
    bars = ax.barh(names, values, color=[BAD if i == strongest else NEUTRAL for i in range(len(values))])
    for bar, value in zip(bars, values):
        text = formatting.number(value, 2 if round(value, 2) != round(value, 1) else 1)
        ax.annotate(text, (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(4, 0), textcoords="offset points", va="center", fontsize=11)
    ax.axvline(_mid(scale), color=PALETTE["zwart"], linestyle="--", linewidth=1.1,
               label=f"midden van de schaal ({formatting.number(_mid(scale), 0)})")
    ax.invert_yaxis()
    ax.set_xlim(0, float(scale[1]) * 1.1)
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(f"Kracht ({formatting.number(float(scale[0]), 0)} = zwak, "
                  f"{formatting.number(float(scale[1]), 0)} = zeer sterk: de markt is minder aantrekkelijk)")
    if attractiveness is not None:
        title = f"{title}\naantrekkelijkheid van de markt: {formatting.number(float(attractiveness), 2)}"
    ax.set_title(title)
    ax.legend(loc="lower right", frameon=False, fontsize=10)
    return fig


@styled
def market_potential_chart(countries: Sequence[str], market_potential: Sequence[float],
                           sales_potential: Sequence[float], revenue: Sequence[float], *,
                           title: str = "Marktpotentieel, verkooppotentieel en omzet per land") -> Figure:
    """Per country three nested bars: the market potential (light), the sales potential (medium) and
    the revenue (dark), with the market share written beside each bar.

    >>> fig = market_potential_chart(["NL", "BE"], [700e6, 200e6], [420e6, 78e6], [84e6, 12e6])
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['aandeel 12,0%', 'aandeel 6,0%']
    """
    fig, ax = new_figure(9, max(3.8, 0.62 * len(countries) + 1.8))
    ys = list(range(len(countries)))
    ax.barh(ys, [float(v) for v in market_potential], height=0.7, color=PALETTE["hemelsblauw"], alpha=0.45,
            label="marktpotentieel (n × q × p)")
    ax.barh(ys, [float(v) for v in sales_potential], height=0.7, color=PALETTE["hemelsblauw"],
            label="verkooppotentieel (kettingmethode)")
    ax.barh(ys, [float(v) for v in revenue], height=0.7, color=NEUTRAL, label="omzet 2024")
    for y, m, r in zip(ys, market_potential, revenue):
        share = float(r) / float(m) if float(m) > 0 else 0.0
        ax.annotate(f"aandeel {formatting.percent(share, 1)}", (float(m), y), xytext=(5, 0),
                    textcoords="offset points", va="center", fontsize=10)
    ax.set_yticks(ys, list(countries))
    ax.invert_yaxis()
    ax.margins(x=0.2)
    euro_axis(ax, "x")
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.set_xlabel("Euro per jaar")
    ax.set_title(title)
    fig.legend(loc="outside lower center", ncol=3, frameon=False, fontsize=10)
    return fig


@styled
def market_chain_chart(labels: Sequence[str], values: Sequence[float], *, title: str,
                       colors: Sequence[str] | None = None) -> Figure:
    """The steps from market potential to revenue as horizontal bars in euros (a compact euro axis).

    >>> fig = market_chain_chart(["marktpotentieel", "omzet 2024"], [700e6, 84e6], title="NL")
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['€ 700 mln', '€ 84 mln']
    """
    fig, ax = new_figure(8, max(3.5, 0.55 * len(labels) + 1.6))
    bars = ax.barh(list(labels), [float(v) for v in values], color=list(colors) if colors else NEUTRAL)
    for bar, value in zip(bars, values):
        ax.annotate(formatting.euro_compact(float(value)), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(4, 0), textcoords="offset points", va="center", fontsize=11)
    ax.invert_yaxis()
    ax.margins(x=0.22)
    euro_axis(ax, "x")
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.set_xlabel("Euro per jaar")
    ax.set_title(title)
    return fig
