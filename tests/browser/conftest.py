"""Real-browser tests: JupyterLab and Voilà driven by Playwright in Debian's headless Chromium.

One JupyterLab server for the whole session, against a temporary copy of the notebooks. The
tests are skipped (with a message saying how to enable them) when Chromium or Playwright is
missing; `.ci/run` installs Chromium first, so CI always runs them.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SCREENSHOTS = ROOT / "build" / "screenshots"
ENABLE = ("browser tests skipped: install Chromium (`sudo apt-get install chromium`) to run them; "
          "Playwright comes with `make test`")


def browser_available() -> str | None:
    """None when the browser tests can run, else the reason they cannot."""
    if not Path(CHROMIUM).exists():
        return ENABLE
    try:
        import playwright  # noqa: F401
    except ImportError:
        return ENABLE
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except Exception:
            time.sleep(0.3)
    raise RuntimeError(f"server did not answer at {url} within {seconds} s")


def stop(process: subprocess.Popen) -> None:
    """Stop a server and its kernels (they outlive the page): signal the whole process group."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


@pytest.fixture(scope="session")
def browser():
    reason = browser_available()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def copy_notebooks_unnumbered(source: Path, target: Path) -> None:
    """The notebooks with their stored outputs but without execution counts: every code cell
    shows "[ ]" until this session's kernel has run it, so "no cell left unrun" means that Run All
    has really run them all (a stored "[1]" looks the same as a fresh one)."""
    import nbformat

    target.mkdir(parents=True)
    for path in sorted(source.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        nb.cells = [c for c in nb.cells if c.cell_type != "code" or c.source.strip()]   # an empty cell gets no number
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.execution_count = None
                for output in cell.outputs:
                    if "execution_count" in output:
                        output.execution_count = None
        nbformat.write(nb, target / path.name)


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory, browser):
    """JupyterLab on a free port on 127.0.0.1, serving a temporary copy of notebooks/ and data/."""
    home = tmp_path_factory.mktemp("lab")
    copy_notebooks_unnumbered(ROOT / "notebooks", home / "notebooks")
    settings = home / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    # Render every cell (JupyterLab 4 otherwise only renders the cells in view).
    tracker = home / "settings" / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True)
    (tracker / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    port, token = free_port(), secrets.token_hex(16)
    command = [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root",
               f"--port={port}", "--ip=127.0.0.1", "--ServerApp.port_retries=0",
               f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={home}",
               f"--LabApp.user_settings_dir={home / 'settings'}",
               f"--LabApp.workspaces_dir={home / 'workspaces'}", "--LabApp.news_url=None",
               "--LabApp.expose_app_in_browser=True"]   # window.jupyterapp: open a notebook without reloading Lab
    log = open(home / "lab.log", "w")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=home)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/api/status?token={token}")
        yield {"url": f"http://127.0.0.1:{port}", "token": token, "home": home}
    finally:
        stop(process)
        log.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    # No network but the local server: anything else would only hang (this machine is offline).
    context.route(lambda url: not url.startswith("http://127.0.0.1"), lambda route: route.abort())
    page = context.new_page()
    yield page
    context.close()


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


# Close whatever the page has open (shutting its kernels down; a Run All leaves a notebook
# changed, and closing through the menu would ask whether to save), then open one notebook, in
# the JupyterLab that is already loaded.
# The kernel is named (and the kernel specs awaited): a notebook opened while Lab is still
# starting may otherwise ask which kernel to use, in a dialog that blocks every later click.
CLOSE_ALL = """async () => {
  const app = window.jupyterapp;
  await app.restored;
  await app.serviceManager.ready;
  await app.serviceManager.kernelspecs.ready;
  for (const widget of Array.from(app.shell.widgets('main'))) {
    if (widget.sessionContext) { try { await widget.sessionContext.shutdown(); } catch (e) {} }
    widget.dispose();
  }
}"""
OPEN_NOTEBOOK = """async (path) => {
  await window.jupyterapp.commands.execute('docmanager:open', {path, factory: 'Notebook', kernel: {name: 'python3'}});
}"""

# The window of every Lab test: a projector's width. Set while no notebook is open (resizing a
# rendered notebook costs the browser a full layout of it).
LAB_VIEWPORT = {"width": 1280, "height": 900}

DIALOG = ".jp-Dialog"


@pytest.fixture(scope="session")
def lab_page(lab_server, browser):
    """One JupyterLab page per test process, kept loaded between notebooks: loading JupyterLab
    takes seconds of the browser's time, and a student opens a second notebook in the same Lab."""
    context = browser.new_context(viewport=LAB_VIEWPORT)
    context.route(lambda url: not url.startswith("http://127.0.0.1"), lambda route: route.abort())
    page = context.new_page()
    page.loaded = False
    yield page
    context.close()


def open_in_lab(page, lab_server, path: str) -> None:
    """Open a notebook in the page's JupyterLab (loading Lab the first time, or again after a
    test left it in a state it cannot close, e.g. a dialog)."""
    if page.loaded and page.locator(DIALOG).count():      # left open by a failed test: start afresh
        screenshot(page, "lab-dialog-left-open")
        page.loaded = False
    for attempt in range(2):
        if not page.loaded or attempt:
            page.goto(f"{lab_server['url']}/lab/workspaces/tests?reset&token={lab_server['token']}",
                      wait_until="domcontentloaded")
            page.wait_for_function("() => window.jupyterapp !== undefined", timeout=90_000)
            page.loaded = True
        try:
            page.evaluate(CLOSE_ALL)
            page.set_viewport_size(LAB_VIEWPORT)      # the last test left it narrow
            page.evaluate(OPEN_NOTEBOOK, path)
            page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=90_000)
            return
        except Exception:
            if attempt:
                raise
