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
    """An amount in euros, shortened for chart labels: mln for millions, k for thousands.

    >>> euro_compact(29_400_000)
    '€ 29,4 mln'
    >>> euro_compact(2_500)
    '€ 2,5k'
    >>> euro_compact(950)
    '€ 950'
    """
    size = abs(value)
    if size >= 1_000_000:
        return f"{'-' if value < 0 else ''}€ {number(size / 1_000_000, 1)} mln"
    if size >= 1_000:
        return f"{'-' if value < 0 else ''}€ {number(size / 1_000, 1)}k"
    return euro(value)


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
