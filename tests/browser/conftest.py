"""Browser tests: Debian's chromium driven by Playwright against a live server with the demo content.

The server runs in its own process (`manage.py runserver`) on a fresh SQLite file that was
migrated and filled with `load_demo`, exactly as a new user would see it after `make run`.
Without chromium these tests are skipped, except in CI (`CI=true`), where that is a failure.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
RESULTATEN = ROOT / "test-results"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

BUITEN = re.compile(r"^https?://(?!127\.0\.0\.1[:/])")
DESKTOP = {"width": 1280, "height": 900}
TELEFOON = {"width": 360, "height": 740}


def _vereist(beschikbaar, wat):
    if beschikbaar:
        return
    if IN_CI:
        pytest.fail(f"{wat} is missing, and CI=true makes the browser tests required", pytrace=False)
    pytest.skip(f"{wat} is not installed (run `make setup` as root to install it)")


def _vrije_poort():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    """The base URL of a live LEEF MEE demo site."""
    _vereist(Path(CHROMIUM).exists(), "chromium")
    db = tmp_path_factory.mktemp("browser") / "demo.sqlite3"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.browser.server_settings", "DATABASE_URL": f"sqlite:///{db}",
           "PYTHONUNBUFFERED": "1"}
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([*manage, "load_demo"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    poort = _vrije_poort()
    # The request log goes to a file: a pipe nobody reads fills up and then blocks the server.
    log = open(db.parent / "runserver.log", "w+b")  # noqa: SIM115 - closed after the session
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{poort}", "--noreload", "--nothreading"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log,
    )
    base = f"http://127.0.0.1:{poort}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/gezond/", timeout=2)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                log.seek(0)
                fout = log.read().decode(errors="replace")[-2000:]
                raise RuntimeError("The live server did not start: " + fout) from None
            time.sleep(0.3)
    yield {"url": base, "env": env, "db": db}
    server.terminate()
    server.wait(timeout=10)
    log.close()


@pytest.fixture(scope="session")
def browser(live_site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


def _nieuwe_pagina(browser, viewport, **opties):
    context = browser.new_context(viewport=viewport, locale="nl-NL", bypass_csp=True, **opties)
    context.set_default_timeout(15_000)
    # Only the live site: map tiles and other outside requests fail at once (deterministic, offline).
    context.route(BUITEN, lambda route: route.abort())
    return context, context.new_page()


def nieuwe_pagina(browser, live_site, viewport=DESKTOP, formaat="desktop", **opties):
    """A browser tab in its own context (for tests that need options such as reduced motion)."""
    context, page = _nieuwe_pagina(browser, viewport, **opties)
    page.basis = live_site["url"]
    page.formaat = formaat
    return context, page


@pytest.fixture(params=["desktop", "telefoon"])
def pagina(request, browser, live_site):
    """A fresh browser tab at desktop and at phone size (each test runs for both)."""
    viewport = DESKTOP if request.param == "desktop" else TELEFOON
    context, page = _nieuwe_pagina(browser, viewport)
    page.basis = live_site["url"]
    page.formaat = request.param
    yield page
    context.close()


@pytest.fixture
def desktop(browser, live_site):
    context, page = _nieuwe_pagina(browser, DESKTOP)
    page.basis = live_site["url"]
    page.formaat = "desktop"
    yield page
    context.close()


@pytest.fixture
def zonder_js(browser, live_site):
    context, page = _nieuwe_pagina(browser, DESKTOP, java_script_enabled=False)
    page.basis = live_site["url"]
    yield page
    context.close()


def axe_ernstig(page):
    """axe-core's serious and critical violations on the current page (WCAG 2.1 A/AA rules)."""
    _vereist(AXE.exists(), "axe-core (npm)")
    page.add_script_tag(path=str(AXE))
    resultaat = page.evaluate(
        """async () => (await axe.run(document, {runOnly: {type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations
              .filter(v => ['serious', 'critical'].includes(v.impact))
              .map(v => ({id: v.id, impact: v.impact, help: v.help,
                          nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"""
    )
    return resultaat


def geen_horizontale_overloop(page):
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")


def te_kleine_tikdoelen(page, minimum=44):
    """Visible links/buttons/inputs smaller than minimum x minimum px (WCAG 2.5.5-style target size).

    Links inside running text are exempt (WCAG 2.5.8 'inline' exception), and so are fields placed
    off-screen that nobody can see or tap (the spam honeypot)."""
    return page.evaluate(
        """(min) => {
            const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
            const inline = 'p, .tekst, td, figcaption, .leaflet-container, .skiplink';
            const tooSmall = (el) => {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) return false;
                if (r.right <= 0 || r.left >= document.documentElement.clientWidth) return false;
                if (el.type === 'checkbox' || el.type === 'radio') {
                    const label = el.closest('label') || document.querySelector(`label[for="${el.id}"]`);
                    if (label) return label.getBoundingClientRect().height < min;
                }
                return r.width < min || r.height < min;
            };
            return [...document.querySelectorAll(selector)]
                .filter(el => el.offsetParent !== null && !el.closest(inline))
                .filter(tooSmall)
                .map(el => (el.outerHTML || '').slice(0, 120));
        }""",
        minimum,
    )


def schermafbeelding(page, naam):
    RESULTATEN.mkdir(exist_ok=True)
    page.screenshot(path=str(RESULTATEN / f"{naam}-{getattr(page, 'formaat', 'desktop')}.png"), full_page=True)


def controleer(page):
    """The checks for every page of a journey: axe, sideways scrolling and tap targets."""
    problemen = {
        "axe": axe_ernstig(page),
        "overloop": [] if geen_horizontale_overloop(page) else [page.evaluate(
            "() => document.documentElement.scrollWidth")],
        "tikdoelen": te_kleine_tikdoelen(page),
    }
    assert problemen == {"axe": [], "overloop": [], "tikdoelen": []}, page.url
