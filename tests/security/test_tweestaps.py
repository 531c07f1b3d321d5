"""Optional two-factor authentication (TOTP): enrolment, the second step after login, enforcement."""

import time

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.fabrieken import UserFactory, publiceer

ADMIN = "/admin/"


def code(device, stap=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + stap * device.step
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def redacteur(home_page):
    return UserFactory(username="redacteur", is_superuser=True)


@pytest.fixture
def ingelogd(client, redacteur):
    client.force_login(redacteur)
    return client


def test_without_two_step_login_the_admin_works_as_before(ingelogd):
    assert ingelogd.get(ADMIN).status_code == 200


def test_enrolment_shows_a_qr_code_and_needs_a_correct_code(ingelogd, redacteur):
    response = ingelogd.get(reverse("leefmee_tweestaps_instellen"))
    assert response.status_code == 200
    assert 'src="data:image/svg+xml' in response.content.decode()
    device = TOTPDevice.objects.get(user=redacteur)
    assert not device.confirmed

    fout = "000000" if code(device) != "000000" else "111111"
    response = ingelogd.post(reverse("leefmee_tweestaps_instellen"), {"code": fout})
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed

    device.refresh_from_db()
    device.throttle_reset()
    response = ingelogd.post(reverse("leefmee_tweestaps_instellen"), {"code": code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert ingelogd.get(ADMIN).status_code == 200  # verified in this session


def test_after_login_a_user_with_a_device_must_give_a_code(client, redacteur):
    device = TOTPDevice.objects.create(user=redacteur, name="app", confirmed=True)
    client.force_login(redacteur)

    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("leefmee_tweestaps_controleren"))
    assert "next=/admin/pages/" in response["Location"]

    response = client.post(reverse("leefmee_tweestaps_controleren"), {"code": "12", "next": "/admin/pages/"})
    assert response.status_code == 200
    assert client.get(ADMIN).status_code == 302

    # Right after a wrong code, django-otp's throttling refuses even a right one (guessing is slow).
    response = client.post(reverse("leefmee_tweestaps_controleren"), {"code": code(device), "next": "/admin/pages/"})
    assert "Te veel verkeerde codes" in response.content.decode()

    device.refresh_from_db()
    device.throttle_reset()  # as if the waiting time has passed
    response = client.post(reverse("leefmee_tweestaps_controleren"), {"code": code(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get(ADMIN).status_code == 200


def test_the_code_page_never_redirects_to_another_site(client, redacteur):
    device = TOTPDevice.objects.create(user=redacteur, name="app", confirmed=True)
    client.force_login(redacteur)
    response = client.post(
        reverse("leefmee_tweestaps_controleren"), {"code": code(device), "next": "https://kwaad.example.com/"}
    )
    assert response["Location"] == reverse("wagtailadmin_home")


def test_members_of_a_required_group_must_set_it_up(client, redacteur, settings):
    settings.LEEFMEE_2FA_VERPLICHT_VOOR = ["Moderators"]
    redacteur.groups.add(Group.objects.get_or_create(name="Moderators")[0])
    client.force_login(redacteur)

    response = client.get(ADMIN)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("leefmee_tweestaps_instellen"))
    response = client.get(reverse("leefmee_tweestaps_instellen"))
    assert "verplicht" in response.content.decode()

    device = TOTPDevice.objects.get(user=redacteur)
    client.post(reverse("leefmee_tweestaps_instellen"), {"code": code(device)})
    assert client.get(ADMIN).status_code == 200


def test_users_outside_the_required_groups_stay_free(client, redacteur, settings):
    settings.LEEFMEE_2FA_VERPLICHT_VOOR = ["Moderators"]
    client.force_login(redacteur)
    assert client.get(ADMIN).status_code == 200


def test_two_step_login_can_be_switched_off_with_a_code_when_not_required(client, redacteur):
    device = TOTPDevice.objects.create(user=redacteur, name="app", confirmed=True)
    client.force_login(redacteur)
    client.post(reverse("leefmee_tweestaps_controleren"), {"code": code(device)})

    response = client.post(reverse("leefmee_tweestaps_uitschakelen"), {"code": "999999x"})
    assert response.status_code == 200
    assert TOTPDevice.objects.filter(user=redacteur).exists()

    device.refresh_from_db()
    response = client.post(reverse("leefmee_tweestaps_uitschakelen"), {"code": code(device, stap=1)})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=redacteur).exists()


def test_account_page_links_to_the_set_up(ingelogd):
    response = ingelogd.get(reverse("wagtailadmin_account"))
    assert reverse("leefmee_tweestaps_instellen") in response.content.decode()


def test_the_public_site_never_asks_for_a_code(client, redacteur):
    TOTPDevice.objects.create(user=redacteur, name="app", confirmed=True)
    client.force_login(redacteur)
    assert client.get("/").status_code == 200


def test_the_real_wagtail_login_leads_to_the_code_page(client, redacteur):
    TOTPDevice.objects.create(user=redacteur, name="app", confirmed=True)
    gegevens = {"username": "redacteur", "password": "Wachtwoord-voor-tests-1", "next": "/admin/"}
    response = client.post(reverse("wagtailadmin_login"), gegevens)
    assert response.status_code == 302
    response = client.get(response["Location"])
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("leefmee_tweestaps_controleren"))
    assert "Code uit je app" in client.get(response["Location"]).content.decode()


@pytest.fixture
def besloten(home_page, site):
    """A login-only page and a document in a collection for editors only (issue 20, finding 4)."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import PageViewRestriction

    from home.models import StandardPage
    from publicatie.drukbestanden import besloten_collectie

    pagina = publiceer(home_page, StandardPage(title="Alleen intern", slug="intern"))
    PageViewRestriction.objects.create(page=pagina, restriction_type=PageViewRestriction.LOGIN)
    document = get_document_model().objects.create(
        title="Drukproef intern", collection=besloten_collectie(), file=ContentFile(b"%PDF-1.4\n", name="geheim.pdf"))
    return pagina, document


def test_a_password_alone_opens_nothing_outside_the_admin_either(client, redacteur, besloten):
    pagina, document = besloten
    TOTPDevice.objects.create(user=redacteur, name="app", confirmed=True)
    client.force_login(redacteur)
    assert client.get("/intern/").status_code == 302
    geweigerd = client.get(document.url)  # the closed collection sends to Wagtail's login for private items
    assert (geweigerd.status_code, geweigerd["Location"].split("?")[0]) == (302, "/_util/login/")
    lijst = client.get("/api/v2/documents/")
    assert lijst.status_code == 200 and "Drukproef intern" not in lijst.content.decode()
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404


def test_after_the_code_the_restricted_page_and_document_open(client, redacteur, besloten):
    pagina, document = besloten
    device = TOTPDevice.objects.create(user=redacteur, name="app", confirmed=True)
    client.force_login(redacteur)
    client.post(reverse("leefmee_tweestaps_controleren"), {"code": code(device), "next": "/admin/"})
    assert client.get("/intern/").status_code == 200
    assert "Drukproef intern" in client.get("/api/v2/documents/").content.decode()


def test_without_a_device_the_password_login_opens_restricted_pages(client, redacteur, besloten):
    client.force_login(redacteur)
    assert client.get("/intern/").status_code == 200
