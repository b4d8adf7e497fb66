"""The value proposition fit (figuur 1.3, notebook 01): model, refusals and the widget's view."""

import pytest

from salesbook.errors import SalesbookError
from salesbook.value_proposition import proposition_fit
from salesbook.widgets import value_proposition as view


def test_fit_by_hand():
    r = proposition_fit({"a": 9, "b": 8, "c": 6}, {"a": 6, "b": 8, "c": 9})
    # fits 0.6, 0.8, 0.9; overall (9·0.6 + 8·0.8 + 6·0.9) / 23 = (5.4 + 6.4 + 5.4) / 23 = 17.2 / 23 = 0.7478
    assert r.overall == pytest.approx(17.2 / 23)
    # gaps 9·4 = 36, 8·2 = 16, 6·1 = 6 → a
    assert [n.gap for n in r.needs] == [36, 16, 6] and r.largest_gap == "a"


def test_a_need_without_weight_does_not_count():
    # weight 0 for b: overall = 10·0.5 / 10 = 0.5, whatever b scores
    assert proposition_fit({"a": 10, "b": 0}, {"a": 5, "b": 10}).overall == pytest.approx(0.5)
    assert proposition_fit({"a": 10, "b": 0}, {"a": 5, "b": 0}).overall == pytest.approx(0.5)


@pytest.mark.parametrize("profile, offer, word", [
    ({}, {}, "leeg"),
    ({"a": 5}, {}, "geen score"),
    ({"a": 0}, {"a": 5}, "gewichten"),
    ({"a": 11}, {"a": 5}, "tussen"),
    ({"a": 5}, {"a": "veel"}, "getal"),
])
def test_bad_input_is_refused_in_dutch(profile, offer, word):
    with pytest.raises(SalesbookError, match=word):
        proposition_fit(profile, offer)


def test_the_view_names_the_largest_gap():
    # defaults: gaps levering 9·4 = 36, onderdelen 8·2 = 16, advies 6·1 = 6, online 5·6 = 30, prijs 6·5 = 30
    items = view.value_proposition_view()
    assert view.NEEDS["levering"][0] in items[1].data
    # all weight on online, offer 4 there: fit 40%
    zero = {f"belang_{k}": 0 for k in view.NEEDS} | {"belang_online": 10}
    assert "40%" in view.value_proposition_view(**zero)[1].data
