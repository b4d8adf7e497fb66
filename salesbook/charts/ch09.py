"""Charts of chapter 9 — Bedrijfseconomische aspecten: decision heat map, volume effects, break-
even and the profit profile.

Every function returns a :class:`matplotlib.figure.Figure` in the house style of
:mod:`salesbook.charts.base`.
"""

from __future__ import annotations

import matplotlib
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from salesbook import formatting
from salesbook.charts.base import (
    BAD, GOOD, MUTED, NEUTRAL, PALETTE, euro_axis, new_figure, number_axis, percent_axis, styled,
)

# --- hoofdstuk 9 Bedrijfseconomische aspecten van het salesmanagement ------------------------


@styled
def decision_heatmap(table, *, kind: str = "korting", title: str | None = None, cap: float = 3.0) -> Figure:
    """A margin × discount (or price-rise) decision table as a heat map with the % in every cell.

    ``table`` comes from :func:`salesbook.finance.discount_table` (``kind="korting"``: extra
    volume needed) or :func:`salesbook.finance.price_increase_table` (``kind="prijsverhoging"``:
    volume you may lose). Refused cells (NaN: the discount eats the whole margin) are grey and
    marked "✗ onmogelijk". Colours stop at ``cap`` (300%) so that the ordinary cells stay readable.

    >>> from salesbook import finance
    >>> fig = decision_heatmap(finance.discount_table([0.2, 0.3], [0.1, 0.2]))
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['100%', '✗ onmogelijk', '50%', '200%']
    """
    import numpy as np

    values = table.to_numpy(dtype=float)
    n_rows, n_cols = values.shape
    fig, ax = new_figure(max(6.5, 1.05 * n_cols + 2.5), max(3.5, 0.5 * n_rows + 1.8))
    shown = np.ma.masked_invalid(np.minimum(values, cap))
    cmap = matplotlib.colormaps["YlOrRd" if kind == "korting" else "YlGnBu"].with_extremes(bad="#D9D9D9")
    image = ax.imshow(shown, cmap=cmap, vmin=0, vmax=cap if kind == "korting" else np.nanmax(values),
                      aspect="auto")
    ax.grid(False)
    for i in range(n_rows):
        for j in range(n_cols):
            v = values[i, j]
            if np.isnan(v):
                ax.text(j, i, "✗ onmogelijk", ha="center", va="center", fontsize=9, color="#444444")
            else:
                dark = min(v, cap) > 0.6 * (cap if kind == "korting" else np.nanmax(values))
                ax.text(j, i, formatting.percent(v, 0), ha="center", va="center", fontsize=10,
                        color="white" if dark else "black")
    ax.set_xticks(range(n_cols), [formatting.percent(c, 0) for c in table.columns])
    ax.set_yticks(range(n_rows), [formatting.percent(m, 0) for m in table.index])
    ax.set_xlabel("Korting op de prijs" if kind == "korting" else "Prijsverhoging")
    ax.set_ylabel("Brutomarge (op de verkoopprijs)")
    default = ("Benodigde extra afzet na korting: d / (m − d)" if kind == "korting"
               else "Toegestaan afzetverlies na prijsverhoging: p / (m + p)")
    ax.set_title(title or default)
    bar = fig.colorbar(image, ax=ax, shrink=0.9)
    bar.ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: formatting.percent(v, 0)))
    if kind == "korting":
        bar.set_label(f"extra afzet (kleur tot {formatting.percent(cap, 0)})")
    else:
        bar.set_label("afzetverlies")
    return fig


