"""Organisation of the sales team (chapter 6) and commission (chapter 12).

* :func:`sales_force_size` — the workload method (Talley): how many reps the accounts need;
* :func:`breakdown_sales_force` — the breakdown method: total potential ÷ potential per rep;
* :func:`tiered_commission` — commission with a rising rate per sales bracket (staffels);
* :func:`target_bonus`, :class:`CompensationPlan`, :func:`compensation`, :func:`plan_payout` —
  a pay plan of fixed salary, commission and a bonus with threshold and cap, and what it pays
  a team and costs as a share of revenue (chapter 6);
* :func:`round_up` (from :mod:`salesbook.rounding`) — rounding up to whole people without floating-point surprises.

Both sizing methods round up to whole reps: 4.2 reps of work needs 5 people. Before rounding
up, the quotient is rounded to 9 decimals, so that 10.000000000000002 (an artefact of binary
floating point) stays 10 instead of becoming 11.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from salesbook import validation
from salesbook.errors import SalesbookError
from salesbook.rounding import round_up

PerClass = Sequence[float] | Mapping[str, float]

#: The highest bonus cap accepted (an achievement of 500% of target); a larger cap is a
#: percentage typed as a number (150 for 1.5).
CAP_MAX = 5.0

def _whole_reps(quotient: float, what: str) -> int:
    """⌈quotient⌉ as whole reps; a quotient too large to be a number (inf after an overflow)
    is refused in Dutch instead of ending in an OverflowError."""
    if not math.isfinite(quotient):
        raise SalesbookError(f"{what} is te groot om uit te rekenen (de deling loopt over); controleer de "
                             "getallen: gaf je misschien een bedrag in euro's en het andere in miljoenen?")
    return round_up(quotient)


def _label(name: str, key: object) -> str:
    return f"{name}['{key}']" if isinstance(key, str) else f"{name}[{key}]"


def _per_class(values: object, name: str) -> tuple[list, list[float]]:
    """Labels and non-negative numbers of a per-class input (a sequence or a mapping)."""
    if isinstance(values, Mapping):
        if len(values) == 0:
            raise SalesbookError(f"{name} mag niet leeg zijn (kreeg een lege verzameling)")
        labels = list(values)
        nums = [validation.number(validation._plain(values[k]), _label(name, k)) for k in labels]
    else:
        nums = list(validation.numbers(values, name))
        labels = list(range(len(nums)))
    for label, x in zip(labels, nums):
        if x < 0:
            raise SalesbookError(f"{_label(name, label)} mag niet negatief zijn (kreeg {x:g})")
    return labels, nums


def _as_mapping(values: object, name: str) -> object:
    """A pandas Series as a mapping label → value (paired by label, not by position); anything
    else unchanged. Duplicate labels are refused: a label must name one class."""
    if isinstance(values, pd.Series):
        if values.index.has_duplicates:
            dup = values.index[values.index.duplicated()][0]
            raise SalesbookError(f"{name} bevat de klasse {dup!r} twee keer: elke klasse mag maar één keer voorkomen")
        return dict(values.items())
    return values


def _aligned(first: object, first_name: str, second: object, second_name: str) -> tuple[list, list[float], list[float]]:
    """Two per-class inputs paired by position (sequences) or by key (mappings; a pandas
    Series counts as a mapping and is paired by its labels)."""
    first, second = _as_mapping(first, first_name), _as_mapping(second, second_name)
    if isinstance(first, Mapping) != isinstance(second, Mapping):
        raise SalesbookError(
            f"{first_name} en {second_name} moeten allebei een reeks (lijst) of allebei een "
            f"woordenboek (dict) met dezelfde sleutels zijn (kreeg {first_name} als "
            f"{type(first).__name__} en {second_name} als {type(second).__name__})"
        )
    labels, a = _per_class(first, first_name)
    other_labels, b = _per_class(second, second_name)
    if isinstance(first, Mapping):
        missing = [k for k in labels if k not in other_labels]
        extra = [k for k in other_labels if k not in labels]
        if missing or extra:
            raise SalesbookError(
                f"{first_name} en {second_name} moeten dezelfde klassen hebben "
                f"(ontbreekt in {second_name}: {', '.join(map(repr, missing)) or 'geen'}; "
                f"extra in {second_name}: {', '.join(map(repr, extra)) or 'geen'})"
            )
        lookup = dict(zip(other_labels, b))
        return labels, a, [lookup[k] for k in labels]
    if len(a) != len(b):
        raise SalesbookError(
            f"{first_name} en {second_name} moeten even lang zijn "
            f"(kreeg {len(a)} waarden in {first_name} en {len(b)} in {second_name})"
        )
    return labels, a, b


def sales_force_size(
    accounts: PerClass,
    calls_per_account: PerClass,
    *,
    calls_per_rep: float | None = None,
    hours_per_call: float | PerClass | None = None,
    hours_per_rep: float | None = None,
) -> int:
    """The number of reps by the workload method (Talley), rounded up to whole reps.

    Per account class i: a_i accounts (``accounts``) that each need f_i calls per period
    (``calls_per_account``). Give the capacity of one rep in exactly one of two ways:

    * in calls: ``calls_per_rep`` = c calls a rep makes per period;
      verkopers = ⌈ Σ a_i × f_i / c ⌉;
    * in hours: ``hours_per_call`` = t_i (one number for every class, or one per class) and
      ``hours_per_rep`` = U selling hours per rep per period;
      verkopers = ⌈ Σ a_i × f_i × t_i / U ⌉.

    ``accounts`` and ``calls_per_account`` are two sequences of equal length (paired by
    position) or two mappings with the same keys (paired by key; a pandas Series counts as a
    mapping and is paired by its labels); their values must be at least 0, and the numbers of accounts must be
    whole (10.0 is fine, 10.5 accounts is refused). Calls per account may be fractional
    (0.5 = one visit every two years). Capacities must be above 0.

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 (werklastmethode); Talley, 'How to Design Sales
      Territories', Journal of Marketing (1961).

    >>> sales_force_size([50, 150, 300], [24, 12, 4], calls_per_rep=1000)   # 4200 / 1000 = 4.2
    5
    >>> sales_force_size({"A": 50, "B": 150, "C": 300}, {"A": 24, "B": 12, "C": 4},
    ...                  hours_per_call=1.5, hours_per_rep=1400)           # 6300 / 1400 = 4.5
    5
    >>> sales_force_size([50], [24], calls_per_rep=1000, hours_per_rep=1400)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: geef de capaciteit op één manier: bezoeken per verkoper, of uren per bezoek met verkoopuren per verkoper (kreeg bezoeken per verkoper=1000 en verkoopuren per verkoper=1400)
    """
    labels, a, f = _aligned(accounts, "aantal accounts", calls_per_account, "bezoeken per account")
    for label, x in zip(labels, a):
        if x != int(x):
            raise SalesbookError(
                f"{_label('aantal accounts', label)} moet een geheel getal zijn: je bezoekt hele klanten "
                f"(kreeg {x:g})"
            )
    hours_given = hours_per_call is not None or hours_per_rep is not None
    if calls_per_rep is not None and hours_given:
        given = [f"bezoeken per verkoper={validation._show(calls_per_rep)}"]
        if hours_per_call is not None:
            given.append(f"uren per bezoek={validation._show(hours_per_call)}")
        if hours_per_rep is not None:
            given.append(f"verkoopuren per verkoper={validation._show(hours_per_rep)}")
        raise SalesbookError(
            "geef de capaciteit op één manier: bezoeken per verkoper, of uren per bezoek met "
            f"verkoopuren per verkoper (kreeg {' en '.join(given)})"
        )
    if calls_per_rep is not None:
        capacity = validation.positive(calls_per_rep, "bezoeken per verkoper")
        workload = math.fsum(x * y for x, y in zip(a, f))
        return _whole_reps(workload / capacity, "het aantal verkopers")
    if not hours_given:
        raise SalesbookError(
            "geef de capaciteit van een verkoper op: bezoeken per verkoper, of uren per bezoek met "
            "verkoopuren per verkoper (kreeg geen van beide)"
        )
    if hours_per_call is None:
        raise SalesbookError(
            "uren per bezoek ontbreekt: met verkoopuren per verkoper hoort ook het aantal uren per "
            f"bezoek (kreeg alleen verkoopuren per verkoper={validation._show(hours_per_rep)})"
        )
    if hours_per_rep is None:
        raise SalesbookError(
            "verkoopuren per verkoper ontbreekt: met uren per bezoek hoort ook het aantal "
            f"verkoopuren per verkoper (kreeg alleen uren per bezoek={validation._show(hours_per_call)})"
        )
    capacity = validation.positive(hours_per_rep, "verkoopuren per verkoper")
    if isinstance(hours_per_call, Mapping) or (
        hasattr(hours_per_call, "__iter__") and not isinstance(hours_per_call, (str, bytes))
    ):
        # one number per class: a sequence, numpy array, pandas Series or mapping
        _, _, t = _aligned(accounts, "aantal accounts", hours_per_call, "uren per bezoek")
        for label, x in zip(labels, t):
            if x <= 0:
                raise SalesbookError(f"{_label('uren per bezoek', label)} moet groter zijn dan 0 (kreeg {x:g})")
    else:
        t = [validation.positive(validation._plain(hours_per_call), "uren per bezoek")] * len(a)
    workload_hours = math.fsum(x * y * z for x, y, z in zip(a, f, t))
    return _whole_reps(workload_hours / capacity, "het aantal verkopers")


def breakdown_sales_force(total_potential: float, potential_per_rep: float) -> int:
    """The number of reps by the breakdown method: ⌈ totaal potentieel / potentieel per verkoper ⌉.

    Both amounts (in the same unit, e.g. euros of sales per year) must be above 0.

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 (opsplitsingsmethode, breakdown method).

    >>> breakdown_sales_force(12_500_000, 1_500_000)   # 8.33 → 9 reps
    9
    >>> breakdown_sales_force(12_000_000, 0)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: potentieel per verkoper moet groter zijn dan 0 (kreeg 0)
    """
    total = validation.positive(total_potential, "totaal potentieel")
    per_rep = validation.positive(potential_per_rep, "potentieel per verkoper")
    return _whole_reps(total / per_rep, "het aantal verkopers (totaal potentieel ÷ potentieel per verkoper)")


def _tiers(tiers: object) -> list[tuple[float, float]]:
    """Validated (lower_bound, rate) pairs: first bound 0, strictly increasing, rates in [0, 1]."""
    if isinstance(tiers, (str, bytes, Mapping)) or not hasattr(tiers, "__iter__"):
        raise SalesbookError(
            f"staffels moet een lijst van (ondergrens, tarief)-paren zijn (kreeg {validation._show(tiers)})"
        )
    items = list(tiers)  # type: ignore[call-overload]
    if not items:
        raise SalesbookError("staffels mag niet leeg zijn: geef minstens één (ondergrens, tarief)-paar, beginnend bij 0 (kreeg een lege lijst)")
    result: list[tuple[float, float]] = []
    for i, tier in enumerate(items):
        if isinstance(tier, (str, bytes, Mapping)) or not hasattr(tier, "__iter__") or len(list(tier)) != 2:
            raise SalesbookError(
                f"staffels[{i}] moet een paar (ondergrens, tarief) zijn (kreeg {validation._show(tier)})"
            )
        bound_raw, rate_raw = list(tier)
        bound = validation.number(validation._plain(bound_raw), f"staffels[{i}] ondergrens")
        rate = validation.fraction(validation._plain(rate_raw), f"staffels[{i}] tarief")
        if i == 0 and bound != 0:
            raise SalesbookError(f"staffels[0] ondergrens moet 0 zijn: de eerste staffel begint bij 0 (kreeg {bound:g})")
        if i > 0 and bound <= result[-1][0]:
            raise SalesbookError(
                f"staffels[{i}] ondergrens moet groter zijn dan de vorige ondergrens "
                f"{result[-1][0]:g}: de staffels lopen strikt oplopend (kreeg {bound:g})"
            )
        result.append((bound, rate))
    return result


def tiered_commission(sales: float, tiers: Sequence[tuple[float, float]]) -> float:
    """Commission with rising rates per bracket (staffelprovisie).

    ``tiers`` = [(g_0, p_0), (g_1, p_1), …] with g_0 = 0 < g_1 < …; the rate p_k (a fraction
    in [0, 1]) applies to the part of the sales S between g_k and g_{k+1} (the last one
    has no upper bound):

        provisie = Σ_k p_k × max(0, min(S, g_{k+1}) − g_k)

    ``sales`` (S) must be at least 0.

    Source: Rustenburg & Steenbeek, Salesmanagement, H12 (beloning en motivatie, staffelprovisie).

    >>> tiered_commission(150_000, [(0, 0.02), (50_000, 0.04), (100_000, 0.06)])  # 1000 + 2000 + 3000
    6000.0
    >>> tiered_commission(-1, [(0, 0.02)])
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: omzet mag niet negatief zijn (kreeg -1)
    """
    s = validation.positive(sales, "omzet", allow_zero=True)
    brackets = _tiers(tiers)
    uppers = [b for b, _ in brackets[1:]] + [math.inf]
    return math.fsum(rate * max(0.0, min(s, upper) - bound) for (bound, rate), upper in zip(brackets, uppers))


# --- compensation: fixed salary, commission and bonus (ch. 6) -------------------------------------

def target_bonus(sales: float, target: float, *, bonus_at_target: float, threshold: float, cap: float) -> float:
    """A bonus on target achievement with a threshold and a cap.

    With achievement a = S / T (sales ÷ target):

        bonus = 0                              if a < drempel
        bonus = B × min(a, plafond)            otherwise

    B (``bonus_at_target``, euros) is paid at exactly 100% of target; below the threshold
    (``threshold``, a fraction such as 0.9) nothing is paid; above the cap (``cap``, an
    achievement between 1 and 5, e.g. 1.5 for 150%) the bonus stops growing, so the bonus is
    at most B × plafond. A cap above 5 (500% of target) is refused: 150 is a percentage
    typed for 1.5.

    Source: Rustenburg & Steenbeek, Salesmanagement, H12 (beloning en motivatie).

    >>> target_bonus(1_080_000, 1_000_000, bonus_at_target=6_000, threshold=0.9, cap=1.2)  # 6000 × 1.08
    6480.0
    >>> target_bonus(850_000, 1_000_000, bonus_at_target=6_000, threshold=0.9, cap=1.2)    # below 90%
    0.0
    >>> target_bonus(1_500_000, 1_000_000, bonus_at_target=6_000, threshold=0.9, cap=1.2)  # capped
    7200.0
    >>> target_bonus(1_100_000, 1_000_000, bonus_at_target=6_000, threshold=0.9, cap=150)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: bonusplafond moet tussen 1 en 5 liggen (100% tot 500% van het doel) (kreeg 150); bedoel je 1.5? Schrijf 150% als 1.5
    """
    s = validation.positive(sales, "omzet", allow_zero=True)
    t = validation.positive(target, "omzetdoel")
    b = validation.positive(bonus_at_target, "bonus bij 100% van het doel", allow_zero=True)
    low = validation.fraction(threshold, "bonusdrempel")
    high = validation.number(cap, "bonusplafond")
    if high < 1:
        raise SalesbookError(
            f"bonusplafond moet minstens 1 zijn (100% van het doel), bijvoorbeeld 1.5 voor 150% (kreeg {high:g})"
        )
    if high > CAP_MAX:
        hint = f"; bedoel je {high / 100:g}? Schrijf {high:g}% als {high / 100:g}" if 100 <= high <= 100 * CAP_MAX else ""
        raise SalesbookError(
            f"bonusplafond moet tussen 1 en {CAP_MAX:g} liggen (100% tot {CAP_MAX * 100:.0f}% van het doel) "
            f"(kreeg {high:g}){hint}"
        )
    achievement = round(s / t, 12)
    if achievement < low:
        return 0.0
    return b * min(achievement, high)


@dataclass(frozen=True)
class CompensationPlan:
    """A pay plan for account managers: fixed salary + commission + bonus.

    * ``fixed_share``: the part of each rep's base salary that is paid as fixed salary
      (1 = the whole salary, 0.8 = 80%), a fraction;
    * ``tiers``: commission tiers on the yearly sales, as for :func:`tiered_commission`;
    * ``bonus_share``: the bonus at 100% of target as a fraction of the base salary;
    * ``threshold`` and ``cap``: the bonus threshold and cap of :func:`target_bonus`.

    Invalid parameters are refused when the plan is made.

    >>> CompensationPlan(fixed_share=0.9, tiers=((0, 0.0), (10_000_000, 0.002)), bonus_share=0.1).cap
    1.5
    """

    fixed_share: float = 1.0
    tiers: tuple = ((0, 0.0),)
    bonus_share: float = 0.0
    threshold: float = 0.9
    cap: float = 1.5

    def __post_init__(self):
        validation.fraction(self.fixed_share, "vast deel van het salaris")
        object.__setattr__(self, "tiers", tuple(_tiers(self.tiers)))
        validation.fraction(self.bonus_share, "bonus als deel van het salaris")
        target_bonus(0, 1, bonus_at_target=0, threshold=self.threshold, cap=self.cap)  # validates both


def compensation(sales: float, base_salary: float, target: float, plan: CompensationPlan) -> dict[str, float]:
    """What one rep earns in a year under ``plan``: a dict with ``vast``, ``provisie``, ``bonus``
    and ``totaal`` (euros).

        vast     = vast deel × basissalaris
        provisie = staffelprovisie over de omzet (tiered_commission)
        bonus    = target_bonus(omzet, doel, B = bonusdeel × basissalaris, drempel, plafond)
        totaal   = vast + provisie + bonus

    Source: Rustenburg & Steenbeek, Salesmanagement, H12 (beloning en motivatie).

    >>> plan = CompensationPlan(fixed_share=0.9, tiers=((0, 0.0), (1_000_000, 0.01)), bonus_share=0.1,
    ...                         threshold=0.9, cap=1.2)
    >>> compensation(1_100_000, 50_000, 1_000_000, plan)   # 45 000 + 1 000 + 5 000 × 1.1
    {'vast': 45000.0, 'provisie': 1000.0, 'bonus': 5500.0, 'totaal': 51500.0}
    """
    if not isinstance(plan, CompensationPlan):
        raise SalesbookError(f"plan moet een CompensationPlan zijn (kreeg {type(plan).__name__})")
    base = validation.positive(base_salary, "basissalaris", allow_zero=True)
    fixed = plan.fixed_share * base
    commission = tiered_commission(sales, plan.tiers)
    bonus = target_bonus(sales, target, bonus_at_target=plan.bonus_share * base,
                         threshold=plan.threshold, cap=plan.cap)
    return {"vast": fixed, "provisie": commission, "bonus": bonus, "totaal": math.fsum([fixed, commission, bonus])}


def plan_payout(results: pd.DataFrame, plan: CompensationPlan) -> pd.DataFrame:
    """What ``plan`` pays every rep, and its cost as a share of the rep's revenue.

    ``results`` has one row per rep (the index names the rep) with the columns ``omzet``
    (actual sales), ``omzetdoel`` (target) and ``vast_salaris`` (base salary). Returns the
    columns omzet, omzetdoel, realisatie (omzet ÷ omzetdoel), vast, provisie, bonus, totaal and
    kosten_pct = totaal ÷ omzet (the cost of sales of the sales force as a fraction of
    revenue). The team's cost of sales is Σ totaal ÷ Σ omzet; see :func:`cost_of_sales`.

    Source: Rustenburg & Steenbeek, Salesmanagement, H12 (beloning en motivatie).

    >>> df = pd.DataFrame({"omzet": [1_100_000], "omzetdoel": [1_000_000], "vast_salaris": [50_000]},
    ...                   index=["Ans"])
    >>> plan_payout(df, CompensationPlan(fixed_share=0.9, tiers=((0, 0.0), (1_000_000, 0.01)),
    ...                                  bonus_share=0.1, threshold=0.9, cap=1.2))["totaal"].tolist()
    [51500.0]
    """
    if not isinstance(results, pd.DataFrame):
        raise SalesbookError(f"de resultaten moeten een tabel (DataFrame) zijn (kreeg {type(results).__name__})")
    missing = [c for c in ("omzet", "omzetdoel", "vast_salaris") if c not in results.columns]
    if missing:
        raise SalesbookError(f"de resultaten missen de kolom(men) {', '.join(missing)}")
    if len(results) == 0:
        raise SalesbookError("de resultaten bevatten geen verkopers (kreeg een lege tabel)")
    rows = []
    for name, row in results.iterrows():
        try:
            pay = compensation(row["omzet"], row["vast_salaris"], row["omzetdoel"], plan)
        except SalesbookError as exc:
            raise SalesbookError(f"{name}: {exc}") from None
        sales = float(row["omzet"])
        rows.append({"omzet": sales, "omzetdoel": float(row["omzetdoel"]),
                     "realisatie": sales / float(row["omzetdoel"]), **pay,
                     "kosten_pct": pay["totaal"] / sales if sales > 0 else math.nan})
    return pd.DataFrame(rows, index=results.index)


def cost_of_sales(pay: float, revenue: float) -> float:
    """Cost of sales as a fraction of revenue: kosten / omzet.

    Source: Rustenburg & Steenbeek, Salesmanagement, H6 and H12 (kosten van het salesteam).

    >>> cost_of_sales(360_000, 84_000_000)   # 0.43%
    0.004285714285714286
    """
    p = validation.positive(pay, "verkoopkosten", allow_zero=True)
    r = validation.positive(revenue, "omzet")
    return p / r
