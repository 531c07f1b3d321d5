"""Demo content for the self-check: the page 'Hoe gaat het met je?' and its default statements, with
each aspect linked to the demo's life questions (when the map's demo made them). Idempotent."""

import uuid

from wagtail.models import Locale

from leefmee.demo import zorg_voor_pagina

from .models import AspectVraag, Dimensie, Levensvraag, ZelfcheckPage, ZelfcheckStelling
from .zelfcheck.standaard import STANDAARD_STELLINGEN


def laad_stellingen(vragen=None):
    """The default statements in Dutch, each with its life questions (matched by slug)."""
    nl = Locale.get_default()
    if vragen is None:
        vragen = {v.slug: v for v in Levensvraag.objects.filter(locale=nl)}
    dimensies = {d.sleutel: d for d in Dimensie.objects.filter(locale=nl)}
    stellingen = []
    for volgorde, (sleutel, aspect, tekst, slugs) in enumerate(STANDAARD_STELLINGEN, start=1):
        dimensie = dimensies.get(sleutel)
        if dimensie is None:
            continue
        stelling = ZelfcheckStelling.objects.filter(dimensie=dimensie, tekst=tekst, locale=nl).first()
        if stelling is None:
            stelling = ZelfcheckStelling(dimensie=dimensie, tekst=tekst, locale=nl, translation_key=uuid.uuid4())
        stelling.aspect = aspect
        stelling.volgorde = volgorde
        stelling.vraag_koppelingen = [AspectVraag(vraag=vragen[slug]) for slug in slugs if slug in vragen]
        stelling.save()
        stellingen.append(stelling)
    return stellingen


def laad(context):
    home = context["home"]
    context["zelfcheck"] = zorg_voor_pagina(
        home, ZelfcheckPage, "hoe-gaat-het",
        title="Hoe gaat het met je?",
        show_in_menus=True,
        seo_title="Hoe gaat het met je? Doe de korte check",
        search_description="Geef jezelf een cijfer voor zes dingen in je leven. Je ziet meteen wat je kan helpen. "
        "We bewaren niets.",
        intro="<p>Hoe gaat het echt met je? Met deze korte check kijk je naar zes dingen in je leven. "
        "Daarna zie je wat jou kan helpen: hulp, activiteiten en verhalen van anderen.</p>",
        uitleg_uitslag="<p>Dit is jouw spinnenweb. Hoe verder een punt naar buiten staat, hoe beter het gaat. "
        "Praat erover met iemand die je vertrouwt. Of kies hieronder waar je iets aan wilt doen.</p>",
        weken_vooruit=4,
    )
    vragen = {slug: v for slug, v in (context.get("vragen") or {}).items() if isinstance(v, Levensvraag)} or None
    context["zelfcheck_stellingen"] = laad_stellingen(vragen)
