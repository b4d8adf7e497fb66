"""Chapter 8 — Beursmanagement: choosing a fair, its budget, its staffing and its return as widgets.

Every ``..._view`` takes all its state as arguments (tests call it over a grid of values) and
returns what to show: Markdown with the formula and the numbers, a table and (mostly) a figure.
Every ``..._widget()`` wires controls to its view with :func:`salesbook.widgets.common.live`.
All numbers come from :mod:`salesbook.fairs` and :mod:`salesbook.strategy`; the widgets hold no
formulas.

The fair-selection widget has one weight slider per criterion (whole percents); they always add
up to 100%: moving one makes the others give way in proportion
(:func:`salesbook.strategy.rebalance_weights`, wired by :class:`salesbook.widgets.common.WeightSliders`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import ipywidgets as w
import pandas as pd

from salesbook import book, case, charts, fairs, strategy, validation
from salesbook.errors import SalesbookError
from salesbook.formatting import euro, number, percent
from salesbook.formatting import tex_number as _tex
from salesbook.widgets import common


@lru_cache(maxsize=None)
def _case_fairs() -> pd.DataFrame:
    """The candidate fairs of beurzen.csv, read once per session (views only read it)."""
    return case.dataset("beurzen")


def _euro_tex(value: float, decimals: int = 0) -> str:
    return r"\text{€}\," + _tex(value, decimals)


# --- choosing a fair (H8, beursselectie)  ------------------------------------------------------------------------

SHORT_LABELS = {
    "score_doelgroep": "NL-doelgroep", "score_beslissers": "beslissers", "score_assortiment": "assortiment",
    "score_kosten": "kosten", "score_concurrenten": "concurrenten", "score_internationaal": "internationaal",
}


def case_weights() -> dict[str, float]:
    """The sales team's importances (fairs.CASE_IMPORTANCE) as weights in whole percents summing to 1."""
    weights = strategy.normalize_weights(fairs.CASE_IMPORTANCE)
    first = next(iter(weights))
    return strategy.rebalance_weights(weights, first, weights[first])


def selection_view(gewichten: dict[str, float] | None = None, beurzen: pd.DataFrame | None = None) -> list[Any]:
    """The candidate fairs ranked by their weighted score with the given weights (summing to 1)."""
    data = _case_fairs() if beurzen is None else beurzen
    weights = case_weights() if gewichten is None else dict(gewichten)
    ranking = fairs.rank_fairs(data, weights)
    best, second = ranking.index[0], (ranking.index[1] if len(ranking) > 1 else None)
    lines = [
        r"$$\text{gewogen score}_j = \sum_i w_i \cdot s_{ij}, \qquad \sum_i w_i = 1$$",
        "Gewichten $w_i$: " + " · ".join(f"{SHORT_LABELS.get(k, k)} **{percent(g, 0)}**" for k, g in weights.items())
        + f" (samen {percent(sum(weights.values()), 0)}).",
        "",
        f"Nummer 1: **{best}** met {number(ranking.loc[best, 'score'], 2)} punten"
        + (f", vóór {second} ({number(ranking.loc[second, 'score'], 2)})." if second is not None else "."),
    ]
    if second is not None and ranking.loc[best, "score"] - ranking.loc[second, "score"] < 0.15:
        lines.append("Het verschil is klein: een iets ander gewicht of één punt verschil in een score draait de "
                     f"volgorde om. Kijk dan ook naar de kosten per lead ({book.ref('beursevaluatie')}) voordat je kiest.")
    names = data.set_index("naam")
    table = pd.DataFrame({
        "land": [names.loc[n, "land"] if "land" in names.columns else "–" for n in ranking.index],
        **{SHORT_LABELS.get(c, c): [int(v) for v in ranking[c]] for c in weights},
        "gewogen score": [number(v, 2) for v in ranking["score"]],
        "rang": ranking["rang"].tolist(),
    }, index=ranking.index)
    fig = charts.fair_ranking_chart(ranking, title="Beurskeuze: gewogen score per beurs")
    return [common.md("\n".join(lines)), table, fig]


def selection_widget() -> w.Box:
    """One weight slider per criterion, in whole percents that always add up to 100%: moving one
    makes the others give way in proportion; the ranking below."""
    labels = {
        "score_doelgroep": "Gewicht: bereik NL-doelgroep", "score_beslissers": "Gewicht: aandeel beslissers",
        "score_assortiment": "Gewicht: aansluiting assortiment", "score_kosten": "Gewicht: kosten per m²",
        "score_concurrenten": "Gewicht: aanwezigheid concurrenten", "score_internationaal": "Gewicht: internationaal bereik",
    }
    sliders = common.WeightSliders(labels, case_weights())
    return common.live(selection_view, {"gewichten": sliders}, fixed={"beurzen": _case_fairs()},
                       arrange=lambda controls, out: [controls["gewichten"], out])


