"""Figures that notebook 03's prose quotes, recomputed from the models and the case data (issue 12, § 3).

Each test checks that the notebook still quotes the figure (so the test fails when the text goes) and that
the model gives what the text says. Hand computations in the comments.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from salesbook import case, environment, quiz, strategy
from tests.checks import notebook_prose

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "03_veranderende_omgeving.ipynb"


@pytest.fixture(scope="module")
def prose() -> str:
    return notebook_prose(NOTEBOOK)


def test_five_forces_nederland(prose):
    # afnemers 5×0,5 + 4×0,3 + 4×0,2 = 4,5; concurrentie 4×0,4 + 5×0,35 + 4×0,25 = 4,35;
    # mean (4,35 + 3,0 + 2,6 + 4,5 + 2,8) / 5 = 3,45; attractiveness 6 − 3,45 = 2,55
    r = environment.five_forces(*case.case_five_forces("Nederland"))
    assert r.strongest == "macht afnemers" and r.strength["macht afnemers"] == pytest.approx(4.5)
    assert r.strength["concurrentie"] == pytest.approx(4.35)
    assert r.attractiveness == pytest.approx(2.55)
    for quoted in ("**macht van de afnemers**", "kracht (4,5)", "(4,35)", "2,55"):
        assert quoted in prose
    de = environment.five_forces(*case.case_five_forces("Duitsland"))
    assert de.strongest == "concurrentie" and de.attractiveness > r.attractiveness     # "iets aantrekkelijkere"
    assert "iets aantrekkelijkere markt" in prose


def test_trend_radar_nederland(prose):
    r = environment.trend_radar(case.case_trends("Nederland"))
    # top: Energietransitie 5 × 5 = 25; cel actie: 6 trends, 4 kansen and 2 bedreigingen
    assert (r.trends[0].name, r.trends[0].priority) == ("Energietransitie", 25)
    action = [t for t in r.trends if t.quadrant == "actie"]
    assert len(action) == 6 and sum(t.direction == "kans" for t in action) == 4
    assert "5 × 5 = 25" in prose and "Zes trends" in prose and "cel actie" in prose
    # kansen 16 + 9 + 20 + 16 + 25 + 12 = 98; bedreigingen 20 + 20 + 15 + 12 + 8 + 12 + 12 + 8 = 107
    opportunities = sum(t.priority for t in r.trends if t.direction == "kans")
    threats = sum(t.priority for t in r.trends if t.direction == "bedreiging")
    assert (opportunities, threats) == (98, 107)
    assert "98 punten" in prose and "de bedreigingen 107" in prose
    platforms = next(t for t in r.trends if t.name == "Platforms en webshops")
    assert platforms.quadrant == "scenario" and platforms.impact == max(
        t.impact for t in r.trends if t.direction == "bedreiging")


def test_market_nederland(prose):
    r = strategy.market_estimate(**case.case_market_inputs("Nederland"))
    # 14.600 × 51 × 940 = 699.924.000 ("bijna € 700 mln"); share 84 / 699,924 = 12,0%;
    # sales potential × 0,60 = 419.954.400 (€ 420 mln); used 20,0%; headroom 335.954.400 (€ 336 mln)
    assert r.market_potential == pytest.approx(699_924_000)
    assert 690e6 < r.market_potential < 700e6 and "bijna € 700 mln" in prose
    assert round(r.market_share, 3) == 0.120 and "12,0%" in prose
    assert round(r.sales_potential / 1e6) == 420 and "€ 420 mln" in prose
    assert round(r.potential_used, 3) == 0.200 and "20,0%" in prose
    assert round(r.headroom / 1e6) == 336 and "€ 336 mln" in prose
    assert "14.600" in prose and "51 orders" in prose and "€ 940" in prose


def test_countries_compared(prose):
    est = {land: strategy.market_estimate(**case.case_market_inputs(land))
           for land in ("Duitsland", "Midden-Oosten", "Maleisië")}
    # Duitsland: 2.333,6 mln, used 35 / 449,2 = 7,8% ("nog geen 8%", "meer dan 90%" open), headroom 414 mln
    assert round(est["Duitsland"].market_potential / 1e9, 1) == 2.3 and "€ 2,3 mld" in prose
    assert est["Duitsland"].potential_used < 0.08 and "nog geen 8%" in prose
    assert 1 - est["Duitsland"].potential_used > 0.90 and "meer dan 90%" in prose
    assert est["Duitsland"].headroom > 400e6 and "ruim € 400 mln" in prose
    # Midden-Oosten 44 / 272,2 = 16,2%; Maleisië 1 / 500 = 0,2%
    assert round(est["Midden-Oosten"].potential_used, 3) == 0.162 and "16,2%" in prose
    assert round(est["Maleisië"].market_share, 3) == 0.002 and "0,2% van de markt" in prose


def test_quiz_size_quoted(prose):
    assert len(quiz.load_quiz(3)) == 15 and "vijftien vragen" in prose


def test_market_widget_leaves_out_the_exercise_countries():
    # exercises 7 and 8 ask Spanje's sales potential and Maleisië's use of it; the widget above them must not
    # print those answers, so the notebook gives it only the other countries
    nb = nbformat.read(NOTEBOOK, as_version=4)
    calls = [c.source for c in nb.cells if c.cell_type == "code" and "market_potential_widget(" in c.source]
    assert len(calls) == 1 and "landen=" in calls[0]
    assert "Spanje" not in calls[0] and "Maleisië" not in calls[0]
    assert "Nederland" in calls[0] and "Duitsland" in calls[0]     # the worked example and the 'probeer het zelf'
