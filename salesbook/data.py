"""The case data sets and their data dictionary, and reading a user's own table.

* :func:`list_datasets` — the data sets in ``data/`` with title and source;
* :func:`describe_dataset` — the columns of one data set: type, unit and meaning;
* :func:`load_dataset` — one data set as a DataFrame, checked against its dictionary;
* :func:`read_table` — a student's or sales manager's own CSV or Excel file, checked against a
  schema, with a Dutch message naming file, row and column for every problem.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import math
import os
import re
import warnings
import zipfile
from collections.abc import Mapping
from functools import lru_cache
from numbers import Real
from pathlib import Path

import numpy as np
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


# ---------------------------------------------------------------------------------------------
# read_table: a user's own CSV or Excel file
# ---------------------------------------------------------------------------------------------

_TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
_EXCEL_SUFFIXES = (".xlsx", ".xlsm")
_SEPARATORS = {";": "puntkomma", "\t": "tab", ",": "komma"}  # in order of preference on a tie
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


# --- reading the cells ---------------------------------------------------------------------------


def _prepare_text(text: str, name: str) -> tuple[str, str, int]:
    """The text from its header row on, its separator, and how many lines came before the header.

    Excel's "sep=;" line (Excel hides it, so it is no row) is dropped; empty lines above the
    header are dropped too, but counted, so that row numbers stay those Excel shows.
    """
    end = text.find("\n")
    declared = re.fullmatch(r"\s*sep=(.)\s*", text[:end] if end >= 0 else text)
    if declared:
        text = text[end + 1:] if end >= 0 else ""
    if not text.strip():
        raise SalesbookError(f"{name} is leeg")
    blank = re.match(r"(?:[ \t\r]*\n)*", text).group(0)
    text = text[len(blank):]
    sep = declared.group(1) if declared else _detect_separator(text)
    return text, sep, blank.count("\n")


def _read_text_cells(text: str, sep: str, name: str) -> pd.DataFrame:
    """All cells of a delimited text (from its header row on) as strings; row i is line i + 1."""
    try:
        return pd.read_csv(
            io.StringIO(text), sep=sep, header=None, dtype=str, keep_default_na=False,
            skip_blank_lines=False, engine="python" if sep not in _SEPARATORS else "c",
        )
    except pd.errors.ParserError as exc:
        raise SalesbookError(_parser_message(name, sep, str(exc))) from None
    except pd.errors.EmptyDataError:
        raise SalesbookError(f"{name} is leeg") from None


def _read_bytes(file: Path) -> bytes:
    try:
        return file.read_bytes()
    except PermissionError:
        raise SalesbookError(
            f"{file.name} kan niet worden gelezen: geen toegang, of het is geopend in een ander programma"
        ) from None


_UNREADABLE = "de tekens in dit bestand zijn niet te lezen; sla het in Excel op als 'CSV UTF-8'"


def _decode(data: bytes, name: str) -> str:
    """The text of a file: UTF-16 with or without BOM (recognised by its zero bytes), UTF-8 or
    Windows-1252. A file with zero bytes that is not UTF-16 is no text file: refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode-tekst"
        text = _try_decode(data, "utf-16")
    elif b"\x00" in data:
        # ASCII text in UTF-16 has a zero byte in every other position: after it (LE) or before (BE)
        sample = data[:4096]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) / 2
        encoding = ("utf-16-le" if even == 0 and odd >= 0.3 * half else
                    "utf-16-be" if odd == 0 and even >= 0.3 * half else None)
        text = _try_decode(data, encoding) if encoding else None
    else:
        text = _try_decode(data, "utf-8-sig")
        if text is None:
            text = _try_decode(data, "cp1252")
    if text is None or "\x00" in text:
        raise SalesbookError(f"{name}: {_UNREADABLE}")
    return text


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _detect_separator(text: str) -> str:
    """The separator that splits the header row into the most fields (; before tab before ,)."""
    header = next(line for line in text[:100_000].splitlines() if line.strip())
    fields = {sep: len(next(csv.reader([header], delimiter=sep))) for sep in _SEPARATORS}
    best = max(fields, key=fields.get)
    if fields[best] > 1:
        return best
    return min(_SEPARATORS, key=text.count)  # one column: a separator that splits nothing


