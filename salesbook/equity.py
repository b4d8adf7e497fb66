"""Customer equity (§ 1.1.2, figuur 1.1): the value a customer gets from a supplier, in three drivers.

A student scores a company of choice (and optionally its main competitor) on every sub-aspect
of the three drivers — value equity, brand equity and relation equity — on a scale of 1 to 10,
and sets how much the customer cares about each driver (weights that sum to 1). This replaces
the Excel tool for value propositions on the book's website.

    driverscore_d           = gemiddelde van de subaspectscores van driver d
    customer equity-score   = Σ_d gewicht_d × driverscore_d      (Σ gewicht_d = 1)
    verschil (gap)          = eigen score − score concurrent

Scores are passed as one flat mapping from sub-aspect key to score, e.g.
``{"economisch": 8, "functioneel": 7, …}``; :data:`DRIVERS` lists the keys per driver.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from salesbook import validation
from salesbook.errors import SalesbookError
from salesbook.strategy import weighted_score

SCORE_MIN, SCORE_MAX = 1, 10
BASE_THRESHOLD = 6.0  # below this, value equity is too weak to carry brand and relation equity


@dataclass(frozen=True)
class Aspect:
    """One sub-aspect of a customer-equity driver, with the texts a student sees."""

    driver: str
    label: str
    explanation: str
    next_step: str


ASPECTS: dict[str, Aspect] = {
    # value equity: what the offer itself yields for the customer
    "economisch": Aspect(
        "value equity", "economisch voordeel",
        "Wat het aanbod de klant in geld oplevert of bespaart: prijs, totale kosten over de "
        "levensduur (TCO), onderhoud, en geen verspilling van tijd of geld.",
        "reken samen met de klant de totale kosten (TCO) door en laat zwart op wit zien waar hij "
        "tijd en geld bespaart"),
    "functioneel": Aspect(
        "value equity", "functioneel voordeel",
        "Hoe goed het product of de dienst zijn werk doet: gebruiksgemak, capaciteit, weinig "
        "uitval, laag energieverbruik.",
        "zoek uit welke prestatie-eisen voor de klant het zwaarst wegen en verbeter of bewijs juist "
        "die (demo, proefplaatsing, meetgegevens)"),
    "psychologisch": Aspect(
        "value equity", "psychologisch voordeel",
        "Het gevoel dat het aanbod de klant geeft: het juiste model of ontwerp, aanzien, maar ook "
        "vrijheid: geen overstapdrempels en niet vastzitten aan één leverancier.",
        "haal overstapdrempels en knellende contractvoorwaarden weg en laat de klant zien dat hij "
        "met jullie een verstandige keuze maakt"),
    # brand equity: what the supplier's name means to the customer
    "betrouwbaarheid": Aspect(
        "brand equity", "betrouwbaarheid",
        "Doet de leverancier wat hij belooft: levertijden halen, constante kwaliteit, afspraken "
        "nakomen.",
        "meet de leverbetrouwbaarheid en het nakomen van afspraken, los structurele missers eerst "
        "op en laat de klant de verbetering zien"),
    "reputatie": Aspect(
        "brand equity", "reputatie",
        "Hoe er in de markt over de leverancier wordt gesproken: naam, imago, bekendheid en wat "
        "andere klanten vertellen.",
        "verzamel referenties en klantcases van tevreden klanten en zet die in bij prospects "
        "(content marketing, social selling)"),
    "merkwaarden": Aspect(
        "brand equity", "merkwaarden & thuisvoelen",
        "Of de klant zich herkent in waar het merk voor staat en zich bij de leverancier 'thuis' "
        "voelt.",
        "maak de merkwaarden concreet in het gedrag van iedereen met klantcontact en vraag klanten "
        "wat het merk voor hen betekent"),
    # relation equity: what the customer gains from the relationship itself
    "betrokkenheid": Aspect(
        "relation equity", "betrokkenheid",
        "De klant merkt dat de leverancier meedenkt en zich inzet voor zijn succes; medewerkers "
        "zijn 'fan' van de klant.",
        "plan vaste relatiemomenten (accountreviews) en geef de klant één vast aanspreekpunt dat "
        "zijn business kent"),
    "informatie": Aspect(
        "relation equity", "proactieve informatie",
        "De leverancier informeert de klant uit zichzelf en op tijd, bijvoorbeeld over levering, "
        "storingen, nieuwe mogelijkheden of marktontwikkelingen.",
        "spreek af welke informatie de klant ongevraagd en op tijd krijgt (levering, storingen, "
        "nieuwe oplossingen) en leg dat vast in het accountplan"),
    "coaching": Aspect(
        "relation equity", "afstemming & coaching",
        "De leverancier stemt oplossingen af op de situatie van de klant en begeleidt hem bij "
        "vernieuwende ('disruptive') oplossingen.",
        "begeleid de klant bij de invoering van nieuwe oplossingen met een gezamenlijk "
        "implementatieplan en training van zijn mensen"),
    "flexibiliteit": Aspect(
        "relation equity", "flexibiliteit & risicoreductie",
        "De leverancier beweegt mee als de situatie verandert en neemt de klant risico's uit "
        "handen: maatwerk, garanties, snel schakelen bij spoed.",
        "bied garanties of een proefperiode en maak afspraken over snel schakelen bij spoed of "
        "wijzigingen"),
}

# Driver → its sub-aspect keys (figuur 1.1), e.g. DRIVERS["value equity"] ==
# ('economisch', 'functioneel', 'psychologisch'); the texts per sub-aspect are in ASPECTS.
DRIVERS: dict[str, tuple[str, ...]] = {
    driver: tuple(key for key, aspect in ASPECTS.items() if aspect.driver == driver)
    for driver in ("value equity", "brand equity", "relation equity")
}
DRIVER_EXPLANATIONS: dict[str, str] = {
    "value equity": "De voordelen van het aanbod zelf, afgewogen tegen wat het de klant kost: "
                    "de basis van elke klantrelatie.",
    "brand equity": "Wat de naam van de leverancier voor de klant betekent: vertrouwen, imago "
                    "en het gevoel erbij te horen.",
    "relation equity": "Wat de klant haalt uit de relatie met de leverancier: meedenken, "
                       "informatie, begeleiding en flexibiliteit.",
}



def check_scores(scores: object, name: str = "scores") -> dict[str, float]:
    """Validate a flat mapping sub-aspect → score: every sub-aspect present, each 1 to 10.

    Returns the scores as floats, in the order of :data:`ASPECTS`.

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (customer equity, figuur 1.1); Rust,
      Zeithaml & Lemon, Driving Customer Equity (2000).

    >>> check_scores({"economisch": 8})
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: scores mist een score voor: 'functioneel', 'psychologisch', 'betrouwbaarheid', 'reputatie', 'merkwaarden', 'betrokkenheid', 'informatie', 'coaching', 'flexibiliteit'
    """
    if not isinstance(scores, Mapping):
        raise SalesbookError(
            f"{name} moet een woordenboek (dict) zijn van subaspect naar score, bijvoorbeeld "
            f"{{'economisch': 8, ...}} (kreeg {validation._show(scores)})"
        )
    unknown = [k for k in scores if k not in ASPECTS]
    if unknown:
        allowed = ", ".join(f"'{k}'" for k in ASPECTS)
        raise SalesbookError(
            f"{name} bevat een onbekend subaspect: {', '.join(validation._show(k) for k in unknown)}; "
            f"toegestaan zijn {allowed}"
        )
    missing = [k for k in ASPECTS if k not in scores]
    if missing:
        raise SalesbookError(f"{name} mist een score voor: {', '.join(repr(k) for k in missing)}")
    return {
        key: validation.in_range(validation._plain(scores[key]), f"{name}['{key}']", SCORE_MIN, SCORE_MAX)
        for key in ASPECTS
    }


def driver_scores(scores: Mapping[str, float]) -> dict[str, float]:
    """The score per driver: the mean of its sub-aspect scores (each 1–10).

        driverscore_d = (1/n_d) · Σ subaspectscore, over the n_d sub-aspects of driver d

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (customer equity, figuur 1.1); Rust,
      Zeithaml & Lemon, Driving Customer Equity (2000).

    >>> own = {"economisch": 8, "functioneel": 7, "psychologisch": 6,
    ...        "betrouwbaarheid": 9, "reputatie": 8, "merkwaarden": 7,
    ...        "betrokkenheid": 6, "informatie": 4, "coaching": 5, "flexibiliteit": 5}
    >>> driver_scores(own)
    {'value equity': 7.0, 'brand equity': 8.0, 'relation equity': 5.0}
    """
    clean = check_scores(scores)
    return {driver: sum(clean[k] for k in keys) / len(keys) for driver, keys in DRIVERS.items()}


def scores_by_driver(scores: Mapping[str, float]) -> dict[str, dict[str, float]]:
    """The scores grouped as figuur 1.1 groups them: driver → {sub-aspect label: score}.

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (customer equity, figuur 1.1).

    >>> scores_by_driver(dict.fromkeys(ASPECTS, 7))["value equity"]
    {'economisch voordeel': 7.0, 'functioneel voordeel': 7.0, 'psychologisch voordeel': 7.0}
    """
    clean = check_scores(scores)
    return {driver: {ASPECTS[k].label: clean[k] for k in keys} for driver, keys in DRIVERS.items()}


def customer_equity_score(scores: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """The weighted customer-equity score (1–10) of one company.

        customer equity-score = Σ_d gewicht_d × driverscore_d

    ``weights`` maps each driver ('value equity', 'brand equity', 'relation equity') to how
    much the customer cares about it; the weights are fractions that sum to 1.

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (customer equity, figuur 1.1); Rust,
      Zeithaml & Lemon, Driving Customer Equity (2000).

    >>> own = {"economisch": 8, "functioneel": 7, "psychologisch": 6,
    ...        "betrouwbaarheid": 9, "reputatie": 8, "merkwaarden": 7,
    ...        "betrokkenheid": 6, "informatie": 4, "coaching": 5, "flexibiliteit": 5}
    >>> customer_equity_score(own, {"value equity": 0.5, "brand equity": 0.2, "relation equity": 0.3})
    6.6
    """
    return weighted_score(driver_scores(scores), _check_weights(weights))


def _check_weights(weights: object) -> dict[str, float]:
    if not isinstance(weights, Mapping):
        raise SalesbookError(
            "gewichten moet een woordenboek (dict) zijn met een gewicht per driver: 'value equity', "
            f"'brand equity' en 'relation equity' (kreeg {validation._show(weights)})"
        )
    return dict(weights)


@dataclass(frozen=True)
class Gaps:
    """Own score minus the competitor's, per driver and per sub-aspect (positive = ahead)."""

    drivers: dict[str, float]
    sub_aspects: dict[str, float]


