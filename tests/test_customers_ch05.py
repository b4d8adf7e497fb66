"""Chapter 5 models in salesbook.customers: NPS, the (reverse) lead funnel, weighted pipeline,
ABC, the customer pyramid, lead scoring, RFM, klantretentie and CLV per customer.

Every model is checked against a worked example computed by hand (the source is named in a
comment), against an independent slow oracle where one exists, and on every refusal."""

import math

import numpy as np
import pandas as pd
import pytest

from salesbook import customers
from salesbook.customers import (
    RFM_SEGMENTS,
    LeadScoring,
    abc_analysis,
    converted,
    customer_analysis,
    customer_clv,
    customer_pyramid,
    lead_funnel,
    lead_score_bands,
    lead_scores,
    lead_scoring_quality,
    nps,
    nps_breakdown,
    nps_by,
    pyramid_layer,
    quintile_scores,
    reverse_funnel,
    rfm_analysis,
    rfm_segment,
    rfm_segment_summary,
    rfm_table,
    weighted_pipeline,
    yearly_retention,
)
from salesbook.data import load_dataset
from salesbook.errors import SalesbookError
from tests.checks import assert_mentions


def refused(parts, func, *args, **kwargs):
    """func(*args, **kwargs) raises a SalesbookError that mentions every part (a name, a value, a key
    word: never the whole sentence); ``parts`` is one fragment or a tuple of them."""
    with pytest.raises(SalesbookError) as exc:
        func(*args, **kwargs)
    message = str(exc.value)
    assert_mentions(message, *((parts,) if isinstance(parts, str) else parts))
    return message


# --- NPS -----------------------------------------------------------------------------------------
# Reichheld, F. F. (2003), "The One Number You Need to Grow", Harvard Business Review 81(12):
# promoters answer 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors.

TEN_ANSWERS = [10, 9, 9, 8, 7, 6, 3, 10, 5, 8]   # P = {10, 9, 9, 10} = 4, passives {8, 7, 8} = 3, D = {6, 3, 5} = 3


def test_nps_reichheld_hand_example():
    # 4/10 = 40% promoters, 3/10 = 30% detractors → NPS = 40 − 30 = 10 points
    assert nps(TEN_ANSWERS) == pytest.approx(10.0)
    r = nps_breakdown(TEN_ANSWERS)
    assert (r.n, r.promoters, r.passives, r.detractors) == (10, 4, 3, 3)
    assert (r.share_promoters, r.share_passives, r.share_detractors) == pytest.approx((0.4, 0.3, 0.3))


def test_nps_is_in_points_from_minus_100_to_100_not_a_fraction():
    assert nps([10, 9, 10]) == 100.0
    assert nps([0, 6, 3]) == -100.0
    assert nps([7, 8, 7, 8]) == 0.0          # only passives
    # 20 answers: 9 promoters, 5 detractors → 45% − 25% = 20 (the count difference would be 4)
    answers = [9] * 9 + [7] * 6 + [6] * 5
    assert nps(answers) == pytest.approx(20.0)


def test_nps_group_boundaries():
    # 6 is a detractor, 7 and 8 are passives, 9 a promoter
    assert nps([6]) == -100 and nps([7]) == 0 and nps([8]) == 0 and nps([9]) == 100


def test_nps_accepts_arrays_series_and_whole_floats():
    assert nps(np.array(TEN_ANSWERS)) == nps(pd.Series(TEN_ANSWERS, dtype=float)) == nps(tuple(TEN_ANSWERS)) == 10.0


@pytest.mark.parametrize("scores, parts", [
    ([11, 9], ("scores[0]", "0 tot en met 10", "(kreeg 11)")),
    ([9, -1], ("scores[1]", "0 tot en met 10", "(kreeg -1)")),
    ([7.5], ("scores[0]", "geheel getal", "0 tot en met 10", "(kreeg 7.5)")),
    ([9, float("nan")], ("scores[1]", "eindig getal")),
    (["negen"], ("scores[0]", "getal", "(kreeg 'negen')")),
    ([True, 9], ("scores[0]", "getal", "(kreeg True)")),
    ([], ("scores", "minstens 1 waarde(n) bevatten", "(kreeg 0)")),
    ("9", ("scores", "reeks getallen")),
    (9, ("scores", "reeks getallen")),
])
def test_nps_refuses(scores, parts):
    refused(parts, nps, scores)


def test_nps_refusal_names_the_label_of_a_series():
    refused("scores['R3'] moet een geheel getal", nps, pd.Series([9, 8, 12], index=["R1", "R2", "R3"]))


