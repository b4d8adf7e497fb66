"""Chapter 1 exercise on customer needs versus customer values (Tabel 1.1), with a justification step."""

from __future__ import annotations

import functools as _functools
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book
from salesbook.exercises import ChoiceExercise, Reason, lazy_from

# What a buyer of a hospital group says to Noordstroom's account manager, numbered as in the question.
HOSPITAL_STATEMENTS = {
    "1": "installaties die niet storen",
    "2": "energiezuinige pompen en ventilatoren",
    "3": "de zekerheid dat de zorg voor patiënten nooit stilvalt",
    "4": "een storingsdienst die dag en nacht bereikbaar is",
}


@_functools.cache
def _case() -> _SimpleNamespace:
    """The exercise, built on first use (nothing is computed when the module is imported)."""
    _ref = book.ref("klantbehoeften-en-klantwaarden")
    _list = "; ".join(f"({k}) {v}" for k, v in HOSPITAL_STATEMENTS.items())

    opgave_behoeften = ChoiceExercise(
        title=f"Klantbehoefte of klantwaarde? ({_ref}, tabel 1.1)",
        question=(
            "De inkoper van een ziekenhuisgroep vertelt de accountmanager van Noordstroom wat hij belangrijk vindt: "
            f"{_list}. Drie hiervan zijn klantbehoeften, één is een klantwaarde. Welke is de klantwaarde? "
            "Geef het nummer."
        ),
        expected="3",
        options=tuple(HOSPITAL_STATEMENTS),
        unit="tekst",
        reasons=(
            Reason("Het zegt waaróm de klant iets wil, niet wat het aanbod moet kunnen.", True,
                   "Een klantwaarde is het doel achter de eisen."),
            Reason("De andere drie uitspraken dienen dit doel.", True,
                   "Storingsvrij, zuinig en een storingsdienst helpen allemaal om de zorg draaiende te houden."),
            Reason("Het is de eis die Noordstroom het meeste geld kost.", False,
                   "De kosten voor de leverancier bepalen niet of iets een behoefte of een waarde is."),
            Reason("Het is een functionele eigenschap van het product.", False,
                   "Functionele eigenschappen (storingsvrij, energiezuinig) zijn juist klantbehoeften."),
        ),
        hints=(
            "Een klantbehoefte is iets wat het product of de dienst moet hebben of doen. Een klantwaarde is wat "
            "de klant er uiteindelijk mee wil bereiken.",
            "Vraag bij elke uitspraak: waarom wil de inkoper dit? Bij welke uitspraak kun je die vraag niet meer "
            "met een eigenschap van het aanbod beantwoorden?",
        ),
        solution=(
            "Storingsvrije installaties, zuinige pompen en een storingsdienst die altijd bereikbaar is, zijn "
            "eisen aan het aanbod: klantbehoeften. Ze dienen allemaal één doel van de klant: de zekerheid dat de "
            "zorg nooit stilvalt. Dat is de klantwaarde (uitspraak 3)."
        ),
        meaning=(
            "Wie alleen op de behoeften verkoopt, concurreert op specificaties en prijs. Wie laat zien hoe het "
            "aanbod de klantwaarde dient (continuïteit van de zorg), spreekt de directie aan en niet alleen de "
            "inkoper. Sluiten de klantwaarden aan bij wat Noordstroom zelf belangrijk vindt, dan is er een klik."
        ),
        mistakes=(
            ("1", f"Storingsvrij is een eis aan de installatie: een functionele klantbehoefte ({_ref})."),
            ("2", f"Energiezuinig gaat over de kosten van het gebruik: een economische klantbehoefte ({_ref})."),
            ("4", "Een storingsdienst is een dienst die het aanbod moet bevatten: een klantbehoefte. Waarom wil "
                  f"de klant die dienst? ({_ref})."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_behoeften = lazy_from(_case, "opgave_behoeften")

