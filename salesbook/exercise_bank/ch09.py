"""Exercises of chapter 9 — Bedrijfseconomische aspecten van het salesmanagement.

Every expected answer is computed with :mod:`salesbook.finance`, :mod:`salesbook.retention`
and :mod:`salesbook.customers` from the case data of Noordstroom Technische Groothandel
(data/landenvestigingen.csv = Tabel 1.2, data/transacties.csv).
"""

from __future__ import annotations

import functools as _functools
import math as _math
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book as _book
from salesbook import case as _case_story
from salesbook import customers as _customers
from salesbook import data as _data
from salesbook import finance as _finance
from salesbook import retention as _retention
from salesbook.exercises import Case, FunctionExercise, NumberExercise, lazy, lazy_from
from salesbook.formatting import euro as _euro
from salesbook.formatting import number as _number
from salesbook.formatting import percent as _percent
from salesbook.formatting import tex_number as _tex

# Book references (data/boek.yaml): no § of chapter 9 is confirmed, so these read "H9, <topic>".
_REF_KORTING = _book.ref("korting-en-marge")
_REF_BREAK_EVEN = _book.ref("break-even")
_REF_DEBITEUREN = _book.ref("debiteurenbeheer")
_REF_RETENTIE = _book.ref("retentie-economie")

_ASK = " Bedenk daarna: wat betekent dit voor de salesmanager?"

_D_NL = 0.05        # the introductory discount on the ledarmaturen (opgave 5)

_D_KV = 0.08        # opgave 1: a discount the notebook's tables do not show (they show 2, 5, 10 … %)

_P_DE = 0.04        # opgave 2: the notebook's worked example shows 3% for every country

_STEP = 0.05