# --- the budget (H8, beursbegroting)  ----------------------------------------------------------------------------

def budget_view(
    beurs_id: str = "B01",
    stand_m2: float = 60,
    staff: float = 9,
    hours_per_day: float = 8,
    hourly_rate: float = 55,
    promotion: float = 6_000,
    catering: float = 3_000,
    follow_up: float = 4_000,
    beurzen: pd.DataFrame | None = None,
) -> list[Any]:
    """The budget of a stand at one of the candidate fairs, with totals, shares and cost per m²."""
    data = _case_fairs() if beurzen is None else beurzen
    if "beurs_id" not in data.columns:
        raise SalesbookError("de beurzentabel mist de kolom 'beurs_id'")
    rows = data[data["beurs_id"] == beurs_id]
    if rows.empty:
        raise SalesbookError(f"onbekende beurs {beurs_id!r}; kies een van {', '.join(data['beurs_id'])}")
    fair = rows.iloc[0]
    budget = fairs.stand_budget(fair, stand_m2, staff, hours_per_day, hourly_rate, promotion, catering, follow_up)
    total = float(budget["bedrag"].sum())
    days = int(fair["dagen"])
    lines = [
        f"**{fair['naam']}** ({fair['stad']}, {fair['maand']}, {days} dagen): standhuur {euro(fair['standhuur_per_m2'])} "
        f"en standbouw {euro(fair['standbouw_per_m2'])} per m², reis en verblijf {euro(fair['reis_verblijf_per_dag'])} "
        "per medewerker per dag.",
        r"$$\text{budget} = \underbrace{m^2 \cdot (p_\text{huur} + p_\text{bouw})}_\text{stand} + "
        r"\underbrace{n \cdot d \cdot (u \cdot t + r)}_\text{mensen} + \text{promotie} + \text{catering} + \text{opvolging}$$",
        f"met $m^2$ = {number(stand_m2)}, $n$ = {number(staff)} standmedewerkers, $d$ = {days} dagen, "
        f"$u$ = {number(hours_per_day)} uur per dag, $t$ = {euro(hourly_rate)} per uur en $r$ = reis en verblijf per dag.",
        "",
        f"Totaal: **{euro(total)}**, dat is {euro(total / float(stand_m2))} per m² standruimte. De standruimte zelf "
        f"(huur) is maar {percent(float(budget.loc['standhuur', 'aandeel']), 0)} van het budget.",
    ]
    table = pd.DataFrame({
        "bedrag": [euro(v) for v in budget["bedrag"]] + [euro(total)],
        "aandeel": [percent(float(v), 1) for v in budget["aandeel"]] + ["100,0%"],
    }, index=pd.Index([*budget.index, "totaal"], name="post"))
    fig = charts.fair_budget_chart(budget, title=f"Beursbudget {fair['naam']}: {euro(total)}")
    return [common.md("\n".join(lines)), table, fig]


def budget_widget() -> w.Box:
    """A fair and the stand plan: size, staff, hours, rate and the fixed items."""
    data = _case_fairs()
    stand = fairs.CASE_STAND
    controls = {
        "beurs_id": w.Dropdown(options=[(f"{n} ({s})", b) for b, n, s in zip(data["beurs_id"], data["naam"], data["stad"])],
                               value="B01", description="Beurs", style=common.LABEL_STYLE, layout=common.WIDE),
        "stand_m2": common.slider("Standoppervlak (m²)", stand["stand_m2"], 9, 200, 1),
        "staff": common.slider("Standmedewerkers", stand["staff"], 1, 25, 1),
        "hours_per_day": common.slider("Standuren per dag", stand["hours_per_day"], 4, 12, 1),
        "hourly_rate": common.slider("Uurtarief standmedewerker (€)", stand["hourly_rate"], 20, 150, 5),
        "promotion": common.slider("Promotie en uitnodigingen (€)", stand["promotion"], 0, 40_000, 500),
        "catering": common.slider("Catering (€)", stand["catering"], 0, 20_000, 250),
        "follow_up": common.slider("Opvolging van leads (€)", stand["follow_up"], 0, 20_000, 250),
    }
    return common.live(budget_view, controls, fixed={"beurzen": data})


