"""Customers, CRM transactions, leads and the NPS survey (chapters 5 and 7)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from salesbook import validation
from salesbook.generate.assumptions import (
    CHURN_RATE, CONVERSION, COUNTRIES, DAYS_PER_YEAR, DEFAULT_TRANSACTIONS, END, FAIR_DAYS,
    FREQUENCY_SPREAD, FUNNEL, HOLIDAYS, LEAD_SIZE, LEAD_SOURCES, NAME_TEMPLATES, NEW_CUSTOMER_CHURN,
    NEW_SHARE, NPS_ANSWER_SPREAD, NPS_CHURN_EFFECT, NPS_CUSTOMER_SPREAD, NPS_MEAN, NPS_WAVES,
    ORDER_SPREAD, REGIONS, SEEDS, SEGMENTS, SEGMENT_MIX, SIZE_SPREAD, START, SURNAMES, TENURE_MEAN,
    _country_table, _ids, _intercept_for_rate, _logistic,
)
from salesbook.generate.history import sales_history


def _customer_profile(seed: int = SEEDS["customers"]) -> pd.DataFrame:
    """The customer master plus hidden traits that the CRM log, NPS and pipeline share.

    Hidden traits (not in klanten.csv): ``size_z`` and ``size`` (relative yearly revenue,
    lognormal), ``frequency`` (relative orders per year), ``satisfaction`` (average NPS
    score), ``churn`` (the day the customer stops buying; after 2024 for most) and ``plaats``.
    """
    return _make_customer_profile(seed).copy()


@lru_cache(maxsize=4)
def _make_customer_profile(seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    table = _country_table()
    land = np.repeat(table.index.to_numpy(), table["customers"].to_numpy())
    n = len(land)
    segments = list(SEGMENTS)

    segment = np.empty(n, dtype=object)
    regio = np.empty(n, dtype=object)
    manager = np.empty(n, dtype=object)
    place = np.empty(n, dtype=object)
    for country in COUNTRIES:  # seven countries, each drawn at once
        rows = np.flatnonzero(land == country)
        mix = SEGMENT_MIX.get(country, [SEGMENTS[s]["mix"] for s in segments])
        segment[rows] = rng.choice(segments, size=len(rows), p=mix)
        regions = REGIONS[country]
        weights = np.array([r[0] for r in regions.values()])
        regio[rows] = rng.choice(list(regions), size=len(rows), p=weights / weights.sum())
        for name, (_, managers, places) in regions.items():
            here = rows[regio[rows] == name]
            manager[here] = rng.choice(managers, size=len(here))
            place[here] = rng.choice(places, size=len(here))

    seg = pd.DataFrame.from_dict(SEGMENTS, orient="index").loc[segment]
    country = table.loc[land]

    # Since when: new customers arrive during 2022–2024; the others have a tenure that is
    # exponential (mean TENURE_MEAN years), but not before the subsidiary was founded.
    new = rng.random(n) < NEW_SHARE + country["growth"].to_numpy()
    span = (END - START).astype(int) + 1
    since_new = START + rng.integers(0, span, n)
    since_old = START - np.round(rng.exponential(TENURE_MEAN, n) * DAYS_PER_YEAR).astype(int) - 1
    founded = country["founded"].to_numpy().astype("datetime64[D]")
    too_early = since_old < founded
    spread = (START - founded).astype(int)
    since_old[too_early] = founded[too_early] + (rng.random(too_early.sum()) * spread[too_early]).astype(int)
    since = np.where(new, since_new, since_old)

    # Size, order frequency and satisfaction.
    z_size = rng.standard_normal(n)
    size = np.exp(SIZE_SPREAD * z_size + seg["size"].to_numpy())
    frequency = seg["frequency"].to_numpy() * np.exp(0.5 * z_size + FREQUENCY_SPREAD * rng.standard_normal(n))
    satisfaction = (NPS_MEAN + country["nps"].to_numpy() + seg["nps"].to_numpy()
                    + NPS_CUSTOMER_SPREAD * rng.standard_normal(n))

    # Churn: exponential time to leaving from the start of the log (or arrival), with a hazard
    # that is higher for new customers and lower for happy and for large customers.
    hazard = (CHURN_RATE * np.where(new, NEW_CUSTOMER_CHURN, 1.0)
              * np.exp(-NPS_CHURN_EFFECT * (satisfaction - NPS_MEAN) - 0.15 * z_size))
    observed_from = np.maximum(since, START)
    churn = observed_from + np.round(rng.exponential(1 / hazard) * DAYS_PER_YEAR).astype(int)

    profile = pd.DataFrame({
        "land": land, "segment": segment, "regio": regio, "accountmanager": manager, "plaats": place,
        "klant_sinds": since, "size_z": z_size, "size": size, "frequency": frequency,
        "satisfaction": satisfaction, "churn": churn,
    })
    profile["naam"] = _company_names(rng, profile)
    profile = profile.sort_values("klant_sinds", kind="stable").reset_index(drop=True)
    profile.insert(0, "klant_id", _ids("K", n, 5))
    return profile


def _company_names(rng: np.random.Generator, profile: pd.DataFrame) -> np.ndarray:
    """A plausible, unique, fictional name per customer: a template of its country and segment
    filled with a surname and a place of its region; duplicates are drawn again."""

    def draw(rows: np.ndarray) -> list[str]:
        names = []
        for land, segment, place in profile.loc[rows, ["land", "segment", "plaats"]].itertuples(index=False):
            template = rng.choice(NAME_TEMPLATES[land][segment])
            names.append(template.format(naam=rng.choice(SURNAMES[land]), plaats=place))
        return names

    names = np.array(draw(profile.index.to_numpy()), dtype=object)
    for _ in range(100):
        duplicate = pd.Series(names).duplicated().to_numpy()
        if not duplicate.any():
            return names
        names[duplicate] = draw(np.flatnonzero(duplicate))
    raise RuntimeError("not enough different company names: add surnames or templates")


def customers(seed: int = SEEDS["customers"]) -> pd.DataFrame:
    """The customer master: about 2,000 customers in the seven countries.

    Numbered in the order in which they became customers. Customers per country are roughly
    proportional to revenue (COUNTRIES['customers']); segment, region and account manager
    are drawn per country (SEGMENT_MIX, REGIONS).

    >>> df = customers()
    >>> len(df), df["klant_id"].iloc[0], df["land"].nunique()
    (2000, 'K00001', 7)
    """
    columns = ["klant_id", "naam", "land", "segment", "regio", "accountmanager", "klant_sinds"]
    return _customer_profile(seed)[columns]


# ---------------------------------------------------------------------------------------------
# 3. Transactions (chapters 5 and 7)
# ---------------------------------------------------------------------------------------------


def transactions(n_rows: int = DEFAULT_TRANSACTIONS, seed: int = SEEDS["transactions"]) -> pd.DataFrame:
    """The CRM transaction log 2022–2024 of the customers in klanten.csv, ``n_rows`` rows.

    Every customer buys between its start (2022-01-01 or the day it became a customer) and
    its churn day. The rows are divided over the customers (multinomially) in proportion to
    order frequency × active days; a row's date is uniform within the customer's active
    period, and weekends and holidays move to the next working day. A row's amount is the
    customer's size ÷ frequency times lognormal noise. The amounts are then scaled per
    country and year so that they add up to the sales history: more rows means smaller
    orders, not more revenue. The gross margin fraction is a segment shift, minus a volume
    discount for large customers, plus noise, shifted per country so that the
    revenue-weighted margin equals the brutomarge of Tabel 1.2. The customers and their
    hidden traits are always those of :func:`customers` (its default seed); ``seed`` only
    drives the rows. Everything is vectorised: a million rows take a few seconds.

    >>> df = transactions(1_000)
    >>> list(df.columns), len(df)
    (['transactie_id', 'klant_id', 'datum', 'bedrag', 'brutomarge'], 1000)
    """
    return _make_transactions(validation.whole(n_rows, "n_rows", minimum=1), int(seed)).copy()


@lru_cache(maxsize=2)   # the chapter 6 and 7 data sets are built from the same log: make it once
def _make_transactions(n_rows: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    profile = _customer_profile()

    # Active period per customer, in days since START (end inclusive).
    since = profile["klant_sinds"].to_numpy().astype("datetime64[D]")
    churn = profile["churn"].to_numpy().astype("datetime64[D]")
    first = (np.maximum(since, START) - START).astype(int)
    last = (np.minimum(churn, END) - START).astype(int)
    active_days = np.clip(last - first + 1, 0, None)

    expected = profile["frequency"].to_numpy() * active_days
    counts = rng.multinomial(n_rows, expected / expected.sum())
    customer = np.repeat(np.arange(len(profile)), counts)

    day = first[customer] + (rng.random(n_rows) * active_days[customer]).astype(int)
    date = np.busday_offset(START + day, 0, roll="forward", holidays=HOLIDAYS)  # weekend → Monday

    order_value = (profile["size"].to_numpy() / profile["frequency"].to_numpy())[customer]
    amount = order_value * rng.lognormal(-(ORDER_SPREAD**2) / 2, ORDER_SPREAD, n_rows)

    # Calibrate: per country and year the log adds up to the sales history.
    countries = list(COUNTRIES)
    country_index = pd.Categorical(profile["land"], categories=countries).codes[customer]
    year_index = date.astype("datetime64[Y]").astype(int) + 1970 - 2022
    group = country_index * 3 + year_index
    history = sales_history()
    target = (history.assign(jaar=history["maand"].dt.year).query("jaar >= 2022")
              .groupby(["land", "jaar"])["omzet"].sum()
              .reindex(pd.MultiIndex.from_product([countries, [2022, 2023, 2024]])).to_numpy())
    total = np.bincount(group, weights=amount, minlength=len(target))
    factor = np.divide(target, total, out=np.ones_like(target, dtype=float), where=total > 0)
    amount = np.maximum(np.round(amount * factor[group], 2), 0.01)

    # Gross margin fraction, calibrated per country to the brutomarge of Tabel 1.2.
    seg_margin = pd.DataFrame.from_dict(SEGMENTS, orient="index").loc[profile["segment"], "margin"].to_numpy()
    fraction = (seg_margin - 0.02 * profile["size_z"].to_numpy())[customer] + rng.normal(0, 0.04, n_rows)
    weighted = np.bincount(country_index, weights=amount * fraction, minlength=len(countries))
    revenue = np.bincount(country_index, weights=amount, minlength=len(countries))
    shift = _country_table()["gross_margin"].to_numpy() - np.divide(
        weighted, revenue, out=np.zeros(len(countries)), where=revenue > 0)
    fraction = np.clip(fraction + shift[country_index], 0.08, 0.55)
    margin = np.round(amount * fraction, 2)

    order = np.lexsort((customer, date))  # by date, then by customer number
    return pd.DataFrame({
        "transactie_id": _ids("T", n_rows, 6),
        "klant_id": profile["klant_id"].to_numpy()[customer[order]],
        "datum": date[order].astype("datetime64[s]"),
        "bedrag": amount[order],
        "brutomarge": margin[order],
    })


# ---------------------------------------------------------------------------------------------
# 4. Leads (chapter 5)
# ---------------------------------------------------------------------------------------------


def leads(n_leads: int = 3_000, seed: int = SEEDS["leads"]) -> pd.DataFrame:
    """Leads of 2024 with the furthest stage each reached in the lead funnel.

    Every lead has a hidden interest z ~ N(0, 1). The scoring variables are noisy signs of it:
    website visits ~ Poisson(exp(1.0 + 0.6 z), more for website leads), whitepaper downloads
    ~ Poisson(exp(−0.8 + 0.7 z)), a demo request with probability logistic(−2.2 + 1.1 z).
    A lead moves up one stage with probability logistic(a_k + 0.9 z + source effect +
    0.15 · log(employees / median)); each intercept a_k is chosen (bisection) so that the
    average probability of the leads that reached stage k equals CONVERSION[k]. The last step
    (klant → trouwe klant) depends on the lead's variables at half strength.

    >>> df = leads()
    >>> df["fase"].value_counts().index[0], len(df)
    ('cold', 3000)
    """
    n = validation.whole(n_leads, "n_leads", minimum=1)
    rng = np.random.default_rng(seed)
    sources = pd.DataFrame.from_dict(LEAD_SOURCES, orient="index")
    source = rng.choice(sources.index.to_numpy(), size=n, p=sources["share"].to_numpy())
    table = _country_table()
    land = rng.choice(table.index.to_numpy(), size=n, p=(table["customers"] / table["customers"].sum()).to_numpy())
    segments = list(SEGMENTS)
    segment = rng.choice(segments, size=n, p=[SEGMENTS[s]["mix"] for s in segments])

    employees = np.maximum(1, np.round(
        pd.Series(LEAD_SIZE).loc[segment].to_numpy() * rng.lognormal(0, 1.0, n))).astype("int64")
    interest = rng.standard_normal(n)
    visits = rng.poisson(np.exp(1.0 + 0.6 * interest + np.where(source == "website", 0.8, 0.0)))
    downloads = rng.poisson(np.exp(-0.8 + 0.7 * interest))
    demo = rng.random(n) < _logistic(-2.2 + 1.1 * interest + np.where(source == "beurs", 0.5, 0.0))

    effect = (0.9 * interest + sources.loc[source, "effect"].to_numpy()
              + 0.15 * np.log(employees / np.median(employees)))
    stage = np.zeros(n, dtype=int)
    for k, rate in enumerate(CONVERSION):  # four steps up the funnel
        here = stage == k
        strength = 0.5 if k == len(CONVERSION) - 1 else 1.0
        a = _intercept_for_rate(strength * effect[here], rate)
        moves_up = here & (rng.random(n) < _logistic(a + strength * effect))
        stage[moves_up] = k + 1

    # Dates: fair leads on the fair days, the others spread over 2024.
    days = np.datetime64("2024-01-01") + rng.integers(0, 366, n)
    fair = source == "beurs"
    days[fair] = rng.choice(np.array(FAIR_DAYS, dtype="datetime64[D]"), size=fair.sum())
    days = np.busday_offset(days, 0, roll="forward", holidays=HOLIDAYS)

    df = pd.DataFrame({
        "datum": days.astype("datetime64[s]"), "bron": source, "land": land, "segment": segment,
        "medewerkers": employees, "websitebezoeken": visits.astype("int64"),
        "downloads": downloads.astype("int64"), "demo_aangevraagd": np.where(demo, "ja", "nee"),
        "fase": np.array(FUNNEL)[stage],
    }).sort_values("datum", kind="stable").reset_index(drop=True)
    df.insert(0, "lead_id", _ids("L", n, 5))
    return df


# ---------------------------------------------------------------------------------------------
# 5. NPS survey (chapter 5)
# ---------------------------------------------------------------------------------------------


def nps_survey(n_responses: int = 1_200, seed: int = SEEDS["nps_survey"]) -> pd.DataFrame:
    """Answers to 'Hoe waarschijnlijk is het dat u ons aanbeveelt?' (0–10) in two waves of 2024.

    Each wave invites every customer that is a customer on its first day and half of
    ``n_responses`` of them answer (drawn without replacement), within three weeks. A score is
    the customer's satisfaction (NPS_MEAN + country shift + segment shift + customer spread)
    plus answer noise, rounded and kept within 0–10. The same satisfaction lowers the churn
    hazard in the CRM log, so detractors leave more often.

    >>> df = nps_survey()
    >>> len(df), df["score"].between(0, 10).all()
    (1200, np.True_)
    """
    n = validation.whole(n_responses, "n_responses", minimum=2)
    rng = np.random.default_rng(seed)
    profile = _customer_profile()
    parts = []
    for wave, size in zip(NPS_WAVES, [n // 2, n - n // 2]):
        day = np.datetime64(wave)
        eligible = np.flatnonzero((profile["klant_sinds"].to_numpy() <= day) & (profile["churn"].to_numpy() > day))
        chosen = np.sort(rng.choice(eligible, size=size, replace=False))
        parts.append(pd.DataFrame({"row": chosen, "datum": day + rng.integers(0, 21, size)}))
    answers = pd.concat(parts, ignore_index=True)
    customer = profile.loc[answers["row"]]
    raw = customer["satisfaction"].to_numpy() + NPS_ANSWER_SPREAD * rng.standard_normal(len(answers))
    df = pd.DataFrame({
        "klant_id": customer["klant_id"].to_numpy(),
        "datum": answers["datum"].to_numpy().astype("datetime64[s]"),
        "score": np.clip(np.round(raw), 0, 10).astype("int64"),
        "land": customer["land"].to_numpy(),
        "segment": customer["segment"].to_numpy(),
    }).sort_values(["datum", "klant_id"], kind="stable").reset_index(drop=True)
    df.insert(0, "respons_id", _ids("R", len(df), 5))
    return df
