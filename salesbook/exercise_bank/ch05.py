"""Exercises of chapter 5 — Customer relationship.

Every expected answer is computed with :mod:`salesbook.customers` from the case data of
Noordstroom Technische Groothandel (data/leads.csv, transacties.csv, nps_enquete.csv).
"""

from __future__ import annotations

import functools as _functools
import math as _math
from types import SimpleNamespace as _SimpleNamespace

from salesbook import book as _book
from salesbook import customers as _customers
from salesbook import data as _data
from salesbook.exercises import NumberExercise, lazy_from
from salesbook.formatting import euro as _euro
from salesbook.formatting import number as _number
from salesbook.formatting import percent as _percent
from salesbook.formatting import tex_number as _tex


_REFERENCE = "2024-12-31"

_TARGET = 50   # the notebook's worked example takes 40 new customers; the exercise asks for 50


def _floor_funnel(target: int, rates: list[float]) -> int:
    need = target
    for rate in reversed(rates):
        need = _math.floor(need / rate)
    return need


_LEAD_ID = "L01549"

_NPS_SEGMENT = "industrie"

_STRICT_THRESHOLD = 50   # the exercise asks about a stricter threshold than the worked example (40)

_LAND = "Duitsland"      # RFM and retention exercises: the German customers (the notebook shows all customers)


