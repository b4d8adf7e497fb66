"""Issue 13: every public model function of every model module, driven with bad input, returns
a result or raises SalesbookError — never another exception, never a hang.

The modules are discovered, not listed: every module of the package except the ones below
(front-ends, data access and helpers) is a model module, so a new chapter is covered without
editing this file. Every public function defined in such a module is driven with None, NaN,
inf, text, negatives, percentages typed for fractions, huge counts and empty tables.
"""

from __future__ import annotations

import importlib
import inspect
import math
import pkgutil
import signal

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import salesbook
from salesbook.errors import SalesbookError

NOT_MODELS = {"widgets", "charts", "exercise_bank", "exercises", "quiz", "generate", "data", "case", "formatting",
              "errors", "paths", "validation", "rounding", "book", "yaml_text",
              "benchmark"}  # benchmark: the old name of subsidiaries, re-exports only
MODULES = sorted(m.name for m in pkgutil.iter_modules(salesbook.__path__) if m.name not in NOT_MODELS)
SECONDS_PER_CALL = 5


def public_functions(module_name: str) -> list:
    module = importlib.import_module(f"salesbook.{module_name}")
    return [f for name, f in sorted(inspect.getmembers(module, inspect.isfunction))
            if not name.startswith("_") and f.__module__ == module.__name__]


def bad_values():
    """Small bad (and a few good) values: no example is big enough to take long."""
    return st.sampled_from([
        None, math.nan, math.inf, -math.inf, "abc", "", "10%", True, -1, -0.5, 0, 0.5, 1, 3, 80, 1e308, 10**12,
        [], [math.nan], ["x"], [1, 2, 3], [0.5, 80], [-1, 2], (0.2, 0.3), {}, {"a": math.nan}, {"a": 1, "b": 2},
        pd.DataFrame(), pd.DataFrame({"a": [math.nan]}), pd.Series([], dtype=float), pd.Series([math.nan, 1.0]),
        np.array([1.0, np.nan]), pd.Timestamp("2024-01-01"),
    ])


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


def call_with_timeout(function, args, kwargs):
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, SECONDS_PER_CALL)
    try:
        return function(*args, **kwargs)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def test_the_models_are_discovered():
    assert {"customers", "finance", "forecasting", "planning", "salesforce", "accounts", "fairs", "strategy",
            "retention", "equity"} <= set(MODULES)
    assert all(public_functions(m) for m in MODULES)


@pytest.mark.parametrize("module_name", MODULES)
def test_bad_input_gives_a_result_or_a_salesbook_error(module_name):
    functions = public_functions(module_name)

    @settings(max_examples=8 * len(functions), deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def drive(data):
        function = data.draw(st.sampled_from(functions), label="function")
        params = [p for p in inspect.signature(function).parameters.values()
                  if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        args, kwargs = [], {}
        for p in params:
            required = p.default is p.empty
            if not required and not data.draw(st.booleans(), label=f"give {p.name}"):
                continue
            value = data.draw(bad_values(), label=p.name)
            if p.kind == p.KEYWORD_ONLY or (not required and kwargs):
                kwargs[p.name] = value
            elif not required:
                kwargs[p.name] = value
            else:
                args.append(value)
        try:
            call_with_timeout(function, args, kwargs)
        except SalesbookError:
            pass
        except Hang:
            pytest.fail(f"{module_name}.{function.__name__}(*{args!r}, **{kwargs!r}) took more than {SECONDS_PER_CALL} s")
        except Exception as exc:  # noqa: BLE001 — exactly what this test is looking for
            pytest.fail(f"{module_name}.{function.__name__}(*{args!r}, **{kwargs!r}) raised "
                        f"{type(exc).__name__}: {exc}")

    drive()
