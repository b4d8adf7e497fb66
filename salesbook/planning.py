"""Planning of the sales team (chapter 6): workload, call plans, territories and quotas.

* :func:`account_table` — the case accounts of one country with location, potential, revenue
  of a year and their ABC class (from :func:`salesbook.segmentation.abc_analysis`);
* :func:`workload` — the workload per account class (bewerkingstaak): accounts × visits ×
  hours per visit;
* :func:`visit_capacity` and :func:`call_plan` — the hours a rep has for visits and what his
  accounts ask of him per year, month, week and day;
* :func:`design_territories` — a transparent greedy territory design on postcode areas;
* :func:`balance` — how evenly the workload is spread (max/min, coefficient of variation);
* :func:`largest_remainder`, :func:`quota_shares`, :func:`allocate_quota`,
  :func:`split_quota` — targets and quotas in whole euros that add up exactly to the total.

The sales-force size itself (workload and breakdown method) is in :mod:`salesbook.salesforce`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from numbers import Real

import numpy as np
import pandas as pd

from salesbook import segmentation, validation
from salesbook.errors import SalesbookError

CLASSES = ("A", "B", "C")
NO_CLASS = "geen omzet"   # an account without revenue in the year: not in the ABC analysis


# --- the case accounts ------------------------------------------------------------------------------

def account_table(klanten: pd.DataFrame, transacties: pd.DataFrame, locaties: pd.DataFrame, *,
                  year: int = 2024, country: str = "Nederland") -> pd.DataFrame:
    """One row per account of ``country``: klant_id (index), naam, regio, accountmanager,
    postcodegebied, plaats, x_km, y_km, potentieel, omzet (the revenue in ``year`` from the
    transactions) and klasse.

    The class comes from :func:`salesbook.segmentation.abc_analysis` on the accounts with revenue
    in that year (A up to 80% of the revenue, B up to 95%, C the rest); accounts without
    revenue get the class 'geen omzet'. Every account of the country must have a location.

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 (organisatie en planning van het salesteam).

    >>> k = pd.DataFrame({"klant_id": ["K1", "K2", "K3"], "naam": ["a", "b", "c"], "land": ["Nederland"] * 3,
    ...                   "regio": ["Noord"] * 3, "accountmanager": ["Ans"] * 3})
    >>> t = pd.DataFrame({"klant_id": ["K1", "K2", "K1"], "datum": pd.to_datetime(["2024-01-05"] * 3),
    ...                   "bedrag": [50.0, 20.0, 30.0]})
    >>> loc = pd.DataFrame({"klant_id": ["K1", "K2", "K3"], "postcodegebied": ["97"] * 3, "plaats": ["Groningen"] * 3,
    ...                     "x_km": [1.0, 2.0, 3.0], "y_km": [1.0, 2.0, 3.0], "potentieel": [100, 50, 10]})
    >>> table = account_table(k, t, loc)          # before K1 0% → A; before K2 80% → B (not below 80%)
    >>> table["omzet"].tolist(), table["klasse"].tolist()
    ([80.0, 20.0, 0.0], ['A', 'B', 'geen omzet'])
    """
    for frame, name, columns in (
        (klanten, "klanten", ("klant_id", "naam", "land", "regio", "accountmanager")),
        (transacties, "transacties", ("klant_id", "datum", "bedrag")),
        (locaties, "accountlocaties", ("klant_id", "postcodegebied", "plaats", "x_km", "y_km", "potentieel")),
    ):
        if not isinstance(frame, pd.DataFrame):
            raise SalesbookError(f"{name} moet een tabel (DataFrame) zijn (kreeg {type(frame).__name__})")
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise SalesbookError(f"{name} mist de kolom(men) {', '.join(missing)}")
    own = klanten[klanten["land"] == country].set_index("klant_id")
    if own.empty:
        raise SalesbookError(f"er zijn geen klanten in land '{country}'")
    place = locaties.set_index("klant_id").reindex(own.index)
    lacking = place.index[place["plaats"].isna()]
    if len(lacking):
        raise SalesbookError(f"{len(lacking)} klant(en) in {country} zonder ligging, bijvoorbeeld {lacking[0]}")
    in_year = transacties[pd.to_datetime(transacties["datum"]).dt.year == year]
    revenue = in_year.groupby("klant_id")["bedrag"].sum().reindex(own.index).fillna(0.0)
    table = own[["naam", "regio", "accountmanager"]].join(
        place[["postcodegebied", "plaats", "x_km", "y_km", "potentieel"]])
    table["omzet"] = revenue.astype(float)
    table["klasse"] = NO_CLASS
    active = revenue[revenue > 0]
    if len(active):
        abc = segmentation.abc_analysis(active)
        table.loc[abc.index, "klasse"] = abc["class"]
    return table


# --- workload (bewerkingstaak) -------------------------------------------------------------------

def _per_class(values: object, name: str, classes: Sequence[str]) -> dict[str, float]:
    if not isinstance(values, Mapping):
        raise SalesbookError(f"{name} moet per klasse gegeven worden als woordenboek, zoals "
                             f"{{'A': 12, 'B': 4, 'C': 1}} (kreeg {validation._show(values)})")
    missing = [c for c in classes if c not in values]
    if missing:
        raise SalesbookError(f"{name} mist een waarde voor klasse {', '.join(map(repr, missing))}")
    extra = [c for c in values if c not in classes]
    if extra:
        raise SalesbookError(f"{name} noemt klasse {', '.join(map(repr, extra))}, die niet bij de accounts hoort "
                             f"(de klassen zijn {', '.join(map(repr, classes))}); controleer de spelling of geef "
                             "ook het aantal accounts van die klasse")
    return {c: validation.number(validation._plain(values[c]), f"{name}['{c}']") for c in classes}


def workload(accounts: Mapping[str, float], visits: Mapping[str, float],
             hours_per_visit: Mapping[str, float]) -> pd.DataFrame:
    """The workload (bewerkingstaak) per account class: a table with a row per class and a total.

        bezoeken_i = accounts_i × bezoeken per account_i
        uren_i     = bezoeken_i × uren per bezoek_i          (the weight of a visit)
        bewerkingstaak = Σ_i uren_i

    ``accounts``, ``visits`` (visits per account per year, may be fractional: 0.5 = every two
    years) and ``hours_per_visit`` (including travel) are mappings with exactly the same
    classes (a class missing in one of them, or one too many, is refused by name).
    Accounts must be whole numbers ≥ 0; visits ≥ 0; hours per visit > 0.

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 (organisatie en planning van het salesteam).

    >>> workload({"A": 10, "B": 20}, {"A": 12, "B": 4}, {"A": 2, "B": 1.5})
              accounts  bezoeken_per_account  bezoeken  uren_per_bezoek  uren
    klasse
    A             10.0                  12.0     120.0              2.0   240.0
    B             20.0                   4.0      80.0              1.5   120.0
    totaal        30.0                   NaN     200.0              NaN   360.0
    """
    if not isinstance(accounts, Mapping) or len(accounts) == 0:
        raise SalesbookError(f"aantal accounts moet per klasse gegeven worden, zoals {{'A': 50, 'B': 150}} "
                             f"(kreeg {validation._show(accounts)})")
    classes = list(accounts)
    if "totaal" in classes:
        raise SalesbookError("'totaal' is geen klasse: die regel maakt de functie zelf")
    n = {c: validation.count(validation._plain(accounts[c]), f"aantal accounts['{c}']") for c in classes}
    f = _per_class(visits, "bezoeken per account", classes)
    t = _per_class(hours_per_visit, "uren per bezoek", classes)
    for c in classes:
        if f[c] < 0:
            raise SalesbookError(f"bezoeken per account['{c}'] mag niet negatief zijn (kreeg {f[c]:g})")
        if t[c] <= 0:
            raise SalesbookError(f"uren per bezoek['{c}'] moet groter zijn dan 0 (kreeg {t[c]:g})")
    table = pd.DataFrame({
        "accounts": [float(n[c]) for c in classes],
        "bezoeken_per_account": [f[c] for c in classes],
        "bezoeken": [n[c] * f[c] for c in classes],
        "uren_per_bezoek": [t[c] for c in classes],
        "uren": [n[c] * f[c] * t[c] for c in classes],
    }, index=pd.Index(classes, name="klasse"))
    table.loc["totaal"] = [table["accounts"].sum(), math.nan, math.fsum(table["bezoeken"]), math.nan,
                           math.fsum(table["uren"])]
    return table


def visit_capacity(working_days: float, hours_per_day: float, visit_share: float) -> float:
    """Hours a rep has per year for visits (including travel):

        capaciteit = werkdagen × uren per dag × aandeel bezoektijd

    A year has at most 366 days, so ``working_days`` lies in (0, 366].

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 (organisatie en planning van het salesteam).

    >>> visit_capacity(210, 8, 0.55)   # 1 680 h × 55%
    924.0
    """
    days = validation.positive(working_days, "werkdagen per jaar")
    if days > 366:
        raise SalesbookError(f"werkdagen per jaar kan niet meer dan 366 zijn: een jaar heeft hoogstens 366 dagen "
                             f"(kreeg {validation._show(working_days)})")
    hours = validation.in_range(hours_per_day, "uren per dag", 0, 24, low_inclusive=False)
    share = validation.fraction(visit_share, "aandeel bezoektijd", allow_zero=False)
    return days * hours * share


@dataclass(frozen=True)
class CallPlan:
    """What a rep's accounts ask of him in a year, and per month, week and working day."""

    visits: float            # visits per year
    hours: float             # hours of visits (incl. travel) per year
    capacity: float          # hours available for visits per year
    utilisation: float       # hours / capacity (above 1: more work than time)
    visits_per_month: float
    visits_per_week: float
    visits_per_day: float
    hours_per_visit_day: float   # visit hours per working day asked


