"""Queries that tie stories, blogs and articles to the map. Every function here uses a constant
number of queries, whatever the amount of content."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField
from django.db.models.functions import Cast
from wagtail.models import Page, ReferenceIndex


def gelokaliseerd(objecten, locale, queryset=None):
    """`objecten` (translatable snippets or pages of one model) in the reader's `locale`.

    Objects without a translation in `locale` stay as they are. At most one query.
    """
    objecten = list(objecten)
    if not objecten or locale is None:
        return objecten
    ontbrekend = {o.translation_key for o in objecten if o.locale_id != locale.pk}
    if not ontbrekend:
        return objecten
    if queryset is None:
        queryset = type(objecten[0])._default_manager.all()
    vertalingen = {v.translation_key: v for v in queryset.filter(locale=locale, translation_key__in=ontbrekend)}
    return [o if o.locale_id == locale.pk else vertalingen.get(o.translation_key, o) for o in objecten]


def filter_op_dimensie(queryset, dimensie):
    """Pages of `queryset` linked to `dimensie` (in any language: matched by translation key)."""
    return queryset.filter(dimensie_koppelingen__dimensie__translation_key=dimensie.translation_key).distinct()


def filter_op_vraag(queryset, vraag):
    return queryset.filter(vraag_koppelingen__vraag__translation_key=vraag.translation_key).distinct()


def verwijzende_pagina_ids(pagina):
    """Subquery: ids of the pages that reference `pagina` or one of its translations, from
    Wagtail's reference index (StreamField page choosers and foreign keys in link rows alike)."""
    vertalingen = Page.objects.filter(translation_key=pagina.translation_key)
    return (
        ReferenceIndex.get_references_to_in_bulk(vertalingen)
        # Only pages refer here, so every object_id is a page id and the cast is safe.
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values(pagina_id=Cast("object_id", IntegerField()))
    )


def verwijzend_naar(queryset, pagina, locale):
    """Live pages of `queryset` in `locale` whose source or translation references `pagina`.
    One query (the reference index lookups are subqueries)."""
    sleutels = queryset.model.objects.filter(pk__in=verwijzende_pagina_ids(pagina)).values("translation_key")
    return queryset.filter(locale=locale, translation_key__in=sleutels)
