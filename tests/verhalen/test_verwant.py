"""Stories and articles on the map's pages through the kaart hook, and 'anderen lazen ook'."""

import pytest

from kaart.verwant import VERWANTE_INHOUD_HOOK, verwante_inhoud
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
    dimensie,
)
from verhalen.lijsten import anderen_lazen_ook
from verhalen.verwant import artikelen_bij, verhalen_bij

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(home_page, locale_nl):
    kaart = KaartFactory(parent=home_page, title="Kaart")
    org = OrganisatieFactory(parent=kaart, title="Welzijn Duinwijk", korte_beschrijving="Hulp en contact in de buurt.")
    andere_org = OrganisatieFactory(parent=kaart, title="Sportclub Zeedorp",
                                    korte_beschrijving="Hulp en contact in de buurt.")
    return {
        "locale": locale_nl, "org": org, "andere_org": andere_org,
        "maaltijd": AanbodFactory(parent=org, title="Buurtmaaltijd", dimensies=(),
                                  wat_is_het="<p>Samen eten in het buurthuis.</p>"),
        "schuldhulp": AanbodFactory(parent=org, title="Schuldhulp", dimensies=(),
                                    wat_is_het="<p>Samen eten in het buurthuis.</p>"),
        "taalcafe": ActiviteitFactory(parent=org, title="Taalcafé", dimensies=(), momenten=()),
        "index": VerhalenIndexFactory(parent=home_page), "info": InformatieIndexFactory(parent=home_page),
    }


def titels(sectie):
    return [item.title for item in sectie.items] if sectie else []


def test_the_hooks_are_registered():
    from wagtail import hooks

    assert verhalen_bij in hooks.get_hooks(VERWANTE_INHOUD_HOOK)
    assert artikelen_bij in hooks.get_hooks(VERWANTE_INHOUD_HOOK)


def test_offering_shows_the_story_that_mentions_it(data):
    VerhaalFactory(parent=data["index"], title="Ans eet mee", voornaam="Ans", aanbod=[data["maaltijd"]])
    VerhaalFactory(parent=data["index"], title="Over iets anders", aanbod=[data["taalcafe"]])
    sectie = verhalen_bij(data["maaltijd"], data["locale"], 6)
    assert titels(sectie) == ["Ans eet mee"]
    assert sectie.kop == "Lees het verhaal van Ans"
    assert sectie.template == "verhalen/includes/verwante_verhalen.html"
    # ... and the story links back to the offering (the relation both ways).
    assert [p.pk for p in sectie.items[0].volgende_stap()] == [data["maaltijd"].pk]


def test_activity_and_organisation_show_stories_blogs_and_articles(data):
    VerhaalFactory(parent=data["index"], title="Taal leren", aanbod=[data["taalcafe"]])
    VerhaalFactory(parent=data["index"], title="Met hulp van Welzijn", organisaties=[data["org"]])
    BlogFactory(parent=data["index"], title="Blog van Welzijn", auteur_organisatie=data["org"])
    ArtikelFactory(parent=data["info"], title="Hulp bij geldzorgen", aanbod=[data["schuldhulp"]])

    assert titels(verhalen_bij(data["taalcafe"], data["locale"], 6)) == ["Taal leren"]
    sectie = verhalen_bij(data["org"], data["locale"], 6)
    assert sorted(titels(sectie)) == ["Blog van Welzijn", "Met hulp van Welzijn"]
    assert sectie.kop == "Lees hoe anderen het aanpakten"
    assert titels(verhalen_bij(data["andere_org"], data["locale"], 6)) == []
    assert titels(artikelen_bij(data["schuldhulp"], data["locale"], 6)) == ["Hulp bij geldzorgen"]


def test_dimension_and_question_show_stories_and_articles(data):
    alleen = LevensvraagFactory(slug="ik-voel-me-alleen", naam="Ik voel me vaak alleen")
    VerhaalFactory(parent=data["index"], title="Ans", dimensies=("meedoen",), vragen=[alleen])
    BlogFactory(parent=data["index"], title="Blog meedoen", dimensies=("meedoen",))
    VerhaalFactory(parent=data["index"], title="Sem", dimensies=("dagelijks",))
    ArtikelFactory(parent=data["info"], title="Eenzaamheid: wat kun je doen?", dimensies=("meedoen",), vragen=[alleen])

    meedoen = dimensie(sleutel="meedoen")
    secties = verwante_inhoud(meedoen, data["locale"])
    assert [s.kop for s in secties] == ["Verhalen over dit onderwerp", "Goed om te weten"]
    assert sorted(titels(secties[0])) == ["Ans", "Blog meedoen"]
    assert titels(secties[1]) == ["Eenzaamheid: wat kun je doen?"]
    assert titels(verhalen_bij(alleen, data["locale"], 6)) == ["Ans"]
    assert titels(verhalen_bij(dimensie(sleutel="lichaam"), data["locale"], 6)) == []


def test_only_live_pages_in_the_readers_locale_and_within_the_limit(data, locale_en):
    for i in range(4):
        VerhaalFactory(parent=data["index"], title=f"Verhaal {i}", aanbod=[data["maaltijd"]])
    VerhaalFactory(parent=data["index"], title="Concept", aanbod=[data["maaltijd"]], publiceren=False)
    sectie = verhalen_bij(data["maaltijd"], data["locale"], 3)
    assert titels(sectie) == ["Verhaal 3", "Verhaal 2", "Verhaal 1"]  # newest first, limited
    assert verhalen_bij(data["maaltijd"], locale_en, 3) is not None
    assert titels(verhalen_bij(data["maaltijd"], locale_en, 3)) == []