def call_plan(visits: float, hours: float, *, working_days: float, hours_per_day: float,
              visit_share: float) -> CallPlan:
    """The call plan (bezoekplan) of one rep, from his yearly visits and visit hours:

        capaciteit  = werkdagen × uren per dag × aandeel bezoektijd
        bezetting   = uren / capaciteit
        per maand   = bezoeken / 12;  per week = bezoeken / (werkdagen / 5);
        per werkdag = bezoeken / werkdagen

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 (organisatie en planning van het salesteam).

    >>> p = call_plan(840, 1_100, working_days=210, hours_per_day=8, visit_share=0.55)
    >>> round(p.utilisation, 3), p.visits_per_week, p.visits_per_day
    (1.19, 20.0, 4.0)
    """
    v = validation.positive(visits, "bezoeken per jaar", allow_zero=True)
    h = validation.positive(hours, "bezoekuren per jaar", allow_zero=True)
    capacity = visit_capacity(working_days, hours_per_day, visit_share)
    days = float(working_days)
    return CallPlan(visits=v, hours=h, capacity=capacity, utilisation=h / capacity,
                    visits_per_month=v / 12, visits_per_week=v / (days / 5), visits_per_day=v / days,
                    hours_per_visit_day=h / days)


# --- territory design ---------------------------------------------------------------------------

