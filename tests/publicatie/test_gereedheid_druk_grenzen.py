"""The readiness check's print rules at their edges (issue 24: survivors of mutation testing).

What an editor reads in the readiness list about photo resolution, photos printed smaller, the
length of the stories together, pages in another language and an agenda that does not fit.
"""

import datetime as dt
import math

import pytest

from kaart.models import ActiviteitMoment
from publicatie.gereedheid import FOUT, INFO, TEKENS_PER_PAGINA, controleer
from publicatie.inhoud import geometrie
from publicatie.models import DrukInstellingen, EditiePage
from tests.fabrieken import (
    ActiviteitFactory,
    EditieFactory,
    LeefArchiefFactory,
    VerhaalFactory,
    VerhalenIndexFactory,
    afbeelding,
    alinea,
    kleine_kaart,
    openbaar_webadres,
    wat_hielp_mij,
)

pytestmark = pytest.mark.django_db
PUNT_PER_INCH = 72


@pytest.fixture
def opzet(home_page, site):
    openbaar_webadres(site)
    return (kleine_kaart(home_page), LeefArchiefFactory(parent=home_page), VerhalenIndexFactory(parent=home_page),
            geometrie(site))


def _teksten(bevindingen, niveau):
    return [b.tekst for b in bevindingen if b.niveau == niveau]


def _paginabreed(foto):
    return ("beeld", {"afbeelding": {"image": foto.pk, "alt_text": "Het strand", "decorative": False},
                      "onderschrift": "Het strand", "paginabreed": True})


@pytest.mark.parametrize(("ppi", "te_klein"), [(300, False), (299, True)])
def test_a_full_page_photo_needs_300_ppi_at_the_bleed_size(opzet, ppi, te_klein):
    """Just enough pixels for 300 ppi across the bleed width is fine; 1 ppi less is an error."""
    _data, arch, _index, g = opzet
    breedte_pt, hoogte_pt = g.afloop_maat
    px = math.ceil(ppi * breedte_pt / PUNT_PER_INCH) if not te_klein else math.floor(ppi * breedte_pt / PUNT_PER_INCH)
    foto = afbeelding("strand", px, math.ceil(2 * px * hoogte_pt / breedte_pt))  # the width decides
    fouten = _teksten(controleer(EditieFactory(parent=arch, inhoud=[_paginabreed(foto)])), FOUT)
    assert [t for t in fouten if "te klein voor druk" in t] == (
        [f"Sectie 1: afbeelding 'strand' is te klein voor druk ({int(px * PUNT_PER_INCH / breedte_pt)} ppi op de "
         "gedrukte maat, minimaal 300). Lever een foto met meer pixels aan."] if te_klein else [])


def _verhaal_met_portret(index, px_breed, px_hoog):
    portret = afbeelding("ans", px_breed, px_hoog, alt="Ans aan tafel")
    return VerhaalFactory(parent=index, title="Ans eet mee", portret=portret)


def test_a_portrait_with_pixels_to_spare_is_printed_at_its_full_size(opzet):
    _data, arch, index, g = opzet
    breedte_pt, hoogte_pt = g.portret_maat
    px = math.ceil(300 * breedte_pt / PUNT_PER_INCH)
    ans = _verhaal_met_portret(index, px, math.ceil(2 * px * hoogte_pt / breedte_pt))
    bevindingen = controleer(EditieFactory(parent=arch, inhoud=[("verhaal", {"verhaal": ans.pk})]))
    assert not [t for t in _teksten(bevindingen, INFO) if "kleiner gedrukt" in t]
    assert not [t for t in _teksten(bevindingen, FOUT) if "te klein" in t]


def test_a_portrait_one_point_short_of_pixels_is_printed_smaller_and_says_how_wide(opzet):
    """A portrait with pixels for 300 ppi over 1 pt less than its box is printed 1 pt narrower: the
    editor reads that (and the width in mm), and it is no error."""
    _data, arch, index, g = opzet
    breedte_pt, hoogte_pt = g.portret_maat
    px = round((breedte_pt - 1) * 300 / PUNT_PER_INCH)
    ans = _verhaal_met_portret(index, px, 2 * px)
    bevindingen = controleer(EditieFactory(parent=arch, inhoud=[("verhaal", {"verhaal": ans.pk})]))
    mm = int(px / 300 * 25.4)
    assert [t for t in _teksten(bevindingen, INFO) if "kleiner gedrukt" in t] == [
        f"Sectie 1: afbeelding 'ans' wordt kleiner gedrukt ({mm} mm breed) om scherp te blijven."]
    assert not [t for t in _teksten(bevindingen, FOUT) if "te klein" in t]


