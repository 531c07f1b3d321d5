"""A sitemap that lists every live page in every locale, with hreflang alternates.

Wagtail's own sitemap only walks the default site's tree, which holds just the default locale.
Aliases (untranslated pages that show the Dutch text in another locale's tree) are left out: they
would be duplicate content.
"""

from collections import defaultdict

from django.contrib.sitemaps.views import sitemap
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class VertaaldeSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        paths = list(root.get_translations(inclusive=True).values_list("path", flat=True))
        queryset = Page.objects.none()
        for tree_path in paths:
            queryset = queryset | Page.objects.filter(path__startswith=tree_path)
        return (
            queryset.live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        object_list = list(self.paginator.page(page).object_list)
        by_key = defaultdict(list)
        for item in object_list:
            by_key[item.translation_key].append(item)

        urls = []
        for item in object_list:
            for url_info in item.get_sitemap_urls(self.request):
                siblings = by_key[item.translation_key]
                if len(siblings) > 1:
                    url_info["alternates"] = [
                        {"lang_code": sibling.locale.language_code, "location": sibling.get_full_url(self.request)}
                        for sibling in siblings
                    ]
                urls.append(url_info)
        self.latest_lastmod = max((u["lastmod"] for u in urls if u.get("lastmod")), default=None)
        return urls


def sitemap_view(request):
    return sitemap(request, sitemaps={"pages": VertaaldeSitemap(request)})
