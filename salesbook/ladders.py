"""The content of chapter 1's two ladder diagnostics: stage names, summaries, characteristics,
statements and advice, in Dutch for the student.

This module is content, not computation. :func:`salesbook.diagnostics.diagnose` places an
organisation on a ladder using only the stage keys and the statement ids; the widget layer
(:mod:`salesbook.widgets.diagnostics`) writes the sentences around the texts held here. A
ladder's texts are static: nothing here depends on a student's answers, so they sit apart
from the engine that does, and the engine's tests pin keys and numbers, not these words.

* :data:`KOTLER_RELATIONS` — Kotler's four relations between Marketing and Sales (H1 § 1.1.1:
  undefined → defined → aligned → integrated);
* :data:`TRANSITION_PHASES` — the transition from an internally oriented to a customer-oriented
  organisation (H1 § 1.4, figuur 1.6: interngericht → klantbewust → klantinzicht → klantgericht).

The texts are the pack's own wording of the book's descriptions: no run of more than ten
consecutive words is taken from the book. Statements are written cumulatively: an
organisation at a higher stage also recognises the statements of the stages below it.
"""

from __future__ import annotations

from dataclasses import dataclass

from salesbook import validation


@dataclass(frozen=True)
class Statement:
    """One statement a student answers; ``id`` is the key in the answers mapping."""

    id: str
    text: str


@dataclass(frozen=True)
class Stage:
    """One step of a ladder: what it looks like, how to recognise it, and what to do next.

    ``advice`` is the step toward the next stage; on the top stage, how to stay there.
    """

    key: str
    name: str
    summary: str
    characteristics: tuple[str, ...]
    statements: tuple[Statement, ...]
    advice: tuple[str, ...]


@dataclass(frozen=True)
class Ladder:
    """Stages from the lowest to the highest.

    ``general_advice`` holds for every stage below the top (shown after the stage's own advice);
    ``floor_note`` is shown when even the lowest stage's statements are not recognised.
    """

    key: str
    title: str
    stage_word: str
    stages: tuple[Stage, ...]
    general_advice: tuple[str, ...] = ()
    floor_note: str = ""

    def statements(self) -> list[Statement]:
        """All statements, lowest stage first."""
        return [s for stage in self.stages for s in stage.statements]

    def statement_ids(self) -> list[str]:
        return [s.id for s in self.statements()]

    def stage(self, key: str) -> Stage:
        for stage in self.stages:
            if stage.key == key:
                return stage
        validation.choice(key, self.stage_word, [s.key for s in self.stages])
        raise AssertionError  # pragma: no cover - choice() raised


def _statements(key: str, *texts: str) -> tuple[Statement, ...]:
    return tuple(Statement(f"{key}_{i}", text) for i, text in enumerate(texts, start=1))


# --- Kotler: four relations between Marketing and Sales (§ 1.1.1) --------------------------

