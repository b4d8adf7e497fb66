"""Charts of chapter 8 — Beursmanagement: fair ranking, budget and return.

Every function returns a :class:`matplotlib.figure.Figure` in the house style of
:mod:`salesbook.charts.base`.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from salesbook import formatting
from salesbook.charts.base import BAD, GOOD, NEUTRAL, PALETTE, bar_chart, euro_axis, styled

# --- hoofdstuk 8 Beursmanagement: beurskeuze, beursbudget en opbrengst van een beurs -----------


@styled
def fair_ranking_chart(ranking, *, title: str = "Beurskeuze: gewogen score per beurs") -> Figure:
    """The weighted score per fair (from :func:`salesbook.fairs.rank_fairs`), best on top.

    The best fair is green, the others blue; the score (1–10) is printed at every bar.

    >>> import pandas as pd
    >>> ranking = pd.DataFrame({"score": [7.2, 6.5], "rang": [1, 2]}, index=pd.Index(["A", "B"], name="naam"))
    >>> [t.get_text() for t in fair_ranking_chart(ranking).axes[0].texts]
    ['7,20', '6,50']
    """
    labels = [str(i) for i in ranking.index]
    values = [float(v) for v in ranking["score"]]
    colors = [GOOD if int(r) == 1 else NEUTRAL for r in ranking["rang"]]
    fig = bar_chart(labels, values, title=title, ylabel="gewogen score (1–10)",
                    value_format=lambda v: formatting.number(v, 2), colors=colors, horizontal=True)
    fig.axes[0].set_xlim(0, 10.8)
    return fig


@styled
def fair_budget_chart(budget, *, title: str = "Beursbudget per post") -> Figure:
    """The fair budget per item (from :func:`salesbook.fairs.budget_shares`): amount and share.

    >>> import pandas as pd
    >>> from salesbook.fairs import budget_shares
    >>> fig = fair_budget_chart(budget_shares({"standhuur": 6_000, "catering": 2_000}))
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['€ 6.000 (75%)', '€ 2.000 (25%)']
    """
    labels = [str(i) for i in budget.index]
    amounts = [float(v) for v in budget["bedrag"]]
    # bar_chart labels the bars in order, so the label texts are handed out in that order
    texts = iter(f"{formatting.euro(a)} ({formatting.percent(float(s), 0)})" for a, s in zip(amounts, budget["aandeel"]))
    fig = bar_chart(labels, amounts, title=title, ylabel="bedrag (euro)", value_format=lambda _v: next(texts),
                    horizontal=True)
    ax = fig.axes[0]
    euro_axis(ax, "x")
    ax.xaxis.set_major_locator(MaxNLocator(5))
    ax.set_xlim(0, max(amounts) * 1.35)
    return fig


@styled
def fair_return_chart(margins: Sequence[float], fair_cost: float, *,
                      title: str = "Opbrengst van de beurs: brutomarge tegenover beurskosten") -> Figure:
    """Cumulative gross margin of the orders won, year by year, against the cost of the fair.

    ``margins`` is the (discounted) gross margin per year, first year first; bars show the
    running total, the dashed line the fair cost. A bar above the line: the fair has paid
    for itself by then.

    >>> fig = fair_return_chart([30_000, 21_000], 40_000)
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['€ 30.000', '€ 51.000']
    """
    from matplotlib.lines import Line2D

    cumulative, total = [], 0.0
    for m in margins:
        total += float(m)
        cumulative.append(total)
    labels = [f"t/m jaar {i}" for i in range(1, len(cumulative) + 1)]
    colors = [GOOD if c >= fair_cost else BAD for c in cumulative]
    fig = bar_chart(labels, cumulative, title=title, ylabel="cumulatieve brutomarge (euro)",
                    value_format=lambda v: formatting.euro(v), colors=colors)
    ax = fig.axes[0]
    ax.axhline(fair_cost, color=PALETTE["zwart"], linestyle="--", linewidth=1.3)
    euro_axis(ax, "y")
    ax.set_ylim(0, max(max(cumulative), fair_cost) * 1.18)
    handles = [Line2D([], [], color=PALETTE["zwart"], linestyle="--", label=f"beurskosten {formatting.euro(fair_cost)}")]
    if GOOD in colors:
        handles.append(Line2D([], [], color=GOOD, linewidth=8, label="beurs terugverdiend"))
    if BAD in colors:
        handles.append(Line2D([], [], color=BAD, linewidth=8, label="nog niet terugverdiend"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=3, frameon=False)
    return fig
