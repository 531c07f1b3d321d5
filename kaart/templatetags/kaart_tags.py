import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def markeer(tekst, q):
    """Escape `tekst` and wrap the words of the search query in <mark>."""
    tekst = escape(tekst or "")
    woorden = [w for w in re.findall(r"\w{2,}", q or "")][:10]
    if not woorden:
        return mark_safe(tekst)  # noqa: S308 - escaped above
    patroon = re.compile("(" + "|".join(re.escape(escape(w)) for w in woorden) + ")", re.IGNORECASE)
    return mark_safe(patroon.sub(r"<mark>\1</mark>", str(tekst)))  # noqa: S308 - escaped above


@register.simple_tag(takes_context=True)
def pagina_url(context, nummer):
    """The current URL's query string with another page number."""
    query = context["request"].GET.copy()
    query["page"] = nummer
    return "?" + query.urlencode()
