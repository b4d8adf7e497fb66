"""salesbook.strategy: weighted_score (the public contract) and normalize_weights."""

import math

import pytest

from salesbook.errors import SalesbookError
from salesbook.strategy import normalize_weights, rebalance_weights, weighted_score
from tests.checks import assert_mentions, mentions


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
    with pytest.raises(SalesbookError, match=mentions("gewichten", "moeten samen precies 1 zijn", "(kreeg som 0.9)")):
        weighted_score([8, 6], [0.5, 0.4])


def test_weights_just_outside_tolerance_refused():
    with pytest.raises(SalesbookError, match="kreeg som"):
        weighted_score([8, 6], [0.5, 0.5 + 1e-8])


def test_weights_as_percentages_get_a_hint():
    with pytest.raises(SalesbookError, match="schrijf 40% als 0.4"):
        weighted_score([8, 6], [60, 40])


def test_negative_weight_refused_with_its_position():
    with pytest.raises(SalesbookError, match=mentions("gewichten[1]", "negatief", "(kreeg -0.2)")):
        weighted_score([8, 6, 5], [0.7, -0.2, 0.5])


def test_negative_weight_refused_with_its_key():
    with pytest.raises(SalesbookError, match=r"gewichten\['b'\] mag niet negatief zijn"):
        weighted_score({"a": 1, "b": 2}, {"a": 1.5, "b": -0.5})


def test_unequal_lengths_refused():
    with pytest.raises(SalesbookError, match=mentions("even lang", "(kreeg 3 scores", "en 2 gewichten)")):
        weighted_score([1, 2, 3], [0.5, 0.5])


def test_missing_and_extra_keys_listed():
    with pytest.raises(SalesbookError) as info:
        weighted_score({"prijs": 6, "service": 9}, {"prijs": 0.5, "levertijd": 0.5})
    message = str(info.value)
    assert_mentions(message, "ontbreekt in gewichten: 'service'", "(geen score): 'levertijd'")


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
    with pytest.raises(SalesbookError, match=mentions("belang['b']", "negatief", "(kreeg -1)")):
        normalize_weights({"a": 2, "b": -1})


# --- rebalance_weights: sliders that always sum to 100% -------------------------------------------

def test_rebalance_keeps_the_proportions_of_the_others():
    # hand computation: a 0.5 → 0.6; the rest 0.4 is shared 3 : 2 → b 0.24, c 0.16
    assert rebalance_weights({"a": 0.5, "b": 0.3, "c": 0.2}, "a", 0.6) == {"a": 0.6, "b": 0.24, "c": 0.16}


def test_rebalance_rounds_to_whole_percents_with_the_largest_remainder():
    # hand computation: a → 0.4 leaves 60 points for b, c, d = 0.1 : 0.1 : 0.2 → 15, 15, 30.
    # Three equal others and 59 points left: 19.67 each → floors 19, 19, 19 (57); the 2 points
    # left go to the largest remainders, all equal, so to b and c (first come)
    assert rebalance_weights({"a": 0.2, "b": 0.1, "c": 0.1, "d": 0.2}, "a", 0.4) == {"a": 0.4, "b": 0.15, "c": 0.15, "d": 0.3}
    assert rebalance_weights({"a": 0.25, "b": 0.25, "c": 0.25, "d": 0.25}, "a", 0.41) == {
        "a": 0.41, "b": 0.2, "c": 0.2, "d": 0.19}


@pytest.mark.parametrize("new", [0.0, 0.01, 0.333, 0.5, 0.999, 1.0])
def test_rebalanced_weights_always_sum_to_one_and_are_accepted_by_weighted_score(new):
    start = {"doelgroep": 0.23, "beslissers": 0.17, "assortiment": 0.26, "kosten": 0.17, "concurrenten": 0.14,
             "internationaal": 0.03}
    out = rebalance_weights(start, "kosten", new)
    assert math.fsum(out.values()) == pytest.approx(1.0, abs=1e-9)
    assert all(abs(v * 100 - round(v * 100)) < 1e-9 for v in out.values())   # whole percents
    assert out["kosten"] == pytest.approx(round(new * 100) / 100)
    weighted_score({k: 5 for k in out}, out)   # no error: the sum is 1 within the tolerance


