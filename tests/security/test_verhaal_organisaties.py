"""Issue 20: a story's "betrokken organisaties" are checked when the story is saved, not only in the
chooser. A partner that posts another organisation's id by hand changes nothing and reads why."""

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from kaart.partners.rollen import REDACTEUREN, setup_roles, zorg_voor_partnergroep
from tests.fabrieken import VerhaalFactory, VerhalenIndexFactory, gebruiker_in
from tests.fabrieken.regio import twee_gemeenten

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("host_b")]

MELDING = "Je kunt alleen je eigen organisatie kiezen."


@pytest.fixture
def opzet(site, home_page, locale_nl):
    regio = twee_gemeenten(site, home_page, locale_nl)
    index = VerhalenIndexFactory(parent=home_page)
    setup_roles()
    partner = gebruiker_in("partner-a", zorg_voor_partnergroep(regio.lokaal_a))
    verhaal = VerhaalFactory(parent=index, title="Verhaal van De Schelp", publiceren=False, owner=partner,
                             organisaties=[regio.lokaal_a])
    return regio, verhaal, partner


def _rijen(verhaal, relatie, veld):
    return [{"id": rij.pk, veld: getattr(rij, f"{veld}_id")} for rij in getattr(verhaal, relatie).all()]


def bewaar(client, verhaal, organisaties, title="Verhaal van De Schelp"):
    """Post the story's edit form as the browser would; `organisaties`: the rows of the inline panel
    (existing rows carry their id)."""
    verhaal = type(verhaal).objects.get(pk=verhaal.pk)
    bestaand = verhaal.organisatie_koppelingen.count()
    data = nested_form_data({
        "title": title, "slug": verhaal.slug, "voornaam": "Ans", "leeftijd": "", "rol": "",
        "portret_alt": "", "intro": "Een verhaal.", "citaat": "Fijn.", "datum": "2026-03-01",
        "verschenen_in_leef": "", "toestemming_op": "", "toestemming_hoe": "",
        "body": streamfield([("alinea", rich_text("<p>Ik eet mee.</p>"))]),
        "dimensie_koppelingen": inline_formset(_rijen(verhaal, "dimensie_koppelingen", "dimensie"),
                                               initial=verhaal.dimensie_koppelingen.count()),
        "vraag_koppelingen": inline_formset(_rijen(verhaal, "vraag_koppelingen", "vraag"),
                                            initial=verhaal.vraag_koppelingen.count()),
        "organisatie_koppelingen": inline_formset(organisaties, initial=bestaand),
    })
    return client.post(f"/admin/pages/{verhaal.pk}/edit/", data)


def _bestaande_rij(verhaal):
    rij = verhaal.organisatie_koppelingen.get()
    return {"id": rij.pk, "organisatie": rij.organisatie_id}


def _organisaties(verhaal):
    return list(verhaal.organisatie_koppelingen.model.objects.filter(page=verhaal)
                .values_list("organisatie_id", flat=True))


def test_partner_cannot_link_another_organisation_by_hand(client, opzet):
    regio, verhaal, partner = opzet
    client.force_login(partner)
    revisies = verhaal.revisions.count()
    response = bewaar(client, verhaal, [{**_bestaande_rij(verhaal), "organisatie": regio.lokaal_b.pk}],
                      title="Gewijzigd")
    assert response.status_code == 200
    assert MELDING in response.content.decode()
    verhaal.refresh_from_db()
    assert _organisaties(verhaal) == [regio.lokaal_a.pk]
    assert verhaal.title == "Verhaal van De Schelp" and verhaal.revisions.count() == revisies


def test_partner_cannot_add_another_organisation_as_a_new_row(client, opzet):
    regio, verhaal, partner = opzet
    client.force_login(partner)
    response = bewaar(client, verhaal, [_bestaande_rij(verhaal), {"id": "", "organisatie": regio.regionaal.pk}])
    assert response.status_code == 200 and MELDING in response.content.decode()
    assert _organisaties(verhaal) == [regio.lokaal_a.pk]


def test_partner_saves_its_story_with_its_own_organisation(client, opzet):
    regio, verhaal, partner = opzet
    client.force_login(partner)
    response = bewaar(client, verhaal, [_bestaande_rij(verhaal)], title="Nieuwe titel")
    assert response.status_code == 302
    verhaal.refresh_from_db()
    assert verhaal.get_latest_revision_as_object().title == "Nieuwe titel"
    assert _organisaties(verhaal) == [regio.lokaal_a.pk]


def test_a_link_already_on_the_story_may_stay(client, opzet):
    """An editor linked a second organisation; the partner's next edit does not get stuck on it."""
    regio, verhaal, partner = opzet
    verhaal.organisatie_koppelingen.model.objects.create(page=verhaal, organisatie=regio.lokaal_b, sort_order=1)
    client.force_login(partner)
    rijen = [{"id": rij.pk, "organisatie": rij.organisatie_id} for rij in verhaal.organisatie_koppelingen.all()]
    response = bewaar(client, verhaal, rijen, title="Nog een titel")
    assert response.status_code == 302
    assert sorted(_organisaties(verhaal)) == sorted([regio.lokaal_a.pk, regio.lokaal_b.pk])


def test_editor_of_all_sites_may_link_any_organisation(client, opzet):
    regio, verhaal, _partner = opzet
    client.force_login(gebruiker_in("red", Group.objects.get(name=REDACTEUREN)))
    response = bewaar(client, verhaal, [{**_bestaande_rij(verhaal), "organisatie": regio.lokaal_b.pk}])
    assert response.status_code == 302
    verhaal.refresh_from_db()
    koppelingen = verhaal.get_latest_revision_as_object().organisatie_koppelingen.all()
    assert [k.organisatie_id for k in koppelingen] == [regio.lokaal_b.pk]
