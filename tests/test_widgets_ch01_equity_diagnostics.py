"""Widgets of chapter 1: customer equity and the two ladder diagnostics.

The views are driven over a grid of values in plain pytest (no browser, no kernel): valid input
gives a figure and text and no error box; invalid input gives only the Dutch error box. The
builders are built, and changing a control redraws the output.
"""

import html
import itertools

import ipywidgets as w
import pytest
from IPython.display import HTML, Markdown
from matplotlib.figure import Figure

from salesbook.diagnostics import classify_relation, classify_transition
from salesbook.equity import ASPECTS
from salesbook.errors import SalesbookError
from salesbook.ladders import KOTLER_RELATIONS, TRANSITION_PHASES
from salesbook.widgets import common
from salesbook.widgets import diagnostics as wd
from salesbook.widgets import equity as we
from tests.checks import pairs_and_corners


def is_error(item) -> bool:
    return isinstance(item, HTML) and "Dat gaat niet" in item.data


def text_of(items) -> str:
    return "\n".join(item.data for item in items if isinstance(item, Markdown))


def assert_valid(items):
    assert not any(is_error(item) for item in items), [i.data for i in items if is_error(i)]
    assert sum(isinstance(item, Figure) for item in items) == 1
    assert text_of(items).strip()


def assert_only_error(items, *fragments):
    """One error box and nothing else; it mentions every fragment (a name, a value, a key word)."""
    assert len(items) == 1 and is_error(items[0])
    for fragment in fragments:
        assert fragment in html.unescape(items[0].data), fragment


def equity_state(own=None, rival=None, **extra):
    own = we.DEFAULT_OWN if own is None else own
    rival = we.DEFAULT_RIVAL if rival is None else rival
    state = {we.OWN + k: v for k, v in own.items()} | {we.RIVAL + k: v for k, v in rival.items()}
    return state | extra


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


@pytest.fixture
def shown(monkeypatch):
    """Record the display objects the live widgets put in their output area."""
    items = []
    original = common._output_record

    def record(item, layout=None):
        items.append(item)
        return original(item, layout)

    monkeypatch.setattr(common, "_output_record", record)
    return items


# --- equity view ---------------------------------------------------------------------------

PROFILES = [
    dict.fromkeys(ASPECTS, 1),
    dict.fromkeys(ASPECTS, 10),
    we.DEFAULT_OWN,
    {k: (i % 10) + 1 for i, k in enumerate(ASPECTS)},
]
IMPORTANCES = [(5, 2, 3), (0, 0, 1), (10, 10, 10), (1, 0, 0)]


@pytest.mark.parametrize("own, rival, importance, compare",
                         pairs_and_corners(PROFILES, PROFILES[:2], IMPORTANCES, (True, False)))
def test_equity_view_grid_valid(own, rival, importance, compare):
    value, brand, relation = importance
    state = equity_state(own, rival, compare=compare, belang_value=value, belang_brand=brand,
                         belang_relation=relation, company="Noordstroom", competitor_name="Technica")
    items = common.render(we.equity_view, state)
    assert_valid(items)
    text = text_of(items)
    assert "customer equity (gewogen)" in text
    assert ("Technica" in text) == compare


def test_equity_view_shows_normalised_weights_and_score():
    # hand computation: importances 5, 2, 3 → weights 0.5, 0.2, 0.3;
    # DEFAULT_OWN drivers: value (7+8+6)/3 = 7, brand (8+7+6)/3 = 7, relation (6+4+5+6)/4 = 5.25
    # score 0.5×7 + 0.2×7 + 0.3×5.25 = 3.5 + 1.4 + 1.575 = 6.475 → "6,5"
    items = common.render(we.equity_view, equity_state(compare=False, belang_value=5, belang_brand=2,
                                                        belang_relation=3))
    text = text_of(items)
    for weight in ("value equity 50%", "brand equity 20%", "relation equity 30%"):
        assert weight in text, weight
    assert "**6,5**" in text