@_functools.cache
def _case() -> _SimpleNamespace:
    """The chapter's case values and exercises, computed from the case data on first use.

    Nothing is read when the module is imported: the first check, hint or display of one of
    the exercises below builds them all, once.
    """
    _LM = _book.ref("leadmanagement")
    _TEV = _book.ref("klanttevredenheid")
    _CW = _book.ref("crm-en-klantwaarde")
    _LEADS = _data.load_dataset("leads")
    _TRANSACTIONS = _data.load_dataset("transacties")
    _SURVEY = _data.load_dataset("nps_enquete")

    # --- leadmanagement: the reverse funnel ----------------------------------------------------

    _FUNNEL = _customers.lead_funnel(_LEADS["fase"])
    _RATES = [round(float(r), 3) for r in _FUNNEL["conversie"].iloc[1:4]]   # as printed: 40,6% …
    _NEED = _customers.reverse_funnel(_TARGET, _RATES)

    _STEPS = []
    _below = _TARGET
    for _name, _rate, _n in zip(("hot", "warm", "cold"), reversed(_RATES), reversed(_NEED[:-1])):
        _STEPS.append(rf"N_\text{{{_name}}} = \lceil {_below} / {_tex(_rate, 3)} \rceil = "
                      rf"\lceil {_tex(_below / _rate, 2)} \rceil = {_n}")
        _below = _n

    opgave_reverse_funnel = NumberExercise(
        title="Hoeveel cold leads voor 50 nieuwe klanten? — " + _book.ref("leadmanagement"),
        question=(
            f"De salesdirector van Noordstroom wil in 2025 {_TARGET} nieuwe klanten uit leads halen. In 2024 werd "
            f"{_percent(_RATES[0], 1)} van de cold leads warm, {_percent(_RATES[1], 1)} van de warme leads hot en "
            f"{_percent(_RATES[2], 1)} van de hot leads klant. Hoeveel cold leads heeft Noordstroom minstens nodig, als je "
            "in elke fase met hele leads rekent?"
        ),
        expected=float(_NEED[0]),
        unit="aantal",
        rel_tol=0.0,
        abs_tol=0.5,
        hints=(
            f"Werk van onder naar boven: hoeveel hot leads zijn nodig voor {_TARGET} klanten? Daarna warm, daarna cold.",
            "Deel het aantal in de volgende fase door de conversie naar die fase, en rond in elke fase naar boven af: "
            "een halve lead bestaat niet en naar beneden afronden geeft te weinig.",
            f"Hot leads: ⌈{_TARGET} / {_number(_RATES[2], 3)}⌉ = {_NEED[2]}. Doe hetzelfde voor warm en cold.",
        ),
        solution=(
            "Van onder naar boven, in elke fase naar boven afgerond:\n\n$$" + r" \qquad ".join(_STEPS) + "$$"
        ),
        meaning=(
            f"Voor {_TARGET} nieuwe klanten moet Marketing zo'n {_number(_NEED[0])} cold leads aanleveren: "
            f"{_percent(_NEED[0] / len(_LEADS), 0)} van het aantal leads van heel 2024 ({_number(len(_LEADS))}). Zo wordt een verkoopdoel een concrete opdracht aan "
            "Marketing en aan de binnendienst, en zie je welke conversie het meeste oplevert als je haar verbetert."
        ),
        mistakes=(
            (float(_floor_funnel(_TARGET, _RATES)),
             "Je rondde naar beneden af. Met minder leads dan de berekening geeft, haal je het target niet: rond in elke "
             "fase naar boven af (" + _LM + ")."),
            (float(_customers.reverse_funnel(_TARGET, [_RATES[0] * _RATES[1] * _RATES[2]])[0]),
             "Je deelde in één keer door het product van de drie conversies en rondde pas aan het eind af. Omdat je in "
             "elke fase met hele leads werkt, rond je fase voor fase naar boven af (" + _LM + ")."),
            (float(round(_TARGET * _RATES[0] * _RATES[1] * _RATES[2], 2)),
             "Je vermenigvuldigde met de conversies in plaats van erdoor te delen. Van boven naar beneden wordt het "
             "aantal kleiner; terugrekenen vanaf het target moet dus een groter getal geven (" + _LM + ")."),
            (float(_NEED[1]),
             "Dat is het aantal warme leads. De vraag is hoeveel cold leads nodig zijn: deel nog één keer, door de "
             "conversie van cold naar warm (" + _LM + ")."),
        ),
    )

    # --- lead scoring ----------------------------------------------------------------------------

    _MODEL = _customers.LeadScoring()
    _SCORED = _customers.lead_scores(_LEADS, _MODEL)
    _LEAD = _LEADS.set_index("lead_id").loc[_LEAD_ID]
    _LEAD_POINTS = _SCORED.loc[_LEADS.index[_LEADS["lead_id"] == _LEAD_ID][0]]
    _UNCAPPED = (_LEAD_POINTS["punten_bron"] + _LEAD_POINTS["punten_omvang"]
                 + _LEAD["websitebezoeken"] * _MODEL.points_per_visit + _LEAD["downloads"] * _MODEL.points_per_download
                 + _LEAD_POINTS["punten_demo"])

    opgave_leadscore = NumberExercise(
        title="De leadscore van één lead — " + _book.ref("leadmanagement"),
        question=(
            f"Lead {_LEAD_ID} kwam binnen via de {_LEAD['bron']}, werkt bij een bedrijf met {_number(_LEAD['medewerkers'])} "
            f"medewerkers, bezocht de website {_number(_LEAD['websitebezoeken'])} keer, downloadde "
            f"{_number(_LEAD['downloads'])} whitepapers en vroeg "
            f"{'een' if _LEAD['demo_aangevraagd'] == 'ja' else 'geen'} demonstratie aan. "
            "Noordstroom scoort leads zo: bron doorverwijzing 20, beurs 15, website 10, social selling 5, koude "
            "acquisitie 0 punten; bedrijfsgrootte vanaf 10 medewerkers 5, vanaf 50 10 en vanaf 250 15 punten; 2 punten "
            "per websitebezoek met een maximum van 20; 5 punten per download met een maximum van 15; 20 punten voor een "
            "demo-aanvraag. Wat is de score van deze lead?"
        ),
        expected=float(_LEAD_POINTS["score"]),
        unit="getal",
        hints=(
            "Tel per kenmerk de punten op: bron, bedrijfsgrootte, websitebezoeken, downloads en demo.",
            "Let op de maxima: bezoeken en downloads leveren nooit meer dan 20 en 15 punten op.",
            f"Bezoeken: min(2 × {_number(_LEAD['websitebezoeken'])}, 20) = {_number(_LEAD_POINTS['punten_bezoeken'])}.",
        ),
        solution=(
            rf"$${_tex(_LEAD_POINTS['punten_bron'])} + {_tex(_LEAD_POINTS['punten_omvang'])} + "
            rf"\min(2 \cdot {_LEAD['websitebezoeken']},\ 20) + \min(5 \cdot {_LEAD['downloads']},\ 15) + "
            rf"{_tex(_LEAD_POINTS['punten_demo'])} = {_tex(_LEAD_POINTS['score'])}$$"
            f"\n\nDe lead zit ruim boven de drempel van {_number(_MODEL.threshold)} punten en is dus sales-ready."
        ),
        meaning=(
            "Deze lead gaat direct naar een accountmanager. De maxima voorkomen dat één kenmerk (veel klikken op de "
            "website) een lead sales-ready maakt zonder echte koopsignalen; een transparant puntenmodel kan Verkoop "
            "ook uitleggen aan Marketing."
        ),
        mistakes=(
            (float(_UNCAPPED),
             "Je vergat de maxima: websitebezoeken leveren hoogstens 20 punten op en downloads hoogstens 15 (" + _LM + ")."),
            (float(_LEAD_POINTS["score"] - _LEAD_POINTS["punten_demo"]),
             "Je vergat de 20 punten voor de demo-aanvraag, het sterkste koopsignaal in het model (" + _LM + ")."),
            (float(_LEAD_POINTS["score"] - _LEAD_POINTS["punten_omvang"]),
             "Je vergat de punten voor de bedrijfsgrootte: vanaf 250 medewerkers zijn dat 15 punten (" + _LM + ")."),
        ),
    )

    _WON = _customers.converted(_LEADS["fase"])
    _QUALITY = _customers.lead_scoring_quality(_SCORED["score"], _WON, _STRICT_THRESHOLD)
    _HOT = _LEADS["fase"].isin(["hot", "klant", "trouwe klant"])
    _READY = _SCORED["score"] >= _STRICT_THRESHOLD

    opgave_sales_ready = NumberExercise(
        title="Werkt het scoremodel? — " + _book.ref("leadmanagement"),
        question=(
            f"Het werkvoorbeeld gebruikt een drempel van 40 punten. De salesdirector overweegt een strengere drempel: "
            f"alleen leads met {_number(_STRICT_THRESHOLD)} punten of meer gaan naar een accountmanager. Welk deel van "
            f"die leads (score ≥ {_number(_STRICT_THRESHOLD)}) werd klant (fase klant of trouwe klant)? Geef een "
            "fractie, bijvoorbeeld 0.25."
        ),
        expected=float(_QUALITY.conversion_ready),
        unit="fractie",
        abs_tol=0.0005,
        hints=(
            "Vul in de cel onder de opgave de drempel in: `customers.lead_scoring_quality(scores['score'], "
            "klant_geworden, threshold=...)` rekent het dan voor je uit (kenmerk `conversion_ready`).",
            "Conversie van de sales-ready leads = aantal sales-ready leads dat klant werd / aantal sales-ready leads.",
            f"Bij deze drempel zijn er {_number(_QUALITY.sales_ready)} sales-ready leads.",
        ),
        solution=(
            rf"$$\frac{{|\text{{sales-ready}} \cap \text{{klant}}|}}{{|\text{{sales-ready}}|}} = "
            rf"\frac{{{round(_QUALITY.conversion_ready * _QUALITY.sales_ready)}}}{{{_QUALITY.sales_ready}}} = "
            rf"{_tex(_QUALITY.conversion_ready, 3)}$$"
            f"\n\nTegen {_percent(_QUALITY.conversion_all, 1)} van alle leads: een lift van {_number(_QUALITY.lift, 1)}."
        ),
        meaning=(
            f"Met de strengere drempel wordt een sales-ready lead {_number(_QUALITY.lift, 1)} keer zo vaak klant als een "
            f"gemiddelde lead, maar deze leads ({_percent(_QUALITY.share_ready, 0)} van alle leads) leveren nog maar "
            f"{_percent(_QUALITY.captured, 0)} van de nieuwe klanten. Een hogere drempel spaart tijd van de "
            "accountmanagers en kost gemiste klanten: vergelijk het met de drempel van 40 in het werkvoorbeeld."
        ),
        mistakes=(
            (float(_QUALITY.share_ready),
             "Dat is het deel van álle leads dat sales-ready is. De vraag is welk deel van de sales-ready leads klant "
             "werd (" + _LM + ")."),
            (float(_QUALITY.captured),
             "Dat is het deel van de nieuwe klanten dat sales-ready was (je deelde door het aantal klanten). Deel door "
             "het aantal sales-ready leads (" + _LM + ")."),
            (float(_QUALITY.conversion_all),
             "Dat is de conversie van álle leads. Kijk alleen naar de sales-ready leads (" + _LM + ")."),
            (float((_READY & _HOT).sum() / _READY.sum()),
             "Je telde ook de hot leads als klant. Alleen de fasen klant en trouwe klant zijn klant geworden (" + _LM + ")."),
        ),
    )

    # --- NPS ---------------------------------------------------------------------------------------

    _NPS = _customers.nps_breakdown(_SURVEY.loc[_SURVEY["segment"] == _NPS_SEGMENT, "score"])

    opgave_nps = NumberExercise(
        title="NPS van het segment industrie — " + _book.ref("klanttevredenheid"),
        question=(
            f"In de NPS-enquête van 2024 antwoordden {_NPS.n} klanten uit het segment {_NPS_SEGMENT} (alle landen): {_NPS.promoters} gaven "
            f"een 9 of 10, {_NPS.passives} een 7 of 8 en {_NPS.detractors} een 6 of lager. Wat is de Net Promoter Score? "
            "Geef het getal zoals de NPS altijd wordt gerapporteerd (tussen −100 en 100), met één decimaal."
        ),
        expected=_NPS.nps,
        unit="getal",
        abs_tol=0.05,
        hints=(
            "Promotors geven 9–10, passieven 7–8 en criticasters 0–6.",
            "NPS = percentage promotors − percentage criticasters; de passieven tellen wel mee in het totaal.",
            f"Promotors: {_NPS.promoters} / {_NPS.n} = {_percent(_NPS.share_promoters, 1)}.",
        ),
        solution=(
            rf"$$\text{{NPS}} = 100 \cdot \frac{{{_NPS.promoters}}}{{{_NPS.n}}} - 100 \cdot \frac{{{_NPS.detractors}}}{{{_NPS.n}}}"
            rf" = {_tex(_NPS.share_promoters * 100, 1)} - {_tex(_NPS.share_detractors * 100, 1)} = {_tex(_NPS.nps, 1)}$$"
        ),
        meaning=(
            f"Met een NPS van {_number(_NPS.nps, 0)} heeft het segment {_NPS_SEGMENT} veel meer promotors dan criticasters, "
            "maar bijna de helft van de klanten is passief: tevreden, niet enthousiast, en dus gevoelig voor een concurrent. De "
            "salesmanager laat accountmanagers de criticasters terugbellen en zoekt uit wat passieven tot promotors maakt."
        ),
        mistakes=(
            (float(_NPS.promoters - _NPS.detractors),
             "Je trok de aantallen van elkaar af. De NPS is het verschil in procenten van alle antwoorden: deel eerst "
             f"door {_NPS.n} (" + _TEV + ")."),
            (_NPS.nps / 100,
             "Je gaf een fractie. De NPS wordt in punten gerapporteerd, van −100 tot 100: vermenigvuldig met 100 (" + _TEV + ")."),
            (100 * (_NPS.share_promoters - _NPS.share_detractors - _NPS.share_passives),
             "Je telde de passieven (7–8) als criticasters. Criticasters geven 0 tot en met 6 (" + _TEV + ")."),
            (100 * _NPS.promoters / (_NPS.promoters + _NPS.detractors) - 100 * _NPS.detractors / (_NPS.promoters + _NPS.detractors),
             "Je liet de passieven weg uit het totaal. Ze tellen mee in de noemer: deel door alle antwoorden (" + _TEV + ")."),
            (100 * _NPS.share_promoters,
             "Dat is alleen het percentage promotors; trek het percentage criticasters er nog van af (" + _TEV + ")."),
        ),
    )

    # --- klantwaarde: ABC, RFM, klantretentie and CLV ------------------------------------------------

    _ANALYSIS = _customers.customer_analysis(_TRANSACTIONS, _REFERENCE, retention=0.84, discount_rate=0.10, years=3)
    _SHARE_A = float((_ANALYSIS["abc"] == "A").mean())          # on revenue: the notebook's worked example
    _BY_MARGIN = _customers.abc_analysis(_ANALYSIS["marge"])     # on gross margin: the exercise
    _N_A = int((_BY_MARGIN["class"] == "A").sum())
    _SHARE_A_MARGIN = _N_A / len(_BY_MARGIN)
    _BY_COUNT = _customers.abc_analysis(_ANALYSIS["frequency"])

    opgave_abc = NumberExercise(
        title="Hoeveel A-klanten op brutomarge? — " + _book.ref("crm-en-klantwaarde"),
        question=(
            f"Het werkvoorbeeld deelt de {_number(len(_ANALYSIS))} klanten van 2022–2024 in op hun omzet. Wat de "
            "salesmanager eigenlijk wil weten, is wie de marge maakt. Maak dezelfde ABC-analyse op de brutomarge per "
            "klant in die drie jaar, met de grenzen 80% en 95%. Welk deel van de klanten is dan A-klant? Geef een fractie."
        ),
        expected=_SHARE_A_MARGIN,
        unit="fractie",
        abs_tol=0.0005,
        hints=(
            "Vul in de cel onder de opgave de kolom in: tel per klant de brutomarge op (kolom `brutomarge` in plaats "
            "van `bedrag`) en geef die aan `customers.abc_analysis`.",
            "Zet de klanten van groot naar klein. Een klant is A zolang het cumulatieve margeaandeel van de klanten "
            "vóór hem onder 80% ligt: de klant die de grens overschrijdt, hoort nog bij A.",
            "Het antwoord is het aantal A-klanten gedeeld door het aantal klanten.",
        ),
        solution=(
            f"Gesorteerd op brutomarge, van groot naar klein, overschrijdt het cumulatieve margeaandeel de 80% bij klant "
            f"nummer {_number(_N_A)}; die klant hoort nog bij A:\n\n"
            rf"$$\frac{{{_N_A}}}{{{len(_BY_MARGIN)}}} = {_tex(_SHARE_A_MARGIN, 3)}$$"
        ),
        meaning=(
            f"Op marge is {_percent(_SHARE_A_MARGIN, 0)} van de klanten A-klant, tegen {_percent(_SHARE_A, 0)} op omzet. "
            "Wie de accountmanagers op de A-klanten zet, kiest beter op marge: een klant met veel omzet tegen lage "
            "marges vraagt evenveel tijd en levert minder op."
        ),
        mistakes=(
            (0.2,
             "Je nam de 80/20-regel als uitkomst. Die is een vuistregel; hoeveel klanten samen 80% van de marge maken, "
             "volgt uit de analyse zelf (" + _CW + ")."),
            (0.8,
             "80% is de grens voor het margeaandeel, niet het deel van de klanten. Tel hoeveel klanten samen die 80% "
             "van de marge maken (" + _CW + ")."),
            (float((_BY_COUNT["class"] == "A").mean()),
             "Je rangschikte de klanten op het aantal orders. Een ABC-analyse gaat over waarde: rangschik op de "
             "brutomarge (" + _CW + ")."),
            (_SHARE_A,
             "Dat is de uitkomst op omzet, uit het werkvoorbeeld. Gevraagd is de indeling op brutomarge (" + _CW + ")."),
        ),
    )

    _CUSTOMERS = _data.load_dataset("klanten")
    _LAND_IDS = set(_CUSTOMERS.loc[_CUSTOMERS["land"] == _LAND, "klant_id"])
    _LAND_ANALYSIS = _ANALYSIS[_ANALYSIS.index.isin(_LAND_IDS)]   # RFM scores stay those of the whole customer base
    _SEGMENTS = _customers.rfm_segment_summary(_LAND_ANALYSIS)
    _RISK = _SEGMENTS.loc["risicoklanten"]

    opgave_rfm = NumberExercise(
        title="Omzet op het spel bij de Duitse risicoklanten — " + _book.ref("crm-en-klantwaarde"),
        question=(
            "Het werkvoorbeeld deelt alle klanten van Noordstroom in RFM-segmenten in op 31-12-2024. De "
            f"salesmanager van de vestiging {_LAND} wil weten wat er bij haar op het spel staat. Welk deel van de omzet "
            f"2022–2024 van de klanten uit {_LAND} kwam van klanten uit {_LAND} die nu in het segment *risicoklanten* zitten? "
            "Houd de RFM-scores van het werkvoorbeeld aan. Geef een fractie."
        ),
        expected=float(_RISK["aandeel_omzet"]),
        unit="fractie",
        abs_tol=0.0005,
        hints=(
            "Vul in de cel onder de opgave het land in: die selecteert de klanten van één land uit `rfm` en geeft ze aan "
            "`customers.rfm_segment_summary`, die per segment het aantal klanten en de omzet geeft.",
            f"Gevraagd is het aandeel in de omzet van {_LAND}, niet in het aantal klanten: omzet risicoklanten / "
            f"totale omzet, beide alleen voor {_LAND}.",
        ),
        solution=(
            rf"$$\frac{{\text{{omzet risicoklanten {_LAND}}}}}{{\text{{omzet {_LAND}}}}} = \frac{{{_tex(_RISK['omzet'])}}}"
            rf"{{{_tex(_LAND_ANALYSIS['monetary'].sum())}}} = {_tex(_RISK['aandeel_omzet'], 3)}$$"
            f"\n\nRisicoklanten (R ≤ 2, FM ≥ 3) kochten vaak en veel, maar hun laatste order is lang geleden "
            f"(gemiddeld {_number(_RISK['gem_recency'])} dagen)."
        ),
        meaning=(
            f"{_percent(_RISK['aandeel_omzet'], 0)} van de omzet in {_LAND} kwam van {_number(_RISK['klanten'])} klanten "
            "die afhaken of al weg zijn. De accountmanagers bellen of bezoeken hen nu, te beginnen bij de grootste: achterhaal "
            "waarom ze wegbleven en doe een terugwinvoorstel. Terugwinnen is goedkoper dan nieuwe klanten werven."
        ),
        mistakes=(
            (float(_RISK["aandeel_klanten"]),
             "Dat is het aandeel in het aantal klanten. Gevraagd is het aandeel in de omzet (" + _CW + ")."),
            (float(_customers.rfm_segment_summary(_ANALYSIS).loc["risicoklanten", "aandeel_omzet"]),
             f"Dat is het aandeel voor alle klanten, uit het werkvoorbeeld. Kijk alleen naar de klanten uit {_LAND} "
             "(" + _CW + ")."),
            (float(_SEGMENTS.loc["kampioenen", "aandeel_omzet"]),
             "Dat is het omzetaandeel van de kampioenen. Risicoklanten hebben een lage R-score (≤ 2) en een hoge FM "
             "(" + _CW + ")."),
            (float(_SEGMENTS.loc["verloren", "aandeel_omzet"]),
             "Dat is het segment verloren (weinig en lang geleden gekocht). Risicoklanten kochten juist vaak en veel "
             "(" + _CW + ")."),
        ),
    )

    _RET_ALL = _customers.yearly_retention(_TRANSACTIONS).loc[2024]          # the notebook's figure, used for the CLV
    _LAND_TX = _TRANSACTIONS[_TRANSACTIONS["klant_id"].isin(_LAND_IDS)]
    _RET = _customers.yearly_retention(_LAND_TX).loc[2024]                   # the exercise: one country
    _ACTIVE_2024 = int(_LAND_TX.loc[_LAND_TX["datum"].dt.year == 2024, "klant_id"].nunique())

    opgave_klantretentie = NumberExercise(
        title="Klantretentie van de vestiging Duitsland — " + _book.ref("crm-en-klantwaarde"),
        question=(
            f"In 2023 kochten {_number(_RET['actief_vorig_jaar'])} klanten uit {_LAND} bij Noordstroom. Van hen kochten er "
            f"{_number(_RET['behouden'])} in 2024 opnieuw. In 2024 kochten in totaal {_number(_ACTIVE_2024)} klanten uit "
            f"{_LAND}, inclusief nieuwe klanten. Wat is de klantretentie van {_LAND} in 2024? Geef een fractie."
        ),
        expected=float(_RET["retentie"]),
        unit="fractie",
        abs_tol=0.0005,
        hints=(
            "Retentie is het deel van de klanten van vorig jaar dat dit jaar nog klant is.",
            "Nieuwe klanten horen niet in de teller en niet in de noemer.",
        ),
        solution=(
            rf"$$r_{{2024}} = \frac{{\text{{klanten van 2023 die in 2024 kochten}}}}{{\text{{klanten van 2023}}}} = "
            rf"\frac{{{_tex(_RET['behouden'])}}}{{{_tex(_RET['actief_vorig_jaar'])}}} = {_tex(_RET['retentie'], 3)}$$"
        ),
        meaning=(
            f"De vestiging {_LAND} houdt {_percent(_RET['retentie'], 0)} van haar klanten vast; "
            f"{_percent(1 - _RET['retentie'], 0)} vertrekt elk jaar. Vergelijk dat met de {_percent(_RET_ALL['retentie'], 0)} "
            "van heel Noordstroom: met de retentie van een vestiging reken je haar CLV uit, en elk procentpunt meer is "
            "direct geld waard (zie de CLV-verkenner)."
        ),
        mistakes=(
            (float(1 - _RET["retentie"]),
             "Dat is het klantverloop (churn): het deel dat vertrok. Retentie is het deel dat bleef (" + _CW + ")."),
            (float(_RET["behouden"] / _ACTIVE_2024),
             "Je deelde door alle klanten van 2024. De noemer is het aantal klanten van 2023: wie kon je vasthouden? "
             "(" + _CW + ")"),
            (float(_ACTIVE_2024 / _RET["actief_vorig_jaar"]),
             "Dat is de groei van het aantal actieve klanten, inclusief nieuwe klanten. Retentie telt alleen wie van "
             "vorig jaar bleef (" + _CW + ")."),
        ),
    )

    _A = _ANALYSIS[_ANALYSIS["abc"] == "A"]
    _A_MARGIN = float(_A["marge"].mean())        # over three years
    _A_YEARLY = _A_MARGIN / 3
    _R, _D = round(float(_RET_ALL["retentie"]), 2), 0.10
    _A_CLV = _customers.clv(_A_YEARLY, _R, _D)

    opgave_clv_klant = NumberExercise(
        title="CLV van een gemiddelde A-klant — " + _book.ref("crm-en-klantwaarde"),
        question=(
            f"Een gemiddelde A-klant van Noordstroom leverde in 2022–2024 samen {_euro(_A_MARGIN)} brutomarge op. "
            f"Reken met een klantretentie van {_percent(_R, 0)}, een disconteringsvoet van {_percent(_D, 0)} en marges "
            "aan het eind van elk jaar. Wat is de CLV van zo'n klant (zonder acquisitiekosten: hij is al klant)?"
        ),
        expected=_A_CLV,
        unit="euro",
        hints=(
            "Reken eerst de gemiddelde brutomarge per jaar uit: de drie jaar samen gedeeld door 3.",
            "CLV = marge per jaar × r / (1 + d − r).",
            f"Marge per jaar: {_euro(_A_YEARLY)}; marge-multiple: {_number(_R, 2)} / {_number(1 + _D - _R, 2)}.",
        ),
        solution=(
            rf"$$\text{{CLV}} = \frac{{{_tex(_A_MARGIN)}}}{{3}} \cdot \frac{{{_tex(_R, 2)}}}{{1 + {_tex(_D, 2)} - {_tex(_R, 2)}}}"
            rf" = {_tex(_A_YEARLY)} \cdot {_tex(_customers.margin_multiple(_R, _D), 3)} = {_tex(_A_CLV)}$$"
        ),
        meaning=(
            f"Een A-klant is zo'n {_euro(round(_A_CLV, -3))} waard. Elke A-klant die vertrekt, kost dat bedrag; een "
            "vaste accountmanager, een accountplan en snelle opvolging van klachten zijn dus makkelijk terug te verdienen."
        ),
        mistakes=(
            (_customers.clv(_A_MARGIN, _R, _D),
             "Je rekende met de marge van drie jaar samen. De CLV-formule gebruikt de marge per jaar: deel eerst door 3 "
             "(" + _CW + ")."),
            (_A_YEARLY / (1 - _R),
             "Je vermenigvuldigde met de verwachte klantduur 1/(1 − r). Dat vergeet het disconteren; gebruik "
             "r/(1 + d − r) (" + _CW + ")."),
            (_customers.clv(_A_YEARLY, _R, _D, first_margin_now=True),
             "Je rekende alsof de eerste marge direct binnenkomt, met (1 + d)/(1 + d − r). Hier komt de marge aan het "
             "eind van elk jaar (" + _CW + ")."),
            (_customers.clv(float(_A["monetary"].mean()) / 3, _R, _D),
             "Je rekende met de omzet in plaats van de brutomarge. De CLV is de waarde van de marges die de klant "
             "oplevert (" + _CW + ")."),
        ),
    )
    return _SimpleNamespace(**locals())


opgave_reverse_funnel = lazy_from(_case, "opgave_reverse_funnel")
opgave_leadscore = lazy_from(_case, "opgave_leadscore")
opgave_sales_ready = lazy_from(_case, "opgave_sales_ready")
opgave_nps = lazy_from(_case, "opgave_nps")
opgave_abc = lazy_from(_case, "opgave_abc")
opgave_rfm = lazy_from(_case, "opgave_rfm")
opgave_klantretentie = lazy_from(_case, "opgave_klantretentie")
opgave_clv_klant = lazy_from(_case, "opgave_clv_klant")


#: The chapter's exercises, in the order of the chapter.
EXERCISES = [
    opgave_reverse_funnel,
    opgave_leadscore,
    opgave_sales_ready,
    opgave_nps,
    opgave_abc,
    opgave_rfm,
    opgave_klantretentie,
    opgave_clv_klant,
]
