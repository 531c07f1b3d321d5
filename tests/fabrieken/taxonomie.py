"""Taxonomy snippets (life questions, target groups, areas, features) and their translations.

The six dimensions come with the migrations: `dimensie("meedoen")` looks one up instead of making it.
"""

import factory
from wagtail.models import Locale

from kaart.models import Dimensie, Doelgroep, Gebied, Kenmerk, Levensvraag


def dimensie(sleutel="meedoen", locale=None):
    """The dimension with this key, in `locale` (default: the Dutch one); a Dimensie passes through."""
    if isinstance(sleutel, Dimensie):
        return sleutel
    return Dimensie.objects.get(sleutel=sleutel, locale=locale or Locale.objects.get(language_code="nl"))


_dimensie = dimensie  # the factories below have a field of the same name


class SnippetFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="nl"))


class LevensvraagFactory(SnippetFactory):
    """A life question; `dimensie` takes a key ("meedoen") or a Dimensie. The same slug gives the same question."""

    class Meta:
        model = Levensvraag
        django_get_or_create = ("slug", "locale")

    naam = factory.Sequence(lambda n: f"Ik heb vraag {n}")
    slug = factory.Sequence(lambda n: f"vraag-{n}")
    dimensie = "meedoen"
    populair = False

    @classmethod
    def _adjust_kwargs(cls, **velden):
        velden["dimensie"] = _dimensie(velden["dimensie"], velden.get("locale"))
        return velden


class DoelgroepFactory(SnippetFactory):
    class Meta:
        model = Doelgroep

    naam = factory.Sequence(lambda n: f"Doelgroep {n}")
    slug = factory.Sequence(lambda n: f"doelgroep-{n}")


class GebiedFactory(SnippetFactory):
    class Meta:
        model = Gebied

    naam = factory.Sequence(lambda n: f"Gebied {n}")
    slug = factory.Sequence(lambda n: f"gebied-{n}")


class KenmerkFactory(SnippetFactory):
    class Meta:
        model = Kenmerk

    naam = factory.Sequence(lambda n: f"Kenmerk {n}")
    slug = factory.Sequence(lambda n: f"kenmerk-{n}")


def vertaling(snippet, locale, **velden):
    """A translation of a taxonomy snippet in `locale` (what wagtail-localize would create)."""
    kopie = type(snippet).objects.get(pk=snippet.pk)
    kopie.pk = kopie.id = None
    kopie.locale = locale
    for naam, waarde in velden.items():
        setattr(kopie, naam, waarde)
    kopie.save()
    return kopie
