"""read_table: a user's own CSV or Excel file as a checked table.

The arguments and the schema are checked, the header row is matched to the schema's columns,
and the columns are converted (:mod:`salesbook.data.cells`) from the raw cells of the file
(:mod:`salesbook.data.files`). A clean CSV file takes the fast path through pandas' own reader;
at the first problem the careful path names file, row and column.
"""

from __future__ import annotations

import csv
import difflib
import io
import os
import re
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from salesbook.data.cells import (
    _as_dtype,
    _blank_rows,
    _convert,
    _number_codes,
    _plain_numbers,
    _printable,
    _reason,
    _text,
)
from salesbook.data.dictionary import COLUMN_TYPES, _bounds, ranges_of, schema_of
from salesbook.data.files import (
    _SEPARATORS,
    _decode,
    _prepare_text,
    _read_bytes,
    _read_excel_cells,
    _read_text_cells,
)
from salesbook.errors import SalesbookError

_TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
_EXCEL_SUFFIXES = (".xlsx", ".xlsm")
_MAX_PROBLEMS = 5


def read_table(
    path: str | os.PathLike[str],
    schema: str | Mapping[str, str | Mapping[str, object]],
    *,
    sheet: str | int | None = None,
) -> pd.DataFrame:
    r"""Read your own CSV or Excel file (e.g. a CRM export) as a table with checked column types.

    ``schema`` maps every column you need to one of the types in :data:`COLUMN_TYPES`:
    ``"tekst"`` (pandas ``string``), ``"getal"`` (float64), ``"geheel"`` (int64, whole numbers
    only) or ``"datum"`` (datetime64); or to a mapping ``{"type": …, "minimum": …, "maximum": …}``
    that also gives the allowed range; or it is the name of a case data set, whose columns are
    then required with the types and ranges of the data dictionary (see :func:`schema_of` and
    :func:`ranges_of`: an NPS score lies between 0 and 10, an amount is not negative). The
    result has exactly the schema's columns, in the schema's order and spelling; other columns
    in the file are dropped.

    What is accepted:

    * files: ``.csv``, ``.txt`` and ``.tsv`` separated by semicolons, commas or tabs (detected
      from the header row), encoded as UTF-8 (with or without BOM), UTF-16 (Excel's
      "Unicode-tekst", with or without BOM) or Windows-1252 (Excel on Windows); ``.xlsx``
      workbooks (the first sheet, or ``sheet=`` by name or by position counting from 0); empty
      lines above the header row are skipped (row numbers stay those Excel shows);
    * headers: matched ignoring case and surrounding spaces;
    * numbers: ``12,5``, ``1.234,56``, ``12.5``, ``1,234.56``, ``1200``, surrounding spaces, a
      leading ``€`` and a minus sign. The decimal separator is decided per column: when any cell
      of a column has a decimal comma, dots in that column are thousands separators (so
      ``1.234`` means 1234); in a semicolon file (Dutch Excel) a column whose numbers all fit
      the Dutch notation is read the Dutch way (``12.500`` is twelve thousand five hundred);
      otherwise a dot is the decimal point. A trailing ``%`` divides by 100: ``35%`` becomes the
      fraction 0.35, as everywhere in salesbook;
    * dates: ``2024-03-31``, ``31-03-2024`` and ``31/03/2024`` (day before month), optionally
      followed by a time; Excel date cells as they are;
    * surrounding spaces of text are removed; completely empty rows are skipped.

    What is refused rather than guessed: a number that could mean two things — ``1.234`` in a
    semicolon file whose column also holds ``12.5`` (is it 1234 or 1.234?), or an Excel *text*
    cell ``12.500`` (Excel stores real numbers as numbers; as text it may be 12500 or 12.5) —
    a whole number too large to hold exactly (``1e30``), and a value outside the schema's range.

    Every problem raises one :class:`SalesbookError` that lists up to five bad cells by file,
    row number as Excel shows it (the header is row 1) and column. Empty cells are problems
    too: a model cannot compute with a missing value. The file is only read, never changed, and
    nothing is returned half-loaded.

    Speed: the columns are converted as whole arrays (pandas' own CSV reader and vectorised
    string operations), so a file of a million rows takes about as long as ``pandas.read_csv``;
    the row and column of a problem are only looked up when there is one.

    >>> import tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> file = Path(folder.name) / "klanten.csv"
    >>> _ = file.write_text(" Klant ;Omzet;Marge;Orders\n"
    ...                     "Jansen BV;€ 1.234,56;35%;12\n"
    ...                     "De Vries;980;12,5%;3\n", encoding="utf-8")
    >>> df = read_table(file, {"klant": "tekst", "omzet": "getal", "marge": "getal", "orders": "geheel"})
    >>> df
           klant    omzet  marge  orders
    0  Jansen BV  1234.56  0.350      12
    1   De Vries   980.00  0.125       3
    >>> _ = file.write_text("klant;omzet\nJansen BV;n.v.t.\n", encoding="utf-8")
    >>> read_table(file, {"klant": "tekst", "omzet": "getal"})
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: klanten.csv, rij 2, kolom 'omzet': 'n.v.t.' is geen getal
    >>> _ = file.write_text("klant;omzet\nJansen BV;1.234\nDe Vries;12.5\n", encoding="utf-8")
    >>> read_table(file, {"klant": "tekst", "omzet": "getal"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: klanten.csv, rij 2, kolom 'omzet': '1.234' is dubbelzinnig: bedoel je 1234 of 1,234? ...
    >>> folder.cleanup()
    """
    file = _check_path(path)
    columns, ranges = _check_schema(schema)
    if file.suffix.lower() in _EXCEL_SUFFIXES:
        raw, source = _read_excel_cells(file, sheet)
        return _typed_table(raw, columns, ranges, source, convention=None)
    if sheet is not None:
        raise SalesbookError(f"{file.name}: sheet= kan alleen bij een Excel-bestand (.xlsx)")
    text, sep, offset = _prepare_text(_decode(_read_bytes(file), file.name), file.name)
    convention = "dutch" if sep == ";" else "point"  # semicolons: Excel's Dutch CSV
    fast = _fast_text_table(text, sep, columns, ranges, file.name, convention)
    if fast is not None:
        return fast
    raw = _read_text_cells(text, sep, file.name)
    return _typed_table(raw, columns, ranges, file.name, convention=convention, offset=offset)


