"""Figures quoted in the prose of notebook 04 recomputed from the models and the case data (issue 12, § 5).

Each quoted figure is pinned as the notebook writes it (Dutch rounding); the recomputation is independent of
the notebook's cells.
"""

import nbformat
import pandas as pd

from salesbook import case, strategy
from salesbook.data import load_dataset
from salesbook.generate.assumptions import COUNTRY_MARKETS
from salesbook.paths import REPO_ROOT

TX = load_dataset("transacties").assign(jaar=lambda t: t["datum"].dt.year)
LAND = load_dataset("klanten").set_index("klant_id")["land"]
PER = TX.pivot_table(index="klant_id", columns="jaar", values="bedrag", aggfunc="sum", fill_value=0).join(LAND)
PIPE = load_dataset("pipeline").assign(gewogen=lambda p: p["waarde"] * p["kans"])
# Holt-Winters forecast 2025 per country as notebook 04 deel 7 prints it (grid search per country; the same
# figures are checked by tests/test_quiz_ch04.py for Nederland: 86,7 mln)
FORECAST = pd.Series({"Nederland": 86_650_568, "Midden-Oosten": 48_343_922, "Duitsland": 35_912_006,
                      "UK": 14_381_330, "België": 12_362_368, "Spanje": 8_364_772, "Maleisië": 1_234_761})


def test_the_pipeline_is_almost_all_with_customers_who_bought_in_2024():
    existing = PIPE["klant_id"].isin(PER.index[PER[2024] > 0])
    assert (existing.sum(), len(PIPE)) == (394, 406)                               # "394 van de 406"
    assert round(PIPE.loc[existing, "gewogen"].sum() / PIPE["gewogen"].sum(), 2) == 0.99   # "99%"


def test_the_bottom_up_check_of_deel_8():
    kept = PER[(PER[2023] > 0) & (PER[2024] > 0)].groupby("land")[2024].sum()
    per_land = PER.groupby("land")[[2023, 2024]].sum()
    new_pipe = PIPE[~PIPE["klant_id"].isin(PER.index[PER[2024] > 0])].groupby("land")["gewogen"].sum()
    retention = kept / per_land[2023]
    repeat = retention * per_land[2024]
    to_find = FORECAST - repeat - new_pipe.reindex(FORECAST.index, fill_value=0)
    new_2024 = per_land[2024] - kept
    ratio = (to_find / new_2024).round(2)
    assert round(kept.sum() / per_land[2023].sum(), 3) == 0.936                    # "93,6%"
    total_retention = kept.sum() / per_land[2023].sum()
    total_repeat = total_retention * per_land[2024].sum()
    assert round(total_repeat / 1e6, 1) == 185.2                                    # "€ 185,2 mln"
    assert round(new_pipe.sum() / 1e6, 1) == 0.4                                    # "€ 0,4 mln"
    total_to_find = FORECAST.sum() - total_repeat - new_pipe.sum()
    assert round(total_to_find / 1e6, 1) == 21.6                                    # "€ 21,6 mln"
    assert round(new_2024.sum() / 1e6, 1) == 20.9                                   # "€ 20,9 mln"
    assert round(total_to_find / new_2024.sum() - 1, 2) == 0.03                     # "3% meer"
    assert to_find["UK"] < 0                                                         # repeat revenue covers the UK
    assert ratio[["Duitsland", "Spanje", "Nederland", "Midden-Oosten", "Maleisië", "België"]].tolist() == \
        [0.78, 0.89, 1.09, 1.13, 1.20, 1.28]                                         # 78%, 89%, 109%, 113%, 120%, 128%


