"""The account portfolio matrix (chapter 7): account attractiveness against the supplier's position.

* :func:`account_portfolio` and :func:`portfolio_quadrant` — two weighted scores per account,
  with the quadrant and its strategy;
* :func:`scale_score` — a measure on a straight line to a 1–10 score;
* :func:`account_scores` — the criterion scores derived from a transaction log, the customer
  facts and the estimated purchase potential (:func:`salesbook.case.case_account_scores` runs it
  on the case data).

Pure functions; :mod:`salesbook.accounts` re-exports them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from salesbook import strategy, validation
from salesbook.errors import SalesbookError
from salesbook.profitability import yearly_sales
from salesbook.segmentation import abc_analysis

# --- the account portfolio matrix ------------------------------------------------------------------

ATTRACTIVENESS_WEIGHTS: dict[str, float] = {"potentieel": 0.35, "groei": 0.20, "marge": 0.25, "strategische fit": 0.20}
"""Default weights of the criteria of account attractiveness (klantaantrekkelijkheid)."""

POSITION_WEIGHTS: dict[str, float] = {"share of wallet": 0.45, "relatie": 0.30, "assortimentsfit": 0.25}
"""Default weights of the criteria of the supplier's position with the account (leverancierspositie)."""

SCORE_RANGE = (1.0, 10.0)
SPLIT = 5.5
"""The middle of the 1–10 scale: the border between low and high in the matrix."""

QUADRANTS: dict[str, str] = {
    "key account": "investeren en partnership uitbouwen: vast team, gezamenlijk accountplan, "
                   "samen innoveren; de relatie strategisch beschermen",
    "ontwikkelen": "selectief investeren om de positie te versterken: share of wallet vergroten, "
                   "meer DMU-leden leren kennen, het assortiment beter laten aansluiten",
    "onderhouden": "positie behouden met zo min mogelijk inzet: efficiënt bedienen, marge en "
                   "cost-to-serve bewaken, geen grote nieuwe investeringen",
    "efficiënt bedienen": "kosten van bediening verlagen (binnendienst, webshop, minimale "
                          "ordergrootte) of de relatie heroverwegen",
}
"""The quadrants of the account portfolio and the strategy that belongs to each."""


def portfolio_quadrant(attractiveness: float, position: float, *, split: float = SPLIT) -> str:
    """The quadrant of an account: attractiveness and position each high (≥ split) or low.

    ====================  ================  ==================
    attractiveness        position high     position low
    ====================  ================  ==================
    high                  key account       ontwikkelen
    low                   onderhouden       efficiënt bedienen
    ====================  ================  ==================

    Source: Rustenburg & Steenbeek, Salesmanagement, H7 (accountportfolio).

    >>> portfolio_quadrant(7.2, 4.0), portfolio_quadrant(5.5, 5.5)
    ('ontwikkelen', 'key account')
    """
    a = validation.in_range(attractiveness, "aantrekkelijkheid", *SCORE_RANGE)
    p = validation.in_range(position, "positie", *SCORE_RANGE)
    s = validation.in_range(split, "grens tussen laag en hoog", *SCORE_RANGE)
    return _quadrant(a >= s, p >= s)


def _quadrant(high_attractiveness: bool, strong_position: bool) -> str:
    if high_attractiveness:
        return "key account" if strong_position else "ontwikkelen"
    return "onderhouden" if strong_position else "efficiënt bedienen"


def _weights(weights: object, name: str) -> dict[str, float]:
    if not isinstance(weights, Mapping) or not weights:
        raise SalesbookError(f"{name} moet een woordenboek zijn zoals {{'criterium': 0.5, …}} (kreeg {weights!r})")
    strategy.weighted_score({k: 1.0 for k in weights}, dict(weights))   # checks ≥ 0 and Σ = 1
    return {k: float(v) for k, v in weights.items()}


