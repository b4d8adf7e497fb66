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
