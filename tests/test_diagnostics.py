"""salesbook.diagnostics: the ladder engine, Kotler's relation types and the transition phases.

The engine returns keys, scores and flags (hand-computed below); the ladders' texts live in
:mod:`salesbook.ladders` and are checked only for their shape and for being the pack's own words.
"""

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from salesbook import diagnostics, ladders
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
    with pytest.raises(SalesbookError, match="moet ja/nee \\(True/False\\)"):
        answer_value(bad, "stelling 'aligned_1'")


def test_missing_answers_named():
    answers = kotler(3)
    del answers["aligned_2"]
    answers["integrated_1"] = None
    with pytest.raises(SalesbookError, match="ontbreekt bij stelling aligned_2, integrated_1"):
        classify_relation(answers)


def test_unknown_statement_named():
    with pytest.raises(SalesbookError, match="onbekende stelling: 'aligned_9'"):
        classify_relation(kotler(3, aligned_9=4))


def test_invalid_answer_names_the_statement():
    with pytest.raises(SalesbookError, match=r"stelling 'defined_2' .*\(kreeg 7\)"):
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
    (0, "undefined"), (1, "defined"), (2, "aligned"), (3, "integrated"),
])
def test_kotler_ja_nee_each_type(reached, expected):
    # hand-computed: every statement up to and including stage `reached` is "ja" (score 1), the
    # rest "nee" (score 0), so exactly the stages up to `reached` are met
    answers = {}
    for i, stage in enumerate(KOTLER_RELATIONS.stages):
        for s in stage.statements:
            answers[s.id] = "ja" if i <= reached else "nee"
    result = classify_relation(answers)
    assert (result.stage, result.index) == (expected, reached)
    assert result.stage_met == {s.key: i <= reached for i, s in enumerate(KOTLER_RELATIONS.stages)}
    assert result.stage_scores == {s.key: float(i <= reached) for i, s in enumerate(KOTLER_RELATIONS.stages)}
    assert result.floor_met is True and result.skipped == ()
    assert result.next_stage == (KOTLER_RELATIONS.stages[reached + 1].key if reached < 3 else None)


def test_mostly_met_with_two_of_three():
    # hand-computed: defined 2 of 3 ja → 0.667 ≥ 0.6, so Defined is reached
    answers = kotler("nee", undefined_1="ja", undefined_2="ja", defined_1="ja", defined_2="ja")
    result = classify_relation(answers)
    assert result.stage == "defined"
    assert result.stage_scores["defined"] == pytest.approx(2 / 3)
    # hand-computed: one of three → 0.333 < 0.6, stays Undefined
    answers = kotler("nee", undefined_1="ja", undefined_2="ja", defined_1="ja")
    result = classify_relation(answers)
    assert result.stage == "undefined" and result.next_stage == "defined"
    assert result.stage_scores["defined"] == pytest.approx(1 / 3)


def test_agreement_scale_mean_and_threshold():
    # hand-computed with 1–5: defined (4, 4, 3) → (0.75 + 0.75 + 0.5)/3 = 0.667 ≥ 0.6 → Defined;
    # aligned (4, 3, 3) → (0.75 + 0.5 + 0.5)/3 = 0.583 < 0.6 → not Aligned
    answers = kotler(1, undefined_1=5, undefined_2=4, defined_1=4, defined_2=4, defined_3=3,
                     aligned_1=4, aligned_2=3, aligned_3=3)
    result = classify_relation(answers)
    assert result.stage == "defined" and result.threshold == 0.6
    assert result.stage_scores["undefined"] == pytest.approx(0.875)      # (1 + 0.75)/2
    assert result.stage_scores["defined"] == pytest.approx(2 / 3)
    assert result.stage_scores["aligned"] == pytest.approx(0.5833, abs=1e-4)
    assert result.stage_scores["integrated"] == 0.0                        # all 1
    # with a threshold of 0.55 aligned (0.583) counts as met
    assert classify_relation(answers, threshold=0.55).stage == "aligned"
    # with a threshold of 0.7 defined (0.667) does not
    assert classify_relation(answers, threshold=0.7).stage == "undefined"


def test_all_neutral_is_the_floor_without_meeting_it():
    # hand-computed: all 3 → 0.5 < 0.6 everywhere; the lowest stage is the minimum
    result = classify_relation(kotler(3))
    assert (result.stage, result.index, result.floor_met) == ("undefined", 0, False)
    assert set(result.stage_scores.values()) == {0.5}
    assert not any(result.stage_met.values())
    assert result.skipped == ()


def test_a_stage_cannot_be_skipped():
    # hand-computed: all 5 (1.0) except aligned (1, 2, 1) → (0 + 0.25 + 0)/3 = 0.083: integrated is
    # met but aligned is not, so the organisation stays at Defined and integrated is 'skipped'
    answers = kotler(5, aligned_1=1, aligned_2=2, aligned_3=1)
    result = classify_relation(answers)
    assert (result.stage, result.next_stage, result.skipped) == ("defined", "aligned", ("integrated",))
    assert result.stage_scores["aligned"] == pytest.approx(1 / 12)
    assert result.stage_met == {"undefined": True, "defined": True, "aligned": False, "integrated": True}


def test_floor_not_met_but_higher_stages_are_not_reached():
    # hand-computed: undefined 0 of 2 → 0 < 0.6; everything above is 1.0 but cannot be reached
    answers = kotler("ja", undefined_1="nee", undefined_2="nee")
    result = classify_relation(answers)
    assert (result.stage, result.floor_met, result.next_stage) == ("undefined", False, "defined")
    assert result.skipped == ("aligned", "integrated")   # above the next stage, and met


