"""The shipped data sets against their dictionary, and read_table() on users' own files."""

import csv
import datetime as dt

import pandas as pd
import pytest

from salesbook.data import COLUMN_TYPES, describe_dataset, list_datasets, load_dataset, read_table
from salesbook.errors import SalesbookError
from salesbook.paths import data_dir
from salesbook.yaml_text import safe_load
from tests.checks import assert_cell_problem, assert_mentions

DICTIONARY = safe_load((data_dir() / "dictionary.yaml").read_text(encoding="utf-8"))   # read anew, in C
KLANTEN = {"klant": "tekst", "omzet": "getal", "orders": "geheel"}


def write(folder, name, text, encoding="utf-8"):
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def problem(path, schema=KLANTEN, **kwargs):
    """The message of the SalesbookError that read_table raises."""
    with pytest.raises(SalesbookError) as exc:
        read_table(path, schema, **kwargs)
    return str(exc.value)


# --- the shipped data sets ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(DICTIONARY))
def test_every_dataset_has_title_source_and_file(name):
    entry = DICTIONARY[name]
    assert entry["titel"].strip() and entry["bron"].strip()
    assert (data_dir() / entry["bestand"]).is_file()


@pytest.mark.parametrize("name", sorted(DICTIONARY))
def test_every_column_has_type_unit_and_description(name):
    for column, spec in DICTIONARY[name]["kolommen"].items():
        assert spec["type"] in COLUMN_TYPES, column
        assert "eenheid" in spec, column
        assert spec["beschrijving"].strip(), column


