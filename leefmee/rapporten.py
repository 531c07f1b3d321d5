"""Wagtail's page-types report without titles the user may not see (issue 20, finding 6).

The report names the last edited page of each type; for a partner that can be another
organisation's draft. Our subclass names the last edited page the user may see instead.
leefmee/urls.py routes the report's URLs here, ahead of Wagtail's admin URLs.
"""

from django.db.models import F
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page

from .adminzicht import mag_titel_zien, zichtbaar_in_admin


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
