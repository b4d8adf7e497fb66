"""Ladder diagnostics as widgets: Kotler's Marketing–Sales relation (§ 1.1.1) and the transition
from internally oriented to customer oriented (§ 1.4).

The views take every answer as an argument named after its statement (``undefined_1`` …,
``interngericht_1`` …) plus the threshold, so tests can call them over a grid of answers;
the builders only create the controls. The classification lives in :mod:`salesbook.diagnostics`
(keys and scores), the ladders' texts in :mod:`salesbook.ladders`; the sentences around them are
written here (``diagnosis_explanation``, ``diagnosis_notes``, ``diagnosis_advice``,
``diagnosis_markdown``), also for a Diagnosis displayed in a notebook cell.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import ipywidgets as w

from salesbook import charts, formatting, validation
from salesbook.diagnostics import DEFAULT_THRESHOLD, Diagnosis, classify_relation, classify_transition
from salesbook.ladders import KOTLER_RELATIONS, TRANSITION_PHASES, Ladder
from salesbook.widgets import common

RELATION_INTRO = ("Geef bij elke stelling aan in hoeverre die klopt voor de samenwerking tussen Marketing en "
                  "Verkoop in jouw organisatie; je ziet dan welk van Kotlers vier relatietypen past en wat de "
                  "volgende stap is.")
TRANSITION_INTRO = ("Geef bij elke stelling aan in hoeverre die klopt voor jouw (verkoop)organisatie; je ziet dan "
                    "in welke fase van interngericht naar klantgericht jullie zitten en wat je nu kunt doen.")
SCALES = ("1-5", "ja/nee")
AGREEMENT = ("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens")


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _names(names: list[str]) -> str:
    """'A', 'A en B', 'A, B en C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def diagnosis_explanation(result: Diagnosis) -> str:
    """What the reached stage means, and why: which stages are recognised and how far the next is off."""
    ladder = result.ladder
    stage = ladder.stages[result.index]
    if not result.floor_met:
        return stage.summary
    reached = [s.name for s in ladder.stages[: result.index + 1]]
    why = f"Je herkent de stellingen van {_names(reached)} grotendeels"
    if result.next_stage is not None:
        following = ladder.stage(result.next_stage)
        why += (f", die van {following.name} nog niet ({formatting.percent(result.stage_scores[following.key], 0)} "
                f"tegen een drempel van {formatting.percent(result.threshold, 0)})")
    return f"{stage.summary} {why}."


def diagnosis_notes(result: Diagnosis) -> tuple[str, ...]:
    """Warnings: the floor stage itself is not recognised; or stages higher up are, past a gap."""
    ladder = result.ladder
    notes = []
    if not result.floor_met:
        floor = ladder.stages[0]
        notes.append(ladder.floor_note or f"Ook de basisstellingen van {floor.name} herken je grotendeels niet.")
    if result.skipped and result.next_stage is not None:
        following = ladder.stage(result.next_stage).name
        notes.append(
            f"Je herkent ook veel van {_names([ladder.stage(k).name for k in result.skipped])}, maar {following} "
            f"is nog niet op orde. Een trede overslaan lukt zelden: werk eerst aan {following}."
        )
    return tuple(notes)


def diagnosis_advice(result: Diagnosis) -> tuple[str, ...]:
    """What to do now: the reached stage's advice, and below the top the ladder's general advice."""
    ladder = result.ladder
    general = ladder.general_advice if result.next_stage is not None else ()
    return ladder.stages[result.index].advice + general


def advice_heading(result: Diagnosis) -> str:
    """The heading above the advice: the step toward the next stage, or how to stay on top."""
    if result.ladder.key == TRANSITION_PHASES.key:
        return "Wat te doen?"
    if result.next_stage is None:
        return f"Zo houd je {result.name} vast"
    return f"Volgende stap: op weg naar {result.ladder.stage(result.next_stage).name}"


def diagnosis_markdown(result: Diagnosis) -> str:
    """A diagnosis as a notebook shows it: the stage, what it means, what to do now, and any warnings.

    A :class:`~salesbook.diagnostics.Diagnosis` displayed in a notebook cell renders through here.
    """
    lines = [f"**{_esc(result.name)}.** {_esc(diagnosis_explanation(result))}", "", "**Wat nu?**", ""]
    lines += [f"- {_esc(a)}" for a in diagnosis_advice(result)]
    lines += [f"\n*Let op:* {_esc(n)}" for n in diagnosis_notes(result)]
    return "\n".join(lines)


