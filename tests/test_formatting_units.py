"""Units travel with the data (issue 11, item 6): formatting.table takes the units from the data
dictionary, so a notebook cell needs no units mapping for a case data set or a model result
computed from one.

The unit phrases of data/dictionary.yaml map to display kinds in one table
(formatting.UNIT_KINDS), and the ``berekend`` sections name the model functions whose result
columns are listed there; both are checked against the dictionary and the models here.
"""

import importlib
import subprocess
import sys

import pandas as pd
import pytest

from salesbook import formatting
from salesbook.errors import SalesbookError
from salesbook.paths import data_dir
from salesbook.yaml_text import safe_load
from tests.checks import mentions

DICTIONARY = safe_load((data_dir() / "dictionary.yaml").read_text(encoding="utf-8"))   # read anew, in C


def phrases():
    """Every unit phrase in the dictionary: (data set, column, phrase)."""
    for name, entry in DICTIONARY.items():
        for column, spec in entry["kolommen"].items():
            yield name, column, spec["eenheid"]
        for function, columns in (entry.get("berekend") or {}).items():
            for column, phrase in columns.items():
                yield name, f"{function}: {column}", phrase


# --- the unit table -------------------------------------------------------------------------------

def test_every_unit_in_the_dictionary_has_a_kind_or_is_shown_as_it_is():
    unknown = [(name, column, phrase) for name, column, phrase in phrases() if phrase not in formatting.UNIT_KINDS]
    assert not unknown, f"add these phrases to formatting.UNIT_KINDS (a kind, or None: as it is): {unknown}"


def test_every_kind_is_a_unit_of_value():
    assert {k for k in formatting.UNIT_KINDS.values() if k is not None} <= set(formatting.UNITS)


def test_the_unit_table_has_no_phrase_the_dictionary_does_not_use():
    used = {phrase for _, _, phrase in phrases()}
    assert set(formatting.UNIT_KINDS) - used == set()


def test_text_and_date_columns_are_shown_as_they_are():
    for name, entry in DICTIONARY.items():
        for column, spec in entry["kolommen"].items():
            if spec["type"] in ("tekst", "datum"):
                assert formatting.unit_kind(spec["eenheid"]) is None, (name, column)


def test_names_with_two_units_are_the_known_ones():
    # A new name here means a table without dataset= is no longer formatted the same: decide.
    assert formatting.ambiguous_names() == {"brutomarge": {"fractie", "euro"}, "medewerkers": {"getal", "aantal"}}


# --- the computed columns (berekend) match what the models return ----------------------------------

def _case(name):
    from salesbook import case

    return case.dataset(name)


def _fair():
    return _case("beurzen").set_index("beurs_id").loc["B01"]


CALLS = {  # module.function in the dictionary → a call on the case data
    "subsidiaries.subsidiary_kpis": lambda m: m.subsidiary_kpis(_case("landenvestigingen")),
    "finance.credit_by_subsidiary": lambda m: m.credit_by_subsidiary(_case("landenvestigingen"), 0.06, target_dso=60),
    "rfm.rfm_analysis": lambda m: m.rfm_analysis(_case("transacties"), "2024-12-31"),
    "rfm.rfm_segment_summary": lambda m: m.rfm_segment_summary(m.rfm_analysis(_case("transacties"), "2024-12-31")),
    "rfm.customer_analysis": lambda m: m.customer_analysis(_case("transacties"), "2024-12-31", retention=0.84,
                                                           discount_rate=0.10, years=3),
    "rfm.yearly_retention": lambda m: m.yearly_retention(_case("transacties")),
    "segmentation.abc_analysis": lambda m: m.abc_analysis(_case("transacties").groupby("klant_id")["bedrag"].sum()),
    "segmentation.customer_pyramid": lambda m: m.customer_pyramid(
        _case("transacties").groupby("klant_id")["bedrag"].sum()),
    "customers.nps_by": lambda m: m.nps_by(_case("nps_enquete"), "land"),
    "planning.workload": lambda m: m.workload({"A": 10, "B": 20, "C": 30}, m.CASE_VISITS, m.CASE_HOURS_PER_VISIT),
    "fairs.stand_budget": lambda m: m.stand_budget(_fair(), **m.CASE_STAND),
    "case.case_profitability": lambda m: m.case_profitability(2024),
}
COMPUTED = [(name, function, columns) for name, entry in DICTIONARY.items()
            for function, columns in (entry.get("berekend") or {}).items()]


def test_every_computed_section_has_a_call_here():
    assert sorted(f for _, f, _ in COMPUTED) == sorted(CALLS)