def test_the_market_figures_of_deel_1a():
    # the case inputs of chapter 3 (data/marktpotentieel.csv) for Nederland, computed by hand:
    # n × q × p = 14.600 × 51 × € 940 = € 699.924.000 ("bijna € 700 mln"); × 1,00 × 0,60 = € 419.954.400 ("€ 420 mln")
    row = load_dataset("marktpotentieel").set_index("land").loc["Nederland"]
    assert (row["afnemers"], row["orders_per_afnemer"], row["orderwaarde"]) == (14_600, 51, 940)
    assert (row["aandeel_regio"], row["aandeel_assortiment"], row["omzet_2024"]) == (1.0, 0.6, 84_000_000)
    market = 14_600 * 51 * 940
    potential = market * 1.0 * 0.60
    assert market == 699_924_000 and round(potential) == 419_954_400
    est = strategy.market_estimate(**case.case_market_inputs("Nederland"))
    assert est.market_potential == market and round(est.sales_potential) == 419_954_400
    # 84 / 699,924 = 0,12001 ("12,0%"); 84 / 419,9544 = 0,20002 ("20,0%"); 419,95 − 84 = 335,95 ("€ 336 mln")
    assert round(est.market_share, 3) == 0.120 and round(est.potential_used, 3) == 0.200
    assert round(est.headroom / 1e6) == 336
    # the largest competitor holds 10% (COUNTRY_MARKETS, as in chapter 2): 0,12001 / 0,10 = 1,2001 ("1,20", leader)
    competitor = COUNTRY_MARKETS["Nederland"]["largest_competitor"]
    assert competitor == 0.10
    assert round(strategy.relative_market_share(est.market_share, [competitor]), 2) == 1.20
    # market growth (markten.csv, chapter 2): 2024 / 2023 − 1 = 0,0199 ("2,0%")
    nl = case.case_markets().query("land == 'Nederland'")
    assert round(nl["markt_2024"].sum() / nl["markt_2023"].sum() - 1, 3) == 0.020
    # the forecast of deel 7: € 86.650.568 ("€ 86,7 mln"); / 419.954.400 = 0,2063 ("20,6%")
    assert round(FORECAST["Nederland"] / 1e6, 1) == 86.7
    assert round(FORECAST["Nederland"] / est.sales_potential, 3) == 0.206


def test_the_notebook_quotes_these_figures():
    nb = nbformat.read(REPO_ROOT / "notebooks" / "04_salesprognose.ipynb", as_version=4)
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for figure in ("394 van de 406", "99%", "93,6%", "€ 185,2 mln", "€ 0,4 mln", "€ 21,6 mln", "€ 20,9 mln",
                   "(78%)", "(89%)", "(109%)", "(113%)", "(120%)", "(128%)", "12,0%", "bijna € 700 mln",
                   "10,0%", "1,20", "€ 420 mln", "20,0%", "€ 336 mln", "€ 86,7 mln", "20,6%", "2,0%"):
        assert figure in prose, figure
    # the round example figures notebook 04 used before the case had one set of market figures
    for old in ("17,5%", "29,2%", "0,80", "€ 480", "€ 288"):
        assert old not in prose, old


# --- parts 2 to 9 and the closing sections (issue 12, item 5: every figure the prose quotes) -------------------
from salesbook import forecasting as fc  # noqa: E402

HISTORY = load_dataset("verkoophistorie")
TOTAL = fc.sales_series(HISTORY)
YEARS = HISTORY.assign(jaar=HISTORY["maand"].dt.year).pivot_table(index="land", columns="jaar", values="omzet",
                                                                 aggfunc="sum")
# deel 2's worked example: the holdout 2024 at α = 0,3, β = 0,1, γ = 0,2 and a window of 12 months
METHODS = {
    "voortschrijdend gemiddelde": (fc.moving_average, {"window": 12}),
    "exponentiële afvlakking": (fc.exponential_smoothing, {"alpha": 0.3}),
    "Holt": (fc.holt, {"alpha": 0.3, "beta": 0.1}),
    "Holt-Winters": (fc.holt_winters, {"season_length": 12, "alpha": 0.3, "beta": 0.1, "gamma": 0.2}),
    "trend × seizoensindex": (fc.linear_trend_forecast, {"season_length": 12}),
}
GRID = {"alpha": [0.1, 0.2, 0.3, 0.5], "beta": [0.01, 0.05, 0.1], "gamma": [0.1, 0.2, 0.3, 0.5]}


def test_the_2024_revenue_is_table_1_2_and_the_trend_of_the_data_section():
    branches = load_dataset("landenvestigingen").set_index("land")["omzet_mln"]
    assert (YEARS[2024] / 1e6).round(2).to_dict() == branches.to_dict()          # "precies die van tabel 1.2"
    assert round(TOTAL["2017"].mean() / 1e6, 1) == 11.8                             # "€ 11,8 mln per maand in 2017"
    assert round(TOTAL["2024"].mean() / 1e6, 1) == 16.5                             # "€ 16,5 mln in 2024"
    growth = (YEARS[2024] / YEARS[2017]) ** (1 / 7) - 1                              # yearly growth 2017-2024
    assert growth.nlargest(2).index.tolist() == ["Maleisië", "Midden-Oosten"]        # "groeien snel"
    assert growth[["Nederland", "Duitsland"]].max() < 0.04                          # "rustig" (3,3% and 3,2%)
    assert YEARS.loc["UK", 2020] < YEARS.loc["UK", 2019] < YEARS.loc["UK", 2018]     # "een dip rond 2020"
    assert round(growth["Midden-Oosten"], 2) == 0.12                                # deel 4: "ongeveer 12% per jaar"


