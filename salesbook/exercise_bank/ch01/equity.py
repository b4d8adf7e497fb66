"""Chapter 1 exercises on customer equity (§ 1.1.2): the weighted score and the gap to a competitor."""

from __future__ import annotations

import functools as _functools
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book
from salesbook import equity
from salesbook.exercises import NumberExercise, lazy_from
from salesbook.formatting import number as _number


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


@_functools.cache
def _case() -> _SimpleNamespace:
    """The chapter's case values and exercises, computed from the case data on first use.

    Nothing is read when the module is imported: the first check, hint or display of one of
    the exercises below builds them all, once.
    """
    _eq_drivers = equity.driver_scores(EQUITY_SCORES_NOORDSTROOM)
    _eq_weights_text = ", ".join(f"{d} {_number(g, 1)}" for d, g in EQUITY_WEIGHTS.items())
    _eq_products = " + ".join(f"{_number(EQUITY_WEIGHTS[d], 1)} × {_number(_eq_drivers[d], 1)}" for d in equity.DRIVERS)
    _eq_terms = " + ".join(_number(EQUITY_WEIGHTS[d] * _eq_drivers[d], 1) for d in equity.DRIVERS)
    _eq_score = equity.customer_equity_score(EQUITY_SCORES_NOORDSTROOM, EQUITY_WEIGHTS)

    opgave_equity = NumberExercise(
        title=f"Gewogen customer equity van Noordstroom ({book.ref('customer-equity')})",
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
             f"vermenigvuldig elke driverscore met zijn gewicht en tel op ({book.ref('customer-equity')})."),
            (sum(EQUITY_SCORES_NOORDSTROOM.values()) / len(EQUITY_SCORES_NOORDSTROOM),
             "Je nam het gemiddelde van alle tien subaspecten. Bereken eerst per driver een gemiddelde en weeg "
             f"daarna de drie driverscores met hun gewicht ({book.ref('customer-equity')})."),
            (sum(EQUITY_WEIGHTS[d] * sum(EQUITY_SCORES_NOORDSTROOM[k] for k in keys) for d, keys in equity.DRIVERS.items()),
             "Je woog de totalen per driver in plaats van de gemiddelden. Deel eerst door het aantal subaspecten, "
             f"zodat elke driverscore weer op de schaal 1–10 staat ({book.ref('customer-equity')})."),
            (EQUITY_WEIGHTS["relation equity"] * _eq_drivers["value equity"] + EQUITY_WEIGHTS["brand equity"] * _eq_drivers["brand equity"]
             + EQUITY_WEIGHTS["value equity"] * _eq_drivers["relation equity"],
             "Je hebt de gewichten van value equity en relation equity verwisseld. Kijk nog eens welk gewicht bij "
             f"welke driver hoort ({book.ref('customer-equity')})."),
        ),
    )

    _eq_gaps = equity.compare_with_competitor(EQUITY_SCORES_NOORDSTROOM, EQUITY_SCORES_CONCURRENT)
    _eq_worst = min(_eq_gaps.sub_aspects, key=_eq_gaps.sub_aspects.get)

    opgave_equity_verschil = NumberExercise(
        title=f"Achterstand op de concurrent in relation equity ({book.ref('customer-equity')})",
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
             f"subaspecten (vier) ({book.ref('customer-equity')})."),
            (EQUITY_WEIGHTS["relation equity"] * _eq_gaps.drivers["relation equity"],
             "Je vermenigvuldigde het verschil met het gewicht. Gevraagd is het verschil in driverscore zelf, "
             f"zonder weging ({book.ref('customer-equity')})."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_equity = lazy_from(_case, "opgave_equity")
opgave_equity_verschil = lazy_from(_case, "opgave_equity_verschil")
