"""Customer equity widget (§ 1.1.2): score a company and its main competitor on the three drivers.

The view :func:`equity_view` takes every slider value as an argument (``eigen_<subaspect>``,
``concurrent_<subaspect>``, ``belang_<driver>``), so tests can call it over a grid of values;
:func:`equity_widget` builds the controls. All computing happens in :mod:`salesbook.equity` and
:mod:`salesbook.strategy`.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from salesbook import charts, equity, formatting
from salesbook.strategy import normalize_weights
from salesbook.widgets import common

INTRO = ("Geef een onderneming naar keuze (en eventueel haar belangrijkste concurrent) per subaspect een "
         "rapportcijfer van 1 tot 10 en stel in hoe zwaar de klant elke driver laat wegen; je ziet dan de "
         "customer equity-score, de grafiek en wat dat betekent.")

OWN, RIVAL = "eigen_", "concurrent_"
IMPORTANCE = {"value equity": "belang_value", "brand equity": "belang_brand", "relation equity": "belang_relation"}

# A plausible starting profile (a technical wholesaler with a strong name but a thin relationship).
DEFAULT_OWN = {"economisch": 7, "functioneel": 8, "psychologisch": 6, "betrouwbaarheid": 8, "reputatie": 7,
               "merkwaarden": 6, "betrokkenheid": 6, "informatie": 4, "coaching": 5, "flexibiliteit": 6}
DEFAULT_RIVAL = {"economisch": 8, "functioneel": 7, "psychologisch": 6, "betrouwbaarheid": 7, "reputatie": 6,
                 "merkwaarden": 6, "betrokkenheid": 7, "informatie": 7, "coaching": 6, "flexibiliteit": 7}
DEFAULT_IMPORTANCE = {"value equity": 5, "brand equity": 2, "relation equity": 3}


def _name(text: object, default: str) -> str:
    """A name typed by the student: trimmed, with a default when empty."""
    value = str(text).strip() if text is not None else ""
    return value or default


def _safe(text: str) -> str:
    """Text for Markdown: no HTML and no table breakers."""
    return html.escape(text, quote=False).replace("|", "/")


def _split(scores: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    own = {k[len(OWN):]: v for k, v in scores.items() if k.startswith(OWN)}
    rival = {k[len(RIVAL):]: v for k, v in scores.items() if k.startswith(RIVAL)}
    unknown = [k for k in scores if not k.startswith((OWN, RIVAL))]
    if unknown:
        raise TypeError(f"equity_view() got unexpected arguments: {', '.join(unknown)}")
    return own, rival


def equity_view(*, company: str = "Noordstroom", competitor_name: str = "Concurrent", compare: bool = True,
                belang_value: float = 5, belang_brand: float = 2, belang_relation: float = 3,
                **scores: Any) -> list[Any]:
    """Weights, driver table, weighted score, chart and interpretation for one set of slider values."""
    own, rival = _split(scores)
    company_name = _name(company, "Eigen onderneming")
    rival_name = _name(competitor_name, "Concurrent")
    weights = normalize_weights({"value equity": belang_value, "brand equity": belang_brand,
                                 "relation equity": belang_relation})
    own = equity.check_scores(own, "eigen scores")
    own_drivers = equity.driver_scores(own)
    own_score = equity.customer_equity_score(own, weights)
    competitor = equity.check_scores(rival, "scores concurrent") if compare else None
    rival_drivers = equity.driver_scores(competitor) if competitor is not None else None
    rival_score = equity.customer_equity_score(competitor, weights) if competitor is not None else None
    gaps = equity.compare_with_competitor(own, competitor) if competitor is not None else None

    weight_line = " · ".join(f"{d} {formatting.percent(g, 0)}" for d, g in weights.items())
    head = f"| Driver | Gewicht | {_safe(company_name)} |"
    rule = "|---|---:|---:|"
    if rival_drivers is not None:
        head += f" {_safe(rival_name)} | Verschil |"
        rule += "---:|---:|"
    rows = [head, rule]
    for d in equity.DRIVERS:
        row = f"| {d} | {formatting.percent(weights[d], 0)} | {formatting.number(own_drivers[d], 1)} |"
        if rival_drivers is not None:
            gap = gaps.drivers[d]
            row += f" {formatting.number(rival_drivers[d], 1)} | {'+' if gap > 0 else ''}{formatting.number(gap, 1)} |"
        rows.append(row)
    total = f"| **customer equity (gewogen)** | 100% | **{formatting.number(own_score, 1)}** |"
    if rival_score is not None:
        gap = own_score - rival_score
        total += f" **{formatting.number(rival_score, 1)}** | {'+' if gap > 0 else ''}{formatting.number(gap, 1)} |"
    rows.append(total)

    lines = equity.interpret_equity(own, weights, competitor, company=company_name, competitor_name=rival_name)
    figure = charts.equity_chart(own, competitor, company=company_name, competitor_name=rival_name)
    return [
        common.md(f"**Gewichten** (het belang omgerekend naar fracties die samen 1 zijn): {weight_line}"),
        common.md("\n".join(rows)),
        figure,
        common.md("**Wat zeggen deze scores?**\n\n" + "\n".join(f"- {_safe(line)}" for line in lines)),
    ]


def _score_slider(key: str, value: int) -> w.IntSlider:
    aspect = equity.ASPECTS[key]
    return w.IntSlider(value=value, min=equity.SCORE_MIN, max=equity.SCORE_MAX, step=1, description=aspect.label,
                       tooltip=aspect.explanation, continuous_update=False,
                       style={"description_width": "200px"}, layout=w.Layout(width="400px"))


def equity_widget(company: str = "Noordstroom Technische Groothandel", competitor_name: str = "Concurrent") -> w.Box:
    """The customer-equity scorer, ready to display: ``equity_widget()``."""
    controls: dict[str, w.ValueWidget] = {
        "company": w.Text(value=company, description="Onderneming", style=common.LABEL_STYLE),
        "competitor_name": w.Text(value=competitor_name, description="Concurrent", style=common.LABEL_STYLE),
        "compare": w.Checkbox(value=True, description="Vergelijk met de concurrent", indent=False),
    }
    for driver, name in IMPORTANCE.items():
        controls[name] = w.IntSlider(value=DEFAULT_IMPORTANCE[driver], min=0, max=10, step=1,
                                     description=f"Belang {driver}", continuous_update=False,
                                     style={"description_width": "200px"}, layout=w.Layout(width="400px"))
    for key in equity.ASPECTS:
        controls[OWN + key] = _score_slider(key, DEFAULT_OWN[key])
    for key in equity.ASPECTS:
        controls[RIVAL + key] = _score_slider(key, DEFAULT_RIVAL[key])

    def toggle_rival(change: dict) -> None:
        for key in equity.ASPECTS:
            controls[RIVAL + key].disabled = not change["new"]

    controls["compare"].observe(toggle_rival, names="value")

    def column(title: str, prefix: str) -> w.VBox:
        items: list[w.Widget] = [w.HTML(f"<b>{html.escape(title, quote=False)}</b>")]
        for driver, keys in equity.DRIVERS.items():
            items.append(w.HTML(f"<i>{driver}</i>"))
            items.extend(controls[prefix + k] for k in keys)
        return w.VBox(items)

    settings = w.VBox([
        w.HBox([controls["company"], controls["competitor_name"], controls["compare"]]),
        w.HTML("<b>Hoe zwaar weegt elke driver voor de klant?</b> (0 = niet, 10 = heel zwaar; "
               "de gewichten worden omgerekend zodat ze samen 1 zijn)"),
        *(controls[name] for name in IMPORTANCE.values()),
    ])
    sliders = w.HBox([column("Rapportcijfers eigen onderneming (1–10)", OWN),
                      column("Rapportcijfers concurrent (1–10)", RIVAL)])
    intro = w.HTML(f"<p>{html.escape(INTRO, quote=False)}</p>")
    return common.live(equity_view, controls, arrange=lambda _controls, out: [intro, settings, sliders, out])
