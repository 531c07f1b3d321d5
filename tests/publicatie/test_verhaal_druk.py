"""Stories, readiness and the rendered pages of an edition built from real pages (database)."""

import datetime as dt
import io
import re

import pikepdf
import pytest
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import Page, Site

from kaart.models import ActiviteitMoment
from publicatie.gereedheid import FOUT, INFO, controleer
from publicatie.models import DrukInstellingen
from publicatie.pdf.bouwer import bouw_editie_pdf
from tests.fabrieken import (
    EditieFactory,
    LeefArchiefFactory,
    OrganisatieFactory,
    VerhaalFactory,
    VerhalenIndexFactory,
    afbeelding,
    alinea,
    gemengde_inhoud,
    kleine_kaart,
)

from .drukcontrole import RESULTATEN, lege_delen

KWAAD = '<img src="/etc/passwd"/> <a href="https://kwaad.example/">klik</a> <font color="red">rood</font>'


@pytest.fixture
def opzet(home_page, site):
    druk = DrukInstellingen.for_site(site)
    druk.korte_url_basis = "leefmee-duinwijk.nl"
    druk.save()
    return kleine_kaart(home=home_page), LeefArchiefFactory(parent=home_page), VerhalenIndexFactory(parent=home_page)


def _tekst(data):
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_kop_van_een_partner_wordt_letterlijk_gedrukt_en_verhaal_zonder_portret_werkt(opzet, client, django_user_model):
    data, arch, index = opzet
    ans = VerhaalFactory(parent=index, title="Ans eet mee", body=[{"type": "kop", "value": KWAAD},
                                                     alinea(html=f"<p>{KWAAD.replace('<', '&lt;')}</p>")])
    assert ans.portret is None
    e = EditieFactory(parent=arch, inhoud=[("verhaal", {"verhaal": ans.pk}), *gemengde_inhoud(data)])
    inhoud, resultaat = bouw_editie_pdf(e, invariant=True)
    tekst = re.sub(r"\s+", "", _tekst(inhoud).replace("-\n", ""))
    assert tekst.count(re.sub(r"\s+", "", KWAAD)) == 2
    with pikepdf.open(io.BytesIO(inhoud)) as pdf:
        for pagina in pdf.pages:
            assert "/Annots" not in pagina.obj
            assert all(x.Subtype == "/Form" for x in (pagina.Resources.get("/XObject") or {}).values())
    # the editor's print proof of the same edition
    client.force_login(django_user_model.objects.create_superuser("r", "r@example.org", "Wachtwoord-voor-tests-1"))
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[e.pk])
    post = {"title": e.title, "slug": e.slug, "jaar": 2027, "kwartaal": 2, "inhoud-count": 0,
            "kopij_deadline": "2027-02-15"}
    assert client.post(url, post).status_code == 200
    response = client.get(url + "?mode=drukproef")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")


def test_gereedheid_localhost_is_een_fout(home_page, site):
    data = kleine_kaart(home=home_page)
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page), inhoud=gemengde_inhoud(data))
    fouten = [b.tekst for b in controleer(e) if b.niveau == FOUT]
    assert any("localhost" in t and "openbare webadres" in t for t in fouten)
    druk = DrukInstellingen.for_site(site)
    druk.korte_url_basis = "leefmee-duinwijk.nl"
    druk.save()
    assert not any("localhost" in b.tekst for b in controleer(e))
    inhoud, _r = bouw_editie_pdf(e, invariant=True)
    assert "localhost" not in _tekst(inhoud) and "leefmee-duinwijk.nl/l/" in _tekst(inhoud)