def test_nps_by_hand_and_margin_of_error():
    survey = pd.DataFrame({"land": ["NL"] * 4 + ["BE"] * 2, "score": [10, 9, 7, 3, 6, 10]})
    t = nps_by(survey, "land")
    assert list(t.index) == ["NL", "BE"]                        # sorted by NPS, best first
    nl = t.loc["NL"]
    assert (nl["n"], nl["promoters"], nl["passives"], nl["detractors"], nl["nps"]) == pytest.approx((4, 0.5, 0.25, 0.25, 25))
    # p = 0.5, d = 0.25: variance = p + d − (p − d)² = 0.75 − 0.0625 = 0.6875; SE = √(0.6875/4) = 0.41458
    assert nl["foutmarge"] == pytest.approx(1.96 * 100 * math.sqrt(0.6875 / 4))   # 81.26
    assert t.loc["BE", "nps"] == 0.0


def test_nps_by_margin_matches_a_bootstrap_free_oracle():
    # the variance of x ∈ {+1, 0, −1} computed directly
    scores = [10, 9, 9, 8, 7, 6, 3, 10, 5, 8, 9, 2]
    x = np.array([1 if s >= 9 else -1 if s <= 6 else 0 for s in scores])
    t = nps_by(pd.DataFrame({"g": ["a"] * len(scores), "score": scores}), "g")
    assert t.loc["a", "foutmarge"] == pytest.approx(1.96 * 100 * x.std(ddof=0) / math.sqrt(len(x)))


def test_nps_by_refuses():
    survey = pd.DataFrame({"land": ["NL", "BE"], "score": [9, 11]})
    refused(("score[1]", "0 tot en met 10", "(kreeg 11)"), nps_by, survey, "land")
    refused("mist de kolom(men) regio", nps_by, survey, "regio")
    refused("moet een tabel (DataFrame) zijn", nps_by, [9, 8], "land")


def test_nps_on_the_case_survey():
    survey = load_dataset("nps_enquete")
    r = nps_breakdown(survey["score"])
    assert r.n == len(survey)
    assert r.nps == pytest.approx(100 * ((survey["score"] >= 9).mean() - (survey["score"] <= 6).mean()))
    by_land = nps_by(survey, "land")
    assert by_land["n"].sum() == len(survey) and set(by_land.index) == set(survey["land"])


# --- lead funnel and reverse funnel ---------------------------------------------------------------

def test_lead_funnel_hand_example():
    # furthest stages of 8 leads: cold 3, warm 2, hot 1, klant 1, trouwe klant 1
    # reached: cold 8, warm 5, hot 3, klant 2, trouwe klant 1 → 5/8, 3/5, 2/3, 1/2
    f = lead_funnel(["cold", "cold", "warm", "hot", "klant", "trouwe klant", "warm", "cold"])
    assert list(f.index) == list(customers.FUNNEL_STAGES)
    assert f["eindfase"].tolist() == [3, 2, 1, 1, 1]
    assert f["bereikt"].tolist() == [8, 5, 3, 2, 1]
    assert math.isnan(f["conversie"].iloc[0])
    assert f["conversie"].iloc[1:].tolist() == pytest.approx([0.625, 0.6, 2 / 3, 0.5])
    assert f["vanaf_start"].tolist() == pytest.approx([1, 0.625, 0.375, 0.25, 0.125])


def test_lead_funnel_keeps_empty_stages_and_own_stage_names():
    f = lead_funnel(["a", "a", "c"], stages=("a", "b", "c"))
    assert f["bereikt"].tolist() == [3, 1, 1] and f["conversie"].iloc[2] == 1.0


def test_lead_funnel_refuses():
    refused("onbekende fase 'lauw'", lead_funnel, ["cold", "lauw"])
    refused("onbekende fase leeg", lead_funnel, ["cold", None])
    refused("fasen bevat geen leads", lead_funnel, [])
    refused(("fasenamen", "minstens twee verschillende namen"), lead_funnel, ["a"], stages=("a", "a"))


def test_lead_funnel_of_the_case_leads():
    leads = load_dataset("leads")
    f = lead_funnel(leads["fase"])
    assert f["bereikt"].iloc[0] == len(leads) and f["eindfase"].sum() == len(leads)
    assert (f["bereikt"].diff().iloc[1:] <= 0).all()


def test_reverse_funnel_hand_example_rounding_up_stage_by_stage():
    # target 7 with rates 20% → 50% → 30%, from the bottom up:
    #   7 / 0.3 = 23.33 → 24;  24 / 0.5 = 48 → 48;  48 / 0.2 = 240 → 240
    assert reverse_funnel(7, [0.2, 0.5, 0.3]) == [240, 48, 24, 7]
    # rounding only once at the top would give ⌈7 / 0.03⌉ = 234: too few at every stage
    assert reverse_funnel(7, [0.2 * 0.5 * 0.3]) == [234, 7]


