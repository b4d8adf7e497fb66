"""The house style every chart shares: palette, rc settings, axis formatters and a plain bar chart.

Every chart function returns a :class:`matplotlib.figure.Figure` (never calls ``plt.show()``
and never touches pyplot's global state), so notebooks display it by leaving it as the last
expression of a cell and tests can inspect it. Colours come from the Okabe–Ito palette, which
stays distinguishable for colour-blind readers; labels are Dutch; numbers use Dutch notation.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_mixed import MixedModeRenderer
from matplotlib.backends.backend_svg import RendererSVG
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
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
    # A fixed title position: matplotlib's automatic one measures every tick label on each draw.
    "axes.titley": 1.0,
    "axes.titlepad": 8.0,
}
# How a figure is written out: SVG with its text kept as text (crisp on a projector, no glyphs to
# rasterise) and without random ids, so the same figure gives the same file.
RENDER_STYLE = {"svg.fonttype": "none", "svg.hashsalt": "salesbook"}


# A frozen layout leaves room for tick labels and legend entries a few characters wider than the
# ones it was made for (about 0.09 inch a character at 11 pt), so most slider moves need no new layout.
SLACK_CHARACTERS = 2
SLACK_INCHES = 0.18


class FrozenLayout:
    """Where a figure's axes go, worked out once by its layout engine and then reused.

    A chart is laid out (constrained layout: room for tick labels, axis labels, title and an
    outside legend) the first time; a redraw of the same chart with other numbers keeps those
    positions and skips the layout engine, which would measure every text again. The layout is
    worked out anew only when the chart's shape changes (figure size, number of axes, which
    labels and legends there are) or when a tick label or legend entry needs more room than
    the layout gave it (it leaves room for ``SLACK_CHARACTERS`` more); narrower labels keep the
    roomier layout, so a slider moved back and forth does not make the chart jump.

    >>> layout = FrozenLayout()
    >>> layout.apply(bar_chart(["A", "B"], [1, 10], title="Een"))        # tick labels up to "10"
    True
    >>> layout.apply(bar_chart(["A", "B"], [2, 5], title="Twee"))      # same shape, narrower labels
    False
    >>> layout.apply(bar_chart(["A", "B"], [2, 50_000], title="Drie"))   # "50000": 3 characters wider
    True
    """

    def __init__(self) -> None:
        self.shape: tuple | None = None
        self.room: tuple = ()
        self.positions: list = []
        self.labels: list | None = None     # axis-label positions (axes fractions) after the first draw

    def apply(self, fig: Figure) -> bool:
        """Lay the figure out (from memory when it can); True when the layout was worked out anew."""
        shape, room = layout_key(fig)
        fresh = shape != self.shape or any(need > have + SLACK_CHARACTERS for need, have in zip(room, self.room))
        engine = fig.get_layout_engine()
        if fresh:
            if engine is not None:
                if isinstance(engine, ConstrainedLayoutEngine):   # room for a few characters more
                    engine.set(w_pad=engine.get()["w_pad"] + SLACK_INCHES)
                engine.execute(fig)
            self.shape, self.room = shape, room
            self.positions = [ax.get_position(original=True) for ax in fig.axes]
            self.labels = None
        else:
            for ax, position in zip(fig.axes, self.positions):
                ax.set_position(position)
            for ax, places in zip(fig.axes, self.labels or ()):
                for axis, place in zip((ax.xaxis, ax.yaxis), places):
                    axis.set_label_coords(*place)   # no measuring of every tick label to place them
        if engine is not None:
            fig.set_layout_engine("none")   # keeps the positions; the next draw does no layout
        return fresh

    def remember_labels(self, fig: Figure) -> None:
        """After a draw of a fresh layout: where the axis labels went, for the next redraws."""
        if self.labels is None:
            self.labels = [[tuple(ax.transAxes.inverted().transform(
                axis.label.get_transform().transform(axis.label.get_position())))
                for axis in (ax.xaxis, ax.yaxis)] for ax in fig.axes]


def _tick_width(axis) -> int:
    """The length of the longest major tick label of an axis (in characters).

    Computed from the locator and formatter, without building tick artists or measuring text.
    """
    low, high = sorted(axis.get_view_interval())
    locations = [v for v in axis.get_major_locator()() if low <= v <= high]
    if not locations:
        return 0
    return max(len(label) for label in axis.get_major_formatter().format_ticks(locations))


def layout_key(fig: Figure) -> tuple[tuple, tuple]:
    """What a figure's layout depends on: its shape (size, axes, which labels and legends), and
    the room its texts need (characters of the widest tick label per axis and legend entry)."""
    shape: list = [tuple(round(float(v), 3) for v in fig.get_size_inches()), len(fig.axes)]
    room: list = []
    for ax in fig.axes:
        legend = ax.get_legend()
        entries = [] if legend is None else [len(t.get_text()) for t in legend.get_texts()]
        shape.append((bool(ax.get_title()), bool(ax.get_xlabel()), bool(ax.get_ylabel()),
                      ax.xaxis.get_visible(), ax.yaxis.get_visible(), legend is not None, len(entries)))
        room += [_tick_width(ax.xaxis), _tick_width(ax.yaxis), max(entries, default=0)]
    return tuple(shape), tuple(room)


def render_svg(fig: Figure, layout: FrozenLayout | None = None) -> str:
    """The figure as SVG text, drawn once (no second pass for a tight bounding box).

    With a :class:`FrozenLayout` the layout engine runs only when the layout must change.
    """
    layout = layout or FrozenLayout()
    layout.apply(fig)
    buffer = io.StringIO()
    with matplotlib.rc_context(RENDER_STYLE):
        _print_svg(fig, buffer)
    layout.remember_labels(fig)
    return buffer.getvalue()


class _SVGRenderer(RendererSVG):
    """matplotlib's SVG renderer, remembering text sizes across figures.

    A text's size depends only on the text, its font and whether it is maths, and a slider move
    redraws mostly the same texts; matplotlib's own cache lives as long as one renderer (one
    draw). The key is built as matplotlib's own cache builds it (a copy of the font properties).
    """

    _sizes: dict = {}
    _heights: dict = {}

    def _get_font_height_metrics(self, prop):
        """A font's ascent, descent and line gap, read from the font file once per font.

        matplotlib 3.11 asks a renderer for them before it lays out any text (the PDF and PS
        renderers answer); when the renderer has no answer it reads the font's tables again for every
        text. The numbers are matplotlib's own fallback (OS/2 table, else hhea) at 72 dpi, the
        scale an SVG is drawn at (:func:`_print_svg`).
        """
        found = self._heights.get(prop)
        if found is None:
            found = self._heights[prop.copy()] = _font_height_metrics(prop, dpi=72)
        return found

    def get_text_width_height_descent(self, s, prop, ismath):
        key = (s, prop, ismath)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 20_000:
                self._sizes.clear()
            size = self._sizes[(s, prop.copy(), ismath)] = super().get_text_width_height_descent(s, prop, ismath)
        return size


def _font_height_metrics(prop, dpi: float) -> tuple:
    """(ascent, descent, line gap) of a font as matplotlib's ``Text._get_layout`` computes them from
    the font's tables, or (None, None, None) when the font has neither table."""
    from matplotlib.font_manager import fontManager, get_font

    font = get_font(fontManager._find_fonts_by_props(prop))
    for table_name, gap_key, ascent_key, descent_key in (("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
                                                         ("hhea", "lineGap", "ascent", "descent")):
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        scale = 1 / font.get_sfnt_table("head")["unitsPerEm"] * prop.get_size_in_points() * dpi / 72
        return table[ascent_key] * scale, -table[descent_key] * scale, table[gap_key] * scale
    return None, None, None


def _print_svg(fig: Figure, buffer: io.StringIO) -> None:
    """What ``FigureCanvasSVG.print_svg`` does (matplotlib 3.11), with :class:`_SVGRenderer` and no
    date stamp (the same figure gives the same text). Like it, this leaves the figure at 72 dpi, the
    scale the texts were placed at (``FrozenLayout.remember_labels`` reads them there)."""
    dpi = fig.dpi
    width, height = fig.get_size_inches()
    fig.dpi = 72
    renderer = MixedModeRenderer(fig, width, height, dpi,
                                 _SVGRenderer(width * 72, height * 72, buffer, image_dpi=dpi,
                                              metadata={"Date": None}))
    fig.draw(renderer)
    renderer.finalize()



def render_png(fig: Figure) -> bytes:
    """The figure as PNG bytes, laid out and drawn once (for the stored, static charts).

    The canvas comes first, so the layout measures its texts with the renderer that then draws
    them: each text is measured once (matplotlib caches text metrics per renderer).
    """
    canvas = FigureCanvasAgg(fig)
    FrozenLayout().apply(fig)
    buffer = io.BytesIO()
    canvas.print_png(buffer)
    return buffer.getvalue()


def _show_figures_in_jupyter() -> None:
    """Let IPython display a bare Figure as a PNG (pyplot's inline backend is never loaded).

    A static chart in a notebook stays PNG: GitHub shows it, and JupyterLab shows it in a
    notebook that was not run in this session (it does not show SVG there).
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython always comes with Jupyter
        return
    shell = get_ipython()
    if shell is None:
        return
    png = shell.display_formatter.formatters["image/png"]
    png.for_type(Figure, render_png)


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
