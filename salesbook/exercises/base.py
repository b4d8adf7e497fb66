"""What every exercise shares: :class:`Feedback`, the base :class:`Exercise` (``hint``,
``oplossing``, the two-line display) and the common fields; the units an exercise may ask for.

The exercise types live in :mod:`~salesbook.exercises.number`, :mod:`~salesbook.exercises.choice`
and :mod:`~salesbook.exercises.function`; building on first use in :mod:`~salesbook.exercises.lazy`.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from dataclasses import KW_ONLY, dataclass, field

from salesbook.formatting import one_equation_per_line

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
        return f"{icon} {one_equation_per_line(self.message)}"


def _fold(text: object) -> str:
    """Compare texts without case, accents or surrounding spaces."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


def _ends_a_sentence(title: str) -> bool:
    return title.endswith((".", "?", "!", ")"))


class Exercise:
    """What every exercise does: ``check``, ``hint``, ``oplossing`` and a two-line display.

    Subclasses hold the fields (``title``, ``question``, ``hints``, ``solution``, ``meaning``)
    and implement ``check`` and ``answer_text``. Calling ``Exercise(...)`` directly keeps the
    old one-class interface: it builds a :class:`NumberExercise`, or a :class:`ChoiceExercise`
    when ``unit="tekst"``.
    """

    #: The types ``Exercise(...)`` builds: for ``unit="tekst"`` and for every other unit. Each
    #: registers itself with its class keyword ``old_style`` (see :meth:`__init_subclass__`).
    _old_style: dict[str, type[Exercise]] = {}

    def __init_subclass__(cls, *, old_style: str | None = None, **kwargs):
        super().__init_subclass__(**kwargs)
        if old_style is not None:
            Exercise._old_style[old_style] = cls

    def __new__(cls, *args, **kwargs):
        if cls is Exercise:
            cls = Exercise._old_style["tekst" if kwargs.get("unit") == "tekst" else "getal"]
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
        return f"**{title}{'' if _ends_a_sentence(title) else '.'}** {one_equation_per_line(self.question)}"

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
