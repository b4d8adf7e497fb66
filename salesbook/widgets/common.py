"""Shared wiring for the widgets: error-safe rendering and the standard control layout."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import gc
import html
import math
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import ipywidgets as w
import traitlets
from IPython.display import HTML, Markdown
from matplotlib.figure import Figure

from salesbook import charts, formatting, strategy
from salesbook.errors import SalesbookError

LABEL_STYLE = {"description_width": "initial"}
WIDE = w.Layout(width="520px")
# A slider takes the width of its output area, up to 800 px, and its label keeps its full text
# ("initial" width). Where label, track and readout do not fit on one line (a long label in a narrow
# window, or in a projector's 18 px type) the track and readout wrap to a line of their own, under
# the label, instead of being squeezed to nothing.
SLIDER = w.Layout(width="100%", max_width="800px", flex_flow="row wrap", height="auto")


def error_box(message: str) -> HTML:
    """A Dutch error message, visible and calm, instead of a traceback."""
    return HTML(
        '<div style="border-left:4px solid #D55E00;background:#FFF4EC;padding:8px 12px;'
        'font-size:1.05em"><b>Dat gaat niet:</b> ' + html.escape(message) + "</div>"
    )


def render(view: Callable[..., Sequence[Any]], state: Mapping[str, Any]) -> list[Any]:
    """Call a view with its state; a SalesbookError becomes an error box (nothing else is shown)."""
    try:
        return list(view(**state))
    except SalesbookError as exc:
        return [error_box(str(exc))]


FIGURE_TEXT = "Grafiek (zichtbaar in JupyterLab of in de presentatiemodus)"


def _jsonable(data: Mapping[str, Any]) -> dict[str, Any]:
    """Mime data as the front end must get it: text stays text, bytes (PNG, JPEG) become base64.

    The widget protocol would otherwise send raw bytes as a binary buffer, which the browser
    puts in an ``<img>`` as ``[object Object]``: a broken image.
    """
    return {mime: base64.b64encode(value).decode("ascii") if isinstance(value, bytes | bytearray) else value
            for mime, value in data.items()}


def _output_record(item: Any, layout: charts.FrozenLayout | None = None) -> dict:
    """One display object as an output record of an Output widget (nbformat's display_data).

    A figure becomes SVG (text as text: sharp on a projector and quick to draw), laid out
    once per output slot; anything else goes through IPython's formatters.
    """
    if isinstance(item, Figure):
        data = {"image/svg+xml": charts.render_svg(item, layout), "text/plain": FIGURE_TEXT}
        return {"output_type": "display_data", "data": data, "metadata": {}}
    from IPython import get_ipython
    from IPython.core.formatters import DisplayFormatter

    shell = get_ipython()
    formatter = shell.display_formatter if shell is not None else DisplayFormatter()
    data, metadata = formatter.format(item)
    return {"output_type": "display_data", "data": _jsonable(data), "metadata": _jsonable(metadata)}


def show(out: w.Output, items: Sequence[Any], layouts: dict[int, charts.FrozenLayout] | None = None) -> None:
    """Replace what an output area shows. The outputs are set in one go instead of
    ``with out: display(...)``: no flicker, and no dependence on how a front end (JupyterLab,
    Voila, nbclient) captures output messages.

    ``layouts`` remembers, per position in ``items``, where a figure's axes went, so that a
    redraw of the same chart skips the layout engine (:class:`salesbook.charts.FrozenLayout`).
    """
    records = []
    for position, item in enumerate(items):
        layout = None
        if layouts is not None and isinstance(item, Figure):
            layout = layouts.setdefault(position, charts.FrozenLayout())
        records.append(_output_record(item, layout))
    out.outputs = tuple(records)


def _in_kernel() -> bool:
    """True inside a Jupyter kernel (JupyterLab, Voila, nbclient), where control changes arrive as messages."""
    from IPython import get_ipython

    return getattr(get_ipython(), "kernel", None) is not None


class Redraw:
    """Calls ``draw`` for a change at once, but draws a burst of changes only once, at its end.

    In a kernel, changes arrive as messages that are handled one after another; while one
    redraw runs, the next changes wait (quick arrow keys, a slider dragged and let go in a
    hurry). A change that comes within ``gap`` seconds after the previous redraw finished is
    such a waiting one: instead of drawing every value in turn, the redraw is put off for
    ``gap`` seconds, the waiting changes are taken in meanwhile, and only the newest state is
    drawn. A single change draws at once. Outside a kernel (tests, the benchmark) every change
    draws at once.
    """

    def __init__(self, draw: Callable[[], None], gap: float = 0.03):
        self.draw, self.gap = draw, gap
        self.finished = float("-inf")
        self.pending = False

    def __call__(self, _change=None) -> None:
        if self.pending:                  # a redraw is on its way: it will read the newest values
            return
        if _in_kernel() and time.monotonic() - self.finished < self.gap:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                loop = None
            if loop is not None:
                self.pending = True
                loop.call_later(self.gap, self.now)
                return
        self.now()

    def now(self) -> None:
        self.pending = False
        try:
            with young_garbage():
                self.draw()
        finally:
            self.finished = time.monotonic()


@contextlib.contextmanager
def young_garbage() -> Iterator[None]:
    """Runs a redraw with Python's cyclic garbage collector paused, then collects only the
    youngest generation.

    A matplotlib figure is thousands of objects that refer to each other. Left to itself the
    collector runs several times *during* a redraw, while the figure is still in use, and moves
    it to the oldest generation; there it becomes garbage that only a full collection of every
    object in the kernel frees (a pause of 100–400 ms, every few redraws, in whichever redraw
    it happens to fall). Paused, the figure stays young, and once the redraw has dropped it a
    collection of the youngest generation frees it in a few milliseconds. A caller that had
    paused the collector itself keeps it paused.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            gc.collect(0)


class LiveView(w.VBox):
    """Controls and the output area they redraw; says in plain text what it is where it cannot run."""

    def __repr__(self) -> str:
        return ("Interactief onderdeel: voer het notebook uit in JupyterLab of op Binder om de "
                "schuifregelaars en knoppen te gebruiken.")


def live(view: Callable[..., Sequence[Any]], controls: Mapping[str, w.ValueWidget],
         *, fixed: Mapping[str, Any] | None = None,
         arrange: Callable[[Mapping[str, w.ValueWidget], w.Output], Sequence[w.Widget]] | None = None) -> LiveView:
    """Connect controls to a view: every change redraws the output area.

    ``controls`` maps the view's argument names to widgets; ``fixed`` passes further arguments
    unchanged. ``arrange(controls, output)`` lays out the children (default: the controls one
    under the other, the output below them). A burst of changes is drawn once, with its last
    values (:class:`Redraw`).
    """
    out = w.Output()
    fixed = dict(fixed or {})
    layouts: dict[int, charts.FrozenLayout] = {}

    def draw() -> None:
        state = {name: ctrl.value for name, ctrl in controls.items()} | fixed
        show(out, render(view, state), layouts)

    changed = Redraw(draw)
    for ctrl in controls.values():
        ctrl.observe(changed, names="value")
    changed.now()
    children = arrange(controls, out) if arrange else [w.VBox(list(controls.values())), out]
    return LiveView(list(children))


def side_by_side(*controls: w.Widget, width: str) -> w.HBox:
    """Controls next to each other where there is room and one under the other in a narrow window:
    each keeps ``width`` (a slider squeezed into half a narrow window has no track left)."""
    for control in controls:
        control.layout = w.Layout(width=width, min_width=width)
    return w.HBox(list(controls), layout=w.Layout(flex_flow="row wrap"))


MAX_DUTCH_STEPS = 10_000   # a slider with more positions keeps the browser's own number slider


class DutchSlider(w.SelectionSlider):
    """A number slider whose readout is Dutch: "12,5%", "0,30", "1.250" instead of the browser's
    "12.5%", "0.30", "1250".

    ipywidgets formats a number slider's readout with d3-format, which knows only the English
    decimal point. This slider offers the positions ``low, low + step, …, high`` as options with
    a Dutch label each, so the readout shows the label while ``value`` stays the number. A value
    set from code is rounded to the nearest position and kept within ``[low, high]``, as a
    number slider would clamp it. ``min``, ``max`` and ``step`` are there to read.
    """

    def __init__(self, value: float, low: float, high: float, step: float, label: Callable[[float], str], **kwargs):
        self.min, self.max, self.step = low, high, step
        count = int(round((high - low) / step))
        digits = max(0, -math.floor(math.log10(step))) + 2 if step > 0 else 0
        values = [round(low + i * step, digits) for i in range(count + 1)]
        super().__init__(options=[(label(v), v) for v in values], value=self._nearest(value, values), **kwargs)
        # ipywidgets' selection-slider view lacks the class that gives the number sliders their margin,
        # so it sat 2 px further left and the output area cut off the first letter of its label
        self.add_class("jupyter-widgets")

    def _nearest(self, value: float, values: Sequence[float]) -> float:
        index = int(round((float(value) - self.min) / self.step))
        return values[min(max(index, 0), len(values) - 1)]

    @traitlets.validate("value")
    def _validate_value(self, proposal):
        value = proposal.value
        if isinstance(value, (int, float)) and not isinstance(value, bool) and self._options_values:
            return self._nearest(value, self._options_values)
        return super()._validate_value(proposal)


def slider(description: str, value: float, low: float, high: float, step: float,
           *, percent: bool = False, decimals: int | None = None) -> w.FloatSlider | DutchSlider:
    """A number slider with a Dutch label and a Dutch readout; ``percent=True`` shows a fraction
    as %. A readout with decimals, or with thousands ("250.000", where the browser shows "250000"),
    comes from :class:`DutchSlider`."""
    places = decimals if decimals is not None else 0
    common_args = dict(description=description, continuous_update=False, style=LABEL_STYLE, layout=SLIDER)
    count = (high - low) / step if step > 0 else float("inf")
    thousands = not percent and max(abs(low), abs(high)) >= 1000
    if (places > 0 or thousands) and count <= MAX_DUTCH_STEPS:
        label = (lambda v: formatting.percent(v, places)) if percent else (lambda v: formatting.number(v, places))
        return DutchSlider(value, low, high, step, label, **common_args)
    fmt = f".{places}%" if percent else f".{places}f"
    return w.FloatSlider(value=value, min=low, max=high, step=step, readout_format=fmt, **common_args)


def whole_slider(description: str, value: int, low: int, high: int, *, tooltip: str = "") -> w.IntSlider:
    """A slider of whole numbers below 1.000 (a count, a score, a number of months) in the layout of
    :func:`slider`; its value is an int. Numbers from 1.000 on go through :func:`slider`, which
    writes their thousands the Dutch way."""
    if max(abs(low), abs(high)) >= 1000:
        raise ValueError(f"whole_slider is for numbers below 1000; use slider() for {description!r}")
    return w.IntSlider(value=value, min=low, max=high, step=1, description=description, tooltip=tooltip,
                       continuous_update=False, style=LABEL_STYLE, layout=SLIDER)


def md(text: str) -> Markdown:
    """Markdown for the output area (a small helper so views read naturally); a display formula
    with several equations side by side shows one equation per line."""
    return Markdown(formatting.one_equation_per_line(text))


WEIGHT_LABEL_EM = 20   # room for "Gewicht: aanwezigheid concurrenten" (34 characters) and a little more


class WeightSliders(w.VBox):
    """One slider per criterion, in whole percents, that always add up to 100%.

    Moving one slider lets the others make room in proportion to their sizes
    (:func:`salesbook.strategy.rebalance_weights`). ``value`` is the dict of all weights and
    changes once per move, so a :func:`live` view that takes it redraws once, not once per
    slider. Pass it to :func:`live` as a single control.
    """

    value = traitlets.Dict()

    def __init__(self, labels: Mapping[str, str], initial: Mapping[str, float]):
        start = strategy.rebalance_weights(initial, next(iter(initial)), next(iter(initial.values())))
        self.sliders = {
            key: w.FloatSlider(value=start[key], min=0.0, max=1.0, step=0.01, description=label,
                               readout_format=".0%", continuous_update=False,
                               # one label width for all: the tracks line up, equal weights look equal;
                               # in em, so the longest label fits in a projector's large type too
                               style={"description_width": f"{WEIGHT_LABEL_EM}em"}, layout=SLIDER)
            for key, label in labels.items()
        }
        self._moving = False
        super().__init__(list(self.sliders.values()))
        self.add_class("salesbook-weights")      # found by the browser tests
        self.value = dict(start)
        for key, control in self.sliders.items():
            control.observe(lambda change, key=key: self._moved(key, change["new"]), names="value")

    def _moved(self, key: str, new_value: float) -> None:
        if self._moving:
            return
        weights = strategy.rebalance_weights(self.value, key, new_value)
        self._moving = True
        try:
            for other, control in self.sliders.items():
                control.value = weights[other]
        finally:
            self._moving = False
        self.value = weights
