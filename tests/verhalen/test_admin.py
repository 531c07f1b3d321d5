"""The readability indication for editors: in the page editor and in the admin listings."""

import pytest
from django.urls import reverse

from tests.fabrieken import (
    AanbodFactory,
    ArtikelFactory,
    BlogFactory,
    InformatieIndexFactory,
    KaartFactory,
    OrganisatieFactory,
    VerhaalFactory,
    VerhalenIndexFactory,
    alinea,
    dimensie,
)

pytestmark = pytest.mark.django_db

MOEILIJK = (
    "<p>Teneinde de implementatie van de gemeentelijke beleidsdoelstellingen inzake maatschappelijke "
    "ondersteuning te optimaliseren, wordt een integrale afstemming tussen de verschillende ketenpartners "
    "geïnitieerd.</p>"
)


def test_editor_panel_shows_the_score_of_the_latest_revision(admin_client, home_page):
    index = VerhalenIndexFactory(parent=home_page)
    verhaal = VerhaalFactory(parent=index, title="Ans eet mee")
    # A draft with a hard sentence: the editor sees the score of what they are working on.
    concept = verhaal.get_latest_revision_as_object()
    concept.body = [alinea(html=MOEILIJK)]
    concept.save_revision()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[verhaal.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Leesbaarheid (B1)" in html
    assert "Flesch–Douma-score:" in html
    assert "Moeilijk leesbaar. Maak zinnen korter en kies eenvoudigere woorden." in html
    assert "beleidsdoelstellingen" in html  # listed as a long word
    assert "1 lange zin (meer dan 20 woorden)" in html


@pytest.mark.parametrize("maker", ["blog", "artikel"])
def test_editor_panel_on_blogs_and_articles(admin_client, home_page, maker):
    index = VerhalenIndexFactory(parent=home_page) if maker == "blog" else InformatieIndexFactory(parent=home_page)
    pagina = {"blog": BlogFactory, "artikel": ArtikelFactory}[maker](parent=index)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[pagina.pk])).content.decode()
    assert "Flesch–Douma-score:" in html
    assert "Goed leesbaar: past bij taalniveau B1." in html


def test_create_view_shows_the_panel_without_text(admin_client, home_page):
    index = VerhalenIndexFactory(parent=home_page)
    response = admin_client.get(reverse("wagtailadmin_pages:add", args=["verhalen", "verhaalpage", index.pk]))
    assert response.status_code == 200
    assert "Er is nog geen tekst om te meten." in response.content.decode()


def test_listing_of_stories_has_a_readability_column(admin_client, home_page):
    index = VerhalenIndexFactory(parent=home_page)
    VerhaalFactory(parent=index, title="Makkelijk verhaal")
    VerhaalFactory(parent=index, title="Moeilijk verhaal", body=[alinea(html=MOEILIJK)])
    response = admin_client.get(reverse("verhalen_lijst:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Leesbaarheid (Flesch–Douma)" in html
    assert "Makkelijk verhaal" in html and "Moeilijk verhaal" in html
    assert "Goed leesbaar: past bij taalniveau B1." in html
    assert "Moeilijk leesbaar." in html


def test_listings_of_blogs_and_articles_and_the_menu(admin_client, home_page):
    BlogFactory(parent=VerhalenIndexFactory(parent=home_page), title="Een blog")
    ArtikelFactory(parent=InformatieIndexFactory(parent=home_page), title="Een artikel")
    assert "Een blog" in admin_client.get(reverse("blogs_lijst:index")).content.decode()
    assert "Een artikel" in admin_client.get(reverse("artikelen_lijst:index")).content.decode()
    assert "Verhalen en artikelen" in admin_client.get(reverse("wagtailadmin_home")).content.decode()


def test_story_preview_with_unsaved_links_renders(admin_client, home_page):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    org = OrganisatieFactory(parent=KaartFactory(parent=home_page, title="Kaart"), title="Welzijn Duinwijk",
                             korte_beschrijving="Hulp en contact in de buurt.",
                            )
    maaltijd = AanbodFactory(parent=org, title="Buurtmaaltijd", dimensies=(),
                             wat_is_het="<p>Samen eten in het buurthuis.</p>",
                            )
    index = VerhalenIndexFactory(parent=home_page)
    verhaal = VerhaalFactory(parent=index, title="Ans eet mee")
    VerhaalFactory(parent=index, title="Ook over lichaam", dimensies=("lichaam",))
    data = nested_form_data({
        "title": "Ans eet mee (concept)", "slug": verhaal.slug, "voornaam": "Ans", "leeftijd": "78", "rol": "",
        "portret_alt": "", "intro": "Een verhaal.", "citaat": "Fijn.", "datum": "2026-03-01",
        "verschenen_in_leef": "",
        "body": streamfield([
            ("alinea", rich_text("<p>Ik eet mee.</p>")),
            ("wat_hielp_mij", {"titel": "Wat hielp mij", "tekst": rich_text(""),
                               "links": streamfield([("item", maaltijd.pk)])}),
        ]),
        "dimensie_koppelingen": inline_formset([{"dimensie": dimensie(sleutel="lichaam").pk}]),
        "vraag_koppelingen": inline_formset([]),
        "organisatie_koppelingen": inline_formset([{"organisatie": org.pk}]),
    })
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[verhaal.pk])
    assert admin_client.post(url, data).json()["is_valid"] is True
    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ans eet mee (concept)" in html
    assert f'href="{maaltijd.url}"' in html  # the unsaved 'wat hielp mij' link is the next step
    assert "Ook over lichaam" in html  # 'anderen lazen ook' from the unsaved dimension rows
