"""The internal benchmark of Tabel 1.2: KPIs in euros, group averages, ranking and the
intervention rules, checked by hand on the book's numbers."""

import pandas as pd
import pytest

from salesbook import subsidiaries
from salesbook.subsidiaries import group_averages, intervention_flags, rank_subsidiaries, subsidiary_kpis
from salesbook.data import load_dataset
from salesbook.errors import SalesbookError

# Tabel 1.2 (omzet in mln, brutomarge %, EBIT %, debiteurendagen, omzet per medewerker × € 1.000):
#   Nederland 84 35 5 49 280 | Midden-Oosten 44 28 7 90 290 | Duitsland 35 23 6 70 525
#   UK 14 27 5 85 340 | België 12 32 5 72 380 | Spanje 8 33 4 110 260 | Maleisië 1 30 4 152 95


@pytest.fixture
def table():
    return load_dataset("landenvestigingen")


@pytest.fixture
def kpis(table):
    return subsidiary_kpis(table).set_index("land")


def test_kpis_for_midden_oosten(kpis):
    mo = kpis.loc["Midden-Oosten"]
    assert mo["omzet_eur"] == pytest.approx(44_000_000)
    assert mo["brutomarge_eur"] == pytest.approx(12_320_000)          # 44 mln × 0.28
    assert mo["ebit_eur"] == pytest.approx(3_080_000)                 # 44 mln × 0.07
    assert mo["medewerkers"] == pytest.approx(151.72, abs=0.005)      # 44 000 / 290
    assert mo["ebit_per_medewerker_eur"] == pytest.approx(20_300)     # 0.07 × 290 000
    assert mo["debiteuren_eur"] == pytest.approx(10_849_315.07, abs=0.01)   # 44 mln × 90 / 365


def test_head_count_of_nederland(kpis):
    assert kpis.loc["Nederland", "medewerkers"] == pytest.approx(300)   # 84 000 000 / 280 000


def test_receivables_above_the_norm(kpis):
    # Spanje: 8 000 000 × (110 − 60) / 365 = 1 095 890.41; interest at 8%: 87 671.23
    assert kpis.loc["Spanje", "debiteuren_boven_norm_eur"] == pytest.approx(1_095_890.41, abs=0.01)
    assert kpis.loc["Spanje", "rentekosten_boven_norm_eur"] == pytest.approx(87_671.23, abs=0.01)
    # Nederland (49 days) is below the norm: nothing above it
    assert kpis.loc["Nederland", "debiteuren_boven_norm_eur"] == 0
    # Midden-Oosten: 44 000 000 × 30 / 365 = 3 616 438.36
    assert kpis.loc["Midden-Oosten", "debiteuren_boven_norm_eur"] == pytest.approx(3_616_438.36, abs=0.01)


def test_norm_and_cost_of_capital_are_parameters(table):
    k = subsidiary_kpis(table, dso_norm=100, cost_of_capital=0.1).set_index("land")
    # Spanje: 8 000 000 × 10 / 365 = 219 178.08; × 0.10 = 21 917.81; Midden-Oosten (90) now below the norm
    assert k.loc["Spanje", "debiteuren_boven_norm_eur"] == pytest.approx(219_178.08, abs=0.01)
    assert k.loc["Spanje", "rentekosten_boven_norm_eur"] == pytest.approx(21_917.81, abs=0.01)
    assert k.loc["Midden-Oosten", "debiteuren_boven_norm_eur"] == 0


def test_input_is_not_changed(table):
    before = table.copy()
    subsidiary_kpis(table)
    intervention_flags(table)
    pd.testing.assert_frame_equal(table, before)


def test_group_averages(table):
    g = group_averages(table)
    # EBIT: 4.2 + 3.08 + 2.1 + 0.7 + 0.6 + 0.32 + 0.04 = 11.04 mln on 198 mln → 5.576%
    assert g["ebit_marge"] == pytest.approx(11.04 / 198)
    # brutomarge: 29.4 + 12.32 + 8.05 + 3.78 + 3.84 + 2.64 + 0.3 = 60.33 mln on 198 mln → 30.47%
    assert g["brutomarge"] == pytest.approx(60.33 / 198)
    # DSO: (84·49 + 44·90 + 35·70 + 14·85 + 12·72 + 8·110 + 1·152) / 198 = 13 612 / 198
    assert g["debiteurendagen"] == pytest.approx(13_612 / 198)
    # median of 95, 260, 280, 290, 340, 380, 525
    assert g["omzet_per_medewerker_k"] == 290


