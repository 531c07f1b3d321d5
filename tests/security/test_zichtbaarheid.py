"""Issue 20, finding 5 and the guard: one definition of "visible to this visitor".

A restricted story (login), a story behind a password, a draft, a story on another municipality's
site and the English translation of the restricted story: none of them may appear in any public
response a visitor (or the production crawler) can reach.
"""

import pytest
from wagtail.models import PageViewRestriction

from leefmee.zichtbaarheid import zichtbaar
from tests.fabrieken import (
    AanbodFactory,
    ArtikelFactory,
    InformatieIndexFactory,
    KaartFactory,
    OrganisatieFactory,
    VerhaalFactory,
    VerhalenIndexFactory,
)
from tests.fabrieken.regio import maak_site_b
from verhalen.models import VerhaalPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("host_b")]
GEHEIM = ("Besloten verhaal", "Wachtwoordverhaal", "Conceptverhaal", "Kustmeer verhaal", "Restricted story")


def vertaal(pagina, locale):
    kopie = pagina.specific.copy_for_translation(locale)
    kopie.save_revision().publish()
    kopie.refresh_from_db()
    return kopie.specific


@pytest.fixture
def inhoud(site, home_page, locale_nl, locale_en):
    kaart = KaartFactory(parent=home_page, title="Kaart")
    org = OrganisatieFactory(parent=kaart, title="Welzijn Duinwijk", korte_beschrijving="Hulp en contact in de buurt.")
    aanbod = AanbodFactory(parent=org, title="Buurtmaaltijd", dimensies=(),
                           wat_is_het="<p>Samen eten in het buurthuis.</p>")
    index = VerhalenIndexFactory(parent=home_page)
    info = InformatieIndexFactory(parent=home_page)
    open_verhaal = VerhaalFactory(parent=index, title="Open verhaal", aanbod=[aanbod])
    besloten = VerhaalFactory(parent=index, title="Besloten verhaal", aanbod=[aanbod])
    wachtwoord = VerhaalFactory(parent=index, title="Wachtwoordverhaal", aanbod=[aanbod])
    PageViewRestriction.objects.create(page=wachtwoord, restriction_type=PageViewRestriction.PASSWORD,
                                       password="geheim-2026")
    VerhaalFactory(parent=index, title="Conceptverhaal", aanbod=[aanbod], publiceren=False)
    ArtikelFactory(parent=info, title="Open artikel")
    besloten_artikel = ArtikelFactory(parent=info, title="Besloten artikel")
    PageViewRestriction.objects.create(page=besloten_artikel, restriction_type=PageViewRestriction.LOGIN)
    _site_b, home_b = maak_site_b(locale_nl)
    VerhaalFactory(parent=VerhalenIndexFactory(parent=home_b), title="Kustmeer verhaal")
    # The English tree: home, story index and the translation of the restricted story.
    vertaal(home_page, locale_en)
    vertaal(index, locale_en)
    besloten_en = vertaal(besloten, locale_en)
    besloten_en.title = "Restricted story"
    besloten_en.save_revision().publish()
    # Restricted after it was translated: wagtail-localize does not carry the restriction over.
    PageViewRestriction.objects.create(page=besloten, restriction_type=PageViewRestriction.LOGIN)
    return {"index": index, "info": info, "org": org, "aanbod": aanbod, "besloten": besloten,
            "besloten_en": besloten_en, "open": open_verhaal}


def _publieke_antwoorden(client, inhoud):
    index, info = inhoud["index"], inhoud["info"]
    paden = [index.url, index.url + "feed/rss/", index.url + "feed/atom/", info.url, inhoud["org"].url,
             inhoud["aanbod"].url, inhoud["open"].url, "/", "/sitemap.xml", "/kaart/meedoen/"]
    for pad in paden:
        response = client.get(pad)
        assert response.status_code == 200, pad
        yield pad, response.content.decode()


def test_no_restricted_draft_or_other_site_page_in_any_public_listing(client, inhoud):
    gezien = {}
    for pad, html in _publieke_antwoorden(client, inhoud):
        for titel in GEHEIM:
            if titel in html:
                gezien.setdefault(titel, []).append(pad)
        assert inhoud["besloten_en"].url not in html and f"/{inhoud['besloten'].slug}/" not in html, pad
    assert gezien == {}
    assert "Open verhaal" in client.get(inhoud["index"].url).content.decode()


def test_the_translation_of_a_restricted_page_is_restricted_too(client, inhoud):
    response = client.get(inhoud["besloten_en"].url)
    assert response.status_code == 302 and "login" in response["Location"]
    assert "Restricted story" not in response.content.decode()
    assert inhoud["besloten_en"].url not in client.get("/sitemap.xml").content.decode()


def test_zichtbaar_is_the_single_rule(inhoud, site):
    titels = set(zichtbaar(VerhaalPage.objects.all(), site=site).values_list("title", flat=True))
    assert "Open verhaal" in titels
    assert not titels & set(GEHEIM)
