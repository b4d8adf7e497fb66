"""salesbook.diagnostics: the ladder engine, Kotler's relation types and the transition phases."""

import pytest

from salesbook import diagnostics
from salesbook.diagnostics import (
    KOTLER_RELATIONS,
    TRANSITION_PHASES,
    Ladder,
    Stage,
    Statement,
    answer_value,
    classify_relation,
    classify_transition,
    diagnose,
)
from salesbook.errors import SalesbookError

KOTLER_IDS = KOTLER_RELATIONS.statement_ids()
PHASE_IDS = TRANSITION_PHASES.statement_ids()


def kotler(value, **overrides):
    """All Kotler statements answered with ``value``, some overridden."""
    return dict.fromkeys(KOTLER_IDS, value) | overrides


def phases(value, **overrides):
    return dict.fromkeys(PHASE_IDS, value) | overrides


# --- the ladders ---------------------------------------------------------------------------

def test_kotler_has_four_types_in_the_books_order_with_2_to_3_statements():
    assert [s.name for s in KOTLER_RELATIONS.stages] == ["Undefined", "Defined", "Aligned", "Integrated"]
    for stage in KOTLER_RELATIONS.stages:
        assert 2 <= len(stage.statements) <= 3
        assert stage.summary and stage.characteristics and stage.advice


def test_transition_has_the_four_phases_of_figure_1_6():
    assert [s.key for s in TRANSITION_PHASES.stages] == ["interngericht", "klantbewust", "klantinzicht", "klantgericht"]
    for stage in TRANSITION_PHASES.stages:
        assert stage.statements and stage.characteristics and stage.advice


def test_statement_ids_unique_across_both_ladders():
    ids = KOTLER_IDS + PHASE_IDS
    assert len(ids) == len(set(ids))
    assert all(i.isidentifier() for i in ids)  # the widget views take them as keyword arguments


# --- answers -------------------------------------------------------------------------------

@pytest.mark.parametrize("answer, expected", [
    # rule: ja/True → 1, nee/False → 0, score a → (a − 1)/4
    (True, 1.0), (False, 0.0), ("ja", 1.0), ("Nee", 0.0), (" JA ", 1.0),
    (1, 0.0), (2, 0.25), (3, 0.5), (4, 0.75), (5, 1.0), (4.0, 0.75), ("4", 0.75),
])
def test_answer_values(answer, expected):
    assert answer_value(answer, "stelling x") == expected


@pytest.mark.parametrize("bad", [0, 6, 3.5, "misschien", None, [1]])
def test_invalid_answers_refused_with_what_is_allowed(bad):
    with pytest.raises(SalesbookError, match="moet ja/nee \\(True/False\\) of een geheel getal van 1"):
        answer_value(bad, "stelling 'aligned_1'")


def test_missing_answers_named():
    answers = kotler(3)
    del answers["aligned_2"]
    answers["integrated_1"] = None
    with pytest.raises(SalesbookError, match="antwoord ontbreekt bij stelling aligned_2, integrated_1"):
        classify_relation(answers)


def test_unknown_statement_named():
    with pytest.raises(SalesbookError, match="onbekende stelling: 'aligned_9'"):
        classify_relation(kotler(3, aligned_9=4))


def test_invalid_answer_names_the_statement():
    with pytest.raises(SalesbookError, match=r"antwoord bij stelling 'defined_2' moet .* \(kreeg 7\)"):
        classify_relation(kotler(3, defined_2=7))


def test_answers_must_be_a_mapping():
    with pytest.raises(SalesbookError, match="antwoorden moet een woordenboek"):
        classify_relation([4] * len(KOTLER_IDS))


@pytest.mark.parametrize("bad", [0, 1.5, 60])
def test_threshold_validated(bad):
    with pytest.raises(SalesbookError, match="drempel moet een fractie"):
        classify_relation(kotler(3), threshold=bad)


# --- the rule ------------------------------------------------------------------------------

@pytest.mark.parametrize("reached, expected", [
    (0, "Undefined"), (1, "Defined"), (2, "Aligned"), (3, "Integrated"),
])
def test_kotler_ja_nee_each_type(reached, expected):
    # rule: every statement up to and including stage `reached` is "ja", the rest "nee"
    answers = {}
    for i, stage in enumerate(KOTLER_RELATIONS.stages):
        for s in stage.statements:
            answers[s.id] = "ja" if i <= reached else "nee"
    result = classify_relation(answers)
    assert result.name == expected
    assert result.index == reached
    assert result.notes == ()


def test_mostly_met_with_two_of_three():
    # hand computation: defined 2 of 3 ja → 0.667 ≥ 0.6, so Defined is reached
    answers = kotler("nee", undefined_1="ja", undefined_2="ja", defined_1="ja", defined_2="ja")
    assert classify_relation(answers).name == "Defined"
    # hand computation: one of three → 0.333 < 0.6, stays Undefined
    answers = kotler("nee", undefined_1="ja", undefined_2="ja", defined_1="ja")
    assert classify_relation(answers).name == "Undefined"


def test_agreement_scale_mean_and_threshold():
    # hand computation with 1–5: defined (4, 4, 3) → (0.75 + 0.75 + 0.5)/3 = 0.667 ≥ 0.6 → Defined;
    # aligned (4, 3, 3) → (0.75 + 0.5 + 0.5)/3 = 0.583 < 0.6 → not Aligned
    answers = kotler(1, undefined_1=5, undefined_2=4, defined_1=4, defined_2=4, defined_3=3,
                     aligned_1=4, aligned_2=3, aligned_3=3)
    result = classify_relation(answers)
    assert result.name == "Defined"
    assert result.stage_scores["defined"] == pytest.approx(2 / 3)
    assert result.stage_scores["aligned"] == pytest.approx(0.5833, abs=1e-4)
    # with a threshold of 0.55 aligned (0.583) counts as met
    assert classify_relation(answers, threshold=0.55).name == "Aligned"
    # with a threshold of 0.7 defined (0.667) does not
    assert classify_relation(answers, threshold=0.7).name == "Undefined"


