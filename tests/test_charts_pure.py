"""Charts only draw (issue 11, item 2): no module in salesbook/charts imports a model.

A chart module may import the standard library, matplotlib, numpy, pandas and IPython (to show
a figure), the other chart modules and :mod:`salesbook.formatting`, and the two foundation
modules that compute nothing, :mod:`salesbook.validation` and :mod:`salesbook.errors` (a chart
called from a notebook refuses input it cannot draw with the pack's Dutch message); the numbers
come from the caller. The only exceptions
are three named helpers in ``charts/ch01.py`` that keep an old call form working, because the
chapter-1 notebook calls ``equity_chart``, ``retention_uplift_chart`` and ``benchmark_chart``
with raw inputs. When the notebook passes computed series, delete the helper and its line in
``LEGACY``; the widgets already pass computed series (tested below).
"""

import ast
import sys
from pathlib import Path

import pytest
from matplotlib.figure import Figure

import salesbook.charts
from salesbook import charts

CHARTS = Path(salesbook.charts.__file__).parent
ALLOWED_SALESBOOK = ("salesbook.charts", "salesbook.formatting", "salesbook.validation", "salesbook.errors")
ALLOWED_THIRD_PARTY = {"matplotlib", "numpy", "pandas", "IPython"}
LEGACY = {  # (file, function) → the model modules it may import, and only it
    ("ch01.py", "_legacy_equity_input"): {"salesbook.equity"},
    ("ch01.py", "_legacy_uplift_curves"): {"salesbook.retention"},
    ("ch01.py", "_legacy_benchmark_input"): {"salesbook.subsidiaries"},
}


def imports_by_function(path: Path) -> list[tuple[str | None, str]]:
    """(top-level function or None, imported module) for every import in a file, nested ones too."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        owner = node.name if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else None
        for inner in ast.walk(node):
            if isinstance(inner, ast.Import):
                found += [(owner, alias.name) for alias in inner.names]
            elif isinstance(inner, ast.ImportFrom):
                base = inner.module or ""
                if inner.level:
                    base = "salesbook.charts" + (f".{base}" if base else "")
                if base == "salesbook":  # from salesbook import equity → salesbook.equity
                    found += [(owner, f"salesbook.{alias.name}") for alias in inner.names]
                else:
                    found.append((owner, base))
    return found


def allowed(module: str) -> bool:
    root = module.split(".")[0]
    if module.startswith("salesbook"):
        return any(module == a or module.startswith(a + ".") for a in ALLOWED_SALESBOOK)
    return root in sys.stdlib_module_names or root == "__future__" or root in ALLOWED_THIRD_PARTY


CHART_FILES = sorted(CHARTS.glob("*.py"))


def test_the_chart_modules_are_found():
    assert {"base.py", "ch01.py", "ch09.py", "__init__.py"} <= {p.name for p in CHART_FILES}


@pytest.mark.parametrize("path", CHART_FILES, ids=lambda p: p.name)
def test_chart_modules_import_no_model(path):
    wrong = [(owner, module) for owner, module in imports_by_function(path)
             if not allowed(module) and module not in LEGACY.get((path.name, owner), set())]
    assert not wrong, f"{path.name} imports a model: {wrong}; pass the computed series from the caller"


def test_the_legacy_helpers_still_exist_and_import_only_what_is_listed():
    for (name, function), modules in LEGACY.items():
        imported = {m for owner, m in imports_by_function(CHARTS / name) if owner == function}
        assert imported == modules, (name, function)


# --- the widgets pass computed series: the legacy helpers are never reached from a view ---------

@pytest.fixture
def no_legacy(monkeypatch):
    from salesbook.charts import ch01

    def refuse(*_args, **_kwargs):
        raise AssertionError("a widget view took the old call form of a chart")

    for _, function in LEGACY:
        monkeypatch.setattr(ch01, function, refuse)


def test_widget_views_pass_computed_series(no_legacy):
    from salesbook.widgets import benchmark, equity, retention

    state = {equity.OWN + k: v for k, v in equity.DEFAULT_OWN.items()}
    state |= {equity.RIVAL + k: v for k, v in equity.DEFAULT_RIVAL.items()}
    views = [equity.equity_view(**state), retention.retention_view(1000, 0.8, 0.1, 500, False),
             benchmark.benchmark_view("debiteurendagen", 60)]
    for items in views:
        assert sum(isinstance(item, Figure) for item in items) == 1


# --- the old call forms of the chapter-1 notebook draw the same figure as the new ones ------------

def test_old_and_new_equity_chart_calls_agree():
    from salesbook import equity

    own = dict.fromkeys(equity.ASPECTS, 7) | {"informatie": 4}
    rival = dict.fromkeys(equity.ASPECTS, 6)
    old = charts.equity_chart(own, rival, company="Noordstroom")
    new = charts.equity_chart(equity.scores_by_driver(own), equity.scores_by_driver(rival), company="Noordstroom",
                              own_means=equity.driver_scores(own), competitor_means=equity.driver_scores(rival))
    for fig in (old, new):
        ax = fig.axes[0]
        assert [t.get_text() for t in ax.get_yticklabels()] == [a.label for a in equity.ASPECTS.values()]
    assert [t.get_text() for t in old.axes[0].texts] == [t.get_text() for t in new.axes[0].texts]
    assert "Relation equity: gemiddeld 6,2 (concurrent 6,0)" in [t.get_text() for t in new.axes[0].texts]


def test_old_and_new_uplift_chart_calls_agree():
    from salesbook.retention import uplift_curves

    old = charts.retention_uplift_chart((0.05, 0.10), point=(0.8, 0.0474))
    new = charts.retention_uplift_chart(curves=uplift_curves((0.05, 0.10)), point=(0.8, 0.0474))
    legend = [t.get_text() for t in new.axes[0].get_legend().get_texts()]
    assert legend == [t.get_text() for t in old.axes[0].get_legend().get_texts()]
    assert legend[2] == "disconteringsvoet 10%: 4%–5% bij retentie 69%–82%"


def test_old_and_new_benchmark_chart_calls_agree():
    from salesbook import case, subsidiaries

    raw = case.dataset("landenvestigingen")
    old = charts.benchmark_chart(raw, "debiteurendagen", norm=60)
    new = charts.benchmark_chart(subsidiaries.rank_subsidiaries(raw, "debiteurendagen"), "debiteurendagen",
                                 norm=60, spec=subsidiaries.KPIS["debiteurendagen"])
    labels = [t.get_text() for t in new.axes[0].get_yticklabels()]
    assert labels == [t.get_text() for t in old.axes[0].get_yticklabels()]
    assert labels[0] == "Nederland"   # 49 days, the best
