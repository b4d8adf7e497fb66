"""The transaction log per customer (chapter 5, § 5.3): RFM, yearly retention and CLV per customer.

* :func:`rfm_table`, :func:`quintile_scores`, :func:`rfm_segment`, :func:`rfm_analysis`,
  :func:`rfm_segment_summary` — RFM scores and named segments with an action per segment;
* :func:`yearly_retention`, :func:`customer_clv` — klantretentie and CLV from the log;
* :func:`customer_analysis` — RFM, ABC class, pyramid layer and CLV in one pass.

Vectorised pandas: one groupby over the transaction log, then rank/cumsum/select over the
customers. No Python loop runs over transactions or customers, so they stay fast on a log of
a million rows. :mod:`salesbook.customers` re-exports everything here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from numbers import Real

import numpy as np
import pandas as pd

from salesbook import validation
from salesbook.errors import SalesbookError
from salesbook.lifetime_value import ACQUISITION, _flag, margin_multiple
from salesbook.segmentation import PYRAMID_LAYERS, _abc, _layers, _pyramid_layer, _thresholds

# --- § 5.3 the transaction log: RFM, yearly retention and CLV per customer -------------------

TRANSACTION_COLUMNS = {"klant": "klant_id", "datum": "datum", "bedrag": "bedrag", "marge": "brutomarge"}


def _timestamp(value: object, name: str) -> pd.Timestamp:
    """A date (a Timestamp, date or 'YYYY-MM-DD' text) as a pandas Timestamp."""
    if isinstance(value, bool) or value is None or isinstance(value, Real):
        raise SalesbookError(f"{name} moet een datum zijn, zoals '2024-12-31' (kreeg {validation._show(value)})")
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise SalesbookError(f"{name} moet een datum zijn, zoals '2024-12-31' (kreeg {validation._show(value)})") from None
    if stamp is pd.NaT:
        raise SalesbookError(f"{name} moet een datum zijn, zoals '2024-12-31' (kreeg een lege waarde)")
    return stamp.tz_localize(None) if stamp.tzinfo is not None else stamp


def _transactions(transactions: object, customer: str, date: str | None = None,
                  amounts: Sequence[str] = ()) -> pd.DataFrame:
    """Check a transaction log in a few vectorised passes; return it (not copied)."""
    if not isinstance(transactions, pd.DataFrame):
        raise SalesbookError(f"de transacties moeten een tabel (DataFrame) zijn (kreeg {type(transactions).__name__})")
    columns = [customer] + ([date] if date else []) + list(amounts)
    missing = [c for c in columns if c not in transactions.columns]
    if missing:
        raise SalesbookError(f"de transacties missen de kolom(men) {', '.join(missing)}; "
                             f"beschikbaar: {', '.join(map(str, transactions.columns))}")
    if len(transactions) == 0:
        raise SalesbookError("de transacties bevatten geen rijen (kreeg 0 transacties)")
    if date:
        if not pd.api.types.is_datetime64_any_dtype(transactions[date]):
            raise SalesbookError(f"kolom {date} moet datums bevatten (kreeg type {transactions[date].dtype}); "
                                 "lees de gegevens met load_dataset of zet de kolom om met pd.to_datetime")
        empty = transactions[date].isna().to_numpy()
        if empty.any():
            raise SalesbookError(f"{date} is leeg in transactierij {int(np.argmax(empty)) + 1}")
    for col in amounts:
        series = transactions[col]
        if not pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
            raise SalesbookError(f"kolom {col} moet getallen bevatten (kreeg type {series.dtype})")
        array = series.to_numpy(dtype=float, na_value=np.nan)
        bad = ~np.isfinite(array)
        if bad.any():
            row = int(np.argmax(bad))
            raise SalesbookError(f"{col} in transactierij {row + 1} moet een eindig getal zijn (kreeg {array[row]:g})")
    return transactions


def _per_customer(tx: pd.DataFrame, klant: str, amounts: Mapping[str, str], *, datum: str | None = None,
                  reference: pd.Timestamp | None = None) -> pd.DataFrame:
    """Per customer: the number of transactions, the sums of ``amounts`` and (with ``datum``)
    the last date, counting only transactions on or before ``reference``.

    This is ``tx[tx[datum] <= reference].groupby(klant).agg(max, size, sum …)``, written as one
    factorize of the customer ids followed by ``np.bincount`` (counts and sums) and
    ``np.maximum.at`` (last date) on the codes: the ids are hashed only once, which makes it
    about twice as fast as the groupby on a million rows. Index: the customer ids, sorted.
    """
    codes, ids = pd.factorize(tx[klant], sort=True)
    if (codes < 0).any():
        raise SalesbookError(f"{klant} is leeg in transactierij {int(np.argmax(codes < 0)) + 1}: "
                             "elke transactie hoort bij een klant")
    keep = None
    if datum is not None:
        dates = tx[datum]
        if isinstance(dates.dtype, pd.DatetimeTZDtype):
            dates = dates.dt.tz_localize(None)
        dates = dates.to_numpy()
        if reference is not None:
            keep = dates <= reference.to_datetime64()
            if keep.all():
                keep = None
            elif not keep.any():
                raise SalesbookError(f"er zijn geen transacties op of vóór de peildatum {reference.date()}")
            else:
                codes, dates = codes[keep], dates[keep]
    k = len(ids)
    columns: dict[str, np.ndarray] = {}
    if datum is not None:
        ticks = dates.view("int64")
        last = np.full(k, np.iinfo(np.int64).min)
        np.maximum.at(last, codes, ticks)
        columns["laatste_aankoop"] = last.view(dates.dtype)
    count = np.bincount(codes, minlength=k)
    columns["frequency"] = count
    for name, col in amounts.items():
        values = tx[col].to_numpy(dtype=float)
        columns[name] = np.bincount(codes, weights=values if keep is None else values[keep], minlength=k)
    out = pd.DataFrame(columns, index=pd.Index(ids, name=klant))
    return out[count > 0] if (count == 0).any() else out


def rfm_table(transactions: pd.DataFrame, reference_date: object, *, customer: str = "klant_id",
              date: str = "datum", amount: str = "bedrag") -> pd.DataFrame:
    """Recency, frequency and monetary value per customer at a reference date.

    Only transactions on or before ``reference_date`` count. Per customer:

    * ``recency``: days from the last purchase to the reference date (0 = bought that day);
    * ``frequency``: the number of transactions;
    * ``monetary``: the sum of ``amount`` (revenue).

    One groupby over the log (vectorised). Index: the customer id, sorted.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (RFM-analyse); Hughes, Strategic Database
      Marketing (1994).

    >>> log = pd.DataFrame({"klant_id": ["A", "B", "A"], "bedrag": [100.0, 50.0, 300.0],
    ...                     "datum": pd.to_datetime(["2024-01-10", "2024-03-01", "2024-12-01"])})
    >>> rfm_table(log, "2024-12-31")
             laatste_aankoop  frequency  monetary  recency
    klant_id
    A             2024-12-01          2     400.0       30
    B             2024-03-01          1      50.0      305
    """
    ref = _timestamp(reference_date, "peildatum")
    tx = _transactions(transactions, customer, date, [amount])
    out = _per_customer(tx, customer, {"monetary": amount}, datum=date, reference=ref)
    out["recency"] = (ref - out["laatste_aankoop"]).dt.days.astype("int64")
    return out


def quintile_scores(values: object, *, higher_is_better: bool = True) -> pd.Series:
    """Quintile scores 1–5: roughly the best 20% get 5, the worst 20% get 1.

    Rank the n values from worst (rank 1) to best (rank n); equal values all get the lowest
    rank of their group (so a tie never earns a higher score than its worst member). Then

        score = ⌈ 5 · rank / n ⌉

    With many customers every score holds about a fifth of them; with fewer than five the
    lowest scores stay empty. For recency lower is better (``higher_is_better=False``).
    Vectorised (one rank over the Series); the index is kept.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (RFM-analyse); Hughes, Strategic Database
      Marketing (1994).

    >>> quintile_scores(pd.Series([10, 20, 30, 40, 50, 60])).tolist()   # ⌈5·k/6⌉ for k = 1…6
    [1, 2, 3, 4, 5, 5]
    >>> quintile_scores(pd.Series([1, 1, 1, 1, 2, 3])).tolist()         # four one-time buyers share rank 1
    [1, 1, 1, 1, 5, 5]
    >>> quintile_scores(pd.Series([5, 40, 5, 100]), higher_is_better=False).tolist()   # days since last order
    [4, 3, 4, 2]
    """
    v = validation.series(values, "waarden")
    return _quintiles(v, _flag(higher_is_better, "hoger is beter"))


def _quintiles(v: pd.Series, higher_is_better: bool) -> pd.Series:
    pct = v.rank(method="min", ascending=higher_is_better, pct=True).to_numpy()
    scores = np.ceil(np.round(5 * pct, 9)).astype("int64")
    return pd.Series(scores, index=v.index, name=v.name)


@dataclass(frozen=True)
class RfmSegment:
    """One named RFM segment: the rule (on R and FM = (F + M)/2) and what sales does with it."""

    name: str
    rule: str
    description: str
    action: str


RFM_SEGMENTS: dict[str, RfmSegment] = {s.name: s for s in (
    RfmSegment("kampioenen", "R ≥ 4 en FM ≥ 4", "kochten kort geleden, vaak en veel",
               "belonen en vasthouden: vaste accountmanager, als eerste nieuwe producten, vragen om een referentie"),
    RfmSegment("loyale klanten", "R ≥ 3 en FM ≥ 3, geen kampioen", "kopen regelmatig en behoorlijk",
               "uitbouwen: accountplan, cross- en upselling, jaarafspraken"),
    RfmSegment("veelbelovend", "R ≥ 4 en FM < 3", "kochten kort geleden, maar nog weinig",
               "binnendienst belt na de eerste orders; tweede order en breder assortiment stimuleren"),
    RfmSegment("aandacht nodig", "R = 3 en FM < 3", "gemiddeld recent, weinig en klein",
               "persoonlijk contact en een aanbod op basis van de aankoophistorie, voordat ze wegzakken"),
    RfmSegment("risicoklanten", "R ≤ 2 en FM ≥ 3", "kochten vaak en veel, maar al lang niet meer",
               "nu bellen of bezoeken: oorzaak achterhalen (klacht, concurrent?) en een terugwinvoorstel doen"),
    RfmSegment("slapers", "R = 2 en FM < 3", "kochten weinig en al een tijd niet",
               "goedkoop heractiveren: nieuwsbrief, content en een gerichte actie via de binnendienst"),
    RfmSegment("verloren", "R = 1 en FM < 3", "kochten weinig en het langst geleden",
               "geen dure inzet meer; één heractiveringsmail, en vraag waarom ze wegbleven"),
)}
"""The RFM segments in order, from most to least valuable. Every (R, FM) falls in exactly one."""


def rfm_segment(r: object, f: object, m: object) -> pd.Series:
    """The named RFM segment for every customer, from the R, F and M scores (1–5).

    With FM = (F + M) / 2 the segments are (see :data:`RFM_SEGMENTS`):

    ==============  =====  ===========
    segment         R      FM
    ==============  =====  ===========
    kampioenen      4–5    ≥ 4
    loyale klanten  4–5    3 to < 4
    loyale klanten  3      ≥ 3
    veelbelovend    4–5    < 3
    aandacht nodig  3      < 3
    risicoklanten   1–2    ≥ 3
    slapers         2      < 3
    verloren        1      < 3
    ==============  =====  ===========

    Vectorised (np.select over whole columns); the index of ``r`` is kept.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (RFM-analyse); Hughes, Strategic Database
      Marketing (1994).

    >>> rfm_segment(pd.Series([5, 5, 3, 1, 2, 1]), pd.Series([5, 1, 2, 5, 1, 1]), pd.Series([4, 1, 2, 3, 2, 1])).tolist()
    ['kampioenen', 'veelbelovend', 'aandacht nodig', 'risicoklanten', 'slapers', 'verloren']
    """
    scores = {}
    for name, value in (("R", r), ("F", f), ("M", m)):
        s = validation.series(value, name)
        validation.first_bad(s, (~s.isin([1, 2, 3, 4, 5])).to_numpy(), name, "moet een score 1, 2, 3, 4 of 5 zijn")
        scores[name] = s.to_numpy()
    if len({len(s) for s in scores.values()}) != 1:
        raise SalesbookError("R, F en M moeten even lang zijn (één score per klant)")
    index = r.index if isinstance(r, pd.Series) else None
    return pd.Series(_segments(scores["R"], scores["F"], scores["M"]), index=index, name="segment")


def _segments(r: np.ndarray, f: np.ndarray, m: np.ndarray) -> np.ndarray:
    fm = (f + m) / 2
    conditions = [
        (r >= 4) & (fm >= 4),
        (r >= 3) & (fm >= 3),
        (r >= 4),
        (r == 3),
        (fm >= 3),
        (r == 2),
    ]
    names = list(RFM_SEGMENTS)
    return np.select(conditions, names[:6], default=names[6]).astype(object)


def rfm_analysis(transactions: pd.DataFrame, reference_date: object, *, customer: str = "klant_id",
                 date: str = "datum", amount: str = "bedrag") -> pd.DataFrame:
    """RFM per customer: :func:`rfm_table` plus the scores R, F and M, the code and the segment.

    * ``R`` = :func:`quintile_scores` of recency, lower is better;
    * ``F`` and ``M`` = quintile scores of frequency and monetary, higher is better;
    * ``rfm`` = the three scores as a code, e.g. '545';
    * ``segment`` = :func:`rfm_segment`; ``actie`` = what sales does with that segment.

    Quintiles are taken over the customers that bought on or before the reference date.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (RFM-analyse); Hughes, Strategic Database
      Marketing (1994).

    >>> log = pd.DataFrame({"klant_id": list("AABCDDDEF"),
    ...     "datum": pd.to_datetime(["2024-12-20", "2024-06-01", "2024-11-15", "2024-09-01", "2024-12-28",
    ...                              "2024-10-01", "2024-03-01", "2024-02-01", "2023-11-01"]),
    ...     "bedrag": [500.0, 700, 300, 900, 400, 600, 800, 200, 100]})
    >>> rfm_analysis(log, "2024-12-31")[["recency", "frequency", "monetary", "rfm", "segment"]]
              recency  frequency  monetary  rfm         segment
    klant_id
    A              11          2    1200.0  555      kampioenen
    B              46          1     300.0  413    veelbelovend
    C             121          1     900.0  314  aandacht nodig
    D               3          3    1800.0  555      kampioenen
    E             334          1     200.0  212         slapers
    F             426          1     100.0  111        verloren
    """
    out = rfm_table(transactions, reference_date, customer=customer, date=date, amount=amount)
    return _add_rfm(out)


def _add_rfm(out: pd.DataFrame) -> pd.DataFrame:
    out["R"] = _quintiles(out["recency"], higher_is_better=False)
    out["F"] = _quintiles(out["frequency"], higher_is_better=True)
    out["M"] = _quintiles(out["monetary"], higher_is_better=True)
    out["rfm"] = out["R"].astype(str) + out["F"].astype(str) + out["M"].astype(str)
    out["segment"] = _segments(out["R"].to_numpy(), out["F"].to_numpy(), out["M"].to_numpy())
    actions = {name: s.action for name, s in RFM_SEGMENTS.items()}
    out["actie"] = out["segment"].map(actions)
    return out


def rfm_segment_summary(rfm: pd.DataFrame) -> pd.DataFrame:
    """Customers, revenue and the action per RFM segment, in the order of :data:`RFM_SEGMENTS`.

    Columns: ``klanten``, ``aandeel_klanten`` (fraction), ``omzet`` (Σ monetary),
    ``aandeel_omzet``, ``gem_recency`` (days), ``gem_frequency`` and ``actie``. Segments
    without customers are kept with zeros, so the table always has the same rows.

    aandeel_omzet(segment) = Σ monetary of its customers / Σ monetary of all customers

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (RFM-analyse); Hughes, Strategic Database
      Marketing (1994).

    >>> log = pd.DataFrame({"klant_id": ["A", "A", "B"], "bedrag": [600.0, 300.0, 100.0],
    ...                     "datum": pd.to_datetime(["2024-12-01", "2024-11-01", "2023-01-01"])})
    >>> s = rfm_segment_summary(rfm_analysis(log, "2024-12-31"))
    >>> s.loc[["kampioenen", "verloren"], ["klanten", "omzet", "aandeel_omzet"]]
                klanten  omzet  aandeel_omzet
    segment
    kampioenen        1  900.0            0.9
    verloren          0    0.0            0.0
    """
    if not isinstance(rfm, pd.DataFrame) or not {"segment", "monetary", "recency", "frequency"} <= set(rfm.columns):
        raise SalesbookError("geef de tabel van rfm_analysis() (met de kolommen segment, monetary, recency en frequency)")
    names = list(RFM_SEGMENTS)
    g = rfm.groupby("segment", observed=True)
    out = pd.DataFrame({
        "klanten": g.size(),
        "omzet": g["monetary"].sum(),
        "gem_recency": g["recency"].mean(),
        "gem_frequency": g["frequency"].mean(),
    }).reindex(names)
    out["klanten"] = out["klanten"].fillna(0).astype("int64")
    out["omzet"] = out["omzet"].fillna(0.0)
    out["aandeel_klanten"] = out["klanten"] / max(len(rfm), 1)
    total = rfm["monetary"].sum()
    out["aandeel_omzet"] = out["omzet"] / total if total else 0.0
    out["actie"] = [RFM_SEGMENTS[n].action for n in names]
    out.index.name = "segment"
    return out[["klanten", "aandeel_klanten", "omzet", "aandeel_omzet", "gem_recency", "gem_frequency", "actie"]]


def yearly_retention(transactions: pd.DataFrame, *, customer: str = "klant_id", date: str = "datum") -> pd.DataFrame:
    """Klantretentie per year from the transaction log: who bought last year and again this year?

    A customer is active in a calendar year when he has at least one transaction in it. For
    every year y after the first:

        retentie_y = |active in y−1 and in y| / |active in y−1|

    Columns: ``actief_vorig_jaar``, ``behouden``, ``retentie`` (fraction), indexed by year.
    Vectorised: one drop_duplicates over (customer, year) pairs.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (klantretentie uit de transacties).

    >>> log = pd.DataFrame({"klant_id": list("ABCABD"),
    ...     "datum": pd.to_datetime(["2023-01-05", "2023-02-01", "2023-03-01", "2024-01-05", "2024-05-01", "2024-06-01"])})
    >>> yearly_retention(log)
          actief_vorig_jaar  behouden  retentie
    jaar
    2024                  3         2  0.666667
    """
    tx = _transactions(transactions, customer, date)
    codes, _ = pd.factorize(tx[customer])
    if (codes < 0).any():
        raise SalesbookError(f"{customer} is leeg in transactierij {int(np.argmax(codes < 0)) + 1}: "
                             "elke transactie hoort bij een klant")
    pairs = pd.DataFrame({"klant": codes, "jaar": tx[date].dt.year.to_numpy()}).drop_duplicates()
    years = np.sort(pairs["jaar"].unique())
    if len(years) < 2:
        raise SalesbookError("voor klantretentie zijn transacties uit minstens twee opeenvolgende jaren nodig "
                             f"(kreeg alleen {', '.join(map(str, years))})")
    active = pairs.groupby("jaar").size()
    shifted = pairs.assign(jaar=pairs["jaar"] + 1)
    kept = pairs.merge(shifted, on=["klant", "jaar"]).groupby("jaar").size()
    out = pd.DataFrame({"actief_vorig_jaar": active.shift(1)}, index=pd.Index(years[1:], name="jaar"))
    out["actief_vorig_jaar"] = active.reindex(years[1:] - 1).to_numpy()
    out["behouden"] = kept.reindex(years[1:], fill_value=0).to_numpy()
    out["retentie"] = out["behouden"] / out["actief_vorig_jaar"]
    return out.astype({"actief_vorig_jaar": "int64", "behouden": "int64"})


def _clv_columns(out: pd.DataFrame, years: float, multiple: float, acquisition_cost: float) -> None:
    out["marge_per_jaar"] = out["marge"] / years
    out["clv"] = out["marge_per_jaar"] * multiple - acquisition_cost


def customer_clv(
    transactions: pd.DataFrame,
    retention: float,
    discount_rate: float,
    *,
    years: float,
    acquisition_cost: float = 0.0,
    first_margin_now: bool = False,
    customer: str = "klant_id",
    margin: str = "brutomarge",
) -> pd.DataFrame:
    """CLV per customer from the transaction log: average yearly margin × margin multiple.

    For every customer with margin M over an observation period of ``years`` years:

        marge_per_jaar = M / years,   CLV = marge_per_jaar · r / (1 + d − r) − AC

    (or with (1 + d) in the numerator when ``first_margin_now``), the model of :func:`clv`
    with one retention rate r and discount rate d for all customers. ``years`` is the length
    of the period the log covers (3 for 2022–2024): a customer who only started recently is
    undervalued, because his margin is spread over the whole period. Sorted by CLV, highest
    first. One groupby (vectorised).

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (customer lifetime value per klant).

    >>> log = pd.DataFrame({"klant_id": ["A", "A", "B"], "brutomarge": [300.0, 600.0, 450.0],
    ...                     "datum": pd.to_datetime(["2022-05-01", "2024-05-01", "2023-01-01"])})
    >>> customer_clv(log, 0.8, 0.1, years=3)[["marge", "marge_per_jaar", "clv"]]   # 300 · 0.8/0.3 = 800
               marge  marge_per_jaar    clv
    klant_id
    A          900.0           300.0  800.0
    B          450.0           150.0  400.0
    """
    multiple = margin_multiple(retention, discount_rate, first_margin_now=first_margin_now)
    span = validation.positive(years, "aantal jaren")
    ac = validation.positive(acquisition_cost, ACQUISITION, allow_zero=True)
    tx = _transactions(transactions, customer, amounts=[margin])
    out = _per_customer(tx, customer, {"marge": margin})[["marge"]]
    _clv_columns(out, span, multiple, ac)
    return out.sort_values("clv", ascending=False, kind="stable")



# --- all per-customer analyses in one pass (RFM + ABC + pyramid + CLV) ---------------------------

def customer_analysis(
    transactions: pd.DataFrame,
    reference_date: object,
    *,
    retention: float,
    discount_rate: float,
    years: float,
    acquisition_cost: float = 0.0,
    first_margin_now: bool = False,
    thresholds: Sequence[float] = (0.8, 0.95),
    layers: Sequence[tuple[str, float]] = PYRAMID_LAYERS,
    customer: str = "klant_id",
    date: str = "datum",
    amount: str = "bedrag",
    margin: str = "brutomarge",
) -> pd.DataFrame:
    """One row per customer with RFM, ABC class, pyramid layer and CLV, from one groupby.

    Only transactions on or before ``reference_date`` count. The columns are those of
    :func:`rfm_analysis` (recency, frequency, monetary, R, F, M, rfm, segment, actie), plus

    * ``marge``: the sum of ``margin``;
    * ``aandeel`` and ``cum_aandeel``: share of revenue and cumulative share, and ``abc``:
      the class of :func:`abc_analysis` on revenue (monetary) with ``thresholds``;
    * ``piramide``: the layer of :func:`pyramid_layer` on revenue;
    * ``marge_per_jaar`` and ``clv``: as :func:`customer_clv` with ``years`` years.

    Sorted by revenue, largest first. Vectorised throughout: one groupby over the log, then
    rank, cumsum and select over the customers, so a log of a million rows takes about a
    second.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (RFM, ABC, klantpiramide en CLV in één tabel).

    >>> log = pd.DataFrame({"klant_id": ["A", "B", "A", "C"], "bedrag": [600.0, 300.0, 200.0, 100.0],
    ...     "brutomarge": [150.0, 90.0, 50.0, 30.0],
    ...     "datum": pd.to_datetime(["2024-11-01", "2024-06-01", "2023-02-01", "2022-03-01"])})
    >>> customer_analysis(log, "2024-12-31", retention=0.8, discount_rate=0.1, years=3)[
    ...     ["monetary", "cum_aandeel", "abc", "segment", "clv"]].round(2)
              monetary  cum_aandeel abc     segment     clv
    klant_id
    A            800.0         0.67   A      kampioenen  177.78
    B            300.0         0.92   A  loyale klanten   80.00
    C            100.0         1.00   B         slapers   26.67
    """
    multiple = margin_multiple(retention, discount_rate, first_margin_now=first_margin_now)
    span = validation.positive(years, "aantal jaren")
    ac = validation.positive(acquisition_cost, ACQUISITION, allow_zero=True)
    a, b = _thresholds(thresholds)
    spec = _layers(layers)
    ref = _timestamp(reference_date, "peildatum")
    tx = _transactions(transactions, customer, date, [amount, margin])
    out = _per_customer(tx, customer, {"monetary": amount, "marge": margin}, datum=date, reference=ref)
    out["recency"] = (ref - out["laatste_aankoop"]).dt.days.astype("int64")
    validation.first_bad(out["monetary"], (out["monetary"] < 0).to_numpy(), "omzet per klant", "mag niet negatief zijn")
    _add_rfm(out)
    abc = _abc(out["monetary"], a, b)
    out = out.reindex(abc.index)
    out["aandeel"] = abc["share"]
    out["cum_aandeel"] = abc["cum_share"]
    out["abc"] = abc["class"]
    out["piramide"] = _pyramid_layer(out["monetary"], spec)
    _clv_columns(out, span, multiple, ac)
    return out
