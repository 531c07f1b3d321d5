"""Search: finds by title and description, respects locale and live state, logs queries, promotions."""

import pytest
from django.db import connection
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.fabrieken import AanbodFactory, ActiviteitFactory, KaartFactory, OrganisatieFactory, VacatureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaart(site, home_page):
    return KaartFactory(parent=home_page)


@pytest.fixture
def org(kaart):
    return OrganisatieFactory(parent=kaart, title="Welzijn Duinwijk", korte_beschrijving="Advies en hulp in de buurt.")


def titels(response):
    return [p.title for p in response.context["resultaten"].object_list]


def test_finds_by_title_and_by_description_across_types(client, org):
    AanbodFactory(parent=org, title="Schuldhulpmaatje", korte_beschrijving="Hulp bij rekeningen en post.")
    ActiviteitFactory(parent=org, title="Wandelclub", korte_beschrijving="Samen wandelen in de duinen.")
    VacatureFactory(parent=org, title="Maatje gezocht", korte_beschrijving="Help iemand met rekeningen.")
    assert titels(client.get("/kaart/zoeken/?q=Schuldhulpmaatje")) == ["Schuldhulpmaatje"]
    assert set(titels(client.get("/kaart/zoeken/?q=rekeningen"))) == {"Schuldhulpmaatje", "Maatje gezocht"}
    assert titels(client.get("/kaart/zoeken/?q=duinen")) == ["Wandelclub"]


def test_query_terms_are_emphasised(client, org):
    AanbodFactory(parent=org, title="Schuldhulpmaatje", korte_beschrijving="Hulp bij rekeningen en post.")
    html = client.get("/kaart/zoeken/?q=rekeningen").content.decode()
    assert "<mark>rekeningen</mark>" in html


def test_unpublished_pages_are_not_found(client, org):
    AanbodFactory(parent=org, title="Geheime cursus", publiceren=False)
    assert titels(client.get("/kaart/zoeken/?q=Geheime")) == []


def test_only_pages_in_the_readers_locale(client, kaart, org, locale_en):
    aanbod = AanbodFactory(parent=org, title="Taalcafe")
    en_kaart = kaart.copy_for_translation(locale_en, copy_parents=True)
    en_kaart.save_revision().publish()
    en_org = org.copy_for_translation(locale_en)
    en_org.save_revision().publish()
    en_aanbod = aanbod.copy_for_translation(locale_en)
    en_aanbod.title = "Language cafe"
    en_aanbod.save_revision().publish()
    assert titels(client.get("/kaart/zoeken/?q=Taalcafe")) == ["Taalcafe"]
    assert titels(client.get("/en/kaart/zoeken/?q=Language")) == ["Language cafe"]
    assert titels(client.get("/kaart/zoeken/?q=Language")) == []


def test_queries_are_logged_and_promotions_shown_first(client, org):
    AanbodFactory(parent=org, title="Schuldhulpmaatje")
    promo = AanbodFactory(parent=org, title="Geldloket", korte_beschrijving="Vragen over geld")
    query = Query.get("schulden")
    SearchPromotion.objects.create(query=query, page=promo, sort_order=0, description="Bel het geldloket")
    client.get("/kaart/zoeken/?q=schulden")
    client.get("/kaart/zoeken/?q=schulden")
    assert Query.get("schulden").hits == 2
    html = client.get("/kaart/zoeken/?q=schulden").content.decode()
    assert "Bel het geldloket" in html and "Aanbevolen" in html


def test_a_new_or_removed_promotion_shows_at_the_next_search(client, org):
    """Promotions are kept in memory per content version: adding or removing one bumps it."""
    promo = AanbodFactory(parent=org, title="Geldloket", korte_beschrijving="Vragen over geld")
    assert "Bel het loket" not in client.get("/kaart/zoeken/?q=schulden").content.decode()
    promotie = SearchPromotion.objects.create(query=Query.get("schulden"), page=promo, sort_order=0,
                                              description="Bel het loket")
    assert "Bel het loket" in client.get("/kaart/zoeken/?q=schulden").content.decode()
    promotie.delete()
    assert "Bel het loket" not in client.get("/kaart/zoeken/?q=schulden").content.decode()


def test_promotions_match_the_query_like_the_log_does(client, org):
    promo = AanbodFactory(parent=org, title="Geldloket", korte_beschrijving="Vragen over geld")
    SearchPromotion.objects.create(query=Query.get("schulden"), page=promo, sort_order=0, description="Bel het loket")
    assert "Bel het loket" in client.get("/kaart/zoeken/?q=  Schulden ").content.decode()
    assert "Bel het loket" not in client.get("/kaart/zoeken/?q=schuld").content.decode()


