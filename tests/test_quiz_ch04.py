"""The numbers in the chapter-4 quiz bank (data/quizzes/h04.yaml), recomputed.

The generic tests in test_quiz.py check the format and the feedback of every option; these
check that the case numbers and the arithmetic of the correct options are right.
"""

from functools import partial

import pytest

from salesbook import book, customers
from salesbook import forecasting as fc
from salesbook.data import load_dataset
from salesbook.quiz import load_quiz
from tests import checks

HISTORY = load_dataset("verkoophistorie")
QUESTIONS = {q.id: q for q in load_quiz(4)}
correct = partial(checks.correct_option, QUESTIONS)


def test_bank_size_and_levels():
    levels = [q.level for q in QUESTIONS.values()]
    assert len(levels) >= 15
    recall = (levels.count("onthouden") + levels.count("begrijpen")) / len(levels)
    assert 0.25 <= recall <= 0.4, "about a third recall/understand, the rest apply/analyse"


def test_weighted_pipeline_question():
    assert customers.weighted_pipeline([100_000, 200_000, 400_000], [0.9, 0.5, 0.1]) == pytest.approx(230_000)
    assert correct("h04-05") == "€ 230.000"


def test_bottom_up_check_question_uses_the_case_numbers():
    p = load_dataset("pipeline")
    nl = p[p["land"] == "Nederland"]
    assert customers.weighted_pipeline(nl["waarde"].tolist(), nl["kans"].tolist()) == pytest.approx(17.3e6, rel=0.01)
    revenue_2024 = fc.sales_series(HISTORY, land="Nederland")["2024"].sum()
    assert revenue_2024 == pytest.approx(84e6, abs=10)
    # h04-06 without the double count: which opportunities are with customers who bought in 2024?
    tx = load_dataset("transacties").assign(jaar=lambda t: t["datum"].dt.year)
    nl_ids = set(load_dataset("klanten").query("land == 'Nederland'")["klant_id"])
    tx = tx[tx["klant_id"].isin(nl_ids)]
    per = tx.pivot_table(index="klant_id", columns="jaar", values="bedrag", aggfunc="sum", fill_value=0)
    weighted = nl["waarde"] * nl["kans"]
    existing = nl["klant_id"].isin(per.index[per[2024] > 0])
    assert weighted[existing].sum() / weighted.sum() == pytest.approx(0.98, abs=0.005)     # "98%"
    assert weighted[~existing].sum() == pytest.approx(0.35e6, rel=0.01)                     # "€ 0,35 mln"
    kept = per.loc[(per[2023] > 0) & (per[2024] > 0), 2024].sum()
    assert kept / per[2023].sum() == pytest.approx(0.91, abs=0.005)                         # "91%"
    assert per[2024].sum() - kept == pytest.approx(9.0e6, rel=0.01)                         # new customers 2024
    # the colleague: 0,91 × 84,0 + 17,3 = 76,44 + 17,3 = 93,74; without the double count
    # 76,44 + 0,35 = 76,79 → € 76,8 mln, and 86,7 − 76,8 = 9,9 ≈ € 10 mln still to find (> 9,0)
    assert 0.91 * 84.0 + 17.3 == pytest.approx(93.7, abs=0.05)
    assert 0.91 * 84.0 + 0.35 == pytest.approx(76.8, abs=0.05)
    assert 86.7 - 76.8 == pytest.approx(9.9) and 86.7 - 76.8 > 9.0


def test_exponential_smoothing_questions():
    assert 0.2 * 950_000 + 0.8 * 1_000_000 == pytest.approx(990_000)
    be = fc.sales_series(HISTORY, land="België")
    assert be["2024-01"].iloc[0] == 985_085 and be["2024-02"].iloc[0] == 960_145
    assert fc.exponential_smoothing(be["2024-01":"2024-02"], 0.2).fitted.iloc[1] == 985_085
    assert correct("h04-10").startswith("€ 985.085")


def test_moving_average_question_uses_the_uk_numbers():
    uk = fc.sales_series(HISTORY, land="UK")["2024-10":"2024-12"]
    assert [round(v / 1e6, 2) for v in uk] == [1.37, 1.33, 1.17]
    assert round(fc.moving_average(uk, 3).forecast.iloc[0] / 1e6, 2) == 1.29
    assert round(fc.weighted_moving_average([1.37, 1.33, 1.17], [0.2, 0.3, 0.5]).forecast.iloc[0], 2) == 1.26


def test_middle_east_trend_question():
    me = fc.sales_series(HISTORY, land="Midden-Oosten")
    yearly = me.groupby(me.index.year).sum()
    growth = (yearly.iloc[-1] / yearly.iloc[0]) ** (1 / (len(yearly) - 1)) - 1
    assert growth == pytest.approx(0.12, abs=0.01)
    r = fc.exponential_smoothing(me, 0.3)
    assert r.errors()["bias"] > 0       # lagging behind growth: forecasts too low on average


def test_holt_and_holt_winters_arithmetic():
    assert 500_000 + 3 * 20_000 == 560_000 and 520_000 + 540_000 + 560_000 == 1_620_000
    assert (1_000_000 + 2 * 10_000) * 1.2 == pytest.approx(1_224_000)


