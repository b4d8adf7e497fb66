"""Chapter 1 exercises 10 and 11 (selling approach, kind of competence): the right answer, a typical wrong
one, and the justification step after the right answer (issue 12 § 2: no classification on one word)."""

from salesbook.exercise_bank import ch01


def _applies(ex):
    return [i for i, r in enumerate(ex.reasons) if r.applies]


def test_benadering_right_answer_then_the_reasons():
    ex = ch01.opgave_benadering
    first = ex.check("Integrated System Selling")
    assert first.correct and "redenen" in first.message            # the choice alone asks for the why
    # the case: whole buying process (strategic), whole DMU (heart), an idea the yard had not thought of
    assert _applies(ex) == [0, 1, 2]
    assert ex.check("integrated system selling", redenen="abc").correct
    assert ex.check("integrated system selling", redenen=["a", "b", "c"]).correct


def test_benadering_wrong_reason_is_explained():
    ex = ch01.opgave_benadering
    fb = ex.check("integrated system selling", redenen="abe")     # (e) step by step = consultative
    assert not fb.correct and "(e) geldt niet" in fb.message and "consultative selling" in fb.message
    fb = ex.check("integrated system selling", redenen="abcf")     # (f) he does guide the implementation
    assert not fb.correct and "(f) geldt niet" in fb.message and "invoering" in fb.message
    fb = ex.check("integrated system selling", redenen="ab")
    assert not fb.correct and "nog 1 reden" in fb.message


def test_benadering_typical_wrong_answer():
    fb = ch01.opgave_benadering.check("solution selling")
    assert not fb.correct and "behoefte" in fb.message and "DMU" in fb.message


def test_competentie_right_answer_then_the_reasons():
    ex = ch01.opgave_competentie
    assert "redenen" in ex.check("spanningscompetenties").message
    # bringing departments' knowledge together and one joint decision: the binding competences of figuur 1.5
    assert _applies(ex) == [0, 1]
    assert ex.check("spanningscompetenties", redenen="ab").correct


def test_competentie_wrong_reason_is_explained():
    ex = ch01.opgave_competentie
    fb = ex.check("spanningscompetenties", redenen="abc")          # (c) knowing the market = outside-in
    assert not fb.correct and "(c) geldt niet" in fb.message and "outside-in" in fb.message
    fb = ex.check("spanningscompetenties", redenen="bd")           # (d) own vision into policy = inside-out
    assert not fb.correct and "(d) geldt niet" in fb.message and "inside-out" in fb.message
    assert "nog 1 reden" in fb.message


def test_competentie_typical_wrong_answer():
    fb = ch01.opgave_competentie.check("inside-out")
    assert not fb.correct and "visie" in fb.message


def test_solutions_name_the_reasons_that_apply():
    assert "(a), (b), (c)" in ch01.opgave_benadering.oplossing().message
    assert "(a), (b)" in ch01.opgave_competentie.oplossing().message