def test_rebalance_spreads_equally_when_the_others_are_zero():
    assert rebalance_weights({"a": 1.0, "b": 0.0, "c": 0.0}, "a", 0.5) == {"a": 0.5, "b": 0.25, "c": 0.25}
    assert rebalance_weights({"a": 1.0}, "a", 0.3) == {"a": 1.0}   # one criterion always weighs 100%


@pytest.mark.parametrize("args, text", [
    (({"a": 0.5, "b": 0.5}, "x", 0.3), "onbekend criterium 'x'"),
    (({"a": 0.5, "b": 0.5}, "a", 30), "bedoel je 0.3"),
    (({"a": -0.5, "b": 1.5}, "a", 0.3), "mag niet negatief zijn"),
    (({}, "a", 0.3), "niet-lege"),
])
def test_rebalance_refuses_bad_input(args, text):
    with pytest.raises(SalesbookError, match=text):
        rebalance_weights(*args)


# --- pandas Series are paired by label, not by position (review finding) ---------------------------

def test_series_are_paired_by_label():
    import pandas as pd
    # hand computation by label: a 8 × 0,1 + b 6 × 0,9 = 0,8 + 5,4 = 6,2
    # (by position it would be 8 × 0,9 + 6 × 0,1 = 7,8: the bug)
    assert weighted_score(pd.Series({"a": 8, "b": 6}), pd.Series({"b": 0.9, "a": 0.1})) == pytest.approx(6.2)
    # a Series and a dict with the same labels are paired by label too: 6 × 0,75 + 9 × 0,25 = 6,75
    assert weighted_score(pd.Series({"prijs": 6, "service": 9}), {"service": 0.25, "prijs": 0.75}) == \
        pytest.approx(6.75)
    # sequences stay positional: 8 × 0,9 + 6 × 0,1 = 7,8
    assert weighted_score([8, 6], [0.9, 0.1]) == pytest.approx(7.8)


def test_series_with_other_labels_are_refused():
    import pandas as pd
    with pytest.raises(SalesbookError, match=mentions("ontbreekt in gewichten: 'b'", "(geen score): 'c'")):
        weighted_score(pd.Series({"a": 8, "b": 6}), pd.Series({"a": 0.5, "c": 0.5}))
    with pytest.raises(SalesbookError, match="allebei een reeks"):
        weighted_score(pd.Series({"a": 8, "b": 6}), [0.5, 0.5])
    with pytest.raises(SalesbookError, match="twee keer"):
        weighted_score(pd.Series([8, 6], index=["a", "a"]), pd.Series([0.5, 0.5], index=["a", "a"]))


# --- chapter 3: market estimate, market share, ratios in [0, 1], shares that exceed the market ---

from salesbook.strategy import chain_ratio, market_estimate, market_share, relative_market_share  # noqa: E402


def test_market_estimate_hand_computed_for_nederland():
    # hand computation: n × q × p = 14.000 × 50 × 1.000 = 700.000.000 (the market COUNTRY_MARKETS implies:
    # 84 mln / 0,12); × 0,90 (regio's) = 630.000.000; × 0,60 (assortiment) = 378.000.000;
    # market share 84 / 700 = 0,12; used 84 / 378 = 0,2222; headroom 378 − 84 = 294 mln
    r = market_estimate(14_000, 50, 1_000, {"regio's": 0.90, "assortiment": 0.60}, 84_000_000)
    assert r.market_potential == pytest.approx(700_000_000)
    assert r.steps == pytest.approx((630_000_000, 378_000_000))
    assert r.sales_potential == pytest.approx(378_000_000)
    assert r.market_share == pytest.approx(0.12)
    assert r.potential_used == pytest.approx(84 / 378)
    assert r.headroom == pytest.approx(294_000_000)
    assert [name for name, _ in r.ratios] == ["regio's", "assortiment"]


