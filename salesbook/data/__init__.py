"""The case data sets and their data dictionary, and reading a user's own table.

* :func:`list_datasets` — the data sets in ``data/`` with title and source;
* :func:`describe_dataset` — the columns of one data set: type, unit and meaning;
* :func:`load_dataset` — one data set as a DataFrame, checked against its dictionary;
* :func:`read_table` — a student's or sales manager's own CSV or Excel file, checked against a
  schema, with a Dutch message naming file, row and column for every problem.

This is the public module: import from ``salesbook.data``. The work is done in

* :mod:`salesbook.data.dictionary` — the data dictionary (``data/dictionary.yaml``): the data
  sets, their columns, types and ranges;
* :mod:`salesbook.data.datasets` — the shipped files: :func:`load_dataset`, :func:`example_file`;
* :mod:`salesbook.data.tables` — :func:`read_table`: arguments, headers, the checked table;
* :mod:`salesbook.data.files` — from a file to raw cells: encodings, separator, Excel sheets;
* :mod:`salesbook.data.cells` — converting a column of cells (Dutch numbers, dates, text) and
  the message for a bad cell.
"""

from __future__ import annotations

from salesbook.data.datasets import example_file, load_dataset
from salesbook.data.dictionary import (
    COLUMN_TYPES,
    _dictionary,
    _entry,
    describe_dataset,
    dictionary,
    list_datasets,
    ranges_of,
    schema_of,
)
from salesbook.data.tables import read_table

__all__ = [
    "COLUMN_TYPES",
    "describe_dataset",
    "dictionary",
    "example_file",
    "list_datasets",
    "load_dataset",
    "ranges_of",
    "read_table",
    "schema_of",
]