def test_the_forecast_per_country_is_the_case_grid_and_the_growth_deel_1a_and_7_quote():
    # the pinned FORECAST above is what case.case_forecast_2025 computes (the grid of deel 5 per country)
    assert case.case_forecast_2025().round(0).to_dict() == FORECAST.astype(float).to_dict()
    growth = FORECAST / YEARS[2024].reindex(FORECAST.index) - 1
    total = FORECAST.sum() / YEARS[2024].sum() - 1
    assert round(growth["Nederland"], 3) == 0.032                                   # deel 1a: "groei van 3,2%"
    assert round(total, 3) == 0.047 and round(FORECAST.sum() / 1e6) == 207          # "+4,7%", "€ 207 mln"
    assert round(growth["Midden-Oosten"], 3) == 0.099                               # "bijna +10%"
    assert round(growth["Maleisië"], 3) == 0.235                                    # "ruim +23%"
    assert growth[["Nederland", "Duitsland", "België", "UK"]].between(0.025, 0.035).all()   # "2,5 à 3,5%"
    # Germany: the time series (€ 35,9 mln) beside deel 1b's corrected sales-force estimate 34,0 × 1,04 = € 35,4 mln
    assert round(FORECAST["Duitsland"] / 1e6, 1) == 35.9 and abs(FORECAST["Duitsland"] / 35.36e6 - 1) < 0.02


def test_verdiepingsvraag_1_uses_the_case_objective():
    # the revenue objective of chapter 2 (case.REVENUE_OBJECTIVE_2025 = € 214 mln) minus the forecast € 207,2 mln
    gap = case.REVENUE_OBJECTIVE_2025 - FORECAST.sum()
    assert case.REVENUE_OBJECTIVE_2025 == 214_000_000 and 6.5e6 < gap < 7e6          # "bijna € 7 mln"


def test_the_worked_examples_by_hand():
    # deel 1b: € 34,0 mln × 1,04 = € 35,36 mln → € 35,4 mln
    assert round(34.0 * 1.04, 1) == 35.4
    # deel 2: (€ 16 mln + 3 × € 0,1 mln) × 1,10 = € 17,93 mln
    assert round((16 + 3 * 0.1) * 1.10, 2) == 17.93
    # verdieping: one Holt step: 0,3 × 1.050.000 + 0,7 × 1.020.000 = 1.029.000; 0,1 × 29.000 + 0,9 × 20.000 = 20.900
    level = 0.3 * 1_050_000 + 0.7 * (1_000_000 + 20_000)
    assert round(level) == 1_029_000 and round(0.1 * (level - 1_000_000) + 0.9 * 20_000) == 20_900


def test_exponential_smoothing_of_belgium_in_deel_2():
    belgium = fc.sales_series(HISTORY, land="België")["2024-01":"2024-06"]
    ses = fc.exponential_smoothing(belgium, alpha=0.3)
    # 985.085 − 0,3 × 24.940 = 977.603 (rounded euros as the prose writes them)
    assert round(belgium.iloc[0]) == 985_085 and round(belgium.iloc[1] - belgium.iloc[0]) == -24_940
    assert round(ses.states["niveau"].iloc[1]) == 977_603
    assert round(ses.forecast.iloc[0]) == 989_052                                   # "**€ 989.052**"


def test_the_holdout_figures_of_deel_2_and_3():
    forecasts = fc.holdout_forecasts(TOTAL, METHODS, holdout=12)
    actual = TOTAL["2024"]
    errors = actual.to_numpy() - forecasts["exponentiële afvlakking"].to_numpy()
    august, november = errors[7], errors[10]
    assert round(august / 1e6, 1) == -3.1 and round(november / 1e6, 1) == 2.3      # "€ 3 mln te hoog", "€ 2 mln te laag"
    table = fc.holdout_comparison(TOTAL, METHODS, holdout=12)
    assert 0.9e6 < table.loc["exponentiële afvlakking", "mad"] < 1e6                 # "bijna € 1 mln"
    assert round(table.loc["exponentiële afvlakking", "mape"], 1) == 5.9            # "bijna 6%"
    assert round(table.loc["Holt-Winters", "mape"], 1) == 1.0                       # "1,0%"
    assert round(table.loc["trend × seizoensindex", "mape"], 1) == 1.9             # "1,9%"
    flat = table.loc[["voortschrijdend gemiddelde", "exponentiële afvlakking", "Holt"], "mape"]
    assert flat.round(0).between(6, 7).all()                                         # "6 à 7%"
    assert round(table.loc["Holt", "bias"] / 1e6, 2) == -0.86                       # "€ 0,86 mln per maand te veel"
    yearly = forecasts.sum() - actual.sum()
    # quiz h04-21's feedback: a year's total is € 8,7 mln too low (moving average) and € 10,3 mln too high (Holt)
    assert round(yearly["voortschrijdend gemiddelde"] / 1e6, 1) == -8.7 and round(yearly["Holt"] / 1e6, 1) == 10.3


