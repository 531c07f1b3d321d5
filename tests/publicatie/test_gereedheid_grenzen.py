"""The readiness check's rules at their edges (issue 24: mutants that no test killed).

Each test states what an editor sees in the readiness list for one situation of the edition.
"""

import datetime as dt

import pytest
import time_machine

from publicatie.gereedheid import FOUT, INFO, TEKENS_PER_PAGINA, WAARSCHUWING, controleer
from tests.fabrieken import (
    EditieFactory,
    LeefArchiefFactory,
    VerhaalFactory,
    VerhalenIndexFactory,
    afbeelding,
    alinea,
    kleine_kaart,
    openbaar_webadres,
)

DEADLINE = dt.date(2027, 2, 15)  # the copy deadline: EditieFactory's default, given explicitly by `editie`


@pytest.fixture
def opzet(home_page, site):
    openbaar_webadres(site)
    return kleine_kaart(home_page), LeefArchiefFactory(parent=home_page)


def editie(archief, **velden):
    """An edition in `archief` whose copy deadline is DEADLINE unless a test gives another."""
    velden.setdefault("kopij_deadline", DEADLINE)
    return EditieFactory(parent=archief, **velden)


def verhaal(home_page, **velden):
    return VerhaalFactory(parent=VerhalenIndexFactory(parent=home_page), **velden)


def _meldingen(bevindingen, niveau=None):
    return [b.tekst for b in bevindingen if niveau is None or b.niveau == niveau]


def _bevat(bevindingen, niveau, stukje):
    return any(stukje in t for t in _meldingen(bevindingen, niveau))


def test_a_live_page_with_unpublished_changes_is_a_warning(opzet):
    data, arch = opzet
    e = editie(arch, inhoud=[("aanbod", {"pagina": data["aanbod"].pk})])
    concept = data["aanbod"].get_latest_revision_as_object()
    concept.korte_beschrijving = "Nieuwe tekst die nog niet online staat."
    concept.save_revision()
    bevindingen = controleer(e)
    assert _bevat(bevindingen, WAARSCHUWING, "'Buurtmaaltijd' heeft wijzigingen die nog niet gepubliceerd zijn")
    assert not _bevat(bevindingen, FOUT, "niet gepubliceerd")


def test_a_page_without_unpublished_changes_gets_no_such_warning(opzet):
    data, arch = opzet
    e = editie(arch, inhoud=[("aanbod", {"pagina": data["aanbod"].pk})])
    assert not any("nog niet gepubliceerd" in t for t in _meldingen(controleer(e)))


@pytest.mark.parametrize("soort, veld", [("aanbod", "pagina"), ("verhaal", "verhaal")])
def test_a_deleted_chosen_page_is_an_error(opzet, home_page, soort, veld):
    data, arch = opzet
    pagina = data["aanbod"] if soort == "aanbod" else verhaal(home_page)
    e = editie(arch, inhoud=[(soort, {veld: pagina.pk})])
    pagina.delete()
    bevindingen = controleer(e)
    assert _meldingen(bevindingen, FOUT) == ["Sectie 1: de gekozen pagina bestaat niet meer."]


def test_an_edition_without_content_is_an_error(opzet):
    _data, arch = opzet
    bevindingen = controleer(editie(arch, inhoud=[]))
    assert _meldingen(bevindingen, FOUT) == ["De editie heeft nog geen inhoud."]


@pytest.mark.parametrize(
    ("vandaag", "melding"),
    [
        (DEADLINE - dt.timedelta(days=10), "Nog 10 dagen tot de deadline voor kopij"),
        (DEADLINE, "Nog 0 dagen tot de deadline voor kopij"),
        (DEADLINE + dt.timedelta(days=1), "De deadline voor kopij is verstreken"),
    ],
)
def test_the_copy_deadline_counts_down_and_then_has_passed(vandaag, opzet, melding):
    data, arch = opzet
    e = editie(arch, inhoud=[("aanbod", {"pagina": data["aanbod"].pk})])
    info = _meldingen(controleer(e, vandaag=vandaag), INFO)
    assert [t for t in info if "deadline" in t] == [t for t in info if t.startswith(melding)]
    assert any(t.startswith(melding) for t in info)


