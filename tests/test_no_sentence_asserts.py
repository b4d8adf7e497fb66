"""No test pins a whole sentence (issue 11): a test checks numbers, names, keys and booleans, and
a few key words of a message, so that rewording a view, an exercise or an error message breaks no
test. This file finds every string literal of six or more words that a test asserts on:

- inside an ``assert`` statement;
- passed to ``pytest.raises(match=...)`` (a regular expression is checked against the message);
- passed where an assertion helper asserts on it: one in ``tests/checks.py`` (``assert_mentions``,
  ``mentions``, ``assert_error_box``, ``assert_numbers``, ``line_with``, ``option``, ...), imported
  by name, used as ``checks.name`` or bound with ``partial``, or a helper in the test file itself
  such as ``refused`` (found by following its parameters into its asserts);
- bound to a name that reaches one of those: ``expected = "..."``, a module-level table of
  expected messages, or a ``@pytest.mark.parametrize`` value.

A literal in the arguments of a call inside an ``assert`` counts too (``problem(write(...,
"a;b;c"))``): keep file contents and other data outside the ``assert``. Words are what
``str.split()`` gives; an f-string's ``{...}`` counts as (part of) one word.

What to write instead: ``assert_numbers(text, "137,93", "138")`` for the figures a view shows (in
order), ``assert_mentions(message, "kolom 'omzet'", "rij 5", "'x'", "getal")`` or
``pytest.raises(..., match=mentions(...))`` for a message, ``assert_cell_problem`` for read_table.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

MIN_WORDS = 6
TESTS = Path(__file__).resolve().parent

# Files that may still pin sentences, each with its reason. Keep this short; aim for none (it is).
ALLOWED: dict[str, str] = {}


# --- the scan ---------------------------------------------------------------------------------------

def _words(node: ast.AST) -> int:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return len(node.value.split())
    if isinstance(node, ast.JoinedStr):       # each {...} stands for one word: f"kolom '{c}'" is two
        return len("".join(str(v.value) if isinstance(v, ast.Constant) else "X" for v in node.values).split())
    return 0


def _literals(node: ast.AST, *, into_call_args: bool) -> Iterator[ast.AST]:
    """The long string literals in an expression (a whole f-string counts once)."""
    if isinstance(node, (ast.Constant, ast.JoinedStr)):
        if _words(node) >= MIN_WORDS:
            yield node
        return
    if isinstance(node, ast.Call) and not into_call_args:
        yield from _literals(node.func, into_call_args=False)    # "...".format(x) is a literal
        return
    for child in ast.iter_child_nodes(node):
        yield from _literals(child, into_call_args=into_call_args)


# Calls that pass their arguments' text or items on (``assert len(matches) == 1``, ``any(...)``);
# the arguments of any other call are its inputs, not what is checked.
_PASS_ON = {"len", "any", "all", "sorted", "list", "set", "tuple", "str", "next", "repr"}


def _names(node: ast.AST) -> set[str]:
    """Names an expression reads, not counting the arguments of a call (those are inputs)."""
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name) and node.func.id in _PASS_ON:
            return set().union(*(_names(a) for a in node.args)) if node.args else set()
        return _names(node.func)
    names: set[str] = set()
    for child in ast.iter_child_nodes(node):
        names |= _names(child)
    return names


def _targets(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


class _Helper:
    """A function that asserts on some of its parameters."""

    def __init__(self, positional: list[str], vararg: str | None, asserted: set[str]):
        self.positional, self.vararg, self.asserted = positional, vararg, asserted

    def asserted_args(self, call: ast.Call) -> Iterator[ast.AST]:
        for i, arg in enumerate(call.args):
            name = self.positional[i] if i < len(self.positional) else self.vararg
            if name in self.asserted:
                yield arg
        for kw in call.keywords:
            if kw.arg in self.asserted:
                yield kw.value


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


@functools.cache
def _nodes(tree: ast.AST) -> tuple[ast.AST, ...]:
    """Every node under ``tree`` (walked once: the scan looks at each function several times)."""
    return tuple(ast.walk(tree))


def _checked_exprs(fn: ast.AST, helpers: dict[str, _Helper]) -> Iterator[tuple[ast.AST, bool]]:
    """Every expression a function asserts on, with whether literals inside call arguments count."""
    for node in _nodes(fn):
        if isinstance(node, ast.Assert):
            yield node.test, True
        elif isinstance(node, ast.Call):
            helper = helpers.get(_call_name(node) or "")
            if helper is not None:
                for arg in helper.asserted_args(node):
                    yield arg, False
            for kw in node.keywords:
                if kw.arg == "match":
                    yield kw.value, False
            if _call_name(node) == "mentions":      # tests.checks.mentions builds a match pattern
                for arg in node.args:
                    yield arg, False


def _asserted_names(fn: ast.AST, helpers: dict[str, _Helper]) -> set[str]:
    """Names whose value a function asserts on, followed back through assignments and loops."""
    names: set[str] = set()
    for expr, _ in _checked_exprs(fn, helpers):
        names |= _names(expr)
    flows = []
    for node in _nodes(fn):
        if isinstance(node, ast.Assign):
            flows += [(_targets(t), node.value) for t in node.targets]
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)) and node.value is not None:
            flows.append((_targets(node.target), node.value))
        elif isinstance(node, (ast.For, ast.comprehension)):
            flows.append((_targets(node.target), node.iter))
    changed = True
    while changed:
        changed = False
        for targets, value in flows:
            if targets & names and not _names(value) <= names:
                names |= _names(value)
                changed = True
    return names


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [n for n in _nodes(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def _helpers(tree: ast.AST, known: dict[str, _Helper]) -> dict[str, _Helper]:
    """``known`` plus every function in ``tree`` that asserts on a parameter (to a fixed point)."""
    helpers = dict(known)
    changed = True
    while changed:
        changed = False
        for fn in _functions(tree):
            params = [a.arg for a in fn.args.posonlyargs + fn.args.args]
            vararg = fn.args.vararg.arg if fn.args.vararg else None
            all_params = set(params) | {a.arg for a in fn.args.kwonlyargs} | ({vararg} if vararg else set())
            asserted = _asserted_names(fn, helpers) & all_params
            if asserted and (fn.name not in helpers or helpers[fn.name].asserted != asserted):
                helpers[fn.name] = _Helper(params, vararg, asserted)
                changed = True
    return helpers


def _imported_helpers(tree: ast.AST, checks: dict[str, _Helper]) -> dict[str, _Helper]:
    """Helpers from tests.checks under the name the file uses: imported by name, used as
    ``checks.name(...)``, or bound with ``name = partial(checks.helper, first, ...)``."""
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in ("tests.checks", "checks"):
            for alias in node.names:
                if alias.name in checks:
                    out[alias.asname or alias.name] = checks[alias.name]
        elif isinstance(node, ast.ImportFrom) and node.module == "tests" and any(a.name == "checks" for a in node.names):
            out.update({name: helper for name, helper in checks.items() if name not in out})
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and _call_name(node.value) == "partial"
                and node.value.args and isinstance(node.value.args[0], (ast.Name, ast.Attribute))):
            target = node.value.args[0]
            helper = checks.get(target.id if isinstance(target, ast.Name) else target.attr)
            if helper is not None:
                bound = len(node.value.args) - 1
                for name in (t.id for t in node.targets if isinstance(t, ast.Name)):
                    out[name] = _Helper(helper.positional[bound:], helper.vararg, helper.asserted)
    return out


def _bound_literals(scope: Iterable[ast.AST]) -> dict[str, list[ast.AST]]:
    bound: dict[str, list[ast.AST]] = {}
    for node in scope:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            literals = list(_literals(node.value, into_call_args=False))
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                for name in _targets(target):
                    bound.setdefault(name, []).extend(literals)
    return bound


def _parametrized_literals(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, list[ast.AST]]:
    bound: dict[str, list[ast.AST]] = {}
    for dec in fn.decorator_list:
        if not (isinstance(dec, ast.Call) and _call_name(dec) == "parametrize" and len(dec.args) >= 2):
            continue
        argnames = dec.args[0]
        if isinstance(argnames, ast.Constant) and isinstance(argnames.value, str):
            names = [s.strip() for s in argnames.value.split(",")]
        elif isinstance(argnames, (ast.List, ast.Tuple)):
            names = [e.value for e in argnames.elts if isinstance(e, ast.Constant)]
        else:
            continue
        literals = list(_literals(dec.args[1], into_call_args=False))
        for name in names:
            bound.setdefault(name, []).extend(literals)
    return bound


def sentence_asserts(path: Path, checks: dict[str, _Helper] | None = None) -> list[int]:
    """The lines of ``path`` with a string literal of ≥ MIN_WORDS words that a test asserts on."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    helpers = _helpers(tree, _imported_helpers(tree, checks or {}))
    module_bound = _bound_literals(tree.body)
    hits = {lit.lineno for expr, into_call_args in _checked_exprs(tree, helpers)
            for lit in _literals(expr, into_call_args=into_call_args)}
    for fn in _functions(tree):
        bound = dict(module_bound)
        for extra in (_bound_literals(_nodes(fn)), _parametrized_literals(fn)):
            for name, literals in extra.items():
                bound[name] = bound.get(name, []) + literals
        for name in _asserted_names(fn, helpers) & bound.keys():
            hits |= {lit.lineno for lit in bound[name]}
    return sorted(hits)


