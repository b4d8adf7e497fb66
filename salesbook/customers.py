"""Customer relationship (chapter 5): the Net Promoter Score, and the one door to every customer model.

Defined here (§ 5.3, klanttevredenheid):

* :func:`nps` / :func:`nps_breakdown` / :func:`nps_by` — the Net Promoter Score (in points,
  −100 to 100), its groups and its margin of error per land or segment.

Re-exported from the topic modules, so that ``salesbook.customers.<name>`` keeps working as the
DESIGN.md contract and the notebooks use it:

* :mod:`salesbook.lifetime_value` — :func:`clv`, :func:`margin_multiple`, :func:`expected_lifetime`;
* :mod:`salesbook.retention` — the retention claim of § 1.1.2 (:func:`retention_uplift`,
  :func:`claim_interval`, :func:`retention_scenario`, …);
* :mod:`salesbook.leads` — :func:`lead_funnel`, :func:`reverse_funnel`, lead scoring,
  :func:`weighted_pipeline`;
* :mod:`salesbook.segmentation` — :func:`abc_analysis`, :func:`customer_pyramid`;
* :mod:`salesbook.rfm` — RFM, :func:`yearly_retention`, :func:`customer_clv`,
  :func:`customer_analysis`.

New code imports from the topic module. All rates are fractions (0.8, not 80); the NPS is the
one exception, by convention a number of points. Functions raise :class:`SalesbookError` with a
Dutch message for invalid input.
"""

from dataclasses import dataclass
from collections.abc import Sequence

import numpy as np
import pandas as pd

from salesbook import validation
from salesbook.errors import SalesbookError
# Re-exports: the contract (DESIGN.md) and existing callers reach these through salesbook.customers.
from salesbook.leads import (  # noqa: F401
    CONVERTED_STAGES, FUNNEL_STAGES, LEAD_COLUMNS, LeadScoring, LeadScoringQuality, converted, lead_funnel,
    lead_score_bands, lead_scores, lead_scoring_quality, reverse_funnel, weighted_pipeline,
)
from salesbook.lifetime_value import clv, expected_lifetime, margin_multiple  # noqa: F401
from salesbook.retention import (  # noqa: F401
    RetentionScenario, claim_interval, claim_intervals, raised_retention, retention_scenario, retention_uplift,
    uplift_curve,
)
from salesbook.rfm import (  # noqa: F401
    RFM_SEGMENTS, TRANSACTION_COLUMNS, RfmSegment, customer_analysis, customer_clv, quintile_scores, rfm_analysis,
    rfm_segment, rfm_segment_summary, rfm_table, yearly_retention,
)
from salesbook.segmentation import PYRAMID_LAYERS, abc_analysis, customer_pyramid, pyramid_layer  # noqa: F401

# --- § 5.3 Net Promoter Score -----------------------------------------------------------------

@dataclass(frozen=True)
class NpsResult:
    """Counts and shares (fractions) of promoters (9–10), passives (7–8) and detractors (0–6).

    ``nps`` is in points from −100 to 100 (see :func:`nps`); the shares are fractions (0.45).
    """

    n: int
    promoters: int
    passives: int
    detractors: int
    share_promoters: float
    share_passives: float
    share_detractors: float
    nps: float


def _scores(scores: object, name: str = "scores") -> pd.Series:
    s = validation.series(scores, name)
    validation.first_bad(s, ((s < 0) | (s > 10) | (s != np.floor(s))).to_numpy(), name,
               "moet een geheel getal van 0 tot en met 10 zijn")
    return s


def nps_breakdown(scores: object) -> NpsResult:
    """The Net Promoter Score with the counts and shares behind it.

    Answers to "Hoe waarschijnlijk is het dat u ons aanbeveelt?" on a scale of 0 to 10 fall
    in three groups (Reichheld, 2003): promoters 9–10, passives 7–8, detractors 0–6. With n
    answers, P promoters and D detractors:

        NPS = 100 · P/n − 100 · D/n   (points from −100 to 100)

    Passives count in n but in neither percentage.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (klanttevredenheid); Reichheld, 'The One Number
      You Need to Grow', HBR (2003).

    >>> r = nps_breakdown([10, 9, 9, 8, 7, 6, 3, 10, 5, 8])
    >>> r.promoters, r.passives, r.detractors, r.nps
    (4, 3, 3, 10.0)
    """
    s = _scores(scores)
    n = len(s)
    p = int((s >= 9).sum())
    d = int((s <= 6).sum())
    return NpsResult(n=n, promoters=p, passives=n - p - d, detractors=d, share_promoters=p / n,
                     share_passives=(n - p - d) / n, share_detractors=d / n, nps=100 * (p - d) / n)


