"""Converting one column of cells: text, Dutch and English numbers, dates; a message per bad cell.

Part of :func:`salesbook.data.read_table` (and the range check of
:func:`salesbook.data.load_dataset`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from numbers import Real

import numpy as np
import pandas as pd

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