def test_searching_is_logged_by_a_background_task_when_a_worker_runs(client, org, settings):
    from django_tasks_db.models import DBTaskResult

    from kaart.models import ZoekTelling

    AanbodFactory(parent=org, title="Schuldhulpmaatje")  # indexed for search right away (the immediate backend)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    assert titels(client.get("/kaart/zoeken/?q=schuldhulpmaatje")) == ["Schuldhulpmaatje"]
    assert not Query.objects.exists()  # the page did not wait for the log
    taak = DBTaskResult.objects.get()
    assert taak.task_path == "kaart.tasks.registreer_zoekvraag"
    # What the worker does with the queued row (its own process would close this test's connection).
    from kaart.tasks import registreer_zoekvraag

    registreer_zoekvraag.call(*taak.args_kwargs["args"], **taak.args_kwargs["kwargs"])
    assert Query.get("schuldhulpmaatje").hits == 1
    assert ZoekTelling.objects.get(zoekterm="schuldhulpmaatje").aantal == 1


def test_a_page_indexed_later_by_the_worker_is_found_at_once(client, org, settings):
    """In production the task worker writes the search index some time after the publish. Search
    results (and pages) kept per content version must not hide what it indexed after them."""
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # Published; its search index update waits in the queue. (A word only in its body text: the
    # title would be found at once through the Dutch word index, kaart/woordindex.py.)
    AanbodFactory(parent=org, title="Zeilclub Duinwijk", wat_is_het="<p>Wij varen op de plas.</p>")
    assert titels(client.get("/kaart/zoeken/?q=varen")) == []

    worker = Worker(queue_names=["*"], excluded_queue_names=[], interval=0, batch=True, backend_name="default",
                    startup_delay=False, max_tasks=None, worker_id="test")
    taken = DBTaskResult.objects.filter(task_path="modelsearch.tasks.insert_or_update_object_task")
    assert taken.exists()
    for taak in taken:
        worker.run_task(taak)
    assert titels(client.get("/kaart/zoeken/?q=varen")) == ["Zeilclub Duinwijk"]


def test_search_works_when_the_task_queue_is_down(client, org):
    from unittest import mock

    from kaart import tasks

    AanbodFactory(parent=org, title="Schuldhulpmaatje")
    with mock.patch.object(tasks, "registreer_zoekvraag") as taak:
        taak.enqueue.side_effect = ConnectionError("wachtrij weg")
        response = client.get("/kaart/zoeken/?q=schuldhulpmaatje")
    assert taak.enqueue.called
    assert response.status_code == 200 and titels(response) == ["Schuldhulpmaatje"]


def test_no_query_lists_everything_and_logs_nothing(client, org):
    AanbodFactory(parent=org, title="Schuldhulpmaatje")
    response = client.get("/kaart/zoeken/")
    assert set(titels(response)) == {"Welzijn Duinwijk", "Schuldhulpmaatje"}
    assert not Query.objects.exists()


def test_facets_combine_with_the_query(client, org):
    AanbodFactory(parent=org, title="Koffie gratis", kosten="gratis")
    AanbodFactory(parent=org, title="Koffie betaald", kosten="betaald")
    response = client.get("/kaart/zoeken/?q=Koffie&gratis=1")
    assert titels(response) == ["Koffie gratis"]
    gratis = next(f for f in response.context["facetten"] if f.naam == "gratis")
    assert gratis.opties[0].aantal == 1 and gratis.opties[0].gekozen


def gratis_aantal(response):
    return next(f for f in response.context["facetten"] if f.naam == "gratis").opties[0].aantal


def test_a_publish_shows_in_the_next_searchs_hits_and_facet_counts(client, org):
    """Hits and facet counts are kept in memory per content version: a publish or an unpublish
    makes the next search find and count again."""
    eerste = AanbodFactory(parent=org, title="Koffie gratis", kosten="gratis")
    tweede = AanbodFactory(parent=org, title="Thee", korte_beschrijving="Een kop thee.", kosten="gratis")
    voor = client.get("/kaart/zoeken/?q=Koffie&gratis=1")
    assert titels(voor) == ["Koffie gratis"] and gratis_aantal(voor) == 1
    tweede.title = "Koffie en thee"
    tweede.save_revision().publish()
    na = client.get("/kaart/zoeken/?q=Koffie&gratis=1")
    assert set(titels(na)) == {"Koffie gratis", "Koffie en thee"} and gratis_aantal(na) == 2
    eerste.unpublish()
    weg = client.get("/kaart/zoeken/?q=Koffie&gratis=1")
    assert titels(weg) == ["Koffie en thee"] and gratis_aantal(weg) == 1


