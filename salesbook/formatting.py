"""Dutch number formatting: thousands with a dot, decimals with a comma, euro in front.

Display code (widgets, charts, exercise feedback) formats with these functions; models
return plain floats. :func:`table` shows a DataFrame with each column in its unit, taken from
the data dictionary (``data/dictionary.yaml``, read through :mod:`salesbook.data` when a table is
shown, never at import) or given as a mapping.
"""

from __future__ import annotations

import math
import re


def number(value: float, decimals: int = 0) -> str:
    """A number in Dutch notation.

    >>> number(1234567.891, 2)
    '1.234.567,89'
    >>> number(-0.5, 1)
    '-0,5'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return "0" if text in ("-0", "-0,0", "-0,00") and decimals == 0 else text


def euro(value: float, decimals: int = 0) -> str:
    """An amount in euros, sign before the euro symbol.

    >>> euro(29400000)
    '€ 29.400.000'
    >>> euro(-1234.5, 2)
    '-€ 1.234,50'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    sign = "-" if value < 0 else ""
    return f"{sign}€ {number(abs(value), decimals)}"


def euro_compact(value: float) -> str:
    """An amount in euros, shortened for chart labels: mln for millions, k for thousands; one
    decimal at most, and none when it is 0 (an axis reads € 100k, not € 100,0k).

    >>> euro_compact(29_400_000)
    '€ 29,4 mln'
    >>> euro_compact(2_500)
    '€ 2,5k'
    >>> euro_compact(100_000)
    '€ 100k'
    >>> euro_compact(-3_000_000)
    '-€ 3 mln'
    >>> euro_compact(950)
    '€ 950'
    """
    size = abs(value)
    sign = "-" if value < 0 else ""
    if size >= 1_000_000:
        return f"{sign}€ {_trim_zero(number(size / 1_000_000, 1))} mln"
    if size >= 1_000:
        return f"{sign}€ {_trim_zero(number(size / 1_000, 1))}k"
    return euro(value)


def euro_mln(value: float) -> str:
    """An amount in millions of euros, for a column or a sum of millions: every amount in mln,
    so that € 0,3 mln stands beside € 2,4 mln (``euro_compact`` would write € 300k).

    >>> euro_mln(300_000), euro_mln(2_400_000), euro_mln(-2_900_000)
    ('€ 0,3 mln', '€ 2,4 mln', '-€ 2,9 mln')
    """
    sign = "-" if value < 0 else ""
    return f"{sign}€ {_trim_zero(number(abs(value) / 1_000_000, 1))} mln"


def _trim_zero(text: str) -> str:
    """'100,0' → '100'; '2,5' stays."""
    return text[:-2] if text.endswith(",0") else text


def percent_short(fraction: float, decimals: int = 1) -> str:
    """A percentage without needless decimals: 80% for a whole percentage, else ``decimals``.

    >>> percent_short(0.8), percent_short(0.805)
    ('80%', '80,5%')
    """
    whole = abs(fraction * 100 - round(fraction * 100)) < 1e-9
    return percent(fraction, 0 if whole else decimals)


def tex_number(value: float, decimals: int = 0) -> str:
    """A number in Dutch notation for inside LaTeX: the decimal comma wrapped as ``{,}`` so
    that LaTeX does not put a space after it.

    >>> tex_number(1234.5, 1)
    '1.234{,}5'
    """
    return number(value, decimals).replace(",", "{,}")


def percent(fraction: float, decimals: int = 1) -> str:
    """A fraction shown as a percentage.

    >>> percent(0.047)
    '4,7%'
    >>> percent(0.35, 0)
    '35%'
    """
    if fraction is None or (isinstance(fraction, float) and math.isnan(fraction)):
        return "–"
    return f"{number(fraction * 100, decimals)}%"


UNITS = ("euro", "mln", "duizend", "fractie", "dagen", "aantal", "getal")


def value(amount: float, unit: str) -> str:
    """A value in Dutch notation by its unit: euro, mln (millions of euros), duizend (thousands,
    the unit is in the label), fractie (shown as %), dagen, aantal (one decimal) or getal (whole).

    >>> [value(3_080_000, "euro"), value(84, "mln"), value(0.056, "fractie"), value(151.72, "aantal")]
    ['€ 3.080.000', '€ 84 mln', '5,6%', '151,7']
    >>> value(float("nan"), "fractie")
    '–'
    """
    if amount is None or (isinstance(amount, float) and math.isnan(amount)):
        return "–"
    if unit == "euro":
        return euro(amount)
    if unit == "mln":
        return f"€ {number(amount, 0 if float(amount).is_integer() else 1)} mln"
    if unit == "fractie":
        whole = abs(amount * 100 - round(amount * 100)) < 1e-9
        return percent(amount, 0 if whole else 1)
    if unit == "dagen":
        return f"{number(amount, 0)} dagen"
    if unit == "aantal":
        return number(amount, 1)
    if unit in ("getal", "duizend"):
        return number(amount, 0)
    raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")