@_functools.cache
def _case() -> _SimpleNamespace:
    """The chapter's case values and exercises, computed from the case data on first use.

    Nothing is read when the module is imported: the first check, hint or display of one of
    the exercises below builds them all, once.
    """
    _LANDEN = _data.load_dataset("landenvestigingen").set_index("land")
    _M_NL = float(_LANDEN.loc["Nederland", "brutomarge"])     # 35%
    _M_DE = float(_LANDEN.loc["Duitsland", "brutomarge"])     # 23%

    # --- [korting-en-marge] discount and extra volume ----------------------------------------------------------

    _X_NL = _finance.discount_volume_increase(_D_KV, _M_NL)

    opgave_korting_volume = NumberExercise(
        title=f"Hoeveel extra afzet vraagt {_percent(_D_KV, 0)} korting? ({_REF_KORTING})",
        question=(
            f"Een installateur in Nederland vraagt {_percent(_D_KV, 0)} korting op zijn hele pakket. De vestiging Nederland werkt met een "
            f"brutomarge van {_percent(_M_NL, 0)} van de verkoopprijs (tabel 1.2). Hoeveel procent meer moet deze klant "
            "afnemen om na de korting dezelfde brutomarge in euro's op te leveren? Geef een fractie (0,25 voor 25%)." + _ASK
        ),
        expected=_X_NL,
        unit="fractie",
        hints=(
            f"Per € 100 omzet verdiende Noordstroom eerst de brutomarge; na de korting is er {_euro(100 * _D_KV)} minder over.",
            "De extra afzet is korting / (marge − korting): x = d / (m − d).",
            f"x = {_number(_D_KV, 2)} / ({_number(_M_NL, 2)} − {_number(_D_KV, 2)}).",
        ),
        solution=(
            rf"$$x = \frac{{d}}{{m - d}} = \frac{{{_tex(_D_KV, 2)}}}{{{_tex(_M_NL, 2)} - {_tex(_D_KV, 2)}}} = "
            rf"{_tex(_X_NL, 4)}$$ Per € 100 omzet zakt de brutomarge van {_euro(100 * _M_NL)} naar "
            f"{_euro(100 * (_M_NL - _D_KV))}; om weer {_euro(100 * _M_NL)} te verdienen is "
            f"{_number(_M_NL / (_M_NL - _D_KV), 4)} keer zoveel afzet nodig."
        ),
        meaning=(
            f"Een 'kleine' korting van {_percent(_D_KV, 0)} vraagt {_percent(_X_NL, 0)} meer afzet. Geef de korting dus alleen in ruil voor "
            "een toezegging van extra volume (een staffel of een jaarafspraak), anders levert Noordstroom marge in."
        ),
        mistakes=(
            (_D_KV / _M_NL, "Je deelde de korting door de hele marge. Na de korting is er per stuk maar m − d over; "
                            f"deel dus door de marge min de korting ({_REF_KORTING})."),
            (_D_KV, f"Je nam aan dat {_percent(_D_KV, 0)} korting met {_percent(_D_KV, 0)} meer afzet is terugverdiend. "
                    "De korting gaat volledig van de "
                    f"marge af, dus je hebt veel meer volume nodig: d / (m − d) ({_REF_KORTING})."),
            (_M_NL / (_M_NL - _D_KV), "Dat is de factor waarmee de afzet moet groeien (m / (m − d)). De vraag is hoeveel "
                                      f"procent méér: trek er 1 van af ({_REF_KORTING})."),
        ),
    )

    _Y_DE = _finance.price_increase_volume_loss(_P_DE, _M_DE)

    opgave_prijsverhoging = NumberExercise(
        title=f"Hoeveel afzet mag een prijsverhoging kosten? ({_REF_KORTING})",
        question=(
            f"De vestiging Duitsland (brutomarge {_percent(_M_DE, 0)}, tabel 1.2) verhoogt haar prijzen met "
            f"{_percent(_P_DE, 0)}. Hoeveel "
            "procent van de afzet mag Duitsland verliezen voordat de brutomarge in euro's lager uitkomt dan vóór de "
            "prijsverhoging? Geef een fractie." + _ASK
        ),
        expected=_Y_DE,
        unit="fractie",
        hints=(
            "Na de prijsverhoging verdient Duitsland per stuk de oude marge plus de prijsverhoging.",
            "Het toegestane afzetverlies is y = p / (m + p): het spiegelbeeld van de kortingsformule.",
            f"y = {_number(_P_DE, 2)} / ({_number(_M_DE, 2)} + {_number(_P_DE, 2)}).",
        ),
        solution=(
            rf"$$y = \frac{{p}}{{m + p}} = \frac{{{_tex(_P_DE, 2)}}}{{{_tex(_M_DE, 2)} + {_tex(_P_DE, 2)}}} = "
            rf"{_tex(_Y_DE, 4)}$$ Per € 100 oude omzet stijgt de brutomarge van {_euro(100 * _M_DE)} naar "
            f"{_euro(100 * (_M_DE + _P_DE))}; {_percent(1 - _Y_DE, 1)} van de oude afzet levert dus evenveel op."
        ),
        meaning=(
            f"Duitsland mag {_percent(_Y_DE, 1)} van de afzet kwijtraken en verdient dan nog evenveel. Bij een lage "
            "marge werkt een prijsverhoging sterk; de salesmanager moet de verkopers leren de prijs uit te leggen in "
            "plaats van hem weg te geven."
        ),
        mistakes=(
            (_P_DE / _M_DE, "Je deelde door de oude marge. Na de prijsverhoging is de marge per stuk m + p; deel "
                            f"dus door de marge plus de prijsverhoging ({_REF_KORTING})."),
            (_P_DE / (_M_DE - _P_DE), "Je gebruikte de kortingsformule d / (m − d). Bij een prijsverhoging wordt de "
                                      f"marge groter, niet kleiner: y = p / (m + p) ({_REF_KORTING})."),
            (_P_DE, f"Je nam aan dat {_percent(_P_DE, 0)} duurder ook {_percent(_P_DE, 0)} afzet mag kosten. Omdat de hele prijsverhoging marge is, mag er "
                    f"veel meer afzet af: p / (m + p) ({_REF_KORTING})."),
        ),
    )

    # --- [korting-en-marge] markup on cost versus margin on price ----------------------------------------------

    _COST, _K, _D_K = 80.0, 0.25, 0.10
    _M_K = _finance.margin_on_cost_to_margin_on_price(_K)
    _X_K = _finance.discount_volume_increase(_D_K, _M_K)

    opgave_opslag_korting = NumberExercise(
        title=f"Opslag of marge? Korting op een kabelhaspel ({_REF_KORTING})",
        question=(
            f"Noordstroom koopt een kabelhaspel in voor {_euro(_COST)} en verkoopt hem met een opslag van "
            f"{_percent(_K, 0)} op de inkoopprijs. Een klant vraagt {_percent(_D_K, 0)} korting op de verkoopprijs. "
            "Hoeveel procent meer haspels moet Noordstroom aan hem verkopen om dezelfde brutomarge in euro's te "
            "verdienen? Geef een fractie." + _ASK
        ),
        expected=_X_K,
        unit="fractie",
        hints=(
            "De kortingsformule d / (m − d) werkt met de marge als deel van de verkoopprijs, niet met de opslag.",
            f"Verkoopprijs = {_euro(_COST)} × 1,25 = {_euro(_COST * (1 + _K))}; de brutomarge per stuk is "
            f"{_euro(_COST * _K)}. Welk deel van de verkoopprijs is dat?",
            "m = k / (1 + k); vul daarna m en d in d / (m − d) in.",
        ),
        solution=(
            rf"$$m = \frac{{k}}{{1 + k}} = \frac{{{_tex(_K, 2)}}}{{{_tex(1 + _K, 2)}}} = {_tex(_M_K, 2)} \qquad "
            rf"x = \frac{{d}}{{m - d}} = \frac{{{_tex(_D_K, 2)}}}{{{_tex(_M_K, 2)} - {_tex(_D_K, 2)}}} = {_tex(_X_K, 2)}$$"
            f" De korting van {_euro(_D_K * _COST * (1 + _K))} per haspel is de helft van de marge van "
            f"{_euro(_COST * _K)}, dus de afzet moet verdubbelen."
        ),
        meaning=(
            "Een verkoper die met de opslag rekent, denkt dat twee derde extra volume genoeg is; in werkelijkheid moet "
            "de afzet verdubbelen. Spreek in het verkoopteam af dat marges altijd op de verkoopprijs worden genoemd."
        ),
        mistakes=(
            (_D_K / (_K - _D_K), "Je rekende met de opslag van 25% als marge. De formule d / (m − d) vraagt de marge als "
                                 f"deel van de verkoopprijs: 25% op de inkoopprijs is 20% van de verkoopprijs ({_REF_KORTING})."),
            (_D_K / _K, "Je deelde de korting door de opslag. Reken eerst de marge op de verkoopprijs uit (m = k / (1 + k)) "
                        f"en gebruik dan d / (m − d) ({_REF_KORTING})."),
            (_M_K, "Dat is de marge als deel van de verkoopprijs, de tussenstap. De vraag is de extra afzet: d / (m − d) "
                   f"({_REF_KORTING})."),
        ),
    )

    # --- [break-even] break-even analysis ----------------------------------------------------------------

    _PRICE, _FC, _Q = 120.0, 210_000.0, 6_500.0
    _VC = _PRICE * (1 - _M_NL)                 # the inkoopwaarde: 65% of the price at a 35% gross margin
    _BE = _finance.break_even(_FC, _PRICE, _VC, volume=_Q)
    _BE_D = _finance.break_even(_FC, _PRICE, _VC, discount=_D_NL, volume=_Q)
    _LINE = (f"Noordstroom Nederland start een lijn ledarmaturen. De verkoopprijs is {_euro(_PRICE)} per stuk, de "
             f"inkoopwaarde {_euro(_VC)} (de brutomarge van Nederland, {_percent(_M_NL, 0)}), en de lijn brengt "
             f"{_euro(_FC)} vaste kosten per jaar mee (voorraad, showroom en een productspecialist).")

    opgave_break_even = NumberExercise(
        title=f"Het break-evenpunt van de ledarmaturen ({_REF_BREAK_EVEN})",
        question=_LINE + " Hoeveel armaturen moet Noordstroom per jaar verkopen om quitte te spelen?" + _ASK,
        expected=_BE.units,
        unit="aantal",
        rel_tol=0.0,
        abs_tol=1.0,
        hints=(
            "Quitte spelen: de dekkingsbijdrage van alle verkochte stuks is even groot als de vaste kosten.",
            f"Dekkingsbijdrage per stuk = prijs − variabele kosten = {_euro(_PRICE)} − {_euro(_VC)}.",
            "Break-evenpunt = vaste kosten / dekkingsbijdrage per stuk.",
        ),
        solution=(
            rf"$$\text{{BEP}} = \frac{{FC}}{{p - vc}} = \frac{{{_tex(_FC)}}}{{{_tex(_PRICE)} - {_tex(_VC)}}} = "
            rf"\frac{{{_tex(_FC)}}}{{{_tex(_BE.contribution)}}} = {_tex(_BE.units)}$$ In omzet is dat "
            f"{_number(_BE.units)} × {_euro(_PRICE)} = {_euro(_BE.revenue)}."
        ),
        meaning=(
            f"Onder {_number(_BE.units)} stuks per jaar kost de lijn geld. De salesmanager vertaalt dat naar een "
            f"verkoopdoel: ongeveer {_number(_math.ceil(_BE.units / 12))} armaturen per maand, verdeeld over de "
            "accountmanagers."
        ),
        mistakes=(
            (_FC / _PRICE, "Je deelde de vaste kosten door de verkoopprijs. Elk stuk draagt alleen zijn dekkingsbijdrage "
                           f"(prijs min variabele kosten) bij aan de vaste kosten ({_REF_BREAK_EVEN})."),
            (_FC / _VC, "Je deelde door de variabele kosten. Deel door de dekkingsbijdrage: prijs min variabele kosten "
                        f"({_REF_BREAK_EVEN})."),
            (_BE.revenue, f"Dat is het break-evenpunt in euro's omzet. De vraag is het aantal armaturen ({_REF_BREAK_EVEN})."),
        ),
    )

    opgave_break_even_korting = NumberExercise(
        title=f"Het break-evenpunt na 5% introductiekorting ({_REF_BREAK_EVEN})",
        question=(
            _LINE + f" Om de lijn te introduceren geeft Noordstroom {_percent(_D_NL, 0)} korting op de verkoopprijs. "
            "Hoeveel armaturen zijn dan nodig om quitte te spelen? Rond naar boven af op hele stuks." + _ASK
        ),
        expected=float(_math.ceil(_BE_D.units - 1e-9)),
        unit="aantal",
        rel_tol=0.0,
        abs_tol=0.5,
        hints=(
            "De korting verlaagt de prijs, niet de inkoopwaarde: de dekkingsbijdrage per stuk daalt met het hele "
            "kortingsbedrag.",
            f"Nieuwe prijs = {_euro(_PRICE)} × 0,95 = {_euro(_BE_D.net_price)}; dekkingsbijdrage = "
            f"{_euro(_BE_D.net_price)} − {_euro(_VC)}.",
            "Break-evenpunt = vaste kosten / nieuwe dekkingsbijdrage; een deel van een armatuur verkoop je niet, dus "
            "rond naar boven af.",
        ),
        solution=(
            rf"$$\text{{BEP}} = \frac{{{_tex(_FC)}}}{{{_tex(_BE_D.net_price)} - {_tex(_VC)}}} = "
            rf"\frac{{{_tex(_FC)}}}{{{_tex(_BE_D.contribution)}}} = {_tex(_BE_D.units, 1)} \;\to\; "
            rf"{_tex(_math.ceil(_BE_D.units - 1e-9))}$$ Het break-evenpunt stijgt met "
            f"{_percent(_BE_D.units / _BE.units - 1, 1)}: precies de extra afzet d / (m − d) uit {_REF_KORTING}."
        ),
        meaning=(
            f"De introductiekorting verschuift het break-evenpunt met ruim "
            f"{_number(round(_BE_D.units - _BE.units, -2))} stuks, en de veiligheidsmarge wordt ruim gehalveerd (van {_percent(_BE.margin_of_safety, 0)} naar "
            f"{_percent(_BE_D.margin_of_safety, 0)}). Spreek vooraf af hoe lang de korting duurt."
        ),
        mistakes=(
            (_BE.units * (1 + _D_NL), f"Je verhoogde het break-evenpunt met {_percent(_D_NL, 0)}. De korting gaat helemaal van de "
                                      f"dekkingsbijdrage af, dus het break-evenpunt stijgt veel sterker ({_REF_BREAK_EVEN})."),
            (float(_math.ceil(_FC / (_BE_D.net_price - _VC * (1 - _D_NL)))),
             "Je verlaagde ook de inkoopwaarde met 5%. De korting geeft Noordstroom aan de klant; de leverancier van de "
             f"armaturen rekent nog steeds hetzelfde ({_REF_BREAK_EVEN})."),
            (_BE.units, "Dat is het break-evenpunt zonder korting. Met korting is de dekkingsbijdrage per stuk lager "
                        f"({_REF_BREAK_EVEN})."),
        ),
    )

    opgave_veiligheidsmarge = NumberExercise(
        title=f"De veiligheidsmarge van de ledarmaturen ({_REF_BREAK_EVEN})",
        question=(
            _LINE + f" Sales verwacht {_number(_Q)} armaturen per jaar te verkopen, zonder korting. Hoe groot is de "
            "veiligheidsmarge: met hoeveel procent mag de afzet tegenvallen voordat de lijn verlies maakt? Geef een "
            "fractie." + _ASK
        ),
        expected=_BE.margin_of_safety,
        unit="fractie",
        hints=(
            "Bereken eerst het break-evenpunt: vaste kosten / (prijs − variabele kosten).",
            "De veiligheidsmarge is het verschil tussen verwachte afzet en break-evenpunt, als deel van de verwachte "
            "afzet.",
            f"(verwachte afzet − BEP) / verwachte afzet = ({_number(_Q)} − BEP) / {_number(_Q)}.",
        ),
        solution=(
            rf"$$\text{{BEP}} = \frac{{{_tex(_FC)}}}{{{_tex(_BE.contribution)}}} = {_tex(_BE.units)} \qquad "
            rf"\text{{veiligheidsmarge}} = \frac{{{_tex(_Q)} - {_tex(_BE.units)}}}{{{_tex(_Q)}}} = "
            rf"{_tex(_BE.margin_of_safety, 4)}$$"
        ),
        meaning=(
            f"Valt de afzet meer dan {_percent(_BE.margin_of_safety, 0)} tegen, dan maakt de lijn verlies. Dat is een "
            "smalle marge voor een nieuw product: de salesmanager volgt de eerste maanden de afzet per accountmanager "
            "op de voet."
        ),
        mistakes=(
            ((_Q - _BE.units) / _BE.units, "Je deelde door het break-evenpunt. De veiligheidsmarge zegt hoeveel van de "
                                           f"verwachte afzet mag wegvallen, dus deel door de verwachte afzet ({_REF_BREAK_EVEN})."),
            (_Q - _BE.units, f"Dat is de veiligheidsmarge in stuks. Geef haar als fractie van de verwachte afzet ({_REF_BREAK_EVEN})."),
            (_BE.units / _Q, "Dat is het deel van de verwachte afzet dat nodig is om quitte te spelen. De "
                             f"veiligheidsmarge is 1 min dat deel ({_REF_BREAK_EVEN})."),
        ),
    )

    # --- [debiteurenbeheer] DSO and the cost of credit ------------------------------------------------------------

    _RATE, _TARGET = _case_story.COST_OF_CAPITAL, 70            # one cost of capital for the case (8%)
    _CREDIT = _finance.credit_by_subsidiary(_LANDEN.reset_index(), _RATE, target_dso=_TARGET)
    _SAVED = float(_CREDIT["rentebesparing"].sum())
    _FREED = float(_CREDIT["vrijgemaakt"].sum())
    _ABOVE = _CREDIT[_CREDIT["debiteurendagen"] > _TARGET]

    opgave_dso_groep = NumberExercise(
        title=f"Wat levert een DSO van hoogstens 70 dagen de groep op? ({_REF_DEBITEUREN})",
        question=(
            f"De CFO van Noordstroom wil dat geen enkele vestiging meer dan {_TARGET} debiteurendagen heeft; vestigingen "
            "die nu al sneller geïnd krijgen, blijven zoals ze zijn. Geld dat bij klanten uitstaat, kost "
            f"{_percent(_RATE, 0)} rente per jaar. Hoeveel rente bespaart de groep per jaar als elke vestiging het doel "
            "haalt? Gebruik tabel 1.2 (omzet en debiteurendagen), neem aan dat alle omzet op rekening is en reken met "
            "365 dagen." + _ASK
        ),
        expected=_SAVED,
        unit="euro",
        hints=(
            f"Alleen vestigingen boven {_TARGET} dagen tellen mee: "
            f"{', '.join(_ABOVE.index)}.",
            f"Per vestiging komt omzet × (DSO − {_TARGET}) / 365 aan geld vrij.",
            f"Tel het vrijgemaakte geld op en vermenigvuldig met de rente {_number(_RATE, 2)}.",
        ),
        solution=(
            f"Per vestiging boven het doel: omzet × (DSO − {_TARGET}) / 365 × {_percent(_RATE, 0)}.\n\n"
            + "\n".join(f"- {land}: {_euro(r.omzet)} × ({_number(r.debiteurendagen)} − {_TARGET}) / 365 = "
                        f"{_euro(r.vrijgemaakt)}; rente {_euro(r.rentebesparing)}"
                        for land, r in _ABOVE.iterrows())
            + f"\n\nSamen komt {_euro(_FREED)} vrij; dat bespaart {_euro(_SAVED)} rente per jaar."
        ),
        meaning=(
            f"Een strakker debiteurenbeleid maakt {_euro(_FREED)} vrij: geld dat de groep niet hoeft te lenen. Het "
            "Midden-Oosten levert het meeste op. Betaaltermijnen horen dus in de verkooponderhandeling, en een "
            "accountmanager die langere termijnen weggeeft, geeft geld weg."
        ),
        mistakes=(
            (_FREED, "Dat is het geld dat vrijkomt. De vraag is wat dat per jaar aan rente scheelt: vermenigvuldig met "
                     f"{_percent(_RATE, 0)} ({_REF_DEBITEUREN})."),
            (float(_CREDIT["rentekosten"].sum()), "Dat zijn de rentekosten van álle debiteuren. Alleen de dagen boven het "
                                                  f"doel van {_TARGET} dagen vallen weg ({_REF_DEBITEUREN})."),
            (float(sum(r.omzet * (r.debiteurendagen - _TARGET) / 365 * _RATE for _, r in _CREDIT.iterrows())),
             "Je telde ook de vestigingen onder het doel mee, met een negatieve besparing. Nederland hoeft zijn DSO "
             f"niet te verhogen: die vestiging blijft zoals ze is ({_REF_DEBITEUREN})."),
            (_SAVED * 365, f"Je vergat te delen door 365: debiteurendagen zijn dagen omzet ({_REF_DEBITEUREN})."),
        ),
    )

    # --- [retentie-economie] retention and profit ------------------------------------------------------------------

    _R = round(float(_customers.yearly_retention(_data.load_dataset("transacties"))["retentie"].iloc[-1]), 2)   # 84%
    _LIFE = _customers.expected_lifetime(_R)
    _LIFE_UP = _customers.expected_lifetime(_customers.raised_retention(_R, step=_STEP))

    opgave_klantduur = NumberExercise(
        title=f"Hoeveel jaar langer blijft een klant bij 5 procentpunt meer retentie? ({_REF_RETENTIE})",
        question=(
            f"In 2024 kocht {_percent(_R, 0)} van de klanten van 2023 opnieuw bij Noordstroom (klantretentie uit het CRM). "
            "Met hoeveel jaar stijgt de gemiddelde klantduur als de retentie 5 procentpunt hoger wordt?" + _ASK
        ),
        expected=_LIFE_UP - _LIFE,
        unit="getal",
        hints=(
            "De gemiddelde klantduur is 1 / (1 − r): 1 gedeeld door het klantverloop.",
            f"Nu: 1 / (1 − {_number(_R, 2)}). Na de verbetering is de retentie {_number(_R + _STEP, 2)}.",
            "Trek de twee klantduren van elkaar af.",
        ),
        solution=(
            rf"$$\frac{{1}}{{1 - {_tex(_R + _STEP, 2)}}} - \frac{{1}}{{1 - {_tex(_R, 2)}}} = {_tex(_LIFE_UP, 2)} - "
            rf"{_tex(_LIFE, 2)} = {_tex(_LIFE_UP - _LIFE, 2)}$$ Het klantverloop daalt van "
            f"{_percent(1 - _R, 0)} naar {_percent(1 - _R - _STEP, 0)}: bijna een derde minder."
        ),
        meaning=(
            f"Vijf procentpunt meer retentie maakt een klantrelatie gemiddeld {_number(_LIFE_UP - _LIFE, 1)} jaar langer. "
            "Elk van die jaren valt in het volwassen, winstgevende deel van de relatie: daarom loont klantbehoud meer "
            "dan de 5% doet vermoeden."
        ),
        mistakes=(
            (_LIFE * _STEP, "Je verlengde de klantduur met 5%. De klantduur hangt af van het klantverloop 1 − r, en dat "
                            f"daalt van {_percent(1 - _R, 0)} naar {_percent(1 - _R - _STEP, 0)} ({_REF_RETENTIE})."),
            (_customers.expected_lifetime(_customers.raised_retention(_R, step=_STEP, relative=True)) - _LIFE,
             f"Je verhoogde de retentie met 5% van {_percent(_R, 0)} in plaats van met 5 procentpunt. Procentpunten tel "
             f"je op: r + 0,05 ({_REF_RETENTIE})."),
            (_LIFE_UP, f"Dat is de nieuwe klantduur. De vraag is hoeveel jaar langer dan nu ({_REF_RETENTIE})."),
        ),
    )

    _PROFIT, _AC = 1_000.0, 2_500.0
    _FLAT = _retention.ProfitProfile(_PROFIT, acquisition_cost=_AC)
    _EFFECT = _retention.retention_effect(_FLAT, _R, 0.0, step=_STEP)
    _WITHOUT_AC = _retention.retention_effect(_retention.ProfitProfile(_PROFIT), _R, 0.0, step=_STEP)

    opgave_klantwaarde_retentie = NumberExercise(
        title=f"Wat doen 5 procentpunt minder klantverloop met de klantwaarde? ({_REF_RETENTIE})",
        question=(
            f"Een gemiddelde klant levert Noordstroom {_euro(_PROFIT)} winst per jaar op, elk jaar evenveel, en het "
            f"werven van een nieuwe klant kost {_euro(_AC)}. De retentie is {_percent(_R, 0)}. Met hoeveel procent stijgt "
            "de waarde van een nieuwe klant (winst over de verwachte klantduur min de acquisitiekosten, niet "
            "verdisconteerd) als de retentie 5 procentpunt hoger wordt? Geef een fractie." + _ASK
        ),
        expected=_EFFECT.value_change,
        unit="fractie",
        hints=(
            "Zonder disconteren is de klantwaarde: winst per jaar × klantduur − acquisitiekosten, met klantduur "
            "1 / (1 − r).",
            f"Nu: {_euro(_PROFIT)} × {_number(_LIFE, 2)} − {_euro(_AC)}. Reken ook de waarde bij "
            f"{_percent(_R + _STEP, 0)} retentie uit.",
            "Stijging = nieuwe waarde / oude waarde − 1.",
        ),
        solution=(
            rf"$$\text{{nu}}: {_tex(_PROFIT)} \cdot {_tex(_LIFE, 2)} - {_tex(_AC)} = {_tex(_EFFECT.value, 2)} \qquad "
            rf"\text{{straks}}: {_tex(_PROFIT)} \cdot {_tex(_LIFE_UP, 2)} - {_tex(_AC)} = {_tex(_EFFECT.value_raised, 2)}$$"
            rf"$$\frac{{{_tex(_EFFECT.value_raised, 2)}}}{{{_tex(_EFFECT.value, 2)}}} - 1 = {_tex(_EFFECT.value_change, 4)}$$"
        ),
        meaning=(
            f"De klantwaarde stijgt met {_percent(_EFFECT.value_change, 0)}, veel meer dan de klantduur "
            f"({_percent(_LIFE_UP / _LIFE - 1, 0)}), omdat de acquisitiekosten maar één keer betaald worden. Dit is het "
            "mechanisme achter Reichheld & Sasser: minder klantverloop betekent minder klanten die opnieuw geworven "
            "moeten worden. Of het in de praktijk lukt, hangt af van wat het behoud kost."
        ),
        mistakes=(
            (_WITHOUT_AC.value_change, "Je liet de acquisitiekosten weg. Die horen bij de klantwaarde: ze worden één keer "
                                       f"betaald en wegen minder zwaar naarmate de klant langer blijft ({_REF_RETENTIE})."),
            (_STEP, "Vijf procentpunt meer retentie geeft geen 5% meer waarde: de klantduur 1 / (1 − r) groeit veel "
                    f"sterker, en de acquisitiekosten blijven gelijk ({_REF_RETENTIE})."),
            (_EFFECT.value_raised / _EFFECT.value, "Dat is de verhouding nieuw / oud. De vraag is de stijging: trek er 1 "
                                                    f"van af ({_REF_RETENTIE})."),
        ),
    )
    return _SimpleNamespace(**locals())


