"""What the browser gets from a widget's output area: records it can show, for every widget module.

An Output widget's records travel to the browser over the widget protocol. Raw bytes in them
(IPython gives a PNG as bytes) are split off as binary buffers and arrive in an <img> as
``[object Object]``: a broken image that no text-based test notices. So every record of every
widget, at its start values and after a control moved, must be plain JSON with image
data as text, and must carry no binary buffer. Discovered per module: a new chapter is covered.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import inspect
import json
import pkgutil

import ipywidgets as w
import re

import pytest
from ipywidgets.widgets.widget import _remove_buffers

import salesbook.widgets
from salesbook.widgets import common

MODULES = sorted(m.name for m in pkgutil.iter_modules(salesbook.widgets.__path__) if m.name not in ("common", "quiz"))
# Widgets that show tables and text only; every other widget must show at least one chart, so
# that the checks below cannot pass on empty output areas.
WITHOUT_CHART = {"accounts.account_plan_widget", "accounts.key_account_widget", "fairs.staffing_widget",
                 "forecasting.auto_widget"}


def builders() -> list:
    """Every public ``..._widget()`` builder without required arguments, in every widget module."""
    found = []
    for module_name in MODULES:
        module = importlib.import_module(f"salesbook.widgets.{module_name}")
        for name in sorted(dir(module)):
            build = getattr(module, name)
            if name.endswith("_widget") and not name.startswith("_") and callable(build) and all(
                    p.default is not p.empty for p in inspect.signature(build).parameters.values()):
                found.append(pytest.param(build, id=f"{module_name}.{name}"))
    return found


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def check_record(record: dict) -> int:
    """Assert one output record is what the front end can show; return its number of images."""
    json.dumps(record)                                    # plain JSON: no bytes, no numpy scalars
    assert record["output_type"] == "display_data"
    images = 0
    for mime, value in record["data"].items():
        assert isinstance(value, str), f"{mime} is {type(value).__name__}, not text"
        if mime == "image/png":
            assert base64.b64decode(value, validate=True).startswith(b"\x89PNG"), "PNG data is not base64 of a PNG"
            images += 1
        elif mime == "image/svg+xml":
            assert "<svg" in value and value.rstrip().endswith("</svg>")
            images += 1
    return images


def check_output_areas(box) -> int:
    images = 0
    for out in (x for x in walk(box) if isinstance(x, w.Output)):
        _state, _paths, buffers = _remove_buffers({"outputs": list(out.outputs)})
        assert not buffers, "an output record would travel as a binary buffer (a broken image in the browser)"
        images += sum(check_record(r) for r in out.outputs)
    return images


def another_value(control):
    if isinstance(control, (w.FloatSlider, w.IntSlider)):
        return control.max if control.value != control.max else control.min
    if isinstance(control, w.Checkbox):
        return not control.value
    if isinstance(control, (w.Dropdown, w.ToggleButtons, w.RadioButtons, w.SelectionSlider)):
        values = [o[1] if isinstance(o, tuple) else o for o in control.options]
        others = [v for v in values if v != control.value]
        return others[0] if others else control.value
    return control.value


@pytest.fixture(scope="module", autouse=True)
def jupyter_shell():
    """A shell as in Jupyter, so objects are formatted by IPython's formatters as in a notebook."""
    from IPython.core.interactiveshell import InteractiveShell

    from salesbook import charts

    InteractiveShell.instance()
    charts._show_figures_in_jupyter()


@pytest.mark.parametrize("build", builders())
def test_every_output_record_reaches_the_browser_as_text(build, request):
    box = build()
    start_images = check_output_areas(box)
    name = request.node.callspec.id
    assert (start_images == 0) == (name in WITHOUT_CHART), f"{name}: {start_images} chart(s) at the start"
    controls = [c for c in walk(box) if isinstance(c, (w.FloatSlider, w.IntSlider, w.SelectionSlider, w.Checkbox, w.Dropdown,
                                                           w.ToggleButtons)) and not c.disabled]
    for control in controls[:1]:        # one move per widget: every redraw takes the same road
        original = control.value
        control.value = another_value(control)
        check_output_areas(box)
        control.value = original
    assert check_output_areas(box) == start_images        # back at the start: the same charts again


def test_widgets_are_found():
    assert len(builders()) >= 30 and all(name.split(".")[0] in MODULES for name in WITHOUT_CHART)


def test_a_figure_is_svg_text_and_other_bytes_become_base64():
    from IPython.display import Image

    from salesbook import charts

    fig = charts.bar_chart(["A", "B"], [1, 2], title="Proef")
    out = w.Output()
    png = charts.render_png(charts.bar_chart(["A"], [1], title="PNG"))
    common.show(out, [fig, Image(data=png, format="png"), common.md("**tekst**")])
    kinds = [sorted(r["data"]) for r in out.outputs]
    assert kinds == [["image/svg+xml", "text/plain"], ["image/png", "text/plain"], ["text/markdown", "text/plain"]]
    assert base64.b64decode(out.outputs[1]["data"]["image/png"]) == png
    assert check_output_areas(w.VBox([out])) == 2


