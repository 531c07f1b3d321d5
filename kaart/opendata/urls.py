"""HSDS 3.0 API paths (mounted at /api/hsds/ outside the language prefix).

Ids are matched as any string, as in HSDS's OpenAPI (`{id}` is a string): an id that is not one of
ours is a JSON 404 from the view, never the site's HTML 404."""

from django.urls import path, re_path

from . import api

app_name = "hsds"

urlpatterns = [
    path("", api.index, name="index"),
    path("organizations", api.organizations, name="organizations"),
    path("organizations/<str:id>", api.organization_detail, name="organization"),
    path("services", api.services, name="services"),
    path("services/<str:id>", api.service_detail, name="service"),
    path("locations", api.locations, name="locations"),
    path("locations/<str:id>", api.location_detail, name="location"),
    path("service_at_locations", api.service_at_locations, name="service_at_locations"),
    path("service_at_locations/<str:id>", api.service_at_location_detail, name="service_at_location"),
    path("taxonomies", api.taxonomies, name="taxonomies"),
    path("taxonomies/<str:id>", api.taxonomy_detail, name="taxonomy"),
    path("taxonomy_terms", api.taxonomy_terms, name="taxonomy_terms"),
    path("taxonomy_terms/<str:id>", api.taxonomy_term_detail, name="taxonomy_term"),
    # Anything else under /api/hsds/ is an unknown path: a JSON 404, not the site's HTML page
    # (and no APPEND_SLASH redirect, which would send API clients to an HTML 404).
    re_path(r"^.*$", api.onbekend_pad, name="onbekend"),
]