def account_portfolio(
    scores: pd.DataFrame,
    attractiveness_weights: Mapping[str, float] | None = None,
    position_weights: Mapping[str, float] | None = None,
    *,
    split: float = SPLIT,
) -> pd.DataFrame:
    """Place accounts in the portfolio matrix: attractiveness against the supplier's position.

    Per account, with criterion scores s on a 1–10 scale and weights g that sum to 1
    (:func:`salesbook.strategy.weighted_score`):

        aantrekkelijkheid = Σ s_criterium × g_criterium   (e.g. potentieel, groei, marge, strategische fit)
        positie           = Σ s_criterium × g_criterium   (e.g. share of wallet, relatie, assortimentsfit)

    and the quadrant by :func:`portfolio_quadrant` with its strategy from :data:`QUADRANTS`.
    ``scores`` has one row per account (the index names it) and a column per criterion of
    both weight mappings (defaults :data:`ATTRACTIVENESS_WEIGHTS`, :data:`POSITION_WEIGHTS`).
    Returns the columns ``aantrekkelijkheid, positie, kwadrant, strategie`` in the order of
    ``scores``.

    Source: Rustenburg & Steenbeek, Salesmanagement, H7 (accountportfolio).

    >>> scores = pd.DataFrame({"omvang": [9, 3], "groei": [5, 4], "sow": [8, 2], "relatie": [6, 7]},
    ...                       index=["Bouwgroep X", "Gemeente Y"])
    >>> account_portfolio(scores, {"omvang": 0.6, "groei": 0.4}, {"sow": 0.5, "relatie": 0.5})[
    ...     ["aantrekkelijkheid", "positie", "kwadrant"]]
                 aantrekkelijkheid  positie            kwadrant
    Bouwgroep X                7.4      7.0         key account
    Gemeente Y                 3.4      4.5  efficiënt bedienen
    """
    wa = _weights(ATTRACTIVENESS_WEIGHTS if attractiveness_weights is None else attractiveness_weights,
                  "gewichten aantrekkelijkheid")
    wp = _weights(POSITION_WEIGHTS if position_weights is None else position_weights, "gewichten positie")
    s = validation.in_range(split, "grens tussen laag en hoog", *SCORE_RANGE)
    if not isinstance(scores, pd.DataFrame) or scores.empty:
        raise SalesbookError("scores moet een tabel (DataFrame) zijn met één rij per account "
                             "en een kolom per criterium")
    needed = list(dict.fromkeys([*wa, *wp]))
    missing = [c for c in needed if c not in scores.columns]
    if missing:
        raise SalesbookError(f"scores mist de kolom(men) {', '.join(missing)}; nodig zijn: {', '.join(needed)}")
    table = scores[needed]
    values = table.apply(pd.to_numeric, errors="coerce")
    bad = values.isna() | (values < SCORE_RANGE[0]) | (values > SCORE_RANGE[1])
    if bad.any().any():
        row, column = next((r, c) for r in table.index for c in needed if bad.loc[r, c])
        raise SalesbookError(f"score '{column}' van {row} moet een getal van 1 tot en met 10 zijn "
                             f"(kreeg {validation._show(validation._plain(table.loc[row, column]))})")
    rows = values.to_dict(orient="records")
    attractiveness = np.array([strategy.weighted_score({c: r[c] for c in wa}, wa) for r in rows], dtype=float)
    position = np.array([strategy.weighted_score({c: r[c] for c in wp}, wp) for r in rows], dtype=float)
    out = pd.DataFrame({"aantrekkelijkheid": attractiveness, "positie": position}, index=scores.index)
    out["kwadrant"] = [_quadrant(a >= s - 1e-9, p >= s - 1e-9) for a, p in zip(attractiveness, position)]
    out["strategie"] = out["kwadrant"].map(QUADRANTS)
    return out


