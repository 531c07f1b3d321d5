"""Forms: 'Ik wil dit doen' on a volunteer vacancy, and a rate limit that counts accepted forms only."""

import pytest
from django.core import mail

from kaart.models import Contactverzoek
from tests.fabrieken import AanbodFactory, KaartFactory, OrganisatieFactory, VacatureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisatie(site, home_page):
    return OrganisatieFactory(parent=KaartFactory(parent=home_page), title="Welzijn Testdorp",
                              email="vragen@welzijn.example")


def geldig(**extra):
    return {"naam": "Fatima de Vries", "telefoon": "06 1234 5678", "email": "", "vraag": "Wanneer kan ik beginnen?",
            "toestemming": "on", **extra}


def url(page, route):
    return page.url + page.reverse_subpage(route)


def test_a_vacancy_has_an_ik_wil_dit_doen_form_that_mails_the_organisation(client, organisatie):
    vacature = VacatureFactory(parent=organisatie, title="Chauffeur voor de buurtbus")
    html = client.get(vacature.url).content.decode()
    assert ">Ik wil dit doen</h2>" in html and f'action="{url(vacature, "informatie_aanvragen")}"' in html
    response = client.post(url(vacature, "informatie_aanvragen"), geldig())
    assert response.status_code == 302 and response["Location"] == url(vacature, "informatie_bedankt")
    verzoek = Contactverzoek.objects.get()
    assert verzoek.pagina_id == vacature.pk and verzoek.ontvanger == "vragen@welzijn.example"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Iemand wil vrijwilliger worden: Chauffeur voor de buurtbus"
    assert "Wanneer kan ik beginnen?" in mail.outbox[0].body
    bedankt = client.get(response["Location"]).content.decode()
    assert "Je hebt laten weten dat je" in bedankt and "kennismaking" in bedankt


def test_a_vacancy_form_with_mistakes_is_explained_and_sends_nothing(client, organisatie):
    vacature = VacatureFactory(parent=organisatie, title="Chauffeur voor de buurtbus")
    response = client.post(url(vacature, "informatie_aanvragen"), geldig(naam="", toestemming=""))
    assert response.status_code == 200 and Contactverzoek.objects.count() == 0 and mail.outbox == []


def test_correcting_typos_never_locks_a_resident_out(client, organisatie, settings):
    settings.LEEFMEE_FORMULIER_LIMIET = (3, 600)
    aanbod = AanbodFactory(parent=organisatie, title="Buurtmaatje")
    for _ in range(4):  # four times a typo in the phone number
        response = client.post(url(aanbod, "informatie_aanvragen"), geldig(telefoon="06-abc"))
        assert response.status_code == 200
    assert client.post(url(aanbod, "informatie_aanvragen"), geldig()).status_code == 302
    assert Contactverzoek.objects.count() == 1


def test_the_default_limit_leaves_room_for_a_shared_connection(client, organisatie):
    aanbod = AanbodFactory(parent=organisatie, title="Buurtmaatje")
    # Ten residents in the library send a request from the same address.
    for i in range(10):
        assert client.post(url(aanbod, "informatie_aanvragen"), geldig(naam=f"Bewoner {i}")).status_code == 302
    assert Contactverzoek.objects.count() == 10
