"""Chapter 1 exercises on Kotler's relation types (§ 1.1.1) and the transition phases (§ 1.4)."""

from __future__ import annotations

import functools as _functools
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book
from salesbook import diagnostics
from salesbook.exercises import ChoiceExercise, Reason, lazy_from


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
    _kotler = diagnostics.classify_relation(KOTLER_CASE_ANSWERS)
    _kotler_next = diagnostics.KOTLER_RELATIONS.stage(_kotler.stage).advice[0]   # the ladder's text

    opgave_kotler = ChoiceExercise(
        title=f"Welk relatietype volgens Kotler? ({book.ref('relatie-verkoop-marketing')})",
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
                   f"Gezamenlijke planning en structureel overleg over klanten zijn kenmerken van aligned ({book.ref('relatie-verkoop-marketing')})."),
            Reason("Marketing en Verkoop worden op dezelfde KPI's afgerekend.", False,
                   "Dat staat er niet: Marketing telt leads en Verkoop omzet. Gedeelde KPI's horen bij integrated "
                   f"({book.ref('relatie-verkoop-marketing')})."),
            Reason("Heeft een grote klant maatwerk nodig, dan gaat een productmarketeer mee op klantbezoek.", True,
                   f"Een flexibele taakverdeling rond de klant gaat verder dan vaste afspraken: aligned ({book.ref('relatie-verkoop-marketing')})."),
            Reason("De afdelingen overleggen alleen als er een probleem is.", False,
                   f"Er is juist elke maand overleg. Alleen ad-hocoverleg hoort bij undefined ({book.ref('relatie-verkoop-marketing')})."),
            Reason("Beide afdelingen werken in één gezamenlijk systeem.", False,
                   f"Elke afdeling werkt nog in haar eigen systeem; één systeem hoort bij integrated ({book.ref('relatie-verkoop-marketing')})."),
        ),
        hints=(
            f"Zet de kenmerken uit de beschrijving naast de vier typen van Kotler in {book.ref('relatie-verkoop-marketing')}: wat delen de "
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
             f"Die zijn nodig voor integrated ({book.ref('relatie-verkoop-marketing')})."),
            ("defined",
             "Vaste afspraken en processen zijn er inderdaad, maar de gezamenlijke planning en het maandelijkse "
             f"overleg over klanten gaan verder dan defined ({book.ref('relatie-verkoop-marketing')})."),
            ("undefined",
             "Bij undefined werken de afdelingen los van elkaar en is er alleen ad-hocoverleg. Hier is juist veel "
             f"structurele samenwerking ({book.ref('relatie-verkoop-marketing')})."),
        ),
    )

    _transition = diagnostics.classify_transition(TRANSITION_CASE_ANSWERS)

    opgave_transitie = ChoiceExercise(
        title=f"In welke fase van de transitie? ({book.ref('transitieproces')})",
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
        reasons=(
            Reason("Men geeft openlijk toe dat men niet echt weet wat installateurs willen.", True,
                   "Dat besef zonder inzicht is het kenmerk van klantbewust."),
            Reason("Het assortiment sluit volgens de vestiging zelf niet meer aan.", True,
                   "Erkennen dat producten niet meer voldoen, hoort bij klantbewust."),
            Reason("Techniek en verkoop zijn het oneens over waarom het assortiment niet meer aansluit.", True,
                   "Meningsverschillen tussen disciplines over de klant horen bij klantbewust."),
            Reason("De directie doet actief mee aan de verandering.", False,
                   "De directie spreekt alleen uit dat het anders moet. Een management dat actief meedoet, hoort "
                   "in figuur 1.6 bij klantinzicht."),
            Reason("Er komen meer klachten en klanten lopen weg.", False,
                   "Dat zijn kenmerken van interngericht. Ze verklaren waarom de vestiging wakker werd, niet "
                   "waarom ze nu klantbewust is."),
            Reason("Een groep koplopers werkt al aan klantprofielen en customer journeys.", False,
                   "Dat staat er juist níet: er is nog geen groep die de verandering trekt. Dat zou klantinzicht zijn."),
        ),
        hints=(
            "Figuur 1.6 kent vier fasen: interngericht → klantbewust → klantinzicht → klantgericht. Welke kenmerken "
            "uit de beschrijving horen bij welke fase?",
            "Erkent de organisatie al dat ze haar klanten niet kent? En wordt er al gewerkt aan klantprofielen, "
            "customer journeys en een groep koplopers?",
        ),
        solution=(
            "De vestiging beseft dat ze haar klanten niet goed kent, ziet dat het assortiment niet meer aansluit en de "
            "afdelingen verschillen van mening over wat de klant wil: dat zijn kenmerken van klantbewust. Klantprofielen, "
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
             f"({book.ref('transitieproces')}, figuur 1.6)."),
            ("klantinzicht",
             "Voor klantinzicht wordt er al gebouwd aan inzicht: klantprofielen, customer journeys en koplopers die "
             f"de verandering trekken. Dat is hier nog niet zo ({book.ref('transitieproces')}, figuur 1.6)."),
            ("klantgericht",
             "Klantgericht betekent een duidelijke klantgerichte visie die de hele organisatie uitvoert, en "
             f"klanttevredenheid die gemeten wordt. Daar is deze vestiging nog ver vandaan ({book.ref('transitieproces')})."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_kotler = lazy_from(_case, "opgave_kotler")
opgave_transitie = lazy_from(_case, "opgave_transitie")
