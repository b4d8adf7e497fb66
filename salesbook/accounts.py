"""Accountmanagement (chapter 7): customer profitability, the whale curve, the account
portfolio matrix, key-account selection and the account plan.

* :func:`customer_profitability` — klantwinst = brutomarge − cost-to-serve, where the
  cost-to-serve adds up the activity costs of visits, orders, deliveries and returns
  (count × rate) and the interest on the customer's receivables (credit cost);
* :func:`whale_curve` and :func:`whale_summary` — the cumulative profit curve with customers
  from most to least profitable (it rises above 100% when some customers lose money);
* :func:`case_profitability` — the above for the case company, from klanten.csv,
  transacties.csv and kostendrivers.csv;
* :func:`account_portfolio` and :func:`portfolio_quadrant` — account attractiveness against
  the supplier's position with the account, two weighted scores, with the quadrant and its
  strategy; :func:`case_account_scores` derives criterion scores from the case data;
* :func:`key_account_selection` — which accounts meet the key-account criteria;
* :func:`account_plan` — an account plan skeleton for one case customer.

Assumed activity costs (``DEFAULT_RATES``) for a technical wholesaler like Noordstroom,
full costs per activity including staff, car and systems:

* a visit of an account manager: € 400 (about € 110 000 a year for salary, car and
  expenses, divided over some 275 customer visits of half a day including travel time);
* an order: € 350 (order intake, picking of the several dozen order lines of the case
  company's project orders of about € 12 000 on average, packing and invoicing);
* a delivery: € 225 (a trip by the company's own truck or a carrier to a building site or
  workshop);
* a return: € 250 (collection, inspection, credit note and putting back into stock).

The interest on money tied up in receivables is ``DEFAULT_INTEREST_RATE`` = 6% a year.
All rates are plain numbers the student can change; they are assumptions, not facts.
All functions are pure (no widgets, no charts) and raise :class:`SalesbookError` with a
Dutch message for invalid input.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from salesbook import strategy, validation
from salesbook.segmentation import abc_analysis
from salesbook.errors import SalesbookError

COST_DRIVERS: tuple[str, ...] = ("bezoeken", "orders", "leveringen", "retouren")
"""The activities that drive the cost-to-serve, counted per customer per year."""

DEFAULT_RATES: dict[str, float] = {"bezoeken": 400.0, "orders": 350.0, "leveringen": 225.0, "retouren": 250.0}
"""Euros per visit, order, delivery and return (assumptions, see the module docstring)."""

DEFAULT_INTEREST_RATE = 0.06
"""Interest on receivables, a fraction per year (6%)."""

CASE_YEAR = 2024
"""The year for which kostendrivers.csv holds the cost drivers."""

SALES_COLUMNS = ("klant_id", "omzet", "brutomarge")
DRIVER_COLUMNS = ("klant_id", *COST_DRIVERS, "betaaldagen")
COST_COLUMNS = tuple(f"kosten_{d}" for d in COST_DRIVERS) + ("kosten_krediet",)
PROFIT_COLUMNS = ("omzet", "brutomarge", *COST_COLUMNS, "cost_to_serve", "klantwinst")

_DRIVER_LABELS = {"bezoeken": "bezoeken", "orders": "orders", "leveringen": "leveringen",
                  "retouren": "retouren", "betaaldagen": "betaaldagen"}


# --- validation helpers -----------------------------------------------------------------------

def _frame(value: object, name: str, columns: Sequence[str]) -> pd.DataFrame:
    """A DataFrame with at least ``columns`` (klant_id may also be the index); missing columns
    are named in one message."""
    if not isinstance(value, pd.DataFrame):
        raise SalesbookError(f"{name} moet een tabel (DataFrame) zijn met de kolommen "
                             f"{', '.join(columns)} (kreeg {type(value).__name__})")
    frame = value
    if "klant_id" in columns and "klant_id" not in frame.columns and frame.index.name == "klant_id":
        frame = frame.reset_index()
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise SalesbookError(f"{name} mist de kolom(men) {', '.join(missing)}; nodig zijn: {', '.join(columns)}")
    frame = frame.loc[:, list(columns)].copy()
    if frame["klant_id"].isna().any():
        raise SalesbookError(f"{name} heeft een lege klant_id")
    doubles = frame["klant_id"][frame["klant_id"].duplicated()].unique()
    if len(doubles):
        raise SalesbookError(f"{name} bevat klant_id {_ids_text(doubles)} meer dan eens; geef één rij per klant")
    for column in columns:
        if column == "klant_id":
            continue
        values = pd.to_numeric(frame[column], errors="coerce")
        bad = values.isna() | ~np.isfinite(values.to_numpy(dtype=float, na_value=np.nan))
        if bad.any():
            i = int(np.flatnonzero(bad.to_numpy())[0])
            raise SalesbookError(f"{name}: {column} van klant {frame['klant_id'].iloc[i]} moet een getal zijn "
                                 f"(kreeg {frame[column].iloc[i]!r})")
        frame[column] = values.astype(float)
    return frame


def _ids_text(ids, limit: int = 5) -> str:
    ids = [str(i) for i in ids]
    shown = ", ".join(ids[:limit])
    return shown + (f" en nog {len(ids) - limit}" if len(ids) > limit else "")


def _not_negative(frame: pd.DataFrame, name: str, columns: Sequence[str]) -> None:
    for column in columns:
        negative = frame[column] < 0
        if negative.any():
            i = int(np.flatnonzero(negative.to_numpy())[0])
            raise SalesbookError(f"{name}: {column} van klant {frame['klant_id'].iloc[i]} mag niet negatief zijn "
                                 f"(kreeg {frame[column].iloc[i]:g})")


def _whole_counts(frame: pd.DataFrame, name: str, columns: Sequence[str]) -> None:
    """Counts of activities (visits, orders, deliveries, returns) are whole numbers."""
    for column in columns:
        fractional = frame[column] != np.round(frame[column])
        if fractional.any():
            i = int(np.flatnonzero(fractional.to_numpy())[0])
            raise SalesbookError(f"{name}: {column} van klant {frame['klant_id'].iloc[i]} moet een geheel aantal "
                                 f"zijn (kreeg {frame[column].iloc[i]:g})")


def _rates(rates: object) -> dict[str, float]:
    """The activity rates: DEFAULT_RATES with the given ones on top; every rate ≥ 0."""
    if rates is None:
        return dict(DEFAULT_RATES)
    if not isinstance(rates, Mapping):
        raise SalesbookError(f"tarieven moet een woordenboek zijn zoals {{'bezoeken': 350}} (kreeg {rates!r})")
    unknown = [k for k in rates if k not in COST_DRIVERS]
    if unknown:
        raise SalesbookError(f"onbekende kostendriver(s) in tarieven: {', '.join(map(str, unknown))}; "
                             f"kies uit {', '.join(COST_DRIVERS)}")
    out = dict(DEFAULT_RATES)
    for key, value in rates.items():
        out[key] = validation.positive(validation._plain(value), f"tarief voor {key}", allow_zero=True)
    return out


# --- customer profitability -------------------------------------------------------------------

def customer_profitability(
    sales: pd.DataFrame,
    drivers: pd.DataFrame,
    *,
    rates: Mapping[str, float] | None = None,
    interest_rate: float = DEFAULT_INTEREST_RATE,
) -> pd.DataFrame:
    """Profit per customer after the cost-to-serve.

    Per customer (one year):

        kosten_x       = aantal x × tarief x      for x in bezoeken, orders, leveringen, retouren
        kosten_krediet = omzet × rente × betaaldagen / 365        (finance.credit_cost)
        cost_to_serve  = Σ kosten_…
        klantwinst     = brutomarge − cost_to_serve

    ``sales`` has the columns ``klant_id, omzet, brutomarge`` (euros in the year), ``drivers``
    the columns ``klant_id, bezoeken, orders, leveringen, retouren, betaaldagen`` (counts in
    the year and the actual average number of days the customer takes to pay). Both hold the
    same customers, one row each (at least one). ``rates`` overrides some or all of
    :data:`DEFAULT_RATES` (euros per activity, ≥ 0); ``interest_rate`` is a fraction per year.
    Omzet, counts and payment days may not be negative, and the counts are whole numbers
    (payment days are an average and may have decimals). The brutomarge may be negative (a
    customer sold below cost) but not larger than the omzet.

    Returns a DataFrame indexed by ``klant_id`` with the columns ``omzet, brutomarge,
    kosten_bezoeken, kosten_orders, kosten_leveringen, kosten_retouren, kosten_krediet,
    cost_to_serve, klantwinst``, sorted by klantwinst, most profitable first.

    >>> sales = pd.DataFrame({"klant_id": ["A", "B"], "omzet": [100_000, 20_000], "brutomarge": [30_000, 6_000]})
    >>> drivers = pd.DataFrame({"klant_id": ["A", "B"], "bezoeken": [4, 10], "orders": [10, 40],
    ...     "leveringen": [10, 60], "retouren": [0, 5], "betaaldagen": [30, 73]})
    >>> rates = {"bezoeken": 400, "orders": 350, "leveringen": 225, "retouren": 250}
    >>> out = customer_profitability(sales, drivers, rates=rates, interest_rate=0.073)
    >>> out[["kosten_krediet", "cost_to_serve", "klantwinst"]]    # A: 1600 + 3500 + 2250 + 0 + 600
              kosten_krediet  cost_to_serve  klantwinst
    klant_id
    A                  600.0         7950.0     22050.0
    B                  292.0        33042.0    -27042.0
    """
    s = _frame(sales, "omzetgegevens", SALES_COLUMNS)
    d = _frame(drivers, "kostendrivers", DRIVER_COLUMNS)
    for frame, name in ((s, "omzetgegevens"), (d, "kostendrivers")):
        if frame.empty:
            raise SalesbookError(f"{name} is leeg: geef minstens één klant (één rij per klant)")
    _not_negative(s, "omzetgegevens", ["omzet"])
    _not_negative(d, "kostendrivers", [*COST_DRIVERS, "betaaldagen"])
    _whole_counts(d, "kostendrivers", COST_DRIVERS)
    above = s["brutomarge"] > s["omzet"]
    if above.any():
        i = int(np.flatnonzero(above.to_numpy())[0])
        raise SalesbookError(f"omzetgegevens: brutomarge van klant {s['klant_id'].iloc[i]} mag niet groter zijn dan "
                             f"de omzet (kreeg brutomarge {s['brutomarge'].iloc[i]:g} bij omzet "
                             f"{s['omzet'].iloc[i]:g}); de brutomarge is omzet min inkoopwaarde")
    r = _rates(rates)
    i = validation.rate(interest_rate, "rente", low=0, low_inclusive=True)
    only_sales = sorted(set(s["klant_id"]) - set(d["klant_id"]))
    only_drivers = sorted(set(d["klant_id"]) - set(s["klant_id"]))
    if only_sales or only_drivers:
        parts = []
        if only_sales:
            parts.append(f"zonder kostendrivers: {_ids_text(only_sales)}")
        if only_drivers:
            parts.append(f"zonder omzetgegevens: {_ids_text(only_drivers)}")
        raise SalesbookError("omzetgegevens en kostendrivers moeten dezelfde klanten bevatten; " + "; ".join(parts))
    frame = s.set_index("klant_id").join(d.set_index("klant_id"))
    out = frame[["omzet", "brutomarge"]].copy()
    for driver in COST_DRIVERS:
        out[f"kosten_{driver}"] = frame[driver] * r[driver]
    # finance.credit_cost, vectorised: omzet × rente × betaaldagen / 365
    out["kosten_krediet"] = frame["omzet"] * i * frame["betaaldagen"] / 365
    out["cost_to_serve"] = out[list(COST_COLUMNS)].sum(axis=1)
    out["klantwinst"] = out["brutomarge"] - out["cost_to_serve"]
    return out.sort_values("klantwinst", ascending=False, kind="stable")


def _profit_series(profit: object) -> pd.Series:
    """Profit per customer as a float Series: a Series, a DataFrame with klantwinst, a mapping
    or a sequence."""
    if isinstance(profit, pd.DataFrame):
        if "klantwinst" not in profit.columns:
            raise SalesbookError("de tabel mist de kolom klantwinst (gebruik de uitkomst van customer_profitability)")
        series = profit["klantwinst"]
    elif isinstance(profit, pd.Series):
        series = profit
    elif isinstance(profit, Mapping):
        series = pd.Series(dict(profit))
    else:
        series = pd.Series(list(validation.numbers(profit, "klantwinst")))
    values = validation.numbers(series.to_numpy(), "klantwinst")
    return pd.Series(values, index=series.index, name="klantwinst", dtype=float)


def whale_curve(profit: object) -> pd.DataFrame:
    """The whale curve: cumulative profit with customers from most to least profitable.

    Sort the customers by klantwinst descending; with n customers and total profit W:

        cum_winst_k         = w_1 + … + w_k
        cum_share_klanten_k = k / n
        cum_share_winst_k   = cum_winst_k / W

    The curve rises while customers are profitable, peaks at the last profitable customer and
    then falls back to 100%: the peak above 100% is the profit the loss-makers destroy.
    ``profit`` is a Series (its index, e.g. klant_id, is kept), a DataFrame with a column
    ``klantwinst`` (such as the output of :func:`customer_profitability`), a mapping or a
    sequence. The total profit must be positive, otherwise shares of it mean nothing.

    >>> whale_curve({"A": 60, "B": 50, "C": 10, "D": -20})
       klantwinst  cum_winst  cum_share_klanten  cum_share_winst
    A        60.0       60.0               0.25              0.6
    B        50.0      110.0               0.50              1.1
    C        10.0      120.0               0.75              1.2
    D       -20.0      100.0               1.00              1.0
    """
    w = _profit_series(profit)
    total = float(w.sum())
    if total <= 0:
        raise SalesbookError(f"de totale klantwinst moet positief zijn voor een walviscurve (kreeg {total:g}); "
                             "bij een totaal verlies heeft 'aandeel in de winst' geen betekenis")
    order = w.sort_values(ascending=False, kind="stable")
    out = pd.DataFrame({"klantwinst": order})
    out["cum_winst"] = order.cumsum()
    out["cum_share_klanten"] = np.arange(1, len(order) + 1) / len(order)
    out["cum_share_winst"] = out["cum_winst"] / total
    return out


@dataclass(frozen=True)
class WhaleSummary:
    """The key figures of a whale curve (amounts in euros, shares as fractions).

    ``peak_share`` is the highest cumulative share of the total profit (1.25 = 125%),
    reached after ``customers_at_peak`` customers (``share_customers_at_peak`` of all);
    ``loss_makers`` customers have a negative profit, together ``total_loss`` (a positive
    amount); ``profit_of_profitable`` is the profit of the others.
    """

    customers: int
    total_profit: float
    peak_share: float
    customers_at_peak: int
    share_customers_at_peak: float
    loss_makers: int
    total_loss: float
    profit_of_profitable: float


def whale_summary(profit: object) -> WhaleSummary:
    """Peak of the whale curve, where it lies and what the loss-makers cost.

    peak = max_k cum_share_winst_k;  total_loss = −Σ (w_i for w_i < 0).

    >>> s = whale_summary({"A": 60, "B": 50, "C": 10, "D": -20})
    >>> s.peak_share, s.customers_at_peak, s.loss_makers, s.total_loss
    (1.2, 3, 1, 20.0)
    """
    curve = whale_curve(profit)
    k = int(np.argmax(curve["cum_share_winst"].to_numpy()))
    loss = curve["klantwinst"] < 0
    return WhaleSummary(
        customers=len(curve), total_profit=float(curve["klantwinst"].sum()),
        peak_share=float(curve["cum_share_winst"].iloc[k]), customers_at_peak=k + 1,
        share_customers_at_peak=(k + 1) / len(curve), loss_makers=int(loss.sum()),
        total_loss=float(-curve.loc[loss, "klantwinst"].sum()),
        profit_of_profitable=float(curve.loc[~loss, "klantwinst"].sum()),
    )


# --- the case company ---------------------------------------------------------------------------

def _load(name: str) -> pd.DataFrame:
    """A case data set (a copy: callers may change it; the file is read once per session)."""
    return _load_once(name).copy()


@lru_cache(maxsize=None)
def _load_once(name: str) -> pd.DataFrame:
    from salesbook.data import load_dataset

    return load_dataset(name)


def _case_year(year: object) -> int:
    y = validation.count(year, "jaar", minimum=0, maximum=9999)
    if y != CASE_YEAR:
        raise SalesbookError(f"jaar moet {CASE_YEAR} zijn (kreeg {y}): kostendrivers.csv bevat alleen de "
                             f"kostendrivers van {CASE_YEAR}")
    return y


def yearly_sales(transactions: pd.DataFrame, year: int) -> pd.DataFrame:
    """Omzet (Σ bedrag), brutomarge (Σ brutomarge) and orders (number of rows) per customer in
    one calendar year of a transaction log with ``klant_id, datum, bedrag, brutomarge``.

    >>> log = pd.DataFrame({"klant_id": ["A", "A", "B"], "bedrag": [100.0, 50.0, 80.0],
    ...     "brutomarge": [30.0, 10.0, 20.0], "datum": pd.to_datetime(["2024-01-05", "2024-03-01", "2023-12-30"])})
    >>> yearly_sales(log, 2024)
              omzet  brutomarge  orders
    klant_id
    A         150.0        40.0       2
    """
    y = validation.count(year, "jaar", minimum=0, maximum=9999)
    validation.table(transactions, "de transacties", {"klant_id": None, "datum": None, "bedrag": "getal",
                                                       "brutomarge": "getal"}, min_rows=0)
    try:
        dates = pd.to_datetime(transactions["datum"])
    except (ValueError, TypeError):
        raise SalesbookError("de transacties: de kolom 'datum' bevat waarden die geen datum zijn") from None
    rows = transactions[dates.dt.year == y]
    if rows.empty:
        raise SalesbookError(f"er zijn geen transacties in {y}")
    out = rows.groupby("klant_id").agg(omzet=("bedrag", "sum"), brutomarge=("brutomarge", "sum"),
                                       orders=("bedrag", "size"))
    return out.astype({"omzet": float, "brutomarge": float, "orders": "int64"})


def case_profitability(
    year: int = CASE_YEAR,
    *,
    rates: Mapping[str, float] | None = None,
    interest_rate: float = DEFAULT_INTEREST_RATE,
) -> pd.DataFrame:
    """:func:`customer_profitability` of the case company's customers in ``year`` (2024).

    omzet and brutomarge are the sums of ``bedrag`` and ``brutomarge`` in transacties.csv per
    customer in that year; the cost drivers come from kostendrivers.csv (one row per customer
    who bought in 2024). The result is joined with ``naam, land, segment, accountmanager``
    from klanten.csv and sorted by klantwinst, most profitable first.

    >>> df = case_profitability()
    >>> len(df) == len(_load("kostendrivers")), df["klantwinst"].is_monotonic_decreasing
    (True, True)
    """
    y = _case_year(year)
    sales = yearly_sales(_load("transacties"), y).reset_index()[list(SALES_COLUMNS)]
    profit = customer_profitability(sales, _load("kostendrivers"), rates=rates, interest_rate=interest_rate)
    facts = _load("klanten").set_index("klant_id")[["naam", "land", "segment", "accountmanager"]]
    return profit.join(facts)


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


def case_account_scores(year: int = CASE_YEAR) -> pd.DataFrame:
    """Criterion scores (1–10) of the Dutch customers who bought in ``year`` (2024).

    Only the Dutch customers have an estimated purchase potential (accountlocaties.csv,
    chapter 6), so the portfolio covers Noordstroom Nederland. Per customer, with the lines
    of :data:`CASE_SCALES` (:func:`scale_score`):

    * potentieel: log10(potentieel); groei: omzet year ÷ omzet year before − 1 (5.5, neutral,
      for a customer without revenue the year before); marge: brutomarge ÷ omzet;
      strategische fit: :data:`STRATEGIC_FIT` of the segment;
    * share of wallet: min(omzet ÷ potentieel, 1); relatie: years since klant_sinds;
      assortimentsfit: :data:`ASSORTMENT_FIT` of the segment.

    Also returns the facts behind them (naam, segment, accountmanager, omzet, brutomarge,
    inkooppotentieel, sow (the share of wallet as a fraction), abc: the class of
    :func:`salesbook.customers.abc_analysis` on the revenue of these Dutch customers only),
    sorted by omzet descending. Note: this ``abc`` ranks Noordstroom Nederland on its own (192
    A-klanten in 2024); the ABC class in :func:`account_plan` and in § 7.2 of notebook 07 ranks
    all customers of the group, where 197 Dutch customers are A (the 192 plus five that are
    B within Nederland). "Nederlandse A-klant" in the portfolio and key-account sections means
    the first.

    >>> df = case_account_scores()
    >>> bool(df[list(ATTRACTIVENESS_WEIGHTS) + list(POSITION_WEIGHTS)].stack().between(1, 10).all())
    True
    """
    y = _case_year(year)
    tx = _load("transacties")
    now, before = yearly_sales(tx, y), yearly_sales(tx, y - 1)
    customers = _load("klanten").set_index("klant_id")
    potential = _load("accountlocaties").set_index("klant_id")["potentieel"].astype(float)
    ids = [k for k in now.index if k in potential.index]
    df = customers.loc[ids, ["naam", "segment", "accountmanager", "klant_sinds"]].copy()
    df["omzet"] = now.loc[ids, "omzet"]
    df["brutomarge"] = now.loc[ids, "brutomarge"]
    df["inkooppotentieel"] = potential.loc[ids]
    df["sow"] = (df["omzet"] / df["inkooppotentieel"]).clip(upper=1.0)
    growth = df["omzet"] / before["omzet"].reindex(ids) - 1
    years = (pd.Timestamp(f"{y}-12-31") - pd.to_datetime(df["klant_sinds"])).dt.days / 365.25
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


# --- key-account selection ------------------------------------------------------------------------

KEY_ACCOUNT_CRITERIA: dict[str, str] = {
    "omvang": "omzet of potentieel groot genoeg om een vast team en een eigen accountplan te dragen",
    "aantrekkelijk": "aantrekkelijkheid in de portfoliomatrix minstens 'hoog' (groei, marge, strategische fit)",
    "winstgevend": "na aftrek van de cost-to-serve winstgevend, of met een plan om dat te worden",
}


def key_account_selection(
    accounts: pd.DataFrame,
    *,
    min_revenue: float = 250_000,
    min_attractiveness: float = SPLIT,
    min_profit: float = 0.0,
) -> pd.DataFrame:
    """Which accounts meet the key-account criteria (:data:`KEY_ACCOUNT_CRITERIA`).

    An account qualifies when all three hold:

        omzet ≥ min_revenue,   aantrekkelijkheid ≥ min_attractiveness,   klantwinst ≥ min_profit

    ``accounts`` has the columns ``omzet``, ``aantrekkelijkheid`` and ``klantwinst`` (one row
    per account, every value a number: a missing value (NaN) is refused rather than counted as a
    criterion not met). Returns one boolean column per criterion (``omvang``, ``aantrekkelijk``,
    ``winstgevend``), ``key_account`` (all three) and ``ontbreekt`` (the criteria not met,
    as text), in the order of ``accounts``.

    >>> a = pd.DataFrame({"omzet": [400_000, 600_000, 90_000], "aantrekkelijkheid": [7.0, 6.5, 8.0],
    ...                   "klantwinst": [50_000, -20_000, 9_000]}, index=["X", "Y", "Z"])
    >>> key_account_selection(a)[["key_account", "ontbreekt"]]
       key_account      ontbreekt
    X         True
    Y        False    winstgevend
    Z        False         omvang
    """
    if not isinstance(accounts, pd.DataFrame):
        raise SalesbookError("accounts moet een tabel (DataFrame) zijn met omzet, aantrekkelijkheid en klantwinst")
    needed = ["omzet", "aantrekkelijkheid", "klantwinst"]
    missing = [c for c in needed if c not in accounts.columns]
    if missing:
        raise SalesbookError(f"accounts mist de kolom(men) {', '.join(missing)}")
    revenue = validation.positive(min_revenue, "minimale omzet", allow_zero=True)
    attractive = validation.in_range(min_attractiveness, "minimale aantrekkelijkheid", *SCORE_RANGE)
    profit = validation.number(min_profit, "minimale klantwinst")
    values = {}
    for column in needed:
        numbers = pd.to_numeric(accounts[column], errors="coerce").astype(float)
        bad = ~np.isfinite(numbers.to_numpy())
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise SalesbookError(f"accounts: {column} van {accounts.index[i]} moet een getal zijn "
                                 f"(kreeg {validation._show(validation._plain(accounts[column].iloc[i]))}); "
                                 "vul een getal in: een ontbrekend cijfer is geen criterium dat niet gehaald is")
        values[column] = numbers
    out = pd.DataFrame(index=accounts.index)
    out["omvang"] = values["omzet"] >= revenue
    out["aantrekkelijk"] = values["aantrekkelijkheid"] >= attractive - 1e-9
    out["winstgevend"] = values["klantwinst"] >= profit
    criteria = ["omvang", "aantrekkelijk", "winstgevend"]
    out["key_account"] = out[criteria].all(axis=1)
    out["ontbreekt"] = [", ".join(c for c in criteria if not row[c]) for _, row in out[criteria].iterrows()]
    return out


# --- the account plan ----------------------------------------------------------------------------

DMU_ROLES: dict[str, str] = {
    "initiator": "signaleert de behoefte (bijvoorbeeld de projectleider of de onderhoudschef)",
    "gebruiker": "werkt met de producten (monteurs, werkvoorbereiders)",
    "beïnvloeder": "stuurt de keuze via eisen en advies (adviseur, technisch specialist, bestekschrijver)",
    "beslisser": "neemt het besluit (directeur, bedrijfsleider, hoofd inkoop)",
    "inkoper": "onderhandelt en plaatst de order (inkoper, afdeling inkoop)",
    "poortwachter": "bepaalt welke informatie en welke verkopers binnenkomen (secretariaat, inkoopassistent)",
}
"""The roles in the decision-making unit (DMU, buying centre) to fill in per account."""

BUYING_INFLUENCES: dict[str, str] = {
    "economic buyer": "geeft het definitieve akkoord en beheert het budget",
    "user buyer": "beoordeelt wat de oplossing in het dagelijkse werk betekent",
    "technical buyer": "toetst aan specificaties en kan 'nee' zeggen, niet 'ja'",
    "coach": "helpt de verkoper de weg te vinden in de organisatie van de klant",
}
"""The four buying influences of Miller & Heiman's strategic selling (§ 7.9.3)."""

