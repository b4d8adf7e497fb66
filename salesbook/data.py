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


# ---------------------------------------------------------------------------------------------
# read_table: a user's own CSV or Excel file
# ---------------------------------------------------------------------------------------------

_TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
_EXCEL_SUFFIXES = (".xlsx", ".xlsm")
_SEPARATORS = {";": "puntkomma", "\t": "tab", ",": "komma"}  # in order of preference on a tie
_MAX_PROBLEMS = 5


def read_table(
    path: str | os.PathLike[str],
    schema: str | Mapping[str, str],
    *,
    sheet: str | int | None = None,
) -> pd.DataFrame:
    r"""Read your own CSV or Excel file (e.g. a CRM export) as a table with checked column types.

    ``schema`` maps every column you need to one of the types in :data:`COLUMN_TYPES`:
    ``"tekst"`` (pandas ``string``), ``"getal"`` (float64), ``"geheel"`` (int64, whole numbers
    only) or ``"datum"`` (datetime64); or it is the name of a case data set, whose columns are
    then required (see :func:`schema_of`). The result has exactly the schema's columns, in the
    schema's order and spelling; other columns in the file are dropped.

    What is accepted:

    * files: ``.csv``, ``.txt`` and ``.tsv`` separated by semicolons, commas or tabs (detected
      from the header row), encoded as UTF-8 (with or without BOM), UTF-16 with BOM or
      Windows-1252 (Excel on Windows); ``.xlsx`` workbooks (the first sheet, or ``sheet=`` by
      name or by position counting from 0);
    * headers: matched ignoring case and surrounding spaces;
    * numbers: ``12,5``, ``1.234,56``, ``12.5``, ``1,234.56``, ``1200``, surrounding spaces, a
      leading ``€`` and a minus sign. The decimal separator is decided per column: when any cell
      of a column has a decimal comma, dots in that column are thousands separators (so
      ``1.234`` means 1234); otherwise a dot is the decimal point. A trailing ``%`` divides
      by 100: ``35%`` becomes the fraction 0.35, as everywhere in salesbook;
    * dates: ``2024-03-31``, ``31-03-2024`` and ``31/03/2024`` (day before month), optionally
      followed by a time; Excel date cells as they are;
    * surrounding spaces of text are removed; completely empty rows are skipped.

    Every other problem raises one :class:`SalesbookError` that lists up to five bad cells by
    file, row number as Excel shows it (the header is row 1) and column. Empty cells are
    problems too: a model cannot compute with a missing value. The file is only read, never
    changed, and nothing is returned half-loaded.

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
    >>> folder.cleanup()
    """
    file = _check_path(path)
    columns = _check_schema(schema)
    dutch_file = False  # semicolon-separated: Excel's Dutch CSV, so 12.500 means twelve thousand five hundred
    if file.suffix.lower() in _EXCEL_SUFFIXES:
        raw, source = _read_excel_cells(file, sheet)
    elif sheet is not None:
        raise SalesbookError(f"{file.name}: sheet= kan alleen bij een Excel-bestand (.xlsx)")
    else:
        raw, sep = _read_text_cells(file)
        source, dutch_file = file.name, sep == ";"
    raw = raw[~raw.map(_is_blank).all(axis=1)]  # keep the index: index + 1 is the Excel row
    if raw.empty:
        raise SalesbookError(f"{source} is leeg")
    positions = _match_headers(list(raw.iloc[0]), columns, source)
    body = raw.iloc[1:]
    if body.empty:
        raise SalesbookError(f"{source} bevat alleen een kopregel en geen gegevens")

    problems: list[tuple[int, int, str]] = []  # (excel row, schema position, message)
    result = {}
    for order, (col, kind) in enumerate(columns.items()):
        cells = body.iloc[:, positions[col]]
        values, bad = _convert(kind, list(cells), dutch_file)
        result[col] = values
        problems += [(int(cells.index[i]) + 1, order, f"kolom '{col}': {why}") for i, why in bad]
    if problems:
        raise SalesbookError(_problem_report(source, problems))
    return pd.DataFrame({col: _as_dtype(result[col], kind) for col, kind in columns.items()})


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


