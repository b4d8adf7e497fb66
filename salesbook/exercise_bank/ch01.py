"""Exercises of chapter 1 — Rol van de salesmanager in de organisatie."""

from __future__ import annotations

import functools as _functools
from types import SimpleNamespace as _SimpleNamespace

from salesbook import benchmark as _benchmark
from salesbook import customers as _customers
from salesbook import data as _data
from salesbook import diagnostics, equity
from salesbook.exercises import ChoiceExercise, NumberExercise, Reason, lazy_from
from salesbook.formatting import euro as _euro
from salesbook.formatting import number as _number
from salesbook.formatting import percent as _percent
from salesbook.formatting import tex_number as _tex


def _eq_list_scores(scores: dict[str, float]) -> str:
    return "\n".join(
        f"- {driver}: " + ", ".join(f"{equity.ASPECTS[k].label} {_number(scores[k])}" for k in keys)
        for driver, keys in equity.DRIVERS.items()
    )


def _eq_mean_text(scores: dict[str, float], driver: str) -> str:
    keys = equity.DRIVERS[driver]
    return f"({' + '.join(_number(scores[k]) for k in keys)}) / {len(keys)} = {_number(equity.driver_scores(scores)[driver], 1)}"

# How a large installation company (a customer) scores Noordstroom and its main competitor.
EQUITY_SCORES_NOORDSTROOM = {"economisch": 6, "functioneel": 8, "psychologisch": 7,
                             "betrouwbaarheid": 9, "reputatie": 9, "merkwaarden": 6,
                             "betrokkenheid": 5, "informatie": 3, "coaching": 4, "flexibiliteit": 4}

EQUITY_SCORES_CONCURRENT = {"economisch": 7, "functioneel": 7, "psychologisch": 7,
                            "betrouwbaarheid": 7, "reputatie": 8, "merkwaarden": 7,
                            "betrokkenheid": 7, "informatie": 7, "coaching": 6, "flexibiliteit": 6}

EQUITY_WEIGHTS = {"value equity": 0.5, "brand equity": 0.2, "relation equity": 0.3}

_eq_relation_keys = equity.DRIVERS["relation equity"]

# A described organisation for Kotler's relation types, and the answers that the description implies.
KOTLER_CASE_ANSWERS = {
    "undefined_1": "ja", "undefined_2": "ja",
    "defined_1": "ja", "defined_2": "ja", "defined_3": "ja",
    "aligned_1": "ja", "aligned_2": "ja", "aligned_3": "ja",
    "integrated_1": "nee", "integrated_2": "nee", "integrated_3": "nee",
}

# A described organisation for the transition phases (figuur 1.6), and the answers it implies.
TRANSITION_CASE_ANSWERS = {
    "interngericht_1": "ja", "interngericht_2": "ja",
    "klantbewust_1": "ja", "klantbewust_2": "ja", "klantbewust_3": "ja",
    "klantinzicht_1": "nee", "klantinzicht_2": "nee", "klantinzicht_3": "nee",
    "klantgericht_1": "nee", "klantgericht_2": "nee", "klantgericht_3": "nee",
}


