"""Browser tests: Debian's chromium driven by Playwright against the production stack with the demo.

One server for the whole session, built and served exactly as README "Running in production" and
docs/deploy.md say: the production settings, a fresh PostgreSQL database, Redis (own key prefix),
migrate, collectstatic (hashed and compressed, served by whitenoise), the demo (`load_demo` with the
server's port), gunicorn with gunicorn.conf.py and 2 workers, the page cache on and the task worker
(`db_worker`) running. Mail goes over SMTP to a sink in this process, so journeys can read what a
person receives. Only because it is plain http on loopback: no HTTPS redirect, HSTS 0, and cookies
without the Secure flag. Every other header is the real one (no CSP bypass in the browser).

Without chromium, PostgreSQL or Redis these tests are skipped, except in CI (`CI=true`), where that
is a failure.
"""

import datetime as dt
import os
import re
import shutil
import sys
import time
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.servers import (
    REDIS_URL,
    Processen,
    maak_postgres_database,
    manage,
    postgres_bereikbaar,
    redis_bereikbaar,
    smtp_server,
    vereist,
    verwijder_postgres_database,
    vrije_poort,
    wacht_op_gezond,
    wacht_tot,
    wis_redis_prefix,
)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
RESULTATEN = ROOT / "test-results"
# The PostgreSQL server of the stage: the one DATABASE_URL names, else the local default.
POSTGRES = os.environ.get("LEEFMEE_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
KUSTMEER = "kustmeer.localhost"

# Requests that leave the loopback hosts of the stage are aborted (map tiles: deterministic, offline).
BUITEN = re.compile(r"^https?://(?!(127\.0\.0\.1|localhost|kustmeer\.localhost)[:/])")
DESKTOP = {"width": 1280, "height": 900}
TELEFOON = {"width": 360, "height": 740}

def _productie_env(naam, poort, smtp_poort, map_, prefix):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "leefmee.settings.production",
        "DJANGO_SECRET_KEY": uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": f"127.0.0.1,localhost,{KUSTMEER}",
        "DATABASE_URL": f"{POSTGRES}/{naam}",
        "REDIS_URL": REDIS_URL,
        "LEEFMEE_CACHE_PREFIX": prefix,
        "STATIC_ROOT": str(map_ / "static"),
        "MEDIA_ROOT": str(map_ / "media"),
        "LEEFMEE_MEDIA_VIA_DJANGO": "true",  # no nginx in front: see leefmee/urls.py
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{poort}",
        "PORT": str(poort),
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_poort),
        "DEFAULT_FROM_EMAIL": "LEEF MEE <noreply@leefmee.example>",
        # Plain http on loopback: these three only.
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "LEEFMEE_SECURE_COOKIES": "false",
        # The journeys send the contact and suggestion forms more often (desktop, phone, keyboard, error
        # states) than the per-IP spam limit allows a visitor; that limit itself is tested in tests/kaart.
        "LEEFMEE_FORMULIER_LIMIET": "100/600",
        "LEEFMEE_SUGGESTIE_LIMIET": "100/3600",
        "GUNICORN_ACCESS_LOG": "",
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": str(ROOT),
    }


