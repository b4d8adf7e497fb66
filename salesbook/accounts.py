"""Accountmanagement (chapter 7): key-account selection and the account plan, and the one door
to every chapter-7 model.

Defined here:

* :func:`key_account_selection` — which accounts meet the key-account criteria;
* :class:`AccountPlan` and :func:`account_history` — the numbers of an account plan skeleton
  (:func:`salesbook.case.account_plan` fills one for a case customer; the view layer renders it).

Re-exported from the topic modules, so that ``salesbook.accounts.<name>`` keeps working:

* :mod:`salesbook.profitability` — :func:`customer_profitability`, :func:`whale_curve`,
  :func:`whale_summary`, :func:`yearly_sales` and the assumed activity costs;
* :mod:`salesbook.account_portfolio` — :func:`account_portfolio`, :func:`portfolio_quadrant`,
  :func:`scale_score`, :func:`account_scores`.

The case versions (:func:`case_profitability`, :func:`case_account_scores`, :func:`account_plan`)
read the case data and so live in :mod:`salesbook.case`; the names still resolve here, lazily,
so old notebooks and exercise banks keep working without this module reading any CSV.
All functions are pure and raise :class:`SalesbookError` with a Dutch message for invalid input.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from salesbook import validation
from salesbook.account_portfolio import (  # noqa: F401  (re-exports)
    ASSORTMENT_FIT, ATTRACTIVENESS_WEIGHTS, CASE_SCALES, POSITION_WEIGHTS, QUADRANTS, SCORE_RANGE, SPLIT,
    STRATEGIC_FIT, account_portfolio, account_scores, portfolio_quadrant, scale_score,
)
from salesbook.errors import SalesbookError
from salesbook.profitability import (  # noqa: F401  (re-exports)
    CASE_YEAR, COST_COLUMNS, COST_DRIVERS, DEFAULT_RATES, DRIVER_COLUMNS, PROFIT_COLUMNS,
    SALES_COLUMNS, WhaleSummary, customer_profitability, whale_curve, whale_summary, yearly_sales,
)

_MOVED_TO_CASE = {"case_profitability": "case_profitability", "case_account_scores": "case_account_scores",
                  "account_plan": "account_plan", "_load": "dataset"}


def __getattr__(name: str):
    """Old names of the case functions, resolved lazily in :mod:`salesbook.case` (which imports this module)."""
    if name in _MOVED_TO_CASE:
        import salesbook.case as case   # lazy on purpose: a model module never loads the case at import
        return getattr(case, _MOVED_TO_CASE[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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

    Source: Rustenburg & Steenbeek, Salesmanagement, H7 (accountmanagement).

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
    are left for the account manager to fill in. Rendered as Markdown by
    :func:`salesbook.widgets.accounts.account_plan_markdown`.
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


def account_history(transactions: pd.DataFrame, klant_id: str, years=PLAN_YEARS) -> pd.DataFrame:
    """Omzet, brutomarge, margepercentage and orders of one customer per year (0 in a year without sales).

    omzet = Σ bedrag, brutomarge = Σ brutomarge, margepercentage = brutomarge ÷ omzet (NaN
    without omzet), orders = number of transactions, from a log with ``klant_id, datum,
    bedrag, brutomarge``.

    Source: Rustenburg & Steenbeek, Salesmanagement, H7 (het accountplan).

    >>> log = pd.DataFrame({"klant_id": ["A", "A", "B"], "bedrag": [100.0, 50.0, 80.0],
    ...     "brutomarge": [30.0, 10.0, 20.0], "datum": pd.to_datetime(["2023-01-05", "2024-03-01", "2024-12-30"])})
    >>> account_history(log, "A", (2023, 2024))
          omzet  brutomarge  orders  margepercentage
    jaar
    2023  100.0        30.0       1              0.3
    2024   50.0        10.0       1              0.2
    """
    validation.table(transactions, "de transacties", {"klant_id": None, "datum": None, "bedrag": "getal",
                                                       "brutomarge": "getal"}, min_rows=0)
    if not isinstance(klant_id, str):
        raise SalesbookError(f"klant_id moet een tekst zijn (kreeg {klant_id!r})")
    wanted = [validation.count(y, "jaar", minimum=1, maximum=9999) for y in validation.numbers(years, "jaren")]
    mine = transactions[transactions["klant_id"] == klant_id]
    try:
        year_of = pd.to_datetime(mine["datum"]).dt.year
    except (ValueError, TypeError):
        raise SalesbookError("de transacties: de kolom 'datum' bevat waarden die geen datum zijn") from None
    history = mine.groupby(year_of).agg(omzet=("bedrag", "sum"), brutomarge=("brutomarge", "sum"),
                                        orders=("bedrag", "size")).reindex(wanted, fill_value=0)
    history.index.name = "jaar"
    history = history.astype({"omzet": float, "brutomarge": float, "orders": "int64"})
    history["margepercentage"] = (history["brutomarge"] / history["omzet"].where(history["omzet"] > 0)).astype(float)
    return history