def test_reverse_funnel_exact_quotients_and_floating_point_noise():
    # 12 / 0.3 = 40, 40 / 0.4 = 100, 100 / 0.25 = 400 — no rounding needed
    assert reverse_funnel(12, [0.25, 0.4, 0.3]) == [400, 100, 40, 12]
    # 3 / 0.3 is 10.000000000000002 in floating point, which is 10, not 11
    assert reverse_funnel(3, [0.3]) == [10, 3]
    assert reverse_funnel(0, [0.5, 0.5]) == [0, 0, 0]
    assert reverse_funnel(5, [1.0, 1.0]) == [5, 5, 5]


def test_reverse_funnel_against_a_brute_force_oracle():
    # the smallest whole N at each stage with ⌊N · c⌋ … is not the model; the model is: the
    # smallest whole N with N · c ≥ the next stage. Search it upwards.
    rates = [0.37, 0.61, 0.23]
    need = reverse_funnel(17, rates)
    below = 17
    for rate, n in zip(reversed(rates), reversed(need[:-1])):
        assert n * rate >= below - 1e-9 and (n - 1) * rate < below
        below = n


@pytest.mark.parametrize("rates, parts", [
    ([0.4, 0.0], ("conversieratio[1]", "fase 2 naar fase 3", "groter zijn dan 0", "(kreeg 0)")),
    ([1.2], ("conversieratio[0]", "fase 1 naar fase 2", "tussen 0 en 1", "(kreeg 1.2)", "zelf niet meegerekend")),
    ([40], "bedoel je 0.4?"),
    ([-0.1], ("fractie tussen 0 en 1",)),
    ([float("nan")], "moet een eindig getal zijn"),
    (["30%"], ("moet een getal zijn", "(kreeg '30%')")),
    ([], ("conversieratio's", "minstens één conversieratio bevatten")),
    ("0.3", ("conversieratio's", "moet een reeks fracties zijn")),
])
def test_reverse_funnel_refuses_bad_rates(rates, parts):
    refused(parts, reverse_funnel, 10, rates)


@pytest.mark.parametrize("target, parts", [
    (-1, ("target", "minstens 0", "(kreeg -1)")),
    (2.5, ("target", "geheel getal", "(kreeg 2.5)")),
    ("tien", "target moet een getal zijn"),
])
def test_reverse_funnel_refuses_bad_targets(target, parts):
    refused(parts, reverse_funnel, target, [0.5])


# --- weighted pipeline -----------------------------------------------------------------------------

def test_weighted_pipeline_hand_example():
    # 10 000 × 0.9 + 40 000 × 0.25 + 25 000 × 0.5 = 9 000 + 10 000 + 12 500 = 31 500
    assert weighted_pipeline([10_000, 40_000, 25_000], [0.9, 0.25, 0.5]) == pytest.approx(31_500)
    assert weighted_pipeline([], []) == 0.0
    assert weighted_pipeline(pd.Series([100.0]), np.array([0.1])) == pytest.approx(10.0)


def test_weighted_pipeline_refuses():
    refused(("waarden en kansen", "even lang", "(kreeg 2 waarden", "en 1 kansen)"), weighted_pipeline, [1, 2], [0.5])
    refused(("waarden[1]", "negatief", "(kreeg -5)"), weighted_pipeline, [1, -5], [0.5, 0.5])
    refused(("kansen[0]", "tussen 0 en 1", "(kreeg 50)"), weighted_pipeline, [1], [50])
    refused("kansen[0] moet een getal zijn", weighted_pipeline, [1], ["hoog"])


def test_weighted_pipeline_of_the_case_pipeline():
    pipe = load_dataset("pipeline")
    assert weighted_pipeline(pipe["waarde"], pipe["kans"]) == pytest.approx(float((pipe["waarde"] * pipe["kans"]).sum()))


# --- ABC analysis and the customer pyramid ---------------------------------------------------------

def test_abc_hand_example_with_the_boundary_exactly_at_80_percent():
    # total 100; sorted 40, 25, 15, 12, 8 → cum 0.40, 0.65, 0.80, 0.92, 1.00. The class follows the share
    # *before* the item (DESIGN.md): 0, 0.40, 0.65 → A; 0.80 (not below 0.8) → B; 0.92 (below 0.95) → B
    values = pd.Series({"K1": 12, "K2": 40, "K3": 8, "K4": 25, "K5": 15})
    t = abc_analysis(values)
    assert list(t.columns) == ["value", "share", "cum_share", "class"]
    assert list(t.index) == ["K2", "K4", "K5", "K1", "K3"]
    assert t["share"].tolist() == pytest.approx([0.40, 0.25, 0.15, 0.12, 0.08])
    assert t["cum_share"].tolist() == pytest.approx([0.40, 0.65, 0.80, 0.92, 1.00])
    assert t["class"].tolist() == ["A", "A", "A", "B", "B"]


