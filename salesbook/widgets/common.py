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
        items = render(view, state)
        with out:
            out.clear_output(wait=True)
            for item in items:
                display(item)

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