@styled
def volume_effect_chart(effects) -> Figure:
    """For one gross margin: the extra volume a discount needs and the volume a price rise may
    lose, against the size of the discount or rise (0–the margin); the reader's choice is marked.

    ``effects`` is a :class:`salesbook.finance.VolumeEffects` (from :func:`salesbook.finance.volume_effects`).

    >>> from salesbook import finance
    >>> fig = volume_effect_chart(finance.volume_effects(0.3, discount=0.1))
    >>> fig.axes[0].texts[-1].get_text()
    'korting 10%: +50% afzet nodig'
    """
    e = effects
    m = e.margin
    x_max = e.increases[-1]
    fig, ax = new_figure(8.5, 4.8)
    ax.plot([100 * g for g in e.discounts], list(e.extra_volume), color=BAD, linewidth=2.4,
            label="korting: benodigde extra afzet, d / (m − d)")
    ax.plot([100 * g for g in e.increases], [-v for v in e.volume_loss], color=GOOD,
            linewidth=2.4, label="prijsverhoging: toegestaan afzetverlies, −p / (m + p)")
    ax.axhline(0, color=PALETTE["zwart"], linewidth=0.8)
    ax.axvline(100 * m, color=MUTED, linestyle=":", linewidth=1.5)
    y_top = min(4.0, e.extra_volume[-1])
    ax.text(100 * m, 0.5 * y_top, f" korting = marge ({formatting.percent(m, 0)})", color="#555555", fontsize=10,
            ha="left", va="center", rotation=90)

    def place(x: float, y: float, text: str, color: str, below: bool) -> None:
        right_half = x > 0.55 * 100 * x_max
        down = (below and y > -0.7) or y > 0.75 * y_top
        ax.plot([x], [y], "o", color=color, markersize=9, zorder=5)
        ax.annotate(text, (x, y), xytext=(-10 if right_half else 10, -16 if down else 6),
                    textcoords="offset points", ha="right" if right_half else "left", fontsize=11, fontweight="bold",
                    bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1}, zorder=6)

    if e.increase is not None:
        p, y = e.increase, e.increase_effect
        place(100 * p, -y, f"prijs +{formatting.percent(p, 0)}: max. {formatting.percent(y, 0)} minder afzet", GOOD, True)
    if e.discount is not None:
        d, x = e.discount, e.discount_effect
        place(100 * d, min(x, y_top), f"korting {formatting.percent(d, 0)}: +{formatting.percent(x, 0)} afzet nodig",
              BAD, False)
    ax.set_xlim(0, 100 * x_max * 1.02)
    ax.set_ylim(-1.0, y_top)
    percent_axis(ax, "y", 0)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{formatting.number(v, 0)}%"))
    ax.set_xlabel("Korting of prijsverhoging (% van de prijs)")
    ax.set_ylabel("Verandering van de afzet")
    ax.set_title(f"Korting en prijsverhoging bij {formatting.percent(m, 0)} brutomarge")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), fontsize=10, ncol=2, frameon=False)
    return fig