def _padded(text: str, sep: str) -> bool:
    """Whether some cell of a delimited text may have spaces around it (or quotes hide them):
    one scan of the whole text instead of stripping every cell."""
    if '"' in text:
        return True
    if text.isascii():  # cheap: single characters are found with memchr
        if any(c in text for c in "\x0b\x0c\x1c\x1d\x1e\x1f"):
            return True
    elif _RARE_SPACE.search(text):
        return True
    for space in (" ", "\t"):
        if space == sep or space not in text:
            continue
        if text.startswith(space) or text.endswith(space) or any(
            pair in text for pair in (sep + space, space + sep, "\n" + space, space + "\n", space + "\r")
        ):
            return True
    return False


#: Whitespace that str.strip removes, other than space, tab and line breaks.
_RARE_SPACE = re.compile("[\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def _typed_table(raw: pd.DataFrame, columns: dict[str, str], ranges: dict[str, tuple], source: str, *,
                 convention: str | None, offset: int = 0) -> pd.DataFrame:
    """The checked table from all cells of a sheet or file (row i is Excel row i + 1 + offset)."""
    raw = raw[~_blank_rows(raw)]  # keep the index: index + 1 is the Excel row
    if raw.empty:
        raise SalesbookError(f"{source} is leeg")
    positions = _match_headers(list(raw.iloc[0]), columns, source)
    body = raw.iloc[1:]
    if body.empty:
        raise SalesbookError(f"{source} bevat alleen een kopregel en geen gegevens")

    problems: list[tuple[int, int, str]] = []  # (excel row, schema position, message), the first few per column
    count = 0
    result = {}
    for order, (col, kind) in enumerate(columns.items()):
        cells = body.iloc[:, positions[col]]
        values, codes = _convert(kind, cells, convention, ranges.get(col))
        result[col] = values
        bad = np.flatnonzero(codes)
        count += len(bad)
        problems += [(int(cells.index[i]) + 1 + offset, order,
                      f"kolom '{col}': {_reason(int(codes[i]), cells.iloc[i], ranges.get(col))}")
                     for i in bad[:_MAX_PROBLEMS]]
    if count:
        raise SalesbookError(_problem_report(source, problems, count))
    return pd.DataFrame({col: _as_dtype(result[col], kind) for col, kind in columns.items()})


