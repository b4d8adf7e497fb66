"""Chapter 5 — Customer relationship: the reverse funnel, lead scoring, RFM segments, NPS and
the CLV explorer as widgets.

Every ``..._view`` takes all its state as arguments (tests call it over a grid of values) and
returns what to show: Markdown with the formula and the numbers, a table and a figure. Every
``..._widget()`` wires controls to its view with :func:`salesbook.widgets.common.live`. The
case data are loaded once and passed to the view unchanged; a view never alters them.
All numbers come from :mod:`salesbook.customers`; the widgets hold no formulas.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import ipywidgets as w
import pandas as pd

from salesbook import case, charts, customers, validation
from salesbook.errors import SalesbookError
from salesbook.formatting import euro, euro_compact, number, percent
from salesbook.formatting import tex_number as _tex
from salesbook.widgets import common
from salesbook.widgets.retention import retention_view

REFERENCE_DATE = "2024-12-31"   # the end of the case company's CRM log
CASE_YEARS = 3                   # the log covers 2022–2024
ACTIVE_DAYS = 365                # a customer who bought in the last year counts as active


@lru_cache(maxsize=None)
def _case(name: str) -> pd.DataFrame:
    """A case data set, read once per session (views only read it)."""
    return case.dataset(name)


def _rate(fraction: float) -> str:
    """A conversion rate as a decimal fraction for a calculation: 0,29 or 0,294."""
    text = number(float(fraction), 3).rstrip("0")
    return text + "0" if text.endswith(",") else text


def _pct(fraction: float | None, decimals: int = 1) -> str:
    return "–" if fraction is None else percent(fraction, decimals)


# --- the reverse funnel -----------------------------------------------------------------

FUNNEL_LABELS = ("cold leads", "warm leads", "hot leads", "nieuwe klanten")


def case_conversion_rates() -> list[float]:
    """The stage-to-stage conversion cold → warm → hot → klant of the case leads (2024)."""
    funnel = customers.lead_funnel(_case("leads")["fase"])
    return [float(r) for r in funnel["conversie"].iloc[1:4]]


def reverse_funnel_view(target: int, cold_to_warm: float, warm_to_hot: float, hot_to_customer: float) -> list[Any]:
    """How many cold, warm and hot leads are needed for a target of new customers."""
    rates = [cold_to_warm, warm_to_hot, hot_to_customer]
    need = customers.reverse_funnel(target, rates)
    lines = [
        "Reken van onder naar boven: deel het aantal in een fase door de conversie naar die fase, en rond "
        "**elke fase** naar boven af:",
        r"$$N_{\text{fase}} = \left\lceil \frac{N_{\text{volgende fase}}}{c_{\text{fase}}} \right\rceil$$",
        "",
        f"- {FUNNEL_LABELS[3]}: **{number(need[3])}** (het target)",
    ]
    for i in (2, 1, 0):
        exact = need[i + 1] / float(rates[i])
        lines.append(f"- {FUNNEL_LABELS[i]}: ⌈{number(need[i + 1])} / {_rate(rates[i])}⌉ = "
                     f"⌈{number(exact, 2)}⌉ = **{number(need[i])}**")
    overall = need[3] / need[0] if need[0] else None
    lines += [
        "",
        f"Voor {number(need[3])} nieuwe klanten zijn dus **{number(need[0])} cold leads** nodig "
        f"(van lead tot klant {_pct(overall)}).",
    ]
    once = customers.reverse_funnel(target, [float(rates[0]) * float(rates[1]) * float(rates[2])])[0]
    if once != need[0]:
        lines.append(f"Wie pas aan het eind afrondt (target / ({' × '.join(percent(r, 1) for r in rates)})), komt op "
                     f"{number(once)}: {number(need[0] - once)} te weinig, omdat je in elke fase met hele leads werkt.")
    table = pd.DataFrame({
        "nodig": [number(n) for n in need],
        "conversie naar de volgende fase": [percent(r, 1) for r in rates] + ["–"],
    }, index=pd.Index(FUNNEL_LABELS, name="fase"))
    fig = charts.reverse_funnel_chart(FUNNEL_LABELS, need, [float(r) for r in rates],
                                      title=f"Reverse funnel: wat is er nodig voor {number(need[3])} nieuwe klanten?")
    return [common.md("\n".join(lines)), table, fig]


def reverse_funnel_widget() -> w.Box:
    """A target slider and the three conversion rates, set to the case company's 2024 funnel."""
    rates = [round(r, 2) for r in case_conversion_rates()]
    controls = {
        "target": common.whole_slider("Target nieuwe klanten", 40, 1, 200),
        "cold_to_warm": common.slider("Conversie cold → warm", rates[0], 0.05, 1.0, 0.01, percent=True),
        "warm_to_hot": common.slider("Conversie warm → hot", rates[1], 0.05, 1.0, 0.01, percent=True),
        "hot_to_customer": common.slider("Conversie hot → klant", rates[2], 0.05, 1.0, 0.01, percent=True),
    }
    return common.live(reverse_funnel_view, controls)