def test_equity_view_reading_shows_the_findings_numbers():
    # DEFAULT_OWN vs DEFAULT_RIVAL, weights 0.5/0.2/0.3: own drivers 7 / 7 / 5.25, rival 7 / 6.33 / 6.75;
    # relation equity is the one weak driver (informatie 4, coaching 5 below 6); largest lag informatie 4 vs 7
    own = {k[len(we.OWN):]: v for k, v in equity_state().items() if k.startswith(we.OWN)}
    rival = {k[len(we.RIVAL):]: v for k, v in equity_state().items() if k.startswith(we.RIVAL)}
    f = we.equity.equity_findings(own, {"value equity": 0.5, "brand equity": 0.2, "relation equity": 0.3}, rival)
    assert f.weak_drivers == ("relation equity",) and f.largest_lag == "informatie"
    reading = text_of(common.render(we.equity_view, equity_state(company="Noordstroom", competitor_name="Technica")))
    reading = reading.split("Wat zeggen deze scores?")[1]
    relation = we.formatting.number(f.drivers["relation equity"], 1)  # 5.25, rounded as the pack rounds
    for number in ("6,5", relation, "Technica", "(4,0", "7,0)", ASPECTS["informatie"].label,
                   ASPECTS["informatie"].next_step, ASPECTS["coaching"].next_step):
        assert number in reading, number
    assert ASPECTS["betrokkenheid"].next_step not in reading  # 6 is not below 6


def test_equity_view_empty_names_get_defaults_and_markup_is_escaped():
    items = common.render(we.equity_view, equity_state(company="  ", competitor_name="<b>X|Y</b>"))
    assert_valid(items)
    text = text_of(items)
    assert "Eigen onderneming" in text
    assert "<b>" not in text and "&lt;b&gt;X/Y" in text


@pytest.mark.parametrize("change, fragments", [
    ({we.OWN + "reputatie": 11}, ("eigen scores['reputatie']", "tussen 1 en 10", "(kreeg 11)")),
    ({we.RIVAL + "coaching": 0}, ("scores concurrent['coaching']", "tussen 1 en 10", "(kreeg 0)")),
    ({"belang_value": 0, "belang_brand": 0, "belang_relation": 0}, ("alleen nullen",)),
    ({"belang_brand": -1}, ("belang['brand equity']", "niet negatief")),
    ({we.OWN + "economisch": "acht"}, ("moet een getal zijn",)),
])
def test_equity_view_invalid_gives_only_the_error_box(change, fragments):
    assert_only_error(common.render(we.equity_view, equity_state(**change)), *fragments)


def test_equity_view_missing_score_gives_error_box():
    state = equity_state()
    del state[we.OWN + "informatie"]
    assert_only_error(common.render(we.equity_view, state), "mist een score voor: 'informatie'")


def test_equity_view_without_competitor_ignores_invalid_competitor_scores():
    state = equity_state(compare=False) | {we.RIVAL + "coaching": 99}
    assert_valid(common.render(we.equity_view, state))


# --- diagnostic views ----------------------------------------------------------------------

ANSWERS = [1, 2, 3, 4, 5, "ja", "nee", True, False]
THRESHOLDS = [0.5, 0.6, 0.9]


def staircase(ladder, reached, high=5, low=1):
    return {s.id: (high if i <= reached else low)
            for i, stage in enumerate(ladder.stages) for s in stage.statements}


@pytest.mark.parametrize("view, ladder", [(wd.relation_view, KOTLER_RELATIONS),
                                          (wd.transition_view, TRANSITION_PHASES)])
@pytest.mark.parametrize("answer, threshold", list(itertools.product(ANSWERS, THRESHOLDS)))
def test_diagnosis_views_uniform_answers(view, ladder, answer, threshold):
    items = common.render(view, dict.fromkeys(ladder.statement_ids(), answer) | {"threshold": threshold})
    assert_valid(items)


@pytest.mark.parametrize("view, ladder", [(wd.relation_view, KOTLER_RELATIONS),
                                          (wd.transition_view, TRANSITION_PHASES)])
@pytest.mark.parametrize("reached", [0, 1, 2, 3])
def test_diagnosis_views_each_stage(view, ladder, reached):
    items = common.render(view, staircase(ladder, reached))
    assert_valid(items)
    name = ladder.stages[reached].name
    assert f"{ladder.stage_word.capitalize()}: {name}" in text_of(items)


