"""Feeds and the calendar of the demo, read by feedparser, icalendar and recurring-ical-events as a
feed reader or calendar app would; the printed agenda read back from the PDF."""

import datetime as dt
import io
import re

import feedparser
import icalendar
import pypdf
import recurring_ical_events

from kaart.filters import standaard_tot
from kaart.models import ActiviteitPage


def test_story_feeds_parse_and_atom_ids_are_iris_stable_across_hosts(demo_client):
    atom = feedparser.parse(demo_client.get("/verhalen/feed/atom/").content)
    rss = feedparser.parse(demo_client.get("/verhalen/feed/rss/").content)
    assert not atom.bozo and not rss.bozo, (atom.get("bozo_exception"), rss.get("bozo_exception"))
    assert atom.version == "atom10" and rss.version.startswith("rss")
    assert len(atom.entries) >= 3
    ids = [e.id for e in atom.entries]
    assert all(re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", i) for i in ids), ids
    assert len(set(ids)) == len(ids)
    ander = feedparser.parse(demo_client.get("/verhalen/feed/atom/", HTTP_HOST="leefmee.example:8104").content)
    assert [e.id for e in ander.entries] == ids
    # Another language is another entry.
    engels = feedparser.parse(demo_client.get("/en/verhalen/feed/atom/").content)
    assert not set(e.id for e in engels.entries) & set(ids)


def kalender(client, pad="/agenda/ical/", **extra):
    response = client.get(pad, **extra)
    assert response.status_code == 200
    return icalendar.Calendar.from_ical(response.content)


def test_ical_parses_expands_and_names_the_municipality(demo_client, vast_moment):
    cal = kalender(demo_client)
    assert "Gemeente Duinwijk" in str(cal["X-WR-CALNAME"])
    assert "Gemeente Duinwijk" in str(cal["NAME"])
    events = cal.walk("VEVENT")
    assert events
    vandaag = vast_moment.date()  # the demo's clock (tests/demo/conftest.py)
    verwacht = recurring_ical_events.of(cal).between(vandaag, standaard_tot(vandaag) + dt.timedelta(days=1))
    assert len(verwacht) == len(events)  # every occurrence is an event in the default window
    # The default window is three months: weekly activities reach well past four weeks.
    laatste = max(e["DTSTART"].dt for e in events).date()
    assert laatste > vandaag + dt.timedelta(weeks=10)


def test_every_ical_event_with_a_place_has_a_location(demo_client):
    events = kalender(demo_client).walk("VEVENT")
    zonder = [str(e["SUMMARY"]) for e in events if not str(e.get("LOCATION", "")).strip()]
    plekken = {a.title for a in ActiviteitPage.objects.live() if a.effectief_adres}
    assert not [s for s in zonder if s in plekken]
    # An activity with a place of its own is there; the others are at their organisation's address.
    eigen = {a.title: a.locatie_naam for a in ActiviteitPage.objects.live().filter(locale__language_code="nl")
             if a.locatie_naam}
    met_eigen_plek = [e for e in events if str(e["SUMMARY"]) in eigen]
    assert met_eigen_plek  # the check below runs on at least one event
    for event in met_eigen_plek:
        assert str(event["LOCATION"]).startswith(eigen[str(event["SUMMARY"])])


def test_ical_uids_do_not_depend_on_the_host(demo_client):
    een = [str(e["UID"]) for e in kalender(demo_client, HTTP_HOST="127.0.0.1:8104").walk("VEVENT")]
    twee = [str(e["UID"]) for e in kalender(demo_client, HTTP_HOST="localhost:8104").walk("VEVENT")]
    assert een == twee
    assert len(set(een)) == len(een)
    # The part after "@" names us, never the host (the part before is a uuid5 and may hold any digits).
    assert {uid.rpartition("@")[2] for uid in een} == {"leefmee"}


def test_agenda_offers_a_webcal_subscription_next_to_the_download(demo_client):
    html = demo_client.get("/agenda/?gratis=1&van=2099-01-01").content.decode()
    download = re.search(r'href="([^"]*/ical/[^"]*)" download', html)
    abonneer = re.search(r'href="(webcal://[^"]+)"', html)
    assert download and abonneer
    # The subscription keeps the filter, not the fixed start date (its window moves with the days).
    assert abonneer.group(1) == "webcal://localhost:8000/agenda/ical/?gratis=1"  # the demo site: make run's port


def lettergroottes(pdf_bytes):
    lezer = pypdf.PdfReader(io.BytesIO(pdf_bytes))
    groottes = set()
    for pagina in lezer.pages:
        inhoud = pagina.get_contents().get_data()
        groottes |= {float(g) for g in re.findall(rb"/\S+ ([\d.]+) Tf", inhoud)}
    tekst = "\n".join(p.extract_text() for p in lezer.pages)
    return groottes, tekst


def test_printed_agenda_names_municipality_filters_and_full_urls(demo_client):
    response = demo_client.get("/agenda/pdf/?gratis=1")
    assert response.status_code == 200
    groottes, tekst = lettergroottes(response.content)
    assert min(groottes) >= 11, groottes
    assert "Gemeente Duinwijk" in tekst
    assert "Gratis" in tekst  # the chosen filter
    assert re.search(r"https?://\S+/kaart/\S+/", tekst)
    assert "(/kaart/" not in tekst

    html = demo_client.get("/agenda/?gratis=1").content.decode()
    printkop = re.search(r'<div class="alleen-printen printkop">(.*?)</div>', html, re.S).group(1)
    assert "Gemeente Duinwijk" in printkop and "Gratis" in printkop
    assert re.search(r'<span class="alleen-printen agenda-url">https?://[^<]+/kaart/', html)


def test_printed_agenda_without_filters_says_so(demo_client):
    _groottes, tekst = lettergroottes(demo_client.get("/agenda/pdf/").content)
    assert "zonder filters" in tekst
