"""Every sentence is the pack's own (issue 12): nothing a student reads shares a run of more than
ten consecutive words with the book.

The book's text that the project holds (front matter and chapter 1, in ``../shared/book/``) is
compared with the Markdown of every notebook, every quiz bank and every string in the package
(exercises, widgets, ladders). Words are compared in lower case without punctuation, and a word the
book splits over two lines ("ba-\\nsis") is joined first. Skipped when the book folder is absent
(a clone outside the project's workspace).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT.parent / "shared" / "book"
RUN = 11   # a run of 11 words is more than ten


def words(text: str) -> list[str]:
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)          # "ba-\nsis" → "basis"
    text = re.sub(r"<[^>]+>", " ", text)                           # HTML tags (book-map spans)
    return re.findall(r"\w+", text.lower())


def runs(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


def _source_paths() -> list[Path]:
    """What a student reads: the notebooks, the quiz banks and the package's strings."""
    return (sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "data" / "quizzes").glob("*.yaml"))
            + sorted((ROOT / "salesbook").rglob("*.py")))


def _text(path: Path) -> str:
    """The text a student reads in one source (read when its test runs, not at collection)."""
    if path.suffix == ".ipynb":
        nb = nbformat.read(path, as_version=4)
        return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    if path.suffix == ".py":
        tree = ast.parse(path.read_text(encoding="utf-8"))
        return "\n".join(n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str))
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def book_runs() -> set[tuple[str, ...]]:
    if not BOOK.is_dir():
        pytest.skip("the book's text (../shared/book) is not beside this clone")
    found: set[tuple[str, ...]] = set()
    for path in BOOK.glob("*.txt"):
        found |= runs(path.read_text(encoding="utf-8", errors="replace"))
    assert len(found) > 5_000, "the book's text was not read"     # front matter and chapter 1: ≈ 9,000 runs
    return found


def test_the_measure_finds_a_copied_run():
    counted = [f"woord{i}" for i in range(12)]
    assert runs(" ".join(counted)) & runs("Zo: " + " ".join(counted).upper() + "!")   # twelve words: found
    assert not runs(" ".join(counted[:10]))                                           # ten words: allowed


@pytest.mark.parametrize("path", _source_paths(),
                         ids=[p.name if p.suffix != ".py" else str(p.relative_to(ROOT)) for p in _source_paths()])
def test_no_run_of_more_than_ten_words_from_the_book(book_runs, path):
    name = str(path.relative_to(ROOT))
    shared = runs(_text(path)) & book_runs
    assert not shared, f"{name}: {len(shared)} runs of {RUN} words from the book, e.g. '{' '.join(sorted(shared)[0])}'"
