"""An exercise whose answer is a number in a unit, with feedback on the typical slips."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from numbers import Real

from salesbook import formatting
from salesbook.exercises.base import NUMBER_UNITS, Exercise, Feedback, _Common, _one_answer


@dataclass(repr=False, eq=False)
class NumberExercise(_Common, Exercise, old_style="getal"):
    """A number in a unit: getal, fractie, procent, euro, aantal or dagen.

    ``mistakes`` maps typical wrong numbers to a message that names the mistake. An answer is
    right within ``rel_tol`` (relative) or ``abs_tol`` (absolute) of ``expected``.

    >>> ex = NumberExercise("Marge", "Welke fractie?", expected=0.3, unit="fractie")
    >>> print(ex.check(30).message)
    Je gaf een percentage; geef een fractie: 30,0% schrijf je als 0.3.
    """

    expected: float = field(kw_only=True)
    unit: str = field(default="getal", kw_only=True)
    rel_tol: float = field(default=0.005, kw_only=True)
    abs_tol: float = field(default=0.0, kw_only=True)
    mistakes: Sequence[tuple[float, str]] = field(default=(), kw_only=True)

    def __post_init__(self):
        if self.unit not in NUMBER_UNITS:
            hint = " (use ChoiceExercise for a text answer)" if self.unit == "tekst" else ""
            raise ValueError(f"unit must be one of {NUMBER_UNITS}, got {self.unit!r}{hint}")
        if isinstance(self.expected, bool) or not isinstance(self.expected, Real):
            raise ValueError("a numeric exercise needs a numeric expected value")

    def check(self, *answer: object) -> Feedback:
        """Check an answer; the feedback never reveals the expected value."""
        if len(answer) == 2 and all(isinstance(a, int) and not isinstance(a, bool) for a in answer):
            a, b = answer
            return Feedback(False, f"Je schreef `{a},{b}`: in Python scheidt een komma twee waarden. "
                                   f"Schrijf een decimaalpunt: `{a}.{b}`.")
        value, problem = _one_answer(answer)
        if problem:
            return problem
        note = ""
        if isinstance(value, str):
            parsed = _parse_dutch_number(value)
            if parsed is None:
                return Feedback(False, f"Geef een getal, geen tekst (je gaf '{value}'). Schrijf bijvoorbeeld `0.25` of `1250`.")
            value, note = parsed, " (Tip: je mag ook gewoon het getal typen, zonder aanhalingstekens, met een punt als decimaalteken.)"
        if isinstance(value, bool) or not isinstance(value, Real) or math.isnan(float(value)):
            return Feedback(False, f"Geef een getal als antwoord (je gaf {value!r}).")
        x, e = float(value), float(self.expected)
        if self._close(x, e):
            return self._right(note)
        for wrong, message in self.mistakes:
            if isinstance(wrong, Real) and self._close(x, float(wrong)):
                return Feedback(False, message)
        return self._unit_slip(x, e) or self._direction(x, e)

    def _unit_slip(self, x: float, e: float) -> Feedback | None:
        """Feedback when the number is right but written in the wrong unit or with the wrong sign."""
        if e == 0:
            return None
        if self.unit == "fractie" and self._close(x, e * 100):
            return Feedback(False, f"Je gaf een percentage; geef een fractie: {formatting.number(x, 1)}% schrijf je als {x / 100:g}.")
        if self.unit == "procent" and self._close(x * 100, e):
            return Feedback(False, f"Je gaf een fractie; deze vraag vraagt een percentage: {x:g} is {x * 100:g}%, typ dus {x * 100:g}.")
        if self.unit == "euro":
            for factor, word in ((1e6, "miljoenen"), (1e3, "duizenden")):
                if self._close(x * factor, e):
                    return Feedback(False, f"Het lijkt erop dat je in {word} euro's rekende; geef het hele bedrag in euro's.")
        if self._close(-x, e):
            return Feedback(False, "Het getal klopt, maar het teken niet: let op plus of min.")
        return None

    def _direction(self, x: float, e: float) -> Feedback:
        direction = "Te hoog" if x > e else "Te laag"
        if e != 0 and abs(x - e) <= 0.05 * abs(e):
            return Feedback(False, f"{direction}, maar je zit er dichtbij. Controleer je afronding en tussenstappen.")
        return Feedback(False, f"{direction}. Kijk je berekening nog eens na, of vraag een hint: `hint()`.")

    def _close(self, x: float, e: float) -> bool:
        return math.isclose(x, e, rel_tol=self.rel_tol, abs_tol=self.abs_tol)

    def answer_text(self) -> str:
        v = float(self.expected)
        formats = {
            "fractie": lambda: f"{v:.4g} (= {formatting.percent(v, 1)})",
            "procent": lambda: f"{formatting.number(v, 1)}%",
            "euro": lambda: formatting.euro(v, 0 if abs(v) >= 100 else 2),
            "dagen": lambda: f"{formatting.number(v, 1)} dagen",
        }
        return formats.get(self.unit, lambda: formatting.number(v, 2 if v != int(v) else 0))()


def _parse_dutch_number(text: str) -> float | None:
    """'0,8' → 0.8, '1.250.000' → 1250000, '12,5%' → 12.5, '€ 1.250,50' → 1250.5; None if not a number."""
    t = text.strip().replace("€", "").replace("%", "").replace(" ", "")
    if not t:
        return None
    if "," in t:  # Dutch notation: dots group thousands, the comma is the decimal sign
        t = t.replace(".", "").replace(",", ".")
    elif t.count(".") > 1:  # 1.250.000
        t = t.replace(".", "")
    try:
        return float(t)
    except ValueError:
        return None
