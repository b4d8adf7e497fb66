"""The files shipped in ``data/``: the case data sets and the example files.

* :func:`load_dataset` — one data set as a DataFrame, checked against its dictionary;
* :func:`example_file` — the path of an example file for the own-data exercises.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from salesbook.data.cells import _number_codes, _reason
from salesbook.data.dictionary import _entry, ranges_of, schema_of
from salesbook.errors import SalesbookError
from salesbook.paths import data_dir


def example_file(name: str) -> Path:
    """The path of an example file in ``data/voorbeelden/`` (own-data exercises), wherever the
    notebook runs.

    >>> example_file("vestigingen_uit_excel.csv").name
    'vestigingen_uit_excel.csv'
    """
    path = data_dir() / "voorbeelden" / name
    if not path.is_file():
        known = ", ".join(sorted(p.name for p in path.parent.glob("*.*") if p.suffix != ".md"))
        raise SalesbookError(f"voorbeeldbestand '{name}' bestaat niet; kies uit: {known}")
    return path


def load_dataset(name: str) -> pd.DataFrame:
    """A case data set as a DataFrame with the column types of the data dictionary.

    >>> df = load_dataset("landenvestigingen")
    >>> df.loc[df["land"] == "Nederland", "omzet_mln"].item()
    84.0
    """
    entry = _entry(name)
    path = data_dir() / entry["bestand"]
    df = pd.read_csv(path, encoding="utf-8")
    schema = schema_of(name)
    if list(df.columns) != list(schema):
        raise SalesbookError(f"{entry['bestand']}: de kolommen {list(df.columns)} wijken af van het datawoordenboek {list(schema)}")
    df = _apply_types(df, schema)
    for col, bounds in ranges_of(name).items():
        codes = _number_codes(df[col].to_numpy(dtype=float), False, bounds)
        if codes.any():
            i = int(np.flatnonzero(codes)[0])
            raise SalesbookError(f"{entry['bestand']}, rij {i + 2}, kolom '{col}': "
                                 f"{_reason(int(codes[i]), df[col].iloc[i], bounds)}")
    return df


def _apply_types(df: pd.DataFrame, schema: dict[str, str]) -> pd.DataFrame:
    out = df.copy()
    for col, kind in schema.items():
        if kind == "tekst":
            out[col] = out[col].astype("string")
        elif kind == "getal":
            out[col] = out[col].astype("float64")
        elif kind == "geheel":
            out[col] = out[col].astype("int64")
        elif kind == "datum":
            out[col] = pd.to_datetime(out[col], format="%Y-%m-%d")
    return out