PLAN_YEARS = (2022, 2023, 2024)


@dataclass(frozen=True)
class AccountPlan:
    """An account plan skeleton for one customer, filled from the case data.

    ``facts``: naam, land, segment, regio, accountmanager, klant sinds; ``history``: omzet,
    brutomarge, margepercentage and orders per year 2022–2024; ``abc``: the ABC class on 2024
    revenue among all customers; ``profitability``: the row of :func:`case_profitability`
    (None when the customer did not buy in 2024) and ``profit_rank`` its place (1 = most
    profitable); ``portfolio``: aantrekkelijkheid, positie, kwadrant and strategie (None
    outside Nederland, where no potential is known). The DMU roles, objectives and actions
    are left for the account manager to fill in. Shown as Markdown in a notebook.
    """

    klant_id: str
    facts: dict
    history: pd.DataFrame
    abc: str | None
    profitability: pd.Series | None
    profit_rank: int | None
    customers: int
    portfolio: pd.Series | None
    dmu_roles: dict = field(default_factory=lambda: dict(DMU_ROLES))

    def _repr_markdown_(self) -> str:
        from salesbook.formatting import euro, number, percent

        f = self.facts
        lines = [f"### Accountplan {f['naam']} ({self.klant_id})", "",
                 "**1. Klantgegevens**", "",
                 f"- Land en regio: {f['land']}, {f['regio']}; segment: {f['segment']}",
                 f"- Accountmanager: {f['accountmanager']}; klant sinds {f['klant_sinds']}",
                 f"- ABC-klasse (omzet 2024, alle klanten): **{self.abc or 'geen omzet in 2024'}**", "",
                 "**2. Omzet en marge 2022–2024**", "",
                 "| jaar | omzet | brutomarge | marge % | orders |", "|---|---:|---:|---:|---:|"]
        for year, row in self.history.iterrows():
            margin = percent(row["margepercentage"], 1) if row["omzet"] > 0 else "–"
            lines.append(f"| {year} | {euro(row['omzet'])} | {euro(row['brutomarge'])} | {margin} | "
                         f"{number(row['orders'])} |")
        lines += ["", "**3. Klantwinst en cost-to-serve 2024**", ""]
        p = self.profitability
        if p is None:
            lines.append("Geen omzet in 2024: geen klantwinst te berekenen.")
        else:
            lines += ["| post | bedrag |", "|---|---:|", f"| brutomarge | {euro(p['brutomarge'])} |"]
            labels = {"kosten_bezoeken": "bezoeken", "kosten_orders": "orders", "kosten_leveringen": "leveringen",
                      "kosten_retouren": "retouren", "kosten_krediet": "kredietkosten (betaaldagen)"}
            lines += [f"| − {label} | {euro(p[col])} |" for col, label in labels.items()]
            lines += [f"| = **klantwinst** | **{euro(p['klantwinst'])}** |", "",
                      f"Cost-to-serve {euro(p['cost_to_serve'])} = {percent(p['cost_to_serve'] / p['omzet'], 1)} "
                      f"van de omzet; plaats {number(self.profit_rank)} van {number(self.customers)} klanten "
                      "op klantwinst."]
        lines += ["", "**4. Positie in de accountportfolio**", ""]
        if self.portfolio is None:
            lines.append("Niet bepaald: het inkooppotentieel is alleen voor Nederlandse klanten geschat.")
        else:
            q = self.portfolio
            lines.append(f"Aantrekkelijkheid {number(q['aantrekkelijkheid'], 1)}, positie "
                         f"{number(q['positie'], 1)} (schaal 1–10): **{q['kwadrant']}**: {q['strategie']}.")
        lines += ["", "**5. DMU in kaart (in te vullen)**", "",
                  "| rol | typisch | wie | houding | wat vindt hij of zij belangrijk? |", "|---|---|---|---|---|"]
        lines += [f"| {role} | {text} | … | … | … |" for role, text in self.dmu_roles.items()]
        lines += ["", "Strategic selling (Miller & Heiman): wie is de economic buyer, wie zijn de user en "
                  "technical buyers, en wie is je coach?", "",
                  "**6. Doelstellingen (SMART, in te vullen)**", "",
                  "- Omzet en share of wallet in 2025: …",
                  "- Brutomarge en klantwinst (welke kostendrivers moeten omlaag?): …",
                  "- Relatie (welke DMU-leden wil je erbij hebben?): …", "",
                  "**7. Acties (wie, wat, wanneer)**", "",
                  "| actie | wie | wanneer | kosten |", "|---|---|---|---|", "| … | … | … | … |"]
        return "\n".join(lines)


