"""Strategic sales planning of the case company (chapter 2): markets per product group, objectives
per planning level, the country sales targets for 2025 and the SWOT confrontation scores.

All of it is the pack's own assumption, not the book's and not market research:

* ``markets_by_product_group`` — per country and product group the own revenue of 2024 (the sales
  history of chapter 4, so Tabel 1.2 per country), the market in 2023 and 2024 and the 2024
  revenue of the largest competitor. A country's markets add up to its revenue_2024 /
  market_share of :data:`~salesbook.generate.assumptions.COUNTRY_MARKETS` (the market chapter 3
  estimates); the split over the product groups, their growth and the competitors vary around
  the country's figures (seed ``SEEDS["strategy_markets"]``). Shares and growth are computed
  from these amounts (:func:`salesbook.case.case_markets`), so they always agree.
* ``objectives`` — the mission and an objective per planning level (company, SBU, marketing,
  sales): some SMART, some on purpose not, for the exercises.
* ``sales_targets`` — the revenue target for 2025 per country, set bottom-up by the country
  managers; they fall short of the company objective (OBJECTIVE_2025) on purpose.
* ``confrontation_scores`` — the management team's SWOT confrontation matrix for Nederland (the
  worked example) and Duitsland (the exercise): the opportunities and threats are chapter 3's
  trends with the highest priority, the strengths and weaknesses the team's own.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from salesbook.case import REVENUE_OBJECTIVE_2025
from salesbook.generate.assumptions import COUNTRIES, COUNTRY_MARKETS, PRODUCT_GROUPS, SEEDS
from salesbook.generate.history import sales_history

CASE_YEAR = 2024
# Spread of the product groups' share of a country's market around their share of the revenue
# (lognormal σ), of their market growth around the country's (normal σ, fraction per year), and of
# the largest competitor's share around the country's (lognormal σ).
MARKET_SPLIT_SPREAD = 0.15
GROWTH_SPREAD = 0.006
COMPETITOR_SPREAD = 0.30

# The largest competitor per country: a generalist (the largest in installation material and
# tools) and a specialist (the largest in lighting and protective equipment). All names fictional.
COMPETITORS: dict[str, tuple[str, str]] = {
    "Nederland": ("Technigro", "Lumenta"),
    "Midden-Oosten": ("Gulf Electro Supply", "Al Noor Lighting"),
    "Duitsland": ("Elektro-Großhandel Brandner", "Lichtwerk Süd"),
    "UK": ("Castlebridge Electrical", "SafeGear UK"),
    "België": ("Elektrodis", "Protecta Benelux"),
    "Spanje": ("Suministros Ibérica", "Luminia"),
    "Maleisië": ("Straits Electrical", "Sinar Lighting"),
}
SPECIALIST_GROUPS = ("Verlichting", "Persoonlijke beschermingsmiddelen")

# The company objective for 2025 (group revenue in euro) lives with the case's constants.
OBJECTIVE_2025 = REVENUE_OBJECTIVE_2025
# The country managers' revenue targets for 2025 (euro), set bottom-up: together 211,1 mln.
SALES_TARGETS_2025 = {
    "Nederland": 89_000_000, "Midden-Oosten": 48_500_000, "Duitsland": 36_500_000, "UK": 14_600_000,
    "België": 12_600_000, "Spanje": 8_600_000, "Maleisië": 1_300_000,
}

# Mission and objectives per planning level. Columns: niveau, eenheid, eigenaar, doelstelling.
OBJECTIVES = [
    ("missie", "Noordstroom groep", "directie",
     "Noordstroom helpt installateurs, industrie en bouw om technische projecten sneller en zuiniger af te "
     "ronden: het juiste materiaal, op het juiste moment, met advies van mensen die het vak kennen."),
    ("onderneming", "Noordstroom groep", "directie",
     "De groep haalt in 2025 een omzet van € 214 mln (2024: € 198 mln) bij een EBIT-marge van minstens 5%."),
    ("SBU", "SBU Europa", "directeur SBU Europa",
     "De vestigingen in Nederland, België, Duitsland, de UK en Spanje groeien in 2025 samen met 6% ten opzichte "
     "van 2024 en verhogen de brutomarge met 0,5 procentpunt."),
    ("SBU", "SBU Groeimarkten", "directeur SBU Groeimarkten",
     "Midden-Oosten en Maleisië groeien in 2025 met 12% ten opzichte van 2024; de debiteurendagen in het "
     "Midden-Oosten dalen vóór eind 2025 van 90 naar 70."),
    ("marketing", "Noordstroom Nederland", "marketingmanager",
     "Het marktaandeel van Verlichting in Nederland stijgt van 17% naar 18,5% vóór eind 2025."),
    ("marketing", "Noordstroom Duitsland", "marketingmanager",
     "Noordstroom wordt in Duitsland beter bekend bij installateurs."),
    ("verkoop", "Noordstroom Nederland", "salesmanager Nederland",
     "De accountmanagers winnen vóór 1 juli 2025 veertig nieuwe installateurs met minstens € 25.000 omzet per "
     "jaar, van 320 naar 360 actieve installateurs."),
    ("verkoop", "Noordstroom Duitsland", "salesmanager Duitsland",
     "Het verkoopteam verhoogt het aantal offertes aan industriële klanten naar 60 per maand."),
    ("verkoop", "Noordstroom UK", "salesmanager UK",
     "Meer focus op grote installateurs en minder tijd aan kleine klanten."),
    ("verkoop", "Noordstroom België", "salesmanager België",
     "De binnendienst verhoogt het aandeel online orders van 30% naar 45% uiterlijk eind 2025."),
]

# The management team's confrontation matrix (scores 0–5: how strongly the internal factor helps to
# seize the opportunity or blunt the threat, or how much the weakness gets in the way). Rows: the
# chapter 3 trends with the highest priority (impact × probability); columns: strengths, weaknesses.
SWOT = {
    "Nederland": dict(
        kansen=["Energietransitie", "Tekort aan technici bij klanten"],
        bedreigingen=["Inkoopcombinaties van installateurs", "Online prijsvergelijking"],
        sterktes=["Technisch advies van de binnendienst", "Levering vóór 7 uur op de bouwplaats"],
        zwaktes=["Verouderde webshop", "Weinig kennis van warmtepompen en laadpalen"],
        scores=[  # rows in the order kansen + bedreigingen; columns sterktes + zwaktes
            [4, 3, 1, 5],
            [3, 5, 2, 1],
            [1, 3, 2, 0],
            [2, 1, 5, 0],
        ],
    ),
    "Duitsland": dict(
        kansen=["Renovatiegolf in de woningbouw", "Digitale bestelportals"],
        bedreigingen=["Sterke regionale groothandels", "Inkoopverenigingen van installateurs"],
        sterktes=["Breed assortiment verlichting", "Eén bestelportal voor alle landen"],
        zwaktes=["Weinig vestigingen in Duitsland", "Onbekende merknaam"],
        scores=[
            [3, 1, 2, 3],
            [1, 5, 0, 1],
            [2, 2, 5, 3],
            [1, 3, 2, 4],
        ],
    ),
}


def markets_by_product_group() -> pd.DataFrame:
    """Per country and product group: own revenue 2024, the market in 2023 and 2024, the largest
    competitor and its revenue in 2024 (all whole euros).

    >>> df = markets_by_product_group()
    >>> len(df), round(df[df["land"] == "Nederland"]["markt_2024"].sum() / 1e6)   # 84 mln / 0,12
    (28, 700)
    """
    rng = np.random.default_rng(SEEDS["strategy_markets"])
    history = sales_history()
    revenue = history[history["maand"].dt.year == CASE_YEAR].groupby(["land", "productgroep"])["omzet"].sum()
    groups = list(PRODUCT_GROUPS)
    rows = []
    for land in COUNTRIES:
        market = COUNTRY_MARKETS[land]
        country_market = COUNTRIES[land]["revenue_2024"] / market["market_share"]
        weights = np.array([PRODUCT_GROUPS[g]["share"] for g in groups]) * rng.lognormal(0, MARKET_SPLIT_SPREAD, len(groups))
        weights /= weights.sum()
        extra = np.array([PRODUCT_GROUPS[g]["extra_growth"] for g in groups])
        growth = extra + rng.normal(0, GROWTH_SPREAD, len(groups))
        growth += market["market_growth"] - (weights * growth).sum()   # the country grows as COUNTRY_MARKETS says
        rival = market["largest_competitor"] * rng.lognormal(0, COMPETITOR_SPREAD, len(groups))
        for g, w, gr, rv in zip(groups, weights, growth, rival):
            size_2024 = country_market * w
            own = int(revenue.loc[(land, g)])
            rival_revenue = min(rv * size_2024, 0.9 * size_2024 - own)
            name = COMPETITORS[land][1 if g in SPECIALIST_GROUPS else 0]
            rows.append((land, g, own, int(round(size_2024 / (1 + gr), -3)), int(round(size_2024, -3)), name,
                         int(round(rival_revenue, -3))))
    return pd.DataFrame(rows, columns=["land", "productgroep", "omzet_2024", "markt_2023", "markt_2024",
                                       "grootste_concurrent", "omzet_concurrent_2024"])


def objectives() -> pd.DataFrame:
    """The mission and the objectives per planning level (a hand-written table, no randomness).

    >>> list(objectives()["niveau"].unique())
    ['missie', 'onderneming', 'SBU', 'marketing', 'verkoop']
    """
    return pd.DataFrame(OBJECTIVES, columns=["niveau", "eenheid", "eigenaar", "doelstelling"])


def sales_targets() -> pd.DataFrame:
    """The country managers' revenue targets for 2025 next to the revenue of 2024 (Tabel 1.2).

    >>> df = sales_targets()
    >>> int(df["omzetdoel_2025"].sum()), int(df["omzet_2024"].sum())
    (211100000, 198000000)
    """
    rows = [(land, int(COUNTRIES[land]["revenue_2024"]), SALES_TARGETS_2025[land]) for land in COUNTRIES]
    return pd.DataFrame(rows, columns=["land", "omzet_2024", "omzetdoel_2025"])


def confrontation_scores() -> pd.DataFrame:
    """The SWOT confrontation matrices of Nederland and Duitsland, one row per cell.

    >>> df = confrontation_scores()
    >>> len(df), int(df[df["land"] == "Nederland"]["score"].sum())
    (32, 38)
    """
    rows = []
    for land, swot in SWOT.items():
        external = [(e, "kans") for e in swot["kansen"]] + [(e, "bedreiging") for e in swot["bedreigingen"]]
        internal = [(i, "sterkte") for i in swot["sterktes"]] + [(i, "zwakte") for i in swot["zwaktes"]]
        for (e, e_kind), line in zip(external, swot["scores"]):
            for (i, i_kind), score in zip(internal, line):
                rows.append((land, e, e_kind, i, i_kind, score))
    return pd.DataFrame(rows, columns=["land", "extern", "soort_extern", "intern", "soort_intern", "score"])