def _check_schema(schema: object) -> dict[str, str]:
    if isinstance(schema, str):
        return schema_of(schema)
    if not isinstance(schema, Mapping):
        raise SalesbookError(
            "schema moet een dict {kolomnaam: type} of de naam van een dataset zijn "
            f"(kreeg {type(schema).__name__})"
        )
    if not schema:
        raise SalesbookError("schema bevat geen kolommen; geef minstens één kolom met zijn type")
    seen: dict[str, str] = {}
    for col, kind in schema.items():
        if not isinstance(col, str) or not col.strip():
            raise SalesbookError(f"schema: een kolomnaam moet niet-lege tekst zijn (kreeg {col!r})")
        if kind not in COLUMN_TYPES:
            raise SalesbookError(
                f"schema: kolom '{col}' heeft type {kind!r}; kies uit: {', '.join(COLUMN_TYPES)}"
            )
        if _key(col) in seen:
            raise SalesbookError(
                f"schema: de kolommen '{seen[_key(col)]}' en '{col}' verschillen alleen in hoofdletters of spaties"
            )
        seen[_key(col)] = col
    return dict(schema)


# --- reading the cells ---------------------------------------------------------------------------


def _read_text_cells(file: Path) -> tuple[pd.DataFrame, str]:
    """All cells of a delimited text file as strings (row i is Excel row i + 1), and the separator."""
    text = _decode(_read_bytes(file), file.name)
    first_line, _, rest = text.partition("\n")
    declared = re.fullmatch(r"\s*sep=(.)\s*", first_line)  # Excel's "sep=;" line (hidden by Excel)
    if declared:
        text = rest
    if not text.strip():
        raise SalesbookError(f"{file.name} is leeg")
    sep = declared.group(1) if declared else _detect_separator(text)
    try:
        cells = pd.read_csv(
            io.StringIO(text), sep=sep, header=None, dtype=str, keep_default_na=False,
            skip_blank_lines=False, engine="python" if sep not in _SEPARATORS else "c",
        ).astype(object)
        return cells, sep
    except pd.errors.ParserError as exc:
        raise SalesbookError(_parser_message(file.name, sep, str(exc))) from None


def _read_bytes(file: Path) -> bytes:
    try:
        return file.read_bytes()
    except PermissionError:
        raise SalesbookError(
            f"{file.name} kan niet worden gelezen: geen toegang, of het is geopend in een ander programma"
        ) from None


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode-tekst"
        return data.decode("utf-16")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SalesbookError(
        f"{name}: de tekens in dit bestand zijn niet te lezen; sla het in Excel op als 'CSV UTF-8'"
    )


def _detect_separator(text: str) -> str:
    """The separator that splits the header row into the most fields (; before tab before ,)."""
    header = next(line for line in text.splitlines() if line.strip())
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
    spare = {keys[i]: _text(h).strip() for i, h in enumerate(headers) if i not in used and keys[i]}
    lines = []
    for col in missing:
        line = f"kolom '{col}' ontbreekt in {source}"
        close = difflib.get_close_matches(_key(col), list(spare), n=1, cutoff=0.6)
        if close:
            line += f"; bedoel je '{spare[close[0]]}'?"
        lines.append(line)
    found = ", ".join(f"'{_text(h).strip()}'" for h in headers if _key(h))
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

_EMPTY = "de cel is leeg; vul een waarde in of laat de rij weg"
_NUMBER_TEXT = re.compile(r"([-+]?)\s*(?:€\s*)?([-+]?)([\d.,]+(?:[eE][-+]?\d+)?)\s*(%?)")
_DUTCH_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:[eE][-+]?\d+)?")
_POINT_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_TIME = r"(?:(?:\s+|T)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
_DATES = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _TIME),
    re.compile(r"(?P<d>\d{1,2})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})" + _TIME),
)


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


def _shown(value: object) -> str:
    text = _text(value).strip()
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


def _to_text(cells: list[object]) -> tuple[list[object], list[tuple[int, str]]]:
    values = [_text(v).strip() for v in cells]
    return values, [(i, _EMPTY) for i, v in enumerate(values) if not v]


def _split_number(text: str) -> tuple[bool, str, bool] | None:
    """(negative, digits with separators, percent) of a number as typed, or None."""
    parts = _NUMBER_TEXT.fullmatch(text.strip())
    if not parts or len(parts[1] + parts[2]) > 1:
        return None
    return "-" in parts[1] + parts[2], parts[3], parts[4] == "%"