def _fast_text_table(text: str, sep: str, columns: dict[str, str], ranges: dict[str, tuple], name: str,
                     convention: str) -> pd.DataFrame | None:
    """The table straight from pandas' CSV reader when every cell is fine, else None.

    The happy path of :func:`read_table`: pandas parses numbers with the file's decimal
    separator, the other columns are converted as whole arrays, and every check runs on whole
    arrays. At the first sign of trouble it gives up (None) and the careful path, which names
    file, row and column, takes over.
    """
    end = text.find("\n")
    header = next(csv.reader([(text[:end] if end >= 0 else text).rstrip("\r")], delimiter=sep), [])
    try:
        positions = _match_headers(header, columns, name)
    except SalesbookError:
        return None
    wanted = {positions[col]: kind for col, kind in columns.items()}
    try:
        frame = pd.read_csv(
            io.StringIO(text), sep=sep, header=None, skiprows=1, decimal="," if sep == ";" else ".",
            dtype={i: str for i in range(len(header)) if wanted.get(i) not in ("getal", "geheel")},
            keep_default_na=False, na_values=[], skip_blank_lines=True,
            engine="c" if sep in _SEPARATORS else "python",
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError, OverflowError):
        return None
    if frame.empty or frame.shape[1] != len(header):
        return None
    clean = not _padded(text, sep)
    out = {}
    for col, kind in columns.items():
        cells = frame.iloc[:, positions[col]]
        if kind in ("getal", "geheel") and _plain_numbers(cells):
            values = cells.to_numpy(dtype=float)
            codes = _number_codes(values, kind == "geheel", ranges.get(col))
        else:
            values, codes = _convert(kind, cells, convention, ranges.get(col), clean)
        if codes.any():
            return None
        out[col] = _as_dtype(values, kind)
    return pd.DataFrame(out)



# --- arguments ---------------------------------------------------------------------------------


def _check_path(path: object) -> Path:
    if not isinstance(path, (str, os.PathLike)):
        raise SalesbookError(f"path moet een bestandsnaam zijn, als tekst of Path (kreeg {type(path).__name__})")
    file = Path(path)
    if file.is_dir():
        raise SalesbookError(f"'{path}' is een map, geen bestand; geef het pad naar een .csv- of .xlsx-bestand")
    if not file.exists():
        where = "" if file.is_absolute() else f" (gezocht vanuit de map {Path.cwd()})"
        raise SalesbookError(f"het bestand '{path}' bestaat niet{where}")
    suffix = file.suffix.lower()
    if suffix not in _TEXT_SUFFIXES + _EXCEL_SUFFIXES:
        kind = f"bestandstype '{file.suffix}'" if suffix else "een bestand zonder extensie"
        hint = "; sla het in Excel op als Excel-werkmap (.xlsx)" if suffix == ".xls" else ""
        raise SalesbookError(
            f"{file.name}: {kind} wordt niet ondersteund; gebruik een .csv-, .txt-, .tsv- of .xlsx-bestand{hint}"
        )
    return file


