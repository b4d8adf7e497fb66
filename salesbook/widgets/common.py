"""Shared wiring for the widgets: error-safe rendering and the standard control layout."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import ipywidgets as w
import traitlets
from IPython.display import HTML, Markdown

from salesbook import strategy
from salesbook.errors import SalesbookError

LABEL_STYLE = {"description_width": "initial"}
WIDE = w.Layout(width="520px")


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


def _output_record(item: Any) -> dict:
    """One display object as an output record of an Output widget (PNG for figures in Jupyter)."""
    from IPython import get_ipython
    from IPython.core.formatters import DisplayFormatter

    shell = get_ipython()
    formatter = shell.display_formatter if shell is not None else DisplayFormatter()
    data, metadata = formatter.format(item)
    return {"output_type": "display_data", "data": data, "metadata": metadata}


def show(out: w.Output, items: Sequence[Any]) -> None:
    """Replace what an output area shows. The outputs are set in one go instead of
    ``with out: display(...)``: no flicker, and no dependence on how a front end (JupyterLab,
    Voila, nbclient) captures output messages."""
    out.outputs = tuple(_output_record(item) for item in items)


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
    under the other, the output below them).
    """
    out = w.Output()
    fixed = dict(fixed or {})

    def redraw(_change=None):
        state = {name: ctrl.value for name, ctrl in controls.items()} | fixed
        show(out, render(view, state))

    for ctrl in controls.values():
        ctrl.observe(redraw, names="value")
    redraw()
    children = arrange(controls, out) if arrange else [w.VBox(list(controls.values())), out]
    return LiveView(list(children))


def slider(description: str, value: float, low: float, high: float, step: float,
           *, percent: bool = False, decimals: int | None = None) -> w.FloatSlider:
    """A float slider with a Dutch label; ``percent=True`` shows a fraction as %."""
    if percent:
        fmt = f".{decimals if decimals is not None else 0}%"
    else:
        fmt = f".{decimals if decimals is not None else 0}f"
    return w.FloatSlider(value=value, min=low, max=high, step=step, description=description,
                         readout_format=fmt, continuous_update=False, style=LABEL_STYLE, layout=WIDE)


def md(text: str) -> Markdown:
    """Markdown for the output area (a small helper so views read naturally)."""
    return Markdown(text)


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
                               # one label width for all: the tracks line up, equal weights look equal
                               style={"description_width": "250px"}, layout=w.Layout(width="560px"))
            for key, label in labels.items()
        }
        self._moving = False
        super().__init__(list(self.sliders.values()))
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
