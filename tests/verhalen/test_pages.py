"""Stories, blogs and articles render with their relations; the home page shows the newest stories."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from tests.fabrieken import (
    AanbodFactory,
    ActiviteitFactory,
    ArtikelFactory,
    BlogFactory,
    InformatieIndexFactory,
    KaartFactory,
    LevensvraagFactory,
    OrganisatieFactory,
    VerhaalFactory,
    VerhalenIndexFactory,
    afbeelding,
    alinea,
    dimensie,
)
from verhalen.models import ArtikelPage, BlogPage, InformatieIndexPage, VerhaalPage, VerhalenIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaartdata(home_page):
    kaart = KaartFactory(parent=home_page, title="Kaart")
    org = OrganisatieFactory(parent=kaart, title="Welzijn Duinwijk", korte_beschrijving="Hulp en contact in de buurt.")
    maaltijd = AanbodFactory(parent=org, title="Buurtmaaltijd", dimensies=(),
                             wat_is_het="<p>Samen eten in het buurthuis.</p>",
                            )
    taalcafe = ActiviteitFactory(parent=org, title="Taalcafé", dimensies=(), momenten=())
    return {"org": org, "maaltijd": maaltijd, "taalcafe": taalcafe}


def test_story_renders_with_portrait_quote_next_step_and_topics(client, home_page, kaartdata):
    index = VerhalenIndexFactory(parent=home_page)
    alleen = LevensvraagFactory(slug="ik-voel-me-alleen", naam="Ik voel me vaak alleen")
    verhaal = VerhaalFactory(
        parent=index, title="Ans (78) eet elke dinsdag mee", leeftijd=78,
        portret=afbeelding("portret", 60, 60, alt="Getekend portret met de letter A"),
        portret_alt="Tekening van Ans", vragen=[alleen], organisaties=[kaartdata["org"]],
        aanbod=[kaartdata["maaltijd"], kaartdata["taalcafe"]], verschenen_in_leef="LEEF voorjaar 2027",
    )
    response = client.get(verhaal.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Ans (78) eet elke dinsdag mee</h1>" in html
    assert 'alt="Tekening van Ans"' in html
    assert "Ik kijk er elke week naar uit." in html
    assert "Verschenen in LEEF voorjaar 2027" in html
    assert "1 minuut lezen" in html
    # The next step: each mentioned offering with a link to its page (where the contact form is).
    stap = html[html.index('id="volgende-stap-kop"'):]
    assert f'href="{kaartdata["maaltijd"].url}"' in stap
    assert f'href="{kaartdata["taalcafe"].url}"' in stap
    assert stap.index("Buurtmaaltijd") < stap.index("Taalcafé")  # the order of the story
    # Topics link to the filtered overview; organisations involved link to their pages.
    assert "/verhalen/?dimensie=meedoen" in html
    assert "/verhalen/?vraag=ik-voel-me-alleen" in html
    assert f'href="{kaartdata["org"].url}"' in html
    assert "verhalen/css/verhalen.css" in html


def test_story_next_step_skips_unpublished_offerings(client, home_page, kaartdata):
    index = VerhalenIndexFactory(parent=home_page)
    verhaal = VerhaalFactory(parent=index, aanbod=[kaartdata["maaltijd"]])
    kaartdata["maaltijd"].unpublish()
    html = client.get(verhaal.url).content.decode()
    assert kaartdata["maaltijd"].url not in html
    assert "Zoek op de kaart wat er bij jou in de buurt is." in html


def test_blog_and_article_render(client, home_page, kaartdata):
    index = VerhalenIndexFactory(parent=home_page)
    blog = BlogFactory(parent=index, title="Nieuw: taalcafé op zaterdag", auteur_organisatie=kaartdata["org"],
                       aanbod=[kaartdata["taalcafe"]])
    html = client.get(blog.url).content.decode()
    assert "Door Fatima" in html and "Welzijn Duinwijk" in html
    assert f'href="{kaartdata["taalcafe"].url}"' in html

    info = InformatieIndexFactory(parent=home_page)
    artikel = ArtikelFactory(parent=info, title="Wat is mantelzorg?", aanbod=[kaartdata["maaltijd"]])
    html = client.get(artikel.url).content.decode()
    assert "<h1>Wat is mantelzorg?</h1>" in html
    assert f'href="{kaartdata["maaltijd"].url}"' in html  # related offering rows are the next step


def test_information_index_groups_articles_by_dimension(client, home_page):
    info = InformatieIndexFactory(parent=home_page)
    ArtikelFactory(parent=info, title="Wat is mantelzorg?", dimensies=("dagelijks", "mentaal"))
    ArtikelFactory(parent=info, title="Hulp bij geldzorgen", dimensies=("kwaliteit",))
    html = client.get(info.url).content.decode()
    dagelijks = html.index(">Dagelijks leven</h2>")
    kwaliteit = html.index(">Kwaliteit van leven</h2>")
    mentaal = html.index(">Gevoelens en gedachten</h2>")
    assert html.count("Wat is mantelzorg?") == 2  # in both of its groups
    assert mentaal < kwaliteit < dagelijks  # the order of the six dimensions
    assert "Hulp bij geldzorgen" in html[kwaliteit:dagelijks]
    assert ">Lichaam</h2>" not in html  # empty groups are left out


def test_home_shows_the_three_newest_live_stories_with_quote_and_portrait(client, home_page):
    index = VerhalenIndexFactory(parent=home_page)
    for i in range(4):
        portret = afbeelding("portret", 60, 60, alt="Getekend portret met de letter A") if i == 3 else None
        VerhaalFactory(parent=index, title=f"Verhaal nummer {i}", portret=portret)
    VerhaalFactory(parent=index, title="Nog niet gepubliceerd", publiceren=False)
    html = client.get("/").content.decode()
    assert "Er staan nog geen verhalen op de site." not in html
    assert "Verhaal nummer 0" not in html
    for i in (1, 2, 3):
        assert f"Verhaal nummer {i}" in html
    assert html.index("Verhaal nummer 3") < html.index("Verhaal nummer 1")
    assert "Nog niet gepubliceerd" not in html
    assert "Ik kijk er elke week naar uit." in html
    assert 'alt="Getekend portret met de letter A"' in html  # falls back to the image's description


def test_page_type_rules(home_page):
    assert VerhalenIndexPage.can_create_at(home_page)
    assert InformatieIndexPage.can_create_at(home_page)
    assert not VerhaalPage.can_create_at(home_page)
    index = VerhalenIndexFactory(parent=home_page)
    info = InformatieIndexFactory(parent=home_page)
    assert VerhaalPage.can_create_at(index) and BlogPage.can_create_at(index)
    assert not ArtikelPage.can_create_at(index)
    assert ArtikelPage.can_create_at(info)
    assert not VerhalenIndexPage.can_create_at(home_page)  # one per home page
    assert HomePage in VerhalenIndexPage.allowed_parent_page_models()


def test_reading_time_and_readability_come_from_the_whole_text(home_page):
    index = VerhalenIndexFactory(parent=home_page)
    lang = " ".join(["Ik ga naar de markt."] * 80)  # 400 words
    verhaal = VerhaalFactory(parent=index, body=[alinea(html=f"<p>{lang}</p>"), {"type": "kop", "value": "Samen"}])
    assert verhaal.leestijd == 2
    assert verhaal.leesbaarheid.niveau == "goed"
    assert "Samen" in verhaal.leestekst()
    assert verhaal.citaat in verhaal.leestekst()


def test_story_can_be_created_in_the_admin(admin_client, home_page, kaartdata):
    index = VerhalenIndexFactory(parent=home_page)
    dim = dimensie(sleutel="meedoen")
    data = nested_form_data({
        "title": "Sem zorgt voor zijn moeder",
        "slug": "sem",
        "voornaam": "Sem",
        "leeftijd": "17",
        "rol": "",
        "portret_alt": "",
        "intro": "Sem is zeventien.",
        "citaat": "Ik ben niet de enige.",
        "datum": "2026-03-01",
        "verschenen_in_leef": "",
        "body": streamfield([
            ("alinea", rich_text("<p>Ik zorg elke dag voor mijn moeder.</p>")),
            ("wat_hielp_mij", {"titel": "Wat hielp mij", "tekst": rich_text("<p>Praten.</p>"),
                               "links": streamfield([("item", kaartdata["maaltijd"].pk)])}),
        ]),
        "dimensie_koppelingen": inline_formset([{"dimensie": dim.pk}]),
        "vraag_koppelingen": inline_formset([]),
        "organisatie_koppelingen": inline_formset([]),
    })
    data["action-publish"] = "publish"
    response = admin_client.post(f"/admin/pages/add/verhalen/verhaalpage/{index.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    verhaal = VerhaalPage.objects.get(slug="sem")
    assert verhaal.live
    assert verhaal.aanbod_ids() == [kaartdata["maaltijd"].pk]
