"""Stories and articles on the map's pages through the kaart hook, and 'anderen lazen ook'."""

import pytest

from kaart.verwant import VERWANTE_INHOUD_HOOK, verwante_inhoud
from verhalen.lijsten import anderen_lazen_ook
from verhalen.verwant import artikelen_bij, verhalen_bij

from . import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(home_page, locale_nl):
    kaart = f.kaart(home_page)
    org = f.organisatie(kaart, "Welzijn Duinwijk")
    andere_org = f.organisatie(kaart, "Sportclub Zeedorp")
    return {
        "locale": locale_nl, "org": org, "andere_org": andere_org,
        "maaltijd": f.aanbod(org, "Buurtmaaltijd"), "schuldhulp": f.aanbod(org, "Schuldhulp"),
        "taalcafe": f.activiteit(org, "Taalcafé"),
        "index": f.verhalen_index(home_page), "info": f.informatie_index(home_page),
    }


def titels(sectie):
    return [item.title for item in sectie.items] if sectie else []


def test_the_hooks_are_registered():
    from wagtail import hooks

    assert verhalen_bij in hooks.get_hooks(VERWANTE_INHOUD_HOOK)
    assert artikelen_bij in hooks.get_hooks(VERWANTE_INHOUD_HOOK)


def test_offering_shows_the_story_that_mentions_it(data):
    f.verhaal(data["index"], titel="Ans eet mee", voornaam="Ans", aanbod=[data["maaltijd"]])
    f.verhaal(data["index"], titel="Over iets anders", aanbod=[data["taalcafe"]])
    sectie = verhalen_bij(data["maaltijd"], data["locale"], 6)
    assert titels(sectie) == ["Ans eet mee"]
    assert sectie.kop == "Lees het verhaal van Ans"
    assert sectie.template == "verhalen/includes/verwante_verhalen.html"
    # ... and the story links back to the offering (the relation both ways).
    assert [p.pk for p in sectie.items[0].volgende_stap()] == [data["maaltijd"].pk]


def test_activity_and_organisation_show_stories_blogs_and_articles(data):
    f.verhaal(data["index"], titel="Taal leren", aanbod=[data["taalcafe"]])
    f.verhaal(data["index"], titel="Met hulp van Welzijn", organisaties=[data["org"]])
    f.blog(data["index"], titel="Blog van Welzijn", auteur_organisatie=data["org"])
    f.artikel(data["info"], titel="Hulp bij geldzorgen", aanbod=[data["schuldhulp"]])

    assert titels(verhalen_bij(data["taalcafe"], data["locale"], 6)) == ["Taal leren"]
    sectie = verhalen_bij(data["org"], data["locale"], 6)
    assert sorted(titels(sectie)) == ["Blog van Welzijn", "Met hulp van Welzijn"]
    assert sectie.kop == "Lees hoe anderen het aanpakten"
    assert titels(verhalen_bij(data["andere_org"], data["locale"], 6)) == []
    assert titels(artikelen_bij(data["schuldhulp"], data["locale"], 6)) == ["Hulp bij geldzorgen"]


def test_dimension_and_question_show_stories_and_articles(data):
    alleen = f.vraag()
    f.verhaal(data["index"], titel="Ans", dimensies=("meedoen",), vragen=[alleen])
    f.blog(data["index"], titel="Blog meedoen", dimensies=("meedoen",))
    f.verhaal(data["index"], titel="Sem", dimensies=("dagelijks",))
    f.artikel(data["info"], titel="Eenzaamheid: wat kun je doen?", dimensies=("meedoen",), vragen=[alleen])

    meedoen = f.dimensie("meedoen")
    secties = verwante_inhoud(meedoen, data["locale"])
    assert [s.kop for s in secties] == ["Verhalen over dit onderwerp", "Goed om te weten"]
    assert sorted(titels(secties[0])) == ["Ans", "Blog meedoen"]
    assert titels(secties[1]) == ["Eenzaamheid: wat kun je doen?"]
    assert titels(verhalen_bij(alleen, data["locale"], 6)) == ["Ans"]
    assert titels(verhalen_bij(f.dimensie("lichaam"), data["locale"], 6)) == []