@dataclass(frozen=True)
class TerritoryDesign:
    """The result of :func:`design_territories`.

    ``assignment``: territory number (1 … k) per unit; ``seeds``: the seed unit of every
    territory; ``workload``: the workload per territory; ``steps``: every step of the greedy
    method in order (step, territory, unit, workload of the territory after the step).
    """

    assignment: pd.Series
    seeds: list
    workload: pd.Series
    steps: pd.DataFrame


def _units(units: object) -> pd.DataFrame:
    if not isinstance(units, pd.DataFrame):
        raise SalesbookError(f"de gebieden moeten een tabel (DataFrame) zijn (kreeg {type(units).__name__})")
    missing = [c for c in ("workload", "x", "y") if c not in units.columns]
    if missing:
        raise SalesbookError(f"de gebieden missen de kolom(men) {', '.join(missing)}")
    if units.index.has_duplicates:
        raise SalesbookError(f"elk gebied mag maar één keer voorkomen (dubbel: {units.index[units.index.duplicated()][0]})")
    for column, label in (("workload", "de werklast"), ("x", "de x-coördinaat"), ("y", "de y-coördinaat")):
        for area, value in units[column].items():
            v = validation._plain(value)
            ok = isinstance(v, Real) and not isinstance(v, bool) and math.isfinite(v)
            if not ok or (column == "workload" and v < 0):
                allowed = "een getal van minstens 0" if column == "workload" else "een eindig getal (in km)"
                raise SalesbookError(f"{label} van gebied {area} moet {allowed} zijn "
                                     f"(kreeg {validation._show(value)})")
    return units


