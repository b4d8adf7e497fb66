"""The case numbers in the chapter-8 quiz bank (data/quizzes/h08.yaml), recomputed from the models and
data/beurzen.csv. The generic tests in test_quiz.py check format and feedback; these check the figures."""

from functools import partial

import pytest

from salesbook import fairs, strategy
from salesbook.data import load_dataset
from salesbook.quiz import load_quiz
from tests import checks

QUESTIONS = {q.id: q for q in load_quiz(8)}
correct = partial(checks.correct_option, QUESTIONS)
FAIRS = load_dataset("beurzen")


def _text(qid):
    q = QUESTIONS[qid]
    return " ".join([q.text, *(o.text + " " + o.feedback for o in q.options)])


def test_h08_06_quotes_the_two_best_fairs():
    # Gorinchem (8·7 + 6·6 + 9·9 + 6·9 + 5·8 + 1·2) / 35 = 269 / 35 = 7,69; Utrecht 263 / 35 = 7,51
    ranking = fairs.rank_fairs(FAIRS, strategy.normalize_weights(fairs.CASE_IMPORTANCE))
    assert ranking.index[0] == "Installatievakdagen Gorinchem" and ranking.index[1].startswith("Bouw- en Inst")
    assert ranking["score"].iloc[:2].round(2).tolist() == [7.69, 7.51]
    checks.assert_numbers(_text("h08-06"), "7,69", "7,51")
    # one point more for Utrecht on assortment (weight 9): 272 > 269, the order flips
    assert 263 + 9 > 269


def test_h08_15_roi_one_and_three_years():
    contacts = 9 * fairs.CASE_CONTACTS_PER_HOUR * 8 * 3                       # 864
    orders = fairs.follow_up_funnel(contacts, fairs.CASE_RATES)[-1]            # 27,216
    cost = float(fairs.stand_budget(FAIRS.set_index("beurs_id").loc["B01"], **fairs.CASE_STAND)["bedrag"].sum())
    first = fairs.margin_won(orders, fairs.CASE_ORDER_VALUE, fairs.CASE_GROSS_MARGIN)
    three = fairs.margin_won(orders, fairs.CASE_ORDER_VALUE, fairs.CASE_GROSS_MARGIN, years=3,
                             retention=fairs.CASE_RETENTION, discount_rate=fairs.CASE_DISCOUNT_RATE)
    flat = fairs.margin_won(orders, fairs.CASE_ORDER_VALUE, fairs.CASE_GROSS_MARGIN, years=3,
                            retention=fairs.CASE_RETENTION)
    # (48 988,8 − 47 800) / 47 800 = 2,5%; × 2,041322 → 109%; undiscounted × 2,19 → 124%
    assert round(fairs.fair_roi(first, cost) * 100, 1) == 2.5
    assert round(fairs.fair_roi(three, cost) * 100) == 109 and round(fairs.fair_roi(flat, cost) * 100) == 124
    # the question: "+2,5%" in the first year, "+109%" over three years; a distractor's feedback: "+124%" undiscounted
    found = checks.numbers(_text("h08-15"))
    assert found[0] == "+2,5%" and found[3] == "+109%" and "+124%" in found


def test_h08_19_hannover_most_target_visitors_but_reach_score_1():
    by_id = FAIRS.set_index("beurs_id")
    target = by_id["bezoekers"] * by_id["aandeel_doelgroep"]
    # Hannover 192 300 × 0,10 = 19 230, more than Utrecht (17 780) and Essen (17 640); the lowest share (10%)
    assert target.idxmax() == "B06" and by_id["aandeel_doelgroep"].idxmin() == "B06"
    assert by_id.loc["B06", "aandeel_doelgroep"] == 0.10 and by_id.loc["B06", "bezoekers"] > 190_000
    assert by_id.loc["B06", "score_doelgroep"] == 1 and by_id.loc["B02", "score_doelgroep"] == 10
    checks.assert_numbers(_text("h08-19"), "10%", "190.000")
    assert QUESTIONS["h08-19"].options[QUESTIONS["h08-19"].correct_index].text.startswith("Het bereik telt")


@pytest.mark.parametrize("qid, answer", [("h08-03", "6,6"), ("h08-04", "0,5"), ("h08-07", "€ 31.200"),
                                          ("h08-09", "18"), ("h08-10", "€ 120"), ("h08-12", "20"),
                                          ("h08-13", "600"), ("h08-14", "20%")])
def test_computed_keys(qid, answer):
    # 0,5·8 + 0,3·6 + 0,2·4 = 6,6; 4 / 8 = 0,5; 8 000 + 6 000 + 7 200 + 10 000 = 31 200; ⌈1 200 / 70⌉ = 18;
    # 36 000 / 300 = 120; 1 000 · 0,2 · 0,4 · 0,25 = 20; 12 / 0,25 / 0,4 / 0,2 = 600; (60 000 − 50 000) / 50 000
    assert correct(qid) == answer
    assert fairs.staff_needed(300, 5, 7, 2, 0.25) == 18
    assert fairs.contacts_needed(12, [0.2, 0.4, 0.25])[0] == 600
    assert fairs.fair_roi(25 * 8_000 * 0.3, 50_000) == pytest.approx(0.2)