def test_only_live_pages_in_the_readers_locale_and_within_the_limit(data, locale_en):
    for i in range(4):
        f.verhaal(data["index"], titel=f"Verhaal {i}", aanbod=[data["maaltijd"]])
    f.verhaal(data["index"], titel="Concept", aanbod=[data["maaltijd"]], publiceren=False)
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
            f.verhaal(data["index"], aanbod=[data["maaltijd"]], organisaties=[data["org"]], portret=f.afbeelding())
            f.artikel(data["info"], dimensies=("meedoen",), aanbod=[data["maaltijd"]])

    vul(2)
    eerst = [tel(data["maaltijd"]), tel(data["org"]), tel(f.dimensie("meedoen"))]
    vul(8)
    assert [tel(data["maaltijd"]), tel(data["org"]), tel(f.dimensie("meedoen"))] == eerst


def test_others_also_read_ranks_by_shared_questions_then_dimensions(data):
    alleen = f.vraag()
    geld = f.vraag("geldzorgen", "Ik heb geldzorgen", "kwaliteit")
    hoofd = f.verhaal(data["index"], titel="Hoofd", dimensies=("meedoen", "mentaal"), vragen=[alleen])
    f.verhaal(data["index"], titel="Zelfde vraag", dimensies=("lichaam",), vragen=[alleen])
    f.verhaal(data["index"], titel="Twee dimensies", dimensies=("meedoen", "mentaal"))
    f.verhaal(data["index"], titel="Een dimensie", dimensies=("mentaal",), vragen=[geld])
    f.verhaal(data["index"], titel="Niets gedeeld", dimensies=("lichaam",))
    f.verhaal(data["index"], titel="Concept", dimensies=("meedoen",), publiceren=False)
    sleutels = [d.translation_key for d in hoofd.dimensies()], [v.translation_key for v in hoofd.vragen()]
    gevonden = [p.title for p in anderen_lazen_ook(hoofd, *sleutels, limit=5)]
    assert gevonden == ["Zelfde vraag", "Twee dimensies", "Een dimensie"]


def test_story_page_shows_others_also_read(client, data):
    hoofd = f.verhaal(data["index"], titel="Hoofd", dimensies=("meedoen",))
    f.verhaal(data["index"], titel="Ook meedoen", dimensies=("meedoen",))
    html = client.get(hoofd.url).content.decode()
    assert "Anderen lazen ook" in html
    assert "Ook meedoen" in html.split("Anderen lazen ook", 1)[1]


def test_others_also_read_follows_publishing_at_once(client, data):
    """The links of all stories are kept in memory per content version: a publish or unpublish
    shows on the next request."""
    hoofd = f.verhaal(data["index"], titel="Hoofd", dimensies=("meedoen",))
    oud = f.verhaal(data["index"], titel="Oud verhaal", dimensies=("meedoen",))
    assert "Oud verhaal" in client.get(hoofd.url).content.decode()

    oud.unpublish()
    f.verhaal(data["index"], titel="Nieuw verhaal", dimensies=("meedoen",))
    html = client.get(hoofd.url).content.decode().split("Anderen lazen ook", 1)[1]
    assert "Nieuw verhaal" in html
    assert "Oud verhaal" not in html


def test_section_template_renders_cards_with_quote(data, rf):
    from django.template.loader import render_to_string

    f.verhaal(data["index"], titel="Ans eet mee", aanbod=[data["maaltijd"]], portret=f.afbeelding())
    sectie = verhalen_bij(data["maaltijd"], data["locale"], 6)
    html = render_to_string(sectie.template, {"sectie": sectie, "request": rf.get("/")})
    assert "Lees het verhaal van Ans" in html
    assert "Ik kijk er elke week naar uit." in html
    assert 'alt="Getekend portret met de letter A"' in html


def test_related_content_is_kept_until_content_changes(data, django_assert_num_queries):
    meedoen = f.dimensie("meedoen")
    f.verhaal(data["index"], titel="Ans", dimensies=("meedoen",))
    assert titels(verwante_inhoud(meedoen, data["locale"])[0]) == ["Ans"]
    with django_assert_num_queries(0):  # the next visitor: from process memory
        assert titels(verwante_inhoud(meedoen, data["locale"])[0]) == ["Ans"]
    f.verhaal(data["index"], titel="Bram", dimensies=("meedoen",))  # a publish: a new content version
    assert sorted(titels(verwante_inhoud(meedoen, data["locale"])[0])) == ["Ans", "Bram"]
