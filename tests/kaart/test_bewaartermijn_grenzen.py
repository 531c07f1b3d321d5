"""The retention period of personal data (AVG) at its edges (issue 24): what the purge removes, keeps
and anonymises, measured from a fixed "now" (time-machine)."""

import datetime as dt

import pytest
import time_machine
from django.core.management import call_command

from kaart.models import Contactverzoek, Wijzigingsvoorstel
from kaart.models.contact import bewaartermijn
from tests.fabrieken import AanbodFactory, KaartFactory, OrganisatieFactory

pytestmark = pytest.mark.django_db
NU = dt.datetime(2027, 6, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
def nu():
    with time_machine.travel(NU, tick=False):
        yield NU


@pytest.fixture
def aanbod(site, home_page):
    org = OrganisatieFactory(parent=KaartFactory(parent=home_page), title="Welzijn", volledig=True)
    return AanbodFactory(parent=org, title="Buurtmaatje", volledig=True)


def verzoek(aanbod, naam, leeftijd):
    return Contactverzoek.objects.create(pagina=aanbod, naam=naam, vraag="?", aangemaakt=NU - leeftijd)


def test_the_default_term_is_ninety_days_and_the_setting_changes_it(settings):
    del settings.LEEFMEE_CONTACT_BEWAARTERMIJN_DAGEN
    assert bewaartermijn() == dt.timedelta(days=90)
    settings.LEEFMEE_CONTACT_BEWAARTERMIJN_DAGEN = 14
    assert bewaartermijn() == dt.timedelta(days=14)


def test_a_request_expires_only_after_the_full_term(aanbod, settings, nu):
    settings.LEEFMEE_CONTACT_BEWAARTERMIJN_DAGEN = 30
    precies = verzoek(aanbod, "Precies", dt.timedelta(days=30))
    te_oud = verzoek(aanbod, "Te oud", dt.timedelta(days=30, seconds=1))
    assert list(Contactverzoek.objects.verlopen()) == [te_oud]
    # another moment: a day later the first one has expired too
    later = Contactverzoek.objects.verlopen(nu=NU + dt.timedelta(days=1))
    assert set(later) == {precies, te_oud}


def test_the_purge_says_how_long_the_term_is_and_keeps_what_is_exactly_that_old(aanbod, settings, nu, capsys):
    settings.LEEFMEE_CONTACT_BEWAARTERMIJN_DAGEN = 30
    precies = verzoek(aanbod, "Precies", dt.timedelta(days=30))
    verzoek(aanbod, "Te oud", dt.timedelta(days=31))
    call_command("purge_contact_requests")
    uit = capsys.readouterr().out
    assert uit.startswith("1 contactverzoek(en) en 0 aanmelding(en) verwijderd")
    assert "(ouder dan 30 dagen)" in uit
    assert list(Contactverzoek.objects.all()) == [precies]


def test_an_open_suggestion_with_only_a_name_or_only_an_address_is_anonymised(aanbod, settings, nu, capsys):
    settings.LEEFMEE_CONTACT_BEWAARTERMIJN_DAGEN = 30

    def voorstel(dagen, **velden):
        obj = Wijzigingsvoorstel.objects.create(page=aanbod, wat_klopt_niet=str(dagen), **velden)
        Wijzigingsvoorstel.objects.filter(pk=obj.pk).update(aangemaakt_op=NU - dt.timedelta(days=dagen))
        return obj

    voorstel(31, naam="Jan")
    voorstel(32, email="jan@example.org")
    precies = voorstel(30, naam="Piet", email="piet@example.org")
    call_command("purge_contact_requests")
    assert "van 2 open voorstel(len) naam en e-mailadres gewist" in capsys.readouterr().out
    assert sorted(Wijzigingsvoorstel.objects.values_list("wat_klopt_niet", "naam", "email")) == [
        ("30", "Piet", "piet@example.org"), ("31", "", ""), ("32", "", "")]
    assert precies.pk in Wijzigingsvoorstel.objects.values_list("pk", flat=True)


def test_a_request_names_its_sender_and_local_time(aanbod, nu, settings):
    settings.TIME_ZONE = "Europe/Amsterdam"
    assert str(verzoek(aanbod, "Fatima", dt.timedelta(days=1, hours=2))) == "Fatima (31-05-2027 12:00)"
