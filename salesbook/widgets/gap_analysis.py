"""Ansoff gap filler (chapter 2): fill the gap between the 2025 objective and chapter 4's forecast.

:func:`gap_view` takes the planned amount (mln euro) and the success chance per route as arguments;
:func:`gap_widget` wires a pair of sliders per route. The computing happens in
:mod:`salesbook.gap_analysis`; objective and forecast come from :mod:`salesbook.case`.
"""

from __future__ import annotations

import ipywidgets as w

from salesbook import case, charts, gap_analysis
from salesbook.formatting import euro_mln, percent
from salesbook.widgets import common

ROUTE_TEXT = {
    "marktpenetratie": "bestaande producten, bestaande markten (meer verkopen aan huidige en vergelijkbare klanten)",
    "productontwikkeling": "nieuwe producten voor bestaande markten (bijv. warmtepompen en laadpalen voor installateurs)",
    "marktontwikkeling": "bestaande producten in nieuwe markten (een nieuw segment of een nieuwe regio)",
    "diversificatie": "nieuwe producten in nieuwe markten (het meest riskant)",
}
START_PLAN = {"marktpenetratie": 3.0, "productontwikkeling": 2.0, "marktontwikkeling": 2.0, "diversificatie": 1.0}

INTRO = (f"Noordstroom wil in 2025 een omzet van {euro_mln(case.REVENUE_OBJECTIVE_2025)} halen; de prognose van "
         "hoofdstuk 4 komt lager uit. "
         "Verdeel de extra omzet over de vier groeirichtingen van Ansoff (in miljoenen euro's) en schat per "
         "richting de kans dat het plan lukt. De startwaarden van de slaagkansen zijn aannames van dit notebook: "
         "hoe verder van de huidige klanten en producten, hoe onzekerder.")


def gap_view(**state: float) -> list:
    """The bridge from forecast to objective, the expected contribution per route and what is left."""
    plan = {r: state.get(f"plan_{r}", START_PLAN[r]) * 1e6 for r in gap_analysis.ROUTES}
    chance = {r: state.get(f"kans_{r}", gap_analysis.DEFAULT_SUCCESS[r]) for r in gap_analysis.ROUTES}
    g = gap_analysis.gap_analysis(case.REVENUE_OBJECTIVE_2025, float(case.case_forecast_2025().sum()), plan, chance)
    rows = ["| groeirichting | plan | slaagkans | verwacht |", "|---|---:|---:|---:|"]
    rows += [f"| {r} | {euro_mln(g.planned[r])} | {percent(g.success[r], 0)} | {euro_mln(g.expected[r])} |"
             for r in gap_analysis.ROUTES]
    rows.append(f"| **samen** | **{euro_mln(sum(g.planned.values()))}** | | **{euro_mln(g.filled)}** |")
    if g.remaining > 0:
        verdict = (f"Er blijft **{euro_mln(g.remaining)}** van het gat open: het plan dekt "
                   f"{percent(g.filled_share, 0)} van het gat. Plan meer, of kies routes met een grotere slaagkans.")
    else:
        verdict = (f"Het plan dekt het gat, met **{euro_mln(-g.remaining)}** over als buffer. Vraag je af of "
                   "de organisatie dit allemaal tegelijk kan uitvoeren.")
    risky = g.expected["diversificatie"] + g.expected["marktontwikkeling"]
    return [
        charts.gap_bridge_chart(g.forecast, g.expected, g.target, title="Van prognose 2025 naar de doelstelling"),
        common.md(f"Doelstelling {euro_mln(g.target)} − prognose {euro_mln(g.forecast)} = "
                  f"**gat van {euro_mln(g.gap)}**. {verdict}"),
        common.md("\n".join(rows)),
        common.md(f"Van de verwachte extra omzet komt {percent(risky / g.filled, 0) if g.filled else '0%'} uit nieuwe "
                  "markten (marktontwikkeling en diversificatie): daar heeft Verkoop nog geen klanten en geen "
                  "relaties."),
    ]


def gap_widget() -> w.Box:
    controls: dict[str, w.ValueWidget] = {}
    rows = []
    for r in gap_analysis.ROUTES:
        controls[f"plan_{r}"] = common.slider("plan (mln €)", START_PLAN[r], 0.0, 8.0, 0.1, decimals=1)
        controls[f"kans_{r}"] = common.slider("slaagkans", gap_analysis.DEFAULT_SUCCESS[r], 0.0, 1.0, 0.05,
                                              percent=True)
        rows.append(w.VBox([w.HTML(f"<b>{r}</b> — {ROUTE_TEXT[r]}"),
                            common.side_by_side(controls[f"plan_{r}"], controls[f"kans_{r}"], width="340px")]))
    intro = w.HTML(f"<p>{INTRO}</p>")
    return common.live(gap_view, controls, arrange=lambda _c, out: [intro, *rows, out])
