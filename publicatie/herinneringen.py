"""Reminders to partners whose copy for LEEF is late (command `herinner_kopij`, run daily).

A partner is reminded when an article is "tekst gevraagd" and its copy deadline has passed, at most
once every HERINNER_NA, and never for an edition that appeared. A failed mail is reported and
tried again on the next run (herinnerd_op stays as it was).
"""

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import EditieArtikel

logger = logging.getLogger(__name__)

HERINNER_NA = dt.timedelta(days=3)


def te_herinneren(vandaag):
    """Articles whose copy is late and whose partner was not reminded in the last HERINNER_NA."""
    artikelen = (EditieArtikel.objects.filter(status=EditieArtikel.Status.GEVRAAGD, editie__verschenen_op__isnull=True)
                 .select_related("editie", "partner", "eigenaar"))
    uit = []
    for artikel in artikelen:
        if not artikel.kopij_te_laat(vandaag) or not artikel.herinnering_aan:
            continue
        if artikel.herinnerd_op and timezone.localdate(artikel.herinnerd_op) > vandaag - HERINNER_NA:
            continue
        uit.append(artikel)
    return uit


def herinnering(artikel):
    """The reminder mail for one article (Dutch, B1)."""
    editie = artikel.editie
    afzender = artikel.eigenaar
    ondertekening = (afzender.get_full_name() if afzender else "") or _("De redactie van %(blad)s") % {
        "blad": editie.title.split(" ")[0]}
    tekst = _(
        "Beste %(partner)s,\n\n"
        "Voor %(editie)s vroegen we je om een tekst: '%(titel)s'. De deadline was %(deadline)s. "
        "We hebben je tekst nog niet gekregen.\n\n"
        "Wil je de tekst zo snel mogelijk sturen? Je kunt deze mail beantwoorden. "
        "Lukt het niet? Laat het ons dan weten. Dan zoeken we samen een oplossing.\n\n"
        "Met vriendelijke groet,\n%(naam)s\n"
    ) % {"partner": artikel.partner.title if artikel.partner else _("partner"), "editie": editie.title,
         "titel": artikel.titel, "deadline": date_format(artikel.deadline), "naam": ondertekening}
    antwoord = [afzender.email] if afzender and afzender.email else None
    return EmailMessage(subject=_("Herinnering: je tekst voor %(editie)s") % {"editie": editie.title},
                        body=tekst, from_email=settings.DEFAULT_FROM_EMAIL, to=[artikel.herinnering_aan],
                        reply_to=antwoord)


def stuur_herinneringen(vandaag=None):
    """Send the reminders that are due. Returns (sent articles, failed articles)."""
    vandaag = vandaag or timezone.localdate()
    verstuurd, mislukt = [], []
    with translation.override(settings.LANGUAGE_CODE):
        for artikel in te_herinneren(vandaag):
            try:
                herinnering(artikel).send(fail_silently=False)
            except Exception:  # any mail backend error: report, keep the article due for the next run
                logger.exception("Herinnering voor artikel %s niet verstuurd", artikel.pk)
                mislukt.append(artikel)
                continue
            EditieArtikel.objects.filter(pk=artikel.pk).update(herinnerd_op=timezone.now())
            verstuurd.append(artikel)
    return verstuurd, mislukt
