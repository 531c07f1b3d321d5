"""Admin report 'Niet actueel': organisations and their items by age of their last check."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page

from leefmee.toegang import beperk_paginas

from ..models import AanbodPage, ActiviteitPage, Gebied, OrganisatiePage, VacaturePage
from ..partners.controle import controle_maanden, grens

SOORTEN = {
    "organisatie": OrganisatiePage,
    "aanbod": AanbodPage,
    "activiteit": ActiviteitPage,
    "vacature": VacaturePage,
}
SOORT_KEUZES = [
    ("organisatie", _("Organisatie")),
    ("aanbod", _("Aanbod")),
    ("activiteit", _("Activiteit")),
    ("vacature", _("Vacature")),
]
MAANDEN_KEUZES = [(3, _("3 maanden")), (6, _("6 maanden")), (12, _("1 jaar")), (24, _("2 jaar"))]


class NietActueelFilterSet(WagtailFilterSet):
    soort = django_filters.ChoiceFilter(label=_("Soort"), choices=SOORT_KEUZES, method="filter_soort")
    gebied = django_filters.ModelChoiceFilter(
        label=_("Gebied"), method="filter_gebied",
        queryset=lambda request: Gebied.objects.filter(locale=Locale.get_default()).order_by("naam"),
    )
    # Applied in the view's queryset (it replaces the default age), listed here for the form.
    ouder_dan = django_filters.TypedChoiceFilter(
        label=_("Niet gecontroleerd in"), choices=MAANDEN_KEUZES, coerce=int, method="geen_filter"
    )

    class Meta:
        model = Page
        fields = []

    def filter_soort(self, queryset, name, value):
        return queryset.type(SOORTEN[value]) if value in SOORTEN else queryset

    def filter_gebied(self, queryset, name, value):
        if value is None:
            return queryset
        q = Q()
        for model in SOORTEN.values():
            q |= Q(**{f"{model._meta.model_name}__gebied_koppelingen__gebied": value})
        return queryset.filter(q).distinct()

    def geen_filter(self, queryset, name, value):
        return queryset


def maanden_oud(datum, vandaag):
    if datum is None:
        return None
    return (vandaag.year - datum.year) * 12 + vandaag.month - datum.month - (vandaag.day < datum.day)


class NietActueelView(ReportView):
    page_title = _("Niet actueel")
    header_icon = "time"
    filterset_class = NietActueelFilterSet
    index_url_name = "kaart_niet_actueel"
    index_results_url_name = "kaart_niet_actueel_results"
    export_filename = "niet-actueel"
    list_export = ["title", "soort_label", "organisatie_naam", "gecontroleerd", "maanden_oud", "url_beheer"]
    export_headings = {
        "title": _("Titel"),
        "soort_label": _("Soort"),
        "organisatie_naam": _("Organisatie"),
        "gecontroleerd": _("Laatst gecontroleerd"),
        "maanden_oud": _("Maanden geleden"),
        "url_beheer": _("Bewerken"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("kaart.bekijken_niet_actueel"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Titel"), get_url=lambda page: reverse("wagtailadmin_pages:edit",
                                                                               args=[page.pk])),
            Column("soort_label", label=_("Soort")),
            Column("organisatie_naam", label=_("Organisatie")),
            Column("gecontroleerd_tekst", label=_("Laatst gecontroleerd")),
            Column("maanden_oud", label=_("Maanden geleden")),
        ]

    def maanden(self):
        try:
            waarde = int(self.request.GET.get("ouder_dan", ""))
        except ValueError:
            return controle_maanden()
        return waarde if waarde in dict(MAANDEN_KEUZES) else controle_maanden()

    def get_queryset(self):
        velden = [f"{model._meta.model_name}__laatst_gecontroleerd" for model in SOORTEN.values()]
        # Only the pages of the editor's own municipality (leefmee.toegang).
        return (
            beperk_paginas(Page.objects.live(), self.request.user)
            .filter(locale=Locale.get_default(), alias_of__isnull=True)
            .type(*SOORTEN.values())
            .annotate(gecontroleerd=Coalesce(*velden))
            .filter(Q(gecontroleerd__isnull=True) | Q(gecontroleerd__lt=grens(self.maanden())))
            .select_related("content_type")
            .order_by(F("gecontroleerd").asc(nulls_first=True), "title")
        )

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        vandaag = timezone.localdate()
        ouder_paden = {page.path[: -Page.steplen] for page in pages}
        ouders = dict(Page.objects.filter(path__in=ouder_paden).values_list("path", "title"))
        organisatie_ct = OrganisatiePage._meta.model_name
        for page in pages:
            model = page.content_type.model_class()
            page.soort_label = model._meta.verbose_name if model else ""
            is_org = page.content_type.model == organisatie_ct
            page.organisatie_naam = page.title if is_org else ouders.get(page.path[: -Page.steplen], "")
            page.maanden_oud = maanden_oud(page.gecontroleerd, vandaag)
            page.gecontroleerd_tekst = page.gecontroleerd or _("nooit")
            page.url_beheer = reverse("wagtailadmin_pages:edit", args=[page.pk])
        return pages
