"""'Klopt er iets niet?': the public form that creates a change suggestion for the editors."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from wagtail.models import Page

from ..partners.suggesties import SUGGESTIE_MODELLEN, WijzigingsvoorstelForm, binnen_limiet, meld_redactie


def pagina_of_404(page_id):
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None or not isinstance(page, SUGGESTIE_MODELLEN):
        raise Http404
    return page


@never_cache
@csrf_protect
def suggestie(request, page_id):
    page = pagina_of_404(page_id)
    status = 200
    te_vaak = False
    if request.method == "POST":
        form = WijzigingsvoorstelForm(request.POST)
        if not binnen_limiet(request):
            te_vaak, status = True, 429
        elif form.is_valid():
            if not form.is_spam:  # a bot gets the same thank-you page, and nothing is stored
                voorstel = form.save(commit=False)
                voorstel.page = page
                voorstel.save()
                meld_redactie(voorstel)
            return redirect("kaart_suggestie_bedankt", page_id=page.pk)
        else:
            status = 400
    else:
        form = WijzigingsvoorstelForm()
    return render(request, "kaart/partners/suggestie.html",
                  {"doelpagina": page, "form": form, "te_vaak": te_vaak}, status=status)


def bedankt(request, page_id):
    return render(request, "kaart/partners/suggestie_bedankt.html", {"doelpagina": pagina_of_404(page_id)})
