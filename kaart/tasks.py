"""Background work of the map: forwarding contact requests and registrations by e-mail.

Runs through django_tasks, so in production a worker sends the mail (and a failed attempt can be
enqueued again); in development and tests the immediate backend sends it right away.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

logger = logging.getLogger(__name__)


def _verstuur(obj, onderwerp, template, context):
    from .models.contact import Verzendstatus

    if not obj.ontvanger:
        obj.status = Verzendstatus.GEEN_ADRES
        obj.save(update_fields=["status"])
        return False
    # Mail to the organisation in Dutch, whatever language the visitor used.
    with translation.override(settings.LANGUAGE_CODE):
        tekst = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    bericht = EmailMultiAlternatives(
        subject=onderwerp, body=tekst, to=[obj.ontvanger], reply_to=[obj.email] if obj.email else None,
    )
    bericht.attach_alternative(html, "text/html")
    try:
        bericht.send()
    except Exception:
        obj.status = Verzendstatus.MISLUKT
        obj.save(update_fields=["status"])
        logger.exception("Mail voor %s %s kon niet worden verstuurd", type(obj).__name__, obj.pk)
        raise  # the task fails and can be retried
    obj.status, obj.gemaild_op = Verzendstatus.VERSTUURD, timezone.now()
    obj.save(update_fields=["status", "gemaild_op"])
    return True


@task()
def mail_contactverzoek(verzoek_id):
    from .models.contact import Contactverzoek

    verzoek = Contactverzoek.objects.select_related("organisatie", "pagina").filter(pk=verzoek_id).first()
    if verzoek is None:  # purged or deleted in the meantime
        return False
    titel = verzoek.pagina.title if verzoek.pagina else ""
    with translation.override(settings.LANGUAGE_CODE):
        onderwerp = translation.gettext("Vraag via LEEF MEE over: %(titel)s") % {"titel": titel}
    return _verstuur(verzoek, onderwerp, "kaart/mail/contactverzoek",
                     {"verzoek": verzoek, "titel": titel, "bewaartermijn": _dagen()})


@task()
def mail_aanmelding(aanmelding_id):
    from .models.contact import Aanmelding

    aanmelding = Aanmelding.objects.select_related("organisatie", "activiteit").filter(pk=aanmelding_id).first()
    if aanmelding is None:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        onderwerp = translation.gettext("Nieuwe aanmelding via LEEF MEE: %(titel)s") % {
            "titel": aanmelding.activiteit.title}
    return _verstuur(aanmelding, onderwerp, "kaart/mail/aanmelding",
                     {"aanmelding": aanmelding, "titel": aanmelding.activiteit.title, "bewaartermijn": _dagen()})


def _dagen():
    from .models.contact import bewaartermijn

    return bewaartermijn().days