def test_rank_debiteurendagen_lower_is_better(table):
    r = rank_subsidiaries(table, "debiteurendagen")
    assert r["land"].tolist() == ["Nederland", "Duitsland", "België", "UK", "Midden-Oosten", "Spanje", "Maleisië"]
    assert r["rang"].tolist() == [1, 2, 3, 4, 5, 6, 7]


def test_rank_ebit_marge_higher_is_better_with_ties(table):
    r = rank_subsidiaries(table, "ebit_marge")
    # 7% MO, 6% DE, then three at 5% share rank 3, two at 4% share rank 6
    assert r["land"].tolist()[:2] == ["Midden-Oosten", "Duitsland"]
    assert r["rang"].tolist() == [1, 2, 3, 3, 3, 6, 6]


def test_rank_direction_can_be_overridden_and_size_goes_large_first(kpis):
    k = kpis.reset_index()
    assert rank_subsidiaries(k, "ebit_marge", ascending=True)["land"].iloc[0] in ("Spanje", "Maleisië")
    assert rank_subsidiaries(k, "medewerkers")["land"].tolist()[:2] == ["Nederland", "Midden-Oosten"]
    assert rank_subsidiaries(k, "debiteuren_boven_norm_eur")["land"].iloc[-1] == "Midden-Oosten"


def test_rank_errors(table):
    with pytest.raises(SalesbookError, match="kengetal moet een van"):
        rank_subsidiaries(table, "winst")
    with pytest.raises(SalesbookError, match="bereken het eerst met subsidiary_kpis"):
        rank_subsidiaries(table, "ebit_eur")
    with pytest.raises(SalesbookError, match="oplopend"):
        rank_subsidiaries(table, "ebit_marge", ascending="ja")


# Intervention rules by hand (norm 60 days, productivity limit 0.75 × 290 = 217.5):
#   EBIT < 5.576%:        NL 5 ✓, MO 7 ✗, DE 6 ✗, UK 5 ✓, BE 5 ✓, ES 4 ✓, MY 4 ✓
#   brutomarge < 30.47%:  NL 35 ✗, MO 28 ✓, DE 23 ✓, UK 27 ✓, BE 32 ✗, ES 33 ✗, MY 30 ✓
#   DSO > 60:             NL 49 ✗, MO 90 ✓, DE 70 ✓, UK 85 ✓, BE 72 ✓, ES 110 ✓, MY 152 ✓
#   omzet/mdw < 217.5:    only MY (95)
#   signals:              NL 1, MO 2, DE 2, UK 3, BE 2, ES 2, MY 4
HAND = {"Nederland": 1, "Midden-Oosten": 2, "Duitsland": 2, "UK": 3, "België": 2, "Spanje": 2, "Maleisië": 4}
FLAG_COLUMNS = ("ebit_marge_onder_groep", "brutomarge_onder_groep", "debiteurendagen_boven_norm", "productiviteit_laag")


def test_intervention_flags_on_the_book_numbers(table):
    f = intervention_flags(table).set_index("land")
    assert f["aantal_signalen"].to_dict() == HAND
    assert not f.loc["Nederland", "ingrijpen"]
    assert f.loc["Spanje", "ingrijpen"] and f.loc["Maleisië", "ingrijpen"]
    assert sorted(f.index[f["ingrijpen"]]) == sorted(land for land, n in HAND.items() if n >= 2)
    assert f.loc["Maleisië", "productiviteit_laag"] and f["productiviteit_laag"].sum() == 1
    # Nederland's one signal is the EBIT rule (5% < 5.576%); the model returns no text column
    assert f.loc["Nederland", list(FLAG_COLUMNS)].tolist() == [True, False, False, False]
    assert list(f.reset_index().columns) == ["land", *FLAG_COLUMNS, "aantal_signalen", "ingrijpen"]


def test_intervention_thresholds_are_parameters(table):
    # stricter conclusion: 3 signals → UK and Maleisië
    f = intervention_flags(table, min_flags=3).set_index("land")
    assert sorted(f.index[f["ingrijpen"]]) == ["Maleisië", "UK"]
    # a norm of 75 days drops the DSO signal of DE (70) and BE (72): MO, UK, ES, MY remain
    f = intervention_flags(table, dso_norm=75).set_index("land")
    assert sorted(f.index[f["ingrijpen"]]) == ["Maleisië", "Midden-Oosten", "Spanje", "UK"]
    # productivity limit 0.95 × 290 = 275.5 also flags Spanje (260)
    f = intervention_flags(table, productivity_share=0.95).set_index("land")
    assert sorted(f.index[f["productiviteit_laag"]]) == ["Maleisië", "Spanje"]