def test_all_neutral_is_the_floor():
    # hand computation: all 3 → 0.5 < 0.6 everywhere
    result = classify_relation(kotler(3))
    assert result.name == "Undefined"
    assert result.notes  # the floor itself is not met either


def test_a_stage_cannot_be_skipped():
    # integrated statements all met but aligned not: stays Defined, with a note
    answers = kotler(5, aligned_1=1, aligned_2=2, aligned_3=1)
    result = classify_relation(answers)
    assert result.name == "Defined"
    assert any("Een trede overslaan lukt zelden: werk eerst aan Aligned" in n for n in result.notes)


def test_floor_not_met_gets_a_note_but_higher_stages_are_not_reached():
    answers = kotler("ja", undefined_1="nee", undefined_2="nee")
    result = classify_relation(answers)
    assert result.name == "Undefined"
    assert result.notes[0].startswith("Zelfs het basale contact ontbreekt")


def test_threshold_boundary_is_inclusive():
    # hand computation: 4 on every statement → 0.75; threshold 0.75 is met (≥)
    assert classify_relation(kotler(4), threshold=0.75).name == "Integrated"
    assert classify_relation(kotler(4), threshold=0.8).name == "Undefined"


# --- Kotler output -------------------------------------------------------------------------

def test_relation_explanation_and_next_step():
    answers = kotler("ja", integrated_1="nee", integrated_2="nee", integrated_3="nee")
    result = classify_relation(answers)
    assert result.stage == "aligned"
    assert "gezamenlijke planning" in result.explanation
    assert "die van Integrated nog niet (0% tegen een drempel van 60%)" in result.explanation
    # the next step points toward integrated: shared KPIs and rewards
    assert "KPI" in result.advice[0] and "beloon" in result.advice[0]


def test_integrated_advice_is_how_to_keep_it():
    result = classify_relation(kotler(5))
    assert result.name == "Integrated"
    assert result.advice[0].startswith("Houd het vast")


def test_undefined_advice_moves_toward_defined():
    result = classify_relation(kotler("nee", undefined_1="ja", undefined_2="ja"))
    assert result.name == "Undefined"
    assert any("taakverdeling" in a for a in result.advice)
    assert any("ad-hocoverleg" in a for a in result.advice)


# --- transition output ---------------------------------------------------------------------

@pytest.mark.parametrize("reached, expected", [
    (0, "Interngericht"), (1, "Klantbewust"), (2, "Klantinzicht"), (3, "Klantgericht"),
])
def test_transition_each_phase(reached, expected):
    answers = {}
    for i, stage in enumerate(TRANSITION_PHASES.stages):
        for s in stage.statements:
            answers[s.id] = True if i <= reached else False
    assert classify_transition(answers).name == expected


def test_transition_advice_wat_te_doen_and_koplopers():
    answers = phases("nee", interngericht_1="ja", interngericht_2="ja",
                     klantbewust_1="ja", klantbewust_2="ja", klantbewust_3="nee")
    result = classify_transition(answers)
    # hand computation: klantbewust 2 of 3 → 0.667 ≥ 0.6
    assert result.name == "Klantbewust"
    assert result.characteristics == TRANSITION_PHASES.stage("klantbewust").characteristics
    text = " ".join(result.advice)
    assert "customer journeys" in text and "persona" in text  # wat te doen? (figuur 1.6)
    koplopers = next(a for a in result.advice if "koplopers" in a)
    # order: koplopers first, then the middle group, the opponents last
    assert koplopers.index("koplopers") < koplopers.index("middengroep") < koplopers.index("tegenstanders")


def test_interngericht_advice_breaks_myopia():
    result = classify_transition(phases(1))
    assert result.name == "Interngericht"
    assert "myopia" in result.advice[0]
    assert any("koplopers" in a for a in result.advice)


def test_klantgericht_advice_keeps_everyone_on_board():
    result = classify_transition(phases(5))
    assert result.name == "Klantgericht"
    assert any("klanttevredenheid" in a for a in result.advice)
    assert not any("tegenstanders" in a for a in result.advice)


# --- the generic engine --------------------------------------------------------------------

def test_generic_engine_on_a_small_ladder():
    ladder = Ladder(
        key="test", title="Test", stage_word="niveau",
        stages=(
            Stage("a", "A", "Begin.", ("a",), (Statement("a_1", "x"),), ("naar B",)),
            Stage("b", "B", "Midden.", ("b",), (Statement("b_1", "y"), Statement("b_2", "z")), ("naar C",)),
            Stage("c", "C", "Top.", ("c",), (Statement("c_1", "w"),), ("vasthouden",)),
        ),
    )
    # hand computation: b = (1 + 0.5)/2 = 0.75 ≥ 0.6; c = 0 → B
    result = diagnose(ladder, {"a_1": "ja", "b_1": 5, "b_2": 3, "c_1": "nee"})
    assert (result.stage, result.index, result.advice) == ("b", 1, ("naar C",))
    assert result.stage_met == {"a": True, "b": True, "c": False}
    with pytest.raises(SalesbookError, match="niveau moet een van 'a', 'b', 'c' zijn"):
        ladder.stage("d")


def test_models_do_not_import_ui_libraries():
    source = open(diagnostics.__file__, encoding="utf-8").read()
    assert "ipywidgets" not in source and "matplotlib" not in source
