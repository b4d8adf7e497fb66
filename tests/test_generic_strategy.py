"""Value disciplines (Treacy & Wiersema) with Porter and the sales approach (chapter 2). Hand computations in comments."""

from __future__ import annotations

import pytest

from salesbook.errors import SalesbookError
from salesbook.generic_strategy import DISCIPLINES, PORTER, SALES_APPROACH, value_discipline
from tests.checks import mentions


def test_customer_intimacy_leads():
    p = value_discipline({"operational excellence": [3, 3, 4], "customer intimacy": [5, 4, 5],
                          "product leadership": [2, 3, 2]})
    # means 10/3 = 3,33; 14/3 = 4,67; 7/3 = 2,33 → lead 4,67 − 3,33 = 1,33
    assert p.leading == "customer intimacy" and p.lead == pytest.approx(4 / 3) and p.clear
    assert p.below_threshold == ("product leadership",)
    assert "accountmanagement" in p.sales_approaches and "differentiatie" in p.porter


def test_no_clear_choice():
    # 4,0 against 3,75: lead 0,25 < 0,5 → 'stuck in the middle' risk
    p = value_discipline({"operational excellence": [4, 4], "customer intimacy": [4, 3.5],
                          "product leadership": [3, 3]})
    assert p.leading == "operational excellence" and not p.clear and p.below_threshold == ()


def test_every_discipline_has_consequences():
    assert set(PORTER) == set(SALES_APPROACH) == set(DISCIPLINES)


@pytest.mark.parametrize("scores, parts", [
    ({"operational excellence": [3]}, ("mist",)),
    ({d: [3] for d in DISCIPLINES} | {"prijs": [3]}, ("onbekende waardediscipline", "prijs")),
    ({d: [3] for d in DISCIPLINES} | {"customer intimacy": [6]}, ("scores van customer intimacy[0]", "6")),
    ({d: [3] for d in DISCIPLINES} | {"customer intimacy": []}, ("scores van customer intimacy",)),
])
def test_bad_input(scores, parts):
    with pytest.raises(SalesbookError, match=mentions(*parts)):
        value_discipline(scores)
