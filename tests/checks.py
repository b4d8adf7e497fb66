"""Small assertions shared by the widget and quiz tests (one way of checking each thing)."""

from __future__ import annotations

import html
import re

from IPython.display import HTML, Markdown


def assert_error_box(items, *fragments) -> None:
    """A view showed only the Dutch error box (no traceback), and it mentions every fragment (a
    fragment may also be a tuple of parts: a name, a value, a key word)."""
    assert len(items) == 1 and isinstance(items[0], HTML), items
    text = html.unescape(items[0].data)
    assert "Dat gaat niet" in text and "Traceback" not in text
    for fragment in fragments:
        for part in (fragment,) if isinstance(fragment, str) else fragment:
            assert part in text, text


def assert_mentions(text: str, *parts: str) -> None:
    """``text`` mentions every part: a name, a number, a value, a key word (never a whole sentence)."""
    missing = [part for part in parts if part not in text]
    assert not missing, f"{missing} not in: {text}"


def assert_cell_problem(line: str, file: str, row: int, column: str, value: str | None, *keywords: str) -> None:
    """One problem that read_table reports, on one line: it names the file, the Excel row, the column
    and the offending value as the student typed it, plus key words ("getal", "dubbelzinnig")."""
    assert "\n" not in line, line
    assert_mentions(line, file, f"rij {row}", f"kolom '{column}'", *([f"'{value}'"] if value is not None else []),
                    *keywords)


def mentions(*parts: str) -> str:
    """A pattern for ``pytest.raises(match=...)``: the message mentions every part, in any order."""
    return "(?s)^" + "".join(f"(?=.*{re.escape(part)})" for part in parts)


def markdown_text(items) -> str:
    """All Markdown a view showed, as one text."""
    return "\n".join(i.data for i in items if isinstance(i, Markdown))


def correct_option(questions, qid) -> str:
    """The text of the option marked juist."""
    q = questions[qid]
    return q.options[q.correct_index].text


def option(questions, qid, text):
    """The option whose text is exactly ``text`` (fails when there is none)."""
    matches = [o for o in questions[qid].options if o.text == text]
    assert len(matches) == 1, f"{qid}: no option {text!r} in {[o.text for o in questions[qid].options]}"
    return matches[0]


def option_containing(questions, qid, *parts):
    """The one option whose text mentions every part (fails when there is none, or more than one)."""
    matches = [o for o in questions[qid].options if all(part in o.text for part in parts)]
    assert len(matches) == 1, f"{qid}: {len(matches)} options with {parts} in {[o.text for o in questions[qid].options]}"
    return matches[0]


def asks_what_it_means(question: str) -> bool:
    """The question's last sentence asks what the result means for the sales manager."""
    last = re.split(r"(?<=[.?!:])\s+", question.strip())[-1]
    return last.endswith("?") and "salesmanager" in last


def assert_solution_ends_with_the_meaning(ex) -> None:
    """The worked solution closes with the exercise's own interpretation for the sales manager."""
    assert ex.meaning.strip(), ex.title
    assert ex.oplossing().message.rstrip().endswith(ex.meaning.strip()), ex.title


_NUMBER = re.compile(r"(?<![\w,.])[+\-−]?\d+(?:\.\d{3})*(?:,\d+)?%?")


def numbers(text: str) -> list[str]:
    """The numbers a text shows, in order, as written in Dutch ("1.100", "0,55", "149%", "+2,5%"):
    what a view says, without how it says it. LaTeX's 0{,}55 and 149\\% count as 0,55 and 149%."""
    return _NUMBER.findall(text.replace("{,}", ",").replace("\\%", "%"))


def assert_numbers(text: str, *expected: str) -> None:
    """``text`` shows these numbers one right after the other (no other number in between)."""
    found, n = numbers(text), len(expected)
    assert any(tuple(found[i:i + n]) == expected for i in range(len(found) - n + 1)), f"{expected} not in {found}"


def line_with(text: str, *parts: str) -> str:
    """The one line of ``text`` that mentions every part (fails when there is none, or more than one)."""
    lines = [line for line in text.splitlines() if all(part in line for part in parts)]
    assert len(lines) == 1, f"{len(lines)} lines with {parts} in:\n{text}"
    return lines[0]


def nl(x, decimals=0) -> str:
    """A Dutch number written independently of salesbook.formatting: 1.234.567,8."""
    return f"{x:,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def notebook_prose(path) -> str:
    """A notebook's Markdown as one line of words (a figure quoted across a line break still matches)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    return " ".join("\n".join(c.source for c in nb.cells if c.cell_type == "markdown").split())


def notebook_code(path) -> str:
    """A notebook's code cells, one after another."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    return "\n".join(c.source for c in nb.cells if c.cell_type == "code")


def pairs_and_corners(*levels) -> list[tuple]:
    """Combinations of the parameter values ``levels`` in which every value of every parameter meets
    every value of every other parameter at least once (all pairs), together with the corners: all
    first values, and all last values (the extremes each grid lists first and last).

    A view that breaks on one value or on two values together is caught, as by the full product,
    in a fraction of the renders: the grid of the break-even view has 243 combinations and 15 here.
    Deterministic (the same list every run, so test ids are stable).

    >>> rows = pairs_and_corners([0, 1], ["a", "b"], [True, False])
    >>> rows[:2]
    [(0, 'a', True), (1, 'b', False)]
    >>> all(any(r[i] == x and r[j] == y for r in rows)
    ...     for i, j in ((0, 1), (0, 2), (1, 2)) for x in ([0, 1], ["a", "b"], [True, False])[i]
    ...     for y in ([0, 1], ["a", "b"], [True, False])[j])
    True
    """
    from itertools import combinations

    sizes = [len(values) for values in levels]
    uncovered = {(i, a, j, b) for i, j in combinations(range(len(levels)), 2)
                 for a in range(sizes[i]) for b in range(sizes[j])}
    rows = [tuple(0 for _ in sizes), tuple(n - 1 for n in sizes)]

    def cover(row) -> None:
        uncovered.difference_update((i, row[i], j, row[j]) for i, j in combinations(range(len(row)), 2))

    for row in rows:
        cover(row)
    while uncovered:
        i, a, j, b = min(uncovered)
        chosen = {i: a, j: b}
        for k in range(len(sizes)):
            if k not in chosen:   # the value that meets the most pairs not yet covered
                chosen[k] = max(range(sizes[k]), key=lambda v: (
                    sum(((m, chosen[m], k, v) if m < k else (k, v, m, chosen[m])) in uncovered for m in chosen), -v))
        row = tuple(chosen[k] for k in range(len(sizes)))
        rows.append(row)
        cover(row)
    unique = list(dict.fromkeys(rows))
    return [tuple(values[v] for values, v in zip(levels, row)) for row in unique]
