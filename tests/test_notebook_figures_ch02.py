"""Figures that notebook 02's prose quotes, recomputed from the models and the case data (issue 12, § 5).

Each test checks that the notebook still quotes the figure (so the test fails when the sentence goes) and that the
model gives what the sentence says. Hand computations in the comments.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from salesbook import case, gap_analysis, generic_strategy, portfolio_strategy, swot
from salesbook.formatting import euro_compact, number
from salesbook.objectives import cascade_check
from tests.checks import assert_mentions, notebook_prose

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "02_strategische_verkoopplanning.ipynb"


@pytest.fixture(scope="module")
def prose() -> str:
    return notebook_prose(NOTEBOOK)


def test_the_cascade_falls_short(prose):
    assert "€ 214 mln" in prose and "€ 211,1 mln" in prose and "€ 2,9 mln" in prose and "(2024: € 198 mln)" in prose
    c = cascade_check(case.REVENUE_OBJECTIVE_2025, case.case_sales_targets())
    # 211,1 − 214 = −2,9 mln; 2024: 84 + 44 + 35 + 14 + 12 + 8 + 1 = 198 mln
    assert euro_compact(c.sum_of_parts) == "€ 211,1 mln" and euro_compact(-c.difference) == "€ 2,9 mln"
    assert case.dataset("verkoopdoelen")["omzet_2024"].sum() == 198_000_000


def test_the_confrontation_of_nederland(prose):
    assert_mentions(prose, "SO staat met 15 punten", "daarna WO met 9", "hebben elk 7")
    r = swot.confrontation_matrix(**case.case_confrontation("Nederland"))
    assert r.option_totals == {"SO": 15, "ST": 7, "WO": 9, "WT": 7}
    # the three cells of 5 the prose names
    fives = [(e, i) for e, i, v in r.top_cells if v == 5]
    assert len(fives) == 3
    for external, internal in fives:        # each named in the prose, in lower case after the first word
        assert_mentions(prose.lower(), external.lower(), internal.lower())
    assert_mentions(prose, "een 5 in plaats", "van een 2")
    assert r.scores[("Online prijsvergelijking", "Technisch advies van de binnendienst")] == 2


def test_the_dutch_portfolio(prose):
    assert "(relatief marktaandeel 1,65)" in prose and "(0,86)" in prose and "€ 35 mln" in prose
    p = portfolio_strategy.bcg_portfolio(case.case_portfolio_units("Nederland"))
    # Verlichting 15,83 / 9,60 = 1,65 → melkkoe; Gereedschap 1,03 ('nipt') → melkkoe; Installatiemateriaal 0,86 → hond
    assert number(p.unit("Verlichting").relative_share, 2) == "1,65" and p.unit("Verlichting").quadrant == "melkkoe"
    assert 1 <= p.unit("Gereedschap").relative_share < 1.05 and p.unit("Gereedschap").quadrant == "melkkoe"
    inst = p.unit("Installatiemateriaal")
    assert number(inst.relative_share, 2) == "0,86" and inst.quadrant == "hond" and round(inst.revenue / 1e6) == 35


def test_with_a_growth_line_of_five_percent_the_middle_east_is_all_question_marks(prose):
    assert_mentions(prose, "worden alle productgroepen", "Midden-Oosten vraagtekens")
    p = portfolio_strategy.bcg_portfolio(case.case_portfolio_units("Midden-Oosten"), growth_cutoff=0.05)
    assert {u.quadrant for u in p.units} == {"vraagteken"}
    classic = portfolio_strategy.bcg_portfolio(case.case_portfolio_units("Midden-Oosten"))
    assert {u.quadrant for u in classic.units} == {"vraagteken", "hond"}     # only Installatiemateriaal (10,0%)


def test_the_gap_of_the_group(prose):
    for figure in ("€ 207,2 mln", "€ 6,8 mln", "€ 8 mln", "€ 4,9 mln", "€ 1,9 mln"):
        assert figure in prose, figure
    plan = {"marktpenetratie": 3e6, "productontwikkeling": 2e6, "marktontwikkeling": 2e6, "diversificatie": 1e6}
    g = gap_analysis.gap_analysis(case.REVENUE_OBJECTIVE_2025, case.case_forecast_2025().sum(), plan)
    # 214 − 207,25 = 6,75; 3 × 0,8 + 2 × 0,6 + 2 × 0,5 + 1 × 0,3 = 4,9; 6,75 − 4,9 = 1,85
    assert euro_compact(g.forecast) == "€ 207,2 mln" and euro_compact(g.gap) == "€ 6,8 mln"
    assert euro_compact(g.filled) == "€ 4,9 mln" and euro_compact(g.remaining) == "€ 1,9 mln"


def test_the_middle_east_growth_in_the_open_answer(prose):
    assert "ongeveer 9% groei" in prose
    m = case.case_markets()
    me = m[m["land"] == "Midden-Oosten"]
    assert me["markt_2024"].sum() / me["markt_2023"].sum() - 1 == pytest.approx(0.09, abs=0.002)


def test_the_value_discipline_of_nederland(prose):
    assert_mentions(prose, "operational excellence zakt", "onder het drempelniveau")
    # means: (3 + 3 + 2) / 3 = 2,67; (5 + 4 + 5) / 3 = 4,67; (3 + 3 + 4) / 3 = 3,33
    p = generic_strategy.value_discipline({"operational excellence": [3, 3, 2], "customer intimacy": [5, 4, 5],
                                           "product leadership": [3, 3, 4]})
    assert p.leading == "customer intimacy" and p.clear and p.below_threshold == ("operational excellence",)


def test_the_belgian_plan_in_the_model_answer(prose):
    assert_mentions(prose, "0,32 + 0,12", "€ 0,44 mln")
    g = gap_analysis.gap_analysis(1.0, 0.4, {"marktpenetratie": 0.4, "productontwikkeling": 0.2})
    assert g.filled == pytest.approx(0.44)


def test_the_smart_rule_finds_25000_in_the_dutch_objective(prose):
    # the first figure that is not a year (2025) or the day of a date (1 juli): 25.000 ('veertig' is a word)
    assert_mentions(prose, "vindt het hier 25.000")
    from salesbook.objectives import smart_check

    plan = case.dataset("doelstellingen")
    text = plan.loc[(plan["niveau"] == "verkoop") & (plan["eenheid"] == "Noordstroom Nederland"), "doelstelling"].iloc[0]
    assert "1 juli 2025" in text and "veertig" in text
    found = {r.key: r.found for r in smart_check(text).rules}
    assert found["getal"] == "25.000" and smart_check(text).score == 5
