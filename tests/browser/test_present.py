"""Presentation mode (`make present`): Voilà shows every chapter without code, in large type, with
charts that load and widgets that respond — as a lecturer uses it on a projector.

Parametrised over notebooks/, so a new chapter is covered without touching this test.
"""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pytest

from tests.browser.conftest import ROOT, free_port, screenshot, stop, wait_for_http
from tests.browser.screen import (
    WIDGET_IMAGES, assert_images_load, assert_quiz_readable, assert_sliders_usable, settle, show_redrawn_chart, wait_for_widgets,
    wait_until_still,
)

NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def present_server(browser, tmp_path_factory):
    """`make present` without a chapter: Voilà serves the notebooks folder."""
    port = free_port()
    log = open(tmp_path_factory.mktemp("present") / "voila.log", "w")  # a file: a full pipe would block Voilà
    process = subprocess.Popen(
        ["make", "--no-print-directory", "present", f"PRESENT_PORT={port}", "VOILA_FLAGS=--no-browser"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/voila/static/voila.js", seconds=120)
        yield f"http://127.0.0.1:{port}/voila/render/"
    finally:
        stop(process)
        log.close()


def open_chapter(page, url: str, name: str) -> None:
    """Open a chapter and wait until Voilà has run it and drawn every widget."""
    for attempt in range(2):
        page.goto(url + name, wait_until="commit", timeout=180_000)
        try:
            page.wait_for_selector("text=Samenvatting", timeout=180_000)
            wait_for_widgets(page, seconds=120)
            return
        except Exception:
            if attempt:                 # a stalled start: a lecturer would press F5, so do we, once
                raise
            screenshot(page, f"present-{Path(name).stem}-stalled")


# The notebooks in two halves, one per test file (test_present.py and test_present_b.py), so that make test
# (pytest-xdist, one file per worker at a time) runs them on both cores.
FIRST_HALF, SECOND_HALF = NOTEBOOKS[0::2], NOTEBOOKS[1::2]


@pytest.mark.parametrize("name", FIRST_HALF)
def test_chapter_without_code_with_working_widgets(present_server, page, name):
    check_chapter_in_presentation_mode(present_server, page, name)


def check_chapter_in_presentation_mode(present_server, page, name) -> None:
    stem = Path(name).stem
    page.set_viewport_size({"width": 1280, "height": 900})      # a projector
    open_chapter(page, present_server, name)

    assert page.locator(".jp-CodeCell .jp-InputArea-editor, .cm-editor").count() == 0, "presentation mode shows code"
    assert page.locator("text=/quiz_widget\\(\\d+\\)/").count() == 0, "presentation mode shows code"
    assert page.locator("text=Dat gaat niet:").count() == 0, "a widget shows an error at its start values"
    size = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.jp-RenderedHTMLCommon')).fontSize)")
    assert size >= 18, f"text too small for a projector: {size}px"
    assert_images_load(page, "bij het openen")
    has_charts = page.evaluate(WIDGET_IMAGES) > 0

    handles = page.locator(".widget-hslider .noUi-handle")
    if handles.count():
        handle = handles.first
        handle.evaluate("e => e.scrollIntoView({block: 'center'})")
        settle(page)
        out = handle.locator("xpath=ancestor::div[contains(@class,'widget-vbox')][last()]").locator(".widget-output").first
        before = out.inner_text()
        handle.focus()
        for _ in range(5):
            page.keyboard.press("ArrowRight")
        page.keyboard.press("Tab")
        page.wait_for_function("([el, old]) => el.innerText !== old", arg=[out.element_handle(), before], timeout=60_000)
        wait_until_still(page, out.inner_text)   # the last of the values sent
        assert_images_load(page, "na het verschuiven van een schuifregelaar")
        if has_charts:
            assert page.evaluate(WIDGET_IMAGES) > 0, "the charts in the widgets are gone after a redraw"
        show_redrawn_chart(page, handle)
        screenshot(page, f"present-{stem}-widget")

    radios = page.locator(".widget-radio-box input[type=radio]")
    if radios.count():
        radio = radios.first
        radio.evaluate("e => e.scrollIntoView({block: 'center'})")
        radio.check(force=True)
        page.wait_for_selector("text=/Goed!|Niet goed\\./", timeout=60_000)
        assert re.search(r"Score: \d+ van \d+", page.content())
        for width in (1280, 800):      # the projector it was opened at, then a narrow window
            if width != page.viewport_size["width"]:
                page.set_viewport_size({"width": width, "height": 900})
                settle(page)
            assert_quiz_readable(page, f"bij {width} px breed")
            assert_sliders_usable(page, f"bij {width} px breed")
        screenshot(page, f"present-{stem}-quiz")
    assert handles.count() or radios.count(), "no widget to try in this chapter"
