"""Candidate trade fairs (chapter 8)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from salesbook.generate.assumptions import SEEDS, _ids


# Fictional fairs (invented names) that Noordstroom considers for 2025: naam, stad, land, maand,
# dagen, visitors (before the small random spread), share of the target group, share of that target
# group that comes from the Netherlands (the fair's goal is Dutch customers, issue 12 § 5), share of
# decision makers, stand rent and stand build per m², travel and hotel per person per day, and the
# three scores that are judgements rather than figures (assortment fit, competitors present,
# international reach; 1–10, higher is better for Noordstroom).
FAIRS = [
    ("Installatievakdagen Gorinchem", "Gorinchem", "Nederland", "maart", 3, 24_000, 0.55, 0.97, 0.30, 165, 190, 60, 9, 8, 2),
    ("Bouw- en Installatiebeurs Utrecht", "Utrecht", "Nederland", "november", 4, 52_000, 0.35, 0.95, 0.22, 195, 210, 40, 7, 9, 3),
    ("Maritiem & Offshore Techniek", "Rotterdam", "Nederland", "juni", 3, 14_000, 0.50, 0.85, 0.45, 230, 240, 50, 5, 4, 7),
    ("Vakbeurs Techniek Vlaanderen", "Gent", "België", "oktober", 3, 30_000, 0.40, 0.25, 0.28, 150, 180, 190, 8, 6, 4),
    ("Haustechnik Rhein-Ruhr", "Essen", "Duitsland", "februari", 4, 60_000, 0.30, 0.12, 0.25, 210, 240, 210, 8, 8, 5),
    ("Industrieforum Nord", "Hannover", "Duitsland", "april", 5, 190_000, 0.10, 0.05, 0.38, 285, 320, 260, 6, 7, 10),
    ("Gulf Build & Power Expo", "Dubai", "Midden-Oosten", "november", 4, 85_000, 0.15, 0.01, 0.42, 520, 380, 380, 7, 5, 9),
]
FAIR_VISITOR_SPREAD = 0.05   # visitor numbers vary ±5% around the hand-set figure


def trade_fairs(seed: int = SEEDS["trade_fairs"]) -> pd.DataFrame:
    """Seven candidate trade fairs for 2025 with their figures and criteria scores (1–10).

    The figures are the hand-set table FAIRS; visitor numbers get a lognormal spread of 5% and
    are rounded to hundreds. Three scores follow from the figures, so that they stay consistent:

    * score_doelgroep = 10 × Dutch target-group visitors / the largest number of them, with
      Dutch target-group visitors = bezoekers × aandeel_doelgroep × aandeel_nl_doelgroep (the
      fair's goal is Dutch customers; ``salesbook.fairs.dutch_target_visitors``);
    * score_beslissers = 20 × aandeel_beslissers (50% decision makers or more scores 10);
    * score_kosten = 10 × the lowest (standhuur + standbouw) per m² / this fair's (cheap is high);

    each rounded and kept within 1–10. The other three scores are the hand-set judgements.

    >>> df = trade_fairs()
    >>> len(df), df["beurs_id"].iloc[0], int(df["score_kosten"].max())
    (7, 'B01', 10)
    """
    rng = np.random.default_rng(seed)
    columns = ["naam", "stad", "land", "maand", "dagen", "bezoekers", "aandeel_doelgroep", "aandeel_nl_doelgroep",
               "aandeel_beslissers",
               "standhuur_per_m2", "standbouw_per_m2", "reis_verblijf_per_dag", "score_assortiment",
               "score_concurrenten", "score_internationaal"]
    df = pd.DataFrame(FAIRS, columns=columns)
    spread = rng.lognormal(0, FAIR_VISITOR_SPREAD, len(df))
    df["bezoekers"] = (np.round(df["bezoekers"] * spread, -2)).astype("int64")
    target = df["bezoekers"] * df["aandeel_doelgroep"] * df["aandeel_nl_doelgroep"]
    per_m2 = df["standhuur_per_m2"] + df["standbouw_per_m2"]

    def score(x):
        return np.clip(np.round(x), 1, 10).astype("int64")

    df["score_doelgroep"] = score(10 * target / target.max())
    df["score_beslissers"] = score(20 * df["aandeel_beslissers"])
    df["score_kosten"] = score(10 * per_m2.min() / per_m2)
    df.insert(0, "beurs_id", _ids("B", len(df), 2))
    order = ["beurs_id", *columns[:12], "score_doelgroep", "score_beslissers", "score_assortiment", "score_kosten",
             "score_concurrenten", "score_internationaal"]
    return df[order]
