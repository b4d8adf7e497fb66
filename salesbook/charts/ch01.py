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
    own: Mapping[str, float],
    competitor: Mapping[str, float] | None = None,
    *,
    company: str = "Eigen onderneming",
    competitor_name: str = "Concurrent",
    threshold: float = 6.0,
) -> Figure:
    """Customer equity per sub-aspect, grouped by driver, as horizontal bars (own vs competitor).

    Each driver starts with a bold heading that shows its mean score; a dashed line marks the
    threshold below which a score counts as weak.

    >>> from salesbook.equity import ASPECTS
    >>> fig = equity_chart(dict.fromkeys(ASPECTS, 7), dict.fromkeys(ASPECTS, 6), company="Noordstroom")
    >>> [t.get_text() for t in fig.legends[0].get_texts()]
    ['Noordstroom', 'Concurrent', 'ondergrens voldoende (6)']
    """
    from salesbook.equity import ASPECTS, DRIVERS, check_scores, driver_scores

    mine = check_scores(own, "eigen scores")
    theirs = check_scores(competitor, "scores concurrent") if competitor is not None else None
    company = (company or "").strip() or "Eigen onderneming"
    competitor_name = (competitor_name or "").strip() or "Concurrent"
    own_drivers = driver_scores(mine)
    their_drivers = driver_scores(theirs) if theirs is not None else None

    rows: list[tuple[float, str]] = []  # (y, sub-aspect key) for bars
    headings: list[tuple[float, str]] = []  # (y, driver)
    y = 0.0
    for driver, keys in DRIVERS.items():
        headings.append((y, driver))
        y += 1
        for key in keys:
            rows.append((y, key))
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
        ys = [r + shift for r, _ in rows]
        values = [scores[k] for _, k in rows]
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
    ax.set_yticks([r for r, _ in rows], [ASPECTS[k].label for _, k in rows])
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
    per stage) are printed on the steps as the share of agreement.

    >>> fig = ladder_chart(["Undefined", "Defined", "Aligned", "Integrated"], "Aligned")
    >>> [t.get_text() for t in fig.axes[0].texts if t.get_text() == "Aligned"]
    ['Aligned']
    """
    from salesbook import validation
    from salesbook.errors import SalesbookError

    names = [str(s) for s in stages]
    if len(names) < 2:
        raise SalesbookError(f"treden moet minstens 2 namen bevatten (kreeg {len(names)})")
    if isinstance(reached, str):
        index = names.index(validation.choice(reached, "bereikte trede", names))
    else:
        index = validation.whole(reached, "bereikte trede")
        if index >= len(names):
            raise SalesbookError(f"bereikte trede moet tussen 0 en {len(names) - 1} liggen (kreeg {index})")
    if scores is not None:
        shares = validation.numbers(scores, "scores")
        if len(shares) != len(names):
            raise SalesbookError(f"scores moet één waarde per trede hebben: {len(names)} (kreeg {len(shares)})")
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
def retention_uplift_chart(
    discount_rates: Sequence[float] = (0.05, 0.10, 0.15),
    *,
    step: float = 0.01,
    acquisition_cost_ratio: float = 0.0,
    first_margin_now: bool = False,
    relative: bool = False,
    low: float = 0.04,
    high: float = 0.05,
    retention_range: tuple[float, float] = (0.5, 0.95),
    point: tuple[float, float] | None = None,
) -> Figure:
    """The CLV uplift of one step more retention against retention, one line per discount rate.

    The band between ``low`` and ``high`` (the book's 4–5%) is shaded; the legend gives, per
    discount rate, the retention interval on which the claim holds
    (:func:`salesbook.customers.claim_interval`). ``point`` = (retention, uplift) marks the
    reader's own situation.

    >>> fig = retention_uplift_chart((0.1,), point=(0.8, 0.0474))
    >>> fig.axes[0].get_legend().get_texts()[1].get_text()
    'disconteringsvoet 10%: 4%–5% bij retentie 69%–82%'
    """
    from salesbook import customers, validation
    from salesbook.errors import SalesbookError

    rates = validation.numbers(discount_rates, "disconteringsvoeten")
    r_lo = validation.fraction(retention_range[0], "retentie links op de as")
    r_hi = validation.fraction(retention_range[1], "retentie rechts op de as", allow_one=False)
    if r_hi <= r_lo:
        raise SalesbookError(f"retentie rechts op de as moet groter zijn dan {r_lo:g} (kreeg {r_hi:g})")
    grid = [r_lo + (r_hi - r_lo) * i / 300 for i in range(301)]
    options = {"step": step, "acquisition_cost_ratio": acquisition_cost_ratio,
               "first_margin_now": first_margin_now, "relative": relative}
    fig, ax = new_figure(8.5, 5)
    ax.axhspan(low, high, color=GOOD, alpha=0.2, linewidth=0,
               label=f"bewering § 1.1.2: {_pct(low)}–{_pct(high)} hogere CLV")
    top, lows = high, []
    for color, d in zip(SERIES, rates):
        ys = customers.uplift_curve(d, grid, **options)
        finite = [y for y in ys if y == y]
        if finite:
            top, lows = max(top, *finite), lows + [min(finite)]
        interval = customers.claim_interval(d, low, high, **options)
        where = (f"{_pct(low)}–{_pct(high)} bij retentie "
                 f"{formatting.percent(interval[0], 0)}–{formatting.percent(interval[1], 0)}"
                 if interval else f"nergens {_pct(low)}–{_pct(high)}")
        ax.plot(grid, ys, color=color, linewidth=2.2,
                label=f"disconteringsvoet {_pct(d)}: {where}")
    # Show the band, the lowest part of every curve and the reader's point; cut off the
    # steep ends of the curves instead of squeezing everything into the bottom.
    cap = max([0.15, 1.6 * high] + [1.25 * v for v in lows])
    y_top = min(top * 1.08, cap)
    if point is not None:
        r, u = (validation.number(point[0], "retentie van het punt"), validation.number(point[1], "stijging van het punt"))
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
    size = formatting.number(validation.number(step, "stap") * 100, 0 if float(step * 100).is_integer() else 1)
    what = f"{size}% (relatief)" if relative else f"{size} procentpunt"
    ax.set_title(f"Hoeveel hoger wordt de CLV bij {what} meer klantretentie?")
    ax.set_xlabel("Klantretentie vóór de verhoging")
    ax.set_ylabel("Stijging van de CLV")
    ax.legend(loc="best", fontsize=10)
    return fig


@styled
def benchmark_chart(
    kpis,
    kpi: str,
    *,
    norm: float | None = None,
    norm_label: str | None = None,
    flagged: Sequence[str] | None = None,
) -> Figure:
    """One KPI per subsidiary as sorted horizontal bars, best on top (Tabel 1.2).

    ``kpis`` is a table from :func:`salesbook.subsidiaries.subsidiary_kpis` (or the raw data set
    for its own columns). Subsidiaries in ``flagged`` are drawn in the BAD colour; without
    ``flagged`` a column ``ingrijpen`` in ``kpis`` is used when present. ``norm`` draws a
    dashed reference line (e.g. the norm for debiteurendagen or the group average).

    >>> from salesbook.data import load_dataset
    >>> fig = benchmark_chart(load_dataset("landenvestigingen"), "debiteurendagen", norm=60, flagged=["Maleisië"])
    >>> fig.axes[0].get_yticklabels()[0].get_text()
    'Nederland'
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from salesbook import subsidiaries, validation

    key = validation.choice(kpi, "kengetal", list(subsidiaries.KPIS))
    spec = subsidiaries.KPIS[key]
    ranked = subsidiaries.rank_subsidiaries(kpis, key)
    if flagged is None:
        flagged = list(kpis.loc[kpis["ingrijpen"].astype(bool), "land"]) if "ingrijpen" in kpis.columns else []
    marked = {str(land) for land in flagged}
    labels = [str(land) for land in ranked["land"]]
    values = [float(v) for v in ranked[key]]
    special = {  # bar labels: compact euros and whole head counts, the rest as everywhere
        "euro": formatting.euro_compact,
        "aantal": lambda v: formatting.number(v, 0),
    }
    label_format = special.get(spec.unit, lambda v: formatting.value(v, spec.unit))
    if norm is not None:
        norm = validation.number(norm, "norm")
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
