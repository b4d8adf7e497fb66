"""Self-check exercises in the style of Kaggle's learntools: ``check``, ``hint`` and ``oplossing``.

Three exercise types share one base, :class:`Exercise`:

- :class:`NumberExercise` — the answer is a number in a unit (euro, fractie, procent, aantal,
  dagen, getal), accepted within a tolerance; wrong answers hear their direction or the typical
  mistake they look like (a percentage for a fraction, thousands of euros, a sign).
- :class:`ChoiceExercise` — the answer is a text or one of a few options; after the right
  choice the student justifies it: picks the reasons that apply (each wrong pick explained), or
  compares with a model answer.
- :class:`FunctionExercise` — the student writes a few lines of Python; ``check(functie)`` runs
  it on normal and edge cases against a reference and names the first case that fails.

The expected answer is computed by the models from the case data, never typed in by hand, and
never shown before ``oplossing()``. A chapter's bank (``salesbook.exercise_bank.chNN``) builds
its exercises on first use (:func:`lazy`), so importing a bank reads no data, and lists them
explicitly in ``EXERCISES``.

>>> ex = NumberExercise("Voorbeeld", "Wat is 30% van 200 euro?", expected=60.0, unit="euro",
...                     hints=("Reken 0,3 × 200.",), solution="0,3 × 200 = 60.")
>>> ex.check(60).correct
True
>>> print(ex.check(70).message)
Te hoog. Kijk je berekening nog eens na, of vraag een hint: `hint()`.

``Exercise(...)`` called as before builds a :class:`NumberExercise`, or a
:class:`ChoiceExercise` with ``unit="tekst"``.
"""

from __future__ import annotations

import functools
import html
import inspect
import math
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import KW_ONLY, dataclass, field
from numbers import Real

from salesbook import formatting

NUMBER_UNITS = ("getal", "fractie", "procent", "euro", "aantal", "dagen")
UNITS = NUMBER_UNITS + ("tekst",)
_NO_ANSWER = "Je hebt nog geen antwoord ingevuld: vervang `None` door je antwoord en voer de cel opnieuw uit."


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


