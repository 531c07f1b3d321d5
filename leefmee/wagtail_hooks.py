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


@hooks.register("before_serve_page")
def beperking_geldt_in_elke_taal(page, request, serve_args, serve_kwargs):
    """A restriction on a page holds for its translations too (wagtail-localize does not copy it).

    Wagtail's own check handles the restrictions in the page's own tree; this one adds those of
    the same pages in other languages, with the same answers (password form or login).
    """
    from django.contrib.auth.views import redirect_to_login
    from django.urls import reverse
    from django.utils.cache import add_never_cache_headers
    from wagtail.forms import PasswordViewRestrictionForm
    from wagtail.models import PageViewRestriction

    from .zichtbaarheid import beperkingen_van

    for beperking in beperkingen_van(page):
        if beperking.accept_request(request):
            continue
        if beperking.restriction_type == PageViewRestriction.PASSWORD:
            form = PasswordViewRestrictionForm(instance=beperking, initial={"return_url": request.get_full_path()})
            action_url = reverse("wagtailcore_authenticate_with_password", args=[beperking.pk, page.pk])
            response = page.serve_password_required_response(request, form, action_url)
        else:
            from django.conf import settings

            login_url = getattr(settings, "WAGTAIL_FRONTEND_LOGIN_URL", reverse("wagtailcore_login"))
            response = redirect_to_login(request.get_full_path(), login_url)
        add_never_cache_headers(response)
        return response


def _zonder_besloten_collecties(queryset, request):
    """Chooser rights come from the root collection, so they include restricted child collections
    (the editors-only print PDFs): leave out what the user may not view."""
    from wagtail.api.v2.utils import get_restricted_collection_ids

    return queryset.exclude(collection__in=get_restricted_collection_ids(request))


@hooks.register("construct_document_chooser_queryset")
def documentkiezer_zonder_besloten(documents, request):
    return _zonder_besloten_collecties(documents, request)


@hooks.register("construct_image_chooser_queryset")
def afbeeldingkiezer_zonder_besloten(images, request):
    return _zonder_besloten_collecties(images, request)


@hooks.register("construct_page_chooser_queryset")
def paginakiezer_zonder_andermans_concepten(pages, request):
    """No titles of other organisations' drafts or private pages in the page chooser."""
    from .adminzicht import zichtbaar_in_admin

    return zichtbaar_in_admin(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def verkenner_zonder_andermans_concepten(parent_page, pages, request):
    """The same in the page explorer (the stories index lists every partner's stories)."""
    from .adminzicht import zichtbaar_in_admin

    return zichtbaar_in_admin(pages, request.user)
