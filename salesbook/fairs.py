"""Beursmanagement (chapter 8): what a trade fair costs per lead and how many people the stand needs.

* :func:`cost_per_lead` — total fair costs ÷ number of leads;
* :func:`staff_needed` — stand staff needed to reach a lead target, rounded up to whole people.
"""

from __future__ import annotations

from salesbook import validation
from salesbook.rounding import round_up


def cost_per_lead(total_cost: float, leads: float) -> float:
    """Cost per lead = totale beurskosten / aantal leads.

    ``total_cost`` must be at least 0; ``leads`` must be above 0.

    >>> cost_per_lead(45_000, 300)
    150.0
    >>> cost_per_lead(45_000, 0)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: aantal leads moet groter zijn dan 0 (kreeg 0)
    """
    cost = validation.positive(total_cost, "totale beurskosten", allow_zero=True)
    n = validation.positive(leads, "aantal leads")
    return cost / n


def staff_needed(
    target_leads: float,
    contacts_per_hour: float,
    hours_per_day: float,
    days: float,
    qualify_rate: float,
) -> int:
    """Stand staff needed to reach a lead target, rounded up to whole people.

    benodigde contacten = leaddoel / kwalificatiegraad
    contacten per standmedewerker = contacten per uur × standuren per dag × beursdagen
    standbemanning = ⌈ benodigde contacten / contacten per standmedewerker ⌉

    ``target_leads`` must be at least 0; ``contacts_per_hour``, ``hours_per_day`` and ``days``
    above 0; ``qualify_rate`` (the share of contacts that becomes a qualified lead) is a
    fraction in (0, 1].

    >>> staff_needed(300, 4, 8, 3, 0.25)   # 1200 contacts / 96 per person = 12.5
    13
    >>> staff_needed(300, 4, 8, 3, 25)
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: kwalificatiegraad moet een fractie tussen 0 en 1 zijn, 0 zelf niet meegerekend (kreeg 25); bedoel je 0.25? Schrijf 25% als 0.25
    """
    target = validation.positive(target_leads, "leaddoel", allow_zero=True)
    per_hour = validation.positive(contacts_per_hour, "contacten per uur")
    hours = validation.positive(hours_per_day, "standuren per dag")
    n_days = validation.positive(days, "aantal beursdagen")
    rate = validation.fraction(qualify_rate, "kwalificatiegraad", allow_zero=False)
    contacts_needed = target / rate
    contacts_per_person = per_hour * hours * n_days
    return round_up(contacts_needed / contacts_per_person)

