"""Customer equity widget (§ 1.1.2): score a company and its main competitor on the three drivers.

The view :func:`equity_view` takes every slider value as an argument (``eigen_<subaspect>``,
``concurrent_<subaspect>``, ``belang_<driver>``), so tests can call it over a grid of values;
:func:`equity_widget` builds the controls; :func:`equity_figure` draws the chart for flat scores (a
notebook cell). All computing happens in :mod:`salesbook.equity` and
:mod:`salesbook.strategy`.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from salesbook import charts, equity, formatting, validation
from salesbook.errors import SalesbookError
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


def _fmt(x: float) -> str:
    return formatting.number(x, 1)


def _limit(x: float) -> str:
    return formatting.number(x, 0 if float(x).is_integer() else 1)


def _signed(x: float) -> str:
    return ("+" if x > 0 else "") + formatting.number(x, 1)


def _names(items: list[str] | tuple[str, ...]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def _text(value: object, name: str, default: str) -> str:
    if value is None:
        return default
    if not isinstance(value, str):
        raise SalesbookError(f"{name} moet een tekst zijn (kreeg {validation._show(value)})")
    return value.strip() or default


def equity_sentences(f: equity.EquityFindings, *, company: str = "de onderneming",
                     competitor_name: str = "de concurrent") -> list[str]:
    """The findings of :func:`salesbook.equity.equity_findings` in Dutch sentences (§ 1.1.2)."""
    d_scores, limit = f.drivers, f.threshold
    lines = [f"De customer equity-score van {company} is {_fmt(f.score)} op 10 "
             f"(gewogen naar wat de klant belangrijk vindt)."]
    high, low = max(d_scores.values()), min(d_scores.values())
    if f.all_drivers_equal:
        lines.append(f"Alle drie de drivers scoren even hoog ({_fmt(high)}).")
    else:
        lines.append(f"Sterkste driver: {_names(f.strongest)} ({_fmt(high)}); "
                     f"zwakste driver: {_names(f.weakest)} ({_fmt(low)}).")
    if len(f.most_important) == 1:
        d = f.most_important[0]
        sentence = f"De klant vindt {d} het belangrijkst ({formatting.percent(f.weights[d], 0)})"
        if d in f.weak_drivers:
            sentence += ", en juist die driver scoort onvoldoende: daar ligt de eerste prioriteit."
        elif d in f.strongest and not f.all_drivers_equal:
            sentence += f", en daar is {company} ook het sterkst: goed nieuws voor de klantrelatie."
        else:
            sentence += "."
        lines.append(sentence)
    value = d_scores["value equity"]
    if f.value_equity_weak:
        lines.append(
            f"Let op: value equity is de basis, en met {_fmt(value)} (onder de {_limit(limit)}) is die te "
            f"zwak. Een sterk merk of een goede relatie kunnen dat niet goedmaken: klanten kopen niet "
            f"opnieuw, en wat je hebt geïnvesteerd om prospects tot klant te maken (acquisitiekosten) "
            f"verdien je niet terug."
        )
    else:
        lines.append(f"Value equity ({_fmt(value)}) is voldoende: de basis staat, en brand en relation "
                     f"equity kunnen daarop voortbouwen.")
    if f.gaps is not None:
        mine, theirs = f.scores, f.competitor_scores
        verdict = ("hoger dan" if f.score > f.competitor_score
                   else "lager dan" if f.score < f.competitor_score else "gelijk aan")
        lines.append(f"Gewogen customer equity: {_fmt(f.score)} voor {company}, {verdict} "
                     f"{competitor_name} ({_fmt(f.competitor_score)}).")
        ahead = [f"{d} ({_signed(g)})" for d, g in f.gaps.drivers.items() if g > 0]
        behind = [f"{d} ({_signed(g)})" for d, g in f.gaps.drivers.items() if g < 0]
        equal = [d for d, g in f.gaps.drivers.items() if g == 0]
        parts = []
        if ahead:
            parts.append(f"voorsprong op {_names(ahead)}")
        if behind:
            parts.append(f"achterstand op {_names(behind)}")
        if equal:
            parts.append(f"gelijk op {_names(equal)}")
        lines.append(f"Ten opzichte van {competitor_name}: " + "; ".join(parts) + ".")
        if f.largest_lag is not None:
            k = f.largest_lag
            lines.append(f"De grootste achterstand zit bij {equity.ASPECTS[k].label} ({_fmt(mine[k])} "
                         f"tegen {_fmt(theirs[k])}): daar kiest de klant eerder voor {competitor_name}.")
        if f.largest_lead is not None:
            k = f.largest_lead
            lines.append(f"De grootste voorsprong zit bij {equity.ASPECTS[k].label} ({_fmt(mine[k])} "
                         f"tegen {_fmt(theirs[k])}): maak dat voordeel zichtbaar in je waardepropositie.")
    for d in f.weak_drivers:
        steps = "; ".join(equity.ASPECTS[k].next_step for k in f.weak_aspects[d])
        lines.append(f"Volgende stap voor {d} ({_fmt(d_scores[d])}): {steps}.")
    if f.focus is not None:
        d, k = f.focus
        lines.append(f"Geen enkele driver scoort onder de {_limit(limit)}. Versterk de zwakste, {d}, "
                     f"te beginnen bij {equity.ASPECTS[k].label}: {equity.ASPECTS[k].next_step}.")
    return lines


def interpret_equity(own: Any, weights: Any, competitor: Any = None, *, company: str = "de onderneming",
                     competitor_name: str = "de concurrent", threshold: float = equity.BASE_THRESHOLD) -> list[str]:
    """Dutch sentences that read the scores (the old ``equity.interpret_equity``, which resolves here).

    >>> own = dict.fromkeys(equity.ASPECTS, 8) | {"economisch": 5, "functioneel": 5, "psychologisch": 6}
    >>> interpret_equity(own, {"value equity": 0.5, "brand equity": 0.25, "relation equity": 0.25},
    ...                  company="Noordstroom")[0]
    'De customer equity-score van Noordstroom is 6,7 op 10 (gewogen naar wat de klant belangrijk vindt).'
    """
    company = _text(company, "bedrijfsnaam", "de onderneming")
    competitor_name = _text(competitor_name, "naam concurrent", "de concurrent")
    findings = equity.equity_findings(own, weights, competitor, threshold=threshold)
    return equity_sentences(findings, company=company, competitor_name=competitor_name)


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

    findings = equity.equity_findings(own, weights, competitor)
    lines = equity_sentences(findings, company=company_name, competitor_name=rival_name)
    figure = charts.equity_chart(
        equity.scores_by_driver(own), equity.scores_by_driver(competitor) if competitor is not None else None,
        own_means=own_drivers, competitor_means=rival_drivers, company=company_name, competitor_name=rival_name,
    )
    return [
        common.md(f"**Gewichten** (het belang omgerekend naar fracties die samen 1 zijn): {weight_line}"),
        common.md("\n".join(rows)),
        figure,
        common.md("**Wat zeggen deze scores?**\n\n" + "\n".join(f"- {_safe(line)}" for line in lines)),
    ]


def equity_figure(own: Any, competitor: Any = None, *, company: str = "Eigen onderneming",
                  competitor_name: str = "Concurrent") -> Any:
    """The customer-equity chart for flat scores (sub-aspect key → score), as the widget draws it:
    the model groups the scores by driver and averages them (:func:`salesbook.equity.scores_by_driver`,
    :func:`salesbook.equity.driver_scores`), then :func:`salesbook.charts.equity_chart` draws.

    >>> scores = dict.fromkeys(equity.ASPECTS, 7)
    >>> fig = equity_figure(scores, dict(scores, informatie=4), company="Noordstroom", competitor_name="webshop")
    >>> [t.get_text() for t in fig.legends[0].get_texts()][:2]
    ['Noordstroom', 'webshop']
    """
    mine = equity.check_scores(own, "eigen scores")
    if competitor is None:
        return charts.equity_chart(equity.scores_by_driver(mine), own_means=equity.driver_scores(mine),
                                   company=company, competitor_name=competitor_name)
    theirs = equity.check_scores(competitor, "scores concurrent")
    return charts.equity_chart(equity.scores_by_driver(mine), equity.scores_by_driver(theirs),
                               own_means=equity.driver_scores(mine), competitor_means=equity.driver_scores(theirs),
                               company=company, competitor_name=competitor_name)


def _score_slider(key: str, value: int) -> w.IntSlider:
    aspect = equity.ASPECTS[key]
    return common.whole_slider(aspect.label, value, equity.SCORE_MIN, equity.SCORE_MAX, tooltip=aspect.explanation)


def equity_widget(company: str = "Noordstroom Technische Groothandel", competitor_name: str = "Concurrent") -> w.Box:
    """The customer-equity scorer, ready to display: ``equity_widget()``."""
    controls: dict[str, w.ValueWidget] = {
        "company": w.Text(value=company, description="Onderneming", style=common.LABEL_STYLE),
        "competitor_name": w.Text(value=competitor_name, description="Concurrent", style=common.LABEL_STYLE),
        "compare": w.Checkbox(value=True, description="Vergelijk met de concurrent", indent=False),
    }
    for driver, name in IMPORTANCE.items():
        controls[name] = common.whole_slider(f"Belang {driver}", DEFAULT_IMPORTANCE[driver], 0, 10)
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
        return w.VBox(items, layout=w.Layout(flex="1 1 480px"))   # two columns side by side where they fit

    settings = w.VBox([
        w.HBox([controls["company"], controls["competitor_name"], controls["compare"]]),
        w.HTML("<b>Hoe zwaar weegt elke driver voor de klant?</b> (0 = niet, 10 = heel zwaar; "
               "de gewichten worden omgerekend zodat ze samen 1 zijn)"),
        *(controls[name] for name in IMPORTANCE.values()),
    ])
    sliders = w.HBox([column("Rapportcijfers eigen onderneming (1–10)", OWN),
                      column("Rapportcijfers concurrent (1–10)", RIVAL)], layout=w.Layout(flex_flow="row wrap"))
    intro = w.HTML(f"<p>{html.escape(INTRO, quote=False)}</p>")
    return common.live(equity_view, controls, arrange=lambda _controls, out: [intro, settings, sliders, out])
