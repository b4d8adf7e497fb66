"""Multiple-choice quizzes: the question banks in ``data/quizzes/hNN.yaml`` and their scoring.

A bank is YAML (``hNN.yaml``; the same structure as JSON in ``hNN.json`` works too)::

    hoofdstuk: 1
    titel: Rol van de salesmanager in de organisatie
    vragen:
      - id: h01-01
        onderwerp: klantbehoeften-en-klantwaarden   # a topic of the book map (data/boek.yaml)
        niveau: toepassen            # onthouden | begrijpen | toepassen | analyseren
        vraag: Een klant ...
        opties:
          - tekst: 4,7%
            juist: true
            feedback: Goed: ...
          - tekst: 1%
            feedback: Je verwart ... (zie {boek:klantbehoeften-en-klantwaarden}).

Rules (checked by :func:`load_quiz`, a broken bank fails naming the question): a unique id,
a topic of the book map (``onderwerp``; the older ``paragraaf: "1.1"`` still loads, and
``tests/test_book_refs.py`` refuses a § the map does not confirm), 3 to 5 options with distinct texts, each with its own feedback, and
exactly one correct option.

The options are shown in a fixed shuffled order (seeded by the question id), so the correct
option is not always the first one in the bank. ``{boek:<key>}`` in any text becomes the topic's
book reference (:func:`salesbook.book.ref`). Scoring lives here, apart from the widget:
:class:`QuizSession` counts a question as correct only when the *first* answer was right.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from salesbook import book, yaml_text
from salesbook.errors import SalesbookError
from salesbook.paths import QUIZ_DIR

LEVELS = ("onthouden", "begrijpen", "toepassen", "analyseren")
MIN_OPTIONS, MAX_OPTIONS = 3, 5


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    id: str
    section: str
    level: str
    text: str
    options: tuple[Option, ...]
    topic: str | None = None

    @property
    def reference(self) -> str:
        """Where to read up in the book, as a student reads it."""
        return book.ref(self.topic) if self.topic else f"§ {self.section}"

    @property
    def _order(self) -> tuple:
        if self.topic:
            return book.topic(self.topic).order
        return (int(self.section.split(".")[0]), tuple(int(p) for p in self.section.split(".")), "")

    @property
    def correct_index(self) -> int:
        return next(i for i, o in enumerate(self.options) if o.correct)


def quiz_path(chapter: int) -> Path:
    """The bank of a chapter: ``hNN.yaml``, or ``hNN.json`` (JSON is valid YAML, one parser reads both)."""
    yaml_path = QUIZ_DIR / f"h{chapter:02d}.yaml"
    json_path = yaml_path.with_suffix(".json")
    return json_path if json_path.is_file() and not yaml_path.is_file() else yaml_path


def load_quiz(chapter: int) -> list[Question]:
    """The validated questions of a chapter's bank, options in display order.

    >>> questions = load_quiz(1)
    >>> len(questions) >= 12 and all(sum(o.correct for o in q.options) == 1 for q in questions)
    True
    """
    return list(_load_bank(chapter)[1])


def quiz_title(chapter: int) -> str:
    """The chapter title stored in the bank (``titel``).

    >>> quiz_title(1)
    'Rol van de salesmanager in de organisatie'
    """
    return _load_bank(chapter)[0]


def _load_bank(chapter: int) -> tuple[str, tuple[Question, ...]]:
    if isinstance(chapter, bool) or not isinstance(chapter, int) or not 1 <= chapter <= 14:
        raise SalesbookError(f"hoofdstuk moet een geheel getal van 1 tot en met 14 zijn (kreeg {chapter!r})")
    path = quiz_path(chapter)
    if not path.is_file():
        raise SalesbookError(f"voor hoofdstuk {chapter} is nog geen quiz ({path.name} ontbreekt)")
    return _load_cached(str(path), path.stat().st_mtime_ns, chapter)


@lru_cache(maxsize=32)
def _load_cached(path: str, _mtime: int, chapter: int) -> tuple[str, tuple[Question, ...]]:
    import yaml  # only needed when a quiz is loaded

    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    try:
        doc = yaml_text.safe_load(text)
    except yaml.YAMLError as exc:
        raise SalesbookError(_yaml_error(Path(path).name, text, exc)) from None
    questions = tuple(parse_bank(doc, chapter, Path(path).name))
    return str(doc.get("titel") or f"Hoofdstuk {chapter}"), questions


def _yaml_error(name: str, text: str, exc: Exception) -> str:
    """A Dutch message for a YAML syntax error: line, column and the question it is in."""
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return f"{name} is geen geldige YAML ({exc})"
    ids = re.findall(r"^\s*-?\s*id:\s*['\"]?([\w-]+)", "\n".join(text.splitlines()[: mark.line + 1]), flags=re.M)
    where = f", in of na vraag '{ids[-1]}'" if ids else ""
    problem = getattr(exc, "problem", "") or ""
    return (f"{name} is geen geldige YAML: regel {mark.line + 1}, kolom {mark.column + 1}{where} ({problem}). "
            "Tip: zet tekst met een dubbele punt tussen aanhalingstekens.")


def parse_bank(doc: object, chapter: int, source: str = "quiz") -> list[Question]:
    """Validate a parsed bank and build its questions (options shuffled per question id)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("vragen"), list):
        raise SalesbookError(f"{source}: verwacht een sleutel 'vragen' met een lijst vragen")
    if doc.get("hoofdstuk") != chapter:
        raise SalesbookError(f"{source}: 'hoofdstuk' moet {chapter} zijn (kreeg {doc.get('hoofdstuk')!r})")
    questions, seen = [], set()
    for n, raw in enumerate(doc["vragen"], start=1):
        q = _parse_question(raw, chapter, f"{source}, vraag {n}")
        if q.id in seen:
            raise SalesbookError(f"{source}: vraag-id '{q.id}' komt twee keer voor")
        seen.add(q.id)
        questions.append(q)
    return questions


