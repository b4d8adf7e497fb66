"""Chapter 1 exercises on retention economics (§ 1.1.2): a customer's CLV and one point more retention."""

from __future__ import annotations

import functools as _functools
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book
from salesbook import customers as _customers
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
    # A typical customer of the case company (an installer): the inputs of the CLV exercises.
    _MARGE, _RETENTIE, _DISCONTERING, _ACQUISITIE = 2400.0, 0.80, 0.10, 1500.0
    _MULTIPLE = _customers.margin_multiple(_RETENTIE, _DISCONTERING)

    opgave_clv = NumberExercise(
        title="CLV van een nieuwe installateur",
        question=(
            f"Noordstroom verdient aan een gemiddelde installateur {_euro(_MARGE)} brutomarge per jaar, "
            f"telkens aan het eind van het jaar. Elk jaar blijft {_percent(_RETENTIE, 0)} van de klanten klant; "
            f"Noordstroom rekent met een disconteringsvoet van {_percent(_DISCONTERING, 0)}. Een nieuwe klant "
            f"binnenhalen kost {_euro(_ACQUISITIE)} aan acquisitiekosten. Wat is de CLV van een nieuwe "
            "installateur in euro's?"
        ),
        expected=_customers.clv(_MARGE, _RETENTIE, _DISCONTERING, acquisition_cost=_ACQUISITIE),
        unit="euro",
        hints=(
            "De CLV is de contante waarde van alle marges die de klant nog oplevert, min wat het kost om hem binnen te halen.",
            "Komt de marge aan het eind van elk jaar binnen, dan is de marge-multiple r / (1 + d − r).",
            f"Marge-multiple = {_number(_RETENTIE, 2)} / (1 + {_number(_DISCONTERING, 2)} − {_number(_RETENTIE, 2)}). "
            "Vermenigvuldig die met de marge en trek de acquisitiekosten af.",
        ),
        solution=(
            "Elk jaar dat de klant blijft, levert hij een marge op; die weegt minder naarmate ze later komt "
            "(disconteren) en telt alleen als de klant er dan nog is (retentie):\n\n"
            rf"$$\text{{CLV}} = m \cdot \frac{{r}}{{1 + d - r}} - AC = {_tex(_MARGE)} \cdot "
            rf"\frac{{{_tex(_RETENTIE, 2)}}}{{{_tex(1 + _DISCONTERING - _RETENTIE, 2)}}} - {_tex(_ACQUISITIE)}"
            rf" = {_tex(_MARGE * _MULTIPLE)} - {_tex(_ACQUISITIE)} = "
            rf"{_tex(_customers.clv(_MARGE, _RETENTIE, _DISCONTERING, acquisition_cost=_ACQUISITIE))}$$"
        ),
        meaning=(
            "Na aftrek van de acquisitiekosten is een nieuwe installateur zo'n "
            f"{_euro(_customers.clv(_MARGE, _RETENTIE, _DISCONTERING, acquisition_cost=_ACQUISITIE))} waard. "
            "Dat is de bovengrens voor wat werven en binnenhalen mag kosten, en elke verbetering van de "
            f"klantretentie tilt dit bedrag op ({book.ref('klantretentie')})."
        ),
        mistakes=(
            (_customers.clv(_MARGE, _RETENTIE, _DISCONTERING),
             f"Je vergat de acquisitiekosten ({_euro(_ACQUISITIE)}) af te trekken: de CLV van een nieuwe klant "
             f"is de waarde van zijn marges min wat het kost om hem binnen te halen ({book.ref('klantretentie')})."),
            (_customers.clv(_MARGE, _RETENTIE, _DISCONTERING, acquisition_cost=_ACQUISITIE, first_margin_now=True),
             "Je rekende alsof de eerste marge direct binnenkomt (factor (1 + d)/(1 + d − r)); in deze opgave "
             f"komt de marge aan het eind van elk jaar, dus de factor is r/(1 + d − r) ({book.ref('klantretentie')})."),
            (_customers.clv(_MARGE, _RETENTIE, 0.0, acquisition_cost=_ACQUISITIE),
             "Je vergat te disconteren: een euro marge over een paar jaar is vandaag minder waard. Reken met "
             f"d = {_number(_DISCONTERING, 2)} in de noemer 1 + d − r ({book.ref('klantretentie')})."),
            (_MARGE * _customers.expected_lifetime(_RETENTIE) - _ACQUISITIE,
             "Je vermenigvuldigde de marge met de verwachte klantduur 1/(1 − r). Dat vergeet het disconteren en "
             f"telt ook het jaar mee waarin de klant vertrekt; gebruik de marge-multiple r/(1 + d − r) ({book.ref('klantretentie')})."),
            (_customers.clv(_MARGE, 1 - _RETENTIE, _DISCONTERING, acquisition_cost=_ACQUISITIE),
             f"Je verwarde retentie met klantverloop: {_percent(_RETENTIE, 0)} blijft, {_percent(1 - _RETENTIE, 0)} "
             f"vertrekt. In de formule staat r voor de retentie ({book.ref('klantretentie')})."),
        ),
    )

    _UPLIFT = _customers.retention_uplift(_RETENTIE, _DISCONTERING)
    _INTERVAL = _customers.claim_interval(_DISCONTERING)

    opgave_retentie = NumberExercise(
        title="Eén procentpunt meer klantretentie",
        question=(
            f"Noordstroom behoudt {_percent(_RETENTIE, 0)} van zijn klanten per jaar. De salesafdeling weet de "
            f"klantretentie met 1 procentpunt te verhogen, naar {_percent(_RETENTIE + 0.01, 0)}. Met hoeveel procent "
            f"stijgt de CLV van een klant? Reken met een disconteringsvoet van {_percent(_DISCONTERING, 0)}, "
            "marges aan het eind van elk jaar en zonder acquisitiekosten. Geef je antwoord in procenten met "
            "één decimaal (bijvoorbeeld 3.2 voor 3,2%)."
        ),
        expected=_UPLIFT * 100,
        unit="procent",
        abs_tol=0.05,
        hints=(
            "De marge per jaar valt weg: je vergelijkt de marge-multiple r/(1 + d − r) bij 80% en bij 81%.",
            f"Marge-multiple bij 80%: {_number(_RETENTIE, 2)} / {_number(1 + _DISCONTERING - _RETENTIE, 2)}; "
            f"bij 81%: {_number(_RETENTIE + 0.01, 2)} / {_number(1 + _DISCONTERING - _RETENTIE - 0.01, 2)}.",
            "Stijging = (nieuwe multiple / oude multiple − 1) × 100%.",
        ),
        solution=(
            "De CLV is marge × marge-multiple; de marge is vóór en na gelijk en valt dus weg:\n\n"
            rf"$$\frac{{\text{{CLV}}({_tex(_RETENTIE + 0.01, 2)})}}{{\text{{CLV}}({_tex(_RETENTIE, 2)})}} - 1 = "
            rf"\frac{{{_tex(_RETENTIE + 0.01, 2)} / {_tex(1 + _DISCONTERING - _RETENTIE - 0.01, 2)}}}"
            rf"{{{_tex(_RETENTIE, 2)} / {_tex(1 + _DISCONTERING - _RETENTIE, 2)}}} - 1 = "
            rf"\frac{{{_tex(_customers.margin_multiple(_RETENTIE + 0.01, _DISCONTERING), 4)}}}"
            rf"{{{_tex(_MULTIPLE, 4)}}} - 1 = {_tex(_UPLIFT * 100, 2)}\%$$"
            "\n\nKorter, met stap s = 0,01: stijging = s(1 + d) / (r(1 + d − r − s)) = "
            f"{_number(0.01 * (1 + _DISCONTERING), 3)} / ({_number(_RETENTIE, 2)} × "
            f"{_number(1 + _DISCONTERING - _RETENTIE - 0.01, 2)})."
        ),
        meaning=(
            f"Eén procentpunt meer klantbehoud levert hier {_percent(_UPLIFT, 1)} meer CLV op, zonder één nieuwe "
            f"klant te werven; de vuistregel van 4–5% uit {book.ref('klantretentie')} klopt dus voor Noordstroom. Let wel: bij "
            f"{_percent(_DISCONTERING, 0)} disconteringsvoet geldt die vuistregel alleen bij een retentie tussen "
            f"{_percent(_INTERVAL[0], 0)} en {_percent(_INTERVAL[1], 0)}; bij een hogere retentie is een extra "
            "procentpunt nog meer waard. Beoordeel accountmanagers daarom ook op klantbehoud, niet alleen op nieuwe orders."
        ),
        mistakes=(
            (_customers.retention_uplift(_RETENTIE, _DISCONTERING, relative=True) * 100,
             "Je verhoogde de retentie met 1% ván 80% (naar 80,8%) in plaats van met 1 procentpunt (naar 81%). "
             f"Procent en procentpunt zijn niet hetzelfde ({book.ref('klantretentie')})."),
            (_customers.retention_uplift(_RETENTIE, 0.0) * 100,
             "Je rekende zonder disconteren (d = 0). Toekomstige marges zijn vandaag minder waard; reken met "
             f"d = {_number(_DISCONTERING, 2)} ({book.ref('klantretentie')})."),
            ((_customers.expected_lifetime(_RETENTIE + 0.01) / _customers.expected_lifetime(_RETENTIE) - 1) * 100,
             "Je vergeleek alleen de verwachte klantduur 1/(1 − r). Die negeert het disconteren; vergelijk de "
             f"marge-multiples r/(1 + d − r) ({book.ref('klantretentie')})."),
            (_customers.retention_uplift(_RETENTIE, _DISCONTERING, first_margin_now=True) * 100,
             "Je rekende alsof de eerste marge direct binnenkomt, met de factor (1 + d)/(1 + d − r). In deze "
             f"opgave komt de marge aan het eind van elk jaar: gebruik r/(1 + d − r) ({book.ref('klantretentie')})."),
            (1.0,
             "Je nam aan dat de CLV evenveel stijgt als de retentie. Eén procentpunt retentie verlengt de hele "
             f"verwachte klantrelatie, dus het effect op de CLV is groter ({book.ref('klantretentie')})."),
            (((_RETENTIE + 0.01) / _RETENTIE - 1) * 100,
             "Je berekende hoeveel procent de retentie zelf stijgt (0,01 / 0,80). De vraag is hoeveel de CLV stijgt: "
             f"vergelijk de marge-multiples ({book.ref('klantretentie')})."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_clv = lazy_from(_case, "opgave_clv")
opgave_retentie = lazy_from(_case, "opgave_retentie")
