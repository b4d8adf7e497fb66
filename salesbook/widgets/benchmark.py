"""The internal benchmark of the country subsidiaries (Tabel 1.2, § 1.1.2) as a widget.

``benchmark_view`` takes all its state as arguments; ``benchmark_widget`` wires a KPI menu
and sliders to it. The numbers and the intervention rules (as data) come from
:mod:`salesbook.subsidiaries`; the rules and signals in words are written here
(``rule_lines``, ``signal_texts``), also for the chapter-1 notebook's table.
"""

from __future__ import annotations

from collections.abc import Mapping
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


# The rules of subsidiaries.FLAG_RULES in words, built from each rule's parts, so that the list a
# student reads cannot drift from the rules the model applies.
KPI_NAMES = {"ebit_marge": "EBIT-marge", "brutomarge": "brutomarge", "debiteurendagen": "debiteurendagen",
             "omzet_per_medewerker_k": "omzet per medewerker"}
COMPARISONS = {"<": "onder", ">": "boven"}
REFERENCES = {"weighted_mean": "het gewogen groepsgemiddelde", "norm": "de norm",
              "share_of_median": "de productiviteitsgrens"}


def signal_name(rule: subsidiaries.FlagRule) -> str:
    """A rule's signal in words, e.g. 'debiteurendagen boven de norm'."""
    return f"{KPI_NAMES[rule.kpi]} {COMPARISONS[rule.comparison]} {REFERENCES[rule.reference_kind]}"


def reference_text(rule: subsidiaries.FlagRule, reference: float, productivity_share: float) -> str:
    """A rule's reference value in words: '5,6%', '60 dagen', '75% van de groepsmediaan = € 217,5 duizend'."""
    unit = subsidiaries.KPIS[rule.kpi].unit
    shown = f"€ {number(reference, 1)} duizend" if unit == "duizend" else _value(reference, unit)
    if rule.reference_kind == "share_of_median":
        return f"{percent(productivity_share, 0)} van de groepsmediaan = {shown}"
    return shown


def rule_lines(thresholds: Mapping[str, float], productivity_share: float) -> list[str]:
    """The numbered list of :data:`salesbook.subsidiaries.FLAG_RULES`, each with its reference value."""
    rules = subsidiaries.FLAG_RULES
    return [f"{i}. {signal_name(rule)} ({reference_text(rule, thresholds[rule.kpi], productivity_share)})"
            f"{'.' if i == len(rules) else ';'}" for i, rule in enumerate(rules, start=1)]


def signal_texts(flags: pd.DataFrame) -> pd.Series:
    """Per subsidiary the signals it gets, in words and '; '-joined ('geen' without a signal).

    ``flags`` has the rule columns of :func:`salesbook.subsidiaries.intervention_flags`; the result
    has its index, so it can stand next to the numbers:
    ``overzicht["signalen"] = signal_texts(overzicht)``.
    """
    rules = subsidiaries.FLAG_RULES
    return pd.Series(["; ".join(signal_name(r) for r in rules if row[r.column]) or "geen"
                      for _, row in flags.iterrows()], index=flags.index, name="signalen", dtype=object)


def _chart_label(rule: subsidiaries.FlagRule, reference: float, productivity_share: float) -> str:
    if rule.reference_kind == "weighted_mean":
        return f"gewogen groepsgemiddelde {reference_text(rule, reference, productivity_share)}"
    if rule.reference_kind == "norm":
        return f"norm: {reference_text(rule, reference, productivity_share)}"
    return f"grens: {percent(productivity_share, 0)} van de mediaan = {number(reference, 1)}"


def benchmark_view(
    kpi: str,
    dso_norm: float,
    cost_of_capital: float = case.COST_OF_CAPITAL,
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
    rule = next((r for r in subsidiaries.FLAG_RULES if r.kpi == kpi), None)
    if rule is not None:
        reference = thresholds[kpi]
        reference_label = _chart_label(rule, reference, productivity_share)

    direction = {True: "hoger is beter", False: "lager is beter", None: "een maat voor de omvang"}[spec.higher_is_better]
    need = ranked[ranked["ingrijpen"]]
    lines = [
        f"**{spec.label}** ({direction}):",
        f"$${FORMULAS[kpi]}$$",
        f"Vermogenskostenvoet voor de rentekosten: {percent(cost_of_capital, 1)} per jaar.",
        "",
        f"**Signalen.** Een vestiging krijgt een signaal bij elk van deze regels; bij {min_flags} of meer "
        "signalen is ingrijpen nodig:",
        "",
        *rule_lines(thresholds, productivity_share),
        "",
    ]
    if len(need):
        lines.append("**Ingrijpen nodig bij:**")
        lines.append("")
        for land, count, signals in zip(need["land"], need["aantal_signalen"], signal_texts(need)):
            lines.append(f"- {land} ({count} signalen: {signals})")
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
        "cost_of_capital": common.slider("Vermogenskostenvoet", case.COST_OF_CAPITAL, 0.0, 0.15, 0.005, percent=True, decimals=1),
    }
    return common.live(benchmark_view, controls, fixed={"data": case.dataset("landenvestigingen")})

