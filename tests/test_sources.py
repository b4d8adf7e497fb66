"""Every public model function names its source: a docstring line starting with ``Source:``.

The source is the book's chapter ("Source: Rustenburg & Steenbeek, H9 …"), the published work a
model comes from, or "the pack's own" for a helper the book does not have. The model modules
are discovered as in the bad-input property test, so a new chapter's module is checked too.
"""

from __future__ import annotations

import inspect

import pytest

from tests.test_bad_input_property import MODULES, public_functions


def _functions():
    return [pytest.param(f, id=f"{m}.{f.__name__}") for m in MODULES for f in public_functions(m)]


@pytest.mark.parametrize("function", _functions())
def test_every_public_model_function_names_its_source(function):
    doc = inspect.getdoc(function) or ""
    assert any(line.strip().startswith("Source:") for line in doc.splitlines()), (
        f"{function.__module__}.{function.__name__}: add a line 'Source: …' to the docstring")
