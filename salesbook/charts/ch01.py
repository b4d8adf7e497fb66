"""Charts of chapter 1 — Rol van de salesmanager: customer equity, the Kotler and transition
ladders, retention economics and the Tabel 1.2 benchmark.

Every function returns a :class:`matplotlib.figure.Figure` in the house style of
:mod:`salesbook.charts.base`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator

from salesbook import formatting
from salesbook.charts.base import (
    BAD, GOOD, MUTED, NEUTRAL, PALETTE, SERIES, bar_chart, euro_axis, new_figure, number_axis,
    percent_axis, styled,
)

# --- § 1.1 customer equity and the ladder diagnostics (Kotler, § 1.4 transition) ------------


def _score_text(value: float) -> str:
    """A score for a label: whole numbers without decimals (8), others with one (7,5)."""
    return formatting.number(value, 0 if float(value).is_integer() else 1)


@styled
def equity_chart(
    own: Mapping[str, Mapping[str, float]],
    competitor: Mapping[str, Mapping[str, float]] | None = None,
    *,
    company: str = "Eigen onderneming",
    competitor_name: str = "Concurrent",
    threshold: float = 6.0,
    own_means: Mapping[str, float],
    competitor_means: Mapping[str, float] | None = None,
) -> Figure:
    """Customer equity per sub-aspect, grouped by driver, as horizontal bars (own vs competitor).

    ``own`` (and ``competitor``) map each driver to {sub-aspect label: score}, as
    :func:`salesbook.equity.scores_by_driver` gives them; ``own_means`` (and ``competitor_means``)
    are the driver scores of :func:`salesbook.equity.driver_scores`, shown in a bold heading per
    driver. A dashed line marks the threshold below which a score counts as weak. From flat scores
    (sub-aspect key → score), :func:`salesbook.widgets.equity.equity_figure` computes both and draws.

    >>> own = {"value equity": {"economisch voordeel": 7, "functioneel voordeel": 8}}
    >>> fig = equity_chart(own, {"value equity": {"economisch voordeel": 6, "functioneel voordeel": 6}},
    ...                    own_means={"value equity": 7.5}, competitor_means={"value equity": 6},
    ...                    company="Noordstroom")
    >>> [t.get_text() for t in fig.legends[0].get_texts()]
    ['Noordstroom', 'Concurrent', 'ondergrens voldoende (6)']
    """
    mine, theirs = own, competitor
    company = (company or "").strip() or "Eigen onderneming"
    competitor_name = (competitor_name or "").strip() or "Concurrent"
    own_drivers, their_drivers = own_means, competitor_means if theirs is not None else None

    rows: list[tuple[float, str, str]] = []  # (y, driver, sub-aspect label) for bars
    headings: list[tuple[float, str]] = []  # (y, driver)
    y = 0.0
    for driver, labels in mine.items():
        headings.append((y, driver))
        y += 1
        for label in labels:
            rows.append((y, driver, label))
            y += 1
        y += 0.4
    fig, ax = new_figure(9, 0.42 * y + 1.6)
    height = 0.38 if theirs is not None else 0.6
    offset = height / 2 if theirs is not None else 0.0
    handles = []
    series = [(mine, company, NEUTRAL, -offset)]
    if theirs is not None:
        series.append((theirs, competitor_name, PALETTE["oranje"], offset))
    for scores, label, color, shift in series:
        ys = [r + shift for r, _, _ in rows]
        values = [float(scores[driver][label]) for _, driver, label in rows]
        bars = ax.barh(ys, values, height=height, color=color, label=label)
        handles.append(bars)
        for bar, value in zip(bars, values):
            ax.annotate(_score_text(value), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                        xytext=(3, 0), textcoords="offset points", va="center", fontsize=10)
    for hy, driver in headings:
        text = f"{driver[0].upper()}{driver[1:]}: gemiddeld {formatting.number(own_drivers[driver], 1)}"
        if their_drivers is not None:
            text += f" (concurrent {formatting.number(their_drivers[driver], 1)})"
        ax.text(0.1, hy, text, fontweight="bold", va="center", fontsize=12,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})
    handles.append(ax.axvline(threshold, color=PALETTE["zwart"], linestyle="--", linewidth=1,
                              label=f"ondergrens voldoende ({_score_text(threshold)})"))
    ax.set_yticks([r for r, _, _ in rows], [label for _, _, label in rows])
    ax.set_ylim(y - 0.4, -0.7)
    ax.set_xlim(0, 10.8)
    ax.set_xticks(range(0, 11))
    ax.set_xlabel("Score (1 = zeer zwak, 10 = uitstekend)")
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.tick_params(axis="y", length=0)
    ax.set_title("Customer equity per driver en subaspect")
    long_names = len(company) + len(competitor_name) > 50
    fig.legend(handles=handles, loc="outside lower center", ncol=1 if long_names else 3, frameon=False)
    return fig


@styled
def ladder_chart(
    stages: Sequence[str],
    reached: int | str,
    *,
    scores: Sequence[float] | None = None,
    title: str = "Waar staat de organisatie?",
) -> Figure:
    """The stages of a ladder diagnostic as a staircase, lowest left, the reached stage highlighted.

    ``reached`` is the index (0 = lowest) or the name of the stage; ``scores`` (fractions, one
    per stage) are printed on the steps as the share of agreement. The inputs come from
    :func:`salesbook.diagnostics.diagnose`, which validates what a student answers; a chart only
    refuses a call that cannot be drawn (ValueError).

    >>> fig = ladder_chart(["Undefined", "Defined", "Aligned", "Integrated"], "Aligned")
    >>> [t.get_text() for t in fig.axes[0].texts if t.get_text() == "Aligned"]
    ['Aligned']
    """
    names = [str(s) for s in stages]
    index = names.index(reached) if isinstance(reached, str) else int(reached)
    if len(names) < 2 or not 0 <= index < len(names):
        raise ValueError(f"ladder_chart needs at least 2 stages and a reached stage among them "
                         f"(got {len(names)} stages, reached {reached!r})")
    shares = None if scores is None else [float(v) for v in scores]
    if shares is not None and len(shares) != len(names):
        raise ValueError(f"ladder_chart needs one score per stage ({len(names)}, got {len(shares)})")
    n = len(names)
    fig, ax = new_figure(9, 4.8)
    for i, name in enumerate(names):
        if i < index:
            face, edge, color, weight = PALETTE["hemelsblauw"], PALETTE["hemelsblauw"], PALETTE["zwart"], "normal"
        elif i == index:
            face, edge, color, weight = GOOD, PALETTE["zwart"], "white", "bold"
        else:
            face, edge, color, weight = "#EEEEEE", MUTED, "#555555", "normal"
        ax.add_patch(Rectangle((i, 0), 0.94, i + 1, facecolor=face, edgecolor=edge,
                                                  linewidth=1.5 if i == index else 1))
        ax.text(i + 0.47, i + 0.72, name, ha="center", va="center", color=color, fontweight=weight, fontsize=13)
        if scores is not None:
            ax.text(i + 0.47, i + 0.35, f"{formatting.percent(shares[i], 0)} herkend", ha="center",
                    va="center", color=color, fontsize=10)
    ax.annotate("Hier staan jullie", xy=(index + 0.47, index + 1.05), xytext=(index + 0.47, index + 1.75),
                ha="center", fontsize=12, fontweight="bold",
                arrowprops={"arrowstyle": "-|>", "color": PALETTE["zwart"], "linewidth": 1.5})
    ax.set_xlim(-0.1, n + 0.05)
    ax.set_ylim(0, n + 1.1)
    ax.set_axis_off()
    ax.set_title(title)
    return fig


# --- § 1.1.2 retention economics and the internal benchmark of Tabel 1.2 --------------------


def _pct(fraction: float) -> str:
    return formatting.value(fraction, "fractie")


@styled
def retention_uplift_chart(curves, *, point: tuple[float, float] | None = None) -> Figure:
    """The CLV uplift of one step more retention against retention, one line per discount rate.

    ``curves`` is a :class:`salesbook.retention.UpliftCurves` (from
    :func:`salesbook.retention.uplift_curves`): the retention grid, per discount rate the uplifts
    and the interval on which the claim holds, the step and the band ``low``–``high`` (the book's
    4–5%), which is shaded. ``point`` = (retention, uplift) marks the reader's own situation.

    >>> from salesbook.retention import uplift_curves
    >>> fig = retention_uplift_chart(uplift_curves((0.1,)), point=(0.8, 0.0474))
    >>> fig.axes[0].get_legend().get_texts()[1].get_text()
    'disconteringsvoet 10%: 4%–5% bij retentie 69%–82%'
    """
    low, high, grid = curves.low, curves.high, list(curves.retentions)
    r_lo, r_hi = grid[0], grid[-1]
    fig, ax = new_figure(8.5, 5)
    ax.axhspan(low, high, color=GOOD, alpha=0.2, linewidth=0,
               label=f"bewering § 1.1.2: {_pct(low)}–{_pct(high)} hogere CLV")
    top, lows = high, []
    for color, curve in zip(SERIES, curves.curves):
        ys = list(curve.uplifts)
        finite = [y for y in ys if y == y]
        if finite:
            top, lows = max(top, *finite), lows + [min(finite)]
        interval = curve.claim_interval
        where = (f"{_pct(low)}–{_pct(high)} bij retentie "
                 f"{formatting.percent(interval[0], 0)}–{formatting.percent(interval[1], 0)}"
                 if interval else f"nergens {_pct(low)}–{_pct(high)}")
        ax.plot(grid, ys, color=color, linewidth=2.2,
                label=f"disconteringsvoet {_pct(curve.discount_rate)}: {where}")
    # Show the band, the lowest part of every curve and the reader's point; cut off the
    # steep ends of the curves instead of squeezing everything into the bottom.
    cap = max([0.15, 1.6 * high] + [1.25 * v for v in lows])
    y_top = min(top * 1.08, cap)
    if point is not None:
        r, u = float(point[0]), float(point[1])
        y_top = max(y_top, 1.15 * u)
        ax.plot([r], [u], "o", color=PALETTE["zwart"], markersize=8, zorder=5)
        left_half = r < (r_lo + r_hi) / 2  # put the label on the side with room
        ax.annotate(f"jouw situatie: {formatting.percent(u, 1)}", (r, u),
                    xytext=(12 if left_half else -12, 12 if u < 0.8 * y_top else -20),
                    textcoords="offset points", ha="left" if left_half else "right",
                    fontsize=11, fontweight="bold")
    ax.set_xlim(r_lo, r_hi)
    ax.set_ylim(0, y_top)
    percent_axis(ax, "x", 0)
    percent_axis(ax, "y", 0 if high >= 0.03 else 1)
    step = curves.step
    size = formatting.number(step * 100, 0 if float(step * 100).is_integer() else 1)
    what = f"{size}% (relatief)" if curves.relative else f"{size} procentpunt"
    ax.set_title(f"Hoeveel hoger wordt de CLV bij {what} meer klantretentie?")
    ax.set_xlabel("Klantretentie vóór de verhoging")
    ax.set_ylabel("Stijging van de CLV")
    ax.legend(loc="best", fontsize=10)
    return fig


@styled
def benchmark_chart(
    ranked,
    kpi: str,
    *,
    spec,
    norm: float | None = None,
    norm_label: str | None = None,
    flagged: Sequence[str] | None = None,
) -> Figure:
    """One KPI per subsidiary as horizontal bars in the order of the table, the first on top (Tabel 1.2).

    ``ranked`` is a table ranked by :func:`salesbook.subsidiaries.rank_subsidiaries` with the
    columns ``land`` and ``kpi``; ``spec`` is its :class:`salesbook.subsidiaries.Kpi` (label, unit,
    whether higher is better). Subsidiaries in ``flagged`` are drawn in the BAD colour; without
    ``flagged`` a column ``ingrijpen`` in ``ranked`` is used when present. ``norm`` draws a dashed
    reference line (e.g. the norm for debiteurendagen or the group average).

    >>> import pandas as pd
    >>> from salesbook.subsidiaries import KPIS
    >>> table = pd.DataFrame({"land": ["Nederland", "Maleisië"], "debiteurendagen": [49, 120]})
    >>> fig = benchmark_chart(table, "debiteurendagen", norm=60, flagged=["Maleisië"], spec=KPIS["debiteurendagen"])
    >>> fig.axes[0].get_yticklabels()[0].get_text()
    'Nederland'
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    key = kpi
    if flagged is None:
        flagged = list(ranked.loc[ranked["ingrijpen"].astype(bool), "land"]) if "ingrijpen" in ranked.columns else []
    marked = {str(land) for land in flagged}
    labels = [str(land) for land in ranked["land"]]
    values = [float(v) for v in ranked[key]]
    special = {  # bar labels: compact euros and whole head counts, the rest as everywhere
        "euro": formatting.euro_compact,
        "aantal": lambda v: formatting.number(v, 0),
    }
    label_format = special.get(spec.unit, lambda v: formatting.value(v, spec.unit))
    if norm is not None:
        norm = float(norm)
        if norm_label is None:
            norm_label = f"norm: {label_format(norm)}"
    order = "grootste" if spec.higher_is_better is None else "beste"
    fig = bar_chart(labels, values, title=f"{spec.label}: {order} vestiging bovenaan", ylabel=spec.label,
                    value_format=label_format, colors=[BAD if land in marked else NEUTRAL for land in labels],
                    reference=norm, reference_label=norm_label or "", horizontal=True)
    ax = fig.axes[0]
    if spec.unit == "fractie":
        percent_axis(ax, "x", 0)
    elif spec.unit == "euro":
        from matplotlib.ticker import MaxNLocator

        euro_axis(ax, "x")
        ax.xaxis.set_major_locator(MaxNLocator(nbins=5))
    else:
        number_axis(ax, "x", 0)
    ax.set_xlim(left=min(0.0, min(values) * 1.15))
    handles = []
    if marked:
        handles += [Patch(color=BAD, label="ingrijpen"), Patch(color=NEUTRAL, label="geen ingrijpen")]
    if norm is not None:
        handles.append(Line2D([], [], color=PALETTE["zwart"], linestyle="--", linewidth=1.2, label=norm_label))
    if ax.get_legend() is not None:
        ax.get_legend().remove()
    if handles:
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=len(handles), frameon=False)
    return fig
