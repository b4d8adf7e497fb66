"""Charts of chapter 2 — Strategische verkoopplanning: the BCG bubble chart, the confrontation
matrix as a heat map and the gap bridge (forecast → Ansoff routes → target).

Every function returns a :class:`matplotlib.figure.Figure` in the house style of
:mod:`salesbook.charts.base`; the numbers come computed from the models.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator, NullLocator

from salesbook import formatting
from salesbook.charts.base import BAD, GOOD, MUTED, NEUTRAL, PALETTE, euro_axis, new_figure, percent_axis, styled

BCG_COLORS = {"ster": PALETTE["oranje"], "vraagteken": PALETTE["paars"], "melkkoe": PALETTE["groen"],
              "hond": MUTED}
BCG_LABELS = {"ster": "ster", "vraagteken": "vraagteken", "melkkoe": "melkkoe", "hond": "hond"}


@styled
def bcg_chart(
    names: Sequence[str],
    growth: Sequence[float],
    relative_share: Sequence[float],
    revenue: Sequence[float],
    quadrants: Sequence[str],
    *,
    growth_cutoff: float,
    share_cutoff: float,
    title: str = "BCG-portfolio",
    label_all: bool = True,
) -> Figure:
    """The growth-share matrix: one bubble per unit, its area proportional to the revenue.

    The x-axis is the relative market share on a log scale, high shares on the left (as in the
    original matrix); the y-axis the market growth. Dashed lines mark the cut-offs.

    >>> fig = bcg_chart(["NL", "MY"], [0.02, 0.12], [1.2, 0.01], [84e6, 1e6], ["melkkoe", "vraagteken"],
    ...                 growth_cutoff=0.10, share_cutoff=1.0)
    >>> [t.get_text() for t in fig.axes[0].texts][:2]
    ['NL', 'MY']
    """
    fig, ax = new_figure(9, 6)
    shares = [max(float(s), 1e-3) for s in relative_share]
    low = min(min(shares), share_cutoff) / 1.8
    high = max(max(shares), share_cutoff) * 1.8
    largest = max([float(r) for r in revenue] + [1.0])
    sizes = [2400 * float(r) / largest + 30 for r in revenue]
    for n, g, s, size, q in zip(names, growth, shares, sizes, quadrants):
        ax.scatter([s], [g], s=size, color=BCG_COLORS[q], alpha=0.75, edgecolor="white", linewidth=1)
        if label_all:
            ax.annotate(n, (s, g), xytext=(0, math.sqrt(size) / 2 + 3), textcoords="offset points",
                        ha="center", fontsize=10)
    ax.set_xscale("log")
    ax.set_xlim(high, low)   # high shares on the left
    g_values = [float(g) for g in growth] + [growth_cutoff]
    g_low, g_high = min(min(g_values), 0.0), max(g_values)
    pad = 0.15 * (g_high - g_low or 0.05)
    ax.set_ylim(g_low - pad, g_high + 2 * pad)
    ax.axvline(share_cutoff, color=PALETTE["zwart"], linestyle="--", linewidth=1.1)
    ax.axhline(growth_cutoff, color=PALETTE["zwart"], linestyle="--", linewidth=1.1)
    ticks = [t for t in (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10) if low <= t <= high]
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.xaxis.set_minor_locator(NullLocator())
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: formatting.number(v, 2 if v < 0.1 else 1 if v < 1 else 0)))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=8, steps=[1, 2, 5, 10]))
    percent_axis(ax, "y")
    ax.set_xlabel("relatief marktaandeel (eigen aandeel ÷ aandeel grootste concurrent, log-schaal)")
    ax.set_ylabel("marktgroei per jaar")
    corners = {"ster": (0.02, 0.97, "left"), "vraagteken": (0.98, 0.97, "right"),
               "melkkoe": (0.02, 0.03, "left"), "hond": (0.98, 0.03, "right")}
    for q, (x, y, ha) in corners.items():
        ax.text(x, y, BCG_LABELS[q], transform=ax.transAxes, ha=ha, va="top" if y > 0.5 else "bottom",
                fontsize=12, fontweight="bold", color=BCG_COLORS[q] if q != "hond" else "#666666")
    ax.grid(axis="x")
    ax.set_title(title)
    return fig


@styled
def confrontation_heatmap(
    rows: Sequence[str],
    columns: Sequence[str],
    scores: Sequence[Sequence[float]],
    *,
    row_totals: Sequence[float],
    column_totals: Sequence[float],
    n_opportunities: int,
    n_strengths: int,
    option_totals: Mapping[str, float],
    scale: tuple[float, float] = (0, 5),
    title: str = "Confrontatiematrix",
) -> Figure:
    """The confrontation matrix as a heat map with row and column totals and the four blocks.

    ``rows`` are the opportunities then the threats, ``columns`` the strengths then the weaknesses;
    ``scores[r][c]`` the cell scores. The block totals (SO, ST, WO, WT) are written in the corners
    of their blocks.

    >>> fig = confrontation_heatmap(["o", "t"], ["s", "w"], [[5, 2], [1, 4]], row_totals=[7, 5],
    ...                             column_totals=[6, 6], n_opportunities=1, n_strengths=1,
    ...                             option_totals={"SO": 5, "ST": 1, "WO": 2, "WT": 4})
    >>> sorted(t.get_text() for t in fig.axes[0].texts if t.get_text().startswith("SO"))
    ['SO = 5']
    """
    n_r, n_c = len(rows), len(columns)
    fig, ax = new_figure(2.4 + 1.7 * n_c + 1.0, 1.9 + 0.75 * n_r + 0.8)
    cmap = LinearSegmentedColormap.from_list("confrontatie", ["#FFFFFF", PALETTE["hemelsblauw"], PALETTE["blauw"]])
    ax.imshow([list(map(float, line)) for line in scores], cmap=cmap, vmin=scale[0], vmax=scale[1], aspect="auto")
    middle = (scale[0] + scale[1]) / 2
    for r, line in enumerate(scores):
        for c, v in enumerate(line):
            ax.text(c, r, formatting.number(float(v), 0 if float(v).is_integer() else 1), ha="center", va="center",
                    fontsize=13, color="white" if float(v) > middle + 1 else "black")
        ax.text(n_c - 0.35, r, formatting.number(float(row_totals[r]), 0), ha="left", va="center", fontsize=12,
                fontweight="bold")
    for c, v in enumerate(column_totals):
        ax.text(c, n_r - 0.3, formatting.number(float(v), 0), ha="center", va="top", fontsize=12, fontweight="bold")
    ax.text(n_c - 0.35, -0.75, "totaal", ha="left", va="bottom", fontsize=11, fontstyle="italic")
    ax.text(-0.5, n_r - 0.3, "totaal", ha="right", va="top", fontsize=11, fontstyle="italic")
    ax.plot([-0.5, n_c - 0.5], [n_opportunities - 0.5] * 2, color=PALETTE["zwart"], linewidth=2)
    ax.plot([n_strengths - 0.5] * 2, [-0.5, n_r - 0.5], color=PALETTE["zwart"], linewidth=2)
    blocks = {"SO": (-0.45, -0.45), "WO": (n_strengths - 0.45, -0.45),
              "ST": (-0.45, n_opportunities - 0.45), "WT": (n_strengths - 0.45, n_opportunities - 0.45)}
    for key, (x, y) in blocks.items():
        ax.text(x, y, f"{key} = {formatting.number(float(option_totals[key]), 0)}", ha="left", va="top",
                fontsize=10, color=PALETTE["vermiljoen"], fontweight="bold",
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.9, "pad": 1.5})
    ax.set_xticks(range(n_c), [_wrap(c) for c in columns], fontsize=10)
    ax.set_yticks(range(n_r), [_wrap(r, 28) for r in rows], fontsize=10)
    ax.xaxis.tick_top()
    ax.tick_params(length=0)
    ax.set_xlim(-0.5, n_c + 0.4)
    ax.set_ylim(n_r + 0.2, -0.5)
    ax.grid(False)
    for side in ("left", "bottom", "top", "right"):
        ax.spines[side].set_visible(False)
    fig.suptitle(title, fontsize=14, fontweight="bold")
    return fig


def _wrap(text: str, width: int = 18) -> str:
    """Break a label over lines of about ``width`` characters."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


