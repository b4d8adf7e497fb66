"""Objective cascade and SMART rules (chapter 2). Hand computations and the rule each example meets in comments."""

from __future__ import annotations

import pytest

from salesbook.errors import SalesbookError
from salesbook.objectives import SMART_LETTERS, SMART_RULES, cascade_check, smart_check
from tests.checks import mentions


def test_cascade_adds_up_within_tolerance():
    # 84 + 44 + 35 + 14 + 12 + 8 + 1 = 198 against 198: difference 0
    c = cascade_check(198, {"NL": 84, "MO": 44, "DE": 35, "UK": 14, "BE": 12, "ES": 8, "MY": 1})
    assert c.sum_of_parts == 198 and c.difference == 0 and c.adds_up
    # 199 against 198,5: +0,5 / 198,5 = 0,25% ≤ 0,5% → adds up (rounding)
    assert cascade_check(198.5, {"a": 100, "b": 99}).adds_up


def test_cascade_that_falls_short():
    # 190 against 200: −10, −5%
    c = cascade_check(200, {"a": 120, "b": 70})
    assert (c.difference, c.relative_difference, c.adds_up) == (-10, -0.05, False)
    # a tolerance of 5% lets it pass
    assert cascade_check(200, {"a": 120, "b": 70}, tolerance=0.05).adds_up


@pytest.mark.parametrize("args, parts", [
    ((0, {"a": 1}), ("doelstelling", "0")),
    ((100, {}), ("deeldoelstellingen",)),
    ((100, {"a": -1}), ("deeldoelstelling a", "-1")),
    ((100, {"a": 1}, 5), ("tolerantie", "5")),
])
def test_bad_cascade_input(args, parts):
    total, partsmap, *tol = args
    with pytest.raises(SalesbookError, match=mentions(*parts)):
        cascade_check(total, partsmap, **({"tolerance": tol[0]} if tol else {}))


def test_a_full_smart_objective():
    c = smart_check("De accountmanagers in Duitsland winnen vóór 1 juli 2025 twaalf nieuwe industrieklanten, "
                    "van 40 naar 52 actieve klanten.")
    # getal: '40' (not the 1 of 1 juli, not 2025), eenheid: '52 actieve klanten', deadline: 'vóór 1 juli', eigenaar: 'accountmanagers',
    # basis: 'van … naar'
    assert c.score == 5 and c.passed_all
    assert [r.key for r in c.rules] == list(SMART_RULES)
    assert {r.key: r.found for r in c.rules}["getal"] == "40"


@pytest.mark.parametrize("text", ["We willen in 2025 meer klanten.", "We willen meer klanten in 2025.",
                                  "Vóór 1 juli meer klanten."])
def test_a_year_or_a_date_is_no_target_figure(text):
    # '2025' and the '1' of '1 juli' belong to the deadline; no figure, so no unit either
    assert {"getal", "eenheid"} <= set(smart_check(text).failed)
    assert "deadline" not in smart_check(text).failed


def test_a_year_with_a_unit_is_a_figure():
    # '2000 stuks': a unit follows, so 2000 is an amount, not a year
    found = {r.key: r.found for r in smart_check("We verkopen 2000 stuks in 2025.").rules}
    assert (found["getal"], found["eenheid"], found["deadline"]) == ("2000", "2000 stuks", "in 2025")


def test_the_unit_after_the_figure_comes_first():
    # 'orders van 30' (unit before a number) starts further left, but '30%' is the unit of the figure
    found = {r.key: r.found for r in smart_check("De binnendienst verhoogt het aandeel online orders van 30% naar 45% "
                                                 "uiterlijk eind 2025.").rules}
    assert (found["getal"], found["eenheid"]) == ("30", "30%")


# Input texts (objectives a student might write) and the rules each should fail.
TEXTS = {
    "vaag": "We willen meer klanten.",
    # a number with a unit and a deadline, but nobody owns it and there is no base
    "zonder_eigenaar": "Noordstroom België wint 15 nieuwe klanten uiterlijk eind 2025.",
    # the year after 'ten opzichte van' is the base, not a deadline
    "basisjaar": "De omzet moet 5% groeien ten opzichte van de omzet in 2024.",
    # an owner and a verb, nothing measurable
    "alleen_eigenaar": "De salesmanager zorgt dat de klanttevredenheid stijgt.",
}
FAILED = {
    "vaag": {"getal", "eenheid", "deadline", "eigenaar", "basis"},
    "zonder_eigenaar": {"eigenaar", "basis"},
    "basisjaar": {"deadline", "eigenaar"},
    "alleen_eigenaar": {"getal", "eenheid", "deadline", "basis"},
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_failed_rules(name):
    found = set(smart_check(TEXTS[name]).failed)
    assert found == FAILED[name]


def test_every_rule_serves_a_smart_letter():
    assert set(SMART_LETTERS) == set(SMART_RULES) and set(SMART_LETTERS.values()) <= set("SMART")


@pytest.mark.parametrize("bad", ["", "   ", None, 5])
def test_no_objective(bad):
    with pytest.raises(SalesbookError, match=mentions("doelstelling")):
        smart_check(bad)