def compare_with_competitor(own: Mapping[str, float], competitor: Mapping[str, float]) -> Gaps:
    """The gap with the main competitor: eigen score − score concurrent.

    Per sub-aspect and per driver (the difference of the driver means); a positive gap is a
    lead, a negative gap a lag.

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (customer equity, figuur 1.1); Rust,
      Zeithaml & Lemon, Driving Customer Equity (2000).

    >>> own = dict.fromkeys(ASPECTS, 7) | {"informatie": 4}
    >>> rival = dict.fromkeys(ASPECTS, 6) | {"informatie": 8}
    >>> gaps = compare_with_competitor(own, rival)
    >>> gaps.sub_aspects["informatie"], gaps.drivers["value equity"]
    (-4.0, 1.0)
    """
    mine = check_scores(own, "eigen scores")
    theirs = check_scores(competitor, "scores concurrent")
    own_drivers, their_drivers = driver_scores(mine), driver_scores(theirs)
    return Gaps(
        drivers={d: own_drivers[d] - their_drivers[d] for d in DRIVERS},
        sub_aspects={k: mine[k] - theirs[k] for k in ASPECTS},
    )


@dataclass(frozen=True)
class EquityFindings:
    """What the scores say, as numbers and names; :mod:`salesbook.widgets.equity` words it.

    ``weak_drivers`` are the drivers below the threshold, value equity first and then by
    weight; ``weak_aspects`` gives, per weak driver, its sub-aspects below the threshold, lowest
    first. Without weak drivers, ``focus`` is (weakest driver, its lowest sub-aspect). The
    competitor fields are ``None`` without a competitor; ``largest_lag``/``largest_lead`` are the
    sub-aspects with the most negative/positive gap, ``None`` when no gap has that sign.
    """

    score: float
    drivers: dict[str, float]
    scores: dict[str, float]
    weights: dict[str, float]
    threshold: float
    strongest: tuple[str, ...]
    weakest: tuple[str, ...]
    most_important: tuple[str, ...]
    value_equity_weak: bool
    weak_drivers: tuple[str, ...]
    weak_aspects: dict[str, tuple[str, ...]]
    focus: tuple[str, str] | None
    competitor_score: float | None = None
    competitor_scores: dict[str, float] | None = None
    gaps: Gaps | None = None
    largest_lag: str | None = None
    largest_lead: str | None = None

    @property
    def all_drivers_equal(self) -> bool:
        """True when the three driver scores are the same."""
        return max(self.drivers.values()) == min(self.drivers.values())


