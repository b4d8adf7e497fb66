"""Cost drivers per customer (chapter 7)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from salesbook.generate.assumptions import SEEDS
from salesbook.generate.crm import _customer_profile, transactions


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
