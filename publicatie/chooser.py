"""Page choosers opened from an edition offer only pages in the edition's language.

Wagtail's page chooser is one modal for every chooser on a form; it does not know which page is
being edited. Its requests (browse, search) come from the edit page, so the Referer names the
edition (edit) or its parent (add). The `construct_page_chooser_queryset` hook narrows the pages to
that locale. Without a Referer nothing is narrowed, and EditieForm still refuses a page in another
language with a message.
"""

from urllib.parse import urlsplit

from django.urls import Resolver404, resolve
from wagtail.models import Page


def editie_locale_id(request):
    """The locale id of the edition whose editor opened this chooser, or None."""
    from .models import EditiePage

    referer = request.headers.get("Referer") or ""
    if not referer:
        return None
    deel = urlsplit(referer)
    if deel.netloc and deel.netloc != request.get_host():
        return None
    try:
        match = resolve(deel.path)
    except Resolver404:
        return None
    if match.view_name == "wagtailadmin_pages:edit":
        return (EditiePage.objects.filter(pk=match.kwargs.get("page_id")).values_list("locale_id", flat=True)
                .first())
    if match.view_name == "wagtailadmin_pages:add" and match.kwargs.get("content_type_app_name") == "publicatie" \
            and match.kwargs.get("content_type_model_name") == "editiepage":
        return Page.objects.filter(pk=match.kwargs.get("parent_page_id")).values_list("locale_id", flat=True).first()
    return None


def alleen_taal_van_editie(pages, request):
    locale_id = editie_locale_id(request)
    if locale_id is None:
        return pages
    return pages.filter(locale_id=locale_id)
