"""The running case, Noordstroom: the one place that reads the case data sets and runs models on them.

Models (:mod:`salesbook.accounts`, :mod:`salesbook.customers`, …) are pure: they take tables and
numbers as arguments. Views, notebooks and exercise banks that need the case company's data
ask this module, which reads each data set once per session (cached) and hands out copies:

* :func:`dataset` — a case data set by name (a copy; callers may change it);
* :func:`case_profitability` — klantwinst and cost-to-serve of the case customers in 2024;
* :func:`case_account_scores` — the portfolio criterion scores of the Dutch case customers;
* :func:`account_plan` — the numbers of an account plan skeleton for one case customer.

A new chapter that needs the case data adds its loader here, next to these.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import pandas as pd

from salesbook import accounts, validation
from salesbook.account_portfolio import account_portfolio, account_scores
from salesbook.data import list_datasets, load_dataset
from salesbook.errors import SalesbookError
from salesbook.profitability import CASE_YEAR, SALES_COLUMNS, customer_profitability, yearly_sales
from salesbook.segmentation import abc_analysis

# One story across the chapters: the case company's constants, used by every notebook, widget and
# exercise that needs them (tests/test_widgets_ch09.py and tests/test_notebook_figures_ch07.py check that notebooks 01, 07 and 09 state the same cost of capital).
COST_OF_CAPITAL = 0.08
"""Noordstroom's cost of capital per year (vermogenskostenvoet): the rate at which money tied up in
receivables or stock costs interest — chapter 1 (Tabel 1.2, debiteuren), chapter 7 (the credit cost in
the cost-to-serve: :func:`case_profitability`, :func:`account_plan`) and chapter 9 (werkkapitaal,
kortingen) use the same rate."""


def dataset(name: str) -> pd.DataFrame:
    """A case data set (a copy: callers may change it; the file is read once per session).

    Source: the pack's own synthetic case data, ``data/*.csv`` (see ``data/dictionary.yaml``).

    >>> len(dataset("kostendrivers")) > 0
    True
    """
    validation.choice(name, "naam van de dataset", list(list_datasets().index))
    return _read(name).copy()


@lru_cache(maxsize=None)
def _read(name: str) -> pd.DataFrame:
    return load_dataset(name)


def _case_year(year: object) -> int:
    y = validation.count(year, "jaar", minimum=0, maximum=9999)
    if y != CASE_YEAR:
        raise SalesbookError(f"jaar moet {CASE_YEAR} zijn (kreeg {y}): kostendrivers.csv bevat alleen de "
                             f"kostendrivers van {CASE_YEAR}")
    return y


def case_profitability(
    year: int = CASE_YEAR,
    *,
    rates: Mapping[str, float] | None = None,
    interest_rate: float = COST_OF_CAPITAL,
) -> pd.DataFrame:
    """:func:`salesbook.profitability.customer_profitability` of the case customers in ``year`` (2024).

    omzet and brutomarge are the sums of ``bedrag`` and ``brutomarge`` in transacties.csv per
    customer in that year; the cost drivers come from kostendrivers.csv (one row per customer
    who bought in 2024); the interest on receivables is the case's cost of capital
    (:data:`COST_OF_CAPITAL`) unless ``interest_rate`` says otherwise (a widget's slider). The
    result is joined with ``naam, land, segment, accountmanager``
    from klanten.csv and sorted by klantwinst, most profitable first.

    Source: Rustenburg & Steenbeek, H7 (klantwinstgevendheid, cost-to-serve), on the case data.

    >>> df = case_profitability()
    >>> len(df) == len(dataset("kostendrivers")), df["klantwinst"].is_monotonic_decreasing
    (True, True)
    """
    y = _case_year(year)
    profit = customer_profitability(_yearly_sales(y), _read("kostendrivers"), rates=rates, interest_rate=interest_rate)
    facts = _read("klanten").set_index("klant_id")[["naam", "land", "segment", "accountmanager"]]
    return profit.join(facts)


@lru_cache(maxsize=None)
def _yearly_sales_once(year: int) -> pd.DataFrame:
    return yearly_sales(_read("transacties"), year).reset_index()[list(SALES_COLUMNS)]


def _yearly_sales(year: int) -> pd.DataFrame:
    """Revenue and gross margin per customer in ``year``, summed once per session (a copy)."""
    return _yearly_sales_once(year).copy()


def case_account_scores(year: int = CASE_YEAR) -> pd.DataFrame:
    """:func:`salesbook.account_portfolio.account_scores` of the Dutch case customers in ``year`` (2024).

    Only the Dutch customers have an estimated purchase potential (accountlocaties.csv,
    chapter 6), so the portfolio covers Noordstroom Nederland. Its ``abc`` ranks Nederland on its
    own: 193 A-klanten in 2024, against 197 Dutch A-klanten when all customers of the group are
    ranked (as in :func:`account_plan` and the ABC section of notebook 07).

    Source: Rustenburg & Steenbeek, H7 (accountportfolio), on the case data.

    >>> df = case_account_scores()
    >>> bool(df[list(accounts.ATTRACTIVENESS_WEIGHTS) + list(accounts.POSITION_WEIGHTS)].stack().between(1, 10).all())
    True
    """
    return _account_scores(_case_year(year)).copy()


@lru_cache(maxsize=None)
def _account_scores(year: int) -> pd.DataFrame:
    """The scores of one year, computed once per session (the case data do not change)."""
    return account_scores(_read("transacties"), _read("klanten"), _read("accountlocaties"), year)


def account_plan(
    klant_id: str,
    *,
    rates: Mapping[str, float] | None = None,
    interest_rate: float = COST_OF_CAPITAL,
    attractiveness_weights: Mapping[str, float] | None = None,
    position_weights: Mapping[str, float] | None = None,
) -> accounts.AccountPlan:
    """The numbers of an account plan skeleton for one case customer (see :class:`salesbook.accounts.AccountPlan`).

    History by :func:`salesbook.accounts.account_history`; profitability by
    :func:`case_profitability` with ``rates`` and ``interest_rate``; the portfolio position by
    :func:`salesbook.account_portfolio.account_portfolio` on :func:`case_account_scores` with the
    given weights. The view layer renders it (:func:`salesbook.widgets.accounts.account_plan_markdown`).

    Source: Rustenburg & Steenbeek, H7 (het accountplan), on the case data.

    >>> plan = account_plan("K00528")
    >>> plan.facts["segment"], plan.abc, bool(plan.profitability["klantwinst"] < 0)
    ('installateur', 'A', True)
    """
    customers = _read("klanten").set_index("klant_id")
    if not isinstance(klant_id, str) or klant_id not in customers.index:
        raise SalesbookError(f"klant_id {klant_id!r} staat niet in klanten.csv (voorbeeld: 'K00528')")
    row = customers.loc[klant_id]
    facts = {"naam": row["naam"], "land": row["land"], "segment": row["segment"], "regio": row["regio"],
             "accountmanager": row["accountmanager"],
             "klant_sinds": pd.Timestamp(row["klant_sinds"]).strftime("%d-%m-%Y")}
    history = accounts.account_history(_read("transacties"), klant_id, accounts.PLAN_YEARS)
    profit = case_profitability(rates=rates, interest_rate=interest_rate)
    in_2024 = klant_id in profit.index
    abc = abc_analysis(profit["omzet"])["class"]
    portfolio = None
    if row["land"] == "Nederland" and in_2024:
        matrix = account_portfolio(case_account_scores(), attractiveness_weights, position_weights)
        portfolio = matrix.loc[klant_id]
    return accounts.AccountPlan(
        klant_id=klant_id, facts=facts, history=history,
        abc=str(abc.loc[klant_id]) if in_2024 else None,
        profitability=profit.loc[klant_id] if in_2024 else None,
        profit_rank=int(profit.index.get_loc(klant_id)) + 1 if in_2024 else None,
        customers=len(profit), portfolio=portfolio,
    )


# --- chapter 3: the environment (trends, five forces, market potential per country) ----------------


def case_trends(markt: str = "Nederland") -> dict[str, dict]:
    """The management team's trend scores for one market, as :func:`salesbook.environment.trend_radar`
    takes them: trend name → impact, waarschijnlijkheid, richting and factor.

    Source: the pack's own synthetic case data, ``data/omgevingstrends.csv``.

    >>> case_trends("Duitsland")["Subsidie voor warmtepompen"]["impact"]
    5
    """
    trends = _read("omgevingstrends")
    validation.choice(markt, "markt", sorted(trends["markt"].unique()))
    rows = trends[trends["markt"] == markt]
    return {r.trend: {"impact": int(r.impact), "waarschijnlijkheid": int(r.waarschijnlijkheid),
                      "richting": r.richting, "factor": r.factor} for r in rows.itertuples()}


def case_five_forces(land: str = "Nederland") -> tuple[dict[str, dict], dict[str, dict]]:
    """The five-forces scores and weights for one country, as :func:`salesbook.environment.five_forces`
    takes them: (force → criterion → score, force → criterion → weight).

    Source: the pack's own synthetic case data, ``data/vijf_krachten.csv``.

    >>> scores, weights = case_five_forces()
    >>> scores["substituten"]["voorgemonteerde modules"], weights["substituten"]["voorgemonteerde modules"]
    (3, 0.6)
    """
    forces = _read("vijf_krachten")
    validation.choice(land, "land", sorted(forces["land"].unique()))
    scores: dict[str, dict] = {}
    weights: dict[str, dict] = {}
    for r in forces[forces["land"] == land].itertuples():
        scores.setdefault(r.kracht, {})[r.criterium] = int(r.score)
        weights.setdefault(r.kracht, {})[r.criterium] = float(r.gewicht)
    return scores, weights


def case_market_inputs(land: str = "Nederland") -> dict:
    """The market-potential inputs of one country as keyword arguments of
    :func:`salesbook.strategy.market_estimate` (buyers, quantity_per_buyer, price, ratios, revenue).

    Source: the pack's own synthetic case data, ``data/marktpotentieel.csv``.

    >>> case_market_inputs("Nederland")["ratios"]
    {'regio': 1.0, 'assortiment': 0.6}
    """
    inputs = _read("marktpotentieel").set_index("land")
    validation.choice(land, "land", list(inputs.index))
    r = inputs.loc[land]
    return dict(buyers=int(r["afnemers"]), quantity_per_buyer=int(r["orders_per_afnemer"]),
                price=float(r["orderwaarde"]),
                ratios={"regio": float(r["aandeel_regio"]), "assortiment": float(r["aandeel_assortiment"])},
                revenue=float(r["omzet_2024"]))


# --- chapter 2: strategic sales planning ----------------------------------------------------------

REVENUE_OBJECTIVE_2025 = 214_000_000
"""Noordstroom's company objective for 2025: group revenue in euro (198 mln in 2024 plus 8%, rounded;
the pack's own assumption). doelstellingen.csv states it in words, verkoopdoelen.csv holds the
country targets that should add up to it."""

FORECAST_GRID = {"alpha": [0.1, 0.2, 0.3, 0.5], "beta": [0.01, 0.05, 0.1], "gamma": [0.1, 0.2, 0.3, 0.5]}
"""The grid of smoothing parameters of notebook 04 (sections 5 and 7)."""


def case_market_position(land: str) -> dict[str, float]:
    """Noordstroom's position in one country's market, as chapters 2, 3 and 4 assume it: its market
    share in 2024, the share of its largest competitor and the market's growth per year.

    Source: the pack's own case assumptions (``generate.assumptions.COUNTRY_MARKETS``).

    >>> case_market_position("Nederland")
    {'market_share': 0.12, 'largest_competitor': 0.1, 'market_growth': 0.02}
    """
    from salesbook.generate.assumptions import COUNTRY_MARKETS

    if land not in COUNTRY_MARKETS:
        raise SalesbookError(f"onbekend land {land!r}; kies uit: {', '.join(COUNTRY_MARKETS)}")
    return dict(COUNTRY_MARKETS[land])


def case_markets() -> pd.DataFrame:
    """markten.csv with the shares and growth the BCG portfolio needs, per country and product group.

    marktaandeel = omzet_2024 / markt_2024; aandeel_concurrent = omzet_concurrent_2024 / markt_2024;
    relatief_marktaandeel = marktaandeel / aandeel_concurrent (= omzet_2024 / omzet_concurrent_2024);
    marktgroei = markt_2024 / markt_2023 − 1.

    Source: the pack's own synthetic case data, ``data/markten.csv`` (H2, portfolioanalyse).

    >>> df = case_markets()
    >>> row = df[(df["land"] == "Nederland") & (df["productgroep"] == "Verlichting")].iloc[0]
    >>> round(float(row["relatief_marktaandeel"]), 2), round(float(row["marktgroei"]), 3)
    (1.65, 0.031)
    """
    df = _read("markten").copy()
    df["marktaandeel"] = df["omzet_2024"] / df["markt_2024"]
    df["aandeel_concurrent"] = df["omzet_concurrent_2024"] / df["markt_2024"]
    df["relatief_marktaandeel"] = df["omzet_2024"] / df["omzet_concurrent_2024"]
    df["marktgroei"] = df["markt_2024"] / df["markt_2023"] - 1
    return df


def case_portfolio_units(land: str | None = None) -> dict[str, dict[str, float]]:
    """The units of :func:`salesbook.portfolio_strategy.bcg_portfolio` for one country (named by
    product group) or, with ``land=None``, for every country and product group ("land · groep").

    Source: the pack's own synthetic case data, ``data/markten.csv``.

    >>> units = case_portfolio_units("België")
    >>> sorted(units)[0], round(units["Verlichting"]["marktaandeel"], 3)
    ('Gereedschap', 0.07)
    """
    df = case_markets()
    if land is not None:
        validation.choice(land, "land", list(df["land"].unique()))
        df = df[df["land"] == land]
    units = {}
    for r in df.itertuples():
        name = r.productgroep if land is not None else f"{r.land} · {r.productgroep}"
        units[name] = {"omzet": float(r.omzet_2024), "marktgroei": float(r.marktgroei),
                       "marktaandeel": float(r.marktaandeel), "grootste_concurrent": float(r.aandeel_concurrent)}
    return units


@lru_cache(maxsize=None)
def _forecast_2025() -> pd.Series:
    from salesbook import forecasting

    history = _read("verkoophistorie")
    out = {}
    for land in history["land"].unique():
        series = forecasting.sales_series(history, land=land)
        best = forecasting.grid_search(series, forecasting.holt_winters, FORECAST_GRID,
                                       fixed={"season_length": 12}).best
        out[land] = float(forecasting.holt_winters(series, 12, **best, horizon=12).forecast.sum())
    return pd.Series(out, name="prognose_2025").sort_index()


def case_forecast_2025() -> pd.Series:
    """Chapter 4's revenue forecast for 2025 per country: Holt-Winters on the 96 months of the sales
    history, α, β and γ chosen from :data:`FORECAST_GRID` by grid search, the twelve months summed.

    Source: Rustenburg & Steenbeek, H4 (salesprognose), as in notebook 04, section 7.

    >>> round(float(case_forecast_2025().sum()) / 1e6, 1)
    207.2
    """
    return _forecast_2025().copy()


def case_sales_targets() -> dict[str, float]:
    """The country managers' revenue targets for 2025 (verkoopdoelen.csv), country → euro.

    >>> round(sum(case_sales_targets().values()) / 1e6, 1)
    211.1
    """
    df = _read("verkoopdoelen")
    return {r.land: float(r.omzetdoel_2025) for r in df.itertuples()}


def case_confrontation(land: str = "Nederland") -> dict:
    """The management team's confrontation matrix for one country, as
    :func:`salesbook.swot.confrontation_matrix` takes it: opportunities, threats, strengths,
    weaknesses (in the order of the file) and scores keyed (external, internal).

    Source: the pack's own synthetic case data, ``data/confrontatiematrix.csv``.

    >>> m = case_confrontation("Duitsland")
    >>> m["opportunities"][0], len(m["scores"])
    ('Renovatiegolf in de woningbouw', 16)
    """
    df = _read("confrontatiematrix")
    validation.choice(land, "land", list(df["land"].unique()))
    rows = df[df["land"] == land]

    def names(column: str, kind: str) -> list[str]:
        return list(dict.fromkeys(rows.loc[rows[f"soort_{column}"] == kind, column]))

    return dict(opportunities=names("extern", "kans"), threats=names("extern", "bedreiging"),
                strengths=names("intern", "sterkte"), weaknesses=names("intern", "zwakte"),
                scores={(r.extern, r.intern): int(r.score) for r in rows.itertuples()})
