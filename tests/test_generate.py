"""The synthetic case data (salesbook/generate): reproducible, consistent and with the
patterns that chapters 4, 5 and 7 teach with."""

import numpy as np
import pandas as pd
import pytest

from salesbook import generate
from salesbook.data import _dictionary, load_dataset, read_table
from salesbook.errors import SalesbookError
from salesbook.paths import DATA_DIR

FUNNEL = ["cold", "warm", "hot", "klant", "trouwe klant"]
STAGE_PROBABILITY = {"prospect": 0.10, "behoefte vastgesteld": 0.25, "offerte": 0.50,
                     "onderhandeling": 0.70, "mondeling akkoord": 0.90}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("casus")
    generate.write_all(folder)
    return folder


@pytest.fixture(scope="module")
def data():
    names = ["landenvestigingen", "verkoophistorie", "klanten", "transacties", "leads", "nps_enquete", "pipeline"]
    return {name: load_dataset(name) for name in names}


def nps(scores):
    return 100 * ((scores >= 9).mean() - (scores <= 6).mean())


def yearly(df, column="bedrag", date="datum"):
    return df.groupby(["land", df[date].dt.year])[column].sum()


# --- reproducible and documented -------------------------------------------------------------


@pytest.mark.parametrize("name", [*generate.DATASETS, *generate.EXAMPLES])
def test_committed_files_are_what_the_generator_makes(regenerated, name):
    # Line ends are compared loosely, so a Windows checkout with autocrlf does not fail.
    made = (regenerated / name).read_bytes()
    committed = (DATA_DIR / name).read_bytes().replace(b"\r\n", b"\n")
    assert made == committed, f"data/{name} wijkt af: draai python -m salesbook.generate"


@pytest.mark.parametrize("name", generate.DATASETS)
def test_every_data_set_is_in_the_dictionary_and_loads(regenerated, name):
    entries = {entry["bestand"]: key for key, entry in _dictionary().items()}
    key = entries[name]
    assert "Synthetisch" in _dictionary()[key]["bron"]
    header = (regenerated / name).read_text(encoding="utf-8").splitlines()[0].split(",")
    assert list(load_dataset(key).columns) == header


def test_the_writer_equals_pandas_to_csv_with_two_decimals(tmp_path):
    df = generate.pipeline()
    generate.write_csv(df, tmp_path / "p.csv")
    expected = df.to_csv(index=False, float_format="%.2f", lineterminator="\n", date_format="%Y-%m-%d")
    assert (tmp_path / "p.csv").read_text(encoding="utf-8") == expected
    quoted = pd.DataFrame({"naam": ['Gemeente Zwolle, Vastgoed', 'Bouw "Noord"'], "x": [1.5, -1234.5]})
    generate.write_csv(quoted, tmp_path / "q.csv")
    assert (tmp_path / "q.csv").read_text(encoding="utf-8") == quoted.to_csv(
        index=False, float_format="%.2f", lineterminator="\n")


def test_case_constants_are_table_1_2(data):
    table = data["landenvestigingen"].set_index("land")
    countries = generate._country_table()
    assert list(countries.index) == list(table.index)
    assert (countries["revenue_2024"] == table["omzet_mln"] * 1e6).all()
    assert (countries["gross_margin"] == table["brutomarge"]).all()


# --- schemas and keys ------------------------------------------------------------------------


def test_countries_and_customer_keys(data):
    countries = set(data["landenvestigingen"]["land"])
    klanten = data["klanten"]
    assert klanten["klant_id"].is_unique and klanten["naam"].is_unique
    assert len(klanten) == 2000 and klanten["klant_id"].iloc[0] == "K00001"
    for name in ["verkoophistorie", "klanten", "leads", "nps_enquete", "pipeline"]:
        assert set(data[name]["land"]) == countries, name
    for name in ["transacties", "nps_enquete", "pipeline"]:
        assert data[name]["klant_id"].isin(klanten["klant_id"]).all(), name
    assert (klanten.groupby("land")["accountmanager"].nunique().between(2, 6)).all()
    assert set(klanten["segment"]) == {"installateur", "industrie", "scheepsbouw", "utiliteitsbouw", "overheid"}
    assert set(klanten.loc[klanten["land"] == "Nederland", "regio"]) == {"Noord", "Oost", "Zuid", "West", "Midden"}
    assert (klanten["land"] == "Maleisië").sum() >= 20
    assert klanten["klant_sinds"].is_monotonic_increasing and klanten["klant_sinds"].max() <= pd.Timestamp("2024-12-31")


