"""Beursmanagement (chapter 8): choosing a trade fair, its budget, its staffing and its return.

* :func:`dutch_target_visitors` — the reach the fair's goal names: visitors of the target group
  who come from the Netherlands (the basis of ``score_doelgroep`` in ``data/beurzen.csv``);
* :func:`rank_fairs` — candidate fairs ranked by a weighted score over criteria (scores 1–10,
  weights summing to 1; the rule is :func:`salesbook.strategy.weighted_score`);
* :func:`budget_shares` / :func:`fair_budget` — the fair budget per item, its total and shares;
* :func:`cost_per_contact`, :func:`cost_per_lead` — total fair costs ÷ contacts or leads;
* :func:`staff_needed` — stand staff needed to reach a lead target, rounded up to whole people;
* :func:`follow_up_funnel` — contacts → leads → offertes → orders, forward (expected numbers);
  :func:`contacts_needed` — backward with the reverse funnel (how many contacts for N orders);
* :func:`repeat_factor`, :func:`margin_won`, :func:`margin_per_year`, :func:`fair_roi` — the gross
  margin of the orders a fair brings in (optionally with repeat orders over several years) and
  the ROI of the fair;
* :func:`stand_budget` — the budget of a stand at one fair of ``data/beurzen.csv``; the case
  stand plan of Noordstroom is in the ``CASE_...`` constants (one source for notebook, widgets
  and exercises).

All rates are fractions (0.25, not 25); amounts are euros. Invalid input raises
:class:`SalesbookError` with a Dutch message naming the parameter, the value and what is allowed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from numbers import Real

import pandas as pd

from salesbook import finance, strategy, validation
from salesbook.leads import reverse_funnel
from salesbook.errors import SalesbookError
from salesbook.rounding import round_up

#: The selection criteria of the case data (column in beurzen.csv → Dutch label). Every score
#: runs from 1 to 10, and a higher score is always better for the exhibitor (a cheap fair
#: scores high on ``score_kosten``).
CRITERIA: dict[str, str] = {
    "score_doelgroep": "bereik van de Nederlandse doelgroep",
    "score_beslissers": "aandeel beslissers onder de bezoekers",
    "score_assortiment": "aansluiting op het assortiment",
    "score_kosten": "kosten per m² (hoog = goedkoop)",
    "score_concurrenten": "aanwezigheid van concurrenten",
    "score_internationaal": "internationaal bereik",
}
SCORE_MIN, SCORE_MAX = 1, 10

#: The items of a fair budget, in the order of :func:`fair_budget`.
BUDGET_ITEMS = ("standhuur", "standbouw en inrichting", "standbemanning", "reis en verblijf",
                "promotie en uitnodigingen", "catering", "opvolging van leads")

#: The stages of the follow-up funnel after a fair.
FOLLOW_UP_STAGES = ("contacten", "leads", "offertes", "orders")


def cost_per_lead(total_cost: float, leads: float) -> float:
    """Cost per lead = totale beurskosten / aantal leads.

    ``total_cost`` must be at least 0; ``leads`` must be above 0.

    Source: Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> cost_per_lead(45_000, 300)
    150.0
    >>> cost_per_lead(45_000, 0)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: aantal leads moet groter zijn dan 0 (kreeg 0)
    """
    cost = validation.positive(total_cost, "totale beurskosten", allow_zero=True)
    n = validation.positive(leads, "aantal leads")
    return cost / n


def dutch_target_visitors(visitors: float, target_share: float, dutch_share: float) -> float:
    """Dutch target-group visitors = bezoekers × aandeel doelgroep × aandeel Nederland in de doelgroep.

    The reach that Noordstroom's goal for the fair names (new Dutch customers): of all visitors,
    the share that belongs to the target group, and of those the share that comes from the
    Netherlands. A large foreign fair with many target-group visitors reaches few of them.
    ``visitors`` must be at least 0; both shares are fractions in [0, 1].

    Source: the pack's own model; the idea that a fair's reach is measured against its goal is
    Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> dutch_target_visitors(20_000, 0.5, 0.9)      # 20 000 × 0,5 × 0,9
    9000.0
    >>> dutch_target_visitors(20_000, 0.5, 90)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: aandeel Nederland in de doelgroep moet een fractie tussen 0 en 1 zijn (kreeg 90); bedoel je 0.9? Schrijf 90% als 0.9
    """
    n = validation.positive(visitors, "aantal bezoekers", allow_zero=True)
    target = validation.fraction(target_share, "aandeel doelgroep")
    dutch = validation.fraction(dutch_share, "aandeel Nederland in de doelgroep")
    return n * target * dutch


def _whole_days(days: object) -> float:
    """The number of fair days: above 0 and whole (a fair lasts whole days)."""
    n = validation.positive(validation._plain(days), "aantal beursdagen")
    if n != int(n):
        raise SalesbookError(f"aantal beursdagen moet een geheel getal zijn: een beurs duurt hele dagen "
                             f"(kreeg {validation._show(days)})")
    return n


def staff_needed(
    target_leads: float,
    contacts_per_hour: float,
    hours_per_day: float,
    days: float,
    qualify_rate: float,
) -> int:
    """Stand staff needed to reach a lead target, rounded up to whole people.

    benodigde contacten = leaddoel / kwalificatiegraad
    contacten per standmedewerker = contacten per uur × standuren per dag × beursdagen
    standbemanning = ⌈ benodigde contacten / contacten per standmedewerker ⌉

    ``target_leads`` must be at least 0; ``contacts_per_hour`` and ``hours_per_day`` above 0;
    ``days`` a whole number of at least 1 (a fair lasts whole days); ``qualify_rate`` (the share of contacts that becomes a qualified lead) is a
    fraction in (0, 1].

    Source: Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> staff_needed(300, 4, 8, 3, 0.25)   # 1200 contacts / 96 per person = 12.5
    13
    >>> staff_needed(300, 4, 8, 3, 25)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: kwalificatiegraad moet een fractie tussen 0 en 1 zijn, 0 zelf niet meegerekend (kreeg 25); bedoel je 0.25? Schrijf 25% als 0.25
    """
    target = validation.positive(target_leads, "leaddoel", allow_zero=True)
    per_hour = validation.positive(contacts_per_hour, "contacten per uur")
    hours = validation.positive(hours_per_day, "standuren per dag")
    n_days = _whole_days(days)
    rate = validation.fraction(qualify_rate, "kwalificatiegraad", allow_zero=False)
    contacts_needed = target / rate
    contacts_per_person = per_hour * hours * n_days
    return round_up(contacts_needed / contacts_per_person)



# --- § 8.2 choosing a fair by weighted criteria ------------------------------------------------

def rank_fairs(fairs: pd.DataFrame, weights: Mapping[str, float], *, name: str = "naam") -> pd.DataFrame:
    """Rank candidate fairs by their weighted score.

    For every fair j with a score s_ij (1–10) on criterion i and weights w_i (w_i ≥ 0, Σ w_i = 1):

        gewogen score_j = Σ_i w_i × s_ij

    ``fairs`` holds one row per fair with the column ``name`` and one column per key of
    ``weights``; other columns are ignored. Returns a DataFrame indexed by the fair's name with
    the criteria scores, ``score`` (the weighted score) and ``rang`` (1 = best), sorted from
    best to worst; equal scores keep the order of the input.

    Source: Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> fairs = pd.DataFrame({"naam": ["A", "B"], "bereik": [8, 5], "kosten": [4, 9]})
    >>> rank_fairs(fairs, {"bereik": 0.6, "kosten": 0.4})      # A: 4.8 + 1.6, B: 3.0 + 3.6
          bereik  kosten  score  rang
    naam
    B          5       9    6.6     1
    A          8       4    6.4     2
    """
    if not isinstance(fairs, pd.DataFrame):
        raise SalesbookError(f"beurzen moet een tabel (DataFrame) zijn (kreeg {type(fairs).__name__})")
    if not isinstance(weights, Mapping) or not weights:
        raise SalesbookError("gewichten moet een woordenboek (dict) zijn van criterium naar gewicht, "
                             f"bijvoorbeeld {{'score_doelgroep': 0.4, ...}} (kreeg {validation._show(weights)})")
    if len(fairs) == 0:
        raise SalesbookError("beurzen bevat geen enkele beurs (kreeg een lege tabel)")
    missing = [c for c in [name, *weights] if c not in fairs.columns]
    if missing:
        raise SalesbookError(f"de beurzentabel mist de kolom(men) {', '.join(repr(c) for c in missing)}")
    criteria = list(weights)
    scores = []
    for _, row in fairs.iterrows():
        row_scores = {c: validation.in_range(validation._plain(row[c]), f"score '{c}' van {row[name]}",
                                             SCORE_MIN, SCORE_MAX) for c in criteria}
        scores.append(strategy.weighted_score(row_scores, dict(weights)))
    table = fairs.set_index(name)[criteria].copy()
    table["score"] = scores
    table = table.sort_values("score", ascending=False, kind="stable")
    table["rang"] = range(1, len(table) + 1)
    return table


# --- § 8.3 the fair budget ---------------------------------------------------------------------

def budget_shares(items: Mapping[str, float]) -> pd.DataFrame:
    """The budget per item with its share of the total: aandeel_k = bedrag_k / Σ bedrag.

    ``items`` maps a budget item to its amount (≥ 0, at least one above 0). Returns a DataFrame
    indexed by ``post`` with ``bedrag`` and ``aandeel``, in the order given.

    Source: Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> budget_shares({"standhuur": 6_000, "standbouw": 3_000, "catering": 1_000})
               bedrag  aandeel
    post
    standhuur  6000.0      0.6
    standbouw  3000.0      0.3
    catering   1000.0      0.1
    """
    if not isinstance(items, Mapping) or not items:
        raise SalesbookError(f"begrotingsposten moet een woordenboek van post naar bedrag zijn (kreeg {validation._show(items)})")
    amounts = {str(k): validation.positive(validation._plain(v), f"bedrag voor {k}", allow_zero=True)
               for k, v in items.items()}
    total = sum(amounts.values())
    if total <= 0:
        raise SalesbookError("het totale beursbudget moet groter zijn dan 0 (alle posten zijn 0)")
    out = pd.DataFrame({"bedrag": list(amounts.values())}, index=pd.Index(list(amounts), name="post"))
    out["aandeel"] = out["bedrag"] / total
    return out


def fair_budget(
    stand_m2: float,
    price_per_m2: float,
    stand_build: float,
    staff_hours: float,
    hourly_rate: float,
    travel_and_hotel: float,
    promotion: float,
    catering: float,
    follow_up: float,
) -> pd.DataFrame:
    """The budget of one fair, item by item (see :data:`BUDGET_ITEMS`), with shares of the total.

        standhuur      = m² × prijs per m²
        standbemanning = standuren × uurtarief
        totaal         = standhuur + standbouw + standbemanning + reis en verblijf
                         + promotie + catering + opvolging

    Every argument must be at least 0 (the stand at least 1 m²). The shares come from
    :func:`budget_shares`.

    Source: Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> b = fair_budget(50, 200, 12_000, 300, 60, 3_000, 4_000, 2_000, 1_000)
    >>> b["bedrag"].tolist()     # 50 × 200, 12 000, 300 × 60, 3 000, 4 000, 2 000, 1 000
    [10000.0, 12000.0, 18000.0, 3000.0, 4000.0, 2000.0, 1000.0]
    >>> float(b["bedrag"].sum())
    50000.0
    """
    m2 = validation.positive(stand_m2, "standoppervlak (m²)")
    price = validation.positive(price_per_m2, "standhuur per m²", allow_zero=True)
    hours = validation.positive(staff_hours, "standuren (totaal)", allow_zero=True)
    rate = validation.positive(hourly_rate, "uurtarief standbemanning", allow_zero=True)
    amounts = [m2 * price, stand_build, hours * rate, travel_and_hotel, promotion, catering, follow_up]
    items = {item: validation.positive(amount, item, allow_zero=True) for item, amount in zip(BUDGET_ITEMS, amounts)}
    return budget_shares(items)


# --- § 8.3 cost per contact and per lead ----------------------------------------------------------

def cost_per_contact(total_cost: float, contacts: float) -> float:
    """Cost per contact = totale beurskosten / aantal contacten.

    ``total_cost`` must be at least 0; ``contacts`` must be above 0.

    Source: Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> cost_per_contact(45_000, 1_200)
    37.5
    """
    cost = validation.positive(total_cost, "totale beurskosten", allow_zero=True)
    n = validation.positive(contacts, "aantal contacten")
    return cost / n


# --- § 8.4 the follow-up funnel and the return of a fair -------------------------------------------

def _rates(conversion_rates: Sequence[float]) -> list[float]:
    if isinstance(conversion_rates, (str, bytes, Mapping)) or not hasattr(conversion_rates, "__iter__"):
        raise SalesbookError(f"conversieratio's moet een reeks fracties zijn (kreeg {validation._show(conversion_rates)})")
    rates = list(conversion_rates)
    if not rates:
        raise SalesbookError("conversieratio's moet minstens één conversieratio bevatten (kreeg 0)")
    return [validation.fraction(validation._plain(r), f"conversieratio[{i}]", allow_zero=False)
            for i, r in enumerate(rates)]


def follow_up_funnel(contacts: float, conversion_rates: Sequence[float]) -> list[float]:
    """The follow-up funnel forward: the expected number at every stage.

        N_0 = contacten,   N_k = N_{k−1} × c_k

    ``conversion_rates`` are ordered from the top down (contact → lead, lead → offerte,
    offerte → order), each in (0, 1]. The result is not rounded: it is an expectation, and
    rounding at every stage would pile up errors. Returns one more number than there are rates.

    Source: Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> follow_up_funnel(1_200, [0.25, 0.4, 0.3])     # 1 200 × 0,25 = 300; × 0,4 = 120; × 0,3 = 36
    [1200.0, 300.0, 120.0, 36.0]
    """
    n = validation.positive(contacts, "aantal contacten", allow_zero=True)
    out = [n]
    for rate in _rates(conversion_rates):
        out.append(out[-1] * rate)
    return out


def contacts_needed(orders: int, conversion_rates: Sequence[float]) -> list[int]:
    """The follow-up funnel backward: how many contacts, leads and offertes for ``orders`` orders.

    The reverse funnel of :func:`salesbook.leads.reverse_funnel`: from the bottom up,
    N_k = ⌈ N_{k+1} / c_k ⌉, rounded up at every stage. Rates are ordered from the top down.

    Source: Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> contacts_needed(36, [0.25, 0.4, 0.3])         # 36 / 0,3 = 120; / 0,4 = 300; / 0,25 = 1 200
    [1200, 300, 120, 36]
    >>> contacts_needed(10, [0.25, 0.4, 0.3])         # ⌈33,3⌉ = 34; ⌈85⌉ = 85; ⌈340⌉ = 340
    [340, 85, 34, 10]
    """
    n = validation.count(orders, "aantal orders")
    return reverse_funnel(n, _rates(conversion_rates))


def repeat_factor(years: int = 1, retention: float | None = None, discount_rate: float = 0.0) -> float:
    """How many first-year margins the orders of a fair are worth over ``years`` years.

    The customers won at the fair order in year 1; in every later year a share ``retention``
    (r) of them orders again, for the same amount. Discounted at ``discount_rate`` (d), with
    the first year undiscounted (:func:`salesbook.finance.npv`):

        factor = Σ_{t=0}^{n−1} r^t / (1 + d)^t

    ``years`` (n) is a whole number ≥ 1; with more than one year ``retention`` must be given,
    a fraction in [0, 1].

    Source: Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> repeat_factor(1)
    1.0
    >>> repeat_factor(3, 0.5)                          # 1 + 0,5 + 0,25
    1.75
    >>> round(repeat_factor(2, 0.8, 0.1), 4)           # 1 + 0,8 / 1,1
    1.7273
    """
    n = validation.count(years, "aantal jaren", minimum=1, maximum=validation.MAX_YEARS)
    if n > 1 and retention is None:
        raise SalesbookError("geef de retentie (het deel van de nieuwe klanten dat elk jaar opnieuw bestelt) "
                             f"als je over meer dan één jaar rekent (kreeg {n} jaar en geen retentie)")
    r = 0.0 if retention is None else validation.fraction(retention, "retentie")
    d = validation.rate(discount_rate, "disconteringsvoet", low=0, low_inclusive=True)
    return finance.npv([r ** t for t in range(n)], d)


def margin_won(
    orders: float,
    order_value: float,
    gross_margin: float,
    *,
    years: int = 1,
    retention: float | None = None,
    discount_rate: float = 0.0,
) -> float:
    """The gross margin of the orders a fair brings in.

        brutomarge = orders × orderwaarde × brutomargepercentage × herhaalfactor

    with the repeat factor of :func:`repeat_factor` (1 when only the first year counts).
    ``orders`` and ``order_value`` are at least 0; ``gross_margin`` is a fraction of the
    order value in [0, 1].

    Source: Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> margin_won(36, 10_000, 0.3)                    # 36 × 10 000 × 0,3
    108000.0
    >>> margin_won(36, 10_000, 0.3, years=3, retention=0.5)   # 108 000 × 1,75
    189000.0
    """
    n = validation.positive(orders, "aantal orders", allow_zero=True)
    value = validation.positive(order_value, "orderwaarde", allow_zero=True)
    m = validation.fraction(gross_margin, "brutomarge")
    return n * value * m * repeat_factor(years, retention, discount_rate)


def fair_roi(margin: float, fair_cost: float) -> float:
    """Return on a fair: ROI = (brutomarge van de gewonnen orders − beurskosten) / beurskosten.

    ``margin`` is at least 0, ``fair_cost`` above 0. A fraction: 0.5 means every euro spent on
    the fair came back with 50 cents extra; below 0 the fair did not earn itself back.

    Source: Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> fair_roi(108_000, 60_000)                      # (108 000 − 60 000) / 60 000
    0.8
    >>> fair_roi(30_000, 60_000)
    -0.5
    """
    m = validation.positive(margin, "brutomarge van de gewonnen orders", allow_zero=True)
    cost = validation.positive(fair_cost, "beurskosten")
    return (m - cost) / cost


def margin_per_year(
    orders: float,
    order_value: float,
    gross_margin: float,
    *,
    years: int = 1,
    retention: float | None = None,
    discount_rate: float = 0.0,
) -> list[float]:
    """The gross margin of the orders a fair brings in, year by year (discounted to today).

        marge_t = orders × orderwaarde × brutomarge × r^t / (1 + d)^t,   t = 0 … n − 1

    The sum over the years is :func:`margin_won`. Arguments as in :func:`margin_won`.

    Source: Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> margin_per_year(10, 1_000, 0.3, years=3, retention=0.5)    # 3 000, 1 500, 750
    [3000.0, 1500.0, 750.0]
    """
    first = margin_won(orders, order_value, gross_margin)
    n = validation.count(years, "aantal jaren", minimum=1, maximum=validation.MAX_YEARS)
    repeat_factor(n, retention, discount_rate)   # validates retention and discount rate
    r = 0.0 if retention is None else float(retention)
    return [first * r ** t / (1 + float(discount_rate)) ** t for t in range(n)]


# --- the case: Noordstroom's stand plan (used by the notebook, the widgets and the exercises) ------

#: How important the sales team finds each criterion (0–10); the weights are these ÷ their sum.
CASE_IMPORTANCE: dict[str, float] = {
    "score_doelgroep": 8, "score_beslissers": 6, "score_assortiment": 9,
    "score_kosten": 6, "score_concurrenten": 5, "score_internationaal": 1,
}

#: The stand plan for the chosen fair: size, staffing and the fixed items of the budget.
CASE_STAND: dict[str, float] = {
    "stand_m2": 60, "staff": 9, "hours_per_day": 8, "hourly_rate": 55,
    "promotion": 6_000, "catering": 3_000, "follow_up": 4_000,
}

#: Lead target and the follow-up funnel after the fair (contact → lead → offerte → order).
CASE_TARGET_LEADS = 250
CASE_CONTACTS_PER_HOUR = 4
CASE_RATES = (0.30, 0.35, 0.30)
#: First-year order value of a new customer, its gross margin, and the repeat orders after it.
CASE_ORDER_VALUE = 6_000
CASE_GROSS_MARGIN = 0.30
CASE_YEARS = 3
CASE_RETENTION = 0.70
CASE_DISCOUNT_RATE = 0.10


def stand_budget(
    fair: Mapping[str, float],
    stand_m2: float,
    staff: float,
    hours_per_day: float,
    hourly_rate: float,
    promotion: float,
    catering: float,
    follow_up: float,
) -> pd.DataFrame:
    """The budget of a stand at one fair of beurzen.csv (see :func:`fair_budget`).

    From the fair's row: ``dagen`` (d), ``standhuur_per_m2``, ``standbouw_per_m2`` and
    ``reis_verblijf_per_dag``. Then

        standhuur      = m² × standhuur per m²
        standbouw      = m² × standbouw per m²
        standbemanning = medewerkers × d × uren per dag × uurtarief
        reis en verblijf = medewerkers × d × reis en verblijf per dag

    The number of stand staff and the fair days are whole numbers (people, days).

    Source: Rustenburg & Steenbeek, Salesmanagement, H8 (beursmanagement).

    >>> fair = {"dagen": 3, "standhuur_per_m2": 165, "standbouw_per_m2": 190, "reis_verblijf_per_dag": 60}
    >>> stand_budget(fair, 60, 9, 8, 55, 6_000, 3_000, 4_000)["bedrag"].tolist()
    [9900.0, 11400.0, 11880.0, 1620.0, 6000.0, 3000.0, 4000.0]
    """
    needed = ["dagen", "standhuur_per_m2", "standbouw_per_m2", "reis_verblijf_per_dag"]
    if not isinstance(fair, (Mapping, pd.Series)):
        raise SalesbookError(f"de beurs moet een rij van beurzen.csv zijn (een dict of pandas Series) "
                             f"(kreeg {validation._show(fair) if fair is None or isinstance(fair, (str, Real)) else type(fair).__name__})")
    missing = [k for k in needed if k not in fair]
    if missing:
        raise SalesbookError(f"de beurs mist de gegevens {', '.join(repr(k) for k in missing)}")
    days = _whole_days(fair["dagen"])
    m2 = validation.positive(stand_m2, "standoppervlak (m²)")
    people = validation.positive(staff, "aantal standmedewerkers", allow_zero=True)
    if people != int(people):
        raise SalesbookError(f"aantal standmedewerkers moet een geheel getal zijn: je zet hele mensen op de stand "
                             f"(kreeg {validation._show(staff)})")
    hours = validation.positive(hours_per_day, "standuren per dag", allow_zero=True)
    build = validation.positive(validation._plain(fair["standbouw_per_m2"]), "standbouw per m²", allow_zero=True)
    travel = validation.positive(validation._plain(fair["reis_verblijf_per_dag"]), "reis en verblijf per dag",
                                 allow_zero=True)
    return fair_budget(m2, validation._plain(fair["standhuur_per_m2"]), m2 * build, people * days * hours,
                       hourly_rate, people * days * travel, promotion, catering, follow_up)
