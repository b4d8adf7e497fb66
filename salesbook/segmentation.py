"""Customers by value (chapter 5, § 5.3; chapter 7): ABC analysis and the customer pyramid.

* :func:`abc_analysis` — Pareto classes A, B, C by cumulative share of value;
* :func:`pyramid_layer`, :func:`customer_pyramid` — the customer pyramid (top, groot,
  middelgroot, klein).

The contract names :func:`abc_analysis` under :mod:`salesbook.customers`, which re-exports it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from salesbook import validation
from salesbook.errors import SalesbookError

# --- § 5.3 ABC analysis and the customer pyramid ---------------------------------------------

def _thresholds(thresholds: object) -> tuple[float, float]:
    if isinstance(thresholds, (str, bytes)) or not isinstance(thresholds, Iterable):
        raise SalesbookError(f"grenzen moet twee fracties bevatten, zoals (0.8, 0.95) (kreeg {validation._show(thresholds)})")
    items = list(thresholds)
    if len(items) != 2:
        raise SalesbookError(f"grenzen moet precies twee fracties bevatten, zoals (0.8, 0.95) (kreeg {len(items)})")
    a = validation.fraction(validation._plain(items[0]), "grens A", allow_zero=False)
    b = validation.fraction(validation._plain(items[1]), "grens B", allow_zero=False)
    if b <= a:
        raise SalesbookError(f"grens B moet groter zijn dan grens A {a:g} (kreeg {b:g}): de grenzen lopen op, "
                             "zoals (0.8, 0.95)")
    return a, b


def _values(values: object, name: str) -> pd.Series:
    """Non-negative finite values with a positive total (index kept)."""
    v = validation.series(values, name)
    validation.first_bad(v, (v < 0).to_numpy(), name, "mag niet negatief zijn")
    if v.sum() <= 0:
        raise SalesbookError(f"{name} moet samen meer dan 0 zijn (kreeg een totaal van 0): "
                             "dan is er geen aandeel te berekenen")
    return v


def _abc(v: pd.Series, a: float, b: float) -> pd.DataFrame:
    """The ABC table without validation."""
    order = v.sort_values(ascending=False, kind="stable")
    total = order.sum()
    cum = order.cumsum() / total
    out = pd.DataFrame({"value": order, "share": order / total, "cum_share": cum})
    before = cum - out["share"]          # the cumulative share of the items above this one
    out["class"] = np.where(before < a - validation.EPS, "A", np.where(before < b - validation.EPS, "B", "C"))
    return out


def abc_analysis(values: object, thresholds: Sequence[float] = (0.8, 0.95)) -> pd.DataFrame:
    """ABC (Pareto) analysis: classes by cumulative share of the total value.

    Sort the values from large to small (ties keep their input order) and take per item

        share_i = v_i / Σ v,     cum_share_i = (v_1 + … + v_i) / Σ v

    The class follows the cumulative share *before* the item, cum_share_i − share_i: 'A' while
    that is below the first threshold (0.8), 'B' while it is below the second (0.95), else 'C'
    (compared up to 1e-9 for floating-point noise). So the item that crosses a threshold still
    belongs to the higher class, and the largest item is always 'A': with shares 90/5/5 the
    classes are A, B, C.

    ``values``: a Series (its index, e.g. klant_id, is kept), a mapping (keys become the
    index) or a sequence; non-negative, with a positive total. ``thresholds``: two fractions,
    increasing, in (0, 1]. Returns a DataFrame with columns ``value``, ``share``,
    ``cum_share`` and ``class``, sorted by value descending. Rank on value (revenue or
    margin), not on the number of orders.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 and H7 (ABC-analyse, Pareto).

    >>> abc_analysis({"K1": 15, "K2": 50, "K3": 5, "K4": 30})
        value  share  cum_share class
    K2   50.0   0.50       0.50     A
    K4   30.0   0.30       0.80     A
    K1   15.0   0.15       0.95     B
    K3    5.0   0.05       1.00     C
    >>> abc_analysis([90, 5, 5])["class"].tolist()      # before: 0 → A, 0.90 → B, 0.95 → C
    ['A', 'B', 'C']
    """
    a, b = _thresholds(thresholds)
    return _abc(_values(values, "waarden"), a, b)


PYRAMID_LAYERS: tuple[tuple[str, float], ...] = (
    ("top", 0.01), ("groot", 0.04), ("middelgroot", 0.15), ("klein", 0.80),
)
"""The customer pyramid of Curry & Curry (2000): the top 1% of customers by revenue, the next
4% (groot), the next 15% (middelgroot) and the remaining 80% (klein)."""


def _layers(layers: object) -> tuple[tuple[str, float], ...]:
    if isinstance(layers, Mapping):
        layers = list(layers.items())
    if isinstance(layers, (str, bytes)) or not isinstance(layers, Iterable):
        raise SalesbookError(f"lagen moet een reeks (naam, aandeel klanten) zijn (kreeg {validation._show(layers)})")
    items = list(layers)
    if len(items) < 2:
        raise SalesbookError(f"lagen moet minstens twee lagen bevatten (kreeg {len(items)})")
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, (tuple, list)) or len(item) != 2 or not isinstance(item[0], str):
            raise SalesbookError(f"lagen[{i}] moet een paar (naam, aandeel klanten) zijn (kreeg {item!r})")
        out.append((item[0], validation.fraction(validation._plain(item[1]), f"aandeel klanten van laag '{item[0]}'",
                                                 allow_zero=False)))
    total = sum(s for _, s in out)
    if abs(total - 1) > 1e-6:
        raise SalesbookError(f"de aandelen klanten van de lagen moeten samen 1 zijn (kreeg {total:g})")
    if len({n for n, _ in out}) != len(out):
        raise SalesbookError("elke laag van de piramide moet een eigen naam hebben")
    return tuple(out)


def _pyramid_layer(v: pd.Series, layers: tuple[tuple[str, float], ...]) -> pd.Series:
    """The layer of every customer, without validation (vectorised)."""
    n = len(v)
    position = v.rank(method="first", ascending=False).to_numpy()  # 1 = largest customer
    bounds = np.cumsum([share for _, share in layers]) * n
    index = np.searchsorted(bounds + validation.EPS, position, side="left")
    names = np.array([name for name, _ in layers], dtype=object)
    return pd.Series(names[np.minimum(index, len(layers) - 1)], index=v.index, name="laag")


def pyramid_layer(values: object, layers: Sequence[tuple[str, float]] = PYRAMID_LAYERS) -> pd.Series:
    """The layer of the customer pyramid for every customer, ranked on value (revenue).

    Rank the customers from largest (1) to smallest (n); customer k belongs to the first
    layer whose cumulative share of customers s satisfies k ≤ s · n. With the default layers
    and 1000 customers: numbers 1–10 are top, 11–50 groot, 51–200 middelgroot, the rest
    klein. Ties keep their input order.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (klantpiramide); Curry & Curry, The Customer
      Marketing Method (2000).

    >>> pyramid_layer(pd.Series(range(100, 0, -1))).value_counts().to_dict()
    {'klein': 80, 'middelgroot': 15, 'groot': 4, 'top': 1}
    """
    return _pyramid_layer(_values(values, "waarden"), _layers(layers))


def customer_pyramid(values: object, layers: Sequence[tuple[str, float]] = PYRAMID_LAYERS) -> pd.DataFrame:
    """The customer pyramid: customers and value per layer (top of the pyramid first).

    Per layer: ``klanten`` (count), ``omzet`` (the sum of the values), ``aandeel_klanten`` and
    ``aandeel_omzet`` (fractions of the totals) and ``gemiddelde`` (value per customer).
    Layers are assigned as in :func:`pyramid_layer`.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (klantpiramide); Curry & Curry, The Customer
      Marketing Method (2000).

    >>> p = customer_pyramid(pd.Series([500.0] + [100.0] * 4 + [10.0] * 15 + [1.0] * 80))
    >>> p[["klanten", "omzet", "aandeel_omzet"]].round(3)
                 klanten  omzet  aandeel_omzet
    laag
    top                1  500.0          0.442
    groot              4  400.0          0.354
    middelgroot       15  150.0          0.133
    klein             80   80.0          0.071
    """
    spec = _layers(layers)
    v = _values(values, "waarden")
    layer = _pyramid_layer(v, spec)
    names = [name for name, _ in spec]
    grouped = v.groupby(layer).agg(["size", "sum"]).reindex(names, fill_value=0)
    out = pd.DataFrame({"klanten": grouped["size"].astype("int64"), "omzet": grouped["sum"].astype(float)})
    out["aandeel_klanten"] = out["klanten"] / len(v)
    out["aandeel_omzet"] = out["omzet"] / v.sum()
    out["gemiddelde"] = (out["omzet"] / out["klanten"].where(out["klanten"] > 0)).astype(float)
    out.index.name = "laag"
    return out


