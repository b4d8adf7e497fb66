"""Figures quoted in the prose of notebook 04 recomputed from the models and the case data (issue 12, § 5).

Each quoted figure is pinned as the notebook writes it (Dutch rounding); the recomputation is independent of
the notebook's cells.
"""

import nbformat
import pandas as pd

from salesbook import strategy
from salesbook.data import load_dataset
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
    # 12.000 × 50 × € 800 = € 480 mln; × 1,0 × 0,60 = € 288 mln; 84,0 / 480 = 17,5%; 84,0 / 288 = 29,2%;
    # 0,175 / 0,22 = 0,795 → 0,80
    market = strategy.market_potential(12_000, 50, 800)
    potential = strategy.chain_ratio(market, [1.0, 0.60])
    revenue = PER[PER["land"] == "Nederland"][2024].sum()
    assert (market, potential) == (480_000_000, 288_000_000)
    assert round(revenue / market, 3) == 0.175 and round(revenue / potential, 3) == 0.292
    assert round(strategy.relative_market_share(revenue / market, [0.22, 0.12]), 2) == 0.80


def test_the_notebook_quotes_these_figures():
    nb = nbformat.read(REPO_ROOT / "notebooks" / "04_salesprognose.ipynb", as_version=4)
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for figure in ("394 van de 406", "99%", "93,6%", "€ 185,2 mln", "€ 0,4 mln", "€ 21,6 mln", "€ 20,9 mln",
                   "(78%)", "(89%)", "(109%)", "(113%)", "(120%)", "(128%)", "17,5%", "29,2%", "0,80"):
        assert figure in prose, figure
