"""Wagtail's admin page search and reports without page titles the user may not see (issue 20).

- The page-types report names the last edited page of each type; for a partner that can be another
  organisation's draft. Our subclass names the last edited page the user may see instead.
- The page search lists every page the user may "explore": for a partner that includes every
  story in the stories index (partners may add stories there). Our subclass searches only the
  explorable pages the user may see in the admin (leefmee.adminzicht, as in the explorer).
- The site history shows who changed which page; a partner reads only the history of its own work
  (its subtrees and the pages it created), a municipal editor only that of its municipality; of
  other models (contact requests, snippets) only its own actions.
leefmee/urls.py routes these URLs here, ahead of Wagtail's admin URLs.
"""

from django.db.models import F
from django.utils.functional import cached_property
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import ModelLogEntry, Page, PageLogEntry
from wagtail.permission_policies.pages import PagePermissionPolicy

from .adminzicht import eigen_werk_q, mag_titel_zien, zichtbaar_in_admin
from .toegang import ALLES, beheerde_paden


class ZichtbaarPaginatypenRapport(PageTypesUsageReportView):
    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        user = self.request.user
        for item in page_types:
            pagina = item.last_edited_page
            if pagina is None or mag_titel_zien(user, pagina):
                continue
            zichtbare = zichtbaar_in_admin(Page.objects.filter(content_type=item.pk), user)
            item.last_edited_page = (
                zichtbare.order_by(F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk")
                .specific().first()
            )
        return page_types


class ZichtbaarVerkenbaarBeleid(PagePermissionPolicy):
    """Wagtail's page permissions, with "explorable" narrowed to the titles the user may see."""

    def explorable_instances(self, user):
        return zichtbaar_in_admin(super().explorable_instances(user), user)


class ZichtbaarZoeken(SearchView):
    @cached_property
    def permission_policy(self):
        return ZichtbaarVerkenbaarBeleid()


class EigenSiteGeschiedenis(LogEntriesView):
    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.request.user.is_authenticated:
            # The results URL answers without a login: nothing for nobody (not a 500).
            return queryset.none()
        if queryset.model is PageLogEntry:
            # A log entry of a deleted page has no path: only those who see everything keep it.
            queryset = queryset.filter(eigen_werk_q(self.request.user, "page__"))
        elif queryset.model is ModelLogEntry and beheerde_paden(self.request.user) is not ALLES:
            # Other models' entries are labelled with the record's name (a contact request: the
            # resident's name) and carry no municipality: only one's own actions.
            queryset = queryset.filter(user=self.request.user)
        return queryset
