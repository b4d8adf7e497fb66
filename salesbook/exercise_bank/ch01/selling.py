"""Chapter 1 exercises on selling approaches (§ 1.2) and the sales manager's competences (§ 1.3)."""

from __future__ import annotations

import functools as _functools
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book
from salesbook.exercises import ChoiceExercise, Reason, lazy_from


@_functools.cache
def _case() -> _SimpleNamespace:
    """The chapter's case values and exercises, computed from the case data on first use.

    Nothing is read when the module is imported: the first check, hint or display of one of
    the exercises below builds them all, once.
    """
    opgave_benadering = ChoiceExercise(
        title=f"Welke verkoopbenadering? ({book.ref('verkoopbenaderingen-h1')})",
        question=(
            "Een scheepswerf wil de inkoop van 2.000 installatie-onderdelen per schip anders organiseren. "
            "De accountmanager van Noordstroom brengt eerst het hele inkoopproces van de werf in kaart, van "
            "tekening tot montage, en spreekt met de inkoper, de werkvoorbereider én de directeur. Daarna komt "
            "hij met een idee waar de werf zelf niet aan had gedacht: Noordstroom labelt alle onderdelen per "
            "montageplek en zet zijn artikelen in het tekenprogramma van de werf. Hij begeleidt de invoering "
            f"samen met de klant. Welke verkoopbenadering uit {book.ref('verkoopbenaderingen-h1')} is dit? Kies uit: transactieverkoop, "
            "solution selling, consultative selling, integrated system selling."
        ),
        expected=("integrated system selling", "integrated system", "integrated-system selling"),
        unit="tekst",
        reasons=(
            Reason("Hij brengt eerst het hele inkoopproces van de werf in kaart, van tekening tot montage.", True,
                   "Het hele inkoopproces van de klant kennen is het procesgerichte deel (strategic selling); in "
                   f"integrated system selling komt het samen met de andere benaderingen ({book.ref('verkoopbenaderingen-h1')})."),
            Reason("Hij spreekt niet alleen met de inkoper, maar ook met de werkvoorbereider en de directeur.", True,
                   "Werken met de hele DMU, ieder met een eigen belang, is heart selling; ook dat hoort bij integrated "
                   f"system selling ({book.ref('verkoopbenaderingen-h1')})."),
            Reason("Hij komt met een oplossing waar de werf zelf niet aan had gedacht.", True,
                   "De klant verrassen met een oplossing die hij niet voor mogelijk hield (disruptive), is wat integrated "
                   f"system selling onderscheidt van solution selling ({book.ref('verkoopbenaderingen-h1')})."),
            Reason("De werf wist al welke oplossing ze wilde en zocht de leverancier met de beste voorwaarden.", False,
                   "Dat staat er niet: de werf had dit idee niet. Een inkoper die de oplossing al kent en alleen condities "
                   f"vergelijkt, hoort bij transactieverkoop ({book.ref('veranderende-rol-verkoop')})."),
            Reason("Hij werkt stap voor stap aan een probleem dat de werf zelf aandroeg.", False,
                   "Stap voor stap werken aan het probleem van de klant is consultative selling. Hier neemt de "
                   f"accountmanager zelf het initiatief ({book.ref('verkoopbenaderingen-h1')})."),
            Reason("Na zijn advies laat hij de invoering aan de werf over.", False,
                   "Hij begeleidt de invoering juist samen met de klant, en ook dat hoort bij integrated system "
                   f"selling ({book.ref('verkoopbenaderingen-h1')})."),
        ),
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
             f"de accountmanager met iets waar de klant zelf niet aan dacht en werkt hij met de hele DMU ({book.ref('verkoopbenaderingen-h1')})."),
            ("consultative selling",
             "Consultative selling werkt stap voor stap aan een probleem dat de klant aandraagt. Hier neemt de "
             f"accountmanager het initiatief en verrast hij de klant met een nieuwe oplossing ({book.ref('verkoopbenaderingen-h1')})."),
            ("transactieverkoop",
             "Bij transactieverkoop gaat het om prijs en levering van standaardproducten; de inkoper wil daar "
             f"juist geen tijd aan besteden. Dit is het tegendeel ({book.ref('veranderende-rol-verkoop')})."),
        ),
    )

    opgave_competentie = ChoiceExercise(
        title=f"Welk soort competentie? ({book.ref('competenties-en-bekwaamheden')})",
        question=(
            "De salesmanager van Noordstroom Nederland brengt elk kwartaal de verkoopcijfers, de klachten van "
            "installateurs en de plannen van inkoop en logistiek bij elkaar in één overleg. Hij zorgt dat de "
            "afdelingen van elkaars kennis gebruikmaken en dat er één gezamenlijk besluit uitkomt. Welk van de "
            "drie soorten competenties uit figuur 1.5 laat hij vooral zien: outside-in, inside-out of "
            "spanningscompetenties?"
        ),
        expected=("spanningscompetenties", "spanningscompetentie", "spanning"),
        unit="tekst",
        reasons=(
            Reason("Hij brengt kennis uit verschillende afdelingen bij elkaar: verkoopcijfers, klachten, plannen van "
                   "inkoop en logistiek.", True,
                   "Spanningscompetenties zijn het bindmiddel tussen soorten kennis uit verschillende disciplines "
                   f"({book.ref('competenties-en-bekwaamheden')}, figuur 1.5)."),
            Reason("Hij zorgt dat er één gezamenlijk besluit uit het overleg komt.", True,
                   "Binden en besluiten nemen horen bij de spanningscompetenties "
                   f"({book.ref('competenties-en-bekwaamheden')}, figuur 1.5)."),
            Reason("Hij zoekt zelf uit wat installateurs willen en hoe de concurrenten werken.", False,
                   "De markt doorgronden is outside-in. De klachten van installateurs zijn hier één van de bronnen die "
                   f"hij samenbrengt, geen eigen marktonderzoek ({book.ref('competenties-en-bekwaamheden')}, figuur 1.5)."),
            Reason("Hij zet vanuit een eigen, sterke visie een nieuw verkoopbeleid neer.", False,
                   "Een interne drive vanuit een visie die uitmondt in beleid, is inside-out. Daarover zegt de "
                   f"beschrijving niets ({book.ref('competenties-en-bekwaamheden')}, figuur 1.5)."),
            Reason("Hij maakt een betrouwbare verkoopprognose voor het komende jaar.", False,
                   "Prognoses opstellen hoort bij outside-in (de markt doorgronden). In het overleg brengt hij de cijfers "
                   f"alleen bij elkaar ({book.ref('competenties-en-bekwaamheden')}, figuur 1.5)."),
        ),
        hints=(
            "Outside-in gaat over de markt begrijpen, inside-out over de eigen drive en visie. Wat doet hij hier?",
            "Hij verbindt kennis uit verschillende afdelingen tot één besluit: welke competenties zijn het "
            "'bindmiddel'?",
        ),
        solution=(
            "**Spanningscompetenties** verbinden de outside-in- en inside-outkennis: inzicht, samenwerken, "
            "verbanden zien, binden en besluiten nemen. Door kennis van verkoop, klanten, inkoop en logistiek "
            "samen te brengen ontstaat synergie; de bekwaamheden van de afdelingen worden samen een "
            f"concurrentievoordeel ({book.ref('competenties-en-bekwaamheden')})."
        ),
        meaning=(
            "Een houdbaar concurrentievoordeel ontstaat pas als bekwaamheden van verschillende afdelingen worden "
            "gecombineerd; de salesmanager is daarin de verbinder, niet alleen de beste verkoper."
        ),
        mistakes=(
            ("outside-in",
             "Outside-in gaat over het doorgronden van de markt: klanten, concurrenten, kansen. Deze salesmanager "
             f"verbindt vooral interne kennis tot een besluit ({book.ref('competenties-en-bekwaamheden')}, figuur 1.5)."),
            ("inside-out",
             "Inside-out is de interne drive op basis van een sterke visie. Hier gaat het om het verbinden van "
             f"kennis uit verschillende afdelingen ({book.ref('competenties-en-bekwaamheden')}, figuur 1.5)."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_benadering = lazy_from(_case, "opgave_benadering")
opgave_competentie = lazy_from(_case, "opgave_competentie")