def account_plan(
    klant_id: str,
    *,
    rates: Mapping[str, float] | None = None,
    interest_rate: float = DEFAULT_INTEREST_RATE,
    attractiveness_weights: Mapping[str, float] | None = None,
    position_weights: Mapping[str, float] | None = None,
) -> AccountPlan:
    """An account plan skeleton for one case customer (see :class:`AccountPlan`).

    History per year: omzet = Σ bedrag, brutomarge = Σ brutomarge, margepercentage =
    brutomarge ÷ omzet, orders = number of transactions. Profitability by
    :func:`case_profitability` with ``rates`` and ``interest_rate``; the portfolio position
    by :func:`account_portfolio` on :func:`case_account_scores` with the given weights.

    >>> plan = account_plan("K00528")
    >>> plan.facts["segment"], plan.abc, bool(plan.profitability["klantwinst"] < 0)
    ('installateur', 'A', True)
    """
    customers = _load("klanten").set_index("klant_id")
    if not isinstance(klant_id, str) or klant_id not in customers.index:
        raise SalesbookError(f"klant_id {klant_id!r} staat niet in klanten.csv (voorbeeld: 'K00528')")
    row = customers.loc[klant_id]
    facts = {"naam": row["naam"], "land": row["land"], "segment": row["segment"], "regio": row["regio"],
             "accountmanager": row["accountmanager"],
             "klant_sinds": pd.Timestamp(row["klant_sinds"]).strftime("%d-%m-%Y")}
    tx = _load("transacties")
    mine = tx[tx["klant_id"] == klant_id]
    years = pd.to_datetime(mine["datum"]).dt.year
    history = mine.groupby(years).agg(omzet=("bedrag", "sum"), brutomarge=("brutomarge", "sum"),
                                      orders=("bedrag", "size")).reindex(list(PLAN_YEARS), fill_value=0)
    history.index.name = "jaar"
    history = history.astype({"omzet": float, "brutomarge": float, "orders": "int64"})
    history["margepercentage"] = (history["brutomarge"] / history["omzet"].where(history["omzet"] > 0)).astype(float)
    profit = case_profitability(rates=rates, interest_rate=interest_rate)
    in_2024 = klant_id in profit.index
    abc = abc_analysis(profit["omzet"])["class"]
    portfolio = None
    if row["land"] == "Nederland" and in_2024:
        matrix = account_portfolio(case_account_scores(), attractiveness_weights, position_weights)
        portfolio = matrix.loc[klant_id]
    return AccountPlan(
        klant_id=klant_id, facts=facts, history=history,
        abc=str(abc.loc[klant_id]) if in_2024 else None,
        profitability=profit.loc[klant_id] if in_2024 else None,
        profit_rank=int(profit.index.get_loc(klant_id)) + 1 if in_2024 else None,
        customers=len(profit), portfolio=portfolio,
    )