def test_unrelated_subjects_give_no_section(data):
    assert verhalen_bij(data["index"], data["locale"], 6) is None
    assert artikelen_bij("iets anders", data["locale"], 6) is None


def test_hook_queries_are_constant(data, django_assert_max_num_queries):
    def tel(onderwerp):
        with django_assert_max_num_queries(12) as ctx:
            verwante_inhoud(onderwerp, data["locale"])
        return len(ctx.captured_queries)

    def vul(aantal):
        for _ in range(aantal):
            VerhaalFactory(parent=data["index"], aanbod=[data["maaltijd"]], organisaties=[data["org"]],
                           portret=afbeelding("portret", 60, 60, alt="Getekend portret met de letter A"))
            ArtikelFactory(parent=data["info"], dimensies=("meedoen",), aanbod=[data["maaltijd"]])

    vul(2)
    eerst = [tel(data["maaltijd"]), tel(data["org"]), tel(dimensie(sleutel="meedoen"))]
    vul(8)
    assert [tel(data["maaltijd"]), tel(data["org"]), tel(dimensie(sleutel="meedoen"))] == eerst


def test_others_also_read_ranks_by_shared_questions_then_dimensions(data):
    alleen = LevensvraagFactory(slug="ik-voel-me-alleen", naam="Ik voel me vaak alleen")
    geld = LevensvraagFactory(slug="geldzorgen", naam="Ik heb geldzorgen", dimensie="kwaliteit")
    hoofd = VerhaalFactory(parent=data["index"], title="Hoofd", dimensies=("meedoen", "mentaal"), vragen=[alleen])
    VerhaalFactory(parent=data["index"], title="Zelfde vraag", dimensies=("lichaam",), vragen=[alleen])
    VerhaalFactory(parent=data["index"], title="Twee dimensies", dimensies=("meedoen", "mentaal"))
    VerhaalFactory(parent=data["index"], title="Een dimensie", dimensies=("mentaal",), vragen=[geld])
    VerhaalFactory(parent=data["index"], title="Niets gedeeld", dimensies=("lichaam",))
    VerhaalFactory(parent=data["index"], title="Concept", dimensies=("meedoen",), publiceren=False)
    sleutels = [d.translation_key for d in hoofd.dimensies()], [v.translation_key for v in hoofd.vragen()]
    gevonden = [p.title for p in anderen_lazen_ook(hoofd, *sleutels, limit=5)]
    assert gevonden == ["Zelfde vraag", "Twee dimensies", "Een dimensie"]


def test_story_page_shows_others_also_read(client, data):
    hoofd = VerhaalFactory(parent=data["index"], title="Hoofd", dimensies=("meedoen",))
    VerhaalFactory(parent=data["index"], title="Ook meedoen", dimensies=("meedoen",))
    html = client.get(hoofd.url).content.decode()
    assert "Anderen lazen ook" in html
    assert "Ook meedoen" in html.split("Anderen lazen ook", 1)[1]


def test_others_also_read_follows_publishing_at_once(client, data):
    """The links of all stories are kept in memory per content version: a publish or unpublish
    shows on the next request."""
    hoofd = VerhaalFactory(parent=data["index"], title="Hoofd", dimensies=("meedoen",))
    oud = VerhaalFactory(parent=data["index"], title="Oud verhaal", dimensies=("meedoen",))
    assert "Oud verhaal" in client.get(hoofd.url).content.decode()

    oud.unpublish()
    VerhaalFactory(parent=data["index"], title="Nieuw verhaal", dimensies=("meedoen",))
    html = client.get(hoofd.url).content.decode().split("Anderen lazen ook", 1)[1]
    assert "Nieuw verhaal" in html
    assert "Oud verhaal" not in html


def test_section_template_renders_cards_with_quote(data, rf):
    from django.template.loader import render_to_string

    VerhaalFactory(parent=data["index"], title="Ans eet mee", aanbod=[data["maaltijd"]],
                   portret=afbeelding("portret", 60, 60, alt="Getekend portret met de letter A"))
    sectie = verhalen_bij(data["maaltijd"], data["locale"], 6)
    html = render_to_string(sectie.template, {"sectie": sectie, "request": rf.get("/")})
    assert "Lees het verhaal van Ans" in html
    assert "Ik kijk er elke week naar uit." in html
    assert 'alt="Getekend portret met de letter A"' in html


def test_related_content_is_kept_until_content_changes(data, django_assert_num_queries):
    meedoen = dimensie(sleutel="meedoen")
    VerhaalFactory(parent=data["index"], title="Ans", dimensies=("meedoen",))
    assert titels(verwante_inhoud(meedoen, data["locale"])[0]) == ["Ans"]
    with django_assert_num_queries(0):  # the next visitor: from process memory
        assert titels(verwante_inhoud(meedoen, data["locale"])[0]) == ["Ans"]
    VerhaalFactory(parent=data["index"], title="Bram", dimensies=("meedoen",))  # a publish: a new content version
    assert sorted(titels(verwante_inhoud(meedoen, data["locale"])[0])) == ["Ans", "Bram"]
