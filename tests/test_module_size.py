"""No module of the package grows past 600 lines: split it by what it does (see ARCHITECTURE.md)."""

from __future__ import annotations

from pathlib import Path

import salesbook

PACKAGE = Path(salesbook.__file__).parent
MAX_LINES = 600


def _lines(path: Path) -> int:
    with path.open(encoding="utf-8") as fh:
        return sum(1 for _ in fh)


def test_the_modules_are_found():
    names = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")}
    assert {"data/__init__.py", "exercises/__init__.py", "exercise_bank/ch01/__init__.py", "finance.py"} <= names


def test_no_module_is_over_600_lines():
    too_long = {p.relative_to(PACKAGE).as_posix(): n
                for p in sorted(PACKAGE.rglob("*.py")) if (n := _lines(p)) > MAX_LINES}
    assert not too_long, (
        f"modules over {MAX_LINES} lines: {too_long}; split each by what it does "
        "(a topic, a section of the chapter, a step of the work), not by line count"
    )
