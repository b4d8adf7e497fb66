"""Synthetic case data for chapters 4, 5 and 7: Noordstroom Technische Groothandel.

The running case company is a technical wholesaler with seven country subsidiaries (the
shape of Tabel 1.2). This module makes its sales history, customers, CRM transactions,
leads, NPS survey and sales pipeline. Every data set comes from one function with a fixed
seed, so the CSV files in ``data/`` are exactly what this module produces
(``tests/test_generate.py`` checks that byte for byte). Regenerate them with::

    python -m salesbook.generate                    # every data set into data/
    python -m salesbook.generate --uit /tmp/casus   # the same files in another folder
    python -m salesbook.generate --transacties 1000000 --uit /tmp/benchmark

The assumptions are the tables in capitals below (``COUNTRIES``, ``SEGMENTS``,
``SEASONALITY`` …): read them to see which patterns are built in, change one and regenerate
to see what it does. In short:

* every country's revenue in 2024 equals its revenue in Tabel 1.2 (84 mln for Nederland …);
  countries grow at different rates, the UK has a dip around 2020, and every product group
  has its own monthly pattern (lighting peaks in autumn and winter, building-related groups
  dip in August and December);
* customer sizes are heavy-tailed (lognormal), so about 20% of the customers buy about
  three quarters of the revenue; customers churn (about 80–85% stay each year, happier and
  larger customers more often), new customers arrive, and they order at different rates;
* the CRM transactions add up, per country and year, to the sales history, and their gross
  margin per country equals the brutomarge of Tabel 1.2;
* a lead's chance to move up the funnel depends on its source and on the scoring variables;
* NPS scores differ by country and segment and follow the same satisfaction that drives churn.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from numpy.dtypes import StringDType

from salesbook import validation
from salesbook.paths import DATA_DIR

# ---------------------------------------------------------------------------------------------
# Assumptions
# ---------------------------------------------------------------------------------------------

START = np.datetime64("2022-01-01")  # the CRM log covers 2022 … 2024
END = np.datetime64("2024-12-31")
DAYS_PER_YEAR = 365.25
# Nobody orders on a Saturday, a Sunday or these days: such dates move to the next working day.
HOLIDAYS = np.array([f"{year}-{day}" for year in (2022, 2023, 2024, 2025) for day in ("01-01", "12-25", "12-26")],
                    dtype="datetime64[D]")

# Per country subsidiary (the rows of Tabel 1.2, in its order):
#   revenue_2024   omzet in 2024 in euro (Tabel 1.2; a test checks it against landenvestigingen.csv)
#   gross_margin   brutomarge as a fraction of revenue (Tabel 1.2)
#   growth         trend growth of revenue per year (our assumption)
#   noise          month-to-month noise of the sales history (standard deviation, as a fraction)
#   customers      number of customers in klanten.csv (roughly proportional to revenue)
#   founded        the first day a customer can have been a customer of the subsidiary
#   nps            shift of the average NPS score (0–10 scale) against the group
#   coverage       weighted pipeline at 2024-12-31 as a fraction of the expected 2025 revenue
COUNTRIES: dict[str, dict] = {
    "Nederland": dict(revenue_2024=84e6, gross_margin=0.35, growth=0.030, noise=0.040,
                      customers=820, founded="1978-01-01", nps=+0.2, coverage=0.20),
    "Midden-Oosten": dict(revenue_2024=44e6, gross_margin=0.28, growth=0.120, noise=0.070,
                          customers=430, founded="2009-01-01", nps=0.0, coverage=0.28),
    "Duitsland": dict(revenue_2024=35e6, gross_margin=0.23, growth=0.025, noise=0.050,
                      customers=350, founded="2001-01-01", nps=+0.1, coverage=0.18),
    "UK": dict(revenue_2024=14e6, gross_margin=0.27, growth=0.035, noise=0.060,
               customers=150, founded="2006-01-01", nps=-0.1, coverage=0.22),
    "België": dict(revenue_2024=12e6, gross_margin=0.32, growth=0.030, noise=0.050,
                   customers=130, founded="1996-01-01", nps=+0.1, coverage=0.20),
    "Spanje": dict(revenue_2024=8e6, gross_margin=0.33, growth=0.050, noise=0.060,
                   customers=90, founded="2012-01-01", nps=-0.4, coverage=0.16),
    "Maleisië": dict(revenue_2024=1e6, gross_margin=0.30, growth=0.250, noise=0.080,
                     customers=30, founded="2016-01-01", nps=-0.4, coverage=0.25),
}

# The UK dip around 2020 (Brexit and the pandemic): revenue is multiplied by
# 1 − depth · exp(−((t − centre) / width)²), with t in years.
UK_DIP = dict(depth=0.20, centre=2020.4, width=0.6)

# Product groups: share of a country's revenue (the same everywhere, a simplification) and
# extra growth per year on top of the country's growth (LED lighting grows, PPE lags).
PRODUCT_GROUPS: dict[str, dict] = {
    "Installatiemateriaal": dict(share=0.42, extra_growth=0.000),
    "Gereedschap": dict(share=0.24, extra_growth=0.000),
    "Verlichting": dict(share=0.19, extra_growth=+0.020),
    "Persoonlijke beschermingsmiddelen": dict(share=0.15, extra_growth=-0.010),
}

# Monthly seasonal factors, January … December (scaled to an average of 1 before use).
# Building-related groups dip in August (construction holiday) and December; lighting peaks
# in autumn and winter; personal protective equipment (gloves, winter wear) a little in winter.
SEASONALITY: dict[str, list[float]] = {
    "Installatiemateriaal": [0.92, 0.98, 1.06, 1.05, 1.05, 1.06, 1.00, 0.80, 1.05, 1.09, 1.06, 0.88],
    "Gereedschap": [0.90, 0.97, 1.08, 1.08, 1.06, 1.02, 0.98, 0.82, 1.02, 1.04, 1.09, 0.94],
    "Verlichting": [1.10, 1.00, 0.94, 0.88, 0.83, 0.79, 0.80, 0.74, 0.98, 1.18, 1.36, 1.28],
    "Persoonlijke beschermingsmiddelen": [1.10, 1.06, 1.00, 0.98, 0.96, 0.95, 0.92, 0.84, 1.00, 1.05, 1.10, 1.04],
}

# Customer segments:
#   mix        share of a country's customers (overridden per country in SEGMENT_MIX)
#   size       shift of log(yearly revenue) against an installer
#   frequency  orders per year relative to the average customer
#   margin     shift of the gross margin fraction
#   nps        shift of the average NPS score (0–10 scale)
SEGMENTS: dict[str, dict] = {
    "installateur": dict(mix=0.42, size=0.0, frequency=1.4, margin=+0.03, nps=+0.2),
    "industrie": dict(mix=0.20, size=0.5, frequency=1.0, margin=-0.01, nps=0.0),
    "scheepsbouw": dict(mix=0.06, size=0.7, frequency=0.5, margin=-0.03, nps=+0.1),
    "utiliteitsbouw": dict(mix=0.22, size=0.4, frequency=0.8, margin=-0.02, nps=-0.2),
    "overheid": dict(mix=0.10, size=0.3, frequency=0.6, margin=-0.04, nps=-0.5),
}
SEGMENT_MIX: dict[str, list[float]] = {  # in the order of SEGMENTS; other countries use 'mix'
    "Nederland": [0.40, 0.20, 0.08, 0.22, 0.10],
    "Midden-Oosten": [0.30, 0.15, 0.05, 0.40, 0.10],
    "Maleisië": [0.35, 0.30, 0.15, 0.15, 0.05],
}

# Customer behaviour (CRM log):
SIZE_SPREAD = 1.3          # standard deviation of log(yearly revenue): the heavy tail
FREQUENCY_SPREAD = 0.6      # standard deviation of log(orders per year) besides size
ORDER_SPREAD = 0.7          # standard deviation of log(order value) around a customer's mean
CHURN_RATE = 0.15           # yearly churn hazard of an average existing customer
NEW_CUSTOMER_CHURN = 1.5    # new customers (since 2022) leave 1.5 times as often
NEW_SHARE = 0.30            # share of customers that arrive in 2022–2024, plus the country's growth
TENURE_MEAN = 7.0           # average years an existing customer had been a customer on 2022-01-01

# Regions per country: (share of the country's customers, account managers, places).
# All names of people and companies are fictional.
REGIONS: dict[str, dict[str, tuple[float, list[str], list[str]]]] = {
    "Nederland": {
        "Noord": (0.13, ["Sanne Dijkstra"],
                  ["Groningen", "Leeuwarden", "Assen", "Drachten", "Emmen", "Heerenveen", "Sneek", "Hoogeveen"]),
        "Oost": (0.18, ["Bram Kuipers"],
                 ["Zwolle", "Enschede", "Apeldoorn", "Deventer", "Hengelo", "Almelo", "Nijmegen", "Arnhem",
                  "Doetinchem"]),
        "Zuid": (0.21, ["Lotte van den Heuvel"],
                 ["Eindhoven", "Tilburg", "Breda", "Maastricht", "Venlo", "Den Bosch", "Helmond", "Roermond",
                  "Bergen op Zoom"]),
        "West": (0.33, ["Daan Verbeek", "Fatima El Amrani"],
                 ["Rotterdam", "Den Haag", "Amsterdam", "Haarlem", "Leiden", "Delft", "Dordrecht", "Alkmaar",
                  "Zaandam", "Schiedam"]),
        "Midden": (0.15, ["Joost Hoogland"],
                   ["Utrecht", "Amersfoort", "Almere", "Lelystad", "Veenendaal", "Nieuwegein", "Houten", "Zeist"]),
    },
    "Midden-Oosten": {
        "VAE": (0.50, ["Omar Haddad"],
                ["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Al Ain", "Ras Al Khaimah", "Fujairah"]),
        "Saoedi-Arabië": (0.35, ["Khalid Al-Harbi"],
                          ["Riyadh", "Jeddah", "Dammam", "Jubail", "Al Khobar", "Yanbu", "Tabuk"]),
        "Qatar": (0.15, ["Rania Saleh"], ["Doha", "Al Wakrah", "Lusail", "Al Khor"]),
    },
    "Duitsland": {
        "Duitsland-West": (0.50, ["Katrin Vogel", "Tobias Berger"],
                           ["Düsseldorf", "Köln", "Essen", "Duisburg", "Dortmund", "Aachen", "Münster"]),
        "Duitsland-Noord": (0.30, ["Jonas Brandt"], ["Hamburg", "Bremen", "Hannover", "Kiel", "Oldenburg"]),
        "Duitsland-Zuid": (0.20, ["Lena Hofer"], ["München", "Stuttgart", "Nürnberg", "Augsburg", "Karlsruhe"]),
    },
    "UK": {
        "Engeland-Zuid": (0.50, ["Oliver Bennett"], ["London", "Reading", "Southampton", "Bristol", "Brighton"]),
        "Engeland-Noord": (0.35, ["Hannah Price"], ["Manchester", "Leeds", "Liverpool", "Newcastle", "Sheffield"]),
        "Schotland": (0.15, ["Callum Reid"], ["Glasgow", "Edinburgh", "Aberdeen", "Dundee"]),
    },
    "België": {
        "Vlaanderen": (0.65, ["Pieter Claessens"],
                       ["Antwerpen", "Gent", "Brugge", "Leuven", "Hasselt", "Kortrijk", "Mechelen"]),
        "Brussel": (0.15, ["Claire Dumont"], ["Brussel", "Anderlecht", "Schaarbeek"]),
        "Wallonië": (0.20, ["Claire Dumont"], ["Liège", "Namur", "Charleroi", "Mons"]),
    },
    "Spanje": {
        "Spanje": (1.0, ["Lucía Ortega", "Javier Molina"],
                   ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza", "Vigo", "Cádiz"]),
    },
    "Maleisië": {
        "Maleisië": (1.0, ["Aisyah Rahman", "Daniel Tan"],
                     ["Kuala Lumpur", "Penang", "Johor Bahru", "Shah Alam", "Ipoh", "Kuching"]),
    },
}

# Company names: templates per segment, filled with a surname and a place of the customer's region.
SURNAMES: dict[str, list[str]] = {
    "Nederland": ["De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder", "De Groot",
                  "Bos", "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker", "Brouwer", "De Wit", "Dijkstra",
                  "Smits", "De Graaf", "Van der Meer", "Van der Linden", "Kok", "Jacobs", "De Haan", "Vermeulen",
                  "Van den Berg", "Van Dijk", "Schouten", "Van Beek", "Willems", "Hoekstra", "Koster", "Prins",
                  "Kuiper", "Post", "Huisman", "Verhoeven", "Van Dam", "Bosman", "Wolters", "Veenstra",
                  "Timmermans", "Groen", "Scholten", "Postma", "Kramer", "Van Wijk", "Boersma", "Hermans"],
    "België": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
               "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Lemaire", "Michiels", "Hermans",
               "Van Damme", "Desmet", "Verstraete", "De Clercq", "Vandenberghe", "Declercq", "Renard"],
    "Duitsland": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
                  "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
                  "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Schmitz",
                  "Krause", "Lehmann", "Köhler", "Herrmann", "Walter", "König"],
    "UK": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
           "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
           "Hughes", "Edwards", "Turner", "Hill", "Cooper", "Ward", "Morris"],
    "Spanje": ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
               "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Romero", "Navarro",
               "Torres", "Domínguez"],
    "Midden-Oosten": ["Al Mansoori", "Al Hashimi", "Al Nuaimi", "Al Zahrani", "Al Ghamdi", "Al Qahtani",
                      "Al Suwaidi", "Al Marri", "Al Kuwari", "Khan", "Haddad", "Nasser", "Rahman", "Saleh",
                      "Farouk", "Mehta", "Pillai", "Al Shamsi", "Al Otaibi", "Karam", "Al Harthy", "Al Balushi",
                      "Al Dosari", "Al Shehri", "Al Mutairi", "Al Falasi", "Al Ketbi", "Al Dhaheri", "Bukhari",
                      "Hamdan", "Mansour", "Qureshi", "Siddiqui", "Menon", "Fernandes", "Aziz", "Darwish",
                      "Habib", "Jaber", "Yousef"],
    "Maleisië": ["Tan", "Lim", "Lee", "Wong", "Ng", "Chong", "Abdullah", "Ismail", "Kumar", "Yusof", "Hassan",
                 "Ong", "Goh", "Chin"],
}
NAME_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "Nederland": {
        "installateur": ["Installatiebedrijf {naam}", "{naam} Installatietechniek", "Elektrotechniek {naam}",
                         "{naam} Installaties B.V.", "Technisch Bureau {naam}", "{naam} & Zn. Installateurs",
                         "Installatiebedrijf {naam} {plaats}", "{naam} Elektro {plaats}"],
        "industrie": ["Machinefabriek {naam}", "{naam} Metaalbewerking B.V.", "Staalbouw {naam}",
                      "{naam} Kunststoffen", "Verpakkingsindustrie {plaats}", "{naam} Food Processing",
                      "Metaalwarenfabriek {plaats}", "{naam} Aandrijftechniek"],
        "scheepsbouw": ["Scheepswerf {naam}", "Jachtwerf {naam}", "{naam} Maritiem", "Scheepsbouw {plaats}",
                        "{naam} Marine Services", "Scheepsreparatie {naam}"],
        "utiliteitsbouw": ["Bouwgroep {naam}", "Bouwbedrijf {naam}", "{naam} Bouw & Techniek",
                           "Aannemersbedrijf {naam}", "{naam} Utiliteitsbouw", "Bouwcombinatie {plaats}"],
        "overheid": ["Gemeente {plaats}", "Gemeente {plaats}, Vastgoed", "Gemeente {plaats}, Openbare Ruimte",
                     "Gemeente {plaats}, Sport en Recreatie", "Onderwijshuisvesting {plaats}",
                     "Gemeentewerken {plaats}"],
    },
    "België": {
        "installateur": ["Installatiebedrijf {naam} BV", "{naam} Elektro", "Installations {naam} SRL",
                         "{naam} Technics", "Elektriciteit {naam} {plaats}"],
        "industrie": ["{naam} Industries NV", "Metaalconstructie {naam}", "Ateliers {naam}", "{naam} Machinebouw"],
        "scheepsbouw": ["Scheepswerf {naam}", "{naam} Marine", "Chantier naval {naam}"],
        "utiliteitsbouw": ["Bouwonderneming {naam}", "{naam} Bouw NV", "Construction {naam} SA",
                           "Bouwbedrijf {naam} {plaats}"],
        "overheid": ["Stad {plaats}", "Gemeente {plaats}", "Ville de {plaats}", "OCMW {plaats}"],
    },
    "Duitsland": {
        "installateur": ["Elektro {naam} GmbH", "{naam} Haustechnik GmbH", "Sanitär- und Heizungstechnik {naam}",
                         "{naam} Gebäudetechnik GmbH", "Elektrotechnik {naam} & Söhne", "Elektro {naam} {plaats}"],
        "industrie": ["Maschinenbau {naam} GmbH", "{naam} Metallverarbeitung GmbH", "{naam} Antriebstechnik AG",
                      "Stahlbau {naam}", "{naam} Kunststofftechnik"],
        "scheepsbouw": ["{naam} Werft GmbH", "Schiffswerft {naam}", "{naam} Schiffbau GmbH", "Bootswerft {naam}"],
        "utiliteitsbouw": ["Bauunternehmung {naam} GmbH", "{naam} Bau AG", "Hochbau {naam}",
                           "{naam} Bauprojekte {plaats}"],
        "overheid": ["Stadt {plaats}", "Stadtwerke {plaats}", "Kreisverwaltung {plaats}", "Stadt {plaats}, Bauamt",
                     "Stadt {plaats}, Gebäudemanagement", "Stadt {plaats}, Tiefbauamt"],
    },
    "UK": {
        "installateur": ["{naam} Electrical Ltd", "{naam} & Sons Building Services", "{naam} M&E Ltd",
                         "{naam} Heating & Plumbing", "{plaats} Electrical Contractors"],
        "industrie": ["{naam} Engineering Ltd", "{naam} Precision Ltd", "{naam} Manufacturing plc",
                      "{plaats} Fabrications"],
        "scheepsbouw": ["{naam} Marine Ltd", "{naam} Boatbuilders", "{plaats} Ship Repair"],
        "utiliteitsbouw": ["{naam} Construction Ltd", "{naam} Contractors plc", "{naam} Build {plaats}"],
        "overheid": ["{plaats} City Council", "{plaats} Borough Council", "{plaats} Council, Estates",
                     "{plaats} Council, Highways", "{plaats} Council, Leisure Services"],
    },
    "Spanje": {
        "installateur": ["Instalaciones {naam} S.L.", "Electricidad {naam} S.L.", "Montajes Eléctricos {naam}",
                         "Instalaciones {naam} {plaats}"],
        "industrie": ["Industrias {naam} S.A.", "Talleres {naam} S.L.", "Metalúrgica {naam}"],
        "scheepsbouw": ["Astilleros {naam}", "Náutica {naam} S.L."],
        "utiliteitsbouw": ["Construcciones {naam} S.A.", "Obras y Proyectos {naam}", "Constructora {plaats}",
                           "Construcciones {naam} {plaats}"],
        "overheid": ["Ayuntamiento de {plaats}", "Diputación de {plaats}"],
    },
    "Midden-Oosten": {
        "installateur": ["{naam} Electromechanical LLC", "{naam} Technical Services LLC", "{naam} MEP Contracting",
                         "{naam} Electrical Works {plaats}", "{naam} HVAC & Electrical"],
        "industrie": ["{naam} Industries LLC", "{naam} Steel Fabrication", "{naam} Industrial Group",
                      "{naam} Factories {plaats}"],
        "scheepsbouw": ["{naam} Marine & Offshore", "{naam} Shipyard {plaats}", "{naam} Dry Docks"],
        "utiliteitsbouw": ["{naam} General Contracting", "{naam} Building Contracting LLC",
                           "{naam} Construction {plaats}"],
        "overheid": ["{plaats} Municipality", "{plaats} Public Works", "{plaats} Facilities Authority",
                     "{plaats} Roads & Transport", "{plaats} Housing Department", "{plaats} Education Facilities"],
    },
    "Maleisië": {
        "installateur": ["{naam} Engineering Sdn Bhd", "{naam} Electrical & Trading", "{naam} M&E Services"],
        "industrie": ["{naam} Industries Sdn Bhd", "{naam} Precision {plaats}", "{naam} Manufacturing Sdn Bhd"],
        "scheepsbouw": ["{naam} Marine Sdn Bhd", "{naam} Shipyard {plaats}", "{naam} Offshore Services"],
        "utiliteitsbouw": ["{naam} Construction Sdn Bhd", "{naam} Builders {plaats}"],
        "overheid": ["Majlis Bandaraya {plaats}", "Majlis Perbandaran {plaats}"],
    },
}

# Leads: funnel stages, their target conversion rates (stage → next stage, over all leads)
# and the sources with their share of the leads and their effect on every conversion
# (a shift on the log-odds scale: referrals and fair contacts convert better than cold calls).
FUNNEL = ["cold", "warm", "hot", "klant", "trouwe klant"]
CONVERSION = [0.40, 0.35, 0.30, 0.50]
LEAD_SOURCES: dict[str, dict] = {
    "website": dict(share=0.34, effect=0.0),
    "beurs": dict(share=0.16, effect=+0.5),
    "social selling": dict(share=0.15, effect=-0.1),
    "doorverwijzing": dict(share=0.10, effect=+1.0),
    "koude acquisitie": dict(share=0.25, effect=-0.8),
}
FAIR_DAYS = ["2024-03-12", "2024-03-13", "2024-03-14", "2024-10-08", "2024-10-09", "2024-10-10"]
LEAD_SIZE = {"installateur": 15, "industrie": 80, "scheepsbouw": 120, "utiliteitsbouw": 60, "overheid": 250}

# NPS survey: two waves in 2024; customers answer within three weeks of the invitation.
NPS_WAVES = ["2024-03-04", "2024-09-02"]
NPS_MEAN = 7.8             # average score of a customer of an average country and segment
NPS_CUSTOMER_SPREAD = 1.1   # spread of a customer's satisfaction
NPS_ANSWER_SPREAD = 1.0     # spread of one answer around the customer's satisfaction
NPS_CHURN_EFFECT = 0.4      # churn hazard × exp(−0.4 · (satisfaction − NPS_MEAN))

# Pipeline: stages with their winning probability, their share of the open opportunities and
# the months of 2025 in which an opportunity of that stage is expected to close.
PIPELINE_STAGES: dict[str, dict] = {
    "prospect": dict(probability=0.10, share=0.30, months=(4, 12)),
    "behoefte vastgesteld": dict(probability=0.25, share=0.25, months=(3, 9)),
    "offerte": dict(probability=0.50, share=0.22, months=(2, 6)),
    "onderhandeling": dict(probability=0.70, share=0.13, months=(1, 4)),
    "mondeling akkoord": dict(probability=0.90, share=0.10, months=(1, 2)),
}

# One fixed seed per data set (chapter × 100 + a number), so each can change on its own.
SEEDS = dict(sales_history=401, pipeline=402, monthly_revenue_example=403,
             customers=501, transactions=502, leads=503, nps_survey=504,
             account_locations=601, cost_drivers=701, trade_fairs=801)
DEFAULT_TRANSACTIONS = 50_000
TEXT = StringDType()  # numpy's variable-length text: fast vectorised string operations


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def _country_table() -> pd.DataFrame:
    return pd.DataFrame.from_dict(COUNTRIES, orient="index")


def _ids(prefix: str, n: int, width: int) -> np.ndarray:
    """'K00001', 'K00002' …; wider when n needs more digits."""
    width = max(width, len(str(n)))
    ids = np.strings.add(prefix, np.strings.zfill(np.arange(1, n + 1).astype(TEXT), width))
    return ids.astype(f"U{len(prefix) + width}")


def _logistic(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _intercept_for_rate(effects: np.ndarray, rate: float) -> float:
    """The intercept a for which the average of logistic(a + effects) equals rate (bisection)."""
    low, high = -20.0, 20.0
    for _ in range(60):
        middle = (low + high) / 2
        if _logistic(middle + effects).mean() < rate:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def _expected_revenue_2025() -> pd.Series:
    """Revenue 2024 (Tabel 1.2) grown by the country's trend: the expectation for 2025."""
    table = _country_table()
    return table["revenue_2024"] * (1 + table["growth"])


