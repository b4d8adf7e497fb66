"""The numbers in the chapter-9 quiz bank (data/quizzes/h09.yaml), recomputed.

The generic tests in test_quiz.py check the format and the feedback of every option; these
recompute, for every calculation question, the marked answer and the main distractors by hand
(plain arithmetic written out here, not the salesbook models) and check that the option marked
juist shows that number and that each distractor is the number its feedback describes. The
Tabel 1.2 inputs are read with plain pandas from data/landenvestigingen.csv.
"""

from functools import partial

import pandas as pd
import pytest

from salesbook.paths import DATA_DIR, QUIZ_DIR
from salesbook.quiz import load_quiz
from tests import checks
from tests.checks import assert_mentions, assert_numbers

QUESTIONS = {q.id: q for q in load_quiz(9)}
correct = partial(checks.correct_option, QUESTIONS)
option = partial(checks.option, QUESTIONS)
nl = checks.nl
TABLE = pd.read_csv(DATA_DIR / "landenvestigingen.csv").set_index("land")


def pct(x, decimals=0):
    return f"{nl(100 * x, decimals)}%"


def euro(x):
    return f"€ {nl(x)}"


def test_bank_size_and_levels():
    levels = [q.level for q in QUESTIONS.values()]
    assert 15 <= len(levels) <= 20
    assert (levels.count("onthouden") + levels.count("begrijpen")) / len(levels) <= 0.4


def test_header_points_to_this_test():
    header = (QUIZ_DIR / "h09.yaml").read_text(encoding="utf-8").split("hoofdstuk:")[0]
    assert "tests/test_quiz_ch09.py" in header
    assert "tests/test_quiz.py beantwoordt elke optie" not in header


def test_h09_01_discount_volume():
    m, d = 0.30, 0.12                                       # 12%: not a column of the notebook's decision table
    assert correct("h09-01") == pct(d / (m - d), 1)         # 0,12 / 0,18 = 66,7%
    option("h09-01", pct(d / m))                            # 0,12 / 0,30 = 40%
    option("h09-01", pct(d))                                # 12%
    option("h09-01", pct(m / (m - d), 1))                   # the factor 1,667 read as 166,7%


def test_h09_02_price_rise_germany():
    m, p = TABLE.loc["Duitsland", "brutomarge"], 0.05
    assert m == 0.23                                        # Tabel 1.2
    assert correct("h09-02") == pct(p / (m + p), 1)         # 0,05 / 0,28 = 17,9%
    option("h09-02", pct(p / m, 1))                         # 0,05 / 0,23 = 21,7%
    option("h09-02", pct(p / (m - p), 1))                   # discount formula 0,05 / 0,18 = 27,8%
    option("h09-02", pct(p))                                # 5%


def test_h09_03_half_margin_discount_in_the_feedback():
    # a discount of half the 20% margin: 0,10 / (0,20 − 0,10) = 100%
    assert 0.10 / (0.20 - 0.10) == pytest.approx(1.0)
    feedback = checks.option_containing(QUESTIONS, "h09-03", "verdubbelt").feedback
    assert_numbers(feedback, "0,10", "0,20", "0,10", "100%")


def test_h09_04_markup_to_margin():
    cost, k = 80, 0.25
    price = cost * (1 + k)                                  # € 100
    assert price == 100
    assert correct("h09-04") == pct((price - cost) / price)     # 20 / 100 = 20%
    assert (price - cost) / price == pytest.approx(k / (1 + k))
    option("h09-04", pct(k))                                # the markup itself: 25%
    option("h09-04", pct(k / (1 - k), 1))                   # 0,25 / 0,75 = 33,3%
    option("h09-04", pct(cost / price))                     # 80%


def test_h09_05_markup_taken_for_the_margin():
    k, d = 0.40, 0.10
    m = k / (1 + k)                                         # 0,40 / 1,40 = 0,2857
    right, wrong = d / (m - d), d / (k - d)                 # 0,10 / 0,1857 = 53,8%; 0,10 / 0,30 = 33,3%
    assert correct("h09-05") == pct(right, 1) == "53,8%"
    option("h09-05", pct(wrong, 1))
    option("h09-05", pct(d / k))                            # 0,10 / 0,40 = 25%
    option("h09-05", pct(k))                                # 40%
    # 33,3% is 38% below 53,8%: "ruim een derde", not "een derde"
    shortfall = 1 - wrong / right
    assert 1 / 3 < shortfall < 0.4 and round(shortfall, 2) == 0.38
    feedback = option("h09-05", "53,8%").feedback
    assert "ruim een derde" in feedback and "38%" in feedback


def test_h09_08_break_even_units():
    fc, price, vc = 90_000, 60, 45
    assert correct("h09-08") == f"{nl(fc / (price - vc))} stuks"    # 90 000 / 15 = 6.000
    option("h09-08", f"{nl(fc / price)} stuks")             # 1.500
    option("h09-08", f"{nl(fc / vc)} stuks")                # 2.000
    option("h09-08", f"{nl(fc / (price - vc) * price)} stuks")   # € 360.000 taken as units


