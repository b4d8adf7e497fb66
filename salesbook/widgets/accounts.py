"""Chapter 7 — Accountmanagement: customer profitability with the whale curve, the account
portfolio matrix, key-account selection and the account plan as widgets.

Every ``..._view`` takes all its state as arguments (tests call it over a grid of values) and
returns what to show: Markdown with the formula and the numbers, a table and a figure. Every
``..._widget()`` wires controls to its view with :func:`salesbook.widgets.common.live`. The
case data are loaded once; a view never alters them. All numbers come from
:mod:`salesbook.accounts`; the widgets hold no formulas.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import ipywidgets as w
import pandas as pd

from IPython import get_ipython

from salesbook import accounts, case, charts, strategy
from salesbook.segmentation import abc_analysis
from salesbook.formatting import euro, number, percent
from salesbook.formatting import tex_number as _tex
from salesbook.widgets import common

DRIVER_WORDS = {"kosten_bezoeken": "bezoeken", "kosten_orders": "orders", "kosten_leveringen": "leveringen",
                "kosten_retouren": "retouren", "kosten_krediet": "krediet (lange betaaltermijn)"}


@lru_cache(maxsize=None)
def _case_inputs() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Sales 2024, cost drivers 2024 and customer facts, read once per session."""
    sales = accounts.yearly_sales(case.dataset("transacties"), accounts.CASE_YEAR).reset_index()
    drivers = case.dataset("kostendrivers")
    facts = case.dataset("klanten").set_index("klant_id")[["naam", "land", "segment"]]
    return sales[list(accounts.SALES_COLUMNS)], drivers, facts


@lru_cache(maxsize=None)
def _case_scores() -> pd.DataFrame:
    return case.case_account_scores()


@lru_cache(maxsize=None)
def _abc_classes() -> pd.Series:
    sales = _case_inputs()[0].set_index("klant_id")["omzet"]
    return abc_analysis(sales)["class"]


def main_driver(row: pd.Series) -> str:
    """The cost driver with the largest cost in a row of customer_profitability."""
    return DRIVER_WORDS[max(DRIVER_WORDS, key=lambda c: float(row[c]))]


# --- topic klantwinstgevendheid: customer profitability and the whale curve ---------------------------------------------

def profitability_view(visit_rate: float, order_rate: float, delivery_rate: float, return_rate: float,
                       interest_rate: float) -> list[Any]:
    """The whale curve and the largest loss-making A-customers for the given cost rates."""
    rates = {"bezoeken": visit_rate, "orders": order_rate, "leveringen": delivery_rate, "retouren": return_rate}
    sales, drivers, facts = _case_inputs()
    profit = accounts.customer_profitability(sales, drivers, rates=rates, interest_rate=interest_rate)
    total = float(profit["klantwinst"].sum())
    losers = profit["klantwinst"] < 0
    lines = [
        "Per klant (2024):",
        r"$$\text{cost-to-serve} = \sum_{x} n_x \cdot t_x + \text{omzet} \cdot i \cdot \frac{\text{betaaldagen}}{365}"
        r", \qquad \text{klantwinst} = \text{brutomarge} - \text{cost-to-serve}$$",
        f"met $n_x$ het aantal bezoeken, orders, leveringen en retouren, de tarieven $t_x$ = {euro(visit_rate)} per "
        f"bezoek, {euro(order_rate)} per order, {euro(delivery_rate)} per levering en {euro(return_rate)} per retour, "
        f"en rente $i$ = {percent(interest_rate, 1)} per jaar"
        + (" (de vermogenskosten van Noordstroom, dezelfde als in hoofdstuk 1 en 9)."
           if interest_rate == case.COST_OF_CAPITAL else "."),
        "",
        f"- Totale brutomarge {euro(profit['brutomarge'].sum())}, totale cost-to-serve "
        f"{euro(profit['cost_to_serve'].sum())}, totale klantwinst **{euro(total)}**.",
        f"- **{number(int(losers.sum()))}** van de {number(len(profit))} klanten "
        f"({percent(losers.mean(), 0)}) maken verlies, samen {euro(-profit.loc[losers, 'klantwinst'].sum())}.",
    ]
    if total > 0:
        summary = accounts.whale_summary(profit)
        lines.append(f"- De walviscurve piekt op **{percent(summary.peak_share, 1)}** van de totale klantwinst, na "
                     f"{percent(summary.share_customers_at_peak, 0)} van de klanten.")
        out: list[Any] = [common.md("\n".join(lines)), charts.whale_curve_chart(accounts.whale_curve(profit))]
    else:
        lines.append("- Bij deze tarieven is de totale klantwinst negatief: Noordstroom verdient op geen enkele manier "
                     "aan haar klanten, en een walviscurve (aandelen van de totale winst) heeft geen betekenis.")
        out = [common.md("\n".join(lines))]
    abc = _abc_classes()
    losing = profit[(profit["klantwinst"] < 0) & (abc.reindex(profit.index) == "A")]
    losing = losing.sort_values("omzet", ascending=False).head(8)
    if losing.empty:
        out.append(common.md("Bij deze tarieven maakt geen enkele A-klant verlies."))
        return out
    table = pd.DataFrame({
        "naam": facts.loc[losing.index, "naam"], "land": facts.loc[losing.index, "land"],
        "omzet": [euro(v) for v in losing["omzet"]], "brutomarge": [euro(v) for v in losing["brutomarge"]],
        "cost-to-serve": [euro(v) for v in losing["cost_to_serve"]],
        "klantwinst": [euro(v) for v in losing["klantwinst"]],
        "grootste kostenpost": [main_driver(row) for _, row in losing.iterrows()],
    }, index=losing.index)
    a_losing = int(((profit["klantwinst"] < 0) & (abc.reindex(profit.index) == "A")).sum())
    out.append(common.md(f"**A-klanten met verlies: {number(a_losing)}.** De grootste (op omzet):"))
    out.append(table)
    return out