def _parser_message(name: str, sep: str, detail: str) -> str:
    message = f"{name} is niet als tabel te lezen (scheidingsteken: {_SEPARATORS.get(sep, repr(sep))})"
    ragged = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", detail)
    if ragged:
        expected, row, saw = ragged.groups()
        message = f"{name}, rij {row}: {saw} waarden, maar de kopregel heeft {expected} kolommen"
    elif line := re.search(r"line (\d+)", detail):
        message += f"; het probleem zit rond rij {line.group(1)}"
    if sep == ",":
        message += "; staan er komma's in getallen of tekst zonder aanhalingstekens eromheen?"
    return message


def _read_excel_cells(file: Path, sheet: str | int | None) -> tuple[pd.DataFrame, str]:
    """All cells of one worksheet as Python values, without a header, and how to name it."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # openpyxl on styles and extensions
            with pd.ExcelFile(file, engine="openpyxl") as book:
                names = book.sheet_names
                name = _sheet_name(file.name, names, sheet)
                raw = pd.read_excel(book, sheet_name=name, header=None, dtype=object)
    except (zipfile.BadZipFile, KeyError):  # not a zip, or a zip without a workbook
        raise SalesbookError(f"{file.name} is geen geldig Excel-bestand (.xlsx)") from None
    except PermissionError:
        raise SalesbookError(
            f"{file.name} kan niet worden gelezen: geen toegang, of het is geopend in een ander programma"
        ) from None
    source = file.name if len(names) == 1 else f"{file.name} (werkblad '{name}')"
    return raw, source


def _sheet_name(file_name: str, names: list[str], sheet: str | int | None) -> str:
    choices = ", ".join(f"'{n}'" for n in names)
    if sheet is None:
        return names[0]
    if isinstance(sheet, int) and not isinstance(sheet, bool):
        if 0 <= sheet < len(names):
            return names[sheet]
        raise SalesbookError(
            f"{file_name} heeft {len(names)} {'werkblad' if len(names) == 1 else 'werkbladen'}, "
            f"dus sheet={sheet} bestaat niet (tel vanaf 0); kies uit: {choices}"
        )
    if sheet in names:
        return sheet
    raise SalesbookError(f"{file_name} heeft geen werkblad {sheet!r}; kies uit: {choices}")


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


# --- cells ---------------------------------------------------------------------------------------
#
# Every converter takes one column of cells (a Series) and returns the typed values and an
# array of problem codes (0 = fine), both computed on whole arrays. Only the cells with a code
# are later turned into a message, one by one (see _reason): the happy path has no Python loop
# over cells.

_EMPTY = "de cel is leeg; vul een waarde in of laat de rij weg"
_NUMBER_TEXT = r"^([-+]?)\s*(?:€\s*)?([-+]?)([\d.,]+(?:[eE][-+]?\d+)?)\s*(%?)$"
_DUTCH_NUMBER = r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:[eE][-+]?\d+)?"
_POINT_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?"
_GROUPED = r"\d{1,3}(?:\.\d{3})+"  # 1.234 or 12.500: thousands the Dutch way, or three decimals?
_TIME = r"(?:(?:\s+|T)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
_DATES = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _TIME),
    re.compile(r"(?P<d>\d{1,2})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})" + _TIME),
)
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y")  # tried on whole columns before cell by cell
#: The largest whole number a float holds exactly; a larger one in a 'geheel' column is refused.
_MAX_WHOLE = 2**53

OK, EMPTY, NOT_NUMBER, NOT_POINT_NUMBER, AMBIGUOUS_FILE, AMBIGUOUS_TEXT, NOT_WHOLE, TOO_BIG, NOT_DATE, BELOW, ABOVE = range(11)


def _text(value: object) -> str:
    """A cell as the user would read it: numbers without a needless '.0', dates as YYYY-MM-DD."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "WAAR" if value else "ONWAAR"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    return str(value)