# ---------------------------------------------------------------------------------------------
# 1. Sales history (chapter 4)
# ---------------------------------------------------------------------------------------------


def sales_history(seed: int = SEEDS["sales_history"]) -> pd.DataFrame:
    """Monthly revenue per country and product group, January 2017 … December 2024.

    revenue = level × trend(t) × season(month) × noise, per country and product group, with
    trend (1 + growth of the country + extra growth of the group)^years, the UK's dip around
    2020, the group's seasonal factors and lognormal noise. Afterwards every country's series
    is scaled so that its 2024 total equals its revenue in Tabel 1.2; amounts are whole euros.

    >>> df = sales_history()
    >>> df.shape
    (2688, 4)
    >>> revenue_2024 = df[df["maand"].dt.year == 2024].groupby("land")["omzet"].sum()
    >>> print(round(revenue_2024["Nederland"] / 1e6, 2))
    84.0
    """
    rng = np.random.default_rng(seed)
    months = pd.date_range("2017-01-01", "2024-12-01", freq="MS")
    grid = pd.MultiIndex.from_product([months, sorted(COUNTRIES), sorted(PRODUCT_GROUPS)],
                                      names=["maand", "land", "productgroep"]).to_frame(index=False)
    country = _country_table().loc[grid["land"]]
    group = pd.DataFrame.from_dict(PRODUCT_GROUPS, orient="index").loc[grid["productgroep"]]

    years = (grid["maand"].dt.year + (grid["maand"].dt.month - 0.5) / 12).to_numpy()  # mid-month
    trend = (1 + country["growth"].to_numpy() + group["extra_growth"].to_numpy()) ** (years - 2024.5)
    dip = UK_DIP["depth"] * np.exp(-(((years - UK_DIP["centre"]) / UK_DIP["width"]) ** 2))
    trend = trend * np.where(grid["land"] == "UK", 1 - dip, 1.0)

    factors = pd.DataFrame(SEASONALITY)  # 12 months × 4 groups
    factors = factors / factors.mean()
    season = factors.to_numpy()[grid["maand"].dt.month - 1, factors.columns.get_indexer(grid["productgroep"])]

    sigma = country["noise"].to_numpy()
    noise = rng.lognormal(-(sigma**2) / 2, sigma)  # mean 1

    revenue = group["share"].to_numpy() * trend * season * noise
    in_2024 = grid["maand"].dt.year == 2024
    total_2024 = pd.Series(revenue[in_2024]).groupby(grid.loc[in_2024, "land"].to_numpy()).sum()
    scale = _country_table()["revenue_2024"] / total_2024
    grid["omzet"] = np.round(revenue * scale.loc[grid["land"]].to_numpy()).astype("int64")
    return grid


