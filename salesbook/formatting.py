"""Dutch number formatting: thousands with a dot, decimals with a comma, euro in front.

Display code (widgets, charts, exercise feedback) formats with these functions; models
return plain floats.
"""

from __future__ import annotations

import math


def number(value: float, decimals: int = 0) -> str:
    """A number in Dutch notation.

    >>> number(1234567.891, 2)
    '1.234.567,89'
    >>> number(-0.5, 1)
    '-0,5'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return "0" if text in ("-0", "-0,0", "-0,00") and decimals == 0 else text


def euro(value: float, decimals: int = 0) -> str:
    """An amount in euros, sign before the euro symbol.

    >>> euro(29400000)
    '€ 29.400.000'
    >>> euro(-1234.5, 2)
    '-€ 1.234,50'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    sign = "-" if value < 0 else ""
    return f"{sign}€ {number(abs(value), decimals)}"


def euro_compact(value: float) -> str:
    """An amount in euros, shortened for chart labels: mln for millions, k for thousands; one
    decimal at most, and none when it is 0 (an axis reads € 100k, not € 100,0k).

    >>> euro_compact(29_400_000)
    '€ 29,4 mln'
    >>> euro_compact(2_500)
    '€ 2,5k'
    >>> euro_compact(100_000)
    '€ 100k'
    >>> euro_compact(-3_000_000)
    '-€ 3 mln'
    >>> euro_compact(950)
    '€ 950'
    """
    size = abs(value)
    sign = "-" if value < 0 else ""
    if size >= 1_000_000:
        return f"{sign}€ {_trim_zero(number(size / 1_000_000, 1))} mln"
    if size >= 1_000:
        return f"{sign}€ {_trim_zero(number(size / 1_000, 1))}k"
    return euro(value)


def _trim_zero(text: str) -> str:
    """'100,0' → '100'; '2,5' stays."""
    return text[:-2] if text.endswith(",0") else text


def percent_short(fraction: float, decimals: int = 1) -> str:
    """A percentage without needless decimals: 80% for a whole percentage, else ``decimals``.

    >>> percent_short(0.8), percent_short(0.805)
    ('80%', '80,5%')
    """
    whole = abs(fraction * 100 - round(fraction * 100)) < 1e-9
    return percent(fraction, 0 if whole else decimals)


def tex_number(value: float, decimals: int = 0) -> str:
    """A number in Dutch notation for inside LaTeX: the decimal comma wrapped as ``{,}`` so
    that LaTeX does not put a space after it.

    >>> tex_number(1234.5, 1)
    '1.234{,}5'
    """
    return number(value, decimals).replace(",", "{,}")


def percent(fraction: float, decimals: int = 1) -> str:
    """A fraction shown as a percentage.

    >>> percent(0.047)
    '4,7%'
    >>> percent(0.35, 0)
    '35%'
    """
    if fraction is None or (isinstance(fraction, float) and math.isnan(fraction)):
        return "–"
    return f"{number(fraction * 100, decimals)}%"


UNITS = ("euro", "mln", "duizend", "fractie", "dagen", "aantal", "getal")


def value(amount: float, unit: str) -> str:
    """A value in Dutch notation by its unit: euro, mln (millions of euros), duizend (thousands,
    the unit is in the label), fractie (shown as %), dagen, aantal (one decimal) or getal (whole).

    >>> [value(3_080_000, "euro"), value(84, "mln"), value(0.056, "fractie"), value(151.72, "aantal")]
    ['€ 3.080.000', '€ 84 mln', '5,6%', '151,7']
    >>> value(float("nan"), "fractie")
    '–'
    """
    if amount is None or (isinstance(amount, float) and math.isnan(amount)):
        return "–"
    if unit == "euro":
        return euro(amount)
    if unit == "mln":
        return f"€ {number(amount, 0 if float(amount).is_integer() else 1)} mln"
    if unit == "fractie":
        whole = abs(amount * 100 - round(amount * 100)) < 1e-9
        return percent(amount, 0 if whole else 1)
    if unit == "dagen":
        return f"{number(amount, 0)} dagen"
    if unit == "aantal":
        return number(amount, 1)
    if unit in ("getal", "duizend"):
        return number(amount, 0)
    raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")


def table(frame, units: dict, *, index: str | None = None):
    """A copy of a DataFrame for display: the columns in ``units`` formatted in Dutch notation,
    other columns as they are; ``index`` makes that column the index. Only for showing; compute
    with the original.

    >>> import pandas as pd
    >>> table(pd.DataFrame({"land": ["NL"], "ebit": [4_200_000.0]}), {"ebit": "euro"}, index="land")
                  ebit
    land
    NL     € 4.200.000
    """
    shown = frame.copy()
    for column, unit in units.items():
        shown[column] = [value(v, unit) for v in frame[column]]
    return shown.set_index(index) if index else shown
