"""Template helpers for the partner flows, used by the detail templates of the map.

    {% load kaart_partners %}
    {% laatst_gecontroleerd page %}      -> <p>Laatst gecontroleerd: maart 2026</p> (nothing if unknown)
    {{ page.laatst_gecontroleerd|maand_jaar }}
    {% suggestie_url page %}              -> /kaart-suggestie/<id>/
"""

from django import template
from django.urls import reverse
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.translation import gettext

register = template.Library()


@register.filter
def maand_jaar(datum):
    if not datum:
        return ""
    # "F" is the full month name in the active language (e.g. "maart").
    return format_date(datum, "F Y")


@register.simple_tag
def laatst_gecontroleerd(page):
    datum = getattr(page, "laatst_gecontroleerd", None)
    if not datum:
        return ""
    return format_html(
        '<p class="laatst-gecontroleerd">{} <time datetime="{}">{}</time></p>',
        gettext("Laatst gecontroleerd:"), datum.strftime("%Y-%m"), maand_jaar(datum),
    )


@register.simple_tag
def suggestie_url(page):
    return reverse("kaart_suggestie", args=[page.pk])
