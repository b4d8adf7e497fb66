"""The internal benchmark of the country subsidiaries (Tabel 1.2, § 1.1.2) as a widget.

``benchmark_view`` takes all its state as arguments; ``benchmark_widget`` wires a KPI menu
and sliders to it. The numbers come from :mod:`salesbook.subsidiaries`.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w
import pandas as pd

from salesbook import case, charts, subsidiaries
from salesbook.formatting import number, percent
from salesbook.formatting import value as _value
from salesbook.widgets import common

FORMULAS = {
    "omzet_mln": r"\text{omzet in miljoen euro (tabel 1.2)}",
    "brutomarge": r"\text{brutomarge} = \frac{\text{omzet} - \text{inkoopwaarde van de omzet}}{\text{omzet}}",
    "ebit_marge": r"\text{EBIT-marge} = \frac{\text{EBIT}}{\text{omzet}}",
    "debiteurendagen": r"\text{debiteurendagen} = \frac{\text{debiteuren}}{\text{omzet}} \times 365",
    "omzet_per_medewerker_k": r"\text{omzet per medewerker} = \frac{\text{omzet}}{\text{aantal medewerkers}}",
    "brutomarge_eur": r"\text{brutomarge in euro} = \text{omzet} \times \text{brutomarge}",
    "ebit_eur": r"\text{EBIT} = \text{omzet} \times \text{EBIT-marge}",
    "medewerkers": r"\text{medewerkers} = \frac{\text{omzet}}{\text{omzet per medewerker}}",
    "ebit_per_medewerker_eur": r"\text{EBIT per medewerker} = \frac{\text{EBIT}}{\text{medewerkers}}",
    "debiteuren_eur": r"\text{debiteuren} = \text{omzet} \times \frac{\text{debiteurendagen}}{365}",
    "debiteuren_boven_norm_eur":
        r"\text{debiteuren boven de norm} = \text{omzet} \times \frac{\max(\text{debiteurendagen} - \text{norm},\ 0)}{365}",
    "rentekosten_boven_norm_eur":
        r"\text{rentekosten} = \text{debiteuren boven de norm} \times \text{vermogenskostenvoet}",
}


def _value_fr(fraction: float) -> str:
    return _value(fraction, "fractie")


def benchmark_view(
    kpi: str,
    dso_norm: float,
    cost_of_capital: float = 0.08,
    productivity_share: float = 0.75,
    min_flags: int = 2,
    data: pd.DataFrame | None = None,
) -> list[Any]:
    """The formula, the ranking table, the chart and the subsidiaries that need intervention."""
    df = case.dataset("landenvestigingen") if data is None else data
    kpis = subsidiaries.subsidiary_kpis(df, dso_norm=dso_norm, cost_of_capital=cost_of_capital)
    flags = subsidiaries.intervention_flags(df, dso_norm=dso_norm, productivity_share=productivity_share,
                                         min_flags=min_flags)
    ranked = subsidiaries.rank_subsidiaries(kpis.merge(flags, on="land"), kpi)
    thresholds = subsidiaries.flag_thresholds(df, dso_norm=dso_norm, productivity_share=productivity_share)
    spec = subsidiaries.KPIS[kpi]

    reference, reference_label = None, None
    if kpi in thresholds:
        reference = thresholds[kpi]
        reference_label = {
            "ebit_marge": f"gewogen groepsgemiddelde {_value_fr(reference)}",
            "brutomarge": f"gewogen groepsgemiddelde {_value_fr(reference)}",
            "debiteurendagen": f"norm: {number(reference, 0)} dagen",
            "omzet_per_medewerker_k": f"grens: {percent(productivity_share, 0)} van de mediaan = {number(reference, 1)}",
        }[kpi]

    direction = {True: "hoger is beter", False: "lager is beter", None: "een maat voor de omvang"}[spec.higher_is_better]
    need = ranked[ranked["ingrijpen"]]
    rules = [
        f"1. EBIT-marge lager dan het gewogen groepsgemiddelde ({_value_fr(thresholds['ebit_marge'])});",
        f"2. brutomarge lager dan het gewogen groepsgemiddelde ({_value_fr(thresholds['brutomarge'])});",
        f"3. debiteurendagen boven de norm van {number(thresholds['debiteurendagen'], 0)} dagen;",
        f"4. omzet per medewerker lager dan {percent(productivity_share, 0)} van de groepsmediaan "
        f"(grens € {number(thresholds['omzet_per_medewerker_k'], 1)} duizend).",
    ]
    lines = [
        f"**{spec.label}** ({direction}):",
        f"$${FORMULAS[kpi]}$$",
        f"Vermogenskostenvoet voor de rentekosten: {percent(cost_of_capital, 1)} per jaar.",
        "",
        f"**Signalen.** Een vestiging krijgt een signaal bij elk van deze regels; bij {min_flags} of meer "
        "signalen is ingrijpen nodig:",
        "",
        *rules,
        "",
    ]
    if len(need):
        lines.append("**Ingrijpen nodig bij:**")
        lines.append("")
        for _, row in need.iterrows():
            lines.append(f"- {row['land']} ({row['aantal_signalen']} signalen: {row['signalen']})")
    else:
        lines.append("**Geen enkele vestiging** heeft genoeg signalen voor ingrijpen.")
    table = pd.DataFrame({
        "land": ranked["land"].tolist(),
        spec.label: [_value(v, spec.unit) for v in ranked[kpi]],
        "signalen": ranked["aantal_signalen"].tolist(),
        "ingrijpen": ["ja" if v else "nee" for v in ranked["ingrijpen"]],
    }, index=pd.Index(ranked["rang"].tolist(), name="rang"))
    fig = charts.benchmark_chart(ranked, kpi, norm=reference, norm_label=reference_label, spec=spec)
    return [common.md("\n".join(lines)), table, fig]


def benchmark_widget() -> w.Box:
    """A KPI menu and sliders for the debiteuren norm and the cost of capital, with a live result."""
    controls = {
        "kpi": w.Dropdown(options=[(spec.label, key) for key, spec in subsidiaries.KPIS.items()],
                          value="debiteurendagen", description="Kengetal", style=common.LABEL_STYLE,
                          layout=common.WIDE),
        "dso_norm": common.slider("Norm debiteurendagen", 60, 30, 120, 5),
        "cost_of_capital": common.slider("Vermogenskostenvoet", 0.08, 0.0, 0.15, 0.005, percent=True, decimals=1),
    }
    return common.live(benchmark_view, controls, fixed={"data": case.dataset("landenvestigingen")})