def profitability_widget() -> w.Box:
    """Sliders for the four activity rates (at DEFAULT_RATES) and the interest rate (at the case's
    one cost of capital, case.COST_OF_CAPITAL, as in chapters 1 and 9)."""
    r = accounts.DEFAULT_RATES
    controls = {
        "visit_rate": common.slider("Kosten per bezoek (€)", r["bezoeken"], 0, 1000, 25),
        "order_rate": common.slider("Kosten per order (€)", r["orders"], 0, 1000, 25),
        "delivery_rate": common.slider("Kosten per levering (€)", r["leveringen"], 0, 600, 25),
        "return_rate": common.slider("Kosten per retour (€)", r["retouren"], 0, 600, 25),
        "interest_rate": common.slider("Rente per jaar", case.COST_OF_CAPITAL, 0, 0.15, 0.005,
                                       percent=True, decimals=1),
    }
    return common.live(profitability_view, controls)


# --- topic accountportfolio: the account portfolio -------------------------------------------------------------------

def portfolio_weights(potentieel: float, groei: float, marge: float, fit: float, sow: float, relatie: float,
                      assortiment: float) -> tuple[dict[str, float], dict[str, float]]:
    """Slider importances (0–10) turned into weights that sum to 1 per axis."""
    a = strategy.normalize_weights({"potentieel": potentieel, "groei": groei, "marge": marge,
                                    "strategische fit": fit})
    p = strategy.normalize_weights({"share of wallet": sow, "relatie": relatie, "assortimentsfit": assortiment})
    return a, p


def portfolio_view(potentieel: float, groei: float, marge: float, fit: float, sow: float, relatie: float,
                   assortiment: float, labels: int = 4) -> list[Any]:
    """The Dutch A-accounts in the portfolio matrix for the given importances of the criteria."""
    wa, wp = portfolio_weights(potentieel, groei, marge, fit, sow, relatie, assortiment)
    scores = _case_scores()
    a_accounts = scores[scores["abc"] == "A"]
    matrix = accounts.account_portfolio(a_accounts, wa, wp)

    def terms(weights):
        return " + ".join(f"{_tex(g, 2)} \\cdot s_{{\\text{{{k}}}}}" for k, g in weights.items())

    counts = matrix["kwadrant"].value_counts()
    lines = [
        "Gewicht = belang ÷ som van het belang op die as; per account (scores 1–10):",
        rf"$$\text{{aantrekkelijkheid}} = {terms(wa)}$$",
        rf"$$\text{{positie}} = {terms(wp)}$$",
        f"Hoog is vanaf {number(accounts.SPLIT, 1)}. Van de {number(len(matrix))} Nederlandse A-klanten zijn er "
        + ", ".join(f"**{number(int(counts.get(q, 0)))}** {q}" for q in accounts.QUADRANTS) + ".",
    ]
    top = a_accounts.index[:labels]
    names = {k: a_accounts.loc[k, "naam"] for k in top}
    fig = charts.portfolio_matrix_chart(matrix, sizes=a_accounts["omzet"], labels=names,
                                        title="Accountportfolio van de Nederlandse A-klanten (2024)")
    table = pd.DataFrame({
        "naam": a_accounts.loc[top, "naam"], "omzet": [euro(v) for v in a_accounts.loc[top, "omzet"]],
        "aantrekkelijkheid": [number(v, 1) for v in matrix.loc[top, "aantrekkelijkheid"]],
        "positie": [number(v, 1) for v in matrix.loc[top, "positie"]],
        "kwadrant": matrix.loc[top, "kwadrant"],
    }, index=top)
    return [common.md("\n".join(lines)), fig, table]


