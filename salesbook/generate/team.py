"""The Dutch sales team and the account locations (chapter 6)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from salesbook.generate.assumptions import COUNTRIES, SEEDS
from salesbook.generate.crm import _customer_profile, transactions


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