def test_transactions_are_valid(data):
    t = data["transacties"]
    assert len(t) == 50_000 and t["transactie_id"].is_unique and t["transactie_id"].iloc[0] == "T000001"
    assert t["datum"].between("2022-01-01", "2024-12-31").all() and t["datum"].is_monotonic_increasing
    assert (t["datum"].dt.day_of_week < 5).all()
    assert (t["bedrag"] > 0).all() and (t["brutomarge"] > 0).all() and (t["brutomarge"] < t["bedrag"]).all()
    since = t["klant_id"].map(data["klanten"].set_index("klant_id")["klant_sinds"])
    assert (t["datum"] >= since).all()


def test_leads_nps_and_pipeline_are_valid(data):
    leads, answers, pipe = data["leads"], data["nps_enquete"], data["pipeline"]
    assert len(leads) == 3000 and leads["lead_id"].is_unique
    assert set(leads["fase"]) == set(FUNNEL)
    assert set(leads["bron"]) == {"website", "beurs", "social selling", "doorverwijzing", "koude acquisitie"}
    assert set(leads["demo_aangevraagd"]) == {"ja", "nee"}
    assert (leads["datum"].dt.year == 2024).all() and (leads[["medewerkers", "websitebezoeken", "downloads"]] >= 0).all().all()

    assert len(answers) == 1200 and answers["respons_id"].is_unique
    assert answers["score"].between(0, 10).all() and (answers["datum"].dt.year == 2024).all()
    copied = answers.merge(data["klanten"], on="klant_id", suffixes=("", "_klant"))
    assert (copied["land"] == copied["land_klant"]).all() and (copied["segment"] == copied["segment_klant"]).all()

    assert 350 <= len(pipe) <= 450 and pipe["kans_id"].is_unique
    assert pipe["kans"].between(0, 1).all()
    assert (pipe["kans"] == pipe["fase"].map(STAGE_PROBABILITY)).all()
    assert (pipe["verwachte_maand"].dt.year == 2025).all() and (pipe["verwachte_maand"].dt.day == 1).all()
    assert (pipe["waarde"] > 0).all()


# --- chapter 4: sales history and pipeline --------------------------------------------------


def test_sales_history_has_the_asked_shape(data):
    h = data["verkoophistorie"]
    assert len(h) == 96 * 7 * 4 and h["maand"].nunique() == 96
    assert h["maand"].min() == pd.Timestamp("2017-01-01") and (h["maand"].dt.day == 1).all()
    assert h["productgroep"].nunique() == 4 and (h["omzet"] > 0).all()
    assert h.equals(h.sort_values(["maand", "land", "productgroep"], ignore_index=True))


def test_revenue_2024_per_country_is_table_1_2(data):
    h = data["verkoophistorie"]
    revenue = h[h["maand"].dt.year == 2024].groupby("land")["omzet"].sum()
    table = data["landenvestigingen"].set_index("land")["omzet_mln"] * 1e6
    assert ((revenue / table.loc[revenue.index] - 1).abs() < 0.005).all()


def test_sales_history_trend_dip_and_seasonality(data):
    h = data["verkoophistorie"]
    per_year = h.groupby(["land", h["maand"].dt.year])["omzet"].sum().unstack()
    growth = (per_year[2024] / per_year[2017]) ** (1 / 7) - 1
    assert growth.nlargest(2).index.tolist() == ["Maleisië", "Midden-Oosten"]
    assert growth["Nederland"] < 0.05 and growth["Duitsland"] < 0.05
    assert per_year.loc["UK", 2020] < 0.95 * per_year.loc["UK", 2019]

    lighting = h[h["productgroep"] == "Verlichting"]
    quarter = lighting.groupby(lighting["maand"].dt.quarter)["omzet"].sum()
    assert quarter[4] > 1.2 * quarter[2]
    material = h[(h["productgroep"] == "Installatiemateriaal") & (h["land"] == "Nederland")]
    by_month = material.groupby(material["maand"].dt.month)["omzet"].mean()
    assert by_month.idxmin() == 8 and by_month[12] < by_month[11]


