"""The book map: where a topic of the pack sits in the book, and the references students see.

``data/boek.yaml`` maps a topic key to its chapter, its § where the 6th edition's table of
contents confirms it, and a short title. Everything a student reads refers to the book through a
topic, never through a bare § number, so a lecturer who fills in a § in the map changes every
reference at once:

* Python text (exercise banks, widgets): ``book.ref("leadmanagement")`` → ``"§ 5.2 (leadmanagement)"``;
* quiz banks (``data/quizzes/hNN.yaml``): a question's ``onderwerp: <key>``, and ``{boek:<key>}``
  inside a question, option or feedback text (expanded when the bank is loaded);
* notebook Markdown: ``<span data-boek="<key>">…</span>``; ``python -m salesbook.book --fix``
  (``make boek``) rewrites the text inside every such span from the map.

:func:`problems` lists what is wrong in a text: an unknown topic, a span whose text is stale, or
a § number the map does not confirm. ``tests/test_book_refs.py`` runs it over everything a
student reads.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from salesbook import yaml_text
from salesbook.errors import SalesbookError
from salesbook.paths import DATA_DIR

MAP_FILE = DATA_DIR / "boek.yaml"
SPAN = re.compile(r'<span data-boek="([^"]*)">(.*?)</span>', re.S)
PLACEHOLDER = re.compile(r"\{boek:([^}]*)\}")
# A § of *this* book: "§ 7.2", "§7.9.3", "§§ 5.2 en 5.4" (each number after §§ too). A § that
# belongs to another work (NIST's e-Handbook § 6.4.3.5) is named with that work on the same line.
SECTION = re.compile(r"§§?\s?(\d+(?:\.\d+)+)((?:\s*(?:,|en|of|–|-)\s*\d+(?:\.\d+)+)*)")
OTHER_WORKS = ("NIST", "Handbook", "e-Handbook")


@dataclass(frozen=True)
class Topic:
    key: str
    chapter: int
    title: str
    section: str | None = None

    @property
    def reference(self) -> str:
        """What a student reads: the § where the map confirms it, otherwise chapter and topic."""
        if self.section:
            return f"§ {self.section} ({self.title})"
        return f"H{self.chapter}, {self.title}"

    @property
    def order(self) -> tuple:
        """Book order: chapter, then § (topics without a § after those with one)."""
        parts = tuple(int(p) for p in self.section.split(".")) if self.section else (99,)
        return (self.chapter, parts, self.title)


@lru_cache(maxsize=1)
def _load() -> tuple[dict[int, str], dict[str, Topic]]:
    import yaml  # only when the map is needed

    doc = yaml_text.safe_load(MAP_FILE.read_text(encoding="utf-8"))
    chapters = {int(k): str(v) for k, v in doc["hoofdstukken"].items()}
    topics = {}
    for key, raw in doc["onderwerpen"].items():
        chapter = int(raw["hoofdstuk"])
        section = str(raw["paragraaf"]) if raw.get("paragraaf") is not None else None
        if chapter not in chapters:
            raise SalesbookError(f"boek.yaml, onderwerp '{key}': hoofdstuk {chapter} bestaat niet")
        if section is not None and not re.fullmatch(rf"{chapter}(\.\d+)+", section):
            raise SalesbookError(f"boek.yaml, onderwerp '{key}': paragraaf '{section}' hoort niet bij hoofdstuk {chapter}")
        topics[key] = Topic(key, chapter, str(raw["titel"]), section)
    return chapters, topics


def topics() -> dict[str, Topic]:
    """Every topic of the map, by key."""
    return dict(_load()[1])


def topic(key: str) -> Topic:
    """One topic; an unknown key is an error that names the nearest keys."""
    found = _load()[1].get(key)
    if found is None:
        import difflib

        near = difflib.get_close_matches(str(key), list(_load()[1]), n=3)
        hint = f"; bedoel je {', '.join(near)}?" if near else ""
        raise SalesbookError(f"onbekend onderwerp '{key}' in de boekkaart (data/boek.yaml){hint}")
    return found


def ref(key: str) -> str:
    """The book reference of a topic as a student reads it.

    >>> ref("leadmanagement")
    '§ 5.2 (leadmanagement)'
    >>> ref("klantwinstgevendheid")
    'H7, klantwinstgevendheid'
    """
    return topic(key).reference


def confirmed_sections() -> set[str]:
    """The § numbers the map confirms (the ones a student may see)."""
    return {t.section for t in _load()[1].values() if t.section}


def expand(text: str) -> str:
    """Replace every ``{boek:<key>}`` in a text by the topic's reference (quiz banks).

    >>> expand("Lees {boek:leadmanagement} nog eens.")
    'Lees § 5.2 (leadmanagement) nog eens.'
    """
    return PLACEHOLDER.sub(lambda m: ref(m.group(1).strip()), text)


def fix(text: str) -> str:
    """Rewrite the text inside every ``<span data-boek="key">`` from the map (notebook Markdown)."""
    return SPAN.sub(lambda m: f'<span data-boek="{m.group(1)}">{ref(m.group(1))}</span>', text)


def problems(text: str) -> list[str]:
    """What is wrong with the book references in a text (Dutch, one line each; empty when fine)."""
    found = []
    known = _load()[1]
    for key in PLACEHOLDER.findall(text) + [k for k, _ in SPAN.findall(text)]:
        if key.strip() not in known:
            found.append(f"onbekend onderwerp '{key}' (niet in data/boek.yaml)")
    for key, shown in SPAN.findall(text):
        if key in known and shown != known[key].reference:
            found.append(f"verwijzing '{shown}' hoort '{known[key].reference}' te zijn (draai make boek)")
    confirmed = confirmed_sections()
    for line in text.splitlines():
        if any(work in line for work in OTHER_WORKS):
            continue
        for first, rest in SECTION.findall(line):
            for number in [first, *re.findall(r"\d+(?:\.\d+)+", rest)]:
                if number not in confirmed:
                    found.append(f"§ {number} is niet bevestigd in de boekkaart; verwijs naar hoofdstuk en onderwerp "
                                 "(een onderwerp uit data/boek.yaml)")
    return found


def _notebook_paths() -> list[Path]:
    return sorted((DATA_DIR.parent / "notebooks").glob("*.ipynb"))


def fix_notebooks(paths: list[Path] | None = None) -> list[Path]:
    """Rewrite the book references in notebook Markdown cells; returns the notebooks changed."""
    import nbformat

    changed = []
    for path in paths or _notebook_paths():
        nb = nbformat.read(path, as_version=4)
        touched = False
        for cell in nb.cells:
            if cell.cell_type == "markdown" and SPAN.search(cell.source):
                new = fix(cell.source)
                if new != cell.source:
                    cell.source, touched = new, True
        if touched:
            nbformat.write(nb, path)
            changed.append(path)
    return changed


def main(argv: list[str] | None = None) -> int:
    """``python -m salesbook.book [--fix]``: check (or rewrite) the references in the notebooks."""
    args = sys.argv[1:] if argv is None else argv
    if "--fix" in args:
        for path in fix_notebooks():
            print(f"bijgewerkt: {path.name}")
    bad = 0
    import nbformat

    for path in _notebook_paths():
        nb = nbformat.read(path, as_version=4)
        for n, cell in enumerate(nb.cells, start=1):
            for problem in problems(cell.source):
                print(f"{path.name}, cel {n}: {problem}")
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