# --- lead scoring ---------------------------------------------------------------------------

DEFAULT_SCORING = customers.LeadScoring()
_BEST_SOURCE = max(DEFAULT_SCORING.source_points.values())
_LARGEST_SIZE = max(p for _, p in DEFAULT_SCORING.size_points)
VISITS_CAP, DOWNLOADS_CAP = 10, 3   # visits and downloads beyond these add no more points


def scoring_model(points_per_visit: float, points_per_download: float, demo_points: float,
                  best_source_points: float, largest_size_points: float, threshold: float) -> customers.LeadScoring:
    """The points model of the widget: the default model with its weights set by the sliders.

    Source and size points are scaled so that the best source (doorverwijzing) and the
    largest companies (≥ 250 employees) get the slider's points; visits count up to
    10, downloads up to 3.
    """
    names = {"points_per_visit": "punten per websitebezoek", "points_per_download": "punten per download",
             "demo_points": "punten voor een demo-aanvraag", "best_source_points": "punten voor de beste bron",
             "largest_size_points": "punten voor de grootste bedrijven"}
    given = {"points_per_visit": points_per_visit, "points_per_download": points_per_download,
             "demo_points": demo_points, "best_source_points": best_source_points,
             "largest_size_points": largest_size_points}
    value = {key: validation.positive(v, names[key], allow_zero=True) for key, v in given.items()}
    validation.number(threshold, "drempel voor sales-ready")
    source = value["best_source_points"] / _BEST_SOURCE
    size = value["largest_size_points"] / _LARGEST_SIZE
    return customers.LeadScoring(
        source_points={k: v * source for k, v in DEFAULT_SCORING.source_points.items()},
        size_points=tuple((low, p * size) for low, p in DEFAULT_SCORING.size_points),
        points_per_visit=value["points_per_visit"], max_visit_points=VISITS_CAP * value["points_per_visit"],
        points_per_download=value["points_per_download"],
        max_download_points=DOWNLOADS_CAP * value["points_per_download"],
        demo_points=value["demo_points"], threshold=float(threshold),
    )


