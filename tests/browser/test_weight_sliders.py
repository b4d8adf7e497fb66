"""Linked weight sliders in a real browser: after quick key presses the sliders still add up to
100% and the output shows the same weights as the sliders (no lost or echoed updates)."""

from __future__ import annotations

import re
import time

import pytest

from tests.browser.conftest import screenshot
from tests.browser.test_lab import run_all, wait_until_idle

NOTEBOOK = "08_beursmanagement.ipynb"
pytestmark = pytest.mark.xdist_group("jupyterlab")   # the JupyterLab server of tests/browser/test_lab.py


def _readouts(widget) -> list[int]:
    texts = widget.locator(".widget-readout").all_inner_texts()
    return [int(t.strip().rstrip("%")) for t in texts]


def _shown_weights(widget) -> list[int]:
    text = widget.locator("xpath=ancestor::div[contains(@class,'jp-OutputArea-output')][1]").locator(
        ".widget-output").first.inner_text()
    part = text[text.index("Gewichten"):].split("(samen")[0]   # MathJax may break the line after w_i
    return [int(p) for p in re.findall(r"(\d+)%", part)]


def test_weight_sliders_stay_consistent(lab_server, page):
    page.goto(f"{lab_server['url']}/lab/workspaces/weights/tree/notebooks/{NOTEBOOK}?reset&token={lab_server['token']}",
              wait_until="domcontentloaded")
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)
    run_all(page)
    wait_until_idle(page)
    page.wait_for_selector(".widget-hslider", state="attached", timeout=60_000)
    first = page.locator(".widget-hslider").first
    widget = first.locator("xpath=ancestor::div[contains(@class,'widget-vbox')][1]")
    first.evaluate("e => e.scrollIntoView({block: 'center'})")
    handle = first.locator(".noUi-handle").first
    handle.focus()
    for _ in range(12):                       # quick presses: 23% → 35%
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Tab")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:        # settle: readouts and output agree
        page.wait_for_timeout(1000)
        readouts, shown = _readouts(widget), _shown_weights(widget)
        if readouts == shown and sum(readouts) == 100 and readouts[0] != 23:
            break
    screenshot(page, "lab-weights-after-keys")
    assert sum(readouts) == 100, readouts
    assert readouts == shown, (readouts, shown)
    assert readouts[0] > 23
