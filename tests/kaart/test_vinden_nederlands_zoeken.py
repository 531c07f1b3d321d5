"""Search in a resident's own Dutch words, the same on SQLite and PostgreSQL: stems, compound words,
linked life questions and the editors' synonyms (kaart/woordindex.py)."""

import pytest
from django.db import transaction
from wagtail.models import Page

from home import demo as home_demo
from kaart import demo as kaart_demo
from kaart import demo_vinden
from kaart.models import Zoekwoord
from tests.fabrieken import AanbodFactory, KaartFactory, LevensvraagFactory, OrganisatieFactory


def titels(response):
    ids = response.context["resultaten"].paginator.object_list.ids
    per_id = dict(Page.objects.filter(pk__in=ids).values_list("pk", "title"))
    return [per_id[pk] for pk in ids]


@pytest.mark.django_db
def test_a_word_finds_longer_and_compound_words_and_linked_questions(client, site, home_page):
    kaart = KaartFactory(parent=home_page)
    org = OrganisatieFactory(parent=kaart, title="Welzijn",
                             korte_beschrijving="Hulp voor mantelzorgers en hun naasten.",
                            )
    alleen = LevensvraagFactory(naam="Ik voel me vaak alleen", dimensie="meedoen", slug="alleen")
    AanbodFactory(parent=org, title="Koffie-ochtend", dimensies=("meedoen",), vragen=[alleen],
                  korte_beschrijving="Elke dinsdag koffie.")
    AanbodFactory(parent=org, title="Sporthal", dimensies=("lichaam",),
                  toegankelijkheid="Rolstoeltoegankelijk, met lift",
                  korte_beschrijving="Sporten voor iedereen.")
    assert titels(client.get("/kaart/zoeken/?q=rolstoel")) == ["Sporthal"]
    assert titels(client.get("/kaart/zoeken/?q=mantelzorg")) == ["Welzijn"]
    assert titels(client.get("/kaart/zoeken/?q=alleen")) == ["Koffie-ochtend"]  # through its question
    assert titels(client.get("/kaart/zoeken/?q=eenzaam")) == []

    # An editor adds a synonym in the admin: the resident's word now finds it too.
    Zoekwoord.objects.create(woord="eenzaam", ook="alleen, eenzaamheid")
    assert titels(client.get("/kaart/zoeken/?q=eenzaam")) == ["Koffie-ochtend"]
    assert titels(client.get("/kaart/zoeken/?q=eenzaamheid")) == ["Koffie-ochtend"]  # the stem of the word


def test_a_synonym_is_one_word_with_at_least_one_other_word():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        Zoekwoord(woord="geld zorgen", ook="schulden").clean()
    with pytest.raises(ValidationError):
        Zoekwoord(woord="eenzaam", ook=", eenzaam ,").clean()
    zoekwoord = Zoekwoord(woord=" Eenzaam ", ook="Alleen,  eenzaamheid")
    zoekwoord.clean()
    assert zoekwoord.woord == "eenzaam" and zoekwoord.synoniemen() == ["alleen", "eenzaamheid"]


@pytest.fixture(scope="module")
def demo_kaart(django_db_setup, django_db_blocker):
    """The demo's map, loaded once for the words below and rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        home_demo.laad_locales()
        site, home = home_demo.laad_startpagina()
        context = {"site": site, "home": home}
        kaart_demo.laad(context)
        demo_vinden.laad(context)
        yield context
        transaction.set_rollback(True)


# The offerings a person would expect for each word in the demo municipality.
VERWACHT = {
    "eenzaam": ["Buurtmaatje: iemand die regelmatig langskomt", "De buurtkamer: elke dag koffie en contact",
                "Koffieochtend", "Open Tafel"],
    "geldzorgen": ["Schuldhulpmaatje", "Schuldhulp Duinwijk", "Noodhulp bij acute geldproblemen",
                   "Cursus Rondkomen met je geld"],
    "schulden": ["Schuldhulpmaatje", "Schuldhulp Duinwijk", "Hulp bij je administratie thuis"],
    "rolstoel": ["Fit na 65", "Inloop: gewoon binnenlopen"],
    "mantelzorg": ["Mantelzorgsteunpunt Duinwijk", "Mantelzorgcafé", "Gesprek met een mantelzorgconsulent",
                   "Even vrij: iemand neemt de zorg over"],
}


@pytest.mark.django_db
@pytest.mark.parametrize("woord", list(VERWACHT))
def test_the_residents_words_find_the_expected_demo_offerings(client, demo_kaart, woord):
    gevonden = titels(client.get(f"/kaart/zoeken/?q={woord}"))
    ontbreekt = [t for t in VERWACHT[woord] if t not in gevonden]
    assert not ontbreekt, f"'{woord}' misses {ontbreekt}; found {gevonden}"