def lead_scoring_view(
    points_per_visit: float = 2,
    points_per_download: float = 5,
    demo_points: float = 20,
    best_source_points: float = 20,
    largest_size_points: float = 15,
    threshold: float = 40,
    leads: pd.DataFrame | None = None,
) -> list[Any]:
    """The points model, the share of sales-ready leads and how well the score predicts conversion."""
    data = _case("leads") if leads is None else leads
    model = scoring_model(points_per_visit, points_per_download, demo_points, best_source_points,
                          largest_size_points, threshold)
    scored = customers.lead_scores(data, model)
    if "fase" not in data.columns:
        raise SalesbookError("de leads missen de kolom fase (de verste fase die elke lead bereikte)")
    won = customers.converted(data["fase"])
    quality = customers.lead_scoring_quality(scored["score"], won, model.threshold)
    bands = customers.lead_score_bands(scored["score"], won, width=10)
    sources = ", ".join(f"{name} {number(p, 1 if p % 1 else 0)}" for name, p in model.source_points.items())
    sizes = ", ".join(f"vanaf {number(low)} mw. {number(p, 1 if p % 1 else 0)}" for low, p in model.size_points)
    lines = [
        rf"$$\text{{score}} = p_\text{{bron}} + p_\text{{omvang}} + \min({_tex(model.points_per_visit, 1)} \cdot "
        rf"\text{{bezoeken}},\ {_tex(model.max_visit_points, 1)}) + \min({_tex(model.points_per_download, 1)} \cdot "
        rf"\text{{downloads}},\ {_tex(model.max_download_points, 1)}) + {_tex(model.demo_points, 1)} \cdot "
        rf"\text{{demo}}$$",
        f"met punten per bron: {sources}; per bedrijfsgrootte: {sizes}. Een lead is **sales-ready** bij een score "
        f"van minstens {number(model.threshold)} (hoogst mogelijke score: {number(model.max_score(), 1)}).",
        "",
        f"- Sales-ready: **{number(quality.sales_ready)} van de {number(quality.leads)} leads** "
        f"({_pct(quality.share_ready)}); die gaan naar een verkoper.",
        f"- Van de sales-ready leads werd **{_pct(quality.conversion_ready)}** klant, van de overige leads "
        f"{_pct(quality.conversion_other)} (gemiddeld {_pct(quality.conversion_all)}).",
    ]
    if quality.lift is not None:
        lines.append(f"- Lift: sales-ready leads worden {number(quality.lift, 1)} keer zo vaak klant als een "
                     f"gemiddelde lead; ze leverden **{_pct(quality.captured, 0)}** van alle nieuwe klanten.")
    if quality.auc is not None:
        verdict = ("goed" if quality.auc >= 0.8 else "redelijk" if quality.auc >= 0.7
                   else "zwak" if quality.auc > 0.55 else "niet beter dan toeval")
        lines.append(f"- Onderscheidend vermogen (AUC): {number(quality.auc, 2)}, {verdict}: de kans dat een lead die "
                     "klant werd hoger scoort dan een lead die dat niet werd.")
    table = pd.DataFrame({
        "leads": [number(v) for v in bands["leads"]],
        "klant geworden": [number(v) for v in bands["klanten"]],
        "conversie": [_pct(v if v == v else None) for v in bands["conversie"]],
        "sales-ready": ["ja" if low >= model.threshold else "nee" for low in bands["ondergrens"]],
    }, index=bands.index)
    fig = charts.lead_score_chart(bands, threshold=model.threshold)
    return [common.md("\n".join(lines)), table, fig]


def lead_scoring_widget() -> w.Box:
    """Sliders for the points per characteristic and the threshold, on the case leads."""
    controls = {
        "points_per_visit": common.slider("Punten per websitebezoek (max. 10 bezoeken)", 2, 0, 5, 0.5, decimals=1),
        "points_per_download": common.slider("Punten per download (max. 3)", 5, 0, 15, 1),
        "demo_points": common.slider("Punten voor een demo-aanvraag", 20, 0, 40, 1),
        "best_source_points": common.slider("Punten voor de beste bron (doorverwijzing)", 20, 0, 40, 1),
        "largest_size_points": common.slider("Punten voor grote bedrijven (≥ 250 mw.)", 15, 0, 30, 1),
        "threshold": common.slider("Drempel sales-ready (punten)", 40, 0, 100, 5),
    }
    return common.live(lead_scoring_view, controls, fixed={"leads": _case("leads")})


# --- RFM segments -------------------------------------------------------------------------

REFERENCE_DATES = ("2023-06-30", "2023-12-31", "2024-06-30", "2024-12-31")


