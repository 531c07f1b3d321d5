import pytest
from django.urls import reverse

from home.models import HomePage, StandardPage
from kaart.models import Dimensie
from tests.fabrieken import BlogFactory, UserFactory, VerhaalFactory, VerhalenIndexFactory, publiceer

pytestmark = pytest.mark.django_db


def test_home_page_renders_with_the_six_dimensions(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Waar wil je meer over weten?" in html
    for dimensie in Dimensie.objects.filter(locale__language_code="nl"):
        assert dimensie.bewonersnaam in html
    # The shell: skip link, landmarks, a main navigation with a label.
    assert 'class="skiplink" href="#inhoud"' in html
    assert '<main id="inhoud"' in html
    assert 'aria-label="Hoofdmenu"' in html
    assert 'lang="nl"' in html


def test_home_page_renders_gracefully_without_stories_or_activities(client, home_page):
    html = client.get("/").content.decode()
    assert "Er staan nog geen verhalen op de site." in html
    assert "De komende vier weken staan er geen activiteiten in de agenda." in html


def test_home_page_shows_the_three_newest_stories_and_follows_publishing(client, home_page):
    import datetime


    index = VerhalenIndexFactory(parent=home_page)
    for dag in (1, 2, 3, 4):
        VerhaalFactory(parent=index, title=f"Verhaal van dag {dag}", datum=datetime.date(2026, 3, dag))
    BlogFactory(parent=index, title="Een blog", datum=datetime.date(2026, 3, 9))
    VerhaalFactory(parent=index, title="Een concept", datum=datetime.date(2026, 3, 9), publiceren=False)
    html = client.get("/").content.decode()
    assert html.index("Verhaal van dag 4") < html.index("Verhaal van dag 3") < html.index("Verhaal van dag 2")
    assert "Verhaal van dag 1" not in html and "Een blog" not in html and "Een concept" not in html

    VerhaalFactory(parent=index, title="Verhaal van dag 5", datum=datetime.date(2026, 3, 5))
    html = client.get("/").content.decode()
    assert "Verhaal van dag 5" in html and "Verhaal van dag 2" not in html


def test_standard_page_renders_its_body(client, home_page):
    publiceer(home_page, StandardPage(
        title="Privacy", slug="privacy", intro="Zo gaan we om met je gegevens.",
        body=[{"type": "kop", "value": "Wat bewaren we?"}, {"type": "alinea", "value": "<p>Je naam.</p>"}],
    ))
    response = client.get("/privacy/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h2>Wat bewaren we?</h2>" in html
    assert "Zo gaan we om met je gegevens." in html


def test_menu_lists_pages_marked_for_menus_only(client, home_page):
    publiceer(home_page, StandardPage(title="Over ons", slug="over", show_in_menus=True))
    publiceer(home_page, StandardPage(title="Verborgen", slug="verborgen", show_in_menus=False))
    html = client.get("/").content.decode()
    nav = html[html.index('aria-label="Hoofdmenu"'):]
    nav = nav[: nav.index("</nav>")]
    assert "Over ons" in nav
    assert "Verborgen" not in nav


def test_admin_login_renders(client, home_page):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="username"' in html and 'name="password"' in html and 'name="csrfmiddlewaretoken"' in html


def test_admin_dashboard_for_an_editor(client, home_page):
    user = UserFactory(username="ed", is_superuser=True, is_staff=True)
    client.force_login(user)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get(reverse("wagtailadmin_explore", args=[home_page.pk])).status_code == 200


def test_unknown_page_gives_a_dutch_404(client, home_page):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet (meer)" in response.content.decode()


class TestPageRules:
    def test_home_page_only_under_the_root(self, home_page):
        assert HomePage.can_create_at(home_page) is False
        assert StandardPage.can_create_at(home_page) is True