def design_territories(units: pd.DataFrame, n_territories: int) -> TerritoryDesign:
    """Divide building blocks (postcode areas) over ``n_territories`` territories with equal
    workload, by a greedy method a student can follow step by step.

    ``units`` has one row per building block (the index names it) with the columns
    ``workload`` (hours per year), ``x`` and ``y`` (its centre, in km).

    1. **Seeds.** The first territory starts at the unit with the largest workload. Every next
       territory starts at the unit that lies farthest from the seeds chosen so far (the
       distance to its nearest seed is the largest). So the seeds spread over the country.
    2. **Growing.** Repeat until every unit has a territory: the territory with the least
       workload so far takes the free unit that lies nearest to one of its own units (its
       neighbour). Ties go to the territory, and the unit, that comes first.

    Distance is straight-line distance: √((x₁ − x₂)² + (y₁ − y₂)²). The method balances the
    workload because the smallest territory always chooses next, and keeps territories
    together because it chooses next to what it has. It is not optimal: when the units around
    a territory are taken, its nearest free unit can lie far away (a jump); a planner then
    swaps border areas by hand.

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 (rayonindeling, territory balancing).

    >>> units = pd.DataFrame({"workload": [5, 4, 3, 3], "x": [0, 1, 10, 11], "y": [0, 0, 0, 0]},
    ...                      index=["a", "b", "c", "d"])
    >>> design_territories(units, 2).assignment.tolist()
    [1, 1, 2, 2]
    """
    table = _units(units)
    k = validation.count(n_territories, "aantal rayons", minimum=1)
    if k > len(table):
        raise SalesbookError(f"aantal rayons mag niet groter zijn dan het aantal gebieden {len(table)} (kreeg {k})")
    names = list(table.index)
    w = table["workload"].to_numpy(dtype=float)
    xy = table[["x", "y"]].to_numpy(dtype=float)
    dist = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(axis=2))

    seeds = [int(np.argmax(w))]                       # step 1: the largest unit first
    while len(seeds) < k:
        nearest = dist[:, seeds].min(axis=1)
        nearest[seeds] = -1.0
        seeds.append(int(np.argmax(nearest)))

    territory = np.zeros(len(names), dtype=int)       # 0 = not assigned yet
    load = np.zeros(k)
    steps = []
    for t, s in enumerate(seeds, start=1):
        territory[s] = t
        load[t - 1] = w[s]
        steps.append((len(steps) + 1, t, names[s], load[t - 1]))
    while (territory == 0).any():                      # step 2: the smallest territory chooses
        t = int(np.argmin(load)) + 1
        free = np.flatnonzero(territory == 0)
        members = np.flatnonzero(territory == t)
        pick = free[int(np.argmin(dist[np.ix_(members, free)].min(axis=0)))]
        territory[pick] = t
        load[t - 1] += w[pick]
        steps.append((len(steps) + 1, t, names[pick], load[t - 1]))
    assignment = pd.Series(territory, index=table.index, name="rayon")
    workload_per = pd.Series(load, index=pd.RangeIndex(1, k + 1, name="rayon"), name="werklast")
    log = pd.DataFrame(steps, columns=["stap", "rayon", "gebied", "werklast_rayon"]).set_index("stap")
    return TerritoryDesign(assignment=assignment, seeds=[names[s] for s in seeds], workload=workload_per, steps=log)


