"""salesbook.equity: customer equity drivers, weighted score, competitor gaps and findings (numbers, no prose)."""

import pytest

from salesbook import equity
from salesbook.equity import (
    ASPECTS,
    DRIVERS,
    check_scores,
    compare_with_competitor,
    customer_equity_score,
    driver_scores,
    equity_findings,
)
from salesbook.errors import SalesbookError
from tests.checks import mentions

OWN = {"economisch": 8, "functioneel": 7, "psychologisch": 6,
       "betrouwbaarheid": 9, "reputatie": 8, "merkwaarden": 7,
       "betrokkenheid": 6, "informatie": 4, "coaching": 5, "flexibiliteit": 5}
RIVAL = {"economisch": 7, "functioneel": 7, "psychologisch": 7,
         "betrouwbaarheid": 6, "reputatie": 7, "merkwaarden": 8,
         "betrokkenheid": 7, "informatie": 8, "coaching": 6, "flexibiliteit": 7}
WEIGHTS = {"value equity": 0.5, "brand equity": 0.2, "relation equity": 0.3}


def test_drivers_follow_figure_1_1():
    assert list(DRIVERS) == ["value equity", "brand equity", "relation equity"]
    assert DRIVERS["value equity"] == ("economisch", "functioneel", "psychologisch")
    assert len(DRIVERS["brand equity"]) == 3
    assert len(DRIVERS["relation equity"]) == 4
    # every sub-aspect belongs to exactly one driver and has Dutch texts
    assert sorted(k for keys in DRIVERS.values() for k in keys) == sorted(ASPECTS)
    for aspect in ASPECTS.values():
        assert aspect.label and aspect.explanation.endswith(".") and aspect.next_step


def test_driver_scores_hand_computed():
    # hand computation: value (8+7+6)/3 = 7; brand (9+8+7)/3 = 8; relation (6+4+5+5)/4 = 5
    assert driver_scores(OWN) == pytest.approx({"value equity": 7.0, "brand equity": 8.0, "relation equity": 5.0})


def test_customer_equity_score_hand_computed():
    # hand computation: 0.5×7 + 0.2×8 + 0.3×5 = 3.5 + 1.6 + 1.5 = 6.6
    assert customer_equity_score(OWN, WEIGHTS) == pytest.approx(6.6)


def test_customer_equity_score_competitor_hand_computed():
    # hand computation: value (7+7+7)/3 = 7; brand (6+7+8)/3 = 7; relation (7+8+6+7)/4 = 7
    # 0.5×7 + 0.2×7 + 0.3×7 = 7.0
    assert customer_equity_score(RIVAL, WEIGHTS) == pytest.approx(7.0)


def test_equal_weights_give_the_plain_mean_of_drivers():
    # hand computation: (7 + 8 + 5) / 3 = 6.667
    third = 1 / 3
    weights = {"value equity": third, "brand equity": third, "relation equity": 1 - 2 * third}
    assert customer_equity_score(OWN, weights) == pytest.approx(20 / 3)


def test_weights_must_sum_to_one_and_name_the_sum():
    with pytest.raises(SalesbookError, match=r"kreeg som 1.1"):
        customer_equity_score(OWN, {"value equity": 0.5, "brand equity": 0.3, "relation equity": 0.3})


def test_weights_with_wrong_keys_listed():
    with pytest.raises(SalesbookError, match="ontbreekt in gewichten: 'relation equity'"):
        customer_equity_score(OWN, {"value equity": 0.5, "brand equity": 0.2, "relatie": 0.3})


def test_weights_must_be_a_mapping():
    with pytest.raises(SalesbookError, match="gewichten moet een woordenboek"):
        customer_equity_score(OWN, [0.5, 0.2, 0.3])


def test_missing_sub_aspect_named():
    scores = dict(OWN)
    del scores["coaching"]
    with pytest.raises(SalesbookError, match=mentions("mist een score", "'coaching'")):
        driver_scores(scores)


def test_unknown_sub_aspect_named_with_allowed_list():
    with pytest.raises(SalesbookError, match=mentions("onbekend subaspect: 'economish'", "toegestaan zijn 'economisch'")):
        driver_scores(OWN | {"economish": 5})


@pytest.mark.parametrize("bad", [0, 11, -3, 10.5])
def test_scores_outside_1_to_10_refused(bad):
    with pytest.raises(SalesbookError, match=mentions("scores['reputatie']", "tussen 1 en 10", f"(kreeg {bad:g})")):
        driver_scores(OWN | {"reputatie": bad})


def test_scores_must_be_numbers_and_a_mapping():
    with pytest.raises(SalesbookError, match=mentions("scores['reputatie']", "getal", "(kreeg 'hoog')")):
        driver_scores(OWN | {"reputatie": "hoog"})
    with pytest.raises(SalesbookError, match="moet een woordenboek"):
        driver_scores([8, 7, 6])


