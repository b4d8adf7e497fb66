"""Exercises of chapter 2 — Strategische verkoopplanning.

Every exercise asks the reasoning of a worked example in notebook 02 on other data: the SBU Europa
instead of the whole group, Noordstroom België's objective instead of the Dutch one, Duitsland's
confrontation matrix instead of Nederland's, Midden-Oosten's lighting instead of the Dutch product
groups, Nederland's planning gap instead of the group's. Expected numbers are computed with the
models from the case data on first use; nothing is read at import.
"""

from __future__ import annotations

import functools as _functools
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book
from salesbook import case as _case_data
from salesbook.exercises import ChoiceExercise, NumberExercise, Reason, lazy_from
from salesbook.formatting import euro as _euro
from salesbook.formatting import number as _number
from salesbook.formatting import percent as _percent
from salesbook.gap_analysis import DEFAULT_SUCCESS as _SUCCESS
from salesbook.gap_analysis import gap_analysis as _gap_analysis
from salesbook.objectives import cascade_check as _cascade_check
from salesbook.objectives import smart_check as _smart_check
from salesbook.swot import confrontation_matrix as _confrontation

# The SBU Europa objective (doelstellingen.csv): the five European countries together +6% on 2024.
_SBU_EUROPE = ("Nederland", "België", "Duitsland", "UK", "Spanje")
_SBU_GROWTH = 0.06
# Noordstroom Nederland's own plan to close its gap (exercise 'gat'): euro per route.
_NL_PLAN = {"marktpenetratie": 1_500_000, "productontwikkeling": 1_000_000}


