"""Ladder diagnostics: at which stage of a growth model is an organisation?

Chapter 1 has two such ladders: Kotler's four relations between Marketing and Sales
(§ 1.1.1: undefined → defined → aligned → integrated) and the transition from an internally
oriented to a customer-oriented organisation (§ 1.4, figuur 1.6: interngericht → klantbewust →
klantinzicht → klantgericht). Both are answered with statements; the engine is generic.

The ladders' texts (stage names, statements, characteristics, advice) are content and live in
:mod:`salesbook.ladders`; this module only computes, and returns a :class:`Diagnosis` of keys,
scores and flags. The sentences a student reads are written by
:mod:`salesbook.widgets.diagnostics` (``diagnosis_markdown`` and friends).

The rule (:func:`diagnose`):

* every statement is answered with ja/nee (True/False) or with agreement on a 1–5 scale
  (1 = helemaal oneens … 5 = helemaal eens); ja counts as 1, nee as 0, and a score a as
  (a − 1) / 4, so 1 → 0, 3 → 0.5 and 5 → 1;
* a stage's score is the mean over its statements; a stage is *met* when that score is at
  least ``threshold`` (default 0.6: "grotendeels herkend");
* the organisation is at the highest stage that is met *together with all stages below it*.
  The statements are written cumulatively (an integrated organisation also recognises the
  statements of aligned and defined), so a stage cannot be skipped. The lowest stage is the
  starting point: an organisation is always at least there, even when its basic statements
  are not met (``floor_met`` is then False).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from salesbook import validation
from salesbook.errors import SalesbookError
from salesbook.ladders import KOTLER_RELATIONS, TRANSITION_PHASES, Ladder, Stage, Statement  # noqa: F401

DEFAULT_THRESHOLD = 0.6
SCALE_MIN, SCALE_MAX = 1, 5
YES, NO = ("ja", "j", "yes", "y", "waar"), ("nee", "n", "no", "onwaar")
_EPS = 1e-9


@dataclass(frozen=True)
class Diagnosis:
    """Where an organisation stands on a ladder: keys, scores and flags; no sentences.

    * ``stage``, ``index``: the reached stage's key and its place (0 = the lowest stage);
    * ``threshold``: the score a stage needs to count as met;
    * ``stage_scores``: per stage key the mean agreement with its statements (0 … 1);
    * ``stage_met``: per stage key whether that score reaches the threshold;
    * ``floor_met``: whether the lowest stage's own statements are met (the organisation is
      placed there anyway);
    * ``next_stage``: the key of the stage above the reached one (None on the top stage);
    * ``skipped``: keys of the stages above ``next_stage`` that are met although
      ``next_stage`` is not (a stage cannot be skipped, so they do not count);
    * ``ladder``: the ladder's content (names, statements, advice) for a view to render.

    In a notebook a Diagnosis shows itself through the widget layer's
    :func:`salesbook.widgets.diagnostics.diagnosis_markdown`.
    """

    ladder: Ladder = field(repr=False)
    stage: str
    index: int
    threshold: float
    stage_scores: dict[str, float]
    stage_met: dict[str, bool]
    floor_met: bool
    next_stage: str | None
    skipped: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The reached stage's name as the ladder spells it (e.g. 'Aligned')."""
        return self.ladder.stages[self.index].name

    def _repr_markdown_(self) -> str:
        # lazy on purpose: the words live in the widget layer, and a model import never loads it
        from salesbook.widgets.diagnostics import diagnosis_markdown

        return diagnosis_markdown(self)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().strip().lower()


def answer_value(answer: object, name: str) -> float:
    """An answer as a degree of agreement between 0 and 1.

        ja / True → 1;  nee / False → 0;  score a op 1–5 → (a − 1) / 4

    Source: the pack's own helper for the ladder diagnostics of H1.

    >>> answer_value("ja", "stelling 1"), answer_value(4, "stelling 2"), answer_value(False, "stelling 3")
    (1.0, 0.75, 0.0)
    >>> answer_value(7, "stelling 'aligned_1'")
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: antwoord bij stelling 'aligned_1' moet ja/nee (True/False) of een geheel getal van 1 (helemaal oneens) tot en met 5 (helemaal eens) zijn (kreeg 7)
    """
    if isinstance(answer, bool):
        return 1.0 if answer else 0.0
    if isinstance(answer, str):
        folded = _fold(answer)
        if folded in YES:
            return 1.0
        if folded in NO:
            return 0.0
        if folded.isdigit():
            answer = int(folded)
    answer = validation._plain(answer)
    allowed = (f"antwoord bij {name} moet ja/nee (True/False) of een geheel getal van {SCALE_MIN} "
               f"(helemaal oneens) tot en met {SCALE_MAX} (helemaal eens) zijn (kreeg {validation._show(answer)})")
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        raise SalesbookError(allowed)
    if not math.isfinite(answer) or answer != int(answer) or not SCALE_MIN <= answer <= SCALE_MAX:
        raise SalesbookError(allowed)
    return (int(answer) - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)