def _rfm(reference_date: str, transactions: pd.DataFrame | None) -> pd.DataFrame:
    tx = _case("transacties") if transactions is None else transactions
    return customers.rfm_analysis(tx, reference_date)


def rfm_view(
    reference_date: str = REFERENCE_DATE,
    segment: str = "kampioenen",
    transactions: pd.DataFrame | None = None,
    klanten: pd.DataFrame | None = None,
) -> list[Any]:
    """The RFM segments at a reference date, and the customers and action of one segment."""
    chosen = validation.choice(segment, "segment", list(customers.RFM_SEGMENTS))
    rfm = _rfm(reference_date, transactions)
    summary = customers.rfm_segment_summary(rfm)
    spec = customers.RFM_SEGMENTS[chosen]
    row = summary.loc[chosen]
    date = pd.Timestamp(reference_date).date()
    lines = [
        f"Peildatum **{date.strftime('%d-%m-%Y')}**: {number(len(rfm))} klanten kochten tot dan toe. Elke klant krijgt "
        "per kenmerk een score van 1 tot 5 (kwintielen: de beste 20% een 5):",
        r"$$\text{score} = \left\lceil 5 \cdot \frac{\text{rang}}{n} \right\rceil,\qquad "
        r"\text{segment volgt uit } R \text{ en } FM = \tfrac{F + M}{2}$$",
        "met R = recency (dagen sinds de laatste order, minder is beter), F = frequency (aantal orders) en "
        "M = monetary (omzet).",
        "",
        f"**{chosen[0].upper()}{chosen[1:]}** ({spec.rule}): {spec.description}. "
        f"{number(row['klanten'])} klanten ({_pct(row['aandeel_klanten'], 0)}), samen {euro_compact(row['omzet'])} "
        f"omzet ({_pct(row['aandeel_omzet'], 0)}).",
        "",
        f"**Actie:** {spec.action}.",
    ]
    table = pd.DataFrame({
        "klanten": [number(v) for v in summary["klanten"]],
        "% klanten": [_pct(v, 0) for v in summary["aandeel_klanten"]],
        "omzet": [euro_compact(v) for v in summary["omzet"]],
        "% omzet": [_pct(v, 0) for v in summary["aandeel_omzet"]],
        "gem. dagen sinds order": [number(v) if v == v else "–" for v in summary["gem_recency"]],
        "actie": summary["actie"].tolist(),
    }, index=summary.index)
    fig = charts.rfm_segment_chart(summary, title=f"RFM-segmenten op {date.strftime('%d-%m-%Y')}")
    out: list[Any] = [common.md("\n".join(lines)), table, fig]
    members = rfm[rfm["segment"] == chosen].sort_values("monetary", ascending=False).head(10)
    if len(members):
        names = _case("klanten") if klanten is None else klanten
        if "klant_id" not in names.columns:
            raise SalesbookError("de klantentabel mist de kolom klant_id")
        info = names.set_index("klant_id").reindex(members.index)
        out.append(common.md(f"De grootste {len(members)} {chosen} (op omzet):"))
        out.append(pd.DataFrame({
            "naam": info["naam"].tolist() if "naam" in info else ["–"] * len(members),
            "land": info["land"].tolist() if "land" in info else ["–"] * len(members),
            "dagen sinds order": [number(v) for v in members["recency"]],
            "orders": [number(v) for v in members["frequency"]],
            "omzet": [euro(v) for v in members["monetary"]],
            "RFM": members["rfm"].tolist(),
        }, index=members.index))
    return out


def rfm_widget() -> w.Box:
    """A reference date and a segment: the segment table and chart, and that segment's customers."""
    controls = {
        "reference_date": w.Dropdown(options=[(pd.Timestamp(d).strftime("%d-%m-%Y"), d) for d in REFERENCE_DATES],
                                     value=REFERENCE_DATE, description="Peildatum", style=common.LABEL_STYLE),
        "segment": w.Dropdown(options=list(customers.RFM_SEGMENTS), value="kampioenen", description="Segment",
                              style=common.LABEL_STYLE),
    }
    return common.live(rfm_view, controls, fixed={"transactions": _case("transacties"), "klanten": _case("klanten")})