# --- [break-even] the break-even point as a function the student writes ----------------------------------
# Needs no case data: the cases are chosen to cover the normal case and the edges.

_BREAK_EVEN_CODE = """
def break_even(vaste_kosten, prijs, variabele_kosten):
    if prijs <= variabele_kosten:
        raise ValueError("de prijs moet hoger zijn dan de variabele kosten")
    return vaste_kosten / (prijs - variabele_kosten)
"""


@lazy
def opgave_break_even_functie() -> FunctionExercise:
    return FunctionExercise(
        title=f"Schrijf je eigen break-evenfunctie ({_REF_BREAK_EVEN})",
        question=(
            "Schrijf een functie `break_even(vaste_kosten, prijs, variabele_kosten)` die het break-evenpunt in "
            "stuks teruggeeft: het aantal stuks waarbij de dekkingsbijdrage de vaste kosten precies dekt. Rond niet "
            "af. Is de prijs niet hoger dan de variabele kosten, dan bestaat er geen break-evenpunt: laat je functie "
            "dan stoppen met een foutmelding (`raise ValueError(...)`). Controleer je functie met "
            "`check(break_even)`, zonder haakjes achter de naam." + _ASK
        ),
        function_name="break_even",
        params=("vaste_kosten", "prijs", "variabele_kosten"),
        reference=_finance.break_even_volume,
        cases=(
            Case((120_000, 50, 30), "een gewoon geval"),
            Case((210_000, 114, 78), "de uitkomst is geen heel getal: niet afronden"),
            Case((0, 80, 50), "geen vaste kosten"),
            Case((50_000, 40, 0), "geen variabele kosten"),
            Case((10_000, 30, 30), "prijs gelijk aan de variabele kosten", refused=True),
            Case((10_000, 25, 30), "prijs onder de variabele kosten", refused=True),
        ),
        hints=(
            "Elk verkocht stuk levert zijn dekkingsbijdrage op: prijs − variabele kosten. Hoeveel van die bijdragen "
            "zijn samen gelijk aan de vaste kosten?",
            "Controleer eerst `if prijs <= variabele_kosten:` en geef dan een fout met `raise ValueError(\"...\")`; "
            "daarna volgt één `return`-regel.",
            "Gebruik `return`, niet `print`, en laat `round` en `math.ceil` weg: afronden op hele stuks doe je pas "
            "als je het verkoopdoel vaststelt.",
        ),
        solution=(
            "Het break-evenpunt is $\\text{BEP} = FC / (p - vc)$. Zonder positieve dekkingsbijdrage (p ≤ vc) dekt "
            "geen enkel aantal de vaste kosten; dan weigert de functie, net als `finance.break_even_volume`."
        ),
        solution_code=_BREAK_EVEN_CODE,
        meaning=(
            "Met één functie reken je voor elk product, elke prijs en elke korting in een regel uit hoeveel stuks "
            "nodig zijn. De salesmanager ziet zo meteen welke actie een onhaalbaar verkoopdoel oplevert, en een "
            "prijs onder de variabele kosten valt direct op."
        ),
        mistakes=(
            (lambda fc, p, vc: fc / p,
             "Je deelde de vaste kosten door de prijs. Elk stuk draagt alleen zijn dekkingsbijdrage (prijs min "
             f"variabele kosten) bij aan de vaste kosten ({_REF_BREAK_EVEN})."),
            (lambda fc, p, vc: _math.ceil(fc / (p - vc)),
             "Je rondde naar boven af. De functie geeft het break-evenpunt zelf, zonder afronding; op hele stuks "
             f"afronden doe je pas bij het verkoopdoel ({_REF_BREAK_EVEN})."),
            (lambda fc, p, vc: (p - vc) / fc,
             "Je deelde de dekkingsbijdrage door de vaste kosten: precies omgekeerd. Het break-evenpunt is vaste "
             f"kosten gedeeld door de dekkingsbijdrage per stuk ({_REF_BREAK_EVEN})."),
        ),
    )


opgave_korting_volume = lazy_from(_case, "opgave_korting_volume")
opgave_prijsverhoging = lazy_from(_case, "opgave_prijsverhoging")
opgave_opslag_korting = lazy_from(_case, "opgave_opslag_korting")
opgave_break_even = lazy_from(_case, "opgave_break_even")
opgave_break_even_korting = lazy_from(_case, "opgave_break_even_korting")
opgave_veiligheidsmarge = lazy_from(_case, "opgave_veiligheidsmarge")
opgave_dso_groep = lazy_from(_case, "opgave_dso_groep")
opgave_klantduur = lazy_from(_case, "opgave_klantduur")
opgave_klantwaarde_retentie = lazy_from(_case, "opgave_klantwaarde_retentie")


#: The chapter's exercises, in the order of the chapter.
EXERCISES = [
    opgave_korting_volume,
    opgave_prijsverhoging,
    opgave_opslag_korting,
    opgave_break_even,
    opgave_break_even_korting,
    opgave_veiligheidsmarge,
    opgave_break_even_functie,
    opgave_dso_groep,
    opgave_klantduur,
    opgave_klantwaarde_retentie,
]