# --- staffing (H8, standbeheer)  ------------------------------------------------------------------------------

def staffing_view(
    target_leads: float = 250,
    contacts_per_hour: float = 4,
    hours_per_day: float = 8,
    days: float = 3,
    qualify_rate: float = 0.30,
) -> list[Any]:
    """Stand staff needed for a lead target, step by step, and how it depends on the qualify rate."""
    staff = fairs.staff_needed(target_leads, contacts_per_hour, hours_per_day, days, qualify_rate)
    contacts = float(target_leads) / float(qualify_rate)
    per_person = float(contacts_per_hour) * float(hours_per_day) * float(days)
    lines = [
        r"$$\text{standbemanning} = \left\lceil \frac{\text{leaddoel} / \text{kwalificatiegraad}}"
        r"{\text{contacten per uur} \times \text{uren per dag} \times \text{dagen}} \right\rceil$$",
        f"- benodigde contacten: {number(float(target_leads))} / {number(float(qualify_rate), 2)} = "
        f"**{number(contacts, 1)}**",
        f"- contacten per standmedewerker: {number(float(contacts_per_hour), 1)} × {number(float(hours_per_day))} × "
        f"{number(float(days))} = **{number(per_person, 1)}**",
        f"- standbemanning: ⌈{number(contacts, 1)} / {number(per_person, 1)}⌉ = ⌈{number(contacts / per_person, 2)}⌉ = "
        f"**{number(staff)} standmedewerkers**",
        "",
        "Dat zijn mensen die tegelijk op de stand staan, alle uren en alle dagen. Wie in ploegen werkt (niemand houdt "
        "acht uur gesprekken vol), heeft meer mensen nodig, maar evenveel standuren.",
    ]
    rates = sorted({0.15, 0.20, 0.25, 0.30, 0.40, 0.50, round(float(qualify_rate), 4) or float(qualify_rate)})
    table = pd.DataFrame({
        "benodigde contacten": [number(float(target_leads) / r, 0) for r in rates],
        "standmedewerkers": [fairs.staff_needed(target_leads, contacts_per_hour, hours_per_day, days, r) for r in rates],
    }, index=pd.Index([percent(r, 0) for r in rates], name="kwalificatiegraad"))
    return [common.md("\n".join(lines)), common.md("Hoe hangt de bemanning af van de kwalificatiegraad?"), table]


def staffing_widget() -> w.Box:
    """Lead target, contacts per hour, hours, days and qualify rate → the stand staff."""
    controls = {
        "target_leads": common.slider("Leaddoel (gekwalificeerde leads)", fairs.CASE_TARGET_LEADS, 10, 800, 10),
        "contacts_per_hour": common.slider("Contacten per uur per medewerker", fairs.CASE_CONTACTS_PER_HOUR, 1, 8, 0.5,
                                           decimals=1),
        "hours_per_day": common.slider("Standuren per dag", fairs.CASE_STAND["hours_per_day"], 4, 12, 1),
        "days": common.slider("Beursdagen", int(_case_fairs().set_index("beurs_id").loc["B01", "dagen"]), 1, 6, 1),
        "qualify_rate": common.slider("Kwalificatiegraad (contact → lead)", fairs.CASE_RATES[0], 0.05, 1.0, 0.01,
                                      percent=True),
    }
    return common.live(staffing_view, controls)


# --- follow-up funnel, cost per lead and ROI (H8, beursevaluatie)  -----------------------------------------------