# --- units from the data dictionary ------------------------------------------------------------

UNIT_KINDS: dict[str, str | None] = {
    # the ``eenheid`` phrases of data/dictionary.yaml → a unit of :func:`value`; None: as it is
    "euro": "euro",
    "euro per jaar": "euro",
    "euro per m²": "euro",
    "euro per persoon per dag": "euro",
    "euro per medewerker per jaar": "euro",
    "miljoen euro per jaar": "mln",
    "duizend euro per medewerker per jaar": "duizend",
    "fractie": "fractie",
    "fractie van de omzet": "fractie",
    "fractie van de werktijd": "fractie",
    "dagen": "dagen",
    "dagen per jaar": "dagen",
    "aantal": "getal",
    "aantal per jaar": "getal",
    "uren per dag": "getal",
    "uren per jaar": "getal",
    "gemiddeld aantal": "aantal",
    "uren per bezoek": "aantal",
    "fte": "aantal",
    "km": "aantal",
    "punten (−100 tot +100)": "aantal",
    # shown as they are: text, dates, yes/no and scores on a small scale
    "": None,
    "eerste dag van de maand": None,
    "ja/nee": None,
    "punten (0–10)": None,
    "score 1–10": None,
    "score 1–5": None,
    "score 0–5": None,
}


def unit_kind(phrase: str) -> str | None:
    """The unit of :func:`value` for a unit phrase of the data dictionary; None: shown as it is
    (text, dates, scores, and a phrase not in :data:`UNIT_KINDS`).

    >>> unit_kind("miljoen euro per jaar"), unit_kind("fractie van de omzet"), unit_kind("score 1–10")
    ('mln', 'fractie', None)
    """
    return UNIT_KINDS.get(str(phrase or "").strip())


def _dictionary() -> dict:
    """The data dictionary, read by :mod:`salesbook.data` (at call time: formatting itself reads no
    case data when it is imported)."""
    from salesbook import data

    return data.dictionary()


def _entry_units(entry: dict) -> dict[str, str | None]:
    """Column → unit of one data set: its own columns, then the columns its models compute."""
    units = {column: unit_kind(spec.get("eenheid", "")) for column, spec in entry.get("kolommen", {}).items()}
    for columns in (entry.get("berekend") or {}).values():
        for column, phrase in columns.items():
            units.setdefault(column, unit_kind(phrase))
    return units


def dictionary_units(columns=None, *, dataset: str | None = None) -> dict[str, str]:
    """The units the data dictionary gives these columns (all it knows when ``columns`` is None).

    A column gets the unit of ``dataset`` when that data set (or a model result computed from it,
    the dictionary's ``berekend``) has the column; otherwise the unit its name has throughout the
    dictionary. A name with two units in the dictionary (``brutomarge``: a fraction in
    landenvestigingen, euros in transacties) gets none unless ``dataset`` decides. Columns shown
    as they are (text, dates, scores) are left out.

    >>> dictionary_units(["land", "omzet_mln", "brutomarge"], dataset="landenvestigingen")
    {'omzet_mln': 'mln', 'brutomarge': 'fractie'}
    >>> dictionary_units(["omzet_mln", "brutomarge", "klantwinst"])
    {'omzet_mln': 'mln', 'klantwinst': 'euro'}
    """
    entries = _dictionary()
    chosen: dict[str, str | None] = {}
    if dataset is not None:
        from salesbook import validation

        validation.choice(dataset, "dataset", sorted(entries))
        chosen = _entry_units(entries[dataset])
    seen: dict[str, set] = {}
    for entry in entries.values():
        for column, kind in _entry_units(entry).items():
            seen.setdefault(column, set()).add(kind)
    by_name = {column: kinds.pop() for column, kinds in seen.items() if len(kinds) == 1}
    wanted = list(by_name) + [c for c in chosen if c not in by_name] if columns is None else list(columns)
    found = {}
    for column in wanted:
        kind = chosen[column] if column in chosen else by_name.get(column)
        if kind is not None:
            found[column] = kind
    return found


def ambiguous_names() -> dict[str, set]:
    """Column names that have more than one unit in the data dictionary, with those units
    (:func:`dictionary_units` formats them only when the data set is named).

    >>> sorted(ambiguous_names())  # a fraction or euros; head count (leads) or fte (subsidiaries)
    ['brutomarge', 'medewerkers']
    """
    seen: dict[str, set] = {}
    for entry in _dictionary().values():
        for column, kind in _entry_units(entry).items():
            seen.setdefault(column, set()).add(kind)
    return {column: kinds for column, kinds in seen.items() if len(kinds) > 1}


