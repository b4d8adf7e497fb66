"""salesbook.environment: the trend radar (impact × probability) and the five forces, against
hand computations (each number's computation in the comment next to it)."""

import pytest

from salesbook import environment as env
from salesbook.errors import SalesbookError
from tests.checks import mentions

TRENDS = {
    # the three trends of the hand example: impact, probability, direction
    "inkoopcombinaties": {"impact": 4, "waarschijnlijkheid": 5, "richting": "bedreiging", "factor": "afnemers"},
    "energietransitie": {"impact": 5, "waarschijnlijkheid": 4, "richting": "kans", "factor": "ecologisch"},
    "privacyregels": {"impact": 2, "waarschijnlijkheid": 4, "richting": "bedreiging", "factor": "politiek-juridisch"},
    "platforms": {"impact": 5, "waarschijnlijkheid": 3, "richting": "bedreiging", "factor": "concurrenten"},
    "data-gedreven verkopen": {"impact": 3, "waarschijnlijkheid": 3, "richting": "kans", "factor": "technologisch"},
}


def test_priority_is_impact_times_probability():
    # 4 × 5 = 20; 2 × 3 = 6; on a 1–10 × 0–1 scale: 7 × 0,5 = 3,5
    assert env.trend_priority(4, 5) == 20
    assert env.trend_priority(2, 3) == 6
    assert env.trend_priority(7, 0.5, impact_scale=(1, 10), probability_scale=(0, 1)) == pytest.approx(3.5)


@pytest.mark.parametrize("impact, probability, name, value", [
    (6, 3, "impact", "6"), (0, 3, "impact", "0"), (3, 5.5, "waarschijnlijkheid", "5.5")])
def test_out_of_scale_scores_refused(impact, probability, name, value):
    with pytest.raises(SalesbookError, match=mentions(name, "schaal", f"(kreeg {value})")):
        env.trend_priority(impact, probability)


def test_the_scale_is_a_parameter():
    # 8 is outside 1–5 but inside 1–10: 8 × 4 = 32
    assert env.trend_priority(8, 4, impact_scale=(1, 10)) == 32
    with pytest.raises(SalesbookError, match="laag naar hoog"):
        env.trend_priority(3, 3, impact_scale=(5, 1))


def test_quadrants_follow_the_midpoint():
    # midpoint of 1–5 is 3: only 4 and 5 count as high
    assert env.quadrant(4, 4) == "actie"
    assert env.quadrant(4, 3) == "scenario"
    assert env.quadrant(3, 4) == "volgen"
    assert env.quadrant(3, 3) == "monitoren"
    # on 1–10 the midpoint is 5.5: 6 is high, 5 is not
    assert env.quadrant(6, 6, impact_scale=(1, 10), probability_scale=(1, 10)) == "actie"
    assert env.quadrant(5, 6, impact_scale=(1, 10), probability_scale=(1, 10)) == "volgen"


def test_radar_ranks_classifies_and_balances():
    r = env.trend_radar(TRENDS)
    # priorities: inkoopcombinaties 4×5 = 20, energietransitie 5×4 = 20, privacyregels 2×4 = 8,
    # platforms 5×3 = 15, data 3×3 = 9; ties keep the input order
    assert [t.name for t in r.trends] == ["inkoopcombinaties", "energietransitie", "platforms",
                                          "data-gedreven verkopen", "privacyregels"]
    assert [t.priority for t in r.trends] == [20, 20, 15, 9, 8]
    assert [t.quadrant for t in r.trends] == ["actie", "actie", "scenario", "monitoren", "volgen"]
    assert r.opportunities == ("energietransitie", "data-gedreven verkopen")
    assert r.threats == ("inkoopcombinaties", "platforms", "privacyregels")
    # balance: kansen 20 + 9 = 29; bedreigingen 20 + 8 + 15 = 43; 29 − 43 = −14
    assert r.balance == pytest.approx(-14)
    assert r.by_factor["afnemers"] == 20 and r.by_factor["technologisch"] == 9
    assert r.max_priority == 25      # 5 × 5


def test_radar_refuses_unknown_direction_and_missing_scores():
    with pytest.raises(SalesbookError, match=mentions("richting", "'kans'", "'kansrijk'")):
        env.trend_radar({"x": {"impact": 3, "waarschijnlijkheid": 3, "richting": "kansrijk"}})
    with pytest.raises(SalesbookError, match=mentions("'x'", "waarschijnlijkheid")):
        env.trend_radar({"x": {"impact": 3, "richting": "kans"}})
    with pytest.raises(SalesbookError, match=mentions("impact van 'x'", "(kreeg 9)")):
        env.trend_radar({"x": {"impact": 9, "waarschijnlijkheid": 3, "richting": "kans"}})
    with pytest.raises(SalesbookError, match="niet-lege"):
        env.trend_radar({})


FORCE_SCORES = {
    "concurrentie": {"aantal spelers": 4, "prijsdruk": 5},
    "nieuwe toetreders": {"kapitaal nodig": 2, "toegang tot kanalen": 3},
    "substituten": {"direct bij fabrikant": 3},
    "macht afnemers": {"concentratie": 5, "overstapkosten": 4},
    "macht leveranciers": {"concentratie": 2},
}
FORCE_WEIGHTS = {
    "concurrentie": {"aantal spelers": 0.4, "prijsdruk": 0.6},
    "nieuwe toetreders": {"kapitaal nodig": 0.5, "toegang tot kanalen": 0.5},
    "substituten": {"direct bij fabrikant": 1.0},
    "macht afnemers": {"concentratie": 0.7, "overstapkosten": 0.3},
    "macht leveranciers": {"concentratie": 1.0},
}


def test_five_forces_hand_computed():
    r = env.five_forces(FORCE_SCORES, FORCE_WEIGHTS)
    # concurrentie 4×0,4 + 5×0,6 = 1,6 + 3,0 = 4,6; toetreders 2×0,5 + 3×0,5 = 2,5; substituten 3;
    # afnemers 5×0,7 + 4×0,3 = 3,5 + 1,2 = 4,7; leveranciers 2
    assert r.strength == pytest.approx({"concurrentie": 4.6, "nieuwe toetreders": 2.5, "substituten": 3.0,
                                        "macht afnemers": 4.7, "macht leveranciers": 2.0})
    # mean (4,6 + 2,5 + 3 + 4,7 + 2) / 5 = 16,8 / 5 = 3,36; attractiveness 1 + 5 − 3,36 = 2,64
    assert r.mean_strength == pytest.approx(3.36)
    assert r.attractiveness == pytest.approx(2.64)
    assert r.strongest == "macht afnemers"


def test_five_forces_refuses_missing_force_bad_score_and_bad_weights():
    scores = {k: v for k, v in FORCE_SCORES.items() if k != "substituten"}
    with pytest.raises(SalesbookError, match=mentions("ontbreekt", "substituten")):
        env.five_forces(scores, FORCE_WEIGHTS)
    bad = FORCE_SCORES | {"substituten": {"direct bij fabrikant": 7}}
    with pytest.raises(SalesbookError, match=mentions("direct bij fabrikant", "substituten", "(kreeg 7)")):
        env.five_forces(bad, FORCE_WEIGHTS)
    weights = FORCE_WEIGHTS | {"concurrentie": {"aantal spelers": 0.5, "prijsdruk": 0.6}}
    with pytest.raises(SalesbookError, match="precies 1"):
        env.five_forces(FORCE_SCORES, weights)
