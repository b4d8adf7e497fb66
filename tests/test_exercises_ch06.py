"""Chapter 6 exercises: the expected answers recomputed by hand from the case data (plain
pandas and arithmetic, not the models), the right answer accepted, the typical mistakes
recognised with their own feedback and a reference to a chapter-6 topic of the book map."""

import math

import pytest

from salesbook import book
from salesbook.data import load_dataset
from salesbook.exercise_bank import ch06

EXERCISES = {ex.name: ex for ex in ch06.EXERCISES}
KLANTEN = load_dataset("klanten")
TX = load_dataset("transacties")
LOC = load_dataset("accountlocaties")
TEAM = load_dataset("verkoopteam").set_index("verkoper")
VISITS = {"A": 12, "B": 4, "C": 1}
HOURS = {"A": 2, "B": 1.5, "C": 1}
NEW_VISITS = {"A": 12, "B": 6, "C": 2}   # opgave 2's norms, reused by the call-plan and balance exercises
# the references a chapter-6 text may carry: the book map's H6 topics (no § of H6 is confirmed)
H6_REFS = [t.reference for t in book.topics().values() if t.chapter == 6]


def _classes():
    """ABC by hand: Dutch customers with revenue in 2024, largest first; the class follows the
    cumulative share *before* the account (DESIGN.md): A while that is below 80%, B below 95%, else C."""
    dutch = KLANTEN.loc[KLANTEN["land"] == "Nederland", ["klant_id", "accountmanager"]]
    revenue = TX[TX["datum"].dt.year == 2024].groupby("klant_id")["bedrag"].sum()
    rev = revenue.reindex(dutch["klant_id"]).fillna(0)
    rev = rev[rev > 0].sort_values(ascending=False, kind="stable")
    before = (rev.cumsum() - rev) / rev.sum()
    cls = before.map(lambda c: "A" if c < 0.8 else "B" if c < 0.95 else "C")
    return cls, dutch.set_index("klant_id")["accountmanager"], revenue


CLS, MANAGER, REVENUE = _classes()


def _hours_per_rep(visits=VISITS):
    hours = CLS.map(lambda c: visits[c] * HOURS[c])
    return hours.groupby(MANAGER.reindex(hours.index)).sum()


def test_bewerkingstaak_by_hand():
    counts = CLS.value_counts()
    # Σ accounts × visits × hours; with the case counts (ABC on the cumulative share before each account) and the
    # exercise's longer visits (2,5 / 2 / 1 h; the worked example above it has 2 / 1,5 / 1 h and 5 921 h):
    # 193 × 12 × 2,5 + 174 × 4 × 2 + 245 × 1 × 1 = 5 790 + 1 392 + 245 = 7 427
    slow = {"A": 2.5, "B": 2, "C": 1}
    expected = sum(counts[c] * VISITS[c] * slow[c] for c in "ABC")
    assert EXERCISES["opgave_bewerkingstaak"].expected == expected == 7427


def test_werklastmethode_by_hand():
    counts = CLS.value_counts()
    hours = counts["A"] * 12 * 2 + counts["B"] * 6 * 1.5 + counts["C"] * 2 * 1
    # 210 × 8 × 0,55 = 924 h per full-time rep, rounded up
    assert EXERCISES["opgave_werklastmethode"].expected == math.ceil(hours / 924)


def test_opsplitsingsmethode_by_hand():
    assert EXERCISES["opgave_opsplitsingsmethode"].expected == math.ceil(LOC["potentieel"].sum() / 22_000_000)


def test_call_plan_exercises_by_hand():
    counts = CLS.groupby(MANAGER.reindex(CLS.index)).value_counts()
    lotte = counts["Lotte van den Heuvel"]
    # the new norms of opgave 2 (12 / 6 / 2 visits), not the current ones of the worked example
    visits = lotte["A"] * 12 + lotte["B"] * 6 + lotte["C"] * 2
    assert EXERCISES["opgave_bezoeken_per_week"].expected == pytest.approx(round(visits / (210 / 5), 1))
    fatima = _hours_per_rep(NEW_VISITS)["Fatima El Amrani"]
    assert EXERCISES["opgave_bezetting"].expected == pytest.approx(fatima / (168 * 8 * 0.55))


def test_rayonbalans_by_hand():
    hours = _hours_per_rep(NEW_VISITS)
    assert EXERCISES["opgave_rayonbalans"].expected == pytest.approx(round(hours.max() / hours.min(), 2))
    # the worked example's figure (current norms) must differ from the exercise's
    current = _hours_per_rep()
    assert round(current.max() / current.min(), 2) != EXERCISES["opgave_rayonbalans"].expected


def test_quotum_by_hand():
    rev = REVENUE.reindex(MANAGER.index).fillna(0).groupby(MANAGER).sum()
    pot = LOC.set_index("klant_id")["potentieel"].groupby(MANAGER).sum()
    total = round(rev.sum() * 1.04, -4)
    # g = 0,7 in the exercise (the worked example uses 0,5)
    share = 0.7 * pot["Daan Verbeek"] / pot.sum() + 0.3 * rev["Daan Verbeek"] / rev.sum()
    assert EXERCISES["opgave_quotum"].expected == pytest.approx(total * share, abs=1)


