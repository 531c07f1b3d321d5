"""`load_demo` builds the demo municipality and is idempotent (the one test that loads it a second time)."""

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, Revision, Site
from wagtail.snippets.models import get_snippet_models

from leefmee.models import SiteInstellingen

pytestmark = pytest.mark.usefixtures("demo", "db")


def tel_alles():
    counts = {"pages": Page.objects.count(), "sites": Site.objects.count()}
    for model in get_snippet_models():
        counts[model._meta.label] = model.objects.count()
    # The rows inside pages (opening hours, dates, taxonomy links): a second load replaces them, never adds.
    for label in ("kaart.Openingstijd", "kaart.ActiviteitMoment", "kaart.AanbodVraag", "kaart.OrganisatieGebied",
                  "kaart.AanbodDimensie", "verhalen.VerhaalDimensie"):
        counts[label] = apps.get_model(label).objects.count()
    counts["users"] = apps.get_model("auth", "User").objects.count()
    return counts


def laad_demo(capture):
    # wagtail-localize publishes translations on commit; run those callbacks as a real commit would.
    with capture(execute=True):
        call_command("load_demo", "--skip-index", verbosity=0)


def test_load_demo_twice_gives_the_same_site(client, django_capture_on_commit_callbacks):
    eerste = tel_alles()  # after the folder's load (conftest.demo)
    revisies = Revision.objects.count()
    laad_demo(django_capture_on_commit_callbacks)
    assert tel_alles() == eerste
    assert Revision.objects.count() >= revisies  # editors' history is kept, never rewritten

    site = Site.objects.get(is_default_site=True)
    instellingen = SiteInstellingen.for_site(site)
    assert instellingen.gemeente_naam == "Gemeente Duinwijk"
    assert client.get("/").status_code == 200
    assert client.get("/privacy/").status_code == 200
    # The demo languages have a page tree; the home page is translated, other pages are aliases.
    en = client.get("/en/")
    assert en.status_code == 200
    assert "What would you like to know more about?" in en.content.decode()
    assert client.get("/en/privacy/").status_code == 200
    ar = client.get("/ar/").content.decode()
    assert 'dir="rtl"' in ar
    assert "عن ماذا تريد أن تعرف أكثر؟" in ar
    # Configured languages without a translated home page do not appear.
    assert client.get("/tr/").status_code == 404


def test_demo_stories_and_questions_stay_translated_after_the_commit(client):
    # Turning an alias into a translation queues a publish of the Dutch copy on commit; the
    # English text must still be what is live once those callbacks have run (conftest.demo runs them).
    verhaal = client.get("/en/verhalen/sem-zorgt-voor-zijn-moeder/")
    assert verhaal.status_code == 200
    assert "Sem (16) cares for his mother" in verhaal.content.decode()
    assert "zorgt voor zijn moeder" not in verhaal.context["page"].title
    # Untranslated stories remain aliases that show the Dutch text.
    assert "Henk (52) had schulden" in client.get("/en/verhalen/henk-vond-hulp-bij-zijn-schulden/").content.decode()

    from kaart.models import Levensvraag

    engels = Levensvraag.objects.get(slug="ik-heb-geldzorgen", locale__language_code="en")
    assert str(engels) == "I have money worries"


def test_demo_accounts_can_log_in(client):
    from home.demo import DEMO_BEHEERDER, DEMO_REDACTEUR

    for username, password in (DEMO_REDACTEUR, DEMO_BEHEERDER):
        assert client.login(username=username, password=password), username
        assert client.get("/admin/").status_code == 200
        client.logout()
