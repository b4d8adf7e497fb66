"""Charts of chapter 6 — Organisatie en planning van het salesteam: territory map, workload,
quotas and pay.

Every function returns a :class:`matplotlib.figure.Figure` in the house style of
:mod:`salesbook.charts.base`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from salesbook import formatting
from salesbook.charts.base import (
    BAD, GOOD, MUTED, NEUTRAL, PALETTE, SERIES, bar_chart, euro_axis, new_figure, number_axis, styled,
)

# --- hoofdstuk 6 Organisatie en planning van het salesteam: rayons, werklast, quota, beloning ----


TERRITORY_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "h", "<", ">")


def _territory_style(i: int) -> tuple[str, str]:
    """Colour and marker of territory i (0-based): colour and marker both change, so that
    neighbouring territories stay apart in black and white and for colour-blind readers."""
    return SERIES[i % len(SERIES)], TERRITORY_MARKERS[i % len(TERRITORY_MARKERS)]


@styled
def territory_map(x: Sequence[float], y: Sequence[float], territory: Sequence[object], *,
                  labels: Mapping[object, str] | None = None,
                  bases: Sequence[tuple[str, float, float]] = (),
                  title: str = "Rayonindeling: klanten naar rayon") -> Figure:
    """A map-like scatter of accounts (x, y in km on a Rijksdriehoek-like grid), coloured and
    marked by territory; ``labels`` names the territories in the legend, ``bases`` draws
    (name, x, y) points such as the reps' home bases as black stars.

    >>> fig = territory_map([0, 1, 10], [0, 1, 10], [1, 1, 2], labels={1: "rayon 1", 2: "rayon 2"})
    >>> [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    ['rayon 1', 'rayon 2']
    """
    fig, ax = new_figure(7.5, 8.0)
    xs, ys, ts = list(x), list(y), list(territory)
    order = sorted(set(ts), key=lambda t: (str(type(t)), t))
    for i, t in enumerate(order):
        color, marker = _territory_style(i)
        members = [j for j, v in enumerate(ts) if v == t]
        ax.scatter([xs[j] for j in members], [ys[j] for j in members], s=22, color=color, marker=marker,
                   alpha=0.85, linewidths=0, label=(labels or {}).get(t, str(t)))
    for name, bx, by in bases:
        ax.scatter([bx], [by], s=160, marker="*", color=PALETTE["zwart"], zorder=5)
        ax.annotate(name, (bx, by), xytext=(6, 4), textcoords="offset points", fontsize=10,
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 1, "alpha": 0.8}, zorder=6)
    ax.set_aspect("equal", adjustable="datalim")   # keep the laid-out box: a shrinking box clips the y label
    ax.set_xlabel("west → oost (km)")
    ax.set_ylabel("zuid → noord (km)")
    ax.grid(axis="x")
    ax.set_title(title)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, markerscale=1.6)
    return fig


@styled
def workload_chart(names: Sequence[str], hours: Sequence[float], *, capacity: float | Sequence[float] | None = None,
                   title: str = "Werklast per rayon", capacity_label: str = "beschikbare bezoekuren") -> Figure:
    """Visit hours per territory or rep as horizontal bars; ``capacity`` (one number, or one per
    bar) is drawn as a dashed line or as black ticks, and bars above their capacity turn red.

    >>> fig = workload_chart(["Noord", "Zuid"], [700, 1200], capacity=924)
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['700 uur', '1.200 uur']
    """
    from matplotlib.lines import Line2D

    values = [float(h) for h in hours]
    caps = None if capacity is None else (
        [float(capacity)] * len(values) if isinstance(capacity, (int, float)) else [float(c) for c in capacity])
    colors = [BAD if caps is not None and v > c else NEUTRAL for v, c in zip(values, caps or values)]
    fig = bar_chart(list(names), values, title=title, ylabel="bezoekuren per jaar (incl. reistijd)",
                    value_format=lambda v: f"{formatting.number(v)} uur", colors=colors, horizontal=True)
    ax = fig.axes[0]
    for text in ax.texts:     # readable where a label crosses a capacity tick
        text.set_bbox({"facecolor": "white", "edgecolor": "none", "pad": 1, "alpha": 0.85})
        text.set_zorder(5)
    number_axis(ax, "x")
    if caps is not None:
        if len(set(caps)) == 1:
            ax.axvline(caps[0], color=PALETTE["zwart"], linestyle="--", linewidth=1.2)
        else:
            for i, c in enumerate(caps):
                ax.plot([c, c], [i - 0.42, i + 0.42], color=PALETTE["zwart"], linewidth=2.2)
        handle = Line2D([], [], color=PALETTE["zwart"], linestyle="--" if len(set(caps)) == 1 else "-",
                        linewidth=1.5, label=capacity_label)
        ax.legend(handles=[handle], loc="upper center", bbox_to_anchor=(0.5, -0.16), frameon=False)
        ax.set_xlim(0, max(values + caps) * 1.18)
    return fig


@styled
def quota_chart(names: Sequence[str], history: Sequence[float], quota: Sequence[float], *,
                title: str = "Omzet 2024 en omzetdoel 2025 per accountmanager") -> Figure:
    """Two bars per rep or region: last year's revenue and the new quota (euros).

    >>> fig = quota_chart(["Ans", "Bo"], [1e6, 2e6], [1.1e6, 2.1e6])
    >>> [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    ['omzet 2024', 'omzetdoel 2025']
    """
    fig, ax = new_figure(9, max(3.8, 0.62 * len(names) + 1.6))
    pos = list(range(len(names)))
    h = 0.38
    ax.barh([p - h / 2 for p in pos], list(history), height=h, color=MUTED, label="omzet 2024")
    bars = ax.barh([p + h / 2 for p in pos], list(quota), height=h, color=NEUTRAL, label="omzetdoel 2025")
    for bar, q, old in zip(bars, quota, history):
        change = q / old - 1 if old else float("nan")
        ax.annotate(f"{formatting.euro_compact(q)} ({'+' if change >= 0 else ''}{formatting.percent(change, 1)})",
                    (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize=10)
    ax.set_yticks(pos, list(names))
    ax.invert_yaxis()
    euro_axis(ax, "x")
    ax.xaxis.set_major_locator(MaxNLocator(5))
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.set_xlim(0, max(list(quota) + list(history)) * 1.3)
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, frameon=False)
    return fig


@styled
def pay_chart(payout, *, title: str = "Beloning per accountmanager") -> Figure:
    """Stacked horizontal bars of fixed salary, commission and bonus per rep (the table of
    :func:`salesbook.salesforce.plan_payout`), with the cost as % of the rep's revenue.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"vast": [50_000.0], "provisie": [2_000.0], "bonus": [5_000.0],
    ...                    "totaal": [57_000.0], "kosten_pct": [0.004]}, index=["Ans"])
    >>> [t.get_text() for t in pay_chart(df).axes[0].texts]
    ['€ 57.000 (0,40% van de omzet)']
    """
    fig, ax = new_figure(9, max(3.8, 0.55 * len(payout) + 1.8))
    names = [str(n) for n in payout.index]
    left = [0.0] * len(names)
    for column, label, color in (("vast", "vast salaris", NEUTRAL), ("provisie", "provisie", PALETTE["oranje"]),
                                 ("bonus", "bonus", GOOD)):
        values = [float(v) for v in payout[column]]
        ax.barh(names, values, left=left, color=color, label=label)
        left = [a + b for a, b in zip(left, values)]
    for i, (total, pct) in enumerate(zip(payout["totaal"], payout["kosten_pct"])):
        ax.annotate(f"{formatting.euro(total)} ({formatting.percent(pct, 2)} van de omzet)", (float(total), i),
                    xytext=(4, 0), textcoords="offset points", va="center", fontsize=10)
    ax.invert_yaxis()
    euro_axis(ax, "x")
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.set_xlim(0, max(left) * 1.6 if max(left) > 0 else 1)
    ax.set_xlabel("beloning per jaar")
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=3, frameon=False)
    return fig
