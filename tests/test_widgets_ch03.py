"""The chapter-3 widgets: the trend radar and the market-potential views over a grid of values
(valid → text and charts that change; invalid → only the Dutch error box), the numbers they show
recomputed by hand from the case data, and the widget builders (a country loads its assumptions)."""

import itertools

import pytest
from IPython.display import HTML, Markdown
from matplotlib.figure import Figure

from salesbook import case
from salesbook.errors import SalesbookError
from salesbook.widgets import environment as we
from salesbook.widgets.common import render
from tests.checks import assert_error_box, assert_numbers, markdown_text, nl


def _assert_valid(items, figures=1):
    assert not any(isinstance(i, HTML) and "Dat gaat niet" in i.data for i in items), items
    assert Markdown in [type(i) for i in items]
    assert sum(isinstance(i, Figure) for i in items) == figures


def _bar_labels(fig):
    return [t.get_text() for t in fig.axes[0].get_yticklabels()]


# --- trend radar ---------------------------------------------------------------------------------

def test_radar_at_the_teams_scores():
    items = render(we.trend_radar_view, {"markt": "Nederland"})
    _assert_valid(items, figures=2)
    text = markdown_text(items)
    # hand computation from omgevingstrends.csv: Energietransitie 5 × 5 = 25 is the top;
    # actie (both above 3): T01 4×5, T02 4×4, T03 4×5, T08 4×5, T11 4×4, T12 5×5 = 6 trends;
    # kansen 16 + 9 + 20 + 16 + 25 + 12 = 98, bedreigingen 20 + 20 + 15 + 12 + 8 + 12 + 12 + 8 = 107: 9 less
    assert "Energietransitie" in text and "(6 trends)" in text
    assert_numbers(text, "5", "5", "25", "25")
    assert "9 punten minder" in text
    bars = _bar_labels(next(i for i in items if isinstance(i, Figure)))
    assert bars[0] == "1. Energietransitie" and len(bars) == 14


def test_a_changed_score_moves_the_priorities():
    # Platforms en webshops (T04) from 5 × 3 = 15 to 5 × 5 = 25: tied with Energietransitie (T12);
    # a tie keeps the data set's order, so T04 comes first
    items = render(we.trend_radar_view, {"markt": "Nederland", "waarschijnlijkheid_T04": 5})
    bars = _bar_labels(next(i for i in items if isinstance(i, Figure)))
    assert bars[0] == "1. Platforms en webshops" and bars[1] == "2. Energietransitie"
    # reclassify Energietransitie as a threat: balance 98 − 25 = 73 vs 107 + 25 = 132 → 59 less
    text = markdown_text(render(we.trend_radar_view, {"markt": "Nederland", "richting_T12": "bedreiging"}))
    assert "59 punten minder" in text


@pytest.mark.parametrize("impact, probability", list(itertools.product([1, 3, 5], [1, 3, 5])))
def test_radar_over_a_grid(impact, probability):
    state = {"markt": "Duitsland"} | {f"impact_T{i}": impact for i in range(15, 23)} | {
        f"waarschijnlijkheid_T{i}": probability for i in range(15, 23)}
    items = render(we.trend_radar_view, state)
    _assert_valid(items, figures=2)
    text = markdown_text(items)
    if impact > 3 and probability > 3:
        assert "(8 trends)" in text
    else:
        assert "Geen enkele trend" in text and "(0 trends)" not in text


def test_radar_out_of_scale_score_shows_the_error_box():
    items = render(we.trend_radar_view, {"markt": "Nederland", "impact_T01": 7})
    assert_error_box(items, ("impact", "Inkoopcombinaties van installateurs", "(kreeg 7)"))
    assert_error_box(render(we.trend_radar_view, {"markt": "Frankrijk"}), ("markt", "'Frankrijk'"))


# --- five forces ---------------------------------------------------------------------------------

def test_five_forces_at_the_teams_scores():
    items = render(we.five_forces_view, {"land": "Nederland"})
    _assert_valid(items)
    text = markdown_text(items)
    # vijf_krachten.csv: afnemers 5×0,5 + 4×0,3 + 4×0,2 = 4,5 strongest; mean 3,45; 6 − 3,45 = 2,55
    assert "macht afnemers" in text and "**2,55**" in text
    assert_numbers(text, "4,50")


def test_a_changed_criterion_moves_the_forces():
    # score_8 is 'inkoopcombinaties' (macht afnemers, weight 0,5): 5 → 1 makes afnemers 1×0,5 + 1,2 + 0,8 = 2,5;
    # concurrentie 4,35 is then the strongest; mean (4,35 + 3 + 2,6 + 2,5 + 2,8) / 5 = 3,05; 6 − 3,05 = 2,95
    items = render(we.five_forces_view, {"land": "Nederland", "score_8": 1})
    text = markdown_text(items)
    assert "concurrentie" in text.split("**Sterkste kracht:**")[1][:20] and "**2,95**" in text


