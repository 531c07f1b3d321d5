"""The readiness check section by section (issue 24: survivors of mutation testing).

What an editor reads when a chosen page or photo went missing, when a page was published after the
edition was saved or taken offline, about photos placed in the text column and their alt text, about
links to a host readers cannot open, and in which order the findings come.
"""

import math

import pytest

from publicatie.gereedheid import FOUT, INFO, WAARSCHUWING, controleer
from publicatie.inhoud import geometrie
from tests.fabrieken import EditieFactory, LeefArchiefFactory, VerhaalFactory, VerhalenIndexFactory, afbeelding

pytestmark = pytest.mark.django_db
PUNT_PER_INCH = 72


def _secties(bevindingen):
    """(level, text) of the findings about a section, in the order the editor reads them."""
    return [(b.niveau, b.tekst) for b in bevindingen if b.tekst.startswith("Sectie")]


def _in_de_kolom(foto, alt_text="Een foto"):
    return ("beeld", {"afbeelding": {"image": foto.pk, "alt_text": alt_text, "decorative": False},
                      "onderschrift": "", "paginabreed": False})


def _over_afbeeldingen(editie):
    return [(n, t) for n, t in _secties(controleer(editie)) if "afbeelding" in t]


def test_every_section_is_checked_after_a_missing_one_and_errors_come_first(opzet, home_page):
    """A deleted story, a story without portrait, a removed photo and an unpublished offering: each
    section is named, errors first, then warnings, then notes, whatever the order of the sections."""
    data, arch = opzet
    index = VerhalenIndexFactory(parent=home_page)
    weg = VerhaalFactory(parent=index, title="Weg")
    ans = VerhaalFactory(parent=index, title="Ans eet mee")
    foto = afbeelding("strand", 2600, 1800)
    e = EditieFactory(parent=arch, inhoud=[("verhaal", {"verhaal": weg.pk}), ("verhaal", {"verhaal": ans.pk}),
                                           _in_de_kolom(foto), ("aanbod", {"pagina": data["aanbod"].pk})])
    weg.delete()
    foto.delete()
    data["aanbod"].unpublish()
    assert _secties(controleer(e)) == [
        (FOUT, "Sectie 1: de gekozen pagina bestaat niet meer."),
        (FOUT, "Sectie 4: 'Buurtmaaltijd' is niet gepubliceerd."),
        (WAARSCHUWING, "Sectie 3: de afbeelding is verwijderd. In de PDF komt een grijs vlak."),
        (INFO, "Sectie 2: het verhaal heeft geen portret."),
    ]


def test_a_page_published_after_the_edition_was_saved_is_a_warning_until_it_goes_offline(opzet):
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=[("aanbod", {"pagina": data["aanbod"].pk}),
                                           ("aanbod", {"pagina": data["org"].pk})])
    assert _secties(controleer(e)) == []  # both published before the edition was saved
    data["aanbod"].save_revision().publish()
    assert _secties(controleer(e)) == [
        (WAARSCHUWING, "Sectie 1: 'Buurtmaaltijd' is gewijzigd nadat de editie is opgeslagen. Lees de tekst "
                       "opnieuw en sla de editie op.")]
    data["aanbod"].unpublish()
    assert _secties(controleer(e)) == [(FOUT, "Sectie 1: 'Buurtmaaltijd' is niet gepubliceerd.")]


def test_a_photo_in_the_text_column_is_as_wide_as_the_column_when_it_has_the_pixels(opzet, site):
    """Pixels for 300 ppi across the column: printed full width. Four fifths of them: printed
    smaller, and the editor reads how wide."""
    _data, arch = opzet
    px = math.ceil(300 * geometrie(site).tekstvlak[2] / PUNT_PER_INCH)
    genoeg = afbeelding("genoeg", px, px * 2 // 3)
    krap = afbeelding("krap", px * 4 // 5, px * 8 // 15)
    e = EditieFactory(parent=arch, inhoud=[_in_de_kolom(genoeg), _in_de_kolom(krap)])
    mm = int(px * 4 // 5 / 300 * 25.4)
    assert _over_afbeeldingen(e) == [
        (INFO, f"Sectie 2: afbeelding 'krap' wordt kleiner gedrukt ({mm} mm breed) om scherp te blijven.")]


def test_a_tall_photo_in_the_text_column_is_at_most_55_percent_of_the_type_area_high(opzet, site):
    """Pixels for 300 ppi over 55 % of the type area's height are enough for a photo twice as high as wide."""
    _data, arch = opzet
    px_hoog = math.ceil(300 * geometrie(site).tekstvlak[3] * 0.55 / PUNT_PER_INCH)
    toren = afbeelding("toren", px_hoog // 2 + 1, px_hoog)
    assert _over_afbeeldingen(EditieFactory(parent=arch, inhoud=[_in_de_kolom(toren)])) == []


def test_the_alt_text_given_in_the_section_counts_and_without_one_the_editor_is_warned(opzet):
    _data, arch = opzet
    met = afbeelding("met", 2600, 1800, alt="")  # neither has a description in the image library
    zonder = afbeelding("zonder", 2600, 1800, alt="")
    e = EditieFactory(parent=arch, inhoud=[_in_de_kolom(met, alt_text="Kinderen bouwen een zandkasteel."),
                                           _in_de_kolom(zonder, alt_text="")])
    assert _over_afbeeldingen(e) == [(WAARSCHUWING, "Sectie 2: de afbeelding 'zonder' heeft geen alt-tekst.")]


def test_links_to_a_host_readers_cannot_open_are_an_error(home_page):
    """A site without its public address in the print settings prints links and QR codes to localhost."""
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page),
                      inhoud=[("tekst", {"kop": "Welkom", "tekst": "<p>Hallo Zeedorp.</p>", "auteur": ""})])
    assert [b.tekst for b in controleer(e) if b.niveau == FOUT] == [
        "Links en QR-codes wijzen naar 'localhost'. Dat adres werkt niet voor lezers. Vul bij Instellingen > "
        "Drukinstellingen LEEF het openbare webadres in."]
