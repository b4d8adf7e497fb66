"""Small input validators shared by the models.

Each validator returns the cleaned value (a float, an int or a tuple of floats) or raises
:class:`SalesbookError` with a Dutch message naming the parameter (by its Dutch label), the
value given and what is allowed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from numbers import Real

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


def whole(value: object, name: str, *, minimum: int = 0) -> int:
    """A whole number (an int, or a float without a fractional part) of at least ``minimum``.

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
    return item() if callable(item) and not isinstance(value, (str, bytes)) else value


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
    if value not in options:
        listed = ", ".join(_show(o) for o in options)
        raise SalesbookError(f"{name} moet een van {listed} zijn (kreeg {_show(value)})")
    return value  # type: ignore[return-value]
