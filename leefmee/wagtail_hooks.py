from django.http import Http404
from django.utils import translation
from wagtail import hooks
from wagtail.models import Locale

from .vaste_rijen import locale_voor_taal


@hooks.register("before_serve_page")
def alleen_talen_met_een_startpagina(page, request, serve_args, serve_kwargs):
    """A language appears on the public site only when its page tree exists.

    Without this, Wagtail would serve the Dutch page at /tr/ when there is no Turkish tree: the
    URL would promise a language the page does not have.
    """
    taal = translation.get_language()
    if not taal:
        return
    try:
        locale = locale_voor_taal(taal)
    except (Locale.DoesNotExist, LookupError):
        raise Http404 from None
    if page.locale_id != locale.pk:
        raise Http404
    page.locale = locale  # the page's templates and routes use it: saves loading it again


@hooks.register("register_admin_urls")
def tweestaps_urls():
    from .tweestaps import admin_urls

    return admin_urls()


@hooks.register("register_account_menu_item")
def tweestaps_menu(request):
    from django.urls import reverse
    from django.utils.translation import gettext as _

    return {
        "url": reverse("leefmee_tweestaps_instellen"),
        "label": _("Inloggen in twee stappen"),
        "help_text": _("Gebruik naast je wachtwoord een code uit een app op je telefoon."),
    }