def _has_decimal_comma(digits: str) -> bool:
    return digits.rfind(",") > digits.rfind(".")


def _number(text: str, dutch: bool) -> float | None:
    """A number as typed, with a decimal comma (dots group thousands) or a decimal point."""
    parts = _split_number(text)
    if parts is None:
        return None
    negative, digits, percent = parts
    if dutch:
        if not _DUTCH_NUMBER.fullmatch(digits):
            return None
        value = float(digits.replace(".", "").replace(",", "."))
    else:
        if not _POINT_NUMBER.fullmatch(digits):
            return None
        value = float(digits.replace(",", ""))
    value = -value if negative else value
    return value / 100 if percent else value


def _to_numbers(cells: list[object], whole: bool = False, dutch_file: bool = False) -> tuple[list[object], list[tuple[int, str]]]:
    """Numbers of one column. Decimal comma or point is decided per column: a decimal comma
    anywhere makes the column Dutch; in a semicolon file (Dutch Excel) a column is Dutch too
    unless one of its cells can only be read with a decimal point (such as 12.5)."""
    typed = [_split_number(v) for v in cells if isinstance(v, str) and not _is_blank(v)]
    dutch = any(parts and _has_decimal_comma(parts[1]) for parts in typed)
    if dutch_file and not dutch:
        dutch = all(parts is None or _DUTCH_NUMBER.fullmatch(parts[1]) for parts in typed)
    values: list[object] = []
    bad: list[tuple[int, str]] = []
    for i, cell in enumerate(cells):
        value = None
        if _is_blank(cell):
            bad.append((i, _EMPTY))
        else:
            if isinstance(cell, Real) and not isinstance(cell, bool):
                value = float(cell)
            elif isinstance(cell, str):
                value = _number(cell, dutch)
            if value is None or not math.isfinite(value):
                hint = ""
                if dutch and isinstance(cell, str) and _number(cell, dutch=False) is not None:
                    hint = " (in deze kolom staan ook getallen met een decimale komma)"
                bad.append((i, f"{_shown(cell)} is geen getal{hint}"))
            elif whole and not value.is_integer():
                bad.append((i, f"{_shown(cell)} is geen geheel getal"))
        values.append(value)
    return values, bad


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


def _to_dates(cells: list[object]) -> tuple[list[object], list[tuple[int, str]]]:
    values: list[object] = []
    bad: list[tuple[int, str]] = []
    for i, cell in enumerate(cells):
        value = None
        if _is_blank(cell):
            bad.append((i, _EMPTY))
        else:
            if isinstance(cell, dt.datetime):
                value = cell
            elif isinstance(cell, dt.date):
                value = dt.datetime.combine(cell, dt.time())
            elif isinstance(cell, str):
                value = _date(cell)
            if value is None:
                bad.append((i, f"{_shown(cell)} is geen datum (schrijf bijvoorbeeld 2024-03-31 of 31-03-2024)"))
        values.append(value)
    return values, bad


def _convert(kind: str, cells: list[object], dutch_file: bool) -> tuple[list[object], list[tuple[int, str]]]:
    """Typed values of one column and its bad cells as (position, reason)."""
    if kind == "tekst":
        return _to_text(cells)
    if kind == "datum":
        return _to_dates(cells)
    return _to_numbers(cells, whole=kind == "geheel", dutch_file=dutch_file)


def _as_dtype(values: list[object], kind: str) -> pd.Series:
    if kind == "tekst":
        return pd.Series(values, dtype="string")
    if kind == "getal":
        return pd.Series(values, dtype="float64")
    if kind == "geheel":
        return pd.Series([int(v) for v in values], dtype="int64")
    return pd.Series(pd.to_datetime(values))


def _problem_report(source: str, problems: list[tuple[int, int, str]]) -> str:
    """One line per problem, in the order of the file, at most five; then how many more."""
    problems = sorted(problems)
    lines = [f"{source}, rij {row}, {message}" for row, _, message in problems[:_MAX_PROBLEMS]]
    more = len(problems) - _MAX_PROBLEMS
    if more > 0:
        lines.append(f"… en nog {more} {'ander probleem' if more == 1 else 'andere problemen'}")
    return "\n".join(lines)
