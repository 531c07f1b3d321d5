"""Stories in another language: relations follow the translation, not the Dutch row."""

import pytest

from tests.fabrieken import (
    AanbodFactory,
    KaartFactory,
    OrganisatieFactory,
    VerhaalFactory,
    VerhalenIndexFactory,
    dimensie,
)
from verhalen.verwant import verhalen_bij

pytestmark = pytest.mark.django_db


def vertaal(pagina, locale):
    kopie = pagina.specific.copy_for_translation(locale)
    kopie.save_revision().publish()
    kopie.refresh_from_db()
    return kopie.specific


def test_english_story_and_offering_find_each_other(client, home_page, locale_nl, locale_en):
    home_en = vertaal(home_page, locale_en)
    kaart = KaartFactory(parent=home_page, title="Kaart")
    org = OrganisatieFactory(parent=kaart, title="Welzijn Duinwijk", korte_beschrijving="Hulp en contact in de buurt.")
    maaltijd = AanbodFactory(parent=org, title="Buurtmaaltijd", dimensies=(),
                             wat_is_het="<p>Samen eten in het buurthuis.</p>",
                            )
    index = VerhalenIndexFactory(parent=home_page)
    verhaal = VerhaalFactory(parent=index, title="Ans eet mee", aanbod=[maaltijd], dimensies=("meedoen",))

    vertaal(kaart, locale_en)
    vertaal(org, locale_en)
    maaltijd_en = vertaal(maaltijd, locale_en)
    vertaal(index, locale_en)
    verhaal_en = vertaal(verhaal, locale_en)
    assert home_en.locale == locale_en

    # Offering (English) -> the English story; offering (Dutch) -> the Dutch story.
    assert [p.pk for p in verhalen_bij(maaltijd_en, locale_en, 6).items] == [verhaal_en.pk]
    assert [p.pk for p in verhalen_bij(maaltijd, locale_nl, 6).items] == [verhaal.pk]
    # Dimension rows point at the Dutch snippet, also in the English story.
    assert [p.pk for p in verhalen_bij(dimensie(sleutel="meedoen"), locale_en, 6).items] == [verhaal_en.pk]
    # The English story's next step is the English offering page.
    assert [p.pk for p in verhaal_en.volgende_stap()] == [maaltijd_en.pk]
    response = client.get(verhaal_en.url)
    assert response.status_code == 200
    assert maaltijd_en.url in response.content.decode()
    assert client.get(f"{verhaal_en.get_parent().url}?dimensie=meedoen").status_code == 200
