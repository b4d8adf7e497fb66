"""The self-check exercises of each chapter (``ch01`` …), built on :mod:`salesbook.exercises`.

Expected answers are computed with the package's models from the case data, never typed in.
In a notebook: ``from salesbook.exercise_bank import ch01`` and then ``ch01.opgave_retentie.check(...)``.
Exercise objects are named ``opgave_<onderwerp>`` (student-facing Dutch, like ``oplossing()``).
"""
