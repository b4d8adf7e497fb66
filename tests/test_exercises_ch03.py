"""Chapter 3 exercises: the expected answers recomputed by hand from the case data (plain pandas and
arithmetic, not the models), the right answer accepted, the typical mistakes recognised with their
own feedback and a book reference of the book map, and the justification steps."""

import pandas as pd
import pytest

from salesbook.data import load_dataset
from salesbook.exercise_bank import ch03
from tests.checks import assert_solution_ends_with_the_meaning

TRENDS = load_dataset("omgevingstrends")
DE = TRENDS[TRENDS["markt"] == "Duitsland"]
FORCES = load_dataset("vijf_krachten")
MARKET = load_dataset("marktpotentieel").set_index("land")


def test_level_of_a_trend():
    row = DE.set_index("trend").loc["Lange levertijden van A-merken"]
    assert (row["niveau"], row["factor"]) == ("meso", "leveranciers")
    ex = ch03.opgave_niveau
    assert ex.check("meso", redenen="a").correct and ex.check("mesoniveau", redenen="a").correct
    assert "beslist" in ex.check("micro").message
    assert "bedrijfstakken" in ex.check("macro").message
    assert not ex.check("meso", redenen="ab").correct


def test_action_cell_count_by_hand():
    # high = 4 or 5 on 1–5: Inkoopverenigingen 4×4, Sterke regionale groothandels 4×5, Renovatiegolf 4×4
    action = DE[(DE["impact"] > 3) & (DE["waarschijnlijkheid"] > 3)]
    assert sorted(action["trend"]) == ["Inkoopverenigingen van installateurs", "Renovatiegolf in de woningbouw",
                                       "Sterke regionale groothandels"]
    ex = ch03.opgave_actie_duitsland
    assert ex.expected == 3 and ex.check(3).correct
    # 3 counted as high: all but the Ketenwet (impact 2) = 7; impact only: 4 (with the subsidy)
    assert int(((DE["impact"] >= 3) & (DE["waarschijnlijkheid"] >= 3)).sum()) == 7
    assert "midden" in ex.check(7).message
    assert int((DE["impact"] > 3).sum()) == 4
    assert "scenario" in ex.check(4).message
    # the Dutch worked example has 6 trends in that cell: not the answer here
    nl = TRENDS[TRENDS["markt"] == "Nederland"]
    assert int(((nl["impact"] > 3) & (nl["waarschijnlijkheid"] > 3)).sum()) == 6
    assert not ex.check(6).correct


def test_subsidy_is_a_scenario_with_its_reasons():
    row = DE.set_index("trend").loc["Subsidie voor warmtepompen"]
    assert (row["impact"], row["waarschijnlijkheid"]) == (5, 3)     # high impact, probability on the midpoint
    # a subsidy scheme is government policy: the P of DESTEP (as quiz h03-03 classifies by the driving force)
    assert row["factor"] == "politiek-juridisch"
    ex = ch03.opgave_cel_subsidie
    assert ex.check("scenario").correct
    assert not ex.check("scenario", redenen="ab").correct
    assert "richting" in ex.check("scenario", redenen="ab").message
    assert ex.check("scenario", redenen="ac").correct
    assert "onzeker" in ex.check("volgen").message or "omgekeerd" in ex.check("volgen").message
    assert "waarschijnlijkheid" in ex.check("actie").message


def test_action_for_the_sales_plan():
    # the trend of the exercise is in the cel actie by the notebook's rule (4 × 4: both above the midpoint 3),
    # so "which action belongs in the sales plan" is the question the matrix asks for it
    row = DE.set_index("trend").loc["Renovatiegolf in de woningbouw"]
    assert (row["richting"], row["impact"], row["waarschijnlijkheid"]) == ("kans", 4, 4)
    ex = ch03.opgave_trend_naar_actie
    assert "Renovatiegolf in de woningbouw" in ex.question and "cel actie" in ex.question
    assert ex.check("2", redenen="ab").correct and ex.check(2, redenen="ab").correct
    assert "marge" in ex.check("1").message
    assert "doel" in ex.check("3").message
    assert "regio" in ex.check("4").message
    assert "kosten" in ex.check("2", redenen="abc").message


def test_action_exercise_is_not_the_worked_trend():
    # the Dutch worked action table has the portal row (Digitaal verkopen en AI); the exercise asks another trend
    ex = ch03.opgave_trend_naar_actie
    assert "portal" not in ex.question.lower()


def test_exercises_in_the_notebooks_order():
    assert [e.name for e in ch03.EXERCISES] == [
        "opgave_niveau", "opgave_krachten_duitsland", "opgave_sterkste_kracht", "opgave_actie_duitsland",
        "opgave_cel_subsidie", "opgave_trend_naar_actie", "opgave_verkooppotentieel_spanje",
        "opgave_benutting_maleisie"]


