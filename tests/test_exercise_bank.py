"""Every exercise of every chapter: its own answer passes, wrong answers fail, and it teaches.

Parametrised over each chapter module's explicit ``EXERCISES`` list: a new chapter module is
covered automatically, and a module-level exercise missing from its list is caught.
"""

import copy
import importlib
import pkgutil
import sys
from unittest import mock

import pytest

from salesbook import book

import salesbook.data
import salesbook.exercise_bank as bank
from salesbook.exercises import ChoiceExercise, Exercise, FunctionExercise, LazyExercise, NumberExercise

CHAPTERS = [m.name for m in pkgutil.iter_modules(bank.__path__)]
MODULES = [importlib.import_module(f"{bank.__name__}.{name}") for name in CHAPTERS]
EXERCISES = [(f"{mod.__name__.rsplit('.', 1)[1]}.{ex.name}", ex) for mod in MODULES for ex in mod.EXERCISES]


def fresh(ex: Exercise) -> Exercise:
    """A copy of the built exercise with the hint counter at zero (the objects are module-level singletons)."""
    clone = copy.copy(ex.exercise)
    clone._hints_shown = 0
    return clone


def right_answer(ex: Exercise) -> tuple[tuple, dict]:
    """The arguments of check() that make up the right answer, per exercise type."""
    ex = ex.exercise
    if isinstance(ex, NumberExercise):
        return (ex.expected,), {}
    if isinstance(ex, ChoiceExercise):
        letters = "".join("abcdefghij"[i] for i, r in enumerate(ex.reasons) if r.applies)
        return (ex.accepted[0],), ({"redenen": letters} if letters else {})
    if isinstance(ex, FunctionExercise):
        return (ex.reference,), {}
    raise AssertionError(f"unknown exercise type {type(ex).__name__}")


def wrong_answer(ex: Exercise) -> object:
    ex = ex.exercise
    if isinstance(ex, NumberExercise):
        return float(ex.expected) * 1.5 + 1
    if isinstance(ex, ChoiceExercise):
        return "iets heel anders"
    return lambda *args: 0.0


def test_every_chapter_module_has_exercises():
    for mod in MODULES:
        assert len(mod.EXERCISES) >= 3, f"{mod.__name__} has fewer than 3 exercises"


@pytest.mark.parametrize("mod", MODULES, ids=CHAPTERS)
def test_the_explicit_list_holds_every_exercise_of_the_module_once(mod):
    listed = [id(ex) for ex in mod.EXERCISES]
    assert len(set(listed)) == len(listed), "an exercise is listed twice"
    bound = {name: obj for name, obj in vars(mod).items() if isinstance(obj, Exercise)}
    assert set(map(id, bound.values())) == set(listed), "EXERCISES and the module's opgave_ names differ"
    for name, obj in bound.items():
        assert isinstance(obj, LazyExercise) and obj.name == name, f"{name} is built on first use under its own name"


def test_every_bank_imports_without_reading_data():
    # Import fresh copies of every chapter module while reading data fails, then put the
    # modules of this session back; nothing may be loaded or computed at import time.
    def refuse(*args, **kwargs):
        raise AssertionError("a bank read data at import time")

    saved = {name: mod for name, mod in sys.modules.items() if name.startswith(f"{bank.__name__}.")}
    try:
        for name in saved:
            del sys.modules[name]
        with mock.patch.object(salesbook.data, "load_dataset", refuse), \
                mock.patch.object(salesbook.data, "read_table", refuse):
            for chapter in CHAPTERS:
                mod = importlib.import_module(f"{bank.__name__}.{chapter}")
                assert mod.EXERCISES
                assert all("exercise" not in vars(ex) for ex in mod.EXERCISES), "an exercise was built at import"
    finally:
        for name in [n for n in sys.modules if n.startswith(f"{bank.__name__}.")]:
            del sys.modules[name]
        sys.modules.update(saved)
        for name, mod in saved.items():
            setattr(bank, name.rsplit(".", 1)[1], mod)


@pytest.mark.parametrize("name, ex", EXERCISES, ids=[n for n, _ in EXERCISES])
class TestEveryExercise:
    def test_named_opgave(self, name, ex):
        assert name.split(".")[1].startswith("opgave_")

    def test_expected_answer_is_accepted(self, name, ex):
        args, kwargs = right_answer(ex)
        assert ex.check(*args, **kwargs).correct

    def test_a_wrong_answer_is_refused(self, name, ex):
        assert ex.check(wrong_answer(ex)).correct is False

    def test_typical_mistakes_get_their_own_feedback(self, name, ex):
        for wrong, message in ex.mistakes:
            fb = ex.check(wrong)
            assert fb.correct is False and fb.message == message, f"mistake {wrong!r} not recognised"
            # feedback on a mistake points to the book: a reference from the book map (§ or chapter and topic)
            refs = [t.reference for t in book.topics().values()]
            assert any(ref in message for ref in refs), f"mistake {wrong!r}: no book reference in its feedback"

    def test_it_teaches(self, name, ex):
        assert ex.question and ex.solution and ex.meaning, "question, worked solution and meaning"
        assert len(ex.hints) >= 2, "hints come in levels"
        first = fresh(ex).hint().message
        assert first.startswith("Hint 1 van")

    def test_answer_only_in_the_solution(self, name, ex):
        if isinstance(ex.exercise, ChoiceExercise):
            return
        shown = ex.answer_text()
        assert shown in ex.oplossing().message
        assert shown not in ex.question and all(shown not in h for h in ex.hints)

    def test_plain_text_shows_only_title_and_question(self, name, ex):
        assert repr(ex) in (f"{ex.title} {ex.question}", f"{ex.title}. {ex.question}")