def test_threshold_boundary_is_inclusive():
    # hand-computed: 4 on every statement → 0.75; threshold 0.75 is met (≥)
    assert classify_relation(kotler(4), threshold=0.75).stage == "integrated"
    assert classify_relation(kotler(4), threshold=0.8).stage == "undefined"


def test_top_stage_has_no_next_stage():
    # hand-computed: all 5 → 1.0 everywhere
    result = classify_relation(kotler(5))
    assert (result.stage, result.index, result.next_stage, result.name) == ("integrated", 3, None, "Integrated")


def test_relation_below_the_top_points_to_the_next_type():
    # hand-computed: integrated 0 of 3 → 0% against 60%
    result = classify_relation(kotler("ja", integrated_1="nee", integrated_2="nee", integrated_3="nee"))
    assert (result.stage, result.next_stage, result.stage_scores["integrated"]) == ("aligned", "integrated", 0.0)


def test_diagnosis_holds_no_sentences():
    # the steps object carries keys, numbers and flags; the texts stay in the ladder (content)
    result = classify_relation(kotler(3))
    for name in ("explanation", "advice", "notes", "characteristics"):
        assert not hasattr(result, name)
    assert result.ladder is KOTLER_RELATIONS


# --- transition ----------------------------------------------------------------------------

@pytest.mark.parametrize("reached, expected", [
    (0, "interngericht"), (1, "klantbewust"), (2, "klantinzicht"), (3, "klantgericht"),
])
def test_transition_each_phase(reached, expected):
    # hand-computed: True up to and including phase `reached`, False above it
    answers = {}
    for i, stage in enumerate(TRANSITION_PHASES.stages):
        for s in stage.statements:
            answers[s.id] = True if i <= reached else False
    result = classify_transition(answers)
    assert (result.stage, result.index) == (expected, reached)


def test_transition_two_of_three_reaches_klantbewust():
    answers = phases("nee", interngericht_1="ja", interngericht_2="ja",
                     klantbewust_1="ja", klantbewust_2="ja", klantbewust_3="nee")
    result = classify_transition(answers)
    # hand-computed: klantbewust 2 of 3 → 0.667 ≥ 0.6; klantinzicht 0
    assert (result.stage, result.next_stage) == ("klantbewust", "klantinzicht")
    assert result.stage_scores["klantbewust"] == pytest.approx(2 / 3)
    assert result.stage_scores["klantinzicht"] == 0.0


def test_transition_ladder_content_for_the_advice():
    # the ladder holds the phase's 'wat te doen?' (figuur 1.6) and, for every phase below the top,
    # how to bring people along: koplopers first, then the middle group, the opponents last
    text = " ".join(TRANSITION_PHASES.stage("klantbewust").advice)
    assert "customer journeys" in text and "persona" in text
    koplopers = next(a for a in TRANSITION_PHASES.general_advice if "koplopers" in a)
    assert koplopers.index("koplopers") < koplopers.index("middengroep") < koplopers.index("tegenstanders")
    assert "myopia" in TRANSITION_PHASES.stage("interngericht").advice[0]
    assert not any("tegenstanders" in a for a in TRANSITION_PHASES.stage("klantgericht").advice)


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
    assert (result.stage, result.index, result.next_stage, result.name) == ("b", 1, "c", "B")
    assert result.stage_met == {"a": True, "b": True, "c": False}
    assert result.stage_scores == {"a": 1.0, "b": 0.75, "c": 0.0}
    with pytest.raises(SalesbookError, match="niveau.*'a', 'b', 'c'"):
        ladder.stage("d")


def test_models_do_not_import_ui_libraries():
    for module in (diagnostics, ladders):
        source = open(module.__file__, encoding="utf-8").read()
        assert "ipywidgets" not in source and "matplotlib" not in source
    # the one way to the words: a lazy import inside Diagnosis._repr_markdown_, never at module level
    code = ("import sys, salesbook.diagnostics; "
            "print(sorted(m for m in ('ipywidgets', 'matplotlib', 'salesbook.widgets') if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"


def test_ladders_by_key():
    assert ladders.ladder("kotler") is KOTLER_RELATIONS and ladders.ladder("transitie") is TRANSITION_PHASES
    with pytest.raises(SalesbookError, match="ladder.*'kotler', 'transitie'"):
        ladders.ladder("swot")


# --- the texts are the pack's own ----------------------------------------------------------

BOOK = Path(__file__).resolve().parents[2] / "shared" / "book"


def _words(text):
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFC", text).lower().replace("\u00ad", ""))


def _ladder_texts(ladder):
    yield ladder.title
    yield " ".join(ladder.general_advice)
    yield ladder.floor_note
    for stage in ladder.stages:
        yield " ".join((stage.summary, *stage.characteristics, *(s.text for s in stage.statements), *stage.advice))


@pytest.mark.skipif(not BOOK.is_dir(), reason="the book's chapter is not in this checkout's shared folder")
def test_ladder_texts_share_at_most_ten_consecutive_words_with_the_book():
    # the book breaks words at line ends ("ba-\nsis"): check both the joined and the split form
    raw = [p.read_text(encoding="utf-8", errors="ignore") for p in sorted(BOOK.iterdir()) if p.is_file()]
    runs = set()
    for words in [_words(t) for t in raw] + [_words(re.sub(r"-[ \t]*\n\s*", "", t)) for t in raw]:
        runs.update(tuple(words[i:i + 11]) for i in range(len(words) - 10))
    for ladder in (KOTLER_RELATIONS, TRANSITION_PHASES):
        for text in _ladder_texts(ladder):
            words = _words(text)
            copied = [" ".join(words[i:i + 11]) for i in range(len(words) - 10) if tuple(words[i:i + 11]) in runs]
            assert not copied, copied