def test_without_a_date_the_deadline_is_compared_with_today(opzet):
    data, arch = opzet
    e = editie(arch, inhoud=[("aanbod", {"pagina": data["aanbod"].pk})])
    with time_machine.travel(dt.datetime(2027, 2, 10, 12, tzinfo=dt.UTC), tick=False):
        assert _bevat(controleer(e), INFO, "Nog 5 dagen tot de deadline voor kopij")


def test_no_deadline_is_a_warning(opzet):
    data, arch = opzet
    e = editie(arch, inhoud=[("aanbod", {"pagina": data["aanbod"].pk})], kopij_deadline=None)
    assert _bevat(controleer(e), WAARSCHUWING, "Er is nog geen deadline voor kopij.")


def test_findings_come_errors_first_then_warnings_then_info(opzet):
    data, arch = opzet
    e = editie(arch, inhoud=[("aanbod", {"pagina": data["aanbod"].pk})], kopij_deadline=None)
    data["aanbod"].unpublish()
    niveaus = [b.niveau for b in controleer(e, vandaag=DEADLINE)]
    assert FOUT in niveaus and WAARSCHUWING in niveaus
    assert niveaus == sorted(niveaus, key=[FOUT, WAARSCHUWING, INFO].index)


def test_a_story_without_portrait_or_consent_and_a_long_text(opzet, home_page):
    data, arch = opzet
    lang = "<p>" + "Ik eet mee. " * (2 * TEKENS_PER_PAGINA // 12 + 10) + "</p>"
    ans = verhaal(home_page, title="Ans eet mee", body=[alinea(lang)], toestemming_op=None)
    e = editie(arch, inhoud=[("verhaal", {"verhaal": ans.pk})])
    bevindingen = controleer(e)
    assert _bevat(bevindingen, INFO, "Sectie 1: het verhaal heeft geen portret.")
    assert _bevat(bevindingen, FOUT, "de toestemming van Ans voor publicatie is niet vastgelegd")
    assert _bevat(bevindingen, WAARSCHUWING, "het verhaal is lang (ongeveer 3 pagina's)")
    assert _bevat(bevindingen, INFO, "Verhalen samen: ongeveer 3 pagina's tekst.")


def test_a_short_story_with_consent_is_not_called_long(opzet, home_page):
    data, arch = opzet
    ans = verhaal(home_page, title="Ans eet mee")
    bevindingen = controleer(editie(arch, inhoud=[("verhaal", {"verhaal": ans.pk})]))
    assert not _bevat(bevindingen, FOUT, "toestemming")
    assert not _bevat(bevindingen, WAARSCHUWING, "het verhaal is lang")
    assert _bevat(bevindingen, INFO, "Verhalen samen: ongeveer 1 pagina's tekst.")


def test_a_removed_photo_is_a_warning(opzet):
    _data, arch = opzet
    foto = afbeelding("strand", 2600, 3600)
    e = editie(arch, inhoud=[("beeld", {"afbeelding": {"image": foto.pk, "alt_text": "", "decorative": False},
                                        "onderschrift": "Het strand", "paginabreed": False})])
    foto.delete()
    assert _bevat(controleer(e), WAARSCHUWING, "Sectie 1: de afbeelding is verwijderd.")


@pytest.mark.parametrize(("breedte", "hoogte", "te_klein"), [(2600, 3600, False), (300, 200, True)])
def test_a_photo_in_the_text_column_needs_enough_pixels(opzet, breedte, hoogte, te_klein):
    _data, arch = opzet
    foto = afbeelding("foto", breedte, hoogte, alt="Een foto")
    e = editie(arch, inhoud=[("beeld", {"afbeelding": {"image": foto.pk, "alt_text": "", "decorative": False},
                                        "onderschrift": "Een foto", "paginabreed": False})])
    bevindingen = controleer(e)
    assert _bevat(bevindingen, FOUT, "te klein voor druk") is te_klein
    assert not _bevat(bevindingen, WAARSCHUWING, "alt-tekst")


def test_a_decorative_photo_needs_no_alt_text(opzet):
    _data, arch = opzet
    foto = afbeelding("versiering", 2600, 3600, alt="")
    e = editie(arch, inhoud=[("beeld", {"afbeelding": {"image": foto.pk, "alt_text": "", "decorative": True},
                                        "onderschrift": "", "paginabreed": True})])
    assert not _bevat(controleer(e), WAARSCHUWING, "alt-tekst")
