"""BCG portfolio (chapter 2): quadrants, cut-offs, revenue per quadrant, bad input. Hand computations in comments."""

from __future__ import annotations

import pytest

from salesbook.errors import SalesbookError
from salesbook.portfolio_strategy import QUADRANTS, SALES_EFFORT, bcg_portfolio, bcg_quadrant
from tests.checks import mentions


@pytest.mark.parametrize("growth, share, expected", [
    (0.12, 1.5, "ster"),         # 12% ≥ 10%, 1,5 ≥ 1
    (0.12, 0.4, "vraagteken"),   # 12% ≥ 10%, 0,4 < 1
    (0.02, 1.2, "melkkoe"),      # 2% < 10%, 1,2 ≥ 1
    (0.02, 0.5, "hond"),         # 2% < 10%, 0,5 < 1
    (0.10, 1.0, "ster"),         # exactly on both lines counts as high
    (-0.03, 2.0, "melkkoe"),     # a shrinking market is low growth
])
def test_quadrants_with_the_classic_cutoffs(growth, share, expected):
    assert bcg_quadrant(growth, share) == expected


def test_the_growth_line_is_a_choice():
    # Midden-Oosten in COUNTRY_MARKETS: growth 9%, relative share 0,04 / 0,15 = 0,27
    assert bcg_quadrant(0.09, 0.04 / 0.15) == "hond"
    assert bcg_quadrant(0.09, 0.04 / 0.15, growth_cutoff=0.05) == "vraagteken"
    # Nederland: 2% growth, 0,12 / 0,10 = 1,2; with a share line of 1,5 it is no longer a cash cow
    assert bcg_quadrant(0.02, 1.2) == "melkkoe"
    assert bcg_quadrant(0.02, 1.2, share_cutoff=1.5) == "hond"


def test_portfolio_of_the_case_countries():
    # Nederland 84 mln: 0,12/0,10 = 1,2, growth 2% → melkkoe; Maleisië 1 mln: 0,002/0,18 = 0,011, 12% → vraagteken;
    # België 12 mln: 0,06/0,11 = 0,545, 2% → hond.
    p = bcg_portfolio({
        "Nederland": {"omzet": 84e6, "marktgroei": 0.02, "marktaandeel": 0.12, "grootste_concurrent": 0.10},
        "Maleisië": {"omzet": 1e6, "marktgroei": 0.12, "marktaandeel": 0.002, "grootste_concurrent": 0.18},
        "België": {"omzet": 12e6, "marktgroei": 0.02, "marktaandeel": 0.06, "grootste_concurrent": 0.11},
    })
    assert [u.quadrant for u in p.units] == ["melkkoe", "vraagteken", "hond"]
    assert p.unit("Nederland").relative_share == pytest.approx(1.2)
    assert p.unit("België").relative_share == pytest.approx(0.5454545)
    assert p.unit("Maleisië").strategy == SALES_EFFORT["vraagteken"][0]
    # revenue per quadrant: 84 + 1 + 12 = 97 mln; melkkoe 84/97 = 0,866
    assert p.revenue_by_quadrant == {"ster": 0.0, "vraagteken": 1e6, "melkkoe": 84e6, "hond": 12e6}
    assert p.revenue_share_by_quadrant["melkkoe"] == pytest.approx(84 / 97)
    assert set(p.revenue_by_quadrant) == set(QUADRANTS)


def test_every_quadrant_has_a_strategy_and_an_effort():
    assert set(SALES_EFFORT) == set(QUADRANTS)
    assert len({effort for _, effort in SALES_EFFORT.values()}) == 4


@pytest.mark.parametrize("units, parts", [
    ({}, ("eenheden",)),
    ({"A": {"omzet": 1, "marktgroei": 0.02, "marktaandeel": 0.1}}, ("mist", "grootste_concurrent")),
    ({"A": {"omzet": 1, "marktgroei": 0.02, "marktaandeel": 12, "grootste_concurrent": 0.1}}, ("marktaandeel", "12")),
    ({"A": {"omzet": -5, "marktgroei": 0.02, "marktaandeel": 0.1, "grootste_concurrent": 0.1}}, ("omzet", "-5")),
    ({"A": {"omzet": 1, "marktgroei": 0.02, "marktaandeel": 0.1, "grootste_concurrent": 0}}, ("concurrent",)),
    ({"A": {"omzet": 1, "marktgroei": 0.02, "marktaandeel": 0.6, "grootste_concurrent": 0.5}}, ("meer dan 1",)),
])
def test_bad_portfolio_input(units, parts):
    with pytest.raises(SalesbookError, match=mentions(*parts)):
        bcg_portfolio(units)


def test_bad_cutoffs():
    with pytest.raises(SalesbookError, match=mentions("grens relatief marktaandeel", "0")):
        bcg_quadrant(0.05, 1.0, share_cutoff=0)
    with pytest.raises(SalesbookError, match=mentions("grens marktgroei", "10")):
        bcg_quadrant(0.05, 1.0, growth_cutoff=10)
    with pytest.raises(SalesbookError, match=mentions("relatief marktaandeel", "-1")):
        bcg_quadrant(0.05, -1)