def equity_findings(
    own: Mapping[str, float],
    weights: Mapping[str, float],
    competitor: Mapping[str, float] | None = None,
    *,
    threshold: float = BASE_THRESHOLD,
) -> EquityFindings:
    """Read the scores the way the book does (§ 1.1.2), as numbers and names.

    Rules: the strongest and weakest driver are the highest and lowest driver score; a driver
    is weak when its score is below ``threshold`` (default 6); value equity is the base: when
    it is weak, brand and relation equity cannot make up for it. For every weak driver (value
    equity first, then by weight) the next steps come from its sub-aspects below the threshold;
    without weak drivers, the weakest driver's lowest sub-aspect is the focus. With a
    competitor: both weighted scores, the gaps per driver and sub-aspect, and the largest lag
    and lead.

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (customer equity, figuur 1.1); Rust,
      Zeithaml & Lemon, Driving Customer Equity (2000).

    >>> own = dict.fromkeys(ASPECTS, 8) | {"economisch": 5, "functioneel": 5, "psychologisch": 6}
    >>> f = equity_findings(own, {"value equity": 0.5, "brand equity": 0.25, "relation equity": 0.25})
    >>> round(f.score, 2), f.weakest, f.value_equity_weak, f.weak_aspects["value equity"]
    (6.67, ('value equity',), True, ('economisch', 'functioneel'))
    """
    limit = validation.in_range(threshold, "drempel", SCORE_MIN, SCORE_MAX)
    mine = check_scores(own, "eigen scores")
    drivers = driver_scores(mine)
    score = customer_equity_score(mine, weights)
    clean_weights = dict(weights)
    high, low = max(drivers.values()), min(drivers.values())
    top_weight = max(clean_weights.values())
    weak = [d for d in DRIVERS if drivers[d] < limit]
    weak.sort(key=lambda d: (d != "value equity", -clean_weights[d]))
    weak_aspects = {d: tuple(sorted((k for k in DRIVERS[d] if mine[k] < limit), key=lambda k: mine[k]))
                    for d in weak}
    focus = None
    if not weak:
        d = min(DRIVERS, key=lambda x: drivers[x])
        focus = (d, min(DRIVERS[d], key=lambda x: mine[x]))
    extra: dict[str, object] = {}
    if competitor is not None:
        theirs = check_scores(competitor, "scores concurrent")
        gaps = compare_with_competitor(mine, theirs)
        worst = min(gaps.sub_aspects, key=lambda k: gaps.sub_aspects[k])
        best = max(gaps.sub_aspects, key=lambda k: gaps.sub_aspects[k])
        extra = {
            "competitor_score": customer_equity_score(theirs, weights),
            "competitor_scores": theirs,
            "gaps": gaps,
            "largest_lag": worst if gaps.sub_aspects[worst] < 0 else None,
            "largest_lead": best if gaps.sub_aspects[best] > 0 else None,
        }
    return EquityFindings(
        score=score, drivers=drivers, scores=mine, weights=clean_weights, threshold=limit,
        strongest=tuple(d for d, v in drivers.items() if v == high),
        weakest=tuple(d for d, v in drivers.items() if v == low),
        most_important=tuple(d for d in DRIVERS if clean_weights[d] == top_weight),
        value_equity_weak=drivers["value equity"] < limit,
        weak_drivers=tuple(weak), weak_aspects=weak_aspects, focus=focus, **extra,
    )


def __getattr__(name: str):
    """``interpret_equity`` (the Dutch sentences) moved to :mod:`salesbook.widgets.equity`; the old
    name resolves there lazily, so a model import never loads the widget layer."""
    if name == "interpret_equity":
        import salesbook.widgets.equity as view   # lazy on purpose: only an old notebook cell asks for it
        return view.interpret_equity
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