def _tekst_van(tekens):
    return "<p>" + "x" * tekens + "</p>"


def test_the_stories_together_count_every_paragraph_of_every_story(opzet):
    """4,000 + 3,000 characters of paragraphs is about 2 pages; the other blocks do not count."""
    data, arch, index, _g = opzet
    ans = VerhaalFactory(parent=index, title="Ans", body=[alinea(_tekst_van(2000)), alinea(_tekst_van(2000))],
                         aanbod=[data["aanbod"]])
    sem = VerhaalFactory(parent=index, title="Sem", voornaam="Sem", body=[alinea(_tekst_van(3000))])
    e = EditieFactory(parent=arch, inhoud=[("verhaal", {"verhaal": ans.pk}), ("verhaal", {"verhaal": sem.pk})])
    samen = [t for t in _teksten(controleer(e), INFO) if t.startswith("Verhalen samen")]
    assert samen == ["Verhalen samen: ongeveer 2 pagina's tekst."]


@pytest.mark.parametrize(("tekens", "paginas"), [(TEKENS_PER_PAGINA // 2, 1), (TEKENS_PER_PAGINA + 100, 2)])
def test_the_stories_together_are_rounded_up_to_whole_pages(opzet, tekens, paginas):
    _data, arch, index, _g = opzet
    ans = VerhaalFactory(parent=index, title="Ans", body=[alinea(_tekst_van(tekens))])
    samen = [t for t in _teksten(controleer(EditieFactory(parent=arch, inhoud=[("verhaal", {"verhaal": ans.pk})])),
                                 INFO) if t.startswith("Verhalen samen")]
    assert samen == [f"Verhalen samen: ongeveer {paginas} pagina's tekst."]


def test_without_stories_there_is_no_story_length(opzet):
    data, arch, _index, _g = opzet
    e = EditieFactory(parent=arch, inhoud=[("aanbod", {"pagina": data["aanbod"].pk})])
    assert not [b for b in controleer(e) if "Verhalen samen" in b.tekst]


@pytest.mark.parametrize(("tekens", "lang"), [(2 * TEKENS_PER_PAGINA, False), (2 * TEKENS_PER_PAGINA + 1, True)])
def test_a_story_is_long_above_two_pages(opzet, tekens, lang):
    _data, arch, index, _g = opzet
    ans = VerhaalFactory(parent=index, title="Ans", body=[alinea(_tekst_van(tekens)), wat_hielp_mij()])
    bevindingen = controleer(EditieFactory(parent=arch, inhoud=[("verhaal", {"verhaal": ans.pk})]))
    assert [b.tekst for b in bevindingen if "is lang" in b.tekst] == (
        ["Sectie 1: het verhaal is lang (ongeveer 3 pagina's). Kort het in of kies een ander verhaal."] if lang else [])


def test_only_the_page_in_another_language_is_named_with_its_section(opzet, locale_en):
    data, arch, _index, _g = opzet
    engels = data["aanbod"].copy_for_translation(locale_en, copy_parents=True)
    engels.save_revision().publish()
    e = EditieFactory(parent=arch, inhoud=[("aanbod", {"pagina": data["aanbod"].pk}),
                                           ("aanbod", {"pagina": engels.pk})])
    taal = [b for b in controleer(e) if "andere taal" in b.tekst]
    assert [(b.niveau, b.tekst, b.pagina) for b in taal] == [
        (FOUT, "Sectie 2: 'Buurtmaaltijd' is in een andere taal (en) dan de editie. Kies de pagina in de taal van "
               "de editie.", engels)]


def _agenda(**waarde):
    return ("agenda", {"kop": "Agenda", "uitsluiten": [], **waarde})


def _agendafouten(arch, *inhoud):
    """The agenda errors of the edition (one per quarter: the same page each time) with this content."""
    e = EditiePage.objects.child_of(arch).first() or EditieFactory(parent=arch)
    e.inhoud = [{"type": soort, "value": waarde} for soort, waarde in inhoud]
    return [t for t in _teksten(controleer(e), FOUT) if "agenda" in t]


def test_an_agenda_that_just_fits_is_fine_and_one_line_more_is_an_error(opzet):
    """The map's weekly coffee morning and one extra date: two lines in the agenda."""
    data, arch, _index, _g = opzet
    ActiviteitMoment.objects.create(page=data["activiteit"], herhaling="eenmalig", datum=dt.date(2027, 5, 4),
                                    begintijd=dt.time(14))
    assert _agendafouten(arch, _agenda(maximaal=2)) == []
    assert _agendafouten(arch, ("tekst", {"kop": "Inleiding", "tekst": "<p>Welkom.</p>", "auteur": ""}),
                         _agenda(maximaal=1)) == [
        "Sectie 2: de agenda heeft 2 regels, maar er mogen er 1 in. Verhoog het maximum of sluit activiteiten uit; "
        "anders valt er een deel weg."]


def test_excluded_activities_do_not_count_for_the_agenda(opzet):
    data, arch, _index, _g = opzet
    op_4_mei = {"herhaling": "eenmalig", "datum": dt.date(2027, 5, 4), "begintijd": dt.time(14)}
    extra = ActiviteitFactory(parent=data["org"], title="Strandwandeling", dimensies=(), momenten=[op_4_mei])
    assert len(_agendafouten(arch, _agenda(maximaal=1))) == 1
    assert _agendafouten(arch, _agenda(maximaal=1, uitsluiten=[{"type": "item", "value": extra.pk}])) == []
    assert _agendafouten(arch, _agenda(maximaal=1, uitsluiten=[extra.pk])) == []


def test_an_agenda_without_a_maximum_holds_40_lines(opzet):
    data, arch, _index, _g = opzet
    eerste = dt.date(2027, 4, 1)
    ActiviteitMoment.objects.bulk_create(
        ActiviteitMoment(page=data["activiteit"], herhaling="eenmalig", datum=eerste + dt.timedelta(days=n),
                         begintijd=dt.time(14)) for n in range(39))
    assert _agendafouten(arch, _agenda()) == []  # the weekly morning and 39 dates
    ActiviteitMoment.objects.create(page=data["activiteit"], herhaling="eenmalig", datum=dt.date(2027, 6, 1),
                                    begintijd=dt.time(15))
    assert _agendafouten(arch, _agenda()) == [
        "Sectie 1: de agenda heeft 41 regels, maar er mogen er 40 in. Verhoog het maximum of sluit activiteiten uit; "
        "anders valt er een deel weg."]


def test_the_minimum_resolution_is_the_print_settings(opzet, site):
    """A print shop that asks 200 ppi: a portrait with pixels for 250 ppi is printed at its full
    size, and a full-page photo at 199 ppi is an error that names 200."""
    _data, arch, index, _g = opzet
    druk = DrukInstellingen.for_site(site)
    druk.min_dpi = 200
    druk.save()
    g = geometrie(site)
    breedte_pt, hoogte_pt = g.portret_maat
    px = math.ceil(250 * breedte_pt / PUNT_PER_INCH)
    ans = _verhaal_met_portret(index, px, 2 * px)
    breed = math.floor(199 * g.afloop_maat[0] / PUNT_PER_INCH)
    foto = afbeelding("strand", breed, 2 * breed)
    bevindingen = controleer(EditieFactory(parent=arch, inhoud=[("verhaal", {"verhaal": ans.pk}),
                                                                _paginabreed(foto)]))
    assert not [t for t in _teksten(bevindingen, INFO) if "kleiner gedrukt" in t]
    assert [t for t in _teksten(bevindingen, FOUT) if "te klein" in t] == [
        f"Sectie 2: afbeelding 'strand' is te klein voor druk ({int(breed * PUNT_PER_INCH / g.afloop_maat[0])} ppi "
        "op de gedrukte maat, minimaal 200). Lever een foto met meer pixels aan."]
