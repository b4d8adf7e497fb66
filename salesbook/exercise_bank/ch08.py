"""Exercises of chapter 8 — Beursmanagement.

Every expected answer is computed with :mod:`salesbook.fairs` and :mod:`salesbook.strategy` from
the case data of Noordstroom Technische Groothandel (data/beurzen.csv) and the case stand plan
(``fairs.CASE_...``); nothing is typed in by hand.
"""

from __future__ import annotations

import functools as _functools
import math as _math
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book as _book
from salesbook import data as _data
from salesbook import fairs as _fairs
from salesbook import strategy as _strategy
from salesbook.exercises import ChoiceExercise, NumberExercise, lazy_from
from salesbook.formatting import euro as _euro
from salesbook.formatting import number as _number
from salesbook.formatting import percent as _percent
from salesbook.formatting import tex_number as _tex


_LABELS = {"score_doelgroep": "bereik Nederlandse doelgroep", "score_beslissers": "beslissers", "score_assortiment": "assortiment",
           "score_kosten": "kosten", "score_concurrenten": "concurrenten", "score_internationaal": "internationaal"}

_STAND = _fairs.CASE_STAND


def _about_percent(x: float) -> str:
    """A share as a whole percent with the right qualifier: 'bijna 48%' for 47,8%, 'ruim 48%' for 48,3%,
    '48%' when it is 48% to one decimal."""
    whole = round(x * 100)
    word = "" if round(x * 100, 1) == whole else "bijna " if x * 100 < whole else "ruim "
    return f"{word}{_percent(whole / 100, 0)}"


#: The exercises ask the worked examples' reasoning on other data (issue 12): Marketing's importances (competitors
#: present weigh more, costs less), a lower qualification rate in Dubai (the notebook's table shows Dubai's staff at
#: the case rate) and at Gorinchem, 30 orders instead of the worked example's 40, a lower retention of new customers.
_ORDERS = 30
_DUBAI_QUALIFICATION = 0.20
_MARKETING_IMPORTANCE = {"score_concurrenten": 9, "score_kosten": 3}
#: A goal abroad (exercise 2): international reach counts fully, reaching the Dutch target group much less.
_ABROAD_IMPORTANCE = {"score_internationaal": 10, "score_doelgroep": 2}
_LOW_QUALIFICATION = 0.25
_LOW_RETENTION = 0.6


