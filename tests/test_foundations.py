"""Validators, Dutch formatting, charts house style and a light package import."""

import subprocess
import sys

import pytest

from salesbook import charts, formatting, validation
from salesbook.errors import SalesbookError


def test_salesbook_error_is_a_value_error():
    assert issubclass(SalesbookError, ValueError)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "0.5", None, True, [1]])
def test_number_refuses_non_numbers(value):
    with pytest.raises(SalesbookError, match="marge"):
        validation.number(value, "marge")


def test_fraction_message_names_parameter_value_and_range():
    with pytest.raises(SalesbookError) as exc:
        validation.fraction(1.2, "retentie", allow_one=False)
    message = str(exc.value)
    assert "retentie" in message and "1.2" in message and "tussen 0 en 1" in message


def test_fraction_suggests_the_fraction_for_a_percentage():
    with pytest.raises(SalesbookError, match="bedoel je 0.35"):
        validation.fraction(35, "brutomarge")


def test_in_range_open_bounds():
    assert validation.in_range(0.5, "x", 0, 1, low_inclusive=False) == 0.5
    with pytest.raises(SalesbookError, match="0 zelf niet meegerekend"):
        validation.in_range(0, "alfa", 0, 1, low_inclusive=False)


def test_numbers_accepts_numpy_and_names_the_bad_position():
    import numpy as np

    assert validation.numbers(np.array([1, 2]), "reeks") == (1.0, 2.0)
    with pytest.raises(SalesbookError, match=r"reeks\[2\]"):
        validation.numbers([1, 2, float("nan")], "reeks")


def test_whole_and_positive():
    assert validation.whole(4.0, "n") == 4
    with pytest.raises(SalesbookError, match="negatief"):
        validation.positive(-1, "kosten", allow_zero=True)
    with pytest.raises(SalesbookError, match="groter zijn dan 0"):
        validation.positive(0, "prijs")


@pytest.mark.parametrize("value, text", [(1234567.891, "1.234.567,89"), (0.5, "0,50"), (-12.0, "-12,00")])
def test_dutch_number_notation(value, text):
    assert formatting.number(value, 2) == text


def test_euro_and_percent():
    assert formatting.euro(3_080_000) == "€ 3.080.000"
    assert formatting.euro_compact(3_080_000) == "€ 3,1 mln"
    assert formatting.percent(0.0474, 1) == "4,7%"
    assert formatting.percent(float("nan")) == "–"


def test_bar_chart_is_a_figure_in_house_style():
    fig = charts.bar_chart(["A", "B"], [1.0, 2.0], title="Titel", ylabel="as", reference=1.5, reference_label="norm")
    ax = fig.axes[0]
    assert ax.get_title() == "Titel"
    assert ax.title.get_fontsize() == charts.HOUSE_STYLE["axes.titlesize"]
    assert ax.get_legend().get_texts()[0].get_text() == "norm"


def test_palette_is_okabe_ito():
    assert charts.PALETTE["blauw"] == "#0072B2" and len(charts.SERIES) == 7


def test_import_salesbook_is_light():
    code = "import sys, salesbook; print(sorted(m for m in ('pandas', 'matplotlib', 'ipywidgets', 'yaml') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]", f"import salesbook loaded heavy modules: {out}"


def test_charts_never_use_pyplot():
    code = "import sys; from salesbook import charts; charts.bar_chart(['a'], [1], title='t'); print('matplotlib.pyplot' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
