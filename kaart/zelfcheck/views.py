"""The self-check's views: the form (index route), the result and the PDF.

Privacy: no model is saved, the session and messages are never touched, nothing is logged, and every
response says `Cache-Control: no-store, private` and `Referrer-Policy: same-origin` (a shared link
with scores in its query string must not leak to the sites the resident clicks through to).
"""

from django.http import HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch
from django.utils import translation
from wagtail.models import Page

from ..dimensies import DIMENSIE_SLEUTELS
from ..models import KaartPage
from .score import MAX_SCORE, MIN_SCORE, Uitslag, getal, is_rtl
from .spinnenweb import svg
from .suggesties import keuzes_uit, suggesties
from .vragen import ZelfcheckForm, dimensie_vragen

FORMULIER_TEMPLATE = "kaart/zelfcheck_page.html"
UITSLAG_TEMPLATE = "kaart/zelfcheck/uitslag.html"


def geen_spoor(response):
    response["Cache-Control"] = "no-store, private"
    # same-origin, not no-referrer: with no-referrer chromium sends `Origin: null` on the form posts and
    # the CSRF check refuses them (403); same-origin still sends nothing to other sites.
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _velden(form, groepen):
    """Per dimension: its statements, its bound field and the radio options 0-10 in the reader's digits."""
    velden = []
    for groep in groepen:
        veld = form[groep.sleutel]
        huidig = str(veld.value()) if veld.value() is not None else None
        opties = [(str(w), getal(w), str(w) == huidig) for w in range(MIN_SCORE, MAX_SCORE + 1)]
        velden.append({"groep": groep, "veld": veld, "opties": opties})
    return velden


def _urls(page, request):
    basis = page.get_url(request)
    return {
        "formulier_url": basis,
        "uitslag_url": basis + page.reverse_subpage("uitslag"),
        "pdf_url": basis + page.reverse_subpage("uitslag_pdf"),
    }


def formulier_context(page, request, form=None, groepen=None):
    groepen = groepen if groepen is not None else dimensie_vragen(page.locale)
    form = form or ZelfcheckForm(groepen=groepen)
    fouten = [{"anker": f"id_{g.sleutel}_0", "tekst": form.errors[g.sleutel][0]}
              for g in groepen if form.is_bound and g.sleutel in form.errors]
    return {"groepen": groepen, "form": form, "velden": _velden(form, groepen), "fouten": fouten,
            "max_score": getal(MAX_SCORE), "min_score": getal(MIN_SCORE), **_urls(page, request)}


def _formulier_met_fouten(page, request, form, groepen):
    context = Page.get_context(page, request)
    context.update(formulier_context(page, request, form=form, groepen=groepen))
    return TemplateResponse(request, FORMULIER_TEMPLATE, context)


def _lees(page, request):
    """(form, groepen, response): a valid bound form, or a response to return instead."""
    if request.method not in ("GET", "POST"):
        return None, None, HttpResponseNotAllowed(["GET", "POST"])
    data = request.POST if request.method == "POST" else request.GET
    if request.method == "GET" and not any(sleutel in data for sleutel in DIMENSIE_SLEUTELS):
        # Someone opened the result address without scores: start at the form.
        return None, None, HttpResponseRedirect(page.get_url(request))
    groepen = dimensie_vragen(page.locale)
    form = ZelfcheckForm(data, groepen=groepen)
    if not form.is_valid():
        if set(form.errors) == {"kies"}:
            # The scores are fine, only the choice of subjects is not: show the result with that message.
            form.cleaned_data["kies"] = []
            return form, groepen, None
        return form, groepen, _formulier_met_fouten(page, request, form, groepen)
    return form, groepen, None


def _vraag_links(vragen, locale, request):
    """(vraag, url or None): a question links to the map's question page when the map has one."""
    kaart = KaartPage.objects.live().filter(locale=locale).first()
    result = []
    for vraag in vragen:
        url = None
        if kaart is not None:
            try:
                url = kaart.get_url(request) + kaart.reverse_subpage("vraag", kwargs={"slug": vraag.slug})
            except NoReverseMatch:
                url = None
        result.append((vraag, url))
    return result


def _uitslag_data(page, form, groepen):
    uitslag = Uitslag.uit_formulier(form.cleaned_data, {g.sleutel: g.dimensie for g in groepen})
    keuzes = keuzes_uit(form.cleaned_data["kies"], groepen)
    return uitslag, keuzes, suggesties(keuzes, page.locale, weken=page.weken_vooruit)


def uitslag(page, request):
    form, groepen, response = _lees(page, request)
    if response is not None:
        return response
    uitslag, keuzes, gevonden = _uitslag_data(page, form, groepen)
    rtl = is_rtl()
    urls = _urls(page, request)
    gekozen = {k.waarde for k in keuzes}
    context = Page.get_context(page, request)
    context.update({
        **urls,
        "uitslag": uitslag,
        "scores": [(s, getal(s.waarde)) for s in uitslag.scores],
        "max_score": getal(MAX_SCORE),
        "spinnenweb": svg(uitslag.scores, rtl=rtl),
        "rtl": rtl,
        "groepen": groepen,
        "gekozen": gekozen,
        "laagste": set(uitslag.laagste),
        "keuzes": keuzes,
        "suggesties": gevonden,
        "vragen": _vraag_links(gevonden.vragen, page.locale, request) if keuzes else [],
        "deel_url": request.build_absolute_uri(f"{urls['uitslag_url']}?{uitslag.querystring()}"),
        "kies_fouten": form.errors.get("kies"),
        "fouten": [{"anker": "kies", "tekst": fout} for fout in form.errors.get("kies", [])],
    })
    return TemplateResponse(request, UITSLAG_TEMPLATE, context)


def uitslag_pdf(page, request):
    from .pdf import maak_pdf

    form, groepen, response = _lees(page, request)
    if response is not None:
        return response
    uitslag, keuzes, gevonden = _uitslag_data(page, form, groepen)
    urls = {p.pk: request.build_absolute_uri(p.get_url(request)) for p in gevonden.aanbod}
    inhoud = maak_pdf(uitslag, gevonden, titel=page.title, taal=translation.get_language(), urls=urls, rtl=is_rtl())
    response = HttpResponse(inhoud, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="hoe-gaat-het-met-mij.pdf"'
    return response
