"""The environment of the case company (chapter 3): trends with the management team's scores,
the inputs of a market-potential estimate per country, and five-forces scores.

All three are the pack's own assumptions, not the book's and not market research. The trends and
five-forces scores are hand-set tables (judgements of Noordstroom's management team); the
market-potential inputs are calibrated on :data:`~salesbook.generate.assumptions.COUNTRY_MARKETS`,
so that chapter 2's portfolio and chapter 3's market potential describe the same markets.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from salesbook.generate.assumptions import COUNTRIES, COUNTRY_MARKETS, SEEDS

# Trends around Noordstroom, as the management team scored them (impact on the sales organisation
# and probability that the trend breaks through within three years, both 1–5; richting is the
# team's judgement for Noordstroom). Nederland is the notebook's worked example; Duitsland the
# exercises' trend set. Columns: markt, niveau, factor, trend, richting, impact, waarschijnlijkheid,
# toelichting.
TRENDS = [
    ("Nederland", "meso", "afnemers", "Inkoopcombinaties van installateurs", "bedreiging", 4, 5,
     "Installateurs bundelen hun inkoop in combinaties die centraal over prijs en jaarbonus onderhandelen."),
    ("Nederland", "meso", "afnemers", "Professionele inkoop bij grote klanten", "kans", 4, 4,
     "Inkopers van grote installatiebedrijven rekenen met de totale kosten (TCO) in plaats van alleen met "
     "de stuksprijs; wie logistiek werk uit handen neemt, kan dat aantonen."),
    ("Nederland", "meso", "afnemers", "Online prijsvergelijking", "bedreiging", 4, 5,
     "Klanten zien de prijzen van alle leveranciers online; elk prijsverschil valt direct op."),
    ("Nederland", "meso", "concurrenten", "Platforms en webshops", "bedreiging", 5, 3,
     "Grote online platforms en gespecialiseerde webshops gaan technische artikelen aan installateurs verkopen."),
    ("Nederland", "meso", "concurrenten", "Consolidatie van groothandels", "bedreiging", 3, 4,
     "Concurrenten nemen regionale groothandels over en worden groter en goedkoper in hun logistiek."),
    ("Nederland", "meso", "leveranciers", "Fabrikanten verkopen direct", "bedreiging", 4, 2,
     "Enkele A-merken leveren grote installateurs rechtstreeks, buiten de groothandel om."),
    ("Nederland", "meso", "intermediairs", "Bouwlogistieke hubs", "kans", 3, 3,
     "Hubs aan de rand van de stad bundelen leveringen voor bouwprojecten; een partner van zo'n hub levert "
     "sneller en met minder ritten."),
    ("Nederland", "macro", "demografisch", "Tekort aan technici bij klanten", "kans", 4, 5,
     "Door de vergrijzing vinden installateurs te weinig monteurs; ze zoeken leveranciers die werk overnemen: voorgemonteerde "
     "sets, materiaal per project verpakt, levering op de bouwplaats."),
    ("Nederland", "macro", "economisch", "Hoge rente en bouwkosten", "bedreiging", 4, 3,
     "Hoge rente en bouwkosten vertragen de nieuwbouw en daarmee de vraag naar installatiemateriaal."),
    ("Nederland", "macro", "sociaal-cultureel", "Minder animo voor de buitendienst", "bedreiging", 3, 4,
     "Jonge technisch-commerciële professionals willen vaker hybride werken en kiezen minder voor een baan op de "
     "weg; vacatures in de buitendienst blijven maanden open."),
    ("Nederland", "macro", "technologisch", "Digitaal verkopen en AI", "kans", 4, 4,
     "Klanten bestellen via portal en app; data en AI helpen de binnendienst kansen en risico's eerder te zien."),
    ("Nederland", "macro", "ecologisch", "Energietransitie", "kans", 5, 5,
     "Warmtepompen, zonnepanelen en laadpalen: de vraag naar materiaal voor verduurzaming groeit snel."),
    ("Nederland", "macro", "politiek-juridisch", "Rapportageplicht duurzaamheid", "kans", 3, 4,
     "Grote klanten moeten over hun keten rapporteren (CSRD) en vragen hun leveranciers om CO2-gegevens per product."),
    ("Nederland", "macro", "politiek-juridisch", "Strengere privacyregels", "bedreiging", 2, 4,
     "De AVG beperkt wat Verkoop met contactgegevens mag doen, bijvoorbeeld bij e-mailcampagnes en belacties."),
    ("Duitsland", "meso", "afnemers", "Inkoopverenigingen van installateurs", "bedreiging", 4, 4,
     "Duitse installateurs kopen steeds vaker in via grote inkoopverenigingen met eigen raamcontracten."),
    ("Duitsland", "meso", "concurrenten", "Sterke regionale groothandels", "bedreiging", 4, 5,
     "In elke deelstaat zit een groothandel met een dicht net van vestigingen en vaste klanten."),
    ("Duitsland", "meso", "leveranciers", "Lange levertijden van A-merken", "bedreiging", 3, 3,
     "Fabrikanten van warmtepompen en omvormers leveren met wisselende levertijden."),
    ("Duitsland", "macro", "demografisch", "Opvolgingsgolf bij installateurs", "bedreiging", 3, 4,
     "Veel eigenaren stoppen; grote installatiegroepen nemen hun bedrijven over en kopen centraal in."),
    ("Duitsland", "macro", "politiek-juridisch", "Subsidie voor warmtepompen", "kans", 5, 3,
     "Een ruime subsidie kan de vraag sterk opdrijven, maar de regeling verandert telkens."),
    ("Duitsland", "macro", "technologisch", "Digitale bestelportals", "kans", 3, 5,
     "Installateurs verwachten een portal met projectprijzen, voorraad per vestiging en bestelhistorie."),
    ("Duitsland", "macro", "ecologisch", "Renovatiegolf in de woningbouw", "kans", 4, 4,
     "Oude woningen worden verduurzaamd: isolatie, warmtepompen en nieuwe elektrische installaties."),
    ("Duitsland", "macro", "politiek-juridisch", "Ketenwet met zorgplicht", "bedreiging", 2, 5,
     "Grote afnemers moeten de keten controleren en vragen hun leveranciers om verklaringen en audits."),
]

# The inputs of a market-potential estimate per country (the pack's own assumptions):
#   buyers_label   who the potential buyers n are
#   orders         q: orders per buyer per year (before the random spread)
#   order_value    p: average amount per order in euro (before the random spread)
#   region         the part of the buyers in the regions the subsidiary serves (chain ratio 1)
#   assortment     the part of their purchases that Noordstroom's assortment covers (chain ratio 2)
# n is then chosen so that n × q × p is close to the market COUNTRY_MARKETS implies
# (revenue_2024 / market_share).
MARKET_INPUTS: dict[str, dict] = {
    "Nederland": dict(buyers_label="installatie- en industriebedrijven", orders=50, order_value=1_000,
                      region=1.00, assortment=0.60),
    "Midden-Oosten": dict(buyers_label="aannemers en installateurs in de Golfstaten", orders=24, order_value=4_500,
                          region=0.55, assortment=0.45),
    "Duitsland": dict(buyers_label="installatie- en industriebedrijven", orders=45, order_value=1_100,
                      region=0.35, assortment=0.55),
    "UK": dict(buyers_label="installatie- en onderhoudsbedrijven", orders=40, order_value=950,
               region=0.40, assortment=0.50),
    "België": dict(buyers_label="installatie- en industriebedrijven", orders=48, order_value=950,
                   region=0.65, assortment=0.60),
    "Spanje": dict(buyers_label="installatiebedrijven", orders=36, order_value=850,
                   region=0.30, assortment=0.55),
    "Maleisië": dict(buyers_label="aannemers en installateurs", orders=20, order_value=2_500,
                     region=0.40, assortment=0.35),
}
MARKET_SPREAD = 0.04   # q and p vary about 4% (lognormal) around the hand-set figures

# Five-forces scores (1–5, 5 = the force is strong, so the market is less attractive for
# Noordstroom) with the weight of each criterion within its force, for Nederland (the worked
# example) and Duitsland (the exercise). Columns: land, kracht, criterium, score, gewicht.
FORCES = [
    ("Nederland", "concurrentie", "aantal en grootte van de groothandels", 4, 0.40),
    ("Nederland", "concurrentie", "prijsdruk door online transparantie", 5, 0.35),
    ("Nederland", "concurrentie", "lage marktgroei", 4, 0.25),
    ("Nederland", "nieuwe toetreders", "webshops en platforms", 4, 0.50),
    ("Nederland", "nieuwe toetreders", "schaalvoordelen in de logistiek", 2, 0.30),
    ("Nederland", "nieuwe toetreders", "toegang tot de installateurs", 2, 0.20),
    ("Nederland", "substituten", "voorgemonteerde modules", 3, 0.60),
    ("Nederland", "substituten", "huren in plaats van kopen", 2, 0.40),
    ("Nederland", "macht afnemers", "inkoopcombinaties", 5, 0.50),
    ("Nederland", "macht afnemers", "lage overstapkosten", 4, 0.30),
    ("Nederland", "macht afnemers", "prijsgevoeligheid", 4, 0.20),
    ("Nederland", "macht leveranciers", "concentratie van A-merken", 3, 0.50),
    ("Nederland", "macht leveranciers", "fabrikanten dreigen zelf te leveren", 3, 0.30),
    ("Nederland", "macht leveranciers", "belang van de groothandel voor de fabrikant", 2, 0.20),
    ("Duitsland", "concurrentie", "aantal en grootte van de groothandels", 5, 0.50),
    ("Duitsland", "concurrentie", "prijsdruk", 4, 0.30),
    ("Duitsland", "concurrentie", "lage marktgroei", 3, 0.20),
    ("Duitsland", "nieuwe toetreders", "webshops en platforms", 3, 0.60),
    ("Duitsland", "nieuwe toetreders", "schaalvoordelen in de logistiek", 2, 0.40),
    ("Duitsland", "substituten", "voorgemonteerde modules", 2, 1.00),
    ("Duitsland", "macht afnemers", "inkoopverenigingen", 4, 0.60),
    ("Duitsland", "macht afnemers", "lage overstapkosten", 3, 0.40),
    ("Duitsland", "macht leveranciers", "concentratie van A-merken", 4, 0.50),
    ("Duitsland", "macht leveranciers", "krapte bij warmtepompen en omvormers", 4, 0.50),
]


def environment_trends() -> pd.DataFrame:
    """The trends of :data:`TRENDS` with an id (T01 …), in the table's order.

    >>> df = environment_trends()
    >>> df["trend_id"].iloc[0], int((df["markt"] == "Nederland").sum())
    ('T01', 14)
    """
    columns = ["markt", "niveau", "factor", "trend", "richting", "impact", "waarschijnlijkheid", "toelichting"]
    df = pd.DataFrame(TRENDS, columns=columns)
    df.insert(0, "trend_id", [f"T{i:02d}" for i in range(1, len(df) + 1)])
    return df.astype({"impact": "int64", "waarschijnlijkheid": "int64"})


def market_inputs(seed: int = SEEDS["market_inputs"]) -> pd.DataFrame:
    """The inputs of a market-potential estimate per country, calibrated on COUNTRY_MARKETS.

    q and p get a lognormal spread of 4% (q rounded to whole orders, p to tens of euros); then
    n = market / (q × p), rounded to tens, with market = revenue_2024 / market_share. So n × q × p
    lies within a few tenths of a percent of that market.

    >>> df = market_inputs()
    >>> nl = df.set_index("land").loc["Nederland"]
    >>> bool(abs(nl.afnemers * nl.orders_per_afnemer * nl.orderwaarde / 700e6 - 1) < 0.01)
    True
    """
    rng = np.random.default_rng(seed)
    rows = []
    for land, inputs in MARKET_INPUTS.items():
        revenue = COUNTRIES[land]["revenue_2024"]
        market = revenue / COUNTRY_MARKETS[land]["market_share"]
        q = int(round(inputs["orders"] * rng.lognormal(0, MARKET_SPREAD)))
        p = float(round(inputs["order_value"] * rng.lognormal(0, MARKET_SPREAD), -1))
        n = int(round(market / (q * p), -1))
        rows.append(dict(land=land, afnemers=n, soort_afnemers=inputs["buyers_label"], orders_per_afnemer=q,
                         orderwaarde=p, aandeel_regio=float(inputs["region"]),
                         aandeel_assortiment=float(inputs["assortment"]), omzet_2024=float(revenue)))
    return pd.DataFrame(rows).astype({"afnemers": "int64", "orders_per_afnemer": "int64"})


def five_forces_scores() -> pd.DataFrame:
    """The five-forces scores of :data:`FORCES` (Nederland and Duitsland).

    >>> df = five_forces_scores()
    >>> sorted(df["land"].unique()), float(round(df[df["land"] == "Nederland"].groupby("kracht")["gewicht"].sum().min(), 9))
    (['Duitsland', 'Nederland'], 1.0)
    """
    df = pd.DataFrame(FORCES, columns=["land", "kracht", "criterium", "score", "gewicht"])
    return df.astype({"score": "int64", "gewicht": "float64"})
