"""Presentation mode (`make present`): Voilà shows a chapter without code, widgets work, large type."""

from __future__ import annotations

import re
import subprocess
import time

import pytest

from tests.browser.conftest import ROOT, free_port, screenshot, stop, wait_for_http


@pytest.fixture(scope="module")
def present_server(browser, tmp_path_factory):
    port = free_port()
    log = open(tmp_path_factory.mktemp("present") / "voila.log", "w")  # a file: a full pipe would block Voilà
    process = subprocess.Popen(
        ["make", "--no-print-directory", "present", "HOOFDSTUK=1", f"PRESENT_PORT={port}", "VOILA_FLAGS=--no-browser"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/voila/static/voila.js", seconds=90)
        time.sleep(5)  # a page opened the moment Voilà answers can stall on its first widget (seen here)
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop(process)
        log.close()


def test_chapter_without_code_with_working_widgets(present_server, page):
    page.goto(present_server, wait_until="commit", timeout=120_000)
    try:
        page.wait_for_selector(".widget-hslider", timeout=60_000)
    except Exception:  # stalled start: a lecturer would press F5, so do we
        screenshot(page, "present-01-stalled")
        page.reload(wait_until="commit")
        page.wait_for_selector(".widget-hslider", timeout=90_000)
    page.wait_for_selector("text=Samenvatting", timeout=120_000)

    assert page.locator(".jp-CodeCell .jp-InputArea-editor, .cm-editor").count() == 0, "presentation mode shows code"
    assert page.locator("text=quiz_widget(1)").count() == 0, "presentation mode shows code"
    assert page.locator("text=Dat gaat niet:").count() == 0

    size = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.jp-RenderedHTMLCommon')).fontSize)")
    assert size >= 18, f"text too small for a projector: {size}px"

    handle = page.locator(".widget-hslider .noUi-handle").first
    handle.evaluate("e => e.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(500)
    out = handle.locator("xpath=ancestor::div[contains(@class,'widget-vbox')][last()]").locator(".widget-output").first
    before = out.inner_text()
    handle.focus()
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Tab")
    page.wait_for_function("([el, old]) => el.innerText !== old", arg=[out.element_handle(), before], timeout=20_000)
    screenshot(page, "present-01-widget")

    radio = page.locator(".widget-radio-box input[type=radio]").first
    radio.evaluate("e => e.scrollIntoView({block: 'center'})")
    radio.check(force=True)
    page.wait_for_selector("text=/Goed!|Niet goed\\./", timeout=20_000)
    assert re.search(r"Score: \d+ van \d+", page.content())
    screenshot(page, "present-01-quiz")
