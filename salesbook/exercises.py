"""Self-check exercises in the style of Kaggle's learntools: ``check``, ``hint`` and ``oplossing``.

An :class:`Exercise` holds the expected answer (computed by the models from the case data,
never typed in by hand) without showing it: ``check(answer)`` says whether the answer is right
and, if not, in which direction and which typical mistake it looks like; ``hint()`` gives the
hints one level at a time; ``oplossing()`` shows the worked solution.

>>> ex = Exercise("Voorbeeld", "Wat is 30% van 200 euro?", expected=60.0, unit="euro",
...               hints=("Reken 0,3 × 200.",), solution="0,3 × 200 = 60.")
>>> ex.check(60).correct
True
>>> print(ex.check(70).message)
Te hoog. Kijk je berekening nog eens na, of vraag een hint: `hint()`.
"""

from __future__ import annotations

import html
import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from numbers import Real

from salesbook import formatting

UNITS = ("getal", "fractie", "procent", "euro", "aantal", "dagen", "tekst")


@dataclass(frozen=True)
class Feedback:
    """What ``check``, ``hint`` and ``oplossing`` return; shown as a coloured block in Jupyter."""

    correct: bool | None
    message: str

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return self.message

    def _repr_markdown_(self) -> str:
        icon = {True: "✅", False: "❌", None: "💡"}[self.correct]
        return f"{icon} {self.message}"