def roi_view(
    contacts: float = 864,
    qualify_rate: float = 0.30,
    lead_to_quote: float = 0.35,
    quote_to_order: float = 0.30,
    order_value: float = 6_000,
    gross_margin: float = 0.30,
    fair_cost: float = 47_800,
    years: int = 1,
    retention: float = 0.70,
    discount_rate: float = 0.10,
) -> list[Any]:
    """From contacts to orders, the cost per stage and the ROI of the fair, over one or more years."""
    rates = [qualify_rate, lead_to_quote, quote_to_order]
    funnel = fairs.follow_up_funnel(contacts, rates)
    n_years = validation.whole(years, "aantal jaren", minimum=1)
    per_year = fairs.margin_per_year(funnel[-1], order_value, gross_margin, years=n_years,
                                     retention=retention, discount_rate=discount_rate)
    margin = sum(per_year)
    roi = fairs.fair_roi(margin, fair_cost)
    cost = float(fair_cost)
    first = per_year[0]
    lines = [
        r"$$\text{ROI} = \frac{\text{brutomarge van de gewonnen orders} - \text{beurskosten}}{\text{beurskosten}}$$",
        f"**Funnel.** {number(float(contacts))} contacten × {percent(float(qualify_rate), 0)} = "
        f"{number(funnel[1], 1)} leads × {percent(float(lead_to_quote), 0)} = {number(funnel[2], 1)} offertes × "
        f"{percent(float(quote_to_order), 0)} = **{number(funnel[3], 1)} orders** (verwachting).",
        "",
        f"**Brutomarge.** {number(funnel[3], 1)} orders × {euro(order_value)} × {percent(float(gross_margin), 0)} = "
        f"{euro(first)} in het eerste jaar.",
    ]
    if n_years > 1:
        factor = fairs.repeat_factor(n_years, retention, discount_rate)
        lines.append(
            f"Met herhaalorders: elk jaar bestelt {percent(float(retention), 0)} van de nieuwe klanten opnieuw, "
            f"verdisconteerd tegen {percent(float(discount_rate), 0)}. Herhaalfactor "
            rf"$\sum_{{t=0}}^{{{n_years - 1}}} r^t/(1+d)^t$ = {number(factor, 3)}, dus over {n_years} jaar "
            f"{euro(first)} × {number(factor, 3)} = **{euro(margin)}**.")
    sign = "" if roi < 0 else "+"
    lines += [
        "",
        f"**ROI** = ({euro(margin)} − {euro(cost)}) / {euro(cost)} = **{sign}{percent(roi, 1)}**. "
        + ("Op brutomarge verdient de beurs zichzelf terug." if roi >= 0
           else "De beurs verdient zichzelf (nog) niet terug.")
        + " Dit is een bovengrens: de kosten om de nieuwe klanten te bedienen (cost-to-serve) zijn niet afgetrokken, "
        "en alle marge van de beursklanten telt hier als opbrengst van de beurs, ook orders die er zonder beurs ook "
        "waren gekomen (attributie).",
    ]
    stages = list(fairs.FOLLOW_UP_STAGES)
    table = pd.DataFrame({
        "aantal (verwacht)": [number(v, 1) for v in funnel],
        "kosten per stuk": [euro(cost / v, 0) if v > 0 else "–" for v in funnel],
    }, index=pd.Index(stages, name="fase"))
    fig = charts.fair_return_chart(per_year, cost, title="Brutomarge van de beursorders tegenover de beurskosten")
    return [common.md("\n".join(lines)), table, fig]


def case_plan() -> tuple[float, float]:
    """The case stand plan (fairs.CASE_STAND at the chosen fair B01): its contacts and its total cost.

    contacten = medewerkers × contacten per uur × uren per dag × dagen; kosten = the stand budget.
    """
    fair = _case_fairs().set_index("beurs_id").loc["B01"]
    stand = fairs.CASE_STAND
    contacts = stand["staff"] * fairs.CASE_CONTACTS_PER_HOUR * stand["hours_per_day"] * float(fair["dagen"])
    cost = float(fairs.stand_budget(fair, **stand)["bedrag"].sum())
    return float(contacts), cost


def roi_widget() -> w.Box:
    """Contacts, the three conversion rates, order value, margin, fair cost and the years counted."""
    contacts, cost = case_plan()
    controls = {
        "contacts": common.slider("Contacten op de beurs", contacts, 50, 3_000, 2),
        "qualify_rate": common.slider("Contact → lead", fairs.CASE_RATES[0], 0.05, 1.0, 0.01, percent=True),
        "lead_to_quote": common.slider("Lead → offerte", fairs.CASE_RATES[1], 0.05, 1.0, 0.01, percent=True),
        "quote_to_order": common.slider("Offerte → order", fairs.CASE_RATES[2], 0.05, 1.0, 0.01, percent=True),
        "order_value": common.slider("Omzet per nieuwe klant, eerste jaar (€)", fairs.CASE_ORDER_VALUE, 500, 50_000, 500),
        "gross_margin": common.slider("Brutomarge", fairs.CASE_GROSS_MARGIN, 0.05, 0.60, 0.01, percent=True),
        "fair_cost": common.slider("Beurskosten (€)", cost, 5_000, 250_000, 100),
        "years": common.whole_slider("Jaren meegeteld", 1, 1, 5),
        "retention": common.slider("Herhaalkans per jaar (retentie)", fairs.CASE_RETENTION, 0.0, 1.0, 0.05, percent=True),
        "discount_rate": common.slider("Disconteringsvoet", fairs.CASE_DISCOUNT_RATE, 0.0, 0.30, 0.01, percent=True),
    }
    return common.live(roi_view, controls)
