"""The photo of an offering and the cover photo of an edition: on the web as responsive pictures
with alt text, in print as the cover at 300 ppi (or a clear finding when it is too small)."""

import re

import pytest

from publicatie.gereedheid import FOUT, controleer
from publicatie.inhoud import pdf_editie
from tests.fabrieken import (
    EditieFactory,
    LeefArchiefFactory,
    afbeelding,
    gemengde_inhoud,
    kleine_kaart,
    openbaar_webadres,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(home_page, site):
    openbaar_webadres(site)
    return kleine_kaart(home_page)


def test_an_offering_shows_its_photo_with_alt_text_and_sizes(client, data):
    aanbod = data["aanbod"]
    aanbod.foto = afbeelding("maaltijd", 1200, 800, alt="Mensen eten samen aan een lange tafel.")
    aanbod.save_revision().publish()
    html = client.get(aanbod.url).content.decode()
    figuur = re.search(r'<figure class="detail__foto">.*?</figure>', html, re.S).group(0)
    assert "<picture>" in figuur and 'type="image/webp"' in figuur
    img = re.search(r"<img [^>]*>", figuur).group(0)
    assert 'alt="Mensen eten samen aan een lange tafel."' in img
    assert 'width="480"' in img and 'height="320"' in img and "960w" in figuur
    # Without a photo: no figure and no placeholder.
    aanbod.foto = None
    aanbod.save_revision().publish()
    assert "detail__foto" not in client.get(aanbod.url).content.decode()


def test_the_editors_own_alt_text_wins_over_the_images_description(client, data):
    aanbod = data["aanbod"]
    aanbod.foto = afbeelding("maaltijd", 1200, 800, alt="foto")
    aanbod.foto_alt = "Een volle tafel in buurthuis De Schelp."
    aanbod.save_revision().publish()
    assert 'alt="Een volle tafel in buurthuis De Schelp."' in client.get(aanbod.url).content.decode()


def test_the_cover_photo_is_on_the_edition_page_and_in_the_archive(client, home_page, data):
    leef = LeefArchiefFactory(parent=home_page)
    e = EditieFactory(parent=leef, inhoud=gemengde_inhoud(data),
                      foto=afbeelding("steiger", 2600, 1565, alt="Een steiger."))
    from publicatie.views import markeer_verschenen

    markeer_verschenen(e)
    html = client.get(e.url).content.decode()
    assert re.search(r'<figure class="editie__omslag"><picture>.*alt="Een steiger\."', html, re.S)
    archief_html = client.get(leef.url).content.decode()
    omslag = re.search(r'<img [^>]*class="edities__omslag"[^>]*>', archief_html).group(0)
    assert 'loading="lazy"' in omslag and 'alt=""' in omslag  # the edition's name follows as the link text


def test_the_cover_photo_is_the_magazine_cover(data, home_page):
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page), inhoud=gemengde_inhoud(data),
               foto=afbeelding("steiger", 2600, 1565, alt="Een steiger in het water."))
    editie_data, g, _meldingen = pdf_editie(e)
    assert editie_data.omslag is not None and editie_data.omslag.alt == "Een steiger in het water."
    # Filled to the cover's box at 300 ppi.
    assert (editie_data.omslag.px_breed, editie_data.omslag.px_hoog) == tuple(
        round(v / 72 * 300) for v in g.omslag_foto[2:])
    assert not [b for b in controleer(e) if b.niveau == FOUT and "Omslag" in b.tekst]


def test_a_cover_photo_too_small_for_print_is_a_finding(data, home_page):
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page), inhoud=gemengde_inhoud(data),
                      foto=afbeelding("klein", 1200, 720))
    fouten = [b.tekst for b in controleer(e) if b.niveau == FOUT]
    assert any(t.startswith("Omslag:") and "te klein voor druk" in t for t in fouten), fouten
