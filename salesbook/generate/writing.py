"""Writing the data sets as CSV files, and ``python -m salesbook.generate``."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from salesbook.paths import DATA_DIR
from salesbook.generate.assumptions import DEFAULT_TRANSACTIONS, TEXT
from salesbook.generate.costs import cost_drivers
from salesbook.generate.crm import customers, leads, nps_survey, transactions
from salesbook.generate.environment import environment_trends, five_forces_scores, market_inputs
from salesbook.generate.fairs import trade_fairs
from salesbook.generate.history import monthly_revenue_example, sales_history
from salesbook.generate.opportunities import pipeline
from salesbook.generate.team import account_locations, sales_team
from salesbook.generate.strategy import confrontation_scores, markets_by_product_group, objectives, sales_targets


DATASETS: dict[str, Callable[[], pd.DataFrame]] = {
    "verkoophistorie.csv": sales_history,
    "klanten.csv": customers,
    "transacties.csv": transactions,
    "leads.csv": leads,
    "nps_enquete.csv": nps_survey,
    "pipeline.csv": pipeline,
    "kostendrivers.csv": cost_drivers,
    "beurzen.csv": trade_fairs,
    "verkoopteam.csv": sales_team,
    "accountlocaties.csv": account_locations,
    "omgevingstrends.csv": environment_trends,          # chapter 3
    "marktpotentieel.csv": market_inputs,               # chapter 3
    "vijf_krachten.csv": five_forces_scores,            # chapter 3
    "markten.csv": markets_by_product_group,            # chapter 2
    "doelstellingen.csv": objectives,                   # chapter 2
    "verkoopdoelen.csv": sales_targets,                 # chapter 2
    "confrontatiematrix.csv": confrontation_scores,     # chapter 2
}
EXAMPLES: dict[str, Callable[[], pd.DataFrame]] = {
    "voorbeelden/maandomzet_uit_excel.csv": monthly_revenue_example,
}


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a data set as the shipped files are: UTF-8, commas, a decimal point, dates as
    YYYY-MM-DD, floats with exactly two decimals, text with a comma or a quote between quotes
    (as ``DataFrame.to_csv`` does) and '\\n' line ends on every platform.

    The cells are formatted with vectorised numpy string operations rather than with
    ``to_csv``, which takes several seconds for a million rows.
    """
    path = Path(path)
    lines = np.array(",".join(df.columns), dtype=TEXT)
    cells = [_csv_cells(df[column]) for column in df.columns]
    rows = cells[0]
    for column in cells[1:]:
        rows = np.strings.add(np.strings.add(rows, ","), column)
    text = "\n".join([str(lines), *rows.tolist()]) + "\n"
    path.write_bytes(text.encode("utf-8"))
    return path


def _csv_cells(column: pd.Series) -> np.ndarray:
    """One column as CSV text cells."""
    values = column.to_numpy()
    if pd.api.types.is_datetime64_any_dtype(column):
        days, position = np.unique(values.astype("datetime64[D]"), return_inverse=True)
        return np.datetime_as_string(days, unit="D").astype(TEXT)[position]
    if pd.api.types.is_float_dtype(column):
        return _two_decimals(values)
    if pd.api.types.is_integer_dtype(column):
        return values.astype(TEXT)
    text = values.astype(object).astype(TEXT)
    needs_quotes = (np.strings.find(text, ",") >= 0) | (np.strings.find(text, '"') >= 0)
    quoted = np.strings.add(np.strings.add('"', np.strings.replace(text, '"', '""')), '"')
    return np.where(needs_quotes, quoted, text)


def _two_decimals(values: np.ndarray) -> np.ndarray:
    """Numbers as text with exactly two decimals, like '%.2f' (1234.5 → '1234.50')."""
    cents = np.round(values * 100).astype(np.int64)
    sign = np.where(cents < 0, "-", "").astype(TEXT)
    cents = np.abs(cents)
    euros = (cents // 100).astype(TEXT)
    rest = np.strings.zfill((cents % 100).astype(TEXT), 2)
    return np.strings.add(np.strings.add(sign, euros), np.strings.add(".", rest))


def write_dutch_excel_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a table the way Dutch Excel saves 'CSV UTF-8': a BOM, semicolons, dates as
    DD-MM-YYYY, numbers with thousands dots and a decimal comma, headers capitalised."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    def cell(value: object) -> str:
        if isinstance(value, pd.Timestamp):
            return value.strftime("%d-%m-%Y")
        if isinstance(value, float):
            return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        return str(value)

    lines = [";".join(c.capitalize() for c in df.columns)]
    lines += [";".join(cell(v) for v in row) for row in df.itertuples(index=False)]
    path.write_bytes(("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))
    return path


def write_all(folder: str | Path = DATA_DIR) -> list[Path]:
    """Write every data set (and the example in voorbeelden/) into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = [write_csv(make(), folder / name) for name, make in DATASETS.items()]
    written += [write_dutch_excel_csv(make(), folder / name) for name, make in EXAMPLES.items()]
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m salesbook.generate``: (re)write the case data; see ``--help``."""
    parser = argparse.ArgumentParser(
        prog="python -m salesbook.generate",
        description="Maak de synthetische casusgegevens van Noordstroom Technische Groothandel opnieuw "
                    "(vaste seeds: elke keer precies dezelfde bestanden).",
    )
    parser.add_argument("--uit", metavar="MAP", type=Path, default=DATA_DIR,
                        help=f"map waarin de CSV-bestanden komen (standaard: {DATA_DIR})")
    parser.add_argument("--transacties", metavar="N", type=int, default=None,
                        help="maak alleen transacties.csv, met N rijen (bijvoorbeeld 1000000 voor een "
                             "snelheidstest); kies dan met --uit een andere map dan data/")
    args = parser.parse_args(argv)
    folder = args.uit.expanduser().resolve()

    began = time.perf_counter()
    if args.transacties is None:
        written = write_all(folder)
    else:
        if args.transacties < 1:
            parser.error(f"--transacties moet minstens 1 zijn (kreeg {args.transacties})")
        if folder == DATA_DIR.resolve() and args.transacties != DEFAULT_TRANSACTIONS:
            parser.error(f"data/transacties.csv hoort {DEFAULT_TRANSACTIONS} rijen te hebben; "
                         "kies met --uit een andere map, bijvoorbeeld --uit /tmp/benchmark")
        folder.mkdir(parents=True, exist_ok=True)
        written = [write_csv(transactions(args.transacties), folder / "transacties.csv")]
    seconds = time.perf_counter() - began
    for path in written:
        size = f"{path.stat().st_size:,}".replace(",", ".")
        print(f"geschreven: {path} ({size} bytes)")
    print(f"klaar in {seconds:.1f} s".replace(".", ","))
    return 0