@_functools.cache
def _case() -> _SimpleNamespace:
    """The chapter's case values and exercises, computed from the case data on first use."""
    ref_doel, ref_swot = book.ref("doelstellingen"), book.ref("swot-verkoop")
    ref_bcg, ref_ansoff = book.ref("portfolioanalyse"), book.ref("groeistrategieen")
    ref_strat, ref_benadering = book.ref("concurrentiestrategie"), book.ref("verkoopbenaderingen-h2")

    # --- § 2.1.2: which sales approach -----------------------------------------------------------
    opgave_benadering = ChoiceExercise(
        title=f"Welke verkoopbenadering? ({ref_benadering})",
        question=(
            "Een bouwcombinatie bouwt een nieuw ziekenhuis. Noordstroom biedt aan de complete elektrotechnische "
            "uitrusting te leveren: installatiemateriaal, verlichting en laadpalen, per bouwfase verpakt en op het "
            "afgesproken uur op de bouwplaats, met één aanspreekpunt en één factuur per fase. Welke "
            "verkoopbenadering is dit? Kies uit: transactiegericht verkopen, systeemverkoop, team selling, "
            "accountmanagement. Geef daarna de redenen die gelden. Wat vraagt deze benadering van de salesmanager?"
        ),
        expected=("systeemverkoop",),
        options=("transactiegericht verkopen", "systeemverkoop", "team selling", "accountmanagement"),
        reasons=(
            Reason("De klant koopt één samenhangend geheel van producten en diensten in plaats van losse artikelen.",
                   True, "Dit geldt: dat is de kern van systeemverkoop."),
            Reason("Levering per bouwfase en één aanspreekpunt horen bij wat er verkocht wordt.", True,
                   "Dit geldt: de dienst rond de producten maakt er een systeem van."),
            Reason("Het is team selling, omdat er meer mensen van Noordstroom aan werken.", False,
                   "Ook bij systeemverkoop werken meer mensen mee. Team selling draait om een team dat samen met de "
                   "klant een probleem oplost; hier ligt het probleem vast en verkoopt Noordstroom het hele pakket."),
            Reason("Het is transactiegericht, want het gaat om standaardartikelen.", False,
                   "De artikelen zijn standaard, maar de klant koopt het geheel met de logistiek erbij, in één "
                   "contract. Dat is geen losse transactie."),
        ),
        hints=(
            "Koopt de klant losse artikelen, een pakket, de hulp van een team bij een probleem, of een relatie?",
            "Materiaal, verlichting, laadpalen, levering per fase en één factuur: één geheel.",
        ),
        solution=(
            "**Systeemverkoop**: Noordstroom verkoopt geen losse artikelen, maar een samenhangend geheel van "
            "producten en diensten (levering per bouwfase, één aanspreekpunt, één factuur). De klant hoeft niet zelf "
            "tien leveranciers op elkaar af te stemmen."
        ),
        meaning=(
            "De salesmanager moet binnendienst, logistiek en inkoop laten samenwerken rond één project en een "
            "projectleider aanwijzen. De prijs is niet de som van de artikelen: hij verkoopt ook het gemak en het "
            "risico dat Noordstroom overneemt."
        ),
        mistakes=(
            ("team selling", "Bij team selling lost een team van specialisten samen met de klant een probleem op. Hier "
                             f"ligt de vraag vast en verkoopt Noordstroom een compleet pakket ({ref_benadering})."),
            ("accountmanagement", "Accountmanagement is de langdurige zorg voor een vaste, belangrijke klant. Dit is "
                                  f"één project met een compleet aanbod ({ref_benadering})."),
            ("transactiegericht verkopen", "Transactiegericht is losse artikelen snel en goedkoop leveren. Hier koopt "
                                           f"de klant het geheel met de logistiek erbij ({ref_benadering})."),
        ),
    )

    # --- § 2.2: the cascade, one level lower than the worked example ------------------------------
    targets = _case_data.dataset("verkoopdoelen").set_index("land")
    base_2024 = float(targets.loc[list(_SBU_EUROPE), "omzet_2024"].sum())
    sbu_goal = base_2024 * (1 + _SBU_GROWTH)
    cascade = _cascade_check(sbu_goal, {land: float(targets.loc[land, "omzetdoel_2025"]) for land in _SBU_EUROPE})
    shortfall = -cascade.difference
    group = _cascade_check(_case_data.REVENUE_OBJECTIVE_2025, _case_data.case_sales_targets())

    opgave_cascade = NumberExercise(
        title=f"Tellen de Europese doelen op? ({ref_doel})",
        question=(
            "De SBU Europa (Nederland, België, Duitsland, de UK en Spanje) heeft als doelstelling: samen "
            f"{_percent(_SBU_GROWTH, 0)} groei in 2025 ten opzichte van 2024. Neem de omzet 2024 en de omzetdoelen 2025 "
            "van de vijf landen uit `verkoopdoelen.csv`. Hoeveel euro komen de omzetdoelen van de vijf landen samen "
            "tekort op de SBU-doelstelling? Geef het tekort als positief bedrag. Wat moet de salesmanager van de SBU "
            "met dat tekort?"
        ),
        expected=shortfall,
        unit="euro",
        hints=(
            "Eerst de SBU-doelstelling in euro's: de omzet 2024 van de vijf landen samen, maal 1 + de groei.",
            "Tel daarna de vijf omzetdoelen voor 2025 op. Het tekort is de SBU-doelstelling min die som.",
            f"SBU-doelstelling = {_euro(base_2024)} × {_number(1 + _SBU_GROWTH, 2)}; trek daar de som van de vijf "
            "omzetdoelen van af.",
        ),
        solution=(
            f"SBU-doelstelling = {_euro(base_2024)} × {_number(1 + _SBU_GROWTH, 2)} = {_euro(sbu_goal)}. Som van de "
            f"vijf omzetdoelen = {_euro(cascade.sum_of_parts)}. Tekort = {_euro(sbu_goal)} − "
            f"{_euro(cascade.sum_of_parts)} = {_euro(shortfall)} ({_percent(-cascade.relative_difference, 2)})."
        ),
        meaning=(
            "Het tekort is klein, maar het is er: optellen van wat de landen willen is niet hetzelfde als wat de "
            "SBU heeft beloofd. De salesmanager bespreekt met de landenmanagers wie het verschil oppakt, of legt "
            "het terug bij de directie; hij laat het niet stilletjes bestaan."
        ),
        mistakes=(
            (-group.difference,
             "Dat is het tekort van de hele groep (alle zeven landen tegen de ondernemingsdoelstelling), het "
             f"werkvoorbeeld van het notebook. Deze vraag gaat alleen over de vijf landen van de SBU Europa ({ref_doel})."),
            (sbu_goal,
             "Dat is de SBU-doelstelling zelf. Trek de som van de vijf omzetdoelen er nog van af: het tekort is het "
             f"verschil ({ref_doel})."),
            (base_2024 * _SBU_GROWTH,
             "Dat is de groei die de SBU belooft (6% van de omzet 2024), niet het tekort. Vergelijk de doelstelling "
             f"met de som van de omzetdoelen van de landen ({ref_doel})."),
        ),
    )

    # --- § 2.2: SMART, on another objective than the worked example ------------------------------
    objectives = _case_data.dataset("doelstellingen")
    belgium = objectives[objectives["eenheid"] == "Noordstroom België"]["doelstelling"].iloc[0]
    check_be = _smart_check(belgium)
    opgave_smart = ChoiceExercise(
        title=f"Is de doelstelling van België SMART? ({ref_doel})",
        question=(
            f"De verkoopdoelstelling van Noordstroom België luidt: *\"{belgium}\"* Is dit een doelstelling waarop de "
            "salesmanager kan sturen? Antwoord met `ja` of `nee`, en geef daarna de redenen die gelden. Wat betekent "
            "je oordeel voor de salesmanager?"
        ),
        expected=("ja",) if check_be.passed_all else ("nee",),
        options=("ja", "nee"),
        reasons=(
            Reason("Er staat wie verantwoordelijk is: de binnendienst.", True,
                   "Dit geldt wel: de binnendienst wordt genoemd als eigenaar."),
            Reason("Er is een beginpunt om tegen te meten: 30% online orders nu.", True,
                   "Dit geldt wel: 'van 30% naar 45%' geeft de basis én de streefwaarde."),
            Reason("Er staat een deadline in: uiterlijk eind 2025.", True, "Dit geldt wel: de T van SMART."),
            Reason("De vijf regels bewijzen dat 45% haalbaar is.", False,
                   "De regels controleren alleen de vorm. Of 45% acceptabel en realistisch is, is een oordeel "
                   "van de salesmanager met zijn team (de A en de R van SMART)."),
            Reason("Een doelstelling over online orders hoort niet bij Verkoop maar bij Marketing.", False,
                   "Het kanaal waarlangs klanten bestellen is juist een keuze van de verkooporganisatie: de "
                   "binnendienst verschuift orders naar online zodat er tijd vrijkomt voor advies."),
        ),
        hints=(
            "Zoek in de zin naar een getal met een eenheid, een deadline, een eigenaar en een beginpunt.",
            "Denk ook aan wat een tekst níet kan laten zien: is 45% haalbaar?",
        ),
        solution=(
            f"De doelstelling haalt alle {check_be.score} regels van dit notebook: een getal met een eenheid (45% "
            "online orders), een deadline (uiterlijk eind 2025), een eigenaar (de binnendienst) en een basis (nu 30%). "
            "Specifiek, meetbaar en tijdgebonden zijn dus in orde. Acceptabel en realistisch kan geen regel "
            "controleren: bespreek met de binnendienst of 15 procentpunt in een jaar past bij de klanten van België."
        ),
        meaning=(
            "De salesmanager kan deze doelstelling elke maand volgen. Zijn werk zit nu in de A en de R: draagt de "
            "binnendienst het doel, en zijn er genoeg klanten die online willen bestellen?"
        ),
        mistakes=(
            ("nee",
             "Kijk nog eens: getal, eenheid, deadline, eigenaar en basis staan er allemaal in. Wat ontbreekt er "
             f"volgens jou? Zie {ref_doel}."),
        ),
    )

    # --- SWOT: Duitsland's confrontation matrix -------------------------------------------------
    de = _confrontation(**_case_data.case_confrontation("Duitsland"))
    first, second = de.ranking[0], de.ranking[1]
    opgave_confrontatie = ChoiceExercise(
        title=f"De confrontatiematrix van Duitsland ({ref_swot})",
        question=(
            "Haal met `case.case_confrontation(\"Duitsland\")` de confrontatiematrix van Noordstroom Duitsland op "
            "(of lees `confrontatiematrix.csv`). Tel per blok (SO, ST, WO, WT) de scores op. Welke strategische "
            "optie staat bovenaan? Antwoord met de twee letters, en geef daarna de redenen die gelden. Wat betekent "
            "dat voor de salesmanager in Duitsland?"
        ),
        expected=(first,),
        options=("SO", "ST", "WO", "WT"),
        reasons=(
            Reason("De zwaktes 'weinig vestigingen' en 'onbekende merknaam' raken precies de twee bedreigingen.", True,
                   "Dit geldt: drie van de vier cellen van het WT-blok scoren 3 of meer, samen de hoogste som."),
            Reason("Duitsland moet daarom meteen uit de markt stappen.", False,
                   "WT vraagt om schade beperken en keuzes maken (een niche, samenwerken, minder breed), niet "
                   "automatisch om vertrekken; SO is de tweede optie."),
            Reason("De optie met de hoogste som is een uitkomst van de scores van het managementteam, geen feit.", True,
                   "Dit geldt: verander twee cellen en de rangorde kan kantelen. Het getal ondersteunt het gesprek."),
            Reason("Een hoge score in een zwaktekolom is een pluspunt voor Verkoop.", False,
                   "Omgekeerd: een hoge score bij een zwakte betekent dat die zwakte sterk in de weg zit."),
        ),
        hints=(
            "Rijen 1–2 zijn kansen, rijen 3–4 bedreigingen; kolommen 1–2 sterktes, kolommen 3–4 zwaktes.",
            "WT is het blok bedreigingen × zwaktes: tel die vier cellen op en vergelijk met de andere blokken.",
        ),
        solution=(
            f"Bloktotalen: SO = {_number(de.option_totals['SO'])}, ST = {_number(de.option_totals['ST'])}, "
            f"WO = {_number(de.option_totals['WO'])}, WT = {_number(de.option_totals['WT'])}. Bovenaan staat "
            f"**{first}**, daarna {second}. In Duitsland is Noordstroom klein en onbekend, terwijl regionale "
            "groothandels en inkoopverenigingen de markt in handen hebben."
        ),
        meaning=(
            "Voor de salesmanager in Duitsland is dit geen groeiplan maar een verdedigingsplan: kies de regio's en "
            "klanten waar Noordstroom iets bijzonders biedt (verlichting, één portal), en zet daar de schaarse "
            "buitendienst in. Het SO-blok laat zien waar die niche kan liggen."
        ),
        mistakes=tuple(
            (k, f"{k} telt op tot {_number(de.option_totals[k])}; er is een blok met een hogere som. Tel de vier cellen "
                f"van elk blok nog eens op ({ref_swot}).")
            for k in ("SO", "ST", "WO", "WT") if k != first
        ),
    )

    # --- BCG: Midden-Oosten's lighting ----------------------------------------------------------
    markets = _case_data.case_markets()
    mo = markets[(markets["land"] == "Midden-Oosten") & (markets["productgroep"] == "Verlichting")].iloc[0]
    relative = float(mo["relatief_marktaandeel"])
    opgave_relatief_aandeel = NumberExercise(
        title=f"Relatief marktaandeel van Verlichting in het Midden-Oosten ({ref_bcg})",
        question=(
            "In `markten.csv` staan voor Verlichting in het Midden-Oosten de eigen omzet 2024, de marktomvang 2024 "
            "en de omzet van de grootste concurrent. Bereken het relatief marktaandeel van Noordstroom (twee "
            "decimalen). Wat zegt het getal de salesmanager over de positie van Noordstroom in die markt?"
        ),
        expected=relative,
        unit="getal",
        rel_tol=0.015,
        hints=(
            "Relatief marktaandeel = eigen marktaandeel ÷ marktaandeel van de grootste concurrent.",
            "Beide aandelen hebben dezelfde noemer (de markt), dus je kunt ook de eigen omzet delen door de omzet "
            "van de grootste concurrent.",
        ),
        solution=(
            f"Eigen aandeel = {_euro(mo['omzet_2024'])} / {_euro(mo['markt_2024'])} = {_percent(mo['marktaandeel'], 1)}; "
            f"grootste concurrent = {_euro(mo['omzet_concurrent_2024'])} / {_euro(mo['markt_2024'])} = "
            f"{_percent(mo['aandeel_concurrent'], 1)}. Relatief marktaandeel = {_percent(mo['marktaandeel'], 1)} ÷ "
            f"{_percent(mo['aandeel_concurrent'], 1)} = {_number(relative, 2)}."
        ),
        meaning=(
            f"{mo['grootste_concurrent']} verkoopt bijna drie keer zoveel verlichting als Noordstroom. De salesmanager "
            "kan niet op prijs of schaal winnen; hij moet kiezen voor klanten en projecten waar Noordstroom iets "
            "anders biedt."
        ),
        mistakes=(
            (1 / relative, "Je deelde omgekeerd: de concurrent gedeeld door Noordstroom. Het relatief marktaandeel "
                           f"is het eigen aandeel gedeeld door dat van de grootste concurrent ({ref_bcg})."),
            (float(mo["marktaandeel"]), "Dat is het gewone marktaandeel van Noordstroom. Deel het nog door het "
                                        f"aandeel van de grootste concurrent ({ref_bcg})."),
            (float(mo["omzet_2024"] / (mo["omzet_2024"] + mo["omzet_concurrent_2024"])),
             "Je deelde door de omzet van Noordstroom plús de concurrent. Het relatief marktaandeel vergelijkt "
             f"alleen met de grootste concurrent: eigen ÷ concurrent ({ref_bcg})."),
        ),
    )

    growth = float(mo["marktgroei"])
    opgave_bcg_positie = ChoiceExercise(
        title=f"Waar staat Verlichting Midden-Oosten in de BCG-matrix? ({ref_bcg})",
        question=(
            f"De markt voor verlichting in het Midden-Oosten groeide met {_percent(growth, 1)}. Neem je antwoord van "
            "de vorige opgave en de klassieke grenzen (10% marktgroei, relatief marktaandeel 1). In welk kwadrant "
            "valt deze productgroep: ster, vraagteken, melkkoe of hond? Geef daarna de redenen die gelden. Wat "
            "betekent de positie voor de salesmanager?"
        ),
        expected=("hond",),
        options=("ster", "vraagteken", "melkkoe", "hond"),
        reasons=(
            Reason("De marktgroei ligt net onder de grens van 10%.", True, "Dit geldt: daarom is het geen vraagteken."),
            Reason("Het relatief marktaandeel ligt ver onder 1.", True, "Dit geldt: Noordstroom is geen marktleider."),
            Reason("Met een groeigrens van 5% zou het een vraagteken zijn: de grens is een keuze van de planner.", True,
                   "Dit geldt: in een markt die zo hard groeit, is de klassieke grens van 10% discutabel."),
            Reason("Een hond moet je altijd afstoten.", False,
                   "Niet altijd: een hond kan een niche bedienen of klanten binden die ook andere groepen kopen."),
            Reason("Omdat het Midden-Oosten de hoogste EBIT-marge van de groep heeft, is het een ster.", False,
                   "De BCG-matrix kijkt naar marktgroei en relatief marktaandeel, niet naar winstgevendheid."),
        ),
        hints=(
            "Twee vragen: ligt de groei boven of onder de grens, en ligt het relatief marktaandeel boven of onder 1?",
            "Lage groei en een laag relatief aandeel: welk kwadrant is dat?",
        ),
        solution=(
            f"Groei {_percent(growth, 1)} < 10% en relatief marktaandeel {_number(relative, 2)} < 1: volgens de "
            "klassieke grenzen een **hond**. Maar het scheelt weinig: met een groeigrens van 5% (in deze markt "
            "realistischer) is het een vraagteken."
        ),
        meaning=(
            "Het label hangt aan een grens die de planner kiest. De salesmanager gebruikt de matrix daarom als "
            "begin van het gesprek: investeert Noordstroom in deze snelgroeiende markt om een sterke positie op te "
            "bouwen, of niet? 'Hond' is dan geen vonnis."
        ),
        mistakes=(
            ("vraagteken", f"Met een groeigrens van 5% wel, maar de vraag noemt de klassieke grens van 10%, en "
                           f"{_percent(growth, 1)} ligt daar net onder ({ref_bcg})."),
            ("melkkoe", f"Een melkkoe heeft een relatief marktaandeel van minstens 1: marktleider. Hier is "
                        f"Noordstroom veel kleiner dan de grootste concurrent ({ref_bcg})."),
            ("ster", f"Een ster heeft hoge groei én een relatief aandeel van minstens 1; geen van beide geldt hier "
                     f"({ref_bcg})."),
        ),
    )

    # --- Ansoff: which route, and Nederland's gap -----------------------------------------------
    opgave_ansoff_route = ChoiceExercise(
        title=f"Welke groeirichting van Ansoff? ({ref_ansoff})",
        question=(
            "Noordstroom Nederland wil laadpalen, die het nu nog niet verkoopt, met plaatsing door een "
            "partnerinstallateur rechtstreeks verkopen aan leasemaatschappijen en beheerders van bedrijfswagenparken: "
            "organisaties die nu niets bij Noordstroom kopen. Welke groeirichting van Ansoff is dit? Kies uit: "
            "marktpenetratie, productontwikkeling, marktontwikkeling, diversificatie. Geef daarna de redenen die "
            "gelden. Wat vraagt dat van de salesmanager?"
        ),
        expected=("diversificatie",),
        options=("marktpenetratie", "productontwikkeling", "marktontwikkeling", "diversificatie"),
        reasons=(
            Reason("Laadpalen zitten nog niet in het assortiment van Noordstroom.", True,
                   "Dit geldt: het product is nieuw."),
            Reason("Leasemaatschappijen en wagenparkbeheerders zijn nu geen klant van Noordstroom.", True,
                   "Dit geldt: de markt is ook nieuw."),
            Reason("Het is productontwikkeling, want laadpalen worden ook aan installateurs verkocht.", False,
                   "Laadpalen voor de eigen installateurs zou productontwikkeling zijn (bestaande klanten). Deze "
                   "vraag gaat over een andere klantgroep."),
            Reason("Het risico is klein, omdat de markt voor laadpalen hard groeit.", False,
                   "Een groeiende markt helpt, maar Noordstroom kent hier klant noch product: het meest onzekere "
                   "vak van de matrix."),
        ),
        hints=(
            "Stel twee vragen: is het product nieuw voor Noordstroom, en zijn de klanten nieuw?",
            "Wie is hier de klant: de installateur die Noordstroom al bedient, of iemand anders?",
        ),
        solution=(
            "Een nieuw product (laadpalen) voor een nieuwe markt (leasemaatschappijen en wagenparkbeheerders, geen "
            "installateurs): **diversificatie**. Het is het meest riskante vak van de matrix; in de planningskloof "
            f"telt dit notebook er een slaagkans van {_percent(_SUCCESS['diversificatie'], 0)} voor."
        ),
        meaning=(
            "Verkoop kent hier klant noch product: een andere DMU (wagenparkbeheerder, inkoper, facilitair "
            "manager), een ander verkoopgesprek en nieuwe productkennis. De salesmanager begint klein (een "
            "specialist, een proef met enkele klanten) en rekent met een lage slaagkans. En hij bespreekt het "
            "risico dat de eigen installateurs Noordstroom nu als concurrent zien."
        ),
        mistakes=(
            ("productontwikkeling", "Laadpalen zijn nieuw, maar de klanten ook: leasemaatschappijen kopen nu niets "
                                    "bij Noordstroom. Productontwikkeling is een nieuw product voor bestaande "
                                    f"klanten ({ref_ansoff})."),
            ("marktontwikkeling", "De klanten zijn nieuw, maar het product ook: laadpalen zitten nog niet in het "
                                  f"assortiment. Marktontwikkeling brengt bestaande producten naar een nieuwe markt ({ref_ansoff})."),
            ("marktpenetratie", "Bij marktpenetratie verkoop je meer van het bestaande assortiment aan de bestaande "
                                f"markt. Hier zijn product en klanten allebei nieuw ({ref_ansoff})."),
        ),
    )

    target_nl = _case_data.case_sales_targets()["Nederland"]
    forecast_nl = float(_case_data.case_forecast_2025()["Nederland"])
    g = _gap_analysis(target_nl, forecast_nl, _NL_PLAN)
    revenue_2024 = float(targets.loc["Nederland", "omzet_2024"])
    opgave_gat = NumberExercise(
        title=f"Het gat van Noordstroom Nederland ({ref_ansoff})",
        question=(
            f"Het omzetdoel 2025 van Noordstroom Nederland staat in `verkoopdoelen.csv`; de prognose uit hoofdstuk 4 "
            "geeft `case.case_forecast_2025()`. De salesmanager plant "
            f"{_euro(_NL_PLAN['marktpenetratie'])} extra omzet via marktpenetratie en "
            f"{_euro(_NL_PLAN['productontwikkeling'])} via productontwikkeling (warmtepompen en laadpalen), met de "
            f"slaagkansen van dit notebook ({_percent(_SUCCESS['marktpenetratie'], 0)} en "
            f"{_percent(_SUCCESS['productontwikkeling'], 0)}). Hoeveel euro van het gat blijft er naar verwachting open? "
            "Wat betekent dat voor de salesmanager?"
        ),
        expected=g.remaining,
        unit="euro",
        hints=(
            "Het gat is het omzetdoel min de prognose (niet min de omzet van 2024).",
            "Verwachte bijdrage per route = plan × slaagkans. Wat open blijft = gat − de som van de verwachte bijdragen.",
            f"Gat = {_euro(target_nl)} − prognose; verwacht = {_euro(_NL_PLAN['marktpenetratie'])} × "
            f"{_number(_SUCCESS['marktpenetratie'], 1)} + {_euro(_NL_PLAN['productontwikkeling'])} × "
            f"{_number(_SUCCESS['productontwikkeling'], 1)}.",
        ),
        solution=(
            f"Gat = {_euro(target_nl)} − {_euro(forecast_nl)} = {_euro(g.gap)}. Verwacht: "
            f"{_euro(g.expected['marktpenetratie'])} + {_euro(g.expected['productontwikkeling'])} = {_euro(g.filled)}. "
            f"Open: {_euro(g.gap)} − {_euro(g.filled)} = {_euro(g.remaining)}."
        ),
        meaning=(
            f"Op papier dekt het plan ({_euro(sum(_NL_PLAN.values()))}) het gat ruim, maar met realistische slaagkansen "
            f"blijft er ongeveer {_euro(round(g.remaining, -4))} open. De salesmanager plant dus meer dan het gat, of "
            "kiest zekerdere routes, en volgt per kwartaal welke route achterblijft."
        ),
        mistakes=(
            (g.gap - sum(_NL_PLAN.values()),
             "Je telde elke geplande euro voor 100% mee; dan lijkt het gat dicht. Reken per route met de slaagkans: "
             f"plan × kans ({ref_ansoff})."),
            (g.gap, f"Dat is het gat zelf. Trek er de verwachte bijdrage van de twee routes nog van af ({ref_ansoff})."),
            (target_nl - revenue_2024 - g.filled,
             "Je rekende het gat vanaf de omzet van 2024. Zonder extra inspanning groeit de omzet al: het gat is "
             f"doel min prognose ({ref_ansoff})."),
        ),
    )

    # --- value disciplines and the sales approach -----------------------------------------------
    opgave_waardediscipline = ChoiceExercise(
        title=f"Welke waardediscipline kiest de concurrent? ({ref_strat})",
        question=(
            "Een nieuwe concurrent in Nederland, de webshop Technishop, belooft: de laagste prijs op 20.000 "
            "standaardartikelen, voor 22.00 uur besteld is morgen geleverd, bestellen in drie klikken, geen "
            "vertegenwoordigers en geen maatwerk. Welke waardediscipline van Treacy en Wiersema kiest Technishop: "
            "operational excellence, customer intimacy of product leadership? Geef daarna de redenen die gelden. "
            "Wat betekent dat voor de salesmanager van Noordstroom?"
        ),
        expected=("operational excellence",),
        options=("operational excellence", "customer intimacy", "product leadership"),
        reasons=(
            Reason("Technishop concurreert op de laagste totale kosten en gemak voor de klant.", True,
                   "Dit geldt: prijs, snelheid en eenvoud zijn de kern van operational excellence."),
            Reason("Bij Porter past daar kostenleiderschap bij.", True, "Dit geldt."),
            Reason(f"De verkoopbenadering die erbij past is transactiegericht verkopen ({ref_benadering}).", True,
                   "Dit geldt: geen buitendienst, de klant bestelt zelf."),
            Reason("Noordstroom moet Technishop volgen en ook de laagste prijs bieden.", False,
                   "Dan kiest Noordstroom een discipline waarin het met zijn buitendienst en advies nooit de "
                   "goedkoopste wordt. Beter: het eigen profiel (advies, levering op de bouwplaats) scherper maken."),
        ),
        hints=(
            "Wat belooft Technishop de klant: de beste relatie, het nieuwste product of de laagste kosten en het "
            "minste gedoe?",
            "Geen maatwerk en geen vertegenwoordigers: welke discipline laat juist die twee weg?",
        ),
        solution=(
            "**Operational excellence**: de laagste prijs, snelle levering en eenvoudig bestellen, zonder maatwerk "
            "of persoonlijke relatie. Bij Porter is dat kostenleiderschap; de verkoop is transactiegericht (de "
            "klant bestelt zelf online)."
        ),
        meaning=(
            "Noordstroom Nederland scoort juist op customer intimacy (advies, levering op de bouwplaats, "
            "accountmanagement). De salesmanager laat de standaardorders van kleine klanten gerust via de eigen "
            "webshop lopen, en zet de accountmanagers in waar advies het verschil maakt."
        ),
        mistakes=(
            ("customer intimacy", "Customer intimacy is maatwerk voor klanten die je goed kent, met een vaste "
                                  f"relatie. Technishop heeft juist geen vertegenwoordigers en geen maatwerk ({ref_strat})."),
            ("product leadership", "Product leadership is het beste en nieuwste product. Technishop verkoopt "
                                   f"standaardartikelen, goedkoop en snel ({ref_strat})."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_benadering = lazy_from(_case, "opgave_benadering")
opgave_cascade = lazy_from(_case, "opgave_cascade")
opgave_smart = lazy_from(_case, "opgave_smart")
opgave_confrontatie = lazy_from(_case, "opgave_confrontatie")
opgave_relatief_aandeel = lazy_from(_case, "opgave_relatief_aandeel")
opgave_bcg_positie = lazy_from(_case, "opgave_bcg_positie")
opgave_ansoff_route = lazy_from(_case, "opgave_ansoff_route")
opgave_gat = lazy_from(_case, "opgave_gat")
opgave_waardediscipline = lazy_from(_case, "opgave_waardediscipline")

#: The chapter's exercises, in the order of the notebook.
EXERCISES = [
    opgave_benadering,
    opgave_cascade,
    opgave_smart,
    opgave_confrontatie,
    opgave_relatief_aandeel,
    opgave_bcg_positie,
    opgave_ansoff_route,
    opgave_gat,
    opgave_waardediscipline,
]