def test_bonus_by_hand():
    rev = REVENUE.reindex(MANAGER.index).fillna(0).groupby(MANAGER).sum()
    r = rev["Bram Kuipers"] / TEAM.loc["Bram Kuipers", "omzetdoel_2024"]
    assert 0.9 <= r <= 1.5
    # the exercise's plan pays 12% of the salary at 100% (the current plan of the worked example pays 10%)
    assert EXERCISES["opgave_bonus"].expected == pytest.approx(0.12 * TEAM.loc["Bram Kuipers", "vast_salaris"] * r, abs=1)


def test_verkoopkosten_by_hand():
    rev = REVENUE.reindex(MANAGER.index).fillna(0).groupby(MANAGER).sum()
    pay = 0.0
    for name, row in TEAM.iterrows():
        r = rev[name] / row["omzetdoel_2024"]
        bonus = 0.10 * row["vast_salaris"] * min(r, 1.5) if r >= 0.9 else 0.0
        pay += row["vast_salaris"] + 0.002 * max(0.0, rev[name] - 12_000_000) + bonus
    assert EXERCISES["opgave_verkoopkosten"].expected == pytest.approx(pay / rev.sum())


@pytest.mark.parametrize("name", list(EXERCISES))
def test_right_answer_accepted_and_mistakes_recognised(name):
    ex = EXERCISES[name]
    assert ex.check(ex.expected).correct
    assert ex.mistakes, f"{name} has no typical mistakes"
    for wrong, message in ex.mistakes:
        feedback = ex.check(wrong)
        assert feedback.correct is False and feedback.message == message and any(r in message for r in H6_REFS)


def test_specific_typical_mistakes():
    # counting visits instead of hours: 193 × 12 + 174 × 4 + 245 × 1 = 2 316 + 696 + 245 = 3 257 visits
    assert "uren per bezoek" in EXERCISES["opgave_bewerkingstaak"].check(3257).message
    # rounding down the workload method
    assert "naar beneden" in EXERCISES["opgave_werklastmethode"].check(7).message
    # Fatima's capacity as a full-timer
    assert "0,8 fte" in EXERCISES["opgave_bezetting"].check(_hours_per_rep(NEW_VISITS)["Fatima El Amrani"] / 924).message
    # a fraction asked, a percentage typed
    assert "fractie" in EXERCISES["opgave_bezetting"].check(round(EXERCISES["opgave_bezetting"].expected * 100, 1)).message


def test_nine_exercises_with_a_meaning_for_the_sales_manager():
    assert 6 <= len(EXERCISES) <= 9
    for ex in EXERCISES.values():
        assert ex.meaning and any(r in ex.title for r in H6_REFS)
        assert "§" not in ex.title


def test_werklastmethode_meaning_is_true_to_the_numbers():
    # hand computation: current norms 5 921 h / 924 = 6,41 → 7 reps; new norms 193 × 12 × 2 + 174 × 6 × 1,5
    # + 245 × 2 × 1 = 4 632 + 1 566 + 490 = 6 688 h / 924 = 7,24 → 8. The extra visits add one rep (7 → 8);
    # the gap between 7 and the 5,8 fte of today already existed.
    meaning = EXERCISES["opgave_werklastmethode"].meaning
    assert "van 7 naar 8" in meaning and "5,8 fte" in meaning
    assert "meer dan twee extra" not in meaning


# --- quiz h06: the numbers of the options follow from the question (review findings) ------------------------

def _quiz(qid):
    from salesbook.quiz import load_quiz
    return next(q for q in load_quiz(6) if q.id == qid)


def _option(question, text):
    return next(o for o in question.options if o.text == text)


def test_quiz_h06_18_options_match_their_mistakes_and_do_not_give_away_opgave_9():
    q = _quiz("h06-18")
    assert "€ 450.000" in q.text and "€ 90 mln" in q.text
    # hand computation: 450 000 / 90 000 000 = 0,005 = 0,50% (right); comma one place off: 5%;
    # one rep's cost against the team's revenue: 450 000 / 6 = 75 000; 75 000 / 90 000 000 = 0,083% → "0,08%";
    # the fraction read as a percentage: 0,005%
    assert round(450_000 / 6 / 90_000_000 * 100, 2) == 0.08
    assert _option(q, "0,50%").correct
    assert not any(_option(q, t).correct for t in ("5%", "0,08%", "0,005%"))
    assert "75.000" in _option(q, "0,08%").feedback
    # opgave 9 (0,2% provisie boven € 12 mln) has 0,465%: the quiz must not show that answer
    assert round(EXERCISES["opgave_verkoopkosten"].expected * 100, 2) == 0.47
    assert all("0,46" not in o.text and "0,47" not in o.text for o in q.options)


def test_quiz_h06_06_is_the_classical_breakdown_method():
    q = _quiz("h06-06")
    # forecast ÷ sales per rep: 96 / 14 = 6,86 → 7 (keyed); today's revenue 84 / 14 = 6; market potential
    # 150 / 14 = 10,7 → 11; untapped potential (150 − 84) / 14 = 4,7 → 5
    assert all(f"€ {n} mln" in q.text for n in (84, 96, 14, 150))
    assert [math.ceil(x) for x in (96 / 14, 84 / 14, 150 / 14, (150 - 84) / 14)] == [7, 6, 11, 5]
    assert _option(q, "7").correct
    assert not any(_option(q, t).correct for t in ("6", "11", "5"))
    assert "96 / 14 = 6,86" in _option(q, "7").feedback and "150 / 14 = 10,7" in _option(q, "11").feedback