# --- Net Promoter Score ------------------------------------------------------------------

ALL = "alle"
NPS_DIMENSIONS = ("land", "segment")
MIN_ANSWERS = 30   # fewer answers than this: the margin of error is too wide to compare


def nps_view(by: str = "land", subset: str = ALL, survey: pd.DataFrame | None = None) -> list[Any]:
    """The NPS per land or segment, optionally within one segment or land."""
    data = _case("nps_enquete") if survey is None else survey
    dim = validation.choice(by, "indeling", NPS_DIMENSIONS)
    other = NPS_DIMENSIONS[1 - NPS_DIMENSIONS.index(dim)]
    if other not in data.columns:
        raise SalesbookError(f"de enquête mist de kolom {other}")
    options = [ALL] + sorted(str(v) for v in data[other].dropna().unique())
    chosen = validation.choice(subset, f"selectie ({other})", options)
    part = data if chosen == ALL else data[data[other] == chosen]
    total = customers.nps_breakdown(part["score"])
    table_nps = customers.nps_by(part, dim)
    where = "alle antwoorden" if chosen == ALL else f"{other} {chosen}"
    sign = "+" if total.nps > 0 else ""
    lines = [
        r"$$\text{NPS} = \%\ \text{promotors (9–10)} - \%\ \text{criticasters (0–6)}$$",
        f"Over {where} ({number(total.n)} antwoorden): {number(total.promoters)} promotors "
        f"({_pct(total.share_promoters)}), {number(total.passives)} passieven ({_pct(total.share_passives)}) en "
        f"{number(total.detractors)} criticasters ({_pct(total.share_detractors)}), dus "
        f"NPS = {number(total.share_promoters * 100, 1)} − {number(total.share_detractors * 100, 1)} = "
        f"**{sign}{number(total.nps, 1)}**.",
        "",
        "De foutmarge (95%) zegt hoe ver de NPS van een groep door toeval kan afwijken; verschillen kleiner dan "
        "de foutmarges zijn geen bewijs.",
    ]
    small = [str(i) for i, n in table_nps["n"].items() if n < MIN_ANSWERS]
    if small:
        lines.append(f"Let op: minder dan {MIN_ANSWERS} antwoorden bij {', '.join(small)}; trek daar geen conclusies uit.")
    table = pd.DataFrame({
        "antwoorden": [number(v) for v in table_nps["n"]],
        "promotors": [_pct(v, 0) for v in table_nps["promoters"]],
        "passieven": [_pct(v, 0) for v in table_nps["passives"]],
        "criticasters": [_pct(v, 0) for v in table_nps["detractors"]],
        "NPS": [f"{'+' if v > 0 else ''}{number(v, 0)}" for v in table_nps["nps"]],
        "foutmarge": [f"± {number(v, 0)}" for v in table_nps["foutmarge"]],
    }, index=table_nps.index)
    fig = charts.nps_chart(table_nps, title=f"NPS per {dim} ({where})")
    return [common.md("\n".join(lines)), table, fig]


def nps_widget() -> w.Box:
    """NPS per land or per segment, within all answers or one segment/land."""
    survey = _case("nps_enquete")
    lands = sorted(str(v) for v in survey["land"].unique())
    segments = sorted(str(v) for v in survey["segment"].unique())
    by = w.ToggleButtons(options=[("per land", "land"), ("per segment", "segment")], value="land",
                         description="Indeling", style=common.LABEL_STYLE)
    subset = w.Dropdown(options=[ALL] + segments, value=ALL, description="Binnen", style=common.LABEL_STYLE)

    def switch(change):  # per land → choose within a segment; per segment → within a land
        subset.options = [ALL] + (segments if change["new"] == "land" else lands)
        subset.value = ALL

    by.observe(switch, names="value")
    return common.live(nps_view, {"by": by, "subset": subset}, fixed={"survey": survey})