def _fold(text: str) -> str:
    """Compare texts without case, accents or surrounding spaces."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


@dataclass
class Exercise:
    """One exercise with a unique, checkable answer.

    ``expected`` is a number (with ``unit`` one of getal, fractie, procent, euro, aantal,
    dagen) or, with ``unit="tekst"``, a text or a collection of accepted texts.
    ``mistakes`` maps typical wrong answers (numbers, or texts for a text exercise) to a message
    that names the mistake.
    """

    title: str
    question: str
    expected: float | str | Sequence[str] = field(repr=False)
    unit: str = "getal"
    hints: Sequence[str] = ()
    solution: str = field(default="", repr=False)
    meaning: str = ""
    rel_tol: float = 0.005
    abs_tol: float = 0.0
    mistakes: Sequence[tuple[float | str, str]] = field(default=(), repr=False)
    _hints_shown: int = field(default=0, init=False, repr=False)

    def __post_init__(self):
        if self.unit not in UNITS:
            raise ValueError(f"unit must be one of {UNITS}, got {self.unit!r}")
        if self.unit != "tekst" and not isinstance(self.expected, Real):
            raise ValueError("a numeric exercise needs a numeric expected value")

    # -- checking -------------------------------------------------------------------------
    def check(self, *answer: object) -> Feedback:
        """Check an answer; the feedback never reveals the expected value."""
        if len(answer) == 2 and all(isinstance(a, int) and not isinstance(a, bool) for a in answer):
            a, b = answer
            return Feedback(False, f"Je schreef `{a},{b}`: in Python scheidt een komma twee waarden. "
                                   f"Schrijf een decimaalpunt: `{a}.{b}`.")
        if len(answer) != 1:
            return Feedback(False, "Geef precies één antwoord, bijvoorbeeld `check(0.25)`.")
        value = answer[0]
        if value is None or value is Ellipsis:
            return Feedback(False, "Je hebt nog geen antwoord ingevuld: vervang `None` door je antwoord en voer de cel opnieuw uit.")
        if self.unit == "tekst":
            return self._check_text(value)
        return self._check_number(value)

    def _check_text(self, value: object) -> Feedback:
        accepted = [self.expected] if isinstance(self.expected, str) else list(self.expected)
        if _fold(value) in {_fold(a) for a in accepted}:
            return self._right()
        for wrong, message in self.mistakes:
            if isinstance(wrong, str) and _fold(value) == _fold(wrong):
                return Feedback(False, message)
        return Feedback(False, "Dat is niet het antwoord dat we zoeken. Lees de vraag nog eens, of vraag een hint: `hint()`.")

    def _check_number(self, value: object) -> Feedback:
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
        if self.unit == "fractie" and e != 0 and self._close(x, e * 100):
            return Feedback(False, f"Je gaf een percentage; geef een fractie: {formatting.number(x, 1)}% schrijf je als {x / 100:g}.")
        if self.unit == "procent" and e != 0 and self._close(x * 100, e):
            return Feedback(False, f"Je gaf een fractie; deze vraag vraagt een percentage: {x:g} is {x * 100:g}%, typ dus {x * 100:g}.")
        if self.unit == "euro" and e != 0:
            for factor, word in ((1e6, "miljoenen"), (1e3, "duizenden")):
                if self._close(x * factor, e):
                    return Feedback(False, f"Het lijkt erop dat je in {word} euro's rekende; geef het hele bedrag in euro's.")
        if e != 0 and self._close(-x, e):
            return Feedback(False, "Het getal klopt, maar het teken niet: let op plus of min.")
        direction = "Te hoog" if x > e else "Te laag"
        if e != 0 and abs(x - e) <= 0.05 * abs(e):
            return Feedback(False, f"{direction}, maar je zit er dichtbij. Controleer je afronding en tussenstappen.")
        return Feedback(False, f"{direction}. Kijk je berekening nog eens na, of vraag een hint: `hint()`.")

    def _close(self, x: float, e: float) -> bool:
        return math.isclose(x, e, rel_tol=self.rel_tol, abs_tol=self.abs_tol)

    def _right(self, note: str = "") -> Feedback:
        text = "Goed!"
        if self.meaning:
            text += f" {self.meaning}"
        return Feedback(True, text + note)

    # -- help -----------------------------------------------------------------------------
    def hint(self) -> Feedback:
        """The next hint; after the last one, a pointer to ``oplossing()``."""
        if not self.hints:
            return Feedback(None, "Bij deze opgave is geen hint; bekijk eventueel de uitwerking met `oplossing()`.")
        if self._hints_shown >= len(self.hints):
            return Feedback(None, "Meer hints zijn er niet. Kom je er niet uit? Bekijk de uitwerking met `oplossing()`.")
        self._hints_shown += 1
        n, total = self._hints_shown, len(self.hints)
        return Feedback(None, f"Hint {n} van {total}: {self.hints[n - 1]}")

    def oplossing(self) -> Feedback:
        """The worked solution, with the answer and what it means for the sales manager."""
        answer = self.answer_text()
        text = f"**Uitwerking.** {self.solution}\n\n**Antwoord:** {answer}"
        if self.meaning:
            text += f"\n\n**Wat betekent dit voor de salesmanager?** {self.meaning}"
        return Feedback(None, text)

    def answer_text(self) -> str:
        e = self.expected
        if self.unit == "tekst":
            return e if isinstance(e, str) else " of ".join(e)
        formats = {
            "fractie": lambda v: f"{v:.4g} (= {formatting.percent(v, 1)})",
            "procent": lambda v: f"{formatting.number(v, 1)}%",
            "euro": lambda v: formatting.euro(v, 0 if abs(v) >= 100 else 2),
            "dagen": lambda v: f"{formatting.number(v, 1)} dagen",
        }
        return formats.get(self.unit, lambda v: formatting.number(v, 2 if v != int(v) else 0))(float(e))

    def _repr_markdown_(self) -> str:
        title = html.escape(self.title)
        return f"**{title}{'' if title.endswith(('.', '?', '!', ')')) else '.'}** {self.question}"

    def __repr__(self) -> str:
        # Only the title and the question: the stored text/plain output of a notebook must not
        # give away the hints, the answer or what it means (those come with hint()/oplossing()).
        return f"{self.title}. {self.question}" if not self.title.endswith(('.', '?', '!', ')')) else f"{self.title} {self.question}"


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


def exercises_in(namespace: dict) -> Iterable[tuple[str, Exercise]]:
    """The exercises defined in a module's namespace, in definition order (used by tests)."""
    return [(name, obj) for name, obj in namespace.items() if isinstance(obj, Exercise)]
