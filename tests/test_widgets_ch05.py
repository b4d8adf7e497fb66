"""The chapter-5 widgets: every view over a grid of values (valid → text, table and figure;
invalid → only the Dutch error box), the numbers they show, and the widget builders."""

import itertools

import ipywidgets as w
import pandas as pd
import pytest
from IPython.display import HTML, Markdown
from matplotlib.figure import Figure

from salesbook import customers
from salesbook.data import load_dataset
from salesbook.widgets import customers as wc
from salesbook.widgets.common import render
from tests.checks import (assert_error_box as _assert_error, assert_numbers, line_with, markdown_text as _text, nl,
                          pairs_and_corners)


def _assert_valid(items, formula=True):
    assert not any(isinstance(i, HTML) and "Dat gaat niet" in i.data for i in items), items
    kinds = [type(i) for i in items]
    assert Markdown in kinds and Figure in kinds and pd.DataFrame in kinds
    if formula:
        assert "$$" in next(i.data for i in items if isinstance(i, Markdown))


# --- reverse funnel -------------------------------------------------------------------------------

@pytest.mark.parametrize("target, cw, wh, hk", list(itertools.product([1, 40, 200], [0.05, 0.41, 1.0],
                                                                      [0.05, 0.35], [0.29, 1.0])))
def test_reverse_funnel_view_over_a_grid(target, cw, wh, hk):
    items = render(wc.reverse_funnel_view, {"target": target, "cold_to_warm": cw, "warm_to_hot": wh,
                                             "hot_to_customer": hk})
    _assert_valid(items)
    table = next(i for i in items if isinstance(i, pd.DataFrame))
    assert table["nodig"].iloc[-1] == str(target)


def test_reverse_funnel_view_shows_the_steps_and_the_rounding_trap():
    # 40 / 0.29 = 137.93 → 138; 138 / 0.35 = 394.29 → 395; 395 / 0.41 = 963.41 → 964
    items = render(wc.reverse_funnel_view, {"target": 40, "cold_to_warm": 0.41, "warm_to_hot": 0.35,
                                             "hot_to_customer": 0.29})
    text = _text(items)
    assert_numbers(text, "40", "0,29", "137,93", "138")
    assert_numbers(text, "138", "0,35", "394,29", "395")
    assert_numbers(text, "395", "0,41", "963,41", "964")
    assert "**964 cold leads**" in text
    # rounding only at the end: 40 / (0,41 × 0,35 × 0,29 = 0,041615) = 961,2 → 962, that is 964 − 962 = 2 too few
    assert_numbers(line_with(text, "962"), "41,0%", "35,0%", "29,0%", "962", "2")
    assert items[1].loc["cold leads", "nodig"] == "964"


@pytest.mark.parametrize("state, fragment", [
    ({"cold_to_warm": 0.0}, ("conversieratio[0]", "fase 1 naar fase 2", "groter zijn dan 0")),
    ({"warm_to_hot": 1.5}, "conversieratio[1]"),
    ({"hot_to_customer": 29}, "bedoel je 0.29?"),
    ({"target": -3}, "target moet minstens 0 zijn"),
    ({"target": 2.5}, ("target", "geheel getal")),
])
def test_reverse_funnel_view_invalid_values_give_only_the_error_box(state, fragment):
    full = {"target": 40, "cold_to_warm": 0.41, "warm_to_hot": 0.35, "hot_to_customer": 0.29} | state
    _assert_error(render(wc.reverse_funnel_view, full), fragment)


def test_case_conversion_rates_come_from_the_case_funnel():
    funnel = customers.lead_funnel(load_dataset("leads")["fase"])
    assert wc.case_conversion_rates() == pytest.approx(funnel["conversie"].iloc[1:4].tolist())


# --- lead scoring ---------------------------------------------------------------------------------

LEADS = load_dataset("leads")


@pytest.mark.parametrize("visit, download, demo, source, size, threshold", pairs_and_corners(
    [0, 2, 5], [0, 5], [0, 20, 40], [0, 20], [15], [0, 40, 100]))
def test_lead_scoring_view_over_a_grid(visit, download, demo, source, size, threshold):
    _assert_valid(render(wc.lead_scoring_view, {
        "points_per_visit": visit, "points_per_download": download, "demo_points": demo,
        "best_source_points": source, "largest_size_points": size, "threshold": threshold, "leads": LEADS}))