def test_seasonal_questions():
    assert fc.seasonal_indices([80, 100, 120, 100, 80, 100, 120, 100], 4).iloc[2] == pytest.approx(1.2)
    y = fc.sales_series(HISTORY)
    august = fc.seasonal_indices(y, 12).loc[8]
    assert round(august, 2) == 0.81
    aug_2024 = y["2024-08"].iloc[0]
    assert round(aug_2024 / 1e6, 1) == 13.3
    assert round(13.3 / 0.81, 1) == 16.4 and round(13.3 * 0.81, 1) == 10.8


def test_mape_question():
    e = fc.forecast_errors([100_000, 200_000, 400_000], [110_000, 180_000, 400_000])
    assert round(e["mape"], 1) == 6.7
    assert round(e["mad"] / (700_000 / 3) * 100, 1) == 4.3


def test_holdout_questions_use_the_case_numbers():
    y = fc.sales_series(HISTORY)
    methods = {
        "ma": (fc.moving_average, {"window": 12}),
        "ses": (fc.exponential_smoothing, {"alpha": 0.3}),
        "holt": (fc.holt, {"alpha": 0.3, "beta": 0.1}),
        "hw": (fc.holt_winters, {"season_length": 12, "alpha": 0.3, "beta": 0.1, "gamma": 0.2}),
        "trend": (fc.linear_trend_forecast, {"season_length": 12}),
    }
    t = fc.holdout_comparison(y, methods, 12)
    assert [round(v, 1) for v in t["mape"]] == [7.0, 5.9, 7.1, 1.0, 1.9]
    assert round(t.loc["holt", "bias"]) == -855_769
    assert "7,0%" in QUESTIONS["h04-21"].text and "1,9%" in QUESTIONS["h04-21"].text
    assert "855.769" in QUESTIONS["h04-19"].text


def test_bottom_up_question_uses_the_notebook_forecast_for_nederland():
    # notebooks/04_salesprognose.ipynb § 7: Holt-Winters per country, parameters by grid search.
    y = fc.sales_series(HISTORY, land="Nederland")
    grid = {"alpha": [0.1, 0.2, 0.3, 0.5], "beta": [0.01, 0.05, 0.1], "gamma": [0.1, 0.2, 0.3, 0.5]}
    best = fc.grid_search(y, fc.holt_winters, grid, fixed={"season_length": 12}).best
    forecast = fc.holt_winters(y, 12, **best, horizon=12).forecast.sum()
    assert round(forecast / 1e6, 1) == 86.7
    assert "€ 86,7 mln" in QUESTIONS["h04-06"].text


def test_h04_02_cites_top_down_and_bottom_up():
    q = QUESTIONS["h04-02"]
    assert q.topic == "top-down-en-bottom-up"
    assert all(book.ref("top-down-en-bottom-up") in o.feedback for o in q.options)


def test_market_questions_use_the_case_market_of_nederland():
    # chapter 3's inputs (data/marktpotentieel.csv): 14.600 × 51 × € 940 = € 699.924.000 ("bijna € 700 mln");
    # × 1,00 × 0,60 = € 419.954.400 ("€ 420 mln"); 84 / 419,95 = 20,0%; 84 / 699,92 = 12,0%;
    # 419,95 − 84 = 335,95 ("€ 336 mln"); 0,12 / 0,10 (COUNTRY_MARKETS) = 1,2
    from salesbook import case, strategy
    from salesbook.generate.assumptions import COUNTRY_MARKETS
    est = strategy.market_estimate(**case.case_market_inputs("Nederland"))
    assert round(est.market_potential / 1e6) == 700 and round(est.sales_potential / 1e6) == 420
    assert round(est.potential_used, 2) == 0.20 and round(est.market_share, 2) == 0.12
    assert round(est.headroom / 1e6) == 336
    assert round(strategy.relative_market_share(est.market_share, [COUNTRY_MARKETS["Nederland"]["largest_competitor"]]),
                 1) == 1.2
    checks.assert_mentions(QUESTIONS["h04-23"].text, "€ 84 mln", "€ 700 mln", "€ 420 mln")
    assert correct("h04-23").startswith("Het deel van de markt")
    checks.assert_mentions(QUESTIONS["h04-24"].text, "1,2", "20%", "2%", "3,2%")
    # h04-24: the forecast € 86,65 mln / € 419,95 mln = 0,206 ("ongeveer 21%"); growth 86,65 / 84,0 − 1 = 3,2%;
    # market growth (markten.csv) 2,0%; Nederland's revenue grew (2024 / 2017)^(1/7) − 1 = 3,3% a year ("ruim 3%")
    forecast = case.case_forecast_2025()["Nederland"]
    assert round(forecast / est.sales_potential, 2) == 0.21 and round(forecast / est.revenue - 1, 3) == 0.032
    nl = case.case_markets().query("land == 'Nederland'")
    assert round(nl["markt_2024"].sum() / nl["markt_2023"].sum() - 1, 2) == 0.02
    y = fc.sales_series(HISTORY, land="Nederland")
    assert round((y["2024"].sum() / y["2017"].sum()) ** (1 / 7) - 1, 3) == 0.033
    keyed = [o for o in QUESTIONS["h04-24"].options if o.correct]
    assert len(keyed) == 1 and "concurrenten" in keyed[0].text and "21%" in keyed[0].feedback
