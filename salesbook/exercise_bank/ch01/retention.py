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

    # Exercise 5 asks the reasoning of the worked example (80% retention, printed above it in the
    # notebook) for another customer group: small installers, who switch suppliers more often.
    _R5 = 0.60
    _R5_UP = _R5 + 0.01
    _UPLIFT = _customers.retention_uplift(_R5, _DISCONTERING)
    _INTERVALS = _customers.claim_intervals(_DISCONTERING)
    _IN_CLAIM = any(lo <= _R5 <= hi for lo, hi in _INTERVALS)
    _BANDS = " en ".join(f"{_percent(lo, 0)}–{_percent(hi, 0)}" for lo, hi in _INTERVALS)

    opgave_retentie = NumberExercise(
        title="Eén procentpunt meer klantretentie bij kleine installateurs",
        question=(
            f"Kleine installateurs wisselen vaker van leverancier: Noordstroom behoudt er maar {_percent(_R5, 0)} "
            f"van per jaar. De salesafdeling weet die klantretentie met 1 procentpunt te verhogen, naar "
            f"{_percent(_R5_UP, 0)}. Met hoeveel procent stijgt de CLV van zo'n klant? Reken met een "
            f"disconteringsvoet van {_percent(_DISCONTERING, 0)}, marges aan het eind van elk jaar en zonder "
            "acquisitiekosten. Geef je antwoord in procenten met één decimaal (bijvoorbeeld 3.2 voor 3,2%)."
        ),
        expected=_UPLIFT * 100,
        unit="procent",
        abs_tol=0.05,
        hints=(
            "De marge per jaar valt weg: je vergelijkt de marge-multiple r/(1 + d − r) bij "
            f"{_percent(_R5, 0)} en bij {_percent(_R5_UP, 0)}, net als in het werkvoorbeeld.",
            f"Marge-multiple bij {_percent(_R5, 0)}: {_number(_R5, 2)} / {_number(1 + _DISCONTERING - _R5, 2)}; "
            f"bij {_percent(_R5_UP, 0)}: {_number(_R5_UP, 2)} / {_number(1 + _DISCONTERING - _R5_UP, 2)}.",
            "Stijging = (nieuwe multiple / oude multiple − 1) × 100%.",
        ),
        solution=(
            "De CLV is marge × marge-multiple; de marge is vóór en na gelijk en valt dus weg:\n\n"
            rf"$$\frac{{\text{{CLV}}({_tex(_R5_UP, 2)})}}{{\text{{CLV}}({_tex(_R5, 2)})}} - 1 = "
            rf"\frac{{{_tex(_R5_UP, 2)} / {_tex(1 + _DISCONTERING - _R5_UP, 2)}}}"
            rf"{{{_tex(_R5, 2)} / {_tex(1 + _DISCONTERING - _R5, 2)}}} - 1 = "
            rf"\frac{{{_tex(_customers.margin_multiple(_R5_UP, _DISCONTERING), 4)}}}"
            rf"{{{_tex(_customers.margin_multiple(_R5, _DISCONTERING), 4)}}} - 1 = {_tex(_UPLIFT * 100, 2)}\%$$"
            "\n\nKorter, met stap s = 0,01: stijging = s(1 + d) / (r(1 + d − r − s)) = "
            f"{_number(0.01 * (1 + _DISCONTERING), 3)} / ({_number(_R5, 2)} × "
            f"{_number(1 + _DISCONTERING - _R5_UP, 2)})."
        ),
        meaning=(
            f"Eén procentpunt meer klantbehoud levert bij deze klantgroep {_percent(_UPLIFT, 1)} meer CLV op. "
            + ("Dat valt binnen de vuistregel van 4–5%. " if _IN_CLAIM else
               "Dat is minder dan de 4–5% van de vuistregel, terwijl het werkvoorbeeld met 80% retentie er wel "
               "binnen viel. ")
            + f"Bij {_percent(_DISCONTERING, 0)} disconteringsvoet geldt de vuistregel in dit model alleen bij een "
            f"retentie van ongeveer {_BANDS}; daartussen ligt het dal van de curve. Een vuistregel "
            f"uit het boek ({book.ref('klantretentie')}) reken je dus na voor je eigen klanten voordat je hem gebruikt."
        ),
        mistakes=(
            (_customers.retention_uplift(_R5, _DISCONTERING, relative=True) * 100,
             f"Je verhoogde de retentie met 1% ván {_percent(_R5, 0)} (naar {_percent(_R5 * 1.01, 1)}) in plaats "
             f"van met 1 procentpunt (naar {_percent(_R5_UP, 0)}). Procent en procentpunt zijn niet hetzelfde "
             f"({book.ref('klantretentie')})."),
            (_customers.retention_uplift(_R5, 0.0) * 100,
             "Je rekende zonder disconteren (d = 0). Toekomstige marges zijn vandaag minder waard; reken met "
             f"d = {_number(_DISCONTERING, 2)} ({book.ref('klantretentie')})."),
            ((_customers.expected_lifetime(_R5_UP) / _customers.expected_lifetime(_R5) - 1) * 100,
             "Je vergeleek alleen de verwachte klantduur 1/(1 − r). Die negeert het disconteren; vergelijk de "
             f"marge-multiples r/(1 + d − r) ({book.ref('klantretentie')})."),
            (_customers.retention_uplift(_R5, _DISCONTERING, first_margin_now=True) * 100,
             "Je rekende alsof de eerste marge direct binnenkomt, met de factor (1 + d)/(1 + d − r). In deze "
             f"opgave komt de marge aan het eind van elk jaar: gebruik r/(1 + d − r) ({book.ref('klantretentie')})."),
            (1.0,
             "Je nam aan dat de CLV evenveel stijgt als de retentie. Eén procentpunt retentie verlengt de hele "
             f"verwachte klantrelatie, dus het effect op de CLV is groter ({book.ref('klantretentie')})."),
            ((_R5_UP / _R5 - 1) * 100,
             f"Je berekende hoeveel procent de retentie zelf stijgt (0,01 / {_number(_R5, 2)}). De vraag is hoeveel "
             f"de CLV stijgt: vergelijk de marge-multiples ({book.ref('klantretentie')})."),
            (_customers.retention_uplift(_RETENTIE, _DISCONTERING) * 100,
             f"Dat is de uitkomst van het werkvoorbeeld bij {_percent(_RETENTIE, 0)} retentie. Deze klantgroep "
             f"behoudt Noordstroom maar voor {_percent(_R5, 0)}: reken de marge-multiples opnieuw uit "
             f"({book.ref('klantretentie')})."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_clv = lazy_from(_case, "opgave_clv")
opgave_retentie = lazy_from(_case, "opgave_retentie")
