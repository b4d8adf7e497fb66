"""Charts only draw (issue 11, item 2): no module in salesbook/charts imports a model.

A chart module may import the standard library, matplotlib, numpy, pandas and IPython (to show
a figure), the other chart modules and :mod:`salesbook.formatting`, and the two foundation
modules that compute nothing, :mod:`salesbook.validation` and :mod:`salesbook.errors` (a chart
called from a notebook refuses input it cannot draw with the pack's Dutch message); the numbers
come from the caller. There are no exceptions: the chapter-1 notebook, like the widgets, computes
with the model first and passes the series to ``equity_chart``, ``retention_uplift_chart`` and
``benchmark_chart``.
"""

import ast
import sys
from pathlib import Path

import pytest

import salesbook.charts

CHARTS = Path(salesbook.charts.__file__).parent
ALLOWED_SALESBOOK = ("salesbook.charts", "salesbook.formatting", "salesbook.validation", "salesbook.errors")
ALLOWED_THIRD_PARTY = {"matplotlib", "numpy", "pandas", "IPython"}


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
    wrong = [(owner, module) for owner, module in imports_by_function(path) if not allowed(module)]
    assert not wrong, f"{path.name} imports a model: {wrong}; pass the computed series from the caller"


def test_no_chart_keeps_an_old_call_form():
    from salesbook.charts import ch01

    assert not [name for name in vars(ch01) if name.startswith("_legacy")]
