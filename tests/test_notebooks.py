"""Notebook hygiene: template sections, clean stored outputs, few ignored cells, no local paths.

nbval (``--nbval`` in pyproject.toml) re-runs every notebook in a fresh kernel and compares the
outputs; these tests check what nbval does not: that a notebook follows the chapter template of
DESIGN.md and reads well on GitHub before anyone runs it.
"""

import json
import re
from pathlib import Path

import pytest

from salesbook import formatting

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CHAPTERS = [nb for nb in NOTEBOOKS if re.match(r"(0[1-9]|1[0-3])_", nb.name)]
IGNORE_TAG = "nbval-ignore-output"
VISUAL_MIMETYPES = {"application/vnd.jupyter.widget-view+json", "image/png", "image/svg+xml"}
ABSOLUTE_PATH = re.compile(r"(/work/|/root/|/home/\w|/Users/\w|[A-Z]:\\\\|/tmp/)")


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def markdown(nb):
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")


def code_cells(nb):
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def tags(cell):
    return cell.get("metadata", {}).get("tags", [])


def test_there_are_notebooks():
    assert (ROOT / "notebooks" / "00_welkom.ipynb").exists()
    assert CHAPTERS, "no chapter notebooks found"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
class TestEveryNotebook:
    def test_kernel_is_python3(self, path):
        assert load(path)["metadata"]["kernelspec"]["name"] == "python3"

    def test_no_widget_state_blob(self, path):
        assert "widgets" not in load(path)["metadata"]

    def test_stored_outputs_hold_no_error(self, path):
        for cell in code_cells(load(path)):
            for out in cell.get("outputs", []):
                assert out["output_type"] != "error", f"stored error in cell: {''.join(cell['source'])[:80]}"
                if out.get("name") == "stderr":
                    assert "Traceback" not in "".join(out["text"]) and "Warning" not in "".join(out["text"]), \
                        f"stderr output in cell: {''.join(cell['source'])[:80]}"

    def test_executed_top_to_bottom(self, path):
        counts = [c["execution_count"] for c in code_cells(load(path))]
        assert all(c is not None for c in counts), "a code cell was never executed; run `make notebooks`"
        assert counts == list(range(1, len(counts) + 1)), "cells were not executed in order in one fresh kernel"

    def test_no_absolute_paths(self, path):
        text = path.read_text(encoding="utf-8")
        match = ABSOLUTE_PATH.search(text)
        assert match is None, f"machine-specific path in notebook: {match.group(0)!r}"

    def test_ignored_cells_are_few_and_only_visual(self, path):
        cells = code_cells(load(path))
        ignored = [c for c in cells if IGNORE_TAG in tags(c)]
        assert len(ignored) < len(cells) / 2, f"{len(ignored)} of {len(cells)} code cells are not compared by nbval"
        for cell in ignored:
            mimetypes = {m for out in cell.get("outputs", []) for m in out.get("data", {})}
            assert mimetypes & VISUAL_MIMETYPES, \
                f"cell tagged {IGNORE_TAG} but shows no widget or plot: {''.join(cell['source'])[:80]}"

    def test_visual_cells_are_tagged(self, path):
        for cell in code_cells(load(path)):
            mimetypes = {m for out in cell.get("outputs", []) for m in out.get("data", {})}
            if "application/vnd.jupyter.widget-view+json" in mimetypes:
                assert IGNORE_TAG in tags(cell), f"widget cell without {IGNORE_TAG}: {''.join(cell['source'])[:80]}"

    def test_setup_cell_is_tagged_and_only_imports(self, path):
        setup = [c for c in code_cells(load(path)) if "setup" in tags(c)]
        assert len(setup) == 1, "exactly one code cell tagged 'setup'"
        for line in "".join(setup[0]["source"]).splitlines():
            line = line.strip()
            assert not line or line.startswith(("import ", "from ", "#", "%")), f"setup cell does more than import: {line}"


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.name)
class TestChapterTemplate:
    def number(self, path):
        return int(path.name[:2])

    def test_title_badge_and_navigation(self, path):
        nb = load(path)
        first = "".join(nb["cells"][0]["source"])
        n = self.number(path)
        assert re.match(rf"# Hoofdstuk {n} — \S", first), "first cell starts with '# Hoofdstuk N — titel'"
        assert "mybinder.org/badge_logo.svg" in first, "Binder badge in the first cell"
        previous = "00_welkom.ipynb" if n == 1 else f"{n - 1:02d}_"
        assert previous in first and f"{n + 1:02d}_" in first, "links to the previous and next notebook"

    def test_sections_present_in_order(self, path):
        text = markdown(load(path))
        heads = ["## Leerdoelen", "## Toets jezelf", "## Verdiepingsvragen", "## Begrippen", "## Samenvatting"]
        positions = [text.find(h) for h in heads]
        assert all(p >= 0 for p in positions), f"missing sections: {[h for h, p in zip(heads, positions) if p < 0]}"
        assert positions == sorted(positions), "template sections out of order"

    def test_topic_sections_numbered_one_way(self, path):
        """Topic sections are numbered 1, 2, 3 … in every chapter ('## 3 Titel'), never with the
        chapter in front ('## 8.3'), which reads like a book paragraph number."""
        text = markdown(load(path))
        numbered = re.findall(r"^## (\d+(?:\.\d+)*) ", text, flags=re.M)
        assert numbered, "topic sections start with their number"
        assert all("." not in n for n in numbered), f"sections numbered as book paragraphs: {numbered}"
        assert [int(n) for n in numbered] == list(range(1, len(numbered) + 1)), numbered

    def test_learning_goals(self, path):
        text = markdown(load(path))
        block = text.split("## Leerdoelen", 1)[1].split("\n## ", 1)[0]
        bullets = [line for line in block.splitlines() if line.lstrip().startswith(("- ", "* "))]
        assert 3 <= len(bullets) <= 6, f"3 to 6 learning goals, found {len(bullets)}"
        assert "Na dit notebook kun je" in block

    def test_paragraph_sections_cite_the_book(self, path):
        # numbered ## sections; each cites the book through the book map (issue 12: a <span data-boek>
        # reference, a § only where data/boek.yaml confirms it), in its heading or its text
        text = markdown(load(path))
        sections = re.split(r"^(?=## )", text, flags=re.M)
        numbered = [s for s in sections if re.match(r"## \d+", s)]
        assert len(numbered) >= 2, "the chapter has numbered ## sections"
        uncited = [s.splitlines()[0] for s in numbered if 'data-boek="' not in s]
        assert not uncited, f"sections without a book reference: {uncited}"

    def test_quiz_and_exercises_are_used(self, path):
        nb = load(path)
        code = "\n".join("".join(c["source"]) for c in code_cells(nb))
        n = self.number(path)
        assert f"quiz_widget({n})" in code
        for call in (".check(", ".hint()", ".oplossing()"):
            assert call in code, f"exercises use {call}"

    def test_formulas_in_latex(self, path):
        assert "$" in markdown(load(path)), "models are shown with their formula in LaTeX"

    def test_reken_het_zelf_na(self, path):
        """At least one model written out in plain Python and checked against the package (DESIGN.md, issue 11).

        A Markdown cell with the heading 'Reken het zelf na', and the next code cell defines a function and
        asserts that it agrees with the package; its output is compared by nbval (not ignored).
        """
        cells = load(path)["cells"]
        heading = re.compile(r"^#+ .*\breken het zelf na\b", flags=re.M | re.I)
        starts = [i for i, c in enumerate(cells) if c["cell_type"] == "markdown" and heading.search("".join(c["source"]))]
        assert starts, "no Markdown cell with the heading 'Reken het zelf na'"
        for i in starts:
            code = next((c for c in cells[i + 1:] if c["cell_type"] == "code"), None)
            assert code is not None, "'Reken het zelf na' is not followed by a code cell"
            source = "".join(code["source"])
            assert re.search(r"^def \w+\(", source, flags=re.M), "the 'Reken het zelf na' cell defines no function"
            assert re.search(r"^\s*assert ", source, flags=re.M), "the 'Reken het zelf na' cell asserts nothing"
            assert IGNORE_TAG not in tags(code), f"the 'Reken het zelf na' cell is tagged {IGNORE_TAG}"


