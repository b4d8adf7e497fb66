"""Customer profitability (chapter 7, § 7.2): cost-to-serve, klantwinst and the whale curve.

* :func:`customer_profitability` — klantwinst = brutomarge − cost-to-serve, where the
  cost-to-serve adds up the activity costs of visits, orders, deliveries and returns
  (count × rate) and the interest on the customer's receivables (credit cost);
* :func:`whale_curve` and :func:`whale_summary` — the cumulative profit curve with customers
  from most to least profitable (it rises above 100% when some customers lose money);
* :func:`yearly_sales` — omzet, brutomarge and orders per customer in one year of a log.

Assumed activity costs (``DEFAULT_RATES``) for a technical wholesaler like Noordstroom,
full costs per activity including staff, car and systems:

* a visit of an account manager: € 400 (about € 110 000 a year for salary, car and
  expenses, divided over some 275 customer visits of half a day including travel time);
* an order: € 350 (order intake, picking of the several dozen order lines of the case
  company's project orders of about € 12 000 on average, packing and invoicing);
* a delivery: € 225 (a trip by the company's own truck or a carrier to a building site or
  workshop);
* a return: € 250 (collection, inspection, credit note and putting back into stock).

The interest on money tied up in receivables (``interest_rate``) has no default here: it is the
cost of capital of whoever runs the model, so every caller states it. The case layer passes the
case company's one cost of capital (:data:`salesbook.case.COST_OF_CAPITAL`, the same rate as in
chapters 1 and 9); a model may not import the case, and a default here would be a second rate.
All rates are plain numbers the student can change; they are assumptions, not facts.
Pure functions; :mod:`salesbook.accounts` re-exports them, :mod:`salesbook.case` runs them on
the case data. Invalid input raises :class:`SalesbookError` with a Dutch message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from salesbook import validation
from salesbook.errors import SalesbookError

COST_DRIVERS: tuple[str, ...] = ("bezoeken", "orders", "leveringen", "retouren")
"""The activities that drive the cost-to-serve, counted per customer per year."""

DEFAULT_RATES: dict[str, float] = {"bezoeken": 400.0, "orders": 350.0, "leveringen": 225.0, "retouren": 250.0}
"""Euros per visit, order, delivery and return (assumptions, see the module docstring)."""

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
    interest_rate: float,
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
    :data:`DEFAULT_RATES` (euros per activity, ≥ 0); ``interest_rate`` is a fraction per year and
    has no default (the caller's cost of capital; for the case, :data:`salesbook.case.COST_OF_CAPITAL`).
    Omzet, counts and payment days may not be negative, and the counts are whole numbers
    (payment days are an average and may have decimals). The brutomarge may be negative (a
    customer sold below cost) but not larger than the omzet.

    Returns a DataFrame indexed by ``klant_id`` with the columns ``omzet, brutomarge,
    kosten_bezoeken, kosten_orders, kosten_leveringen, kosten_retouren, kosten_krediet,
    cost_to_serve, klantwinst``, sorted by klantwinst, most profitable first.

    Source: Rustenburg & Steenbeek, Salesmanagement, H7 (klantwinstgevendheid, cost-to-serve).

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H7 (klantwinstgevendheid, cost-to-serve).

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

    Source: Rustenburg & Steenbeek, Salesmanagement, H7 (klantwinstgevendheid, cost-to-serve).

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


# --- sales per customer and year -----------------------------------------------------------------

def yearly_sales(transactions: pd.DataFrame, year: int) -> pd.DataFrame:
    """Omzet (Σ bedrag), brutomarge (Σ brutomarge) and orders (number of rows) per customer in
    one calendar year of a transaction log with ``klant_id, datum, bedrag, brutomarge``.

    Source: the pack's own helper: sales per customer and year from a transaction log (H7).

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
