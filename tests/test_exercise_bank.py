"""Every exercise of every chapter: its own answer passes, wrong answers fail, and it teaches.

Parametrised over ``salesbook.exercise_bank``: a new chapter module is covered automatically.
"""

import importlib
import pkgutil

import pytest

import salesbook.exercise_bank as bank
from salesbook.exercises import Exercise, exercises_in

MODULES = [importlib.import_module(f"{bank.__name__}.{m.name}") for m in pkgutil.iter_modules(bank.__path__)]
EXERCISES = [(f"{mod.__name__.rsplit('.', 1)[1]}.{name}", ex) for mod in MODULES for name, ex in exercises_in(vars(mod))]


def fresh(ex: Exercise) -> Exercise:
    """A copy with the hint counter at zero (the objects are module-level singletons)."""
    import copy

    clone = copy.copy(ex)
    clone._hints_shown = 0
    return clone


def test_every_chapter_module_has_exercises():
    for mod in MODULES:
        assert len(exercises_in(vars(mod))) >= 3, f"{mod.__name__} has fewer than 3 exercises"


@pytest.mark.parametrize("name, ex", EXERCISES, ids=[n for n, _ in EXERCISES])
class TestEveryExercise:
    def test_named_opgave(self, name, ex):
        assert name.split(".")[1].startswith("opgave_")

    def test_expected_answer_is_accepted(self, name, ex):
        answer = ex.expected if ex.unit != "tekst" or isinstance(ex.expected, str) else ex.expected[0]
        assert ex.check(answer).correct

    def test_a_wrong_answer_is_refused(self, name, ex):
        wrong = "iets heel anders" if ex.unit == "tekst" else float(ex.expected) * 1.5 + 1
        assert ex.check(wrong).correct is False

    def test_typical_mistakes_get_their_own_feedback(self, name, ex):
        for wrong, message in ex.mistakes:
            fb = ex.check(wrong)
            assert fb.correct is False and fb.message == message, f"mistake {wrong!r} not recognised"
            assert "§" in message, "feedback on a mistake points to the book"

    def test_it_teaches(self, name, ex):
        assert ex.question and ex.solution and ex.meaning, "question, worked solution and meaning"
        assert len(ex.hints) >= 2, "hints come in levels"
        first = fresh(ex).hint().message
        assert first.startswith("Hint 1 van")

    def test_answer_only_in_the_solution(self, name, ex):
        if ex.unit == "tekst":
            return
        shown = ex.answer_text()
        assert shown in ex.oplossing().message
        assert shown not in ex.question and all(shown not in h for h in ex.hints)
