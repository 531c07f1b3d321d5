"""Which URLs the benchmark measures: one page of every public page type, plus routes and APIs.

Needs Django set up. Picks a page from the middle of each type (a generated one when there are).
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page


def _midden(qs):
    count = qs.count()
    return qs.order_by("pk")[count // 2] if count else None


def paginas():
    urls = []
    live = Page.objects.live().public().filter(depth__gt=1)
    for ct_id in live.values_list("content_type", flat=True).distinct().order_by("content_type"):
        model = ContentType.objects.get_for_id(ct_id).model_class()
        if model is None:
            continue
        qs = live.filter(content_type_id=ct_id, locale__language_code="nl")
        bench = qs.filter(slug__startswith="bench-")
        page = _midden(bench) if bench.exists() else _midden(qs)
        if page is not None and page.url:
            urls.append((model.__name__, page.url))
    from kaart.models import Gebied, Levensvraag

    namen = dict(urls)
    kaart = namen.get("KaartPage", "/kaart/")
    vraag = Levensvraag.objects.filter(slug__startswith="bench-").first() or Levensvraag.objects.first()
    gebied = Gebied.objects.first()
    extra = [
        ("home", namen.get("HomePage", "/")),
        ("kaart", kaart),
        ("dimensiepagina", f"{kaart}meedoen/"),
        ("vraagpagina", f"{kaart}vraag/{vraag.slug}/" if vraag else None),
        ("zoeken (q + 2 facetten)", f"{kaart}zoeken/?q=koffie&gratis=1&gebied={gebied.slug if gebied else ''}"),
        ("zoeken (alleen facet)", f"{kaart}zoeken/?dimensie=meedoen"),
        ("kaart GeoJSON", f"{kaart}op-de-kaart/geojson/?dimensie=meedoen"),
        ("kaart GeoJSON bbox", f"{kaart}op-de-kaart/geojson/?bbox=4.42,52.22,4.46,52.26"),
        ("aanbod", namen.get("AanbodPage")),
        ("verhaal", namen.get("VerhaalPage")),
        ("agenda", namen.get("AgendaPage")),
        ("verhalen RSS", f"{namen['VerhalenIndexPage']}feed/rss/" if "VerhalenIndexPage" in namen else None),
        ("sitemap.xml", "/sitemap.xml"),
        ("sitemap, first part", "/sitemap-paginas.xml"),
        ("API v2 pages (aanbod)", "/api/v2/pages/?type=kaart.AanbodPage&limit=20"),
        ("API HSDS services", "/api/hsds/services?per_page=20"),
        ("API HSDS organizations", "/api/hsds/organizations?per_page=20"),
    ]
    return [(naam, url) for naam, url in extra if url] + urls