def test_flag_thresholds(table):
    t = subsidiaries.flag_thresholds(table, dso_norm=45, productivity_share=0.5)
    # hand-computed: the norm as given; 0.5 × median 290 = 145; the weighted margins as in test_group_averages
    assert t["debiteurendagen"] == 45 and t["omzet_per_medewerker_k"] == pytest.approx(145)
    assert t["ebit_marge"] == pytest.approx(11.04 / 198) and t["brutomarge"] == pytest.approx(60.33 / 198)
    assert set(t) == {rule.kpi for rule in subsidiaries.FLAG_RULES}


def test_flag_rules_are_data_the_flags_follow():
    # the four rules of the pack (H1 § 1.1.2, Tabel 1.2): which KPI, which way, against what
    assert [(r.column, r.kpi, r.comparison, r.reference_kind) for r in subsidiaries.FLAG_RULES] == [
        ("ebit_marge_onder_groep", "ebit_marge", "<", "weighted_mean"),
        ("brutomarge_onder_groep", "brutomarge", "<", "weighted_mean"),
        ("debiteurendagen_boven_norm", "debiteurendagen", ">", "norm"),
        ("productiviteit_laag", "omzet_per_medewerker_k", "<", "share_of_median"),
    ]
    with pytest.raises(AttributeError):                  # frozen
        subsidiaries.FLAG_RULES[0].kpi = "brutomarge"


def test_flags_are_strict_at_the_reference(table):
    # hand-computed: Belgium's DSO is 72; with the norm at exactly 72 it gets no DSO signal, at 71 it does
    assert not intervention_flags(table, dso_norm=72).set_index("land").loc["België", "debiteurendagen_boven_norm"]
    assert intervention_flags(table, dso_norm=71).set_index("land").loc["België", "debiteurendagen_boven_norm"]


def _frame(**changes):
    row = {"land": "Testland", "omzet_mln": 10.0, "brutomarge": 0.3, "ebit_marge": 0.05,
           "debiteurendagen": 60.0, "omzet_per_medewerker_k": 250.0}
    row.update(changes)
    return pd.DataFrame([row])


@pytest.mark.parametrize(
    "frame, fragments",
    [
        (_frame().drop(columns=["ebit_marge"]), ["mist de kolom", "ebit_marge"]),
        (_frame(brutomarge=35), ["brutomarge van Testland", "bedoel je 0.35"]),
        (_frame(omzet_mln=-5), ["omzet_mln van Testland", "-5"]),
        (_frame(debiteurendagen=float("nan")), ["debiteurendagen van Testland", "eindig"]),
        (_frame(ebit_marge=0.4), ["ebit_marge van Testland", "brutomarge"]),
        (_frame(omzet_per_medewerker_k=0), ["omzet_per_medewerker_k van Testland", "groter zijn dan 0"]),
        (_frame(land=""), ["land in rij 1"]),
        (pd.concat([_frame(), _frame()]), ["twee keer"]),
        (_frame().iloc[0:0], ["geen vestigingen"]),
        ([1, 2, 3], ["DataFrame"]),
    ],
)
def test_invalid_tables_give_dutch_messages(frame, fragments):
    with pytest.raises(SalesbookError) as exc:
        subsidiary_kpis(frame)
    for fragment in fragments:
        assert fragment in str(exc.value)


def test_invalid_parameters(table):
    with pytest.raises(SalesbookError, match="debiteurendagen mag niet negatief"):
        subsidiary_kpis(table, dso_norm=-1)
    with pytest.raises(SalesbookError, match="vermogenskostenvoet.*bedoel je 0.08"):
        subsidiary_kpis(table, cost_of_capital=8)
    with pytest.raises(SalesbookError, match="minimum aantal signalen"):
        intervention_flags(table, min_flags=5)
    with pytest.raises(SalesbookError, match="productiviteitsgrens"):
        intervention_flags(table, productivity_share=75)


def test_own_table_works():
    own = pd.concat([_frame(), _frame(land="Ander land", omzet_mln=30.0, debiteurendagen=30.0)])
    k = subsidiary_kpis(own).set_index("land")
    assert k.loc["Testland", "ebit_eur"] == pytest.approx(500_000)              # 10 mln × 0.05
    assert k.loc["Ander land", "debiteuren_eur"] == pytest.approx(30e6 * 30 / 365)


def test_every_kpi_has_a_label_and_a_known_unit(kpis):
    for key, spec in subsidiaries.KPIS.items():
        assert key in kpis.reset_index().columns
        assert spec.unit in {"fractie", "euro", "mln", "duizend", "dagen", "aantal"}
        assert spec.label[0].isupper()