@styled
def gap_bridge_chart(
    forecast: float,
    steps: Mapping[str, float],
    target: float,
    *,
    title: str = "Van prognose naar doelstelling",
) -> Figure:
    """A bridge from the forecast to the target: one step per route (its expected contribution),
    then what remains open (red) or the overshoot (green), ending at the target.

    >>> fig = gap_bridge_chart(90, {"marktpenetratie": 4, "marktontwikkeling": 3}, 100)
    >>> [t.get_text() for t in fig.axes[0].get_xticklabels()]
    ['prognose', 'markt-\\npenetratie', 'markt-\\nontwikkeling', 'nog open', 'doelstelling']
    """
    fig, ax = new_figure(9, 4.8)
    labels = ["prognose"] + [_hyphen(k) for k in steps] + ["nog open", "doelstelling"]
    level = float(forecast)
    ax.bar(0, level, color=NEUTRAL)
    texts = [(0, level, formatting.euro_compact(level))]
    for i, value in enumerate(steps.values(), start=1):
        ax.bar(i, float(value), bottom=level, color=PALETTE["hemelsblauw"])
        texts.append((i, level + float(value), f"+{formatting.euro_compact(float(value))}"))
        level += float(value)
    rest = float(target) - level
    n = len(steps) + 1
    ax.bar(n, abs(rest), bottom=min(level, float(target)), color=BAD if rest > 0 else GOOD)
    texts.append((n, max(level, float(target)), ("" if rest > 0 else "−") + formatting.euro_compact(abs(rest))))
    ax.bar(n + 1, float(target), color=PALETTE["oranje"])
    texts.append((n + 1, float(target), formatting.euro_compact(float(target))))
    for x, y, text in texts:
        ax.annotate(text, (x, y), xytext=(0, 3), textcoords="offset points", ha="center", fontsize=10)
    low = 0.9 * min(float(forecast), float(target))
    ax.set_ylim(low, max(level, float(target)) * 1.02 + 0.02 * (max(level, float(target)) - low))
    ax.set_xticks(range(len(labels)), labels, fontsize=10)
    euro_axis(ax)
    ax.set_ylabel("omzet per jaar (de as begint niet bij 0)")
    ax.set_title(title)
    return fig


def _hyphen(route: str) -> str:
    for head in ("markt", "product"):
        if route.startswith(head) and route != head:
            return f"{head}-\n{route[len(head):]}"
    return route
