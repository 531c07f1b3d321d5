from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.admin.viewsets.pages import base_page_viewset
from wagtail.documents import urls as wagtaildocs_urls

from publicatie.views import korte_link

from .api import api_router
from .avatar import AccountMetVeiligeAvatar
from .gezondheid import gezond
from .rapporten import EigenSiteGeschiedenis, ZichtbaarPaginatypenRapport, ZichtbaarZoeken
from .sitemap import sitemap_sectie_view, sitemap_view
from .zoekmachines import favicon_ico, favicon_svg, robots_txt, touch_icon

# Outside the language prefix: admin, documents, sitemap and the APIs.
urlpatterns = [
    # Before Wagtail's admin URLs, and behind the same login check (Wagtail wraps its own admin URLs in
    # require_admin_access; these are ours): the page-types report, the page search and the site history
    # show only titles and work the user may see (leefmee/rapporten.py).
    path("admin/reports/page-types-usage/", require_admin_access(ZichtbaarPaginatypenRapport.as_view())),
    path("admin/reports/page-types-usage/results/",
         require_admin_access(ZichtbaarPaginatypenRapport.as_view(results_only=True))),
    path("admin/pages/search/", require_admin_access(base_page_viewset.construct_view(ZichtbaarZoeken))),
    path("admin/pages/search/results/",
         require_admin_access(base_page_viewset.construct_view(ZichtbaarZoeken, results_only=True))),
    path("admin/reports/site-history/", require_admin_access(EigenSiteGeschiedenis.as_view())),
    path("admin/reports/site-history/results/",
         require_admin_access(EigenSiteGeschiedenis.as_view(results_only=True))),
    # The account page with the profile picture checked like every other upload (leefmee/avatar.py).
    path("admin/account/", require_admin_access(AccountMetVeiligeAvatar.as_view())),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.svg", favicon_svg, name="favicon_svg"),
    path("favicon.ico", favicon_ico, name="favicon_ico"),
    path("apple-touch-icon.png", touch_icon, name="touch_icon"),
    path("sitemap-<section>.xml", sitemap_sectie_view, name="sitemap_sectie"),
    path("gezond/", gezond, name="gezond"),
    path("api/v2/", api_router.urls),
    path("api/hsds/", include("kaart.opendata.urls")),
    # Short links printed in LEEF: language-neutral, resolved to the page's current URL.
    path("l/<str:code>/", korte_link, name="korte_link"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.LEEFMEE_MEDIA_VIA_DJANGO:
    from django.urls import re_path
    from django.views.static import serve

    # Images and other media from MEDIA_ROOT; documents only through Wagtail's document view, which
    # checks collection permissions (print files of editions that have not appeared yet).
    urlpatterns += [re_path(r"^media/(?!documents/)(?P<path>.+)$", serve, {"document_root": settings.MEDIA_ROOT})]

# Dutch without a prefix, other languages under /en/ etc.; Wagtail serves the pages last.
urlpatterns += i18n_patterns(
    path("", include("kaart.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