def portfolio_widget() -> w.Box:
    """Importance sliders (0–10) for the seven criteria; defaults are the default weights × 10."""
    a, p = accounts.ATTRACTIVENESS_WEIGHTS, accounts.POSITION_WEIGHTS

    def s(label, value):
        return common.slider(label, value * 10, 0, 10, 0.5, decimals=1)

    controls = {
        "potentieel": s("Aantrekkelijkheid: potentieel", a["potentieel"]),
        "groei": s("Aantrekkelijkheid: groei", a["groei"]),
        "marge": s("Aantrekkelijkheid: marge", a["marge"]),
        "fit": s("Aantrekkelijkheid: strategische fit", a["strategische fit"]),
        "sow": s("Positie: share of wallet", p["share of wallet"]),
        "relatie": s("Positie: relatie", p["relatie"]),
        "assortiment": s("Positie: assortimentsfit", p["assortimentsfit"]),
    }
    return common.live(portfolio_view, controls)


def account_position_view(potentieel: float, groei: float, marge: float, fit: float, sow: float, relatie: float,
                          assortiment: float) -> list[Any]:
    """One account placed by its seven criterion scores (1–10) with the default weights."""
    wa_, wp_ = accounts.ATTRACTIVENESS_WEIGHTS, accounts.POSITION_WEIGHTS
    values = {"potentieel": potentieel, "groei": groei, "marge": marge, "strategische fit": fit,
              "share of wallet": sow, "relatie": relatie, "assortimentsfit": assortiment}
    row = accounts.account_portfolio(pd.DataFrame(values, index=["jouw account"]), wa_, wp_).iloc[0]

    def sum_text(weights):
        terms = " + ".join(f"{_tex(g, 2)} \\times {_tex(values[k], 1)}" for k, g in weights.items())
        return terms

    lines = [
        rf"$$\text{{aantrekkelijkheid}} = {sum_text(wa_)} = {_tex(row['aantrekkelijkheid'], 2)}$$",
        rf"$$\text{{positie}} = {sum_text(wp_)} = {_tex(row['positie'], 2)}$$",
        f"Kwadrant (hoog vanaf {number(accounts.SPLIT, 1)}): **{row['kwadrant']}**. Strategie: {row['strategie']}.",
    ]
    scores = _case_scores()
    a_accounts = scores[scores["abc"] == "A"]
    matrix = accounts.account_portfolio(a_accounts)
    fig = charts.portfolio_matrix_chart(matrix, sizes=a_accounts["omzet"],
                                        highlight=(row["positie"], row["aantrekkelijkheid"], "jouw account"),
                                        title="Jouw account tussen de Nederlandse A-klanten")
    return [common.md("\n".join(lines)), fig]


def account_position_widget(klant_id: str | None = None) -> w.Box:
    """Sliders for the seven criterion scores; start values: a case account (default: the
    largest Dutch account in 'ontwikkelen')."""
    scores = _case_scores()
    if klant_id is None:
        a_accounts = scores[scores["abc"] == "A"]
        matrix = accounts.account_portfolio(a_accounts)
        klant_id = next(k for k in a_accounts.index if matrix.loc[k, "kwadrant"] == "ontwikkelen")
    start = scores.loc[klant_id]

    def s(label, column):
        return common.slider(label, float(start[column]), 1, 10, 0.1, decimals=1)

    controls = {
        "potentieel": s("Potentieel", "potentieel"), "groei": s("Groei", "groei"), "marge": s("Marge", "marge"),
        "fit": s("Strategische fit", "strategische fit"), "sow": s("Share of wallet", "share of wallet"),
        "relatie": s("Relatie", "relatie"), "assortiment": s("Assortimentsfit", "assortimentsfit"),
    }
    return common.live(account_position_view, controls)


