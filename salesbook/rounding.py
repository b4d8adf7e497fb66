"""Rounding up to whole numbers (reps, stand staff, prospects) without floating-point surprises."""

from __future__ import annotations

import math

ROUNDING_DECIMALS = 9


def round_up(value: float) -> int:
    """The smallest whole number ≥ value, after rounding value to 9 decimals, so that
    floating-point noise (3 / 0.3 = 10.000000000000002) does not add a whole person.

    >>> round_up(4.2)
    5
    >>> round_up(0.1 * 3 / 0.03)   # 10.000000000000002 in floating point
    10
    """
    return math.ceil(round(value, ROUNDING_DECIMALS))