def test_gereedheid_andere_taal_en_afgekapte_agenda(opzet, locale_en):
    data, arch, _index = opzet
    engels = data["aanbod"].copy_for_translation(locale_en, copy_parents=True)
    engels.save_revision().publish()
    inhoud = [*gemengde_inhoud(data), ("aanbod", {"pagina": engels.pk})]
    inhoud[3] = ("agenda", {"kop": "Agenda", "uitsluiten": [], "maximaal": 1})
    ActiviteitMoment.objects.create(page=data["activiteit"], herhaling="eenmalig", datum=dt.date(2027, 5, 4),
                                    begintijd=dt.time(14))
    e = EditieFactory(parent=arch, inhoud=inhoud)
    fouten = [b.tekst for b in controleer(e) if b.niveau == FOUT]
    assert any("andere taal (en)" in t for t in fouten)
    assert any("de agenda heeft 2 regels" in t for t in fouten)
    tekst = _tekst(bouw_editie_pdf(e, invariant=True)[0])
    assert "nog 1 activiteiten meer" in tekst.replace("\n", " ")  # said in print, not silently dropped


def test_gereedheid_300_ppi_op_de_gedrukte_maat(opzet):
    data, arch, index = opzet
    klein = VerhaalFactory(parent=index, title="Klein portret", portret=afbeelding("klein", 480, 480, alt="Ans"))
    te_klein = VerhaalFactory(parent=index, title="Te klein", portret=afbeelding("mini", 200, 200, alt="Sem"))
    vol = afbeelding("vol", 2000, 1400, alt="Het strand")
    e = EditieFactory(parent=arch, inhoud=[("verhaal", {"verhaal": klein.pk}), ("verhaal", {"verhaal": te_klein.pk}),
                             ("beeld", {"afbeelding": {"image": vol.pk, "alt_text": "Strand", "decorative": False},
                                        "onderschrift": "Het strand", "paginabreed": True})])
    bevindingen = [(b.niveau, b.tekst) for b in controleer(e)]
    assert any(n == FOUT and "'mini'" in t and "300" in t for n, t in bevindingen)
    assert any(n == FOUT and "'vol'" in t for n, t in bevindingen)  # 2000 px over 216 mm: ~235 ppi
    assert not any(n == FOUT and "'klein'" in t for n, t in bevindingen)
    assert any(n == INFO and "'klein'" in t and "kleiner gedrukt" in t for n, t in bevindingen)


def test_partners_alleen_van_deze_gemeente(opzet, locale_nl):
    data, arch, _index = opzet
    root = Page.get_first_root_node()
    from home.models import HomePage

    kustmeer = root.add_child(instance=HomePage(title="Kustmeer", slug="kustmeer", locale=locale_nl))
    Site.objects.create(hostname="kustmeer.example", port=80, root_page=kustmeer)
    OrganisatieFactory(parent=kustmeer, title="Strandclub Kustmeer", slug="strandclub",
                       korte_beschrijving="De strandclub van Kustmeer.")
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    tekst = _tekst(bouw_editie_pdf(e, invariant=True)[0])
    assert "Buurthuis De Schelp" in tekst and "Strandclub Kustmeer" not in tekst


def test_elke_pagina_gerenderd_geen_pagina_meer_dan_een_derde_leeg(opzet):
    """Render every page with pdftoppm (PNGs kept in test-results/drukwerk/ to look at) and measure."""
    data, arch, index = opzet
    portret = afbeelding("ans", 1800, 1200, alt="Ans aan tafel in De Schelp")
    lang = [alinea(html="<p>" + "Ik woon al veertig jaar in Zeedorp. Op dinsdag eet ik mee. " * 12 + "</p>")] * 5
    ans = VerhaalFactory(parent=index, title="Ans eet elke dinsdag mee", portret=portret, body=lang, leeftijd=78)
    sem = VerhaalFactory(parent=index, title="Sem zorgt voor zijn moeder", voornaam="Sem", body=lang[:3])
    e = EditieFactory(parent=arch, inhoud=[("verhaal", {"verhaal": ans.pk}), ("verhaal", {"verhaal": sem.pk}),
                             *gemengde_inhoud(data)])
    inhoud, resultaat = bouw_editie_pdf(e, invariant=True)
    leeg = lege_delen(inhoud, RESULTATEN, "editie")
    assert len(leeg) == resultaat.paginas and len(leeg) % 4 == 0
    assert all(deel <= 1 / 3 for deel in leeg.values()), leeg
    tekst = _tekst(inhoud)
    assert "Ans aan tafel in De Schelp" in tekst  # the portrait's caption
    assert "localhost" not in tekst and "Aantekeningen" not in tekst