def test_market_estimate_without_ratios_reaches_the_whole_market():
    # 100 × 2 × 50 = 10.000; share 1.000 / 10.000 = 0,1; the sales potential is the market
    r = market_estimate(100, 2, 50, [], 1_000)
    assert r.sales_potential == 10_000 and r.market_share == pytest.approx(0.1) and r.potential_used == pytest.approx(0.1)


def test_revenue_above_the_sales_potential_refused():
    # 100 × 2 × 50 × 0,1 = 1.000 < 2.000 revenue
    with pytest.raises(SalesbookError, match=mentions("verkooppotentieel", "(€ 1.000)", "(€ 2.000)", "kettingmethode")):
        market_estimate(100, 2, 50, [0.1], 2_000)


def test_market_share_over_one_refused():
    assert market_share(12, 100) == pytest.approx(0.12)   # 12 / 100
    with pytest.raises(SalesbookError, match=mentions("omzet", "groter dan de markt", "boven 1")):
        market_share(120, 100)
    with pytest.raises(SalesbookError, match=mentions("marktomvang", "(kreeg 0)")):
        market_share(0, 0)


@pytest.mark.parametrize("ratio, value", [(1.2, "1.2"), (-0.1, "-0.1"), (60, "60")])
def test_chain_ratio_outside_zero_one_refused(ratio, value):
    with pytest.raises(SalesbookError, match=mentions("verhoudingen[1]", f"(kreeg {value})")):
        chain_ratio(1000, [0.5, ratio])


def test_percent_typed_as_ratio_gets_a_hint():
    with pytest.raises(SalesbookError, match="schrijf 60% als 0.6"):
        market_estimate(100, 2, 50, {"via groothandel": 60}, 10)


def test_negative_buyers_and_prices_refused():
    with pytest.raises(SalesbookError, match=mentions("aantal afnemers", "negatief", "(kreeg -5)")):
        market_estimate(-5, 2, 50, [], 0)
    with pytest.raises(SalesbookError, match=mentions("prijs", "negatief", "(kreeg -50)")):
        market_estimate(5, 2, -50, [], 0)


def test_relative_share_refuses_empty_list_and_shares_over_the_market():
    # 0,12 / 0,10 = 1,2 (Nederland in COUNTRY_MARKETS)
    assert relative_market_share(0.12, [0.10, 0.05]) == pytest.approx(1.2)
    with pytest.raises(SalesbookError, match="minstens 1"):
        relative_market_share(0.12, [])
    with pytest.raises(SalesbookError, match=mentions("samen meer dan 1", "(kreeg som 1.1)")):
        relative_market_share(0.6, [0.5])
    with pytest.raises(SalesbookError, match=mentions("eigen marktaandeel", "(kreeg 1.5)")):
        relative_market_share(1.5, [0.1])


def test_relative_market_share_takes_competitors_by_name():
    import pandas as pd

    # a market overview names its competitors: 0,12 / max(0,10; 0,07) = 1,2, the same as a list
    named = {"Groothandel A": 0.10, "Groothandel B": 0.07}
    assert relative_market_share(0.12, named) == pytest.approx(1.2)
    assert relative_market_share(0.12, pd.Series(named)) == relative_market_share(0.12, [0.10, 0.07])
    with pytest.raises(SalesbookError, match=mentions("Groothandel B", "1.5")):
        relative_market_share(0.12, {"Groothandel A": 0.10, "Groothandel B": 1.5})
    with pytest.raises(SalesbookError, match=mentions("minstens 1")):
        relative_market_share(0.12, {})
