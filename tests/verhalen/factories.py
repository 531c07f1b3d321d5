"""Test data for stories, blogs and articles, and the few map pages they link to."""

import datetime
import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from kaart.models import AanbodPage, ActiviteitPage, Dimensie, KaartPage, Levensvraag, OrganisatiePage
from tests.factories import publiceer
from verhalen.models import (
    ArtikelAanbod,
    ArtikelDimensie,
    ArtikelPage,
    ArtikelVraag,
    BlogDimensie,
    BlogPage,
    BlogVraag,
    InformatieIndexPage,
    VerhaalDimensie,
    VerhaalOrganisatie,
    VerhaalPage,
    VerhaalVraag,
    VerhalenIndexPage,
)

_teller = {"n": 0}


def _volgende():
    _teller["n"] += 1
    return _teller["n"]


def dimensie(sleutel="meedoen"):
    return Dimensie.objects.get(sleutel=sleutel, locale__language_code="nl")


def vraag(slug="ik-voel-me-alleen", naam="Ik voel me vaak alleen", sleutel="meedoen"):
    return Levensvraag.objects.get_or_create(
        slug=slug, locale=dimensie(sleutel).locale, defaults={"naam": naam, "dimensie": dimensie(sleutel)}
    )[0]


def afbeelding(titel="Portret", beschrijving="Getekend portret met de letter A"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (60, 60), "#a34d00").save(buffer, "PNG")
    return get_image_model().objects.create(
        title=titel, description=beschrijving, file=ImageFile(buffer, name=f"portret-{_volgende()}.png")
    )


def kaart(home):
    return publiceer(home, KaartPage(title="Kaart", slug="kaart"))


def organisatie(kaart_pagina, titel="Welzijn Duinwijk"):
    return publiceer(kaart_pagina, OrganisatiePage(
        title=titel, slug=f"org-{_volgende()}", korte_beschrijving="Hulp en contact in de buurt.",
    ))


def aanbod(org, titel="Buurtmaaltijd", **velden):
    return publiceer(org, AanbodPage(
        title=titel, slug=f"aanbod-{_volgende()}", korte_beschrijving=f"{titel}: samen eten.",
        wat_is_het="<p>Samen eten in het buurthuis.</p>", **velden,
    ))


def activiteit(org, titel="Taalcafé"):
    return publiceer(org, ActiviteitPage(
        title=titel, slug=f"activiteit-{_volgende()}", korte_beschrijving=f"{titel}: elke week.",
    ))


def verhalen_index(home):
    return publiceer(home, VerhalenIndexPage(title="Verhalen", slug="verhalen"))


def informatie_index(home):
    return publiceer(home, InformatieIndexPage(title="Informatie", slug="informatie"))


def wat_hielp_mij(*paginas, titel="Wat hielp mij"):
    return {"type": "wat_hielp_mij", "value": {"titel": titel, "tekst": "<p>Dit hielp.</p>",
                                               "links": [p.pk for p in paginas]}}


def alinea(html):
    return {"type": "alinea", "value": html}


def verhaal(index, titel=None, voornaam="Ans", dimensies=("meedoen",), vragen=(), organisaties=(), aanbod=(),
            body=None, datum=None, publiceren=True, **velden):
    n = _volgende()
    body = list(body or [alinea("<p>Ik woon al veertig jaar in Zeedorp. Op dinsdag eet ik mee.</p>")])
    if aanbod:
        body.append(wat_hielp_mij(*aanbod))
    pagina = VerhaalPage(
        title=titel or f"Verhaal {n}", slug=f"verhaal-{n}", voornaam=voornaam, citaat="Ik kijk er elke week naar uit.",
        intro="Een verhaal uit de buurt.", body=body, datum=datum or datetime.date(2026, 1, 1) + datetime.timedelta(n),
        dimensie_koppelingen=[VerhaalDimensie(dimensie=dimensie(s)) for s in dimensies],
        vraag_koppelingen=[VerhaalVraag(vraag=v) for v in vragen],
        organisatie_koppelingen=[VerhaalOrganisatie(organisatie=o) for o in organisaties],
        **{"toestemming_op": datetime.date(2026, 1, 1), **velden},
    )
    if not publiceren:
        pagina.live = False
        index.add_child(instance=pagina)
        pagina.save_revision()
        return pagina
    return publiceer(index, pagina)


def blog(index, titel=None, dimensies=("meedoen",), vragen=(), aanbod=(), auteur_organisatie=None, datum=None):
    n = _volgende()
    body = [alinea("<p>Wij zijn er voor iedereen in Duinwijk.</p>")]
    if aanbod:
        body.append(wat_hielp_mij(*aanbod, titel="Hier kun je terecht"))
    return publiceer(index, BlogPage(
        title=titel or f"Blog {n}", slug=f"blog-{n}", intro="Nieuws van een partner.", body=body,
        auteur_naam="Fatima", auteur_organisatie=auteur_organisatie,
        datum=datum or datetime.date(2026, 1, 1) + datetime.timedelta(n),
        dimensie_koppelingen=[BlogDimensie(dimensie=dimensie(s)) for s in dimensies],
        vraag_koppelingen=[BlogVraag(vraag=v) for v in vragen],
    ))


def artikel(index, titel=None, dimensies=("dagelijks",), vragen=(), aanbod=()):
    n = _volgende()
    return publiceer(index, ArtikelPage(
        title=titel or f"Artikel {n}", slug=f"artikel-{n}", intro="Uitleg in gewone taal.",
        body=[alinea("<p>Een mantelzorger zorgt voor iemand die ziek is.</p>")],
        dimensie_koppelingen=[ArtikelDimensie(dimensie=dimensie(s)) for s in dimensies],
        vraag_koppelingen=[ArtikelVraag(vraag=v) for v in vragen],
        aanbod_koppelingen=[ArtikelAanbod(aanbod=a) for a in aanbod],
    ))
