"""Matplotlib figures in one house style.

Every chart function returns a :class:`matplotlib.figure.Figure` (never calls ``plt.show()``
and never touches pyplot's global state), so notebooks display it by leaving it as the last
expression of a cell and tests can inspect it. Colours come from the Okabe–Ito palette, which
stays distinguishable for colour-blind readers; labels are Dutch; numbers use Dutch notation.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import matplotlib
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from salesbook import formatting

# Okabe & Ito (2008), "Color Universal Design": safe for the common forms of colour blindness.
PALETTE = {
    "blauw": "#0072B2",
    "oranje": "#E69F00",
    "groen": "#009E73",
    "vermiljoen": "#D55E00",
    "hemelsblauw": "#56B4E9",
    "paars": "#CC79A7",
    "geel": "#F0E442",
    "zwart": "#000000",
}
SERIES = [PALETTE[c] for c in ("blauw", "oranje", "groen", "vermiljoen", "hemelsblauw", "paars", "geel")]
GOOD, BAD, NEUTRAL, MUTED = PALETTE["groen"], PALETTE["vermiljoen"], PALETTE["blauw"], "#9A9A9A"

HOUSE_STYLE = {
    "font.size": 12,
    "axes.titlesize": 14,
    "axes.titleweight": "bold",
    "axes.labelsize": 12,
    "xtick.labelsize": 11,
    "ytick.labelsize": 11,
    "legend.fontsize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.8,
    "axes.axisbelow": True,
    "axes.prop_cycle": matplotlib.cycler(color=SERIES),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "figure.facecolor": "white",
    "axes.formatter.use_locale": False,
}


def _show_figures_in_jupyter() -> None:
    """Let IPython display a bare Figure as a PNG (pyplot's inline backend is never loaded)."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython always comes with Jupyter
        return
    shell = get_ipython()
    if shell is None:
        return
    from IPython.core.pylabtools import print_figure

    png = shell.display_formatter.formatters["image/png"]
    png.for_type(Figure, lambda fig: print_figure(fig, "png", bbox_inches="tight"))


_show_figures_in_jupyter()


def styled(func: Callable[..., Figure]) -> Callable[..., Figure]:
    """Decorator: build the figure inside the house style."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context(HOUSE_STYLE):
            return func(*args, **kwargs)

    return wrapper


def new_figure(width: float = 8.0, height: float = 4.5, **subplot_kw):
    """A figure with one axes, in the house style. Call inside a ``@styled`` function."""
    fig = Figure(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot(**subplot_kw)
    return fig, ax


def euro_axis(ax, axis: str = "y") -> None:
    """Format an axis in euros (compact: € 2,5 mln)."""
    fmt = FuncFormatter(lambda v, _pos: formatting.euro_compact(v))
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(fmt)


def percent_axis(ax, axis: str = "y", decimals: int = 0) -> None:
    """Format an axis of fractions as percentages (0.25 → 25%)."""
    fmt = FuncFormatter(lambda v, _pos: formatting.percent(v, decimals))
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(fmt)


def number_axis(ax, axis: str = "y", decimals: int = 0) -> None:
    """Format an axis in Dutch number notation (1.234,5)."""
    fmt = FuncFormatter(lambda v, _pos: formatting.number(v, decimals))
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(fmt)


@styled
def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    title: str,
    ylabel: str = "",
    value_format: Callable[[float], str] = formatting.number,
    colors: Sequence[str] | None = None,
    reference: float | None = None,
    reference_label: str = "",
    horizontal: bool = False,
) -> Figure:
    """A labelled bar chart; optionally a reference line (a norm or an average).

    >>> fig = bar_chart(["NL", "BE"], [84, 12], title="Omzet", ylabel="mln euro")
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['84', '12']
    """
    fig, ax = new_figure(8, max(3.5, 0.45 * len(labels) + 1.5) if horizontal else 4.5)
    colors = list(colors) if colors is not None else [NEUTRAL] * len(values)
    if horizontal:
        bars = ax.barh(list(labels), list(values), color=colors)
        ax.invert_yaxis()
        ax.set_xlabel(ylabel)
        ax.grid(axis="x")
        ax.grid(axis="y", visible=False)
    else:
        bars = ax.bar(list(labels), list(values), color=colors)
        ax.set_ylabel(ylabel)
    for bar, value in zip(bars, values):
        if horizontal:
            ax.annotate(value_format(value), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                        xytext=(4, 0), textcoords="offset points", va="center", fontsize=11)
        else:
            ax.annotate(value_format(value), (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                        xytext=(0, 3), textcoords="offset points", ha="center", fontsize=11)
    if reference is not None:
        line = ax.axvline if horizontal else ax.axhline
        line(reference, color=PALETTE["zwart"], linestyle="--", linewidth=1.2, label=reference_label or None)
        if reference_label:
            ax.legend(loc="best")
    ax.set_title(title)
    ax.margins(x=0.12) if horizontal else ax.margins(y=0.12)
    return fig


# --- § 1.1 customer equity and the ladder diagnostics (Kotler, § 1.4 transition) ------------

from collections.abc import Mapping  # noqa: E402  (section appended by the chapter-1 equity issue)

from matplotlib.patches import Rectangle  # noqa: E402


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

    ``kpis`` is a table from :func:`salesbook.benchmark.subsidiary_kpis` (or the raw data set
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

    from salesbook import benchmark, validation

    key = validation.choice(kpi, "kengetal", list(benchmark.KPIS))
    spec = benchmark.KPIS[key]
    ranked = benchmark.rank_subsidiaries(kpis, key)
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


# --- hoofdstuk 4 Salesprognose: forecasts, seasonal indices, error measures -----------------

MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def _plain_series(values, name: str):
    """A pandas Series of floats (a list gets positions 1 … n on the x-axis)."""
    import pandas as pd

    from salesbook.errors import SalesbookError

    if isinstance(values, pd.Series):
        return values.astype("float64")
    try:
        return pd.Series([float(v) for v in values], index=range(1, len(values) + 1), dtype="float64")
    except (TypeError, ValueError):
        raise SalesbookError(f"{name} moet een reeks getallen zijn") from None


@styled
def forecast_chart(
    actual,
    forecasts=None,
    *,
    fitted=None,
    holdout: int = 0,
    title: str = "Omzet en prognose",
    ylabel: str = "Omzet per maand",
    in_euro: bool = True,
) -> Figure:
    """The actual series, the one-step-ahead forecasts and one or more forecasts ahead.

    ``actual`` is the whole observed series (including any holdout); ``fitted`` the
    one-step-ahead forecasts (dashed); ``forecasts`` one Series or a mapping label → Series
    (drawn with markers); ``holdout`` shades the last that many periods of ``actual``, the
    part the methods did not see.

    >>> import pandas as pd
    >>> y = pd.Series([10.0, 12, 11, 13, 14, 15])
    >>> fig = forecast_chart(y, {"SES": pd.Series([13.0, 13.0], index=[4, 5])}, holdout=2, in_euro=False)
    >>> [t.get_text() for t in fig.legends[0].get_texts()]
    ['werkelijk', 'SES', 'holdout (niet gebruikt om te schatten)']
    """
    import itertools

    import pandas as pd

    from salesbook import validation

    series = _plain_series(actual, "werkelijke omzet")
    k = validation.whole(holdout, "holdout", minimum=0)
    fig, ax = new_figure(9, 4.8)
    ax.plot(series.index, series.to_numpy(), color=PALETTE["zwart"], linewidth=1.6, label="werkelijk")
    if fitted is not None:
        f = _plain_series(fitted, "prognose")
        ax.plot(f.index, f.to_numpy(), color=PALETTE["oranje"], linewidth=1.5, linestyle="--",
                label="prognose één periode vooruit")
    if forecasts is not None:
        items = forecasts.items() if isinstance(forecasts, Mapping) else [("prognose", forecasts)]
        colours = [PALETTE[c] for c in ("vermiljoen", "blauw", "groen", "paars", "hemelsblauw", "oranje")]
        for colour, (label, values) in zip(itertools.cycle(colours), items):
            f = _plain_series(values, f"prognose '{label}'")
            ax.plot(f.index, f.to_numpy(), color=colour, linewidth=2, marker="o", markersize=3.5, label=str(label))
    if k:
        # shade from halfway the last training period and the first holdout period to half a
        # period after the last one, so the holdout months sit fully inside the band
        index = series.index
        step = (index[-1] - index[-2]) if len(index) > 1 else (pd.Timedelta(days=30) if isinstance(index, pd.DatetimeIndex) else 1)
        before = index[-k - 1] if len(index) > k else index[-k] - step
        start, end = index[-k] - (index[-k] - before) / 2, index[-1] + step / 2
        ax.axvspan(start, end, color=PALETTE["hemelsblauw"], alpha=0.15, linewidth=0,
                   label="holdout (niet gebruikt om te schatten)")
    if in_euro:
        euro_axis(ax)
    else:
        number_axis(ax)
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(nbins=7, steps=[1, 2, 5, 10]))  # no 2,75 shown as 2,8
    if isinstance(series.index, pd.DatetimeIndex):
        _dutch_date_axis(ax)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    handles, labels = ax.get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncol=min(3, len(labels)), frameon=False, fontsize=10)
    return fig


def _dutch_date_axis(ax) -> None:
    """Date ticks in Dutch: '2023' on a first of January, otherwise 'mei 2023'."""
    from matplotlib import dates

    def label(value, _pos):
        day = dates.num2date(value)
        return str(day.year) if (day.month, day.day) == (1, 1) else f"{MONTHS_NL[day.month - 1]} {day.year}"

    ax.xaxis.set_major_locator(dates.AutoDateLocator(minticks=4, maxticks=9))
    ax.xaxis.set_major_formatter(FuncFormatter(label))


@styled
def seasonal_index_chart(indices, *, labels: Sequence[str] | None = None,
                         title: str = "Seizoensindex per maand") -> Figure:
    """Seasonal indices as bars above and below 100% (an average period).

    ``indices`` are factors around 1 (1.12 = 12% above an average period). With 12 indices and
    no ``labels`` the bars are named jan … dec.

    >>> fig = seasonal_index_chart([0.9, 1.1, 1.2, 0.8], labels=["K1", "K2", "K3", "K4"])
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['90%', '110%', '120%', '80%']
    """
    from salesbook import validation
    from salesbook.errors import SalesbookError

    values = validation.numbers(list(indices), "seizoensindices")
    if labels is None:
        labels = MONTHS_NL if len(values) == 12 else [str(i) for i in range(1, len(values) + 1)]
    if len(labels) != len(values):
        raise SalesbookError(f"labels moet één naam per seizoen hebben: {len(values)} (kreeg {len(labels)})")
    fig, ax = new_figure(9, 4.5)
    heights = [v - 1 for v in values]
    colours = [GOOD if v >= 1 else BAD for v in values]
    bars = ax.bar(list(labels), heights, bottom=1, color=colours)
    for bar, v in zip(bars, values):
        above = v >= 1
        ax.annotate(formatting.percent(v, 0), (bar.get_x() + bar.get_width() / 2, v),
                    xytext=(0, 3 if above else -3), textcoords="offset points", ha="center",
                    va="bottom" if above else "top", fontsize=10)
    ax.axhline(1, color=PALETTE["zwart"], linewidth=1.2)
    spread = max(abs(h) for h in heights) if heights else 0.1
    ax.set_ylim(1 - spread * 1.35 - 0.02, 1 + spread * 1.35 + 0.02)
    percent_axis(ax, "y", 0)
    ax.set_ylabel("Index (100% = gemiddelde periode)")
    ax.set_title(title)
    return fig


def _error_label(metric: str):
    """How to print a value of an error measure on a bar."""
    if metric == "mape":
        return lambda v: f"{formatting.number(v, 1)}%"
    if metric == "mse":
        def big(v):
            for size, word in ((1e12, "bln"), (1e9, "mld"), (1e6, "mln")):
                if abs(v) >= size:
                    return f"{formatting.number(v / size, 1)} {word}"
            return formatting.number(v, 0)
        return big
    return formatting.euro_compact


ERROR_TITLES = {
    "mape": "MAPE (gemiddelde absolute fout in %)",
    "mad": "MAD (gemiddelde absolute fout)",
    "mse": "MSE (gemiddelde gekwadrateerde fout)",
    "rmse": "RMSE (wortel uit de MSE)",
    "bias": "Bias (gemiddelde fout)",
}


@styled
def error_comparison_chart(table, metric: str = "mape", *, title: str | None = None) -> Figure:
    """The error measure of every method as horizontal bars, the best (smallest) on top in green.

    ``table`` is a DataFrame with one row per method (e.g. from
    :func:`salesbook.forecasting.holdout_comparison`) and a column ``metric``. For ``bias`` the
    bars are sorted and coloured by the size of the bias, whatever its sign.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"mape": [8.0, 4.5]}, index=["gemiddelde", "Holt-Winters"])
    >>> fig = error_comparison_chart(t)
    >>> fig.axes[0].get_yticklabels()[0].get_text()
    'Holt-Winters'
    """
    from salesbook import validation

    key = validation.choice(metric, "maatstaf", list(ERROR_TITLES))
    if key == "rmse" and "rmse" not in table.columns:
        values = {str(i): float(v) ** 0.5 for i, v in table["mse"].items()}
    else:
        values = {str(i): float(v) for i, v in table[key].items()}
    ordered = sorted(values, key=lambda m: abs(values[m]))
    best = ordered[0]
    fig = bar_chart(ordered, [values[m] for m in ordered],
                    title=title or f"Nauwkeurigheid per methode: {ERROR_TITLES[key].split(' (')[0]}",
                    ylabel=ERROR_TITLES[key], value_format=_error_label("mse" if key == "mse" else key),
                    colors=[GOOD if m == best else NEUTRAL for m in ordered], horizontal=True)
    ax = fig.axes[0]
    if key == "mape":
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{formatting.number(v, 0)}%"))
    elif key in ("mad", "bias", "rmse"):
        euro_axis(ax, "x")
    else:
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: _error_label("mse")(v)))
    if key in ("mad", "bias", "rmse", "mse"):
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(nbins=5))
    if key == "bias":
        ax.axvline(0, color=PALETTE["zwart"], linewidth=1)
        for text, m in zip(ax.texts, ordered):   # labels of negative bars go on their left
            if values[m] < 0:
                text.xyann = (-4, 0)
                text.set_horizontalalignment("right")
        ax.margins(x=0.4)
    return fig


# --- chapter 5 customer relationship: lead funnel, reverse funnel, lead scoring, RFM, NPS, ----
# --- ABC / customer pyramid and CLV -----------------------------------------------------------

from matplotlib.patches import Polygon  # noqa: E402  (section appended by the chapter-5 issue)


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


# --- hoofdstuk 4 Salesprognose (vervolg): fractions per country as bars ------------------------


@styled
def percent_bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    title: str,
    xlabel: str = "",
    reference: float | None = None,
    reference_label: str = "",
    decimals: int = 0,
) -> Figure:
    """Fractions per item (growth, coverage, a share) as horizontal bars with a percent axis;
    ``reference`` draws a dashed line (e.g. the group's value), explained in a legend below.

    >>> fig = percent_bar_chart(["NL", "BE"], [0.032, 0.030], title="Groei", decimals=1)
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['3,2%', '3,0%']
    """
    from matplotlib.lines import Line2D

    fig = bar_chart(list(labels), list(values), title=title, ylabel=xlabel,
                    value_format=lambda v: formatting.percent(v, decimals), horizontal=True)
    ax = fig.axes[0]
    percent_axis(ax, "x", 0)
    low = min(0.0, *values)
    ax.set_xlim(low * 1.2, max(max(values), reference or 0) * 1.15)
    for text in ax.texts:     # keep the labels readable where they cross the reference line
        text.set_bbox({"facecolor": "white", "edgecolor": "none", "pad": 1, "alpha": 0.85})
        text.set_zorder(5)
    if reference is not None:
        ax.axvline(reference, color=PALETTE["zwart"], linestyle="--", linewidth=1.2)
        if reference_label:
            handle = Line2D([], [], color=PALETTE["zwart"], linestyle="--", linewidth=1.2, label=reference_label)
            ax.legend(handles=[handle], loc="upper center", bbox_to_anchor=(0.5, -0.14), frameon=False)
    return fig


# --- hoofdstuk 8 Beursmanagement: beurskeuze, beursbudget en opbrengst van een beurs -----------

from matplotlib.ticker import MaxNLocator  # noqa: E402  (section appended by the chapter-8 issue)


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
def volume_effect_chart(margin: float, *, discount: float | None = None, increase: float | None = None) -> Figure:
    """For one gross margin: the extra volume a discount needs and the volume a price rise may
    lose, against the size of the discount or rise (0–the margin); the reader's choice is marked.

    >>> fig = volume_effect_chart(0.3, discount=0.1)
    >>> fig.axes[0].texts[-1].get_text()
    'korting 10%: +50% afzet nodig'
    """
    from salesbook import finance, validation

    m = validation.fraction(margin, "brutomarge", allow_zero=False, allow_one=False)
    d = None if discount is None else validation.fraction(discount, "korting")
    p = None if increase is None else validation.fraction(increase, "prijsverhoging")
    x_max = max(m, p or 0.0)
    fig, ax = new_figure(8.5, 4.8)
    top = m * 0.9
    grid = [top * i / 200 for i in range(201)]
    ax.plot([100 * g for g in grid], [finance.discount_volume_increase(g, m) for g in grid], color=BAD, linewidth=2.4,
            label="korting: benodigde extra afzet, d / (m − d)")
    rises = [x_max * i / 200 for i in range(201)]
    ax.plot([100 * g for g in rises], [-finance.price_increase_volume_loss(g, m) for g in rises], color=GOOD,
            linewidth=2.4, label="prijsverhoging: toegestaan afzetverlies, −p / (m + p)")
    ax.axhline(0, color=PALETTE["zwart"], linewidth=0.8)
    ax.axvline(100 * m, color=MUTED, linestyle=":", linewidth=1.5)
    y_top = min(4.0, finance.discount_volume_increase(top, m))
    ax.text(100 * m, 0.5 * y_top, f" korting = marge ({formatting.percent(m, 0)})", color="#555555", fontsize=10,
            ha="left", va="center", rotation=90)

    def place(x: float, y: float, text: str, color: str, below: bool) -> None:
        right_half = x > 0.55 * 100 * x_max
        down = (below and y > -0.7) or y > 0.75 * y_top
        ax.plot([x], [y], "o", color=color, markersize=9, zorder=5)
        ax.annotate(text, (x, y), xytext=(-10 if right_half else 10, -16 if down else 6),
                    textcoords="offset points", ha="right" if right_half else "left", fontsize=11, fontweight="bold",
                    bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1}, zorder=6)

    if p is not None:
        y = finance.price_increase_volume_loss(p, m)
        place(100 * p, -y, f"prijs +{formatting.percent(p, 0)}: max. {formatting.percent(y, 0)} minder afzet", GOOD, True)
    if d is not None:
        x = finance.discount_volume_increase(d, m)
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


# --- hoofdstuk 6 Organisatie en planning van het salesteam: rayons, werklast, quota, beloning ----

from matplotlib.ticker import MaxNLocator  # noqa: E402  (section appended by chapter 6)

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
    ax.set_aspect("equal")
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
    >>> fig = cost_to_serve_chart(customer_profitability(s, d))
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