@pytest.mark.parametrize("score", [1, 3, 5])
def test_five_forces_over_a_grid(score):
    state = {"land": "Duitsland"} | {f"score_{i}": score for i in range(10)}
    items = render(we.five_forces_view, state)
    _assert_valid(items)
    # every criterion the same score: every force that score, attractiveness 6 − score
    assert f"**{nl(6 - score, 2)}**" in markdown_text(items)


def test_five_forces_out_of_scale_shows_the_error_box():
    assert_error_box(render(we.five_forces_view, {"land": "Nederland", "score_0": 6}), ("(kreeg 6)", "concurrentie"))


# --- market potential ----------------------------------------------------------------------------

def test_market_view_for_nederland_by_hand():
    items = render(we.market_potential_view, {"land": "Nederland"})
    _assert_valid(items)
    text = markdown_text(items)
    # marktpotentieel.csv: 14.600 × 51 × € 940 = € 699.924.000 ≈ € 700 mln; share 84 / 699,924 = 12,0%;
    # sales potential × 1,00 × 0,60 = 419.954.400; used 84 / 419,95 = 20,0%
    assert_numbers(text, "14.600", "51", "940")
    assert "**12,0%**" in text and "**20,0%**" in text


@pytest.mark.parametrize("land, buyers, ratio", list(itertools.product(
    ["Nederland", "Spanje", "Maleisië"], [10_000, 30_000], [0.6, 1.0])))
def test_market_view_over_a_grid(land, buyers, ratio):
    items = render(we.market_potential_view, {"land": land, "afnemers": buyers, "orders": 40, "orderwaarde": 1_000,
                                              "aandeel_regio": ratio, "aandeel_assortiment": 0.5})
    _assert_valid(items)
    # n × 40 × 1.000 × ratio × 0,5 is at least 10.000 × 40.000 × 0,3 = 120 mln, above every revenue;
    # the share in the text is revenue / (n × 40.000)
    revenue = case.case_market_inputs(land)["revenue"]
    share = revenue / (buyers * 40_000)
    assert f"**{nl(100 * share, 1)}%**" in markdown_text(items)


def test_market_view_refuses_revenue_above_the_sales_potential():
    # 100 afnemers × 10 × € 1.000 = € 1 mln < € 84 mln revenue
    items = render(we.market_potential_view, {"land": "Nederland", "afnemers": 100, "orders": 10, "orderwaarde": 1_000})
    assert_error_box(items, ("omzet", "groter dan de markt"))
    items = render(we.market_potential_view, {"land": "Nederland", "aandeel_regio": 0.1, "aandeel_assortiment": 0.1})
    # 699,9 mln × 0,1 × 0,1 = 7,0 mln < 84 mln
    assert_error_box(items, ("verkooppotentieel", "kettingmethode"))


# --- the builders ----------------------------------------------------------------------------------

def _outputs(box):
    import ipywidgets as w

    def walk(x):
        yield x
        for c in getattr(x, "children", ()):
            yield from walk(c)
    return [x for x in walk(box) if isinstance(x, w.Output)][0]


def _controls(box):
    import ipywidgets as w

    def walk(x):
        yield x
        for c in getattr(x, "children", ()):
            yield from walk(c)
    return [x for x in walk(box) if isinstance(x, (w.IntSlider, w.FloatSlider, w.SelectionSlider, w.Dropdown))]


def test_choosing_a_country_loads_its_assumptions():
    box = we.market_potential_widget()
    land = next(c for c in _controls(box) if c.description == "land")
    land.value = "Spanje"
    n = next(c for c in _controls(box) if c.description == "afnemers n")
    # marktpotentieel.csv: Spanje has 22.050 buyers
    assert n.value == 22_050
    shown = " ".join(str(o["data"].get("text/markdown", "")) for o in _outputs(box).outputs)
    # 8 mln / (22.050 × 36 × 840) = 8 / 666,79 = 1,2%
    assert "**1,2%**" in shown


def test_market_widget_can_leave_out_the_exercise_countries():
    # notebook 03 leaves out Spanje and Maleisië: exercises 7 and 8 ask their sales potential and its use
    box = we.market_potential_widget(landen=["Nederland", "Duitsland", "België"])
    land = next(c for c in _controls(box) if c.description == "land")
    assert list(land.options) == ["Nederland", "Duitsland", "België"]
    with pytest.raises(SalesbookError):
        we.market_potential_widget(landen=["Nederland", "Atlantis"])
    with pytest.raises(SalesbookError):
        we.market_potential_widget(land="Spanje", landen=["Nederland"])


def test_radar_widget_redraws_when_a_slider_moves():
    box = we.trend_radar_widget()
    before = [o["data"].get("text/markdown") for o in _outputs(box).outputs]
    slider = next(c for c in _controls(box) if c.tooltip and c.tooltip.startswith("impact:"))   # the first trend, T01
    slider.value = 1
    after = [o["data"].get("text/markdown") for o in _outputs(box).outputs]
    assert before != after
    # T01 at 1 × 5 = 5 leaves the cell actie: 5 trends there
    assert "(5 trends)" in after[0]