def test_lead_scoring_view_default_numbers():
    items = render(wc.lead_scoring_view, {"leads": LEADS})
    model = customers.LeadScoring()
    scored = customers.lead_scores(LEADS, model)
    q = customers.lead_scoring_quality(scored["score"], customers.converted(LEADS["fase"]), model.threshold)
    text = _text(items)
    assert_numbers(text, nl(q.sales_ready), "3.000")             # sales-ready leads out of the 3 000
    assert "AUC" in text and "doorverwijzing 20" in text


def test_scoring_model_of_the_widget_equals_the_default_model_at_default_sliders():
    assert wc.scoring_model(2, 5, 20, 20, 15, 40) == customers.LeadScoring()


@pytest.mark.parametrize("state, fragment", [
    ({"points_per_visit": -1}, ("punten per websitebezoek", "negatief")),
    ({"demo_points": float("nan")}, ("punten voor een demo-aanvraag", "eindig getal")),
    ({"threshold": "veel"}, ("drempel voor sales-ready", "getal")),
    ({"leads": LEADS.drop(columns="bron")}, ("de leads missen", "kolom(men) bron")),
    ({"leads": LEADS.drop(columns="fase")}, ("de leads missen", "kolom fase")),
    ({"leads": LEADS.assign(fase="lauw")}, "onbekende fase 'lauw'"),
])
def test_lead_scoring_view_invalid_values_give_only_the_error_box(state, fragment):
    _assert_error(render(wc.lead_scoring_view, {"leads": LEADS} | state), fragment)


# --- RFM ---------------------------------------------------------------------------------------------

TRANSACTIONS = load_dataset("transacties")
KLANTEN = load_dataset("klanten")


@pytest.mark.parametrize("reference_date, segment", list(itertools.product(
    wc.REFERENCE_DATES, list(customers.RFM_SEGMENTS))))
def test_rfm_view_over_a_grid(reference_date, segment):
    items = render(wc.rfm_view, {"reference_date": reference_date, "segment": segment,
                                 "transactions": TRANSACTIONS, "klanten": KLANTEN})
    _assert_valid(items)
    assert customers.RFM_SEGMENTS[segment].action in _text(items)


def test_rfm_view_numbers_match_the_model():
    items = render(wc.rfm_view, {"reference_date": "2024-12-31", "segment": "risicoklanten",
                                 "transactions": TRANSACTIONS, "klanten": KLANTEN})
    rfm = customers.rfm_analysis(TRANSACTIONS, "2024-12-31")
    n = int((rfm["segment"] == "risicoklanten").sum())
    assert f"{n} klanten" in _text(items)
    members = items[-1]
    assert len(members) == min(10, n) and members["RFM"].str[0].astype(int).le(2).all()


@pytest.mark.parametrize("state, fragment", [
    ({"segment": "vip"}, "segment moet een van 'kampioenen'"),
    ({"reference_date": "gisteren"}, "peildatum moet een datum zijn"),
    ({"reference_date": "2019-12-31"}, ("geen transacties", "peildatum 2019-12-31")),
    ({"transactions": TRANSACTIONS.drop(columns="bedrag")}, ("de transacties missen", "kolom(men) bedrag")),
    ({"klanten": KLANTEN.drop(columns="klant_id")}, ("de klantentabel", "kolom klant_id")),
])
def test_rfm_view_invalid_values_give_only_the_error_box(state, fragment):
    full = {"reference_date": "2024-12-31", "segment": "kampioenen", "transactions": TRANSACTIONS,
            "klanten": KLANTEN} | state
    _assert_error(render(wc.rfm_view, full), fragment)


# --- NPS ---------------------------------------------------------------------------------------------

SURVEY = load_dataset("nps_enquete")
LANDS = sorted(SURVEY["land"].unique())
SEGMENTS = sorted(SURVEY["segment"].unique())


@pytest.mark.parametrize("by, subset", [("land", s) for s in ["alle"] + SEGMENTS] + [("segment", s) for s in ["alle"] + LANDS])
def test_nps_view_over_a_grid(by, subset):
    _assert_valid(render(wc.nps_view, {"by": by, "subset": subset, "survey": SURVEY}))


