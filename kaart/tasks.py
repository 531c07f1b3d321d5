"""Background work of the map: forwarding contact requests and registrations by e-mail, and the
search log (registreer_zoekvraag, at the end).

Runs through django_tasks, so in production a worker sends the mail; in development and tests the
immediate backend sends it right away. Requests are stored before they are mailed, so a mail outage
loses nothing: `verstuur_wachtende()` (the cron command `verstuur_wachtende_mail`) sends again what
failed or what a worker never picked up.

Never twice: every send locks its row (SELECT ... FOR UPDATE SKIP LOCKED where the database has it),
checks the row still needs sending and marks it VERSTUURD in the same transaction, so the worker and
two overlapping cron runs cannot both send the same request.
"""

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import connection, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

logger = logging.getLogger(__name__)

MAX_POGINGEN = 20  # then the request stays MISLUKT for an editor to handle by hand
WACHTTIJD_NIEUW = dt.timedelta(minutes=10)  # a NIEUW request this old was never picked up by a worker


class NietVerstuurd(Exception):
    """The SMTP server refused or was unreachable; the row is marked MISLUKT."""


def _vergrendeld(queryset):
    # SQLite has no row locks (and writes are serialised anyway); PostgreSQL skips rows another run holds.
    if connection.features.has_select_for_update_skip_locked:
        return queryset.select_for_update(skip_locked=True)
    return queryset


def _bericht(obj):
    """Subject, template and context of the mail to the organisation, in Dutch whatever the visitor used."""
    from .models.contact import Contactverzoek, bewaartermijn

    with translation.override(settings.LANGUAGE_CODE):
        if isinstance(obj, Contactverzoek):
            titel = obj.pagina.title if obj.pagina_id and obj.pagina else ""
            if obj.pagina_id and obj.pagina and obj.pagina.specific_class.__name__ == "VacaturePage":
                onderwerp = translation.gettext("Iemand wil vrijwilliger worden: %(titel)s") % {"titel": titel}
            else:
                onderwerp = translation.gettext("Vraag via LEEF MEE over: %(titel)s") % {"titel": titel}
            template, context = "kaart/mail/contactverzoek", {"verzoek": obj}
        else:
            titel = obj.activiteit.title
            onderwerp = translation.gettext("Nieuwe aanmelding via LEEF MEE: %(titel)s") % {"titel": titel}
            template, context = "kaart/mail/aanmelding", {"aanmelding": obj}
        context.update(titel=titel, bewaartermijn=bewaartermijn().days)
        tekst = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    bericht = EmailMultiAlternatives(
        subject=onderwerp, body=tekst, to=[obj.ontvanger], reply_to=[obj.email] if obj.email else None,
    )
    bericht.attach_alternative(html, "text/html")
    return bericht


def verstuur(model, pk, alleen=None):
    """Send one request if it still needs sending. True when sent, False when there was nothing to do.

    `alleen` narrows which rows qualify (the outbox passes its own filter, so a row that changed since
    it was selected is left alone). Raises NietVerstuurd after recording the failure.
    """
    from .models.contact import Verzendstatus

    fout = None
    with transaction.atomic():
        rijen = model.objects.filter(pk=pk).exclude(status__in=[Verzendstatus.VERSTUURD, Verzendstatus.GEEN_ADRES])
        if alleen is not None:
            rijen = rijen.filter(alleen)
        obj = _vergrendeld(rijen).first()
        if obj is None:  # purged, already sent, or another run holds it
            return False
        if not obj.ontvanger:
            obj.status = Verzendstatus.GEEN_ADRES
            obj.save(update_fields=["status"])
            return False
        obj.pogingen += 1
        try:
            _bericht(obj).send()
        except Exception as exc:  # SMTP errors, refused connections, timeouts: all mean "try again later"
            fout = exc
            obj.status = Verzendstatus.MISLUKT
            obj.laatste_fout = f"{type(exc).__name__}: {exc}"[:255]
            obj.save(update_fields=["status", "pogingen", "laatste_fout"])
        else:
            obj.status, obj.gemaild_op, obj.laatste_fout = Verzendstatus.VERSTUURD, timezone.now(), ""
            obj.save(update_fields=["status", "gemaild_op", "pogingen", "laatste_fout"])
    # Raised outside the transaction, so the MISLUKT mark is committed.
    if fout is not None:
        logger.error("Mail voor %s %s kon niet worden verstuurd (poging %s): %s",
                     model.__name__, pk, obj.pogingen, obj.laatste_fout)
        raise NietVerstuurd(obj.laatste_fout) from fout
    return True


def wachtend(nu=None):
    """Rows the outbox sends again: failed ones, and new ones no worker picked up in time."""
    from .models.contact import Verzendstatus

    nu = nu or timezone.now()
    return (Q(status=Verzendstatus.MISLUKT) | Q(status=Verzendstatus.NIEUW, aangemaakt__lt=nu - WACHTTIJD_NIEUW)) & Q(
        pogingen__lt=MAX_POGINGEN)


def verstuur_wachtende(nu=None):
    """Send every waiting request once. Returns (sent, failed)."""
    from .models.contact import Aanmelding, Contactverzoek

    filter_ = wachtend(nu)
    verstuurd = mislukt = 0
    for model in (Contactverzoek, Aanmelding):
        # Ids first, then one short transaction per row: a slow SMTP server holds one lock at a time.
        for pk in list(model.objects.filter(filter_).order_by("aangemaakt").values_list("pk", flat=True)):
            try:
                verstuurd += verstuur(model, pk, alleen=filter_)
            except NietVerstuurd:
                mislukt += 1
    return verstuurd, mislukt


# A resident's request reaches the organisation first: the worker may have thousands of search and
# reference index updates queued (after an import or a large publish).
MAIL_PRIORITEIT = 50


@task(priority=MAIL_PRIORITEIT)
def mail_contactverzoek(verzoek_id):
    from .models.contact import Contactverzoek

    return verstuur(Contactverzoek, verzoek_id)  # raises NietVerstuurd: the task fails, the outbox retries


@task(priority=MAIL_PRIORITEIT)
def mail_aanmelding(aanmelding_id):
    from .models.contact import Aanmelding

    return verstuur(Aanmelding, aanmelding_id)


@task()
def registreer_zoekvraag(q, site_id, aantal_resultaten, eerste_pagina):
    """Wagtail's query log (and its daily hits) and, for the first result page, the per-site count."""
    from .zoeken import log_zoekvraag, tel_zoekvraag

    query = log_zoekvraag(q)
    if eerste_pagina:
        tel_zoekvraag(query.query_string, site_id, aantal_resultaten)
