"""Exercises of chapter 4 — Salesprognose: the forecasting methods and their errors.

Every expected answer is computed with :mod:`salesbook.forecasting` (and
:func:`salesbook.customers.weighted_pipeline`) from the case data ``verkoophistorie`` and
``pipeline`` or from the example file ``maandomzet_uit_excel.csv``; every typical mistake is the
same computation with the mistake made.
"""

from __future__ import annotations

import functools as _functools
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book as _book
from salesbook import customers as _customers
from salesbook import data as _data
from salesbook import forecasting as _fc
from salesbook.exercises import NumberExercise, lazy_from
from salesbook.formatting import euro as _euro
from salesbook.formatting import euro_compact as _euro_compact
from salesbook.formatting import number as _number
from salesbook.formatting import percent as _percent
from salesbook.formatting import tex_number as _tex


_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")


_REF_TIJD = _book.ref("tijdreeksen")
_REF_SEIZ = _book.ref("trend-en-seizoen")
_REF_FOUT = _book.ref("prognosefouten")
_REF_PIPE = _book.ref("pipeline-prognose")
_REF_MARKT = _book.ref("marktpotentieel")
_REF_KWAL = _book.ref("kwalitatieve-prognose")


def _month(stamp) -> str:
    return f"{_MONTHS[stamp.month - 1]} {stamp.year}"


_SES_ALPHA = 0.2

_WEIGHTS = (0.2, 0.3, 0.5)

_ES_TARGET_GROWTH = 0.10          # Spain's growth target, used (wrongly) as a forecast          # oldest first: December weighs most

_HW = (0.3, 0.1, 0.2)

_OWN_ALPHA = 0.3