def _fold(text: object) -> str:
    """Compare texts without case, accents or surrounding spaces."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


def _ends_a_sentence(title: str) -> bool:
    return title.endswith((".", "?", "!", ")"))


# --- the base -----------------------------------------------------------------------------------

class Exercise:
    """What every exercise does: ``check``, ``hint``, ``oplossing`` and a two-line display.

    Subclasses hold the fields (``title``, ``question``, ``hints``, ``solution``, ``meaning``)
    and implement ``check`` and ``answer_text``. Calling ``Exercise(...)`` directly keeps the
    old one-class interface: it builds a :class:`NumberExercise`, or a :class:`ChoiceExercise`
    when ``unit="tekst"``.
    """

    def __new__(cls, *args, **kwargs):
        if cls is Exercise:
            cls = ChoiceExercise if kwargs.get("unit") == "tekst" else NumberExercise
        return super().__new__(cls)

    @property
    def exercise(self) -> Exercise:
        """The exercise itself (a :class:`LazyExercise` answers with the one it built)."""
        return self

    def check(self, *answer: object, **details: object) -> Feedback:
        raise NotImplementedError

    def answer_text(self) -> str:
        raise NotImplementedError

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
        text = f"**Uitwerking.** {self.solution}\n\n**Antwoord:** {self.answer_text()}"
        if self.meaning:
            text += f"\n\n**Wat betekent dit voor de salesmanager?** {self.meaning}"
        return Feedback(None, text)

    # -- display --------------------------------------------------------------------------
    def _repr_markdown_(self) -> str:
        title = html.escape(self.title)
        return f"**{title}{'' if _ends_a_sentence(title) else '.'}** {self.question}"

    def __repr__(self) -> str:
        # Only the title and the question: the stored text/plain output of a notebook must not
        # give away the hints, the answer or what it means (those come with hint()/oplossing()).
        return f"{self.title} {self.question}" if _ends_a_sentence(self.title) else f"{self.title}. {self.question}"


@dataclass(repr=False, eq=False)
class _Common:
    """The fields every exercise type has, in the order the old ``Exercise`` took them."""

    title: str
    question: str
    _: KW_ONLY
    hints: Sequence[str] = ()
    solution: str = ""
    meaning: str = ""
    _hints_shown: int = field(default=0, init=False)


def _one_answer(answer: tuple) -> tuple[object, Feedback | None]:
    """The single answer of ``check(*answer)``, or the feedback when there is none or more."""
    if len(answer) != 1:
        return None, Feedback(False, "Geef precies één antwoord, bijvoorbeeld `check(0.25)`.")
    value = answer[0]
    if value is None or value is Ellipsis:
        return None, Feedback(False, _NO_ANSWER)
    return value, None


# --- numbers ------------------------------------------------------------------------------------

@dataclass(repr=False, eq=False)
class NumberExercise(_Common, Exercise):
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


# --- a choice, with its justification --------------------------------------------------------------

@dataclass(frozen=True)
class Reason:
    """One statement a student may pick to justify a choice: does it apply, and why (not)."""

    text: str
    applies: bool
    feedback: str


_LETTERS = "abcdefghij"


@dataclass(repr=False, eq=False)
class ChoiceExercise(_Common, Exercise):
    """A text answer or one of a few ``options``, then the reasons for it.

    ``expected`` is the accepted text or a collection of accepted spellings (compared without
    case or accents). ``mistakes`` maps typical wrong answers to a message. After the right
    answer the student justifies it: with ``reasons``, by picking the letters of the reasons that
    apply, ``check("aligned", redenen="ac")``; without them, the feedback gives ``model_answer``
    to compare the student's own reasoning with.

    >>> ex = ChoiceExercise("Type", "Welk type?", expected="aligned", reasons=(
    ...     Reason("Er is een gezamenlijk jaarplan.", True, "Kenmerk van aligned."),
    ...     Reason("Ze delen hun KPI's.", False, "Dat staat er niet; het hoort bij integrated.")))
    >>> ex.check("aligned").correct
    True
    >>> print(ex.check("aligned", redenen="b").message)  # doctest: +ELLIPSIS
    Je keuze klopt, maar je redenen nog niet. (b) geldt niet: Dat staat er niet; het hoort bij integrated. ...
    """

    expected: str | Sequence[str] = field(kw_only=True)
    options: Sequence[str] = field(default=(), kw_only=True)
    reasons: Sequence[Reason] = field(default=(), kw_only=True)
    model_answer: str = field(default="", kw_only=True)
    mistakes: Sequence[tuple[str, str]] = field(default=(), kw_only=True)
    unit: str = field(default="tekst", kw_only=True)

    def __post_init__(self):
        if self.unit != "tekst":
            raise ValueError(f"a ChoiceExercise has unit 'tekst', got {self.unit!r}")
        if not self.accepted:
            raise ValueError("a choice exercise needs an expected answer")
        if len(self.reasons) > len(_LETTERS) or (self.reasons and not any(r.applies for r in self.reasons)):
            raise ValueError("reasons: at most ten, and at least one that applies")

    @property
    def accepted(self) -> list[str]:
        return [self.expected] if isinstance(self.expected, str) else list(self.expected)

    def check(self, *answer: object, redenen: object = None) -> Feedback:
        """Check the choice and, when given, the reasons (letters such as ``"ac"``)."""
        value, problem = _one_answer(answer)
        if problem:
            return problem
        folded = _fold(value)
        if folded not in {_fold(a) for a in self.accepted}:
            for wrong, message in self.mistakes:
                if folded == _fold(wrong):
                    return Feedback(False, message)
            if self.options and folded not in {_fold(o) for o in self.options}:
                return Feedback(False, f"Kies een van deze antwoorden: {', '.join(self.options)}.")
            return Feedback(False, "Dat is niet het antwoord dat we zoeken. Lees de vraag nog eens, of vraag een hint: `hint()`.")
        if not self.reasons:
            if self.model_answer:
                return self._right(f"\n\n**Vergelijk je eigen redenering met het modelantwoord:** {self.model_answer}")
            return self._right()
        if redenen is None:
            return Feedback(True, f"Goed gekozen! Nu het waarom: welke redenen gelden? {self.reason_list()} "
                                  f"Geef de letters van álle redenen die gelden mee, bijvoorbeeld "
                                  f"`check({str(value)!r}, redenen=\"ac\")`.")
        return self._check_reasons(redenen)

    def reason_list(self) -> str:
        return " ".join(f"({_LETTERS[i]}) {r.text}" for i, r in enumerate(self.reasons))

    def _check_reasons(self, redenen: object) -> Feedback:
        picked, problem = self._letters(redenen)
        if problem:
            return problem
        wrong = [i for i in picked if not self.reasons[i].applies]
        missing = [i for i, r in enumerate(self.reasons) if r.applies and i not in picked]
        if not wrong and not missing:
            return self._right(" Je keuze én je redenen kloppen.")
        parts = ["Je keuze klopt, maar je redenen nog niet."]
        parts += [f"({_LETTERS[i]}) geldt niet: {self.reasons[i].feedback}" for i in wrong]
        if missing:
            parts.append(f"Er {'geldt' if len(missing) == 1 else 'gelden'} nog {len(missing)} "
                         f"{'reden' if len(missing) == 1 else 'redenen'} die je niet koos; lees de beschrijving nog eens.")
        return Feedback(False, " ".join(parts))

    def _letters(self, redenen: object) -> tuple[set[int], Feedback | None]:
        if isinstance(redenen, str):
            items: Iterable[object] = [c for c in redenen.lower() if c.isalnum()]
        elif isinstance(redenen, Iterable):
            items = list(redenen)
        else:
            items = [redenen]
        allowed = _LETTERS[:len(self.reasons)]
        picked = set()
        for item in items:
            letter = str(item).strip().lower().strip("()")
            if letter not in allowed or not letter:
                return set(), Feedback(False, f"Geef de redenen als letters van a tot en met {allowed[-1]}, "
                                              f"bijvoorbeeld `redenen=\"ac\"` (je gaf {redenen!r}).")
            picked.add(allowed.index(letter))
        if not picked:
            return set(), Feedback(False, "Kies minstens één reden.")
        return picked, None

    def answer_text(self) -> str:
        text = " of ".join(self.accepted) if not isinstance(self.expected, str) else self.expected
        if self.reasons:
            applies = ", ".join(f"({_LETTERS[i]})" for i, r in enumerate(self.reasons) if r.applies)
            text += f"; de redenen die gelden: {applies}"
        if self.model_answer:
            text += f"\n\n**Modelantwoord:** {self.model_answer}"
        return text


# --- a function the student writes ----------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    """One call of the student's function: its arguments, and what makes the case special.

    With ``refused=True`` the function must stop with an error (any exception) instead of
    returning a number, because there is no sensible answer (e.g. price below variable cost).
    """

    args: tuple
    label: str = ""
    refused: bool = False


def _call_text(name: str, args: tuple) -> str:
    return f"{name}({', '.join(_plain(a) for a in args)})"


def _plain(value: object) -> str:
    if isinstance(value, float) and value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _shown(value: float) -> str:
    if value != 0 and abs(value) < 0.01:
        return f"{value:.3g}".replace(".", ",")
    return formatting.number(value, 2 if value != round(value) else 0)


@dataclass(repr=False, eq=False)
class FunctionExercise(_Common, Exercise):
    """The student writes a function ``name(*params)``; ``check(functie)`` runs it on ``cases``.

    Each case's expected value comes from ``reference`` (the package's model). The first case
    that fails is named with its inputs, the expected and the returned value; an error in the
    student's function is reported with its message, never as a traceback. ``mistakes`` pairs a
    typical wrong function with the message that names that mistake; it is recognised when the
    student's function agrees with it on every case that is not refused.

    >>> ex = FunctionExercise("Marge", "Schrijf marge(omzet, kosten).", function_name="marge",
    ...                       params=("omzet", "kosten"), reference=lambda o, k: o - k,
    ...                       cases=(Case((100, 60)), Case((50, 80), "verlies")))
    >>> def marge(omzet, kosten):
    ...     return omzet - kosten
    >>> ex.check(marge).correct
    True
    >>> print(ex.check(lambda omzet, kosten: abs(omzet - kosten)).message)
    Nog niet goed bij `marge(50, 80)` (verlies): verwacht -30, jouw functie gaf 30.
    """

    function_name: str = field(kw_only=True)
    params: Sequence[str] = field(kw_only=True)
    reference: Callable[..., float] = field(kw_only=True)
    cases: Sequence[Case] = field(kw_only=True)
    solution_code: str = field(default="", kw_only=True)
    mistakes: Sequence[tuple[Callable[..., float], str]] = field(default=(), kw_only=True)
    rel_tol: float = field(default=1e-6, kw_only=True)
    abs_tol: float = field(default=1e-9, kw_only=True)

    def __post_init__(self):
        if not self.cases:
            raise ValueError("a function exercise needs cases")
        for case in self.cases:
            if len(case.args) != len(self.params):
                raise ValueError(f"case {case.args} does not match the parameters {self.params}")
            if not case.refused:
                self.reference(*case.args)   # a case the reference refuses must say refused=True

    @property
    def signature(self) -> str:
        return f"{self.function_name}({', '.join(self.params)})"

    def check(self, *answer: object) -> Feedback:
        """Run the student's function on every case; the feedback names the first that fails."""
        func, problem = _one_answer(answer)
        if problem:
            return problem
        if not callable(func):
            return Feedback(False, f"Geef je functie zelf mee, zonder haakjes erachter: `check({self.function_name})` "
                                   f"(je gaf {func!r}).")
        try:
            inspect.signature(func).bind(*self.cases[0].args)
        except TypeError:
            return Feedback(False, f"Je functie moet {len(self.params)} parameters hebben, in deze volgorde: "
                                   f"`def {self.signature}:`.")
        except ValueError:   # no signature to inspect (a built-in): just call it
            pass
        results = {}
        for case in self.cases:
            problem = self._run(func, case, results)
            if problem:
                return self._mistake(results) or problem
        return self._right(f" Je functie geeft in alle {len(self.cases)} gevallen het goede antwoord.")

    def _run(self, func: Callable, case: Case, results: dict) -> Feedback | None:
        """Call the function on one case; record a number it returns; the feedback if it is wrong."""
        call = _call_text(self.function_name, case.args)
        about = f" ({case.label})" if case.label else ""
        try:
            got = func(*case.args)
        except Exception as error:   # the student's code: report it, never a traceback
            if case.refused:
                return None
            return Feedback(False, f"Bij `{call}`{about} stopte je functie met een fout: "
                                   f"{type(error).__name__}: {error}")
        if case.refused:
            return Feedback(False, f"Bij `{call}`{about} gaf je functie {got!r}, maar hier bestaat geen zinnig "
                                   "antwoord: laat je functie dan stoppen met een foutmelding, bijvoorbeeld "
                                   "`raise ValueError(\"...\")`.")
        if got is None:
            return Feedback(False, f"Bij `{call}`{about} gaf je functie niets terug (None). Vergeet `return` niet.")
        if isinstance(got, bool) or not isinstance(got, Real) or math.isnan(float(got)):
            return Feedback(False, f"Bij `{call}`{about} gaf je functie {got!r} terug; verwacht was een getal.")
        results[case.args] = float(got)
        expected = float(self.reference(*case.args))
        if not self._close(float(got), expected):
            # the remaining cases too, so that a typical mistake can be recognised on all of them
            for other in self.cases[self.cases.index(case) + 1:]:
                if not other.refused:
                    try:
                        results[other.args] = float(func(*other.args))
                    except Exception:
                        pass
            return Feedback(False, f"Nog niet goed bij `{call}`{about}: verwacht {_shown(expected)}, "
                                   f"jouw functie gaf {_shown(float(got))}.")
        return None

    def _mistake(self, results: dict) -> Feedback | None:
        """The message of a typical wrong function that gives what the student's function gave."""
        normal = [c.args for c in self.cases if not c.refused and c.args in results]
        if len(normal) < 2:
            return None
        for wrong, message in self.mistakes:
            try:
                if all(self._close(results[args], float(wrong(*args))) for args in normal):
                    return Feedback(False, message)
            except Exception:
                continue
        return None

    def _close(self, x: float, e: float) -> bool:
        return math.isclose(x, e, rel_tol=self.rel_tol, abs_tol=self.abs_tol)

    def answer_text(self) -> str:
        return f"\n\n```python\n{self.solution_code.strip()}\n```" if self.solution_code else self.signature