# --- CLV explorer ------------------------------------------------------------------------

def case_yearly_margins(reference_date: str = REFERENCE_DATE) -> pd.Series:
    """Average yearly gross margin of every active customer (bought in the last 365 days)."""
    table = customers.customer_analysis(_case("transacties"), reference_date, retention=0.8, discount_rate=0.1,
                                        years=CASE_YEARS)
    return table.loc[table["recency"] <= ACTIVE_DAYS, "marge_per_jaar"]


def clv_view(
    margin: float = 15_000,
    retention: float = 0.84,
    discount_rate: float = 0.10,
    acquisition_cost: float = 0.0,
    yearly_margins: pd.Series | None = None,
) -> list[Any]:
    """CLV of one customer and of the whole active customer base, now and at 1 point more retention.

    The single-customer part is the chapter-1 retention view (same model, same chart); above
    it, the value of the case company's active customers: Σ m_i · M(r) without acquisition
    cost (they are already customers), and what one percentage point more retention adds.
    """
    margins = case_yearly_margins() if yearly_margins is None else yearly_margins
    scenario = customers.retention_scenario(margin, retention, discount_rate, acquisition_cost=acquisition_cost)
    base = float(margins.sum())
    equity_now = base * scenario.margin_multiple
    equity_up = base * scenario.raised_margin_multiple
    lines = [
        f"**Het klantenbestand.** {number(len(margins))} actieve klanten leveren samen {euro_compact(base)} brutomarge "
        "per jaar. Hun waarde, de *customer equity* van het bestand, is de som van hun CLV's (zonder "
        "acquisitiekosten: ze zijn al klant). Het is het bedrag in euro's dat de drie drijvers uit hoofdstuk 1 "
        "(value, brand en relation equity) opleveren:",
        rf"$$\sum_i m_i \cdot \frac{{r}}{{1 + d - r}} = {_tex(base / 1e6, 1)}\ \text{{mln}} \times "
        rf"{_tex(scenario.margin_multiple, 2)} = {_tex(equity_now / 1e6, 1)}\ \text{{mln euro}}$$",
        f"Bij {percent(scenario.raised_retention, 0)} retentie (1 procentpunt meer) wordt dat "
        f"{euro_compact(equity_up)}: **{euro_compact(equity_up - equity_now)} meer** "
        f"({percent(equity_up / equity_now - 1, 1)}), zonder één nieuwe klant.",
        "",
        f"**Eén klant** met {euro(margin)} marge per jaar:",
    ]
    table = pd.DataFrame({
        "nu": [percent(retention, 0), number(scenario.margin_multiple, 2), euro_compact(equity_now)],
        "1 procentpunt meer retentie": [percent(scenario.raised_retention, 0),
                                        number(scenario.raised_margin_multiple, 2), euro_compact(equity_up)],
    }, index=pd.Index(["retentie", "marge-multiple", "customer equity actieve klanten"], name=""))
    single = retention_view(margin, retention, discount_rate, acquisition_cost)
    return [common.md("\n".join(lines)), table, *single]


def clv_widget() -> w.Box:
    """Sliders for margin, retention, discount rate and acquisition cost on the case customer base."""
    controls = {
        "margin": common.slider("Marge per jaar van één klant (€)", 15_000, 500, 200_000, 500),
        "retention": common.slider("Klantretentie", 0.84, 0.30, 0.97, 0.01, percent=True),
        "discount_rate": common.slider("Disconteringsvoet", 0.10, 0.0, 0.30, 0.01, percent=True),
        "acquisition_cost": common.slider("Acquisitiekosten (€)", 0, 0, 50_000, 500),
    }
    return common.live(clv_view, controls, fixed={"yearly_margins": case_yearly_margins()})