def nps(scores: object) -> float:
    """Net Promoter Score: % promoters (9–10) minus % detractors (0–6), scores 0–10.

    **Unit: points on a scale from −100 to 100**, the way the NPS is always reported (an NPS
    of 20 means 20 percentage points more promoters than detractors). This is the one model
    in the package that does not return a fraction: 0.2 would read as an NPS of 0,2.

        NPS = 100 · (P − D) / n

    with P promoters (9–10), D detractors (0–6) and n all answers, passives (7–8) included.
    ``scores`` are whole numbers from 0 to 10 (a list, array or Series; at least one).

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (klanttevredenheid); Reichheld, 'The One Number
      You Need to Grow', HBR (2003).

    >>> nps([10, 9, 9, 8, 7, 6, 3, 10, 5, 8])   # (4 − 3) / 10 · 100
    10.0
    >>> nps([10, 10, 0, 0])
    0.0
    """
    return nps_breakdown(scores).nps


def nps_by(survey: pd.DataFrame, by: str | Sequence[str], *, score: str = "score") -> pd.DataFrame:
    """The NPS per group (land, segment …) of a survey table, with its 95% margin of error.

    Per group: ``n`` answers, the shares (fractions) ``promoters``, ``passives`` and
    ``detractors``, ``nps`` in points (see :func:`nps`) and ``foutmarge``: the half-width of
    the 95% confidence interval in points,

        foutmarge = 1,96 · 100 · √((p + d − (p − d)²) / n)

    with p and d the shares of promoters and detractors (the variance of a score that is +1
    for a promoter, −1 for a detractor and 0 for a passive). Groups are sorted by NPS, best
    first. Vectorised: one groupby, no loop over answers.

    Source: Rustenburg & Steenbeek, Salesmanagement, H5 (klanttevredenheid); Reichheld, 'The One Number
      You Need to Grow', HBR (2003).

    >>> t = pd.DataFrame({"land": ["NL"] * 4 + ["BE"] * 2, "score": [10, 9, 7, 3, 6, 10]})
    >>> nps_by(t, "land")[["n", "nps"]]
          n   nps
    land
    NL    4  25.0
    BE    2   0.0
    """
    if not isinstance(survey, pd.DataFrame):
        raise SalesbookError(f"de enquête moet een tabel (DataFrame) zijn (kreeg {type(survey).__name__})")
    if not isinstance(by, str) and not (isinstance(by, Sequence) and all(isinstance(k, str) for k in by)):
        raise SalesbookError(f"by moet een kolomnaam of een lijst kolomnamen zijn (kreeg {validation._show(by)})")
    keys = [by] if isinstance(by, str) else list(by)
    missing = [c for c in keys + [score] if c not in survey.columns]
    if missing:
        raise SalesbookError(f"de enquête mist de kolom(men) {', '.join(missing)}; "
                             f"beschikbaar: {', '.join(map(str, survey.columns))}")
    s = _scores(survey[score], score)
    frame = pd.DataFrame({k: survey[k] for k in keys})
    frame["_p"] = (s >= 9).to_numpy(dtype=float)
    frame["_d"] = (s <= 6).to_numpy(dtype=float)
    grouped = frame.groupby(keys, observed=True, sort=False)
    out = grouped.agg(n=("_p", "size"), promoters=("_p", "mean"), detractors=("_d", "mean"))
    out["passives"] = 1 - out["promoters"] - out["detractors"]
    net = out["promoters"] - out["detractors"]
    out["nps"] = 100 * net
    out["foutmarge"] = 1.96 * 100 * np.sqrt((out["promoters"] + out["detractors"] - net**2) / out["n"])
    out = out[["n", "promoters", "passives", "detractors", "nps", "foutmarge"]]
    return out.sort_values("nps", ascending=False, kind="stable")