def _hand_forces(land):
    rows = FORCES[FORCES["land"] == land]
    strength = (rows["score"] * rows["gewicht"]).groupby(rows["kracht"]).sum()
    return strength, rows


def test_five_forces_germany_by_hand():
    strength, rows = _hand_forces("Duitsland")
    # concurrentie 5×0,5 + 4×0,3 + 3×0,2 = 2,5 + 1,2 + 0,6 = 4,3; toetreders 3×0,6 + 2×0,4 = 2,6;
    # substituten 2; afnemers 4×0,6 + 3×0,4 = 3,6; leveranciers 4×0,5 + 4×0,5 = 4,0
    assert strength.to_dict() == pytest.approx({"concurrentie": 4.3, "nieuwe toetreders": 2.6, "substituten": 2.0,
                                                "macht afnemers": 3.6, "macht leveranciers": 4.0})
    # mean 16,5 / 5 = 3,3; attractiveness 6 − 3,3 = 2,7
    ex = ch03.opgave_krachten_duitsland
    assert ex.expected == pytest.approx(2.7)
    assert ex.check(2.7).correct and ex.check(2.70).correct
    assert "spiegel" in ex.check(3.3).message
    # unweighted per force: (4 + 2,5 + 2 + 3,5 + 4) / 5 = 3,2 → 2,8
    unweighted = rows.groupby("kracht")["score"].mean().mean()
    assert unweighted == pytest.approx(3.2)
    assert "gewicht" in ex.check(2.8).message
    # the Dutch worked example: concurrentie 4,35, toetreders 3,0, substituten 2,6, afnemers 4,5,
    # leveranciers 3×0,5 + 3×0,3 + 2×0,2 = 2,8; mean 17,25 / 5 = 3,45; 6 − 3,45 = 2,55, not the answer here
    nl, _ = _hand_forces("Nederland")
    assert 6 - nl.mean() == pytest.approx(2.55)
    assert not ex.check(2.55).correct


def test_strongest_force_germany():
    strength, _ = _hand_forces("Duitsland")
    assert strength.idxmax() == "concurrentie"
    ex = ch03.opgave_sterkste_kracht
    assert ex.check("concurrentie", redenen="ac").correct
    assert "Nederland" in ex.check("macht afnemers").message
    assert "prijs" in ex.check("concurrentie", redenen="abc").message


def test_sales_potential_spain_by_hand():
    es = MARKET.loc["Spanje"]
    # 22.050 × 36 × 840 = 666.792.000; × 0,30 = 200.037.600; × 0,55 = 110.020.680
    market = es["afnemers"] * es["orders_per_afnemer"] * es["orderwaarde"]
    assert market == pytest.approx(666_792_000)
    expected = market * es["aandeel_regio"] * es["aandeel_assortiment"]
    assert expected == pytest.approx(110_020_680)
    ex = ch03.opgave_verkooppotentieel_spanje
    assert ex.expected == pytest.approx(expected)
    assert ex.check(110_020_680).correct and ex.check("110.020.680").correct
    assert "marktpotentieel" in ex.check(666_792_000).message
    assert "assortiment" in ex.check(200_037_600).message
    assert "regio" in ex.check(366_735_600).message          # 666.792.000 × 0,55
    assert "miljoenen" in ex.check(110.02068).message


def test_potential_used_malaysia_by_hand():
    my = MARKET.loc["Maleisië"]
    # 11.400 × 17 × 2.580 = 500.004.000; × 0,40 × 0,35 = 70.000.560; 1.000.000 / 70.000.560 = 0,01429
    sales_potential = my["afnemers"] * my["orders_per_afnemer"] * my["orderwaarde"] * 0.40 * 0.35
    assert sales_potential == pytest.approx(70_000_560)
    ex = ch03.opgave_benutting_maleisie
    assert ex.expected == pytest.approx(1_000_000 / 70_000_560)
    assert ex.check(0.0143).correct
    assert "marktaandeel" in ex.check(0.002).message          # 1 mln / 500 mln
    assert "percentage" in ex.check(1.43).message


@pytest.mark.parametrize("ex", ch03.EXERCISES, ids=lambda e: e.name)
def test_every_solution_ends_with_what_it_means(ex):
    assert_solution_ends_with_the_meaning(ex)


def test_other_data_than_the_worked_examples():
    # the notebook works Nederland; the exercises ask Duitsland, Spanje and Maleisië
    for ex in ch03.EXERCISES:
        assert "Nederland" not in ex.question or "Duitsland" in ex.question, ex.name
    assert isinstance(MARKET, pd.DataFrame)