def balance(workloads: Sequence[float] | pd.Series) -> dict[str, float]:
    """How evenly the workload is spread over reps or territories.

        gemiddelde = Σ w / n;  max/min = max w ÷ min w
        variatiecoëfficiënt (CV) = σ / gemiddelde, with σ = √(Σ (w − gemiddelde)² / n)
        grootste afwijking = max |w − gemiddelde| ÷ gemiddelde

    A perfectly balanced division has max/min 1 and CV 0. Returns a dict with gemiddelde, min,
    max, max_min, cv and max_afwijking (max_min is inf when a territory has no work).

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 (rayonindeling, territory balancing).

    >>> {k: round(v, 4) for k, v in balance([900, 1000, 1100]).items()}
    {'gemiddelde': 1000.0, 'min': 900.0, 'max': 1100.0, 'max_min': 1.2222, 'cv': 0.0816, 'max_afwijking': 0.1}
    """
    w = np.array(validation.numbers(workloads, "werklast"), dtype=float)
    if (w < 0).any():
        raise SalesbookError(f"werklast mag niet negatief zijn (kreeg {w[w < 0][0]:g})")
    mean = float(w.mean())
    if mean == 0:
        raise SalesbookError("de werklast is overal 0: er is niets te verdelen")
    low, high = float(w.min()), float(w.max())
    return {"gemiddelde": mean, "min": low, "max": high, "max_min": high / low if low > 0 else math.inf,
            "cv": float(w.std(ddof=0)) / mean, "max_afwijking": float(np.abs(w - mean).max()) / mean}


# --- targets and quotas --------------------------------------------------------------------------

SHARE_TOLERANCE = 1e-9


def _shares(shares: object, name: str) -> pd.Series:
    if isinstance(shares, pd.Series):
        s = shares
    elif isinstance(shares, Mapping):
        s = pd.Series(dict(shares), dtype=object)
    else:
        s = pd.Series(list(validation.numbers(shares, name)))
    if len(s) == 0:
        raise SalesbookError(f"{name} mag niet leeg zijn (kreeg geen waarden)")
    values = [validation.number(validation._plain(v), f"{name}[{k!r}]") for k, v in s.items()]
    s = pd.Series(values, index=s.index, dtype=float)
    if (s < 0).any():
        bad = s.index[s < 0][0]
        raise SalesbookError(f"{name}[{bad!r}] mag niet negatief zijn (kreeg {s[bad]:g})")
    total = math.fsum(s)
    if abs(total - 1) > SHARE_TOLERANCE:
        raise SalesbookError(f"{name} moeten samen precies 1 zijn (kreeg som {total:.10g}); "
                             "deel elk gewicht door de som, of controleer of er een deel ontbreekt")
    return s


def largest_remainder(total: float, shares: Sequence[float] | Mapping[str, float] | pd.Series) -> pd.Series:
    """Divide a whole ``total`` (e.g. euros) by ``shares`` into whole numbers that add up to
    exactly the total (the largest-remainder method of Hamilton).

    1. Give every part the whole part of its exact amount total × share_i (rounded down).
    2. Hand out the units that are left, one each, to the parts with the largest remainders
       (ties: the part that comes first).

    ``shares`` must be non-negative and sum to 1 (within 1e-9); they are divided by their
    exact sum first, so the parts always add up to exactly the total. Returns a Series of ints
    with the shares' index (0, 1, … for a list).

    Source: the pack's own helper (largest-remainder rounding, Hamilton's method) for H6 quotas.

    >>> largest_remainder(100, [1/3, 1/3, 1/3]).tolist()   # 33.33 each: 33 + 33 + 33 = 99, one left
    [34, 33, 33]
    >>> largest_remainder(1_000, {"Noord": 0.125, "Zuid": 0.875}).to_dict()
    {'Noord': 125, 'Zuid': 875}
    """
    amount = validation.count(validation._plain(total), "totaal", minimum=0, maximum=2**53)
    s = _shares(shares, "aandelen")
    # exact rational arithmetic: the shares are normalised by their exact sum (which may be
    # 1 ± 1e-9), so the whole parts never add up to more than the total and the units left
    # over are exactly what the remainders add up to
    fractions = [Fraction(x) for x in s]
    norm = sum(fractions)
    exact = [amount * x / norm for x in fractions]
    floors = [math.floor(e) for e in exact]
    left = amount - sum(floors)
    remainders = [float(e - f) for e, f in zip(exact, floors)]
    order = sorted(range(len(exact)), key=lambda i: (-round(remainders[i], 9), i))
    for i in order[:left]:
        floors[i] += 1
    return pd.Series(floors, index=s.index, dtype="int64")


