"""Exercises built on first use, so that importing a chapter's bank reads no data."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping

from salesbook.exercises.base import Exercise, Feedback


class LazyExercise(Exercise):
    """An exercise that is built by ``factory()`` the first time it is checked or shown.

    A bank module defines its exercises this way, so that importing it reads no data. Every
    attribute of the built exercise (``expected``, ``mistakes`` …) is reachable through it.
    """

    def __init__(self, factory: Callable[[], Exercise], name: str):
        self._factory = factory
        self.name = name

    @functools.cached_property
    def exercise(self) -> Exercise:
        try:
            built = self._factory()
        except AttributeError as error:   # would otherwise vanish into __getattr__
            raise RuntimeError(f"{self.name} could not be built: {error}") from error
        if not isinstance(built, Exercise) or isinstance(built, LazyExercise):
            raise TypeError(f"{self.name}: the factory must return an exercise, got {type(built).__name__}")
        return built

    def __getattr__(self, attr: str):
        # Only an exercise's public attributes are passed on. pytest probes every module-level object
        # for mock attributes ("_mock_name", "pytest_…") while collecting; answering such a probe
        # must not build the exercise and read its data.
        if attr.startswith(("_", "pytest_")) or attr == "name":
            raise AttributeError(attr)
        return getattr(self.exercise, attr)

    def check(self, *answer: object, **details: object) -> Feedback:
        return self.exercise.check(*answer, **details)

    def hint(self) -> Feedback:
        return self.exercise.hint()

    def oplossing(self) -> Feedback:
        return self.exercise.oplossing()

    def answer_text(self) -> str:
        return self.exercise.answer_text()

    def _repr_markdown_(self) -> str:
        return self.exercise._repr_markdown_()

    def __repr__(self) -> str:
        return repr(self.exercise)


def lazy(factory: Callable[[], Exercise], name: str | None = None) -> LazyExercise:
    """Wrap a function that builds an exercise; usable as a decorator (the name is the function's).

    >>> from salesbook.exercises import NumberExercise
    >>> @lazy
    ... def opgave_voorbeeld():
    ...     return NumberExercise("Voorbeeld", "Hoeveel is 2 × 3?", expected=6)
    >>> opgave_voorbeeld.name, opgave_voorbeeld.check(6).correct
    ('opgave_voorbeeld', True)
    """
    return LazyExercise(factory, name or factory.__name__)


def lazy_from(builder: Callable[[], object], name: str) -> LazyExercise:
    """The exercise ``name`` among what ``builder()`` returns (a mapping or an object), built on first use."""

    def factory() -> Exercise:
        built = builder()
        return built[name] if isinstance(built, Mapping) else getattr(built, name)

    return LazyExercise(factory, name)


def exercises_in(namespace: dict) -> Iterable[tuple[str, Exercise]]:
    """The exercises bound to names in a namespace, in definition order.

    Kept for old callers; a bank's own list is its ``EXERCISES`` (see :mod:`salesbook.exercise_bank`).
    """
    return [(name, obj) for name, obj in namespace.items() if isinstance(obj, Exercise)]
