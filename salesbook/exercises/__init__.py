"""Self-check exercises in the style of Kaggle's learntools: ``check``, ``hint`` and ``oplossing``.

Three exercise types share one base, :class:`Exercise`:

- :class:`NumberExercise` — the answer is a number in a unit (euro, fractie, procent, aantal,
  dagen, getal), accepted within a tolerance; wrong answers hear their direction or the typical
  mistake they look like (a percentage for a fraction, thousands of euros, a sign).
- :class:`ChoiceExercise` — the answer is a text or one of a few options; after the right
  choice the student justifies it: picks the reasons that apply (each wrong pick explained), or
  compares with a model answer.
- :class:`FunctionExercise` — the student writes a few lines of Python; ``check(functie)`` runs
  it on normal and edge cases against a reference and names the first case that fails.

The expected answer is computed by the models from the case data, never typed in by hand, and
never shown before ``oplossing()``. A chapter's bank (``salesbook.exercise_bank.chNN``) builds
its exercises on first use (:func:`lazy`), so importing a bank reads no data, and lists them
explicitly in ``EXERCISES``.

>>> ex = NumberExercise("Voorbeeld", "Wat is 30% van 200 euro?", expected=60.0, unit="euro",
...                     hints=("Reken 0,3 × 200.",), solution="0,3 × 200 = 60.")
>>> ex.check(60).correct
True
>>> print(ex.check(70).message)
Te hoog. Kijk je berekening nog eens na, of vraag een hint: `hint()`.

``Exercise(...)`` called as before builds a :class:`NumberExercise`, or a
:class:`ChoiceExercise` with ``unit="tekst"``.

This is the public module: import from ``salesbook.exercises``. The parts live in
:mod:`~salesbook.exercises.base` (:class:`Feedback`, the base :class:`Exercise`, the units),
one module per type (:mod:`~salesbook.exercises.number`, :mod:`~salesbook.exercises.choice`,
:mod:`~salesbook.exercises.function`) and :mod:`~salesbook.exercises.lazy` (built on first use).
"""

from __future__ import annotations

from salesbook.exercises.base import NUMBER_UNITS, UNITS, Exercise, Feedback
from salesbook.exercises.choice import ChoiceExercise, Reason
from salesbook.exercises.function import Case, FunctionExercise
from salesbook.exercises.lazy import LazyExercise, exercises_in, lazy, lazy_from
from salesbook.exercises.number import NumberExercise

__all__ = [
    "NUMBER_UNITS",
    "UNITS",
    "Case",
    "ChoiceExercise",
    "Exercise",
    "Feedback",
    "FunctionExercise",
    "LazyExercise",
    "NumberExercise",
    "Reason",
    "exercises_in",
    "lazy",
    "lazy_from",
]