def quota_shares(potential: pd.Series | Mapping[str, float], history: pd.Series | Mapping[str, float],
                 weight: float) -> pd.Series:
    """Every part's share of the total target, a mix of its share of the potential and of the
    history (last year's revenue):

        aandeel_i = g × P_i / Σ P + (1 − g) × H_i / Σ H

    with g (``weight``) between 0 (only history) and 1 (only potential). Both series have
    the same labels; values ≥ 0 with a total above 0. The shares sum to 1.

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 (organisatie en planning van het salesteam).

    >>> quota_shares({"Ans": 60, "Bo": 40}, {"Ans": 30, "Bo": 70}, 0.5).round(2).to_dict()
    {'Ans': 0.45, 'Bo': 0.55}
    """
    g = validation.fraction(weight, "gewicht van het potentieel")
    p = _positive_series(potential, "potentieel")
    h = _positive_series(history, "historie")
    if set(p.index) != set(h.index) or len(p) != len(h):
        only_p = [k for k in p.index if k not in h.index]
        only_h = [k for k in h.index if k not in p.index]
        raise SalesbookError("potentieel en historie moeten dezelfde onderdelen hebben (alleen in potentieel: "
                             f"{', '.join(map(str, only_p)) or 'geen'}; alleen in historie: "
                             f"{', '.join(map(str, only_h)) or 'geen'})")
    h = h.reindex(p.index)
    return g * p / p.sum() + (1 - g) * h / h.sum()


def _positive_series(values: object, name: str) -> pd.Series:
    if isinstance(values, Mapping):
        values = pd.Series(dict(values), dtype=object)
    if not isinstance(values, pd.Series):
        raise SalesbookError(f"{name} moet een reeks met namen zijn (Series of woordenboek) (kreeg {type(values).__name__})")
    if len(values) == 0:
        raise SalesbookError(f"{name} mag niet leeg zijn")
    s = pd.Series([validation.number(validation._plain(v), f"{name}[{k!r}]") for k, v in values.items()],
                  index=values.index, dtype=float)
    if (s < 0).any():
        bad = s.index[s < 0][0]
        raise SalesbookError(f"{name}[{bad!r}] mag niet negatief zijn (kreeg {s[bad]:g})")
    if s.sum() <= 0:
        raise SalesbookError(f"{name} moet samen meer dan 0 zijn (kreeg een totaal van 0)")
    return s


def allocate_quota(total: float, potential: pd.Series | Mapping[str, float],
                   history: pd.Series | Mapping[str, float], weight: float) -> pd.Series:
    """Divide a total target in whole euros over reps or regions by a mix of potential and
    history (:func:`quota_shares`), rounded with :func:`largest_remainder` so that the quotas
    add up to exactly the total.

        quotum_i = totaal × (g × P_i / Σ P + (1 − g) × H_i / Σ H), largest remainder on whole euros

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 (organisatie en planning van het salesteam).

    >>> allocate_quota(1_000_000, {"Ans": 60, "Bo": 40}, {"Ans": 30, "Bo": 70}, 0.5).to_dict()
    {'Ans': 450000, 'Bo': 550000}
    """
    shares = quota_shares(potential, history, weight)
    shares = shares / math.fsum(shares)    # remove floating-point noise before the exact check
    return largest_remainder(total, shares)


