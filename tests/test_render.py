"""How a chart is written out: the frozen layout changes speed, never the picture."""

from __future__ import annotations

from salesbook import charts


def chart(values=(3, 1, 2)):
    return charts.bar_chart(["Noord", "Oost", "Zuid"], list(values), title="Omzet per regio", ylabel="omzet (€)")


def test_a_redraw_from_a_remembered_layout_is_the_same_picture_as_a_fresh_one():
    """Remembered axes positions and axis-label places (no layout engine, no measuring of tick
    labels) give exactly the SVG that a fresh layout gives."""
    layout = charts.FrozenLayout()
    charts.render_svg(chart(), layout)                       # lays out, draws, remembers
    assert layout.labels is not None
    again = charts.render_svg(chart(), layout)               # from memory
    assert not layout.apply(chart())                         # (it was: no new layout)
    fresh = charts.render_svg(chart(), charts.FrozenLayout())
    assert again == fresh


def test_the_same_figure_gives_the_same_text():
    assert charts.render_svg(chart()) == charts.render_svg(chart())
    assert "dc:date" not in charts.render_svg(chart())


def test_wider_labels_get_a_new_layout_and_new_label_places():
    layout = charts.FrozenLayout()
    charts.render_svg(chart(), layout)
    wide = charts.render_svg(chart((3, 1, 500_000)), layout)
    assert wide == charts.render_svg(chart((3, 1, 500_000)), charts.FrozenLayout())


def test_remembered_font_heights_change_no_text_position(monkeypatch):
    """The SVG renderer answers matplotlib's question for a font's ascent, descent and line gap
    from memory; the picture is the one matplotlib draws when it reads them from the font file
    itself (a two-line text, bold and other sizes included)."""
    from salesbook.charts import base, ch03

    def pictures():
        fig = ch03.trend_matrix_chart([(1, 5, 5, "kans"), (2, 4, 5, "bedreiging"), (3, 2, 1, "kans")])
        fig.axes[0].text(2, 2, "twee\nregels", fontsize=15, fontweight="bold")
        return charts.render_svg(chart()), charts.render_svg(fig)

    remembered = pictures()
    assert base._SVGRenderer._heights, "the renderer was not asked (matplotlib changed its text layout?)"
    monkeypatch.delattr(base._SVGRenderer, "_get_font_height_metrics")
    assert pictures() == remembered
