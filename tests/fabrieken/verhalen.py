"""Stories, partner blogs and B1 articles, and their index pages."""

import datetime as dt
import itertools

import factory

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

from .basis import PaginaFactory
from .kaart import KaartItemFactory

# Stories and blogs share one day counter, so what a test builds later is newer, whatever its type.
_dagen = itertools.count(1)


def _volgende_dag():
    return dt.date(2026, 1, 1) + dt.timedelta(next(_dagen))


def alinea(html):
    return {"type": "alinea", "value": html}


def wat_hielp_mij(*paginas, titel="Wat hielp mij"):
    return {"type": "wat_hielp_mij", "value": {"titel": titel, "tekst": "<p>Dit hielp.</p>",
                                               "links": [p.pk for p in paginas]}}


class VerhalenIndexFactory(PaginaFactory):
    class Meta:
        model = VerhalenIndexPage

    title = "Verhalen"
    slug = "verhalen"


class InformatieIndexFactory(PaginaFactory):
    class Meta:
        model = InformatieIndexPage

    title = "Informatie"
    slug = "informatie"


class VerhaalFactory(KaartItemFactory):
    """A personal story; `aanbod=[...]` adds a "wat hielp mij" block that links those pages."""

    class Meta:
        model = VerhaalPage

    title = factory.Sequence(lambda n: f"Verhaal {n}")
    voornaam = "Ans"
    citaat = "Ik kijk er elke week naar uit."
    intro = "Een verhaal uit de buurt."
    body = None  # one paragraph
    datum = factory.LazyFunction(_volgende_dag)
    toestemming_op = dt.date(2026, 1, 1)
    dimensies = ("meedoen",)

    _koppelingen = {
        "dimensies": ("dimensie_koppelingen", VerhaalDimensie, "dimensie"),
        "vragen": ("vraag_koppelingen", VerhaalVraag, "vraag"),
        "organisaties": ("organisatie_koppelingen", VerhaalOrganisatie, "organisatie"),
    }

    @classmethod
    def _create(cls, model_class, *args, aanbod=(), body=None, **velden):
        body = list(body or [alinea("<p>Ik woon al veertig jaar in Zeedorp. Op dinsdag eet ik mee.</p>")])
        if aanbod:
            body.append(wat_hielp_mij(*aanbod))
        return super()._create(model_class, *args, body=body, **velden)


class BlogFactory(KaartItemFactory):
    class Meta:
        model = BlogPage

    title = factory.Sequence(lambda n: f"Blog {n}")
    intro = "Nieuws van een partner."
    auteur_naam = "Fatima"
    datum = factory.LazyFunction(_volgende_dag)
    dimensies = ("meedoen",)

    _koppelingen = {
        "dimensies": ("dimensie_koppelingen", BlogDimensie, "dimensie"),
        "vragen": ("vraag_koppelingen", BlogVraag, "vraag"),
    }

    @classmethod
    def _create(cls, model_class, *args, aanbod=(), **velden):
        body = [alinea("<p>Wij zijn er voor iedereen in Duinwijk.</p>")]
        if aanbod:
            body.append(wat_hielp_mij(*aanbod, titel="Hier kun je terecht"))
        velden.setdefault("body", body)
        return super()._create(model_class, *args, **velden)


class ArtikelFactory(KaartItemFactory):
    class Meta:
        model = ArtikelPage

    title = factory.Sequence(lambda n: f"Artikel {n}")
    intro = "Uitleg in gewone taal."
    body = factory.LazyFunction(lambda: [alinea("<p>Een mantelzorger zorgt voor iemand die ziek is.</p>")])
    dimensies = ("dagelijks",)

    _koppelingen = {
        "dimensies": ("dimensie_koppelingen", ArtikelDimensie, "dimensie"),
        "vragen": ("vraag_koppelingen", ArtikelVraag, "vraag"),
        "aanbod": ("aanbod_koppelingen", ArtikelAanbod, "aanbod"),
    }
