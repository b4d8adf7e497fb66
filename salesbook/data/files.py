"""From a user's file to its raw cells: bytes, text encodings, the separator, Excel sheets.

Part of :func:`salesbook.data.read_table`: a text file is decoded (UTF-8, UTF-16 or
Windows-1252) and its separator sniffed from the header row; a workbook gives the cells of one
sheet. Nothing here converts a cell: that is :mod:`salesbook.data.cells`.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from pathlib import Path

import pandas as pd

from salesbook.errors import SalesbookError

_SEPARATORS = {";": "puntkomma", "\t": "tab", ",": "komma"}  # in order of preference on a tie

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

