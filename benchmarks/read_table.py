"""How fast `salesbook.data.read_table` reads a Dutch CSV, against `pandas.read_csv`.

A CRM export of ``rows`` rows as Dutch Excel writes it (semicolons, decimal commas, a date
column) is written to a temporary folder; both readers read it three times and the best time
of each counts. Goal (issue 13): ``read_table_ratio`` ≤ 3.

    python benchmarks/read_table.py [rows]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from salesbook.data import read_table

SCHEMA = {"transactie_id": "tekst", "klant_id": "tekst", "datum": "datum", "bedrag": "getal",
          "brutomarge": "getal", "aantal": "geheel"}


def write_export(path: Path, rows: int, seed: int = 13) -> None:
    """A Dutch CSV export: ; separated, decimal commas, ISO dates."""
    rng = np.random.default_rng(seed)
    amount = np.round(rng.lognormal(7, 1.2, rows), 2)
    frame = pd.DataFrame({
        "transactie_id": [f"T{i:07d}" for i in range(rows)],
        "klant_id": [f"K{k:05d}" for k in rng.integers(0, 20_000, rows)],
        "datum": (pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 1826, rows), unit="D")).strftime("%Y-%m-%d"),
        "bedrag": amount,
        "brutomarge": np.round(amount * rng.uniform(0.1, 0.4, rows), 2),
        "aantal": rng.integers(1, 50, rows),
    })
    frame.to_csv(path, sep=";", decimal=",", index=False, encoding="utf-8")


def _best(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def read_table_ratio(rows: int = 1_000_000) -> dict:
    """Best-of-3 times of read_table and pandas.read_csv on the same file, and their ratio."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crm_export.csv"
        write_export(path, rows)
        check = read_table(path, SCHEMA)
        assert len(check) == rows and check["bedrag"].dtype == "float64"
        del check
        ours = _best(lambda: read_table(path, SCHEMA))
        theirs = _best(lambda: pd.read_csv(path, sep=";", decimal=","))
    return {"rows": rows, "read_table_s": ours, "read_csv_s": theirs, "read_table_ratio": ours / theirs}


if __name__ == "__main__":
    print(read_table_ratio(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000))
