"""Exercises of chapter 4 — Salesprognose: market potential, sales potential and the
qualitative methods (the Belgian market and the UK sales force's estimates; example figures of the
notebook, not market research), with the case revenue from ``verkoophistorie``.
"""

from __future__ import annotations

import functools as _functools
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book as _book
from salesbook import data as _data
from salesbook import forecasting as _fc
from salesbook import strategy as _strategy
from salesbook.exercises import NumberExercise, lazy_from
from salesbook.formatting import euro as _euro
from salesbook.formatting import euro_compact as _euro_compact
from salesbook.formatting import number as _number
from salesbook.formatting import percent as _percent


_REF_TIJD = _book.ref("tijdreeksen")
_REF_SEIZ = _book.ref("trend-en-seizoen")
_REF_FOUT = _book.ref("prognosefouten")
_REF_PIPE = _book.ref("pipeline-prognose")
_REF_MARKT = _book.ref("marktpotentieel")
_REF_KWAL = _book.ref("kwalitatieve-prognose")


@_functools.cache
def _case() -> _SimpleNamespace:
    """The market exercises and their values, computed on first use (nothing is read at import)."""
    _HISTORY = _data.load_dataset("verkoophistorie")

    def _series(land: str | None = None, productgroep: str | None = None):
        return _fc.sales_series(_HISTORY, land=land, productgroep=productgroep)

    # --- market potential and sales potential (Belgium; the notebook works the Netherlands out) ----

    _BE_BUYERS, _BE_ORDERS, _BE_ORDER_VALUE = 3_000, 45, 750.0
    _BE_RATIOS = (0.60, 0.75)          # share of buyers in the regions served, share of the assortment carried
    _be_market = _strategy.market_potential(_BE_BUYERS, _BE_ORDERS, _BE_ORDER_VALUE)
    _be_sales_potential = _strategy.chain_ratio(_be_market, _BE_RATIOS)
    _be_revenue = float(_series("België")["2024"].sum())

    opgave_verkooppotentieel = NumberExercise(
        title="Verkooppotentieel van Noordstroom België",
        question=(
            f"In België kopen zo'n {_number(_BE_BUYERS, 0)} installatiebedrijven technische materialen, gemiddeld "
            f"{_BE_ORDERS} orders per jaar van {_euro(_BE_ORDER_VALUE)} per order (voorbeeldcijfers van dit notebook, "
            f"geen marktonderzoek). Noordstroom België bedient alleen Vlaanderen en Brussel, waar "
            f"{_percent(_BE_RATIOS[0], 0)} van deze afnemers zit, en voert {_percent(_BE_RATIOS[1], 0)} van het "
            "assortiment dat ze inkopen. Wat is het verkooppotentieel van Noordstroom België per jaar, in euro's?"
        ),
        expected=_be_sales_potential,
        unit="euro",
        rel_tol=0.001,
        hints=(
            "Begin met het marktpotentieel: aantal afnemers × orders per afnemer × waarde per order.",
            "Het verkooppotentieel is het deel dat Noordstroom kan bereiken: vermenigvuldig het marktpotentieel met "
            "beide verhoudingen (de kettingmethode).",
        ),
        solution=(
            f"Marktpotentieel = {_number(_BE_BUYERS, 0)} × {_BE_ORDERS} × {_euro(_BE_ORDER_VALUE)} = "
            f"{_euro(_be_market)}. Verkooppotentieel = {_euro(_be_market)} × {_number(_BE_RATIOS[0], 2)} × "
            f"{_number(_BE_RATIOS[1], 2)} = {_euro(_be_sales_potential)}."
        ),
        meaning=(
            f"Noordstroom België zette in 2024 {_euro_compact(_be_revenue)} om: "
            f"{_percent(_be_revenue / _be_market, 0)} van het marktpotentieel en "
            f"{_percent(_be_revenue / _be_sales_potential, 0)} van het verkooppotentieel. Er is dus ruimte om te "
            "groeien binnen de eigen regio's en het eigen assortiment; een tijdreeks ziet die ruimte niet "
            "(" + _REF_MARKT + ")."
        ),
        mistakes=(
            (_be_market,
             "Dit is het marktpotentieel: wat alle afnemers samen kopen. Het verkooppotentieel is het deel dat "
             "Noordstroom met haar regio's en assortiment kan bereiken (" + _REF_MARKT + ")."),
            (_be_market * _BE_RATIOS[0],
             "Je nam alleen de regio's mee. Noordstroom voert ook maar een deel van het assortiment: vermenigvuldig "
             "nog met die verhouding (" + _REF_MARKT + ")."),
            (_be_market * _BE_RATIOS[1],
             "Je nam alleen het assortiment mee. Noordstroom bedient ook maar een deel van de afnemers: "
             "vermenigvuldig nog met die verhouding (" + _REF_MARKT + ")."),
        ),
    )

    # --- a qualitative method: the sales force composite with a correction factor (UK) ------------

    _UK_ESTIMATES = (2.6e6, 3.1e6, 2.9e6, 2.4e6, 3.0e6)
    _UK_FACTOR = 1.06                  # actual revenue was on average 1,06 × the summed estimates
    _uk_sum = sum(_UK_ESTIMATES)
    _uk_corrected = _uk_sum * _UK_FACTOR

    opgave_verkoopstaf = NumberExercise(
        title="Schatting van de verkoopstaf voor de UK",
        question=(
            "De vijf accountmanagers van Noordstroom UK schatten elk de omzet van hun klanten in 2025: "
            + ", ".join(_euro_compact(v) for v in _UK_ESTIMATES) + ". In de afgelopen drie jaar was de werkelijke "
            f"omzet gemiddeld {_number(_UK_FACTOR, 2)} keer de optelsom van hun schattingen. Wat is de gecorrigeerde "
            "prognose van de verkoopstaf voor 2025, in euro's?"
        ),
        expected=_uk_corrected,
        unit="euro",
        rel_tol=0.001,
        hints=(
            "Tel eerst de vijf schattingen op.",
            f"De werkelijkheid was gemiddeld {_number(_UK_FACTOR, 2)} keer de schatting: vermenigvuldig de optelsom "
            "met die factor.",
        ),
        solution=(
            f"Optelsom = {_euro(_uk_sum)}; gecorrigeerd: {_euro(_uk_sum)} × {_number(_UK_FACTOR, 2)} = "
            f"{_euro(_uk_corrected)}."
        ),
        meaning=(
            "De accountmanagers schatten structureel te laag, een bekend risico als hun quotum op hun eigen schatting "
            "rust. De correctiefactor uit het verleden haalt die vertekening eruit. Zet de uitkomst daarna naast de "
            "tijdreeksprognose voor de UK in deel 7: liggen ze ver uiteen, vraag dan door bij de accountmanagers "
            "(" + _REF_KWAL + ")."
        ),
        mistakes=(
            (_uk_sum,
             "Dit is de optelsom zonder correctie. De accountmanagers schatten in het verleden te laag; vermenigvuldig "
             f"met {_number(_UK_FACTOR, 2)} (" + _REF_KWAL + ")."),
            (_uk_sum / _UK_FACTOR,
             "Je deelde door de factor. De werkelijkheid was hóger dan de schatting, dus de correctie verhoogt de "
             "optelsom (" + _REF_KWAL + ")."),
            (sum(_UK_ESTIMATES) / len(_UK_ESTIMATES) * _UK_FACTOR,
             "Je nam het gemiddelde per accountmanager. De prognose voor de UK is de optelsom van alle vijf "
             "(" + _REF_KWAL + ")."),
        ),
    )

    return _SimpleNamespace(**locals())


opgave_verkooppotentieel = lazy_from(_case, "opgave_verkooppotentieel")
opgave_verkoopstaf = lazy_from(_case, "opgave_verkoopstaf")
