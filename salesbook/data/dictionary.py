"""The data dictionary (``data/dictionary.yaml``): which data sets there are, and their columns.

* :func:`list_datasets` — the data sets in ``data/`` with title and source;
* :func:`describe_dataset` — the columns of one data set: type, unit and meaning;
* :func:`schema_of` and :func:`ranges_of` — a data set's column types and declared ranges, as
  :func:`salesbook.data.read_table` and :func:`salesbook.data.load_dataset` check them.

The YAML file is read on first use, once.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache
from numbers import Real

import pandas as pd

from salesbook import yaml_text
from salesbook.errors import SalesbookError
from salesbook.paths import data_dir

COLUMN_TYPES = ("tekst", "getal", "geheel", "datum")


@lru_cache(maxsize=1)
def _dictionary() -> dict:
    with open(data_dir() / "dictionary.yaml", encoding="utf-8") as fh:
        return yaml_text.safe_load(fh.read())


def dictionary() -> dict:
    """The data dictionary (``data/dictionary.yaml``): data set → description, columns (type,
    unit, range) and the columns its models compute (``berekend``). Read once and shared: read
    it, do not change it.

    >>> dictionary()["landenvestigingen"]["kolommen"]["omzet_mln"]["eenheid"]
    'miljoen euro per jaar'
    """
    return _dictionary()


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


def ranges_of(name: str) -> dict[str, tuple[float | None, float | None]]:
    """The ranges the data dictionary declares for the numeric columns of a data set, as
    ``{column: (minimum, maximum)}`` (either may be None); checked by :func:`load_dataset` and
    by :func:`read_table` when its schema is the name of the data set.

    >>> ranges_of("nps_enquete")["score"]
    (0.0, 10.0)
    """
    out = {}
    for col, spec in _entry(name)["kolommen"].items():
        bounds = _bounds(spec, f"datawoordenboek, {name}, kolom '{col}'")
        if bounds != (None, None):
            out[col] = bounds
    return out



def _bounds(spec: Mapping[str, object], where: str) -> tuple[float | None, float | None]:
    """(minimum, maximum) of a column spec; either may be None."""
    out = []
    for key in ("minimum", "maximum"):
        value = spec.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value)):
            raise SalesbookError(f"{where}: {key} moet een eindig getal zijn (kreeg {value!r})")
        out.append(None if value is None else float(value))
    low, high = out
    if low is not None and high is not None and low > high:
        raise SalesbookError(f"{where}: het minimum {low:g} is groter dan het maximum {high:g}")
    return low, high

