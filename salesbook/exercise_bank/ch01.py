"""Exercises of chapter 1 — Rol van de salesmanager in de organisatie."""

from __future__ import annotations

from salesbook.exercises import Exercise

# --- § 1.1 Tabel 1.2 benchmark and retention economics (customers.py, benchmark.py) ---------

# --- § 1.1 customer equity, Kotler's relations; § 1.4 transition phases ----------------------