def _is_blank(value: object) -> bool:
    return not _text(value).strip()


def _printable(text: str) -> str:
    """Text fit for a message: control characters (such as zero bytes) shown as '?'."""
    return "".join(c if c.isprintable() else "?" for c in text)


def _shown(value: object) -> str:
    text = _printable(_text(value).strip())
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


def _is_string_column(cells: pd.Series) -> bool:
    return pd.api.types.is_string_dtype(cells.dtype) and cells.dtype != object


def _texts(cells: pd.Series, clean: bool = False) -> pd.Series:
    """Every cell as stripped text ('' for an empty cell), as a string Series. ``clean`` says
    that no cell has spaces around it (the file was checked as a whole), so none is stripped."""
    if _is_string_column(cells):
        cells = cells.fillna("") if cells.hasnans else cells
        return cells if clean else cells.str.strip()
    return cells.map(_text).astype(str).str.strip()


def _blank_rows(raw: pd.DataFrame) -> np.ndarray:
    blank = np.ones(len(raw), dtype=bool)
    for i in range(raw.shape[1]):
        blank &= (_texts(raw.iloc[:, i]) == "").to_numpy()
    return blank


def _plain_numbers(cells: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(cells.dtype) and not pd.api.types.is_bool_dtype(cells.dtype)


def _number_codes(values: np.ndarray, whole: bool, bounds: tuple | None, codes: np.ndarray | None = None) -> np.ndarray:
    """Codes for numbers already parsed (NaN = not a number): whole, size and range checks."""
    codes = np.zeros(len(values), dtype=np.int8) if codes is None else codes
    finite = np.isfinite(values)
    free = codes == OK
    codes[free & ~finite] = NOT_NUMBER
    if whole:
        with np.errstate(invalid="ignore"):
            codes[free & finite & (values != np.floor(values))] = NOT_WHOLE
            codes[(codes == OK) & finite & (np.abs(values) >= _MAX_WHOLE)] = TOO_BIG
    if bounds:
        low, high = bounds
        with np.errstate(invalid="ignore"):
            if low is not None:
                codes[(codes == OK) & (values < low)] = BELOW
            if high is not None:
                codes[(codes == OK) & (values > high)] = ABOVE
    return codes


def _to_numbers(cells: pd.Series, whole: bool, convention: str | None, bounds: tuple | None) -> tuple[np.ndarray, np.ndarray]:
    """Numbers of one column. Decimal comma or point is decided per column: a decimal comma
    anywhere makes the column Dutch; in a semicolon file (``convention="dutch"``) a column is
    Dutch too when all its numbers fit the Dutch notation. Where the column is read with a
    decimal point, a number that looks like Dutch thousands (1.234) is refused as ambiguous in
    a semicolon file, and so is an Excel text cell (``convention=None``) such as '12.500'."""
    n = len(cells)
    values = np.full(n, np.nan)
    codes = np.zeros(n, dtype=np.int8)
    text = _texts(cells)
    empty = (text == "").to_numpy()
    codes[empty] = EMPTY
    if _is_string_column(cells):
        is_str = ~empty
    else:  # Excel: numbers as numbers, text as text, anything else (a date, WAAR) is no number
        kinds = cells.map(lambda v: 1 if isinstance(v, str) else 2 if isinstance(v, Real) and not isinstance(v, bool) else 0)
        kinds = kinds.to_numpy()
        is_num = (kinds == 2) & ~empty
        values[is_num] = cells[is_num].astype(float).to_numpy()
        codes[~empty & (kinds == 0)] = NOT_NUMBER
        is_str = (kinds == 1) & ~empty
    if is_str.any():
        strs = text[is_str]
        parts = strs.str.extract(_NUMBER_TEXT)
        signs = parts[0].fillna("") + parts[1].fillna("")
        shaped = (parts[2].notna() & (signs.str.len() <= 1)).to_numpy()
        digits = parts[2].fillna("")
        comma_decimal = (digits.str.rfind(",") > digits.str.rfind(".")).to_numpy() & shaped
        dutch_ok = digits.str.fullmatch(_DUTCH_NUMBER).to_numpy(dtype=bool) & shaped
        point_ok = digits.str.fullmatch(_POINT_NUMBER).to_numpy(dtype=bool) & shaped
        grouped = digits.str.fullmatch(_GROUPED).to_numpy(dtype=bool) & shaped
        dutch = bool(comma_decimal.any())
        ambiguous, why = np.zeros(len(strs), dtype=bool), OK
        if not dutch and convention == "dutch":
            dutch = bool(dutch_ok[shaped].all())
            ambiguous, why = (grouped, AMBIGUOUS_FILE) if not dutch else (ambiguous, OK)
        elif not dutch and convention is None:
            ambiguous, why = grouped, AMBIGUOUS_TEXT
        ok = dutch_ok if dutch else point_ok
        plain = (digits.str.replace(".", "", regex=False).str.replace(",", ".", regex=False) if dutch
                 else digits.str.replace(",", "", regex=False))
        parsed = pd.to_numeric(plain.where(ok, "nan"), errors="coerce").to_numpy(dtype=float)
        parsed = np.where(signs.str.contains("-", regex=False).to_numpy(), -parsed, parsed)
        parsed = np.where((parts[3] == "%").to_numpy(), parsed / 100, parsed)
        sub = np.zeros(len(strs), dtype=np.int8)
        sub[~ok] = NOT_POINT_NUMBER if dutch else NOT_NUMBER
        if dutch:
            sub[~ok & ~point_ok] = NOT_NUMBER
        sub[(sub == OK) & ambiguous] = why
        with np.errstate(invalid="ignore", over="ignore"):
            sub[(sub == OK) & ~np.isfinite(parsed)] = NOT_NUMBER
        values[is_str] = parsed
        codes[is_str] = sub
    return values, _number_codes(values, whole, bounds, codes)


def _date(text: str) -> dt.datetime | None:
    for pattern in _DATES:
        found = pattern.fullmatch(text.strip())
        if found:
            parts = found.groupdict()
            try:
                return dt.datetime(*(int(parts[k]) for k in "ymd"),
                                   *(int(parts[k] or 0) for k in "HMS"))
            except ValueError:  # e.g. 31-02-2024
                return None
    return None


def _to_dates(cells: pd.Series, clean: bool = False) -> tuple[pd.Series, np.ndarray]:
    """Dates of one column: whole-column parsing in the usual formats, then cell by cell for the
    rest (times, Excel date cells)."""
    text = _texts(cells, clean)
    empty = (text == "").to_numpy()
    if _is_string_column(cells):
        is_str = ~empty
        values = pd.to_datetime(text, format=_DATE_FORMATS[0], errors="coerce").astype("datetime64[us]")
        is_str &= values.isna().to_numpy()  # what the first format did not read
    else:
        values = pd.Series(pd.NaT, index=cells.index, dtype="datetime64[us]")
        is_str = cells.map(lambda v: isinstance(v, str)).to_numpy() & ~empty
        stamps = cells.map(lambda v: pd.Timestamp(v) if isinstance(v, (dt.datetime, dt.date)) else pd.NaT)
        values[:] = pd.to_datetime(stamps).astype("datetime64[us]")
    todo = is_str.copy()
    for fmt in _DATE_FORMATS:
        if not todo.any():
            break
        parsed = pd.to_datetime(text[todo], format=fmt, errors="coerce")
        values[todo] = parsed.astype("datetime64[us]").to_numpy()
        todo &= values.isna().to_numpy()
    if todo.any():  # times and other rare shapes: cell by cell
        values[todo] = pd.to_datetime(text[todo].map(_date).astype(object)).astype("datetime64[us]").to_numpy()
    codes = np.zeros(len(cells), dtype=np.int8)
    codes[values.isna().to_numpy()] = NOT_DATE
    codes[empty] = EMPTY
    return values, codes


def _convert(kind: str, cells: pd.Series, convention: str | None, bounds: tuple | None,
             clean: bool = False) -> tuple[object, np.ndarray]:
    """Typed values of one column and a problem code per cell (0 where the cell is fine)."""
    if kind == "tekst":
        text = _texts(cells, clean)
        return text, np.where((text == "").to_numpy(), EMPTY, OK).astype(np.int8)
    if kind == "datum":
        return _to_dates(cells, clean)
    return _to_numbers(cells, kind == "geheel", convention, bounds)


def _reason(code: int, cell: object, bounds: tuple | None) -> str:
    """The message for one bad cell."""
    shown = _shown(cell)
    if code == EMPTY:
        return _EMPTY
    if code == NOT_NUMBER:
        return f"{shown} is geen getal"
    if code == NOT_POINT_NUMBER:
        return f"{shown} is geen getal (in deze kolom staan ook getallen met een decimale komma)"
    if code in (AMBIGUOUS_FILE, AMBIGUOUS_TEXT):
        typed = _text(cell).strip().lstrip("+-€ ").rstrip("% ")
        options = f"{typed.replace('.', '')} of {typed.replace('.', ',')}"
        if code == AMBIGUOUS_FILE:
            return (f"{shown} is dubbelzinnig: bedoel je {options}? In deze kolom staan ook getallen met een "
                    "decimale punt (zoals 12.5); schrijf duizendtallen zonder punt en decimalen met een komma")
        return (f"{shown} is tekst in Excel en dubbelzinnig: bedoel je {options}? Maak er een getalcel van, "
                "of schrijf duizendtallen zonder punt en decimalen met een komma")
    if code == NOT_WHOLE:
        return f"{shown} is geen geheel getal"
    if code == TOO_BIG:
        return f"{shown} is te groot voor een geheel getal (hoogstens {_MAX_WHOLE - 1:,})".replace(",", ".")
    if code == NOT_DATE:
        return f"{shown} is geen datum (schrijf bijvoorbeeld 2024-03-31 of 31-03-2024)"
    low, high = bounds or (None, None)
    allowed = (f"tussen {low:g} en {high:g}" if low is not None and high is not None
               else f"minstens {low:g}" if low is not None else f"hoogstens {high:g}")
    return f"{shown} ligt buiten het toegestane bereik: de waarde moet {allowed} zijn"


def _as_dtype(values: object, kind: str) -> pd.Series:
    array = values.to_numpy() if isinstance(values, pd.Series) else values
    if kind == "tekst":
        return pd.Series(array, dtype="string")
    if kind == "getal":
        return pd.Series(array, dtype="float64")
    if kind == "geheel":
        return pd.Series(np.asarray(array, dtype=float).astype("int64"), dtype="int64")
    return pd.Series(array)


def _problem_report(source: str, problems: list[tuple[int, int, str]], count: int) -> str:
    """One line per problem, in the order of the file, at most five; then how many more."""
    problems = sorted(problems)
    lines = [f"{source}, rij {row}, {message}" for row, _, message in problems[:_MAX_PROBLEMS]]
    more = count - min(_MAX_PROBLEMS, len(problems))
    if more > 0:
        lines.append(f"… en nog {more} {'ander probleem' if more == 1 else 'andere problemen'}")
    return "\n".join(lines)