def split_quota(quotas: pd.Series, group_shares: Mapping[str, float] | pd.Series) -> pd.DataFrame:
    """Split every quota over product groups by the same shares: a table with a row per quota
    and a column per group; every row adds up exactly to its quota (largest remainder per row).

        quotum_{i,g} = quotum_i × aandeel_g,  whole euros, Σ_g quotum_{i,g} = quotum_i

    ``group_shares`` must be non-negative and sum to 1.

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 (organisatie en planning van het salesteam).

    >>> split_quota(pd.Series({"Ans": 1_001}), {"licht": 0.5, "gereedschap": 0.5})
         licht  gereedschap
    Ans    501          500
    """
    s = _shares(group_shares, "aandelen per productgroep")
    if not isinstance(quotas, pd.Series):
        raise SalesbookError(f"de quota moeten een reeks met namen zijn (Series) (kreeg {type(quotas).__name__})")
    rows = {name: largest_remainder(q, s) for name, q in quotas.items()}
    return pd.DataFrame(rows).T.astype("int64")


# --- the case: building blocks for territories and the reps' results --------------------------------

# Assumptions of the case (Noordstroom, chapter 6): visits per account per year and hours per
# visit including travel, per ABC class. A-accounts monthly, B-accounts every quarter,
# C-accounts once a year; the binnendienst serves the rest by phone and web shop.
CASE_VISITS = {"A": 12.0, "B": 4.0, "C": 1.0}
CASE_HOURS_PER_VISIT = {"A": 2.0, "B": 1.5, "C": 1.0}


def account_workload(accounts: pd.DataFrame, visits: Mapping[str, float] = CASE_VISITS,
                     hours_per_visit: Mapping[str, float] = CASE_HOURS_PER_VISIT) -> pd.DataFrame:
    """The accounts with a class (A, B, C) and per account its visits and visit hours per year:

        bezoeken = bezoeken per account[klasse];  uren = bezoeken × uren per bezoek[klasse]

    ``accounts`` is the table of :func:`account_table`; accounts without revenue are left out.

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 (organisatie en planning van het salesteam).

    >>> acc = pd.DataFrame({"klasse": ["A", "C", "geen omzet"]}, index=["K1", "K2", "K3"])
    >>> account_workload(acc)[["bezoeken", "uren"]].to_dict("list")
    {'bezoeken': [12.0, 1.0], 'uren': [24.0, 1.0]}
    """
    if isinstance(accounts, pd.DataFrame) and "klasse" not in accounts.columns:
        raise SalesbookError("de accounts missen de kolom klasse (maak de tabel met account_table)")
    validation.table(accounts, "de accounts", {"klasse": None}, min_rows=0)
    f = _per_class(visits, "bezoeken per account", CLASSES)
    t = _per_class(hours_per_visit, "uren per bezoek", CLASSES)
    for c in CLASSES:
        if f[c] < 0:
            raise SalesbookError(f"bezoeken per account['{c}'] mag niet negatief zijn (kreeg {f[c]:g})")
        if t[c] <= 0:
            raise SalesbookError(f"uren per bezoek['{c}'] moet groter zijn dan 0 (kreeg {t[c]:g})")
    active = accounts[accounts["klasse"].isin(CLASSES)].copy()
    active["bezoeken"] = active["klasse"].map(f).astype(float)
    active["uren"] = active["bezoeken"] * active["klasse"].map(t).astype(float)
    return active


