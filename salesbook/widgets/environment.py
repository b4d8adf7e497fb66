"""Chapter 3 widgets: the trend radar (score the trends, see the priorities move), the five forces
(score the criteria, see the forces and the attractiveness move) and the market potential of a country (n, q, p and the chain ratio → market potential, sales potential and share).

The views take every control's value as an argument, so tests call them over a grid of values; the
computing happens in :mod:`salesbook.environment` and :func:`salesbook.strategy.market_estimate`,
the case data come from :mod:`salesbook.case`.
"""

from __future__ import annotations

import html

from collections.abc import Sequence
from typing import Any

import ipywidgets as w

from salesbook import case, charts, environment, strategy
from salesbook.errors import SalesbookError
from salesbook.formatting import euro, euro_compact, number, percent
from salesbook.widgets import common

RADAR_INTRO = ("Scoor als lid van het managementteam elke trend: hoe groot is de <b>impact</b> op de "
               "verkooporganisatie (1–5), hoe <b>waarschijnlijk</b> is het dat hij binnen drie jaar doorbreekt (1–5), en "
               "is hij voor Noordstroom een <b>kans</b> of een <b>bedreiging</b>? De prioriteit is impact × "
               "waarschijnlijkheid; de indeling in vier cellen is een model van dit notebook.")



def _trend_ids(markt: str) -> dict[str, str]:
    """trend_id → trend name for one market, in the data set's order."""
    trends = case.dataset("omgevingstrends")
    rows = trends[trends["markt"] == markt]
    return dict(zip(rows["trend_id"], rows["trend"]))


def trend_radar_view(markt: str = "Nederland", **scores: Any) -> list:
    """The ranked trends of one market with the scores of the controls (``impact_T01``,
    ``waarschijnlijkheid_T01``, ``richting_T01`` …; a missing score is the management team's)."""
    base = case.case_trends(markt)
    ids = _trend_ids(markt)
    trends = {}
    for trend_id, name in ids.items():
        row = dict(base[name])
        for key in ("impact", "waarschijnlijkheid", "richting"):
            if f"{key}_{trend_id}" in scores:
                row[key] = scores[f"{key}_{trend_id}"]
        trends[name] = row
    radar = environment.trend_radar(trends)
    action = [t for t in radar.trends if t.quadrant == "actie"]
    top = radar.trends[0]
    lines = [f"**Hoogste prioriteit:** {top.name} ({top.direction}, {number(top.impact)} × "
             f"{number(top.probability)} = {number(top.priority)} van de {number(radar.max_priority)} punten)."]
    if action:
        listed = "; ".join(f"{t.name} ({t.direction})" for t in action)
        lines.append(f"**In de cel actie ({len(action)} trends), dus in het verkoopplan van dit jaar:** {listed}.")
    else:
        lines.append("**Geen enkele trend staat in de cel actie:** niets vraagt nu om een plan; kijk naar de cel scenario.")
    sign = "meer" if radar.balance > 0 else "minder"
    if radar.balance == 0:
        lines.append("**Balans:** kansen en bedreigingen wegen precies even zwaar.")
    else:
        lines.append(f"**Balans:** de kansen wegen samen {number(abs(radar.balance))} punten {sign} dan de bedreigingen "
                     "(som van de prioriteiten).")
    return [
        common.md("\n\n".join(lines)),
        charts.trend_priority_chart([t.name for t in radar.trends], [t.priority for t in radar.trends],
                                    [t.direction for t in radar.trends], max_priority=radar.max_priority),
        charts.trend_matrix_chart([(i, t.impact, t.probability, t.direction) for i, t in enumerate(radar.trends, 1)]),
    ]


