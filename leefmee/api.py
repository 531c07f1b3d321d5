"""Wagtail API v2 (read-only): pages, images and documents, mounted at /api/v2/.

Wagtail only serves live pages without view restrictions; page types add their public fields
with `api_fields`. CORS, cache and rate limit: `kaart.opendata.middleware.OpenDataMiddleware`.
"""

from django.utils.translation import gettext as _
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageLocaleField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .zichtbaarheid import verborgen_q


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


# Larger offsets or limits than any listing can have: the database cannot take 2**63 (a 500).
MAX_OFFSET = 10**9


class BegrensdePaginering(WagtailPagination):
    """Wagtail's offset/limit pagination, refusing numbers the database cannot hold (400, not 500)."""

    def paginate_queryset(self, queryset, request, view=None):
        for naam in ("offset", "limit"):
            ruw = request.GET.get(naam, "0")
            try:
                te_groot = len(ruw) > 20 or int(ruw) > MAX_OFFSET
            except ValueError:
                te_groot = False  # not a number: Wagtail's own message
            if te_groot:
                raise BadRequestError(_("%(naam)s mag hoogstens %(max)d zijn.") % {"naam": naam, "max": MAX_OFFSET})
        return super().paginate_queryset(queryset, request, view)


class PaginasAPIViewSet(PagesAPIViewSet):
    base_serializer_class = PaginaSerializer
    pagination_class = BegrensdePaginering

    def get_queryset(self):
        # Wagtail's API lists live public pages; apps may keep some of theirs back (leefmee.zichtbaarheid).
        return super().get_queryset().exclude(verborgen_q())


class AfbeeldingenAPIViewSet(ImagesAPIViewSet):
    pagination_class = BegrensdePaginering


class DocumentenAPIViewSet(DocumentsAPIViewSet):
    pagination_class = BegrensdePaginering


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PaginasAPIViewSet)
api_router.register_endpoint("images", AfbeeldingenAPIViewSet)
api_router.register_endpoint("documents", DocumentenAPIViewSet)
