"""`make bench`: the speed figures of the course pack, measured side by side in one run.

Writes ``benchmarks/latest.json`` and prints a table with, for each figure, its goal:

* ``notebook_ratio_max`` — every notebook's execution time in a fresh kernel divided by that of a
  floor notebook (imports pandas, matplotlib, ipywidgets and salesbook, draws one chart with one
  slider); the largest ratio. Goal ≤ 2.0.
* ``widget_p95_ms`` — the 95th percentile, over every control of every widget in the notebooks
  driven over a grid of values, of the time from a value change to a finished redraw (model,
  chart and what the browser gets). Goal ≤ 100 ms; no widget's median above 100 ms.
* ``widget_p95_ratio`` — that p95 divided by the floor: the median redraw of a minimal one-chart
  widget made the plain way (one slider; a fresh three-bar chart shown as an inline PNG, tight
  bounding box, base64), timed in the same run (before and after the widgets; the lower). Goal ≤ 1.5. ``widget_floor_ours_ms`` is the same
  minimal widget through ``common.live`` (for comparison).
* ``import_ratio`` — ``import salesbook`` in a fresh process against
  ``import pandas, matplotlib, ipywidgets``. Goal ≤ 1.2.
* ``suite_s`` — wall time of the warm test suite (`make test`, set-up excluded). Goal ≤ 150 s with the
  first 8 notebooks, plus 10 s for every notebook after them (``suite_goal_s``).
* ``analytics_1m_s`` — RFM + ABC + CLV per customer on 1,000,000 transactions
  (benchmarks/analytics.py), when present.
* ``read_table_ratio`` — ``read_table`` against ``pandas.read_csv`` on a 1,000,000-row Dutch CSV
  (benchmarks/read_table.py). Goal ≤ 3.

    python benchmarks/run.py [--skip-suite]
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import nbclient
import nbformat

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "latest.json"
GOALS = {"notebook_ratio_max": 2.0, "widget_p95_ms": 100.0, "widget_p95_ratio": 1.5, "import_ratio": 1.2,
         "read_table_ratio": 3.0}
FLOOR_CELLS = [
    "import pandas as pd\nimport matplotlib\nimport ipywidgets as w\nimport salesbook\nfrom salesbook import charts",
    "charts.bar_chart(['A', 'B', 'C'], [3, 1, 2], title='Vloer')",
    "w.FloatSlider(value=0.5, min=0, max=1)",
]


def run_notebook(nb: nbformat.NotebookNode, folder: Path) -> float:
    start = time.perf_counter()
    nbclient.NotebookClient(nb, kernel_name="python3", timeout=600,
                            resources={"metadata": {"path": str(folder)}}).execute()
    return time.perf_counter() - start


def notebook_ratios(repeat: int = 2) -> dict:
    folder = ROOT / "notebooks"
    floor_nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in FLOOR_CELLS])
    floor = min(run_notebook(floor_nb, folder) for _ in range(repeat))
    times = {}
    for path in sorted(folder.glob("*.ipynb")):
        times[path.name] = min(run_notebook(nbformat.read(path, as_version=4), folder) for _ in range(repeat))
    ratios = {name: t / floor for name, t in times.items()}
    return {"floor_s": floor, "notebook_s": times, "notebook_ratio": ratios,
            "notebook_ratio_max": max(ratios.values())}


def _controls(widget):
    """Every control with a value in a widget tree (sliders, menus, toggles, check boxes)."""
    import ipywidgets as w

    if isinstance(widget, (w.FloatSlider, w.IntSlider, w.SelectionSlider, w.Dropdown, w.ToggleButtons, w.Checkbox)):
        yield widget
    for child in getattr(widget, "children", ()):
        yield from _controls(child)


def _close(widget) -> None:
    """Close a widget tree, as a notebook's kernel would hold only its own few widgets (a widget
    stays registered, with its outputs, until it is closed)."""
    for child in getattr(widget, "children", ()):
        _close(child)
    widget.close()


def _grid(control) -> list:
    import ipywidgets as w

    if isinstance(control, (w.FloatSlider, w.IntSlider)):
        low, high = control.min, control.max
        values = [low + (high - low) * f for f in (0.0, 0.25, 0.5, 0.75, 1.0)]
        return [round(v) if isinstance(control, w.IntSlider) else v for v in values]
    if isinstance(control, w.Checkbox):
        return [not control.value, control.value]
    if isinstance(control, w.SelectionSlider):      # common.DutchSlider: the same five positions
        values = [value for _label, value in _options(control)]
        return [values[round((len(values) - 1) * f)] for f in (0.0, 0.25, 0.5, 0.75, 1.0)]
    return [value for _label, value in _options(control)][:6]


def _options(control):
    options = control.options
    return [(o, o) if not isinstance(o, tuple) else o for o in options]


def _change_times(control, values) -> list[float]:
    times = []
    for value in values:
        if value == control.value:
            continue
        start = time.perf_counter()
        control.value = value
        times.append((time.perf_counter() - start) * 1000)
    return times


def redraw_floor(repeat: int = 15) -> dict:
    """Median redraw of a minimal one-chart widget: the plain way, and through common.live."""
    import base64

    import ipywidgets as w
    from IPython.core.pylabtools import print_figure

    from salesbook import charts
    from salesbook.widgets import common

    values = [v for _ in range(repeat) for v in (1.0, 2.0, 3.0)]
    plain_slider, out = w.FloatSlider(value=0.5, min=0, max=4), w.Output()

    def plain(_change=None):
        fig = charts.bar_chart(["A", "B", "C"], [3, plain_slider.value, 2], title="Vloer")
        png = base64.b64encode(print_figure(fig, "png", bbox_inches="tight")).decode("ascii")
        out.outputs = ({"output_type": "display_data", "data": {"image/png": png, "text/plain": "Vloer"},
                        "metadata": {}},)

    plain_slider.observe(plain, names="value")
    ours_slider = w.FloatSlider(value=0.5, min=0, max=4)
    common.live(lambda b: [charts.bar_chart(["A", "B", "C"], [3, b, 2], title="Vloer")], {"b": ours_slider})
    return {"widget_floor_ms": statistics.median(_change_times(plain_slider, values)),
            "widget_floor_ours_ms": statistics.median(_change_times(ours_slider, values))}


def widget_timings() -> dict:
    """Build every widget the notebooks use and time each value change (in this process)."""
    from IPython.core.interactiveshell import InteractiveShell

    InteractiveShell.instance()  # a shell, so figures are rendered to PNG as in Jupyter
    from salesbook import charts

    charts._show_figures_in_jupyter()
    import pkgutil

    import salesbook.widgets

    builders = []
    names = sorted(m.name for m in pkgutil.iter_modules(salesbook.widgets.__path__) if m.name not in ("common", "quiz"))
    for module_name in names:                # every topic module, so a new chapter is measured too
        module = importlib.import_module(f"salesbook.widgets.{module_name}")
        builders += [(f"{module_name}.{name}", getattr(module, name)) for name in dir(module)
                     if name.endswith("_widget") and callable(getattr(module, name))]
    times, per_widget = [], {}
    first_floor = redraw_floor()
    for name, build in builders:
        try:
            box = build()
        except TypeError:  # needs arguments: not a notebook-ready builder
            continue
        own = []
        for control in _controls(box):
            original = control.value
            own += _change_times(control, _grid(control))
            control.value = original
        if own:
            per_widget[name] = {"changes": len(own), "median_ms": statistics.median(own), "max_ms": max(own)}
            times += own
        _close(box)
    times.sort()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))] if times else float("nan")
    # the floor before and after the widgets, the lower one: a shared machine's load varies
    floors = [first_floor, redraw_floor()]
    floor = {key: min(f[key] for f in floors) for key in floors[0]}
    return {"widget_changes": len(times), "widget_p95_ms": p95, "widget_p95_ratio": p95 / floor["widget_floor_ms"],
            "widget_median_max_ms": max(v["median_ms"] for v in per_widget.values()), **floor,
            "widgets": per_widget}


def _process_time(code: str, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def import_ratio() -> dict:
    ours = _process_time("import salesbook")
    base = _process_time("import pandas, matplotlib, ipywidgets")
    return {"import_salesbook_s": ours, "import_base_s": base, "import_ratio": ours / base}


def suite_goal() -> float:
    """150 s for the first 8 notebooks, 10 s more for each notebook added after them (issue 10)."""
    return 150.0 + 10.0 * max(0, len(list((ROOT / "notebooks").glob("*.ipynb"))) - 8)


def suite_time() -> dict:
    """Wall time of the warm test suite, run exactly as the README says (`make test`)."""
    start = time.perf_counter()
    result = subprocess.run(["make", "--no-print-directory", "test"], cwd=ROOT, capture_output=True, text=True)
    lines = result.stdout.strip().splitlines()
    return {"suite_s": time.perf_counter() - start, "suite_goal_s": suite_goal(), "suite_passed": result.returncode == 0,
            "suite_summary": (lines or [""])[-1],
            "suite_failures": [line for line in lines if line.startswith(("FAILED", "ERROR"))]}


def analytics() -> dict:
    script = ROOT / "benchmarks" / "analytics.py"
    if not script.exists():
        return {}
    sys.path.insert(0, str(script.parent))
    import analytics as bench  # noqa: E402

    log = bench.generate.transactions(1_000_000)
    seconds, _ = bench.best_of(bench.ours, log, 3)
    base, _ = bench.best_of(bench.baseline, log, 3)
    return {"analytics_1m_s": seconds, "analytics_baseline_1m_s": base, "analytics_ratio": seconds / base}


def read_table_figures() -> dict:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import read_table as bench  # noqa: E402

    return bench.read_table_ratio(1_000_000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Meet de snelheid van salesbook; schrijft benchmarks/latest.json.")
    parser.add_argument("--skip-suite", action="store_true", help="sla de tijd van de testsuite over")
    args = parser.parse_args(argv)
    figures: dict = {"machine": platform.platform(), "python": platform.python_version(),
                     "date": time.strftime("%Y-%m-%d %H:%M")}
    figures |= import_ratio()
    figures |= widget_timings()
    figures |= notebook_ratios()
    figures |= analytics()
    figures |= read_table_figures()
    if not args.skip_suite:
        figures |= suite_time()
    OUT.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = [("notebook_ratio_max", figures["notebook_ratio_max"], "≤ 2.0"),
            ("widget_p95_ms", figures["widget_p95_ms"], "≤ 100"),
            ("widget_p95_ratio", figures["widget_p95_ratio"], "≤ 1.5"),
            ("widget_median_max_ms", figures["widget_median_max_ms"], "≤ 100"),
            ("widget_floor_ms", figures["widget_floor_ms"], ""),
            ("widget_floor_ours_ms", figures["widget_floor_ours_ms"], ""),
            ("import_ratio", figures["import_ratio"], "≤ 1.2"),
            ("suite_s", figures.get("suite_s", float("nan")), f"≤ {suite_goal():.0f}"),
            ("read_table_ratio", figures["read_table_ratio"], "≤ 3"),
            ("analytics_1m_s", figures.get("analytics_1m_s", float("nan")), "< 2")]
    print(f"{'maat':<22}{'waarde':>10}  doel")
    for name, value, goal in rows:
        print(f"{name:<22}{value:>10.3f}  {goal}")
    print("mediaan per widget (ms):")
    for name, timing in sorted(figures["widgets"].items(), key=lambda item: -item[1]["median_ms"]):
        print(f"  {name:<40} {timing['median_ms']:6.1f}  (max {timing['max_ms']:.0f})")
    for name, ratio in figures["notebook_ratio"].items():
        print(f"  {name:<40} {figures['notebook_s'][name]:6.2f} s  ratio {ratio:.2f}")
    print(f"geschreven: {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
