"""Exercises of chapter 6 — Organisatie en planning van het salesteam.

Every expected answer is computed with :mod:`salesbook.planning` and :mod:`salesbook.salesforce`
from the case data of Noordstroom Technische Groothandel (data/klanten.csv, transacties.csv,
accountlocaties.csv, verkoopteam.csv, verkoophistorie.csv).
"""

from __future__ import annotations

import functools as _functools
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book as _book
from salesbook import data as _data
from salesbook import planning as _planning
from salesbook import salesforce as _salesforce
from salesbook.exercises import NumberExercise, lazy_from
from salesbook.formatting import euro as _euro
from salesbook.formatting import number as _number
from salesbook.formatting import percent as _percent
from salesbook.formatting import tex_number as _tex


_VISITS = _planning.CASE_VISITS

_HOURS = _planning.CASE_HOURS_PER_VISIT

_NEW_VISITS = {"A": 12.0, "B": 6.0, "C": 2.0}

# opgave 1: visit times after a traffic review (the worked example uses 2, 1,5 and 1 hour)
_SLOW_HOURS = {"A": 2.5, "B": 2.0, "C": 1.0}

_PER_REP = 22_000_000

_LOTTE = "Lotte van den Heuvel"

_FATIMA = "Fatima El Amrani"

_GROWTH = 0.04

_WEIGHT = 0.7   # the worked example splits half and half (g = 0,5)

_DAAN = "Daan Verbeek"

_BRAM = "Bram Kuipers"

_BONUS_SHARE = 0.12   # the current plan (worked example) pays 10%


