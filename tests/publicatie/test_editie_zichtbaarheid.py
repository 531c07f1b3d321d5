"""Issue 20, finding 5 (edition part): a restricted page chosen in an edition is neither printed
nor listed online; the editor gets a notice (the rule of leefmee.zichtbaarheid)."""

import pytest
from wagtail.models import PageViewRestriction

from publicatie.inhoud import online_inhoud, pdf_editie
from tests.fabrieken import EditieFactory, LeefArchiefFactory, gemengde_inhoud, kleine_kaart

pytestmark = pytest.mark.django_db


def _titels(secties):
    titels = []
    for sectie in secties:
        titels.append(getattr(sectie, "titel", ""))
        titels += [getattr(k, "titel", "") for k in getattr(sectie, "kaartjes", None) or []]
    return titels


@pytest.fixture
def opzet(home_page, site):
    data = kleine_kaart(home=home_page)
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page), inhoud=gemengde_inhoud(data))
    PageViewRestriction.objects.create(page=data["aanbod"], restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.create(page=data["vacature"], restriction_type=PageViewRestriction.PASSWORD,
                                       password="geheim")
    return data, e


def test_restricted_pages_chosen_in_an_edition_are_not_listed_online(opzet):
    data, e = opzet
    online = online_inhoud(e)
    assert data["org"] in online
    assert data["aanbod"] not in online and data["vacature"] not in online


def test_restricted_pages_chosen_in_an_edition_are_not_printed(opzet):
    data, e = opzet
    editie_data, _g, meldingen = pdf_editie(e)
    titels = _titels(editie_data.secties)
    assert data["org"].title in titels
    assert data["aanbod"].title not in titels and data["vacature"].title not in titels
    assert any("afgeschermd" in m for m in meldingen)


def test_restricted_activities_stay_out_of_the_printed_agenda(opzet):
    data, e = opzet
    PageViewRestriction.objects.create(page=data["activiteit"], restriction_type=PageViewRestriction.LOGIN)
    editie_data, _g, _meldingen = pdf_editie(e)
    assert data["activiteit"].title not in repr(editie_data.secties)


def test_readiness_check_names_each_restricted_chosen_page(opzet):
    from publicatie.gereedheid import FOUT, controleer

    data, e = opzet
    bevindingen = controleer(e)
    fouten = [b for b in bevindingen if b.niveau == FOUT and "afgeschermd" in b.tekst]
    assert {b.pagina.pk for b in fouten} == {data["aanbod"].pk, data["vacature"].pk}
    assert any(data["aanbod"].title in b.tekst for b in fouten)


def test_readiness_check_says_nothing_about_restriction_when_there_is_none(home_page, site):
    from publicatie.gereedheid import controleer

    data = kleine_kaart(home_page)
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page), inhoud=gemengde_inhoud(data))
    assert not [b for b in controleer(e) if "afgeschermd" in b.tekst]
