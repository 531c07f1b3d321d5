"""The self-check page ('Hoe gaat het met je?') and its statements."""

import factory

from kaart.models import AspectVraag, ZelfcheckPage, ZelfcheckStelling

from .basis import PaginaFactory
from .taxonomie import SnippetFactory, dimensie

_dimensie = dimensie  # the statement factory has a field of the same name

GELDIGE_SCORES = {"lichaam": 7, "mentaal": 5, "zingeving": 8, "kwaliteit": 6, "meedoen": 3, "dagelijks": 9}


class ZelfcheckFactory(PaginaFactory):
    class Meta:
        model = ZelfcheckPage

    title = "Hoe gaat het met je?"
    slug = "hoe-gaat-het"
    show_in_menus = True


class ZelfcheckStellingFactory(SnippetFactory):
    """A statement under a dimension (`dimensie` takes a key), linked to life questions with `vragen`."""

    class Meta:
        model = ZelfcheckStelling

    dimensie = "meedoen"
    aspect = factory.Sequence(lambda n: f"Aspect {n}")
    tekst = factory.Sequence(lambda n: f"Stelling {n}")
    volgorde = 0

    @classmethod
    def _create(cls, model_class, *args, dimensie, vragen=(), **velden):
        stelling = model_class(*args, dimensie=_dimensie(dimensie), **velden)
        stelling.vraag_koppelingen = [AspectVraag(vraag=v) for v in vragen]
        stelling.save()
        return stelling