def _diagnosis_view(ladder: Ladder, classify: Callable[..., Diagnosis], threshold: float,
                    answers: dict[str, Any]) -> list[Any]:
    result = classify(answers, threshold)
    stage = ladder.stages[result.index]
    text = [f"### {ladder.stage_word.capitalize()}: {_esc(stage.name)}",
            _esc(diagnosis_explanation(result)),
            "**Kenmerken**", *(f"- {_esc(c)}" for c in stage.characteristics)]
    figure = charts.ladder_chart([s.name for s in ladder.stages], result.index,
                                 scores=[result.stage_scores[s.key] for s in ladder.stages], title=ladder.title)
    advice = [f"**{_esc(advice_heading(result))}**", *(f"- {_esc(a)}" for a in diagnosis_advice(result))]
    items: list[Any] = [common.md("\n\n".join(text[:3]) + "\n\n" + "\n".join(text[3:])), figure,
                        common.md("\n".join(advice))]
    notes = diagnosis_notes(result)
    if notes:
        items.append(common.md("\n\n".join(f"**Let op:** {_esc(n)}" for n in notes)))
    items.append(common.md(f"<small>Een trede telt als bereikt als de stellingen gemiddeld voor minstens "
                           f"{formatting.percent(result.threshold, 0)} herkend worden (ja = 100%, nee = 0%; op de "
                           f"schaal 1–5: 1 = 0%, 3 = 50%, 5 = 100%), en alle lagere treden ook.</small>"))
    return items


def relation_view(*, threshold: float = DEFAULT_THRESHOLD, **answers: Any) -> list[Any]:
    """Kotler's relation type for one set of answers: explanation, ladder chart and next step."""
    return _diagnosis_view(KOTLER_RELATIONS, classify_relation, threshold, answers)


def transition_view(*, threshold: float = DEFAULT_THRESHOLD, **answers: Any) -> list[Any]:
    """The transition phase for one set of answers: characteristics, ladder chart and 'wat te doen?'."""
    return _diagnosis_view(TRANSITION_PHASES, classify_transition, threshold, answers)


def _answer_control(scale: str) -> w.ToggleButtons:
    if scale == "ja/nee":
        return w.ToggleButtons(options=[("ja", True), ("nee", False)], value=False,
                               style={"button_width": "48px"})
    return w.ToggleButtons(options=[(str(i), i) for i in range(1, 6)], value=3, tooltips=list(AGREEMENT),
                           style={"button_width": "36px"})


def _ladder_widget(ladder: Ladder, view: Callable[..., list[Any]], intro: str, scale: str) -> w.Box:
    validation.choice(scale, "schaal", SCALES)
    controls: dict[str, w.ValueWidget] = {s.id: _answer_control(scale) for s in ladder.statements()}
    controls["threshold"] = common.slider("Drempel 'grotendeels herkend'", DEFAULT_THRESHOLD, 0.5, 0.9, 0.05,
                                          percent=True)
    legend = ("Kies <b>ja</b> of <b>nee</b>." if scale == "ja/nee" else
              "1 = helemaal oneens, 2 = oneens, 3 = neutraal, 4 = eens, 5 = helemaal eens.")
    rows: list[w.Widget] = [w.HTML(f"<p>{html.escape(intro, quote=False)}</p><p><small>{legend}</small></p>")]
    for stage in ladder.stages:
        rows.append(w.HTML(f"<b>{_esc(stage.name)}</b>"))
        for statement in stage.statements:
            rows.append(w.HBox([controls[statement.id],
                                w.HTML(_esc(statement.text), layout=w.Layout(width="560px"))]))
    rows.append(controls["threshold"])
    return common.live(view, controls, arrange=lambda _controls, out: [*rows, out])


def relation_widget(scale: str = "1-5") -> w.Box:
    """Kotler's relation diagnostic, ready to display: ``relation_widget()`` or ``relation_widget("ja/nee")``."""
    return _ladder_widget(KOTLER_RELATIONS, relation_view, RELATION_INTRO, scale)


def transition_widget(scale: str = "1-5") -> w.Box:
    """The transition-phase diagnostic, ready to display: ``transition_widget()`` or ``transition_widget("ja/nee")``."""
    return _ladder_widget(TRANSITION_PHASES, transition_view, TRANSITION_INTRO, scale)
