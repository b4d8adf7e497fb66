"""Benchmark: RFM + ABC + CLV per customer on a CRM log of 1,000,000 transactions.

    .venv/bin/python benchmarks/analytics.py              # 1 000 000 rows, best of 3
    .venv/bin/python benchmarks/analytics.py --rows 200000 --repeat 5

Generates the transaction log in memory with ``salesbook.generate.transactions`` (the case
company's customers, 2022–2024), then times

* **ours**: ``salesbook.customers.customer_analysis`` — validation, RFM scores and segments,
  ABC class, pyramid layer and CLV for every customer;
* **baseline**: a plain pandas ``groupby`` doing the same aggregation (per customer the last
  date, the number of transactions, the sum of bedrag and of brutomarge), then quintile
  scores with ``qcut``, the sort and the cumulative share, and the CLV column.

Each is run ``--repeat`` times; the best time counts. Prints a table and writes
``benchmarks/analytics_latest.json`` (a generated file: not committed). Goal: ours under 2 s
and at most 1.5 × the baseline.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from salesbook import customers, generate

REFERENCE = "2024-12-31"
RETENTION, DISCOUNT, YEARS = 0.84, 0.10, 3
GOAL_SECONDS, GOAL_RATIO = 2.0, 1.5
OUT = Path(__file__).resolve().parent / "analytics_latest.json"


def ours(log: pd.DataFrame) -> pd.DataFrame:
    return customers.customer_analysis(log, REFERENCE, retention=RETENTION, discount_rate=DISCOUNT, years=YEARS)


def baseline(log: pd.DataFrame) -> pd.DataFrame:
    ref = pd.Timestamp(REFERENCE)
    per = log.groupby("klant_id").agg(   # the log ends on the reference date: no filter needed
        laatste=("datum", "max"), frequency=("datum", "size"), monetary=("bedrag", "sum"), marge=("brutomarge", "sum"))
    per["recency"] = (ref - per["laatste"]).dt.days
    per["R"] = pd.qcut(per["recency"].rank(method="first", ascending=False), 5, labels=False) + 1
    per["F"] = pd.qcut(per["frequency"].rank(method="first"), 5, labels=False) + 1
    per["M"] = pd.qcut(per["monetary"].rank(method="first"), 5, labels=False) + 1
    per = per.sort_values("monetary", ascending=False)
    per["cum_aandeel"] = per["monetary"].cumsum() / per["monetary"].sum()
    per["abc"] = np.where(per["cum_aandeel"] <= 0.8, "A", np.where(per["cum_aandeel"] <= 0.95, "B", "C"))
    per["clv"] = per["marge"] / YEARS * RETENTION / (1 + DISCOUNT - RETENTION)
    return per


def best_of(func, log: pd.DataFrame, repeat: int) -> tuple[float, pd.DataFrame]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func(log)
        times.append(time.perf_counter() - start)
    return min(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-json", action="store_true", help="do not write analytics_latest.json")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    log = generate.transactions(args.rows)
    generated = time.perf_counter() - start
    ours(log.head(1000))        # warm up imports and caches outside the timing
    baseline(log.head(1000))

    t_ours, mine = best_of(ours, log, args.repeat)
    t_base, base = best_of(baseline, log, args.repeat)

    # Same aggregation, same ABC classes: the comparison is fair.
    mine, base = mine.sort_index(), base.sort_index()
    assert (mine["frequency"] == base["frequency"]).all()
    assert np.allclose(mine["monetary"], base["monetary"]) and np.allclose(mine["clv"], base["clv"])
    assert (mine["abc"] == base["abc"]).all()

    ratio = t_ours / t_base
    ok = t_ours < GOAL_SECONDS and ratio <= GOAL_RATIO
    print(f"transacties: {len(log):,}  klanten: {len(mine):,}  (log gegenereerd in {generated:.1f} s)")
    print(f"{'':10s} {'ours (s)':>10s} {'baseline (s)':>13s} {'ratio':>7s}")
    print(f"{'best of ' + str(args.repeat):10s} {t_ours:10.3f} {t_base:13.3f} {ratio:7.2f}")
    print(f"doel: ours < {GOAL_SECONDS:g} s en ratio ≤ {GOAL_RATIO:g}: {'gehaald' if ok else 'NIET gehaald'}")
    if not args.no_json:
        OUT.write_text(json.dumps({
            "rows": len(log), "customers": len(mine), "repeat": args.repeat,
            "ours_seconds": round(t_ours, 4), "baseline_seconds": round(t_base, 4), "ratio": round(ratio, 3),
            "goal_met": ok, "python": platform.python_version(), "pandas": pd.__version__, "numpy": np.__version__,
        }, indent=2) + "\n", encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