# --- topic key-account-selectie: key-account selection -----------------------------------------------------------------

@lru_cache(maxsize=None)
def key_account_table() -> pd.DataFrame:
    """Dutch A-accounts with omzet, aantrekkelijkheid (default weights), klantwinst and quadrant."""
    scores = _case_scores()
    a_accounts = scores[scores["abc"] == "A"]
    matrix = accounts.account_portfolio(a_accounts)
    profit = case.case_profitability()
    return pd.DataFrame({"naam": a_accounts["naam"], "omzet": a_accounts["omzet"],
                         "aantrekkelijkheid": matrix["aantrekkelijkheid"], "positie": matrix["positie"],
                         "kwadrant": matrix["kwadrant"], "klantwinst": profit["klantwinst"].reindex(a_accounts.index)})


def key_account_view(min_revenue: float, min_attractiveness: float, min_profit: float) -> list[Any]:
    """Which Dutch A-accounts meet the three key-account criteria."""
    table = key_account_table()
    selection = accounts.key_account_selection(table, min_revenue=min_revenue, min_attractiveness=min_attractiveness,
                                               min_profit=min_profit)
    chosen = table[selection["key_account"]]
    lines = [
        "Een account wordt key account als het aan alle drie de criteria voldoet:",
        rf"$$\text{{omzet}} \ge {_tex(min_revenue)} \;\wedge\; \text{{aantrekkelijkheid}} \ge "
        rf"{_tex(min_attractiveness, 1)} \;\wedge\; \text{{klantwinst}} \ge {_tex(min_profit)}$$",
        f"- voldoet aan omvang: {number(int(selection['omvang'].sum()))} van {number(len(table))} A-klanten;",
        f"- aantrekkelijk genoeg: {number(int(selection['aantrekkelijk'].sum()))};",
        f"- winstgevend genoeg: {number(int(selection['winstgevend'].sum()))};",
        f"- **alle drie: {number(len(chosen))} key accounts**, samen {euro(chosen['omzet'].sum())} omzet "
        f"({percent(chosen['omzet'].sum() / table['omzet'].sum(), 0)} van de omzet van de Nederlandse A-klanten).",
        f"De positie is geen criterium: van deze key accounts liggen er "
        f"{number(int((chosen['kwadrant'] == 'ontwikkelen').sum()))} in het kwadrant *ontwikkelen* "
        "(key account, maar de positie moet nog groeien).",
    ]
    out: list[Any] = [common.md("\n".join(lines))]
    if len(chosen):
        shown = chosen.sort_values("omzet", ascending=False).head(12)
        out.append(pd.DataFrame({
            "naam": shown["naam"], "omzet": [euro(v) for v in shown["omzet"]],
            "aantrekkelijkheid": [number(v, 1) for v in shown["aantrekkelijkheid"]],
            "klantwinst": [euro(v) for v in shown["klantwinst"]], "kwadrant": shown["kwadrant"],
        }, index=shown.index))
    near = table[~selection["key_account"] & (selection[["omvang", "aantrekkelijk", "winstgevend"]].sum(axis=1) == 2)]
    if len(near):
        out.append(common.md(f"Net niet (voldoen aan twee van de drie): {number(len(near))} accounts, o.a. "
                             + "; ".join(f"{table.loc[k, 'naam']} (mist: {selection.loc[k, 'ontbreekt']})"
                                         for k in near.sort_values("omzet", ascending=False).index[:3]) + "."))
    return out


def key_account_widget() -> w.Box:
    controls = {
        "min_revenue": common.slider("Minimale omzet (€)", 250_000, 0, 1_500_000, 25_000),
        "min_attractiveness": common.slider("Minimale aantrekkelijkheid", accounts.SPLIT, 1, 10, 0.5, decimals=1),
        "min_profit": common.slider("Minimale klantwinst (€)", 0, -100_000, 200_000, 10_000),
    }
    return common.live(key_account_view, controls)


# --- topic accountplan: the account plan ----------------------------------------------------------------------