def test_abc_boundary_survives_floating_point_noise():
    # 0.45 + 0.35 + 0.15 is 0.9500000000000001 in floating point: still B at the threshold 0.95
    t = abc_analysis([0.45, 0.35, 0.15, 0.05])
    assert t["cum_share"].iloc[2] > 0.95                     # the noise is really there
    assert t["cum_share"].tolist() == pytest.approx([0.45, 0.8, 0.95, 1.0])
    assert t["class"].tolist() == ["A", "A", "B", "C"]


def test_abc_the_largest_customer_is_always_a_even_with_more_than_80_percent():
    # DESIGN.md's example: shares 90/5/5 → before 0, 0.90, 0.95 → A, B, C
    assert abc_analysis({"groot": 90, "midden": 5, "klein": 5})["class"].tolist() == ["A", "B", "C"]
    assert abc_analysis({"groot": 90, "klein": 10})["class"].tolist() == ["A", "B"]   # before 0 and 0.90


def test_abc_ties_keep_input_order_and_custom_thresholds():
    t = abc_analysis([5, 10, 5, 10], thresholds=(0.5, 0.75))
    # sorted 10 (1), 10 (3), 5 (0), 5 (2); share before: 0, 1/3 (< 0.5) → A, A; 2/3 (< 0.75) → B; 5/6 → C
    assert list(t.index) == [1, 3, 0, 2]
    assert t["class"].tolist() == ["A", "A", "B", "C"]


def test_abc_on_value_not_on_count_of_orders():
    # a customer with many small orders is not an A-customer by that count
    log = pd.DataFrame({"klant_id": ["veel"] * 9 + ["groot"], "bedrag": [10.0] * 9 + [910.0]})
    by_value = abc_analysis(log.groupby("klant_id")["bedrag"].sum())
    # by value: groot first (before 0 → A), veel after 910/1000 = 0.91 (< 0.95 → B), although it has 9 orders
    assert by_value.loc["groot", "class"] == "A" and by_value.loc["veel", "class"] == "B"
    by_count = abc_analysis(log.groupby("klant_id")["bedrag"].count())
    assert by_count.loc["veel", "class"] == "A" and by_count.loc["groot", "class"] == "B"   # 9/10 before groot


@pytest.mark.parametrize("values, thresholds, parts", [
    ([10, -1], (0.8, 0.95), ("waarden[1]", "negatief", "(kreeg -1)")),
    ([0, 0], (0.8, 0.95), ("waarden", "samen meer dan 0")),
    ([10, float("nan")], (0.8, 0.95), ("waarden[1]", "eindig getal")),
    ([10, "veel"], (0.8, 0.95), ("waarden[1]", "getal", "(kreeg 'veel')")),
    ([], (0.8, 0.95), ("waarden", "minstens 1 waarde(n) bevatten")),
    ([10], (0.95, 0.8), ("grens B", "groter zijn dan", "grens A 0.95", "(kreeg 0.8)")),
    ([10], (0.8, 0.8), ("grens B", "groter zijn dan grens A")),
    ([10], (0, 0.9), ("grens A", "tussen 0 en 1", "(kreeg 0)", "zelf niet meegerekend")),
    ([10], (0.8, 1.2), ("grens B", "tussen 0 en 1")),
    ([10], (80, 95), "bedoel je 0.8?"),
    ([10], (0.8,), ("grenzen", "moet precies twee fracties bevatten")),
    ([10], 0.8, "grenzen moet twee fracties bevatten"),
])
def test_abc_refuses(values, thresholds, parts):
    refused(parts, abc_analysis, values, thresholds)


def test_abc_accepts_a_threshold_of_one():
    # before: 0 → A; 0.75 (< 1.0) → B
    assert abc_analysis([3, 1], thresholds=(0.5, 1.0))["class"].tolist() == ["A", "B"]


def test_pyramid_layers_by_position_hand_example():
    # 1000 customers: numbers 1–10 top, 11–50 groot, 51–200 middelgroot, 201–1000 klein
    layer = pyramid_layer(pd.Series(np.arange(1000, 0, -1, dtype=float)))
    assert layer.iloc[:10].eq("top").all() and layer.iloc[10:50].eq("groot").all()
    assert layer.iloc[50:200].eq("middelgroot").all() and layer.iloc[200:].eq("klein").all()


def test_customer_pyramid_hand_example():
    # 100 customers: 1 × 500, 4 × 100, 15 × 10, 80 × 1 → total 1 130
    values = pd.Series([1.0] * 80 + [10.0] * 15 + [100.0] * 4 + [500.0])
    p = customer_pyramid(values)
    assert p["klanten"].tolist() == [1, 4, 15, 80]
    assert p["omzet"].tolist() == [500, 400, 150, 80]
    assert p["aandeel_omzet"].tolist() == pytest.approx([500 / 1130, 400 / 1130, 150 / 1130, 80 / 1130])
    assert p["gemiddelde"].tolist() == [500, 100, 10, 1]


