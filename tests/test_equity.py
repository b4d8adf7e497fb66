"""salesbook.equity: customer equity drivers, weighted score, competitor gaps and interpretation."""

import pytest

from salesbook import equity
from salesbook.equity import (
    ASPECTS,
    DRIVERS,
    check_scores,
    compare_with_competitor,
    customer_equity_score,
    driver_scores,
    interpret_equity,
)
from salesbook.errors import SalesbookError

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
    with pytest.raises(SalesbookError, match="scores mist een score voor: 'coaching'"):
        driver_scores(scores)


def test_unknown_sub_aspect_named_with_allowed_list():
    with pytest.raises(SalesbookError, match="onbekend subaspect: 'economish'; toegestaan zijn 'economisch'"):
        driver_scores(OWN | {"economish": 5})


@pytest.mark.parametrize("bad", [0, 11, -3, 10.5])
def test_scores_outside_1_to_10_refused(bad):
    with pytest.raises(SalesbookError, match=rf"scores\['reputatie'\] moet tussen 1 en 10 liggen \(kreeg {bad:g}\)"):
        driver_scores(OWN | {"reputatie": bad})


def test_scores_must_be_numbers_and_a_mapping():
    with pytest.raises(SalesbookError, match=r"scores\['reputatie'\] moet een getal zijn \(kreeg 'hoog'\)"):
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


def test_interpretation_names_strongest_and_weakest_driver():
    lines = interpret_equity(OWN, WEIGHTS, company="Noordstroom")
    text = " ".join(lines)
    # hand computation above: 6.6 overall, brand 8 strongest, relation 5 weakest
    assert lines[0].startswith("De customer equity-score van Noordstroom is 6,6 op 10")
    assert "Sterkste driver: brand equity (8,0); zwakste driver: relation equity (5,0)." in text
    assert "Value equity (7,0) is voldoende" in text
    # relation equity (5) is weak: next steps for its sub-aspects below 6 (informatie 4, coaching 5, flexibiliteit 5)
    step_line = next(line for line in lines if line.startswith("Volgende stap voor relation equity"))
    assert ASPECTS["informatie"].next_step in step_line
    assert ASPECTS["coaching"].next_step in step_line
    assert ASPECTS["betrokkenheid"].next_step not in step_line  # 6 is not below 6


def test_weak_value_equity_cannot_be_compensated():
    scores = OWN | {"economisch": 5, "functioneel": 4, "psychologisch": 6}  # value (5+4+6)/3 = 5
    lines = interpret_equity(scores, WEIGHTS)
    text = " ".join(lines)
    assert "value equity is de basis" in text
    assert "kunnen dat niet goedmaken" in text
    assert "acquisitiekosten" in text and "opnieuw" in text
    # value equity comes first among the weak drivers, before relation equity
    steps = [line for line in lines if line.startswith("Volgende stap")]
    assert steps[0].startswith("Volgende stap voor value equity (5,0)")
    assert steps[1].startswith("Volgende stap voor relation equity")
    # the customer finds value equity most important and it is weak
    assert "eerste prioriteit" in text


def test_threshold_is_a_parameter():
    # with threshold 7.5 value equity (7) is weak; with 4 nothing is weak
    assert any("value equity is de basis" in line for line in interpret_equity(OWN, WEIGHTS, threshold=7.5))
    lines = interpret_equity(OWN, WEIGHTS, threshold=4)
    assert any(line.startswith("Geen enkele driver scoort onder de 4") for line in lines)
    with pytest.raises(SalesbookError, match="drempel moet tussen 1 en 10 liggen"):
        interpret_equity(OWN, WEIGHTS, threshold=60)


def test_interpretation_with_competitor_reports_gaps():
    lines = interpret_equity(OWN, WEIGHTS, RIVAL, company="Noordstroom", competitor_name="Technica")
    text = " ".join(lines)
    # hand computation: 6.6 against 7.0; gaps value 0, brand +1, relation −2; largest lag informatie 4 vs 8
    assert "Gewogen customer equity: 6,6 voor Noordstroom, lager dan Technica (7,0)." in text
    assert "voorsprong op brand equity (+1,0)" in text
    assert "achterstand op relation equity (-2,0)" in text
    assert "gelijk op value equity" in text
    assert "De grootste achterstand zit bij proactieve informatie (4,0 tegen 8,0)" in text
    assert "De grootste voorsprong zit bij betrouwbaarheid (9,0 tegen 6,0)" in text


def test_all_equal_and_no_weak_driver():
    lines = interpret_equity(dict.fromkeys(ASPECTS, 8), WEIGHTS)
    assert "Alle drie de drivers scoren even hoog (8,0)." in lines
    assert any(line.startswith("Geen enkele driver scoort onder de 6.") for line in lines)


def test_interpretation_rejects_bad_names_and_defaults_empty_ones():
    with pytest.raises(SalesbookError, match="bedrijfsnaam moet een tekst zijn"):
        interpret_equity(OWN, WEIGHTS, company=42)
    assert "van de onderneming is" in interpret_equity(OWN, WEIGHTS, company="  ")[0]


def test_models_do_not_import_ui_libraries():
    source = open(equity.__file__, encoding="utf-8").read()
    assert "ipywidgets" not in source and "matplotlib" not in source
