"""Wagtail API v2 (read-only): pages, images and documents, mounted at /api/v2/.

Wagtail only serves live pages without view restrictions; page types add their public fields
with `api_fields`. CORS, cache and rate limit: `kaart.opendata.middleware.OpenDataMiddleware`.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
