"""What search engines and browsers ask every site for: robots.txt, the favicon and the touch icon.

The icons are drawn in the site's own colours (SiteInstellingen), so a second municipality on the same
installation gets its own: an SVG favicon, a PNG touch icon (180 px, what iOS and Android ask for) and a
favicon.ico for old browsers and feed readers, drawn with Pillow and kept in the cache per colour pair.
"""

import io

from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Site

from .models import SiteInstellingen

ICOON_MAX_AGE = 60 * 60 * 24  # a day: a colour change reaches browsers soon enough


def _instellingen(request):
    site = Site.find_for_request(request)
    return site, SiteInstellingen.for_site(site) if site else SiteInstellingen()


@require_safe
@cache_control(public=True, max_age=60 * 60)
def robots_txt(request):
    site, _instelling = _instellingen(request)
    basis = site.root_url if site else f"{request.scheme}://{request.get_host()}"
    tekst = render_to_string("leefmee/robots.txt", {"sitemap_url": f"{basis}/sitemap.xml"})
    return HttpResponse(tekst, content_type="text/plain; charset=utf-8")


def kleuren(request):
    _site, instellingen = _instellingen(request)
    return instellingen.kleur_primair or "#1d5f8a", instellingen.kleur_accent or "#f2b632"


@require_safe
@cache_control(public=True, max_age=ICOON_MAX_AGE)
def favicon_svg(request):
    primair, accent = kleuren(request)
    svg = render_to_string("leefmee/favicon.svg", {"primair": primair, "accent": accent})
    return HttpResponse(svg, content_type="image/svg+xml")


def teken_icoon(primair, accent, grootte):
    """The same design as favicon.svg: a rounded tile in the main colour, a white 'L' and an accent dot."""
    from PIL import Image, ImageDraw

    schaal = 4  # draw large and scale down: smooth edges without a vector renderer
    z = grootte * schaal
    beeld = Image.new("RGBA", (z, z), (0, 0, 0, 0))
    teken = ImageDraw.Draw(beeld)
    teken.rounded_rectangle((0, 0, z - 1, z - 1), radius=z * 14 // 64, fill=primair)
    e = z / 64
    teken.rectangle((18 * e, 14 * e, 27 * e, 50 * e), fill="#ffffff")  # the stem of the L
    teken.rectangle((18 * e, 41 * e, 40 * e, 50 * e), fill="#ffffff")  # its foot
    teken.ellipse((37 * e, 14 * e, 51 * e, 28 * e), fill=accent)  # the dot: "mee"
    return beeld.resize((grootte, grootte), Image.Resampling.LANCZOS)


def _png_of_ico(request, soort):
    primair, accent = kleuren(request)
    sleutel = f"leefmee:icoon:{soort}:{primair}:{accent}"
    inhoud = cache.get(sleutel)
    if inhoud is None:
        buffer = io.BytesIO()
        if soort == "ico":
            teken_icoon(primair, accent, 64).save(buffer, format="ICO", sizes=[(16, 16), (32, 32), (48, 48)])
        else:
            # Touch icons get no transparency (iOS paints it black): a full tile.
            from PIL import Image

            tegel = Image.new("RGB", (180, 180), primair)
            icoon = teken_icoon(primair, accent, 180)
            tegel.paste(icoon, mask=icoon)
            tegel.save(buffer, format="PNG", optimize=True)
        inhoud = buffer.getvalue()
        cache.set(sleutel, inhoud, ICOON_MAX_AGE)
    return inhoud


@require_safe
@cache_control(public=True, max_age=ICOON_MAX_AGE)
def touch_icon(request):
    return HttpResponse(_png_of_ico(request, "png"), content_type="image/png")


@require_safe
@cache_control(public=True, max_age=ICOON_MAX_AGE)
def favicon_ico(request):
    return HttpResponse(_png_of_ico(request, "ico"), content_type="image/x-icon")