def test_h09_09_margin_of_safety():
    bep, q = 6_000, 8_000
    assert correct("h09-09") == pct((q - bep) / q)          # 2 000 / 8 000 = 25%
    option("h09-09", pct((q - bep) / bep, 1))               # 2 000 / 6 000 = 33,3%
    option("h09-09", pct(bep / q))                          # 75%
    option("h09-09", f"{nl((q - bep) / q, 2)}%")            # the fraction 0,25 read as a percentage


def test_h09_10_break_even_after_a_discount():
    fc, price, vc, d = 90_000, 60, 45, 0.05
    new_price = price * (1 - d)                             # € 57, contribution € 12
    assert correct("h09-10") == f"{nl(fc / (new_price - vc))} stuks"     # 7.500
    assert fc / (new_price - vc) / (fc / (price - vc)) - 1 == pytest.approx(d / (0.25 - d))   # +25%
    option("h09-10", f"{nl(6_000 * (1 + d))} stuks")        # 6.300
    option("h09-10", f"{nl(fc / (new_price - vc * (1 - d)))} stuks")    # 90 000 / 14,25 = 6.316
    option("h09-10", f"{nl(fc / (price - vc))} stuks")      # 6.000


def test_h09_11_receivables_uk():
    sales, days = TABLE.loc["UK", "omzet_mln"] * 1e6, TABLE.loc["UK", "debiteurendagen"]
    assert (sales, days) == (14e6, 85)                      # Tabel 1.2
    assert correct("h09-11") == euro(sales * days / 365)    # 14 000 000 × 85 / 365 = 3.260.274
    option("h09-11", euro(sales / days))                    # turned around: 14 000 000 / 85 = 164.706
    option("h09-11", euro(sales * days / 360))              # 3.305.556
    option("h09-11", euro(sales * days / 365 * 0.08))       # the interest at 8% (case.COST_OF_CAPITAL): 260.822


def test_h09_12_interest_saved_middle_east():
    sales, days = TABLE.loc["Midden-Oosten", "omzet_mln"] * 1e6, TABLE.loc["Midden-Oosten", "debiteurendagen"]
    assert (sales, days) == (44e6, 90)                      # Tabel 1.2
    freed = sales * (days - 60) / 365                       # 44 000 000 × 30 / 365 = 3.616.438
    assert correct("h09-12") == euro(freed * 0.08)          # × 8% (case.COST_OF_CAPITAL) = 289.315
    option("h09-12", euro(freed))
    option("h09-12", euro(sales * days / 365 * 0.08))       # all 90 days: 867.945
    option("h09-12", euro(sales * (days - 60) * 0.08))      # forgot / 365: 105.600.000


def test_h09_14_cost_of_sixty_extra_days():
    # 100 000 × 8% (case.COST_OF_CAPITAL) × 60 / 365 = 1 315,07
    assert correct("h09-14") == euro(100_000 * 0.08 * 60 / 365)     # → € 1.315
    option("h09-14", euro(100_000 * 0.08 * 90 / 365))       # all 90 days of B: € 1.973
    option("h09-14", euro(100_000 * 0.08))                  # a whole year: € 8.000
    option("h09-14", euro(100_000 * 0.08 * 60 / 360))       # 360-day year: € 1.333


def test_h09_15_lifetime():
    before, after = 1 / (1 - 0.80), 1 / (1 - 0.85)          # 5 and 6,67 years
    assert correct("h09-15") == f"Van {nl(before)} naar {nl(after, 2)} jaar"
    option("h09-15", f"Van {nl(before)} naar {nl(before * 1.05, 2)} jaar")               # +5%: 5,25
    option("h09-15", f"Van {nl(1 / 0.80, 2)} naar {nl(1 / 0.85, 2)} jaar")               # 1 / r: 1,25 → 1,18
    option("h09-15", f"Van {nl(before - 1)} naar {nl(after - 1, 2)} jaar")               # first year left out


def test_h09_16_reichheld_sasser_figures_are_customer_values_not_company_profits():
    # R&S compared the net present value of the average customer at current and at 5 points
    # lower defection; the quiz must not present the 30%–85% as company profit
    text = correct("h09-16")
    assert "contante waarde" in text and "winst" not in text
    feedback = option("h09-16", text).feedback
    assert_numbers(feedback, "85%", "50%", "30%")                # bank, insurance broker, car service
    assert_mentions(feedback, "niet de winst", "hele bedrijf")


def test_h09_16_the_company_profit_reading_is_a_wrong_option_that_names_the_misuse():
    # issue 12: '1% retentie → 4–5% winst' and R&S's 25–85% are no general law for company profit
    misuse = checks.option_containing(QUESTIONS, "h09-16", "bedrijfswinst")
    assert not misuse.correct
    assert_mentions(misuse.feedback, "misbruik", "4 à 5%", "geen algemene wet")
