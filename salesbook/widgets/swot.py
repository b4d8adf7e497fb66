"""Confrontation-matrix widget (chapter 2): score the cells of the SWOT and watch the ranking of the options.

:func:`confrontation_view` takes the country and every cell score as arguments (``cel_<r>_<c>``, rows
the opportunities then the threats, columns the strengths then the weaknesses), so tests can call
it over a grid; :func:`confrontation_widget` lays the cells out as a grid of drop-downs. The
computing happens in :mod:`salesbook.swot`; the factors and the management team's scores come from
:func:`salesbook.case.case_confrontation`.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from salesbook import case, charts, swot
from salesbook.formatting import number
from salesbook.widgets import common

OPTION_TEXT = {
    "SO": "SO (offensief): zet een sterkte in om een kans te benutten",
    "ST": "ST (defensief): gebruik een sterkte om een bedreiging af te weren",
    "WO": "WO (versterken): werk een zwakte weg om een kans te kunnen pakken",
    "WT": "WT (terugtrekken of beschermen): een zwakte ontmoet een bedreiging; beperk de schade",
}
INTRO = ("Rijen: de kansen en bedreigingen uit hoofdstuk 3 (de trends met de hoogste prioriteit); kolommen: sterktes "
         "en zwaktes van de vestiging. Geef elke cel een score van 0 (geen verband) tot 5 (zeer sterk verband). De "
         "startwaarden zijn de scores van het managementteam. Zie je de rangorde van de strategische opties veranderen?")


def _case_matrix(land: str) -> dict:
    return case.case_confrontation(land)


def confrontation_view(land: str = "Nederland", **cells: Any) -> list:
    """The heat map, the options ranked by their total and the strongest cells."""
    m = _case_matrix(land)
    rows = m["opportunities"] + m["threats"]
    columns = m["strengths"] + m["weaknesses"]
    scores = {(e, i): cells.get(f"cel_{r}_{c}", m["scores"][(e, i)])
              for r, e in enumerate(rows) for c, i in enumerate(columns)}
    result = swot.confrontation_matrix(m["opportunities"], m["threats"], m["strengths"], m["weaknesses"], scores)
    fig = charts.confrontation_heatmap(
        rows, columns, [[result.scores[(e, i)] for i in columns] for e in rows],
        row_totals=[result.row_totals[e] for e in rows], column_totals=[result.column_totals[i] for i in columns],
        n_opportunities=len(m["opportunities"]), n_strengths=len(m["strengths"]), option_totals=result.option_totals,
        title=f"Confrontatiematrix Noordstroom {land}")
    table = ["| rang | optie | totaal | gemiddeld per cel |", "|---:|---|---:|---:|"]
    table += [f"| {n} | {OPTION_TEXT[k]} | {number(result.option_totals[k], 0)} | {number(result.option_means[k], 2)} |"
              for n, k in enumerate(result.ranking, start=1)]
    top = [f"{e} × {i} ({number(v, 0)})" for e, i, v in result.top_cells[:3]]
    first, second = result.ranking[0], result.ranking[1]
    tie = result.option_totals[first] == result.option_totals[second]
    lead = (f"**{first}** en **{second}** staan gelijk; kies met een argument, niet met het getal."
            if tie else f"De sterkste optie is **{first}**.")
    return [fig, common.md("\n".join(table)),
            common.md(f"{lead} De drie sterkste cellen: {'; '.join(top)}. Een hoge cel in een zwakte-kolom is "
                      "een waarschuwing, geen pluspunt: daar moet Verkoop iets aan doen.")]


def confrontation_widget(land: str = "Nederland") -> w.Box:
    m = _case_matrix(land)
    rows = m["opportunities"] + m["threats"]
    columns = m["strengths"] + m["weaknesses"]
    controls: dict[str, w.ValueWidget] = {}
    cell_layout = w.Layout(width="70px")
    grid: list[w.Widget] = [w.HTML("")]
    grid += [w.HTML(f"<b>{'S' if c < len(m['strengths']) else 'W'}:</b> {name}") for c, name in enumerate(columns)]
    for r, e in enumerate(rows):
        grid.append(w.HTML(f"<b>{'O' if r < len(m['opportunities']) else 'T'}:</b> {e}"))
        for c, i in enumerate(columns):
            control = w.Dropdown(options=list(range(6)), value=int(m["scores"][(e, i)]), layout=cell_layout)
            controls[f"cel_{r}_{c}"] = control
            grid.append(control)
    box = w.GridBox(grid, layout=w.Layout(grid_template_columns=f"260px repeat({len(columns)}, 150px)",
                                          grid_gap="4px 8px"))
    intro = w.HTML(f"<p>{INTRO}</p>")
    return common.live(confrontation_view, controls, fixed={"land": land}, arrange=lambda _c, out: [intro, box, out])
