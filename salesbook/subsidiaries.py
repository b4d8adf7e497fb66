"""The KPIs of the country subsidiaries: the internal benchmark of Tabel 1.2 (§ 1.1.2).

The input is a table with one row per subsidiary and the columns of the data set
``landenvestigingen``: ``land``, ``omzet_mln`` (mln euro), ``brutomarge`` and ``ebit_marge``
(fractions of revenue), ``debiteurendagen`` (days sales outstanding) and
``omzet_per_medewerker_k`` (thousand euro per employee).

* :func:`subsidiary_kpis` — derived KPIs in euros: brutomarge, EBIT, head count, receivables,
  receivables above a norm and the interest cost of that excess;
* :func:`group_averages` — the group's reference values (revenue-weighted averages, median);
* :func:`rank_subsidiaries` — a ranking on one KPI, best first;
* :func:`intervention_flags` — transparent rules (:data:`FLAG_RULES`, reference values from
  :func:`flag_thresholds`) that flag the subsidiaries where the sales director should step in.

Numbers, keys and booleans only: the rules and signals in words are written by the view
(:mod:`salesbook.widgets.benchmark`).

All functions are pure: they return a new DataFrame and never change their input.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from salesbook import validation
from salesbook.errors import SalesbookError

COLUMNS = ("land", "omzet_mln", "brutomarge", "ebit_marge", "debiteurendagen", "omzet_per_medewerker_k")
DAYS_PER_YEAR = 365


@dataclass(frozen=True)
class Kpi:
    """How to show and rank one KPI column.

    ``higher_is_better`` is True or False, or None for a size measure that is neither better
    nor worse (ranked from large to small). ``unit`` is one of 'fractie', 'euro', 'mln',
    'duizend', 'dagen', 'aantal'.
    """

    label: str
    higher_is_better: bool | None
    unit: str


KPIS: dict[str, Kpi] = {
    "omzet_mln": Kpi("Omzet (mln euro)", True, "mln"),
    "brutomarge": Kpi("Brutomarge (% van de omzet)", True, "fractie"),
    "ebit_marge": Kpi("EBIT-marge (% van de omzet)", True, "fractie"),
    "debiteurendagen": Kpi("Debiteurendagen", False, "dagen"),
    "omzet_per_medewerker_k": Kpi("Omzet per medewerker (× € 1.000)", True, "duizend"),
    "brutomarge_eur": Kpi("Brutomarge (euro)", True, "euro"),
    "ebit_eur": Kpi("EBIT (euro)", True, "euro"),
    "medewerkers": Kpi("Medewerkers (fte)", None, "aantal"),
    "ebit_per_medewerker_eur": Kpi("EBIT per medewerker (euro)", True, "euro"),
    "debiteuren_eur": Kpi("Debiteuren (euro)", False, "euro"),
    "debiteuren_boven_norm_eur": Kpi("Debiteuren boven de norm (euro)", False, "euro"),
    "rentekosten_boven_norm_eur": Kpi("Rentekosten boven de norm (euro per jaar)", False, "euro"),
}

@dataclass(frozen=True)
class FlagRule:
    """One intervention rule: a signal when ``kpi`` ``comparison`` its reference value.

    ``column`` is the rule's boolean column in :func:`intervention_flags`; ``comparison`` is
    ``"<"`` or ``">"`` (strict: a value exactly at the reference gives no signal);
    ``reference_kind`` says where the reference value (:func:`flag_thresholds`) comes from:
    ``"weighted_mean"`` (the group's revenue-weighted average), ``"norm"`` (the given norm)
    or ``"share_of_median"`` (a share of the median over the subsidiaries).
    """

    column: str
    kpi: str
    comparison: str
    reference_kind: str


FLAG_RULES: tuple[FlagRule, ...] = (
    FlagRule("ebit_marge_onder_groep", "ebit_marge", "<", "weighted_mean"),
    FlagRule("brutomarge_onder_groep", "brutomarge", "<", "weighted_mean"),
    FlagRule("debiteurendagen_boven_norm", "debiteurendagen", ">", "norm"),
    FlagRule("productiviteit_laag", "omzet_per_medewerker_k", "<", "share_of_median"),
)


def _checked(df: object) -> pd.DataFrame:
    """The six input columns, validated value by value, as a fresh DataFrame."""
    if not isinstance(df, pd.DataFrame):
        raise SalesbookError(f"de gegevens moeten een tabel (DataFrame) zijn (kreeg {type(df).__name__})")
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise SalesbookError(
            f"de tabel mist de kolom(men) {', '.join(missing)}; nodig zijn: {', '.join(COLUMNS)}"
        )
    if len(df) == 0:
        raise SalesbookError("de tabel bevat geen vestigingen (kreeg 0 rijen)")
    rows = []
    seen: set[str] = set()
    for i, row in enumerate(df[list(COLUMNS)].itertuples(index=False)):
        land = row.land
        if not isinstance(land, str) or not land.strip():
            raise SalesbookError(f"land in rij {i + 1} moet een naam zijn (kreeg {land!r})")
        if land in seen:
            raise SalesbookError(f"land '{land}' komt twee keer voor; elke vestiging mag maar één rij hebben")
        seen.add(land)
        gross = validation.fraction(row.brutomarge, f"brutomarge van {land}")
        ebit = validation.in_range(row.ebit_marge, f"ebit_marge van {land}", -1, 1)
        if ebit > gross:
            raise SalesbookError(
                f"ebit_marge van {land} mag niet groter zijn dan de brutomarge {gross:g} (kreeg {ebit:g}): "
                "EBIT is de brutomarge min de bedrijfskosten"
            )
        rows.append({
            "land": land,
            "omzet_mln": validation.positive(row.omzet_mln, f"omzet_mln van {land}"),
            "brutomarge": gross,
            "ebit_marge": ebit,
            "debiteurendagen": validation.positive(row.debiteurendagen, f"debiteurendagen van {land}", allow_zero=True),
            "omzet_per_medewerker_k": validation.positive(row.omzet_per_medewerker_k, f"omzet_per_medewerker_k van {land}"),
        })
    return pd.DataFrame(rows, columns=list(COLUMNS))


def _norm(value: object) -> float:
    return validation.positive(value, "norm voor debiteurendagen", allow_zero=True)


def subsidiary_kpis(df: pd.DataFrame, *, dso_norm: float = 60, cost_of_capital: float = 0.08) -> pd.DataFrame:
    """The input columns plus KPIs in euros per subsidiary.

    With omzet = omzet_mln × 1 000 000 and DSO = debiteurendagen:

    * ``omzet_eur`` = omzet
    * ``brutomarge_eur`` = omzet × brutomarge
    * ``ebit_eur`` = omzet × ebit_marge
    * ``medewerkers`` = omzet / (omzet_per_medewerker_k × 1000)
    * ``ebit_per_medewerker_eur`` = ebit_eur / medewerkers (= ebit_marge × omzet per medewerker)
    * ``debiteuren_eur`` = omzet × DSO / 365 (outstanding receivables)
    * ``debiteuren_boven_norm_eur`` = omzet × max(DSO − norm, 0) / 365
    * ``rentekosten_boven_norm_eur`` = debiteuren_boven_norm_eur × cost_of_capital (per year)

    ``dso_norm`` (days, ≥ 0) is the target for debiteurendagen; ``cost_of_capital`` is the
    yearly interest rate on money tied up in receivables (a fraction).

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (Tabel 1.2, interne benchmark van de
      landenvestigingen).

    >>> from salesbook.data import load_dataset
    >>> k = subsidiary_kpis(load_dataset("landenvestigingen")).set_index("land")
    >>> round(float(k.loc["Midden-Oosten", "ebit_eur"]))      # 44 mln × 0.07
    3080000
    >>> round(float(k.loc["Nederland", "medewerkers"]))       # 84 000 000 / 280 000
    300
    >>> round(float(k.loc["Spanje", "debiteuren_boven_norm_eur"]), 2)   # 8 mln × 50 / 365
    1095890.41
    """
    base = _checked(df)
    norm = _norm(dso_norm)
    rate = validation.rate(cost_of_capital, "vermogenskostenvoet", low=0, low_inclusive=True)
    out = base.copy()
    omzet = base["omzet_mln"] * 1_000_000
    out["omzet_eur"] = omzet
    out["brutomarge_eur"] = omzet * base["brutomarge"]
    out["ebit_eur"] = omzet * base["ebit_marge"]
    out["medewerkers"] = omzet / (base["omzet_per_medewerker_k"] * 1000)
    out["ebit_per_medewerker_eur"] = out["ebit_eur"] / out["medewerkers"]
    out["debiteuren_eur"] = omzet * base["debiteurendagen"] / DAYS_PER_YEAR
    out["debiteuren_boven_norm_eur"] = omzet * (base["debiteurendagen"] - norm).clip(lower=0) / DAYS_PER_YEAR
    out["rentekosten_boven_norm_eur"] = out["debiteuren_boven_norm_eur"] * rate
    return out


def group_averages(df: pd.DataFrame) -> dict[str, float]:
    """The group's reference values for the intervention rules.

    * ``brutomarge`` and ``ebit_marge``: revenue-weighted, Σ(omzet × marge) / Σ omzet, i.e. the
      margin of the group as a whole;
    * ``debiteurendagen``: revenue-weighted, Σ(omzet × DSO) / Σ omzet;
    * ``omzet_per_medewerker_k``: the median over the subsidiaries (robust to one outlier).

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (Tabel 1.2, interne benchmark van de
      landenvestigingen).

    >>> from salesbook.data import load_dataset
    >>> g = group_averages(load_dataset("landenvestigingen"))
    >>> round(g["ebit_marge"], 4), g["omzet_per_medewerker_k"]   # 11.04 / 198; median
    (0.0558, 290.0)
    """
    base = _checked(df)
    weights = base["omzet_mln"] / base["omzet_mln"].sum()
    return {
        "brutomarge": float((weights * base["brutomarge"]).sum()),
        "ebit_marge": float((weights * base["ebit_marge"]).sum()),
        "debiteurendagen": float((weights * base["debiteurendagen"]).sum()),
        "omzet_per_medewerker_k": float(base["omzet_per_medewerker_k"].median()),
    }


def rank_subsidiaries(kpis: pd.DataFrame, by: str, *, ascending: bool | None = None) -> pd.DataFrame:
    """The subsidiaries sorted on one KPI, best first, with a column ``rang`` (1 = best).

    The default direction follows :data:`KPIS`: higher is better for revenue, margins,
    productivity and EBIT; lower is better for debiteurendagen and receivables; head count
    (``medewerkers``) is a size and is ranked from large to small. ``ascending`` overrides the
    default. Ties share the best rank.

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (Tabel 1.2, interne benchmark van de
      landenvestigingen).

    >>> from salesbook.data import load_dataset
    >>> r = rank_subsidiaries(load_dataset("landenvestigingen"), "debiteurendagen")
    >>> r["land"][:2].tolist(), r["rang"][:2].tolist()     # 49 and 70 days
    (['Nederland', 'Duitsland'], [1, 2])
    """
    if not isinstance(kpis, pd.DataFrame):
        raise SalesbookError(f"de gegevens moeten een tabel (DataFrame) zijn (kreeg {type(kpis).__name__})")
    key = validation.choice(by, "kengetal", list(KPIS))
    if key not in kpis.columns:
        raise SalesbookError(f"kengetal '{key}' staat niet in de tabel; bereken het eerst met subsidiary_kpis()")
    if "land" not in kpis.columns:
        raise SalesbookError("de tabel mist de kolom land")
    for land, value in zip(kpis["land"], kpis[key]):
        validation.number(value, f"{key} van {land}")
    if ascending is None:
        ascending = KPIS[key].higher_is_better is False
    elif not isinstance(ascending, bool):
        raise SalesbookError(f"oplopend moet True, False of None zijn (kreeg {ascending!r})")
    out = kpis.drop(columns=["rang"], errors="ignore")  # a ranking of a ranking starts afresh
    out = out.sort_values(key, ascending=ascending, kind="stable").reset_index(drop=True)
    out.insert(0, "rang", out[key].rank(method="min", ascending=ascending).astype("int64"))
    return out


def intervention_flags(
    kpis: pd.DataFrame,
    *,
    dso_norm: float = 60,
    productivity_share: float = 0.75,
    min_flags: int = 2,
) -> pd.DataFrame:
    """Which subsidiaries need the sales director to step in, by four transparent rules.

    Each rule is a boolean column (True = a warning signal):

    * ``ebit_marge_onder_groep``: ebit_marge < the group's revenue-weighted EBIT margin
      Σ(omzet × ebit_marge) / Σ omzet;
    * ``brutomarge_onder_groep``: brutomarge < the group's revenue-weighted gross margin;
    * ``debiteurendagen_boven_norm``: debiteurendagen > ``dso_norm``;
    * ``productiviteit_laag``: omzet_per_medewerker_k < ``productivity_share`` × the median
      over the subsidiaries.

    The rules are data (:data:`FLAG_RULES`), their reference values come from
    :func:`flag_thresholds`. ``aantal_signalen`` counts the signals and ``ingrijpen`` is True
    when there are at least ``min_flags`` of them. Comparisons are strict: a subsidiary exactly
    at the reference value gets no signal. (The signals in words are the view's:
    ``salesbook.widgets.benchmark.signal_texts``.)

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (Tabel 1.2, interne benchmark van de
      landenvestigingen).

    >>> from salesbook.data import load_dataset
    >>> f = intervention_flags(load_dataset("landenvestigingen")).set_index("land")
    >>> int(f.loc["Maleisië", "aantal_signalen"]), bool(f.loc["Nederland", "ingrijpen"])
    (4, False)
    """
    base = _checked(kpis)
    norm = _norm(dso_norm)
    share = validation.fraction(productivity_share, "productiviteitsgrens (deel van de mediaan)")
    needed = validation.count(min_flags, "minimum aantal signalen", minimum=1)
    if needed > len(FLAG_RULES):
        raise SalesbookError(f"minimum aantal signalen moet hoogstens {len(FLAG_RULES)} zijn (kreeg {needed})")
    reference = _thresholds(base, norm, share)
    out = pd.DataFrame({"land": base["land"]})
    for rule in FLAG_RULES:
        values = base[rule.kpi]
        out[rule.column] = values < reference[rule.kpi] if rule.comparison == "<" else values > reference[rule.kpi]
    out["aantal_signalen"] = out[[rule.column for rule in FLAG_RULES]].sum(axis=1).astype("int64")
    out["ingrijpen"] = out["aantal_signalen"] >= needed
    return out


def _thresholds(base: pd.DataFrame, norm: float, share: float) -> dict[str, float]:
    """Reference value per rule's KPI, from a checked table and validated parameters."""
    group = group_averages(base)
    by_kind = {
        "weighted_mean": lambda kpi: group[kpi],
        "norm": lambda kpi: norm,
        "share_of_median": lambda kpi: share * group[kpi],
    }
    return {rule.kpi: float(by_kind[rule.reference_kind](rule.kpi)) for rule in FLAG_RULES}


def flag_thresholds(kpis: pd.DataFrame, *, dso_norm: float = 60, productivity_share: float = 0.75) -> Mapping[str, float]:
    """The reference value behind each rule of :data:`FLAG_RULES`, keyed by KPI column.

    * ``ebit_marge``, ``brutomarge``: the group's revenue-weighted average (:func:`group_averages`);
    * ``debiteurendagen``: ``dso_norm``;
    * ``omzet_per_medewerker_k``: ``productivity_share`` × the median over the subsidiaries.

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 § 1.1.2 (Tabel 1.2, interne benchmark van de
      landenvestigingen).

    >>> from salesbook.data import load_dataset
    >>> t = flag_thresholds(load_dataset("landenvestigingen"))
    >>> t["debiteurendagen"], t["omzet_per_medewerker_k"]      # norm; 0.75 × median 290
    (60.0, 217.5)
    """
    base = _checked(kpis)
    norm = _norm(dso_norm)
    share = validation.fraction(productivity_share, "productiviteitsgrens (deel van de mediaan)")
    return _thresholds(base, norm, share)