@styled
def break_even_chart(analysis, *, max_volume: float | None = None) -> Figure:
    """Break-even chart: revenue and total costs against the volume, the break-even point marked;
    after a discount the revenue line before the discount is dashed; an expected volume is a
    vertical line with the veiligheidsmarge.

    ``analysis`` is a :class:`salesbook.finance.BreakEven`.

    >>> from salesbook import finance
    >>> fig = break_even_chart(finance.break_even(120_000, 50, 30, volume=8_000))
    >>> fig.axes[0].texts[0].get_text()
    'break-evenpunt: 6.000 stuks (€ 300.000)'
    """
    import math

    b = analysis
    q_max = max_volume or 1.6 * max(b.units, b.units_before_discount, b.volume or 0)
    q_max = max(q_max, 1.0)
    xs = [0, q_max]
    fig, ax = new_figure(8.5, 5)
    ax.plot(xs, [b.fixed_costs, b.fixed_costs + b.variable_cost * q_max], color=BAD, linewidth=2.2,
            label="totale kosten = FC + vc · q")
    ax.plot(xs, [b.fixed_costs] * 2, color=MUTED, linestyle=":", linewidth=1.5, label="vaste kosten (FC)")
    if b.net_price < b.price:
        ax.plot(xs, [0, b.price * q_max], color=NEUTRAL, linestyle="--", linewidth=1.5,
                label=f"omzet zonder korting (p = {formatting.euro(b.price, 2)})")
        ax.plot([b.units_before_discount], [b.units_before_discount * b.price], "o", color=NEUTRAL, markersize=7)
    ax.plot(xs, [0, b.net_price * q_max], color=GOOD if b.net_price == b.price else PALETTE["oranje"], linewidth=2.4,
            label=f"omzet = p · q (p = {formatting.euro(b.net_price, 2)})")
    ax.plot([b.units], [b.revenue], "o", color=PALETTE["zwart"], markersize=9, zorder=5)
    ax.annotate(f"break-evenpunt: {formatting.number(math.ceil(b.units - 1e-9), 0)} stuks ({formatting.euro(b.revenue)})",
                (b.units, b.revenue), xytext=(-10, 14), textcoords="offset points", ha="right", fontsize=11,
                fontweight="bold")
    if b.volume is not None:
        ax.axvline(b.volume, color=PALETTE["paars"], linestyle="--", linewidth=1.5,
                   label=f"verwachte afzet: {formatting.number(b.volume, 0)} stuks "
                         f"(veiligheidsmarge {formatting.percent(b.margin_of_safety, 0)})")
    ax.set_xlim(0, q_max)
    ax.set_ylim(0, max(b.price, b.net_price) * q_max * 1.05)
    number_axis(ax, "x", 0)
    euro_axis(ax, "y")
    ax.set_xlabel("Afzet (stuks per jaar)")
    ax.set_ylabel("Euro per jaar")
    ax.set_title("Break-evenanalyse: waar dekt de omzet alle kosten?")
    ax.legend(loc="upper left", fontsize=10)
    return fig


@styled
def profit_profile_chart(table, *, title: str = "Winst per klant naar klantduur (winstprofiel)") -> Figure:
    """Stacked bars of the profit of one customer per year of tenure, by source, with the
    acquisition cost as a negative bar in year 0 (Reichheld & Sasser 1990).

    ``table`` comes from :func:`salesbook.retention.profit_by_year`.

    >>> from salesbook import retention
    >>> p = retention.ProfitProfile(100, growth=10, acquisition_cost=80)
    >>> fig = profit_profile_chart(retention.profit_by_year(p, 3))
    >>> [t.get_text() for t in fig.axes[0].get_legend().get_texts()][:2]
    ['acquisitiekosten', 'basiswinst']
    """
    colors = {"acquisitie": BAD, "basiswinst": NEUTRAL, "omzetgroei": PALETTE["oranje"],
              "kostenbesparing": GOOD, "aanbevelingen": PALETTE["hemelsblauw"], "prijspremie": PALETTE["paars"]}
    labels = {"acquisitie": "acquisitiekosten"}
    fig, ax = new_figure(8.5, 4.8)
    years = list(table.index)
    bottom = [0.0] * len(years)
    for column, color in colors.items():
        values = [float(v) for v in table[column]]
        if column != "acquisitie" and not any(values):
            continue
        if column == "acquisitie":
            ax.bar(years, values, color=color, label=labels[column])
            continue
        ax.bar(years, values, bottom=bottom, color=color, label=labels.get(column, column))
        bottom = [b + v for b, v in zip(bottom, values)]
    for year, total in zip(years, table["winst"]):
        ax.annotate(formatting.euro(total), (year, max(total, 0)), xytext=(0, 3), textcoords="offset points",
                    ha="center", fontsize=10)
    ax.axhline(0, color=PALETTE["zwart"], linewidth=0.8)
    ax.set_xticks(years, ["start"] + [str(y) for y in years[1:]])
    ax.set_xlabel("Jaar van de klantrelatie")
    ax.set_ylabel("Winst per klant (euro)")
    euro_axis(ax, "y")
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), fontsize=10, ncol=3, frameon=False)
    ax.margins(y=0.15)
    return fig