def postcode_units(accounts: pd.DataFrame) -> pd.DataFrame:
    """The building blocks of the territory design: one row per postcode area with its
    workload (Σ uren of its accounts), its number of accounts, its centre (the mean x and y
    of its accounts) and its place (the most frequent place name; on a tie the one listed
    first), from the table of :func:`account_workload`.

    Source: the pack's own helper for the H6 territory design on the case data.

    >>> acc = pd.DataFrame({"postcodegebied": ["97", "97", "10"], "plaats": ["Groningen", "Groningen", "Amsterdam"],
    ...                     "uren": [24.0, 6.0, 2.0], "x_km": [230.0, 238.0, 121.0], "y_km": [580.0, 584.0, 487.0]})
    >>> postcode_units(acc).loc["97", ["workload", "accounts", "x", "y"]].tolist()
    [30.0, 2.0, 234.0, 582.0]
    """
    validation.table(accounts, "de accounts", {"postcodegebied": None, "plaats": None, "uren": "getal",
                                                "x_km": "getal", "y_km": "getal"})
    grouped = accounts.groupby("postcodegebied", sort=True)
    # the area's place: its most frequent place name (on a tie the one listed first)
    counts = accounts.groupby(["postcodegebied", "plaats"], sort=False).size()
    place = counts.groupby(level=0, sort=True).idxmax().map(lambda key: key[1])
    return pd.DataFrame({
        "plaats": place,
        "workload": grouped["uren"].sum().astype(float),
        "accounts": grouped["uren"].size().astype(float),
        "x": grouped["x_km"].mean(),
        "y": grouped["y_km"].mean(),
    })


def rep_results(accounts: pd.DataFrame, team: pd.DataFrame) -> pd.DataFrame:
    """Per rep of the sales team: accounts, revenue (Σ omzet of his accounts), potential, visits
    and visit hours (when ``accounts`` has them), target, base salary and visit capacity
    (:func:`visit_capacity`). Indexed by the rep's name, in the team's order.

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 (organisatie en planning van het salesteam).

    >>> acc = pd.DataFrame({"accountmanager": ["Ans", "Ans"], "omzet": [10.0, 5.0], "potentieel": [20, 10]})
    >>> team = pd.DataFrame({"verkoper": ["Ans"], "regio": ["Noord"], "omzetdoel_2024": [14], "vast_salaris": [50],
    ...                      "werkdagen_per_jaar": [210], "uren_per_dag": [8], "aandeel_bezoektijd": [0.5]})
    >>> rep_results(acc, team).loc["Ans", ["accounts", "omzet", "capaciteit"]].tolist()
    [2.0, 15.0, 840.0]
    """
    extra = {c: "getal" for c in ("bezoeken", "uren") if isinstance(accounts, pd.DataFrame) and c in accounts.columns}
    validation.table(accounts, "de accounts", {"accountmanager": None, "omzet": "getal", "potentieel": "getal", **extra},
                     min_rows=0)
    validation.table(team, "het verkoopteam", {"verkoper": None, "regio": None, "omzetdoel_2024": "getal",
                                                "vast_salaris": "getal", "werkdagen_per_jaar": "getal",
                                                "uren_per_dag": "getal", "aandeel_bezoektijd": "getal"})
    names = list(team["verkoper"])
    unknown = sorted(set(accounts["accountmanager"]) - set(names))
    if unknown:
        raise SalesbookError(f"accountmanager(s) {', '.join(unknown)} staan niet in het verkoopteam")
    grouped = accounts.groupby("accountmanager")
    table = pd.DataFrame({
        "regio": team.set_index("verkoper")["regio"],
        "accounts": grouped.size().astype(float),
        "omzet": grouped["omzet"].sum(),
        "potentieel": grouped["potentieel"].sum().astype(float),
    }).reindex(names)
    for column in ("bezoeken", "uren"):
        if column in accounts.columns:
            table[column] = grouped[column].sum().reindex(names)
    t = team.set_index("verkoper").reindex(names)
    table["omzetdoel"] = t["omzetdoel_2024"].astype(float)
    table["vast_salaris"] = t["vast_salaris"].astype(float)
    table["capaciteit"] = [visit_capacity(d, h, s) for d, h, s in
                           zip(t["werkdagen_per_jaar"], t["uren_per_dag"], t["aandeel_bezoektijd"])]
    table.index.name = "accountmanager"
    return table
