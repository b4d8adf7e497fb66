"""BCG portfolio widget (chapter 2): the case company's product groups per country in the growth-share matrix.

:func:`portfolio_view` takes the country and the two cut-offs as arguments, so tests can call it
over a grid; :func:`portfolio_widget` wires the controls. The computing happens in
:mod:`salesbook.portfolio_strategy`; the markets come from :func:`salesbook.case.case_portfolio_units`.
"""

from __future__ import annotations

import ipywidgets as w

from salesbook import case, charts, portfolio_strategy
from salesbook.formatting import euro_compact, number, percent
from salesbook.widgets import common

ALL = "alle landen"
SHORT = {"Installatiemateriaal": "Installatie", "Gereedschap": "Gereedschap", "Verlichting": "Verlichting",
         "Persoonlijke beschermingsmiddelen": "PBM"}

#: What each strategy and sales effort (the keys of portfolio_strategy.SALES_EFFORT) means for Verkoop.
STRATEGY_TEXT = {
    "behouden": "behouden: marktleiderschap vasthouden terwijl de markt groeit",
    "opbouwen_of_afstoten": "opbouwen of afstoten: kiezen welke vraagtekens een ster kunnen worden",
    "oogsten": "oogsten: de positie verdedigen en de kasstroom gebruiken voor de vraagtekens",
    "afstoten_of_niche": "oogsten of afstoten, of een niche zoeken waar de eenheid wél sterk is",
}
EFFORT_TEXT = {
    "capaciteit_uitbreiden": "meer verkoopcapaciteit en accountmanagement om met de markt mee te groeien",
    "selectief_investeren": "gericht nieuwe klanten werven, alleen waar een sterke positie haalbaar is",
    "efficient_bedienen": "bestaande klanten efficiënt bedienen (binnendienst, online), marge en retentie bewaken",
    "minimale_inzet": "weinig buitendiensttijd; bedienen via binnendienst en webshop, of stoppen",
}

INTRO = ("Kies een land en zet de grenzen van de BCG-matrix. De klassieke matrix trekt de lijnen bij 10% "
         "marktgroei en een relatief marktaandeel van 1; in een volwassen markt als de technische groothandel "
         "groeit bijna niets zo hard. Kijk hoe de posities verschuiven als je de groeigrens verlaagt.")


def _units(land: str) -> dict[str, dict[str, float]]:
    if land == ALL:
        return case.case_portfolio_units()
    return {SHORT[k]: v for k, v in case.case_portfolio_units(land).items()}


def portfolio_view(land: str = "Nederland", groeigrens: float = portfolio_strategy.GROWTH_CUTOFF,
                   aandeelgrens: float = portfolio_strategy.SHARE_CUTOFF) -> list:
    """The bubble chart, the revenue per quadrant and per unit its position and sales effort."""
    p = portfolio_strategy.bcg_portfolio(_units(land), growth_cutoff=groeigrens, share_cutoff=aandeelgrens)
    u = p.units
    where = "alle landen en productgroepen" if land == ALL else f"Noordstroom {land}"
    fig = charts.bcg_chart([x.name for x in u], [x.market_growth for x in u], [x.relative_share for x in u],
                           [x.revenue for x in u], [x.quadrant for x in u], growth_cutoff=p.growth_cutoff,
                           share_cutoff=p.share_cutoff, title=f"BCG-portfolio: {where}", label_all=land != ALL)
    counts = {q: sum(1 for x in u if x.quadrant == q) for q in portfolio_strategy.QUADRANTS}
    summary = " · ".join(f"**{q}**: {counts[q]} ({percent(p.revenue_share_by_quadrant[q], 0)} van de omzet)"
                         for q in portfolio_strategy.QUADRANTS)
    parts = [fig, common.md(f"Grenzen: marktgroei {percent(p.growth_cutoff, 1)}, relatief marktaandeel "
                            f"{number(p.share_cutoff, 2)}. {summary}.")]
    if land != ALL:
        rows = ["| productgroep | omzet 2024 | marktgroei | marktaandeel | grootste concurrent | relatief | positie | "
                "wat vraagt dat van Verkoop? |", "|---|---:|---:|---:|---:|---:|---|---|"]
        rows += [f"| {x.name} | {euro_compact(x.revenue)} | {percent(x.market_growth, 1)} | {percent(x.market_share, 1)} | "
                 f"{percent(x.competitor_share, 1)} | {number(x.relative_share, 2)} | {x.quadrant} | "
                 f"{STRATEGY_TEXT[x.strategy]}; {EFFORT_TEXT[x.sales_effort]} |" for x in u]
        parts.append(common.md("\n".join(rows)))
    return parts


def portfolio_widget() -> w.Box:
    lands = [ALL, *dict.fromkeys(case.case_markets()["land"])]
    controls = {
        "land": w.Dropdown(options=lands, value="Nederland", description="land", style=common.LABEL_STYLE),
        "groeigrens": common.slider("grens marktgroei", portfolio_strategy.GROWTH_CUTOFF, 0.0, 0.15, 0.005,
                                    percent=True, decimals=1),
        "aandeelgrens": common.slider("grens relatief marktaandeel", portfolio_strategy.SHARE_CUTOFF, 0.5, 2.0,
                                      0.1, decimals=1),
    }
    intro = w.HTML(f"<p>{INTRO}</p>")
    return common.live(portfolio_view, controls,
                       arrange=lambda c, out: [intro, c["land"], c["groeigrens"], c["aandeelgrens"], out])