@functools.cache
def checks_helpers() -> dict[str, _Helper]:
    """The assertion helpers in tests/checks.py."""
    return _helpers(ast.parse((TESTS / "checks.py").read_text(encoding="utf-8")), {})


def scan(paths: Iterable[Path]) -> list[str]:
    checks = checks_helpers()
    found = []
    for path in sorted(paths):
        lines = path.read_text(encoding="utf-8").splitlines()
        found += [f"{path.name}:{n}: {lines[n - 1].strip()}" for n in sentence_asserts(path, checks)]
    return found


# --- the guard --------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(p for p in TESTS.glob("*.py") if p.name not in ALLOWED), ids=lambda p: p.name)
def test_no_test_asserts_a_sentence(path):
    found = scan([path])
    assert not found, (f"{len(found)} assert(s) pin a string of {MIN_WORDS}+ words; check the numbers, "
                       "names and key words instead:\n" + "\n".join(found))


def test_the_allow_list_names_existing_files():
    assert all((TESTS / name).exists() for name in ALLOWED), sorted(ALLOWED)


# --- the scan finds what it should (and nothing else) ---------------------------------------------------

SAMPLES = {
    "literal in an assert": 'def test_x():\n    assert "een zin van zes woorden hier" in text\n',
    "compared with ==": 'def test_x():\n    assert msg == "k.csv, rij 5, kolom omzet: x"\n',
    "f-string": 'def test_x():\n    assert f"rij {r}, kolom omzet: {v} is geen" in msg\n',
    "pytest.raises match": ('def test_x():\n    with pytest.raises(E, match="omzet mag niet negatief zijn'
                            ' hier"):\n        f()\n'),
    "a name bound to a sentence": 'def test_x():\n    want = "een zin van zes woorden hier"\n    assert want in text\n',
    "a module-level table": ('WANT = {"a": "een zin van zes woorden hier"}\n'
                             'def test_x(case):\n    assert WANT[case] in text\n'),
    "a parametrize value": ('@pytest.mark.parametrize("state, fragment", [({}, "een zin van zes woorden hier")])\n'
                            'def test_x(state, fragment):\n    assert fragment in text\n'),
    "an assertion helper in the file": ('def refused(fragment, func):\n    assert fragment in str(func())\n'
                                        'def test_x():\n    refused("een zin van zes woorden hier", f)\n'),
    "a helper from tests.checks": ('from tests.checks import assert_error_box as box\n'
                                   'def test_x():\n    box(items, "kort", "een zin van zes woorden hier")\n'),
    "a long part of mentions(), even outside a function": 'CASES = [(1, mentions("x", "een zin van zes woorden hier"))]\n',
    "a tuple of parts through a helper that unpacks it": (
        'from tests.checks import assert_mentions\n'
        'def refused(parts, func):\n    assert_mentions(str(func()), *parts)\n'
        'def test_x():\n    refused(("kort", "een zin van zes woorden hier"), f)\n'),
    "a quiz option looked up by its whole text": ('from tests.checks import option\n'
                                                  'def test_x():\n    option(Q, "h09-03", "een zin van zes woorden hier")\n'),
    "a quiz option through partial(checks.option, QUESTIONS)": (
        'from functools import partial\nfrom tests import checks\noption = partial(checks.option, Q)\n'
        'def test_x():\n    option("h09-03", "een zin van zes woorden hier")\n'),
    "a long line_with() key": ('from tests.checks import line_with\n'
                               'def test_x():\n    line_with(text, "een zin van zes woorden hier")\n'),
    "a parametrized fragment through a helper": (
        'from tests.checks import assert_error_box as box\n'
        '@pytest.mark.parametrize("state, fragment", [({}, "een zin van zes woorden hier")])\n'
        'def test_x(state, fragment):\n    box(render(state), fragment)\n'),
}

NOT_SENTENCES = {
    "numbers and short fragments": 'def test_x():\n    assert "137,93" in text and "rij 5" in msg\n',
    "a sentence in an assert message": 'def test_x():\n    assert ok, "een zin van zes woorden hier"\n',
    "file contents bound outside the assert": ('def test_x(tmp):\n    path = write(tmp, "k.csv", "a b c d e f g")\n'
                                               '    assert problem(path) == None\n'),
    "a sentence that is only an input": ('def test_x():\n    items = render(view, {"t": "een zin van zes woorden hier"})\n'
                                         '    assert len(items) == 1\n'),
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_scan_finds(tmp_path, name):
    path = tmp_path / "test_sample.py"
    path.write_text(SAMPLES[name], encoding="utf-8")
    assert sentence_asserts(path, checks_helpers()), name


@pytest.mark.parametrize("name", sorted(NOT_SENTENCES))
def test_the_scan_lets_through(tmp_path, name):
    path = tmp_path / "test_sample.py"
    path.write_text(NOT_SENTENCES[name], encoding="utf-8")
    assert sentence_asserts(path, checks_helpers()) == [], name
