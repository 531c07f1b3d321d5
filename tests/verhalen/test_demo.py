"""The demo stories, blogs and articles: idempotent, and linked to kaart's demo pages when present."""

import pytest
from wagtail.images import get_image_model

from tests.fabrieken import AanbodFactory, ActiviteitFactory, KaartFactory, LevensvraagFactory, OrganisatieFactory
from verhalen import demo
from verhalen.models import ArtikelPage, BlogPage, VerhaalPage
from verhalen.verwant import artikelen_bij, verhalen_bij

pytestmark = pytest.mark.django_db


@pytest.fixture
def context(home_page):
    kaart = KaartFactory(parent=home_page, title="Kaart")
    org = OrganisatieFactory(parent=kaart, title="Welzijn Duinwijk", korte_beschrijving="Hulp en contact in de buurt.")
    return {
        "home": home_page,
        "organisaties": {"welzijn-duinwijk": org},
        "aanbod": {"buurtkamer": AanbodFactory(parent=org, title="Buurtmaaltijd Zeedorp", dimensies=(),
                                               wat_is_het="<p>Samen eten in het buurthuis.</p>")},
        "activiteiten": {"taalcafe": ActiviteitFactory(parent=org, title="Taalcafé", dimensies=(), momenten=())},
        "vragen": {"ik-voel-me-vaak-alleen": LevensvraagFactory(slug="ik-voel-me-alleen",
                                                                naam="Ik voel me vaak alleen")},
    }


def tel():
    return (VerhaalPage.objects.count(), BlogPage.objects.count(), ArtikelPage.objects.count(),
            get_image_model().objects.count())


def test_demo_is_idempotent_and_covers_all_six_dimensions(context):
    demo.laad(dict(context))
    eerste = tel()
    assert eerste[:3] == (10, 5, 6)
    demo.laad(dict(context))
    assert tel() == eerste
    sleutels = {k.dimensie.sleutel for v in VerhaalPage.objects.all() for k in v.dimensie_koppelingen.all()}
    assert sleutels == {"lichaam", "mentaal", "zingeving", "kwaliteit", "meedoen", "dagelijks"}
    assert all(v.portret and v.portret_alt_tekst for v in VerhaalPage.objects.all())
    assert all(v.leesbaarheid.niveau == "goed" for v in VerhaalPage.objects.all())  # the demo is B1 itself


def test_demo_links_to_kaart_pages_from_the_context(context, locale_nl):
    demo.laad(context)
    anouk = VerhaalPage.objects.get(slug="anouk-eet-mee-bij-de-buurtmaaltijd")
    assert [p.pk for p in anouk.volgende_stap()] == [context["aanbod"]["buurtkamer"].pk]
    org = context["organisaties"]["welzijn-duinwijk"]
    assert [k.organisatie_id for k in anouk.organisatie_koppelingen.all()] == [org.pk]
    sectie = verhalen_bij(context["aanbod"]["buurtkamer"], locale_nl, 6)
    assert "Anouk (29) eet elke dinsdag mee bij de buurtmaaltijd" in [p.title for p in sectie.items]
    assert [p.title for p in artikelen_bij(context["vragen"]["ik-voel-me-vaak-alleen"], locale_nl, 6).items] == [
        "Eenzaam? Zo kom je in contact met anderen"
    ]
    assert context["verhalen_index"].show_in_menus and context["informatie_index"].show_in_menus


def test_demo_without_kaart_content_skips_the_links(home_page, client):
    demo.laad({"home": home_page})
    anouk = VerhaalPage.objects.get(slug="anouk-eet-mee-bij-de-buurtmaaltijd")
    assert anouk.aanbod_ids() == []
    assert client.get(anouk.url).status_code == 200
    assert client.get("/verhalen/").status_code == 200
    assert client.get("/informatie/").status_code == 200