def _check_answers(ladder: Ladder, answers: object) -> dict[str, float]:
    if not isinstance(answers, Mapping):
        raise SalesbookError(
            f"antwoorden moet een woordenboek (dict) zijn van stelling naar antwoord, bijvoorbeeld "
            f"{{'{ladder.statement_ids()[0]}': 4, ...}} (kreeg {validation._show(answers)})"
        )
    ids = ladder.statement_ids()
    unknown = [k for k in answers if k not in ids]
    if unknown:
        raise SalesbookError(
            f"antwoorden bevat een onbekende stelling: {', '.join(validation._show(k) for k in unknown)}; "
            f"de stellingen heten {ids[0]} … {ids[-1]}"
        )
    missing = [k for k in ids if answers.get(k) is None]
    if missing:
        raise SalesbookError(
            f"antwoord ontbreekt bij stelling {', '.join(missing)}: geef bij elke stelling ja/nee "
            f"of een score van {SCALE_MIN} tot en met {SCALE_MAX}"
        )
    return {k: answer_value(answers[k], f"stelling '{k}'") for k in ids}


def diagnose(ladder: Ladder, answers: Mapping[str, object], threshold: float = DEFAULT_THRESHOLD) -> Diagnosis:
    """Place an organisation on a ladder from its answers to the statements.

        stagescore = gemiddelde over de stellingen van (ja → 1, nee → 0, score a → (a − 1)/4)
        bereikt    = hoogste trede waarvoor die trede én alle lagere een stagescore ≥ drempel hebben
                     (de laagste trede is altijd het minimum)
        overgeslagen = treden boven de eerstvolgende die wel bereikt zijn, terwijl die eerstvolgende
                       het niet is

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 (diagnoseladders: marketing–sales en
      transitiefase).

    >>> answers = dict.fromkeys(KOTLER_RELATIONS.statement_ids(), "ja") | {"integrated_1": "nee", "integrated_2": "nee"}
    >>> result = diagnose(KOTLER_RELATIONS, answers)
    >>> result.stage, result.index, result.next_stage, round(result.stage_scores["integrated"], 3)
    ('aligned', 2, 'integrated', 0.333)
    """
    if not isinstance(ladder, Ladder):
        raise SalesbookError(f"ladder moet een Ladder zijn, zoals KOTLER_RELATIONS (kreeg {validation._show(ladder)})")
    limit = validation.fraction(threshold, "drempel", allow_zero=False)
    values = _check_answers(ladder, answers)
    scores = {st.key: sum(values[s.id] for s in st.statements) / len(st.statements) for st in ladder.stages}
    met = {key: score >= limit - _EPS for key, score in scores.items()}

    index = 0
    for i, stage in enumerate(ladder.stages):
        if not met[stage.key]:
            break
        index = i
    above = ladder.stages[index + 1:]
    return Diagnosis(
        ladder=ladder,
        stage=ladder.stages[index].key,
        index=index,
        threshold=limit,
        stage_scores=scores,
        stage_met=met,
        floor_met=met[ladder.stages[0].key],
        next_stage=above[0].key if above else None,
        skipped=tuple(s.key for s in above[1:] if met[s.key]),
    )


def classify_relation(answers: Mapping[str, object], threshold: float = DEFAULT_THRESHOLD) -> Diagnosis:
    """Kotler's relation type between Marketing and Sales (§ 1.1.1).

    The rule of :func:`diagnose` on :data:`KOTLER_RELATIONS`. Statement ids: ``undefined_1`` …
    ``integrated_3``; the advice toward the next type is in the ladder
    (``KOTLER_RELATIONS.stage(result.stage).advice``).

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 (relatie marketing en sales); Kotler, Rackham &
      Krishnaswamy, 'Ending the War Between Sales and Marketing', HBR (2006).

    >>> answers = dict.fromkeys(KOTLER_RELATIONS.statement_ids(), 2)
    >>> answers |= {"undefined_1": 5, "undefined_2": 4, "defined_1": 4, "defined_2": 4, "defined_3": 3}
    >>> result = classify_relation(answers)      # defined: (0.75 + 0.75 + 0.5) / 3 = 0.667 ≥ 0.6
    >>> result.stage, result.name, result.next_stage
    ('defined', 'Defined', 'aligned')
    """
    return diagnose(KOTLER_RELATIONS, answers, threshold)


def classify_transition(answers: Mapping[str, object], threshold: float = DEFAULT_THRESHOLD) -> Diagnosis:
    """The phase of the transition from internally oriented to customer oriented (§ 1.4, figuur 1.6).

    The rule of :func:`diagnose` on :data:`TRANSITION_PHASES`. Statement ids:
    ``interngericht_1`` … ``klantgericht_3``. The ladder holds each phase's 'wat te doen?' and,
    for every phase below klantgericht, how to bring people along (``general_advice``: first
    the motivated koplopers, then the large middle group, the opponents last).

    Source: Rustenburg & Steenbeek, Salesmanagement, H1 (de transitiefase van de salesorganisatie).

    >>> answers = dict.fromkeys(TRANSITION_PHASES.statement_ids(), "nee")
    >>> answers |= {"interngericht_1": "ja", "interngericht_2": "ja", "klantbewust_1": "ja", "klantbewust_2": "ja"}
    >>> result = classify_transition(answers)    # klantbewust: 2 of 3 → 0.667 ≥ 0.6
    >>> result.stage, result.index, result.floor_met
    ('klantbewust', 1, True)
    """
    return diagnose(TRANSITION_PHASES, answers, threshold)