def test_relation_view_headings():
    text = text_of(common.render(wd.relation_view, staircase(KOTLER_RELATIONS, 1)))
    assert "op weg naar Aligned" in text
    text = text_of(common.render(wd.relation_view, staircase(KOTLER_RELATIONS, 3)))
    assert "Zo houd je Integrated vast" in text


def test_transition_view_shows_wat_te_doen_and_koplopers():
    text = text_of(common.render(wd.transition_view, staircase(TRANSITION_PHASES, 1)))
    assert "Wat te doen?" in text and "koplopers" in text


def test_skipped_stage_note_is_shown():
    answers = dict.fromkeys(KOTLER_RELATIONS.statement_ids(), 5) | {"aligned_1": 1, "aligned_2": 1, "aligned_3": 1}
    text = text_of(common.render(wd.relation_view, answers))
    assert "**Let op:**" in text


# --- the renderer: the words around a Diagnosis -------------------------------------------

def test_markdown_names_the_stage_the_next_one_and_the_percentages():
    # hand-computed: undefined and defined all ja (100%); aligned 1 of 3 ja → 33%; integrated 0%
    answers = dict.fromkeys(KOTLER_RELATIONS.statement_ids(), "nee") | {
        "undefined_1": "ja", "undefined_2": "ja", "defined_1": "ja", "defined_2": "ja", "defined_3": "ja",
        "aligned_2": "ja"}
    result = classify_relation(answers)
    text = wd.diagnosis_markdown(result)
    assert "**Defined.**" in text and "Aligned" in text
    assert "33%" in text and "60%" in text            # 1/3 against the threshold
    assert "**Wat nu?**" in text
    for advice in KOTLER_RELATIONS.stage("defined").advice:
        assert advice in text


def test_a_diagnosis_in_a_notebook_cell_renders_through_the_widget_layer():
    result = classify_relation(staircase(KOTLER_RELATIONS, 2))
    assert result._repr_markdown_() == wd.diagnosis_markdown(result)


def test_floor_note_and_the_top_stage_explanation():
    # hand-computed: all 4 → 0.75 everywhere; threshold 0.8 → nothing met, floor not met either
    result = classify_relation(dict.fromkeys(KOTLER_RELATIONS.statement_ids(), 4), threshold=0.8)
    assert result.floor_met is False
    assert wd.diagnosis_notes(result) == (KOTLER_RELATIONS.floor_note,)
    # threshold 0.7: all met, top reached — no next stage, no percentage of a next stage
    result = classify_relation(dict.fromkeys(KOTLER_RELATIONS.statement_ids(), 4), threshold=0.7)
    assert result.next_stage is None
    assert "Integrated" in wd.diagnosis_explanation(result) and "%" not in wd.diagnosis_explanation(result)


def test_skipped_stage_note_names_both_stages():
    answers = dict.fromkeys(KOTLER_RELATIONS.statement_ids(), 5) | {"aligned_1": 1, "aligned_2": 1, "aligned_3": 1}
    (note,) = wd.diagnosis_notes(classify_relation(answers))
    assert "Integrated" in note and "Aligned" in note


def test_general_advice_below_the_top_only():
    below = classify_transition(staircase(TRANSITION_PHASES, 1))
    assert wd.diagnosis_advice(below) == (TRANSITION_PHASES.stage("klantbewust").advice
                                          + TRANSITION_PHASES.general_advice)
    top = classify_transition(staircase(TRANSITION_PHASES, 3))
    assert wd.diagnosis_advice(top) == TRANSITION_PHASES.stage("klantgericht").advice


@pytest.mark.parametrize("reached, named, top", [(0, "Defined", False), (2, "Integrated", False),
                                                (3, "Integrated", True)])
def test_advice_heading_follows_the_next_stage(reached, named, top):
    heading = wd.advice_heading(classify_relation(staircase(KOTLER_RELATIONS, reached)))
    assert named in heading
    assert ("Volgende stap" in heading) is not top and ("vast" in heading) is top