def test_a_burst_of_changes_draws_once_more_with_the_newest_value(monkeypatch):
    """In a kernel, a change right after a redraw is put off; the changes behind it are drawn
    once, with the last value (the real-kernel version is tests/test_widget_redraw_in_kernel.py)."""
    monkeypatch.setattr(common, "_in_kernel", lambda: True)
    calls = []

    def view(x):
        calls.append(x)
        return [common.md(f"x = {x}")]

    async def burst():
        slider = w.IntSlider(value=0, min=0, max=10)
        box = common.live(view, {"x": slider})
        await asyncio.sleep(0.05)          # a quiet moment: the next change draws at once
        for value in range(1, 6):          # then five quick changes
            slider.value = value
        drawn_at_once = list(calls)
        await asyncio.sleep(0.1)
        return box, drawn_at_once

    box, drawn_at_once = asyncio.run(burst())
    assert drawn_at_once == [0, 1]
    assert calls == [0, 1, 5]
    out = next(x for x in walk(box) if isinstance(x, w.Output))
    assert out.outputs[0]["data"]["text/markdown"] == "x = 5"


def test_outside_a_kernel_every_change_draws_at_once():
    """Tests, scripts and the benchmark: no kernel, so no deferral, even when some event loop
    runs in this thread (Playwright's, in the browser tests)."""
    calls = []

    async def changes():
        slider = w.IntSlider(value=0, min=0, max=10)
        common.live(lambda x: calls.append(x) or [], {"x": slider})
        slider.value = 3
        slider.value = 4
        return list(calls)                 # before the loop turns

    assert asyncio.run(changes()) == [0, 3, 4]


def test_a_slider_with_decimals_reads_out_in_dutch():
    """The browser formats a number slider's readout with a decimal point ("12.5%"); a slider with
    decimals shows Dutch labels instead, and a value set from code goes to the nearest position."""
    from salesbook.widgets import common

    rate = common.slider("Rente", 0.08, 0.0, 0.15, 0.005, percent=True, decimals=1)
    assert rate.label == "8,0%" and rate.value == 0.08
    rate.value = 0.1234                       # nearest position: 0.125
    assert (rate.value, rate.label) == (0.125, "12,5%")
    rate.value = 0.5                          # beyond the end: the end, as a number slider clamps
    assert (rate.value, rate.label) == (0.15, "15,0%")
    alpha = common.slider("α", 0.3, 0.01, 1.0, 0.01, decimals=2)
    assert alpha.label == "0,30" and (alpha.min, alpha.max, alpha.step) == (0.01, 1.0, 0.01)
    assert [label for label, _ in alpha.options[:2]] == ["0,01", "0,02"]
    whole = common.slider("Bezoeken", 4, 0, 10, 1)          # no decimals, no thousands: the browser's own slider
    assert whole.readout_format == ".0f"
    costs = common.slider("Vaste kosten", 230_000, 0, 600_000, 10_000)   # thousands: "230.000", not "230000"
    assert costs.label == "230.000" and costs.value == 230_000 and costs.options[-1] == ("600.000", 600_000)
    buyers = common.slider("afnemers n", 14_600, 0, 60_000, 10)          # 6.001 positions
    assert buyers.label == "14.600" and len(buyers.options) == 6_001
    huge = common.slider("Omzet", 0, 0, 10_000_000, 1)       # too many positions to list: the browser's own slider
    assert huge.readout_format == ".0f"


def test_a_whole_number_slider_keeps_an_int_and_the_shared_layout():
    import pytest

    from salesbook.widgets import common

    months = common.whole_slider("Venster k (maanden)", 12, 1, 36)
    assert (months.value, months.min, months.max, months.step) == (12, 1, 36, 1) and isinstance(months.value, int)
    assert months.layout is common.SLIDER and not months.continuous_update
    with pytest.raises(ValueError, match="slider"):     # thousands need the Dutch readout of slider()
        common.whole_slider("Beurskosten", 5_000, 0, 250_000)


def test_views_and_exercises_show_one_equation_per_display_formula():
    """A widget's Markdown and an exercise's feedback split equations put side by side (MathJax
    does not wrap a display formula: at 800 px or in the presentation mode it ran off the screen)."""
    from salesbook import formatting
    from salesbook.exercises.base import Feedback
    from salesbook.widgets import common

    side_by_side = r"$$a = b \qquad c = d$$"
    shown = common.md(side_by_side).data
    assert shown.count("$$") == 4 and "qquad" not in shown
    message = Feedback(False, side_by_side)._repr_markdown_()
    assert message.count("$$") == 4 and "qquad" not in message
    for text in (shown, message):
        for tex in re.findall(r"\$\$(.+?)\$\$", text, flags=re.S):
            assert formatting.equations_on_one_line(tex) == 1
