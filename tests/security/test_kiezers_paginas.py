"""Issue 20, finding 6 (rest): a partner reads no other organisation's draft or private page titles
in the page chooser, the explorer, the stories listing and the page-types report; the organisation
chooser offers a partner only its own organisation."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from kaart.partners.rollen import REDACTEUREN, setup_roles, site_redactie_naam, zorg_voor_partnergroep
from tests.fabrieken import BlogFactory, VerhaalFactory, VerhalenIndexFactory, gebruiker_in
from tests.fabrieken.regio import twee_gemeenten

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("host_b")]

CONCEPT = "Concept van Dorpshuis geheim"
BESLOTEN = "Besloten verhaal voor leden"
EIGEN_CONCEPT = "Mijn eigen concept"
OPENBAAR = "Openbaar verhaal Zeedorp"


@pytest.fixture
def opzet(site, home_page, locale_nl):
    regio = twee_gemeenten(site, home_page, locale_nl)
    index = VerhalenIndexFactory(parent=home_page)
    setup_roles()
    partner = gebruiker_in("partner-a", zorg_voor_partnergroep(regio.lokaal_a))
    anders = gebruiker_in("partner-b", zorg_voor_partnergroep(regio.lokaal_b))
    VerhaalFactory(parent=index, title=OPENBAAR)
    VerhaalFactory(parent=index, title=CONCEPT, publiceren=False, owner=anders)
    VerhaalFactory(parent=index, title=EIGEN_CONCEPT, publiceren=False, owner=partner)
    besloten = VerhaalFactory(parent=index, title=BESLOTEN)
    PageViewRestriction.objects.create(page=besloten, restriction_type=PageViewRestriction.LOGIN)
    return regio, index, partner


def _html(client, url, **params):
    antwoord = client.get(url, params)
    assert antwoord.status_code == 200
    return antwoord.content.decode()


def test_partner_page_chooser_hides_other_drafts_and_private_pages(client, opzet):
    regio, index, partner = opzet
    client.force_login(partner)
    html = _html(client, f"/admin/choose-page/{index.pk}/")
    assert OPENBAAR in html and EIGEN_CONCEPT in html
    assert CONCEPT not in html.replace(EIGEN_CONCEPT, "") and BESLOTEN not in html
    zoek = _html(client, "/admin/choose-page/search/", q="verhaal")
    assert OPENBAAR in zoek and BESLOTEN not in zoek
    assert CONCEPT not in _html(client, "/admin/choose-page/search/", q="Dorpshuis geheim")


def test_partner_explorer_and_stories_listing_hide_other_drafts(client, opzet):
    regio, index, partner = opzet
    client.force_login(partner)
    for url in (f"/admin/pages/{index.pk}/", "/admin/verhalen_lijst/"):
        html = _html(client, url)
        assert EIGEN_CONCEPT in html, url
        assert CONCEPT not in html.replace(EIGEN_CONCEPT, "") and BESLOTEN not in html, url


def test_partner_page_types_report_names_no_other_draft(client, opzet):
    regio, index, partner = opzet
    client.force_login(partner)
    for url in ("/admin/reports/page-types-usage/", "/admin/reports/page-types-usage/results/"):
        html = _html(client, url)
        assert CONCEPT not in html.replace(EIGEN_CONCEPT, "") and BESLOTEN not in html, url


def test_editor_still_sees_every_draft(client, opzet):
    client.force_login(gebruiker_in("red", Group.objects.get(name=REDACTEUREN)))
    index = opzet[1]
    html = _html(client, f"/admin/choose-page/{index.pk}/")
    assert CONCEPT in html and BESLOTEN in html
    assert CONCEPT in _html(client, f"/admin/pages/{index.pk}/")


def test_organisation_chooser_offers_a_partner_only_its_own_organisation(client, opzet):
    regio, index, partner = opzet
    client.force_login(partner)
    html = _html(client, f"/admin/choose-page/{regio.kaart_a.pk}/", page_type="kaart.organisatiepage")
    assert regio.lokaal_a.title in html
    assert regio.regionaal.title not in html
    zoek = _html(client, "/admin/choose-page/search/", page_type="kaart.organisatiepage", q="Dorpshuis")
    assert regio.lokaal_b.title not in zoek


def test_organisation_chooser_offers_a_municipal_editor_only_its_municipality(client, opzet):
    regio = opzet[0]
    client.force_login(gebruiker_in("red-b", Group.objects.get(name=site_redactie_naam(regio.site_b))))
    zoek = _html(client, "/admin/choose-page/search/", page_type="kaart.organisatiepage", q="Zeedorp")
    assert regio.lokaal_a.title not in zoek
    assert regio.lokaal_b.title in _html(client, "/admin/choose-page/search/", page_type="kaart.organisatiepage",
                                         q="Strandhoven")


def _blogformulier(user, blog):
    from verhalen.models import BlogPage

    form_class = BlogPage.get_edit_handler().get_form_class()
    return form_class(instance=blog, for_user=user)


def test_a_partner_cannot_name_another_organisation_as_blog_author_by_hand(opzet):
    from django.core.exceptions import ValidationError

    regio, index, partner = opzet
    stuk = BlogFactory(parent=index, auteur_organisatie=regio.lokaal_a)
    form = _blogformulier(partner, stuk)
    form.cleaned_data = {"auteur_organisatie": regio.lokaal_b}
    with pytest.raises(ValidationError, match="kun je niet kiezen"):
        form.clean_auteur_organisatie()
    form.cleaned_data = {"auteur_organisatie": regio.lokaal_a}
    assert form.clean_auteur_organisatie() == regio.lokaal_a
