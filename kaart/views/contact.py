"""One-click contact ("Meer informatie aanvragen") and registration for activities.

Spam protection: CSRF (Django), a honeypot field (a filled-in honeypot looks like success but
nothing is stored or sent) and a per-IP rate limit in Django's cache (status 429 with a friendly
message). Invalid input is explained per field; nothing is stored or sent then.
"""

import logging

from django.conf import settings
from django.db.models import Sum
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from leefmee import limieten

from ..forms import AanmeldFormulier, ContactFormulier
from ..models.contact import Aanmelding, Contactverzoek
from ..tasks import mail_aanmelding, mail_contactverzoek

# At most 20 sent forms per IP address per 10 minutes, per kind of form. Only forms that were accepted
# count (a resident who corrects a typo four times is never locked out), and 20 leaves room for a
# shared connection: a library, a community centre or a care home where many residents use one address.
STANDAARD_LIMIET = (20, 600)
AANMELD_DATA = 8  # how many upcoming dates a registration form offers

logger = logging.getLogger(__name__)


def _ip(request):
    return request.META.get("REMOTE_ADDR", "onbekend")


def limiet_bereikt(request, soort):
    """True when this IP address already sent the maximum of accepted forms of this kind (counts nothing).

    Counted in Redis or the database (leefmee.limieten): the same for every worker process."""
    maximum, venster = getattr(settings, "LEEFMEE_FORMULIER_LIMIET", STANDAARD_LIMIET)
    return limieten.stand(f"formulier:{soort}", _ip(request), venster) >= maximum


def tel_inzending(request, soort):
    """Count one accepted form for the rate limit."""
    _maximum, venster = getattr(settings, "LEEFMEE_FORMULIER_LIMIET", STANDAARD_LIMIET)
    limieten.tel(f"formulier:{soort}", _ip(request), venster)


def ontvanger_voor(page, request):
    """The offering's or activity's own address, else its organisation's, else the site's."""
    if page.contact_email:
        return page.contact_email
    from leefmee.models import SiteInstellingen

    return SiteInstellingen.for_request(request).email


def in_wachtrij(taak, pk):
    """Queue the mail. The request is already stored: if queueing fails, the outbox
    (`verstuur_wachtende_mail`) sends it later, so the resident still gets the thank-you page."""
    try:
        taak.enqueue(pk)
    except Exception:
        logger.exception("Mail %s(%s) kon niet in de wachtrij; verstuur_wachtende_mail probeert het later",
                         taak.name, pk)


def _context(page, request, **extra):
    context = page.get_context(request)
    context.update(extra)
    return context


def _te_vaak(page, request):
    return TemplateResponse(request, "kaart/formulier_te_vaak.html", _context(page, request), status=429)


def informatie_aanvragen(request, page):
    if request.method == "POST":
        if limiet_bereikt(request, "contact"):
            return _te_vaak(page, request)
        form = ContactFormulier(request.POST, auto_id="contact-%s")
        if form.is_spam:
            return redirect(page.get_url(request) + page.reverse_subpage("informatie_bedankt"))
        if form.is_valid():
            data = form.cleaned_data
            verzoek = Contactverzoek.objects.create(
                pagina=page, organisatie=page.organisatie, naam=data["naam"], telefoon=data["telefoon"],
                email=data["email"], vraag=data["vraag"], ontvanger=ontvanger_voor(page, request),
            )
            tel_inzending(request, "contact")
            in_wachtrij(mail_contactverzoek, verzoek.pk)
            return redirect(page.get_url(request) + page.reverse_subpage("informatie_bedankt"))
    else:
        form = ContactFormulier(auto_id="contact-%s")
    context = _context(page, request, contact_form=form, contact_actie=page.route_url("informatie_aanvragen"))
    return TemplateResponse(request, "kaart/contact_formulier.html", context)


def informatie_bedankt(request, page):
    from ..models import VacaturePage

    soort = "vacature" if isinstance(page, VacaturePage) else "contact"
    return TemplateResponse(request, "kaart/formulier_bedankt.html", _context(page, request, soort=soort))


def aanmeld_opties(page):
    """(upcoming dates, {iso date: places left} or None, whether every date is full). One query."""
    data = list(dict.fromkeys(v.datum for v in page.volgende_data(aantal=AANMELD_DATA)))
    if not page.max_deelnemers:
        return data, None, False
    bezet = dict(
        Aanmelding.objects.filter(activiteit=page, datum__in=data).values("datum")
        .annotate(totaal=Sum("aantal_personen")).values_list("datum", "totaal")
    )
    plekken = {d.isoformat(): page.max_deelnemers - bezet.get(d, 0) for d in data}
    beschikbaar = [d for d in data if plekken[d.isoformat()] > 0]
    return beschikbaar, plekken, bool(data) and not beschikbaar


def aanmelden(request, page):
    if page.aanmelden != page.Aanmelden.FORMULIER:
        raise Http404
    data, plekken, vol = aanmeld_opties(page)
    if request.method == "POST":
        if limiet_bereikt(request, "aanmelden"):
            return _te_vaak(page, request)
        form = AanmeldFormulier(request.POST, auto_id="aanmeld-%s", data_keuzes=data, plekken=plekken)
        if form.is_spam:
            return redirect(page.get_url(request) + page.reverse_subpage("aanmelden_bedankt"))
        if form.is_valid():
            gegevens = form.cleaned_data
            aanmelding = Aanmelding.objects.create(
                activiteit=page, organisatie=page.organisatie, naam=gegevens["naam"], telefoon=gegevens["telefoon"],
                email=gegevens["email"], datum=gegevens["datum"], aantal_personen=gegevens["aantal_personen"],
                ontvanger=ontvanger_voor(page, request),
            )
            tel_inzending(request, "aanmelden")
            in_wachtrij(mail_aanmelding, aanmelding.pk)
            return redirect(page.get_url(request) + page.reverse_subpage("aanmelden_bedankt"))
    else:
        form = AanmeldFormulier(auto_id="aanmeld-%s", data_keuzes=data, plekken=plekken)
    return TemplateResponse(request, "kaart/aanmeld_formulier.html",
                            _context(page, request, aanmeld_form=form, aanmelden_vol=vol, aanmeld_data=data,
                                     aanmeld_actie=page.route_url("aanmelden")))


def aanmelden_bedankt(request, page):
    if page.aanmelden != page.Aanmelden.FORMULIER:
        raise Http404
    return TemplateResponse(request, "kaart/formulier_bedankt.html", _context(page, request, soort="aanmelden"))
