"""Ladder diagnostics: at which stage of a growth model is an organisation?

Chapter 1 has two such ladders: Kotler's four relations between Marketing and Sales
(§ 1.1.1: undefined → defined → aligned → integrated) and the transition from an internally
oriented to a customer-oriented organisation (§ 1.4, figuur 1.6: interngericht → klantbewust →
klantinzicht → klantgericht). Both are answered with statements; the engine is generic.

The rule (:func:`diagnose`):

* every statement is answered with ja/nee (True/False) or with agreement on a 1–5 scale
  (1 = helemaal oneens … 5 = helemaal eens); ja counts as 1, nee as 0, and a score a as
  (a − 1) / 4, so 1 → 0, 3 → 0.5 and 5 → 1;
* a stage's score is the mean over its statements; a stage is *met* when that score is at
  least ``threshold`` (default 0.6: "grotendeels herkend");
* the organisation is at the highest stage that is met *together with all stages below it*.
  The statements are written cumulatively (an integrated organisation also recognises the
  statements of aligned and defined), so a stage cannot be skipped. The lowest stage is the
  starting point: an organisation is always at least there, even when its basic statements
  are not met (the diagnosis then says so in a note).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from salesbook import formatting, validation
from salesbook.errors import SalesbookError

DEFAULT_THRESHOLD = 0.6
SCALE_MIN, SCALE_MAX = 1, 5
YES, NO = ("ja", "j", "yes", "y", "waar"), ("nee", "n", "no", "onwaar")
_EPS = 1e-9


@dataclass(frozen=True)
class Statement:
    """One statement a student answers; ``id`` is the key in the answers mapping."""

    id: str
    text: str


@dataclass(frozen=True)
class Stage:
    """One step of a ladder: what it looks like, how to recognise it, and what to do next."""

    key: str
    name: str
    summary: str
    characteristics: tuple[str, ...]
    statements: tuple[Statement, ...]
    advice: tuple[str, ...]


@dataclass(frozen=True)
class Ladder:
    """Stages from the lowest to the highest, with advice that holds for every stage."""

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


@dataclass(frozen=True)
class Diagnosis:
    """The outcome of a ladder diagnostic (all texts in Dutch)."""

    ladder: str
    stage: str
    name: str
    index: int
    explanation: str
    characteristics: tuple[str, ...]
    advice: tuple[str, ...]
    stage_scores: dict[str, float] = field(repr=False)
    stage_met: dict[str, bool] = field(repr=False)
    notes: tuple[str, ...] = field(default=(), repr=False)

    def _repr_markdown_(self) -> str:
        """The outcome as a notebook shows it: the stage, what it means and what to do next."""
        lines = [f"**{self.name}.** {self.explanation}", "", "**Wat nu?**", ""]
        lines += [f"- {a}" for a in self.advice]
        lines += [f"\n*Let op:* {n}" for n in self.notes]
        return "\n".join(lines)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().strip().lower()


def answer_value(answer: object, name: str) -> float:
    """An answer as a degree of agreement between 0 and 1.

        ja / True → 1;  nee / False → 0;  score a op 1–5 → (a − 1) / 4

    Source: the pack's own helper for the ladder diagnostics of H1.

    >>> answer_value("ja", "stelling 1"), answer_value(4, "stelling 2"), answer_value(False, "stelling 3")
    (1.0, 0.75, 0.0)
    >>> answer_value(7, "stelling 'aligned_1'")
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: antwoord bij stelling 'aligned_1' moet ja/nee (True/False) of een geheel getal van 1 (helemaal oneens) tot en met 5 (helemaal eens) zijn (kreeg 7)
    """
    if isinstance(answer, bool):
        return 1.0 if answer else 0.0
    if isinstance(answer, str):
        folded = _fold(answer)
        if folded in YES:
            return 1.0
        if folded in NO:
            return 0.0
        if folded.isdigit():
            answer = int(folded)
    answer = validation._plain(answer)
    allowed = (f"antwoord bij {name} moet ja/nee (True/False) of een geheel getal van {SCALE_MIN} "
               f"(helemaal oneens) tot en met {SCALE_MAX} (helemaal eens) zijn (kreeg {validation._show(answer)})")
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        raise SalesbookError(allowed)
    if not math.isfinite(answer) or answer != int(answer) or not SCALE_MIN <= answer <= SCALE_MAX:
        raise SalesbookError(allowed)
    return (int(answer) - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)


def _check_answers(ladder: Ladder, answers: object) -> dict[str, float]:
    if not isinstance(answers, Mapping):
        raise SalesbookError(
            f"antwoorden moet een woordenboek (dict) zijn van stelling naar antwoord, bijvoorbeeld "
            f"{{'{ladder.statement_ids()[0]}': 4, ...}} (kreeg {validation._show(answers)})"
        )
    ids = ladder.statement_ids()
    unknown = [k for k in answers if k not in ids]
    if unknown:
        raise SalesbookError(
            f"antwoorden bevat een onbekende stelling: {', '.join(validation._show(k) for k in unknown)}; "
            f"de stellingen heten {ids[0]} … {ids[-1]}"
        )
    missing = [k for k in ids if answers.get(k) is None]
    if missing:
        raise SalesbookError(
            f"antwoord ontbreekt bij stelling {', '.join(missing)}: geef bij elke stelling ja/nee "
            f"of een score van {SCALE_MIN} tot en met {SCALE_MAX}"
        )
    return {k: answer_value(answers[k], f"stelling '{k}'") for k in ids}


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def diagnose(ladder: Ladder, answers: Mapping[str, object], threshold: float = DEFAULT_THRESHOLD) -> Diagnosis:
    """Place an organisation on a ladder from its answers to the statements.

        stagescore = gemiddelde over de stellingen van (ja → 1, nee → 0, score a → (a − 1)/4)
        bereikt    = hoogste trede waarvoor die trede én alle lagere een stagescore ≥ drempel hebben
                     (de laagste trede is altijd het minimum)

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 (diagnoseladders: marketing–sales en
      transitiefase).

    >>> answers = dict.fromkeys(KOTLER_RELATIONS.statement_ids(), "ja") | {"integrated_1": "nee", "integrated_2": "nee"}
    >>> diagnose(KOTLER_RELATIONS, answers).name
    'Aligned'
    """
    if not isinstance(ladder, Ladder):
        raise SalesbookError(f"ladder moet een Ladder zijn, zoals KOTLER_RELATIONS (kreeg {validation._show(ladder)})")
    limit = validation.fraction(threshold, "drempel", allow_zero=False)
    values = _check_answers(ladder, answers)
    scores = {st.key: sum(values[s.id] for s in st.statements) / len(st.statements) for st in ladder.stages}
    met = {key: score >= limit - _EPS for key, score in scores.items()}

    index = 0
    for i, stage in enumerate(ladder.stages):
        if not met[stage.key]:
            break
        index = i
    stage = ladder.stages[index]
    reached = [s.name for s in ladder.stages[: index + 1]]

    notes = []
    floor = ladder.stages[0]
    if not met[floor.key]:
        notes.append(ladder.floor_note or f"Ook de basisstellingen van {floor.name} herken je grotendeels niet.")
    skipped = [s for s in ladder.stages[index + 2:] if met[s.key]]
    if skipped and index + 1 < len(ladder.stages):
        following = ladder.stages[index + 1]
        notes.append(
            f"Je herkent ook veel van {_names([s.name for s in skipped])}, maar {following.name} is nog niet "
            f"op orde. Een trede overslaan lukt zelden: werk eerst aan {following.name}."
        )

    why = ""
    if met[floor.key]:
        why = f" Je herkent de stellingen van {_names(reached)} grotendeels"
        if index + 1 < len(ladder.stages):
            nxt = ladder.stages[index + 1]
            why += (f", die van {nxt.name} nog niet ({formatting.percent(scores[nxt.key], 0)} "
                    f"tegen een drempel van {formatting.percent(limit, 0)})")
        why += "."
    explanation = f"{stage.summary}{why}"
    return Diagnosis(
        ladder=ladder.title,
        stage=stage.key,
        name=stage.name,
        index=index,
        explanation=explanation,
        characteristics=stage.characteristics,
        advice=stage.advice,
        stage_scores=scores,
        stage_met=met,
        notes=tuple(notes),
    )


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
            "Marketing en Verkoop werken ieder op hun eigen eiland: elk doet zijn eigen taken, er is "
            "geen structurele samenwerking en alleen als het botst wordt er ad hoc overlegd.",
            ("Ieder doet zijn eigen, afgebakende taken.",
             "Over elkaars werk wordt nauwelijks gepraat.",
             "Overleg alleen ad hoc, als er een conflict is.",
             "Geen structurele samenwerking."),
            _statements(
                "undefined",
                "Marketing en Verkoop weten wie bij de andere afdeling hun aanspreekpunt is.",
                "Als Marketing en Verkoop botsen, gaan ze in elk geval met elkaar in gesprek, desnoods ad hoc.",
            ),
            ("Leg vast wie wat doet: maak een taakverdeling tussen Marketing en Verkoop, bijvoorbeeld "
             "voor leads, offertes en verkoopmateriaal.",
             "Richt een paar vaste processen in, te beginnen met de overdracht van leads van Marketing "
             "naar Verkoop.",
             "Vervang het ad-hocoverleg door een vast, kort overleg, bijvoorbeeld elke maand."),
        ),
        Stage(
            "defined", "Defined",
            "Marketing en Verkoop werken samen op basis van afspraken, vaste taken en ingerichte "
            "processen; de taken zijn duidelijk afgebakend en over basiszaken weten beide wat ze van "
            "elkaar mogen verwachten. Deze klassieke vorm zie je vooral in markten die weinig veranderen.",
            ("Samenwerking op basis van afspraken, taken en ingerichte processen.",
             "De werkzaamheden zijn afgebakend.",
             "Verwachtingen worden alleen op basale onderwerpen afgestemd."),
            _statements(
                "defined",
                "Er zijn vaste afspraken over wie wat doet, bijvoorbeeld bij leads, offertes en verkoopmateriaal.",
                "Er zijn ingerichte processen voor wat tussen beide afdelingen heen en weer gaat, zoals de "
                "opvolging van leads.",
                "Over basiszaken (acties, prijslijsten, productinformatie) weten beide afdelingen wat ze "
                "van elkaar kunnen verwachten.",
            ),
            ("Maak samen één planning: een gezamenlijk jaar- en campagneplan van Marketing en Verkoop.",
             "Bespreek belangrijke klanten, producten en de marketing- en verkoopstrategie in een vast "
             "gezamenlijk overleg.",
             "Laat mensen meelopen bij de andere afdeling, zodat ze elkaars taal leren spreken en "
             "elkaars bijdrage zien."),
        ),
        Stage(
            "aligned", "Aligned",
            "De taken zijn nog verdeeld, maar de grenzen zijn flexibel: er is een gezamenlijke planning, "
            "beide afdelingen begrijpen elkaars bijdrage en overleggen samen over belangrijke klanten, "
            "producten en de strategie. Dat is nodig zodra een markt dynamischer wordt.",
            ("Afstemming en taakverdeling bestaan nog, maar zijn flexibel.",
             "Een gezamenlijke planning.",
             "Beide afdelingen spreken elkaars taal en begrijpen elkaars bijdrage.",
             "Gezamenlijk overleg over belangrijke producten, klanten en strategie."),
            _statements(
                "aligned",
                "Marketing en Verkoop maken samen één planning, bijvoorbeeld een gezamenlijk jaar- of campagneplan.",
                "Er is regelmatig gezamenlijk overleg over belangrijke klanten, producten en de marketing- "
                "en verkoopstrategie.",
                "De taakverdeling is flexibel: medewerkers begrijpen elkaars werk en springen bij als dat de "
                "klant helpt.",
            ),
            ("Stel samen KPI's op en beloon beide afdelingen op dezelfde targets, zodat het resultaat van "
             "de een ook het resultaat van de ander is.",
             "Werk met één gedeeld systeem en dezelfde klantdata (bijvoorbeeld één CRM) en analyseer samen "
             "segmenten, klanten en waardeproposities.",
             "Vorm klantgerichte teams waarin marketing- en salesmensen samen oplossingen aanbieden."),
        ),
        Stage(
            "integrated", "Integrated",
            "Er zijn geen grenzen meer tussen Marketing en Verkoop: ze delen structuur, systemen en "
            "beloning, richten zich samen op de strategie en sturen op gezamenlijke prestatie-indicatoren, "
            "gebaseerd op gezamenlijke analyses van segmenten, klanten en waardeproposities.",
            ("Geen grenzen meer tussen beide afdelingen.",
             "Gedeelde structuur, systemen en beloning.",
             "Gezamenlijke prestatie-indicatoren op basis van gezamenlijke analyses.",
             "Gedeelde verantwoordelijkheid voor de targets."),
            _statements(
                "integrated",
                "Marketing en Verkoop hebben gezamenlijke KPI's en worden samen beloond op het halen van "
                "dezelfde targets.",
                "Beide werken met dezelfde systemen en klantdata en analyseren samen segmenten, klanten en "
                "waardeproposities.",
                "Er zijn klantteams waarin marketing- en salesmensen zonder afdelingsgrens samenwerken.",
            ),
            ("Houd het vast: evalueer de gezamenlijke KPI's en de beloning elk jaar en pas ze aan als de "
             "strategie verandert.",
             "Blijf investeren in gedeelde klantdata en analyses (CRM, leadmanagement, content marketing) "
             "en maak gezamenlijke successen zichtbaar.",
             "Neem nieuwe medewerkers vanaf de eerste dag mee in de gezamenlijke werkwijze, zodat de oude "
             "afdelingsgrenzen niet terugkomen."),
        ),
    ),
    floor_note="Zelfs het basale contact ontbreekt: er is geen vast aanspreekpunt en ook bij conflicten "
               "wordt niet overlegd. Begin met elkaar te leren kennen.",
)


def classify_relation(answers: Mapping[str, object], threshold: float = DEFAULT_THRESHOLD) -> Diagnosis:
    """Kotler's relation type between Marketing and Sales (§ 1.1.1), with the next step.

    The rule of :func:`diagnose` on :data:`KOTLER_RELATIONS`; the advice is the step toward the
    next type (for Integrated: how to keep it). Statement ids: ``undefined_1`` … ``integrated_3``.

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 (relatie marketing en sales); Kotler, Rackham &
      Krishnaswamy, 'Ending the War Between Sales and Marketing', HBR (2006).

    >>> answers = dict.fromkeys(KOTLER_RELATIONS.statement_ids(), 2)
    >>> answers |= {"undefined_1": 5, "undefined_2": 4, "defined_1": 4, "defined_2": 4, "defined_3": 3}
    >>> result = classify_relation(answers)
    >>> result.name
    'Defined'
    >>> result.advice[0]
    'Maak samen één planning: een gezamenlijk jaar- en campagneplan van Marketing en Verkoop.'
    """
    return diagnose(KOTLER_RELATIONS, answers, threshold)


# --- § 1.4 transition from internally oriented to customer oriented (figuur 1.6) -------------

TRANSITION_PHASES = Ladder(
    key="transitie",
    title="Transitie van interngericht naar klantgericht",
    stage_word="fase",
    stages=(
        Stage(
            "interngericht", "Interngericht",
            "De organisatie kijkt vooral naar binnen: marges en eigen processen gaan voor, en over "
            "klanten wordt eerder geklaagd dan nagedacht.",
            ("Sturen op marge; de eigen organisatie staat voorop.",
             "Er wordt laatdunkend over klanten gesproken.",
             "Meer klachten, en klanten lopen weg.",
             "Er komen minder innovaties van de grond.",
             "Meer concurrenten, ook disruptieve nieuwkomers.",
             "Marktaandeel en financiële resultaten lopen terug."),
            _statements(
                "interngericht",
                "We weten welke klanten en producten onze omzet en marge opleveren.",
                "Klachten en vertrekkende klanten worden in elk geval geregistreerd.",
            ),
            ("Doorbreek de bijziendheid (myopia), het tunneldenken en de zelfingenomenheid: laat zien "
             "wat klachten, weglopende klanten en verlies van marktaandeel kosten.",
             "Laat het management hardop zeggen dat het anders moet, en het goede voorbeeld geven."),
        ),
        Stage(
            "klantbewust", "Klantbewust",
            "De organisatie beseft dat ze haar klanten niet echt kent: producten en diensten sluiten "
            "niet meer aan, en afdelingen (en ook verkopers onderling) denken verschillend over wat de "
            "klant wil.",
            ("We weten ongeveer wat verschillende klanttypen willen, maar kennen de echte klantwensen niet.",
             "Producten en diensten voldoen niet meer.",
             "Afdelingen, en ook verkopers onderling, verschillen van mening over de klant."),
            _statements(
                "klantbewust",
                "We erkennen openlijk dat we niet goed genoeg weten wat onze klanten willen.",
                "Het management heeft uitgesproken dat de organisatie klantgerichter moet worden.",
                "Afdelingen bespreken met elkaar waar onze producten en diensten niet meer aansluiten bij "
                "de klant.",
            ),
            ("Laat 'iedereen', ook binnendienst, techniek en logistiek, klanten ontmoeten.",
             "Maak klantprofielen en persona's van de belangrijkste klanttypen.",
             "Breng de customer journeys in kaart.",
             "Ontwikkel een ambitieuze, klantgerichte visie.",
             "Organiseer brainstorm- en trainingssessies."),
        ),
        Stage(
            "klantinzicht", "Klantinzicht",
            "De organisatie is zoekende en bouwt aan inzicht in de klant: er zijn koplopers, afwachters "
            "en tegenwerkers, het management doet actief mee en de vraag is hoe je de verandering "
            "aanpakt.",
            ("Er zijn koplopers, afwachters/meelopers en tegenwerkers.",
             "Het is nog zoeken; het management doet actief mee.",
             "De vraag is hoe het transitieproces aan te pakken."),
            _statements(
                "klantinzicht",
                "We hebben klantprofielen of persona's en kennen de customer journeys van onze "
                "belangrijkste klanttypen.",
                "Een groep koplopers werkt actief aan de verandering, en het management doet zelf mee.",
                "Ook medewerkers buiten Verkoop spreken regelmatig zelf met klanten.",
            ),
            ("Verzamel klantdata, bij klanten zelf en bij je eigen (verkoop)mensen.",
             "Breng de klantinformatie samen en verrijk die.",
             "Deel meningen en inzichten over klanten tussen afdelingen.",
             "Ga met klanten in gesprek en overleg met hen."),
        ),
        Stage(
            "klantgericht", "Klantgericht",
            "De organisatie heeft een duidelijke klantgerichte visie en verkoopstrategie, werkt "
            "voortdurend aan klantcompetenties en leert als organisatie van haar klanten.",
            ("Een duidelijke klantgerichte visie en (verkoop)strategie.",
             "Er wordt voortdurend gewerkt aan (klant)competenties.",
             "Een lerende organisatie."),
            _statements(
                "klantgericht",
                "We hebben een duidelijke klantgerichte visie en verkoopstrategie die iedereen kent.",
                "Alle afdelingen voeren de activiteiten uit die uit de klantstrategie volgen, niet alleen Verkoop.",
                "We meten regelmatig de klanttevredenheid en leren daar als organisatie van.",
            ),
            ("Voer alle activiteiten die uit de klantstrategie volgen in de hele organisatie uit.",
             "Blijf in gesprek met klanten.",
             "Meet de klanttevredenheid en stuur bij."),
        ),
    ),
    general_advice=(
        "Neem niet iedereen tegelijk mee: begin met een groepje gemotiveerde koplopers, ga daarna naar "
        "de grote middengroep en overtuig pas als laatste de tegenstanders; die gaan makkelijker om "
        "als ze de eerste successen zien.",
        "Maak de resultaten van de verandering zichtbaar; het management faciliteert en doet zelf "
        "actief mee.",
    ),
    floor_note="Zelfs de basis ontbreekt: er is geen zicht op welke klanten omzet en marge opleveren of "
               "welke klanten vertrekken. Begin met die cijfers: ze laten zien waarom het anders moet.",
)


def classify_transition(answers: Mapping[str, object], threshold: float = DEFAULT_THRESHOLD) -> Diagnosis:
    """The phase of the transition from internally oriented to customer oriented (§ 1.4, figuur 1.6).

    The rule of :func:`diagnose` on :data:`TRANSITION_PHASES`; the advice is the phase's
    'wat te doen?' from figuur 1.6, followed (below klantgericht) by how to bring people along:
    first the motivated koplopers, then the large middle group, and the opponents last.
    Statement ids: ``interngericht_1`` … ``klantgericht_3``.

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 (de transitiefase van de salesorganisatie).

    >>> answers = dict.fromkeys(TRANSITION_PHASES.statement_ids(), "nee")
    >>> answers |= {"interngericht_1": "ja", "interngericht_2": "ja", "klantbewust_1": "ja", "klantbewust_2": "ja"}
    >>> result = classify_transition(answers)
    >>> result.name
    'Klantbewust'
    >>> "koplopers" in result.advice[-2]
    True
    """
    result = diagnose(TRANSITION_PHASES, answers, threshold)
    if result.index < len(TRANSITION_PHASES.stages) - 1:
        advice = result.advice + TRANSITION_PHASES.general_advice
    else:
        advice = result.advice + (
            "Houd iedereen aan boord: neem nieuwe medewerkers meteen mee in de klantgerichte werkwijze en "
            "blijf successen delen, zodat niemand terugvalt in interngericht denken.",
        )
    return replace(result, advice=advice)
