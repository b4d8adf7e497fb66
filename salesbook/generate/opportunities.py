"""The open sales pipeline at the end of 2024 (chapter 4)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from salesbook import validation
from salesbook.generate.assumptions import (
    COUNTRIES, END, PIPELINE_STAGES, SEEDS, _country_table, _expected_revenue_2025, _ids,
)
from salesbook.generate.crm import _customer_profile


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