def trend_radar_widget(markt: str = "Nederland") -> w.Box:
    """Three controls per trend (impact, waarschijnlijkheid, richting) and the ranked result."""
    base = case.case_trends(markt)
    controls: dict[str, w.ValueWidget] = {}
    # One heading row names the columns, so a slider needs no label of its own and keeps its width for
    # the track (on a projector "waarschijnlijkheid" alone is wider than a 250 px slider). A row wraps
    # under its trend's name in a narrow window.
    name_col, score_col, direction_col = (w.Layout(width=width, min_width=width) for width in ("260px", "210px", "140px"))
    row_layout = w.Layout(flex_flow="row wrap", align_items="center")
    heading = w.HBox([w.HTML(f"<b>{text}</b>", layout=layout) for text, layout in (
        ("trend", name_col), ("impact (1–5)", score_col), ("waarschijnlijkheid (1–5)", score_col),
        ("kans of bedreiging", direction_col))], layout=row_layout)
    rows = [w.HTML(f"<p>{RADAR_INTRO}</p>"), heading]
    for trend_id, name in _trend_ids(markt).items():
        row = base[name]
        controls[f"impact_{trend_id}"] = w.IntSlider(value=row["impact"], min=1, max=5, continuous_update=False,
                                                     tooltip=f"impact: {name}", layout=score_col)
        controls[f"waarschijnlijkheid_{trend_id}"] = w.IntSlider(
            value=row["waarschijnlijkheid"], min=1, max=5, continuous_update=False,
            tooltip=f"waarschijnlijkheid: {name}", layout=score_col)
        controls[f"richting_{trend_id}"] = w.Dropdown(options=list(environment.DIRECTIONS), value=row["richting"],
                                                      tooltip=f"kans of bedreiging: {name}", layout=direction_col)
        rows.append(w.HBox([w.HTML(f"<b>{name}</b>", layout=name_col), controls[f"impact_{trend_id}"],
                            controls[f"waarschijnlijkheid_{trend_id}"], controls[f"richting_{trend_id}"]],
                           layout=row_layout))
    return common.live(trend_radar_view, controls, fixed={"markt": markt},
                       arrange=lambda _c, out: [*rows, out])


# --- five forces ---------------------------------------------------------------------------------

FORCES_INTRO = ("Scoor elk criterium: hoe sterk maakt het de kracht (1 = zwak, 5 = zeer sterk)? De gewichten binnen "
                "een kracht blijven die van het managementteam. De scoring is een model van dit notebook bij de vijf "
                "krachten van Porter.")


def _criteria(land: str) -> list[tuple[str, str]]:
    """(force, criterion) per row of vijf_krachten.csv for one country, in the data set's order."""
    scores, _weights = case.case_five_forces(land)
    return [(force, criterion) for force, criteria in scores.items() for criterion in criteria]


def five_forces_view(land: str = "Nederland", **scores: Any) -> list:
    """The five forces of one country with the scores of the controls (``score_0``, ``score_1`` … in the
    order of the data set; a missing score is the management team's)."""
    base, weights = case.case_five_forces(land)
    table = {force: dict(criteria) for force, criteria in base.items()}
    for i, (force, criterion) in enumerate(_criteria(land)):
        if f"score_{i}" in scores:
            table[force][criterion] = scores[f"score_{i}"]
    r = environment.five_forces(table, weights)
    text = (f"**Sterkste kracht:** {r.strongest} ({number(r.strength[r.strongest], 2)}). "
            f"**Gemiddelde kracht** {number(r.mean_strength, 2)}, dus **aantrekkelijkheid** 1 + 5 − "
            f"{number(r.mean_strength, 2)} = **{number(r.attractiveness, 2)}** "
            f"({'boven' if r.attractiveness > 3 else 'niet boven'} het midden van de schaal).")
    return [common.md(text),
            charts.five_forces_chart(r.strength, attractiveness=r.attractiveness, title=f"Vijf krachten: {land}")]


def five_forces_widget(land: str = "Nederland") -> w.Box:
    """A slider per criterion, grouped by force; the forces and the attractiveness move along."""
    base, _weights = case.case_five_forces(land)
    controls: dict[str, w.ValueWidget] = {}
    rows = [w.HTML(f"<p>{FORCES_INTRO}</p>")]
    current = None
    for i, (force, criterion) in enumerate(_criteria(land)):
        if force != current:
            rows.append(w.HTML(f"<b>{force}</b>"))
            current = force
        # the criterion as a label that wraps (a slider's own description is cut off with "…")
        controls[f"score_{i}"] = w.IntSlider(value=base[force][criterion], min=1, max=5, continuous_update=False,
                                             tooltip=criterion, layout=w.Layout(width="220px", min_width="220px"))
        label = w.HTML(html.escape(criterion), layout=w.Layout(width="290px", margin="0 8px 0 0"))
        # in a narrow window the slider wraps under its criterion instead of shrinking to nothing
        rows.append(w.HBox([label, controls[f"score_{i}"]], layout=w.Layout(align_items="center", flex_flow="row wrap")))
    return common.live(five_forces_view, controls, fixed={"land": land}, arrange=lambda _c, out: [*rows, out])


# --- market potential ----------------------------------------------------------------------------

MARKET_INTRO = ("Schat de markt van een landenvestiging: het aantal potentiële afnemers <b>n</b>, hun aantal orders "
                "per jaar <b>q</b> en de gemiddelde orderwaarde <b>p</b> geven het marktpotentieel; twee verhoudingen "
                "(de kettingmethode) geven het deel dat Noordstroom kan bereiken. Kies een land: de schuifregelaars "
                "springen naar de aannames van dit notebook voor dat land.")


