"""Charts of chapter 5 — Customer relationship: lead funnel, reverse funnel, lead scoring, RFM,
NPS, ABC, customer pyramid and CLV.

Every function returns a :class:`matplotlib.figure.Figure` in the house style of
:mod:`salesbook.charts.base`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from matplotlib.figure import Figure
from matplotlib.patches import Polygon
from matplotlib.ticker import MaxNLocator

from salesbook import formatting
from salesbook.charts.base import (
    BAD, GOOD, MUTED, NEUTRAL, PALETTE, bar_chart, euro_axis, new_figure, percent_axis, styled,
)

# --- chapter 5 customer relationship: lead funnel, reverse funnel, lead scoring, RFM, NPS, ----
# --- ABC / customer pyramid and CLV -----------------------------------------------------------


def _funnel(ax, labels: Sequence[str], counts: Sequence[float], rates: Sequence[float | None], *,
            color: str, rate_word: str, count_format: Callable[[float], str]) -> None:
    """Draw a funnel: one centred bar per stage (width ∝ count), rates between the stages."""
    top = max(max(counts), 1)
    n = len(labels)
    for i, (label, count) in enumerate(zip(labels, counts)):
        width = max(count / top, 0.004)
        ax.barh(i, width, left=-width / 2, height=0.72, color=color, edgecolor="white")
        ax.text(-0.52, i, label, ha="right", va="center", fontsize=12, fontweight="bold")
        inside = width > 0.2
        ax.text(0 if inside else width / 2 + 0.015, i, count_format(count), ha="center" if inside else "left",
                va="center", fontsize=12, color="white" if inside else PALETTE["zwart"], fontweight="bold")
    for i, rate in enumerate(rates, start=1):
        if rate is None or rate != rate:
            continue
        ax.annotate(f"{rate_word} {formatting.percent(rate, 1)}", xy=(0.53, i - 0.5), ha="left", va="center",
                    fontsize=11, color="#444444")
    ax.set_xlim(-0.95, 0.95)
    ax.set_ylim(n - 0.5, -0.6)
    ax.set_axis_off()


@styled
def funnel_chart(funnel, *, title: str = "Leadfunnel: van cold lead tot trouwe klant") -> Figure:
    """The lead funnel of :func:`salesbook.customers.lead_funnel`: reached per stage, conversion between.

    Bar widths are proportional to the number of leads that reached each stage; the
    stage-to-stage conversion rate is printed between two bars.

    >>> from salesbook.customers import lead_funnel
    >>> fig = funnel_chart(lead_funnel(["cold", "warm", "warm", "hot", "klant"]))
    >>> [t.get_text() for t in fig.axes[0].texts if t.get_text().startswith("conversie")]
    ['conversie 80,0%', 'conversie 50,0%', 'conversie 50,0%', 'conversie 0,0%']
    """
    labels = [str(s) for s in funnel.index]
    counts = [float(c) for c in funnel["bereikt"]]
    rates = [float(r) for r in funnel["conversie"].iloc[1:]]
    fig, ax = new_figure(9, 0.8 * len(labels) + 1.4)
    _funnel(ax, labels, counts, rates, color=NEUTRAL, rate_word="conversie",
            count_format=lambda v: formatting.number(v, 0))
    ax.set_title(title)
    return fig


@styled
def reverse_funnel_chart(stages: Sequence[str], required: Sequence[int], rates: Sequence[float], *,
                         title: str = "Reverse funnel: wat is er nodig voor het target?") -> Figure:
    """The reverse funnel of :func:`salesbook.customers.reverse_funnel`: required number per stage.

    ``stages`` names every stage (top first), ``required`` is the output of ``reverse_funnel``
    and ``rates`` its conversion rates. The target (the bottom bar) is highlighted.

    >>> fig = reverse_funnel_chart(["leads", "afspraken", "offertes", "orders"], [200, 100, 40, 10], [0.5, 0.4, 0.25])
    >>> [t.get_text() for t in fig.axes[0].texts][:2]
    ['leads', '200']
    """
    from salesbook import validation
    from salesbook.errors import SalesbookError

    names = [str(s) for s in stages]
    counts = [float(validation.whole(v, "benodigd aantal")) for v in required]
    if len(names) != len(counts) or len(rates) != len(counts) - 1:
        raise SalesbookError(f"geef één naam per fase ({len(counts)}) en één conversieratio minder ({len(counts) - 1})")
    fig, ax = new_figure(9, 0.8 * len(names) + 1.6)
    _funnel(ax, names, counts, list(rates), color=PALETTE["hemelsblauw"], rate_word="↑ delen door",
            count_format=lambda v: formatting.number(v, 0))
    ax.patches[-1].set_facecolor(GOOD)
    ax.text(0, len(names) - 0.5 + 0.15, "reken van onder naar boven: deel door de conversie en rond elke fase naar boven af",
            ha="center", va="top", fontsize=10, color="#555555")
    ax.set_ylim(len(names) - 0.5 + 0.45, -0.6)
    ax.set_title(title)
    return fig


@styled
def lead_score_chart(bands, *, threshold: float | None = None,
                     title: str = "Conversie naar klant per scoreklasse") -> Figure:
    """Conversion per lead-score band (from :func:`salesbook.customers.lead_score_bands`).

    Bars show the share of leads in a band that became a customer, the number of leads is
    printed in each bar's label; bands at or above ``threshold`` (sales-ready) are green.

    >>> import pandas as pd
    >>> bands = pd.DataFrame({"leads": [10, 5], "klanten": [1, 3], "conversie": [0.1, 0.6], "ondergrens": [0, 50]},
    ...                      index=pd.Index(["0–49", "50–99"], name="score"))
    >>> fig = lead_score_chart(bands, threshold=50)
    >>> [t.get_text().splitlines() for t in fig.axes[0].texts]
    [['10%', 'van 10'], ['60%', 'van 5']]
    """
    labels = [str(i) for i in bands.index]
    rates = [float(v) if v == v else 0.0 for v in bands["conversie"]]
    colors = [GOOD if threshold is not None and low >= threshold else MUTED for low in bands["ondergrens"]]
    fig = bar_chart(labels, rates, title=title, ylabel="Deel dat klant werd",
                    value_format=lambda v: formatting.percent(v, 0), colors=colors)
    ax = fig.axes[0]
    for text, n in zip(ax.texts, bands["leads"]):
        text.set_text(f"{text.get_text()}\nvan {formatting.number(n, 0)}")
    ax.margins(y=0.2)
    percent_axis(ax, "y", 0)
    ax.set_xlabel("Leadscore (punten); boven elke staaf: conversie van het aantal leads in die klasse")
    if threshold is not None:
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color=GOOD, label=f"sales-ready (≥ {formatting.number(threshold, 0)} punten)"),
                           Patch(color=MUTED, label="nog niet sales-ready")], loc="upper left", frameon=False)
    return fig


RFM_COLORS = {
    "kampioenen": PALETTE["groen"], "loyale klanten": PALETTE["blauw"], "veelbelovend": PALETTE["hemelsblauw"],
    "aandacht nodig": PALETTE["geel"], "risicoklanten": PALETTE["vermiljoen"], "slapers": PALETTE["oranje"],
    "verloren": MUTED,
}


@styled
def rfm_segment_chart(summary, *, title: str = "RFM-segmenten: deel van de klanten en van de omzet") -> Figure:
    """Share of customers next to share of revenue per RFM segment (from ``rfm_segment_summary``).

    >>> import pandas as pd
    >>> s = pd.DataFrame({"klanten": [2, 8], "aandeel_klanten": [0.2, 0.8], "omzet": [800.0, 200.0],
    ...                   "aandeel_omzet": [0.8, 0.2]}, index=pd.Index(["kampioenen", "verloren"], name="segment"))
    >>> fig = rfm_segment_chart(s)
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['20%', '80%', '80%', '20%']
    """
    import numpy as np

    labels = [str(s) for s in summary.index]
    y = np.arange(len(labels))
    fig, ax = new_figure(9, 0.55 * len(labels) + 2.0)
    h = 0.38
    for offset, column, color, label in ((-h / 2, "aandeel_klanten", MUTED, "deel van de klanten"),
                                         (h / 2, "aandeel_omzet", NEUTRAL, "deel van de omzet")):
        values = [float(v) for v in summary[column]]
        bars = ax.barh(y + offset, values, height=h, color=color, label=label)
        for bar, value in zip(bars, values):
            ax.annotate(formatting.percent(value, 0), (bar.get_width(), bar.get_y() + h / 2), xytext=(3, 0),
                        textcoords="offset points", va="center", fontsize=10)
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    percent_axis(ax, "x", 0)
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.tick_params(axis="y", length=0)
    ax.margins(x=0.12)
    ax.set_title(title)
    ax.legend(loc="lower right", frameon=False)
    return fig


@styled
def nps_chart(table, *, title: str = "Net Promoter Score per groep") -> Figure:
    """Detractors, passives and promoters per group as 100% bars, with the NPS and its margin.

    ``table`` is the output of :func:`salesbook.customers.nps_by`: shares ``promoters``,
    ``passives`` and ``detractors`` (fractions), ``nps`` in points and ``foutmarge``.

    >>> import pandas as pd
    >>> from salesbook.customers import nps_by
    >>> t = nps_by(pd.DataFrame({"land": ["NL"] * 4 + ["BE"] * 2, "score": [10, 9, 7, 3, 6, 10]}), "land")
    >>> [t.get_text() for t in nps_chart(t).axes[0].texts if t.get_text().startswith("NPS")]
    ['NPS +25 (± 81, n = 4)', 'NPS 0 (± 139, n = 2)']
    """
    labels = [str(i) if not isinstance(i, tuple) else " · ".join(map(str, i)) for i in table.index]
    fig, ax = new_figure(10, 0.6 * len(labels) + 2.0)
    parts = (("detractors", "criticasters (0–6)", BAD), ("passives", "passieven (7–8)", "#C8C8C8"),
             ("promoters", "promotors (9–10)", GOOD))
    left = [0.0] * len(labels)
    for column, label, color in parts:
        values = [float(v) for v in table[column]]
        ax.barh(labels, values, left=left, color=color, label=label, height=0.65)
        for i, (start, value) in enumerate(zip(left, values)):
            if value >= 0.07:
                ax.text(start + value / 2, i, formatting.percent(value, 0), ha="center", va="center", fontsize=10,
                        color="white" if color != "#C8C8C8" else PALETTE["zwart"])
        left = [a + b for a, b in zip(left, values)]
    for i, (score, margin, n) in enumerate(zip(table["nps"], table["foutmarge"], table["n"])):
        sign = "+" if score > 0 else ""
        ax.text(1.02, i, f"NPS {sign}{formatting.number(score, 0)} (± {formatting.number(margin, 0)}, n = "
                         f"{formatting.number(n, 0)})", va="center", fontsize=11, fontweight="bold")
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    percent_axis(ax, "x", 0)
    ax.grid(axis="y", visible=False)
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=3, frameon=False)
    return fig


@styled
def abc_chart(abc, *, title: str = "ABC-analyse: cumulatief aandeel in de omzet") -> Figure:
    """The Pareto curve of :func:`salesbook.customers.abc_analysis`: cumulative share against the
    share of customers, coloured by class, with the thresholds as dashed lines.

    >>> from salesbook.customers import abc_analysis
    >>> fig = abc_chart(abc_analysis([50, 30, 15, 5]))
    >>> [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    ['A: 2 klanten (50%), 80% van de omzet', 'B: 1 klanten (25%), 15% van de omzet', 'C: 1 klanten (25%), 5% van de omzet']
    """
    n = len(abc)
    x = [(i + 1) / n for i in range(n)]
    cum = [float(v) for v in abc["cum_share"]]
    fig, ax = new_figure(8.5, 5)
    colors = {"A": GOOD, "B": PALETTE["oranje"], "C": MUTED}
    ax.plot([0] + x, [0] + cum, color=PALETTE["zwart"], linewidth=1.5, zorder=3)
    for cls in ("A", "B", "C"):
        members = [i for i, c in enumerate(abc["class"]) if c == cls]
        if not members:
            continue
        first, last = members[0], members[-1]
        xs = [first / n] + x[first:last + 1]
        ys = [cum[first - 1] if first > 0 else 0.0] + cum[first:last + 1]
        share = float(abc["share"].iloc[first:last + 1].sum())
        ax.fill_between(xs, 0, ys, color=colors[cls], alpha=0.55, linewidth=0,
                        label=f"{cls}: {formatting.number(len(members), 0)} klanten "
                              f"({formatting.percent(len(members) / n, 0)}), {formatting.percent(share, 0)} van de omzet")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    percent_axis(ax, "x", 0)
    percent_axis(ax, "y", 0)
    ax.set_xlabel("Deel van de klanten (grootste eerst)")
    ax.set_ylabel("Cumulatief deel van de omzet")
    ax.grid(axis="x")
    ax.set_title(title)
    ax.legend(loc="lower right", frameon=False)
    return fig


@styled
def pyramid_chart(pyramid, *, title: str = "Klantpiramide: klanten en omzet per laag") -> Figure:
    """The customer pyramid of :func:`salesbook.customers.customer_pyramid` as a drawn pyramid.

    Each layer has the same height; its label gives the share of customers and the share of
    revenue, so the lopsidedness (1% of the customers, a third of the revenue) is visible.

    >>> import pandas as pd
    >>> from salesbook.customers import customer_pyramid
    >>> fig = pyramid_chart(customer_pyramid(pd.Series([500.0] + [100.0] * 4 + [10.0] * 15 + [1.0] * 80)))
    >>> [t.get_text() for t in fig.axes[0].texts][0]
    'top'
    """
    layers = [str(i) for i in pyramid.index]
    n = len(layers)
    fig, ax = new_figure(9.5, 1.0 * n + 1.6)
    colors = [PALETTE["blauw"], PALETTE["hemelsblauw"], PALETTE["groen"], MUTED, PALETTE["oranje"], PALETTE["paars"]]
    for i, layer in enumerate(layers):
        top_half = 0.5 * i / n
        bottom_half = 0.5 * (i + 1) / n
        y_top, y_bottom = n - i, n - i - 1
        ax.add_patch(Polygon([(0.5 - bottom_half, y_bottom), (0.5 + bottom_half, y_bottom),
                              (0.5 + top_half, y_top), (0.5 - top_half, y_top)],
                             closed=True, facecolor=colors[i % len(colors)], edgecolor="white", linewidth=2))
        row = pyramid.loc[pyramid.index[i]]
        ax.text(0.5, y_bottom + 0.5 if i else y_bottom + 0.3, layer, ha="center", va="center", fontsize=12,
                fontweight="bold", color="white")
        ax.text(1.05, y_bottom + 0.5,
                f"{formatting.percent(float(row['aandeel_klanten']), 0)} van de klanten "
                f"({formatting.number(float(row['klanten']), 0)}) → "
                f"{formatting.percent(float(row['aandeel_omzet']), 0)} van de omzet", va="center", fontsize=11)
    ax.set_xlim(-0.05, 2.05)
    ax.set_ylim(-0.1, n + 0.1)
    ax.set_axis_off()
    ax.set_title(title)
    return fig


@styled
def clv_chart(analysis, *, by: str = "segment", order: Sequence[str] | None = None,
              title: str = "Customer equity: totale CLV per groep") -> Figure:
    """The total CLV (the customer equity) per group, with the average CLV per customer.

    ``analysis`` has one row per customer with a ``clv`` column and the column ``by``
    (e.g. the output of :func:`salesbook.customers.customer_analysis`). ``order`` fixes the
    order of the groups (default: by total CLV).

    >>> import pandas as pd
    >>> a = pd.DataFrame({"clv": [1000.0, 600.0, 100.0], "segment": ["kampioenen", "kampioenen", "verloren"]})
    >>> [t.get_text() for t in clv_chart(a).axes[0].texts]
    ['€ 1,6k (94%; gem. € 800)', '€ 100 (6%; gem. € 100)']
    """
    grouped = analysis.groupby(by, observed=True)["clv"].agg(["sum", "mean", "size"])
    grouped = grouped.reindex([g for g in order if g in grouped.index]) if order else grouped.sort_values(
        "sum", ascending=False)
    total = float(analysis["clv"].sum())
    labels = [str(i) for i in grouped.index]
    values = [float(v) for v in grouped["sum"]]
    texts = [f"{formatting.euro_compact(v)} ({formatting.percent(v / total, 0) if total else '–'}; "
             f"gem. {formatting.euro_compact(m)})" for v, m in zip(values, grouped["mean"])]
    fig = bar_chart(labels, values, title=title, ylabel="Totale CLV (euro)", horizontal=True,
                    colors=[RFM_COLORS.get(lab, NEUTRAL) for lab in labels])
    ax = fig.axes[0]
    for text, label in zip(ax.texts, texts):
        text.set_text(label)
    from matplotlib.ticker import MaxNLocator

    euro_axis(ax, "x")
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
    ax.margins(x=0.45)
    fig.set_size_inches(10, fig.get_size_inches()[1])
    return fig
