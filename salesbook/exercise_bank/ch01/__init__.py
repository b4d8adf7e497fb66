"""Exercises of chapter 1 — Rol van de salesmanager in de organisatie.

One module per part of the chapter, each building its exercises on first use:
:mod:`.retention` (CLV and retention, § 1.1.2), :mod:`.benchmark` (Tabel 1.2, § 1.1.2),
:mod:`.needs` (customer needs versus values, Tabel 1.1), :mod:`.equity` (customer equity, § 1.1.2), :mod:`.diagnostics` (Kotler's relation types,
§ 1.1.1, and the transition phases, § 1.4) and :mod:`.selling` (selling approaches and
competences, § 1.2–1.3). Use them from here: ``ch01.opgave_clv``.
"""

from __future__ import annotations

from salesbook.exercise_bank.ch01.benchmark import opgave_debiteuren, opgave_ebit, opgave_rentekosten
from salesbook.exercise_bank.ch01.diagnostics import (
    KOTLER_CASE_ANSWERS,
    TRANSITION_CASE_ANSWERS,
    opgave_kotler,
    opgave_transitie,
)
from salesbook.exercise_bank.ch01.equity import (
    EQUITY_SCORES_CONCURRENT,
    EQUITY_SCORES_NOORDSTROOM,
    EQUITY_WEIGHTS,
    opgave_equity,
    opgave_equity_verschil,
)
from salesbook.exercise_bank.ch01.needs import opgave_behoeften
from salesbook.exercise_bank.ch01.retention import opgave_clv, opgave_retentie
from salesbook.exercise_bank.ch01.selling import opgave_benadering, opgave_competentie

__all__ = [
    "EQUITY_SCORES_CONCURRENT",
    "EQUITY_SCORES_NOORDSTROOM",
    "EQUITY_WEIGHTS",
    "EXERCISES",
    "KOTLER_CASE_ANSWERS",
    "TRANSITION_CASE_ANSWERS",
    "opgave_behoeften",
    "opgave_benadering",
    "opgave_clv",
    "opgave_competentie",
    "opgave_debiteuren",
    "opgave_ebit",
    "opgave_equity",
    "opgave_equity_verschil",
    "opgave_kotler",
    "opgave_rentekosten",
    "opgave_retentie",
    "opgave_transitie",
]

#: The chapter's exercises, in the order of the chapter.
EXERCISES = [
    opgave_clv,
    opgave_retentie,
    opgave_ebit,
    opgave_debiteuren,
    opgave_rentekosten,
    opgave_behoeften,
    opgave_equity,
    opgave_equity_verschil,
    opgave_kotler,
    opgave_transitie,
    opgave_benadering,
    opgave_competentie,
]
