"""Exercises of chapter 4 — Salesprognose: market potential, sales potential and the
qualitative methods. The market exercise takes the Middle East's case inputs
(``case.case_market_inputs``, the market chapter 3 estimates; the notebook works out Nederland);
the UK sales force's estimates are example figures of the notebook.
"""

from __future__ import annotations

import functools as _functools
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book as _book
from salesbook import case as _case_data
from salesbook import data as _data
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
    # --- market potential, sales potential and headroom (the Middle East; the notebook works out Nederland) --

    _ME_ROW = _data.load_dataset("marktpotentieel").set_index("land").loc["Midden-Oosten"]
    _ME_IN = _case_data.case_market_inputs("Midden-Oosten")
    _me = _strategy.market_estimate(**_ME_IN)
    _me_region, _me_assortment = _ME_IN["ratios"]["regio"], _ME_IN["ratios"]["assortiment"]
    _me_forecast = float(_case_data.case_forecast_2025()["Midden-Oosten"])      # deel 7's forecast for 2025

    opgave_verkooppotentieel = NumberExercise(
        title="Ruimte in het verkooppotentieel van Noordstroom Midden-Oosten",
        question=(
            f"In het Midden-Oosten zijn er volgens de casus {_number(_me.buyers, 0)} potentiële afnemers "
            f"({_ME_ROW['soort_afnemers']}). Ze plaatsen gemiddeld {_number(_me.quantity_per_buyer, 0)} orders per "
            f"jaar van {_euro(_me.price)}. In de landen die Noordstroom Midden-Oosten bedient, zit "
            f"{_percent(_me_region, 0)} van deze afnemers, en het assortiment dekt {_percent(_me_assortment, 0)} van "
            f"wat ze inkopen. In 2024 zette de vestiging {_euro(_me.revenue)} om. Hoeveel omzet ligt binnen het "
            "bereik van Noordstroom Midden-Oosten, maar wordt nu nog bij concurrenten gekocht? Geef de ruimte in "
            "euro per jaar."
        ),
        expected=_me.headroom,
        unit="euro",
        rel_tol=0.001,
        hints=(
            "Begin met het marktpotentieel: aantal afnemers × orders per afnemer × waarde per order.",
            "Het verkooppotentieel is het deel dat Noordstroom kan bereiken: vermenigvuldig het marktpotentieel met "
            "beide verhoudingen (de kettingmethode).",
            "De ruimte is het verkooppotentieel min wat Noordstroom er al van haalt: de omzet van 2024.",
        ),
        solution=(
            f"Marktpotentieel = {_number(_me.buyers, 0)} × {_number(_me.quantity_per_buyer, 0)} × {_euro(_me.price)} = "
            f"{_euro(_me.market_potential)}. Verkooppotentieel = {_euro(_me.market_potential)} × "
            f"{_number(_me_region, 2)} × {_number(_me_assortment, 2)} = {_euro(_me.sales_potential)}. "
            f"Ruimte = {_euro(_me.sales_potential)} − {_euro(_me.revenue)} = {_euro(_me.headroom)}."
        ),
        meaning=(
            f"Noordstroom Midden-Oosten heeft {_percent(_me.market_share, 1)} van de markt en haalt "
            f"{_percent(_me.potential_used, 0)} van haar verkooppotentieel. Ook de prognose voor 2025 uit deel 7 "
            f"({_euro_compact(_me_forecast)}) is maar {_percent(_me_forecast / _me.sales_potential, 0)} van dat "
            "potentieel. De markt begrenst de groei hier dus niet; de grens ligt bij de verkoopcapaciteit: hoeveel "
            "afnemers de accountmanagers kunnen bezoeken en overhalen. Een doel boven de prognose vraagt daarom "
            "eerst meer verkopers of een partner ter plaatse (" + _REF_MARKT + ")."
        ),
        mistakes=(
            (_me.sales_potential,
             "Dit is het verkooppotentieel zelf. Een deel daarvan haalt Noordstroom al: trek de omzet van 2024 er nog "
             "van af (" + _REF_MARKT + ")."),
            (_me.market_potential - _me.revenue,
             "Je trok de omzet af van het marktpotentieel: wat alle afnemers samen kopen. Noordstroom bereikt maar een "
             "deel van die markt: vermenigvuldig eerst met beide verhoudingen (" + _REF_MARKT + ")."),
            (_me.market_potential * _me_region - _me.revenue,
             "Je nam alleen de regio's mee. Noordstroom voert ook maar een deel van het assortiment: vermenigvuldig "
             "nog met die verhouding (" + _REF_MARKT + ")."),
            (_me.market_potential * _me_assortment - _me.revenue,
             "Je nam alleen het assortiment mee. Noordstroom bedient ook maar een deel van de afnemers: "
             "vermenigvuldig nog met die verhouding (" + _REF_MARKT + ")."),
            (_me.market_potential,
             "Dit is het marktpotentieel: wat alle afnemers samen kopen. De ruimte is het deel dat Noordstroom kan "
             "bereiken (het verkooppotentieel) min de omzet die ze er al haalt (" + _REF_MARKT + ")."),
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
