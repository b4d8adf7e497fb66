"""Charts of chapter 4 — Salesprognose: forecasts, seasonal indices, error measures and shares per
country.

Every function returns a :class:`matplotlib.figure.Figure` in the house style of
:mod:`salesbook.charts.base`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from salesbook import formatting
from salesbook.charts.base import (
    BAD, GOOD, NEUTRAL, PALETTE, bar_chart, euro_axis, new_figure, number_axis, percent_axis, styled,
)

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
    high = max(max(values), reference or 0) * 1.15
    ax.set_xlim(low * 1.2, high if high > low * 1.2 else low * 1.2 + 0.01)   # all zero: a sliver, not (0, 0)
    for text in ax.texts:     # keep the labels readable where they cross the reference line
        text.set_bbox({"facecolor": "white", "edgecolor": "none", "pad": 1, "alpha": 0.85})
        text.set_zorder(5)
    if reference is not None:
        ax.axvline(reference, color=PALETTE["zwart"], linestyle="--", linewidth=1.2)
        if reference_label:
            handle = Line2D([], [], color=PALETTE["zwart"], linestyle="--", linewidth=1.2, label=reference_label)
            ax.legend(handles=[handle], loc="upper center", bbox_to_anchor=(0.5, -0.14), frameon=False)
    return fig