def test_check_scores_accepts_boundaries_and_fractional_scores():
    scores = dict.fromkeys(ASPECTS, 1) | {"economisch": 10, "functioneel": 7.5}
    assert check_scores(scores)["functioneel"] == 7.5


def test_compare_with_competitor_hand_computed():
    gaps = compare_with_competitor(OWN, RIVAL)
    # hand computation: value 7 − 7 = 0; brand 8 − 7 = +1; relation 5 − 7 = −2
    assert gaps.drivers == pytest.approx({"value equity": 0.0, "brand equity": 1.0, "relation equity": -2.0})
    # hand computation per sub-aspect: informatie 4 − 8 = −4, betrouwbaarheid 9 − 6 = +3
    assert gaps.sub_aspects["informatie"] == -4
    assert gaps.sub_aspects["betrouwbaarheid"] == 3
    assert set(gaps.sub_aspects) == set(ASPECTS)


def test_compare_names_which_side_is_invalid():
    with pytest.raises(SalesbookError, match=r"scores concurrent\['coaching'\]"):
        compare_with_competitor(OWN, RIVAL | {"coaching": 12})
    with pytest.raises(SalesbookError, match="eigen scores mist"):
        compare_with_competitor({"economisch": 5}, RIVAL)


def test_findings_name_strongest_and_weakest_driver():
    f = equity_findings(OWN, WEIGHTS)
    # hand computation above: 6.6 overall, brand 8 strongest, relation 5 weakest
    assert f.score == pytest.approx(6.6)
    assert f.drivers == {"value equity": 7.0, "brand equity": 8.0, "relation equity": 5.0}
    assert f.strongest == ("brand equity",) and f.weakest == ("relation equity",)
    assert f.most_important == ("value equity",) and not f.value_equity_weak
    # relation equity (5) is weak: its sub-aspects below 6, lowest first (6 is not below 6)
    assert f.weak_drivers == ("relation equity",)
    assert f.weak_aspects == {"relation equity": ("informatie", "coaching", "flexibiliteit")}
    assert f.focus is None and f.gaps is None and f.competitor_score is None


def test_weak_value_equity_comes_first():
    scores = OWN | {"economisch": 5, "functioneel": 4, "psychologisch": 6}  # value (5+4+6)/3 = 5
    f = equity_findings(scores, WEIGHTS)
    assert f.drivers["value equity"] == 5.0 and f.value_equity_weak
    assert f.weak_drivers == ("value equity", "relation equity")
    assert f.weak_aspects["value equity"] == ("functioneel", "economisch")


def test_threshold_is_a_parameter():
    # with threshold 7.5 value equity (7) is weak; with 4 nothing is weak and the focus is the weakest
    assert equity_findings(OWN, WEIGHTS, threshold=7.5).value_equity_weak
    f = equity_findings(OWN, WEIGHTS, threshold=4)
    assert f.weak_drivers == () and f.threshold == 4
    assert f.focus == ("relation equity", "informatie")
    with pytest.raises(SalesbookError, match=mentions("drempel", "tussen 1 en 10")):
        equity_findings(OWN, WEIGHTS, threshold=60)


def test_findings_with_competitor_give_gaps():
    f = equity_findings(OWN, WEIGHTS, RIVAL)
    # hand computation: 6.6 against 7.0; gaps value 0, brand +1, relation −2; largest lag informatie 4 vs 8
    assert f.competitor_score == pytest.approx(7.0)
    assert f.gaps.drivers == pytest.approx({"value equity": 0.0, "brand equity": 1.0, "relation equity": -2.0})
    assert f.largest_lag == "informatie" and f.gaps.sub_aspects["informatie"] == -4.0
    assert f.largest_lead == "betrouwbaarheid" and f.gaps.sub_aspects["betrouwbaarheid"] == 3.0


def test_no_lag_or_lead_without_that_sign():
    f = equity_findings(OWN, WEIGHTS, OWN)
    assert f.largest_lag is None and f.largest_lead is None


def test_all_equal_and_no_weak_driver():
    f = equity_findings(dict.fromkeys(ASPECTS, 8), WEIGHTS)
    assert f.all_drivers_equal and f.strongest == tuple(DRIVERS) == f.weakest
    assert f.weak_drivers == () and f.focus == ("value equity", "economisch")


def test_old_name_interpret_equity_still_resolves():
    lines = equity.interpret_equity(OWN, WEIGHTS, company="Noordstroom")
    assert isinstance(lines, list) and "6,6" in lines[0]


def test_models_do_not_import_ui_libraries():
    source = open(equity.__file__, encoding="utf-8").read()
    assert "ipywidgets" not in source and "matplotlib" not in source
