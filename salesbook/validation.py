"""Small input validators shared by the models.

Each validator returns the cleaned value (a float, an int or a tuple of floats) or raises
:class:`SalesbookError` with a Dutch message naming the parameter (by its Dutch label), the
value given and what is allowed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from numbers import Real

import numpy as np
import pandas as pd

from salesbook.errors import SalesbookError


def _show(value: object) -> str:
    """Render a value for an error message: numbers the way Python prints them, text quoted."""
    if isinstance(value, str):
        return f"'{value}'"
    return repr(value) if not isinstance(value, float) else f"{value:g}"


def number(value: object, name: str) -> float:
    """A finite real number (bool is refused: True is not a number a student meant).

    >>> number(3, "omzet")
    3.0
    >>> number("drie", "omzet")
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: omzet moet een getal zijn (kreeg 'drie')
    """
    if isinstance(value, bool) or not isinstance(value, Real):
        raise SalesbookError(f"{name} moet een getal zijn (kreeg {_show(value)})")
    result = float(value)
    if math.isnan(result) or math.isinf(result):
        raise SalesbookError(f"{name} moet een eindig getal zijn (kreeg {_show(value)})")
    return result


def in_range(
    value: object,
    name: str,
    low: float | None = None,
    high: float | None = None,
    *,
    low_inclusive: bool = True,
    high_inclusive: bool = True,
) -> float:
    """A number within [low, high]; each bound may be open or absent.

    >>> in_range(0.8, "retentie", 0, 1, high_inclusive=False)
    0.8
    >>> in_range(1.2, "retentie", 0, 1, high_inclusive=False)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: retentie moet tussen 0 en 1 liggen, 1 zelf niet meegerekend (kreeg 1.2)
    """
    x = number(value, name)
    too_low = low is not None and (x < low if low_inclusive else x <= low)
    too_high = high is not None and (x > high if high_inclusive else x >= high)
    if too_low or too_high:
        raise SalesbookError(f"{name} moet {_describe(low, high, low_inclusive, high_inclusive)} (kreeg {_show(value)})")
    return x


def scale(value: object, name: str) -> tuple[float, float]:
    """A score scale: a pair (lowest, highest) of finite numbers, lowest below highest.

    >>> scale((1, 5), "schaal")
    (1.0, 5.0)
    >>> scale((5, 1), "schaal")
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: schaal moet van laag naar hoog lopen, zoals (1, 5) (kreeg (5, 1))
    """
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise SalesbookError(f"{name} moet een paar (laagste, hoogste) zijn, zoals (1, 5) (kreeg {value!r})")
    low = number(_plain(value[0]), f"laagste waarde van de {name}")
    high = number(_plain(value[1]), f"hoogste waarde van de {name}")
    if not low < high:
        raise SalesbookError(f"{name} moet van laag naar hoog lopen, zoals (1, 5) (kreeg ({low:g}, {high:g}))")
    return low, high


def _describe(low, high, low_inclusive, high_inclusive) -> str:
    def fmt(v):
        return f"{v:g}"

    if low is not None and high is not None:
        text = f"tussen {fmt(low)} en {fmt(high)} liggen"
        excluded = [fmt(b) for b, inc in ((low, low_inclusive), (high, high_inclusive)) if not inc]
        if len(excluded) == 2:
            text += ", de grenzen zelf niet meegerekend"
        elif excluded:
            text += f", {excluded[0]} zelf niet meegerekend"
        return text
    if low is not None:
        return f"{'minstens' if low_inclusive else 'groter zijn dan'} {fmt(low)}{' zijn' if low_inclusive else ''}"
    if high is not None:
        return f"{'hoogstens' if high_inclusive else 'kleiner zijn dan'} {fmt(high)}{' zijn' if high_inclusive else ''}"
    return "een getal zijn"


def fraction(value: object, name: str, *, allow_zero: bool = True, allow_one: bool = True) -> float:
    """A fraction between 0 and 1; a value above 1 that looks like a percentage gets a hint.

    >>> fraction(0.3, "brutomarge")
    0.3
    >>> fraction(30, "brutomarge")
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: brutomarge moet een fractie tussen 0 en 1 zijn (kreeg 30); bedoel je 0.3? Schrijf 30% als 0.3
    """
    x = number(value, name)
    ok = (0 <= x <= 1) and (allow_zero or x > 0) and (allow_one or x < 1)
    if not ok:
        bounds = []
        if not allow_zero:
            bounds.append("0")
        if not allow_one:
            bounds.append("1")
        extra = f", {' en '.join(bounds)} zelf niet meegerekend" if bounds else ""
        hint = ""
        if 1 < x <= 100:
            hint = f"; bedoel je {x / 100:g}? Schrijf {x:g}% als {x / 100:g}"
        raise SalesbookError(f"{name} moet een fractie tussen 0 en 1 zijn{extra} (kreeg {_show(value)}){hint}")
    return x


def positive(value: object, name: str, *, allow_zero: bool = False) -> float:
    """A number > 0 (or >= 0 with allow_zero).

    >>> positive(-5, "vaste kosten", allow_zero=True)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: vaste kosten mag niet negatief zijn (kreeg -5)
    """
    x = number(value, name)
    if allow_zero and x < 0:
        raise SalesbookError(f"{name} mag niet negatief zijn (kreeg {_show(value)})")
    if not allow_zero and x <= 0:
        raise SalesbookError(f"{name} moet groter zijn dan 0 (kreeg {_show(value)})")
    return x


def whole(value: object, name: str, *, minimum: int = 0, maximum: int | None = None) -> int:
    """A whole number (an int, or a float without a fractional part) of at least ``minimum``
    and, when given, at most ``maximum``.

    >>> whole(3.0, "aantal klanten")
    3
    >>> whole(2.5, "aantal klanten")
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: aantal klanten moet een geheel getal zijn (kreeg 2.5)
    """
    x = number(value, name)
    if x != int(x):
        raise SalesbookError(f"{name} moet een geheel getal zijn (kreeg {_show(value)})")
    if x < minimum:
        raise SalesbookError(f"{name} moet minstens {minimum} zijn (kreeg {_show(value)})")
    if maximum is not None and x > maximum:
        raise SalesbookError(f"{name} mag hoogstens {maximum} zijn (kreeg {_show(value)})")
    return int(x)


def numbers(values: object, name: str, *, min_length: int = 1) -> tuple[float, ...]:
    """A sequence of finite numbers (list, tuple, numpy array or pandas Series).

    >>> numbers([1, 2.5], "scores")
    (1.0, 2.5)
    >>> numbers([1, "x"], "scores")
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: scores[1] moet een getal zijn (kreeg 'x')
    """
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise SalesbookError(f"{name} moet een reeks getallen zijn (kreeg {_show(values)})")
    items = list(values)
    if len(items) < min_length:
        raise SalesbookError(f"{name} moet minstens {min_length} waarde(n) bevatten (kreeg {len(items)})")
    return tuple(number(_plain(v), f"{name}[{i}]") for i, v in enumerate(items))


def _plain(value: object) -> object:
    """numpy scalars to Python numbers, so that the Real check accepts them."""
    item = getattr(value, "item", None)
    scalar = getattr(value, "ndim", 0) == 0 and getattr(value, "size", 1) == 1
    return item() if callable(item) and scalar and not isinstance(value, (str, bytes)) else value


def choice(value: object, name: str, allowed: Iterable[str]) -> str:
    """One of a fixed set of texts.

    >>> choice("b", "klasse", ["a", "b"])
    'b'
    >>> choice("x", "klasse", ["a", "b"])
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: klasse moet een van 'a', 'b' zijn (kreeg 'x')
    """
    options = list(allowed)
    try:
        known = bool(value in options)
    except (TypeError, ValueError):  # a list, a table …: never one of the options
        known = False
    if not known:
        listed = ", ".join(_show(o) for o in options)
        raise SalesbookError(f"{name} moet een van {listed} zijn (kreeg {_show(value)})")
    return value  # type: ignore[return-value]


# --- rates ------------------------------------------------------------------------------------

def rate(value: object, name: str, *, low: float = -1.0, low_inclusive: bool = False, high: float = 1.0) -> float:
    """A rate per period (discount rate, interest, growth) as a fraction: above ``low`` and at
    most ``high`` (default: greater than −1 and at most 1).

    The one rule for every rate parameter: a rate above 1 (more than 100% per period) is not
    realistic in this course and is almost always a percentage typed as a whole number (10 for
    10%), so it is refused; between 1 and 100 the message suggests the fraction.

    >>> rate(0.1, "disconteringsvoet")
    0.1
    >>> rate(10, "disconteringsvoet")
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: disconteringsvoet moet een fractie per periode zijn, groter dan -1 en hoogstens 1 (kreeg 10); bedoel je 0.1? Schrijf 10% als 0.1
    """
    x = number(value, name)
    if x < low if low_inclusive else x <= low:
        raise SalesbookError(f"{name} moet {_describe(low, None, low_inclusive, True)} (kreeg {_show(value)})")
    if x > high:
        lower = f"minstens {low:g}" if low_inclusive else f"groter dan {low:g}"
        hint = f"; bedoel je {x / 100:g}? Schrijf {x:g}% als {x / 100:g}" if high < x <= 100 else ""
        raise SalesbookError(
            f"{name} moet een fractie per periode zijn, {lower} en hoogstens {high:g} (kreeg {_show(value)}){hint}"
        )
    return x


# --- counts -----------------------------------------------------------------------------------

#: The largest count any model accepts unless it says otherwise: a horizon, a number of years,
#: periods, territories … of a million is already far beyond any sales plan, and a larger one
#: only makes a loop hang or an array overflow.
MAX_COUNT = 1_000_000
#: The most years any model looks ahead or back (a customer relationship, a repeat factor).
MAX_YEARS = 100
#: The most periods a forecast looks ahead.
MAX_HORIZON = 1_000


def count(value: object, name: str, *, minimum: int = 0, maximum: int = MAX_COUNT) -> int:
    """A whole number between ``minimum`` and ``maximum`` (a sane upper bound for every count).

    >>> count(12, "horizon", minimum=1)
    12
    >>> count(1e308, "horizon", minimum=1, maximum=1000)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: horizon mag hoogstens 1000 zijn (kreeg 1e+308)
    """
    return whole(value, name, minimum=minimum, maximum=maximum)


# --- tables -----------------------------------------------------------------------------------

_KIND_WORDS = {"getal": "getallen", "geheel": "gehele getallen", "datum": "datums", "tekst": "tekst"}


def table(
    frame: object,
    name: str,
    columns: Mapping[str, str | None] | Iterable[str] = (),
    *,
    min_rows: int = 1,
    ranges: Mapping[str, tuple[float | None, float | None]] | None = None,
):
    """A table (DataFrame) with the required columns, checked once at a public entry point.

    ``columns`` names the columns the model needs, as a list, or as a mapping to the type of
    the data dictionary (``"getal"``, ``"geheel"``, ``"datum"``, ``"tekst"`` or None for any).
    A numeric column must hold finite numbers in every row: an empty cell (NaN) is refused,
    never dropped silently, because a group sum without it would be wrong without a word. A
    ``datum`` column must hold dates without gaps; ``tekst`` and untyped columns must not have
    empty cells either. ``ranges`` maps a column to ``(low, high)`` (either may be None).
    Returns the frame itself (not a copy).

    >>> import pandas as pd
    >>> table(pd.DataFrame({"omzet": [1.0, 2.0]}), "omzet per klant", {"omzet": "getal"})["omzet"].sum()
    np.float64(3.0)
    >>> table(pd.DataFrame({"omzet": [1.0, None]}), "omzet per klant", {"omzet": "getal"})
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: omzet per klant, kolom 'omzet', rij 1: de cel is leeg (NaN); vul een waarde in of laat de rij weg
    >>> table(None, "de transacties", ["klant_id"])
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: de transacties moet een tabel (DataFrame) zijn (kreeg None)
    """
    if not isinstance(frame, pd.DataFrame):
        got = "None" if frame is None else (_show(frame) if isinstance(frame, (str, Real)) else type(frame).__name__)
        raise SalesbookError(f"{name} moet een tabel (DataFrame) zijn (kreeg {got})")
    kinds = dict(columns) if isinstance(columns, Mapping) else {c: None for c in columns}
    missing = [c for c in kinds if c not in frame.columns]
    if missing:
        listed = ", ".join(f"'{c}'" for c in missing)
        present = ", ".join(f"'{c}'" for c in frame.columns) or "geen kolommen"
        word = "de kolom" if len(missing) == 1 else "de kolommen"
        raise SalesbookError(f"{name} mist {word} {listed}; de tabel heeft: {present}")
    if len(frame) < min_rows:
        raise SalesbookError(f"{name} moet minstens {min_rows} rij(en) bevatten (kreeg {len(frame)})")
    for col, kind in kinds.items():
        values = frame[col]
        if isinstance(values, pd.DataFrame):
            raise SalesbookError(f"{name}: de kolom '{col}' staat meer dan eens in de tabel")
        if kind in ("getal", "geheel"):
            if pd.api.types.is_bool_dtype(values.dtype) or not (
                pd.api.types.is_numeric_dtype(values.dtype) or values.dtype == object
            ):
                raise SalesbookError(f"{name}, kolom '{col}' moet {_KIND_WORDS[kind]} bevatten (kreeg type {values.dtype})")
            array = pd.to_numeric(values, errors="coerce") if values.dtype == object else values
            array = np.asarray(array.to_numpy(dtype=float, na_value=np.nan), dtype=float)
            bad = ~np.isfinite(array)
            if kind == "geheel":
                bad |= np.isfinite(array) & (array != np.floor(array))
            if bad.any():
                i = int(np.argmax(bad))
                cell = values.iloc[i]
                why = ("de cel is leeg (NaN); vul een waarde in of laat de rij weg" if _missing(cell)
                       else f"{_show(_plain(cell))} is geen {'geheel ' if kind == 'geheel' else ''}eindig getal")
                raise SalesbookError(f"{name}, kolom '{col}', rij {frame.index[i]}: {why}")
            low, high = (ranges or {}).get(col, (None, None))
            out = np.zeros(len(array), dtype=bool)
            if low is not None:
                out |= array < low
            if high is not None:
                out |= array > high
            if out.any():
                i = int(np.argmax(out))
                raise SalesbookError(f"{name}, kolom '{col}', rij {frame.index[i]}: "
                                     f"{_describe_column(low, high)} (kreeg {array[i]:g})")
        else:
            if kind == "datum" and not (pd.api.types.is_datetime64_any_dtype(values.dtype)):
                raise SalesbookError(f"{name}, kolom '{col}' moet datums bevatten (kreeg type {values.dtype})")
            empty = values.isna().to_numpy()
            if empty.any():
                i = int(np.argmax(empty))
                raise SalesbookError(f"{name}, kolom '{col}', rij {frame.index[i]}: de cel is leeg; "
                                     "vul een waarde in of laat de rij weg")
    return frame


def _missing(value: object) -> bool:
    try:
        return bool(value is None or value != value)
    except Exception:  # noqa: BLE001 — e.g. pd.NA compares to NA
        return True


def _describe_column(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"de waarde moet tussen {low:g} en {high:g} liggen"
    if low is not None:
        return "de waarde mag niet negatief zijn" if low == 0 else f"de waarde moet minstens {low:g} zijn"
    return f"de waarde mag hoogstens {high:g} zijn"


# --- vectorised checks of a whole series (one pass, the message names the first bad element) ----

EPS = 1e-9  # tolerance for comparing shares with a threshold (0.1 + 0.2 is not exactly 0.3)


def element_label(index: object, position: int, name: str) -> str:
    """How to name element ``position`` in a message: name[label] for a Series, name[i] otherwise."""
    if isinstance(index, pd.Index) and not isinstance(index, pd.RangeIndex):
        label = index[position]
        return f"{name}[{label!r}]" if isinstance(label, str) else f"{name}[{label}]"
    return f"{name}[{position}]"


def series(values: object, name: str, *, min_length: int = 1) -> pd.Series:
    """A Series of finite numbers (float) from a Series, mapping, array or sequence.

    A numeric Series or array is checked in one vectorised pass; anything else element by
    element with :func:`number`, so that the message names the first bad value.
    The index of a Series (or the keys of a mapping) is kept.
    """
    if isinstance(values, Mapping):
        values = pd.Series(dict(values), dtype=object)
    elif isinstance(values, pd.DataFrame):
        raise SalesbookError(f"{name} moet één reeks getallen zijn, geen tabel met kolommen {list(values.columns)}")
    elif isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise SalesbookError(f"{name} moet een reeks getallen zijn (kreeg {_show(values)})")
    elif not isinstance(values, pd.Series):
        values = pd.Series(values if isinstance(values, np.ndarray) else list(values),
                           dtype=None if isinstance(values, np.ndarray) else object)
    if len(values) < min_length:
        raise SalesbookError(f"{name} moet minstens {min_length} waarde(n) bevatten (kreeg {len(values)})")
    dtype = values.dtype
    if pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
        array = values.to_numpy(dtype=float, na_value=np.nan)
        bad = ~np.isfinite(array)
        if bad.any():
            i = int(np.argmax(bad))
            raise SalesbookError(f"{element_label(values.index, i, name)} moet een eindig getal zijn (kreeg {array[i]:g})")
        return pd.Series(array, index=values.index, name=values.name)
    checked = [number(_plain(v), element_label(values.index, i, name))
               for i, v in enumerate(values.tolist())]
    return pd.Series(checked, index=values.index, dtype=float, name=values.name)


def first_bad(series: pd.Series, bad: np.ndarray, name: str, allowed: str) -> None:
    """Raise for the first element where ``bad`` is True."""
    if bad.any():
        i = int(np.argmax(bad))
        value = series.iloc[i]
        raise SalesbookError(f"{element_label(series.index, i, name)} {allowed} (kreeg {value:g})")
