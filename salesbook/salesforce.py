"""Organisation of the sales team (chapter 6) and commission (chapter 12).

* :func:`sales_force_size` — the workload method (Talley): how many reps the accounts need;
* :func:`breakdown_sales_force` — the breakdown method: total potential ÷ potential per rep;
* :func:`tiered_commission` — commission with a rising rate per sales bracket (staffels);
* :func:`round_up` (from :mod:`salesbook.rounding`) — rounding up to whole people without floating-point surprises.

Both sizing methods round up to whole reps: 4.2 reps of work needs 5 people. Before rounding
up, the quotient is rounded to 9 decimals, so that 10.000000000000002 (an artefact of binary
floating point) stays 10 instead of becoming 11.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from salesbook import validation
from salesbook.errors import SalesbookError
from salesbook.rounding import round_up

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


def _aligned(first: object, first_name: str, second: object, second_name: str) -> tuple[list, list[float], list[float]]:
    """Two per-class inputs paired by position (sequences) or by key (mappings)."""
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

    ``accounts`` and ``calls_per_account`` are two sequences of equal length or two mappings
    with the same keys; their values must be at least 0. Capacities must be above 0.

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
        return round_up(workload / capacity)
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
    return round_up(workload_hours / capacity)


def breakdown_sales_force(total_potential: float, potential_per_rep: float) -> int:
    """The number of reps by the breakdown method: ⌈ totaal potentieel / potentieel per verkoper ⌉.

    Both amounts (in the same unit, e.g. euros of sales per year) must be above 0.

    >>> breakdown_sales_force(12_500_000, 1_500_000)   # 8.33 → 9 reps
    9
    >>> breakdown_sales_force(12_000_000, 0)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: potentieel per verkoper moet groter zijn dan 0 (kreeg 0)
    """
    total = validation.positive(total_potential, "totaal potentieel")
    per_rep = validation.positive(potential_per_rep, "potentieel per verkoper")
    return round_up(total / per_rep)


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
