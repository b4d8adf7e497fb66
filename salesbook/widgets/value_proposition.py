"""Value proposition widget (figuur 1.3): the customer profile of an installer against Noordstroom's offer.

:func:`value_proposition_view` takes every slider value as an argument (``belang_<key>``,
``aanbod_<key>``), so tests can call it directly; :func:`value_proposition_widget` builds the
controls. The computing happens in :mod:`salesbook.value_proposition`.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from salesbook import charts, value_proposition
from salesbook.formatting import number, percent
from salesbook.widgets import common

# The needs of the notebook's installer (Tabel 1.1 section), with a starting weight and offer score.
NEEDS = {
    "levering": ("levering op de bouwplaats vóór 7 uur", 9, 6),
    "onderdelen": ("de juiste onderdelen per project", 8, 8),
    "advies": ("technisch advies bij twijfel", 6, 9),
    "online": ("online bestellen met bestelhistorie per project", 5, 4),
    "prijs": ("een scherpe prijs", 6, 5),
}

INTRO = ("Zet het klantprofiel van een installateur naast het aanbod van Noordstroom. Geef per klantbehoefte aan "
         "hoe zwaar die voor de klant weegt (0–10) en hoe goed het aanbod die behoefte nu invult (0–10). Dit is "
         "een model van dit notebook, geïnspireerd op figuur 1.3 van het boek.")


def value_proposition_view(**values: Any) -> list:
    """The fit per need, the overall fit and the need where improving the offer pays most."""
    profile = {NEEDS[k][0]: values.get(f"belang_{k}", NEEDS[k][1]) for k in NEEDS}
    offer = {NEEDS[k][0]: values.get(f"aanbod_{k}", NEEDS[k][2]) for k in NEEDS}
    r = value_proposition.proposition_fit(profile, offer)
    rows = ["| klantbehoefte | gewicht | aanbod | fit | gemiste punten |", "|---|---:|---:|---:|---:|"]
    rows += [f"| {n.need} | {number(n.weight)} | {number(n.score)} | {percent(n.fit, 0)} | {number(n.gap)} |"
             for n in r.needs]
    return [
        common.md("\n".join(rows)),
        common.md(f"**Totale fit** (gewogen naar wat de klant belangrijk vindt): **{percent(r.overall, 0)}**. "
                  f"De meeste punten laat het aanbod liggen bij **{r.largest_gap}**: daar levert verbeteren voor "
                  "deze klant het meest op. Een behoefte met gewicht 0 telt niet mee, hoe goed het aanbod daar ook is."),
        charts.bar_chart([n.need for n in r.needs], [n.gap for n in r.needs],
                         title="Gemiste punten per behoefte",
                         ylabel="gemiste punten = gewicht × (10 − aanbod)", horizontal=True,
                         colors=[charts.BAD if n.need == r.largest_gap and n.gap > 0 else charts.NEUTRAL
                                 for n in r.needs]),
    ]


def value_proposition_widget() -> w.Box:
    controls: dict[str, w.ValueWidget] = {}
    rows = []
    for key, (label, weight, score) in NEEDS.items():
        controls[f"belang_{key}"] = w.IntSlider(value=weight, min=0, max=10, description="gewicht",
                                                continuous_update=False, style=common.LABEL_STYLE)
        controls[f"aanbod_{key}"] = w.IntSlider(value=score, min=0, max=10, description="aanbod",
                                                continuous_update=False, style=common.LABEL_STYLE)
        rows.append(w.VBox([w.HTML(f"<b>{label}</b>"),
                            common.side_by_side(controls[f"belang_{key}"], controls[f"aanbod_{key}"],
                                                width="300px")]))
    intro = w.HTML(f"<p>{INTRO}</p>")
    return common.live(value_proposition_view, controls, arrange=lambda _c, out: [intro, *rows, out])
