"""Wagtail API v2 (read-only): pages, images and documents, mounted at /api/v2/.

Wagtail only serves live pages without view restrictions; page types add their public fields
with `api_fields`. CORS, cache and rate limit: `kaart.opendata.middleware.OpenDataMiddleware`.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageLocaleField, PageSerializer
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


def taalcodes():
    """{locale id: language code}, from process memory (leefmee.versiecache)."""
    from wagtail.models import Locale

    from .versiecache import bewaard, gedeeld

    return bewaard("taalcodes", None, lambda: dict(Locale.all_objects.values_list("pk", "language_code")),
                   kopieer=gedeeld)


class TaalcodeVeld(PageLocaleField):
    """meta.locale without loading each page's Locale row (one query per item in a listing)."""

    def to_representation(self, page):
        code = taalcodes().get(page.locale_id)
        return code if code is not None else super().to_representation(page)


class PaginaSerializer(PageSerializer):
    locale = TaalcodeVeld(read_only=True)


class PaginasAPIViewSet(PagesAPIViewSet):
    base_serializer_class = PaginaSerializer


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PaginasAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