@_functools.cache
def _case() -> _SimpleNamespace:
    """The chapter's case values and exercises, computed from the case data on first use.

    Nothing is read when the module is imported: the first check, hint or display of one of
    the exercises below builds them all, once.
    """
    # --- § 1.1.2 retention economics and the Tabel 1.2 benchmark -----------------------------------

    # The case data: Tabel 1.2 with a norm of 60 debiteurendagen and 8% cost of capital.
    _NORM, _RENTE = 60, 0.08
    _KPIS = _benchmark.subsidiary_kpis(_data.load_dataset("landenvestigingen"), dso_norm=_NORM,
                                       cost_of_capital=_RENTE).set_index("land")

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
            "klantretentie tilt dit bedrag op (§ 1.1.2)."
        ),
        mistakes=(
            (_customers.clv(_MARGE, _RETENTIE, _DISCONTERING),
             f"Je vergat de acquisitiekosten ({_euro(_ACQUISITIE)}) af te trekken: de CLV van een nieuwe klant "
             "is de waarde van zijn marges min wat het kost om hem binnen te halen (§ 1.1.2)."),
            (_customers.clv(_MARGE, _RETENTIE, _DISCONTERING, acquisition_cost=_ACQUISITIE, first_margin_now=True),
             "Je rekende alsof de eerste marge direct binnenkomt (factor (1 + d)/(1 + d − r)); in deze opgave "
             "komt de marge aan het eind van elk jaar, dus de factor is r/(1 + d − r) (§ 1.1.2)."),
            (_customers.clv(_MARGE, _RETENTIE, 0.0, acquisition_cost=_ACQUISITIE),
             "Je vergat te disconteren: een euro marge over een paar jaar is vandaag minder waard. Reken met "
             f"d = {_number(_DISCONTERING, 2)} in de noemer 1 + d − r (§ 1.1.2)."),
            (_MARGE * _customers.expected_lifetime(_RETENTIE) - _ACQUISITIE,
             "Je vermenigvuldigde de marge met de verwachte klantduur 1/(1 − r). Dat vergeet het disconteren en "
             "telt ook het jaar mee waarin de klant vertrekt; gebruik de marge-multiple r/(1 + d − r) (§ 1.1.2)."),
            (_customers.clv(_MARGE, 1 - _RETENTIE, _DISCONTERING, acquisition_cost=_ACQUISITIE),
             f"Je verwarde retentie met klantverloop: {_percent(_RETENTIE, 0)} blijft, {_percent(1 - _RETENTIE, 0)} "
             "vertrekt. In de formule staat r voor de retentie (§ 1.1.2)."),
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
            "klant te werven; de vuistregel van 4–5% uit § 1.1.2 klopt dus voor Noordstroom. Let wel: bij "
            f"{_percent(_DISCONTERING, 0)} disconteringsvoet geldt die vuistregel alleen bij een retentie tussen "
            f"{_percent(_INTERVAL[0], 0)} en {_percent(_INTERVAL[1], 0)}; bij een hogere retentie is een extra "
            "procentpunt nog meer waard. Beoordeel accountmanagers daarom ook op klantbehoud, niet alleen op nieuwe orders."
        ),
        mistakes=(
            (_customers.retention_uplift(_RETENTIE, _DISCONTERING, relative=True) * 100,
             "Je verhoogde de retentie met 1% ván 80% (naar 80,8%) in plaats van met 1 procentpunt (naar 81%). "
             "Procent en procentpunt zijn niet hetzelfde (§ 1.1.2)."),
            (_customers.retention_uplift(_RETENTIE, 0.0) * 100,
             "Je rekende zonder disconteren (d = 0). Toekomstige marges zijn vandaag minder waard; reken met "
             f"d = {_number(_DISCONTERING, 2)} (§ 1.1.2)."),
            ((_customers.expected_lifetime(_RETENTIE + 0.01) / _customers.expected_lifetime(_RETENTIE) - 1) * 100,
             "Je vergeleek alleen de verwachte klantduur 1/(1 − r). Die negeert het disconteren; vergelijk de "
             "marge-multiples r/(1 + d − r) (§ 1.1.2)."),
            (_customers.retention_uplift(_RETENTIE, _DISCONTERING, first_margin_now=True) * 100,
             "Je rekende alsof de eerste marge direct binnenkomt, met de factor (1 + d)/(1 + d − r). In deze "
             "opgave komt de marge aan het eind van elk jaar: gebruik r/(1 + d − r) (§ 1.1.2)."),
            (1.0,
             "Je nam aan dat de CLV evenveel stijgt als de retentie. Eén procentpunt retentie verlengt de hele "
             "verwachte klantrelatie, dus het effect op de CLV is groter (§ 1.1.2)."),
            (((_RETENTIE + 0.01) / _RETENTIE - 1) * 100,
             "Je berekende hoeveel procent de retentie zelf stijgt (0,01 / 0,80). De vraag is hoeveel de CLV stijgt: "
             "vergelijk de marge-multiples (§ 1.1.2)."),
        ),
    )

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
             "bedrijfskosten betaald zijn: reken met de EBIT-marge uit tabel 1.2 (§ 1.1.2)."),
            (float(_MO["omzet_eur"] * _MO["ebit_marge"] * 100),
             f"Je rekende met {_number(_MO['ebit_marge'] * 100)} in plaats van {_percent(_MO['ebit_marge'], 0)} = "
             f"{_number(_MO['ebit_marge'], 2)}: een percentage deel je eerst door 100 (§ 1.1.2, tabel 1.2)."),
            (float(_MO["ebit_per_medewerker_eur"]),
             "Dat is de EBIT per medewerker. De vraag is de EBIT van de hele vestiging: omzet × EBIT-marge "
             "(§ 1.1.2, tabel 1.2)."),
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
             "Je vergat te delen door 365: debiteurendagen zijn dagen omzet, dus omzet × dagen / 365 (§ 1.1.2, tabel 1.2)."),
            (float(_ES["debiteuren_eur"]),
             f"Dat zijn álle debiteuren van Spanje ({_number(_ES['debiteurendagen'])} dagen omzet). De vraag is "
             f"het deel boven de norm van {_NORM} dagen (§ 1.1.2, tabel 1.2)."),
            (float(_ES["omzet_eur"] * _NORM / 365),
             f"Dat zijn de debiteuren bij de norm zelf ({_NORM} dagen omzet). De vraag is wat er daarbovenop "
             "uitstaat: reken met debiteurendagen min de norm (§ 1.1.2, tabel 1.2)."),
            (float(_ES["omzet_eur"] * (_ES["debiteurendagen"] - _NORM) / 360),
             "Je rekende met 360 dagen per jaar; deze opgave rekent met 365 (§ 1.1.2, tabel 1.2)."),
            (float(_ES["rentekosten_boven_norm_eur"]),
             "Dat zijn de rentekosten van die debiteuren. De vraag is het bedrag dat boven de norm uitstaat (§ 1.1.2)."),
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
             f"vermenigvuldig met {_percent(_RENTE, 0)} (§ 1.1.2, tabel 1.2)."),
            (float(_MO["debiteuren_eur"] * _RENTE),
             "Je rekende de rente over álle debiteuren. Alleen het deel boven de norm van "
             f"{_NORM} dagen is vermijdbaar (§ 1.1.2, tabel 1.2)."),
            (float(_MO["omzet_eur"] * (_MO["debiteurendagen"] - _NORM) * _RENTE),
             "Je vergat te delen door 365: debiteurendagen zijn dagen omzet (§ 1.1.2, tabel 1.2)."),
            (float(_MO["debiteuren_boven_norm_eur"] * _RENTE * 100),
             f"Je rekende met {_number(_RENTE * 100)} in plaats van {_percent(_RENTE, 0)} = {_number(_RENTE, 2)} "
             "(§ 1.1.2)."),
        ),
    )

    # --- § 1.1 customer equity, Kotler's relations; § 1.4 transition phases ------------------------

    _eq_drivers = equity.driver_scores(EQUITY_SCORES_NOORDSTROOM)
    _eq_weights_text = ", ".join(f"{d} {_number(g, 1)}" for d, g in EQUITY_WEIGHTS.items())
    _eq_products = " + ".join(f"{_number(EQUITY_WEIGHTS[d], 1)} × {_number(_eq_drivers[d], 1)}" for d in equity.DRIVERS)
    _eq_terms = " + ".join(_number(EQUITY_WEIGHTS[d] * _eq_drivers[d], 1) for d in equity.DRIVERS)
    _eq_score = equity.customer_equity_score(EQUITY_SCORES_NOORDSTROOM, EQUITY_WEIGHTS)

    opgave_equity = NumberExercise(
        title="Gewogen customer equity van Noordstroom (§ 1.1.2)",
        question=(
            "Een groot installatiebedrijf, een belangrijke klant van Noordstroom Technische Groothandel, geeft "
            "Noordstroom rapportcijfers (1–10) op de subaspecten van de drie customer equity-drivers "
            "(figuur 1.1):\n\n" + _eq_list_scores(EQUITY_SCORES_NOORDSTROOM) + "\n\n"
            f"Voor deze klant wegen de drivers zo: {_eq_weights_text} (samen 1). "
            "Bereken de gewogen customer equity-score van Noordstroom (op 10, in één decimaal)."
        ),
        expected=_eq_score,
        unit="getal",
        rel_tol=0.002,
        hints=(
            "Bereken eerst per driver een driverscore: het gemiddelde van de cijfers van zijn subaspecten.",
            "Vermenigvuldig daarna elke driverscore met het gewicht van die driver en tel de drie uitkomsten op.",
            f"Value equity is {_eq_mean_text(EQUITY_SCORES_NOORDSTROOM, 'value equity')}. Doe hetzelfde voor brand "
            "en relation equity en reken dan gewicht × driverscore voor alle drie.",
        ),
        solution=(
            "Eerst de driverscores (gemiddelde van de subaspecten): "
            + "; ".join(f"{d} {_eq_mean_text(EQUITY_SCORES_NOORDSTROOM, d)}" for d in equity.DRIVERS)
            + f". Dan wegen: {_eq_products} = {_eq_terms} = {_number(_eq_score, 1)}."
        ),
        meaning=(
            "Value equity is voldoende, dus de basis staat. Maar relation equity is met "
            f"{_number(_eq_drivers['relation equity'], 1)} zwak en weegt voor deze klant "
            f"{_number(EQUITY_WEIGHTS['relation equity'] * 100)}%: de salesmanager moet investeren in betrokkenheid en "
            "proactieve informatie (vaste accountreviews, één aanspreekpunt), anders wint een concurrent met een "
            "betere relatie deze klant."
        ),
        mistakes=(
            (sum(_eq_drivers.values()) / len(_eq_drivers),
             "Je nam het gewone gemiddelde van de drie driverscores. De klant vindt de drivers niet even belangrijk: "
             "vermenigvuldig elke driverscore met zijn gewicht en tel op (§ 1.1.2)."),
            (sum(EQUITY_SCORES_NOORDSTROOM.values()) / len(EQUITY_SCORES_NOORDSTROOM),
             "Je nam het gemiddelde van alle tien subaspecten. Bereken eerst per driver een gemiddelde en weeg "
             "daarna de drie driverscores met hun gewicht (§ 1.1.2)."),
            (sum(EQUITY_WEIGHTS[d] * sum(EQUITY_SCORES_NOORDSTROOM[k] for k in keys) for d, keys in equity.DRIVERS.items()),
             "Je woog de totalen per driver in plaats van de gemiddelden. Deel eerst door het aantal subaspecten, "
             "zodat elke driverscore weer op de schaal 1–10 staat (§ 1.1.2)."),
            (EQUITY_WEIGHTS["relation equity"] * _eq_drivers["value equity"] + EQUITY_WEIGHTS["brand equity"] * _eq_drivers["brand equity"]
             + EQUITY_WEIGHTS["value equity"] * _eq_drivers["relation equity"],
             "Je hebt de gewichten van value equity en relation equity verwisseld. Kijk nog eens welk gewicht bij "
             "welke driver hoort (§ 1.1.2)."),
        ),
    )

    _eq_gaps = equity.compare_with_competitor(EQUITY_SCORES_NOORDSTROOM, EQUITY_SCORES_CONCURRENT)
    _eq_worst = min(_eq_gaps.sub_aspects, key=_eq_gaps.sub_aspects.get)

    opgave_equity_verschil = NumberExercise(
        title="Achterstand op de concurrent in relation equity (§ 1.1.2)",
        question=(
            "Dezelfde klant beoordeelt ook de belangrijkste concurrent van Noordstroom:\n\n"
            + _eq_list_scores(EQUITY_SCORES_CONCURRENT) + "\n\n"
            "Hoe groot is het verschil in de driverscore relation equity, berekend als score Noordstroom min score "
            "concurrent? (Gebruik de cijfers van Noordstroom uit `opgave_equity`; een achterstand is negatief.)"
        ),
        expected=_eq_gaps.drivers["relation equity"],
        unit="getal",
        rel_tol=0.002,
        hints=(
            "Bereken voor beide ondernemingen de driverscore relation equity: het gemiddelde van de vier subaspecten.",
            "Het verschil is eigen score min score concurrent; ligt Noordstroom achter, dan is het getal negatief.",
            f"Noordstroom: {_eq_mean_text(EQUITY_SCORES_NOORDSTROOM, 'relation equity')}.",
        ),
        solution=(
            f"Noordstroom: {_eq_mean_text(EQUITY_SCORES_NOORDSTROOM, 'relation equity')}; concurrent: "
            f"{_eq_mean_text(EQUITY_SCORES_CONCURRENT, 'relation equity')}. Verschil: "
            f"{_number(_eq_drivers['relation equity'], 1)} − {_number(equity.driver_scores(EQUITY_SCORES_CONCURRENT)['relation equity'], 1)}"
            f" = {_number(_eq_gaps.drivers['relation equity'], 1)}. De grootste achterstand zit bij "
            f"{equity.ASPECTS[_eq_worst].label} ({_number(_eq_gaps.sub_aspects[_eq_worst])})."
        ),
        meaning=(
            "Op relation equity ligt Noordstroom duidelijk achter, vooral bij proactieve informatie. Daar kiest de "
            "klant eerder voor de concurrent; de salesmanager spreekt met zijn accountmanagers af welke informatie "
            "klanten ongevraagd en op tijd krijgen."
        ),
        mistakes=(
            (sum(EQUITY_SCORES_NOORDSTROOM[k] for k in _eq_relation_keys) - sum(EQUITY_SCORES_CONCURRENT[k] for k in _eq_relation_keys),
             "Je nam het verschil van de totalen. Een driverscore is een gemiddelde: deel eerst door het aantal "
             "subaspecten (vier) (§ 1.1.2)."),
            (EQUITY_WEIGHTS["relation equity"] * _eq_gaps.drivers["relation equity"],
             "Je vermenigvuldigde het verschil met het gewicht. Gevraagd is het verschil in driverscore zelf, "
             "zonder weging (§ 1.1.2)."),
        ),
    )

    _kotler = diagnostics.classify_relation(KOTLER_CASE_ANSWERS)
    _kotler_next = diagnostics.KOTLER_RELATIONS.stage(_kotler.stage).advice[0]   # the ladder's text

    opgave_kotler = ChoiceExercise(
        title="Welk relatietype volgens Kotler? (§ 1.1.1)",
        question=(
            "Bij de Duitse vestiging van Noordstroom liggen de afspraken over wie wat doet en over de opvolging van "
            "leads al jaren vast. Sinds vorig jaar maken Marketing en Verkoop samen één jaarplan en bespreken ze "
            "elke maand samen de belangrijkste klanten en productintroducties. Heeft een grote klant maatwerk nodig, "
            "dan schuift een productmarketeer gewoon aan bij het klantbezoek. Marketing wordt wel nog steeds "
            "afgerekend op het aantal leads en Verkoop op de omzet, en beide afdelingen werken in hun eigen systeem. "
            "Welk van Kotlers vier relatietypen (undefined, defined, aligned, integrated) past het best? "
            "Geef het type als tekst, bijvoorbeeld `check(\"defined\")`."
        ),
        expected=(_kotler.name, f"{_kotler.name} relatie", f"{_kotler.name}-relatie"),
        unit="tekst",
        reasons=(
            Reason("Marketing en Verkoop maken samen één jaarplan en bespreken elke maand samen de belangrijkste "
                   "klanten en productintroducties.", True,
                   "Gezamenlijke planning en structureel overleg over klanten zijn kenmerken van aligned (§ 1.1.1)."),
            Reason("Marketing en Verkoop worden op dezelfde KPI's afgerekend.", False,
                   "Dat staat er niet: Marketing telt leads en Verkoop omzet. Gedeelde KPI's horen bij integrated "
                   "(§ 1.1.1)."),
            Reason("Heeft een grote klant maatwerk nodig, dan gaat een productmarketeer mee op klantbezoek.", True,
                   "Een flexibele taakverdeling rond de klant gaat verder dan vaste afspraken: aligned (§ 1.1.1)."),
            Reason("De afdelingen overleggen alleen als er een probleem is.", False,
                   "Er is juist elke maand overleg. Alleen ad-hocoverleg hoort bij undefined (§ 1.1.1)."),
            Reason("Beide afdelingen werken in één gezamenlijk systeem.", False,
                   "Elke afdeling werkt nog in haar eigen systeem; één systeem hoort bij integrated (§ 1.1.1)."),
        ),
        hints=(
            "Zet de kenmerken uit de beschrijving naast de vier typen van Kotler in § 1.1.1: wat delen de "
            "afdelingen wel, en wat niet?",
            "Een gezamenlijke planning en gezamenlijk overleg over klanten en strategie gaan verder dan alleen "
            "vaste afspraken.",
            "Voor het hoogste type zijn gedeelde KPI's, beloning en systemen nodig. Zijn die er hier?",
        ),
        solution=(
            "Vaste afspraken en processen (defined) zijn er. Daarbovenop is er een gezamenlijke planning, regelmatig "
            "overleg over klanten en producten en een flexibele taakverdeling: kenmerken van aligned. Gedeelde "
            "KPI's, gezamenlijke beloning en één systeem ontbreken nog; die horen bij integrated. "
            f"Het type is dus {_kotler.name}. {diagnostics.KOTLER_RELATIONS.stage(_kotler.stage).summary}"
        ),
        meaning=(
            f"De volgende stap is: {_kotler_next[0].lower()}{_kotler_next[1:]} De salesmanager kan dat "
            "samen met de marketingmanager voorstellen, bijvoorbeeld bij het volgende gezamenlijke jaarplan."
        ),
        mistakes=(
            ("integrated",
             "Er is wel een gezamenlijke planning en overleg, maar nog geen gedeelde KPI's, beloning en systemen. "
             "Die zijn nodig voor integrated (§ 1.1.1)."),
            ("defined",
             "Vaste afspraken en processen zijn er inderdaad, maar de gezamenlijke planning en het maandelijkse "
             "overleg over klanten gaan verder dan defined (§ 1.1.1)."),
            ("undefined",
             "Bij undefined werken de afdelingen los van elkaar en is er alleen ad-hocoverleg. Hier is juist veel "
             "structurele samenwerking (§ 1.1.1)."),
        ),
    )

    _transition = diagnostics.classify_transition(TRANSITION_CASE_ANSWERS)

    opgave_transitie = ChoiceExercise(
        title="In welke fase van de transitie? (§ 1.4)",
        question=(
            "De Britse vestiging van Noordstroom had een lastig jaar: meer klachten en twee grote klanten die "
            "vertrokken. Klachten en opzeggingen worden netjes bijgehouden, en de omzet en marge per klant zijn "
            "bekend. De directie heeft nu uitgesproken dat de vestiging klantgerichter moet worden. In een sessie "
            "gaven verkopers en binnendienst eerlijk toe dat ze niet echt weten wat installateurs willen; techniek en "
            "verkoop zijn het oneens over waarom het assortiment niet meer aansluit. Klantprofielen of customer "
            "journeys zijn er nog niet, er is nog geen groep die de verandering trekt, en buiten Verkoop spreekt "
            "niemand zelf klanten. In welke fase van figuur 1.6 (interngericht, klantbewust, klantinzicht, "
            "klantgericht) zit deze vestiging?"
        ),
        expected=(_transition.name,),
        unit="tekst",
        hints=(
            "Figuur 1.6 kent vier fasen: interngericht → klantbewust → klantinzicht → klantgericht. Welke kenmerken "
            "uit de beschrijving horen bij welke fase?",
            "Erkent de organisatie al dat ze haar klanten niet kent? En wordt er al gewerkt aan klantprofielen, "
            "customer journeys en een groep koplopers?",
        ),
        solution=(
            "De vestiging beseft dat ze haar klanten niet goed kent, het management wil verandering en de afdelingen "
            "verschillen van mening over wat de klant wil: dat zijn kenmerken van klantbewust. Klantprofielen, "
            "customer journeys en koplopers die de verandering trekken (klantinzicht) zijn er nog niet. "
            f"De fase is dus {_transition.name}. Wat te doen: "
            + " ".join(diagnostics.TRANSITION_PHASES.stage(_transition.stage).advice[:3])
        ),
        meaning=(
            "Neem niet iedereen tegelijk mee: laat eerst een groepje gemotiveerde koplopers klanten bezoeken, "
            "persona's maken en de customer journeys in kaart brengen, haal daarna de middengroep erbij en overtuig "
            "de tegenstanders met de eerste successen."
        ),
        mistakes=(
            ("interngericht",
             "Er zijn nog kenmerken van interngericht (klachten, weglopende klanten), maar de vestiging erkent nu "
             "openlijk dat ze haar klanten niet kent en het management wil veranderen. Dat is de volgende fase "
             "(§ 1.4, figuur 1.6)."),
            ("klantinzicht",
             "Voor klantinzicht wordt er al gebouwd aan inzicht: klantprofielen, customer journeys en koplopers die "
             "de verandering trekken. Dat is hier nog niet zo (§ 1.4, figuur 1.6)."),
            ("klantgericht",
             "Klantgericht betekent een duidelijke klantgerichte visie die de hele organisatie uitvoert, en "
             "klanttevredenheid die gemeten wordt. Daar is deze vestiging nog ver vandaan (§ 1.4)."),
        ),
    )

    # --- § 1.2 selling approaches; § 1.3 competences --------------------------------------------------

    opgave_benadering = ChoiceExercise(
        title="Welke verkoopbenadering? (§ 1.2.1)",
        question=(
            "Een scheepswerf wil de inkoop van 2.000 installatie-onderdelen per schip anders organiseren. "
            "De accountmanager van Noordstroom brengt eerst het hele inkoopproces van de werf in kaart, van "
            "tekening tot montage, en spreekt met de inkoper, de werkvoorbereider én de directeur. Daarna komt "
            "hij met een idee waar de werf zelf niet aan had gedacht: Noordstroom labelt alle onderdelen per "
            "montageplek en zet zijn artikelen in het tekenprogramma van de werf. Hij begeleidt de invoering "
            "samen met de klant. Welke verkoopbenadering uit § 1.2.1 is dit? Kies uit: transactieverkoop, "
            "solution selling, consultative selling, integrated system selling."
        ),
        expected=("integrated system selling", "integrated system", "integrated-system selling"),
        unit="tekst",
        hints=(
            "Let op drie dingen: hoe breed kijkt de accountmanager naar de klant, met wie praat hij, en van wie "
            "komt de oplossing?",
            "Hij kent het hele inkoopproces en de hele DMU, en komt met een oplossing die de klant zelf niet had "
            "bedacht (disruptive).",
        ),
        solution=(
            "Bij **integrated system selling** komen de andere benaderingen samen: de verkoper kent de klant en de "
            "DMU door en door, kent het hele inkoopproces (strategic selling), werkt met alle betrokkenen "
            "(heart selling) en verrast de klant met een oplossing waar hij zelf niet op kwam. Hij begeleidt ook "
            "de invoering. Solution selling vertrekt van een behoefte die de klant al kent; consultative "
            "selling werkt stap voor stap aan een probleem dat de klant aandraagt."
        ),
        meaning=(
            "Zo'n aanpak kost veel tijd van de accountmanager en vraagt samenwerking met logistiek en "
            "productdata. De salesmanager kiest er dus bewust voor, bij de paar klanten waar de waarde het "
            "grootst is."
        ),
        mistakes=(
            ("solution selling",
             "Bij solution selling stel je een oplossing samen voor een behoefte die de klant al heeft. Hier komt "
             "de accountmanager met iets waar de klant zelf niet aan dacht en werkt hij met de hele DMU (§ 1.2.1)."),
            ("consultative selling",
             "Consultative selling werkt stap voor stap aan een probleem dat de klant aandraagt. Hier neemt de "
             "accountmanager het initiatief en verrast hij de klant met een nieuwe oplossing (§ 1.2.1)."),
            ("transactieverkoop",
             "Bij transactieverkoop gaat het om prijs en levering van standaardproducten; de inkoper wil daar "
             "juist geen tijd aan besteden. Dit is het tegendeel (§ 1.2)."),
        ),
    )

    opgave_competentie = ChoiceExercise(
        title="Welk soort competentie? (§ 1.3)",
        question=(
            "De salesmanager van Noordstroom Nederland brengt elk kwartaal de verkoopcijfers, de klachten van "
            "installateurs en de plannen van inkoop en logistiek bij elkaar in één overleg. Hij zorgt dat de "
            "afdelingen van elkaars kennis gebruikmaken en dat er één gezamenlijk besluit uitkomt. Welk van de "
            "drie soorten competenties uit figuur 1.5 laat hij vooral zien: outside-in, inside-out of "
            "spanningscompetenties?"
        ),
        expected=("spanningscompetenties", "spanningscompetentie", "spanning"),
        unit="tekst",
        hints=(
            "Outside-in gaat over de markt begrijpen, inside-out over de eigen drive en visie. Wat doet hij hier?",
            "Hij verbindt kennis uit verschillende afdelingen tot één besluit: welke competenties zijn het "
            "'bindmiddel'?",
        ),
        solution=(
            "**Spanningscompetenties** verbinden de outside-in- en inside-outkennis: inzicht, samenwerken, "
            "verbanden zien, binden en besluiten nemen. Door kennis van verkoop, klanten, inkoop en logistiek "
            "samen te brengen ontstaat synergie; de bekwaamheden van de afdelingen worden samen een "
            "concurrentievoordeel (§ 1.3)."
        ),
        meaning=(
            "Een houdbaar concurrentievoordeel ontstaat pas als bekwaamheden van verschillende afdelingen worden "
            "gecombineerd; de salesmanager is daarin de verbinder, niet alleen de beste verkoper."
        ),
        mistakes=(
            ("outside-in",
             "Outside-in gaat over het doorgronden van de markt: klanten, concurrenten, kansen. Deze salesmanager "
             "verbindt vooral interne kennis tot een besluit (§ 1.3, figuur 1.5)."),
            ("inside-out",
             "Inside-out is de interne drive op basis van een sterke visie. Hier gaat het om het verbinden van "
             "kennis uit verschillende afdelingen (§ 1.3, figuur 1.5)."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_clv = lazy_from(_case, "opgave_clv")
opgave_retentie = lazy_from(_case, "opgave_retentie")
opgave_ebit = lazy_from(_case, "opgave_ebit")
opgave_debiteuren = lazy_from(_case, "opgave_debiteuren")
opgave_rentekosten = lazy_from(_case, "opgave_rentekosten")
opgave_equity = lazy_from(_case, "opgave_equity")
opgave_equity_verschil = lazy_from(_case, "opgave_equity_verschil")
opgave_kotler = lazy_from(_case, "opgave_kotler")
opgave_transitie = lazy_from(_case, "opgave_transitie")
opgave_benadering = lazy_from(_case, "opgave_benadering")
opgave_competentie = lazy_from(_case, "opgave_competentie")


#: The chapter's exercises, in the order of the chapter.
EXERCISES = [
    opgave_clv,
    opgave_retentie,
    opgave_ebit,
    opgave_debiteuren,
    opgave_rentekosten,
    opgave_equity,
    opgave_equity_verschil,
    opgave_kotler,
    opgave_transitie,
    opgave_benadering,
    opgave_competentie,
]
