"""Freshness checks: who is stale, the monthly reminder run and the one-click confirmation.

Settings:
- `LEEFMEE_CONTROLE_MAANDEN` (default 6): information older than this many months is stale.
- `LEEFMEE_CONTROLE_GELDIG_DAGEN` (default 28): how long a reminder link works. While a reminder
  is still valid, no new one is sent; 28 days keeps a monthly schedule from skipping a month.

Confirming ("Ja, alles klopt nog") writes `laatst_gecontroleerd` straight to the database rows of
the organisation and its offerings, activities and vacancies (in every locale), and patches the
same field in each page's latest revision. It never publishes: a partner's pending draft stays a
draft, but keeps the new date when an editor publishes it later.
"""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Revision

from ..models import AanbodPage, ActiviteitPage, Controleverzoek, OrganisatiePage, VacaturePage
from .rollen import redacteuren

ITEM_MODELLEN = (AanbodPage, ActiviteitPage, VacaturePage)


def controle_maanden():
    return int(getattr(settings, "LEEFMEE_CONTROLE_MAANDEN", 6))


def geldig_dagen():
    return int(getattr(settings, "LEEFMEE_CONTROLE_GELDIG_DAGEN", 28))


def maanden_terug(datum, maanden):
    """The same day `maanden` months earlier (clamped to the month's last day)."""
    jaar, maand = divmod(datum.year * 12 + datum.month - 1 - maanden, 12)
    maand += 1
    for dag in (datum.day, 30, 29, 28):
        try:
            return datetime.date(jaar, maand, dag)
        except ValueError:
            continue
    raise ValueError(datum)


def grens(maanden=None, vandaag=None):
    return maanden_terug(vandaag or timezone.localdate(), controle_maanden() if maanden is None else maanden)


def niet_actueel_filter(maanden=None, vandaag=None):
    return Q(laatst_gecontroleerd__isnull=True) | Q(laatst_gecontroleerd__lt=grens(maanden, vandaag))


def verouderde_organisaties(vandaag=None):
    """Live source-language organisations whose information is stale."""
    return (
        OrganisatiePage.objects.live()
        .filter(locale=Locale.get_default(), alias_of__isnull=True)
        .filter(niet_actueel_filter(vandaag=vandaag))
        .order_by("laatst_gecontroleerd", "title")
    )


def ontvanger(organisatie):
    return organisatie.contactpersoon_email or organisatie.email


def absolute(pad):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + pad


def stuur_herinneringen(nu=None):
    """The monthly run. Returns a dict with counts: verstuurd, overgeslagen, geen_adres, redactie."""
    nu = nu or timezone.now()
    vandaag = timezone.localdate(nu)
    telling = {"verstuurd": 0, "overgeslagen": 0, "geen_adres": 0, "redactie": 0}
    for organisatie in verouderde_organisaties(vandaag):
        verzoeken = organisatie.controleverzoeken.all()
        if organisatie.laatst_gecontroleerd:
            verzoeken = verzoeken.filter(verstuurd_op__date__gte=organisatie.laatst_gecontroleerd)
        onbeantwoord = list(verzoeken.onbeantwoord().order_by("verstuurd_op"))
        verlopen = [v for v in onbeantwoord if v.verloopt_op <= nu]
        if len(verlopen) >= 2 and verlopen[-1].redactie_gewaarschuwd_op is None:
            waarschuw_redactie(organisatie, verlopen)
            Controleverzoek.objects.filter(pk=verlopen[-1].pk).update(redactie_gewaarschuwd_op=nu)
            telling["redactie"] += 1
        if any(v.verloopt_op > nu for v in onbeantwoord):
            telling["overgeslagen"] += 1
            continue
        email = ontvanger(organisatie)
        if not email:
            telling["geen_adres"] += 1
            continue
        stuur_herinnering(organisatie, email, nu)
        telling["verstuurd"] += 1
    return telling


def stuur_herinnering(organisatie, email, nu):
    verzoek, token = Controleverzoek.maak(organisatie, email, nu + datetime.timedelta(days=geldig_dagen()))
    context = {
        "organisatie": organisatie,
        "laatst": organisatie.laatst_gecontroleerd,
        "ja_link": absolute(reverse("kaart_controle_ja", args=[token])),
        "aanpassen_link": absolute(reverse("kaart_controle_aanpassen", args=[token])),
        "pagina_link": organisatie.full_url or "",
        "verloopt_op": timezone.localtime(verzoek.verloopt_op).date(),
        "site_naam": settings.WAGTAIL_SITE_NAME,
    }
    onderwerp = render_to_string("kaart/mail/herinnering_onderwerp.txt", context).strip()
    send_mail(onderwerp, render_to_string("kaart/mail/herinnering.txt", context), None, [email])
    return verzoek, token


def waarschuw_redactie(organisatie, verzoeken):
    ontvangers = list(redacteuren().values_list("email", flat=True))
    if not ontvangers:
        return
    context = {
        "organisatie": organisatie,
        "verzoeken": verzoeken,
        "edit_link": absolute(reverse("wagtailadmin_pages:edit", args=[organisatie.pk])),
        "contact": ontvanger(organisatie),
    }
    onderwerp = render_to_string("kaart/mail/redactie_geen_antwoord_onderwerp.txt", context).strip()
    send_mail(onderwerp, render_to_string("kaart/mail/redactie_geen_antwoord.txt", context), None, ontvangers)


class TokenFout(Exception):
    """A reminder link that cannot be used; `status` and `reden` drive the Dutch error page."""

    def __init__(self, reden, status):
        super().__init__(reden)
        self.reden = reden
        self.status = status


def controleer_token(token):
    verzoek = Controleverzoek.zoek(token) if token and len(token) <= 100 else None
    if verzoek is None:
        raise TokenFout("onbekend", 400)
    if verzoek.gebruikt_op is not None:
        raise TokenFout("gebruikt", 410)
    if verzoek.is_verlopen:
        raise TokenFout("verlopen", 410)
    return verzoek


@transaction.atomic
def bevestig(token, vandaag=None):
    """Use the token once: set today's date on the organisation and its branch."""
    verzoek = controleer_token(token)
    # Claim the token atomically so two clicks at the same moment cannot both succeed.
    geclaimd = Controleverzoek.objects.filter(pk=verzoek.pk, gebruikt_op__isnull=True).update(
        gebruikt_op=timezone.now()
    )
    if not geclaimd:
        raise TokenFout("gebruikt", 410)
    markeer_gecontroleerd(verzoek.organisatie, vandaag or timezone.localdate())
    return verzoek


def markeer_gecontroleerd(organisatie, datum):
    organisaties = OrganisatiePage.objects.filter(translation_key=organisatie.translation_key)
    page_ids = set(organisaties.values_list("pk", flat=True))
    organisaties.update(laatst_gecontroleerd=datum)
    for org in organisaties:
        for model in ITEM_MODELLEN:
            items = model.objects.descendant_of(org)
            page_ids.update(items.values_list("pk", flat=True))
            items.update(laatst_gecontroleerd=datum)
    patch_revisies(page_ids, datum)


def patch_revisies(page_ids, datum):
    """Keep the date in each page's latest revision, so publishing a pending draft keeps it."""
    from wagtail.models import Page

    revisie_ids = Page.objects.filter(pk__in=page_ids).exclude(latest_revision=None).values_list(
        "latest_revision_id", flat=True
    )
    for revisie in Revision.objects.filter(pk__in=list(revisie_ids)):
        if "laatst_gecontroleerd" in revisie.content:
            revisie.content["laatst_gecontroleerd"] = datum.isoformat()
            revisie.save(update_fields=["content"])
