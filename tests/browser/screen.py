"""What a person sees, checked in the page itself: widgets drawn, images loaded, quiz options
readable. Shared by the JupyterLab and the Voilà tests.

Every wait follows the page's state (widget views rendered, images decoded) with a generous
ceiling, so a busy machine makes a test slower, not red.
"""

from __future__ import annotations

# Every widget view has been drawn by the widget manager. A rendered MIME output carries its
# type in data-mime-type; a widget view is the one output area without it (a panel that the
# widget manager fills).
WIDGETS_DRAWN = """() => {
  const views = Array.from(document.querySelectorAll('.jp-OutputArea-output:not([data-mime-type])'));
  return views.length > 0 && views.every(v => v.querySelector('.jupyter-widgets'));
}"""

# Every widget output area (the part a slider redraws) holds something.
OUTPUTS_FILLED = """() => Array.from(document.querySelectorAll('.widget-output'))
  .every(o => o.querySelector('.jp-OutputArea-output'))"""

# Images of the outputs that come from the notebook itself (an external badge cannot load offline).
_OWN_IMAGES = """Array.from(document.querySelectorAll('.jp-OutputArea-output img'))
  .filter(img => !/^https?:/.test(img.getAttribute('src') || ''))"""

IMAGES_SETTLED = f"() => {_OWN_IMAGES}.every(img => img.complete)"

BROKEN_IMAGES = f"""() => {_OWN_IMAGES}
  .filter(img => !(img.complete && img.naturalWidth > 0))
  .map(img => (img.getAttribute('src') || '(geen src)').slice(0, 90))"""

WIDGET_IMAGES = "() => document.querySelectorAll('.widget-output img').length"

# Quiz options: each in its own row, its text inside its row, its radio circle visible in it.
QUIZ_PROBLEMS = """() => {
  const problems = [];
  document.querySelectorAll('.widget-radio-box').forEach((box, b) => {
    const labels = Array.from(box.querySelectorAll('label'));
    const rects = labels.map(l => l.getBoundingClientRect());
    labels.forEach((label, i) => {
      const r = rects[i];
      const name = `vraagblok ${b + 1}, optie ${i + 1}`;
      if (label.scrollHeight > label.clientHeight + 1 || label.scrollWidth > label.clientWidth + 1)
        problems.push(`${name}: tekst loopt buiten de eigen regel`);
      const input = label.querySelector('input');
      if (input) {
        const c = input.getBoundingClientRect();
        if (c.width < 4 || c.height < 4 || c.top < r.top - 1 || c.bottom > r.bottom + 1 || c.left < r.left - 1)
          problems.push(`${name}: rondje niet zichtbaar in de eigen regel`);
      }
      for (let j = i + 1; j < rects.length; j++) {
        const s = rects[j];
        const dy = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
        const dx = Math.min(r.right, s.right) - Math.max(r.left, s.left);
        if (dy > 1 && dx > 1) problems.push(`${name} overlapt optie ${j + 1}`);
      }
    });
  });
  return problems;
}"""

# Sliders whose track is too short to take hold of with a mouse (a long label in large type can
# squeeze it to nothing); a slider that is not shown at all (width 0) is left out.
MIN_TRACK_PX = 100
SHORT_SLIDERS = f"""() => Array.from(document.querySelectorAll('.widget-hslider'))
  .filter(s => s.getBoundingClientRect().width > 0)
  .map(s => [(s.querySelector('.widget-label') || {{}}).innerText || (s.title || '(zonder label)'),
             Math.round(s.querySelector('.slider-container').getBoundingClientRect().width)])
  .filter(([label, width]) => width < {MIN_TRACK_PX})"""

# Slider labels cut off with "…" (a fixed label width that a projector's large type overflows).
CUT_LABELS = """() => Array.from(document.querySelectorAll('.widget-hslider .widget-label'))
  .filter(l => l.getBoundingClientRect().width > 0 && l.scrollWidth > l.clientWidth + 1)
  .map(l => l.innerText)"""


# What an undrawn widget view shows instead (for the failure message).
UNDRAWN = """() => Array.from(document.querySelectorAll('.jp-OutputArea-output:not([data-mime-type])'))
  .filter(v => !v.querySelector('.jupyter-widgets'))
  .map(v => `[${v.className}] ${v.innerText.slice(0, 120) || '(leeg)'}`)"""


# Two animation frames: the browser has laid out and painted what the last step changed (a
# scroll, a new window width) — instead of a fixed pause, which is too long on a quiet machine
# and may be too short on a busy one.
TWO_FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))"


def wait_until_still(page, read, quiet: float = 0.6, seconds: float = 30) -> None:
    """Until ``read()`` (an output's text) has not changed for ``quiet`` seconds: the keys pressed
    on a slider send several values, and the last redraw comes after the first; a screenshot
    or an image check before that shows an in-between state."""
    import time

    last, since = read(), time.monotonic()
    deadline = since + seconds
    while time.monotonic() < deadline:
        page.wait_for_timeout(200)
        now_text = read()
        if now_text != last:
            last, since = now_text, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return


# The first chart of the output area that a control belongs to, scrolled to the middle of the window, so
# that the screenshot after a slider move shows the redrawn chart itself (not only the controls).
SHOW_REDRAWN_CHART = """(control) => {
  const area = control.closest('.jp-OutputArea-output') || control.closest('.widget-vbox');
  const chart = area && area.querySelector('.widget-output img');
  if (chart) chart.scrollIntoView({block: 'center'});
  return Boolean(chart);
}"""


def show_redrawn_chart(page, control) -> None:
    """Scroll the chart that a control redraws into view (when it has one) and let it paint."""
    control.evaluate(SHOW_REDRAWN_CHART)
    settle(page)


def settle(page) -> None:
    """Until the page has laid out and painted the last change (two animation frames)."""
    page.evaluate(TWO_FRAMES)


def wait_for_widgets(page, seconds: float = 180) -> None:
    """Until the widget manager has drawn every widget view and every output area is filled."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    from tests.browser.conftest import screenshot

    try:
        page.wait_for_function(WIDGETS_DRAWN, timeout=seconds * 1000, polling=250)
        page.wait_for_function(OUTPUTS_FILLED, timeout=seconds * 1000, polling=250)
    except PlaywrightTimeout:
        shot = screenshot(page, "widgets-not-drawn")
        raise AssertionError(f"widgets not drawn within {seconds} s: {page.evaluate(UNDRAWN)[:4]} "
                             f"(screenshot {shot.name})") from None


def assert_images_load(page, when: str, seconds: float = 60) -> None:
    """Every image in every output area has loaded (``naturalWidth > 0``)."""
    page.wait_for_function(IMAGES_SETTLED, timeout=seconds * 1000, polling=250)
    broken = page.evaluate(BROKEN_IMAGES)
    assert not broken, f"{len(broken)} kapotte afbeelding(en) {when}: {broken[:3]}"


def assert_sliders_usable(page, when: str) -> None:
    """Every slider has a track of at least ``MIN_TRACK_PX`` pixels and its whole label."""
    short = page.evaluate(SHORT_SLIDERS)
    assert not short, f"{len(short)} schuifregelaar(s) met een te korte baan {when} (label, px): {short[:6]}"
    cut = page.evaluate(CUT_LABELS)
    assert not cut, f"{len(cut)} label(s) van schuifregelaars afgekapt {when}: {cut[:6]}"


def assert_quiz_readable(page, when: str) -> None:
    problems = page.evaluate(QUIZ_PROBLEMS)
    assert not problems, f"toetsopties onleesbaar {when}: {problems[:5]}"