# --- built on first use ------------------------------------------------------------------------------

class LazyExercise(Exercise):
    """An exercise that is built by ``factory()`` the first time it is checked or shown.

    A bank module defines its exercises this way, so that importing it reads no data. Every
    attribute of the built exercise (``expected``, ``mistakes`` …) is reachable through it.
    """

    def __init__(self, factory: Callable[[], Exercise], name: str):
        self._factory = factory
        self.name = name

    @functools.cached_property
    def exercise(self) -> Exercise:
        try:
            built = self._factory()
        except AttributeError as error:   # would otherwise vanish into __getattr__
            raise RuntimeError(f"{self.name} could not be built: {error}") from error
        if not isinstance(built, Exercise) or isinstance(built, LazyExercise):
            raise TypeError(f"{self.name}: the factory must return an exercise, got {type(built).__name__}")
        return built

    def __getattr__(self, attr: str):
        if attr.startswith("__") or attr in ("_factory", "name"):
            raise AttributeError(attr)
        return getattr(self.exercise, attr)

    def check(self, *answer: object, **details: object) -> Feedback:
        return self.exercise.check(*answer, **details)

    def hint(self) -> Feedback:
        return self.exercise.hint()

    def oplossing(self) -> Feedback:
        return self.exercise.oplossing()

    def answer_text(self) -> str:
        return self.exercise.answer_text()

    def _repr_markdown_(self) -> str:
        return self.exercise._repr_markdown_()

    def __repr__(self) -> str:
        return repr(self.exercise)


def lazy(factory: Callable[[], Exercise], name: str | None = None) -> LazyExercise:
    """Wrap a function that builds an exercise; usable as a decorator (the name is the function's).

    >>> @lazy
    ... def opgave_voorbeeld():
    ...     return NumberExercise("Voorbeeld", "Hoeveel is 2 × 3?", expected=6)
    >>> opgave_voorbeeld.name, opgave_voorbeeld.check(6).correct
    ('opgave_voorbeeld', True)
    """
    return LazyExercise(factory, name or factory.__name__)


def lazy_from(builder: Callable[[], object], name: str) -> LazyExercise:
    """The exercise ``name`` among what ``builder()`` returns (a mapping or an object), built on first use."""

    def factory() -> Exercise:
        built = builder()
        return built[name] if isinstance(built, Mapping) else getattr(built, name)

    return LazyExercise(factory, name)


def exercises_in(namespace: dict) -> Iterable[tuple[str, Exercise]]:
    """The exercises bound to names in a namespace, in definition order.

    Kept for old callers; a bank's own list is its ``EXERCISES`` (see :mod:`salesbook.exercise_bank`).
    """
    return [(name, obj) for name, obj in namespace.items() if isinstance(obj, Exercise)]
