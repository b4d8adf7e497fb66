"""The self-check exercises of each chapter (``ch01`` …), built on :mod:`salesbook.exercises`.

Expected answers are computed with the package's models from the case data, never typed in.
In a notebook: ``from salesbook.exercise_bank import ch01`` and then ``ch01.opgave_retentie.check(...)``.
Exercise objects are named ``opgave_<onderwerp>`` (student-facing Dutch, like ``oplossing()``).

A chapter module

- defines each exercise lazily: ``opgave_x = lazy_from(_case, "opgave_x")`` for the exercises
  computed together in the module's cached ``_case()``, or ``@lazy def opgave_x(): return ...``
  for one that stands alone; importing the module reads no data and computes nothing;
- lists its exercises explicitly in ``EXERCISES`` (the tests use that list, and check that every
  ``opgave_`` name of the module is in it);
- uses the exercise types: ``NumberExercise``, ``ChoiceExercise`` (with reasons or a model answer)
  and ``FunctionExercise`` (the student writes a function, checked on cases).
"""