def test_links_between_notebooks_say_whether_the_target_exists():
    """A link to a notebook that is not there yet is marked '(in voorbereiding)'; one that exists is not."""
    link = re.compile(r"\[[^\]]*\]\((\d\d_[\w]+\.ipynb)\)(\s*\*?\(in voorbereiding)?")
    for path in NOTEBOOKS:
        for target, marked in link.findall(markdown(load(path))):
            exists = (path.parent / target).exists()
            assert exists != bool(marked), f"{path.name}: link to {target} " + (
                "is marked '(in voorbereiding)' but the notebook exists" if exists else "points to a notebook that does not exist yet; mark it '(in voorbereiding)'")


def test_equations_on_one_line_counts_top_level_gaps():
    from salesbook.formatting import equations_on_one_line

    three = r"a = b \qquad c = d \qquad\qquad e = f"
    one = r"x = \left( a \qquad b \right) \text{ and } \sqrt{a \qquad b}"     # gaps inside one expression
    assert equations_on_one_line(three) == 3
    assert equations_on_one_line(one) == 1


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_one_equation_per_display_formula(path):
    """Equations side by side in one $$ block run off the screen in a narrow window and in the
    presentation mode's large type (MathJax does not wrap them): one equation per $$ block."""
    for cell in load(path)["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        for tex in re.findall(r"\$\$(.+?)\$\$", "".join(cell["source"]), flags=re.S):
            assert formatting.equations_on_one_line(tex) == 1, f"{path.name}, cell {cell.get('id')}: {tex[:80]}"