def open_taken(database_url):
    """Tasks the worker has not finished (django-tasks-db's table)."""
    import psycopg

    with psycopg.connect(database_url) as conn:
        return conn.execute("SELECT count(*) FROM django_tasks_database_dbtaskresult "
                            "WHERE status IN ('READY', 'RUNNING')").fetchone()[0]


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    """The production stack with the demo: {"url", "poort", "env", "postbus", "processen"}."""
    vereist(Path(CHROMIUM).exists(), "chromium")
    vereist(postgres_bereikbaar(POSTGRES), f"PostgreSQL at {POSTGRES}")
    vereist(redis_bereikbaar(), f"Redis at {REDIS_URL} (LEEFMEE_TEST_REDIS_URL)")
    map_ = tmp_path_factory.mktemp("productie")
    (map_ / "media").mkdir()
    naam, prefix = f"leefmee_produktie_{os.getpid()}", f"produktie-{uuid.uuid4().hex[:8]}"
    poort, smtp_poort = vrije_poort(), vrije_poort()
    env = _productie_env(naam, poort, smtp_poort, map_, prefix)
    verwijder_postgres_database(POSTGRES, naam)  # left over by a run that was killed
    maak_postgres_database(POSTGRES, naam)
    try:
        with smtp_server(smtp_poort) as postbus, Processen(env, logmap=map_) as processen:
            manage(env, "migrate", "--noinput", "-v0")
            manage(env, "collectstatic", "--noinput", "-v0")
            if not list((ROOT / "locale").glob("*/LC_MESSAGES/django.mo")):
                manage(env, "compilemessages", "--ignore=.venv", "--ignore=node_modules", "-v0")
            manage(env, "load_demo", "--port", str(poort))
            base = processen.gunicorn("gunicorn", workers=2, poort=poort)
            processen.start(sys.executable, "manage.py", "db_worker", naam="db_worker")
            wacht_op_gezond(base, seconden=90)
            # load_demo queued renditions and index work: let the worker finish it first, so a journey's
            # mail is not stuck behind that backlog (and every session starts from the same state).
            wacht_tot(lambda: open_taken(env["DATABASE_URL"]) == 0, 600, "the task worker's queue to empty")
            yield {"url": base, "poort": poort, "env": env, "postbus": postbus, "processen": processen,
                   "map": map_}
            gestopt = processen.gestopt()
            assert gestopt == [], f"stopped during the session: {gestopt}\n{processen.logs()}"
    finally:
        verwijder_postgres_database(POSTGRES, naam)
        wis_redis_prefix(prefix)


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
    context = browser.new_context(viewport=viewport, locale="nl-NL", **opties)
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


def start(page):
    """A journey starts at the site's home page: the only address a visitor types (besides the admin
    login and links from a received e-mail); from there it moves by clicking."""
    page.goto(page.basis + "/")


def naar(page, naam):
    """Click a link of the main menu or the footer by its text. On a phone the menu is a disclosure:
    open it first, as a person would."""
    page.wait_for_load_state("domcontentloaded")  # on a wide screen a deferred script opens the menu
    knop = page.locator(".hoofdmenu__knop")
    if knop.count() and knop.is_visible() and not page.locator(".hoofdmenu__nav").is_visible():
        knop.click()
    page.locator(".hoofdmenu__nav, .voet__menu").get_by_role("link", name=naam, exact=True).first.click()
    page.wait_for_load_state()


def open_in_editor(page, titel, pad):
    """From the admin dashboard to a page's editor through Wagtail's own search box (the Dutch page:
    the one whose live address is `pad`)."""
    zoek = page.get_by_placeholder("Doorzoek alle pagina's...")
    zoek.fill(titel)
    zoek.press("Enter")
    rij = page.locator("main tr", has=page.locator(f"a[href='{pad}']"))
    rij.get_by_role("link", name=titel, exact=True).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))


def vandaag_op_de_server():
    """The live server's today. Its clock cannot be frozen (a separate gunicorn process, which time_machine
    does not reach): it is the machine's clock in the site's time zone, whatever the zone of this process,
    so a test reads it around the step that depends on it."""
    from django.conf import settings

    return dt.datetime.now(ZoneInfo(settings.TIME_ZONE)).date()


def wacht_op_mail(postbus, past, seconden=180):
    """The first message the SMTP sink received for which past(message) holds; the task worker sends
    mail in the background, so this waits (bounded; generous for a loaded CI machine)."""
    deadline = time.monotonic() + seconden
    while time.monotonic() < deadline:
        berichten = postbus.alle()
        for bericht in berichten:
            if past(bericht):
                return bericht
        time.sleep(0.25)
    pytest.fail(f"no such mail within {seconden}s; received: {[str(b['Subject']) for b in berichten]}")


def axe_ernstig(page):
    """axe-core's serious and critical violations on the current page (WCAG 2.1 A/AA rules)."""
    vereist(AXE.exists(), "axe-core (npm)")
    # Through the DevTools protocol, not a <script> tag: the site's CSP (script-src 'self') rightly
    # refuses inline scripts, and the test must not weaken it.
    page.evaluate(AXE.read_text(encoding="utf-8"))
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