def test_sales_history_noise_is_a_few_percent(data):
    h = data["verkoophistorie"]
    nl = h[(h["land"] == "Nederland") & (h["productgroep"] == "Gereedschap")].set_index("maand")["omzet"]
    same_month_last_year = np.log(nl).diff(12).dropna()  # trend + noise, no season
    assert 0.03 < same_month_last_year.std() / np.sqrt(2) < 0.09


def test_weighted_pipeline_is_a_plausible_part_of_2025(data):
    pipe = data["pipeline"]
    weighted = (pipe["waarde"] * pipe["kans"]).groupby(pipe["land"]).sum()
    coverage = weighted / generate._expected_revenue_2025().loc[weighted.index]
    assert coverage.between(0.15, 0.30).all()
    month = pipe.groupby("fase")["verwachte_maand"].mean()
    assert month["mondeling akkoord"] < month["offerte"] < month["prospect"]


def test_the_excel_example_reads_with_read_table():
    df = read_table(DATA_DIR / "voorbeelden" / "maandomzet_uit_excel.csv", {"maand": "datum", "omzet": "getal"})
    expected = generate.monthly_revenue_example()
    assert len(df) == 36 and df["omzet"].tolist() == expected["omzet"].tolist()
    assert (df["maand"].to_numpy() == expected["maand"].to_numpy()).all()
    first = (DATA_DIR / "voorbeelden" / "maandomzet_uit_excel.csv").read_bytes().splitlines()[:2]
    assert first[0] == "\ufeffMaand;Omzet".encode() and first[1].count(b".") == 1 and b"," in first[1]


# --- chapters 5 and 7: customers, transactions, leads, NPS ----------------------------------


def test_transactions_add_up_to_the_sales_history_and_table_1_2_margins(data):
    t = data["transacties"].merge(data["klanten"][["klant_id", "land"]], on="klant_id")
    h = data["verkoophistorie"]
    history = yearly(h[h["maand"].dt.year >= 2022], "omzet", "maand")
    assert np.allclose(yearly(t), history, rtol=1e-3)
    margin = t.groupby("land")["brutomarge"].sum() / t.groupby("land")["bedrag"].sum()
    table = data["landenvestigingen"].set_index("land")["brutomarge"]
    assert np.allclose(margin, table.loc[margin.index], atol=0.01)
    by_customer = t.groupby("klant_id")["brutomarge"].sum() / t.groupby("klant_id")["bedrag"].sum()
    assert by_customer.between(0.15, 0.45).mean() > 0.95


def test_a_fifth_of_the_customers_buys_most(data):
    revenue = data["transacties"].groupby("klant_id")["bedrag"].sum().sort_values(ascending=False)
    top = revenue.iloc[: round(0.2 * len(revenue))].sum() / revenue.sum()
    assert 0.65 <= top <= 0.85


def test_customers_churn_and_arrive(data):
    t = data["transacties"]
    active = {year: set(t.loc[t["datum"].dt.year == year, "klant_id"]) for year in (2022, 2023, 2024)}
    for year in (2022, 2023):
        retention = len(active[year] & active[year + 1]) / len(active[year])
        assert 0.75 <= retention <= 0.90, year
    klanten = data["klanten"].set_index("klant_id")
    for year in (2023, 2024):
        new = klanten.index[klanten["klant_sinds"].dt.year == year]
        assert len(active[year] & set(new)) > 100


def test_customers_differ_in_purchase_frequency(data):
    t = data["transacties"]
    orders = t[t["datum"].dt.year == 2023].groupby("klant_id").size()
    assert orders.quantile(0.9) > 4 * orders.quantile(0.1)
    recency = (pd.Timestamp("2024-12-31") - t.groupby("klant_id")["datum"].max()).dt.days
    assert (recency > 180).mean() > 0.1 and (recency < 30).mean() > 0.3