def table(frame, units: dict | None = None, *, dataset: str | None = None, index: str | None = None):
    """A copy of a DataFrame for display, numbers in Dutch notation; only for showing, compute
    with the original.

    Each numeric column whose unit the data dictionary knows is formatted by it (see
    :func:`dictionary_units`: ``dataset`` decides for a name with two meanings); ``units`` maps
    further columns (or overrules the dictionary) to a unit of :func:`value`, such as
    ``{"groei": "fractie"}``. Other columns stay as they are; ``index`` makes that column the index.

    >>> import pandas as pd
    >>> table(pd.DataFrame({"land": ["NL"], "ebit": [4_200_000.0]}), {"ebit": "euro"}, index="land")
                  ebit
    land
    NL     € 4.200.000
    >>> vestiging = pd.DataFrame({"land": ["Nederland"], "omzet_mln": [84.0], "brutomarge": [0.35],
    ...                           "debiteurendagen": [49.0]})
    >>> table(vestiging, dataset="landenvestigingen", index="land")
              omzet_mln brutomarge debiteurendagen
    land
    Nederland  € 84 mln        35%        49 dagen
    """
    from salesbook.errors import SalesbookError

    explicit = dict(units or {})
    missing = [column for column in explicit if column not in frame.columns]
    if missing:
        known = ", ".join(repr(c) for c in frame.columns)
        raise SalesbookError(f"kolom {missing[0]!r} staat niet in de tabel; de kolommen zijn: {known}")
    found = dictionary_units([c for c in frame.columns if c not in explicit and _numeric(frame[c])], dataset=dataset)
    shown = frame.copy()
    for column, unit in (found | explicit).items():
        shown[column] = [value(v, unit) for v in frame[column]]
    return shown.set_index(index) if index else shown


def _numeric(column) -> bool:
    """True for a column of numbers (not yes/no): the ones the dictionary's units may format."""
    from pandas.api.types import is_bool_dtype, is_numeric_dtype

    return is_numeric_dtype(column) and not is_bool_dtype(column)


# --- display formulas --------------------------------------------------------------------------

_DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", flags=re.S)
_ONLY_TEXT = re.compile(r"^\\text\{([^{}$]*)\}$")


def _top_level_gaps(tex: str) -> list[str]:
    r"""A formula cut at its top-level ``\qquad`` gaps (a gap inside braces or ``\left … \right``
    belongs to one expression); trailing commas of the parts dropped."""
    parts, depth, left, start, i = [], 0, 0, 0, 0
    while i < len(tex):
        if tex.startswith("\\left", i):
            left, i = left + 1, i + 5
            continue
        if tex.startswith("\\right", i):
            left, i = left - 1, i + 6
            continue
        if tex[i] == "{":
            depth += 1
        elif tex[i] == "}":
            depth -= 1
        elif tex.startswith("\\qquad", i) and depth == 0 and left == 0:
            parts.append(tex[start:i])
            while tex.startswith("\\qquad", i):
                i += 6
            start = i
            continue
        i += 1
    parts.append(tex[start:])
    return [p.strip().rstrip(",").strip() for p in parts if p.strip().rstrip(",").strip()]


def equations_on_one_line(tex: str) -> int:
    r"""How many equations a display formula puts side by side (top-level ``\qquad`` gaps + 1).

    >>> equations_on_one_line(r"a = b \qquad c = d \qquad\qquad e = f")
    3
    >>> equations_on_one_line(r"x = \left( a \qquad b \right) + \sqrt{a \qquad b}")
    1
    """
    return len(_top_level_gaps(tex))


def one_equation_per_line(markdown: str) -> str:
    r"""Markdown with every display formula (``$$…$$``) that holds several equations side by side
    split into one display formula per equation; a part that is only ``\text{…}`` becomes text.
    MathJax does not wrap a display formula, so a long line runs off a narrow window or the
    presentation mode's large type.

    >>> one_equation_per_line(r"$$m = \frac{k}{1+k} \qquad \text{en omgekeerd} \qquad k = \frac{m}{1-m}$$")
    '$$m = \\frac{k}{1+k}$$\n\nen omgekeerd\n\n$$k = \\frac{m}{1-m}$$'
    """
    def split(match: re.Match) -> str:
        parts = _top_level_gaps(match.group(1))
        if len(parts) <= 1:
            return match.group(0)
        shown = [m.group(1).strip() if (m := _ONLY_TEXT.match(p)) else f"$${p}$$" for p in parts]
        return "\n\n".join(shown)

    return _DISPLAY_MATH.sub(split, markdown)
