"""Story sections of an edition in the print PDF, against the real verhalen.VerhaalPage."""

import io

from pypdf import PdfReader

from publicatie.gereedheid import controleer
from publicatie.models import KorteLink
from publicatie.pdf.bouwer import bouw_editie_pdf
from publicatie.templatetags.publicatie_tags import verschenen_in
from publicatie.views import markeer_verschenen
from tests.fabrieken import (
    EditieFactory,
    LeefArchiefFactory,
    VerhaalFactory,
    VerhalenIndexFactory,
    afbeelding,
    gemengde_inhoud,
    kleine_kaart,
    openbaar_webadres,
)


def test_verhaal_in_pdf_met_portret_citaat_en_qr(home_page, site):
    openbaar_webadres(site)
    data = kleine_kaart(home=home_page)
    portret = afbeelding("ans", 1800, 1200, alt="Ans aan tafel")
    ans = VerhaalFactory(parent=VerhalenIndexFactory(parent=home_page), title="Ans eet elke dinsdag mee",
                         voornaam="Ans", leeftijd=78,
                         portret=portret)
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page), inhoud=[("verhaal", {"verhaal": ans.pk}),
                                                                           *gemengde_inhoud(data)])
    inhoud, resultaat = bouw_editie_pdf(e, invariant=True)
    reader = PdfReader(io.BytesIO(inhoud))
    tekst = "\n".join(p.extract_text() for p in reader.pages)
    assert "Ans eet elke dinsdag mee" in tekst and "Ans (78)" in tekst and "Ik kijk er elke week naar uit" in tekst
    code = KorteLink.objects.get(pagina=ans).code
    pagina_met_qr = [p for p in reader.pages if f"/FormXob.qr_{code}" in (p["/Resources"].get("/XObject") or {})]
    assert len(pagina_met_qr) == 1 and f"leefmee-duinwijk.nl/l/{code}" in pagina_met_qr[0].extract_text()
    assert not resultaat.meldingen


def test_gereedheid_portret_zonder_alt_en_ongepubliceerd(home_page):
    portret = afbeelding("ans", 300, 200, alt="")
    ans = VerhaalFactory(parent=VerhalenIndexFactory(parent=home_page), portret=portret, publiceren=False)
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page), inhoud=[("verhaal", {"verhaal": ans.pk})])
    teksten = " ".join(b.tekst for b in controleer(e))
    assert "niet gepubliceerd" in teksten and "geen alt-tekst" in teksten and "te klein voor druk" in teksten


def test_verschenen_in_op_verhaal(home_page):
    ans = VerhaalFactory(parent=VerhalenIndexFactory(parent=home_page))
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page), inhoud=[("verhaal", {"verhaal": ans.pk})])
    markeer_verschenen(e)
    assert [x.pk for x in verschenen_in(ans)["edities"]] == [e.pk]


def test_een_verhaal_gaat_pas_naar_de_drukker_met_vastgelegde_toestemming(home_page):
    from publicatie.gereedheid import FOUT

    index = VerhalenIndexFactory(parent=home_page)
    zonder = VerhaalFactory(parent=index, voornaam="Els", toestemming_op=None)
    met = VerhaalFactory(parent=index, voornaam="Sem")
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page), inhoud=[("verhaal", {"verhaal": zonder.pk}),
                                                                           ("verhaal", {"verhaal": met.pk})])
    fouten = [b.tekst for b in controleer(e) if b.niveau == FOUT and "toestemming" in b.tekst]
    assert fouten == ["Sectie 1: de toestemming van Els voor publicatie is niet vastgelegd. Vul in het verhaal "
                      "'Toestemming gegeven op' in."]
