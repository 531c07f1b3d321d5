"""Mail outage: nothing a resident sends is lost, and nothing is sent twice.

A real SMTP server (aiosmtpd) on 127.0.0.1 and Django's SMTP backend: first the server is down
while a resident sends the form, then it comes back and the outbox command
(`verstuur_wachtende_mail`, cron) delivers the stored request exactly once.
"""

import datetime as dt
import io
import re
import threading

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks.backends.immediate import ImmediateBackend

from kaart.models import Aanmelding, ActiviteitMoment, Contactverzoek
from kaart.tasks import MAX_POGINGEN, mail_contactverzoek
from tests.fabrieken import AanbodFactory, ActiviteitFactory, KaartFactory, OrganisatieFactory, UserFactory
from tests.servers import Postbus, smtp_server, vrije_poort

pytestmark = pytest.mark.django_db

ORGANISATIE = "vragen@welzijn.example"


@pytest.fixture
def poort():
    """SMTP settings pointing at a port where (for now) nobody listens."""
    poort = vrije_poort()
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="127.0.0.1",
                           EMAIL_PORT=poort, EMAIL_TIMEOUT=3, EMAIL_USE_TLS=False, EMAIL_USE_SSL=False,
                           EMAIL_HOST_USER="", EMAIL_HOST_PASSWORD=""):
        yield poort


@pytest.fixture
def organisatie(site, home_page):
    return OrganisatieFactory(parent=KaartFactory(parent=home_page), title="Welzijn Testdorp", email=ORGANISATIE,
                              volledig=True)


def outbox():
    uit = io.StringIO()
    call_command("verstuur_wachtende_mail", stdout=uit, stderr=uit)
    return uit.getvalue()


def url(page, route):
    return page.url + page.reverse_subpage(route)


def stuur_vraag(client, aanbod, **extra):
    return client.post(url(aanbod, "informatie_aanvragen"), {
        "naam": "Fatima de Vries", "telefoon": "", "email": "fatima@example.org", "vraag": "Kan ik langskomen?",
        "toestemming": "on", **extra})


def test_outage_the_resident_is_thanked_and_the_outbox_delivers_exactly_once(client, organisatie, poort):
    aanbod = AanbodFactory(parent=organisatie, title="Buurtmaatje", volledig=True)

    # Server down: the resident notices nothing.
    response = stuur_vraag(client, aanbod)
    assert response.status_code == 302 and response["Location"] == url(aanbod, "informatie_bedankt")
    assert client.get(response["Location"]).status_code == 200
    verzoek = Contactverzoek.objects.get()
    assert verzoek.status == "mislukt" and verzoek.pogingen == 1 and verzoek.gemaild_op is None
    assert "ConnectionRefused" in verzoek.laatste_fout

    # Still down: the outbox tries, counts and keeps it.
    uitvoer = outbox()
    assert "0 bericht(en) verstuurd, 1 opnieuw mislukt" in uitvoer
    verzoek.refresh_from_db()
    assert verzoek.status == "mislukt" and verzoek.pogingen == 2

    with smtp_server(poort) as postbus:
        outbox()
        assert len(postbus.berichten) == 1
        ontvangen = postbus.berichten[0]
        assert ontvangen["aan"] == [ORGANISATIE]
        assert ontvangen["bericht"]["Reply-To"] == "fatima@example.org"
        assert "Buurtmaatje" in ontvangen["bericht"]["Subject"]
        tekst = ontvangen["bericht"].get_body(preferencelist=("plain",)).get_content()
        assert "Kan ik langskomen?" in tekst

        verzoek.refresh_from_db()
        assert verzoek.status == "verstuurd" and verzoek.gemaild_op is not None
        assert (verzoek.pogingen, verzoek.laatste_fout) == (3, "")

        # A second run, and the worker retrying the old task, send nothing more.
        outbox()
        mail_contactverzoek.enqueue(verzoek.pk)
        assert len(postbus.berichten) == 1


def test_outage_a_registration_is_kept_and_delivered_later(vandaag, client, organisatie, poort):
    datum = vandaag + dt.timedelta(days=7)
    workshop = ActiviteitFactory(
        parent=organisatie, title="Workshop zorgen voor jezelf", aanmelden="formulier",
        momenten=[ActiviteitMoment(herhaling="eenmalig", datum=datum, begintijd=dt.time(13, 30))],
        volledig=True, dimensies=(),
    )
    response = client.post(url(workshop, "aanmelden"), {
        "naam": "Kees", "telefoon": "0612345678", "email": "kees@example.org", "aantal_personen": "2",
        "toestemming": "on", "datum": datum.isoformat()})
    assert response.status_code == 302 and response["Location"] == url(workshop, "aanmelden_bedankt")
    aanmelding = Aanmelding.objects.get()
    assert aanmelding.status == "mislukt"

    with smtp_server(poort) as postbus:
        outbox()
        outbox()
    assert len(postbus.berichten) == 1
    assert postbus.berichten[0]["aan"] == [ORGANISATIE]
    assert postbus.berichten[0]["bericht"]["Reply-To"] == "kees@example.org"
    assert "Aantal personen: 2" in postbus.berichten[0]["bericht"].get_body(("plain",)).get_content()
    aanmelding.refresh_from_db()
    assert aanmelding.status == "verstuurd"


