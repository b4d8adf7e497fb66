"""Chapter 6 — Organisatie en planning van het salesteam: sales-force size, territories, call
plans, quotas and the compensation simulator as widgets.

Every ``..._view`` takes all its state as arguments (tests call it over a grid of values) and
returns what to show: Markdown with the formula and the numbers, a table and a figure. Every
``..._widget()`` wires controls to its view with :func:`salesbook.widgets.common.live`. All
numbers come from :mod:`salesbook.planning` and :mod:`salesbook.salesforce`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import ipywidgets as w
import pandas as pd

from salesbook import case, charts, planning, salesforce, validation
from salesbook.errors import SalesbookError
from salesbook.formatting import euro, euro_compact, number, percent
from salesbook.formatting import tex_number as _tex
from salesbook.widgets import common

FULL_TIME = dict(working_days=210, hours_per_day=8, visit_share=0.55)   # a full-time rep of the case
PRODUCT_GROUP_YEAR = 2024


@lru_cache(maxsize=None)
def _case(name: str) -> pd.DataFrame:
    """A case data set, read once per session (views only read it)."""
    return case.dataset(name)


@lru_cache(maxsize=None)
def case_accounts() -> pd.DataFrame:
    """The Dutch accounts of the case with location, potential, revenue 2024 and ABC class."""
    return planning.account_table(_case("klanten"), _case("transacties"), _case("accountlocaties"))


def case_team() -> pd.DataFrame:
    return _case("verkoopteam")


def _visits(visits_a: float, visits_b: float, visits_c: float) -> dict[str, float]:
    return {"A": visits_a, "B": visits_b, "C": visits_c}


def _hours(hours_a: float, hours_b: float, hours_c: float) -> dict[str, float]:
    return {"A": hours_a, "B": hours_b, "C": hours_c}


# --- H6, omvang-salesteam: sales-force size: workload and breakdown method ----------------------------------

def sales_force_view(visits_a: float = 12, visits_b: float = 4, visits_c: float = 1,
                     hours_a: float = 2.0, hours_b: float = 1.5, hours_c: float = 1.0,
                     visit_share: float = 0.55, potential_per_rep_mln: float = 28) -> list[Any]:
    """The workload method and the breakdown method side by side, on the case accounts
    (the potential per rep in millions of euros, as on the slider)."""
    potential_per_rep = validation.positive(potential_per_rep_mln, "potentieel per verkoper (mln)") * 1e6
    accounts = case_accounts()
    counts = accounts["klasse"].value_counts()
    n = {c: int(counts.get(c, 0)) for c in planning.CLASSES}
    table = planning.workload(n, _visits(visits_a, visits_b, visits_c), _hours(hours_a, hours_b, hours_c))
    capacity = planning.visit_capacity(FULL_TIME["working_days"], FULL_TIME["hours_per_day"], visit_share)
    total_hours = float(table.loc["totaal", "uren"])
    reps_workload = salesforce.sales_force_size(n, _visits(visits_a, visits_b, visits_c),
                                                hours_per_call=_hours(hours_a, hours_b, hours_c),
                                                hours_per_rep=capacity)
    total_potential = float(accounts["potentieel"].sum())
    reps_breakdown = salesforce.breakdown_sales_force(total_potential, potential_per_rep)
    fte = float(case_team()["fte"].sum())
    terms = " + ".join(rf"{n[c]} \times {_tex(table.loc[c, 'bezoeken_per_account'], 1)} \times "
                       rf"{_tex(table.loc[c, 'uren_per_bezoek'], 1)}" for c in planning.CLASSES)
    lines = [
        "**Werklastmethode** (bewerkingstaak ÷ capaciteit van één verkoper, naar boven afgerond):",
        rf"$$\text{{verkopers}} = \left\lceil \frac{{\sum_i a_i \cdot f_i \cdot t_i}}{{U}} \right\rceil = "
        rf"\left\lceil \frac{{{terms}}}{{{_tex(capacity)}}} \right\rceil = "
        rf"\left\lceil \frac{{{_tex(total_hours)}}}{{{_tex(capacity)}}} \right\rceil = {reps_workload}$$",
        f"met U = {FULL_TIME['working_days']} werkdagen × {FULL_TIME['hours_per_day']} uur × "
        f"{percent(visit_share, 0)} bezoektijd = {number(capacity)} bezoekuren per voltijdverkoper.",
        "",
        "**Opsplitsingsmethode** (breakdown: totaal potentieel ÷ potentieel dat één verkoper kan bewerken):",
        rf"$$\text{{verkopers}} = \left\lceil \frac{{{_tex(total_potential / 1e6, 1)}\text{{ mln}}}}"
        rf"{{{_tex(potential_per_rep / 1e6, 1)}\text{{ mln}}}} \right\rceil = {reps_breakdown}$$",
        "",
        f"Noordstroom heeft nu **{number(fte, 1)} fte** aan accountmanagers. De werklastmethode vraagt "
        f"**{reps_workload}**, de opsplitsingsmethode **{reps_breakdown}**.",
    ]
    shown = pd.DataFrame({
        "accounts": [number(v) for v in table["accounts"]],
        "bezoeken per account": ["–" if pd.isna(v) else number(v, 1) for v in table["bezoeken_per_account"]],
        "bezoeken per jaar": [number(v) for v in table["bezoeken"]],
        "uren per bezoek": ["–" if pd.isna(v) else number(v, 1) for v in table["uren_per_bezoek"]],
        "bewerkingstaak (uren)": [number(v) for v in table["uren"]],
    }, index=table.index)
    per_rep = planning.rep_results(planning.account_workload(accounts, _visits(visits_a, visits_b, visits_c),
                                                             _hours(hours_a, hours_b, hours_c)), case_team())
    team = case_team().set_index("verkoper")
    caps = [planning.visit_capacity(team.loc[r, "werkdagen_per_jaar"], team.loc[r, "uren_per_dag"], visit_share)
            for r in per_rep.index]
    fig = charts.workload_chart(list(per_rep.index), per_rep["uren"].tolist(), capacity=caps,
                                title="Bewerkingstaak per accountmanager (huidige indeling)",
                                capacity_label="eigen capaciteit (zwart streepje)")
    return [common.md("\n".join(lines)), shown, fig]


def sales_force_widget() -> w.Box:
    """Sliders for the visit norms, the hours per visit, the visit share and the potential per rep."""
    controls = {
        "visits_a": common.slider("Bezoeken per A-account per jaar", 12, 0, 26, 1),
        "visits_b": common.slider("Bezoeken per B-account per jaar", 4, 0, 12, 1),
        "visits_c": common.slider("Bezoeken per C-account per jaar", 1, 0, 6, 0.5, decimals=1),
        "hours_a": common.slider("Uren per bezoek A (incl. reistijd)", 2.0, 0.5, 4, 0.25, decimals=2),
        "hours_b": common.slider("Uren per bezoek B", 1.5, 0.5, 4, 0.25, decimals=2),
        "hours_c": common.slider("Uren per bezoek C", 1.0, 0.5, 4, 0.25, decimals=2),
        "visit_share": common.slider("Deel van de werktijd voor bezoek", 0.55, 0.3, 0.8, 0.05, percent=True),
        "potential_per_rep_mln": common.slider("Potentieel per verkoper (€ mln)", 28, 5, 50, 1),
    }
    return common.live(sales_force_view, controls)


# --- H6, rayonindeling: territory design --------------------------------------------------------------------

def territory_view(n_reps: int = 6, visits_a: float = 12, visits_b: float = 4, visits_c: float = 1) -> list[Any]:
    """Postcode areas divided over n_reps territories by the greedy method, with balance and map."""
    accounts = planning.account_workload(case_accounts(), _visits(visits_a, visits_b, visits_c),
                                         planning.CASE_HOURS_PER_VISIT)
    units = planning.postcode_units(accounts)
    if units["workload"].sum() <= 0:
        raise SalesbookError("met deze bezoeknormen is er geen werklast: zet minstens één klasse op meer dan 0 bezoeken")
    design = planning.design_territories(units, n_reps)
    bal = planning.balance(design.workload)
    current = planning.balance(accounts.groupby("accountmanager")["uren"].sum())
    capacity = planning.visit_capacity(**FULL_TIME)
    names = {t: f"rayon {t} ({units.loc[s, 'plaats']})" for t, s in enumerate(design.seeds, start=1)}
    lines = [
        "**Evenwicht** van de werklast $w$ over de rayons:",
        r"$$\frac{\max w}{\min w} \qquad\text{en}\qquad CV = \frac{\sigma_w}{\bar w}$$",
        f"- Nieuwe indeling in {n_reps} rayons: gemiddeld {number(bal['gemiddelde'])} uur, van "
        f"{number(bal['min'])} tot {number(bal['max'])} uur; max/min = **{number(bal['max_min'], 2)}**, "
        f"CV = **{percent(bal['cv'], 1)}**.",
        f"- Huidige indeling (6 accountmanagers, per regio): max/min = {number(current['max_min'], 2)}, "
        f"CV = {percent(current['cv'], 1)}.",
        f"- Een voltijdverkoper heeft {number(capacity)} bezoekuren per jaar: het drukste rayon vraagt "
        f"{percent(bal['max'] / capacity, 0)} daarvan.",
    ]
    per = pd.DataFrame({
        "startgebied": [f"{s} {units.loc[s, 'plaats']}" for s in design.seeds],
        "postcodegebieden": design.assignment.value_counts().sort_index().tolist(),
        "accounts": [number(units.loc[design.assignment == t, "accounts"].sum()) for t in design.workload.index],
        "werklast (uren)": [number(v) for v in design.workload],
        "bezetting voltijder": [percent(v / capacity, 0) for v in design.workload],
    }, index=pd.Index([f"rayon {t}" for t in design.workload.index], name="rayon"))
    territory = design.assignment.reindex(accounts["postcodegebied"]).to_numpy()
    fig = charts.territory_map(accounts["x_km"].tolist(), accounts["y_km"].tolist(), list(territory), labels=names,
                               bases=[(f"{s} {units.loc[s, 'plaats']}", units.loc[s, "x"], units.loc[s, "y"])
                                      for s in design.seeds],
                               title=f"Rayonindeling in {n_reps} rayons (sterren: startgebieden)")
    return [common.md("\n".join(lines)), per, fig]


def territory_widget() -> w.Box:
    """The number of reps (territories) and the visit norms; the map and balance follow."""
    controls = {
        "n_reps": common.whole_slider("Aantal verkopers (rayons)", 6, 2, 10),
        "visits_a": common.slider("Bezoeken per A-account per jaar", 12, 0, 26, 1),
        "visits_b": common.slider("Bezoeken per B-account per jaar", 4, 0, 12, 1),
        "visits_c": common.slider("Bezoeken per C-account per jaar", 1, 0, 6, 0.5, decimals=1),
    }
    return common.live(territory_view, controls)


# --- H6, bezoekplanning: call planning ----------------------------------------------------------------------

def call_plan_view(rep: str = "Fatima El Amrani", visits_a: float = 12, visits_b: float = 4,
                   visits_c: float = 1) -> list[Any]:
    """The call plan of one account manager: visits per year, month, week and day, and his load."""
    team = case_team().set_index("verkoper")
    name = validation.choice(rep, "accountmanager", list(team.index))
    accounts = planning.account_workload(case_accounts(), _visits(visits_a, visits_b, visits_c),
                                         planning.CASE_HOURS_PER_VISIT)
    own = accounts[accounts["accountmanager"] == name]
    counts = own["klasse"].value_counts()
    row = team.loc[name]
    plan = planning.call_plan(own["bezoeken"].sum(), own["uren"].sum(), working_days=row["werkdagen_per_jaar"],
                              hours_per_day=row["uren_per_dag"], visit_share=row["aandeel_bezoektijd"])
    verdict = ("past ruim" if plan.utilisation <= 0.9 else "past net" if plan.utilisation <= 1.0
               else "past **niet**: er is meer werk dan tijd")
    lines = [
        f"**{name}** ({row['regio']}, {number(row['fte'], 1)} fte) heeft "
        + ", ".join(f"{number(counts.get(c, 0))} {c}-accounts" for c in planning.CLASSES) + ".",
        rf"$$\text{{bezetting}} = \frac{{\sum \text{{bezoeken}} \times \text{{uren per bezoek}}}}"
        rf"{{\text{{werkdagen}} \times \text{{uren per dag}} \times \text{{aandeel bezoektijd}}}} = "
        rf"\frac{{{_tex(plan.hours)}}}{{{row['werkdagen_per_jaar']} \times {row['uren_per_dag']} \times "
        rf"{_tex(row['aandeel_bezoektijd'], 2)}}} = {_tex(plan.utilisation * 100, 0)}\%$$",
        f"Het bezoekplan {verdict}.",
    ]
    shown = pd.DataFrame({"per jaar": [number(plan.visits), number(plan.hours)],
                          "per maand": [number(plan.visits_per_month, 1), number(plan.hours / 12, 1)],
                          "per week": [number(plan.visits_per_week, 1), number(plan.hours / (row['werkdagen_per_jaar'] / 5), 1)],
                          "per werkdag": [number(plan.visits_per_day, 1), number(plan.hours_per_visit_day, 1)]},
                         index=pd.Index(["bezoeken", "bezoekuren (incl. reistijd)"], name=""))
    per_rep = planning.rep_results(accounts, case_team())
    fig = charts.workload_chart(list(per_rep.index), per_rep["uren"].tolist(), capacity=per_rep["capaciteit"].tolist(),
                                title="Bezoekuren per accountmanager en eigen capaciteit",
                                capacity_label="eigen capaciteit (zwart streepje)")
    return [common.md("\n".join(lines)), shown, fig]


def call_plan_widget() -> w.Box:
    controls = {
        "rep": w.Dropdown(options=list(case_team()["verkoper"]), value="Fatima El Amrani",
                          description="Accountmanager", style=common.LABEL_STYLE),
        "visits_a": common.slider("Bezoeken per A-account per jaar", 12, 0, 26, 1),
        "visits_b": common.slider("Bezoeken per B-account per jaar", 4, 0, 12, 1),
        "visits_c": common.slider("Bezoeken per C-account per jaar", 1, 0, 6, 0.5, decimals=1),
    }
    return common.live(call_plan_view, controls)


# --- H6, salesplanning-kpi: targets and quotas --------------------------------------------------------------

def product_group_shares(year: int = PRODUCT_GROUP_YEAR) -> pd.Series:
    """The Dutch revenue share of every product group in ``year`` (verkoophistorie.csv)."""
    history = _case("verkoophistorie")
    nl = history[(history["land"] == "Nederland") & (history["maand"].dt.year == year)]
    revenue = nl.groupby("productgroep")["omzet"].sum()
    return revenue / revenue.sum()


def quota_view(weight: float = 0.5, growth: float = 0.04) -> list[Any]:
    """The 2025 target divided over the account managers by a mix of potential and history."""
    g = validation.fraction(weight, "gewicht van het potentieel")
    up = validation.in_range(growth, "groei", -0.5, 1)
    reps = planning.rep_results(case_accounts(), case_team())
    total = int(round(reps["omzet"].sum() * (1 + up), -4))
    shares = planning.quota_shares(reps["potentieel"], reps["omzet"], g)
    quota = planning.allocate_quota(total, reps["potentieel"], reps["omzet"], g)
    lines = [
        rf"$$\text{{quotum}}_i = \text{{totaal}} \times \left( g \cdot \frac{{P_i}}{{\sum P}} + (1-g) \cdot "
        rf"\frac{{H_i}}{{\sum H}} \right),\qquad g = {_tex(g, 2)}$$",
        f"met P het potentieel van de eigen klanten en H de omzet 2024. Totaal omzetdoel 2025: omzet 2024 "
        f"{euro_compact(reps['omzet'].sum())} × {number(1 + up, 2)} = **{euro(total)}** (afgerond op tienduizenden).",
        f"Afgerond op hele euro's met de methode van de grootste resten: som van de quota = {euro(int(quota.sum()))} "
        f"{'= het totaal ✓' if int(quota.sum()) == total else '≠ het totaal ✗'}.",
    ]
    shown = pd.DataFrame({
        "regio": reps["regio"],
        "aandeel potentieel": [percent(v, 1) for v in reps["potentieel"] / reps["potentieel"].sum()],
        "aandeel omzet 2024": [percent(v, 1) for v in reps["omzet"] / reps["omzet"].sum()],
        "aandeel quotum": [percent(v, 1) for v in shares],
        "omzet 2024": [euro(v) for v in reps["omzet"]],
        "omzetdoel 2025": [euro(v) for v in quota],
        "groei": [percent(round(q / h - 1, 3) + 0.0, 1) for q, h in zip(quota, reps["omzet"])],
    }, index=reps.index)
    groups = product_group_shares()
    split = planning.split_quota(quota, groups)
    regions = quota.groupby(reps["regio"]).sum()
    per_group = pd.DataFrame({g_: [euro(v) for v in split[g_]] for g_ in split.columns}, index=split.index)
    per_group["totaal"] = [euro(v) for v in split.sum(axis=1)]
    lines_2 = [
        "Per **regio** (West heeft twee accountmanagers): "
        + "; ".join(f"{r} {euro_compact(v)}" for r, v in regions.items()) + ".",
        "",
        "Per **productgroep** verdeelt elk quotum zich zoals de Nederlandse omzet van 2024 ("
        + ", ".join(f"{g_} {percent(v, 1)}" for g_, v in groups.items())
        + "); elke rij telt weer precies op tot het quotum:",
    ]
    fig = charts.quota_chart(list(reps.index), reps["omzet"].tolist(), quota.tolist(),
                             title=f"Omzetdoel 2025 per accountmanager (gewicht potentieel {percent(g, 0)})")
    return [common.md("\n".join(lines)), shown, common.md("\n".join(lines_2)), per_group, fig]


def quota_widget() -> w.Box:
    controls = {
        "weight": common.slider("Gewicht potentieel g (0 = alleen historie)", 0.5, 0, 1, 0.05, percent=True),
        "growth": common.slider("Groei van het totaal", 0.04, -0.1, 0.2, 0.01, percent=True),
    }
    return common.live(quota_view, controls)


# --- H6, beloning: compensation ---------------------------------------------------------------------------

def build_tiers(commission_start: float, commission_rate: float, second_start: float, second_rate: float) -> list:
    """Commission tiers from two brackets: commission_rate on sales above commission_start and
    second_rate above second_start (no commission below commission_start).

    A second rate of 0 means *no second tier*: the first rate then applies to all sales above
    commission_start (a 0% second tier would silently stop the commission at second_start).
    Neighbouring tiers with the same rate are merged, so every tier left changes the rate.

    >>> build_tiers(12e6, 0.002, 16e6, 0.0)        # no second tier: 0,2% on everything above 12 mln
    [(0, 0.0), (12000000.0, 0.002)]
    >>> build_tiers(12e6, 0.002, 16e6, 0.004)
    [(0, 0.0), (12000000.0, 0.002), (16000000.0, 0.004)]
    """
    start = validation.positive(commission_start, "provisie vanaf", allow_zero=True)
    second = validation.positive(second_start, "tweede staffel vanaf", allow_zero=True)
    r1 = validation.fraction(commission_rate, "provisiepercentage")
    r2 = validation.fraction(second_rate, "provisiepercentage tweede staffel")
    tiers = [(0, r1)] if start == 0 else [(0, 0.0), (start, r1)]
    if r2 > 0:
        if second <= start:
            raise SalesbookError(f"de tweede staffel moet boven de eerste beginnen: tweede staffel vanaf moet groter "
                                 f"zijn dan {euro(start)} (kreeg {euro(second)})")
        tiers.append((second, r2))
    merged: list = []
    for bound, rate in tiers:
        if merged and merged[-1][1] == rate:
            continue
        merged.append((bound, rate))
    return merged


def tier_text(tiers: list) -> str:
    """Every commission tier in words, the 0% tiers included ("geen provisie" when all are 0)."""
    if all(rate == 0 for _, rate in tiers):
        return "geen provisie"
    parts = []
    for k, (bound, rate) in enumerate(tiers):
        upper = tiers[k + 1][0] if k + 1 < len(tiers) else None
        low = euro_compact(bound) if bound else "€ 0"
        span = (f"tot {euro_compact(upper)}" if not bound else f"van {low} tot {euro_compact(upper)}") \
            if upper is not None else f"vanaf {low}"
        parts.append(f"{percent(rate, 2) if rate else '0%'} over de omzet {span}")
    return "provisie " + "; ".join(parts)


def compensation_view(fixed_share: float = 1.0, commission_start_mln: float = 12,
                      commission_rate: float = 0.0, second_start_mln: float = 16, second_rate: float = 0.0,
                      bonus_share: float = 0.10, threshold: float = 0.9, cap: float = 1.5) -> list[Any]:
    """What a pay plan pays every account manager at his 2024 results, and its cost of sales
    (the tier bounds in millions of euros, as on the sliders; a second rate of 0 means no
    second tier, see :func:`build_tiers`)."""
    start = validation.positive(commission_start_mln, "provisie vanaf (mln)", allow_zero=True) * 1e6
    second = validation.positive(second_start_mln, "tweede staffel vanaf (mln)", allow_zero=True) * 1e6
    tiers = build_tiers(start, commission_rate, second, second_rate)
    plan = salesforce.CompensationPlan(fixed_share=fixed_share, tiers=tuple(tiers), bonus_share=bonus_share,
                                       threshold=threshold, cap=cap)
    reps = planning.rep_results(case_accounts(), case_team())
    payout = salesforce.plan_payout(reps, plan)
    total_pay, revenue = float(payout["totaal"].sum()), float(payout["omzet"].sum())
    variable = float((payout["provisie"] + payout["bonus"]).sum())
    tier_text_ = tier_text(list(plan.tiers))
    lines = [
        r"$$\text{beloning} = \underbrace{v \cdot S_\text{basis}}_\text{vast} + "
        r"\underbrace{\sum_k p_k \cdot \text{omzet in staffel } k}_\text{provisie} + "
        r"\underbrace{b \cdot S_\text{basis} \cdot \min(r, \text{plafond})}_{\text{bonus, als } r \geq \text{drempel}}$$",
        f"met vast deel v = {percent(plan.fixed_share, 0)}, {tier_text_}; bonus b = "
        f"{percent(plan.bonus_share, 0)} van het basissalaris bij realisatie r = omzet ÷ omzetdoel = 100%, niets onder "
        f"{percent(plan.threshold, 0)}, niet meer boven {percent(plan.cap, 0)}.",
        "",
        f"Het team kost **{euro(total_pay)}**, waarvan {percent(variable / total_pay if total_pay else 0, 0)} variabel. "
        f"Verkoopkosten (beloning accountmanagers) als % van de omzet: {euro(total_pay)} / "
        f"{euro_compact(revenue)} = **{percent(salesforce.cost_of_sales(total_pay, revenue), 2)}**.",
    ]
    shown = pd.DataFrame({
        "omzet 2024": [euro(v) for v in payout["omzet"]],
        "realisatie": [percent(v, 1) for v in payout["realisatie"]],
        "vast": [euro(v) for v in payout["vast"]],
        "provisie": [euro(v) for v in payout["provisie"]],
        "bonus": [euro(v) for v in payout["bonus"]],
        "totaal": [euro(v) for v in payout["totaal"]],
        "% van omzet": [percent(v, 2) for v in payout["kosten_pct"]],
    }, index=payout.index)
    fig = charts.pay_chart(payout, title="Beloning per accountmanager bij de resultaten van 2024")
    return [common.md("\n".join(lines)), shown, fig]


def compensation_widget() -> w.Box:
    controls = {
        "fixed_share": common.slider("Vast deel van het basissalaris", 1.0, 0.5, 1.0, 0.05, percent=True),
        "commission_start_mln": common.slider("Provisie vanaf omzet (€ mln)", 12, 0, 20, 0.5, decimals=1),
        "commission_rate": common.slider("Provisie (eerste staffel)", 0.0, 0, 0.01, 0.0005, percent=True, decimals=2),
        "second_start_mln": common.slider("Tweede staffel vanaf omzet (€ mln)", 16, 0, 25, 0.5, decimals=1),
        "second_rate": common.slider("Provisie tweede staffel (0 = geen tweede staffel)", 0.0, 0, 0.02, 0.0005,
                                     percent=True, decimals=2),
        "bonus_share": common.slider("Bonus bij 100% van het doel (deel van het salaris)", 0.10, 0, 0.5, 0.01,
                                     percent=True),
        "threshold": common.slider("Bonusdrempel (realisatie)", 0.9, 0.5, 1.0, 0.01, percent=True),
        "cap": common.slider("Bonusplafond (realisatie)", 1.5, 1.0, 2.0, 0.05, percent=True),
    }
    return common.live(compensation_view, controls)
