"""Charts of chapter 7 — Accountmanagement: whale curve, cost-to-serve and the account portfolio
matrix.

Every function returns a :class:`matplotlib.figure.Figure` in the house style of
:mod:`salesbook.charts.base`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from salesbook import formatting
from salesbook.charts.base import BAD, GOOD, MUTED, PALETTE, euro_axis, new_figure, percent_axis, styled

# --- hoofdstuk 7 Accountmanagement: walviscurve, cost-to-serve en accountportfolio -------------


@styled
def whale_curve_chart(curve, *, title: str = "Walviscurve: cumulatieve klantwinst, meest winstgevende klant eerst",
                      max_labels: int = 0) -> Figure:
    """The whale curve of :func:`salesbook.accounts.whale_curve`: cumulative share of the total
    profit against the share of customers, with the 100% line, the peak and the loss-makers.

    >>> from salesbook.accounts import whale_curve
    >>> fig = whale_curve_chart(whale_curve({"A": 60, "B": 50, "C": 10, "D": -20}))
    >>> fig.axes[0].texts[0].get_text()
    'top: 120% van de winst bij 75% van de klanten'
    """
    n = len(curve)
    x = [0.0] + [float(v) for v in curve["cum_share_klanten"]]
    y = [0.0] + [float(v) for v in curve["cum_share_winst"]]
    peak = max(range(len(y)), key=lambda i: y[i])
    fig, ax = new_figure(8.5, 5)
    ax.plot(x[:peak + 1], y[:peak + 1], color=GOOD, linewidth=2.2, label="winstgevende klanten")
    if peak < n:
        ax.plot(x[peak:], y[peak:], color=BAD, linewidth=2.2,
                label=f"verliesgevende klanten ({formatting.number(n - peak, 0)})")
        ax.axvspan(x[peak], 1, color=BAD, alpha=0.07, linewidth=0)
    ax.axhline(1.0, color=MUTED, linestyle="--", linewidth=1.2, label="100% = totale klantwinst")
    ax.plot([x[peak]], [y[peak]], "o", color=PALETTE["zwart"], zorder=4)
    label = f"top: {formatting.percent(y[peak], 0)} van de winst bij {formatting.percent(x[peak], 0)} van de klanten"
    ax.annotate(label,
                xy=(x[peak], y[peak]), xytext=(0.35, min(y[peak], 1.0) * 0.55 + 0.05), textcoords="data",
                arrowprops=dict(arrowstyle="->", color=PALETTE["zwart"]), fontsize=11)
    top = max(y)
    ax.set_xlim(0, 1)
    ax.set_ylim(min(0.0, min(y)) - 0.02, top * 1.08 + 0.02)
    percent_axis(ax, "x", 0)
    percent_axis(ax, "y", 0)
    ax.grid(axis="x")
    ax.set_xlabel("Deel van de klanten (meest winstgevend eerst)")
    ax.set_ylabel("Cumulatief deel van de totale klantwinst")
    ax.set_title(title)
    ax.legend(loc="lower center", frameon=False, fontsize=10)
    return fig


COST_LABELS = {"kosten_bezoeken": "bezoeken", "kosten_orders": "orders", "kosten_leveringen": "leveringen",
               "kosten_retouren": "retouren", "kosten_krediet": "krediet"}


@styled
def cost_to_serve_chart(profit, *, labels: Sequence[str] | None = None,
                        title: str = "Brutomarge tegenover cost-to-serve per klant") -> Figure:
    """Per customer a stacked bar of the cost-to-serve (bezoeken, orders, leveringen, retouren,
    krediet) next to a bar of the brutomarge; the klantwinst is the difference and is written
    beside each pair. ``profit``: rows of :func:`salesbook.accounts.customer_profitability`.

    >>> import pandas as pd
    >>> from salesbook.accounts import customer_profitability
    >>> s = pd.DataFrame({"klant_id": ["A"], "omzet": [100_000], "brutomarge": [30_000]})
    >>> d = pd.DataFrame({"klant_id": ["A"], "bezoeken": [4], "orders": [10], "leveringen": [10],
    ...                   "retouren": [0], "betaaldagen": [30]})
    >>> fig = cost_to_serve_chart(customer_profitability(s, d, interest_rate=0.06))
    >>> fig.axes[0].texts[0].get_text()   # 30 000 − (1600 + 3500 + 2250 + 0 + 100 000 × 0,06 × 30/365)
    'klantwinst € 22.157'
    """
    names = list(labels) if labels is not None else [str(i) for i in profit.index]
    n = len(names)
    fig, ax = new_figure(9.5, max(3.5, 0.9 * n + 1.6))
    colors = [PALETTE["blauw"], PALETTE["oranje"], PALETTE["hemelsblauw"], PALETTE["paars"], PALETTE["geel"]]
    rows = list(range(n))
    left = [0.0] * n
    for (column, label), color in zip(COST_LABELS.items(), colors):
        values = [float(v) for v in profit[column]]
        ax.barh([r + 0.2 for r in rows], values, height=0.38, left=left, color=color, label=f"kosten {label}")
        left = [a + b for a, b in zip(left, values)]
    margins = [float(v) for v in profit["brutomarge"]]
    ax.barh([r - 0.2 for r in rows], margins, height=0.38, color=GOOD, label="brutomarge")
    right = max(max(left), max(margins), 1.0)
    for r, winst in zip(rows, profit["klantwinst"]):
        ax.text(right * 1.03, r, f"klantwinst {formatting.euro(float(winst))}", va="center", fontsize=10,
                color=GOOD if winst >= 0 else BAD, fontweight="bold")
    ax.set_yticks(rows)
    ax.set_yticklabels(names)
    ax.invert_yaxis()
    ax.set_xlim(0, right * 1.55)
    euro_axis(ax, "x")
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5))
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.set_xlabel("euro per jaar")
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12 if n > 3 else -0.2), ncol=3, frameon=False, fontsize=10)
    return fig


QUADRANT_COLORS = {"key account": PALETTE["groen"], "ontwikkelen": PALETTE["blauw"],
                   "onderhouden": PALETTE["oranje"], "efficiënt bedienen": MUTED}


@styled
def portfolio_matrix_chart(portfolio, *, sizes=None, labels: Mapping | None = None, split: float = 5.5,
                           highlight: tuple[float, float, str] | None = None,
                           title: str = "Accountportfolio: aantrekkelijkheid en positie") -> Figure:
    """The account portfolio matrix: the supplier's position (x) against account attractiveness
    (y), both 1–10, split at ``split`` into four quadrants, a dot per account coloured by its
    quadrant. ``sizes`` (e.g. revenue, aligned with ``portfolio``) scales the dots; ``labels``
    maps some index values to a short name written beside the dot. ``highlight`` = (positie,
    aantrekkelijkheid, label) draws one extra account as a black star (it is not counted).

    >>> import pandas as pd
    >>> p = pd.DataFrame({"aantrekkelijkheid": [7.4, 3.4], "positie": [7.0, 4.5],
    ...                   "kwadrant": ["key account", "efficiënt bedienen"]}, index=["X", "Y"])
    >>> fig = portfolio_matrix_chart(p, labels={"X": "Bouwgroep X"})
    >>> "Bouwgroep X" in [t.get_text() for t in fig.axes[0].texts]
    True
    """
    fig, ax = new_figure(8.5, 6.5)
    ax.axvline(split, color=MUTED, linewidth=1.2)
    ax.axhline(split, color=MUTED, linewidth=1.2)
    corners = {"key account": (9.9, 9.9, "right", "top"), "ontwikkelen": (1.1, 9.9, "left", "top"),
               "onderhouden": (9.9, 1.1, "right", "bottom"), "efficiënt bedienen": (1.1, 1.1, "left", "bottom")}
    counts = portfolio["kwadrant"].value_counts()
    for name, (cx, cy, ha, va) in corners.items():
        ax.text(cx, cy, name, ha=ha, va=va, fontsize=12, fontweight="bold", color=QUADRANT_COLORS[name], alpha=0.9)
        count = formatting.number(int(counts.get(name, 0)), 0)
        ax.text(cx, cy - 0.45 if va == "top" else cy + 0.45, f"{count} accounts",
                ha=ha, va=va, fontsize=10, color=QUADRANT_COLORS[name])
    if sizes is not None:
        s = [float(v) for v in sizes]
        biggest = max(s) if s and max(s) > 0 else 1.0
        area = [20 + 380 * (v / biggest) for v in s]
    else:
        area = [60] * len(portfolio)
    ax.scatter([float(v) for v in portfolio["positie"]], [float(v) for v in portfolio["aantrekkelijkheid"]], s=area,
               c=[QUADRANT_COLORS[q] for q in portfolio["kwadrant"]], alpha=0.75, edgecolors="white", linewidths=0.8,
               zorder=3)
    for key, text in (labels or {}).items():
        if key in portfolio.index:
            ax.annotate(text, (float(portfolio.loc[key, "positie"]), float(portfolio.loc[key, "aantrekkelijkheid"])),
                        xytext=(6, 4), textcoords="offset points", fontsize=9, zorder=4,
                        bbox=dict(boxstyle="round,pad=0.15", facecolor="white", edgecolor="none", alpha=0.8))
    if highlight is not None:
        hx, hy, text = highlight
        ax.scatter([float(hx)], [float(hy)], marker="*", s=420, color=PALETTE["zwart"], edgecolors="white",
                   linewidths=1.0, zorder=5)
        ax.annotate(text, (float(hx), float(hy)), xytext=(10, -4), textcoords="offset points", fontsize=11,
                    fontweight="bold", zorder=5,
                    bbox=dict(boxstyle="round,pad=0.2", facecolor="white", edgecolor="none", alpha=0.85))
    ax.set_xlim(1, 10)
    ax.set_ylim(1, 10)
    ax.grid(axis="x")
    ax.set_xlabel("Positie van Noordstroom bij de klant (1 = zwak, 10 = sterk)")
    ax.set_ylabel("Aantrekkelijkheid van de klant (1 = laag, 10 = hoog)")
    ax.set_title(title)
    return fig
