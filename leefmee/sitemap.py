"""A sitemap that lists every live page in every locale, with hreflang alternates.

Wagtail's own sitemap only walks the default site's tree, which holds just the default locale.
Aliases (untranslated pages that show the Dutch text in another locale's tree) are left out: they
would be duplicate content.

Up to PER_BESTAND pages /sitemap.xml is the list itself. A larger site gets a sitemap index there,
pointing to /sitemap-paginas.xml?p=1, ?p=2, …: rendering 20,000 URLs in one response took
3 seconds (half of it the template), a part of 2,000 takes a tenth of that.
"""

from collections import defaultdict

from django.contrib.sitemaps.views import index, sitemap
from django.db.models import Max
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .zichtbaarheid import zichtbaar

PER_BESTAND = 2000
SECTIE = "paginas"


class VertaaldeSitemap(Sitemap):
    limit = PER_BESTAND

    def items(self):
        # Plain Page rows: no page type changes get_sitemap_urls, and .specific() cost a query per type.
        return (
            zichtbaar(Page.objects.all(), site=self.get_wagtail_site())
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
        )

    def get_latest_lastmod(self):
        # Django takes the max over every item in Python (a second walk over all pages for the index).
        return self.items().aggregate(laatste=Max("last_published_at"))["laatste"]

    def _urls(self, page, protocol, domain):
        object_list = list(self.paginator.page(page).object_list)
        # Translations of these pages may sit in another part (another tree): one query for all of them.
        by_key = defaultdict(list)
        for item in self.items().filter(translation_key__in={item.translation_key for item in object_list}):
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
    sitemaps = {SECTIE: VertaaldeSitemap(request)}
    if sitemaps[SECTIE].paginator.num_pages > 1:
        return index(request, sitemaps, sitemap_url_name="sitemap_sectie")
    return sitemap(request, sitemaps=sitemaps)


def sitemap_sectie_view(request, section):
    return sitemap(request, sitemaps={SECTIE: VertaaldeSitemap(request)}, section=section)
