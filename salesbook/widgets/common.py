"""Shared wiring for the widgets: error-safe rendering and the standard control layout."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import ipywidgets as w
from IPython.display import HTML, Markdown, display

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


def live(view: Callable[..., Sequence[Any]], controls: Mapping[str, w.ValueWidget],
         *, fixed: Mapping[str, Any] | None = None, layout: str = "vertical") -> w.Box:
    """Connect controls to a view: every change redraws the output area.

    ``controls`` maps the view's argument names to widgets; ``fixed`` passes further arguments
    unchanged. Returns a box with the controls above (or beside) the output.
    """
    out = w.Output()
    fixed = dict(fixed or {})

    def redraw(_change=None):
        state = {name: ctrl.value for name, ctrl in controls.items()} | fixed
        items = render(view, state)
        with out:
            out.clear_output(wait=True)
            for item in items:
                display(item)

    for ctrl in controls.values():
        ctrl.observe(redraw, names="value")
    redraw()
    panel = w.VBox(list(controls.values()))
    if layout == "horizontal":
        return w.HBox([panel, out])
    return w.VBox([panel, out])


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