KOTLER_RELATIONS = Ladder(
    key="kotler",
    title="Relatie tussen Marketing en Verkoop (Kotler)",
    stage_word="relatietype",
    stages=(
        Stage(
            "undefined", "Undefined",
            "Marketing en Verkoop gaan ieder hun eigen gang. Elke afdeling bewaakt haar eigen takenpakket, "
            "vaste samenwerking ontbreekt, en pas als er onenigheid is zoeken ze elkaar op.",
            ("Elke afdeling houdt zich bij haar eigen, scherp begrensde takenpakket.",
             "Wat de andere afdeling doet, komt zelden ter sprake.",
             "Alleen bij onenigheid wordt er overlegd, en dan ad hoc.",
             "Een vaste vorm van samenwerking ontbreekt."),
            _statements(
                "undefined",
                "Medewerkers van Marketing en Verkoop weten bij wie ze in de andere afdeling terechtkunnen.",
                "Bij onenigheid tussen Marketing en Verkoop zoeken de afdelingen elkaar in elk geval op, al is "
                "het ad hoc.",
            ),
            ("Spreek af wie wat doet: verdeel de taken tussen Marketing en Verkoop, bijvoorbeeld bij leads, "
             "offertes en verkoopmateriaal.",
             "Leg een paar vaste werkwijzen vast, om te beginnen hoe Marketing leads aan Verkoop overdraagt.",
             "Zet in plaats van overleg bij brandjes een vast, kort overleg op de agenda, bijvoorbeeld elke maand."),
        ),
        Stage(
            "defined", "Defined",
            "Marketing en Verkoop werken samen volgens vaste afspraken: wie wat doet ligt vast, de werkwijzen "
            "tussen beide afdelingen zijn ingericht en over de basis weten ze wat ze aan elkaar hebben. Je "
            "vindt deze traditionele vorm vooral in markten die langzaam veranderen.",
            ("De samenwerking rust op afspraken, een vaste taakverdeling en ingerichte werkwijzen.",
             "Elke afdeling weet waar haar werk ophoudt en dat van de ander begint.",
             "Wederzijdse verwachtingen worden alleen over basiszaken afgestemd."),
            _statements(
                "defined",
                "Er ligt vast wie wat doet, bijvoorbeeld bij leads, offertes en verkoopmateriaal.",
                "Wat tussen beide afdelingen heen en weer gaat, zoals de opvolging van leads, verloopt volgens "
                "een vaste werkwijze.",
                "Over de basis (acties, prijslijsten, productinformatie) weten Marketing en Verkoop wat ze van "
                "elkaar kunnen verwachten.",
            ),
            ("Plan voortaan samen: één jaar- en campagneplan voor Marketing en Verkoop.",
             "Zet belangrijke klanten, producten en de marketing- en verkoopstrategie op de agenda van een vast, "
             "gezamenlijk overleg.",
             "Laat medewerkers een tijd meedraaien bij de andere afdeling; zo leren ze elkaars taal en zien ze "
             "wat de ander bijdraagt."),
        ),
        Stage(
            "aligned", "Aligned",
            "Er is nog een taakverdeling, maar die is soepel: Marketing en Verkoop plannen samen, snappen wat "
            "de ander bijdraagt en praten samen over belangrijke klanten, producten en de strategie. Zodra een "
            "markt sneller verandert, heb je dit nodig.",
            ("Taken zijn nog verdeeld, maar de grenzen zijn niet star.",
             "Marketing en Verkoop maken één gezamenlijke planning.",
             "Ze verstaan elkaars vakjargon en zien wat de ander bijdraagt.",
             "Over belangrijke klanten, producten en de strategie wordt samen overlegd."),
            _statements(
                "aligned",
                "Marketing en Verkoop stellen samen één plan op, bijvoorbeeld een gezamenlijk jaar- of "
                "campagneplan.",
                "Belangrijke klanten, producten en de marketing- en verkoopstrategie worden regelmatig samen "
                "besproken.",
                "De taken zijn niet star verdeeld: medewerkers kennen elkaars werk en nemen iets over als de "
                "klant daarmee geholpen is.",
            ),
            ("Kies samen KPI's en beloon beide afdelingen op dezelfde doelen, zodat het succes van de een ook "
             "het succes van de ander is.",
             "Ga werken met één systeem en één bron van klantdata (bijvoorbeeld een gedeeld CRM) en analyseer "
             "samen welke segmenten, klanten en waardeproposities ertoe doen.",
             "Stel per klantgroep teams samen waarin marketeers en verkopers gezamenlijk met oplossingen komen."),
        ),
        Stage(
            "integrated", "Integrated",
            "Marketing en Verkoop functioneren als één geheel. Ze hebben dezelfde structuur, systemen en "
            "beloning, werken samen aan de strategie en sturen op KPI's die ze samen hebben opgesteld uit "
            "gezamenlijke analyses van segmenten, klanten en waardeproposities.",
            ("De afdelingsgrens tussen Marketing en Verkoop is verdwenen.",
             "Structuur, systemen en beloning worden gedeeld.",
             "De KPI's zijn samen opgesteld, op basis van analyses die beide afdelingen samen maken.",
             "Marketing en Verkoop zijn samen verantwoordelijk voor het halen van de targets."),
            _statements(
                "integrated",
                "Marketing en Verkoop hebben dezelfde KPI's en worden beloond op dezelfde doelen.",
                "Beide afdelingen gebruiken dezelfde systemen en klantdata en analyseren samen segmenten, "
                "klanten en waardeproposities.",
                "Er zijn klantteams waarin marketeers en verkopers samenwerken alsof er geen afdelingsgrens is.",
            ),
            ("Houd het vast: kijk elk jaar of de gezamenlijke KPI's en de beloning nog passen, en stel ze bij "
             "als de strategie verandert.",
             "Blijf investeren in gedeelde klantdata en analyses (CRM, leadmanagement, content marketing) en "
             "laat zien wat de samenwerking oplevert.",
             "Neem nieuwe medewerkers vanaf hun eerste dag mee in de gezamenlijke werkwijze, zodat de oude "
             "afdelingsmuren niet terugkomen."),
        ),
    ),
    floor_note="Zelfs het eerste contact ontbreekt: er is geen vast aanspreekpunt, en ook bij onenigheid "
               "praten de afdelingen niet met elkaar. Begin met kennismaken.",
)