def market_potential_view(land: str = "Nederland", afnemers: float | None = None, orders: float | None = None,
                          orderwaarde: float | None = None, aandeel_regio: float | None = None,
                          aandeel_assortiment: float | None = None) -> list:
    """Market potential, sales potential, market share and headroom of one country for the given inputs
    (a missing input is the case's)."""
    inputs = case.case_market_inputs(land)
    given = {"buyers": afnemers, "quantity_per_buyer": orders, "price": orderwaarde}
    args = {k: (v if v is not None else inputs[k]) for k, v in given.items()}
    ratios = {"regio": aandeel_regio if aandeel_regio is not None else inputs["ratios"]["regio"],
              "assortiment": aandeel_assortiment if aandeel_assortiment is not None else inputs["ratios"]["assortiment"]}
    r = strategy.market_estimate(**args, ratios=ratios, revenue=inputs["revenue"])
    steps = (f"| stap | berekening | uitkomst |\n|---|---|---:|\n"
             f"| marktpotentieel | n × q × p = {number(r.buyers)} × {number(r.quantity_per_buyer)} × {euro(r.price)} "
             f"| {euro_compact(r.market_potential)} |\n"
             f"| in de eigen regio's | × {percent(ratios['regio'], 0)} | {euro_compact(r.steps[0])} |\n"
             f"| verkooppotentieel | × {percent(ratios['assortiment'], 0)} (assortiment) | "
             f"{euro_compact(r.sales_potential)} |\n"
             f"| omzet 2024 | tabel 1.2 | {euro_compact(r.revenue)} |")
    text = (f"**Marktaandeel** {land}: {euro_compact(r.revenue)} / {euro_compact(r.market_potential)} = "
            f"**{percent(r.market_share, 1)}**. Van het verkooppotentieel haalt de vestiging "
            f"**{percent(r.potential_used, 1)}**; de overige {euro_compact(r.headroom)} verkopen nu concurrenten "
            "aan afnemers die Noordstroom wél kan bedienen.")
    labels = ["marktpotentieel", "in de eigen regio's", "verkooppotentieel", "omzet 2024"]
    values = [r.market_potential, r.steps[0], r.sales_potential, r.revenue]
    colors = [charts.PALETTE["hemelsblauw"], charts.PALETTE["hemelsblauw"], charts.NEUTRAL, charts.PALETTE["oranje"]]
    return [
        common.md(steps),
        common.md(text),
        charts.market_chain_chart(labels, values, title=f"Van marktpotentieel naar omzet: {land}", colors=colors),
    ]


def market_potential_widget(land: str = "Nederland", landen: Sequence[str] | None = None) -> w.Box:
    """A country, n, q, p and the two chain ratios; choosing a country loads its assumptions.

    ``landen`` limits the countries of the dropdown (default: every country of marktpotentieel.csv), so a
    notebook can leave out the countries its exercises ask about."""
    all_countries = list(case.dataset("marktpotentieel")["land"])
    countries = all_countries if landen is None else [c for c in all_countries if c in set(landen)]
    unknown = [] if landen is None else [c for c in landen if c not in all_countries]
    if unknown or not countries or land not in countries:
        raise SalesbookError(f"landen moet landen uit marktpotentieel.csv bevatten, met '{land}' erbij "
                             f"(kreeg {list(landen) if landen is not None else None!r})")
    start = case.case_market_inputs(land)
    controls: dict[str, w.ValueWidget] = {
        "land": w.Dropdown(options=countries, value=land, description="land", style=common.LABEL_STYLE),
        "afnemers": common.slider("afnemers n", start["buyers"], 0, 60_000, 10),
        "orders": common.whole_slider("orders per jaar q", start["quantity_per_buyer"], 1, 80),
        "orderwaarde": common.slider("orderwaarde p (euro)", start["price"], 100, 6_000, 10),
        "aandeel_regio": common.slider("deel in eigen regio's", start["ratios"]["regio"], 0.05, 1.0, 0.05,
                                       percent=True),
        "aandeel_assortiment": common.slider("deel dat het assortiment dekt", start["ratios"]["assortiment"],
                                             0.05, 1.0, 0.05, percent=True),
    }

    def load(change) -> None:
        inputs = case.case_market_inputs(change["new"])
        controls["afnemers"].value = inputs["buyers"]
        controls["orders"].value = inputs["quantity_per_buyer"]
        controls["orderwaarde"].value = inputs["price"]
        controls["aandeel_regio"].value = inputs["ratios"]["regio"]
        controls["aandeel_assortiment"].value = inputs["ratios"]["assortiment"]

    controls["land"].observe(load, names="value")
    intro = w.HTML(f"<p>{MARKET_INTRO}</p>")
    return common.live(market_potential_view, controls,
                       arrange=lambda c, out: [intro, w.VBox(list(c.values())), out])