def scale_score(values: object, low: float, high: float) -> pd.Series:
    """Turn a measure into a score from 1 to 10 on a straight line: ``low`` → 1, ``high`` → 10.

        score = 1 + 9 × (x − low) / (high − low), kept within 1 … 10

    ``high`` may be below ``low`` for a measure where less is better. Missing values stay NaN.

    Source: the pack's own helper: a measure on a straight line to a 1–10 score (H7).

    >>> scale_score([0.20, 0.325, 0.45, 0.60], 0.20, 0.45).tolist()
    [1.0, 5.5, 10.0, 10.0]
    """
    lo = validation.number(low, "ondergrens")
    hi = validation.number(high, "bovengrens")
    if lo == hi:
        raise SalesbookError(f"ondergrens en bovengrens moeten verschillen (kreeg twee keer {lo:g})")
    if values is None or isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise SalesbookError(f"waarden moet een reeks getallen zijn (kreeg {validation._show(values)})")
    x = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    numbers = pd.to_numeric(x, errors="coerce").astype(float)
    text = numbers.isna() & x.notna()
    if text.any():
        raise SalesbookError(f"waarden[{x.index[text.to_numpy()][0]!r}] moet een getal zijn "
                             f"(kreeg {validation._show(x[text].iloc[0])})")
    x = numbers
    return (1 + 9 * (x - lo) / (hi - lo)).clip(*SCORE_RANGE)


# Case assumptions: how a measure becomes a 1–10 score (the low and high ends of the line) and
# how well each segment fits Noordstroom's strategy and assortment.
CASE_SCALES: dict[str, tuple[float, float]] = {
    "potentieel": (4.7, 6.2),            # log10 of the potential: € 50 000 → 1, € 1,6 mln → 10
    "groei": (-0.40, 0.60),              # revenue growth on the year before: −40% → 1, +60% → 10
    "marge": (0.28, 0.44),               # brutomarge as a fraction of revenue: 28% → 1, 44% → 10
    "share of wallet": (0.20, 0.90),     # omzet ÷ potentieel (capped at 1): 20% → 1, 90% → 10
    "relatie": (0.0, 20.0),              # years as a customer at the end of the year: 20 → 10
}
STRATEGIC_FIT: dict[str, float] = {"installateur": 8, "utiliteitsbouw": 7, "industrie": 6, "overheid": 5,
                                   "scheepsbouw": 4}
ASSORTMENT_FIT: dict[str, float] = {"installateur": 9, "utiliteitsbouw": 7, "industrie": 6, "overheid": 6,
                                    "scheepsbouw": 4}


