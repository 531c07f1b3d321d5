"""HSDS 3.0 API paths (mounted at /api/hsds/ outside the language prefix)."""

from django.urls import path

from . import api

app_name = "hsds"

urlpatterns = [
    path("", api.index, name="index"),
    path("organizations", api.organizations, name="organizations"),
    path("organizations/<uuid:id>", api.organization_detail, name="organization"),
    path("services", api.services, name="services"),
    path("services/<uuid:id>", api.service_detail, name="service"),
    path("locations", api.locations, name="locations"),
    path("locations/<uuid:id>", api.location_detail, name="location"),
    path("service_at_locations", api.service_at_locations, name="service_at_locations"),
    path("service_at_locations/<uuid:id>", api.service_at_location_detail, name="service_at_location"),
    path("taxonomies", api.taxonomies, name="taxonomies"),
    path("taxonomies/<uuid:id>", api.taxonomy_detail, name="taxonomy"),
    path("taxonomy_terms", api.taxonomy_terms, name="taxonomy_terms"),
    path("taxonomy_terms/<uuid:id>", api.taxonomy_term_detail, name="taxonomy_term"),
]