def test_alpha_on_the_middle_east_in_deel_4():
    middle_east = fc.sales_series(HISTORY, land="Midden-Oosten")
    slow = fc.exponential_smoothing(middle_east, alpha=0.1).errors()
    fast = fc.exponential_smoothing(middle_east, alpha=0.9).errors()
    assert round(slow["bias"], -3) == 219_000                                        # "€ 219.000 per maand te laag"
    assert 0 < fast["bias"] < slow["bias"] / 5                                       # "de bias is veel kleiner"


def test_the_grid_search_of_deel_5():
    search = fc.grid_search(TOTAL[:"2023-12"], fc.holt_winters, GRID, fixed={"season_length": 12})
    assert len(search.table) == 4 * 3 * 4 == 48                                      # "Van de 48 combinaties"
    assert search.best == {"alpha": 0.1, "beta": 0.05, "gamma": 0.5}               # "α = 0,1, β = 0,05, γ = 0,5"
    actual = TOTAL["2024"]
    chosen = fc.holt_winters(TOTAL[:"2023-12"], 12, **search.best, horizon=12).forecast
    first = fc.holt_winters(TOTAL[:"2023-12"], 12, 0.3, 0.1, 0.2, horizon=12).forecast
    assert round(fc.forecast_errors(actual, chosen)["mape"], 2) == 1.14              # "1,14%"
    assert round(fc.forecast_errors(actual, first)["mape"], 2) == 1.05               # "1,05%"


def test_the_seasonal_indices_of_deel_6():
    index = fc.seasonal_indices(TOTAL, 12)
    assert [round(index.iloc[m], 2) for m in (7, 9, 10)] == [0.81, 1.11, 1.15]      # aug 0,81; okt 11%, nov 15% erboven
    per_group = {g: fc.seasonal_indices(fc.sales_series(HISTORY, productgroep=g), 12).to_numpy()
                 for g in ("Verlichting", "Installatiemateriaal", "Gereedschap")}
    assert sorted(per_group["Verlichting"].argsort()[-2:].tolist()) == [10, 11]      # "piekt in november en december"
    for group in ("Installatiemateriaal", "Gereedschap"):                          # "zakken in augustus en rond de
        assert per_group[group].argsort()[0] == 7                                    #  jaarwisseling": the lowest is
        assert set(per_group[group].argsort()[1:3].tolist()) & {0, 11}              #  August, then January or December


def test_the_middle_east_trend_line_lies_below_holt_winters():
    a, b = fc.linear_trend(YEARS.loc["Midden-Oosten"])
    assert a + 9 * b < FORECAST["Midden-Oosten"]                                     # € 46,5 mln < € 48,3 mln


def test_the_own_file_has_three_years():
    from salesbook.data import example_file, read_table
    own = read_table(example_file("maandomzet_uit_excel.csv"), {"maand": "datum", "omzet": "getal"})
    assert len(own) == 36                                                            # "Met drie jaar gegevens"
    raw = example_file("maandomzet_uit_excel.csv").read_text(encoding="utf-8-sig").splitlines()[1]
    assert "01-01-2022" in raw and "171.135,55" in raw                               # deel 9's examples of the format
    assert own["omzet"].iloc[0] == 171_135.55


def test_the_win_chances_of_deel_8():
    chances = PIPE.groupby("fase")["kans"].first()
    assert (chances["prospect"], chances["mondeling akkoord"]) == (0.10, 0.90)      # "van prospect 10% tot
    assert chances.min() == 0.10 and chances.max() == 0.90                           #  mondeling akkoord 90%"


def test_the_notebook_quotes_the_figures_of_parts_2_to_9():
    nb = nbformat.read(REPO_ROOT / "notebooks" / "04_salesprognose.ipynb", as_version=4)
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for figure in ("€ 11,8 mln", "€ 16,5 mln", "3,2%", "€ 35,4 mln", "€ 17,93 mln", "977.603", "989.052",
                   "1,9%", "€ 0,86 mln", "12% per jaar", "€ 219.000", "48 combinaties", "1,14%", "1,05%", "0,81",
                   "11% en 15%", "€ 35,9 mln", "€ 207 mln", "+4,7%", "€ 214 mln", "€ 1.029.000", "€ 20.900"):
        assert figure in prose, figure


def test_the_statsmodels_version_the_verdieping_names():
    # deel 4 names "statsmodels (versie 0.15)"; tests/test_forecasting.py shows its season-ahead factor (issue 9538)
    from importlib.metadata import version
    assert version("statsmodels").startswith("0.15")
    nb = nbformat.read(REPO_ROOT / "notebooks" / "04_salesprognose.ipynb", as_version=4)
    assert "statsmodels (versie 0.15)" in "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