def account_scores(transactions: pd.DataFrame, customers: pd.DataFrame, potentials: pd.DataFrame,
                   year: int) -> pd.DataFrame:
    """Criterion scores (1–10) of the customers with a known purchase potential who bought in ``year``.

    ``transactions`` is a log with ``klant_id, datum, bedrag, brutomarge``; ``customers`` has
    ``klant_id, naam, segment, accountmanager, klant_sinds``; ``potentials`` has ``klant_id,
    potentieel`` (in the case only the Dutch customers have one, so the portfolio covers
    Noordstroom Nederland). Per customer, with the lines of :data:`CASE_SCALES` (:func:`scale_score`):

    * potentieel: log10(potentieel); groei: omzet year ÷ omzet year before − 1 (5.5, neutral,
      for a customer without revenue the year before); marge: brutomarge ÷ omzet;
      strategische fit: :data:`STRATEGIC_FIT` of the segment;
    * share of wallet: min(omzet ÷ potentieel, 1); relatie: years since klant_sinds;
      assortimentsfit: :data:`ASSORTMENT_FIT` of the segment.

    Also returns the facts behind them (naam, segment, accountmanager, omzet, brutomarge,
    inkooppotentieel, sow (the share of wallet as a fraction), abc: the class of
    :func:`salesbook.segmentation.abc_analysis` on the revenue of these customers only), sorted by
    omzet descending. Note: in the case this ``abc`` ranks Noordstroom Nederland on its own (193
    A-klanten in 2024); the ABC class in :func:`salesbook.case.account_plan` and in the ABC section
    of notebook 07 ranks all customers of the group, where 197 Dutch customers are A (the 193 plus
    four that are B within Nederland). "Nederlandse A-klant" in the portfolio and key-account
    sections means the first.

    Source: Rustenburg & Steenbeek, Salesmanagement, H7 (accountportfolio).

    >>> log = pd.DataFrame({"klant_id": ["A", "A", "B"], "bedrag": [100.0, 150.0, 80.0],
    ...     "brutomarge": [30.0, 50.0, 30.0], "datum": pd.to_datetime(["2023-05-01", "2024-03-01", "2024-06-30"])})
    >>> facts = pd.DataFrame({"klant_id": ["A", "B"], "naam": ["Ar", "Be"], "segment": ["installateur", "industrie"],
    ...     "accountmanager": ["X", "Y"], "klant_sinds": ["2014-12-31", "2022-01-01"]})
    >>> pot = pd.DataFrame({"klant_id": ["A", "B"], "potentieel": [300.0, 800.0]})
    >>> account_scores(log, facts, pot, 2024)[["omzet", "sow", "abc", "groei", "share of wallet"]].round(2)
              omzet  sow abc  groei  share of wallet
    klant_id
    A         150.0  0.5   A    9.1              4.9
    B          80.0  0.1   A    5.5              1.0
    """
    y = validation.count(year, "jaar", minimum=1, maximum=9999)
    validation.table(customers, "de klanten", {"klant_id": None, "naam": None, "segment": None,
                                               "accountmanager": None, "klant_sinds": None}, min_rows=0)
    validation.table(potentials, "het inkooppotentieel", {"klant_id": None, "potentieel": "getal"}, min_rows=0)
    now = yearly_sales(transactions, y)
    before = yearly_sales(transactions, y - 1) if (pd.to_datetime(transactions["datum"]).dt.year == y - 1).any() \
        else now.iloc[0:0]
    facts = customers.set_index("klant_id")
    potential = potentials.set_index("klant_id")["potentieel"].astype(float)
    if (potential <= 0).any():
        raise SalesbookError("het inkooppotentieel moet groter zijn dan 0 voor elke klant")
    ids = [k for k in now.index if k in potential.index and k in facts.index]
    if not ids:
        raise SalesbookError(f"geen enkele klant met omzet in {y} heeft een bekend inkooppotentieel")
    df = facts.loc[ids, ["naam", "segment", "accountmanager", "klant_sinds"]].copy()
    df["omzet"] = now.loc[ids, "omzet"]
    df["brutomarge"] = now.loc[ids, "brutomarge"]
    df["inkooppotentieel"] = potential.loc[ids]
    df["sow"] = (df["omzet"] / df["inkooppotentieel"]).clip(upper=1.0)
    growth = df["omzet"] / before["omzet"].reindex(ids) - 1
    try:
        since = pd.to_datetime(df["klant_sinds"])
    except (ValueError, TypeError):
        raise SalesbookError("de klanten: de kolom 'klant_sinds' bevat waarden die geen datum zijn") from None
    years = (pd.Timestamp(f"{y}-12-31") - since).dt.days / 365.25
    df["abc"] = abc_analysis(df["omzet"])["class"].reindex(df.index)
    scores = pd.DataFrame(index=df.index)
    scores["potentieel"] = scale_score(np.log10(df["inkooppotentieel"]), *CASE_SCALES["potentieel"])
    scores["groei"] = scale_score(growth, *CASE_SCALES["groei"]).fillna(SPLIT)
    scores["marge"] = scale_score(df["brutomarge"] / df["omzet"], *CASE_SCALES["marge"])
    scores["strategische fit"] = df["segment"].map(STRATEGIC_FIT).astype(float)
    scores["share of wallet"] = scale_score(df["sow"], *CASE_SCALES["share of wallet"])
    scores["relatie"] = scale_score(years, *CASE_SCALES["relatie"])
    scores["assortimentsfit"] = df["segment"].map(ASSORTMENT_FIT).astype(float)
    out = pd.concat([df.drop(columns="klant_sinds"), scores.round(1)], axis=1)
    out.index.name = "klant_id"
    return out.sort_values("omzet", ascending=False, kind="stable")
