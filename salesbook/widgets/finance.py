"""Chapter 9 — Bedrijfseconomische aspecten van het salesmanagement as widgets: the discount
decision tool, the price-rise mirror image, markup versus margin, the break-even chart, the
cost of credit per landenvestiging and the retention → profit model.

Every ``..._view`` takes all its state as arguments (tests call it over a grid of values) and
returns Markdown with the formula and the numbers, a table and a figure. Every ``..._widget()``
wires sliders to its view with :func:`salesbook.widgets.common.live`. All numbers come from
:mod:`salesbook.finance` and :mod:`salesbook.profit_profile`; the widgets hold no formulas.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

import ipywidgets as w
import pandas as pd

from salesbook import accounts, case, charts, finance, profit_profile, validation
from salesbook.errors import SalesbookError
from salesbook.formatting import euro, number, percent
from salesbook.formatting import percent_short as _pct
from salesbook.formatting import tex_number as _tex
from salesbook.widgets import common

CASE_INTEREST_RATE = case.COST_OF_CAPITAL   # one cost of capital for the case (chapters 1 and 9)


@lru_cache(maxsize=None)
def _subsidiaries() -> pd.DataFrame:
    """Tabel 1.2 (data/landenvestigingen.csv), read once; views only read it."""
    return case.dataset("landenvestigingen")


# --- [korting-en-marge] the discount decision tool --------------------------------------------------------

def discount_view(margin: float, discount: float) -> list[Any]:
    """Extra volume needed after a discount: formula, the sum per 100 units, the curve."""
    x = finance.discount_volume_increase(discount, margin)
    old, new = 100 * margin, 100 * (margin - discount)
    units = 100 * (1 + x)
    lines = [
        r"$$x = \frac{d}{m - d}$$",
        f"met brutomarge $m$ = {_pct(margin)} van de verkoopprijs en korting $d$ = {_pct(discount)}:",
        "",
        f"$$x = \\frac{{{_tex(discount, 3)}}}{{{_tex(margin, 3)} - {_tex(discount, 3)}}} = "
        f"{_tex(x, 3)} = {_tex(100 * x, 1)}\\%$$",
        "",
        f"Je moet **{percent(x, 1)} meer verkopen** om na de korting dezelfde brutomarge in euro's te verdienen. "
        f"Bij een prijs van € 100 verdien je per stuk nog {euro(new, 2)} in plaats van {euro(old, 2)}; voor de "
        f"oude {euro(100 * old)} aan brutomarge heb je dus {number(units, 1)} stuks nodig in plaats van 100.",
    ]
    table = pd.DataFrame(
        {"zonder korting": [euro(100, 2), euro(old, 2), "100", euro(100 * old)],
         "met korting": [euro(100 * (1 - discount), 2), euro(new, 2), number(units, 1), euro(units * new)]},
        index=pd.Index(["prijs per stuk", "brutomarge per stuk", "benodigde afzet (stuks)",
                        "brutomarge totaal"], name=""),
    )
    return [common.md("\n".join(lines)), table, charts.volume_effect_chart(finance.volume_effects(margin, discount=discount))]


def discount_widget() -> w.Box:
    """Sliders for the gross margin and the discount."""
    controls = {
        "margin": common.slider("Brutomarge (m)", 0.35, 0.05, 0.60, 0.01, percent=True),
        "discount": common.slider("Korting (d)", 0.05, 0.0, 0.40, 0.01, percent=True),
    }
    return common.live(discount_view, controls)


def price_rise_view(margin: float, increase: float) -> list[Any]:
    """Volume you may lose after a price rise: formula, the sum per 100 units, the curve."""
    y = finance.price_increase_volume_loss(increase, margin)
    old, new = 100 * margin, 100 * (margin + increase)
    units = 100 * (1 - y)
    lines = [
        r"$$y = \frac{p}{m + p}$$",
        f"met brutomarge $m$ = {_pct(margin)} van de oude prijs en prijsverhoging $p$ = {_pct(increase)}:",
        "",
        f"$$y = \\frac{{{_tex(increase, 3)}}}{{{_tex(margin, 3)} + {_tex(increase, 3)}}} = "
        f"{_tex(y, 3)} = {_tex(100 * y, 1)}\\%$$",
        "",
        f"Je mag **{percent(y, 1)} van de afzet verliezen** voordat de brutomarge in euro's daalt. Per stuk verdien "
        f"je nu {euro(new, 2)} in plaats van {euro(old, 2)}; {number(units, 1)} stuks brengen evenveel op als "
        "100 stuks tegen de oude prijs.",
    ]
    table = pd.DataFrame(
        {"oude prijs": [euro(100, 2), euro(old, 2), "100", euro(100 * old)],
         "nieuwe prijs": [euro(100 * (1 + increase), 2), euro(new, 2), number(units, 1), euro(units * new)]},
        index=pd.Index(["prijs per stuk", "brutomarge per stuk", "afzet met dezelfde brutomarge (stuks)",
                        "brutomarge totaal"], name=""),
    )
    return [common.md("\n".join(lines)), table, charts.volume_effect_chart(finance.volume_effects(margin, increase=increase))]


def price_rise_widget() -> w.Box:
    """Sliders for the gross margin and the price rise."""
    controls = {
        "margin": common.slider("Brutomarge (m)", 0.23, 0.05, 0.60, 0.01, percent=True),
        "increase": common.slider("Prijsverhoging (p)", 0.03, 0.0, 0.30, 0.01, percent=True),
    }
    return common.live(price_rise_view, controls)


# --- [korting-en-marge] markup on cost versus margin on price ------------------------------------------------

def markup_view(cost_price: float, markup: float, discount: float) -> list[Any]:
    """A markup on the cost price turned into a margin on the price, and what goes wrong in the
    discount sum when you take the markup for the margin."""
    m = finance.margin_on_cost_to_margin_on_price(markup)
    price = validation.positive(cost_price, "inkoopprijs") * (1 + markup)
    lines = [
        r"$$m = \frac{k}{1 + k} \qquad\qquad k = \frac{m}{1 - m}$$",
        f"Inkoopprijs {euro(cost_price, 2)} met een opslag $k$ = {_pct(markup)} geeft een verkoopprijs van "
        f"{euro(price, 2)} en een brutomarge van {euro(price - cost_price, 2)} per stuk. Als deel van de "
        f"**verkoopprijs** is dat $m = {_tex(markup, 3)} / {_tex(1 + markup, 3)}$ = **{percent(m, 1)}**, niet "
        f"{_pct(markup)}.",
    ]
    rows = {"marge als deel van de verkoopprijs": [percent(m, 1), _pct(markup)]}
    right = wrong = None
    if discount > 0 and m == 0:
        raise SalesbookError(
            f"zonder opslag (k = 0%) verkoop je tegen de inkoopprijs: er is geen marge om een korting van "
            f"{_pct(discount)} uit te geven. Kies een opslag groter dan 0% of zet de korting op 0%"
        )
    if discount > 0:
        right = finance.discount_volume_increase(discount, m)
        try:
            wrong = finance.discount_volume_increase(discount, markup) if markup < 1 else None
        except SalesbookError:
            wrong = None
        rows[f"extra afzet nodig bij {_pct(discount)} korting"] = [percent(right, 1),
                                                                   "–" if wrong is None else percent(wrong, 1)]
        lines.append("")
        lines.append(f"Bij {_pct(discount)} korting is dus **{percent(right, 1)}** extra afzet nodig: $d/(m-d)$ met "
                     "de marge op de verkoopprijs. "
                     + (f"Wie de opslag als marge gebruikt, rekent met {percent(wrong, 1)} en schat de benodigde "
                        "extra afzet te laag in." if wrong is not None else ""))
    table = pd.DataFrame(rows, index=pd.Index(["juist (marge op de verkoopprijs)", "fout (opslag als marge)"],
                                              name="")).T
    fig = charts.percent_bar_chart(
        ["opslag op de inkoopprijs (k)", "marge op de verkoopprijs (m)"], [markup, m],
        title="Dezelfde euro's, twee percentages", decimals=1)
    return [common.md("\n".join(lines)), table, fig]


def markup_widget() -> w.Box:
    """Sliders for the cost price, the markup and a discount."""
    controls = {
        "cost_price": common.slider("Inkoopprijs (€)", 80, 10, 500, 5),
        "markup": common.slider("Opslag op de inkoopprijs (k)", 0.25, 0.0, 1.5, 0.05, percent=True),
        "discount": common.slider("Korting (d)", 0.05, 0.0, 0.30, 0.01, percent=True),
    }
    return common.live(markup_view, controls)


# --- [break-even] break-even analysis ----------------------------------------------------------------

def break_even_view(fixed_costs: float, price: float, variable_cost: float, discount: float,
                    volume: float) -> list[Any]:
    """Break-even point in units and euros, margin of safety, before and after a discount."""
    b = finance.break_even(fixed_costs, price, variable_cost, discount=discount, volume=volume)
    base = finance.break_even(fixed_costs, price, variable_cost, volume=volume)
    lines = [
        r"$$\text{BEP} = \frac{FC}{p - vc} \qquad \text{BEP in euro} = \text{BEP} \cdot p \qquad "
        r"\text{veiligheidsmarge} = \frac{q - \text{BEP}}{q}$$",
        f"met vaste kosten $FC$ = {euro(fixed_costs)}, prijs $p$ = {euro(b.net_price, 2)}"
        + (f" (na {_pct(discount)} korting op {euro(price, 2)})" if discount > 0 else "")
        + f", variabele kosten $vc$ = {euro(variable_cost, 2)} per stuk en verwachte afzet $q$ = {number(volume)} stuks:",
        "",
        f"- Dekkingsbijdrage per stuk: {euro(b.net_price, 2)} − {euro(variable_cost, 2)} = {euro(b.contribution, 2)} "
        f"({percent(b.contribution_ratio, 1)} van de prijs).",
        f"- Break-evenpunt: {euro(fixed_costs)} / {euro(b.contribution, 2)} = **{number(b.units, 1)} stuks**, "
        f"afgerond {number(math.ceil(b.units - 1e-9))} stuks; in omzet **{euro(b.revenue)}**.",
        f"- Veiligheidsmarge: ({number(volume)} − {number(b.units, 1)}) / {number(volume)} = "
        f"**{percent(b.margin_of_safety, 1)}**; resultaat bij deze afzet: **{euro(b.profit)}**.",
    ]
    if discount > 0:
        lines.append(f"- Door de korting stijgt het break-evenpunt van {number(base.units, 1)} naar "
                     f"{number(b.units, 1)} stuks: **{percent(b.units / base.units - 1, 1)}** meer afzet nodig "
                     "om quitte te spelen." if base.units > 0 else
                     "- Zonder vaste kosten ligt het break-evenpunt bij 0 stuks, met of zonder korting.")
    if b.margin_of_safety < 0:
        lines.append("- De verwachte afzet ligt **onder** het break-evenpunt: bij deze prijs en afzet lijdt "
                     "het product verlies.")
    table = pd.DataFrame(
        {"zonder korting": [euro(price, 2), euro(base.contribution, 2), number(base.units, 1), euro(base.revenue),
                            percent(base.margin_of_safety, 1), euro(base.profit)],
         "met korting": [euro(b.net_price, 2), euro(b.contribution, 2), number(b.units, 1), euro(b.revenue),
                         percent(b.margin_of_safety, 1), euro(b.profit)]},
        index=pd.Index(["prijs per stuk", "dekkingsbijdrage per stuk", "break-evenpunt (stuks)",
                        "break-evenpunt (omzet)", "veiligheidsmarge", "resultaat bij verwachte afzet"], name=""),
    )
    return [common.md("\n".join(lines)), table, charts.break_even_chart(b)]


def break_even_widget() -> w.Box:
    """Sliders for fixed costs, price, variable cost, discount and expected volume.

    The defaults are the notebook's worked example (a line in Duitsland, 23% margin), not the data of the
    exercises that follow it (a line in Nederland).
    """
    controls = {
        "fixed_costs": common.slider("Vaste kosten per jaar (€)", 230_000, 0, 600_000, 10_000),
        "price": common.slider("Verkoopprijs (€)", 100, 10, 300, 1),
        "variable_cost": common.slider("Variabele kosten per stuk (€)", 77, 0, 250, 1),
        "discount": common.slider("Korting (d)", 0.0, 0.0, 0.30, 0.01, percent=True),
        "volume": common.slider("Verwachte afzet (stuks)", 12_000, 500, 20_000, 100),
    }
    return common.live(break_even_view, controls)


# --- [debiteurenbeheer] receivables and the cost of credit ---------------------------------------------------

def credit_view(interest_rate: float, target_dso: float) -> list[Any]:
    """Receivables and interest cost per landenvestiging, and what a DSO target frees up."""
    t = finance.credit_by_subsidiary(_subsidiaries(), interest_rate, target_dso=target_dso)
    freed, saved = t["vrijgemaakt"].sum(), t["rentebesparing"].sum()
    above = [land for land, n in t["debiteurendagen"].items() if n > target_dso]
    lines = [
        r"$$\text{debiteuren} = \text{omzet} \cdot \frac{\text{DSO}}{365} \qquad "
        r"\text{rentekosten} = \text{debiteuren} \cdot i \qquad "
        r"\text{vrijgemaakt} = \text{omzet} \cdot \frac{\text{DSO} - \text{doel-DSO}}{365}$$",
        f"met rente $i$ = {_pct(interest_rate)} per jaar en een doel-DSO van {number(target_dso)} dagen "
        "(een vestiging die al sneller geïnd krijgt, houdt haar DSO).",
        "",
        f"- Samen staat er **{euro(t['debiteuren'].sum())}** uit bij klanten; dat kost **{euro(t['rentekosten'].sum())}** "
        "rente per jaar.",
        (f"- Haalt elke vestiging het doel, dan komt **{euro(freed)}** vrij en bespaart Noordstroom "
         f"**{euro(saved)}** rente per jaar ({', '.join(above)} moeten hun DSO verlagen)."
         if above else "- Alle vestigingen zitten al op of onder dit doel: er komt niets vrij."),
    ]
    shown = pd.DataFrame({
        "omzet": [euro(v) for v in t["omzet"]],
        "DSO (dagen)": [number(v) for v in t["debiteurendagen"]],
        "debiteuren": [euro(v) for v in t["debiteuren"]],
        "rentekosten": [euro(v) for v in t["rentekosten"]],
        "nieuwe DSO": [number(v) for v in t["nieuwe_dso"]],
        "vrijgemaakt": [euro(v) for v in t["vrijgemaakt"]],
        "rentebesparing": [euro(v) for v in t["rentebesparing"]],
    }, index=t.index)
    fig = charts.bar_chart(list(t.index), list(t["debiteurendagen"]), title="Debiteurendagen (DSO) per vestiging",
                           ylabel="dagen", horizontal=True, reference=target_dso,
                           reference_label=f"doel-DSO {number(target_dso)} dagen",
                           colors=[charts.BAD if n > target_dso else charts.GOOD for n in t["debiteurendagen"]])
    return [common.md("\n".join(lines)), shown, fig]


def credit_widget() -> w.Box:
    """Sliders for the interest rate and the DSO target."""
    controls = {
        "interest_rate": common.slider("Rente per jaar (i)", CASE_INTEREST_RATE, 0.0, 0.15, 0.005, percent=True,
                                       decimals=1),
        "target_dso": common.slider("Doel-DSO (dagen)", 60, 0, 160, 1),
    }
    return common.live(credit_view, controls)


# --- [retentie-economie] retention and profit ------------------------------------------------------------------

RETENTION_FORMULA = (
    r"$$\text{klantduur} = \frac{1}{1-r} \qquad "
    r"\text{waarde} = \sum_{t \ge 1} \text{winst}(t) \cdot \frac{r^{t-1}}{(1+d)^{t-1}} - AC \qquad "
    r"\text{winst per klantjaar} = (1-r) \cdot \Big( \sum_{t \ge 1} \text{winst}(t)\, r^{t-1} - AC \Big)$$"
)


def retention_profit_view(retention_rate: float, base: float, growth: float, cost_savings: float, referrals: float,
                          price_premium: float, acquisition_cost: float, discount_rate: float,
                          mature_after: int = 5, step: float = 0.05) -> list[Any]:
    """Lifetime, customer value and profit per customer-year at r and at r + 5 points."""
    profile = profit_profile.ProfitProfile(base, growth=growth, cost_savings=cost_savings, referrals=referrals,
                                      price_premium=price_premium, acquisition_cost=acquisition_cost,
                                      mature_after=mature_after)
    e = profit_profile.retention_effect(profile, retention_rate, discount_rate, step=step)
    points = number(step * 100, 0 if float(step * 100).is_integer() else 1)
    lines = [
        RETENTION_FORMULA,
        f"met winst(t) = {euro(base)} + min(t − 1, {mature_after - 1}) × {euro(profile.increment)} "
        f"(omzetgroei, kostenbesparing, aanbevelingen en prijspremie per extra jaar), acquisitiekosten $AC$ = "
        f"{euro(acquisition_cost)}, retentie $r$ = {_pct(retention_rate)} (klantverloop {_pct(e.defection)}) en "
        f"disconteringsvoet $d$ = {_pct(discount_rate)}.",
        "",
        f"- Gemiddelde klantduur: 1 / {number(e.defection, 2)} = **{number(e.lifetime, 2)} jaar**; bij {points} "
        f"procentpunt meer retentie **{number(e.lifetime_raised, 2)} jaar**.",
        f"- Waarde van een nieuwe klant: **{euro(e.value)}** → **{euro(e.value_raised)}**"
        + (f" (**{percent(e.value_change, 1)}**)." if e.value_change is not None else
           " (de waarde is nu niet positief, dus een stijging in procenten zegt niets)."),
        f"- Nettowinst per klant per jaar in een stabiel klantenbestand: **{euro(e.profit_per_year)}** → "
        f"**{euro(e.profit_per_year_raised)}**"
        + (f" (**{percent(e.profit_change, 1)}**)." if e.profit_change is not None else
           " (de winst is nu niet positief, dus een stijging in procenten zegt niets)."),
    ]
    table = pd.DataFrame(
        {"nu": [_pct(e.retention), _pct(e.defection), number(e.lifetime, 2), euro(e.value), euro(e.profit_per_year)],
         f"{points} procentpunt meer retentie": [_pct(e.retention_raised), _pct(e.defection_raised),
                                                 number(e.lifetime_raised, 2), euro(e.value_raised),
                                                 euro(e.profit_per_year_raised)]},
        index=pd.Index(["retentie", "klantverloop", "gemiddelde klantduur (jaar)", "waarde van een nieuwe klant",
                        "nettowinst per klant per jaar"], name=""),
    )
    fig = charts.profit_profile_chart(profit_profile.profit_by_year(profile, max(7, mature_after + 2)))
    return [common.md("\n".join(lines)), table, fig]


def retention_profit_widget() -> w.Box:
    """Sliders for retention, the profit profile, the acquisition cost and the discount rate."""
    controls = {
        "retention_rate": common.slider("Klantretentie (r)", 0.84, 0.30, 0.94, 0.01, percent=True),
        "base": common.slider("Basiswinst in jaar 1 (€)", 1_000, 0, 5_000, 50),
        "growth": common.slider("Omzetgroei, per extra jaar (€)", 300, 0, 1_000, 10),
        "cost_savings": common.slider("Kostenbesparing, per extra jaar (€)", 100, 0, 500, 10),
        "referrals": common.slider("Aanbevelingen, per extra jaar (€)", 80, 0, 500, 10),
        "price_premium": common.slider("Prijspremie, per extra jaar (€)", 60, 0, 500, 10),
        "acquisition_cost": common.slider("Acquisitiekosten (€)", 2_500, 0, 10_000, 100),
        "discount_rate": common.slider("Disconteringsvoet (d)", CASE_INTEREST_RATE, 0.0, 0.20, 0.01, percent=True),
    }
    return common.live(retention_profit_view, controls)


# --- [klantwinstgevendheid] customer profit: what a payment term costs one customer ------------------------------

@lru_cache(maxsize=None)
def _customer_facts() -> pd.DataFrame:
    """Omzet and brutomarge 2024 (chapter 7's yearly_sales) with the cost drivers and the name of
    every customer who bought in 2024; read once, views only read it."""
    sales = accounts.yearly_sales(case.dataset("transacties"), accounts.CASE_YEAR)[["omzet", "brutomarge"]]
    drivers = case.dataset("kostendrivers").set_index("klant_id")
    names = case.dataset("klanten").set_index("klant_id")[["naam", "land"]]
    return sales.join(drivers, how="inner").join(names)


def slow_payers(n: int = 5, *, min_sales: float = 100_000, interest_rate: float = CASE_INTEREST_RATE) -> list[str]:
    """The ``n`` customers (with at least ``min_sales`` omzet) whose credit cost takes the largest
    share of their gross margin: the examples of the payment-terms widget."""
    facts = _customer_facts()
    big = facts[facts["omzet"] >= min_sales]
    share = [finance.credit_cost(s, d, interest_rate) / m if m > 0 else 0.0
             for s, d, m in zip(big["omzet"], big["betaaldagen"], big["brutomarge"])]
    return list(pd.Series(share, index=big.index).sort_values(ascending=False, kind="stable").index[:n])


def payment_terms_view(customer: str, payment_days: float, interest_rate: float) -> list[Any]:
    """One customer's klantwinst at his actual payment days and at the chosen ones."""
    facts = _customer_facts()
    if customer not in facts.index:
        raise SalesbookError(f"klant moet een klant_id met omzet in {accounts.CASE_YEAR} zijn (kreeg {customer!r})")
    row = facts.loc[customer]
    validation.positive(payment_days, "betaaldagen", allow_zero=True)
    # the same customer twice, as scenario "nu" (actual payment days) and "gekozen" (the slider)
    sales = pd.DataFrame({"klant_id": ["nu", "gekozen"], "omzet": [row["omzet"]] * 2,
                          "brutomarge": [row["brutomarge"]] * 2})
    drivers = pd.DataFrame({"klant_id": ["nu", "gekozen"], **{d: [row[d]] * 2 for d in accounts.COST_DRIVERS},
                            "betaaldagen": [row["betaaldagen"], payment_days]})
    profit = accounts.customer_profitability(sales, drivers, interest_rate=interest_rate).loc[["nu", "gekozen"]]
    now, chosen = profit.loc["nu"], profit.loc["gekozen"]
    change = chosen["klantwinst"] - now["klantwinst"]
    lines = [
        r"$$\text{kosten krediet} = \text{omzet} \cdot i \cdot \frac{\text{betaaldagen}}{365} \qquad "
        r"\text{klantwinst} = \text{brutomarge} - \text{cost-to-serve}$$",
        f"**{row['naam']}** ({row['land']}): omzet 2024 {euro(row['omzet'])}, brutomarge {euro(row['brutomarge'])}, "
        f"rente $i$ = {_pct(interest_rate)}.",
        "",
        f"- Nu betaalt de klant na {number(row['betaaldagen'])} dagen: kosten krediet "
        f"{euro(row['omzet'])} × {_pct(interest_rate)} × {number(row['betaaldagen'])} / 365 = "
        f"**{euro(now['kosten_krediet'])}**, klantwinst **{euro(now['klantwinst'])}**.",
        f"- Na {number(payment_days)} dagen: kosten krediet **{euro(chosen['kosten_krediet'])}**, klantwinst "
        f"**{euro(chosen['klantwinst'])}** ({'+' if change >= 0 else ''}{euro(change)} per jaar).",
    ]
    labels = ["bezoeken", "orders", "leveringen", "retouren", "krediet"]
    table = pd.DataFrame(
        {"nu": [euro(now[c]) for c in ["brutomarge", *[f"kosten_{x}" for x in accounts.COST_DRIVERS],

# Book references (data/boek.yaml): no § of chapter 9 is confirmed, so these read "H9, <topic>".

                                       "kosten_krediet", "klantwinst"]],
         f"na {number(payment_days)} dagen": [euro(chosen[c]) for c in ["brutomarge",
                                              *[f"kosten_{x}" for x in accounts.COST_DRIVERS],
                                              "kosten_krediet", "klantwinst"]]},
        index=pd.Index(["brutomarge", *[f"kosten {x}" for x in labels], "klantwinst"], name=""),
    )
    values = [chosen[f"kosten_{x}"] for x in accounts.COST_DRIVERS] + [chosen["kosten_krediet"]]
    fig = charts.bar_chart(["brutomarge", *[f"kosten {x}" for x in labels], "klantwinst"],
                           [chosen["brutomarge"], *values, chosen["klantwinst"]],
                           title=f"Van brutomarge naar klantwinst bij {number(payment_days)} betaaldagen",
                           ylabel="euro per jaar", value_format=euro, horizontal=True,
                           colors=[charts.NEUTRAL] + [charts.BAD] * 5 + [charts.GOOD])
    charts.euro_axis(fig.axes[0], "x")
    return [common.md("\n".join(lines)), table, fig]


def payment_terms_widget() -> w.Box:
    """A choice of slow-paying customers, a slider for the payment days and one for the interest."""
    options = [(f"{_customer_facts().loc[k, 'naam']} ({k})", k) for k in slow_payers()]
    controls = {
        "customer": w.Dropdown(options=options, value=options[0][1], description="Klant",
                               style=common.LABEL_STYLE, layout=common.WIDE),
        "payment_days": common.slider("Betaaldagen", 30, 0, 180, 1),
        "interest_rate": common.slider("Rente per jaar (i)", CASE_INTEREST_RATE, 0.0, 0.15, 0.005, percent=True,
                                       decimals=1),
    }
    return common.live(payment_terms_view, controls)