@_functools.cache
def _case() -> _SimpleNamespace:
    """The chapter's case values and exercises, computed from the case data on first use.

    Nothing is read when the module is imported: the first check, hint or display of one of
    the exercises below builds them all, once.
    """
    _TEAM = _data.load_dataset("verkoopteam")
    _ACCOUNTS = _planning.account_table(_data.load_dataset("klanten"), _data.load_dataset("transacties"),
                                        _data.load_dataset("accountlocaties"))
    _COUNTS = {c: int((_ACCOUNTS["klasse"] == c).sum()) for c in _planning.CLASSES}
    _FULL = _planning.visit_capacity(210, 8, 0.55)
    _WORK = _planning.account_workload(_ACCOUNTS)
    _REPS = _planning.rep_results(_WORK, _TEAM)            # visits and hours of the accounts with revenue
    _REPS_ALL = _planning.rep_results(_ACCOUNTS, _TEAM)    # potential of all accounts, also those without revenue
    # the call-plan and balance exercises use the new visit norms of opgave 2 (the worked example uses the current ones)
    _NEW_WORK = _planning.account_workload(_ACCOUNTS, _NEW_VISITS)
    _NEW_REPS_TABLE = _planning.rep_results(_NEW_WORK, _TEAM)

    # --- H6, omvang-salesteam the workload (bewerkingstaak) ------------------------------------------------------------------

    _TABLE = _planning.workload(_COUNTS, _VISITS, _SLOW_HOURS)
    _TOTAL_HOURS = float(_TABLE.loc["totaal", "uren"])
    _INACTIVE = int((_ACCOUNTS["klasse"] == _planning.NO_CLASS).sum())

    opgave_bewerkingstaak = NumberExercise(
        title="De bewerkingstaak van Noordstroom (" + _book.ref("omvang-salesteam") + ")",
        question=(
            f"Noordstroom heeft in Nederland {_COUNTS['A']} A-accounts, {_COUNTS['B']} B-accounts en {_COUNTS['C']} "
            "C-accounts (ABC-analyse op de omzet 2024). De salesmanager wil A-accounts elke maand bezoeken, B-accounts "
            "elk kwartaal en C-accounts één keer per jaar. Na een analyse van de reistijden (files, langere gesprekken) "
            "rekent ze met langere bezoeken dan in het werkvoorbeeld: een bezoek kost, reistijd inbegrepen, 2,5 uur bij "
            "een A-account, 2 uur bij een B-account en 1 uur bij een C-account. Hoeveel uur per jaar vraagt de "
            "bewerking van alle accounts samen?"
        ),
        expected=_TOTAL_HOURS,
        unit="getal",
        rel_tol=0.0,
        abs_tol=0.5,
        hints=(
            "Reken per klasse: aantal accounts × bezoeken per account per jaar × uren per bezoek.",
            "Elke maand is 12 bezoeken per jaar, elk kwartaal 4. Tel de drie klassen daarna op.",
            f"A-accounts: {_COUNTS['A']} × 12 × 2,5 = {_number(_TABLE.loc['A', 'uren'])} uur.",
        ),
        solution=(
            "$$" + " + ".join(rf"{_COUNTS[c]} \times {_tex(_VISITS[c])} \times {_tex(_SLOW_HOURS[c], 1)}"
                              for c in _planning.CLASSES)
            + " = " + " + ".join(_tex(_TABLE.loc[c, "uren"]) for c in _planning.CLASSES)
            + rf" = {_tex(_TOTAL_HOURS)}\ \text{{uur}}$$"
        ),
        meaning=(
            f"Bijna vier vijfde van de tijd ({_percent(_TABLE.loc['A', 'uren'] / _TOTAL_HOURS, 0)}) gaat naar de "
            "A-accounts. Wie de bezoeknorm voor A-accounts verandert, verandert de omvang van het hele team; een "
            "bezoek minder per C-account scheelt weinig."
        ),
        mistakes=(
            (float(_TABLE.loc["totaal", "bezoeken"]),
             "Dat is het aantal bezoeken per jaar. De bewerkingstaak weegt elk bezoek met de tijd die het kost: "
             "vermenigvuldig per klasse ook met de uren per bezoek (" + _book.ref("omvang-salesteam") + ")."),
            (float(_TABLE.loc["A", "uren"] + _TABLE.loc["B", "uren"]),
             "Je vergat de C-accounts: ook die krijgen één bezoek per jaar (" + _book.ref("omvang-salesteam") + ")."),
            (float(sum(_COUNTS[c] * _SLOW_HOURS[c] for c in _planning.CLASSES)),
             "Je vermenigvuldigde de accounts met de uren per bezoek, maar vergat het aantal bezoeken per jaar (" + _book.ref("omvang-salesteam") + ")."),
            (float(_TOTAL_HOURS + _INACTIVE * _VISITS["C"] * _SLOW_HOURS["C"]),
             "Je telde ook de klanten zonder omzet in 2024 mee als C-account. Die staan niet in de ABC-analyse; "
             "de binnendienst probeert ze terug te winnen (" + _book.ref("omvang-salesteam") + ")."),
        ),
    )

    # --- H6, omvang-salesteam workload method: how many reps? ------------------------------------------------------------------

    _NEW_TABLE = _planning.workload(_COUNTS, _NEW_VISITS, _HOURS)
    _NEW_HOURS = float(_NEW_TABLE.loc["totaal", "uren"])
    _NEW_REPS = _salesforce.sales_force_size(_COUNTS, _NEW_VISITS, hours_per_call=_HOURS, hours_per_rep=_FULL)
    _CURRENT_REPS = _salesforce.sales_force_size(_COUNTS, _VISITS, hours_per_call=_HOURS, hours_per_rep=_FULL)

    opgave_werklastmethode = NumberExercise(
        title="Hoeveel accountmanagers met de werklastmethode? (" + _book.ref("omvang-salesteam") + ")",
        question=(
            "De salesdirector wil B-accounts voortaan zes keer per jaar bezoeken en C-accounts twee keer; A-accounts "
            f"blijven elke maand een bezoek krijgen. Aantallen accounts en uren per bezoek blijven zoals in het "
            f"werkvoorbeeld ({_COUNTS['A']} A, {_COUNTS['B']} B, {_COUNTS['C']} C; 2, 1,5 en 1 uur). Een voltijd-accountmanager "
            f"heeft {_number(_FULL)} uur per jaar voor klantbezoek. Hoeveel voltijd-accountmanagers heeft Noordstroom "
            "volgens de werklastmethode nodig?"
        ),
        expected=float(_NEW_REPS),
        unit="aantal",
        rel_tol=0.0,
        abs_tol=0.01,
        hints=(
            "Bereken eerst de nieuwe bewerkingstaak in uren: per klasse accounts × bezoeken × uren per bezoek.",
            f"Deel de bewerkingstaak door de {_number(_FULL)} bezoekuren van één accountmanager.",
            "Rond naar boven af: een deel van een accountmanager kun je niet aannemen, en met te weinig mensen blijft "
            "er werk liggen.",
        ),
        solution=(
            rf"$$\text{{bewerkingstaak}} = " + " + ".join(
                rf"{_COUNTS[c]} \times {_tex(_NEW_VISITS[c])} \times {_tex(_HOURS[c], 1)}" for c in _planning.CLASSES)
            + rf" = {_tex(_NEW_HOURS)}\ \text{{uur}}$$"
            + rf"$$\text{{accountmanagers}} = \left\lceil \frac{{{_tex(_NEW_HOURS)}}}{{{_tex(_FULL)}}} \right\rceil = "
              rf"\lceil {_tex(_NEW_HOURS / _FULL, 2)} \rceil = {_NEW_REPS}$$"
        ),
        meaning=(
            f"Nu werken er {_number(_TEAM['fte'].sum(), 1)} fte aan accountmanagers. Met de huidige bezoeknormen vraagt "
            f"de werklastmethode al {_CURRENT_REPS} accountmanagers ({_number(_TOTAL_HOURS)} ÷ {_number(_FULL)} = "
            f"{_number(_TOTAL_HOURS / _FULL, 2)}, naar boven afgerond); de extra bezoeken aan B- en C-accounts "
            f"brengen dat van {_CURRENT_REPS} naar {_NEW_REPS}. Een deel van het tekort bestond dus al: ook zonder "
            f"extra bezoeken is {_number(_TEAM['fte'].sum(), 1)} fte te weinig. De "
            "salesmanager moet kiezen: mensen aannemen, of de C-accounts door de binnendienst laten bedienen (telefoon, "
            "webshop) en de buitendienst op A en B richten."
        ),
        mistakes=(
            (float(int(_NEW_HOURS / _FULL)),
             "Je rondde naar beneden af. Met dat aantal mensen blijft een deel van de bezoeken liggen: rond bij de "
             "werklastmethode altijd naar boven af (" + _book.ref("omvang-salesteam") + ")."),
            (float(_salesforce.sales_force_size(_COUNTS, _NEW_VISITS, hours_per_call=_HOURS, hours_per_rep=210 * 8)),
             "Je deelde door alle werkuren (210 dagen × 8 uur). Een accountmanager besteedt maar een deel van zijn tijd "
             "aan bezoek; de rest gaat naar voorbereiding, offertes en overleg (" + _book.ref("omvang-salesteam") + ")."),
        ),
    )

    # --- H6, omvang-salesteam breakdown method -----------------------------------------------------------------------------------

    _POTENTIAL = float(_ACCOUNTS["potentieel"].sum())
    _BREAKDOWN = _salesforce.breakdown_sales_force(_POTENTIAL, _PER_REP)
    _REVENUE = float(_ACCOUNTS["omzet"].sum())

    opgave_opsplitsingsmethode = NumberExercise(
        title="De opsplitsingsmethode (" + _book.ref("omvang-salesteam") + ")",
        question=(
            "Tel het inkooppotentieel van alle Nederlandse klanten op (kolom `potentieel` in `accountlocaties.csv`, "
            "laad met `load_dataset(\"accountlocaties\")`). De salesmanager schat dat één accountmanager een potentieel "
            "van € 22 mln goed kan bewerken. Hoeveel accountmanagers heeft Noordstroom volgens de opsplitsingsmethode "
            "nodig?"
        ),
        expected=float(_BREAKDOWN),
        unit="aantal",
        rel_tol=0.0,
        abs_tol=0.01,
        hints=(
            "Opsplitsingsmethode: totaal potentieel ÷ potentieel per accountmanager.",
            "Gebruik het potentieel, niet de omzet: de vraag is hoeveel mensen de hele markt van de klanten kunnen "
            "bewerken. Rond daarna naar boven af.",
        ),
        solution=(
            rf"$$\left\lceil \frac{{{_tex(_POTENTIAL / 1e6, 1)}\ \text{{mln}}}}{{22\ \text{{mln}}}} \right\rceil = "
            rf"\lceil {_tex(_POTENTIAL / _PER_REP, 2)} \rceil = {_BREAKDOWN}$$"
        ),
        meaning=(
            "De opsplitsingsmethode en de werklastmethode geven elk een eigen antwoord: de een gaat uit van geld "
            "(potentieel), de ander van tijd (bezoeken). Het verschil dwingt de salesmanager om zijn aannames te "
            "toetsen, zoals het potentieel dat één mens kan bewerken en de bezoeknormen per klasse."
        ),
        mistakes=(
            (float(int(_POTENTIAL / _PER_REP)),
             "Je rondde naar beneden af. Dan blijft een deel van het potentieel onbewerkt: rond naar boven af (" + _book.ref("omvang-salesteam") + ")."),
            (float(_salesforce.breakdown_sales_force(_REVENUE, _PER_REP)),
             "Je deelde de omzet van 2024 door het potentieel per accountmanager. De methode deelt het potentieel door "
             "het potentieel per accountmanager (" + _book.ref("omvang-salesteam") + ")."),
        ),
    )

    # --- H6, bezoekplanning call plan ----------------------------------------------------------------------------------------

    _LOTTE_ROW = _TEAM.set_index("verkoper").loc[_LOTTE]
    _LOTTE_VISITS = float(_NEW_REPS_TABLE.loc[_LOTTE, "bezoeken"])
    _LOTTE_PLAN = _planning.call_plan(_LOTTE_VISITS, float(_NEW_REPS_TABLE.loc[_LOTTE, "uren"]),
                                      working_days=_LOTTE_ROW["werkdagen_per_jaar"],
                                      hours_per_day=_LOTTE_ROW["uren_per_dag"],
                                      visit_share=_LOTTE_ROW["aandeel_bezoektijd"])
    _LOTTE_COUNTS = _WORK[_WORK["accountmanager"] == _LOTTE]["klasse"].value_counts()

    opgave_bezoeken_per_week = NumberExercise(
        title="Het bezoekplan van Lotte van den Heuvel (" + _book.ref("bezoekplanning") + ")",
        question=(
            f"Lotte van den Heuvel (regio Zuid) bedient {_LOTTE_COUNTS['A']} A-accounts, {_LOTTE_COUNTS['B']} B-accounts "
            f"en {_LOTTE_COUNTS['C']} C-accounts, met de nieuwe bezoeknormen van opgave 2: 12, 6 en 2 bezoeken per jaar. Ze werkt "
            f"{_LOTTE_ROW['werkdagen_per_jaar']} dagen per jaar, vijf dagen per week. Hoeveel bezoeken moet ze gemiddeld "
            "per werkweek afleggen? Geef één decimaal."
        ),
        expected=round(_LOTTE_PLAN.visits_per_week, 1),
        unit="getal",
        abs_tol=0.06,
        rel_tol=0.0,
        hints=(
            "Bereken eerst haar bezoeken per jaar: per klasse accounts × bezoeken per account.",
            f"Ze werkt {_LOTTE_ROW['werkdagen_per_jaar']} / 5 werkweken per jaar, niet 52: vakantie, feestdagen en "
            "training tellen niet mee.",
        ),
        solution=(
            rf"$$\text{{bezoeken per jaar}} = {_LOTTE_COUNTS['A']} \times 12 + {_LOTTE_COUNTS['B']} \times 6 + "
            rf"{_LOTTE_COUNTS['C']} \times 2 = {_tex(_LOTTE_VISITS)}$$"
            rf"$$\text{{per week}} = \frac{{{_tex(_LOTTE_VISITS)}}}{{{_LOTTE_ROW['werkdagen_per_jaar']} / 5}} = "
            rf"\frac{{{_tex(_LOTTE_VISITS)}}}{{{_tex(_LOTTE_ROW['werkdagen_per_jaar'] / 5)}}} = "
            rf"{_tex(_LOTTE_PLAN.visits_per_week, 1)}$$"
        ),
        meaning=(
            f"Dat zijn ruim {_number(_LOTTE_PLAN.visits_per_day, 1)} bezoeken per werkdag, en samen "
            f"{_percent(_LOTTE_PLAN.utilisation, 0)} van haar bezoektijd. Lotte heeft dus meer werk dan tijd: de "
            "salesmanager moet accounts herverdelen, de bezoeknorm voor haar B- en C-accounts verlagen of de "
            "binnendienst inzetten."
        ),
        mistakes=(
            (round(_LOTTE_VISITS / 52, 1),
             "Je deelde door 52 weken. Lotte werkt maar een deel van die weken (vakantie, feestdagen, training): "
             "deel door haar werkdagen / 5 (" + _book.ref("bezoekplanning") + ")."),
            (round(_LOTTE_PLAN.visits_per_day, 1),
             "Dat is het aantal bezoeken per werkdag. De vraag is per werkweek: vermenigvuldig met vijf (" + _book.ref("bezoekplanning") + ")."),
            (round(float(_NEW_REPS_TABLE.loc[_LOTTE, "uren"]) / (_LOTTE_ROW["werkdagen_per_jaar"] / 5), 1),
             "Dat zijn bezoekuren per week, geen bezoeken. Tel het aantal bezoeken, zonder de uren per bezoek (" + _book.ref("bezoekplanning") + ")."),
        ),
    )

    _FATIMA_ROW = _TEAM.set_index("verkoper").loc[_FATIMA]
    _FATIMA_HOURS = float(_NEW_REPS_TABLE.loc[_FATIMA, "uren"])
    _FATIMA_CAP = float(_NEW_REPS_TABLE.loc[_FATIMA, "capaciteit"])

    opgave_bezetting = NumberExercise(
        title="Past het werk van Fatima El Amrani in haar tijd? (" + _book.ref("bezoekplanning") + ")",
        question=(
            f"Fatima El Amrani (regio West) werkt {_number(_FATIMA_ROW['fte'], 1)} fte: "
            f"{_FATIMA_ROW['werkdagen_per_jaar']} werkdagen per jaar van {_FATIMA_ROW['uren_per_dag']} uur, waarvan "
            f"{_percent(_FATIMA_ROW['aandeel_bezoektijd'], 0)} beschikbaar is voor klantbezoek. Met de nieuwe bezoeknormen "
            f"van opgave 2 (12, 6 en 2 bezoeken per jaar) vragen haar accounts {_number(_FATIMA_HOURS)} bezoekuren per jaar. Wat is haar bezetting (bezoekuren ÷ "
            "beschikbare bezoekuren)? Geef een fractie, bijvoorbeeld 0.95."
        ),
        expected=_FATIMA_HOURS / _FATIMA_CAP,
        unit="fractie",
        rel_tol=0.002,
        hints=(
            "Beschikbare bezoekuren = werkdagen × uren per dag × aandeel bezoektijd.",
            "Fatima werkt deeltijd: reken met haar eigen werkdagen, niet met die van een voltijder.",
        ),
        solution=(
            rf"$$\frac{{{_tex(_FATIMA_HOURS)}}}{{{_FATIMA_ROW['werkdagen_per_jaar']} \times {_FATIMA_ROW['uren_per_dag']} "
            rf"\times {_tex(_FATIMA_ROW['aandeel_bezoektijd'], 2)}}} = \frac{{{_tex(_FATIMA_HOURS)}}}{{{_tex(_FATIMA_CAP, 1)}}}"
            rf" = {_tex(_FATIMA_HOURS / _FATIMA_CAP, 3)}$$"
        ),
        meaning=(
            f"Met de nieuwe normen heeft Fatima {_number(_FATIMA_HOURS / _FATIMA_CAP, 1)} keer zoveel werk als tijd: zij kan "
            "niet alle accounts volgens de norm bezoeken, en de klanten die ze overslaat zijn een risico. De regio West is verdeeld over twee mensen, maar "
            "niet naar werklast. Een nieuwe rayonindeling of een voltijdcollega lost dat op."
        ),
        mistakes=(
            (_FATIMA_HOURS / _FULL,
             "Je rekende met de capaciteit van een voltijder (210 dagen). Fatima werkt 0,8 fte: reken met haar eigen "
             "werkdagen (" + _book.ref("bezoekplanning") + ")."),
            (_FATIMA_HOURS / (_FATIMA_ROW["werkdagen_per_jaar"] * _FATIMA_ROW["uren_per_dag"]),
             "Je deelde door al haar werkuren. Alleen het deel voor klantbezoek telt als capaciteit (" + _book.ref("bezoekplanning") + ")."),
            (_FATIMA_CAP / _FATIMA_HOURS,
             "Je deelde andersom: bezetting = benodigde uren ÷ beschikbare uren (" + _book.ref("bezoekplanning") + ")."),
        ),
    )

    # --- H6, rayonindeling territory balance ---------------------------------------------------------------------------------

    _CURRENT = _planning.balance(_NEW_REPS_TABLE["uren"])
    _NOW_BALANCE = _planning.balance(_REPS["uren"])   # the worked example's figure, at the current norms
    _BUSIEST, _QUIETEST = _NEW_REPS_TABLE["uren"].idxmax(), _NEW_REPS_TABLE["uren"].idxmin()

    opgave_rayonbalans = NumberExercise(
        title="Hoe scheef wordt de huidige indeling met de nieuwe normen? (" + _book.ref("rayonindeling") + ")",
        question=(
            "Het werkvoorbeeld mat de scheefheid van de huidige indeling bij de huidige normen. Doe hetzelfde met de "
            "nieuwe normen van opgave 2: bereken voor elke accountmanager de bezoekuren per jaar van zijn of haar eigen "
            "klanten (12, 6 en 2 bezoeken per jaar; 2, 1,5 en 1 uur per bezoek; gebruik `planning.account_workload` met "
            "`visits={'A': 12, 'B': 6, 'C': 2}` en tel op per accountmanager). Wat is de verhouding max/min: de werklast van de drukste accountmanager gedeeld door die van "
            "de rustigste? Geef twee decimalen."
        ),
        expected=round(_CURRENT["max_min"], 2),
        unit="getal",
        abs_tol=0.006,
        rel_tol=0.0,
        hints=(
            "Maak de tabel met `planning.account_workload(accounts, visits={'A': 12, 'B': 6, 'C': 2})` en groepeer op "
            "`accountmanager`; tel de kolom "
            "`uren` op.",
            "Deel het grootste totaal door het kleinste.",
        ),
        solution=(
            rf"$$\frac{{\max w}}{{\min w}} = \frac{{{_tex(_CURRENT['max'])}\ \text{{({_BUSIEST})}}}}"
            rf"{{{_tex(_CURRENT['min'])}\ \text{{({_QUIETEST})}}}} = {_tex(_CURRENT['max_min'], 2)}$$"
            f"\n\nDe variatiecoëfficiënt is {_percent(_CURRENT['cv'], 1)}."
        ),
        meaning=(
            f"De drukste accountmanager ({_BUSIEST}) heeft {_percent(_CURRENT['max_min'] - 1, 0)} meer werk dan de "
            f"rustigste ({_QUIETEST}); bij de huidige normen was dat {_percent(_NOW_BALANCE['max_min'] - 1, 0)}. Meer bezoeken "
            "veranderen de scheefheid dus nauwelijks. De regio's zijn historisch gegroeid, niet naar werklast getekend. Een nieuwe "
            "rayonindeling op postcodegebieden maakt de werklast eerlijker en de targets beter vergelijkbaar."
        ),
        mistakes=(
            (round(1 / _CURRENT["max_min"], 2),
             "Je deelde de kleinste door de grootste. Max/min is de grootste werklast gedeeld door de kleinste, dus "
             "minstens 1 (" + _book.ref("rayonindeling") + ")."),
            (round(_CURRENT["cv"], 2),
             "Dat is de variatiecoëfficiënt (σ / gemiddelde), een andere spreidingsmaat. De vraag is max/min (" + _book.ref("rayonindeling") + ")."),
        ),
    )

    # --- H6, salesplanning-kpi quota ------------------------------------------------------------------------------------------------

    _TARGET_TOTAL = int(round(_REPS_ALL["omzet"].sum() * (1 + _GROWTH), -4))
    _QUOTA = _planning.allocate_quota(_TARGET_TOTAL, _REPS_ALL["potentieel"], _REPS_ALL["omzet"], _WEIGHT)
    _P_SHARE = float(_REPS_ALL.loc[_DAAN, "potentieel"] / _REPS_ALL["potentieel"].sum())
    _H_SHARE = float(_REPS_ALL.loc[_DAAN, "omzet"] / _REPS_ALL["omzet"].sum())

    opgave_quotum = NumberExercise(
        title="Het omzetdoel van Daan Verbeek (" + _book.ref("salesplanning-kpi") + ")",
        question=(
            f"Het omzetdoel van Noordstroom Nederland voor 2025 is {_euro(_TARGET_TOTAL)}. De salesmanager verdeelt het "
            "over de accountmanagers, maar anders dan in het werkvoorbeeld voor 70% naar potentieel en voor 30% naar de "
            "omzet van 2024 (g = 0,7). "
            f"De klanten van Daan Verbeek hebben {_percent(_P_SHARE, 2)} van het potentieel en brachten "
            f"{_percent(_H_SHARE, 2)} van de omzet 2024. Wat wordt zijn omzetdoel in euro's?"
        ),
        expected=float(_QUOTA[_DAAN]),
        unit="euro",
        rel_tol=0.0005,
        hints=(
            "Zijn aandeel = g × aandeel potentieel + (1 − g) × aandeel omzet.",
            "Vermenigvuldig het aandeel met het totale omzetdoel.",
        ),
        solution=(
            rf"$$\text{{quotum}} = {_tex(_TARGET_TOTAL)} \times ({_tex(_WEIGHT, 1)} \times {_tex(_P_SHARE, 4)} + "
            rf"{_tex(1 - _WEIGHT, 1)} \times "
            rf"{_tex(_H_SHARE, 4)}) = {_tex(_QUOTA[_DAAN])}$$"
            "\n\nAfgerond op hele euro's met de methode van de grootste resten, zodat de zes quota samen precies het "
            "totaal zijn."
        ),
        meaning=(
            f"Daans doel ligt {_percent(_QUOTA[_DAAN] / _REPS_ALL.loc[_DAAN, 'omzet'] - 1, 0)} boven zijn omzet van 2024, "
            "veel meer dan de 4% van het hele land: zijn klanten hebben veel onbenut potentieel. Een doel op potentieel "
            "daagt uit, maar is alleen eerlijk als hij ook de tijd en steun krijgt om dat potentieel te bewerken."
        ),
        mistakes=(
            (float(_planning.allocate_quota(_TARGET_TOTAL, _REPS_ALL["potentieel"], _REPS_ALL["omzet"], 1.0)[_DAAN]),
             "Je verdeelde alleen naar potentieel (g = 1). De salesmanager weegt potentieel voor 70% en historie voor "
             "30% (" + _book.ref("salesplanning-kpi") + ")."),
            (float(_planning.allocate_quota(_TARGET_TOTAL, _REPS_ALL["potentieel"], _REPS_ALL["omzet"], 0.0)[_DAAN]),
             "Je verdeelde alleen naar de omzet van 2024 (g = 0). De salesmanager weegt potentieel voor 70% en "
             "historie voor 30% (" + _book.ref("salesplanning-kpi") + ")."),
            (round(_TARGET_TOTAL / len(_REPS_ALL)),
             "Je verdeelde het totaal gelijk over zes accountmanagers. Een quotum volgt potentieel en historie van de "
             "eigen klanten (" + _book.ref("salesplanning-kpi") + ")."),
            (float(_planning.allocate_quota(_TARGET_TOTAL, _REPS_ALL["potentieel"], _REPS_ALL["omzet"], 0.5)[_DAAN]),
             "Dat is het doel bij half om half (g = 0,5), zoals in het werkvoorbeeld. Hier weegt het potentieel voor "
             "70% (" + _book.ref("salesplanning-kpi") + ")."),
        ),
    )

    # --- H6, beloning compensation ------------------------------------------------------------------------------------------

    _CURRENT_PLAN = _salesforce.CompensationPlan(fixed_share=1.0, tiers=((0, 0.0),), bonus_share=_BONUS_SHARE,
                                                 threshold=0.9, cap=1.5)
    _BRAM_ROW = _REPS_ALL.loc[_BRAM]
    _BRAM_PAY = _salesforce.compensation(_BRAM_ROW["omzet"], _BRAM_ROW["vast_salaris"], _BRAM_ROW["omzetdoel"],
                                         _CURRENT_PLAN)
    _BRAM_R = _BRAM_ROW["omzet"] / _BRAM_ROW["omzetdoel"]

    opgave_bonus = NumberExercise(
        title="De bonus van Bram Kuipers (" + _book.ref("beloning") + ")",
        question=(
            f"Bram Kuipers (regio Oost) heeft een vast salaris van {_euro(_BRAM_ROW['vast_salaris'])}. Zijn omzetdoel voor "
            f"2024 was {_euro(_BRAM_ROW['omzetdoel'])}; zijn klanten kochten voor {_euro(_BRAM_ROW['omzet'])}. De "
            "salesmanager rekent een nieuwe bonusregeling door: bij precies 100% van het doel 12% van het vaste salaris "
            "(nu 10%); daaronder en daarboven naar "
            "verhouding van de realisatie, maar niets onder een realisatie van 90% en niet meer boven 150%. Hoeveel bonus "
            "had Bram over 2024 gekregen met deze regeling?"
        ),
        expected=float(round(_BRAM_PAY["bonus"])),
        unit="euro",
        rel_tol=0.0,
        abs_tol=2,
        hints=(
            "Bereken eerst de realisatie: omzet ÷ omzetdoel. Ligt die boven de drempel?",
            "Bonus = 12% × vast salaris × realisatie (zolang de realisatie tussen drempel en plafond ligt).",
        ),
        solution=(
            rf"$$r = \frac{{{_tex(_BRAM_ROW['omzet'])}}}{{{_tex(_BRAM_ROW['omzetdoel'])}}} = {_tex(_BRAM_R, 4)} "
            rf"\geq 0{{,}}9 \quad\Rightarrow\quad \text{{bonus}} = 0{{,}}12 \times {_tex(_BRAM_ROW['vast_salaris'])} "
            rf"\times {_tex(_BRAM_R, 4)} = {_tex(_BRAM_PAY['bonus'])}$$"
        ),
        meaning=(
            "Bram haalde zijn doel niet, maar zit boven de drempel en krijgt dus bijna de hele bonus. Een drempel van 90% "
            "beschermt tegen een bonus voor slecht werk, maar maakt het verschil tussen 91% en 100% klein: wie meer "
            "prestatieprikkel wil, laat de bonus onder 100% sneller dalen of legt de drempel hoger."
        ),
        mistakes=(
            (float(_BONUS_SHARE * _BRAM_ROW["vast_salaris"]),
             "Dat is de bonus bij precies 100% van het doel. Bram haalde minder: vermenigvuldig met zijn realisatie "
             "(" + _book.ref("beloning") + ")."),
            (0.0,
             "Bram zit onder zijn doel, maar boven de drempel van 90%: hij krijgt dus wel bonus (" + _book.ref("beloning") + ")."),
            (float(round(0.10 * _BRAM_ROW["vast_salaris"] * _BRAM_R)),
             "Dat is zijn bonus in de huidige regeling met 10%. De nieuwe regeling geeft 12% van het vaste salaris bij "
             "100% van het doel (" + _book.ref("beloning") + ")."),
        ),
    )

    _COMMISSION_PLAN = _salesforce.CompensationPlan(fixed_share=1.0, tiers=((0, 0.0), (12_000_000, 0.002)),
                                                    bonus_share=0.10, threshold=0.9, cap=1.5)
    _PAYOUT = _salesforce.plan_payout(_REPS_ALL, _COMMISSION_PLAN)
    _COST = _salesforce.cost_of_sales(_PAYOUT["totaal"].sum(), _PAYOUT["omzet"].sum())
    _FLAT_PLAN = _salesforce.CompensationPlan(fixed_share=1.0, tiers=((0, 0.002),), bonus_share=0.10,
                                              threshold=0.9, cap=1.5)
    _FLAT_COST = _salesforce.cost_of_sales(_salesforce.plan_payout(_REPS_ALL, _FLAT_PLAN)["totaal"].sum(), _PAYOUT["omzet"].sum())
    _NO_BONUS_COST = _salesforce.cost_of_sales((_PAYOUT["totaal"] - _PAYOUT["bonus"]).sum(), _PAYOUT["omzet"].sum())

    opgave_verkoopkosten = NumberExercise(
        title="Wat kost een provisieregeling? (" + _book.ref("beloning") + ")",
        question=(
            "De salesmanager overweegt naast het vaste salaris en de bestaande bonus (10% van het salaris bij 100% van "
            "het doel, drempel 90%, plafond 150%) een provisie van 0,2% over de omzet boven € 12 mln per "
            "accountmanager. Reken met de omzet 2024, de omzetdoelen en de salarissen uit `verkoopteam.csv` "
            "(gebruik `salesforce.CompensationPlan` en `salesforce.plan_payout`). Hoeveel procent van de omzet kost de "
            "beloning van alle accountmanagers samen? Geef een fractie, bijvoorbeeld 0.0045."
        ),
        expected=_COST,
        unit="fractie",
        rel_tol=0.004,
        hints=(
            "De staffels zijn [(0, 0.0), (12_000_000, 0.002)]: tot € 12 mln geen provisie, daarboven 0,2%.",
            "Verkoopkosten als % van de omzet = som van alle beloningen ÷ som van alle omzet.",
        ),
        solution=(
            rf"$$\frac{{\sum \text{{vast}} + \sum \text{{provisie}} + \sum \text{{bonus}}}}{{\sum \text{{omzet}}}} = "
            rf"\frac{{{_tex(_PAYOUT['vast'].sum())} + {_tex(_PAYOUT['provisie'].sum())} + {_tex(_PAYOUT['bonus'].sum())}}}"
            rf"{{{_tex(_PAYOUT['omzet'].sum())}}} = {_tex(_COST, 5)}$$"
        ),
        meaning=(
            f"De provisie kost samen {_euro(_PAYOUT['provisie'].sum())} per jaar, een klein deel van de beloning. Een "
            "provisie boven een drempel beloont vooral de accountmanagers met grote regio's, ongeacht hun doel; voor een "
            "eerlijke prikkel koppel je variabel loon liever aan het doel of aan de brutomarge."
        ),
        mistakes=(
            (_FLAT_COST,
             "Je rekende 0,2% provisie over de hele omzet. De provisie geldt alleen voor het deel boven € 12 mln "
             "(" + _book.ref("beloning") + ")."),
            (_NO_BONUS_COST,
             "Je vergat de bonus: de provisie komt bovenop vast salaris en bonus (" + _book.ref("beloning") + ")."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_bewerkingstaak = lazy_from(_case, "opgave_bewerkingstaak")
opgave_werklastmethode = lazy_from(_case, "opgave_werklastmethode")
opgave_opsplitsingsmethode = lazy_from(_case, "opgave_opsplitsingsmethode")
opgave_bezoeken_per_week = lazy_from(_case, "opgave_bezoeken_per_week")
opgave_bezetting = lazy_from(_case, "opgave_bezetting")
opgave_rayonbalans = lazy_from(_case, "opgave_rayonbalans")
opgave_quotum = lazy_from(_case, "opgave_quotum")
opgave_bonus = lazy_from(_case, "opgave_bonus")
opgave_verkoopkosten = lazy_from(_case, "opgave_verkoopkosten")


#: The chapter's exercises, in the order of the chapter.
EXERCISES = [
    opgave_bewerkingstaak,
    opgave_werklastmethode,
    opgave_opsplitsingsmethode,
    opgave_bezoeken_per_week,
    opgave_bezetting,
    opgave_rayonbalans,
    opgave_quotum,
    opgave_bonus,
    opgave_verkoopkosten,
]
