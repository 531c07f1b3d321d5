"""`<a href="…"{% taalmerk item %}>{{ item.title }}</a>`: the language of one piece of content inside
interface text in the reader's language.

On a page in English or Arabic, a card, an agenda line, a label or an edition name may still be in
Dutch (the page or snippet has no translation yet). That text must say so: `lang="nl"` lets a screen
reader pronounce it in Dutch, and `dir="ltr"` (which also isolates it from the surrounding text)
keeps its punctuation and numbers in place inside a right-to-left page.
"""

from django import template
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Locale

from leefmee.vaste_rijen import standaard_locale
from leefmee.versiecache import bewaard

register = template.Library()


def _talen_per_locale(context=None):
    """{locale id: language code}: one lookup per request (kept on the request), so a list of a hundred
    cards costs no more queries than a list of one, also without the shared cache."""
    request = context.get("request") if context is not None else None
    talen = getattr(request, "leefmee_talen_per_locale", None)
    if talen is None:
        talen = bewaard("talen-per-locale", "alle",
                        lambda: dict(Locale.objects.values_list("pk", "language_code")), kopieer=dict)
        if request is not None:
            request.leefmee_talen_per_locale = talen
    return talen


def tekst_taal(obj, talen):
    """The language code of the text of a page or translatable snippet, or '' when unknown.

    An alias (an untranslated copy of a page) shows its source's text: the default language."""
    if obj is None or isinstance(obj, str):
        return ""
    if getattr(obj, "alias_of_id", None):
        return standaard_locale().language_code
    return talen.get(getattr(obj, "locale_id", None), "")


def anders_dan_lezer(taal):
    """The supported variant of `taal` when the reader reads another language, else ''."""
    if not taal:
        return ""
    taal = translation.get_supported_language_variant(taal)
    lezer = translation.get_supported_language_variant(translation.get_language() or taal)
    return taal if taal != lezer else ""


@register.simple_tag(takes_context=True)
def taalmerk(context, obj):
    """' lang="nl" dir="ltr"' for an element holding `obj`'s text when that is not in the reader's
    language; '' otherwise. Every language we fall back to is written left to right."""
    taal = anders_dan_lezer(tekst_taal(obj, _talen_per_locale(context)))
    return format_html(' lang="{}" dir="ltr"', taal) if taal else ""


def in_eigen_taal(obj, tekst):
    """`tekst` (a name of `obj`) as safe HTML, wrapped in a marked span when its language is not the
    reader's: for names placed inside a translated sentence ('Verschenen in …')."""
    taal = anders_dan_lezer(tekst_taal(obj, _talen_per_locale()))
    return format_html('<span lang="{}" dir="ltr">{}</span>', taal, tekst) if taal else tekst
