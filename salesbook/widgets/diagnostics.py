"""Ladder diagnostics as widgets: Kotler's Marketing–Sales relation (§ 1.1.1) and the transition
from internally oriented to customer oriented (§ 1.4).

The views take every answer as an argument named after its statement (``undefined_1`` …,
``interngericht_1`` …) plus the threshold, so tests can call them over a grid of answers;
the builders only create the controls. The classification lives in :mod:`salesbook.diagnostics`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import ipywidgets as w

from salesbook import charts, formatting, validation
from salesbook.diagnostics import (
    DEFAULT_THRESHOLD,
    KOTLER_RELATIONS,
    TRANSITION_PHASES,
    Diagnosis,
    Ladder,
    classify_relation,
    classify_transition,
)
from salesbook.widgets import common

RELATION_INTRO = ("Geef bij elke stelling aan in hoeverre die klopt voor de samenwerking tussen Marketing en "
                  "Verkoop in jouw organisatie; je ziet dan welk van Kotlers vier relatietypen past en wat de "
                  "volgende stap is.")
TRANSITION_INTRO = ("Geef bij elke stelling aan in hoeverre die klopt voor jouw (verkoop)organisatie; je ziet dan "
                    "in welke fase van interngericht naar klantgericht jullie zitten en wat je nu kunt doen.")
SCALES = ("1-5", "ja/nee")
AGREEMENT = ("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens")


def _advice_heading(ladder: Ladder, result: Diagnosis) -> str:
    last = result.index == len(ladder.stages) - 1
    if ladder is TRANSITION_PHASES:
        return "Wat te doen?"
    if last:
        return f"Zo houd je {result.name} vast"
    return f"Volgende stap: op weg naar {ladder.stages[result.index + 1].name}"


def _diagnosis_view(ladder: Ladder, classify: Callable[..., Diagnosis], threshold: float,
                    answers: dict[str, Any]) -> list[Any]:
    result = classify(answers, threshold)
    text = [f"### {ladder.stage_word.capitalize()}: {html.escape(result.name, quote=False)}",
            html.escape(result.explanation, quote=False),
            "**Kenmerken**", *(f"- {html.escape(c, quote=False)}" for c in result.characteristics)]
    figure = charts.ladder_chart([s.name for s in ladder.stages], result.index,
                                 scores=[result.stage_scores[s.key] for s in ladder.stages], title=ladder.title)
    advice = [f"**{_advice_heading(ladder, result)}**", *(f"- {html.escape(a, quote=False)}" for a in result.advice)]
    items: list[Any] = [common.md("\n\n".join(text[:3]) + "\n\n" + "\n".join(text[3:])), figure,
                        common.md("\n".join(advice))]
    if result.notes:
        items.append(common.md("\n\n".join(f"**Let op:** {html.escape(n, quote=False)}" for n in result.notes)))
    items.append(common.md(f"<small>Een trede telt als bereikt als de stellingen gemiddeld voor minstens "
                           f"{formatting.percent(threshold, 0)} herkend worden (ja = 100%, nee = 0%; op de schaal "
                           f"1–5: 1 = 0%, 3 = 50%, 5 = 100%), en alle lagere treden ook.</small>"))
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
        rows.append(w.HTML(f"<b>{html.escape(stage.name, quote=False)}</b>"))
        for statement in stage.statements:
            rows.append(w.HBox([controls[statement.id],
                                w.HTML(html.escape(statement.text, quote=False), layout=w.Layout(width="560px"))]))
    rows.append(controls["threshold"])
    return common.live(view, controls, arrange=lambda _controls, out: [*rows, out])


def relation_widget(scale: str = "1-5") -> w.Box:
    """Kotler's relation diagnostic, ready to display: ``relation_widget()`` or ``relation_widget("ja/nee")``."""
    return _ladder_widget(KOTLER_RELATIONS, relation_view, RELATION_INTRO, scale)


def transition_widget(scale: str = "1-5") -> w.Box:
    """The transition-phase diagnostic, ready to display: ``transition_widget()`` or ``transition_widget("ja/nee")``."""
    return _ladder_widget(TRANSITION_PHASES, transition_view, TRANSITION_INTRO, scale)
