"""Leadmanagement (chapter 5, § 5.2): the lead funnel, the reverse funnel, lead scoring and the
weighted pipeline.

* :func:`lead_funnel` — leads per stage cold → warm → hot → klant → trouwe klant and the
  conversion rates; :func:`reverse_funnel` — what is needed at every stage for a target;
* :class:`LeadScoring`, :func:`lead_scores`, :func:`converted`, :func:`lead_score_bands`,
  :func:`lead_scoring_quality` — a transparent points model and how well it separates;
* :func:`weighted_pipeline` — Σ value × probability.

The contract names :func:`reverse_funnel` and :func:`weighted_pipeline` under
:mod:`salesbook.customers`, which re-exports everything here. Rates are fractions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from salesbook import validation
from salesbook.errors import SalesbookError
from salesbook.rounding import round_up

# --- § 5.2 leadmanagement: the funnel and the reverse funnel --------------------------------

FUNNEL_STAGES = ("cold", "warm", "hot", "klant", "trouwe klant")


def lead_funnel(stages_reached: object, *, stages: Sequence[str] = FUNNEL_STAGES) -> pd.DataFrame:
    """The lead funnel: how many leads reached each stage, and the conversion between stages.

    ``stages_reached`` holds per lead the furthest stage it reached (a lead that became a
    customer passed cold, warm and hot). Per stage k, in funnel order:

    * ``eindfase``: leads whose furthest stage is k;
    * ``bereikt``: leads that reached k or a later stage, N_k = Σ_{j ≥ k} eindfase_j;
    * ``conversie``: N_k / N_{k−1}, the stage-to-stage conversion rate (NaN for the top);
    * ``vanaf_start``: N_k / N_1, the share of all leads that got this far.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (leadmanagement).

    >>> lead_funnel(["cold", "cold", "warm", "hot", "klant", "trouwe klant", "warm", "cold"])
                  eindfase  bereikt  conversie  vanaf_start
    fase
    cold                 3        8        NaN        1.000
    warm                 2        5      0.625        0.625
    hot                  1        3      0.600        0.375
    klant                1        2      0.667        0.250
    trouwe klant         1        1      0.500        0.125
    """
    names = _stage_names(stages)
    if isinstance(stages_reached, (str, bytes)) or not isinstance(stages_reached, Iterable):
        raise SalesbookError(f"fasen moet een reeks fasenamen zijn (kreeg {validation._show(stages_reached)})")
    reached = pd.Series(stages_reached if isinstance(stages_reached, pd.Series) else list(stages_reached),
                        dtype=object if not isinstance(stages_reached, pd.Series) else None)
    if len(reached) == 0:
        raise SalesbookError("fasen bevat geen leads (kreeg 0 waarden)")
    counts = reached.value_counts(dropna=False)
    unknown = [v for v in counts.index if v not in names]
    if unknown:
        shown = ", ".join("leeg" if pd.isna(v) else validation._show(v) for v in unknown[:3])
        raise SalesbookError(f"onbekende fase {shown}; een fase moet een van "
                             f"{', '.join(repr(n) for n in names)} zijn")
    at_stage = counts.reindex(list(names), fill_value=0).astype("int64")
    reached_n = at_stage[::-1].cumsum()[::-1]
    out = pd.DataFrame({"eindfase": at_stage, "bereikt": reached_n})
    out["conversie"] = (reached_n / reached_n.shift(1)).astype(float)
    out["vanaf_start"] = reached_n / reached_n.iloc[0]
    out.index.name = "fase"
    return out


def _stage_names(stages: object) -> tuple[str, ...]:
    if isinstance(stages, str) or not isinstance(stages, Iterable):
        raise SalesbookError(f"fasenamen moet een reeks namen zijn (kreeg {validation._show(stages)})")
    names = tuple(stages)
    if len(names) < 2 or len(set(names)) != len(names) or not all(isinstance(n, str) and n for n in names):
        raise SalesbookError(f"fasenamen moet minstens twee verschillende namen bevatten (kreeg {list(names)!r})")
    return names


def reverse_funnel(target: int, conversion_rates: Sequence[float]) -> list[int]:
    """The reverse funnel: how many you need at every stage to reach a target at the bottom.

    ``conversion_rates`` are ordered from the top of the funnel down: rate i is the share of
    stage i that reaches stage i + 1. Working from the bottom up, each stage needs

        N_n = target,   N_i = ⌈ N_{i+1} / c_i ⌉

    rounded **up** at every stage (you cannot call 12,5 prospects, and 12 would be too few).
    Returns the required numbers top first, ending with ``target`` (one more number than
    there are rates). Rates lie in (0, 1]; ``target`` is a whole number ≥ 0. A quotient that
    is a whole number up to floating-point noise (3 / 0.3 = 10.000000000000002) counts as
    that whole number.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (leadmanagement).

    >>> reverse_funnel(10, [0.5, 0.4, 0.25])    # 10 → ⌈10/0.25⌉ = 40 → ⌈40/0.4⌉ = 100 → 200
    [200, 100, 40, 10]
    >>> reverse_funnel(7, [0.3, 0.6])           # ⌈7/0.6⌉ = ⌈11.67⌉ = 12 → ⌈12/0.3⌉ = 40
    [40, 12, 7]
    """
    n = validation.count(target, "target")
    if isinstance(conversion_rates, (str, bytes, Mapping)) or not isinstance(conversion_rates, Iterable):
        raise SalesbookError(f"conversieratio's moet een reeks fracties zijn (kreeg {validation._show(conversion_rates)})")
    rates = list(conversion_rates)
    if not rates:
        raise SalesbookError("conversieratio's moet minstens één conversieratio bevatten (kreeg 0)")
    checked = []
    for i, rate in enumerate(rates):
        name = f"conversieratio[{i}] (van fase {i + 1} naar fase {i + 2})"
        x = validation.number(validation._plain(rate), name)
        if x == 0:
            raise SalesbookError(f"{name} moet groter zijn dan 0 (kreeg 0): bij 0% conversie haal je het target nooit, "
                                 "hoeveel leads je ook hebt")
        checked.append(validation.fraction(x, name, allow_zero=False))
    need = [n]
    for rate in reversed(checked):
        need.append(round_up(need[-1] / rate))
    return need[::-1]


def weighted_pipeline(values: Sequence[float], probabilities: Sequence[float]) -> float:
    """The weighted pipeline: Σ value × probability of closing.

    Every open opportunity counts for its value times the chance that it is won, so the sum
    is the expected order intake. ``values`` (≥ 0) and ``probabilities`` (fractions 0–1) are
    matched by position and must be equally long; an empty pipeline is worth 0.

    Source: Rustenburg & Steenbeek, Salesmanagement, H4 and H5 (gewogen pipeline).

    >>> weighted_pipeline([10_000, 40_000, 25_000], [0.9, 0.25, 0.5])   # 9 000 + 10 000 + 12 500
    31500.0
    """
    v = validation.series(values, "waarden", min_length=0)
    p = validation.series(probabilities, "kansen", min_length=0)
    if len(v) != len(p):
        raise SalesbookError(f"waarden en kansen moeten even lang zijn (kreeg {len(v)} waarden en {len(p)} kansen)")
    validation.first_bad(v, (v < 0).to_numpy(), "waarden", "mag niet negatief zijn")
    validation.first_bad(p, ((p < 0) | (p > 1)).to_numpy(), "kansen", "moet een fractie tussen 0 en 1 zijn")
    return float(np.dot(v.to_numpy(), p.to_numpy()))



# --- § 5.2 lead scoring ---------------------------------------------------------------------------

CONVERTED_STAGES = ("klant", "trouwe klant")
LEAD_COLUMNS = ("bron", "medewerkers", "websitebezoeken", "downloads", "demo_aangevraagd")


@dataclass(frozen=True)
class LeadScoring:
    """A transparent points model for leads: points per characteristic, and a threshold.

    * ``source_points``: points per bron (a source that is not listed gets 0);
    * ``size_points``: (minimum number of employees, points) pairs, ascending from 0: a lead
      gets the points of the last pair whose minimum it reaches;
    * ``points_per_visit`` per website visit, at most ``max_visit_points`` in total;
    * ``points_per_download`` per download (whitepaper, brochure), at most ``max_download_points``;
    * ``demo_points`` when the lead asked for a demo;
    * ``threshold``: a lead with at least this score is *sales-ready* and goes to a salesperson.
    """

    source_points: Mapping[str, float] = field(default_factory=lambda: {
        "doorverwijzing": 20, "beurs": 15, "website": 10, "social selling": 5, "koude acquisitie": 0})
    size_points: tuple[tuple[int, float], ...] = ((0, 0), (10, 5), (50, 10), (250, 15))
    points_per_visit: float = 2
    max_visit_points: float = 20
    points_per_download: float = 5
    max_download_points: float = 15
    demo_points: float = 20
    threshold: float = 40

    def max_score(self) -> float:
        """The highest score a lead can get under this model."""
        return (max(self.source_points.values(), default=0) + max(p for _, p in self.size_points)
                + self.max_visit_points + self.max_download_points + self.demo_points)


def _check_scoring(scoring: object) -> LeadScoring:
    if not isinstance(scoring, LeadScoring):
        raise SalesbookError(f"het scoremodel moet een LeadScoring zijn (kreeg {type(scoring).__name__})")
    if not isinstance(scoring.source_points, Mapping):
        raise SalesbookError("punten per bron moet een dict {bron: punten} zijn")
    for source, points in scoring.source_points.items():
        validation.number(points, f"punten voor bron '{source}'")
    bounds = list(scoring.size_points)
    if not bounds or any(not isinstance(b, (tuple, list)) or len(b) != 2 for b in bounds):
        raise SalesbookError("punten per bedrijfsgrootte moet een reeks paren (minimum medewerkers, punten) zijn")
    lows = [validation.count(low, "minimum aantal medewerkers") for low, _ in bounds]
    if lows[0] != 0 or any(b <= a for a, b in zip(lows, lows[1:])):
        raise SalesbookError(f"de minima van de bedrijfsgrootte moeten bij 0 beginnen en oplopen (kreeg {lows})")
    for low, points in bounds:
        validation.number(points, f"punten vanaf {low} medewerkers")
    for name, label in (("points_per_visit", "punten per websitebezoek"), ("max_visit_points", "maximum punten voor websitebezoeken"),
                        ("points_per_download", "punten per download"), ("max_download_points", "maximum punten voor downloads"),
                        ("demo_points", "punten voor een demo-aanvraag")):
        validation.positive(getattr(scoring, name), label, allow_zero=True)
    validation.number(scoring.threshold, "drempel voor sales-ready")
    return scoring


def _demo(values: pd.Series) -> np.ndarray:
    """A demo request as True/False from ja/nee, True/False or 1/0."""
    if pd.api.types.is_bool_dtype(values.dtype):
        return values.to_numpy(dtype=bool)
    if pd.api.types.is_numeric_dtype(values.dtype):
        numbers = values.to_numpy(dtype=float, na_value=np.nan)
        validation.first_bad(values.astype(float), ~np.isin(numbers, [0, 1]), "demo_aangevraagd", "moet 'ja' of 'nee' (of 1 of 0) zijn")
        return numbers == 1
    text = values.astype(str).str.strip().str.lower()
    bad = ~text.isin(["ja", "nee", "true", "false"]).to_numpy()
    if bad.any():
        i = int(np.argmax(bad))
        raise SalesbookError(f"{validation.element_label(values.index, i, 'demo_aangevraagd')} moet 'ja' of 'nee' zijn "
                             f"(kreeg {validation._show(values.iloc[i])})")
    return text.isin(["ja", "true"]).to_numpy()


def lead_scores(leads: pd.DataFrame, scoring: LeadScoring | None = None) -> pd.DataFrame:
    """The score of every lead under a points model, and whether it is sales-ready.

    score = punten_bron + punten_omvang + min(bezoeken · p_bezoek, max_bezoek)
            + min(downloads · p_download, max_download) + demo · p_demo

    Columns: one per characteristic (``punten_bron``, ``punten_omvang``, ``punten_bezoeken``,
    ``punten_downloads``, ``punten_demo``), ``score`` and ``sales_ready`` (score ≥ threshold).
    ``leads`` needs the columns bron, medewerkers, websitebezoeken, downloads (whole numbers
    ≥ 0) and demo_aangevraagd ('ja'/'nee'); the index is kept. Vectorised.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (leadmanagement).

    >>> lead = pd.DataFrame({"bron": ["beurs"], "medewerkers": [120], "websitebezoeken": [4],
    ...                      "downloads": [1], "demo_aangevraagd": ["ja"]})
    >>> s = lead_scores(lead)
    >>> s.iloc[0, :6].astype(float).tolist(), bool(s["sales_ready"].iloc[0])   # 15 + 10 + 8 + 5 + 20 = 58 ≥ 40
    ([15.0, 10.0, 8.0, 5.0, 20.0, 58.0], True)
    """
    model = _check_scoring(scoring if scoring is not None else LeadScoring())
    if not isinstance(leads, pd.DataFrame):
        raise SalesbookError(f"de leads moeten een tabel (DataFrame) zijn (kreeg {type(leads).__name__})")
    missing = [c for c in LEAD_COLUMNS if c not in leads.columns]
    if missing:
        raise SalesbookError(f"de leads missen de kolom(men) {', '.join(missing)}; nodig zijn: {', '.join(LEAD_COLUMNS)}")
    counts = {}
    for col in ("medewerkers", "websitebezoeken", "downloads"):
        s = validation.series(leads[col], col, min_length=0)
        validation.first_bad(s, ((s < 0) | (s != np.floor(s))).to_numpy(), col, "moet een geheel getal van minstens 0 zijn")
        counts[col] = s.to_numpy()
    out = pd.DataFrame(index=leads.index)
    out["punten_bron"] = leads["bron"].map(dict(model.source_points)).astype(float).fillna(0.0).to_numpy()
    lows = np.array([low for low, _ in model.size_points], dtype=float)
    points = np.array([p for _, p in model.size_points], dtype=float)
    out["punten_omvang"] = points[np.searchsorted(lows, counts["medewerkers"], side="right") - 1]
    out["punten_bezoeken"] = np.minimum(counts["websitebezoeken"] * model.points_per_visit, model.max_visit_points)
    out["punten_downloads"] = np.minimum(counts["downloads"] * model.points_per_download, model.max_download_points)
    out["punten_demo"] = np.where(_demo(leads["demo_aangevraagd"]), float(model.demo_points), 0.0)
    out["score"] = out.sum(axis=1)
    out["sales_ready"] = out["score"] >= model.threshold
    return out


def converted(stages_reached: object) -> pd.Series:
    """True for a lead that became a customer (its furthest stage is klant or trouwe klant).

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (leadmanagement).

    >>> converted(pd.Series(["hot", "klant", "trouwe klant"])).tolist()
    [False, True, True]
    """
    if isinstance(stages_reached, pd.DataFrame):
        raise SalesbookError("de fasen moeten één reeks zijn (bijvoorbeeld leads['fase']), geen tabel")
    lead_funnel(stages_reached)  # validates the stage names
    stages = pd.Series(stages_reached) if not isinstance(stages_reached, pd.Series) else stages_reached  # validates the stage names
    return stages.isin(CONVERTED_STAGES)


def _scores_and_outcomes(scores: object, outcomes: object) -> tuple[pd.Series, np.ndarray]:
    s = validation.series(scores, "scores")
    if isinstance(outcomes, (str, bytes)) or not isinstance(outcomes, Iterable):
        raise SalesbookError(f"klant geworden moet een reeks True/False zijn (kreeg {validation._show(outcomes)})")
    y = pd.Series(outcomes if isinstance(outcomes, pd.Series) else list(outcomes))
    if len(y) != len(s):
        raise SalesbookError(f"scores en klant geworden moeten even lang zijn (kreeg {len(s)} en {len(y)})")
    if not pd.api.types.is_bool_dtype(y.dtype):
        raise SalesbookError("klant geworden moet True/False per lead zijn, bijvoorbeeld converted(leads['fase'])")
    return s, y.to_numpy(dtype=bool)


def lead_score_bands(scores: object, outcomes: object, *, width: float = 10) -> pd.DataFrame:
    """Conversion per score band: does a higher score mean a higher chance to become a customer?

    The scores are cut into bands of ``width`` points ([0, 10), [10, 20) …). Per band:
    ``leads``, ``klanten`` (leads that converted), ``conversie`` = klanten / leads and
    ``ondergrens`` (the lowest score of the band). A good scoring model shows conversion
    rising from band to band. Empty bands between the lowest and highest score are kept.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (leadmanagement).

    >>> lead_score_bands([5, 12, 18, 25, 27], [False, False, True, True, True], width=10)
           leads  klanten  conversie  ondergrens
    score
    0–9        1        0        0.0         0.0
    10–19      2        1        0.5        10.0
    20–29      2        2        1.0        20.0
    """
    s, y = _scores_and_outcomes(scores, outcomes)
    step = validation.positive(width, "breedte van een scoreklasse")
    band = np.floor(s.to_numpy() / step + validation.EPS).astype("int64")
    frame = pd.DataFrame({"band": band, "klant": y})
    grouped = frame.groupby("band").agg(leads=("klant", "size"), klanten=("klant", "sum"))
    grouped = grouped.reindex(range(int(band.min()), int(band.max()) + 1), fill_value=0)
    low = grouped.index.to_numpy() * step
    whole = float(step).is_integer()
    labels = [f"{_band_number(lo)}–{_band_number(lo + step - (1 if whole else 0))}" for lo in low]
    out = pd.DataFrame({"leads": grouped["leads"].astype("int64").to_numpy(),
                        "klanten": grouped["klanten"].astype("int64").to_numpy()},
                       index=pd.Index(labels, name="score"))
    out["conversie"] = (out["klanten"] / out["leads"].where(out["leads"] > 0)).astype(float)
    out["ondergrens"] = low.astype(float)
    return out


def _band_number(value: float) -> str:
    """A band bound for a label: 10 or 2,5 (Dutch decimal comma)."""
    return f"{value:g}".replace(".", ",")


@dataclass(frozen=True)
class LeadScoringQuality:
    """How well a threshold separates leads that became customers from the others.

    Shares and conversion rates are fractions; ``conversion_ready`` or ``conversion_other``
    is None when that group is empty. ``lift`` = conversion of sales-ready leads ÷ overall
    conversion; ``captured`` = the share of all new customers that came from sales-ready leads;
    ``auc`` = the chance that a random converted lead scores higher than a random other lead
    (0.5 = no better than chance, 1 = perfect separation; ties count half).
    """

    leads: int
    sales_ready: int
    share_ready: float
    conversion_all: float
    conversion_ready: float | None
    conversion_other: float | None
    lift: float | None
    captured: float | None
    auc: float | None


def lead_scoring_quality(scores: object, outcomes: object, threshold: float) -> LeadScoringQuality:
    """Share of sales-ready leads and their conversion against the others, lift, capture and AUC.

    With R the sales-ready leads (score ≥ threshold) and K the leads that became customers:

    * conversie sales-ready = |R ∩ K| / |R|; conversie overige = |K \\ R| / |not R|;
    * lift = conversie sales-ready / (|K| / n);   gevangen = |R ∩ K| / |K|;
    * AUC = (Σ rank of the converted leads − |K|(|K|+1)/2) / (|K| · (n − |K|)), with average
      ranks for ties (the Mann–Whitney statistic).

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (leadmanagement).

    >>> q = lead_scoring_quality([10, 20, 30, 40, 60, 70], [False, False, True, False, True, True], 50)
    >>> q.share_ready, q.conversion_ready, q.conversion_other, round(q.lift, 2), round(q.captured, 3), round(q.auc, 3)
    (0.3333333333333333, 1.0, 0.25, 2.0, 0.667, 0.889)
    """
    s, y = _scores_and_outcomes(scores, outcomes)
    limit = validation.number(threshold, "drempel voor sales-ready")
    ready = s.to_numpy() >= limit
    n, k, r = len(s), int(y.sum()), int(ready.sum())
    hits = int((ready & y).sum())
    overall = k / n
    conv_ready = hits / r if r else None
    conv_other = (k - hits) / (n - r) if n - r else None
    auc = None
    if 0 < k < n:
        ranks = s.rank(method="average").to_numpy()
        auc = float((ranks[y].sum() - k * (k + 1) / 2) / (k * (n - k)))
    return LeadScoringQuality(
        leads=n, sales_ready=r, share_ready=r / n, conversion_all=overall, conversion_ready=conv_ready,
        conversion_other=conv_other, lift=conv_ready / overall if conv_ready is not None and overall else None,
        captured=hits / k if k else None, auc=auc,
    )