def _parse_question(raw: object, chapter: int, where: str) -> Question:
    if not isinstance(raw, dict):
        raise SalesbookError(f"{where}: een vraag moet velden hebben (id, paragraaf, niveau, vraag, opties)")
    qid = str(raw.get("id") or "").strip()
    if not qid:
        raise SalesbookError(f"{where}: de vraag heeft geen id")
    where = f"{where.split(',')[0]}, vraag '{qid}'"
    if not re.fullmatch(rf"h{chapter:02d}-\d+", qid):
        raise SalesbookError(f"{where}: het id moet de vorm 'h{chapter:02d}-NN' hebben (hoofdstuk {chapter})")
    topic_key = raw.get("onderwerp")
    if topic_key is not None:
        try:
            found = book.topic(str(topic_key).strip())
        except SalesbookError as exc:
            raise SalesbookError(f"{where}: {exc}") from None
        topic_key, section = found.key, found.section or ""
    else:
        section = str(raw.get("paragraaf") or "").strip()
        if not re.fullmatch(rf"{chapter}(\.\d+)+", section):
            raise SalesbookError(f"{where}: geef 'onderwerp' (een onderwerp uit data/boek.yaml) of 'paragraaf', "
                                 f"een § van hoofdstuk {chapter} (kreeg '{section}')")
    level = raw.get("niveau")
    if level not in LEVELS:
        raise SalesbookError(f"{where}: 'niveau' moet een van {', '.join(LEVELS)} zijn (kreeg {level!r})")
    text = _expand(str(raw.get("vraag") or "").strip(), where)
    if not text:
        raise SalesbookError(f"{where}: de vraagtekst ontbreekt")
    raw_options = raw.get("opties")
    if not isinstance(raw_options, list) or not MIN_OPTIONS <= len(raw_options) <= MAX_OPTIONS:
        count = len(raw_options) if isinstance(raw_options, list) else 0
        raise SalesbookError(f"{where}: een vraag heeft {MIN_OPTIONS} tot {MAX_OPTIONS} opties (kreeg {count})")
    options = []
    for i, opt in enumerate(raw_options, start=1):
        if not isinstance(opt, dict):
            raise SalesbookError(f"{where}, optie {i}: verwacht 'tekst' en 'feedback'")
        otext = _expand(str(opt.get("tekst") or "").strip(), where)
        feedback = _expand(str(opt.get("feedback") or "").strip(), where)
        correct = opt.get("juist", False)
        if not otext:
            raise SalesbookError(f"{where}, optie {i}: de tekst ontbreekt")
        if not feedback:
            raise SalesbookError(f"{where}, optie {i}: de feedback ontbreekt; elke optie krijgt eigen feedback")
        if correct not in (True, False):
            raise SalesbookError(f"{where}, optie {i}: 'juist' moet true of false zijn (kreeg {correct!r})")
        options.append(Option(otext, bool(correct), feedback))
    if len({o.text for o in options}) != len(options):
        raise SalesbookError(f"{where}: twee opties hebben dezelfde tekst")
    if len({o.feedback for o in options}) != len(options):
        raise SalesbookError(f"{where}: twee opties hebben dezelfde feedback; leg per optie de eigen fout uit")
    n_correct = sum(o.correct for o in options)
    if n_correct != 1:
        raise SalesbookError(f"{where}: precies één optie moet juist zijn (kreeg {n_correct})")
    rng = random.Random(zlib.crc32(qid.encode("utf-8")))
    rng.shuffle(options)
    return Question(qid, section, level, text, tuple(options), topic_key)