def test_a_query_of_only_punctuation_counts_nothing_unlike_no_query(client, org):
    AanbodFactory(parent=org, title="Koffie gratis", kosten="gratis")
    assert gratis_aantal(client.get("/kaart/zoeken/?gratis=1")) == 1
    niets = client.get("/kaart/zoeken/?q=%21%21&gratis=1")
    assert titels(niets) == [] and gratis_aantal(niets) == 0


def test_pages_behind_a_view_restriction_are_not_found(client, org):
    from wagtail.models import PageViewRestriction

    geheim = AanbodFactory(parent=org, title="Besloten groep")
    AanbodFactory(parent=org, title="Open groep")
    PageViewRestriction.objects.create(page=geheim, restriction_type="password", password="x")
    assert titels(client.get("/kaart/zoeken/?q=groep")) == ["Open groep"]


def test_title_matches_rank_first(client, org):
    AanbodFactory(parent=org, title="Aaa buurtkamer", korte_beschrijving="Een plek voor taalles en koffie.")
    AanbodFactory(parent=org, title="Taalles voor iedereen", korte_beschrijving="Leer Nederlands in een groep.")
    assert titels(client.get("/kaart/zoeken/?q=taalles"))[0] == "Taalles voor iedereen"


def test_search_per_language_falls_back_to_the_dutch_text_of_untranslated_pages(client, kaart, org):
    # The Polish tree as wagtail-localize's tree sync builds it: aliases of every Dutch page.
    from wagtail.models import Locale

    pl = Locale.objects.create(language_code="pl")
    kaart.get_parent().specific.copy_for_translation(pl).save_revision().publish()  # a Polish home page
    kaart.copy_for_translation(pl, alias=True)
    org.copy_for_translation(pl, alias=True)
    vertaald = AanbodFactory(parent=org, title="Taalcafe")
    pl_aanbod = vertaald.copy_for_translation(pl)
    pl_aanbod.title = "Kawiarnia językowa"
    pl_aanbod.save_revision().publish()
    onvertaald = AanbodFactory(parent=org, title="Schuldhulpmaatje")
    onvertaald.create_alias(parent=org.get_translation(pl), update_locale=pl)

    # Polish content is found in Polish ...
    assert titels(client.get("/pl/kaart/zoeken/?q=Kawiarnia")) == ["Kawiarnia językowa"]
    # ... an untranslated page is found by its Dutch text, in the Polish tree (the fallback) ...
    fallback = client.get("/pl/kaart/zoeken/?q=Schuldhulpmaatje")
    assert titels(fallback) == ["Schuldhulpmaatje"]
    assert all(p.locale_id == pl.pk for p in fallback.context["resultaten"].object_list)
    # ... and Dutch readers never get the Polish pages.
    assert titels(client.get("/kaart/zoeken/?q=Kawiarnia")) == []


@pytest.mark.skipif(connection.vendor != "postgresql",
                    reason="Wagtail's PostgreSQL search backend ranks; on SQLite the map ranks in Python")
def test_postgres_search_finds_and_ranks_exactly_like_wagtail(client, org, kaart):
    from wagtail.models import Page

    from kaart.filters import SOORTEN
    from kaart.zoeken import postgres_rangorde

    AanbodFactory(parent=org, title="Koffie-ochtend", korte_beschrijving="Koffie en een praatje.")
    AanbodFactory(parent=org, title="Ontmoeten", korte_beschrijving="Elke week koffie drinken in de buurt.")
    ActiviteitFactory(parent=org, title="Koffie en koffie", korte_beschrijving="Nog meer koffie.")
    AanbodFactory(parent=org, title="Schuldhulp", korte_beschrijving="Hulp bij geldzorgen, met koffie.")
    VacatureFactory(parent=org, title="Gastvrouw", korte_beschrijving="Schenk koffie voor bezoekers.")
    AanbodFactory(parent=org, title="Thee-ochtend", korte_beschrijving="Thee en buurt.")
    wagtail = Page.objects.type(*SOORTEN.values())
    vragen = [("koffie", "and"), ("koffie buurt", "and"), ("hulp koffie", "or"), ("buurt ochtend", "and")]
    for woorden, operator in vragen:
        verwacht = [p.pk for p in wagtail.search(woorden, operator=operator)]
        assert list(postgres_rangorde(woorden.split(), operator, SOORTEN.values())) == verwacht
    # One word in the title and one in the body count as all words found, as Wagtail counts them.
    gevonden = titels(client.get("/kaart/zoeken/?q=ochtend+buurt"))
    assert "Thee-ochtend" in gevonden and "Koffie-ochtend" not in gevonden
