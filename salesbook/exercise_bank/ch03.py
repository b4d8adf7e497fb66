"""Exercises of chapter 3 — De salesmanager in een sterk veranderende omgeving.

The notebook's worked examples use Nederland (trends, five forces, market potential); these
exercises ask the same reasoning on other data: the German trend set and five forces, and the
market potential of Spanje and Maleisië. Every expected number is computed from the case data
through the models on first use.
"""

from __future__ import annotations

import functools as _functools
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book
from salesbook import case as _case_data
from salesbook import environment as _environment
from salesbook import strategy as _strategy
from salesbook.exercises import ChoiceExercise, NumberExercise, Reason, lazy_from
from salesbook.formatting import euro as _euro
from salesbook.formatting import number as _number
from salesbook.formatting import percent as _percent
from salesbook.formatting import tex_number as _tex


@_functools.cache
def _case() -> _SimpleNamespace:
    """The chapter's case values and exercises, computed from the case data on first use."""
    _DE_TRENDS = _case_data.case_trends("Duitsland")
    _DE_RADAR = _environment.trend_radar(_DE_TRENDS)
    _DE_ACTION = [t for t in _DE_RADAR.trends if t.quadrant == "actie"]
    # the typical slips: 3 counted as high (≥ midpoint instead of above it), or only the impact looked at
    _AT_LEAST_3 = [t for t in _DE_RADAR.trends if t.impact >= 3 and t.probability >= 3]
    _IMPACT_ONLY = [t for t in _DE_RADAR.trends if t.impact > 3]
    _SUBSIDY = next(t for t in _DE_RADAR.trends if t.name == "Subsidie voor warmtepompen")
    _MESO, _MACRO = book.ref("mesoniveau"), book.ref("macroniveau")
    _KB = book.ref("kansen-en-bedreigingen")

    _LEAD = _DE_TRENDS["Lange levertijden van A-merken"]
    _OMG = book.ref("omgeving-salesmanagement")

    opgave_niveau = ChoiceExercise(
        title=f"Op welk niveau speelt deze trend? ({_OMG})",
        question=(
            "Fabrikanten van warmtepompen en omvormers leveren Noordstroom Duitsland met wisselende levertijden "
            "(trend *Lange levertijden van A-merken*). Op welk niveau van de omgeving hoort deze trend: micro, meso "
            "of macro?"
        ),
        expected=("meso", "mesoniveau"),
        options=("micro", "meso", "macro", "microniveau", "mesoniveau", "macroniveau"),
        hints=(
            "Wie veroorzaakt de trend: Noordstroom zelf, een partij in de bedrijfskolom of een kracht die alle "
            "bedrijfstakken raakt?",
            "De fabrikanten zijn de leveranciers van Noordstroom.",
        ),
        solution=(
            "**Mesoniveau.** De leveranciers horen bij de bedrijfskolom waarin Noordstroom werkt, net als de "
            "afnemers, de concurrenten en de tussenpersonen. Noordstroom beslist er niet zelf over (dan was het "
            "micro), maar het is ook geen ontwikkeling die elke bedrijfstak raakt (macro)."
        ),
        meaning=(
            "Op mesoniveau kan de salesmanager meer doen dan op macroniveau: samen met Inkoop voorraadafspraken maken, "
            "een tweede merk voeren en klanten eerlijk informeren over levertijden."
        ),
        mistakes=(
            ("micro",
             "Het microniveau is de eigen organisatie: daar beslist Noordstroom zelf. De levertijden bepalen de "
             f"fabrikanten ({_OMG})."),
            ("microniveau",
             "Het microniveau is de eigen organisatie: daar beslist Noordstroom zelf. De levertijden bepalen de "
             f"fabrikanten ({_OMG})."),
            ("macro",
             "Macro is een ontwikkeling die alle bedrijfstakken raakt, zoals de economie of wetgeving. De levertijden "
             f"van een paar fabrikanten spelen in de eigen bedrijfskolom ({_OMG})."),
            ("macroniveau",
             "Macro is een ontwikkeling die alle bedrijfstakken raakt, zoals de economie of wetgeving. De levertijden "
             f"van een paar fabrikanten spelen in de eigen bedrijfskolom ({_OMG})."),
        ),
        reasons=(
            Reason("De fabrikanten zijn leveranciers: een partij in de bedrijfskolom van Noordstroom.", True, "Klopt."),
            Reason("Alle bedrijfstakken in Duitsland hebben last van dezelfde levertijden.", False,
                   "Het gaat om een paar fabrikanten in de installatietechniek; dat maakt het meso, niet macro."),
            Reason("Noordstroom kan er zelf over beslissen.", False,
                   "Noordstroom kan de levertijden beïnvloeden (voorraad, afspraken), maar niet bepalen: dat is micro."),
        ),
    )

    opgave_actie_duitsland = NumberExercise(
        title=f"Hoeveel Duitse trends vragen nu om actie? ({_MACRO})",
        question=(
            "Het managementteam van Noordstroom Duitsland heeft acht trends gescoord (de tabel hierboven, uit "
            "omgevingstrends.csv). Een score is *hoog* als hij boven het midden van de schaal 1–5 ligt. Hoeveel "
            "trends komen in de cel **actie** van de impact × waarschijnlijkheidsmatrix: hoge impact én hoge "
            "waarschijnlijkheid?"
        ),
        expected=float(len(_DE_ACTION)),
        unit="aantal",
        hints=(
            "Wat is het midden van de schaal 1–5? Is een score die precies op het midden ligt hoog of laag?",
            "Alleen 4 en 5 zijn hoog. Tel de trends waarbij zowel de impact als de waarschijnlijkheid 4 of 5 is.",
        ),
        solution=(
            f"In de cel actie: {'; '.join(f'{t.name} ({_number(t.impact)} × {_number(t.probability)})' for t in _DE_ACTION)}. "
            f"Dat zijn er **{len(_DE_ACTION)}**. De subsidie voor warmtepompen heeft wel de hoogste impact "
            f"({_number(_SUBSIDY.impact)}), maar een waarschijnlijkheid van {_number(_SUBSIDY.probability)}: die hoort "
            "in de cel scenario."
        ),
        meaning=(
            f"{_number(len(_DE_ACTION))} trends in de cel actie is een werkbare lijst voor één verkoopplan. Zou het "
            f"team alles met een 3 meetellen, dan staan er {_number(len(_AT_LEAST_3))} trends op de actielijst en "
            "krijgt geen enkele de aandacht die hij nodig heeft."
        ),
        mistakes=(
            (float(len(_AT_LEAST_3)),
             f"Je telde een 3 als hoog. Het midden van de schaal 1–5 is 3; alleen een score daarboven (4 of 5) is "
             f"hoog. Anders staat bijna alles in de cel actie en kiest het team niet meer ({_MACRO})."),
            (float(len(_IMPACT_ONLY)),
             "Je keek alleen naar de impact. Een trend met grote impact die misschien niet doorbreekt (de subsidie, "
             f"waarschijnlijkheid {_number(_SUBSIDY.probability)}) hoort in de cel scenario: een plan B, nog geen "
             f"actie ({_KB})."),
        ),
    )

    opgave_cel_subsidie = ChoiceExercise(
        title=f"Waar hoort de subsidie voor warmtepompen? ({_KB})",
        question=(
            f"Het Duitse managementteam geeft de trend *Subsidie voor warmtepompen* een impact van "
            f"{_number(_SUBSIDY.impact)} en een waarschijnlijkheid van {_number(_SUBSIDY.probability)}: een ruime "
            "subsidie kan de vraag sterk opdrijven, maar de regeling verandert telkens. In welke cel van de matrix "
            "hoort deze trend: actie, scenario, volgen of monitoren?"
        ),
        expected="scenario",
        options=("actie", "scenario", "volgen", "monitoren"),
        hints=(
            "Kijk naar beide scores apart: welke is hoog (4 of 5) en welke niet?",
            "Hoge impact, onzekere doorbraak: wat doet een verstandig team dan, nu al alles inzetten of iets klaarzetten?",
        ),
        solution=(
            "**Scenario.** De impact is hoog, de waarschijnlijkheid niet (3 ligt niet boven het midden). Zo'n trend "
            "zet je niet als zekerheid in het verkoopplan, maar je bereidt je erop voor: als de subsidie doorgaat, "
            "moet Noordstroom snel kunnen leveren en de installateurs kunnen helpen met aanvragen."
        ),
        meaning=(
            "Een scenario is geen afwachten: de salesmanager legt vooraf vast wat het signaal is (de regeling wordt "
            "vastgesteld) en wat er dan gebeurt (voorraadafspraken met fabrikanten, een campagne die klaarligt)."
        ),
        mistakes=(
            ("actie",
             f"Voor de cel actie moeten impact én waarschijnlijkheid hoog zijn. Een waarschijnlijkheid van "
             f"{_number(_SUBSIDY.probability)} is dat niet: zet nu niet het hele plan op een regeling die nog kan "
             f"veranderen ({_KB})."),
            ("volgen",
             "Volgen is voor trends met een kleine impact die wel doorbreken. Hier is het omgekeerd: de impact is groot, "
             f"de doorbraak onzeker ({_KB})."),
            ("monitoren",
             f"Monitoren is voor trends die op beide scores laag zijn. Met een impact van {_number(_SUBSIDY.impact)} "
             f"zou dat deze kans onderschatten ({_KB})."),
        ),
        reasons=(
            Reason("De impact is hoog, maar het is onzeker of de trend doorbreekt.", True,
                   "Klopt: precies die combinatie maakt het een scenario."),
            Reason("Een kans hoort altijd in het verkoopplan, een bedreiging alleen als ze zeker is.", False,
                   "De cel hangt af van impact en waarschijnlijkheid, niet van de richting: kansen en bedreigingen "
                   "worden op dezelfde manier ingedeeld."),
            Reason("Noordstroom legt vooraf vast bij welk signaal ze wat doet, zoals voorraadafspraken met fabrikanten.",
                   True, "Klopt: zo wordt een scenario een plan B dat klaarligt."),
            Reason("De prioriteit (15) is meer dan de helft van 25, dus de trend hoort in de cel actie.", False,
                   "De cellen volgen uit de twee scores apart, niet uit het product. Een hoge prioriteit met een "
                   "onzekere doorbraak blijft een scenario."),
        ),
    )

    _DE_SCORES, _DE_WEIGHTS = _case_data.case_five_forces("Duitsland")
    _DE_FORCES = _environment.five_forces(_DE_SCORES, _DE_WEIGHTS)
    _UNWEIGHTED = {f: sum(c.values()) / len(c) for f, c in _DE_SCORES.items()}
    _UNWEIGHTED_ATTR = 6 - sum(_UNWEIGHTED.values()) / 5
    _CRITERIA = [s for c in _DE_SCORES.values() for s in c.values()]

    opgave_krachten_duitsland = NumberExercise(
        title=f"Hoe aantrekkelijk is de Duitse markt? ({_MESO})",
        question=(
            "Hierboven staan de scores (1–5; 5 = de kracht is zeer sterk) en gewichten van het vijfkrachtenmodel "
            "voor Duitsland, uit vijf_krachten.csv. Bereken met de regel van dit notebook de aantrekkelijkheid van de "
            "Duitse markt: eerst per kracht de gewogen score, dan het gemiddelde van de vijf krachten, en dat "
            "gespiegeld op de schaal (1 + 5 − gemiddelde). Geef je antwoord op twee decimalen."
        ),
        expected=round(_DE_FORCES.attractiveness, 2),
        unit="getal",
        abs_tol=0.006,
        rel_tol=0.0,
        hints=(
            "Per kracht: Σ score × gewicht. Bijvoorbeeld concurrentie: 5 × 0,5 + 4 × 0,3 + 3 × 0,2.",
            f"De vijf krachten zijn samen {_number(sum(_DE_FORCES.strength.values()), 1)}; deel door 5 en trek "
            "dat af van 6.",
        ),
        solution=(
            "Kracht per kracht: "
            + "; ".join(f"{f} {_number(v, 2)}" for f, v in _DE_FORCES.strength.items())
            + f". Gemiddeld {_number(_DE_FORCES.mean_strength, 2)}, dus aantrekkelijkheid "
            rf"$$1 + 5 - {_tex(_DE_FORCES.mean_strength, 2)} = {_tex(_DE_FORCES.attractiveness, 2)}$$"
        ),
        meaning=(
            "Duitsland scoort als markt iets beter dan Nederland, maar om een andere reden: niet de afnemers maar "
            "de gevestigde regionale groothandels zijn de sterkste kracht. Voor de salesmanager betekent dat: "
            "kiezen voor regio's en segmenten waar Noordstroom zich kan onderscheiden, niet breed op prijs concurreren."
        ),
        mistakes=(
            (round(_DE_FORCES.mean_strength, 2),
             "Dat is de gemiddelde kracht, nog niet de aantrekkelijkheid. Een sterke kracht maakt de markt juist minder "
             f"aantrekkelijk: spiegel het gemiddelde op de schaal, 1 + 5 − gemiddelde ({_MESO})."),
            (round(_UNWEIGHTED_ATTR, 2),
             "Je nam per kracht het gewone gemiddelde van de criteria. Weeg elk criterium met zijn gewicht: bij "
             f"concurrentie telt het aantal groothandels voor de helft ({_MESO})."),
            (round(6 - sum(_CRITERIA) / len(_CRITERIA), 2),
             "Je middelde alle criteria door elkaar. Zo telt een kracht met drie criteria zwaarder dan een kracht met "
             f"één; reken eerst per kracht en middel dan de vijf krachten ({_MESO})."),
        ),
    )

    opgave_sterkste_kracht = ChoiceExercise(
        title=f"De sterkste kracht in Duitsland ({_MESO})",
        question=(
            "Welke kracht is in Duitsland het sterkst: concurrentie, nieuwe toetreders, substituten, macht afnemers "
            "of macht leveranciers? Gebruik de gewogen scores uit de vorige opgave."
        ),
        expected=_DE_FORCES.strongest,
        options=_environment.FORCES,
        hints=("Gebruik de gewogen score per kracht, niet één los criterium.",
               "Vergelijk de vijf gewogen scores; de hoogste is de sterkste kracht."),
        solution=(
            f"**{_DE_FORCES.strongest}** ({_number(_DE_FORCES.strength[_DE_FORCES.strongest], 2)}), vóór macht "
            f"leveranciers ({_number(_DE_FORCES.strength['macht leveranciers'], 2)}) en macht afnemers "
            f"({_number(_DE_FORCES.strength['macht afnemers'], 2)}). In Nederland waren het de afnemers."
        ),
        meaning=(
            "Tegen sterke gevestigde concurrenten wint een kleine toetreder niet op prijs of op het aantal "
            "vestigingen. De salesmanager zoekt een niche waar Noordstroom iets beters biedt, zoals het ontzorgen "
            "van installateurs bij warmtepompprojecten."
        ),
        mistakes=(
            ("macht afnemers",
             f"Dat was de sterkste kracht in Nederland (het werkvoorbeeld). In Duitsland scoren de afnemers "
             f"{_number(_DE_FORCES.strength['macht afnemers'], 2)}; reken de gewogen scores voor Duitsland ({_MESO})."),
            ("macht leveranciers",
             f"De leveranciers zijn sterk in Duitsland ({_number(_DE_FORCES.strength['macht leveranciers'], 2)}), "
             f"maar één kracht scoort hoger ({_MESO})."),
        ),
        reasons=(
            Reason("In elke deelstaat zit een groothandel met een dicht net van vestigingen en vaste klanten.", True,
                   "Klopt: dat maakt de concurrentie de sterkste kracht."),
            Reason("Noordstroom kan daar het beste op reageren met lagere prijzen dan de regionale groothandels.", False,
                   "Op prijs winnen tegen grotere, gevestigde spelers lukt een kleine toetreder zelden; het verlaagt vooral "
                   "de eigen marge. Zoek onderscheid in een niche."),
            Reason("Een sterke kracht maakt de markt minder aantrekkelijk voor Noordstroom.", True,
                   "Klopt: daarom wordt de aantrekkelijkheid gespiegeld (1 + 5 − gemiddelde kracht)."),
        ),
    )

    _ES = _strategy.market_estimate(**_case_data.case_market_inputs("Spanje"))
    _ES_IN = _case_data.case_market_inputs("Spanje")

    opgave_verkooppotentieel_spanje = NumberExercise(
        title=f"Verkooppotentieel van Noordstroom Spanje ({book.ref('marktpotentieel')})",
        question=(
            f"In Spanje zijn er volgens de aannames van dit notebook {_number(_ES.buyers)} potentiële afnemers "
            f"(installatiebedrijven). Ze plaatsen gemiddeld {_number(_ES.quantity_per_buyer)} orders per jaar van "
            f"{_euro(_ES.price)}. Noordstroom Spanje bedient alleen Catalonië en de regio Madrid: daar zit "
            f"{_percent(_ES_IN['ratios']['regio'], 0)} van de afnemers. Het assortiment dekt "
            f"{_percent(_ES_IN['ratios']['assortiment'], 0)} van wat ze inkopen. Hoe groot is het verkooppotentieel "
            "van Noordstroom Spanje, in euro per jaar?"
        ),
        expected=_ES.sales_potential,
        unit="euro",
        hints=(
            "Begin met het marktpotentieel: n × q × p.",
            "Vermenigvuldig het marktpotentieel met beide verhoudingen van de kettingmethode (als fractie).",
        ),
        solution=(
            rf"$${_tex(_ES.buyers)} \times {_tex(_ES.quantity_per_buyer)} \times {_tex(_ES.price)} = "
            rf"{_tex(_ES.market_potential)}$$"
            rf"$${_tex(_ES.market_potential)} \times {_tex(_ES_IN['ratios']['regio'], 2)} \times "
            rf"{_tex(_ES_IN['ratios']['assortiment'], 2)} = {_tex(_ES.sales_potential)}$$"
        ),
        meaning=(
            f"Noordstroom Spanje zet {_euro(_ES.revenue)} om: {_percent(_ES.potential_used, 1)} van het "
            "verkooppotentieel. De ruimte zit bij afnemers die Noordstroom nu al kan bedienen; de salesmanager hoeft "
            "voor groei dus nog geen nieuwe regio te openen."
        ),
        mistakes=(
            (_ES.market_potential,
             "Dat is het marktpotentieel van heel Spanje. Noordstroom bereikt alleen haar eigen regio's en haar eigen "
             f"assortiment: vermenigvuldig nog met beide verhoudingen ({book.ref('marktpotentieel')})."),
            (_ES.steps[0],
             f"Je nam alleen de regio's mee. Het assortiment dekt maar {_percent(_ES_IN['ratios']['assortiment'], 0)} "
             f"van de inkoop: vermenigvuldig ook daarmee ({book.ref('marktpotentieel')})."),
            (_ES.market_potential * _ES_IN["ratios"]["assortiment"],
             f"Je nam alleen het assortiment mee. Noordstroom Spanje bedient alleen haar eigen regio's, met "
             f"{_percent(_ES_IN['ratios']['regio'], 0)} van de afnemers: vermenigvuldig ook met die verhouding "
             f"({book.ref('marktpotentieel')})."),
        ),
    )

    _MY = _strategy.market_estimate(**_case_data.case_market_inputs("Maleisië"))

    opgave_benutting_maleisie = NumberExercise(
        title=f"Hoeveel van haar verkooppotentieel haalt Noordstroom Maleisië? ({book.ref('marktpotentieel')})",
        question=(
            f"Noordstroom Maleisië zet {_euro(_MY.revenue)} om. Het marktpotentieel is "
            f"{_number(_MY.buyers)} × {_number(_MY.quantity_per_buyer)} × {_euro(_MY.price)}; de vestiging bedient "
            f"{_percent(_MY.ratios[0][1], 0)} van de afnemers en het assortiment dekt {_percent(_MY.ratios[1][1], 0)} "
            "van hun inkoop. Welk deel van haar verkooppotentieel haalt de vestiging? Geef een fractie (0,25 voor 25%)."
        ),
        expected=_MY.potential_used,
        unit="fractie",
        rel_tol=0.01,
        hints=(
            "Reken eerst het verkooppotentieel uit: n × q × p × beide verhoudingen.",
            "Deel de omzet door het verkooppotentieel.",
        ),
        solution=(
            rf"$$\frac{{{_tex(_MY.revenue)}}}{{{_tex(_MY.market_potential)} \times {_tex(_MY.ratios[0][1], 2)} \times "
            rf"{_tex(_MY.ratios[1][1], 2)}}} = \frac{{{_tex(_MY.revenue)}}}{{{_tex(_MY.sales_potential)}}} = "
            rf"{_tex(_MY.potential_used, 4)}$$"
        ),
        meaning=(
            f"Maleisië haalt {_percent(_MY.potential_used, 1)} van wat ze kan bereiken en {_percent(_MY.market_share, 1)} "
            "van de markt. Groei hangt daar niet af van de markt, maar van de verkoopcapaciteit: de salesmanager heeft "
            "meer accountmanagers of een partner nodig, niet meer regio's."
        ),
        mistakes=(
            (_MY.market_share,
             "Dat is het marktaandeel: omzet gedeeld door het marktpotentieel. De vraag is het deel van het "
             f"verkooppotentieel, dus ná de kettingmethode ({book.ref('marktpotentieel')})."),
        ),
    )

    _RENOVATION = next(t for t in _DE_RADAR.trends if t.name == "Renovatiegolf in de woningbouw")

    opgave_trend_naar_actie = ChoiceExercise(
        title=f"Van trend naar actie in het verkoopplan ({_KB})",
        question=(
            "Oude Duitse woningen worden op grote schaal verduurzaamd: isolatie, warmtepompen en nieuwe elektrische "
            f"installaties (trend *Renovatiegolf in de woningbouw*, {_RENOVATION.direction}, impact "
            f"{_number(_RENOVATION.impact)}, waarschijnlijkheid {_number(_RENOVATION.probability)}: cel "
            f"{_RENOVATION.quadrant}). Welke actie hoort in het verkoopplan van Noordstroom Duitsland?\n\n"
            "1. Een renovatieactie met 5% korting op warmtepompen en isolatiemateriaal voor alle installateurs, zodat "
            "ze bij de volgende order voor Noordstroom kiezen en niet voor de regionale groothandel.\n"
            "2. Per vestiging de dertig installateurs met de meeste renovatieprojecten een pakket per woningtype "
            "aanbieden, per project geleverd; doel: 120 pakketafspraken eind volgend jaar.\n"
            "3. De voorraad warmtepompen en omvormers verdubbelen en de accountmanagers vragen installateurs te "
            "melden die erom vragen; wie het eerst bestelt, krijgt bij krapte voorrang.\n"
            "4. Een vestiging openen in een deelstaat waar Noordstroom nog niet zit en veel oude woningen staan, "
            "want daar is de renovatiegolf het grootst en is de concurrentie er nog niet klaar voor.\n\n"
            "Antwoord met het nummer van de actie."
        ),
        expected="2",
        options=("1", "2", "3", "4"),
        hints=(
            "Een goede actie in een verkoopplan is concreet: wie doet wat, bij welke klanten, met welk meetbaar doel?",
            "De sterkste kracht in Duitsland is de concurrentie van de regionale groothandels (opgave 3). Waarmee "
            "win je van hen: met een lagere prijs, of met iets waarin Noordstroom anders is?",
        ),
        solution=(
            "**Actie 2.** Ze richt zich op de klanten bij wie de trend speelt (installateurs met renovatieprojecten), "
            "biedt iets waarin Noordstroom zich onderscheidt van de regionale groothandels (een pakket per "
            "woningtype, per project geleverd) en heeft een meetbaar doel met een termijn. Zo wordt een trend een "
            "onderdeel van het verkoopplan."
        ),
        meaning=(
            "Een trend wordt pas waardevol als de salesmanager hem vertaalt in een actie met een doelgroep en een "
            "meetbaar doel; in het verkoopplan krijgt ze ook een eigenaar (hier de vestigingsmanagers). Tegen sterke "
            "regionale concurrenten wint Noordstroom niet met korting, maar met ontzorgen bij projecten."
        ),
        mistakes=(
            ("1",
             "Korting kost marge op alle renovatieomzet, ook bij klanten die toch al bij Noordstroom kopen, en de "
             "regionale groothandels kunnen haar meteen volgen. Een kans benut je met iets waarin je anders bent "
             f"({_KB})."),
            ("3",
             "Voorraad is een voorwaarde, geen verkoopactie: er staat geen doelgroep in en geen doel om aan af te "
             "lezen of het werkt. Wachten tot klanten erom vragen, laat de kans aan de concurrent die ze eerst "
             f"benadert ({_KB})."),
            ("4",
             "Een nieuwe regio kost veel (vestiging, voorraad, verkopers) terwijl Noordstroom in haar eigen regio's "
             "nog maar een klein deel haalt van wat ze kan bereiken (zie deel 5 van dit notebook). Eerst winnen bij "
             f"de installateurs die ze al kan bedienen ({_KB})."),
        ),
        reasons=(
            Reason("De actie richt zich op de klanten bij wie de trend speelt: installateurs met renovatieprojecten.",
                   True, "Klopt."),
            Reason("De actie heeft een meetbaar doel met een termijn, zodat je haar kunt volgen.", True, "Klopt."),
            Reason("De actie is de goedkoopste van de vier.", False,
                   "Een pakket per woningtype en levering per project kosten juist geld. Niet de kosten maken de actie "
                   "goed, maar dat ze past bij wat de trend vraagt en dat je haar kunt meten."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_niveau = lazy_from(_case, "opgave_niveau")
opgave_actie_duitsland = lazy_from(_case, "opgave_actie_duitsland")
opgave_cel_subsidie = lazy_from(_case, "opgave_cel_subsidie")
opgave_krachten_duitsland = lazy_from(_case, "opgave_krachten_duitsland")
opgave_sterkste_kracht = lazy_from(_case, "opgave_sterkste_kracht")
opgave_verkooppotentieel_spanje = lazy_from(_case, "opgave_verkooppotentieel_spanje")
opgave_benutting_maleisie = lazy_from(_case, "opgave_benutting_maleisie")
opgave_trend_naar_actie = lazy_from(_case, "opgave_trend_naar_actie")

#: The chapter's exercises, in the order of the chapter.
EXERCISES = [
    opgave_niveau,
    opgave_krachten_duitsland,
    opgave_sterkste_kracht,
    opgave_actie_duitsland,
    opgave_cel_subsidie,
    opgave_trend_naar_actie,
    opgave_verkooppotentieel_spanje,
    opgave_benutting_maleisie,
]
