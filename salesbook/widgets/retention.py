"""Retention economics (§ 1.1.2): what is one percentage point more klantretentie worth?

``retention_view`` takes all its state as arguments; ``retention_widget`` wires sliders to it.
All numbers come from :func:`salesbook.customers.retention_scenario`.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w
import pandas as pd

from salesbook import book
from salesbook import charts, customers
from salesbook.retention import uplift_curves
from salesbook.formatting import euro, number, percent
from salesbook.formatting import percent_short as _pct
from salesbook.widgets import common

FORMULA_END = r"\text{CLV} = m \cdot \frac{r}{1 + d - r} - AC"
FORMULA_NOW = r"\text{CLV} = m \cdot \frac{1 + d}{1 + d - r} - AC"


def retention_view(
    margin: float,
    retention: float,
    discount_rate: float,
    acquisition_cost: float = 0.0,
    first_margin_now: bool = False,
) -> list[Any]:
    """Formula and numbers, a table now vs one point more retention, and the uplift chart."""
    s = customers.retention_scenario(margin, retention, discount_rate, acquisition_cost=acquisition_cost,
                                     first_margin_now=first_margin_now)
    formula = FORMULA_NOW if first_margin_now else FORMULA_END
    timing = ("de eerste marge komt direct binnen" if first_margin_now
              else "de marge komt aan het eind van elk jaar dat de klant blijft")
    lines = [
        f"$${formula}$$",
        f"met marge per jaar $m$ = {euro(margin)}, retentie $r$ = {_pct(s.retention)}, "
        f"disconteringsvoet $d$ = {percent(discount_rate, 1)} en acquisitiekosten $AC$ = {euro(acquisition_cost)} "
        f"({timing}).",
        "",
        f"- Marge-multiple: {number(s.margin_multiple, 2)}, dus CLV = {euro(margin)} × {number(s.margin_multiple, 2)}"
        f" − {euro(acquisition_cost)} = **{euro(s.clv)}**.",
        f"- Verwachte klantduur $1/(1-r)$: {number(s.expected_lifetime, 1)} jaar.",
        f"- Bij {_pct(s.raised_retention)} retentie (1 procentpunt hoger) wordt de CLV **{euro(s.raised_clv)}**.",
    ]
    if s.uplift is None:
        lines.append("- De CLV is nu niet positief, dus een stijging in procenten zegt niets: "
                     "verlaag de acquisitiekosten of verhoog de marge.")
    else:
        verdict = "klopt" if s.claim_holds else "klopt niet"
        lines.append(f"- Stijging van de CLV: **{percent(s.uplift, 2)}**. De vuistregel uit {book.ref('klantretentie')} "
                     f"(4–5% hogere CLV per procentpunt retentie) **{verdict}** bij deze instellingen.")
    if s.claim_interval is not None:
        a, b = s.claim_interval
        lines.append(f"- Bij deze disconteringsvoet en acquisitiekosten geldt de vuistregel op de stijgende tak van "
                     f"de curve (waar de meeste zakelijke klanten zitten) voor een retentie tussen {percent(a, 1)} en "
                     f"{percent(b, 1)}. De curve is U-vormig: bij lage retentie kan er nog een tweede gebied zijn.")
    elif margin > 0:
        lines.append("- Bij deze disconteringsvoet en acquisitiekosten ligt de stijging op de stijgende tak van de "
                     "curve (de gebruikelijke retentie van zakelijke klanten) nergens tussen 4% en 5%.")
    table = pd.DataFrame(
        {
            "nu": [_pct(s.retention), number(s.margin_multiple, 2), number(s.expected_lifetime, 1), euro(s.clv)],
            "1 procentpunt meer retentie": [_pct(s.raised_retention), number(s.raised_margin_multiple, 2),
                                            number(s.raised_expected_lifetime, 1), euro(s.raised_clv)],
        },
        index=pd.Index(["retentie", "marge-multiple", "verwachte klantduur (jaar)", "CLV"], name=""),
    )
    low_r, high_r = min(0.5, s.retention), max(0.95, s.retention)
    curves = uplift_curves((discount_rate,), acquisition_cost_ratio=s.acquisition_cost_ratio or 0.0,
                           first_margin_now=first_margin_now, retention_range=(low_r, min(high_r, 0.985)))
    fig = charts.retention_uplift_chart(curves=curves, point=(s.retention, s.uplift) if s.uplift is not None else None)
    return [common.md("\n".join(lines)), table, fig]


def retention_widget() -> w.Box:
    """Sliders for margin, retention, discount rate and acquisition cost, with a live result."""
    controls = {
        "margin": common.slider("Marge per jaar (€)", 1000, 100, 10_000, 100),
        "retention": common.slider("Klantretentie", 0.80, 0.30, 0.98, 0.01, percent=True),
        "discount_rate": common.slider("Disconteringsvoet", 0.10, 0.0, 0.30, 0.01, percent=True),
        "acquisition_cost": common.slider("Acquisitiekosten (€)", 0, 0, 10_000, 100),
        "first_margin_now": w.Checkbox(value=False, description="Eerste marge direct bij de start",
                                       style=common.LABEL_STYLE),
    }
    return common.live(retention_view, controls)