def test_nps_view_numbers_match_the_model():
    items = render(wc.nps_view, {"by": "land", "subset": "alle", "survey": SURVEY})
    total = customers.nps_breakdown(SURVEY["score"])
    from salesbook.formatting import number

    assert f"**+{number(total.nps, 1)}**" in _text(items)
    table = items[1]
    by_land = customers.nps_by(SURVEY, "land")
    assert list(table.index) == list(by_land.index)
    small = [land for land, n in by_land["n"].items() if n < wc.MIN_ANSWERS]
    if small:
        assert "trek daar geen conclusies uit" in _text(items)


@pytest.mark.parametrize("state, fragment", [
    ({"by": "regio"}, ("indeling", "'land', 'segment'")),
    ({"subset": "Frankrijk"}, "selectie (segment) moet een van"),
    ({"survey": SURVEY.assign(score=SURVEY["score"] + 1)}, ("geheel getal", "0 tot en met 10", "(kreeg 11)")),
])
def test_nps_view_invalid_values_give_only_the_error_box(state, fragment):
    _assert_error(render(wc.nps_view, {"by": "land", "subset": "alle", "survey": SURVEY} | state), fragment)


# --- CLV explorer --------------------------------------------------------------------------------------

MARGINS = wc.case_yearly_margins()


@pytest.mark.parametrize("margin, retention, discount_rate, acquisition_cost", pairs_and_corners(
    [500, 15_000, 200_000], [0.3, 0.84, 0.97], [0.0, 0.1, 0.3], [0, 50_000]))
def test_clv_view_over_a_grid(margin, retention, discount_rate, acquisition_cost):
    _assert_valid(render(wc.clv_view, {"margin": margin, "retention": retention, "discount_rate": discount_rate,
                                       "acquisition_cost": acquisition_cost, "yearly_margins": MARGINS}))


def test_clv_view_shows_the_one_point_effect_on_the_customer_base():
    items = render(wc.clv_view, {"margin": 15_000, "retention": 0.84, "discount_rate": 0.10, "acquisition_cost": 0,
                                 "yearly_margins": MARGINS})
    base = MARGINS.sum()
    now, up = base * 0.84 / 0.26, base * 0.85 / 0.25
    from salesbook.formatting import euro_compact, percent

    text = _text(items)
    assert euro_compact(up - now) in text and percent(up / now - 1, 1) in text
    assert "5,24%" in text                       # the chapter-1 single-customer view: 0.011 / (0.84 · 0.25)
    assert items[1].loc["customer equity actieve klanten", "nu"] == euro_compact(now)


def test_case_yearly_margins_are_the_active_customers():
    table = customers.customer_analysis(TRANSACTIONS, "2024-12-31", retention=0.8, discount_rate=0.1, years=3)
    active = table[table["recency"] <= 365]
    assert len(MARGINS) == len(active) and MARGINS.sum() == pytest.approx(active["marge"].sum() / 3)


@pytest.mark.parametrize("state, fragment", [
    ({"retention": 1.0}, "retentie"),
    ({"discount_rate": -1.5}, "disconteringsvoet"),
    ({"acquisition_cost": -1}, "acquisitiekosten mag niet negatief zijn"),
    ({"margin": float("nan")}, "marge per periode"),
])
def test_clv_view_invalid_values_give_only_the_error_box(state, fragment):
    full = {"margin": 15_000, "retention": 0.84, "discount_rate": 0.1, "acquisition_cost": 0,
            "yearly_margins": MARGINS} | state
    _assert_error(render(wc.clv_view, full), fragment)


# --- the widget builders -------------------------------------------------------------------------------

BUILDERS = [wc.reverse_funnel_widget, wc.lead_scoring_widget, wc.rfm_widget, wc.nps_widget, wc.clv_widget]


@pytest.mark.parametrize("build", BUILDERS, ids=lambda b: b.__name__)
def test_building_the_widgets_works(build):
    box = build()
    assert isinstance(box, w.Box)
    controls = box.children[0].children
    assert controls and all(c.description for c in controls)
    assert "Interactief onderdeel" in repr(box)


def test_moving_the_controls_redraws_without_errors():
    box = wc.reverse_funnel_widget()
    target = next(c for c in box.children[0].children if c.description == "Target nieuwe klanten")
    target.value = 120
    nps = wc.nps_widget()
    by, subset = nps.children[0].children
    by.value = "segment"                      # the subset menu switches to the lands
    assert "Nederland" in subset.options
    subset.value = "Nederland"
    rfm = wc.rfm_widget()
    rfm.children[0].children[1].value = "verloren"
