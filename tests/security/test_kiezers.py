"""Issue 20, finding 6 (part): a partner's document chooser does not offer the editors-only print PDF."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from kaart.partners.rollen import REDACTEUREN, setup_roles, zorg_voor_partnergroep
from publicatie.drukbestanden import besloten_collectie
from tests.fabrieken import KaartFactory, OrganisatieFactory, gebruiker_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def documenten(site, home_page):
    setup_roles()
    Document = get_document_model()
    Document.objects.create(title="LEEF drukproef geheim", collection=besloten_collectie(),
                            file=ContentFile(b"%PDF-1.4\n", name="leef-2026-1-0123456789abcdef.pdf"))
    Document.objects.create(title="Folder openbaar", file=ContentFile(b"%PDF-1.4\n", name="folder.pdf"))
    return OrganisatieFactory(parent=KaartFactory(parent=home_page), title="Welzijn Testdorp")


def test_partner_document_chooser_leaves_out_the_print_pdf(client, documenten):
    from kaart.partners.collecties import partner_collectie

    groep = zorg_voor_partnergroep(documenten)
    get_document_model().objects.filter(title="Folder openbaar").update(
        collection=partner_collectie(documenten, groep.name))  # the partner's own library
    client.force_login(gebruiker_in("partner", groep))
    html = client.get("/admin/documents/chooser/").content.decode()
    assert "Folder openbaar" in html
    assert "drukproef" not in html and "0123456789abcdef" not in html
    zoek = client.get("/admin/documents/chooser/results/", {"q": "drukproef"}).content.decode()
    assert "drukproef geheim" not in zoek


def test_editor_document_chooser_still_offers_the_print_pdf(client, documenten):
    client.force_login(gebruiker_in("red", Group.objects.get(name=REDACTEUREN)))
    assert "LEEF drukproef geheim" in client.get("/admin/documents/chooser/").content.decode()
