"""The assumptions of the synthetic case (the tables in capitals), the seeds and small helpers."""

from __future__ import annotations

import numpy as np
import pandas as pd
from numpy.dtypes import StringDType


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

# The markets the subsidiaries sell in (chapters 2 and 3; the pack's own assumptions, not the
# book's): the company's market share in 2024, the share of its largest competitor and the
# market's growth per year. A country's market size follows from Tabel 1.2's revenue:
# market = revenue_2024 / market_share (Nederland: 84 mln / 0.12 = 700 mln). Chapter 2's
# portfolio (BCG: growth × relative share = share / largest competitor) and chapter 3's
# market-potential estimate (n × q × p, calibrated to this market size) both start here.
COUNTRY_MARKETS: dict[str, dict] = {
    "Nederland": dict(market_share=0.120, largest_competitor=0.100, market_growth=0.020),
    "Midden-Oosten": dict(market_share=0.040, largest_competitor=0.150, market_growth=0.090),
    "Duitsland": dict(market_share=0.015, largest_competitor=0.120, market_growth=0.020),
    "UK": dict(market_share=0.010, largest_competitor=0.140, market_growth=0.025),
    "België": dict(market_share=0.060, largest_competitor=0.110, market_growth=0.020),
    "Spanje": dict(market_share=0.012, largest_competitor=0.130, market_growth=0.035),
    "Maleisië": dict(market_share=0.002, largest_competitor=0.180, market_growth=0.120),
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
SEEDS["market_inputs"] = 301       # chapter 3: the market-potential inputs per country
SEEDS["strategy_markets"] = 201    # chapter 2: markets and largest competitors per product group
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
