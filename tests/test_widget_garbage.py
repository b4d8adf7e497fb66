"""A redraw leaves no figure behind for a full garbage collection to find.

A matplotlib figure is a web of objects that refer to each other, so only Python's cyclic
collector frees it. If the collector runs while a redraw still uses the figure, the figure moves
to the oldest generation, and after the redraw it lies there as garbage until a full collection
of every object in the kernel: a pause of a few hundred milliseconds in some later redraw
(measured: 39 such pauses, 10–13 s in all, over the 1,010 value changes of `make bench`).
`common.Redraw` pauses the collector during a redraw and then collects the youngest generation.
"""

from __future__ import annotations

import gc

import ipywidgets as w
from matplotlib.figure import Figure

from salesbook import charts
from salesbook.widgets import common


def _figures_alive() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, Figure))


def _view(n):
    labels = [f"groep {i}" for i in range(12)]
    return [charts.bar_chart(labels, [n * (i + 1) for i in range(12)], title="Omzet per groep")]


def test_redraws_leave_no_figure_for_a_full_collection():
    gc.collect()
    slider = w.IntSlider(value=1, min=1, max=100)
    common.live(_view, {"n": slider})
    before = _figures_alive()
    for value in range(2, 42):        # 40 redraws: enough to trigger young collections mid-draw
        slider.value = value
    assert gc.isenabled()
    # every figure of those redraws is freed already, without a full collection
    assert _figures_alive() <= before, (before, _figures_alive())


def test_the_collector_is_left_as_it_was():
    gc.disable()
    try:
        with common.young_garbage():
            pass
        assert not gc.isenabled()     # a caller that had paused it keeps it paused
    finally:
        gc.enable()
    with common.young_garbage():
        assert not gc.isenabled()
    assert gc.isenabled()
