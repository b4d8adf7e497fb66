"""An exercise whose answer is a text or one of a few options, then the reasons for it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from salesbook.exercises.base import Exercise, Feedback, _Common, _fold, _one_answer


@dataclass(frozen=True)
class Reason:
    """One statement a student may pick to justify a choice: does it apply, and why (not)."""

    text: str
    applies: bool
    feedback: str


_LETTERS = "abcdefghij"


@dataclass(repr=False, eq=False)
class ChoiceExercise(_Common, Exercise, old_style="tekst"):
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