def _check_schema(schema: object) -> tuple[dict[str, str], dict[str, tuple[float | None, float | None]]]:
    """The column types of a schema and the ranges it declares: ({column: type}, {column: (low, high)})."""
    if isinstance(schema, str):
        return schema_of(schema), ranges_of(schema)
    if not isinstance(schema, Mapping):
        raise SalesbookError(
            "schema moet een dict {kolomnaam: type} of de naam van een dataset zijn "
            f"(kreeg {type(schema).__name__})"
        )
    if not schema:
        raise SalesbookError("schema bevat geen kolommen; geef minstens één kolom met zijn type")
    seen: dict[str, str] = {}
    columns: dict[str, str] = {}
    ranges: dict[str, tuple[float | None, float | None]] = {}
    for col, spec in schema.items():
        if not isinstance(col, str) or not col.strip():
            raise SalesbookError(f"schema: een kolomnaam moet niet-lege tekst zijn (kreeg {col!r})")
        kind = spec.get("type") if isinstance(spec, Mapping) else spec
        if kind not in COLUMN_TYPES:
            raise SalesbookError(
                f"schema: kolom '{col}' heeft type {kind!r}; kies uit: {', '.join(COLUMN_TYPES)}"
            )
        if _key(col) in seen:
            raise SalesbookError(
                f"schema: de kolommen '{seen[_key(col)]}' en '{col}' verschillen alleen in hoofdletters of spaties"
            )
        seen[_key(col)] = col
        columns[col] = kind
        if isinstance(spec, Mapping):
            bounds = _bounds(spec, f"schema: kolom '{col}'")
            if bounds != (None, None):
                if kind not in ("getal", "geheel"):
                    raise SalesbookError(f"schema: kolom '{col}' van type {kind} kan geen minimum of maximum hebben")
                ranges[col] = bounds
    return columns, ranges


# --- headers -----------------------------------------------------------------------------------


def _key(header: object) -> str:
    return _text(header).strip().casefold()


def _match_headers(headers: list[object], columns: dict[str, str], source: str) -> dict[str, int]:
    """For every schema column the position of its header; one message for all missing ones."""
    keys = [_key(h) for h in headers]
    positions, missing = {}, []
    for col in columns:
        hits = [i for i, k in enumerate(keys) if k == _key(col)]
        if len(hits) > 1:
            letters = " en ".join(_column_letter(i) for i in hits)
            raise SalesbookError(
                f"kolom '{col}' staat {len(hits)} keer in de kopregel van {source} (kolom {letters}); "
                "geef elke kolom een eigen naam"
            )
        if hits:
            positions[col] = hits[0]
        else:
            missing.append(col)
    if not missing:
        return positions

    used = set(positions.values())
    spare = {keys[i]: _printable(_text(h).strip()) for i, h in enumerate(headers) if i not in used and keys[i]}
    lines = []
    for col in missing:
        line = f"kolom '{col}' ontbreekt in {source}"
        close = difflib.get_close_matches(_key(col), list(spare), n=1, cutoff=0.6)
        if close:
            line += f"; bedoel je '{spare[close[0]]}'?"
        lines.append(line)
    found = ", ".join(f"'{_printable(_text(h).strip())}'" for h in headers if _key(h))
    lines.append(f"de kopregel bevat: {found or 'geen namen'}")
    if not positions:
        lines.append("staat de kopregel met kolomnamen wel in de eerste rij?")
    raise SalesbookError("\n".join(lines))


def _column_letter(position: int) -> str:
    """Excel's name of a column: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _problem_report(source: str, problems: list[tuple[int, int, str]], count: int) -> str:
    """One line per problem, in the order of the file, at most five; then how many more."""
    problems = sorted(problems)
    lines = [f"{source}, rij {row}, {message}" for row, _, message in problems[:_MAX_PROBLEMS]]
    more = count - min(_MAX_PROBLEMS, len(problems))
    if more > 0:
        lines.append(f"… en nog {more} {'ander probleem' if more == 1 else 'andere problemen'}")
    return "\n".join(lines)