@_functools.cache
def _case() -> _SimpleNamespace:
    """The chapter's case values and exercises, computed from the case data on first use.

    Nothing is read when the module is imported: the first check, hint or display of one of
    the exercises below builds them all, once.
    """
    _HISTORY = _data.load_dataset("verkoophistorie")

    def _series(land: str | None = None, productgroep: str | None = None):
        return _fc.sales_series(_HISTORY, land=land, productgroep=productgroep)

    # --- exponential smoothing by hand ------------------------------------------------------

    _BE = _series("België")["2024-01":"2024-04"]
    _ses = _fc.exponential_smoothing(_BE, _SES_ALPHA)
    _levels = _ses.states["niveau"].tolist()
    _be_lines = "\n".join(f"- {_month(m)}: {_euro(v)}" for m, v in _BE.items())

    opgave_exponentieel = NumberExercise(
        title="Exponentiële afvlakking met de hand",
        question=(
            "De maandomzet van Noordstroom België was in de eerste maanden van 2024:\n\n" + _be_lines + "\n\n"
            f"Maak met exponentiële afvlakking, α = {_number(_SES_ALPHA, 1)}, de prognose voor mei 2024. Begin zoals "
            "gebruikelijk: het eerste niveau is de eerste waarneming, dus de prognose voor februari is de omzet van "
            "januari. Geef het bedrag in euro's."
        ),
        expected=float(_ses.forecast.iloc[0]),
        unit="euro",
        rel_tol=0.0005,
        hints=(
            "Het nieuwe niveau is α × nieuwe waarneming + (1 − α) × oud niveau; de prognose voor de volgende maand "
            "is het niveau na de laatste waarneming.",
            f"Start: niveau na januari = {_euro(_BE.iloc[0])}. Verwerk daarna februari, maart en april, één voor één.",
            f"Na februari is het niveau {_number(_SES_ALPHA, 1)} × {_euro(_BE.iloc[1])} + {_number(1 - _SES_ALPHA, 1)} × "
            f"{_euro(_BE.iloc[0])} = {_euro(_levels[1])}.",
        ),
        solution=(
            r"$$\ell_t = \alpha\, y_t + (1-\alpha)\,\ell_{t-1}, \qquad F_{t+1} = \ell_t, \qquad \ell_1 = y_1$$"
            "\n\n"
            + "; ".join(
                f"{_MONTHS[m.month - 1]}: ℓ = {_number(_SES_ALPHA, 1)} × {_number(v)} + {_number(1 - _SES_ALPHA, 1)} × "
                f"{_number(prev)} = {_number(lvl, 2)}"
                for m, v, prev, lvl in zip(_BE.index[1:], _BE.iloc[1:], _levels[:-1], _levels[1:])
            )
            + f". De prognose voor mei is het laatste niveau: {_euro(_ses.forecast.iloc[0])}."
        ),
        meaning=(
            "Met een kleine α reageert de prognose maar een beetje op de uitschieter van maart: het niveau "
            "blijft dicht bij een miljoen per maand. Voor een stabiele vestiging als België is dat gewenst; "
            "maar zit er een trend of een seizoen in de omzet, dan loopt deze methode steeds achter (" + _REF_TIJD + ")."
        ),
        mistakes=(
            (float(_fc.exponential_smoothing(_BE, _SES_ALPHA, initial_level=0).forecast.iloc[0]),
             "Je begon met een niveau van 0. Daardoor trekt de eerste maand de hele prognose omlaag. Begin met het "
             "eerste niveau gelijk aan de eerste waarneming: de prognose voor februari is de omzet van januari (" + _REF_TIJD + ")."),
            (float(_fc.exponential_smoothing(_BE, 1 - _SES_ALPHA).forecast.iloc[0]),
             f"Je verwisselde α en 1 − α: de nieuwe waarneming krijgt gewicht α = {_number(_SES_ALPHA, 1)}, het oude "
             f"niveau {_number(1 - _SES_ALPHA, 1)} (" + _REF_TIJD + ")."),
            (float(_BE.mean()),
             "Je nam het gewone gemiddelde van de vier maanden. Bij exponentiële afvlakking tellen recente maanden "
             "zwaarder en oudere steeds minder (" + _REF_TIJD + ")."),
            (float(_BE.iloc[-1]),
             "Je nam de omzet van april als prognose (de naïeve prognose, α = 1). Werk de formule uit met "
             f"α = {_number(_SES_ALPHA, 1)} (" + _REF_TIJD + ")."),
        ),
    )

    # --- weighted moving average ---------------------------------------------------------

    _UK = _series("UK")["2024-10":"2024-12"]
    _wma = float(_fc.weighted_moving_average(_UK, _WEIGHTS).forecast.iloc[0])
    _uk_lines = "\n".join(f"- {_month(m)}: {_euro(v)}" for m, v in _UK.items())

    opgave_gewogen = NumberExercise(
        title="Gewogen voortschrijdend gemiddelde",
        question=(
            "De salesmanager van Noordstroom UK maakt een snelle prognose voor januari 2025 met een gewogen "
            "voortschrijdend gemiddelde over de laatste drie maanden. De meest recente maand weegt het zwaarst: "
            "december 50%, november 30% en oktober 20%. De omzet was:\n\n" + _uk_lines + "\n\n"
            "Wat is de prognose voor januari 2025 in euro's?"
        ),
        expected=_wma,
        unit="euro",
        rel_tol=0.0005,
        hints=(
            "Vermenigvuldig elke maand met haar gewicht en tel op. De gewichten tellen op tot 1, dus delen is niet "
            "meer nodig.",
            "Let op welk gewicht bij welke maand hoort: 0,5 hoort bij december, de laatste maand.",
        ),
        solution=(
            r"$$F_{t+1} = w_1\, y_{t-2} + w_2\, y_{t-1} + w_3\, y_t \quad\text{met } w_1 + w_2 + w_3 = 1$$"
            "\n\n"
            f"$$F_{{\\text{{jan}}}} = 0{{,}}2 \\times {_tex(_UK.iloc[0])} + 0{{,}}3 \\times {_tex(_UK.iloc[1])} + "
            f"0{{,}}5 \\times {_tex(_UK.iloc[2])} = {_tex(_wma)}$$"
        ),
        meaning=(
            "December ligt voor de UK duidelijk onder oktober en november (de bouw ligt stil rond de feestdagen); "
            "doordat december het zwaarst weegt, komt de prognose lager uit dan het gewone gemiddelde van de drie "
            "maanden. Een gewogen gemiddelde kent geen seizoen: "
            "voor maandprognoses met een duidelijk seizoenspatroon werkt Holt-Winters of trend × seizoensindex "
            "beter (" + _REF_TIJD + ")."
        ),
        mistakes=(
            (float(_fc.weighted_moving_average(_UK, _WEIGHTS[::-1]).forecast.iloc[0]),
             "Je gaf oktober het grootste gewicht. De meest recente maand (december) weegt het zwaarst: 0,5 hoort "
             "bij december en 0,2 bij oktober (" + _REF_TIJD + ")."),
            (float(_UK.mean()),
             "Je nam het ongewogen gemiddelde van de drie maanden. Vermenigvuldig elke maand eerst met haar gewicht "
             "(" + _REF_TIJD + ")."),
        ),
    )

    # --- MAPE on the holdout ----------------------------------------------------------------

    # A rule of thumb that deel 2's widget cannot make (so the widget does not print the answer): the revenue of
    # 2023 plus the growth target of 10%, spread evenly over the months of 2024 (a target used as a forecast)
    _ES = _series("Spanje")
    _ES_TEST = _ES.iloc[-12:]
    _es_2023 = float(_ES["2023"].sum())
    _es_flat = _es_2023 * (1 + _ES_TARGET_GROWTH) / 12
    _es_errors = _fc.forecast_errors(_ES_TEST, [_es_flat] * 12)
    _es_abs = [abs(a - _es_flat) for a in _ES_TEST]

    opgave_mape = NumberExercise(
        title="Hoe nauwkeurig was de prognose voor Spanje?",
        question=(
            "De salesmanager van Noordstroom Spanje maakte eind 2023 een snelle prognose voor 2024: de omzet van "
            f"2023 ({_euro(_es_2023)}) plus het groeidoel van {_percent(_ES_TARGET_GROWTH, 0)}, gelijk verdeeld over "
            f"de twaalf maanden: steeds {_euro(_es_flat)} per maand. Bereken de MAPE van die prognose over de twaalf maanden van 2024. Gebruik de werkelijke omzet "
            "uit de dataset "
            "`verkoophistorie` (land Spanje, alle productgroepen samen). Geef de MAPE in procenten, dus "
            "bijvoorbeeld 12.5 voor 12,5%."
        ),
        expected=_es_errors["mape"],
        unit="procent",
        rel_tol=0.002,
        hints=(
            "De fout per maand is werkelijk − prognose. De MAPE is het gemiddelde van |fout| / werkelijk, keer 100.",
            "Maak eerst de maandreeks: `fc.sales_series(load_dataset('verkoophistorie'), land='Spanje')`, en neem "
            "daaruit de maanden van 2024.",
            "Je kunt de prognose als reeks van twaalf gelijke getallen aan `forecast_errors(werkelijk, prognose)` "
            "geven; die rekent bias, MAD, MSE en MAPE in één keer uit.",
        ),
        solution=(
            r"$$\text{MAPE} = \frac{100}{n}\sum_{t=1}^{n} \frac{|y_t - F_t|}{|y_t|}$$"
            "\n\n"
            f"De absolute fouten in 2024 liggen tussen {_euro(min(_es_abs))} en {_euro(max(_es_abs))}; gedeeld door de "
            f"werkelijke omzet van elke maand en gemiddeld geeft dat {_number(_es_errors['mape'], 2)}%. "
            f"(De MAD is {_euro(_es_errors['mad'])}, de bias {_euro(_es_errors['bias'])}.)"
        ),
        meaning=(
            f"Een gemiddelde fout van {_number(_es_errors['mape'], 1)}% per maand is te veel om de "
            "voorraad en de inzet van de verkopers op te plannen: de platte prognose mist het seizoenspatroon "
            "(augustus laag, het najaar hoog). Bovendien is de bias negatief "
            f"({_euro(_es_errors['bias'])} per maand): de prognose lag gemiddeld te hoog, omdat ze een doel was en "
            "geen verwachting. Kies voor maandplanning een methode met seizoen, en houd prognose en doel uit elkaar "
            "(" + _REF_FOUT + ")."
        ),
        mistakes=(
            (_es_errors["mape"] / 100,
             "Je gaf de MAPE als fractie. De MAPE is een percentage: vermenigvuldig met 100 en typ bijvoorbeeld 12.5 "
             "voor 12,5% (" + _REF_FOUT + ")."),
            (sum(abs(a - _es_flat) / _es_flat for a in _ES_TEST) / 12 * 100,
             "Je deelde de absolute fout door de prognose. De MAPE deelt door de werkelijke waarde: |y − F| / y "
             "(" + _REF_FOUT + ")."),
            (sum((a - _es_flat) / a for a in _ES_TEST) / 12 * 100,
             "Je nam het gemiddelde van de fouten mét teken (de MPE). Plus- en minfouten vallen dan tegen elkaar weg; "
             "de MAPE neemt de absolute waarde van elke fout (" + _REF_FOUT + ")."),
            (_es_errors["mad"] / float(_ES_TEST.mean()) * 100,
             "Je deelde de MAD door de gemiddelde maandomzet. Dat lijkt erop, maar de MAPE deelt elke fout door de "
             "omzet van díe maand en middelt daarna (" + _REF_FOUT + ")."),
        ),
    )

    # --- Holt-Winters: a forecast a whole season ahead --------------------------------------

    _TOTAL = _series()
    _hw = _fc.holt_winters(_TOTAL, 12, *_HW, horizon=12)
    _hw_level = float(_hw.states["niveau"].iloc[-1])
    _hw_trend = float(_hw.states["trend"].iloc[-1])
    _hw_dec = float(_hw.states["seizoen"].iloc[-1])           # December 2024: the latest December factor
    _hw_expected = float(_hw.forecast.iloc[-1])                # December 2025, h = 12

    opgave_holt_winters = NumberExercise(
        title="Holt-Winters: december 2025",
        question=(
            "Noordstroom maakt een prognose voor de totale omzet (alle landen en productgroepen) met Holt-Winters, "
            f"multiplicatief, α = {_number(_HW[0], 1)}, β = {_number(_HW[1], 1)}, γ = {_number(_HW[2], 1)}, geschat op "
            "januari 2017 t/m december 2024. Na de laatste maand (december 2024) zijn de toestanden:\n\n"
            f"- niveau $\\ell_n$ = {_euro(_hw_level)}\n"
            f"- trend $b_n$ = {_euro(_hw_trend)} per maand\n"
            f"- seizoensfactor van december (net bijgewerkt met december 2024) = {_number(_hw_dec, 4)}\n\n"
            "Wat is de prognose voor december 2025, twaalf maanden vooruit? Geef het bedrag in euro's."
        ),
        expected=_hw_expected,
        unit="euro",
        rel_tol=0.001,
        hints=(
            "Een prognose h maanden vooruit is (niveau + h × trend) × de laatst bekende seizoensfactor van die maand.",
            "December 2025 ligt h = 12 maanden na december 2024. De laatst bekende factor van december is die van "
            "december 2024.",
        ),
        solution=(
            r"$$F_{n+h} = (\ell_n + h\, b_n)\, s_{n+h-L}$$"
            "\n\n"
            f"Met h = 12 en L = 12 is $s_{{n+h-L}} = s_n$, de factor van december 2024: "
            f"$$F = ({_tex(_hw_level)} + 12 \\times {_tex(_hw_trend)}) \\times {_tex(_hw_dec, 4)} = "
            f"{_tex(_hw_expected)}$$"
        ),
        meaning=(
            f"De factor van december ligt {'boven' if _hw_dec > 1 else 'onder'} 1: in december verkoopt Noordstroom "
            f"{'iets meer' if _hw_dec > 1 else 'minder'} dan in een gemiddelde maand (de winterpiek van verlichting "
            "weegt zwaarder dan de stilte in de bouw rond de feestdagen). Door de trend komt december 2025 "
            f"{_euro(abs(_hw_expected - float(_TOTAL.iloc[-1])))} {'boven' if _hw_expected > _TOTAL.iloc[-1] else 'onder'} "
            "december 2024 uit. Let op: software neemt hier soms de verkeerde seizoensfactor (statsmodels 0.15 "
            "gebruikt bij h = 12 de factor van een jaar eerder); reken een prognose voor een heel jaar vooruit dus "
            "altijd even na (" + _REF_SEIZ + ")."
        ),
        mistakes=(
            ((_hw_level + _hw_trend) * _hw_dec,
             "Je telde maar één maand trend op. December 2025 ligt twaalf maanden verder: niveau + 12 × trend (" + _REF_SEIZ + ")."),
            (_hw_level + 12 * _hw_trend,
             "Je vergat de seizoensfactor: vermenigvuldig niveau + 12 × trend nog met de factor van december (" + _REF_SEIZ + ")."),
        ),
    )

    # --- seasonal index by hand (quarters) ----------------------------------------------------

    _LIGHT = _series(productgroep="Verlichting")
    _Q = _LIGHT.groupby(_LIGHT.index.to_period("Q")).sum()["2023Q1":"2024Q4"]
    _q_values = [float(v) for v in _Q]
    _q_index = float(_fc.seasonal_indices(_q_values, 4).iloc[3])
    _q_lines = "\n".join(f"| {p.year} | " + " | ".join(_euro(v) for v in _q_values[4 * i:4 * i + 4]) + " |"
                         for i, p in enumerate(_Q.index[::4]))

    opgave_seizoensindex = NumberExercise(
        title="Seizoensindex van het vierde kwartaal voor Verlichting",
        question=(
            "De omzet van de productgroep Verlichting (alle landen samen) per kwartaal:\n\n"
            "| jaar | K1 | K2 | K3 | K4 |\n|---|---|---|---|---|\n" + _q_lines + "\n\n"
            "Bereken de seizoensindex van het vierde kwartaal over deze twee jaar, met de methode van het "
            "jaargemiddelde: per jaar de omzet van een kwartaal gedeeld door het gemiddelde kwartaal van dat jaar, "
            "daarna het gemiddelde over de jaren. Geef de index als getal, bijvoorbeeld 1.05 voor 105%."
        ),
        expected=_q_index,
        unit="getal",
        rel_tol=0.002,
        hints=(
            "Het gemiddelde kwartaal van een jaar is de jaaromzet gedeeld door 4.",
            "Reken voor 2023 en voor 2024 apart K4 / gemiddeld kwartaal uit, en neem van die twee verhoudingen het "
            "gemiddelde.",
        ),
        solution=(
            r"$$S_s = \frac{1}{J}\sum_{j=1}^{J} \frac{y_{j,s}}{\bar y_j}$$"
            "\n\n"
            f"2023: {_number(_q_values[3])} / {_number(sum(_q_values[:4]) / 4, 2)} = "
            f"{_number(_q_values[3] / (sum(_q_values[:4]) / 4), 4)}; 2024: {_number(_q_values[7])} / "
            f"{_number(sum(_q_values[4:]) / 4, 2)} = {_number(_q_values[7] / (sum(_q_values[4:]) / 4), 4)}. "
            f"Gemiddeld: {_number(_q_index, 4)}."
        ),
        meaning=(
            f"In het vierde kwartaal verkoopt Noordstroom {_number((_q_index - 1) * 100, 1)}% meer verlichting "
            "dan in een gemiddeld kwartaal. De salesmanager plant voorraad, acties en de inzet van de "
            "binnendienst daarop, en beoordeelt de omzet van een kwartaal pas na correctie voor het seizoen "
            "(" + _REF_SEIZ + ")."
        ),
        mistakes=(
            (sum(_q_values[4 * j + 3] / sum(_q_values[4 * j:4 * j + 4]) for j in range(2)) / 2,
             "Je deelde door de jaaromzet in plaats van door het gemiddelde kwartaal. Zo krijg je het aandeel van K4 "
             "in het jaar; de index vergelijkt met een gemiddeld kwartaal (jaaromzet / 4) (" + _REF_SEIZ + ")."),
            (_q_index * 100,
             "Je gaf de index als percentage. Geef hem als getal: 1.05 betekent 105% (" + _REF_SEIZ + ")."),
            (_q_values[7] / (sum(_q_values[4:]) / 4),
             "Je rekende alleen met 2024. De index is het gemiddelde van de verhoudingen over beide jaren (" + _REF_SEIZ + ")."),
            (_q_values[3] / (sum(_q_values[:4]) / 4),
             "Je rekende alleen met 2023. De index is het gemiddelde van de verhoudingen over beide jaren (" + _REF_SEIZ + ")."),
        ),
    )

    # --- linear trend on yearly totals --------------------------------------------------------

    _DE = _series("Duitsland")
    _DE_YEARS = _DE.groupby(_DE.index.year).sum()
    _de_a, _de_b = _fc.linear_trend(_DE_YEARS)
    _de_2025 = _de_a + _de_b * (len(_DE_YEARS) + 1)
    _de_lines = "| jaar | " + " | ".join(str(y) for y in _DE_YEARS.index) + " |\n|---|" + "---|" * len(_DE_YEARS) + \
        "\n| omzet (mln) | " + " | ".join(_number(v / 1e6, 2) for v in _DE_YEARS) + " |"

    opgave_trend = NumberExercise(
        title="Trendlijn voor Duitsland",
        question=(
            "De jaaromzet van Noordstroom Duitsland (in miljoen euro, afgerond):\n\n" + _de_lines + "\n\n"
            "Leg met de kleinste-kwadratenmethode een rechte trendlijn door deze acht jaren, met t = 1 voor 2017 tot "
            "en met t = 8 voor 2024, en bereken de trendprognose voor 2025. Gebruik de exacte jaaromzet uit "
            "`verkoophistorie` (som van de maanden) en geef het antwoord in euro's."
        ),
        expected=_de_2025,
        unit="euro",
        rel_tol=0.001,
        hints=(
            r"De helling is $b = \sum (t-\bar t)(y_t-\bar y) / \sum (t-\bar t)^2$ en het snijpunt $a = \bar y - b\,\bar t$.",
            "Met t = 1 … 8 is t̄ = 4,5 en Σ(t − t̄)² = 42. `fc.linear_trend(jaaromzet)` geeft (a, b).",
            "2025 is t = 9.",
        ),
        solution=(
            r"$$\hat y_t = a + b\,t, \qquad b = \frac{\sum (t-\bar t)(y_t-\bar y)}{\sum (t-\bar t)^2}, \qquad "
            r"a = \bar y - b\,\bar t$$"
            "\n\n"
            f"Hier is b = {_euro(_de_b)} per jaar en a = {_euro(_de_a)}, dus "
            f"$\\hat y_{{9}} = {_tex(_de_a)} + 9 \\times {_tex(_de_b)} = {_tex(_de_2025)}$."
        ),
        meaning=(
            f"De trendlijn telt elk jaar hetzelfde bedrag op (zo'n {_euro_compact(_de_b)}). Duitsland groeit ook "
            "ongeveer met een vast bedrag per jaar, dus hier past een rechte lijn redelijk; bij het Midden-Oosten, "
            "dat met een vast percentage groeit, bleef de lijn achter bij Holt-Winters. Zet de trendprognose naast "
            "de Holt-Winters-prognose van Duitsland in deel 7 voordat je haar in het verkoopplan gebruikt "
            "(" + _REF_SEIZ + ")."
        ),
        mistakes=(
            (_de_a + _de_b * len(_DE_YEARS),
             "Je vulde t = 8 in: dat is de trendwaarde van 2024 zelf. 2025 is t = 9 (" + _REF_SEIZ + ")."),
            (float(_DE_YEARS.iloc[-1]) + _de_b,
             "Je telde de helling op bij de werkelijke omzet van 2024. De trendprognose ligt op de lijn: a + b × 9 "
             "(" + _REF_SEIZ + ")."),
            (float(_DE_YEARS.mean()),
             "Je nam het gemiddelde van de jaren. Dat is de trendwaarde in het midden van de periode (t = 4,5), "
             "niet in 2025 (" + _REF_SEIZ + ")."),
        ),
    )

    # --- choosing α by grid search -----------------------------------------------------------

    _UK_ALL = _series("UK")
    _ALPHAS = [round(0.1 * i, 1) for i in range(1, 10)]
    _grid = {metric: _fc.grid_search(_UK_ALL, _fc.exponential_smoothing, {"alpha": _ALPHAS}, metric=metric)
             for metric in ("mse", "mape")}
    _grid_holdout = _fc.grid_search(_UK_ALL, _fc.exponential_smoothing, {"alpha": _ALPHAS}, holdout=12)
    _best = _grid["mse"].best["alpha"]
    _grid_mistakes = []
    if _grid["mape"].best["alpha"] != _best:
        _grid_mistakes.append((_grid["mape"].best["alpha"],
                               "Die α geeft de kleinste MAPE, maar de vraag is de kleinste MSE. De maatstaf bepaalt de "
                               "keuze: MSE straft grote missers zwaarder dan de MAPE (" + _REF_FOUT + ")."))
    # what deel 5's widget (Kies automatisch, exponential smoothing, MSE, one month ahead) finds: it chooses on the
    # years before the holdout and tries α in steps of 0,05
    _widget_alpha = _fc.grid_search(_UK_ALL.iloc[:-12], _fc.exponential_smoothing,
                                    {"alpha": [round(0.05 * i, 2) for i in range(1, 21)]}).best["alpha"]
    if _widget_alpha not in (_best, _grid["mape"].best["alpha"]):
        _grid_mistakes.append((_widget_alpha,
                               "Die α vindt de widget van deel 5: die kiest op de jaren vóór 2024 en probeert α in "
                               "stappen van 0,05. De vraag gaat over alle maanden t/m december 2024 en α = 0,1; 0,2; "
                               "…; 0,9. Welke jaren je gebruikt, verandert de keuze (" + _REF_FOUT + ")."))
    if _grid_holdout.best["alpha"] not in (_best, _grid["mape"].best["alpha"], _widget_alpha):
        _grid_mistakes.append((_grid_holdout.best["alpha"],
                               "Die α is de beste op een holdout van 2024 (prognoses tot twaalf maanden vooruit). De vraag "
                               "gaat over de prognoses één maand vooruit over de hele reeks (" + _REF_FOUT + ")."))

    opgave_alfa = NumberExercise(
        title="Welke α past het best bij de UK?",
        question=(
            "Noordstroom UK wil exponentiële afvlakking gebruiken voor de maandomzet (alle productgroepen, januari "
            "2017 t/m december 2024). Probeer α = 0,1; 0,2; …; 0,9. Welke α geeft de kleinste MSE van de prognoses "
            "één maand vooruit (de `fitted` waarden, zonder de eerste maand, die geen prognose heeft)? Geef α als "
            "getal, bijvoorbeeld 0.4."
        ),
        expected=_best,
        unit="getal",
        rel_tol=0.001,
        hints=(
            "Maak de reeks met `fc.sales_series(load_dataset('verkoophistorie'), land='UK')`.",
            "`fc.grid_search(reeks, fc.exponential_smoothing, {'alpha': [0.1, 0.2, …, 0.9]})` probeert elke α en "
            "geeft de beste in `.best`; de standaardmaatstaf is de MSE.",
        ),
        solution=(
            r"$$\alpha^* = \arg\min_{\alpha} \frac{1}{n-1}\sum_{t=2}^{n} (y_t - F_t(\alpha))^2$$"
            "\n\n"
            "De tabel van de grid search (kleinste MSE bovenaan):\n\n"
            + "\n".join(f"- α = {_number(r.alpha, 1)}: RMSE {_euro(r.mse ** 0.5)}"
                        for r in _grid["mse"].table.head(3).itertuples())
            + f"\n\nDe beste α is dus {_number(_best, 1)}."
        ),
        meaning=(
            "De beste α ligt in het midden: een kleine α reageert te traag op het herstel na de dip rond 2020, een "
            "grote α volgt elke toevallige schommeling. Maar ook met de beste α blijft exponentiële afvlakking een "
            "platte prognose die het seizoen mist. Vergelijk de methoden daarom op een holdout voordat je kiest "
            "(" + _REF_FOUT + ")."
        ),
        mistakes=tuple(_grid_mistakes),
    )

    # --- weighted pipeline as a bottom-up check ----------------------------------------------

    _PIPELINE = _data.load_dataset("pipeline")
    _ES_PIPE = _PIPELINE[_PIPELINE["land"] == "Spanje"]
    _pipe = _customers.weighted_pipeline(_ES_PIPE["waarde"].tolist(), _ES_PIPE["kans"].tolist())
    _TX = _data.load_dataset("transacties")
    _bought_2024 = set(_TX.loc[_TX["datum"].dt.year == 2024, "klant_id"])
    _ES_OLD = _ES_PIPE[_ES_PIPE["klant_id"].isin(_bought_2024)]
    _es_existing = _customers.weighted_pipeline(_ES_OLD["waarde"].tolist(), _ES_OLD["kans"].tolist())
    _es_new = _pipe - _es_existing     # the column 'pipeline nieuwe klanten' of deel 8's table

    opgave_pipeline = NumberExercise(
        title="Gewogen pipeline van Spanje",
        question=(
            "In de dataset `pipeline` staan de open verkoopkansen van Noordstroom op 31 december 2024, met per kans "
            "de orderwaarde (`waarde`) en de winkans (`kans`, een fractie). Wat is de gewogen pipeline van "
            "Noordstroom Spanje, in euro's?"
        ),
        expected=_pipe,
        unit="euro",
        rel_tol=0.0005,
        hints=(
            "Selecteer de kansen van Spanje: `pijplijn[pijplijn['land'] == 'Spanje']`.",
            "De gewogen pipeline is de som van waarde × kans over alle kansen; `customers.weighted_pipeline` "
            "rekent hem uit.",
        ),
        solution=(
            r"$$\text{gewogen pipeline} = \sum_i \text{waarde}_i \times \text{kans}_i$$"
            "\n\n"
            f"Spanje heeft {len(_ES_PIPE)} open kansen met samen {_euro(_ES_PIPE['waarde'].sum())} aan orderwaarde. "
            f"Gewogen met de winkans per fase is dat {_euro(_pipe)}."
        ),
        meaning=(
            f"Van deze {_euro(_pipe)} zit {_percent(_es_existing / _pipe, 0)} bij klanten die in 2024 al bij "
            "Noordstroom kochten. Die kansen zijn dus geen omzet bovenop de herhaalomzet, maar een deel ervan. In de "
            "bottom-upcontrole van deel 8 telt daarom alleen de pipeline bij nieuwe klanten apart mee "
            "(" + _REF_PIPE + ")."
        ),
        mistakes=(
            (float(_ES_PIPE["waarde"].sum()),
             "Je telde de orderwaarden op zonder ze te wegen. Een prospect met 10% winkans telt maar voor een tiende "
             "mee: vermenigvuldig elke waarde met haar kans (" + _REF_PIPE + ")."),
            (float(_ES_PIPE.loc[_ES_PIPE["kans"] >= 0.5, "waarde"].sum()),
             "Je telde alleen de kansen vanaf 50% volledig mee. De gewogen pipeline weegt elke kans met haar eigen "
             "winkans, ook de kleine (" + _REF_PIPE + ")."),
            (_pipe * 100,
             "Je rekende met de winkans als percentage (90 in plaats van 0,9). De kans is een fractie (" + _REF_PIPE + ")."),
            (_es_new,
             "Dat is alleen de gewogen pipeline bij nieuwe klanten, de kolom uit de controle van deel 8. Gevraagd is "
             "de hele gewogen pipeline van Spanje: alle open kansen, ook die bij klanten die al kochten (" + _REF_PIPE + ")."),
        ),
    )

    # --- your own data: read_table and a forecast ---------------------------------------------

    _OWN = _data.read_table(_data.example_file("maandomzet_uit_excel.csv"), {"maand": "datum", "omzet": "getal"})
    _OWN_SERIES = _OWN.set_index("maand")["omzet"]
    _own_forecast = float(_fc.exponential_smoothing(_OWN_SERIES, _OWN_ALPHA).forecast.iloc[0])
    _own_hw_january = float(_fc.holt_winters(_OWN_SERIES, 12, *_HW, horizon=12).forecast.iloc[0])   # the chart above

    opgave_eigen_data = NumberExercise(
        title="Een eigen Excel-bestand inlezen en voorspellen",
        question=(
            "Een installateur die klant is bij Noordstroom, stuurt zijn maandomzet van 2022 t/m 2024 als "
            "Excel-export: `maandomzet_uit_excel.csv`, met puntkomma's, datums als 01-01-2022 en bedragen als "
            "171.135,55. Lees het bestand met `read_table(example_file('maandomzet_uit_excel.csv'), "
            "{'maand': 'datum', 'omzet': 'getal'})`, maak er een reeks van met de maand als index en bereken met "
            f"exponentiële afvlakking (α = {_number(_OWN_ALPHA, 1)}, eerste niveau = eerste maand) de prognose voor "
            "januari 2025. Geef het bedrag in euro's."
        ),
        expected=_own_forecast,
        unit="euro",
        rel_tol=0.0005,
        hints=(
            "`tabel.set_index('maand')['omzet']` maakt van de tabel een reeks met de maanden als index.",
            f"`fc.exponential_smoothing(reeks, {_OWN_ALPHA})` geeft een resultaat; de prognose staat in `.forecast`.",
        ),
        solution=(
            "`read_table` herkent de puntkomma's en leest 171.135,55 als 171135.55. Daarna:\n\n"
            "```python\n"
            "tabel = read_table(example_file('maandomzet_uit_excel.csv'), {'maand': 'datum', 'omzet': 'getal'})\n"
            "reeks = tabel.set_index('maand')['omzet']\n"
            f"fc.exponential_smoothing(reeks, {_OWN_ALPHA}).forecast\n"
            "```\n\n"
            f"Het niveau na december 2024, en dus de prognose voor januari 2025, is {_euro(_own_forecast, 2)}."
        ),
        meaning=(
            "Een platte prognose ziet groei noch seizoen. De groei van deze installateur duwt januari omhoog, maar "
            "januari is bij hem ook een rustige maand, en dat duwt de omzet omlaag. Holt-Winters, dat beide ziet "
            f"(de grafiek hierboven), komt voor januari 2025 uit op {_euro(_own_hw_january)}: "
            f"{'onder' if _own_hw_january < _own_forecast else 'boven'} de platte prognose. De accountmanager "
            "gebruikt zo'n snelle prognose om het gesprek over de jaarafspraak te beginnen, niet om het af te sluiten "
            "(" + _REF_TIJD + ")."
        ),
        mistakes=(
            (_own_forecast / 1000,
             "Je getal is duizend keer te klein: de punten in 171.135,55 zijn scheidingstekens voor duizendtallen, "
             "geen decimaalpunten. Lees het bestand met `read_table`, dat Nederlandse getallen goed leest (" + _REF_TIJD + ")."),
            (float(_fc.exponential_smoothing(_OWN_SERIES, 1 - _OWN_ALPHA).forecast.iloc[0]),
             f"Je rekende met α = {_number(1 - _OWN_ALPHA, 1)}: de nieuwe maand krijgt gewicht α = "
             f"{_number(_OWN_ALPHA, 1)} (" + _REF_TIJD + ")."),
            (float(_OWN_SERIES.iloc[-1]),
             "Je nam de omzet van december 2024 (de naïeve prognose). Werk de afvlakking over alle 36 maanden uit "
             "(" + _REF_TIJD + ")."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_exponentieel = lazy_from(_case, "opgave_exponentieel")
opgave_gewogen = lazy_from(_case, "opgave_gewogen")
opgave_mape = lazy_from(_case, "opgave_mape")
opgave_holt_winters = lazy_from(_case, "opgave_holt_winters")
opgave_seizoensindex = lazy_from(_case, "opgave_seizoensindex")
opgave_trend = lazy_from(_case, "opgave_trend")
opgave_alfa = lazy_from(_case, "opgave_alfa")
opgave_pipeline = lazy_from(_case, "opgave_pipeline")
opgave_eigen_data = lazy_from(_case, "opgave_eigen_data")