def test_customer_pyramid_own_layers_and_refusals():
    p = customer_pyramid([5, 4, 3, 2], layers=[("boven", 0.5), ("onder", 0.5)])
    assert p["omzet"].tolist() == [9, 5]
    refused(("moeten samen 1 zijn", "(kreeg 0.9)"), customer_pyramid, [1, 2], layers=[("a", 0.5), ("b", 0.4)])
    refused(("lagen[0]", "paar (naam, aandeel klanten)"), customer_pyramid, [1, 2], layers=[("a",), ("b", 1)])
    refused(("aandeel klanten van laag 'a'", "fractie"), customer_pyramid, [1, 2], layers=[("a", 0), ("b", 1)])


# --- lead scoring ------------------------------------------------------------------------------------

LEADS = pd.DataFrame({
    "bron": ["beurs", "koude acquisitie", "doorverwijzing", "website", "social selling", "onbekend"],
    "medewerkers": [120, 5, 300, 10, 49, 50],
    "websitebezoeken": [4, 0, 15, 3, 10, 1],
    "downloads": [1, 0, 5, 0, 2, 0],
    "demo_aangevraagd": ["ja", "nee", "ja", "nee", "nee", "ja"],
})


def test_lead_scores_hand_example():
    # default model: bron, omvang, min(2·bezoeken, 20), min(5·downloads, 15), demo 20
    # beurs 15 + 50–249 mw 10 + 8 + 5 + 20 = 58        koude acquisitie 0 + 0 + 0 + 0 + 0 = 0
    # doorverwijzing 20 + 15 + 20 (cap) + 15 (cap) + 20 = 90    website 10 + 5 + 6 + 0 + 0 = 21
    # social selling 5 + 5 + 20 + 10 + 0 = 40 (exactly the threshold: sales-ready)
    # unknown source 0 + 10 + 2 + 0 + 20 = 32
    s = lead_scores(LEADS)
    assert s["score"].tolist() == [58, 0, 90, 21, 40, 32]
    assert s["sales_ready"].tolist() == [True, False, True, False, True, False]
    assert s.loc[2, ["punten_bezoeken", "punten_downloads"]].tolist() == [20, 15]
    assert LeadScoring().max_score() == 90


def test_lead_scores_with_an_own_model_and_boolean_or_numeric_demo():
    model = LeadScoring(source_points={"beurs": 50}, size_points=((0, 1),), points_per_visit=0, max_visit_points=0,
                        points_per_download=0, max_download_points=0, demo_points=7, threshold=55)
    leads = LEADS.assign(demo_aangevraagd=[True, False, True, False, False, True])
    s = lead_scores(leads, model)
    assert s["score"].tolist() == [58, 1, 8, 1, 1, 8]
    assert lead_scores(LEADS.assign(demo_aangevraagd=[1, 0, 1, 0, 0, 1]), model)["score"].tolist() == [58, 1, 8, 1, 1, 8]


@pytest.mark.parametrize("change, parts", [
    ({"medewerkers": [120, -5, 300, 10, 49, 50]}, ("medewerkers[1]", "geheel getal", "minstens 0", "(kreeg -5)")),
    ({"downloads": [1, 0.5, 5, 0, 2, 0]}, ("downloads[1]", "geheel getal", "minstens 0", "(kreeg 0.5)")),
    ({"websitebezoeken": [1, None, 5, 0, 2, 0]}, ("websitebezoeken[1]", "eindig getal")),
    ({"demo_aangevraagd": ["ja", "misschien", "ja", "nee", "nee", "ja"]}, ("demo_aangevraagd[1]", "moet 'ja' of 'nee' zijn", "(kreeg 'misschien')")),
])
def test_lead_scores_refuses_bad_leads(change, parts):
    refused(parts, lead_scores, LEADS.assign(**change))


def test_lead_scores_refuses_bad_models_and_tables():
    refused(("de leads missen", "kolom(men) downloads"), lead_scores, LEADS.drop(columns="downloads"))
    refused(("punten per websitebezoek", "negatief"), lead_scores, LEADS, LeadScoring(points_per_visit=-1))
    refused(("bij 0 beginnen", "oplopen"), lead_scores, LEADS, LeadScoring(size_points=((10, 5), (50, 10))))
    refused(("het scoremodel", "moet een LeadScoring zijn"), lead_scores, LEADS, {"demo": 20})


