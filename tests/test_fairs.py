"""salesbook.fairs: cost per lead and stand staffing (public contract), ch. 8 Beursmanagement."""

import pytest

from salesbook.errors import SalesbookError
from salesbook.fairs import cost_per_lead, staff_needed


def test_cost_per_lead_hand_computed():
    # hand computation: € 45 000 fair costs / 300 leads = € 150 per lead
    assert cost_per_lead(45_000, 300) == pytest.approx(150)
    # € 10 000 / 3 leads = € 3 333,33
    assert cost_per_lead(10_000, 3) == pytest.approx(3333.3333333)


def test_cost_per_lead_zero_cost_allowed():
    assert cost_per_lead(0, 10) == 0


@pytest.mark.parametrize(
    "cost, leads, pattern",
    [
        (45_000, 0, r"aantal leads moet groter zijn dan 0 \(kreeg 0\)"),
        (45_000, -3, r"aantal leads moet groter zijn dan 0 \(kreeg -3\)"),
        (-1, 300, r"totale beurskosten mag niet negatief zijn \(kreeg -1\)"),
        ("duur", 300, r"totale beurskosten moet een getal zijn \(kreeg 'duur'\)"),
    ],
)
def test_cost_per_lead_refusals_name_the_parameter(cost, leads, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        cost_per_lead(cost, leads)


def test_staff_needed_hand_computed():
    # hand computation: 300 leads / 25% qualification = 1 200 contacts;
    # 4 contacts/h × 8 h × 3 days = 96 contacts per person → 1 200 / 96 = 12,5 → 13 people
    assert staff_needed(300, 4, 8, 3, 0.25) == 13


def test_staff_needed_exact_multiple():
    # hand computation: 288 / 0,25 = 1 152 contacts; / 96 per person = exactly 12
    assert staff_needed(288, 4, 8, 3, 0.25) == 12
    # 21 / 0,7 is 30,000000000000004 in floating point; 30 contacts / (1 × 10 × 3) = 1, not 2
    assert 21 / 0.7 > 30
    assert staff_needed(21, 1, 10, 3, 0.7) == 1


def test_staff_needed_edges():
    # no target, no staff
    assert staff_needed(0, 4, 8, 3, 0.25) == 0
    # every contact qualifies: 100 contacts / (5 × 6 × 2 = 60) = 1,67 → 2
    assert staff_needed(100, 5, 6, 2, 1) == 2


@pytest.mark.parametrize(
    "args, pattern",
    [
        ((-1, 4, 8, 3, 0.25), r"leaddoel mag niet negatief zijn \(kreeg -1\)"),
        ((300, 0, 8, 3, 0.25), r"contacten per uur moet groter zijn dan 0 \(kreeg 0\)"),
        ((300, -4, 8, 3, 0.25), r"contacten per uur moet groter zijn dan 0 \(kreeg -4\)"),
        ((300, 4, 0, 3, 0.25), r"standuren per dag moet groter zijn dan 0 \(kreeg 0\)"),
        ((300, 4, 8, 0, 0.25), r"aantal beursdagen moet groter zijn dan 0 \(kreeg 0\)"),
        ((300, 4, 8, -2, 0.25), r"aantal beursdagen moet groter zijn dan 0 \(kreeg -2\)"),
        ((300, 4, 8, 3, 0), r"kwalificatiegraad moet een fractie tussen 0 en 1 zijn, 0 zelf niet meegerekend \(kreeg 0\)"),
        ((300, 4, 8, 3, -0.1), r"kwalificatiegraad moet een fractie tussen 0 en 1 zijn.*\(kreeg -0.1\)"),
        ((300, 4, 8, 3, 1.5), r"kwalificatiegraad moet een fractie tussen 0 en 1 zijn.*\(kreeg 1.5\)"),
        ((300, 4, 8, 3, 25), r"kwalificatiegraad .*\(kreeg 25\); bedoel je 0.25"),
    ],
)
def test_staff_needed_refusals_name_the_parameter(args, pattern):
    with pytest.raises(SalesbookError, match=pattern):
        staff_needed(*args)