@pytest.mark.parametrize("name", sorted(DICTIONARY))
def test_csv_columns_equal_the_dictionary(name):
    with open(data_dir() / DICTIONARY[name]["bestand"], encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header == list(DICTIONARY[name]["kolommen"])


@pytest.mark.parametrize("name", sorted(DICTIONARY))
def test_every_dataset_loads_with_its_types(name):
    df = load_dataset(name)
    assert len(df) > 0
    assert list(df.columns) == list(DICTIONARY[name]["kolommen"])
    assert not df.isna().any().any()
    assert list(describe_dataset(name).index) == list(df.columns)
    assert name in list_datasets().index


# --- read_table: layouts and encodings -----------------------------------------------------------


def test_semicolons_and_decimal_commas(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;omzet;orders\nJansen;12,5;3\nDe Vries;1.234,56;10\n")
    df = read_table(path, KLANTEN)
    assert df["omzet"].tolist() == [12.5, 1234.56]
    assert df["orders"].tolist() == [3, 10]
    assert df["klant"].tolist() == ["Jansen", "De Vries"]


def test_commas_and_decimal_points(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant,omzet,orders\nJansen,12.5,3\nDe Vries,1.234,10\n")
    assert read_table(path, KLANTEN)["omzet"].tolist() == [12.5, 1.234]


def test_thousands_dots_are_decided_per_column(tmp_path):
    # one cell with a decimal comma makes the whole column Dutch: 1.234 is then 1234
    path = write(tmp_path, "klanten.csv", "klant;omzet;orders\nA;1.234;1\nB;0,5;2\n")
    assert read_table(path, KLANTEN)["omzet"].tolist() == [1234.0, 0.5]


def test_utf8_with_bom(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;omzet;orders\nJansen;1;2\n", encoding="utf-8-sig")
    assert list(read_table(path, KLANTEN).columns) == list(KLANTEN)


def test_windows_1252_file(tmp_path):
    path = write(tmp_path, "landen.csv", "land;omzet;orders\nBelgië;12,5;3\n", encoding="cp1252")
    df = read_table(path, {"land": "tekst", "omzet": "getal", "orders": "geheel"})
    assert df.loc[0, "land"] == "België"


def test_tab_separated(tmp_path):
    path = write(tmp_path, "klanten.tsv", "klant\tomzet\torders\nJansen\t12,5\t3\n")
    assert read_table(path, KLANTEN).loc[0, "omzet"] == 12.5


def test_euro_sign_thousands_and_percent(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;omzet;marge\nA;€ 1.234,56;35%\nB; -€ 10 ;12,5 %\n")
    df = read_table(path, {"klant": "tekst", "omzet": "getal", "marge": "getal"})
    assert df["omzet"].tolist() == [1234.56, -10.0]
    assert df["marge"].tolist() == [0.35, 0.125]


def test_headers_ignore_case_and_spaces_and_extra_columns_are_dropped(tmp_path):
    path = write(tmp_path, "klanten.csv", "  ORDERS ; Opmerking ;Klant;Omzet \n3;x;Jansen;1\n")
    df = read_table(path, KLANTEN)
    assert list(df.columns) == ["klant", "omzet", "orders"]


def test_dtypes(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;omzet;orders;datum\nA;1;2;2024-03-31\nB;2,5;3;1-4-2024\n")
    df = read_table(path, {**KLANTEN, "datum": "datum"})
    assert df["klant"].dtype == "string"
    assert df["omzet"].dtype == "float64"
    assert df["orders"].dtype == "int64"
    assert pd.api.types.is_datetime64_dtype(df["datum"])
    assert df["datum"].tolist() == [pd.Timestamp(2024, 3, 31), pd.Timestamp(2024, 4, 1)]
    assert isinstance(df.index, pd.RangeIndex)


def test_date_formats(tmp_path):
    path = write(tmp_path, "data.csv", "datum\n2024-03-31\n31-03-2024\n31/03/2024\n")
    df = read_table(path, {"datum": "datum"})
    assert (df["datum"] == pd.Timestamp(2024, 3, 31)).all()


def test_blank_rows_are_skipped_but_rows_keep_their_excel_number(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;omzet;orders\nA;1;2\n\n;;\nB;x;3\n")
    assert_cell_problem(problem(path), "klanten.csv", 5, "omzet", "x", "geen getal")


def test_excel_with_typed_and_text_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Klant", "Omzet", "Orders", "Datum"])
    sheet.append(["Jansen", 12.5, 3, dt.datetime(2024, 3, 1)])
    sheet.append(["De Vries", "1.234,5", "4", "31-12-2024"])
    sheet.append([1001, 0.35, 7.0, dt.date(2024, 1, 2)])
    book.create_sheet("Tweede").append(["klant", "omzet", "orders"])
    book["Tweede"].append(["Pieters", 1, 2])
    path = tmp_path / "klanten.xlsx"
    book.save(path)

    df = read_table(path, {**KLANTEN, "datum": "datum"})
    assert df["klant"].tolist() == ["Jansen", "De Vries", "1001"]
    assert df["omzet"].tolist() == [12.5, 1234.5, 0.35]
    assert df["orders"].tolist() == [3, 4, 7]
    assert df["datum"].tolist() == [pd.Timestamp(2024, 3, 1), pd.Timestamp(2024, 12, 31), pd.Timestamp(2024, 1, 2)]
    assert read_table(path, KLANTEN, sheet="Tweede")["klant"].tolist() == ["Pieters"]
    assert read_table(path, KLANTEN, sheet=1)["klant"].tolist() == ["Pieters"]
    assert "Tweede" in problem(path, sheet="Derde")


def test_excel_written_by_pandas_with_a_bad_cell(tmp_path):
    path = tmp_path / "klanten.xlsx"
    pd.DataFrame({"klant": ["A", "B"], "omzet": [1.5, 2.0], "orders": [1.5, 2]}).to_excel(path, index=False)
    assert_cell_problem(problem(path), "klanten.xlsx", 2, "orders", "1.5", "geheel getal")


# --- read_table: problems ----------------------------------------------------------------------


def test_misspelt_header_gets_a_suggestion(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;omzt;orders\nA;1;2\n")
    assert_mentions(problem(path), "kolom 'omzet' ontbreekt", "klanten.csv", "bedoel je 'omzt'?")


def test_all_missing_columns_in_one_message(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;plaats\nA;Delft\n")
    message = problem(path)
    assert "kolom 'omzet' ontbreekt" in message and "kolom 'orders' ontbreekt" in message
    assert "'plaats'" in message


def test_duplicate_header(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;omzet;Omzet;orders\nA;1;2;3\n")
    assert "'omzet' staat 2 keer" in problem(path)


@pytest.mark.parametrize("text", ["", "   \n\n  \n"])
def test_empty_file(tmp_path, text):
    path = write(tmp_path, "klanten.csv", text)
    assert problem(path) == "klanten.csv is leeg"


def test_header_only(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;omzet;orders\n\n")
    assert "klanten.csv bevat alleen een kopregel" in problem(path)


def test_text_in_a_numeric_column_names_file_row_and_column(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;omzet;orders\nA;1;2\nB;2;3\nC;n.v.t.;4\n")
    message = problem(path)
    assert_cell_problem(message, "klanten.csv", 4, "omzet", "n.v.t.", "geen getal")


def test_empty_cell(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;omzet;orders\nA;;2\n")
    assert_cell_problem(problem(path), "klanten.csv", 2, "omzet", None, "leeg")


def test_non_whole_number_in_geheel(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;omzet;orders\nA;1;2,5\n")
    assert_cell_problem(problem(path), "klanten.csv", 2, "orders", "2,5", "geheel getal")


@pytest.mark.parametrize("value", ["31-02-2024", "morgen", "2024/03/01", "03-2024"])
def test_bad_date(tmp_path, value):
    path = write(tmp_path, "data.csv", f"datum\n{value}\n")
    assert_cell_problem(problem(path, {"datum": "datum"}), "data.csv", 2, "datum", value, "geen datum")


def test_mixed_decimal_notation_is_reported_not_guessed(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;omzet;orders\nA;12,5;1\nB;12.5;2\n")
    assert_cell_problem(problem(path), "klanten.csv", 3, "omzet", "12.5", "geen getal")


def test_more_than_five_problems_are_summarised(tmp_path):
    rows = "".join(f"K{i};fout;{i}\n" for i in range(8))
    path = write(tmp_path, "klanten.csv", "klant;omzet;orders\n" + rows)
    lines = problem(path).splitlines()
    assert len(lines) == 6                      # 8 bad rows: the first five, then a summary line
    for row, line in zip(range(2, 7), lines):
        assert_cell_problem(line, "klanten.csv", row, "omzet", "fout", "geen getal")
    assert_mentions(lines[5], "nog 3", "problemen")     # 8 − 5 = 3


def test_ragged_row(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant,omzet,orders\nA,12,5,3\n")
    assert_mentions(problem(path), "klanten.csv, rij 2", "4 waarden", "3 kolommen")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("klanten.pdf", ("'.pdf'", "niet ondersteund")), ("klanten.xls", ("'.xls'", "niet ondersteund", "Excel-werkmap"))],
)
def test_unsupported_file_type(tmp_path, name, expected):
    assert_mentions(problem(write(tmp_path, name, "klant\nA\n")), name, *expected)


def test_missing_file_and_directory(tmp_path):
    assert "bestaat niet" in problem(tmp_path / "weg.csv")
    assert "is een map" in problem(tmp_path)


def test_schema_as_dataset_name(tmp_path):
    path = write(tmp_path, "landen.csv", "Land;Omzet_mln;brutomarge;ebit_marge;debiteurendagen;omzet_per_medewerker_k\n"
                                         "Nederland;84;35%;5%;49;280\n")
    df = read_table(path, "landenvestigingen")
    assert df.loc[0, "brutomarge"] == 0.35 and list(df.columns)[1] == "omzet_mln"


@pytest.mark.parametrize(
    ("schema", "expected"),
    [("bestaat_niet", "onbekende dataset 'bestaat_niet'"), ({"omzet": "float"}, "kies uit: tekst, getal"),
     ({}, "geen kolommen"), (["omzet"], "schema moet een dict")],
)
def test_invalid_schema(tmp_path, schema, expected):
    assert expected in problem(write(tmp_path, "klanten.csv", "omzet\n1\n"), schema)


def test_source_file_unchanged_after_a_failed_read(tmp_path):
    path = write(tmp_path, "klanten.csv", "klant;omzet;orders\nA;n.v.t.;2\n", encoding="cp1252")
    before, stamp = path.read_bytes(), path.stat().st_mtime_ns
    problem(path)
    assert path.read_bytes() == before and path.stat().st_mtime_ns == stamp


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_round_trip_of_a_dutch_csv(tmp_path, encoding):
    original = load_dataset("landenvestigingen")
    path = tmp_path / "landenvestigingen.csv"
    original.to_csv(path, sep=";", decimal=",", index=False, encoding=encoding)
    pd.testing.assert_frame_equal(read_table(path, "landenvestigingen"), original)


def test_semicolon_file_reads_thousands_dots_the_dutch_way(tmp_path):
    # Dutch Excel writes 12.500 for twelve thousand five hundred when the cell shows thousands.
    file = tmp_path / "omzet.csv"
    file.write_text("klant;omzet\nA;12.500\nB;1.234\n", encoding="utf-8")
    df = read_table(file, {"klant": "tekst", "omzet": "getal"})
    assert df["omzet"].tolist() == [12500.0, 1234.0]


def test_semicolon_file_with_a_decimal_point_column_stays_decimal(tmp_path):
    file = tmp_path / "omzet.csv"
    file.write_text("klant;omzet\nA;12.5\nB;1.25\n", encoding="utf-8")
    df = read_table(file, {"klant": "tekst", "omzet": "getal"})
    assert df["omzet"].tolist() == [12.5, 1.25]


def test_semicolon_file_mixing_thousands_dots_and_decimal_points_is_refused(tmp_path):
    # issue 13: 1.234 next to 12.5 was read as 1.234 without a word (or 1234: a factor 1000 either way)
    file = tmp_path / "omzet.csv"
    file.write_text("klant;omzet\nA;12.5\nB;1.234\n", encoding="utf-8")
    assert_cell_problem(problem(file, {"klant": "tekst", "omzet": "getal"}), "omzet.csv", 3, "omzet", "1.234",
                        "dubbelzinnig", "1234 of 1,234")


def test_every_csv_in_data_is_in_the_dictionary():
    from salesbook.data import _dictionary
    from salesbook.paths import DATA_DIR

    files = {entry["bestand"] for entry in _dictionary().values()}
    assert {p.name for p in DATA_DIR.glob("*.csv")} == files


def test_the_excel_export_example_reads_as_the_case_data():
    # data/voorbeelden/vestigingen_uit_excel.csv: Tabel 1.2 as Dutch Excel saves it (see its README).
    from salesbook.paths import DATA_DIR

    own = read_table(DATA_DIR / "voorbeelden" / "vestigingen_uit_excel.csv", "landenvestigingen")
    pd.testing.assert_frame_equal(own, load_dataset("landenvestigingen"))