def test_lead_score_bands_and_quality_hand_example():
    # scores 10 20 30 40 60 70, converted: 30, 60 and 70
    scores, won = [10, 20, 30, 40, 60, 70], [False, False, True, False, True, True]
    bands = lead_score_bands(scores, won, width=20)
    assert list(bands.index) == ["0–19", "20–39", "40–59", "60–79"]
    assert bands["leads"].tolist() == [1, 2, 1, 2] and bands["klanten"].tolist() == [0, 1, 0, 2]
    q = lead_scoring_quality(scores, won, 50)
    # ready {60, 70}: both converted → 100%; others {10, 20, 30, 40}: 1 of 4 → 25%
    # lift = 1 / (3/6) = 2; captured 2 of 3; AUC: of the 9 (converted, other) pairs 8 are ordered right
    # (30 < 40 is the one wrong pair) → 8/9 = 0.889
    assert (q.leads, q.sales_ready, q.conversion_ready, q.conversion_other) == (6, 2, 1.0, 0.25)
    assert q.lift == pytest.approx(2.0) and q.captured == pytest.approx(2 / 3) and q.auc == pytest.approx(8 / 9)


def test_lead_scoring_quality_auc_against_the_pairwise_oracle():
    rng = np.random.default_rng(5)
    scores = rng.integers(0, 20, 60)
    won = rng.random(60) < 0.3
    pos, neg = scores[won], scores[~won]
    pairs = [(1.0 if p > n else 0.5 if p == n else 0.0) for p in pos for n in neg]
    assert lead_scoring_quality(scores, won, 10).auc == pytest.approx(sum(pairs) / len(pairs))


def test_lead_scoring_quality_edge_cases():
    q = lead_scoring_quality([1, 2], [False, False], 5)
    assert q.conversion_ready is None and q.captured is None and q.auc is None and q.lift is None
    refused(("scores en klant geworden", "moeten even lang zijn"), lead_scoring_quality, [1, 2], [True], 1)
    refused(("klant geworden", "moet True/False per lead zijn"), lead_scoring_quality, [1, 2], ["ja", "nee"], 1)
    refused(("breedte van een scoreklasse", "groter zijn dan 0"), lead_score_bands, [1], [True], width=0)


def test_lead_scoring_on_the_case_leads_separates_converters():
    leads = load_dataset("leads")
    s = lead_scores(leads)
    won = converted(leads["fase"])
    q = lead_scoring_quality(s["score"], won, LeadScoring().threshold)
    assert q.conversion_ready > 2 * q.conversion_all and q.auc > 0.7
    bands = lead_score_bands(s["score"], won)
    assert bands["leads"].sum() == len(leads) and bands["klanten"].sum() == won.sum()


# --- RFM ------------------------------------------------------------------------------------------

# A toy log of six customers, computed by hand at the reference date 2024-12-31 (2024 is a
# leap year). One transaction of A after the reference date must be ignored.
#   A: 15-12, 01-09, 01-05, 10-01-2024, 4 × 1000  → recency 16, F 4, M 4000
#   B: 01-03-2024 2000, 01-12-2023 1500, 01-06-2023 1500 → recency 305, F 3, M 5000
#   C: 20-12-2024 300 → recency 11, F 1, M 300
#   D: 01-10-2024 250, 01-02-2024 200 → recency 91, F 2, M 450
#   E: 15-06-2024 500 → recency 199, F 1, M 500
#   F: 01-09-2023 200 → recency 366 + 121 = 487, F 1, M 200
TOY = pd.DataFrame({
    "klant_id": list("AAAAA") + list("BBB") + ["C"] + ["D", "D"] + ["E", "F"],
    "datum": pd.to_datetime(["2024-12-15", "2024-09-01", "2024-05-01", "2024-01-10", "2025-01-15",
                             "2024-03-01", "2023-12-01", "2023-06-01", "2024-12-20", "2024-10-01", "2024-02-01",
                             "2024-06-15", "2023-09-01"]),
    "bedrag": [1000.0, 1000, 1000, 1000, 9999, 2000, 1500, 1500, 300, 250, 200, 500, 200],
})
TOY["brutomarge"] = TOY["bedrag"] * 0.25


def test_rfm_table_hand_example():
    t = rfm_table(TOY, "2024-12-31")
    assert t["recency"].to_dict() == {"A": 16, "B": 305, "C": 11, "D": 91, "E": 199, "F": 487}
    assert t["frequency"].to_dict() == {"A": 4, "B": 3, "C": 1, "D": 2, "E": 1, "F": 1}
    assert t["monetary"].to_dict() == {"A": 4000, "B": 5000, "C": 300, "D": 450, "E": 500, "F": 200}


