"""Every notebook in a real browser, as a student uses it: open, Run All, move a widget, answer.

Parametrised over notebooks/, so a new chapter is covered without touching these tests.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from tests.browser.conftest import DIALOG, ROOT, open_in_lab, screenshot
from tests.browser.screen import (
    WIDGET_IMAGES, assert_images_load, assert_quiz_readable, assert_sliders_usable, settle, show_redrawn_chart, wait_for_widgets,
    wait_until_still,
)

NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
ERROR_OUTPUT = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"


def run_all(page) -> None:
    page.locator(".jp-Notebook:visible").first.click()
    page.keyboard.press("Escape")
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()


# How many code cells wait or run ([*]) and how many are unrun ([ ]), and whether the kernel is idle:
# one cheap look at the page (Playwright's text locators cost the browser ten times as much per poll).
PROMPTS = """() => {
  const prompts = Array.from(document.querySelectorAll('.jp-CodeCell .jp-InputPrompt'), e => e.textContent);
  return [prompts.filter(t => t.includes('[*]')).length, prompts.filter(t => t.includes('[ ]')).length,
          document.querySelectorAll(".jp-Notebook-ExecutionIndicator[data-status='idle']").length];
}"""


def wait_until_idle(page, seconds: float = 180) -> None:
    """Until every code cell has run: none waits or runs ([*]), none is left unrun ([ ]), and the
    kernel reports idle (the test's copies have no stored execution counts, see
    ``copy_notebooks_unnumbered``, so this cannot hold before Run All has run). A Run All that the page dropped (seen on a busy machine with the first
    notebook of a fresh server: the kernel idle, cells unrun, nothing running) is given again,
    as a student would click it again."""
    deadline = time.monotonic() + seconds
    stalled_since = None
    while time.monotonic() < deadline:
        dialog = page.locator(DIALOG)
        if dialog.count():          # a student would have to answer it: say what it asks
            shot = screenshot(page, "lab-dialog")
            raise AssertionError(f"JupyterLab shows a dialog: {dialog.first.inner_text()[:200]!r} (screenshot {shot.name})")
        busy, unrun, idle = page.evaluate(PROMPTS)
        if busy == 0 and unrun == 0 and idle:
            return
        if busy == 0 and idle and unrun:
            stalled_since = stalled_since or time.monotonic()
            if time.monotonic() - stalled_since > 5:
                run_all(page)
                stalled_since = None
        else:
            stalled_since = None
        page.wait_for_timeout(250)
    raise AssertionError("the notebook did not finish running in time")


def _readouts(widget) -> list[int]:
    texts = widget.locator(".widget-readout").all_inner_texts()
    return [int(t.strip().rstrip("%")) for t in texts]


def _shown_weights(widget) -> list[int]:
    text = widget.locator("xpath=ancestor::div[contains(@class,'jp-OutputArea-output')][1]").locator(
        ".widget-output").first.inner_text()
    part = text[text.index("Gewichten"):].split("(samen")[0]   # MathJax may break the line after w_i
    return [int(p) for p in re.findall(r"(\d+)%", part)]


def assert_linked_weights_stay_consistent(page) -> None:
    """Linked weight sliders (chapter 8): after quick key presses they still add up to 100% and
    the output shows the same weights as the sliders (no lost or echoed updates)."""
    widget = page.locator(".salesbook-weights").first
    first = widget.locator(".widget-hslider").first
    first.evaluate("e => e.scrollIntoView({block: 'center'})")
    start = _readouts(widget)[0]
    handle = first.locator(".noUi-handle").first
    handle.focus()
    for _ in range(12):                       # quick presses, each one percentage point
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Tab")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:        # settle: readouts and output agree
        page.wait_for_timeout(500)
        readouts, shown = _readouts(widget), _shown_weights(widget)
        if readouts == shown and sum(readouts) == 100 and readouts[0] != start:
            break
    screenshot(page, "lab-weights-after-keys")
    assert sum(readouts) == 100, readouts
    assert readouts == shown, (readouts, shown)
    assert readouts[0] > start


def live_output_text(slider) -> str:
    """The text of the output area that belongs to the widget a slider is part of."""
    box = slider.locator("xpath=ancestor::div[contains(@class,'jp-OutputArea-output')][1]")
    return box.locator(".widget-output").first.inner_text()


# The notebooks in two halves, one per test file (test_lab.py and test_lab_b.py), so that make test
# (pytest-xdist, one file per worker at a time) runs them on both cores.
FIRST_HALF, SECOND_HALF = NOTEBOOKS[0::2], NOTEBOOKS[1::2]


@pytest.mark.parametrize("name", FIRST_HALF)
def test_notebook_in_jupyterlab(lab_server, lab_page, name):
    check_notebook_in_jupyterlab(lab_server, lab_page, name)


def check_notebook_in_jupyterlab(lab_server, page, name) -> None:
    open_in_lab(page, lab_server, f"notebooks/{name}")   # the previous notebook closed, its kernel shut down
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)
    run_all(page)
    wait_until_idle(page)

    errors = page.locator(ERROR_OUTPUT)
    assert errors.count() == 0, f"a cell shows an error: {errors.first.inner_text()[:300]}"
    assert page.locator("text=Dat gaat niet:").count() == 0, "a widget shows an error at its start values"

    # Widget views render after the kernel is idle; on a busy machine that takes a while.
    wait_for_widgets(page)
    assert_images_load(page, "na Run All")
    has_charts = page.evaluate(WIDGET_IMAGES) > 0

    # Move the first slider with the keyboard; its output must change.
    sliders = page.locator(".widget-hslider .noUi-handle, .widget-hslider .ui-slider-handle")
    if sliders.count():
        handle = sliders.first
        handle.evaluate("e => e.scrollIntoView({block: 'center'})")  # no wait for 'stable': outputs may still reflow
        settle(page)
        slider_box = handle.locator("xpath=ancestor::div[contains(@class,'widget-hslider')][1]")
        before = live_output_text(slider_box)
        handle.focus()
        for _ in range(5):
            page.keyboard.press("ArrowRight")
        settle(page)
        page.keyboard.press("Tab")  # continuous_update=False: the value is sent on release/blur
        page.wait_for_function(
            "([el, old]) => { const o = el.closest('.jp-OutputArea-output').querySelector('.widget-output');"
            " return o && o.innerText !== old; }",
            arg=[slider_box.element_handle(), before], timeout=60_000)
        wait_until_still(page, lambda: live_output_text(slider_box))   # the last of the values sent
        assert_images_load(page, "na het verschuiven van een schuifregelaar")
        if has_charts:
            assert page.evaluate(WIDGET_IMAGES) > 0, "the charts in the widgets are gone after a redraw"
        show_redrawn_chart(page, handle)
        screenshot(page, f"lab-{Path(name).stem}-widget")
    if page.locator(".salesbook-weights").count():      # linked weight sliders (chapter 8)
        assert_linked_weights_stay_consistent(page)

    # Answer the first quiz question; feedback must appear.
    radios = page.locator(".widget-radio-box input[type=radio]")
    if radios.count():
        radios.first.evaluate("e => e.scrollIntoView({block: 'center'})")
        settle(page)
        radios.first.check(force=True)
        page.wait_for_selector("text=/Goed!|Niet goed\\./", timeout=60_000)
        assert page.locator("text=/Score: \\d+ van \\d+/").count() >= 1
        for width in (1280, 800):      # a projector (the window of these tests), and a narrow window beside the book
            if width != page.viewport_size["width"]:
                page.set_viewport_size({"width": width, "height": 900})
                settle(page)
            assert_quiz_readable(page, f"bij {width} px breed")
            assert_sliders_usable(page, f"bij {width} px breed")
        last = radios.nth(radios.count() - 1)
        last.evaluate("e => e.scrollIntoView({block: 'center'})")
        screenshot(page, f"lab-{Path(name).stem}-quiz-800")
    assert sliders.count() or radios.count(), "no widget to try in this notebook"