def _expand(text: str, where: str) -> str:
    try:
        return book.expand(text)
    except SalesbookError as exc:
        raise SalesbookError(f"{where}: {exc}") from None


@dataclass
class Answer:
    correct: bool
    feedback: str
    first_try: bool


@dataclass
class QuizSession:
    """The state of one student's attempt: answers given and the score (first tries count)."""

    questions: list[Question]
    title: str = ""
    first_answers: dict[str, bool] = field(default_factory=dict)

    def answer(self, question_id: str, option_index: int) -> Answer:
        q = next((q for q in self.questions if q.id == question_id), None)
        if q is None:
            raise SalesbookError(f"onbekende vraag '{question_id}'")
        if isinstance(option_index, bool) or not isinstance(option_index, int) or not 0 <= option_index < len(q.options):
            raise SalesbookError(f"kies een optie van 1 tot en met {len(q.options)} (kreeg {option_index!r})")
        option = q.options[option_index]
        first = question_id not in self.first_answers
        if first:
            self.first_answers[question_id] = option.correct
        return Answer(option.correct, option.feedback, first)

    @property
    def score(self) -> int:
        return sum(self.first_answers.values())

    @property
    def answered(self) -> int:
        return len(self.first_answers)

    def sections_to_reread(self) -> list[str]:
        """Where to read up for the questions whose first answer was wrong: book references
        (from the book map), once each, in book order."""
        wrong = {q.reference: q._order for q in self.questions if self.first_answers.get(q.id) is False}
        return sorted(wrong, key=wrong.get)

    def summary(self) -> str:
        total = len(self.questions)
        text = f"Score: {self.score} van {total} goed in één keer ({self.answered} van {total} beantwoord)."
        if self.answered == total:
            share = self.score / total
            if share >= 0.8:
                text += " Uitstekend: je beheerst deze stof."
            elif share >= 0.55:
                text += " Voldoende; lees de paragrafen van je foute antwoorden nog eens na."
            else:
                text += " Nog niet voldoende: herlees het hoofdstuk en probeer het opnieuw (knop 'Opnieuw')."
        reread = self.sections_to_reread()
        if reread:
            text += " Lees nog eens: " + "; ".join(reread) + "."
        return text

    def reset(self) -> None:
        self.first_answers.clear()