# --- § 1.4 transition from internally oriented to customer oriented (figuur 1.6) -------------

TRANSITION_PHASES = Ladder(
    key="transitie",
    title="Transitie van interngericht naar klantgericht",
    stage_word="fase",
    stages=(
        Stage(
            "interngericht", "Interngericht",
            "De blik is naar binnen gericht: de marge en de eigen werkwijze gaan voor, en over klanten wordt "
            "eerder gemopperd dan nagedacht.",
            ("De marge en de eigen organisatie staan voorop.",
             "Over klanten wordt neerbuigend gesproken.",
             "Het aantal klachten stijgt en klanten haken af.",
             "Nieuwe ideeën komen moeilijk van de grond.",
             "Er komen meer concurrenten bij, ook nieuwkomers die de markt op zijn kop zetten.",
             "Marktaandeel en financiële resultaten nemen af."),
            _statements(
                "interngericht",
                "We weten bij welke klanten en producten onze omzet en marge vandaan komen.",
                "We houden in elk geval bij welke klachten er binnenkomen en welke klanten vertrekken.",
            ),
            ("Doorbreek de bijziendheid (myopia), het tunneldenken en de zelfgenoegzaamheid: maak zichtbaar "
             "wat klachten, vertrekkende klanten en verloren marktaandeel kosten.",
             "Laat het management uitspreken dat het anders moet, en het zelf voordoen."),
        ),
        Stage(
            "klantbewust", "Klantbewust",
            "De organisatie merkt dat ze haar klanten niet echt kent: het aanbod past niet meer goed, en "
            "afdelingen (en zelfs verkopers onderling) hebben elk een ander beeld van wat de klant wil.",
            ("We hebben een globaal idee van wat verschillende klanttypen willen, maar de werkelijke wensen "
             "kennen we niet.",
             "Het aanbod van producten en diensten sluit niet meer aan.",
             "Afdelingen, en zelfs verkopers onderling, denken verschillend over de klant."),
            _statements(
                "klantbewust",
                "We geven openlijk toe dat we niet goed genoeg weten wat onze klanten willen.",
                "Het management heeft gezegd dat de organisatie klantgerichter moet worden.",
                "Afdelingen praten met elkaar over waar ons aanbod niet meer past bij wat de klant vraagt.",
            ),
            ("Zorg dat echt iedereen klanten ontmoet, ook binnendienst, techniek en logistiek.",
             "Beschrijf de belangrijkste klanttypen in klantprofielen en persona's.",
             "Breng de customer journeys in kaart.",
             "Formuleer een ambitieuze visie die bij de klant begint.",
             "Houd brainstorm- en trainingssessies."),
        ),
        Stage(
            "klantinzicht", "Klantinzicht",
            "De organisatie is op zoek en bouwt inzicht in de klant op. Sommigen lopen voorop, anderen wachten "
            "af of werken tegen; het management doet actief mee, en de vraag is hoe je de verandering het best "
            "aanpakt.",
            ("Er zijn voorlopers, afwachters of meelopers, en tegenstanders.",
             "Het is nog zoeken, met een management dat actief meedoet.",
             "De vraag is hoe je het veranderproces aanpakt."),
            _statements(
                "klantinzicht",
                "Voor onze belangrijkste klanttypen hebben we klantprofielen of persona's en kennen we de "
                "customer journeys.",
                "Een groep koplopers trekt de verandering, en het management doet zelf mee.",
                "Ook collega's buiten Verkoop spreken geregeld zelf met klanten.",
            ),
            ("Verzamel klantdata: bij de klanten zelf en bij je eigen (verkoop)medewerkers.",
             "Voeg de klantinformatie samen en vul die aan.",
             "Wissel tussen afdelingen meningen en inzichten over klanten uit.",
             "Ga in gesprek met klanten en overleg met hen."),
        ),
        Stage(
            "klantgericht", "Klantgericht",
            "De organisatie heeft een heldere, klantgerichte visie en verkoopstrategie, bouwt voortdurend aan "
            "haar klantcompetenties en leert als geheel van haar klanten.",
            ("Visie en (verkoop)strategie zijn duidelijk klantgericht.",
             "Aan (klant)competenties wordt doorlopend gewerkt.",
             "De organisatie blijft leren."),
            _statements(
                "klantgericht",
                "Onze klantgerichte visie en verkoopstrategie zijn helder en bij iedereen bekend.",
                "Wat uit de klantstrategie volgt, voeren alle afdelingen uit, niet alleen Verkoop.",
                "We meten geregeld hoe tevreden klanten zijn en leren daar als organisatie van.",
            ),
            ("Laat de hele organisatie uitvoeren wat uit de klantstrategie volgt.",
             "Blijf met klanten in gesprek.",
             "Meet de klanttevredenheid en stuur bij waar nodig.",
             "Houd iedereen aan boord: neem nieuwe medewerkers meteen mee in de klantgerichte werkwijze en "
             "blijf successen delen, zodat niemand terugvalt in interngericht denken."),
        ),
    ),
    general_advice=(
        "Neem niet iedereen tegelijk mee: begin met een klein groepje gemotiveerde koplopers, betrek daarna "
        "de grote middengroep en overtuig de tegenstanders als laatste; zij gaan eerder om als ze de eerste "
        "successen zien.",
        "Maak zichtbaar wat de verandering oplevert; het management maakt het mogelijk en doet zelf actief mee.",
    ),
    floor_note="Zelfs de basis ontbreekt: niemand ziet welke klanten omzet en marge opleveren of welke klanten "
               "weglopen. Begin met die cijfers; ze maken duidelijk waarom het anders moet.",
)

LADDERS: dict[str, Ladder] = {ladder.key: ladder for ladder in (KOTLER_RELATIONS, TRANSITION_PHASES)}


def ladder(key: str) -> Ladder:
    """The ladder with this key: ``"kotler"`` (:data:`KOTLER_RELATIONS`) or ``"transitie"``
    (:data:`TRANSITION_PHASES`).

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 (relatie marketing en sales, § 1.1.1; de
      transitiefase, § 1.4, figuur 1.6); the texts are the pack's own wording.

    >>> [stage.key for stage in ladder("kotler").stages]
    ['undefined', 'defined', 'aligned', 'integrated']
    >>> ladder("swot")
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: ladder moet een van 'kotler', 'transitie' zijn (kreeg 'swot')
    """
    return LADDERS[validation.choice(key, "ladder", list(LADDERS))]
