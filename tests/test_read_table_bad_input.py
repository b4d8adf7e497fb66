"""Issue 13: read_table refuses what it would otherwise read wrongly, and never shows a raw error."""

import datetime as dt

import pandas as pd
import pytest

from salesbook.data import read_table
from salesbook.errors import SalesbookError
from tests.checks import assert_cell_problem, assert_mentions, nl

SCHEMA = {"klant": "tekst", "omzet": "getal", "orders": "geheel"}


def problem(path, schema=SCHEMA, **kwargs) -> str:
    with pytest.raises(SalesbookError) as info:
        read_table(path, schema, **kwargs)
    return str(info.value)


def write(folder, name, text, encoding="utf-8"):
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def test_mixed_thousands_dots_and_decimal_points_name_file_row_and_column(tmp_path):
    path = write(tmp_path, "k.csv", "klant;omzet;orders\nA;1.234;1\nB;12.5;2\nC;7;3\n")
    # the first ambiguous cell, both readings, and the other notation in the column as the reason
    assert_cell_problem(problem(path), "k.csv", 2, "omzet", "1.234", "dubbelzinnig", "1234 of 1,234", "12.5")


def test_excel_text_cells_with_a_dot_are_ambiguous(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["klant", "omzet", "orders"])
    book.active.append(["A", "1.234", 1])
    book.active.append(["B", "12.500", 2])
    book.active.append(["C", 12.5, 3])      # a real number cell: fine
    book.active.append(["D", "12.5", 4])    # text, but only one reading: fine
    path = tmp_path / "k.xlsx"
    book.save(path)
    lines = problem(path).splitlines()
    assert len(lines) == 2
    assert_cell_problem(lines[0], "k.xlsx", 2, "omzet", "1.234", "tekst in Excel", "dubbelzinnig", "1234 of 1,234")
    assert_cell_problem(lines[1], "k.xlsx", 3, "omzet", "12.500", "tekst in Excel", "dubbelzinnig")


@pytest.mark.parametrize("lead", ["\n", "\n\n", " \n\r\n"])
def test_empty_lines_above_the_header(tmp_path, lead):
    path = write(tmp_path, "k.csv", lead + "klant;omzet;orders\nA;1,5;2\n")
    assert read_table(path, SCHEMA)["omzet"].tolist() == [1.5]
    bad = write(tmp_path, "b.csv", lead + "klant;omzet;orders\nA;x;2\n")
    rows = lead.count("\n") + 2
    assert_cell_problem(problem(bad), "b.csv", rows, "omzet", "x", "geen getal")


@pytest.mark.parametrize("value", ["1e30", "1E+30", "99999999999999999999", "-1e300"])
def test_huge_whole_number_is_refused_in_dutch(tmp_path, value):
    path = write(tmp_path, "k.csv", f"klant;omzet;orders\nA;1;{value}\n")
    # the largest whole number a float holds exactly: 2**53 − 1 = 9 007 199 254 740 991
    assert_cell_problem(problem(path), "k.csv", 2, "orders", value, "te groot", "geheel getal", nl(2**53 - 1))


def test_infinite_number_is_refused(tmp_path):
    path = write(tmp_path, "k.csv", "klant;omzet;orders\nA;1e400;1\nB;inf;2\n")
    lines = problem(path).splitlines()
    assert len(lines) == 2
    assert_cell_problem(lines[0], "k.csv", 2, "omzet", "1e400", "geen getal")
    assert_cell_problem(lines[1], "k.csv", 3, "omzet", "inf", "geen getal")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(tmp_path, encoding):
    path = write(tmp_path, "k.txt", "klant\tomzet\torders\nBelgië\t12,5\t3\n", encoding=encoding)
    df = read_table(path, SCHEMA)
    assert df.loc[0, "klant"] == "België" and df.loc[0, "omzet"] == 12.5


def test_binary_file_gets_a_dutch_message_without_raw_bytes(tmp_path):
    path = tmp_path / "k.csv"
    path.write_bytes(b"klant;omzet\x00\x01\x02;orders\n\x00\x00\x07A;1;2\n")
    message = problem(path)
    assert_mentions(message, "k.csv", "niet te lezen", "'CSV UTF-8'")
    assert "\\x00" not in message and "\x00" not in message


def test_ranges_of_the_data_dictionary_are_checked(tmp_path):
    path = write(tmp_path, "nps.csv", "respons_id;klant_id;datum;score;land;segment\n"
                                      "R1;K1;2024-01-02;9;Nederland;MKB\nR2;K2;2024-01-03;11;Nederland;MKB\n")
    assert_cell_problem(problem(path, "nps_enquete"), "nps.csv", 3, "score", "11", "buiten", "tussen 0 en 10")
    tx = write(tmp_path, "tx.csv", "transactie_id;klant_id;datum;bedrag;brutomarge\nT1;K1;2024-01-02;-5,00;1\n")
    assert_cell_problem(problem(tx, "transacties"), "tx.csv", 2, "bedrag", "-5,00", "buiten", "minstens 0")


def test_ranges_in_an_own_schema(tmp_path):
    path = write(tmp_path, "k.csv", "klant;marge\nA;35%\nB;120%\n")
    schema = {"klant": "tekst", "marge": {"type": "getal", "minimum": 0, "maximum": 1}}
    assert_cell_problem(problem(path, schema), "k.csv", 3, "marge", "120%", "buiten", "tussen 0 en 1")
    assert "kies uit" in problem(path, {"klant": {"type": "float"}})


@pytest.mark.parametrize("text", [
    "klant;omzet;orders\n A ;1,5; 2 \nB;2;3\n",       # spaces around cells
    "klant;omzet;orders\n\"A\";1,5;2\n;;\nB;2;3\n",  # quotes and an empty row
    "klant;omzet;orders\nA;1.234,5;2\nB;2;3\n",      # thousands dots
    "klant;omzet;orders\nA;€ 1,5;2\nB;200%;3\n",     # euro sign and percent
])
def test_fast_and_careful_paths_agree(tmp_path, text):
    df = read_table(write(tmp_path, "k.csv", text), SCHEMA)
    assert df["klant"].tolist() == ["A", "B"] and df["orders"].tolist() == [2, 3]
    assert df["omzet"].dtype == "float64" and df["klant"].dtype == "string"


def test_ragged_row_is_refused_even_when_the_columns_needed_are_complete(tmp_path):
    path = write(tmp_path, "k.csv", "klant;omzet;orders\nA;1;2;9\n")
    assert_mentions(problem(path), "k.csv, rij 2", "4 waarden", "3 kolommen")


def test_dates_in_every_accepted_shape_on_the_fast_path(tmp_path):
    path = write(tmp_path, "d.csv", "datum;n\n2024-03-31;1\n31-03-2024;2\n31/03/2024 10:30;3\n")
    df = read_table(path, {"datum": "datum", "n": "geheel"})
    assert df["datum"].tolist() == [pd.Timestamp(2024, 3, 31), pd.Timestamp(2024, 3, 31), pd.Timestamp(2024, 3, 31, 10, 30)]


def test_read_table_ratio_is_measured_on_a_small_file():
    from benchmarks.read_table import read_table_ratio

    result = read_table_ratio(2_000)
    assert {"read_table_s", "read_csv_s", "read_table_ratio"} <= set(result)
    assert result["read_table_ratio"] > 0
