"""Sales history and the example of a student's own file (chapter 4)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from salesbook.generate.assumptions import (
    COUNTRIES, PRODUCT_GROUPS, SEASONALITY, SEEDS, UK_DIP, _country_table,
)


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
