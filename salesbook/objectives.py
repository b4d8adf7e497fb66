"""Objectives (chapter 2): the cascade from company to sales objectives, and a SMART check of one objective.

Two tools. :func:`cascade_check` checks that the objectives one level down (per country, segment or
account manager) add up to the objective of the level above. :func:`smart_check` reads a written
objective and applies five transparent rules: does it name a number, a unit, a deadline, an owner
and a base to measure against? Each rule is a short list of words or a pattern, so a student can
see why a rule passed or failed. It checks the form of an objective, not whether the number is
attainable or realistic: that judgement stays with the planner.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from salesbook import validation
from salesbook.errors import SalesbookError

TOLERANCE = 0.005


@dataclass(frozen=True)
class CascadeCheck:
    """Do the parts add up to the whole?"""

    total: float                     # the objective of the level above
    parts: dict[str, float]          # the objectives one level down
    sum_of_parts: float
    difference: float                # sum_of_parts − total (< 0: the parts fall short)
    relative_difference: float       # difference / total
    adds_up: bool                    # |relative_difference| ≤ tolerance


def cascade_check(total: float, parts: Mapping[str, float], *, tolerance: float = TOLERANCE) -> CascadeCheck:
    """Check that the objectives one level down add up to the objective above.

    difference = Σ parts − total; relative difference = difference / total; the cascade adds up
    when |relative difference| ≤ tolerance (default 0,5%: rounding, not a missing country).

    Source: Rustenburg & Steenbeek, § 2.2 (van ondernemingsdoelstellingen tot
      verkoopdoelstellingen); the add-up check with a tolerance is the pack's own.

    >>> c = cascade_check(200, {"Nederland": 120, "België": 70})
    >>> c.difference, c.relative_difference, c.adds_up          # 190 − 200; −10 / 200
    (-10.0, -0.05, False)
    """
    whole = validation.positive(total, "doelstelling van het niveau erboven")
    tol = validation.fraction(tolerance, "tolerantie")
    if not isinstance(parts, Mapping) or not parts:
        raise SalesbookError(f"deeldoelstellingen moet een niet-lege verzameling zijn van naam naar getal (kreeg {parts!r})")
    values = {str(k): validation.positive(validation._plain(v), f"deeldoelstelling {k}", allow_zero=True)
              for k, v in parts.items()}
    summed = math.fsum(values.values())
    difference = summed - whole
    relative = difference / whole
    return CascadeCheck(whole, values, summed, difference, relative, abs(relative) <= tol + 1e-12)


# --- SMART ------------------------------------------------------------------------------------

SMART_RULES = ("getal", "eenheid", "deadline", "eigenaar", "basis")
"""The five rules, in the order they are checked: which SMART letter each serves is in
:data:`SMART_LETTERS` (Acceptabel and Realistisch cannot be read from the text)."""

SMART_LETTERS = {"getal": "M", "eenheid": "M", "deadline": "T", "eigenaar": "S", "basis": "M"}

_MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december")
_UNITS = (r"%|procent|procentpunt(?:en)?|euro|mln|miljoen|duizend|k\b|klanten|accounts|orders|offertes|"
          r"bezoeken|leads|afspraken|stuks|dagen|punten|vestigingen|projecten")
# a target figure: a whole number ('25.000', '4,5'), but not a year ('2025', unless a unit follows:
# '2000 stuks') and not the day of a date ('1 juli')
_FIGURE = (rf"(?<![\w.,])(?!(?:19|20)\d\d\b(?!\s*(?:{_UNITS})))\d(?:[\d.,]*\d)?(?![\d.,]*\d)"
           rf"(?!\s*(?:{_MONTHS})\b)")
# a unit after its figure ('45%', '€ 25.000', '60 offertes') is preferred to a unit before it ('klanten naar 60')
_UNIT_AFTER = rf"€\s*\d(?:[\d.,]*\d)?(?:\s*(?:mln|miljoen|k)\b)?|{_FIGURE}\s*(?:\w+\s+)?(?:{_UNITS})"
_UNIT_BEFORE = rf"\b(?:{_UNITS})\s+(?:\w+\s+){{0,2}}?{_FIGURE}"
#: The patterns behind the rules (lower-case text). A student may read them: nothing is hidden.
PATTERNS: dict[str, str] = {
    "getal": _FIGURE,
    "eenheid": rf"{_UNIT_AFTER}|{_UNIT_BEFORE}",
    "deadline": rf"\b(?:uiterlijk|vóór|voor|eind|einde|ultimo|in|per|op|binnen)\s+(?:\w+\s+){{0,2}}?"
                rf"(?:20\d\d|q[1-4]|het\s+\w+\s+kwartaal|{_MONTHS}|\d+\s+(?:maanden|weken|jaar))",
    "eigenaar": r"\b(?:salesmanager|verkoopmanager|verkoopleider|salesdirector|directeur|directie|"
                r"accountmanagers?|verkopers?|binnendienst|buitendienst|verkoopteam|salesteam|team|vestigingen?|"
                r"marketingmanager|vestigingsmanager|landenmanager|verantwoordelijk)\b",
    "basis": r"(?:ten opzichte van|t\.o\.v\.|vergeleken met|\bdan)(?:\s+(?:de|het|omzet|in|van|niveau|stand))*"
             r"(?:\s+(?:20\d\d|\S+))?|\bvan\s+[^.;]{0,40}?\bnaar\b|vanaf|\bhuidige\b|nulmeting|basisjaar",
}


@dataclass(frozen=True)
class SmartRule:
    key: str            # one of SMART_RULES
    passed: bool
    found: str          # the text that satisfied the rule ('' when it failed)


@dataclass(frozen=True)
class SmartCheck:
    objective: str
    rules: tuple[SmartRule, ...]
    failed: tuple[str, ...]       # keys of the rules that failed, in the order of SMART_RULES
    score: int                    # rules passed, 0–5

    @property
    def passed_all(self) -> bool:
        return not self.failed


def smart_check(objective: str) -> SmartCheck:
    """Apply the five rules of :data:`PATTERNS` to a written objective.

    A rule passes when its pattern occurs in the objective (case ignored); ``found`` is the first
    match (for the unit: the first unit after a number, else the first unit before one). A year
    (2025) or the day of a date (1 juli) is no target figure for 'getal'. The deadline is looked for outside the base, so the year in 'ten opzichte van 2024' is
    no deadline. score = number of rules passed. The rules check form only: Acceptabel and Realistisch
    are the planner's judgement.

    Source: the SMART criteria (Doran, 1981, "There's a S.M.A.R.T. way to write management's goals
      and objectives", Management Review); as in Rustenburg & Steenbeek, § 2.2. The five rules and
      their word lists are the pack's own.

    >>> c = smart_check("De accountmanagers verhogen de omzet bij installateurs met 8% ten opzichte van 2024, uiterlijk eind 2025.")
    >>> c.score, c.failed
    (5, ())
    >>> smart_check("We willen meer klanten.").failed
    ('getal', 'eenheid', 'deadline', 'eigenaar', 'basis')
    """
    if not isinstance(objective, str) or not objective.strip():
        raise SalesbookError(f"doelstelling moet een zin zijn, bijvoorbeeld 'De accountmanagers verhogen … "
                             f"uiterlijk eind 2025' (kreeg {objective!r})")
    text = " ".join(objective.lower().split())
    base = re.search(PATTERNS["basis"], text)
    # a year that belongs to the base ('ten opzichte van 2024') is no deadline
    without_base = text if base is None else text[:base.start()] + " | " + text[base.end():]
    rules = []
    for key in SMART_RULES:
        if key == "basis":
            match = base
        elif key == "eenheid":   # the unit after a number first, so '45%' rather than 'orders van 30'
            match = re.search(_UNIT_AFTER, text) or re.search(_UNIT_BEFORE, text)
        else:
            match = re.search(PATTERNS[key], without_base if key == "deadline" else text)
        rules.append(SmartRule(key, match is not None, match.group(0) if match else ""))
    failed = tuple(r.key for r in rules if not r.passed)
    return SmartCheck(objective, tuple(rules), failed, len(rules) - len(failed))