def test_view_explanation_shows_the_score_of_the_next_stage():
    # hand-computed: staircase to defined with 5/1 → aligned scores 0% against 90%
    text = text_of(common.render(wd.relation_view, staircase(KOTLER_RELATIONS, 1) | {"threshold": 0.9}))
    assert "Relatietype: Defined" in text and "(0% " in text and "90%" in text
    for characteristic in KOTLER_RELATIONS.stage("defined").characteristics:
        assert characteristic in text


@pytest.mark.parametrize("view, ladder", [(wd.relation_view, KOTLER_RELATIONS),
                                          (wd.transition_view, TRANSITION_PHASES)])
@pytest.mark.parametrize("change, fragment", [
    ({"threshold": 0}, "drempel moet een fractie"),
    ({"threshold": 60}, "bedoel je 0.6?"),
    ("first=7", "(kreeg 7)"),
    ("first=None", "antwoord ontbreekt bij stelling"),
    ("first=misschien", "moet ja/nee (True/False)"),
])
def test_diagnosis_views_invalid_give_only_the_error_box(view, ladder, change, fragment):
    state = dict.fromkeys(ladder.statement_ids(), 3)
    if isinstance(change, str):
        raw = change.split("=", 1)[1]
        state[ladder.statement_ids()[0]] = {"7": 7, "None": None}.get(raw, raw)
    else:
        state |= change
    assert_only_error(common.render(view, state), fragment)


# --- builders ------------------------------------------------------------------------------

def test_equity_widget_builds_explains_itself_and_redraws(shown):
    box = we.equity_widget()
    assert isinstance(box, w.Box)
    assert we.INTRO in box.children[0].value
    first = text_of(shown)
    assert "**6,5**" in first  # hand computation in test_equity_view_shows_normalised_weights_and_score
    assert any(isinstance(item, Figure) for item in shown)
    sliders = [c for c in walk(box) if isinstance(c, w.IntSlider) and c.description == "proactieve informatie"]
    assert len(sliders) == 2  # own and competitor
    shown.clear()
    sliders[0].value = 10
    # hand computation: relation (6+10+5+6)/4 = 6.75; 3.5 + 1.4 + 0.3×6.75 = 6.925 → "6,9"
    assert "**6,9**" in text_of(shown)
    assert not any(is_error(item) for item in shown)


def test_equity_widget_compare_checkbox_disables_competitor_sliders(shown):
    box = we.equity_widget()
    checkbox = next(c for c in walk(box) if isinstance(c, w.Checkbox))
    rival = [c for c in walk(box) if isinstance(c, w.IntSlider) and c.description == "betrokkenheid"][1]
    shown.clear()
    checkbox.value = False
    assert rival.disabled
    assert "Verschil" not in text_of(shown)


def test_equity_widget_all_importances_zero_shows_error(shown):
    box = we.equity_widget()
    importance = [c for c in walk(box) if isinstance(c, w.IntSlider) and c.description.startswith("Belang")]
    assert len(importance) == 3
    for slider in importance:
        slider.value = 0
    assert is_error(shown[-1]) and "alleen nullen" in html.unescape(shown[-1].data)


@pytest.mark.parametrize("builder, intro", [(wd.relation_widget, wd.RELATION_INTRO),
                                            (wd.transition_widget, wd.TRANSITION_INTRO)])
@pytest.mark.parametrize("scale", ["1-5", "ja/nee"])
def test_diagnosis_widgets_build_and_redraw(shown, builder, intro, scale):
    box = builder(scale)
    assert intro in box.children[0].value
    toggles = [c for c in walk(box) if isinstance(c, w.ToggleButtons)]
    ladder = KOTLER_RELATIONS if builder is wd.relation_widget else TRANSITION_PHASES
    assert len(toggles) == len(ladder.statement_ids())
    before = text_of(shown)
    assert f"{ladder.stage_word.capitalize()}: {ladder.stages[0].name}" in before
    top = 5 if scale == "1-5" else True
    for toggle in toggles:
        toggle.value = top
    after = text_of(shown[-5:])
    assert f"{ladder.stage_word.capitalize()}: {ladder.stages[-1].name}" in after
    assert not any(is_error(item) for item in shown)


def test_diagnosis_widget_refuses_unknown_scale():
    with pytest.raises(SalesbookError, match="schaal.*'1-5', 'ja/nee'"):
        wd.relation_widget("1-10")