@pytest.mark.parametrize("name, function, columns", COMPUTED, ids=[f for _, f, _ in COMPUTED])
def test_the_model_returns_the_listed_columns_in_their_unit(name, function, columns):
    module_name, function_name = function.split(".")
    module = importlib.import_module(f"salesbook.{module_name}")
    assert callable(getattr(module, function_name)), function
    result = CALLS[function](module)
    assert set(columns) <= set(result.columns), (function, set(columns) - set(result.columns))
    for column, phrase in columns.items():
        values = pd.to_numeric(result[column]).dropna()
        assert len(values), (function, column)
        if formatting.unit_kind(phrase) == "fractie":
            assert values.abs().max() <= 1 + 1e-9, (function, column, "a fraction, not a percentage")
        if formatting.unit_kind(phrase) == "getal":
            assert (values == values.round()).all(), (function, column, "a whole number")


# --- table ------------------------------------------------------------------------------------------

def test_the_old_call_with_a_units_mapping_still_works():
    frame = pd.DataFrame({"land": ["NL"], "ebit": [4_200_000.0]})
    shown = formatting.table(frame, {"ebit": "euro"}, index="land")
    assert shown.loc["NL", "ebit"] == "€ 4.200.000"
    assert frame["ebit"].tolist() == [4_200_000.0]   # the original is left alone


def test_a_data_set_is_shown_by_its_dictionary_units():
    shown = formatting.table(_case("landenvestigingen"), dataset="landenvestigingen", index="land")
    assert shown.loc["Nederland"].tolist() == ["€ 84 mln", "35%", "5%", "49 dagen", "280"]


def test_without_the_name_the_known_columns_are_formatted_and_the_ambiguous_one_left_alone():
    shown = formatting.table(_case("landenvestigingen"), index="land")
    assert shown.loc["Nederland", "omzet_mln"] == "€ 84 mln"
    assert shown.loc["Nederland", "debiteurendagen"] == "49 dagen"
    assert shown.loc["Nederland", "brutomarge"] == 0.35   # a fraction here, euros in transacties


def test_a_model_result_is_shown_by_the_units_of_its_columns():
    from salesbook import case, subsidiaries

    kpis = subsidiaries.subsidiary_kpis(case.dataset("landenvestigingen"))
    shown = formatting.table(kpis[["land", "ebit_eur", "medewerkers", "debiteuren_eur"]],
                             dataset="landenvestigingen", index="land")
    assert shown.loc["Nederland"].tolist() == ["€ 4.200.000", "300,0", "€ 11.276.712"]


def test_explicit_units_add_columns_and_overrule_the_dictionary():
    frame = pd.DataFrame({"omzet": [1_500_000.0], "groei": [0.042]})
    assert formatting.table(frame).iloc[0].tolist() == ["€ 1.500.000", 0.042]
    assert formatting.table(frame, {"groei": "fractie"}).iloc[0].tolist() == ["€ 1.500.000", "4,2%"]
    assert formatting.table(frame, {"omzet": "getal"}).iloc[0].tolist() == ["1.500.000", 0.042]


def test_the_dictionary_formats_numbers_only():
    frame = pd.DataFrame({"omzet": ["€ 12"], "dagen": [True], "land": ["NL"]})
    assert formatting.table(frame).iloc[0].tolist() == ["€ 12", True, "NL"]


def test_a_frame_the_dictionary_does_not_know_is_shown_as_it_is():
    frame = pd.DataFrame({"a": [1.5], "b": ["x"]})
    pd.testing.assert_frame_equal(formatting.table(frame), frame)


def test_missing_values_show_a_dash():
    frame = pd.DataFrame({"klantwinst": [float("nan"), -1250.0]})
    assert formatting.table(frame)["klantwinst"].tolist() == ["–", "-€ 1.250"]


def test_an_unknown_data_set_or_column_is_refused_in_dutch():
    frame = pd.DataFrame({"omzet": [1.0]})
    with pytest.raises(SalesbookError, match=mentions("dataset", "'landenvestigingen'", "(kreeg 'vestigingen')")):
        formatting.table(frame, dataset="vestigingen")
    with pytest.raises(SalesbookError, match=mentions("kolom 'omzet_2024'", "niet in de tabel")):
        formatting.table(frame, {"omzet_2024": "euro"})


def test_dictionary_units_by_data_set_and_by_name():
    assert formatting.dictionary_units(["brutomarge"], dataset="transacties") == {"brutomarge": "euro"}
    assert formatting.dictionary_units(["brutomarge"], dataset="landenvestigingen") == {"brutomarge": "fractie"}
    assert formatting.dictionary_units(["brutomarge", "vast_salaris", "score"]) == {"vast_salaris": "euro"}
    everything = formatting.dictionary_units()
    assert everything["omzet_mln"] == "mln" and "brutomarge" not in everything and "land" not in everything


def test_importing_formatting_reads_no_case_data():
    code = ("import sys, salesbook.formatting; "
            "print(sorted(m for m in ('salesbook.data', 'salesbook.case', 'pandas', 'yaml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
