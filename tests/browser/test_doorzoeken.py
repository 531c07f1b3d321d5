"""A crawl of each demo site on the production stack, as a visitor clicks: from the home page only.

Every live public page in the database (both municipalities, every language tree) must be reachable
by following links (menus, footer, listings, pagination, the language switch); no link, image,
stylesheet, script or form target may be broken; and no link may point at a loopback host or port
where nothing is served (such as http://localhost/ on port 80).

The crawl uses plain HTTP requests (the same server, the same headers) rather than chromium: it reads
a few hundred pages, and the journeys in the other files already click through them in a browser.
Duinwijk is served on 127.0.0.1 and localhost (the default site), Kustmeer on kustmeer.localhost;
requests go to 127.0.0.1 with the Host header, as chromium does for *.localhost.
"""

import json
from collections import deque
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

import pytest
import requests

from tests.servers import manage

from .conftest import KUSTMEER

pytestmark = pytest.mark.browser

LOOPBACK = {"127.0.0.1", "localhost", KUSTMEER}
# Query strings a crawl follows further: pagination. Other query links (filters, search) are checked
# once but not expanded: they are views of pages the crawl reaches anyway.
PAGINERING = {"page", "pagina"}

PAGINAS_UIT_DATABASE = """
import json
from wagtail.models import Page
from publicatie.models import EditiePage
niet_openbaar = set(EditiePage.objects.filter(verschenen_op__isnull=True).values_list("pk", flat=True))
urls = []
for page in Page.objects.live().public().filter(depth__gt=1).exclude(pk__in=niet_openbaar):
    url = page.get_full_url()
    if url:
        urls.append(url)
print(json.dumps(sorted(urls)))
"""


class Links(HTMLParser):
    """Hrefs to follow, and every other URL the page loads or submits to (to check, not to follow)."""

    def __init__(self):
        super().__init__()
        self.volgen, self.controleren = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.volgen.append(attrs["href"])
        elif tag == "link" and attrs.get("href") and attrs.get("rel") not in {"preconnect", "dns-prefetch"}:
            self.controleren.append(attrs["href"])
        elif tag in {"img", "script", "source", "iframe"} and attrs.get("src"):
            self.controleren.append(attrs["src"])
        elif tag == "form" and (attrs.get("method") or "get").lower() == "get" and attrs.get("action"):
            self.controleren.append(attrs["action"])


def normaal(url):
    """Without fragment; Duinwijk's two host names count as one site."""
    delen = urlsplit(url)
    host = "localhost" if delen.hostname == "127.0.0.1" else delen.hostname
    netloc = f"{host}:{delen.port}" if delen.port else host
    return urlunsplit((delen.scheme, netloc, delen.path, delen.query, ""))


def haal(url, poort):
    """GET url from the stage: always to 127.0.0.1:poort, with the URL's host as Host header."""
    delen = urlsplit(url)
    doel = urlunsplit(("http", f"127.0.0.1:{poort}", delen.path or "/", delen.query, ""))
    return requests.get(doel, headers={"Host": delen.netloc, "Accept-Language": "nl"}, timeout=30,
                        allow_redirects=False)


def doorzoek(start, poort):
    """(reached pages, broken links, links to loopback hosts/ports where nothing is served)."""
    bereikt, kapot, nergens = set(), {}, set()
    gezien = {normaal(start)}
    gecontroleerd = set()
    wachtrij = deque([(normaal(start), "(start)")])
    while wachtrij:
        url, van = wachtrij.popleft()
        antwoord = haal(url, poort)
        if antwoord.is_redirect:
            doel = normaal(urljoin(url, antwoord.headers["Location"]))
            if doel not in gezien:
                gezien.add(doel)
                wachtrij.append((doel, van))
            continue
        if antwoord.status_code >= 400:
            kapot[url] = f"{antwoord.status_code} (linked from {van})"
            continue
        if "text/html" not in antwoord.headers.get("Content-Type", ""):
            continue
        bereikt.add(url)
        links = Links()
        links.feed(antwoord.text)
        for href, volgen in [(h, True) for h in links.volgen] + [(h, False) for h in links.controleren]:
            doel = urljoin(url, href)
            delen = urlsplit(doel)
            if delen.scheme not in {"http", "https"}:
                continue  # mailto:, tel:, data:
            if delen.hostname not in LOOPBACK:
                continue  # the outside world: not fetched in tests
            if delen.port != poort:
                nergens.add(f"{doel} (linked from {url})")
                continue
            doel = normaal(doel)
            sleutels = {k for k, _v in parse_qsl(delen.query, keep_blank_values=True)}
            uitbreiden = volgen and sleutels <= PAGINERING and urlsplit(doel).hostname == urlsplit(start).hostname
            if uitbreiden and doel not in gezien:
                gezien.add(doel)
                wachtrij.append((doel, url))
            elif not uitbreiden and doel not in gezien and doel not in gecontroleerd:
                gecontroleerd.add(doel)
                status = haal(doel, poort).status_code
                if status >= 400:
                    kapot[doel] = f"{status} (linked from {url})"
    return bereikt, kapot, nergens


@pytest.fixture(scope="module")
def openbare_paginas(live_site):
    uitvoer = manage(live_site["env"], "shell", "-c", PAGINAS_UIT_DATABASE).strip().splitlines()[-1]
    return [normaal(url) for url in json.loads(uitvoer)]


@pytest.mark.parametrize("host", ["localhost", KUSTMEER])
def test_every_public_page_is_reachable_from_the_home_page_and_no_link_is_broken(live_site, openbare_paginas,
                                                                                  host):
    poort = live_site["poort"]
    start = f"http://{host}:{poort}/"
    bereikt, kapot, nergens = doorzoek(start, poort)
    van_deze_site = {url for url in openbare_paginas if urlsplit(url).hostname == host}
    assert van_deze_site, f"no pages of {host} in the database"
    assert kapot == {}, "broken:\n" + "\n".join(f"{url}: {waarom}" for url, waarom in sorted(kapot.items()))
    assert not nergens, "pointing where nothing is served:\n" + "\n".join(sorted(nergens))
    onbereikbaar = sorted(van_deze_site - bereikt)
    assert not onbereikbaar, "no link leads to:\n" + "\n".join(onbereikbaar)