def test_funnel_conversion_rates(data):
    stage = data["leads"]["fase"].map(FUNNEL.index)
    reached = [(stage >= k).sum() for k in range(5)]
    rates = [reached[k + 1] / reached[k] for k in range(4)]
    for rate, target, tolerance in zip(rates, [0.40, 0.35, 0.30, 0.50], [0.04, 0.05, 0.07, 0.12]):
        assert abs(rate - target) <= tolerance, rates


def test_lead_source_and_scoring_variables_carry_signal(data):
    leads = data["leads"].assign(warm=data["leads"]["fase"] != "cold",
                                 klant=data["leads"]["fase"].isin(["klant", "trouwe klant"]))
    by_source = leads.groupby("bron")[["warm", "klant"]].mean()
    for better in ["doorverwijzing", "beurs"]:
        assert (by_source.loc[better] > by_source.loc["koude acquisitie"]).all(), better
    assert leads.groupby("demo_aangevraagd")["warm"].mean()["ja"] > leads.groupby("demo_aangevraagd")["warm"].mean()["nee"] + 0.1
    assert leads["downloads"].corr(leads["warm"].astype(float)) > 0.1
    assert leads["websitebezoeken"].corr(leads["warm"].astype(float)) > 0.1


def test_nps_overall_and_its_differences(data):
    answers = data["nps_enquete"]
    overall = nps(answers["score"])
    assert 15 <= overall <= 35
    by_country = answers.groupby("land")["score"].apply(nps)
    assert by_country["Spanje"] < overall and by_country["Maleisië"] < overall
    assert by_country["Nederland"] > overall
    by_segment = answers.groupby("segment")["score"].apply(nps)
    assert by_segment["overheid"] < by_segment["installateur"]


def test_detractors_churn_more_often(data):
    # The satisfaction behind the score also drives churn: detractors of the March wave buy
    # after September less often than promoters.
    answers = data["nps_enquete"]
    march = answers[answers["datum"].dt.month == 3]
    t = data["transacties"]
    still_buying = set(t.loc[t["datum"] >= "2024-10-01", "klant_id"])
    stays = march["klant_id"].isin(still_buying)
    assert stays[march["score"] >= 9].mean() > stays[march["score"] <= 6].mean()


# --- the big log and the command line -------------------------------------------------------


def test_a_big_log_has_the_same_customers_and_revenue(data):
    big = generate.transactions(200_000)
    assert list(big.columns) == ["transactie_id", "klant_id", "datum", "bedrag", "brutomarge"]
    assert len(big) == 200_000 and big["transactie_id"].is_unique
    assert big["klant_id"].isin(data["klanten"]["klant_id"]).all()
    assert (big["bedrag"] > 0).all() and (big["brutomarge"] < big["bedrag"]).all()
    small = data["transacties"]["bedrag"].sum()
    assert big["bedrag"].sum() == pytest.approx(small, rel=1e-3)


def test_transactions_refuse_a_bad_number_of_rows():
    with pytest.raises(SalesbookError, match="n_rows"):
        generate.transactions(0)


def test_command_line_writes_a_big_log_elsewhere_only(tmp_path, capsys):
    assert generate.main(["--transacties", "500", "--uit", str(tmp_path / "bench")]) == 0
    assert [p.name for p in (tmp_path / "bench").iterdir()] == ["transacties.csv"]
    assert len(pd.read_csv(tmp_path / "bench" / "transacties.csv")) == 500
    assert "geschreven" in capsys.readouterr().out
    before = (DATA_DIR / "transacties.csv").stat().st_mtime_ns
    with pytest.raises(SystemExit) as exc:
        generate.main(["--transacties", "1000", "--uit", str(DATA_DIR)])
    assert exc.value.code == 2 and "--uit" in capsys.readouterr().err
    assert (DATA_DIR / "transacties.csv").stat().st_mtime_ns == before