def test_rfm_scores_and_segments_hand_example():
    # score = ⌈5 · rank / 6⌉ with rank 1 = worst; ties get the lowest rank of their group
    # R (recency, lower is better): F 487 → 1, B 305 → 2, E 199 → 3, D 91 → 4, A 16 → 5, C 11 → 5
    # F: C, E, F (1 order) share rank 1 → 1; D (2) rank 4 → 4; B (3) rank 5 → 5; A (4) → 5
    # M: F 200 → 1, C 300 → 2, D 450 → 3, E 500 → 4, A 4000 → 5, B 5000 → 5
    # segments with FM = (F + M)/2: A 5/5 kampioenen; B R2 FM5 risicoklanten; C R5 FM1.5 veelbelovend;
    # D R4 FM3.5 loyale klanten; E R3 FM2.5 aandacht nodig; F R1 FM1 verloren
    t = rfm_analysis(TOY, "2024-12-31")
    assert t["rfm"].to_dict() == {"A": "555", "B": "255", "C": "512", "D": "443", "E": "314", "F": "111"}
    assert t["segment"].to_dict() == {"A": "kampioenen", "B": "risicoklanten", "C": "veelbelovend",
                                      "D": "loyale klanten", "E": "aandacht nodig", "F": "verloren"}
    assert t.loc["B", "actie"] == RFM_SEGMENTS["risicoklanten"].action


def test_rfm_at_an_earlier_reference_date_ignores_later_orders():
    t = rfm_table(TOY, "2023-12-31")
    assert set(t.index) == {"B", "F"}
    assert t.loc["B", "recency"] == 30 and t.loc["B", "monetary"] == 3000


def test_quintile_scores_hand_examples_and_an_oracle():
    assert quintile_scores([10, 20, 30, 40, 50, 60]).tolist() == [1, 2, 3, 4, 5, 5]
    assert quintile_scores([1, 1, 1, 1, 2, 3]).tolist() == [1, 1, 1, 1, 5, 5]
    assert quintile_scores([5, 40, 5, 100], higher_is_better=False).tolist() == [4, 3, 4, 2]
    values = pd.Series(np.random.default_rng(1).integers(0, 50, 500))
    scores = quintile_scores(values)
    for i in (0, 17, 251, 499):   # oracle: count the values at or below, per element
        rank_min = int((values < values.iloc[i]).sum()) + 1
        assert scores.iloc[i] == math.ceil(5 * rank_min / len(values) - 1e-9)
    # with 500 distinct-ish values every score holds roughly a fifth
    assert quintile_scores(pd.Series(np.arange(500))).value_counts().tolist() == [100] * 5


def test_rfm_segment_covers_the_whole_grid_exactly_once():
    r, f, m = np.meshgrid(range(1, 6), range(1, 6), range(1, 6), indexing="ij")
    seg = rfm_segment(r.ravel(), f.ravel(), m.ravel())
    assert set(seg) == set(RFM_SEGMENTS) and seg.notna().all() and len(seg) == 125
    assert rfm_segment([2], [1], [2]).tolist() == ["slapers"]
    assert rfm_segment([1], [5], [5]).tolist() == ["risicoklanten"]
    refused(("R[0]", "score 1,", "of 5", "(kreeg 6)"), rfm_segment, [6], [1], [1])
    refused(("R, F en M", "moeten even lang zijn"), rfm_segment, [1, 2], [1], [1])


def test_rfm_segment_summary_hand_example():
    s = rfm_segment_summary(rfm_analysis(TOY, "2024-12-31"))
    assert list(s.index) == list(RFM_SEGMENTS)
    assert s.loc["kampioenen", "klanten"] == 1 and s.loc["slapers", "klanten"] == 0
    assert s.loc["risicoklanten", "aandeel_omzet"] == pytest.approx(5000 / 10450)
    refused("geef de tabel van rfm_analysis()", rfm_segment_summary, pd.DataFrame({"x": [1]}))


@pytest.mark.parametrize("change, parts", [
    (lambda t: t.drop(columns="bedrag"), ("de transacties missen", "kolom(men) bedrag")),
    (lambda t: t.assign(datum=t["datum"].dt.strftime("%Y-%m-%d")), "kolom datum moet datums bevatten"),
    (lambda t: t.assign(bedrag=t["bedrag"].astype(str)), "kolom bedrag moet getallen bevatten"),
    (lambda t: t.assign(bedrag=[np.nan] + t["bedrag"].tolist()[1:]), ("bedrag in transactierij 1", "eindig getal")),
    (lambda t: t.assign(klant_id=[None] + t["klant_id"].tolist()[1:]), ("klant_id is leeg", "transactierij 1")),
    (lambda t: t.assign(datum=[pd.NaT] + t["datum"].tolist()[1:]), ("datum is leeg", "transactierij 1")),
    (lambda t: t.iloc[:0], "de transacties bevatten geen rijen"),
])
def test_rfm_refuses_bad_logs(change, parts):
    refused(parts, rfm_table, change(TOY), "2024-12-31")


def test_rfm_refuses_bad_reference_dates():
    refused(("peildatum", "datum", "'2024-12-31'", "(kreeg 'morgen')"), rfm_table, TOY, "morgen")
    refused("peildatum moet een datum zijn", rfm_table, TOY, 2024)
    refused(("geen transacties", "vóór de peildatum 2020-01-01"), rfm_table, TOY, "2020-01-01")
    refused(("de transacties", "moeten een tabel (DataFrame) zijn"), rfm_table, [1, 2], "2024-12-31")