def account_plan_markdown(plan: accounts.AccountPlan) -> str:
    """The account plan skeleton as Markdown: the numbers of the plan, and empty rows to fill in."""
    f = plan.facts
    lines = [f"### Accountplan {f['naam']} ({plan.klant_id})", "",
             "**1. Klantgegevens**", "",
             f"- Land en regio: {f['land']}, {f['regio']}; segment: {f['segment']}",
             f"- Accountmanager: {f['accountmanager']}; klant sinds {f['klant_sinds']}",
             f"- ABC-klasse (omzet 2024, alle klanten): **{plan.abc or 'geen omzet in 2024'}**", "",
             "**2. Omzet en marge 2022–2024**", "",
             "| jaar | omzet | brutomarge | marge % | orders |", "|---|---:|---:|---:|---:|"]
    for year, row in plan.history.iterrows():
        margin = percent(row["margepercentage"], 1) if row["omzet"] > 0 else "–"
        lines.append(f"| {year} | {euro(row['omzet'])} | {euro(row['brutomarge'])} | {margin} | "
                     f"{number(row['orders'])} |")
    lines += ["", "**3. Klantwinst en cost-to-serve 2024**", ""]
    p = plan.profitability
    if p is None:
        lines.append("Geen omzet in 2024: geen klantwinst te berekenen.")
    else:
        lines += ["| post | bedrag |", "|---|---:|", f"| brutomarge | {euro(p['brutomarge'])} |"]
        labels = {"kosten_bezoeken": "bezoeken", "kosten_orders": "orders", "kosten_leveringen": "leveringen",
                  "kosten_retouren": "retouren", "kosten_krediet": "kredietkosten (betaaldagen)"}
        lines += [f"| − {label} | {euro(p[col])} |" for col, label in labels.items()]
        lines += [f"| = **klantwinst** | **{euro(p['klantwinst'])}** |", "",
                  f"Cost-to-serve {euro(p['cost_to_serve'])} = {percent(p['cost_to_serve'] / p['omzet'], 1)} "
                  f"van de omzet; plaats {number(plan.profit_rank)} van {number(plan.customers)} klanten "
                  "op klantwinst."]
    lines += ["", "**4. Positie in de accountportfolio**", ""]
    if plan.portfolio is None:
        lines.append("Niet bepaald: het inkooppotentieel is alleen voor Nederlandse klanten geschat.")
    else:
        q = plan.portfolio
        lines.append(f"Aantrekkelijkheid {number(q['aantrekkelijkheid'], 1)}, positie "
                     f"{number(q['positie'], 1)} (schaal 1–10): **{q['kwadrant']}**: {q['strategie']}.")
    lines += ["", "**5. DMU in kaart (in te vullen)**", "",
              "| rol | typisch | wie | houding | wat vindt hij of zij belangrijk? |", "|---|---|---|---|---|"]
    lines += [f"| {role} | {text} | … | … | … |" for role, text in plan.dmu_roles.items()]
    lines += ["", "Strategic selling (Miller & Heiman): wie is de economic buyer, wie zijn de user en "
              "technical buyers, en wie is je coach?", "",
              "**6. Doelstellingen (SMART, in te vullen)**", "",
              "- Omzet en share of wallet in 2025: …",
              "- Brutomarge en klantwinst (welke kostendrivers moeten omlaag?): …",
              "- Relatie (welke DMU-leden wil je erbij hebben?): …", "",
              "**7. Acties (wie, wat, wanneer)**", "",
              "| actie | wie | wanneer | kosten |", "|---|---|---|---|", "| … | … | … | … |"]
    return "\n".join(lines)


def _register_account_plan_markdown() -> None:
    """Let a notebook show an AccountPlan (a pure data object) as this Markdown."""
    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["text/markdown"].for_type(accounts.AccountPlan, account_plan_markdown)


_register_account_plan_markdown()


def account_plan_view(klant_id: str) -> list[Any]:
    """The account plan skeleton of one customer."""
    return [common.md(account_plan_markdown(case.account_plan(klant_id)))]


def plan_choices(n: int = 15) -> list[tuple[str, str]]:
    """Dropdown options: the n largest Dutch customers of 2024 plus the five largest loss-makers."""
    scores = _case_scores()
    profit = case.case_profitability()
    loss = profit[profit["klantwinst"] < 0].sort_values("omzet", ascending=False).head(5)
    ids = list(dict.fromkeys([*scores.index[:n], *loss.index]))
    names = case.dataset("klanten").set_index("klant_id")["naam"]
    return [(f"{names.loc[k]} ({k})", k) for k in ids]


def account_plan_widget(klant_id: str = "K01616") -> w.Box:
    options = plan_choices()
    value = klant_id if klant_id in [v for _, v in options] else options[0][1]
    controls = {"klant_id": w.Dropdown(options=options, value=value, description="Klant",
                                       style=common.LABEL_STYLE, layout=common.WIDE)}
    return common.live(account_plan_view, controls)