@_functools.cache
def _case() -> _SimpleNamespace:
    """The chapter's case values and exercises, computed from the case data on first use.

    Nothing is read when the module is imported: the first check, hint or display of one of
    the exercises below builds them all, once.
    """
    _REF_SELECTIE = _book.ref("beursselectie")
    _REF_BEGROTING = _book.ref("beursbegroting")
    _REF_STAND = _book.ref("standbeheer")
    _REF_EVALUATIE = _book.ref("beursevaluatie")
    _FAIRS = _data.load_dataset("beurzen")
    _BY_ID = _FAIRS.set_index("beurs_id")
    _IMPORTANCE = dict(_fairs.CASE_IMPORTANCE)
    _TOTAL_IMPORTANCE = sum(_IMPORTANCE.values())
    _WEIGHTS = _strategy.normalize_weights(_IMPORTANCE)
    _IMPORTANCE_TEXT = ", ".join(f"{_LABELS[k]} {_number(v)}" for k, v in _IMPORTANCE.items())
    _RATES = list(_fairs.CASE_RATES)
    _DAYS_B01 = int(_BY_ID.loc["B01", "dagen"])
    _COST_B01 = float(_fairs.stand_budget(_BY_ID.loc["B01"], **_STAND)["bedrag"].sum())

    def _scores_text(row) -> str:
        return ", ".join(f"{_LABELS[k]} {int(row[k])}" for k in _IMPORTANCE)

    # --- the weighted score of one fair ------------------------------------------------------------

    # Other data than the worked example: Marketing's importances (_MARKETING_IMPORTANCE) instead of the sales
    # team's, so the ranking above does not show the answer.
    _IMP_MKT = dict(_IMPORTANCE, **_MARKETING_IMPORTANCE)
    _TOTAL_MKT = sum(_IMP_MKT.values())
    _IMP_MKT_TEXT = ", ".join(f"{_LABELS[k]} {_number(v)}" for k, v in _IMP_MKT.items())
    _FAIR1 = _BY_ID.loc["B02"]
    _FAIR1_SCORES = {k: float(_FAIR1[k]) for k in _IMP_MKT}
    _FAIR1_SCORE = _strategy.weighted_score(_FAIR1_SCORES, _strategy.normalize_weights(_IMP_MKT))
    _FAIR1_CASE = _strategy.weighted_score(_FAIR1_SCORES, _WEIGHTS)
    _FAIR1_SUM = sum(_IMP_MKT[k] * _FAIR1_SCORES[k] for k in _IMP_MKT)
    _CASE_WINNER = _fairs.rank_fairs(_FAIRS, _WEIGHTS).index[0]
    _RANK_MKT = _fairs.rank_fairs(_FAIRS, _strategy.normalize_weights(_IMP_MKT))
    _OTHER_MKT = _CASE_WINNER if _CASE_WINNER != _FAIR1["naam"] else _RANK_MKT.index[1]

    opgave_gewogen_score = NumberExercise(
        title=f"De gewogen score met de gewichten van Marketing ({_REF_SELECTIE})",
        question=(
            "Marketing wil vooral zichtbaar zijn waar de belangrijke concurrenten staan en kijkt minder naar de kosten "
            f"dan het salesteam. Marketing geeft elk criterium een belang van 0 tot 10: {_IMP_MKT_TEXT} (samen "
            f"{_number(_TOTAL_MKT)} punten). De gewichten zijn het belang gedeeld door die som. "
            f"{_FAIR1['naam']} in {_FAIR1['stad']} scoort (1–10): {_scores_text(_FAIR1)}. "
            "Wat is met de gewichten van Marketing de gewogen score van deze beurs? Geef het getal met twee "
            "decimalen. "
            "Denk ook na: wat betekent dit voor de salesmanager?"
        ),
        expected=float(round(_FAIR1_SCORE, 2)),
        unit="getal",
        rel_tol=0.0,
        abs_tol=0.006,
        hints=(
            f"Reken eerst de gewichten uit: elk belang gedeeld door {_number(_TOTAL_MKT)}. Samen zijn ze precies 1.",
            "Vermenigvuldig per criterium het gewicht met de score en tel de zes uitkomsten op.",
            f"Je kunt ook eerst Σ belang × score uitrekenen en die som daarna door {_number(_TOTAL_MKT)} delen.",
        ),
        solution=(
            r"$$\text{gewogen score} = \frac{\sum_i \text{belang}_i \cdot s_i}{\sum_i \text{belang}_i} = \frac{"
            + " + ".join(rf"{_number(_IMP_MKT[k])} \cdot {int(_FAIR1_SCORES[k])}" for k in _IMP_MKT)
            + rf"}}{{{_number(_TOTAL_MKT)}}} = \frac{{{_tex(_FAIR1_SUM)}}}{{{_number(_TOTAL_MKT)}}} = "
            rf"{_tex(_FAIR1_SCORE, 2)}$$"
        ),
        meaning=(
            f"Met de gewichten van het salesteam scoort {_FAIR1['naam']} {_number(_FAIR1_CASE, 2)}; met die van "
            f"Marketing {_number(_FAIR1_SCORE, 2)}, tegen {_number(_RANK_MKT.loc[_OTHER_MKT, 'score'], 2)} voor "
            f"{_OTHER_MKT}. Met deze gewichten staat {_RANK_MKT.index[0]} bovenaan. Wie de gewichten kiest, kiest dus "
            "mee de beurs. De salesmanager "
            "spreekt daarom vóóraf met Marketing en de vestigingen af welke doelen tellen, legt de gewichten vast "
            "voordat iemand de scores ziet, en kijkt daarna ook naar de kosten per lead."
        ),
        mistakes=(
            (float(round(sum(_FAIR1_SCORES.values()) / len(_FAIR1_SCORES), 2)),
             "Je nam het gewone gemiddelde van de scores. Elk criterium telt mee met zijn eigen gewicht: "
             f"vermenigvuldig score × gewicht ({_REF_SELECTIE})."),
            (float(_FAIR1_SUM),
             f"Je telde belang × score op, maar deelde niet door de som van het belang ({_number(_TOTAL_MKT)}). "
             f"Pas dan tellen de gewichten op tot 1 en blijft de score op de schaal 1–10 ({_REF_SELECTIE})."),
            (float(round(_FAIR1_SUM / 10, 2)),
             "Je deelde het belang door 10 in plaats van door de som van het belang. Dan tellen de gewichten niet op "
             f"tot 1 en komt de score boven de 10 uit ({_REF_SELECTIE})."),
        ),
    )

    # --- which fair when international reach matters more ---------------------------------------

    _IMPORTANCE_INT = dict(_IMPORTANCE, **_ABROAD_IMPORTANCE)
    _OTHER_FOUR_TEXT = ", ".join(f"{_LABELS[k]} {_number(v)}" for k, v in _IMPORTANCE.items() if k not in _ABROAD_IMPORTANCE)
    # A typical slip: raising international reach but keeping the Dutch reach at the sales team's importance.
    _ONLY_INT = _fairs.rank_fairs(_FAIRS, _strategy.normalize_weights(
        dict(_IMPORTANCE, score_internationaal=_ABROAD_IMPORTANCE["score_internationaal"]))).index[0]
    _RANK_INT = _fairs.rank_fairs(_FAIRS, _strategy.normalize_weights(_IMPORTANCE_INT))
    _RANK_CASE = _fairs.rank_fairs(_FAIRS, _WEIGHTS)
    _WINNER_INT = _RANK_INT.index[0]
    _WINNER_INT_ROW = _FAIRS.set_index("naam").loc[_WINNER_INT]
    _SECOND_SCORE = float(_RANK_INT["score"].iloc[1])
    #: Every fair in second place; more than one when the second place is shared (equal scores).
    _RUNNERS_UP = [n for n, v in _RANK_INT["score"].items()
                   if n != _WINNER_INT and _math.isclose(v, _SECOND_SCORE, abs_tol=1e-9)]
    _SECOND_TEXT = ("gedeeld tweede" if len(_RUNNERS_UP) > 1 else "tweede")

    def _runner_up_feedback(name: str) -> str:
        """Why a fair in second place is not the answer, from its scores and the winner's."""
        row = _FAIRS.set_index("naam").loc[name]
        others = [o for o in _RUNNERS_UP if o != name]
        place = f"{_SECOND_TEXT} ({_number(_SECOND_SCORE, 2)}" + (f", samen met {' en '.join(others)})" if others else ")")
        better = [f"{_LABELS[k]} ({int(_WINNER_INT_ROW[k])} tegen {int(row[k])})" for k in _IMPORTANCE
                  if k not in _ABROAD_IMPORTANCE and _WINNER_INT_ROW[k] > row[k]]
        return (f"{name} in {row['stad']} komt met de nieuwe gewichten {place}, niet eerste. {_WINNER_INT} scoort "
                f"hoger op internationaal bereik ({int(_WINNER_INT_ROW['score_internationaal'])} tegen "
                f"{int(row['score_internationaal'])}), het criterium dat nu zwaar weegt"
                + (", en ook op " + " en ".join([", ".join(better[:-1]), better[-1]] if len(better) > 1 else better)
                   if better else "")
                + f". Reken de gewogen scores nog eens na ({_REF_SELECTIE}).")

    opgave_beurskeuze = ChoiceExercise(
        title=f"Welke beurs bij een internationale ambitie? ({_REF_SELECTIE})",
        question=(
            "De directie wil dat de beurs vooral klanten voor de buitenlandse vestigingen oplevert, niet voor "
            "Nederland. Het salesteam zet het belang van internationaal bereik daarom op "
            f"{_number(_ABROAD_IMPORTANCE['score_internationaal'])} en dat van het bereik van de Nederlandse doelgroep "
            f"op {_number(_ABROAD_IMPORTANCE['score_doelgroep'])}; de andere vier blijven gelijk ({_OTHER_FOUR_TEXT}). "
            "Welke beurs staat dan bovenaan? Geef de naam van de beurs (of haar nummer, zoals B01). Gebruik "
            "`fairs.rank_fairs` met `strategy.normalize_weights`, of de widget hierboven. "
            "Denk ook na: wat betekent dit voor de salesmanager?"
        ),
        expected=(str(_WINNER_INT), str(_WINNER_INT_ROW["beurs_id"]), str(_WINNER_INT_ROW["stad"])),
        unit="tekst",
        hints=(
            "Verander alleen de twee belangen (internationaal bereik en bereik van de Nederlandse doelgroep) en reken "
            "de gewichten opnieuw uit: ze tellen samen weer op tot 1.",
            "`ranking = fairs.rank_fairs(load_dataset('beurzen'), strategy.normalize_weights(belang))` geeft de volgorde; "
            "`ranking.index[0]` is de winnaar.",
        ),
        solution=(
            f"Met het belang {_number(sum(_IMPORTANCE_INT.values()))} punten in totaal weegt internationaal bereik nu "
            f"{_percent(_ABROAD_IMPORTANCE['score_internationaal'] / sum(_IMPORTANCE_INT.values()), 1)} in plaats van "
            f"{_percent(_WEIGHTS['score_internationaal'], 1)}, en het bereik van de Nederlandse doelgroep "
            f"{_percent(_ABROAD_IMPORTANCE['score_doelgroep'] / sum(_IMPORTANCE_INT.values()), 1)} in plaats van "
            f"{_percent(_WEIGHTS['score_doelgroep'], 1)}. De top: "
            + f"{_WINNER_INT} ({_number(_RANK_INT['score'].iloc[0], 2)}); {_SECOND_TEXT}: "
            + " en ".join(f"{n} ({_FAIRS.set_index('naam').loc[n, 'stad']})" for n in _RUNNERS_UP)
            + f" met {_number(_SECOND_SCORE, 2)}"
            + (" elk" if len(_RUNNERS_UP) > 1 else "")
            + f". Winnaar: {_WINNER_INT} in {_WINNER_INT_ROW['stad']}."
        ),
        meaning=(
            f"Een ander doel verschuift de keuze van {_RANK_CASE.index[0]} naar {_WINNER_INT}. De weging is dus de echte "
            "beslissing: de salesmanager stemt haar af op de doelen van het verkoopplan (groei in Nederland of "
            "export?) en niet op de beurs die hij het leukst vindt."
        ),
        mistakes=(
            (str(_RANK_CASE.index[0]),
             "Dat is de winnaar met de oorspronkelijke gewichten. Verander de twee belangen zoals de vraag zegt en "
             f"reken opnieuw ({_REF_SELECTIE})."),
            *([(str(key),
                f"Dan verhoogde je alleen het belang van internationaal bereik. Het doel is nu buitenland in plaats van "
                f"Nederland, dus ook het bereik van de Nederlandse doelgroep gaat omlaag, naar "
                f"{_number(_ABROAD_IMPORTANCE['score_doelgroep'])}. Een criterium moet bij het doel passen "
                f"({_REF_SELECTIE}).")
               for key in (_ONLY_INT, _FAIRS.set_index("naam").loc[_ONLY_INT, "beurs_id"],
                           _FAIRS.set_index("naam").loc[_ONLY_INT, "stad"])]
              if _ONLY_INT not in (_WINNER_INT, _RANK_CASE.index[0], *_RUNNERS_UP) else []),
            *[(str(key), _runner_up_feedback(n)) for n in _RUNNERS_UP
              for key in (n, _FAIRS.set_index("naam").loc[n, "beurs_id"], _FAIRS.set_index("naam").loc[n, "stad"])],
        ),
    )

    # --- the budget of the Dubai fair --------------------------------------------------------------

    _DUBAI = _BY_ID.loc["B07"]
    _DUBAI_BUDGET = _fairs.stand_budget(_DUBAI, **_STAND)
    _DUBAI_TOTAL = float(_DUBAI_BUDGET["bedrag"].sum())
    _DUBAI_DAYS = int(_DUBAI["dagen"])
    _DUBAI_TRAVEL = float(_DUBAI_BUDGET.loc["reis en verblijf", "bedrag"])
    _DUBAI_STAFF = float(_DUBAI_BUDGET.loc["standbemanning", "bedrag"])

    opgave_beursbudget = NumberExercise(
        title=f"Wat kost dezelfde stand in Dubai? ({_REF_BEGROTING})",
        question=(
            f"Noordstroom overweegt dezelfde stand ook op de {_DUBAI['naam']} in Dubai ({_DUBAI_DAYS} dagen): "
            f"{_number(_STAND['stand_m2'])} m², {_number(_STAND['staff'])} standmedewerkers die elke beursdag "
            f"{_number(_STAND['hours_per_day'])} uur op de stand staan tegen {_euro(_STAND['hourly_rate'])} per uur, "
            f"promotie en uitnodigingen {_euro(_STAND['promotion'])}, catering {_euro(_STAND['catering'])} en opvolging "
            f"{_euro(_STAND['follow_up'])}. De beurs rekent {_euro(_DUBAI['standhuur_per_m2'])} standhuur en "
            f"{_euro(_DUBAI['standbouw_per_m2'])} standbouw per m²; reis en verblijf kosten "
            f"{_euro(_DUBAI['reis_verblijf_per_dag'])} per medewerker per beursdag. Wat is het totale beursbudget in "
            "euro's? Denk ook na: wat betekent dit voor de salesmanager?"
        ),
        expected=_DUBAI_TOTAL,
        unit="euro",
        rel_tol=0.0,
        abs_tol=0.5,
        hints=(
            "Reken post voor post: standhuur, standbouw, standbemanning, reis en verblijf, promotie, catering, opvolging.",
            "Standbemanning = medewerkers × dagen × uren per dag × uurtarief; reis en verblijf = medewerkers × dagen × "
            "bedrag per dag.",
            f"De standbemanning kost {_euro(_DUBAI_STAFF)}.",
        ),
        solution=(
            "Per post:\n\n"
            + "\n".join(f"- {post}: {_euro(v)}" for post, v in _DUBAI_BUDGET["bedrag"].items())
            + f"\n\nTotaal {_euro(_DUBAI_TOTAL)}."
        ),
        meaning=(
            f"Dezelfde stand kost in Dubai {_euro(_DUBAI_TOTAL - _COST_B01)} "
            "meer dan in Gorinchem. Dat is alleen verstandig als de vestiging Midden-Oosten genoeg leads kan opvolgen "
            "en de orders groot genoeg zijn; de salesmanager vergelijkt daarom niet de budgetten, maar de kosten per "
            "lead en het rendement."
        ),
        mistakes=(
            (_DUBAI_TOTAL - _DUBAI_TRAVEL,
             "Je vergat reis en verblijf: per medewerker per beursdag, dus medewerkers × dagen × het bedrag per dag "
             f"({_REF_BEGROTING})."),
            (_DUBAI_TOTAL - _DUBAI_STAFF + _DUBAI_STAFF / _DUBAI_DAYS,
             f"Je rekende de standbemanning voor één dag. De medewerkers staan er alle beursdagen ({_REF_BEGROTING})."),
            (_DUBAI_TOTAL - float(_DUBAI_BUDGET.loc["standbouw en inrichting", "bedrag"]),
             "Je vergat de standbouw: een lege vloer is geen stand. Bouw en inrichting kosten per m² vaak meer dan de "
             f"huur ({_REF_BEGROTING})."),
        ),
    )

    # --- staffing in Dubai -----------------------------------------------------------------------------

    _STAFF_DUBAI = _fairs.staff_needed(_fairs.CASE_TARGET_LEADS, _fairs.CASE_CONTACTS_PER_HOUR, _STAND["hours_per_day"],
                                       _DUBAI_DAYS, _DUBAI_QUALIFICATION)
    _STAFF_DUBAI_CASE_RATE = _fairs.staff_needed(_fairs.CASE_TARGET_LEADS, _fairs.CASE_CONTACTS_PER_HOUR,
                                                 _STAND["hours_per_day"], _DUBAI_DAYS, _RATES[0])
    _CONTACTS_DUBAI = _fairs.CASE_TARGET_LEADS / _DUBAI_QUALIFICATION
    _PER_PERSON_DUBAI = _fairs.CASE_CONTACTS_PER_HOUR * _STAND["hours_per_day"] * _DUBAI_DAYS

    opgave_standbemanning = NumberExercise(
        title=f"Hoeveel mensen op de stand in Dubai? ({_REF_STAND})",
        question=(
            f"Ook in Dubai wil Noordstroom {_number(_fairs.CASE_TARGET_LEADS)} gekwalificeerde leads. Een "
            f"standmedewerker spreekt {_number(_fairs.CASE_CONTACTS_PER_HOUR)} bezoekers per uur, de stand is "
            f"{_number(_STAND['hours_per_day'])} uur per dag open en de beurs duurt {_DUBAI_DAYS} dagen. Op deze beurs "
            "hoort maar een klein deel van de bezoekers bij de doelgroep van Noordstroom; de salesmanager verwacht "
            f"daarom dat maar {_percent(_DUBAI_QUALIFICATION, 0)} van de contacten een gekwalificeerde lead wordt, in "
            f"plaats van {_percent(_RATES[0], 0)} in het plan. Hoeveel standmedewerkers zijn nodig? "
            "Denk ook na: wat betekent dit voor de salesmanager?"
        ),
        expected=float(_STAFF_DUBAI),
        unit="aantal",
        rel_tol=0.0,
        abs_tol=0.01,
        hints=(
            "Reken eerst uit hoeveel contacten nodig zijn: leaddoel / kwalificatiegraad.",
            "Eén medewerker maakt contacten per uur × uren per dag × dagen contacten. Deel en rond naar boven af: een "
            "halve medewerker bestaat niet.",
        ),
        solution=(
            rf"$$\left\lceil \frac{{{_number(_fairs.CASE_TARGET_LEADS)} / {_tex(_DUBAI_QUALIFICATION, 2)}}}"
            rf"{{{_number(_fairs.CASE_CONTACTS_PER_HOUR)} \times {_number(_STAND['hours_per_day'])} \times {_DUBAI_DAYS}}}"
            rf"\right\rceil = \left\lceil \frac{{{_tex(_CONTACTS_DUBAI, 1)}}}{{{_number(_PER_PERSON_DUBAI)}}} \right\rceil = "
            rf"\lceil {_tex(_CONTACTS_DUBAI / _PER_PERSON_DUBAI, 2)} \rceil = {_STAFF_DUBAI}$$"
        ),
        meaning=(
            f"Bij {_percent(_RATES[0], 0)} kwalificatie waren in Dubai {_STAFF_DUBAI_CASE_RATE} mensen genoeg (de tabel "
            f"hierboven); bij {_percent(_DUBAI_QUALIFICATION, 0)} zijn het er {_STAFF_DUBAI}, al duurt de beurs "
            f"{_DUBAI_DAYS} in plaats van {_DAYS_B01} dagen. Een beurs met weinig doelgroep kost dus niet alleen meer per "
            f"m², maar ook meer mensen, die {_DUBAI_DAYS} dagen niet bij hun eigen klanten verkopen. De salesmanager "
            "plant de bemanning in ploegen en kiest mensen die de taal en de klanten van de regio kennen."
        ),
        mistakes=(
            (float(int(_CONTACTS_DUBAI / _PER_PERSON_DUBAI)),
             f"Je rondde naar beneden af. Met minder mensen haal je het leaddoel niet: rond naar boven af ({_REF_STAND})."),
            (float(_fairs.staff_needed(_fairs.CASE_TARGET_LEADS, _fairs.CASE_CONTACTS_PER_HOUR, _STAND["hours_per_day"],
                                       _DUBAI_DAYS, 1.0)),
             "Je rekende alsof elk contact een lead wordt. Deel het leaddoel eerst door de kwalificatiegraad: je hebt "
             f"meer contacten nodig dan leads ({_REF_STAND})."),
            (float(_fairs.staff_needed(_fairs.CASE_TARGET_LEADS, _fairs.CASE_CONTACTS_PER_HOUR, _STAND["hours_per_day"],
                                       _DAYS_B01, _DUBAI_QUALIFICATION)),
             f"Je rekende met {_DAYS_B01} beursdagen, zoals in Gorinchem. De beurs in Dubai duurt {_DUBAI_DAYS} dagen "
             f"({_REF_STAND})."),
            (float(_STAFF_DUBAI_CASE_RATE),
             f"Je rekende met de kwalificatiegraad van het plan ({_percent(_RATES[0], 0)}). In Dubai wordt maar "
             f"{_percent(_DUBAI_QUALIFICATION, 0)} van de contacten een lead, dus zijn er meer contacten nodig ({_REF_STAND})."),
        ),
    )

    # --- cost per lead at Gorinchem ----------------------------------------------------------------------

    _CONTACTS_B01 = _STAND["staff"] * _fairs.CASE_CONTACTS_PER_HOUR * _STAND["hours_per_day"] * _DAYS_B01
    _LEADS_B01 = _fairs.follow_up_funnel(_CONTACTS_B01, _RATES[:1])[1]
    _CPL_CASE = _fairs.cost_per_lead(_COST_B01, _LEADS_B01)
    # Other data than the worked example: a qualification rate of _LOW_QUALIFICATION instead of the case's.
    _LEADS_LOW = _fairs.follow_up_funnel(_CONTACTS_B01, [_LOW_QUALIFICATION])[1]
    _CPL = _fairs.cost_per_lead(_COST_B01, _LEADS_LOW)

    opgave_kosten_per_lead = NumberExercise(
        title=f"Wat kost een beurslead? ({_REF_EVALUATIE})",
        question=(
            f"Op de Installatievakdagen in Gorinchem ({_DAYS_B01} dagen) staan {_number(_STAND['staff'])} "
            f"standmedewerkers, elk {_number(_STAND['hours_per_day'])} uur per dag, die gemiddeld "
            f"{_number(_fairs.CASE_CONTACTS_PER_HOUR)} bezoekers per uur spreken. De beurs kost in totaal "
            f"{_euro(_COST_B01)}. Het plan rekent met een kwalificatiegraad van {_percent(_RATES[0], 0)}, maar de "
            "salesmanager vreest dat er minder doelgroep op de stand komt. Stel dat maar "
            f"{_percent(_LOW_QUALIFICATION, 0)} van de contacten een gekwalificeerde lead wordt. Wat kost dan één "
            "gekwalificeerde lead, in euro's? Denk ook na: wat betekent dit voor de salesmanager?"
        ),
        expected=float(round(_CPL, 2)),
        unit="euro",
        rel_tol=0.0,
        abs_tol=0.5,
        hints=(
            "Reken eerst het aantal contacten uit: medewerkers × contacten per uur × uren per dag × dagen.",
            "Leads = contacten × kwalificatiegraad; kosten per lead = beurskosten / leads.",
            f"Het aantal contacten is {_number(_CONTACTS_B01)}.",
        ),
        solution=(
            rf"$$\text{{leads}} = {_number(_CONTACTS_B01)} \times {_tex(_LOW_QUALIFICATION, 2)} = {_tex(_LEADS_LOW, 1)}, \qquad "
            rf"\text{{kosten per lead}} = \frac{{{_tex(_COST_B01)}}}{{{_tex(_LEADS_LOW, 1)}}} = {_tex(_CPL, 2)}\ \text{{euro}}$$"
        ),
        meaning=(
            f"Een beurslead kost dan zo'n {_euro(_CPL)} in plaats van {_euro(_CPL_CASE)}: dezelfde kosten, minder "
            "leads. Daarom nodigt de salesmanager vooraf gericht de doelgroep uit. En dat bedrag is pas verdiend als "
            "de lead ook wordt opgevolgd: een "
            "lead die nooit gebeld wordt, kost evenveel maar levert niets op. Vergelijk het ook met andere bronnen, "
            "zoals de website of koude acquisitie."
        ),
        mistakes=(
            (float(round(_fairs.cost_per_contact(_COST_B01, _CONTACTS_B01), 2)),
             "Dat zijn de kosten per contact. Niet elk contact is een lead: deel door het aantal gekwalificeerde leads "
             f"({_REF_EVALUATIE})."),
            (float(round(_fairs.cost_per_lead(_COST_B01, _fairs.CASE_TARGET_LEADS), 2)),
             f"Je deelde door het leaddoel ({_number(_fairs.CASE_TARGET_LEADS)}). Een doel is nog geen uitkomst: bij "
             f"{_percent(_LOW_QUALIFICATION, 0)} kwalificatie leveren {_number(_CONTACTS_B01)} contacten "
             f"{_number(_LEADS_LOW)} leads op, "
             + ("minder" if _LEADS_LOW < _fairs.CASE_TARGET_LEADS else "meer")
             + f" dan het doel. Reken met de leads die de contacten opleveren ({_REF_EVALUATIE})."),
            (float(round(_COST_B01 / (_CONTACTS_B01 / _DAYS_B01 * _LOW_QUALIFICATION), 2)),
             f"Je telde de contacten van één dag. De medewerkers staan er alle beursdagen ({_REF_EVALUATIE})."),
        ),
    )

    # --- backward: contacts needed for _ORDERS orders--------------------------------------------------------

    _NEED = _fairs.contacts_needed(_ORDERS, _RATES)
    _ONCE = _fairs.contacts_needed(_ORDERS, [_RATES[0] * _RATES[1] * _RATES[2]])[0]
    _STEPS = []
    _below = _ORDERS
    for _name, _rate, _n in zip(("offertes", "leads", "contacten"), reversed(_RATES), reversed(_NEED[:-1])):
        _STEPS.append(rf"N_\text{{{_name}}} = \lceil {_below} / {_tex(_rate, 2)} \rceil = "
                      rf"\lceil {_tex(_below / _rate, 2)} \rceil = {_n}")
        _below = _n

    opgave_contacten_nodig = NumberExercise(
        title=f"Hoeveel contacten voor {_ORDERS} orders? ({_REF_EVALUATIE})",
        question=(
            f"De salesmanager wil dat de beurs {_ORDERS} nieuwe klanten (orders) oplevert. Van de contacten wordt "
            f"{_percent(_RATES[0], 0)} een lead, van de leads krijgt {_percent(_RATES[1], 0)} een offerte en "
            f"{_percent(_RATES[2], 0)} van de offertes wordt een order. Hoeveel contacten moet het standteam minstens "
            "maken, als je in elke fase met hele aantallen rekent? Denk ook na: wat betekent dit voor de salesmanager?"
        ),
        expected=float(_NEED[0]),
        unit="aantal",
        rel_tol=0.0,
        abs_tol=0.5,
        hints=(
            f"Werk van onder naar boven (de reverse funnel): hoeveel offertes zijn nodig voor {_ORDERS} orders? Daarna leads, "
            "daarna contacten.",
            "Deel in elke fase door de conversie naar de volgende fase, en rond elke fase naar boven af.",
            f"Offertes: ⌈{_ORDERS} / {_number(_RATES[2], 2)}⌉ = {_NEED[2]}.",
        ),
        solution="Van onder naar boven, in elke fase naar boven afgerond:\n\n$$" + r" \qquad ".join(_STEPS) + "$$",
        meaning=(
            f"{_number(_NEED[0])} contacten is {_about_percent(_NEED[0] / _CONTACTS_B01 - 1)} meer dan de "
            f"{_number(_CONTACTS_B01)} die het geplande team in Gorinchem haalt. De salesmanager moet dus kiezen: meer "
            "mensen op de stand, een hogere kwalificatiegraad (betere uitnodigingen, scherpere doelgroep) of beter "
            "opvolgen, zodat meer leads een offerte krijgen."
        ),
        mistakes=(
            (float(_ONCE),
             "Je deelde in één keer door het product van de drie conversies en rondde pas aan het eind af. Omdat je in "
             f"elke fase met hele aantallen werkt, rond je fase voor fase naar boven af ({_REF_EVALUATIE})."),
            (float(round(_ORDERS * _RATES[0] * _RATES[1] * _RATES[2], 2)),
             "Je vermenigvuldigde met de conversies in plaats van erdoor te delen. Terugrekenen vanaf het aantal "
             f"orders moet een groter getal geven ({_REF_EVALUATIE})."),
            (float(_NEED[1]),
             "Dat is het aantal leads. De vraag is hoeveel contacten nodig zijn: deel nog één keer, door de "
             f"kwalificatiegraad ({_REF_EVALUATIE})."),
        ),
    )

    # --- ROI over three years ------------------------------------------------------------------------------

    _ORDERS_B01 = _fairs.follow_up_funnel(_CONTACTS_B01, _RATES)[-1]
    _FIRST = _fairs.margin_won(_ORDERS_B01, _fairs.CASE_ORDER_VALUE, _fairs.CASE_GROSS_MARGIN)
    _THREE = _fairs.margin_won(_ORDERS_B01, _fairs.CASE_ORDER_VALUE, _fairs.CASE_GROSS_MARGIN, years=_fairs.CASE_YEARS,
                               retention=_LOW_RETENTION, discount_rate=_fairs.CASE_DISCOUNT_RATE)
    _FACTOR = _fairs.repeat_factor(_fairs.CASE_YEARS, _LOW_RETENTION, _fairs.CASE_DISCOUNT_RATE)
    _ROI3 = _fairs.fair_roi(_THREE, _COST_B01)
    _UNDISCOUNTED = _fairs.margin_won(_ORDERS_B01, _fairs.CASE_ORDER_VALUE, _fairs.CASE_GROSS_MARGIN,
                                      years=_fairs.CASE_YEARS, retention=_LOW_RETENTION)

    opgave_beurs_roi = NumberExercise(
        title=f"Het rendement van de beurs over drie jaar ({_REF_EVALUATIE})",
        question=(
            f"De beurs in Gorinchem kost {_euro(_COST_B01)} en levert naar verwachting {_number(_ORDERS_B01, 3)} nieuwe "
            f"klanten op ({_number(_CONTACTS_B01)} contacten × {_number(_RATES[0], 2)} × {_number(_RATES[1], 2)} × "
            f"{_number(_RATES[2], 2)}). Een nieuwe klant koopt het eerste jaar voor {_euro(_fairs.CASE_ORDER_VALUE)} "
            f"tegen {_percent(_fairs.CASE_GROSS_MARGIN, 0)} brutomarge. Het notebook rekende met "
            f"{_percent(_fairs.CASE_RETENTION, 0)} herhaalkans; de controller vindt dat te optimistisch. Stel dat elk "
            f"jaar maar {_percent(_LOW_RETENTION, 0)} van de klanten van het jaar ervoor opnieuw hetzelfde bedrag "
            "bestelt. Wat is "
            f"de ROI van de beurs over {_fairs.CASE_YEARS} jaar (het eerste jaar meegeteld), met een "
            f"disconteringsvoet van {_percent(_fairs.CASE_DISCOUNT_RATE, 0)}? Geef een fractie, bijvoorbeeld 0.25. "
            "Denk ook na: wat betekent dit voor de salesmanager?"
        ),
        expected=float(round(_ROI3, 4)),
        unit="fractie",
        rel_tol=0.0,
        abs_tol=0.002,
        hints=(
            "Brutomarge in het eerste jaar = orders × omzet per klant × brutomarge.",
            f"Over {_fairs.CASE_YEARS} jaar: vermenigvuldig met 1 + r/(1+d) + r²/(1+d)², met r = "
            f"{_number(_LOW_RETENTION, 2)} en d = {_number(_fairs.CASE_DISCOUNT_RATE, 2)}.",
            "ROI = (brutomarge − beurskosten) / beurskosten.",
        ),
        solution=(
            rf"$$\text{{marge jaar 1}} = {_tex(_ORDERS_B01, 3)} \times {_tex(_fairs.CASE_ORDER_VALUE)} \times "
            rf"{_tex(_fairs.CASE_GROSS_MARGIN, 2)} = {_tex(_FIRST, 2)}$$"
            rf"$$\text{{herhaalfactor}} = 1 + \frac{{{_tex(_LOW_RETENTION, 2)}}}{{{_tex(1 + _fairs.CASE_DISCOUNT_RATE, 2)}}}"
            rf" + \frac{{{_tex(_LOW_RETENTION ** 2, 2)}}}{{{_tex((1 + _fairs.CASE_DISCOUNT_RATE) ** 2, 2)}}} = "
            rf"{_tex(_FACTOR, 4)}$$"
            rf"$$\text{{ROI}} = \frac{{{_tex(_THREE)} - {_tex(_COST_B01)}}}{{{_tex(_COST_B01)}}} = {_tex(_ROI3, 3)}$$"
        ),
        meaning=(
            f"In het eerste jaar verdient de beurs zichzelf maar net terug (ROI {_percent(_fairs.fair_roi(_FIRST, _COST_B01), 1)}); "
            f"over {_fairs.CASE_YEARS} jaar is de ROI bij {_percent(_LOW_RETENTION, 0)} herhaalkans "
            f"{_percent(_ROI3, 1)}, lager dan met {_percent(_fairs.CASE_RETENTION, 0)}. Het rendement rust dus "
            "sterk op de aanname dat nieuwe klanten blijven; de salesmanager toetst die aan de retentie in het CRM. "
            "En de brutomarge is nog geen winst: de kosten om de klant te bedienen (cost-to-serve) gaan er nog af, "
            "en niet elke order van een beurslead komt alleen door de beurs."
        ),
        mistakes=(
            (float(round(_fairs.fair_roi(_FIRST, _COST_B01), 4)),
             f"Dat is de ROI van alleen het eerste jaar. Tel ook de herhaalorders van jaar 2 en 3 mee ({_REF_EVALUATIE})."),
            (float(round(_fairs.fair_roi(_UNDISCOUNTED, _COST_B01), 4)),
             "Je vergat te verdisconteren: een euro marge over één of twee jaar is vandaag minder waard. Deel door "
             f"(1 + d) en (1 + d)² ({_REF_EVALUATIE})."),
            (float(round(_THREE / _COST_B01, 4)),
             "Je deelde de marge door de kosten, maar trok de kosten er niet eerst af. ROI = (marge − kosten) / "
             f"kosten ({_REF_EVALUATIE})."),
            (float(round(_fairs.fair_roi(_THREE / _fairs.CASE_GROSS_MARGIN, _COST_B01), 4)),
             "Je rekende met de omzet in plaats van de brutomarge. De beurskosten worden terugverdiend uit de marge, "
             f"niet uit de omzet ({_REF_EVALUATIE})."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_gewogen_score = lazy_from(_case, "opgave_gewogen_score")
opgave_beurskeuze = lazy_from(_case, "opgave_beurskeuze")
opgave_beursbudget = lazy_from(_case, "opgave_beursbudget")
opgave_standbemanning = lazy_from(_case, "opgave_standbemanning")
opgave_kosten_per_lead = lazy_from(_case, "opgave_kosten_per_lead")
opgave_contacten_nodig = lazy_from(_case, "opgave_contacten_nodig")
opgave_beurs_roi = lazy_from(_case, "opgave_beurs_roi")


#: The chapter's exercises, in the order of the chapter.
EXERCISES = [
    opgave_gewogen_score,
    opgave_beurskeuze,
    opgave_beursbudget,
    opgave_standbemanning,
    opgave_kosten_per_lead,
    opgave_contacten_nodig,
    opgave_beurs_roi,
]