# --- klantretentie and CLV per customer ---------------------------------------------------------------

def test_yearly_retention_hand_example():
    # 2023: A B C active; 2024: A B D active → 2 of 3 kept = 0.667
    log = pd.DataFrame({"klant_id": list("ABCABD"), "datum": pd.to_datetime(
        ["2023-01-05", "2023-02-01", "2023-03-01", "2024-01-05", "2024-05-01", "2024-06-01"])})
    r = yearly_retention(log)
    assert r.loc[2024].tolist() == pytest.approx([3, 2, 2 / 3])
    refused("minstens twee opeenvolgende jaren", yearly_retention, log.iloc[:3])


def test_yearly_retention_of_the_case_log_matches_a_set_oracle():
    log = load_dataset("transacties")
    r = yearly_retention(log)
    years = log["datum"].dt.year
    for year in (2023, 2024):
        before, now = set(log.loc[years == year - 1, "klant_id"]), set(log.loc[years == year, "klant_id"])
        assert r.loc[year, "retentie"] == pytest.approx(len(before & now) / len(before))


def test_customer_clv_hand_example():
    # yearly margin = margin / years; CLV = m · 0.8 / (1 + 0.1 − 0.8) − AC, on the log up to 2024
    t = customer_clv(TOY[TOY["datum"] <= "2024-12-31"], 0.8, 0.1, years=2, acquisition_cost=100)
    # A: 1000 / 2 = 500 per year → 500 · 8/3 − 100 = 1233.33; B: 1250 / 2 = 625 → 1566.67
    assert t.loc["A", "marge_per_jaar"] == pytest.approx(500) and t.loc["A", "clv"] == pytest.approx(500 * 0.8 / 0.3 - 100)
    assert t.loc["B", "clv"] == pytest.approx(625 * 0.8 / 0.3 - 100)
    assert list(t.index[:2]) == ["B", "A"]                                    # sorted by CLV
    refused(("aantal jaren", "groter zijn dan 0"), customer_clv, TOY, 0.8, 0.1, years=0)
    refused(("retentie", "kleiner zijn dan 1"), customer_clv, TOY, 1.0, 0.1, years=2)
    refused(("de transacties missen", "kolom(men) marge"), customer_clv, TOY, 0.8, 0.1, years=2, margin="marge")


def test_customer_analysis_combines_rfm_abc_pyramid_and_clv():
    t = customer_analysis(TOY, "2024-12-31", retention=0.8, discount_rate=0.1, years=3)
    rfm = rfm_analysis(TOY, "2024-12-31")
    assert list(t.index) == ["B", "A", "E", "D", "C", "F"]                  # by revenue, largest first
    pd.testing.assert_series_equal(t["segment"].sort_index(), rfm["segment"].sort_index())
    abc = abc_analysis(rfm["monetary"])
    assert t["abc"].tolist() == abc["class"].tolist()
    assert t["cum_aandeel"].tolist() == pytest.approx(abc["cum_share"].tolist())
    assert t.loc["A", "clv"] == pytest.approx(1000 / 3 * 0.8 / 0.3)
    assert set(t["piramide"]) <= {"top", "groot", "middelgroot", "klein"}


def test_customer_analysis_on_the_case_log_matches_a_plain_groupby():
    log = load_dataset("transacties")
    t = customer_analysis(log, "2024-12-31", retention=0.84, discount_rate=0.1, years=3)
    plain = log.groupby("klant_id").agg(last=("datum", "max"), n=("datum", "size"), omzet=("bedrag", "sum"),
                                        marge=("brutomarge", "sum"))
    t = t.sort_index()
    assert (t["laatste_aankoop"] == plain["last"]).all() and (t["frequency"] == plain["n"]).all()
    assert np.allclose(t["monetary"], plain["omzet"]) and np.allclose(t["marge"], plain["marge"])
    assert (t["abc"] == "A").sum() == (abc_analysis(plain["omzet"])["class"] == "A").sum()
    assert t["clv"].sum() == pytest.approx(plain["marge"].sum() / 3 * 0.84 / 0.26)


def test_customer_analysis_refuses_bad_parameters():
    refused(("grens B", "groter zijn dan grens A"), customer_analysis, TOY, "2024-12-31", retention=0.8,
            discount_rate=0.1, years=3, thresholds=(0.9, 0.8))
    refused("acquisitiekosten mag niet negatief zijn", customer_analysis, TOY, "2024-12-31", retention=0.8,
            discount_rate=0.1, years=3, acquisition_cost=-1)
    refused("disconteringsvoet", customer_analysis, TOY, "2024-12-31", retention=0.8, discount_rate=-2, years=3)