# ---------------------------------------------------------------------------------------------
# 2. Customers (chapters 5 and 7)
# ---------------------------------------------------------------------------------------------


def _customer_profile(seed: int = SEEDS["customers"]) -> pd.DataFrame:
    """The customer master plus hidden traits that the CRM log, NPS and pipeline share.

    Hidden traits (not in klanten.csv): ``size_z`` and ``size`` (relative yearly revenue,
    lognormal), ``frequency`` (relative orders per year), ``satisfaction`` (average NPS
    score), ``churn`` (the day the customer stops buying; after 2024 for most) and ``plaats``.
    """
    return _make_customer_profile(seed).copy()


@lru_cache(maxsize=4)
def _make_customer_profile(seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    table = _country_table()
    land = np.repeat(table.index.to_numpy(), table["customers"].to_numpy())
    n = len(land)
    segments = list(SEGMENTS)

    segment = np.empty(n, dtype=object)
    regio = np.empty(n, dtype=object)
    manager = np.empty(n, dtype=object)
    place = np.empty(n, dtype=object)
    for country in COUNTRIES:  # seven countries, each drawn at once
        rows = np.flatnonzero(land == country)
        mix = SEGMENT_MIX.get(country, [SEGMENTS[s]["mix"] for s in segments])
        segment[rows] = rng.choice(segments, size=len(rows), p=mix)
        regions = REGIONS[country]
        weights = np.array([r[0] for r in regions.values()])
        regio[rows] = rng.choice(list(regions), size=len(rows), p=weights / weights.sum())
        for name, (_, managers, places) in regions.items():
            here = rows[regio[rows] == name]
            manager[here] = rng.choice(managers, size=len(here))
            place[here] = rng.choice(places, size=len(here))

    seg = pd.DataFrame.from_dict(SEGMENTS, orient="index").loc[segment]
    country = table.loc[land]

    # Since when: new customers arrive during 2022–2024; the others have a tenure that is
    # exponential (mean TENURE_MEAN years), but not before the subsidiary was founded.
    new = rng.random(n) < NEW_SHARE + country["growth"].to_numpy()
    span = (END - START).astype(int) + 1
    since_new = START + rng.integers(0, span, n)
    since_old = START - np.round(rng.exponential(TENURE_MEAN, n) * DAYS_PER_YEAR).astype(int) - 1
    founded = country["founded"].to_numpy().astype("datetime64[D]")
    too_early = since_old < founded
    spread = (START - founded).astype(int)
    since_old[too_early] = founded[too_early] + (rng.random(too_early.sum()) * spread[too_early]).astype(int)
    since = np.where(new, since_new, since_old)

    # Size, order frequency and satisfaction.
    z_size = rng.standard_normal(n)
    size = np.exp(SIZE_SPREAD * z_size + seg["size"].to_numpy())
    frequency = seg["frequency"].to_numpy() * np.exp(0.5 * z_size + FREQUENCY_SPREAD * rng.standard_normal(n))
    satisfaction = (NPS_MEAN + country["nps"].to_numpy() + seg["nps"].to_numpy()
                    + NPS_CUSTOMER_SPREAD * rng.standard_normal(n))

    # Churn: exponential time to leaving from the start of the log (or arrival), with a hazard
    # that is higher for new customers and lower for happy and for large customers.
    hazard = (CHURN_RATE * np.where(new, NEW_CUSTOMER_CHURN, 1.0)
              * np.exp(-NPS_CHURN_EFFECT * (satisfaction - NPS_MEAN) - 0.15 * z_size))
    observed_from = np.maximum(since, START)
    churn = observed_from + np.round(rng.exponential(1 / hazard) * DAYS_PER_YEAR).astype(int)

    profile = pd.DataFrame({
        "land": land, "segment": segment, "regio": regio, "accountmanager": manager, "plaats": place,
        "klant_sinds": since, "size_z": z_size, "size": size, "frequency": frequency,
        "satisfaction": satisfaction, "churn": churn,
    })
    profile["naam"] = _company_names(rng, profile)
    profile = profile.sort_values("klant_sinds", kind="stable").reset_index(drop=True)
    profile.insert(0, "klant_id", _ids("K", n, 5))
    return profile


def _company_names(rng: np.random.Generator, profile: pd.DataFrame) -> np.ndarray:
    """A plausible, unique, fictional name per customer: a template of its country and segment
    filled with a surname and a place of its region; duplicates are drawn again."""

    def draw(rows: np.ndarray) -> list[str]:
        names = []
        for land, segment, place in profile.loc[rows, ["land", "segment", "plaats"]].itertuples(index=False):
            template = rng.choice(NAME_TEMPLATES[land][segment])
            names.append(template.format(naam=rng.choice(SURNAMES[land]), plaats=place))
        return names

    names = np.array(draw(profile.index.to_numpy()), dtype=object)
    for _ in range(100):
        duplicate = pd.Series(names).duplicated().to_numpy()
        if not duplicate.any():
            return names
        names[duplicate] = draw(np.flatnonzero(duplicate))
    raise RuntimeError("not enough different company names: add surnames or templates")


def customers(seed: int = SEEDS["customers"]) -> pd.DataFrame:
    """The customer master: about 2,000 customers in the seven countries.

    Numbered in the order in which they became customers. Customers per country are roughly
    proportional to revenue (COUNTRIES['customers']); segment, region and account manager
    are drawn per country (SEGMENT_MIX, REGIONS).

    >>> df = customers()
    >>> len(df), df["klant_id"].iloc[0], df["land"].nunique()
    (2000, 'K00001', 7)
    """
    columns = ["klant_id", "naam", "land", "segment", "regio", "accountmanager", "klant_sinds"]
    return _customer_profile(seed)[columns]


# ---------------------------------------------------------------------------------------------
# 3. Transactions (chapters 5 and 7)
# ---------------------------------------------------------------------------------------------


def transactions(n_rows: int = DEFAULT_TRANSACTIONS, seed: int = SEEDS["transactions"]) -> pd.DataFrame:
    """The CRM transaction log 2022–2024 of the customers in klanten.csv, ``n_rows`` rows.

    Every customer buys between its start (2022-01-01 or the day it became a customer) and
    its churn day. The rows are divided over the customers (multinomially) in proportion to
    order frequency × active days; a row's date is uniform within the customer's active
    period, and weekends and holidays move to the next working day. A row's amount is the
    customer's size ÷ frequency times lognormal noise. The amounts are then scaled per
    country and year so that they add up to the sales history: more rows means smaller
    orders, not more revenue. The gross margin fraction is a segment shift, minus a volume
    discount for large customers, plus noise, shifted per country so that the
    revenue-weighted margin equals the brutomarge of Tabel 1.2. The customers and their
    hidden traits are always those of :func:`customers` (its default seed); ``seed`` only
    drives the rows. Everything is vectorised: a million rows take a few seconds.

    >>> df = transactions(1_000)
    >>> list(df.columns), len(df)
    (['transactie_id', 'klant_id', 'datum', 'bedrag', 'brutomarge'], 1000)
    """
    return _make_transactions(validation.whole(n_rows, "n_rows", minimum=1), int(seed)).copy()


@lru_cache(maxsize=2)   # the chapter 6 and 7 data sets are built from the same log: make it once
def _make_transactions(n_rows: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    profile = _customer_profile()

    # Active period per customer, in days since START (end inclusive).
    since = profile["klant_sinds"].to_numpy().astype("datetime64[D]")
    churn = profile["churn"].to_numpy().astype("datetime64[D]")
    first = (np.maximum(since, START) - START).astype(int)
    last = (np.minimum(churn, END) - START).astype(int)
    active_days = np.clip(last - first + 1, 0, None)

    expected = profile["frequency"].to_numpy() * active_days
    counts = rng.multinomial(n_rows, expected / expected.sum())
    customer = np.repeat(np.arange(len(profile)), counts)

    day = first[customer] + (rng.random(n_rows) * active_days[customer]).astype(int)
    date = np.busday_offset(START + day, 0, roll="forward", holidays=HOLIDAYS)  # weekend → Monday

    order_value = (profile["size"].to_numpy() / profile["frequency"].to_numpy())[customer]
    amount = order_value * rng.lognormal(-(ORDER_SPREAD**2) / 2, ORDER_SPREAD, n_rows)

    # Calibrate: per country and year the log adds up to the sales history.
    countries = list(COUNTRIES)
    country_index = pd.Categorical(profile["land"], categories=countries).codes[customer]
    year_index = date.astype("datetime64[Y]").astype(int) + 1970 - 2022
    group = country_index * 3 + year_index
    history = sales_history()
    target = (history.assign(jaar=history["maand"].dt.year).query("jaar >= 2022")
              .groupby(["land", "jaar"])["omzet"].sum()
              .reindex(pd.MultiIndex.from_product([countries, [2022, 2023, 2024]])).to_numpy())
    total = np.bincount(group, weights=amount, minlength=len(target))
    factor = np.divide(target, total, out=np.ones_like(target, dtype=float), where=total > 0)
    amount = np.maximum(np.round(amount * factor[group], 2), 0.01)

    # Gross margin fraction, calibrated per country to the brutomarge of Tabel 1.2.
    seg_margin = pd.DataFrame.from_dict(SEGMENTS, orient="index").loc[profile["segment"], "margin"].to_numpy()
    fraction = (seg_margin - 0.02 * profile["size_z"].to_numpy())[customer] + rng.normal(0, 0.04, n_rows)
    weighted = np.bincount(country_index, weights=amount * fraction, minlength=len(countries))
    revenue = np.bincount(country_index, weights=amount, minlength=len(countries))
    shift = _country_table()["gross_margin"].to_numpy() - np.divide(
        weighted, revenue, out=np.zeros(len(countries)), where=revenue > 0)
    fraction = np.clip(fraction + shift[country_index], 0.08, 0.55)
    margin = np.round(amount * fraction, 2)

    order = np.lexsort((customer, date))  # by date, then by customer number
    return pd.DataFrame({
        "transactie_id": _ids("T", n_rows, 6),
        "klant_id": profile["klant_id"].to_numpy()[customer[order]],
        "datum": date[order].astype("datetime64[s]"),
        "bedrag": amount[order],
        "brutomarge": margin[order],
    })


# ---------------------------------------------------------------------------------------------
# 4. Leads (chapter 5)
# ---------------------------------------------------------------------------------------------


def leads(n_leads: int = 3_000, seed: int = SEEDS["leads"]) -> pd.DataFrame:
    """Leads of 2024 with the furthest stage each reached in the lead funnel.

    Every lead has a hidden interest z ~ N(0, 1). The scoring variables are noisy signs of it:
    website visits ~ Poisson(exp(1.0 + 0.6 z), more for website leads), whitepaper downloads
    ~ Poisson(exp(−0.8 + 0.7 z)), a demo request with probability logistic(−2.2 + 1.1 z).
    A lead moves up one stage with probability logistic(a_k + 0.9 z + source effect +
    0.15 · log(employees / median)); each intercept a_k is chosen (bisection) so that the
    average probability of the leads that reached stage k equals CONVERSION[k]. The last step
    (klant → trouwe klant) depends on the lead's variables at half strength.

    >>> df = leads()
    >>> df["fase"].value_counts().index[0], len(df)
    ('cold', 3000)
    """
    n = validation.whole(n_leads, "n_leads", minimum=1)
    rng = np.random.default_rng(seed)
    sources = pd.DataFrame.from_dict(LEAD_SOURCES, orient="index")
    source = rng.choice(sources.index.to_numpy(), size=n, p=sources["share"].to_numpy())
    table = _country_table()
    land = rng.choice(table.index.to_numpy(), size=n, p=(table["customers"] / table["customers"].sum()).to_numpy())
    segments = list(SEGMENTS)
    segment = rng.choice(segments, size=n, p=[SEGMENTS[s]["mix"] for s in segments])

    employees = np.maximum(1, np.round(
        pd.Series(LEAD_SIZE).loc[segment].to_numpy() * rng.lognormal(0, 1.0, n))).astype("int64")
    interest = rng.standard_normal(n)
    visits = rng.poisson(np.exp(1.0 + 0.6 * interest + np.where(source == "website", 0.8, 0.0)))
    downloads = rng.poisson(np.exp(-0.8 + 0.7 * interest))
    demo = rng.random(n) < _logistic(-2.2 + 1.1 * interest + np.where(source == "beurs", 0.5, 0.0))

    effect = (0.9 * interest + sources.loc[source, "effect"].to_numpy()
              + 0.15 * np.log(employees / np.median(employees)))
    stage = np.zeros(n, dtype=int)
    for k, rate in enumerate(CONVERSION):  # four steps up the funnel
        here = stage == k
        strength = 0.5 if k == len(CONVERSION) - 1 else 1.0
        a = _intercept_for_rate(strength * effect[here], rate)
        moves_up = here & (rng.random(n) < _logistic(a + strength * effect))
        stage[moves_up] = k + 1

    # Dates: fair leads on the fair days, the others spread over 2024.
    days = np.datetime64("2024-01-01") + rng.integers(0, 366, n)
    fair = source == "beurs"
    days[fair] = rng.choice(np.array(FAIR_DAYS, dtype="datetime64[D]"), size=fair.sum())
    days = np.busday_offset(days, 0, roll="forward", holidays=HOLIDAYS)

    df = pd.DataFrame({
        "datum": days.astype("datetime64[s]"), "bron": source, "land": land, "segment": segment,
        "medewerkers": employees, "websitebezoeken": visits.astype("int64"),
        "downloads": downloads.astype("int64"), "demo_aangevraagd": np.where(demo, "ja", "nee"),
        "fase": np.array(FUNNEL)[stage],
    }).sort_values("datum", kind="stable").reset_index(drop=True)
    df.insert(0, "lead_id", _ids("L", n, 5))
    return df


# ---------------------------------------------------------------------------------------------
# 5. NPS survey (chapter 5)
# ---------------------------------------------------------------------------------------------


def nps_survey(n_responses: int = 1_200, seed: int = SEEDS["nps_survey"]) -> pd.DataFrame:
    """Answers to 'Hoe waarschijnlijk is het dat u ons aanbeveelt?' (0–10) in two waves of 2024.

    Each wave invites every customer that is a customer on its first day and half of
    ``n_responses`` of them answer (drawn without replacement), within three weeks. A score is
    the customer's satisfaction (NPS_MEAN + country shift + segment shift + customer spread)
    plus answer noise, rounded and kept within 0–10. The same satisfaction lowers the churn
    hazard in the CRM log, so detractors leave more often.

    >>> df = nps_survey()
    >>> len(df), df["score"].between(0, 10).all()
    (1200, np.True_)
    """
    n = validation.whole(n_responses, "n_responses", minimum=2)
    rng = np.random.default_rng(seed)
    profile = _customer_profile()
    parts = []
    for wave, size in zip(NPS_WAVES, [n // 2, n - n // 2]):
        day = np.datetime64(wave)
        eligible = np.flatnonzero((profile["klant_sinds"].to_numpy() <= day) & (profile["churn"].to_numpy() > day))
        chosen = np.sort(rng.choice(eligible, size=size, replace=False))
        parts.append(pd.DataFrame({"row": chosen, "datum": day + rng.integers(0, 21, size)}))
    answers = pd.concat(parts, ignore_index=True)
    customer = profile.loc[answers["row"]]
    raw = customer["satisfaction"].to_numpy() + NPS_ANSWER_SPREAD * rng.standard_normal(len(answers))
    df = pd.DataFrame({
        "klant_id": customer["klant_id"].to_numpy(),
        "datum": answers["datum"].to_numpy().astype("datetime64[s]"),
        "score": np.clip(np.round(raw), 0, 10).astype("int64"),
        "land": customer["land"].to_numpy(),
        "segment": customer["segment"].to_numpy(),
    }).sort_values(["datum", "klant_id"], kind="stable").reset_index(drop=True)
    df.insert(0, "respons_id", _ids("R", len(df), 5))
    return df


# ---------------------------------------------------------------------------------------------
# 6. Pipeline (chapter 4)
# ---------------------------------------------------------------------------------------------


def pipeline(n_opportunities: int = 400, seed: int = SEEDS["pipeline"]) -> pd.DataFrame:
    """Open opportunities on 2024-12-31 of customers that are still customers then.

    Opportunities per country are proportional to revenue (at least 8), more for larger
    customers (chance ∝ √size). The stage is drawn with PIPELINE_STAGES' shares; its winning
    probability is fixed per stage; the expected month lies in the stage's range of months in
    2025. Values are lognormal, scaled per country so that the weighted pipeline
    (Σ value × probability) is COUNTRIES' coverage (16–28%) of the expected 2025 revenue
    (2024 revenue × (1 + growth)); the rest of next year's revenue is repeat business that is
    not in the pipeline. Values are rounded to hundreds of euros.

    >>> df = pipeline()
    >>> sorted(df["kans"].unique())
    [np.float64(0.1), np.float64(0.25), np.float64(0.5), np.float64(0.7), np.float64(0.9)]
    """
    n = validation.whole(n_opportunities, "n_opportunities", minimum=len(COUNTRIES))
    rng = np.random.default_rng(seed)
    profile = _customer_profile()
    table = _country_table()
    per_country = np.maximum(8, np.round(n * table["revenue_2024"] / table["revenue_2024"].sum())).astype(int)
    alive = (profile["churn"].to_numpy() > END) & (profile["klant_sinds"].to_numpy() <= END)

    rows = []
    for country, count in per_country.items():  # seven countries
        candidates = np.flatnonzero(alive & (profile["land"].to_numpy() == country))
        weight = np.sqrt(profile["size"].to_numpy()[candidates])
        rows.append(rng.choice(candidates, size=count, p=weight / weight.sum()))
    customer = profile.loc[np.concatenate(rows)]

    stages = pd.DataFrame.from_dict(PIPELINE_STAGES, orient="index")
    stage = rng.choice(stages.index.to_numpy(), size=len(customer), p=stages["share"].to_numpy())
    probability = stages.loc[stage, "probability"].to_numpy()
    low = np.array([m[0] for m in stages.loc[stage, "months"]])
    high = np.array([m[1] for m in stages.loc[stage, "months"]])
    month = low + (rng.random(len(customer)) * (high - low + 1)).astype(int)

    value = np.sqrt(customer["size"].to_numpy()) * rng.lognormal(0, 0.7, len(customer))
    land = customer["land"].to_numpy()
    weighted = pd.Series(value * probability).groupby(land).sum()
    target = table["coverage"] * _expected_revenue_2025()
    value = value * (target / weighted).loc[land].to_numpy()
    value = np.maximum(np.round(value, -2), 500).astype("int64")

    df = pd.DataFrame({
        "klant_id": customer["klant_id"].to_numpy(), "land": land, "fase": stage, "kans": probability,
        "waarde": value, "verwachte_maand": pd.to_datetime({"year": 2025, "month": month, "day": 1}).to_numpy(),
    })
    df["verwachte_maand"] = df["verwachte_maand"].astype("datetime64[s]")
    df = df.sort_values(["verwachte_maand", "klant_id"], kind="stable").reset_index(drop=True)
    df.insert(0, "kans_id", _ids("KS", len(df), 4))
    return df


# ---------------------------------------------------------------------------------------------
# Example of a student's own file (chapter 4)
# ---------------------------------------------------------------------------------------------


def monthly_revenue_example(seed: int = SEEDS["monthly_revenue_example"]) -> pd.DataFrame:
    """36 months of revenue of one fictional installer (2022–2024), for the exercise in which
    a student reads his own series: 1.5% growth per month, the Installatiemateriaal season and
    5% noise, in euros and cents.

    >>> monthly_revenue_example()["omzet"].round(-4).iloc[0]
    np.float64(170000.0)
    """
    rng = np.random.default_rng(seed)
    months = pd.date_range("2022-01-01", periods=36, freq="MS")
    season = np.array(SEASONALITY["Installatiemateriaal"]) / np.mean(SEASONALITY["Installatiemateriaal"])
    revenue = 180_000 * 1.015 ** np.arange(36) * season[months.month - 1] * rng.lognormal(0, 0.05, 36)
    return pd.DataFrame({"maand": months, "omzet": np.round(revenue, 2)})


# ---------------------------------------------------------------------------------------------
# 7. Sales team and account locations (chapter 6)
# ---------------------------------------------------------------------------------------------

# The Dutch places of REGIONS["Nederland"]: 2-digit postcode area and rough Rijksdriehoek
# coordinates in km (x west → east, y south → north), rounded to whole km.
NL_PLACES: dict[str, tuple[str, float, float]] = {
    "Groningen": ("97", 234, 582), "Leeuwarden": ("89", 182, 579), "Assen": ("94", 233, 557),
    "Drachten": ("92", 200, 574), "Emmen": ("78", 256, 533), "Heerenveen": ("84", 188, 551),
    "Sneek": ("86", 166, 565), "Hoogeveen": ("79", 232, 528),
    "Zwolle": ("80", 203, 503), "Enschede": ("75", 258, 471), "Apeldoorn": ("73", 195, 469),
    "Deventer": ("74", 208, 474), "Hengelo": ("75", 250, 476), "Almelo": ("76", 240, 489),
    "Nijmegen": ("65", 187, 428), "Arnhem": ("68", 191, 444), "Doetinchem": ("70", 219, 443),
    "Eindhoven": ("56", 161, 383), "Tilburg": ("50", 133, 397), "Breda": ("48", 112, 400),
    "Maastricht": ("62", 176, 318), "Venlo": ("59", 209, 376), "Den Bosch": ("52", 149, 411),
    "Helmond": ("57", 173, 384), "Roermond": ("60", 196, 355), "Bergen op Zoom": ("46", 81, 391),
    "Rotterdam": ("30", 92, 437), "Den Haag": ("25", 81, 455), "Amsterdam": ("10", 121, 487),
    "Haarlem": ("20", 104, 489), "Leiden": ("23", 93, 464), "Delft": ("26", 85, 447),
    "Dordrecht": ("33", 105, 425), "Alkmaar": ("18", 112, 516), "Zaandam": ("15", 116, 496),
    "Schiedam": ("31", 87, 437),
    "Utrecht": ("35", 136, 456), "Amersfoort": ("38", 155, 463), "Almere": ("13", 143, 487),
    "Lelystad": ("82", 160, 502), "Veenendaal": ("39", 169, 449), "Nieuwegein": ("34", 134, 449),
    "Houten": ("39", 140, 449), "Zeist": ("37", 145, 455),
}
LOCATION_JITTER = 3.0        # km: standard deviation of an account around its place
LOCATION_JITTER_MAX = 8.0    # km: an account lies at most this far from its place in x and in y
WALLET_SHARE = (0.40, 0.90)  # Noordstroom's share of a customer's purchases: potential = revenue / share

# The Dutch sales team: the six account managers of REGIONS["Nederland"]. Working days are
# 260 minus holidays, public holidays, training and sickness; Fatima El Amrani works 0.8 fte.
# aandeel_bezoektijd is the share of working time available for customer visits (incl. travel);
# the rest goes to preparation, quotations, internal meetings and administration.
SALES_TEAM: list[dict] = [
    dict(verkoper="Sanne Dijkstra", functie="accountmanager", regio="Noord", standplaats="Assen",
         fte=1.0, werkdagen_per_jaar=210, uren_per_dag=8, aandeel_bezoektijd=0.55, vast_salaris=54_000),
    dict(verkoper="Bram Kuipers", functie="accountmanager", regio="Oost", standplaats="Deventer",
         fte=1.0, werkdagen_per_jaar=210, uren_per_dag=8, aandeel_bezoektijd=0.55, vast_salaris=56_000),
    dict(verkoper="Joost Hoogland", functie="senior accountmanager", regio="Midden", standplaats="Amersfoort",
         fte=1.0, werkdagen_per_jaar=210, uren_per_dag=8, aandeel_bezoektijd=0.55, vast_salaris=64_000),
    dict(verkoper="Daan Verbeek", functie="senior accountmanager", regio="West", standplaats="Rotterdam",
         fte=1.0, werkdagen_per_jaar=210, uren_per_dag=8, aandeel_bezoektijd=0.55, vast_salaris=62_000),
    dict(verkoper="Fatima El Amrani", functie="accountmanager", regio="West", standplaats="Haarlem",
         fte=0.8, werkdagen_per_jaar=168, uren_per_dag=8, aandeel_bezoektijd=0.55, vast_salaris=44_800),
    dict(verkoper="Lotte van den Heuvel", functie="accountmanager", regio="Zuid", standplaats="Eindhoven",
         fte=1.0, werkdagen_per_jaar=210, uren_per_dag=8, aandeel_bezoektijd=0.55, vast_salaris=58_000),
]
TARGET_GROWTH_2024 = 0.05    # the 2024 sales target of a rep: his customers' 2023 revenue + 5%


def sales_team() -> pd.DataFrame:
    """The Dutch sales team of 2024: the six account managers of klanten.csv (REGIONS), their
    home base with its coordinates (NL_PLACES), working days, hours per day, the share of time
    for visits, the fixed yearly salary and the sales target for 2024.

    The target (omzetdoel_2024) is the 2023 revenue of the rep's customers in transacties.csv
    plus TARGET_GROWTH_2024, rounded to tens of thousands of euros: the way the sales manager
    set it at the end of 2023. No randomness, so no seed.

    >>> df = sales_team()
    >>> list(df["verkoper"])[:2], int(df["werkdagen_per_jaar"].sum())
    (['Sanne Dijkstra', 'Bram Kuipers'], 1218)
    """
    team = pd.DataFrame(SALES_TEAM)
    place = pd.DataFrame.from_dict(NL_PLACES, orient="index", columns=["postcodegebied", "x_km", "y_km"])
    team.insert(4, "x_km", place.loc[team["standplaats"], "x_km"].to_numpy().astype(float))
    team.insert(5, "y_km", place.loc[team["standplaats"], "y_km"].to_numpy().astype(float))
    profile = _customer_profile()
    tx = transactions()
    revenue_2023 = tx[tx["datum"].dt.year == 2023].groupby("klant_id")["bedrag"].sum()
    manager = profile.set_index("klant_id")["accountmanager"]
    per_rep = revenue_2023.groupby(manager.reindex(revenue_2023.index).to_numpy()).sum()
    target = per_rep.reindex(team["verkoper"]).to_numpy() * (1 + TARGET_GROWTH_2024)
    team["omzetdoel_2024"] = (np.round(target, -4)).astype("int64")
    return team


def account_locations(seed: int = SEEDS["account_locations"]) -> pd.DataFrame:
    """Location and purchase potential of every Dutch customer in klanten.csv.

    The place is the customer's hidden place (of its region, as in REGIONS); the account lies
    around it with normal noise (LOCATION_JITTER km, cut off at LOCATION_JITTER_MAX), on the
    rough Rijksdriehoek grid of NL_PLACES. The potential is what the customer buys from
    Noordstroom — the larger of its expected yearly revenue (its share of the Dutch 2024
    revenue by hidden size) and its actual 2024 revenue in transacties.csv — divided by
    Noordstroom's share of its purchases, drawn uniformly from WALLET_SHARE; rounded to
    thousands of euros, at least € 5.000. So the potential is always above the 2024 revenue.
    Customers that left still have a potential: they buy elsewhere now.

    >>> df = account_locations()
    >>> len(df), df["postcodegebied"].str.len().eq(2).all()
    (820, np.True_)
    """
    rng = np.random.default_rng(seed)
    profile = _customer_profile()
    nl = profile[profile["land"] == "Nederland"].reset_index(drop=True)
    place = pd.DataFrame.from_dict(NL_PLACES, orient="index", columns=["postcodegebied", "x_km", "y_km"]).loc[nl["plaats"]]
    n = len(nl)
    dx = np.clip(rng.normal(0, LOCATION_JITTER, n), -LOCATION_JITTER_MAX, LOCATION_JITTER_MAX)
    dy = np.clip(rng.normal(0, LOCATION_JITTER, n), -LOCATION_JITTER_MAX, LOCATION_JITTER_MAX)
    expected = nl["size"].to_numpy() / nl["size"].sum() * COUNTRIES["Nederland"]["revenue_2024"]
    tx = transactions()
    actual = tx[tx["datum"].dt.year == 2024].groupby("klant_id")["bedrag"].sum()
    expected = np.maximum(expected, actual.reindex(nl["klant_id"]).fillna(0.0).to_numpy())
    share = rng.uniform(*WALLET_SHARE, n)
    potential = np.maximum(np.round(expected / share, -3), 5_000).astype("int64")
    return pd.DataFrame({
        "klant_id": nl["klant_id"].to_numpy(),
        "postcodegebied": place["postcodegebied"].to_numpy(),
        "plaats": nl["plaats"].to_numpy(),
        "x_km": np.round(place["x_km"].to_numpy() + dx, 1),
        "y_km": np.round(place["y_km"].to_numpy() + dy, 1),
        "potentieel": potential,
    })


# ---------------------------------------------------------------------------------------------
# 7. Candidate trade fairs (chapter 8)
# ---------------------------------------------------------------------------------------------

# Fictional fairs (invented names) that Noordstroom considers for 2025: naam, stad, land, maand,
# dagen, visitors (before the small random spread), share of the target group, share of decision
# makers, stand rent and stand build per m², travel and hotel per person per day, and the three
# scores that are judgements rather than figures (assortment fit, competitors present,
# international reach; 1–10, higher is better for Noordstroom).
FAIRS = [
    ("Installatievakdagen Gorinchem", "Gorinchem", "Nederland", "maart", 3, 24_000, 0.55, 0.30, 165, 190, 60, 9, 8, 2),
    ("Bouw- en Installatiebeurs Utrecht", "Utrecht", "Nederland", "november", 4, 52_000, 0.35, 0.22, 195, 210, 40, 7, 9, 3),
    ("Maritiem & Offshore Techniek", "Rotterdam", "Nederland", "juni", 3, 14_000, 0.50, 0.45, 230, 240, 50, 5, 4, 7),
    ("Vakbeurs Techniek Vlaanderen", "Gent", "België", "oktober", 3, 30_000, 0.40, 0.28, 150, 180, 190, 8, 6, 4),
    ("Haustechnik Rhein-Ruhr", "Essen", "Duitsland", "februari", 4, 60_000, 0.30, 0.25, 210, 240, 210, 8, 8, 5),
    ("Industrieforum Nord", "Hannover", "Duitsland", "april", 5, 190_000, 0.10, 0.38, 285, 320, 260, 6, 7, 10),
    ("Gulf Build & Power Expo", "Dubai", "Midden-Oosten", "november", 4, 85_000, 0.15, 0.42, 520, 380, 380, 7, 5, 9),
]
FAIR_VISITOR_SPREAD = 0.05   # visitor numbers vary ±5% around the hand-set figure


def trade_fairs(seed: int = SEEDS["trade_fairs"]) -> pd.DataFrame:
    """Seven candidate trade fairs for 2025 with their figures and criteria scores (1–10).

    The figures are the hand-set table FAIRS; visitor numbers get a lognormal spread of 5% and
    are rounded to hundreds. Three scores follow from the figures, so that they stay consistent:

    * score_doelgroep = 10 × doelgroepbezoekers / the largest number of doelgroepbezoekers,
      with doelgroepbezoekers = bezoekers × aandeel_doelgroep;
    * score_beslissers = 20 × aandeel_beslissers (50% decision makers or more scores 10);
    * score_kosten = 10 × the lowest (standhuur + standbouw) per m² / this fair's (cheap is high);

    each rounded and kept within 1–10. The other three scores are the hand-set judgements.

    >>> df = trade_fairs()
    >>> len(df), df["beurs_id"].iloc[0], int(df["score_kosten"].max())
    (7, 'B01', 10)
    """
    rng = np.random.default_rng(seed)
    columns = ["naam", "stad", "land", "maand", "dagen", "bezoekers", "aandeel_doelgroep", "aandeel_beslissers",
               "standhuur_per_m2", "standbouw_per_m2", "reis_verblijf_per_dag", "score_assortiment",
               "score_concurrenten", "score_internationaal"]
    df = pd.DataFrame(FAIRS, columns=columns)
    spread = rng.lognormal(0, FAIR_VISITOR_SPREAD, len(df))
    df["bezoekers"] = (np.round(df["bezoekers"] * spread, -2)).astype("int64")
    target = df["bezoekers"] * df["aandeel_doelgroep"]
    per_m2 = df["standhuur_per_m2"] + df["standbouw_per_m2"]

    def score(x):
        return np.clip(np.round(x), 1, 10).astype("int64")

    df["score_doelgroep"] = score(10 * target / target.max())
    df["score_beslissers"] = score(20 * df["aandeel_beslissers"])
    df["score_kosten"] = score(10 * per_m2.min() / per_m2)
    df.insert(0, "beurs_id", _ids("B", len(df), 2))
    order = ["beurs_id", *columns[:11], "score_doelgroep", "score_beslissers", "score_assortiment", "score_kosten",
             "score_concurrenten", "score_internationaal"]
    return df[order]


# ---------------------------------------------------------------------------------------------
# 8. Cost drivers per customer (chapter 7)
# ---------------------------------------------------------------------------------------------

# Per segment: visits relative to the size rule, extra deliveries per order (partial deliveries,
# on building sites more than at a workshop), returns per delivery and extra payment days.
COST_DRIVER_SEGMENTS: dict[str, dict] = {
    "installateur": dict(visits=0.9, split=0.6, returns=0.04, days=0),
    "industrie": dict(visits=1.0, split=0.3, returns=0.02, days=-5),
    "scheepsbouw": dict(visits=1.2, split=0.5, returns=0.03, days=5),
    "utiliteitsbouw": dict(visits=1.1, split=1.0, returns=0.04, days=10),
    "overheid": dict(visits=1.3, split=0.4, returns=0.02, days=25),
}
# Debiteurendagen per country in Tabel 1.2: the revenue-weighted payment days of each country.
PAYMENT_DAYS = {"Nederland": 49, "Midden-Oosten": 90, "Duitsland": 70, "UK": 85, "België": 72, "Spanje": 110,
                "Maleisië": 152}
# Costly customers: in the band of customers ranked 11 up to 25% by 2024 revenue, a customer with a
# below-median average order value becomes costly with chance 0.64 (0.96 in utiliteitsbouw and
# overheid), the others with chance 0.16 (0.24). A costly customer gets COSTLY_VISITS times the
# visits, COSTLY_SPLIT extra deliveries per order, three times the returns and COSTLY_DAYS more
# payment days: the service a demanding account asks for and gets.
COSTLY_BAND = (10, 0.25)
COSTLY_CHANCE = {"small_orders": 0.64, "other": 0.16, "bouw_overheid": 1.5}
COSTLY_VISITS, COSTLY_SPLIT, COSTLY_RETURNS, COSTLY_DAYS = 3.5, 3.0, 3.0, 40
VISITS_BASE, VISITS_PER_SQRT_50K = 2.0, 2.5   # visits = (2 + 2.5 · √(omzet / 50 000)) × segment × noise


def cost_drivers(seed: int = SEEDS["cost_drivers"]) -> pd.DataFrame:
    """Cost drivers of 2024 per customer who bought in 2024: visits, orders, deliveries, returns
    and the actual average payment days (for customer profitability, chapter 7).

    * orders: the number of the customer's 2024 rows in :func:`transactions` (exactly);
    * leveringen: orders plus Poisson(orders × split) partial deliveries;
    * bezoeken: (VISITS_BASE + VISITS_PER_SQRT_50K · √(omzet / 50 000)) × segment factor ×
      lognormal noise (σ 0.3), rounded;
    * retouren: Poisson(leveringen × return rate of the segment);
    * betaaldagen: debiteurendagen of the country (Tabel 1.2) + segment shift + N(0, 8) days,
      then shifted per country so that the revenue-weighted average equals Tabel 1.2, rounded
      and at least 14.

    A costly minority of the larger customers (COSTLY_BAND, most often those with many small
    orders) gets much more service (COSTLY_…), so that some A-customers lose money after their
    cost-to-serve: the whale curve has something to show.

    >>> df = cost_drivers()
    >>> list(df.columns), bool((df["leveringen"] >= df["orders"]).all())
    (['klant_id', 'bezoeken', 'orders', 'leveringen', 'retouren', 'betaaldagen'], True)
    """
    rng = np.random.default_rng(seed)
    log = transactions()
    log = log[log["datum"].dt.year == 2024]
    per = log.groupby("klant_id").agg(orders=("bedrag", "size"), omzet=("bedrag", "sum"))
    profile = _customer_profile().set_index("klant_id").loc[per.index]
    n = len(per)
    seg = pd.DataFrame.from_dict(COST_DRIVER_SEGMENTS, orient="index").loc[profile["segment"]]
    land = profile["land"].to_numpy()
    orders = per["orders"].to_numpy()
    revenue = per["omzet"].to_numpy()

    rank = pd.Series(revenue).rank(ascending=False, method="first").to_numpy()
    band = (rank > COSTLY_BAND[0]) & (rank <= COSTLY_BAND[1] * n)
    average_order = revenue / orders
    small_orders = band & (average_order < np.median(average_order[band]))
    chance = np.where(small_orders, COSTLY_CHANCE["small_orders"], COSTLY_CHANCE["other"]) * np.where(
        profile["segment"].isin(["utiliteitsbouw", "overheid"]).to_numpy(), COSTLY_CHANCE["bouw_overheid"], 1.0)
    costly = band & (rng.random(n) < chance)

    visits = ((VISITS_BASE + VISITS_PER_SQRT_50K * np.sqrt(revenue / 50_000)) * seg["visits"].to_numpy()
              * rng.lognormal(0, 0.3, n) * np.where(costly, COSTLY_VISITS, 1.0))
    split = seg["split"].to_numpy() + np.where(costly, COSTLY_SPLIT, 0.0)
    deliveries = orders + rng.poisson(orders * split)
    returns = rng.poisson(deliveries * seg["returns"].to_numpy() * np.where(costly, COSTLY_RETURNS, 1.0))

    days = (pd.Series(PAYMENT_DAYS).loc[land].to_numpy() + seg["days"].to_numpy()
            + rng.normal(0, 8, n) + np.where(costly, COSTLY_DAYS, 0))
    weighted = pd.Series(days * revenue).groupby(land).sum() / pd.Series(revenue).groupby(land).sum()
    days = days + (pd.Series(PAYMENT_DAYS) - weighted).loc[land].to_numpy()
    days = np.maximum(np.round(days), 14)

    return pd.DataFrame({
        "klant_id": per.index.to_numpy(), "bezoeken": np.round(visits).astype("int64"),
        "orders": orders.astype("int64"), "leveringen": deliveries.astype("int64"),
        "retouren": returns.astype("int64"), "betaaldagen": days.astype("int64"),
    })


# ---------------------------------------------------------------------------------------------
# Writing the files
# ---------------------------------------------------------------------------------------------

DATASETS: dict[str, Callable[[], pd.DataFrame]] = {
    "verkoophistorie.csv": sales_history,
    "klanten.csv": customers,
    "transacties.csv": transactions,
    "leads.csv": leads,
    "nps_enquete.csv": nps_survey,
    "pipeline.csv": pipeline,
    "kostendrivers.csv": cost_drivers,
    "beurzen.csv": trade_fairs,
    "verkoopteam.csv": sales_team,
    "accountlocaties.csv": account_locations,
}
EXAMPLES: dict[str, Callable[[], pd.DataFrame]] = {
    "voorbeelden/maandomzet_uit_excel.csv": monthly_revenue_example,
}


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a data set as the shipped files are: UTF-8, commas, a decimal point, dates as
    YYYY-MM-DD, floats with exactly two decimals, text with a comma or a quote between quotes
    (as ``DataFrame.to_csv`` does) and '\\n' line ends on every platform.

    The cells are formatted with vectorised numpy string operations rather than with
    ``to_csv``, which takes several seconds for a million rows.
    """
    path = Path(path)
    lines = np.array(",".join(df.columns), dtype=TEXT)
    cells = [_csv_cells(df[column]) for column in df.columns]
    rows = cells[0]
    for column in cells[1:]:
        rows = np.strings.add(np.strings.add(rows, ","), column)
    text = "\n".join([str(lines), *rows.tolist()]) + "\n"
    path.write_bytes(text.encode("utf-8"))
    return path


def _csv_cells(column: pd.Series) -> np.ndarray:
    """One column as CSV text cells."""
    values = column.to_numpy()
    if pd.api.types.is_datetime64_any_dtype(column):
        days, position = np.unique(values.astype("datetime64[D]"), return_inverse=True)
        return np.datetime_as_string(days, unit="D").astype(TEXT)[position]
    if pd.api.types.is_float_dtype(column):
        return _two_decimals(values)
    if pd.api.types.is_integer_dtype(column):
        return values.astype(TEXT)
    text = values.astype(object).astype(TEXT)
    needs_quotes = (np.strings.find(text, ",") >= 0) | (np.strings.find(text, '"') >= 0)
    quoted = np.strings.add(np.strings.add('"', np.strings.replace(text, '"', '""')), '"')
    return np.where(needs_quotes, quoted, text)


def _two_decimals(values: np.ndarray) -> np.ndarray:
    """Numbers as text with exactly two decimals, like '%.2f' (1234.5 → '1234.50')."""
    cents = np.round(values * 100).astype(np.int64)
    sign = np.where(cents < 0, "-", "").astype(TEXT)
    cents = np.abs(cents)
    euros = (cents // 100).astype(TEXT)
    rest = np.strings.zfill((cents % 100).astype(TEXT), 2)
    return np.strings.add(np.strings.add(sign, euros), np.strings.add(".", rest))


def write_dutch_excel_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a table the way Dutch Excel saves 'CSV UTF-8': a BOM, semicolons, dates as
    DD-MM-YYYY, numbers with thousands dots and a decimal comma, headers capitalised."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    def cell(value: object) -> str:
        if isinstance(value, pd.Timestamp):
            return value.strftime("%d-%m-%Y")
        if isinstance(value, float):
            return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        return str(value)

    lines = [";".join(c.capitalize() for c in df.columns)]
    lines += [";".join(cell(v) for v in row) for row in df.itertuples(index=False)]
    path.write_bytes(("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))
    return path


def write_all(folder: str | Path = DATA_DIR) -> list[Path]:
    """Write every data set (and the example in voorbeelden/) into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = [write_csv(make(), folder / name) for name, make in DATASETS.items()]
    written += [write_dutch_excel_csv(make(), folder / name) for name, make in EXAMPLES.items()]
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m salesbook.generate``: (re)write the case data; see ``--help``."""
    parser = argparse.ArgumentParser(
        prog="python -m salesbook.generate",
        description="Maak de synthetische casusgegevens van Noordstroom Technische Groothandel opnieuw "
                    "(vaste seeds: elke keer precies dezelfde bestanden).",
    )
    parser.add_argument("--uit", metavar="MAP", type=Path, default=DATA_DIR,
                        help=f"map waarin de CSV-bestanden komen (standaard: {DATA_DIR})")
    parser.add_argument("--transacties", metavar="N", type=int, default=None,
                        help="maak alleen transacties.csv, met N rijen (bijvoorbeeld 1000000 voor een "
                             "snelheidstest); kies dan met --uit een andere map dan data/")
    args = parser.parse_args(argv)
    folder = args.uit.expanduser().resolve()

    began = time.perf_counter()
    if args.transacties is None:
        written = write_all(folder)
    else:
        if args.transacties < 1:
            parser.error(f"--transacties moet minstens 1 zijn (kreeg {args.transacties})")
        if folder == DATA_DIR.resolve() and args.transacties != DEFAULT_TRANSACTIONS:
            parser.error(f"data/transacties.csv hoort {DEFAULT_TRANSACTIONS} rijen te hebben; "
                         "kies met --uit een andere map, bijvoorbeeld --uit /tmp/benchmark")
        folder.mkdir(parents=True, exist_ok=True)
        written = [write_csv(transactions(args.transacties), folder / "transacties.csv")]
    seconds = time.perf_counter() - began
    for path in written:
        size = f"{path.stat().st_size:,}".replace(",", ".")
        print(f"geschreven: {path} ({size} bytes)")
    print(f"klaar in {seconds:.1f} s".replace(".", ","))
    return 0


if __name__ == "__main__":
    sys.exit(main())
