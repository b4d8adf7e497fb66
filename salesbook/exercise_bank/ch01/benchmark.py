"""Chapter 1 exercises on the Tabel 1.2 benchmark (§ 1.1.2): EBIT, receivables above the norm and their interest."""

from __future__ import annotations

import functools as _functools
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book
from salesbook import case as _case_constants
from salesbook import benchmark as _benchmark
from salesbook import data as _data
from salesbook.exercises import NumberExercise, lazy_from
from salesbook.formatting import euro as _euro
from salesbook.formatting import number as _number
from salesbook.formatting import percent as _percent
from salesbook.formatting import tex_number as _tex


@_functools.cache
def _case() -> _SimpleNamespace:
    """The chapter's case values and exercises, computed from the case data on first use.

    Nothing is read when the module is imported: the first check, hint or display of one of
    the exercises below builds them all, once.
    """
    # The case data: Tabel 1.2 with a norm of 60 debiteurendagen and the case's cost of capital (8%).
    _NORM, _RENTE = 60, _case_constants.COST_OF_CAPITAL
    _KPIS = _benchmark.subsidiary_kpis(_data.load_dataset("landenvestigingen"), dso_norm=_NORM,
                                       cost_of_capital=_RENTE).set_index("land")

    _MO = _KPIS.loc["Midden-Oosten"]

    opgave_ebit = NumberExercise(
        title="EBIT van de vestiging Midden-Oosten",
        question=(
            "Bereken met tabel 1.2 de EBIT (het bedrijfsresultaat vóór rente en belastingen) van de vestiging "
            "Midden-Oosten, in euro's per jaar."
        ),
        expected=float(_MO["ebit_eur"]),
        unit="euro",
        hints=(
            "Tabel 1.2 geeft de omzet in miljoenen euro's en de EBIT als percentage van de omzet.",
            "EBIT = omzet × EBIT-marge. Reken de omzet eerst om naar euro's en het percentage naar een fractie.",
            f"{_number(_MO['omzet_eur'])} × {_number(_MO['ebit_marge'], 2)} = ?",
        ),
        solution=(
            rf"$$\text{{EBIT}} = \text{{omzet}} \times \text{{EBIT-marge}} = {_tex(_MO['omzet_eur'])} \times "
            rf"{_tex(_MO['ebit_marge'], 2)} = {_tex(_MO['ebit_eur'])}$$"
            f"\n\nDe brutomarge ({_percent(_MO['brutomarge'], 0)}) is hier niet nodig: die zegt wat er overblijft na de inkoop, vóór de "
            "bedrijfskosten."
        ),
        meaning=(
            f"Midden-Oosten haalt de hoogste EBIT-marge van de groep en levert {_euro(_MO['ebit_eur'])} resultaat, "
            f"na Nederland het meeste. Toch staat er {_number(_MO['debiteurendagen'])} dagen omzet uit bij klanten: "
            "de salesmanager moet daar niet de verkoop afremmen, maar de betaaltermijnen aanpakken."
        ),
        mistakes=(
            (float(_MO["brutomarge_eur"]),
             f"Dat is de brutomarge in euro's (omzet × {_percent(_MO['brutomarge'], 0)}), niet de EBIT. EBIT is wat overblijft nadat ook de "
             f"bedrijfskosten betaald zijn: reken met de EBIT-marge uit tabel 1.2 ({book.ref('interne-benchmark')})."),
            (float(_MO["omzet_eur"] * _MO["ebit_marge"] * 100),
             f"Je rekende met {_number(_MO['ebit_marge'] * 100)} in plaats van {_percent(_MO['ebit_marge'], 0)} = "
             f"{_number(_MO['ebit_marge'], 2)}: een percentage deel je eerst door 100 ({book.ref('interne-benchmark')})."),
            (float(_MO["ebit_per_medewerker_eur"]),
             "Dat is de EBIT per medewerker. De vraag is de EBIT van de hele vestiging: omzet × EBIT-marge "
             f"({book.ref('interne-benchmark')})."),
        ),
    )

    _ES = _KPIS.loc["Spanje"]

    opgave_debiteuren = NumberExercise(
        title="Debiteuren boven de norm in Spanje",
        question=(
            f"De groep hanteert een norm van {_NORM} debiteurendagen. Hoeveel euro staat er bij de vestiging "
            "Spanje méér uit aan debiteuren dan wanneer Spanje precies op de norm zou zitten? Gebruik tabel 1.2 en "
            "reken met 365 dagen per jaar."
        ),
        expected=float(_ES["debiteuren_boven_norm_eur"]),
        unit="euro",
        hints=(
            "Debiteuren = omzet × debiteurendagen / 365: zoveel dagen omzet staat er gemiddeld uit bij klanten.",
            f"Alleen de dagen boven de norm tellen: {_number(_ES['debiteurendagen'])} − {_NORM} = "
            f"{_number(_ES['debiteurendagen'] - _NORM)} dagen.",
            f"{_number(_ES['omzet_eur'])} × {_number(_ES['debiteurendagen'] - _NORM)} / 365 = ?",
        ),
        solution=(
            rf"$$\text{{omzet}} \times \frac{{\text{{debiteurendagen}} - \text{{norm}}}}{{365}} = "
            rf"{_tex(_ES['omzet_eur'])} \times \frac{{{_tex(_ES['debiteurendagen'])} - {_NORM}}}{{365}} = "
            rf"{_tex(_ES['debiteuren_boven_norm_eur'], 2)}$$"
        ),
        meaning=(
            f"Haalt Spanje de norm, dan komt ongeveer {_euro(round(_ES['debiteuren_boven_norm_eur'], -3))} aan geld vrij: "
            f"{_number(_ES['debiteuren_boven_norm_eur'] / _ES['ebit_eur'], 1)} keer de EBIT van Spanje. Voor de "
            "salesmanager horen betalingsafspraken bij de verkoop: een order is pas binnen als hij betaald is."
        ),
        mistakes=(
            (float(_ES["omzet_eur"] * (_ES["debiteurendagen"] - _NORM)),
             f"Je vergat te delen door 365: debiteurendagen zijn dagen omzet, dus omzet × dagen / 365 ({book.ref('interne-benchmark')})."),
            (float(_ES["debiteuren_eur"]),
             f"Dat zijn álle debiteuren van Spanje ({_number(_ES['debiteurendagen'])} dagen omzet). De vraag is "
             f"het deel boven de norm van {_NORM} dagen ({book.ref('interne-benchmark')})."),
            (float(_ES["omzet_eur"] * _NORM / 365),
             f"Dat zijn de debiteuren bij de norm zelf ({_NORM} dagen omzet). De vraag is wat er daarbovenop "
             f"uitstaat: reken met debiteurendagen min de norm ({book.ref('interne-benchmark')})."),
            (float(_ES["omzet_eur"] * (_ES["debiteurendagen"] - _NORM) / 360),
             f"Je rekende met 360 dagen per jaar; deze opgave rekent met 365 ({book.ref('interne-benchmark')})."),
            (float(_ES["rentekosten_boven_norm_eur"]),
             f"Dat zijn de rentekosten van die debiteuren. De vraag is het bedrag dat boven de norm uitstaat ({book.ref('interne-benchmark')})."),
        ),
    )

    opgave_rentekosten = NumberExercise(
        title="Wat kosten lange betaaltermijnen in het Midden-Oosten?",
        question=(
            f"Geld dat bij klanten uitstaat, moet de groep financieren tegen {_percent(_RENTE, 0)} per jaar. Hoeveel "
            f"rentekosten per jaar kost het de vestiging Midden-Oosten dat haar debiteurendagen boven de norm van "
            f"{_NORM} dagen liggen? Gebruik tabel 1.2 en reken met 365 dagen per jaar."
        ),
        expected=float(_MO["rentekosten_boven_norm_eur"]),
        unit="euro",
        hints=(
            "Bereken eerst hoeveel euro er boven de norm uitstaat: omzet × (debiteurendagen − norm) / 365.",
            f"{_number(_MO['omzet_eur'])} × ({_number(_MO['debiteurendagen'])} − {_NORM}) / 365 = "
            f"{_number(_MO['debiteuren_boven_norm_eur'])}.",
            f"Vermenigvuldig dat bedrag met de vermogenskostenvoet {_number(_RENTE, 2)}.",
        ),
        solution=(
            rf"$${_tex(_MO['omzet_eur'])} \times \frac{{{_tex(_MO['debiteurendagen'])} - {_NORM}}}{{365}} "
            rf"\times {_tex(_RENTE, 2)} = {_tex(_MO['debiteuren_boven_norm_eur'])} \times {_tex(_RENTE, 2)} "
            rf"= {_tex(_MO['rentekosten_boven_norm_eur'], 2)}$$"
        ),
        meaning=(
            f"Zo'n {_euro(round(_MO['rentekosten_boven_norm_eur'], -3))} per jaar, ongeveer "
            f"{_percent(_MO['rentekosten_boven_norm_eur'] / _MO['ebit_eur'], 0)} van de EBIT van Midden-Oosten, "
            "verdwijnt aan rente doordat klanten te laat betalen. Strakkere betalingsafspraken verhogen het "
            "resultaat zonder één extra verkoop."
        ),
        mistakes=(
            (float(_MO["debiteuren_boven_norm_eur"]),
             "Dat is het bedrag dat boven de norm uitstaat. De vraag is wat dat per jaar aan rente kost: "
             f"vermenigvuldig met {_percent(_RENTE, 0)} ({book.ref('interne-benchmark')})."),
            (float(_MO["debiteuren_eur"] * _RENTE),
             "Je rekende de rente over álle debiteuren. Alleen het deel boven de norm van "
             f"{_NORM} dagen is vermijdbaar ({book.ref('interne-benchmark')})."),
            (float(_MO["omzet_eur"] * (_MO["debiteurendagen"] - _NORM) * _RENTE),
             f"Je vergat te delen door 365: debiteurendagen zijn dagen omzet ({book.ref('interne-benchmark')})."),
            (float(_MO["debiteuren_boven_norm_eur"] * _RENTE * 100),
             f"Je rekende met {_number(_RENTE * 100)} in plaats van {_percent(_RENTE, 0)} = {_number(_RENTE, 2)} "
             f"({book.ref('interne-benchmark')})."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_ebit = lazy_from(_case, "opgave_ebit")
opgave_debiteuren = lazy_from(_case, "opgave_debiteuren")
opgave_rentekosten = lazy_from(_case, "opgave_rentekosten")
