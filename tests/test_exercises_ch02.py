"""Chapter 2 exercises: the expected answers recomputed by hand from the CSV files (plain pandas and
arithmetic, not the models), the right answer accepted with its reasons, typical mistakes recognised."""

from __future__ import annotations

import pytest

from salesbook import case
from salesbook.data import load_dataset
from salesbook.exercise_bank import ch02
from tests.checks import asks_what_it_means

EXERCISES = {ex.name: ex for ex in ch02.EXERCISES}


def test_every_question_asks_what_it_means():
    for ex in ch02.EXERCISES:
        assert asks_what_it_means(ex.question), ex.name


def test_cascade_by_hand():
    t = load_dataset("verkoopdoelen").set_index("land")
    eu = ["Nederland", "België", "Duitsland", "UK", "Spanje"]
    # (84 + 12 + 35 + 14 + 8) mln × 1,06 = 162,18 mln; targets 89 + 12,6 + 36,5 + 14,6 + 8,6 = 161,3 mln → 0,88 mln
    goal = t.loc[eu, "omzet_2024"].sum() * 1.06
    assert goal == pytest.approx(162_180_000) and t.loc[eu, "omzetdoel_2025"].sum() == 161_300_000
    ex = ch02.opgave_cascade
    assert ex.check(880_000).correct
    assert ex.check(2_900_000).correct is False and "hele groep" in ex.check(2_900_000).message
    assert "in duizenden" in ex.check(880).message


def test_relative_share_by_hand():
    m = load_dataset("markten")
    row = m[(m["land"] == "Midden-Oosten") & (m["productgroep"] == "Verlichting")].iloc[0]
    # 8 569 575 / 23 391 000 = 0,366
    relative = row["omzet_2024"] / row["omzet_concurrent_2024"]
    assert round(relative, 2) == 0.37
    ex = ch02.opgave_relatief_aandeel
    assert ex.check(0.37).correct and ex.check(round(relative, 3)).correct
    assert "omgekeerd" in ex.check(round(1 / relative, 3)).message


def test_bcg_position_and_its_reasons():
    m = load_dataset("markten")
    row = m[(m["land"] == "Midden-Oosten") & (m["productgroep"] == "Verlichting")].iloc[0]
    growth = row["markt_2024"] / row["markt_2023"] - 1
    assert 0.09 < growth < 0.10          # 9,8%: just under the classic line of 10%
    ex = ch02.opgave_bcg_positie
    assert ex.check("hond", redenen="abc").correct
    assert ex.check("hond", redenen="abd").correct is False
    assert "5%" in ex.check("vraagteken").message


def test_confrontation_of_germany_by_hand():
    c = load_dataset("confrontatiematrix")
    de = c[c["land"] == "Duitsland"]
    blocks = de.groupby(["soort_extern", "soort_intern"])["score"].sum()
    # SWOT["Duitsland"]: WT = threats × weaknesses = 5 + 3 + 2 + 4 = 14; SO = 3 + 1 + 1 + 5 = 10
    assert blocks[("bedreiging", "zwakte")] == 14 and blocks[("kans", "sterkte")] == 10
    ex = ch02.opgave_confrontatie
    assert ex.check("wt", redenen="ac").correct
    assert ex.check("SO").correct is False and "10" in ex.check("SO").message
    # the WT cells are 5, 3, 2 and 4: three of four score 3 or more (reason a's feedback)
    wt = de[(de["soort_extern"] == "bedreiging") & (de["soort_intern"] == "zwakte")]["score"]
    assert sorted(wt) == [2, 3, 4, 5] and (wt >= 3).sum() == 3


def test_gap_of_nederland_by_hand():
    target = load_dataset("verkoopdoelen").set_index("land").loc["Nederland", "omzetdoel_2025"]
    forecast = case.case_forecast_2025()["Nederland"]
    # 89 mln − 86,65 mln = 2,35 mln; expected 1,5 mln × 0,8 + 1 mln × 0,6 = 1,8 mln; open ≈ 0,55 mln
    remaining = target - forecast - (1_500_000 * 0.8 + 1_000_000 * 0.6)
    assert remaining == pytest.approx(549_432, abs=1)
    ex = ch02.opgave_gat
    assert ex.check(549_432).correct
    assert "100%" in ex.check(target - forecast - 2_500_000).message
    assert "2024" in ex.check(target - 84_000_000 - 1_800_000).message


@pytest.mark.parametrize("name, answer, reasons", [
    ("opgave_benadering", "systeemverkoop", "ab"),
    ("opgave_smart", "ja", "abc"),
    ("opgave_waardediscipline", "operational excellence", "abc"),
    ("opgave_ansoff_route", "diversificatie", "ab"),
])
def test_choices_with_their_reasons(name, answer, reasons):
    ex = EXERCISES[name]
    kwargs = {"redenen": reasons} if reasons else {}
    assert ex.check(answer, **kwargs).correct
    if reasons:
        assert ex.check(answer, redenen=reasons + "d").correct is False


def test_typical_wrong_choices():
    assert "probleem" in ch02.opgave_benadering.check("team selling").message
    # laadpalen are new and so are lease companies: productontwikkeling forgets the new customers
    assert "klanten" in ch02.opgave_ansoff_route.check("productontwikkeling").message
    assert "assortiment" in ch02.opgave_ansoff_route.check("marktontwikkeling").message
    assert "maatwerk" in ch02.opgave_waardediscipline.check("customer intimacy").message
    assert ch02.opgave_smart.check("nee").correct is False
