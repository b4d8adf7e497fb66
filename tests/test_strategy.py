"""salesbook.strategy: weighted_score (the public contract) and normalize_weights."""

import math

import pytest

from salesbook.errors import SalesbookError
from salesbook.strategy import normalize_weights, weighted_score


def test_weighted_score_sequences_hand_computed():
    # hand computation: 8×0.5 + 6×0.3 + 7×0.2 = 4.0 + 1.8 + 1.4 = 7.2
    assert weighted_score([8, 6, 7], [0.5, 0.3, 0.2]) == pytest.approx(7.2)


def test_weighted_score_mappings_pair_by_key_not_order():
    # hand computation: prijs 6×0.75 + service 9×0.25 = 4.5 + 2.25 = 6.75
    assert weighted_score({"prijs": 6, "service": 9}, {"service": 0.25, "prijs": 0.75}) == pytest.approx(6.75)


def test_weighted_score_four_criteria_and_zero_weight():
    # hand computation: 3×0.4 + 5×0.35 + 2×0.25 + 10×0 = 1.2 + 1.75 + 0.5 + 0 = 3.45
    assert weighted_score((3, 5, 2, 10), (0.4, 0.35, 0.25, 0.0)) == pytest.approx(3.45)


def test_weighted_score_single_criterion():
    # hand computation: one criterion with weight 1 gives the score itself
    assert weighted_score([4.5], [1]) == pytest.approx(4.5)


def test_weights_within_tolerance_accepted():
    # 0.1 + 0.2 + 0.7 is 1.0000000000000002 in floating point: within 1e-9
    assert weighted_score([1, 2, 3], [0.1, 0.2, 0.7]) == pytest.approx(0.1 + 0.4 + 2.1)


def test_weights_not_summing_to_one_name_the_sum():
    with pytest.raises(SalesbookError, match=r"gewichten moeten samen precies 1 zijn \(kreeg som 0.9\)"):
        weighted_score([8, 6], [0.5, 0.4])


def test_weights_just_outside_tolerance_refused():
    with pytest.raises(SalesbookError, match="kreeg som"):
        weighted_score([8, 6], [0.5, 0.5 + 1e-8])


def test_weights_as_percentages_get_a_hint():
    with pytest.raises(SalesbookError, match="schrijf 40% als 0.4"):
        weighted_score([8, 6], [60, 40])


def test_negative_weight_refused_with_its_position():
    with pytest.raises(SalesbookError, match=r"gewichten\[1\] mag niet negatief zijn \(kreeg -0.2\)"):
        weighted_score([8, 6, 5], [0.7, -0.2, 0.5])


def test_negative_weight_refused_with_its_key():
    with pytest.raises(SalesbookError, match=r"gewichten\['b'\] mag niet negatief zijn"):
        weighted_score({"a": 1, "b": 2}, {"a": 1.5, "b": -0.5})


def test_unequal_lengths_refused():
    with pytest.raises(SalesbookError, match="even lang zijn \\(kreeg 3 scores en 2 gewichten\\)"):
        weighted_score([1, 2, 3], [0.5, 0.5])


def test_missing_and_extra_keys_listed():
    with pytest.raises(SalesbookError) as info:
        weighted_score({"prijs": 6, "service": 9}, {"prijs": 0.5, "levertijd": 0.5})
    message = str(info.value)
    assert "ontbreekt in gewichten: 'service'" in message
    assert "extra in gewichten (geen score): 'levertijd'" in message


def test_mixed_sequence_and_mapping_refused():
    with pytest.raises(SalesbookError, match="allebei een reeks"):
        weighted_score([1, 2], {"a": 0.5, "b": 0.5})


@pytest.mark.parametrize("scores", [["acht", 6], [math.nan, 6], [None, 6]])
def test_non_numeric_scores_refused(scores):
    with pytest.raises(SalesbookError, match=r"scores\[0\]"):
        weighted_score(scores, [0.5, 0.5])


def test_empty_input_refused():
    with pytest.raises(SalesbookError):
        weighted_score([], [])
    with pytest.raises(SalesbookError, match="mag niet leeg zijn"):
        weighted_score({}, {})


def test_error_is_a_value_error():
    with pytest.raises(ValueError):
        weighted_score([1], [2])


def test_normalize_weights_mapping_and_sequence():
    # hand computation: 5/10, 3/10, 2/10 and 1/4, 1/4, 2/4
    assert normalize_weights({"a": 5, "b": 3, "c": 2}) == pytest.approx({"a": 0.5, "b": 0.3, "c": 0.2})
    assert normalize_weights([1, 1, 2]) == pytest.approx([0.25, 0.25, 0.5])


def test_normalized_weights_are_accepted_by_weighted_score():
    # hand computation: importances 7, 7, 7 → 1/3 each; (3 + 6 + 9)/3 = 6
    weights = normalize_weights([7, 7, 7])
    assert weighted_score([3, 6, 9], weights) == pytest.approx(6.0)


def test_normalize_weights_refuses_all_zero_and_negative():
    with pytest.raises(SalesbookError, match="alleen nullen"):
        normalize_weights({"a": 0, "b": 0})
    with pytest.raises(SalesbookError, match=r"belang\['b'\] mag niet negatief zijn \(kreeg -1\)"):
        normalize_weights({"a": 2, "b": -1})
