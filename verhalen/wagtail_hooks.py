"""Admin registration and the map hook: stories and articles on the map's pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet

from kaart.verwant import VERWANTE_INHOUD_HOOK

from .models import ArtikelPage, BlogPage, VerhaalPage
from .verwant import artikelen_bij, verhalen_bij

hooks.register(VERWANTE_INHOUD_HOOK, verhalen_bij)
hooks.register(VERWANTE_INHOUD_HOOK, artikelen_bij)


def leesbaarheid_cel(pagina):
    meting = pagina.leesbaarheid
    if meting.score is None:
        return _("geen tekst")
    return f"{meting.score:.0f} · {meting.oordeel}"


class ZichtbaarIndexView(IndexView):
    """No titles of other organisations' drafts or private pages (see leefmee.adminzicht)."""

    def get_base_queryset(self):
        from leefmee.adminzicht import zichtbaar_in_admin

        return zichtbaar_in_admin(super().get_base_queryset(), self.request.user)


class LeesbaarheidListingViewSet(PageListingViewSet):
    index_view_class = ZichtbaarIndexView
    columns = [
        *IndexView.base_columns,
        Column("leesbaarheid", label=_("Leesbaarheid (Flesch–Douma)"), accessor=leesbaarheid_cel),
    ]


class VerhaalListing(LeesbaarheidListingViewSet):
    model = VerhaalPage
    icon = "user"
    menu_label = _("Verhalen")
    name = "verhalen_lijst"


class BlogListing(LeesbaarheidListingViewSet):
    model = BlogPage
    icon = "doc-full"
    menu_label = _("Blogs")
    name = "blogs_lijst"


class ArtikelListing(LeesbaarheidListingViewSet):
    model = ArtikelPage
    icon = "info-circle"
    menu_label = _("Informatie-artikelen")
    name = "artikelen_lijst"


class VerhalenGroup(ViewSetGroup):
    menu_label = _("Verhalen en artikelen")
    menu_icon = "openquote"
    menu_order = 220
    items = (VerhaalListing, BlogListing, ArtikelListing)


@hooks.register("register_admin_viewset")
def register_verhalen_listings():
    return VerhalenGroup()


@hooks.register("construct_page_chooser_queryset")
def organisatiekiezer_alleen_eigen(pages, request):
    """Choosing an organisation (the blog's author organisation, a story's organisations): only
    those of the user's own part of the tree — a partner its own organisation, an editor of one
    municipality that municipality's organisations."""
    from leefmee.adminzicht import alleen_eigen_subtrees

    if request.GET.get("page_type", "").lower() != "kaart.organisatiepage":
        return pages
    return alleen_eigen_subtrees(pages, request.user)
