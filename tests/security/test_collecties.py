"""Issue 20: one image and document library per municipality, and per partner organisation below it.
An editor of Kustmeer neither sees, chooses nor edits Duinwijk's files; a partner only its own."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from kaart.partners.collecties import gemeente_collectie, partner_collectie
from kaart.partners.rollen import REDACTEUREN, partner_groep, setup_roles, site_redactie_naam, zorg_voor_partnergroep
from tests.fabrieken import VerhaalFactory, VerhalenIndexFactory, afbeelding, gebruiker_in
from tests.fabrieken.regio import twee_gemeenten

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("host_b")]

LOGO_A, LOGO_B, PORTRET_A, LOS = "Logo Buurthuis", "Logo Dorpshuis", "Portret Ans", "Losse foto"
FOLDER_B = "Folder Kustmeer"


@pytest.fixture
def opzet(site, home_page, locale_nl):
    """Files in the shared root library, as before; setup_roles sorts them into collections."""
    regio = twee_gemeenten(site, home_page, locale_nl)
    for org, titel in ((regio.lokaal_a, LOGO_A), (regio.lokaal_b, LOGO_B)):
        org.logo = afbeelding(titel)
        org.save_revision().publish()
    VerhaalFactory(parent=VerhalenIndexFactory(parent=home_page), portret=afbeelding(PORTRET_A))
    afbeelding(LOS)
    folder = get_document_model().objects.create(title=FOLDER_B, file=ContentFile(b"%PDF-1.4\n", name="f.pdf"))
    gebruikers = {
        "partner_a": gebruiker_in("partner-a", zorg_voor_partnergroep(regio.lokaal_a)),
        "partner_b": gebruiker_in("partner-b", zorg_voor_partnergroep(regio.lokaal_b)),
    }
    setup_roles()
    folder.collection = gemeente_collectie(regio.site_b)
    folder.save()
    gebruikers["redacteur_a"] = gebruiker_in("red-a", Group.objects.get(name=site_redactie_naam(regio.site_a)))
    gebruikers["redacteur_b"] = gebruiker_in("red-b", Group.objects.get(name=site_redactie_naam(regio.site_b)))
    gebruikers["redacteuren"] = gebruiker_in("red", Group.objects.get(name=REDACTEUREN))
    return regio, gebruikers, folder


def _collectie(titel):
    from wagtail.images import get_image_model

    return get_image_model().objects.get(title=titel).collection


def test_setup_roles_sorts_the_shared_library_into_collections(opzet):
    regio = opzet[0]
    duinwijk, kustmeer = gemeente_collectie(regio.site_a), gemeente_collectie(regio.site_b)
    assert _collectie(LOGO_A) == partner_collectie(regio.lokaal_a, partner_groep(regio.lokaal_a).name)
    assert _collectie(LOGO_A).get_parent() == duinwijk
    assert _collectie(LOGO_B).get_parent() == kustmeer
    assert _collectie(PORTRET_A) == duinwijk  # a story in Duinwijk's stories index
    assert _collectie(LOS) == Collection.get_first_root_node()  # used nowhere: stays shared
    assert duinwijk != kustmeer


# What each role finds in the image chooser (and listing), written down per image.
BEELDEN = {
    "redacteuren": {LOGO_A: True, LOGO_B: True, PORTRET_A: True, LOS: True},
    "redacteur_a": {LOGO_A: True, LOGO_B: False, PORTRET_A: True, LOS: False},
    "redacteur_b": {LOGO_A: False, LOGO_B: True, PORTRET_A: False, LOS: False},
    "partner_a": {LOGO_A: True, LOGO_B: False, PORTRET_A: False, LOS: False},
    "partner_b": {LOGO_A: False, LOGO_B: True, PORTRET_A: False, LOS: False},
}


@pytest.mark.parametrize("rol", list(BEELDEN))
@pytest.mark.parametrize("url", ["/admin/images/chooser/", "/admin/images/"])
def test_image_chooser_and_listing_per_role(client, opzet, rol, url):
    client.force_login(opzet[1][rol])
    antwoord = client.get(url)
    html = antwoord.content.decode() if antwoord.status_code == 200 else ""
    verwacht = dict(BEELDEN[rol])
    if url == "/admin/images/" and rol.startswith("partner"):
        # The listing shows what one may edit: a partner edits only what it uploaded itself.
        verwacht = dict.fromkeys(verwacht, False)
    assert {titel: titel in html for titel in verwacht} == verwacht


@pytest.mark.parametrize("rol, verwacht", [("redacteur_a", False), ("redacteur_b", True), ("partner_b", False),
                                            ("redacteuren", True)])
def test_document_of_kustmeer_per_role(client, opzet, rol, verwacht):
    folder = opzet[2]
    client.force_login(opzet[1][rol])
    kiezer = client.get("/admin/documents/chooser/").content.decode()
    assert (FOLDER_B in kiezer) is verwacht
    assert (client.get(f"/admin/documents/edit/{folder.pk}/").status_code == 200) is verwacht


def test_kustmeer_editor_cannot_edit_or_delete_duinwijk_images(client, opzet):
    from wagtail.images import get_image_model

    client.force_login(opzet[1]["redacteur_b"])
    logo = get_image_model().objects.get(title=LOGO_A)
    assert client.get(f"/admin/images/{logo.pk}/").status_code != 200
    client.post(f"/admin/images/{logo.pk}/delete/")
    client.post(f"/admin/images/{logo.pk}/", {"title": "Overschreven"})
    assert get_image_model().objects.filter(pk=logo.pk, title=LOGO_A).exists()
