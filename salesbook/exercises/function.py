"""An exercise in which the student writes a function, checked on cases against a reference."""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from numbers import Real

from salesbook import formatting
from salesbook.exercises.base import Exercise, Feedback, _Common, _one_answer


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
