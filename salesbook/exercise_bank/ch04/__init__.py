"""Exercises of chapter 4 — Salesprognose.

:mod:`.market` (market and sales potential, the qualitative methods) and :mod:`.forecast` (the
forecasting methods, their errors, the pipeline check and the student's own data); each builds its
exercises on first use. Every expected answer is computed with the models from the case data;
every typical mistake is the same computation with the mistake made. Use them from here:
``ch04.opgave_trend``.
"""

from __future__ import annotations

from salesbook.exercise_bank.ch04.forecast import (  # noqa: F401  (_case: the tests read its values)
    _case,
    opgave_alfa,
    opgave_eigen_data,
    opgave_exponentieel,
    opgave_gewogen,
    opgave_holt_winters,
    opgave_mape,
    opgave_pipeline,
    opgave_seizoensindex,
    opgave_trend,
)
from salesbook.exercise_bank.ch04.market import opgave_verkooppotentieel, opgave_verkoopstaf

#: The chapter's exercises, in the order of the chapter.
EXERCISES = [
    opgave_verkooppotentieel,
    opgave_verkoopstaf,
    opgave_exponentieel,
    opgave_gewogen,
    opgave_mape,
    opgave_holt_winters,
    opgave_seizoensindex,
    opgave_trend,
    opgave_alfa,
    opgave_pipeline,
    opgave_eigen_data,
]
