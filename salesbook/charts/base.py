"""The house style every chart shares: palette, rc settings, axis formatters and a plain bar chart.

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