def test_when_queueing_fails_the_request_is_kept_and_sent_once_it_is_overdue(vandaag, client, organisatie, poort,
                                                                             monkeypatch):
    """A broken queue (or a worker that died) leaves the request NIEUW: the outbox waits ten minutes for
    the worker, then sends it."""
    aanbod = AanbodFactory(parent=organisatie, volledig=True)

    echt = ImmediateBackend.enqueue

    def kapot(backend, taak, args, kwargs):
        if taak.name == mail_contactverzoek.name:  # Wagtail's own tasks (reference index) still run
            raise RuntimeError("wachtrij onbereikbaar")
        return echt(backend, taak, args, kwargs)

    monkeypatch.setattr(ImmediateBackend, "enqueue", kapot)
    response = stuur_vraag(client, aanbod)
    assert response.status_code == 302
    verzoek = Contactverzoek.objects.get()
    assert (verzoek.status, verzoek.pogingen) == ("nieuw", 0)

    with smtp_server(poort) as postbus:
        outbox()
        assert postbus.berichten == []  # the worker may still be busy with it
        with time_machine.travel(timezone.now() + dt.timedelta(minutes=9)):
            outbox()
            assert postbus.berichten == []  # still within the worker's ten minutes
        with time_machine.travel(timezone.now() + dt.timedelta(minutes=11)):
            outbox()
        assert len(postbus.berichten) == 1
    verzoek.refresh_from_db()
    assert verzoek.status == "verstuurd"


def test_the_outbox_gives_up_after_the_maximum_and_skips_what_cannot_be_sent(vandaag, organisatie, poort):
    aanbod = AanbodFactory(parent=organisatie, volledig=True)
    opgegeven = Contactverzoek.objects.create(pagina=aanbod, naam="A", vraag="?", ontvanger=ORGANISATIE,
                                              status="mislukt", pogingen=MAX_POGINGEN, laatste_fout="Timeout")
    with time_machine.travel(timezone.now() - dt.timedelta(hours=1)):  # sent in an hour ago
        geen_adres = Contactverzoek.objects.create(pagina=aanbod, naam="B", vraag="?", ontvanger="", status="nieuw")
        verstuurd = Contactverzoek.objects.create(pagina=aanbod, naam="C", vraag="?", ontvanger=ORGANISATIE,
                                                  status="verstuurd")
    laatste_kans = Contactverzoek.objects.create(pagina=aanbod, naam="D", vraag="?", ontvanger=ORGANISATIE,
                                                 status="mislukt", pogingen=MAX_POGINGEN - 1)
    with smtp_server(poort) as postbus:
        outbox()
    assert len(postbus.berichten) == 1
    for obj, status, pogingen in ((opgegeven, "mislukt", MAX_POGINGEN), (geen_adres, "geen_adres", 0),
                                  (verstuurd, "verstuurd", 0), (laatste_kans, "verstuurd", MAX_POGINGEN)):
        obj.refresh_from_db()
        assert (obj.naam, obj.status, obj.pogingen) == (obj.naam, status, pogingen)


def test_editors_see_the_attempts_and_the_last_error_in_the_admin(client, organisatie):
    from django.urls import reverse


    verzoek = Contactverzoek.objects.create(pagina=AanbodFactory(parent=organisatie, volledig=True), naam="A",
                                            vraag="?", status="mislukt",
                                            pogingen=7, laatste_fout="SMTPServerDisconnected: verbinding weg")
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    html = client.get(reverse("contactverzoek:inspect", args=[verzoek.pk])).content.decode()
    assert re.search(r"Verzendpogingen\s*</dt>\s*<dd[^>]*>\s*7\s*</dd>", html), html
    assert "SMTPServerDisconnected: verbinding weg" in html


class VasthoudendePostbus(Postbus):
    """Holds the first message until told to let go, and says when that message has arrived.

    So the test knows the first outbox run is inside its send (holding the row lock) when it starts the
    second run, instead of hoping a sleep is long enough."""

    def __init__(self):
        super().__init__()
        self.binnen, self.los = threading.Event(), threading.Event()

    async def handle_DATA(self, server, session, envelope):
        import asyncio

        self.binnen.set()
        while not self.los.is_set():
            await asyncio.sleep(0.05)
        return await super().handle_DATA(server, session, envelope)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_overlapping_outbox_runs_send_a_request_once(poort):
    """Two cron runs at the same time (a slow run overlapping the next): row locks with SKIP LOCKED
    make the second one pass over the row the first is sending."""
    from django.db import connection

    from kaart.tasks import verstuur_wachtende

    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL; SQLite runs one writer at a time anyway")
    verzoek = Contactverzoek.objects.create(naam="A", vraag="?", ontvanger=ORGANISATIE, status="mislukt", pogingen=1)

    uitkomsten = []

    def run():
        try:
            uitkomsten.append(verstuur_wachtende())
        finally:
            connection.close()  # each thread has its own connection

    postbus = VasthoudendePostbus()
    controller = Controller(postbus, hostname="127.0.0.1", port=poort)
    controller.start()
    try:
        eerste = threading.Thread(target=run)
        eerste.start()
        assert postbus.binnen.wait(30), "the first run never reached the mail server"
        # The first run now holds the row and waits for the mail server: a second run must pass over it.
        tweede = threading.Thread(target=run)
        tweede.start()
        tweede.join(30)
        assert not tweede.is_alive(), "the second run waited for the first one's lock instead of skipping the row"
        assert uitkomsten == [(0, 0)]
        postbus.los.set()
        eerste.join(30)
    finally:
        postbus.los.set()
        controller.stop()
    assert len(postbus.berichten) == 1
    assert uitkomsten == [(0, 0), (1, 0)]
    verzoek.refresh_from_db()
    assert (verzoek.status, verzoek.pogingen) == ("verstuurd", 2)
