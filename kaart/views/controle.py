"""'Klopt dit nog?': the one-click confirmation from the reminder mail (no login needed).

GET only shows a page with one button: mail scanners and link previews follow GET links, and
must not confirm anything. The POST does the work.
"""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from ..partners.controle import TokenFout, bevestig, controleer_token


def fout(request, error):
    return render(request, "kaart/partners/controle_fout.html", {"reden": error.reden}, status=error.status)


@never_cache
@csrf_protect
def ja(request, token):
    try:
        if request.method == "POST":
            verzoek = bevestig(token)
            return render(request, "kaart/partners/controle_bedankt.html", {"organisatie": verzoek.organisatie})
        verzoek = controleer_token(token)
    except TokenFout as error:
        return fout(request, error)
    return render(request, "kaart/partners/controle_ja.html", {"organisatie": verzoek.organisatie})


@never_cache
def aanpassen(request, token):
    """Check the link, then go to the organisation's edit view (the admin asks to log in first).

    It does not use up the token: logging in and editing is not a confirmation by itself."""
    try:
        verzoek = controleer_token(token)
    except TokenFout as error:
        return fout(request, error)
    return redirect(reverse("wagtailadmin_pages:edit", args=[verzoek.organisatie_id]))
